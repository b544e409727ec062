"""nerel90: two titles of one person joined by "и"; a post already the apposition of the name
before an aside; a post's modifier read as the post's adjective.

- ``official_roles._joined_trade`` (read by ``_split_role``): "директор музея и историк Иван
  Петров" is the museum's director and a historian; the second title (an animate noun in the
  post's case and number) is no part of the body ("музей и историк" before) nor of the post;
  "директор и совладелец агентства" share the body named after the second title. Not when "и"
  joins plural words of the body ("общество охотников и рыболовов").
- ``officials._apposed_to_a_name_before`` (read by ``_role_before_aside``): in "Как заявила
  Анна Котова, пресс-секретарь суда, который ..., Петров ..." the post is Котова's
  apposition; the name after the aside starts a clause of its own and takes no post.
- ``official_roles._modifier_nominative`` (read by ``_split_role``): a post's modifier whose
  form two adjectives share goes to the nominative through the post modifier the lexicon
  knows: "назначен временным губернатором" → "временный губернатор" (was "временной").

Every sentence here is invented for these tests; the tables have rows where the rules must
not fire.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

# (id, text, name, expected (position, organisation) or None: no post)
JOINED_TITLES: list[tuple[str, str, str, tuple[str, str | None] | None]] = [
    ("historian", "Директор краеведческого музея и историк Иван Петров рассказал о находке.",
     "Иван Петров", ("директор", "краеведческий музей")),
    ("co-owner", "Бывший глава холдинга «Заря» и совладелец банка Артур Петров заявил о "
     "банкротстве.", "Артур Петров", ("глава", "холдинг «Заря»")),
    ("shared-body", "Управляющий директор и совладелец агентства «Восход» Крис Петров "
     "рассказал о проекте.", "Крис Петров", ("управляющий директор", "агентство «Восход»")),
    ("instrumental", "В беседе с директором гимназии и писателем Олегом Смирновым мы говорили "
     "о книгах.", "Олег Смирнов", ("директор", "гимназия")),
    # negatives: "и" joins plural words of the body, after an animate word
    ("hunters", "Председатель общества охотников и рыболовов Олег Смирнов открыл сезон.",
     "Олег Смирнов", ("председатель", "общество охотников и рыболовов")),
    ("shelter", "Директор приюта для бездомных и нищих Ольга Смирнова рассказала о зиме.",
     "Ольга Смирнова", ("директор", "приют для бездомных и нищих")),
]

ASIDES: list[tuple[str, str, str, tuple[str, str | None] | None]] = [
    ("court", "Как заявила Анна Котова, пресс-секретарь районного суда, который вынес "
     "приговор, Петров уже вышел на свободу.", "Петров", None),
    ("court-owner", "Как заявила Анна Котова, пресс-секретарь районного суда, который вынес "
     "приговор, Петров уже вышел на свободу.", "Анна Котова",
     ("пресс-секретарь", "районный суд")),
    ("school", "Как сообщил Иван Сидоров, директор школы, которая закрылась вчера, Смирнов "
     "уехал из города.", "Смирнов", None),
    # negatives: no name before the post, so the name after the aside holds it
    ("chairman", "Председатель комитета, объявивший перерыв, Сергей Нарышкин вышел из зала.",
     "Сергей Нарышкин", ("председатель", "комитет")),
    ("press-office", "Руководитель пресс-службы газеты «Заря», где работала Анна Котова, "
     "Надежда Смирнова рассказала о письме.", "Надежда Смирнова",
     ("руководитель пресс-службы", "Пресс-служба газеты «Заря»")),
]

MODIFIERS: list[tuple[str, str, str, tuple[str, str | None] | None]] = [
    ("interim-governor", "Иван Петров назначен временным губернатором Тульской области.",
     "Иван Петров", ("временный губернатор", "Тульская область")),
    ("interim-head", "Временным главой администрации стал Иван Петров.", "Иван Петров",
     ("временный глава", "администрация")),
    ("interim-director", "Анна Петрова назначена временным директором школы.", "Анна Петрова",
     ("временный директор", "школа")),
    # negatives: one reading only, or the lexicon's already
    ("first-deputy", "Первым заместителем министра назначен Иван Петров.", "Иван Петров",
     ("первый заместитель министра", None)),
    ("chief-doctor", "Главным врачом больницы назначена Анна Петрова.", "Анна Петрова",
     ("главный врач", "больница")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"),
                         probes.named_rows(JOINED_TITLES) + probes.named_rows(ASIDES)
                         + probes.named_rows(MODIFIERS))
def test_official_records(models: Models, text: str, name: str,
                          expected: tuple[str, str | None] | None) -> None:
    probes.check_official(models, text, name, expected)


# (phrase of a post before a name, the words the second title spans, or None)
TRADE_CUTS: list[tuple[str, str, str | None]] = [
    ("after-body", "директор музея и историк", "и историк"),
    ("adjective", "глава холдинга и известный писатель", "и известный писатель"),
    ("two-heads", "управляющий директор и совладелец фирмы", "и совладелец"),
    ("plural-body", "председатель общества охотников и рыболовов", None),
    ("other-case", "директор центра помощи ветеранам и инвалидам", None),
    ("place", "директор музея и Тулы", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("phrase", "cut"), probes.named_rows(TRADE_CUTS))
def test_joined_trade(models: Models, phrase: str, cut: str | None) -> None:
    from soccoop.extract.official_roles import _joined_trade

    tokens = models.analyse(phrase).sentences[0].tokens
    found = _joined_trade(tokens, 0, models)
    if cut is None:
        assert found is None
    else:
        assert found is not None
        c, resume = found
        assert phrase[tokens[c].start:tokens[resume - 1].stop] == cut


# (a modifier and its post, the post's gender, the modifier in the nominative)
MODIFIER_WORDS: list[tuple[str, str, str, str]] = [
    ("interim", "временным губернатором", "masc", "временный"),
    ("interim-feminine", "временной директрисой", "femn", "временная"),
    ("first", "первым заместителем", "masc", "первый"),
    ("field", "социальным работником", "masc", "социальный"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("phrase", "gender", "nominative"), probes.named_rows(MODIFIER_WORDS))
def test_modifier_nominative(models: Models, phrase: str, gender: str, nominative: str) -> None:
    from soccoop.extract.official_roles import _modifier_nominative

    tok = models.analyse(phrase).sentences[0].tokens[0]
    assert _modifier_nominative(tok, models, gender) == nominative


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, official_roles=("_joined_trade", "_modifier_nominative"),
                                          officials=("_apposed_to_a_name_before",))
