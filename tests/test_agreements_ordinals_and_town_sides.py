"""Agreements and their sides across mentions: an ordinal agreement of a list signed in a later
sentence, a side named by its region in one mention and by its body in another, a town
beside its own region, a title line with a region-only partner, an agreement "между
комитетами" of bodies introduced before, a quoted name cut before its closing quote. Every
probe is written here, in words of its own."""

from __future__ import annotations

import re
from typing import Any

import pytest
from probes import agreements_of, named_rows, party_names, side
from probes import hand_parsed as parsed

from soccoop.extract.agreements import (
    _between_plural_body,
    _capital_of_named_region,
    _without_cut_quotes,
)
from soccoop.extract.merge_rules import _bodies_of_named_regions
from soccoop.extract.nlp import Sentence
from soccoop.extract.status import _ordinal_noun, _reports_document_signed

PUB = "2025-03-20"
TULA = "Министерство социальной защиты населения Тульской области"
RYAZAN = "Министерство труда и социальной защиты населения Рязанской области"


PAST = {"VerbForm": "Fin", "Tense": "Past"}
FUT = {"VerbForm": "Fin", "Tense": "Fut"}

# "Пятый договор объединил ..."
FIFTH = parsed(("Пятый", "пятый", "ADJ", "amod", 1, {}),
               ("договор", "договор", "NOUN", "nsubj", 2, {}),
               ("объединил", "объединить", "VERB", "root", -1, PAST))
# "Новый договор объединил ..." (no ordinal)
NEW = parsed(("Новый", "новый", "ADJ", "amod", 1, {}),
             ("договор", "договор", "NOUN", "nsubj", 2, {}),
             ("объединил", "объединить", "VERB", "root", -1, PAST))


def signing(verb_feats: dict[str, str], negated: bool = False,
            noun: str = "документ") -> Sentence:
    """"[не] подписали документ" parsed by hand."""
    spec: list[tuple[str, str, str, str, int, dict[str, str]]] = []
    if negated:
        spec.append(("не", "не", "PART", "advmod", 1, {}))
    v = len(spec)
    spec.append(("подписали", "подписать", "VERB", "root", -1, verb_feats))
    spec.append((noun, noun, "NOUN", "obj", v, {}))
    return parsed(*spec)


@pytest.mark.parametrize("sent, k, expected", [
    (FIFTH, 1, True),
    (NEW, 1, False),  # no ordinal of its own
    (FIFTH, 2, False),  # not the noun
])
def test_ordinal_noun(sent, k, expected):
    assert _ordinal_noun(sent, k) is expected


@pytest.mark.parametrize("sent, expected", [
    (signing(PAST), True),
    (signing(FUT), False),  # still to come
    (signing(PAST, negated=True), False),  # "не подписали"
    (signing(PAST, noun="протокол"), False),  # some other paper
    (signing(PAST, noun="соглашение"), True),
])
def test_reports_document_signed(sent, expected):
    assert _reports_document_signed(sent) is expected


# "договорились о соглашении между управлениями" / "... с управлениями"
BETWEEN = parsed(("соглашение", "соглашение", "NOUN", "root", -1, {}),
                 ("между", "между", "ADP", "case", 2, {}),
                 ("управлениями", "управление", "NOUN", "nmod", 0, {"Number": "Plur"}))
WITH = parsed(("соглашение", "соглашение", "NOUN", "root", -1, {}),
              ("с", "с", "ADP", "case", 2, {}),
              ("управлениями", "управление", "NOUN", "nmod", 0, {"Number": "Plur"}))


def test_between_plural_body():
    assert _between_plural_body(BETWEEN, 0) == "управление"
    assert _between_plural_body(WITH, 0) is None  # a partner, not the two sides


def party(name: str, *regions: str) -> tuple[str, ...]:
    """A side's name and regions, built into a side (``probes.side``) inside the test."""
    return (name, *regions)


BARE = frozenset({"Тульская область", "Рязанская область"})


@pytest.mark.parametrize("a, b, expected", [
    ([party(TULA, "RU-TUL"), party("Рязанская область", "RU-RYA")],
     [party(TULA, "RU-TUL"), party(RYAZAN, "RU-RYA")], True),
    # a region whose body the other mention does not name: other sides
    ([party(TULA, "RU-TUL"), party("Рязанская область", "RU-RYA")],
     [party(TULA, "RU-TUL"), party("Министерство ... Орловской области", "RU-ORL")], False),
    # two different bodies of one region are not the same side
    ([party(TULA, "RU-TUL"), party("Фонд Рязанской области", "RU-RYA")],
     [party(TULA, "RU-TUL"), party(RYAZAN, "RU-RYA")], False),
])
def test_bodies_of_named_regions(models, a, b, expected):
    a, b = [side(models, *x) for x in a], [side(models, *x) for x in b]
    assert _bodies_of_named_regions(a, b, BARE, models) is expected


def test_a_cut_quote_is_the_full_name(models):
    full, cut = side(models, "Фонд «Добрые соседи»"), side(models, "Фонд «Добрые соседи")
    assert [p.name for p in _without_cut_quotes([full, cut])] == ["Фонд «Добрые соседи»"]
    assert [p.name for p in _without_cut_quotes([cut, full])] == ["Фонд «Добрые соседи»"]
    # negative: a cut name with no full one beside it stays as it is
    other = side(models, "Фонд «Старшее поколение»")
    assert [p.name for p in _without_cut_quotes([cut, other])] == \
        ["Фонд «Добрые соседи", "Фонд «Старшее поколение»"]


LIST_REPORT = (
    "На ярмарке в Туле заключены сразу два соглашения.\n"
    "Первое соглашение подписали министр социальной защиты населения Тульской области "
    "Петр Ильин и министр труда и социальной защиты населения Рязанской области Мария "
    "Кузина.\n"
    "Второе соглашение объединило Тульскую область с Орловской областью. С тульской стороны "
    "документ подписал заместитель министра Олег Седов, со стороны Департамента социальной "
    "защиты населения Орловской области — его руководитель Нина Зотова. Речь идет о "
    "летнем отдыхе детей.\n")


def _orel(statuses_of_orel: Any) -> Any:
    """A check on the records with an Orel side (their statuses in the records' order)."""
    return lambda got: statuses_of_orel(
        [a.status for a in got if any("Орлов" in p.name for p in a.parties)])


# (id, text, check on the records)
ORDINALS = named_rows([
    ("an_ordinal_agreement_signed_in_a_later_sentence_is_signed", LIST_REPORT,
     _orel(lambda orel: orel == ["signed"])),
    # negative: the later sentence tells a signing to come
    ("an_ordinal_agreement_still_to_be_signed_is_not_signed",
     LIST_REPORT.replace("документ подписал", "документ подпишет").replace(
         "его руководитель", "ее руководитель"),
     _orel(lambda orel: orel and all(x != "signed" for x in orel))),
    # negative: the signing is told in the next paragraph, of something else
    ("an_ordinal_agreement_reads_its_own_paragraph_only",
     "Второе соглашение объединило Тульскую область с Орловской областью.\n"
     "Вчера министры подписали документ о летнем отдыхе детей с Калугой.\n",
     _orel(lambda orel: all(x != "signed" for x in orel))),
])

QUOTED_MINISTER = (
    "Министр социальной защиты населения Тульской области Петр Ильин рассказал журналистам "
    "о новом соглашении с Рязанской областью.\n"
    "«В минувший вторник мы с министром труда и социальной защиты населения Рязанской "
    "области Марией Кузиной подписали соглашение о сотрудничестве между Министерством "
    "социальной защиты населения Тульской области и Министерством труда и социальной защиты "
    "населения Рязанской области», — сказал Петр Ильин.\n")

TITLE_REPORT = (
    "Фонд «Добрые соседи» — помощь пожилым людям\n"
    "Заключили соглашение с калужскими партнерами!\n"
    "Вчера в Калуге прошла встреча с руководством Министерства труда и социальной защиты "
    "Калужской области. Наш фонд представлял председатель правления Фонда «Добрые соседи» "
    "Роман Белов, министерство — заместитель министра Алла Гусева. Они подписали соглашение "
    "о сотрудничестве в сфере ухода за пожилыми людьми.\n")

COMMITTEES = (
    "В Законодательной Думе Томской области прошла встреча председателя комитета по "
    "социальной политике Законодательной Думы Томской области Олега Жданова и председателя "
    "комитета по здравоохранению Государственного Совета Республики Коми Ивана Мартынова.\n"
    "Депутаты договорились подготовить соглашение о сотрудничестве между комитетами.\n")

DRAFT_SENT = (
    "На совещании выступила министр социального развития Курской области Анна Орлова.\n"
    "Председатель комитета социального обеспечения Белгородской области Павел Юдин сообщил, "
    "что проект соглашения о совместной реабилитации инвалидов уже отправлен курским "
    "коллегам.\n")


def _statuses(expected: list[str], first: Any = None) -> Any:
    """A check: the records' statuses, sorted, are ``expected``; ``first`` (when given)
    holds of the first record."""
    return lambda got: sorted(a.status for a in got) == expected and (
        first is None or first(got[0]))


def _dates(expected: list[str | None], first: Any = None) -> Any:
    """A check: the records' dates, in order, are ``expected``; ``first`` (when given)
    holds of the first record."""
    return lambda got: [a.date for a in got] == expected and (first is None or first(got[0]))


def _no_side(word: str) -> Any:
    """A check: no record has a side whose name holds ``word`` (``^`` first: opens with)."""
    return lambda got: not any(re.search(word, p.name) for a in got for p in a.parties)


RECORDS = ORDINALS + named_rows([
    ("a_lead_naming_the_partner_by_its_region_is_the_signed_agreement", QUOTED_MINISTER,
     _statuses(["signed"])),
    # negative: the lead names a region whose body the signing does not name
    ("a_lead_about_another_region_stays_apart",
     QUOTED_MINISTER.replace("с Рязанской областью", "с Орловской областью"),
     _statuses(["mentioned", "signed"])),
    ("a_town_beside_its_own_region_is_that_region",
     "Министр социальной защиты населения Тульской области Петр Ильин рассказал о "
     "планах ведомства.\n«Следующим шагом станет соглашение с Якутией — переговоры с "
     "коллегами из Якутска мы уже начали», — сказал министр.\n",
     _statuses(["planned"], lambda a: all("Якутск" not in p.name.split() for p in a.parties)
               and any("Якутия" in p.name for p in a.parties))),
    ("a_title_with_a_region_only_partner_is_the_body_signing", TITLE_REPORT,
     _statuses(["signed"], lambda a: sorted(a.signatories) == ["Алла Гусева", "Роман Белов"])),
    ("an_agreement_between_committees_is_between_the_committees_told", COMMITTEES,
     _statuses(["planned"], lambda a: len(party_names(a)) == 2 and all(
         n.startswith("Комитет по ") for n in party_names(a)))),
    # negative: nothing before introduces two committees: no sides invented
    ("an_agreement_between_committees_with_no_committee_told_names_none",
     "Депутаты договорились подготовить соглашение о сотрудничестве между комитетами.\n",
     _no_side("^Комитет")),
    ("the_genitive_owner_of_an_agreement_with_a_state_is_a_side",
     "На встрече вспомнили о действующем соглашении Псковской области с Республикой "
     "Казахстан, в рамках которого с 2021 года псковские и казахстанские центры "
     "социального обслуживания проводят совместные семинары.\n",
     # 2021 dates the seminars, not the agreement
     _dates([None], lambda a: "Псковская область" in party_names(a))),
    # negative: the relative clause signs the agreement, so its year is the agreement's
    ("a_year_the_relative_clause_gives_to_the_signing_stays",
     "На встрече вспомнили о соглашении Псковской области с Республикой Казахстан, "
     "которое в 2021 году подписали губернатор и посол.\n",
     _dates(["2021"])),
    # negative: the signing verb comes before the year, a verb of other work after it
    ("a_year_after_the_relative_signing_verb_stays",
     "Обучение сиделок помогает наладить соглашение о сотрудничестве, которое "
     "правительство Псковской области и правительство Тверской области заключили ещё "
     "в 2020 году: волонтеров встречают кураторы и помогают им с жильем.\n",
     _dates(["2020"])),
    ("a_draft_sent_to_a_regions_colleagues_is_planned_between_the_bodies", DRAFT_SENT,
     _statuses(["planned"], lambda a: any("Белгородской" in n for n in party_names(a))
               and any("Курск" in n for n in party_names(a)))),
    # negative: "коллегам" without a region's adjective: no partner to name
    ("a_draft_with_no_addressee_region_names_no_sides",
     DRAFT_SENT.replace("курским коллегам", "коллегам"), _no_side("Курск")),
])


@pytest.mark.slow
@pytest.mark.parametrize("text, check", RECORDS)
def test_records_of_lists_leads_and_titles(models, text, check):
    assert check(agreements_of(models, text, PUB))


@pytest.mark.slow
def test_capital_of_named_region_keeps_a_town_of_another_region(models):
    sakha = side(models, "Республика Саха (Якутия)", "RU-SA")
    yakutsk, irkutsk = side(models, "Якутск", "RU-SA"), side(models, "Иркутск", "RU-IRK")
    bare = frozenset({"Республика Саха (Якутия)"})
    assert _capital_of_named_region(models, [sakha, yakutsk], bare) == [sakha]
    assert _capital_of_named_region(models, [sakha, irkutsk], bare) == [sakha, irkutsk]
    assert _capital_of_named_region(models, [yakutsk], bare) == [yakutsk]  # no region beside


@pytest.mark.slow
def test_round18_shapes_through_the_cli(listed_rows):
    rows = listed_rows({"tula.txt": QUOTED_MINISTER, "fund.txt": TITLE_REPORT}, "--kind",
                       "agreements", "--format", "jsonl", "--limit", "0")
    assert sorted(r["status"] for r in rows) == ["signed", "signed"]
    assert sorted(sorted(r["signatories"]) for r in rows) == [
        ["Алла Гусева", "Роман Белов"], ["Мария Кузина", "Петр Ильин"]]


