"""lists64 (round 64 of issue 9): several agreements told as a list whose lead names no
partner of its own, one record per item, the side common to all read off the sentence
before the lead.

- a lead whose partner preposition stands right before its closing colon ("Соглашения
  заключены с:", ``agreement_lists.colon_after_preposition``) lists the preposition's
  objects, one a line, marked or not, each opening with its partner in the instrumental or
  a legal form's abbreviation (``agreement_lists._object_item``); the side common to all
  is the subject the sentence before tells signing (``series_sides.side_before_lead``);
- lines of partners after "Партнёрами центра стали:" read past a number the segmenter
  cut off its line (``agreement_lists.partner_lines``), a legal form and its quoted name
  taken as written when the name tagger misses them (``agreement_lists._legal_form_name``),
  and the lines' common side read off the sentence before when the count names none.

Guards: a colon after a named partner or after no preposition opens no list of objects;
lines in the nominative under "с:" are no objects; a participle ("все подписанные
соглашения") tells no signing subject. Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest

PUB = "2026-04-16"

DEPT = "Управление социальной защиты населения Тверской области"
VETS = "Тверское областное отделение Всероссийской организации ветеранов"
HOSPICE = "АНО «Хоспис «Светлая память»"
CHOIR = "Благотворительный фонд «Поющие сердца»"

OBJECT_LIST = (
    "Управление заключило три соглашения о помощи пожилым\n\n"
    "15 апреля управление социальной защиты населения Тверской области подписало "
    "три новых соглашения: партнёры управления — общественные объединения Твери. "
    "Документы помогут заботиться об одиноких пожилых людях.\n\n"
    "Соглашения заключены с:\n"
    "• Тверским областным отделением Всероссийской организации ветеранов — о досуге "
    "пенсионеров;\n"
    "• АНО «Хоспис «Светлая память» — о паллиативной помощи на дому;\n"
    "• благотворительным фондом «Поющие сердца» — о хоровых занятиях для пожилых.\n\n"
    "Со стороны управления документы подписала начальник управления Вера Олеговна "
    "Миронова.\n")

MIN = "Министерство социальной защиты населения Курганской области"
PLANT = "АО «Курганский арматурный завод»"
BAKERY = "ООО «Шадринский хлебокомбинат»"
COLLEGE = "ГБПОУ «Курганский педагогический колледж»"

UNMARKED_LINES = (
    "Минсоцзащиты Зауралья подписало три соглашения\n\n"
    "14 апреля Министерство социальной защиты населения Курганской области подписало "
    "соглашения с работодателями и колледжем региона.\n\n"
    "Министерством подписаны соглашения с:\n"
    "АО «Курганский арматурный завод» — о квотах для незрячих работников;\n"
    "ООО «Шадринский хлебокомбинат» — о наставничестве;\n"
    "ГБПОУ «Курганский педагогический колледж» — о подготовке социальных работников.\n\n"
    "Документы подписал министр социальной защиты населения Курганской области Павел "
    "Андреевич Соколов.\n")

# guard: the colon follows a named partner: one agreement with the fund, no list
NAMED_PARTNER = (
    "15 апреля управление социальной защиты населения Тверской области подписало "
    "соглашение с благотворительным фондом «Поющие сердца» о хоровых вечерах. Его "
    "задачи просты:\n"
    "• хоровые занятия для пожилых;\n"
    "• концерты в домах престарелых.\n")


def _records(models, text: str) -> list[tuple]:
    return sorted(probes.status_parties(models, text, PUB))


@pytest.mark.parametrize(("case", "text", "expected"), [
    # fails on b64dev: the bulleted objects were no items; no record paired a partner with
    # the department
    ("bulleted objects under 'Соглашения заключены с:'", OBJECT_LIST,
     [("signed", sorted([DEPT, VETS])), ("signed", sorted([DEPT, HOSPICE])),
      ("signed", sorted([DEPT, CHOIR]))]),
    # fails on b64dev: the unmarked lines were no items
    ("unmarked lines under 'Министерством подписаны соглашения с:'", UNMARKED_LINES,
     [("signed", sorted([MIN, PLANT])), ("signed", sorted([MIN, BAKERY])),
      ("signed", sorted([MIN, COLLEGE]))]),
])
def test_object_list_records(models, case: str, text: str, expected: list) -> None:
    got = _records(models, text)
    for row in expected:
        assert row in got, (case, got)


def test_named_partner_is_one_agreement(models) -> None:
    # guard: passes on b64dev too
    got = _records(models, NAMED_PARTNER)
    assert got == [("signed", sorted([DEPT, CHOIR]))], got


def test_object_list_signer_signs_each(models) -> None:
    # fails on b64dev: no record held the department and a partner
    got = {tuple(sorted(probes.party_names(a))): a.signatories
           for a in probes.agreements_of(models, OBJECT_LIST, PUB)}
    for partner in (VETS, HOSPICE, CHOIR):
        assert "Вера Олеговна Миронова" in got.get(tuple(sorted([DEPT, partner])), []), got


CENTRE = "Краевое государственное учреждение «Центр добровольчества Пермского края»"
HOME = "КГАУСО «Пансионат для пожилых «Уральская осень»"
CLUB = "КГБУ «Клуб ветеранов «Прикамье»"

BECAME_PARTNERS = (
    "В День пожилого человека подписаны два соглашения\n\n"
    "1 октября краевое государственное учреждение «Центр добровольчества Пермского края» "
    "подписало соглашения с учреждениями социального обслуживания.\n\n"
    "Партнёрами центра стали:\n"
    "1. КГАУСО «Пансионат для пожилых «Уральская осень»;\n"
    "2. КГБУ «Клуб ветеранов «Прикамье».\n")


def test_became_partners_lines(models) -> None:
    # the lines read past a cut-off number, the centre the sentence before tells signing
    got = _records(models, BECAME_PARTNERS.replace("2026", "2025"))
    sides = [set(p) for _, p in got]
    assert any(CENTRE in s and len(s) == 2 for s in sides), got
    assert len([s for s in sides if CENTRE in s]) >= 2, got


# fixlists64: an unmarked list ends with its line ending in a full stop; an ordinary line
# after it, opening with an abbreviation or an instrumental noun, is no partner
UNMARKED_THEN_NEWS = (
    "14 апреля Министерство социальной защиты населения Курганской области подписало "
    "соглашения с работодателями региона.\n\n"
    "Министерством подписаны соглашения с:\n"
    "АО «Курганский арматурный завод» — о квотах;\n"
    "ООО «Шадринский хлебокомбинат» — о наставничестве.\n"
    "{}\n")


@pytest.mark.parametrize(("case", "line", "stray"), [
    # fails on m64: a third record, the ministry and "МЧС"
    ("an abbreviation opening the next line",
     "МЧС напоминает о правилах безопасности на воде.", "МЧС"),
    # fails on m64: a third record, the ministry and the employment centre
    ("an instrumental noun opening the next line",
     "Областным центром занятости населения проведена ярмарка вакансий.", "занятости"),
])
def test_unmarked_list_ends_at_full_stop(models, case: str, line: str, stray: str) -> None:
    got = _records(models, UNMARKED_THEN_NEWS.format(line))
    assert ("signed", sorted([MIN, PLANT])) in got, (case, got)
    assert ("signed", sorted([MIN, BAKERY])) in got, (case, got)
    assert not any(stray in p for _, sides in got for p in sides), (case, got)


@pytest.mark.parametrize(("text", "expected"), [
    ("Соглашения заключены с:", True),
    ("Фонд подписал соглашения о сотрудничестве со:", True),
    # guards: a named partner before the colon; no preposition; no colon
    ("Подписаны соглашения с фондом:", False),
    ("Соглашения заключены:", False),
    ("Соглашения заключены с фондом.", False),
])
def test_colon_after_preposition(models, text: str, expected: bool) -> None:
    from soccoop.extract.agreement_lists import colon_after_preposition
    assert colon_after_preposition(probes.first_sentence(models, text)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("• областным советом ветеранов — о досуге;", True),
    ("АНО «Мост» — о волонтёрах;", True),
    # guards: a line in the nominative; a line opening with a verb
    ("• областной совет ветеранов проведёт концерт;", False),
    ("• провести концерт в мае;", False),
    # fixlists64: a legal form whose quoted name comes after a degree's capitals (passes on
    # m64: any capitals then)
    ("ФГАОУ ВО «Энский университет» — о практике;", True),
    # fixlists64, fail on m64: an abbreviation that is no legal form; a legal form with no
    # quoted name after it
    ("МЧС напоминает о правилах безопасности;", False),
    ("ФОК «Олимп» — о спорте;", False),
    ("ООО готовит отчёт;", False),
])
def test_object_item(models, text: str, expected: bool) -> None:
    from soccoop.extract.agreement_lists import _LIST_ITEM, _object_item
    sent = probes.first_sentence(models, text)
    m = _LIST_ITEM.match(sent.text)
    toks = [t for t in sent.tokens if m is None or t.start >= sent.start + m.end()]
    assert _object_item(toks) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("1. КГБУСО «Энский центр социального обслуживания»;",
     "КГБУСО «Энский центр социального обслуживания»"),
    # fixlists64, fails on m64: a degree's capitals between the form and its quoted name
    ("2. ФГАОУ ВО «Энский университет»;", "ФГАОУ ВО «Энский университет»"),
    # fixlists64: a residential institution's form; passes on m64 (any capitals then), the
    # legal forms' pattern now has it
    ("2. КГБСУСО «Энский дом-интернат»;", "КГБСУСО «Энский дом-интернат»"),
    # fixlists64, fail on m64: capitals that are no legal form's
    ("1. МЧС «Спасатель»;", None),
    ("2. ФОК «Олимп».", None),
])
def test_legal_form_name(models, text: str, expected: str | None) -> None:
    from soccoop.extract.agreement_lists import _legal_form_name
    got = _legal_form_name(models, probes.first_sentence(models, text), [])
    assert [p.name for p in got] == ([expected] if expected else []), got


def _side_before(models, text: str) -> list[str]:
    from soccoop.extract.regions import find_regions
    from soccoop.extract.series_sides import side_before_lead
    from soccoop.extract.syntax import windows
    analysis = probes.parsed_analysis(models, text)
    regions = find_regions(analysis, models)
    sents = windows(analysis)
    si = next(i for i, w in enumerate(sents) if w.text.strip().endswith("с:"))
    return [p.name for p in side_before_lead(analysis, models, sents, si, regions)]


@pytest.mark.parametrize(("case", "text", "expected"), [
    ("the subject of the signing before the lead",
     "Управление социальной защиты населения Тверской области подписало соглашения. "
     "Они важны.\nСоглашения заключены с:\n", [DEPT]),
    # guard: a participle tells no signing; the sentence before names no subject
    ("a participle only",
     "Все подписанные управлением соглашения важны.\nСоглашения заключены с:\n", []),
])
def test_side_before_lead(models, case: str, text: str, expected: list[str]) -> None:
    assert _side_before(models, text) == expected, case


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, agreement_lists=("colon_after_preposition",
                                                           "_object_item", "_list_items",
                                                           "partner_lines", "_legal_form_name",
                                                           "_quoted_after_form", "_line_ends_full"),
                                          series_sides=("side_before_lead",))
