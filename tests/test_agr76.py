"""agr76: agreement records of an agreement's life (renewals, addenda, postponements) and of
social partnership. A headline's signing the lead tells again is one record; a dated
earlier stage of the page's one agreement keeps its sides; a body's kind cut at a dash
joins the body; a group of bodies named by its field, a town that is only the home of a
kind of thing, and the region of people are no sides; a "с" list cut by the parse runs
back to its preposition, and a likened agreement shares the side its subject names; the
second item of a count signed by a pronoun is a signing of its own. Every probe is
written here, in words of its own."""

from __future__ import annotations

import probes
import pytest
from probes import agreement_records, agreements_of, first_sentence

from soccoop.extract.agreement_types import _Party
from soccoop.extract.agreements import year_or_count_of_sides
from soccoop.extract.party_phrases import legal_form_before_dash

# (id, published, text, sorted (status, sorted parties) of every record)
RECORDS = [
    ("headline-retold-in-lead", "2024-05-16",
     "Минтруд и медицинский колледж подписали соглашение о подготовке кадров\n"
     "Вчера, 15 мая, министр социальной защиты Тверской области Иван Петров и директор "
     "Тверского медицинского колледжа Анна Смирнова подписали соглашение о подготовке "
     "кадров для социальных учреждений.\n"
     "О намерении заключить такое соглашение Иван Петров впервые сообщил на коллегии "
     "министерства 3 марта.\n",
     None),
    ("original-dated-beside-extension", "2024-12-10",
     "Соглашение о партнёрстве в Тверской области продлили на 2026 год\n"
     "В среду подписано дополнительное соглашение к соглашению между Правительством "
     "Тверской области и Федерацией профсоюзов Тверской области.\n"
     "Документ продлевает срок соглашения до конца 2026 года.\n"
     "Соглашение о партнёрстве было подписано в ноябре 2021 года.\n",
     [("mentioned", ["Правительство Тверской области",
                     "Федерация профсоюзов Тверской области"]),
      ("signed", ["Правительство Тверской области",
                  "Федерация профсоюзов Тверской области"])]),
    ("likened-list-cut-by-the-parse", "2025-02-07",
     "Отделение Социального фонда России по Пермскому краю и Пермский государственный "
     "университет заключили соглашение о сотрудничестве.\n"
     "Ранее аналогичные соглашения Отделение заключило с Пермским национальным "
     "исследовательским политехническим университетом и Пермским государственным "
     "аграрно-технологическим университетом.\n",
     [("mentioned", ["Отделение Социального фонда России по Пермскому краю",
                     "Пермский государственный аграрно-технологический университет"]),
      ("mentioned", ["Отделение Социального фонда России по Пермскому краю",
                     "Пермский национальный исследовательский политехнический университет"]),
      ("signed", ["Отделение Социального фонда России по Пермскому краю",
                  "Пермский государственный университет"])]),
    ("second-item-signed-by-pronoun", "2024-12-06",
     "3 декабря в Твери прошла встреча министерства с активом общественных организаций. "
     "Итогом встречи стали два соглашения о сотрудничестве.\n"
     "Первое соглашение министр социальной защиты Тверской области Иван Петров подписал "
     "с Тверской областной организацией Всероссийского общества инвалидов. Второе — с "
     "Тверской региональной организацией Всероссийского общества слепых, его подписал "
     "председатель организации Олег Сидоров.\n",
     [("signed", ["Министерство социальной защиты Тверской области",
                  "Тверская областная организация Всероссийского общества инвалидов"]),
      ("signed", ["Министерство социальной защиты Тверской области",
                  "Тверская региональная организация Всероссийского общества слепых"])]),
]


@pytest.mark.parametrize(("case", "published", "text", "expected"), RECORDS,
                         ids=[r[0] for r in RECORDS])
def test_records(models, case: str, published: str, text: str, expected: list | None) -> None:
    got = agreement_records(models, text, published, "status", "parties")
    if expected is None:  # one signing, told by the headline and the lead
        signed = [r for r in got if r[0] == "signed"]
        assert len(signed) == 1, got
        assert "Тверской медицинский колледж" in signed[0][1]
    else:
        assert got == expected


def test_headline_takes_the_leads_day(models) -> None:
    """The headline's signing is the lead's, dated by the lead, not by the announcement
    told after it."""
    text = RECORDS[0][2]
    dates = [a.date for a in agreements_of(models, text, "2024-05-16") if a.status == "signed"]
    assert dates == ["2024-05-15"]


def _dash_sides(models, text: str, first: str, second: str) -> list[str]:
    """The sides ``legal_form_before_dash`` leaves of two sides read at ``first`` (the
    words up to and with the dash) and ``second`` (the body after it) in ``text``."""
    a = text.index(first)
    b = text.index(second)
    sides = [_Party("Государственное учреждение —", [], a, a + len(first), models),
             _Party("Курганское отделение Фонда", ["RU-KGN"], b, b + len(second), models)]
    return [p.name for p in legal_form_before_dash(models, sides, text)]


def test_legal_form_before_dash(models) -> None:
    text = "соглашение с Государственным учреждением — Курганским отделением Фонда"
    assert _dash_sides(models, text, "Государственным учреждением —",
                       "Курганским отделением Фонда") == [
        "Государственное учреждение — Курганское отделение Фонда"]


def test_legal_form_before_dash_needs_the_dash_next(models) -> None:
    # words between the two sides: two sides, as read
    text = "соглашение с Государственным учреждением — и с Курганским отделением Фонда"
    assert _dash_sides(models, text, "Государственным учреждением —",
                       "Курганским отделением Фонда") == [
        "Государственное учреждение —", "Курганское отделение Фонда"]


# (id, published, text, side words no record may hold)
NO_SIDES = [
    ("towns-of-the-plants", "2024-12-10",
     "Вчера министерство социальной защиты Самарской области и Федерация профсоюзов "
     "Самарской области подписали соглашение о социальном партнёрстве.\n"
     "Председатель федерации сказал, что большие заводы Тольятти и Сызрани давно "
     "выполняют условия соглашения.\n",
     {"Тольятти", "Сызрань"}),
    ("people-of-two-regions", "2024-10-03",
     "Вчера министерство социальной защиты Тверской области и Тверская областная "
     "организация ветеранов подписали соглашение о взаимодействии.\n"
     "Председатель организации рассказал, что многое из нового соглашения тверские "
     "ветераны переняли у псковских коллег.\n",
     {"Тверская область", "Псковская область"}),
    ("group-of-bodies-by-field", "2024-05-20",
     "Подписание соглашения о сотрудничестве между министерствами социального блока "
     "Тверской и Псковской областей, которое планировалось провести сегодня, перенесено.\n"
     "Документ подпишут 11 июня министр социальной защиты Тверской области Иван Петров и "
     "председатель Комитета по социальной политике Псковской области Олег Сидоров.\n",
     {"Министерство социального блока Тверской", "Министерство социального блока "
      "Псковской областей", "Псковская область"}),
]


@pytest.mark.parametrize(("case", "published", "text", "banned"), NO_SIDES,
                         ids=[r[0] for r in NO_SIDES])
def test_no_such_sides(models, case: str, published: str, text: str, banned: set) -> None:
    records = agreements_of(models, text, published)
    sides = {p.name for a in records for p in a.parties}
    assert not sides & banned, sides
    if case != "group-of-bodies-by-field":  # the signing itself is kept
        assert any(a.status == "signed" and len(a.parties) == 2 for a in records)


# negatives: what the rules must not do
NEGATIVES = [
    # a date after the news (the addendum's coming into force) is no earlier stage
    ("in-force-after-the-news", "2024-06-17",
     "В пятницу министерство социальной защиты Тверской области и Тверской областной центр "
     "занятости подписали дополнительное соглашение к соглашению об обмене сведениями от "
     "5 октября 2022 года.\n"
     "Новые правила обмена начнут действовать с 1 июля 2024 года.\n",
     2),
    # a body named with its place is a side, not the home of a kind
    ("town-body-stays", "2024-04-10",
     "Администрация Тольятти и Федерация профсоюзов Самарской области подписали соглашение "
     "о сотрудничестве.\n",
     1),
]


@pytest.mark.parametrize(("case", "published", "text", "count"), NEGATIVES,
                         ids=[r[0] for r in NEGATIVES])
def test_negatives(models, case: str, published: str, text: str, count: int) -> None:
    records = agreements_of(models, text, published)
    assert len(records) == count, [(a.status, a.date, [p.name for p in a.parties])
                                   for a in records]
    if case == "town-body-stays":
        assert any("Тольятти" in p.name for p in records[0].parties)


# year_or_count_of_sides: which words of an agreement's name are no subject
SUBJECT_WORDS = [
    ("Соглашение 2019 года позволило решить задачу.", "2019", True),
    ("Соглашение 2019 года позволило решить задачу.", "года", True),
    ("Напомним, базовое соглашение трёх комитетов было заключено давно.", "комитетов", True),
    ("Соглашение о сотрудничестве комитетов было заключено давно.", "сотрудничестве", False),
    ("Соглашение о создании центра было заключено давно.", "центра", False),
]


@pytest.mark.parametrize(("text", "word", "expected"), SUBJECT_WORDS,
                         ids=[f"{r[1]}-{r[2]}" for r in SUBJECT_WORDS])
def test_year_or_count_of_sides(models, text: str, word: str, expected: bool) -> None:
    sent = first_sentence(models, text)
    i = next(n for n, t in enumerate(sent.tokens) if t.text == word)
    assert year_or_count_of_sides(sent.tokens, i) is expected


def test_docstrings_quote_no_dev_text() -> None:
    probes.check_docstrings_invented(
        candidate_dates=("ends_signing_walk", "extended_for"),
        agreement_sides=("home_of_a_kind", "list_run_back", "subject_side_of_prior"),
        merge_extra=("stages_of_one_history",),
        party_phrases=("legal_form_before_dash", "body_group_phrase", "without_body_groups"),
        signing_dates=("put_off_from_only",),
        agreements=("year_or_count_of_sides",),
        merge_rules=("body_of_bare_region", "partner_words_fit", "_ordinal_of"),
        coreference=("ordinal_signed_by_pronoun", "_outside_partner"),
    )
