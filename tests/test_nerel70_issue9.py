"""nerel70 (round 70 of issue 9; ``tests/test_nerel70.py`` is an older round's file): the
officials' triple (person, post, body) on news of the FactRuEval kind.

* ``official_orgs._team_named_near`` (with ``_team_phrase``): a team's role written without
  its team (a coach, a captain, a player: ``lexicon_orgs.TEAM_ROLE_HEADS``) is of the team
  the text names by a team's noun (``TEAM_NOUNS``: "сборная", "клуб", "команда") nearest
  before it, else after it in its own sentence; "клуб" and "команда" only with a name;
* ``official_orgs._ordinal_before_noun``: an ordinal before a post's noun is its adjective
  ("второй тренер": the head is "тренер", though the dictionary knows a noun "втора");
* ``nlp.body_read_as_a_person``: a person's span holding a digit, or one word right after
  a body's noun that the dictionary reads neither as a surname nor in the genitive, is the
  body's name ("гонщик Формулы-1", "аналитик компании Финам Олег Смирнов").

Every sentence and person here is invented for these tests; each table has rows where the
rules must not fire.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

# (id, text, name, (position, organisation) expected; None: no official)
TEAMS: list[tuple[str, str, str, tuple[str | None, str | None] | None]] = [
    ("coach-after-national-team", "Сборная Италии уступила хозяевам турнира. После игры "
     "тренер Марко Росси попросил прощения у болельщиков.", "Марко Росси",
     ("тренер", "Сборная Италии")),
    ("second-coach-after-club", "Клуб «Заря» проиграл дома третий матч подряд. Второй "
     "тренер Олег Сомов извинился перед болельщиками.", "Олег Сомов",
     ("второй тренер", "Клуб «Заря»")),
    ("coach-team-after-in-sentence", "Тренер Пауль Мейер назвал Ганса Бергера лучшим "
     "игроком сборной команды.", "Пауль Мейер", ("тренер", "сборная команда")),
    ("bracketed-coach", "Ганс Бергер стал первым вратарём сборной команды. Клаус Вебер "
     "(второй тренер) сообщил ему об этом.", "Клаус Вебер",
     ("второй тренер", "сборная команда")),
    ("first-goalkeeper", "Ганс Бергер стал первым вратарём сборной команды. Клаус Вебер "
     "(второй тренер) сообщил ему об этом.", "Ганс Бергер",
     ("первый вратарь", "сборная команда")),
    ("captain-after-bare-team", "Летом в сборной сменился лидер раздевалки. Капитаном "
     "назначен защитник Томас Гросс, а капитан Йохан Кляйн ушёл в запас.", "Йохан Кляйн",
     ("капитан", "сборная")),
    ("goalkeeper-coach", "Хоккейный клуб «Полярник» сменил штаб. Тренер вратарей Игорь "
     "Лунин остался в клубе.", "Игорь Лунин", ("тренер вратарей", "Хоккейный клуб «Полярник»")),
    ("forward-team-before", "Сборная Чили готовится к отбору. Нападающий Диего Варгас "
     "пропустит сбор из-за травмы.", "Диего Варгас", ("нападающий", "Сборная Чили")),
    # guards: a team of volunteers, no team at all, a body of another kind
    ("volunteers-no-team", "Команда волонтёров помогла ветеранам с уборкой дворов. Тренер "
     "Олег Сомов провёл для них зарядку.", "Олег Сомов", ("тренер", None)),
    ("captain-rank-no-team", "Капитан Олег Сомов принял присягу. Команда волонтёров "
     "помогла ветеранам.", "Олег Сомов", ("капитан", None)),
    ("team-too-far-before", "Сборная Чили готовится к отбору. Сбор пройдёт в горах. "
     "Тренировки начнутся рано утром. Погода обещает быть тёплой. Ужин будет поздно. "
     "Нападающий Диего Варгас пропустит сбор.", "Диего Варгас", ("нападающий", None)),
    ("opponent-named-between", "Нападающий клуба «Заря» Игорь Лунин в матче с «Авангардом» "
     "столкнулся с вратарём соперника Павлом Дроздовым.", "Павел Дроздов",
     ("вратарь соперника", "Авангард")),
    ("coach-with-own-team", "Сборная Чили готовится к отбору. Тренер клуба «Заря» Олег "
     "Сомов отпустил двух игроков.", "Олег Сомов", ("тренер", "клуб «Заря»")),
]


@pytest.mark.parametrize(("text", "name", "expected"),
                         probes.named_rows(TEAMS))
def test_team_named_near(models: Models, text: str, name: str,
                         expected: tuple[str | None, str | None] | None) -> None:
    probes.check_official(models, text, name, expected)


# (id, text, name, (position, organisation) expected; None: no official)
BODIES_AS_PERSONS: list[tuple[str, str, str, tuple[str | None, str | None] | None]] = [
    ("analyst-company", "Аналитик компании Финам Олег Смирнов ожидает роста цен на нефть.",
     "Олег Смирнов", ("аналитик", "компания Финам")),
    ("director-fund-first-name", "По словам Анны Котовой, директора фонда Надежда, помощь "
     "получили сто семей.", "Анна Котова", ("директор", "фонд Надежда")),
    ("analyst-bank-after-name", "Как отметил Олег Смирнов, аналитик банка Открытие, ставки "
     "вырастут к осени.", "Олег Смирнов", ("аналитик", "банк Открытие")),
    ("head-of-holding", "Президент холдинга Вертекс Пётр Соколов посетил новый завод.",
     "Пётр Соколов", ("президент", "холдинг Вертекс")),
    ("racing-series", "Гонщик Формулы-1 Иван Петров выиграл гонку в Монако.", "Иван Петров",
     ("гонщик", "Формулы-1")),
    ("series-not-a-person", "Карл Зейдель в первый раз в карьере пилота Формулы-1 выиграл "
     "этап в Монако.", "Формула", None),
    ("club-first-name", "Как сообщил Анатолий Рябов, председатель клуба Вера, выставка "
     "откроется в мае.", "Анатолий Рябов", ("председатель", "клуб Вера")),
    ("agency-unknown-word", "Эксперт агентства Ратинвест Илья Громов снизил прогноз.",
     "Илья Громов", ("эксперт", "агентство Ратинвест")),
    # guards: a surname after the body, an owner's name in the genitive, a full name
    ("surname-after-body", "Глава компании Миллер заявил о росте выручки.", "Миллер",
     ("глава", "компания")),
    ("first-and-surname-after-body", "Президент банка Надежда Петрова выступила на "
     "форуме.", "Надежда Петрова", ("президент", "банк")),
    ("surname-after-body-in-a-list", "Документ подписали министр Сомов и руководитель "
     "отделения фонда Белоус.", "Белоус", ("руководитель", "отделение фонда")),
    ("first-name-cut-from-patronymic", "Договор подписан заместителем начальника управления "
     "Оксаной Игоревной Литвиновой.", "Оксана Игоревна Литвинова", ("заместитель начальника",
                                                                   "управление")),
]


@pytest.mark.parametrize(("text", "name", "expected"),
                         probes.named_rows(BODIES_AS_PERSONS))
def test_body_read_as_a_person(models: Models, text: str, name: str,
                               expected: tuple[str | None, str | None] | None) -> None:
    probes.check_official(models, text, name, expected)


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, official_orgs=("_team_named_near", "_team_phrase",
                                                         "_ordinal_before_noun", "_BodiesBetween"),
                                          nlp=("body_read_as_a_person",))


# fixnerel70: the windows' edges, read by bisect since the mend (a team three sentences
# before is in, ``ANAPHORA_SENTENCES``; one in the sentence after the role's is not)
TEAM_WINDOW: list[tuple[str, str, str, tuple[str | None, str | None] | None]] = [
    ("team-three-sentences-before", "Сборная Чили готовится к отбору. Сбор пройдёт в горах. "
     "Тренировки начнутся рано утром. Нападающий Диего Варгас пропустит сбор.",
     "Диего Варгас", ("нападающий", "Сборная Чили")),
    ("team-in-the-next-sentence", "Нападающий Диего Варгас пропустит сбор. Сборная Чили "
     "готовится к отбору.", "Диего Варгас", ("нападающий", None)),
]


@pytest.mark.parametrize(("text", "name", "expected"),
                         probes.named_rows(TEAM_WINDOW))
def test_team_window_edges(models: Models, text: str, name: str,
                           expected: tuple[str | None, str | None] | None) -> None:
    probes.check_official(models, text, name, expected)


def test_team_named_near_reads_its_window_only(models: Models,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """fixnerel70: ``_team_named_near`` finds a sentence once per role, not once per team
    noun of the whole document (the nouns far before the window are cut by bisect): its
    cost does not grow with a long text's teams. Fails on m70 (one call a noun)."""
    from soccoop.extract import official_orgs

    calls = {"in": 0, "sentence_of": 0, "runs": 0}
    sentence_of = official_orgs._sentence_of
    near = official_orgs._team_named_near

    def counted_sentence_of(*a: object) -> int:
        calls["sentence_of"] += calls["in"]
        return sentence_of(*a)  # type: ignore[arg-type]

    def counted_near(*a: object) -> str | None:
        calls["in"], calls["runs"] = 1, calls["runs"] + 1
        try:
            return near(*a)  # type: ignore[arg-type]
        finally:
            calls["in"] = 0

    monkeypatch.setattr(official_orgs, "_sentence_of", counted_sentence_of)
    monkeypatch.setattr(official_orgs, "_team_named_near", counted_near)
    text = " ".join(["Команда волонтёров помогла ветеранам."] * 12) + \
        " Тренер Олег Сомов провёл для них зарядку."
    probes.check_official(models, text, "Олег Сомов", ("тренер", None))
    assert calls["runs"] >= 1
    assert calls["sentence_of"] <= calls["runs"], calls


def test_mend_person_spans_reads_persons_only(models: Models,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """fixnerel70: ``mend_person_spans`` asks ``body_read_as_a_person`` of persons' spans
    only, with the last person's span kept as it goes (no look back over the spans for
    each one): bodies and places cost no scan. Fails on m70 (a call every span)."""
    from soccoop.extract import nlp
    from soccoop.extract.nlp import NerSpan

    seen: list[tuple[str, str | None]] = []
    body_read = nlp.body_read_as_a_person

    def counted(span: NerSpan, text: str, parse: object, before: NerSpan | None = None,
                after: NerSpan | None = None) -> NerSpan:
        seen.append((span.text, before.text if before else None))
        return body_read(span, text, parse, before, after)  # type: ignore[arg-type]

    monkeypatch.setattr(nlp, "body_read_as_a_person", counted)
    text = "Министр Сомов посетил Зетск, Ортск и Юрск, а мэр Белов встретил его."
    spans = [NerSpan(kind, text.index(w), text.index(w) + len(w), w)
             for kind, w in (("PER", "Сомов"), ("LOC", "Зетск"), ("LOC", "Ортск"),
                             ("LOC", "Юрск"), ("PER", "Белов"))]
    out = nlp.mend_person_spans(text, spans, models.parse)
    assert [s.text for s in out] == ["Сомов", "Зетск", "Ортск", "Юрск", "Белов"]
    assert seen == [("Сомов", None), ("Белов", "Сомов")]
