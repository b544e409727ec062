"""Which agreement a mention belongs to before statuses are merged: the sides of an
older agreement named inside the clause are not the new one's, a bare plan with a partner of
its own is another agreement, and a bare plan of further documents never turns a signed or
mentioned agreement into a planned one. Every probe is written here, in words of its own."""

from __future__ import annotations

import pytest
from probes import agreements_of, party_names
from probes import hand_parsed as parsed

from soccoop.extract.nlp import Sentence
from soccoop.extract.status import (
    bare_anaphor_sides,
    counterpart_spans,
    further_documents,
    keeps_status,
    missed_partners,
    other_partner_mention,
    parties_of_nested_agreement,
)

PUB = "2025-06-10"
VOLOGDA = "Министерство социальной защиты населения Вологодской области"
ARKH = "Министерство труда и социального развития Архангельской области"
VOLOGDA_INS = "Министерством социальной защиты населения Вологодской области"
ARKH_INS = "Министерством труда и социального развития Архангельской области"
BOTH = f"{VOLOGDA} и {ARKH}"
SIDES = sorted([VOLOGDA, ARKH])


FIN_PAST = {"VerbForm": "Fin", "Tense": "Past"}
INS, ACC, GEN, NOM = ({"Case": c} for c in ("Ins", "Acc", "Gen", "Nom"))

# "Мы договорились с министерством Костромы подготовить соглашение"
PLAN_WITH_PARTNER = parsed(
    ("Мы", "мы", "PRON", "nsubj", 1, NOM),
    ("договорились", "договориться", "VERB", "root", -1, FIN_PAST),
    ("с", "с", "ADP", "case", 3, {}),
    ("министерством", "министерство", "NOUN", "obl", 1, INS),
    ("Костромы", "кострома", "PROPN", "nmod", 3, GEN),
    ("подготовить", "подготовить", "VERB", "xcomp", 1, {"VerbForm": "Inf"}),
    ("соглашение", "соглашение", "NOUN", "obj", 5, ACC),
)

# "Соглашение заключено в развитие договора между Вологдой и Архангельском"
NESTED = parsed(
    ("Соглашение", "соглашение", "NOUN", "nsubj:pass", 1, NOM),
    ("заключено", "заключить", "VERB", "root", -1, {"VerbForm": "Part", "Variant": "Short"}),
    ("в", "в", "ADP", "case", 3, {}),
    ("развитие", "развитие", "NOUN", "obl", 1, ACC),
    ("договора", "договор", "NOUN", "nmod", 3, GEN),
    ("между", "между", "ADP", "case", 6, {}),
    ("Вологдой", "вологда", "PROPN", "nmod", 4, INS),
    ("и", "и", "CCONJ", "cc", 8, {}),
    ("Архангельском", "архангельск", "PROPN", "conj", 6, INS),
)


def span_of(sent: Sentence, i: int, j: int) -> tuple[int, int]:
    return sent.tokens[i].start, sent.tokens[j].stop


def kostroma_at(a: int, b: int) -> list[str]:
    """Region codes named in [a, b) of PLAN_WITH_PARTNER: only "Костромы" names one."""
    t = PLAN_WITH_PARTNER.tokens[4]
    return ["RU-KOS"] if a <= t.start and t.stop <= b else []


def test_counterpart_span_leaves_out_the_preposition():
    assert counterpart_spans(PLAN_WITH_PARTNER, 6) == [span_of(PLAN_WITH_PARTNER, 3, 4)]


@pytest.mark.parametrize(
    ("regions", "expected"),
    [
        ({"RU-MOW", "RU-CHU"}, True),  # an agreement of other regions: another agreement
        ({"RU-KOS", "RU-VLG"}, False),  # the partner's region is among the agreement's
        (set(), False),  # an agreement with no region known: nothing to tell them apart
    ],
)
def test_other_partner_mention(regions, expected):
    assert other_partner_mention(PLAN_WITH_PARTNER, 6, regions, kostroma_at) is expected


def test_a_clause_without_a_partner_names_none():
    assert other_partner_mention(NESTED, 0, {"RU-MOW"}, kostroma_at) is False


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([span_of(NESTED, 6, 6), span_of(NESTED, 8, 8)], True),  # the older one's sides
        ([span_of(NESTED, 3, 3)], False),  # not inside another agreement noun's phrase
        ([], False),
    ],
)
def test_parties_of_nested_agreement(spans, expected):
    assert parties_of_nested_agreement(NESTED, 0, spans) is expected


def test_the_inner_noun_keeps_its_own_sides():
    sides = [span_of(NESTED, 6, 6), span_of(NESTED, 8, 8)]
    assert parties_of_nested_agreement(NESTED, 4, sides) is False


def _bare_subject(verb: str, lemma: str, number: str = "Sing") -> Sentence:
    """"Области соседствуют . Соглашение <verb> работу": a bare subject after a clause."""
    return parsed(
        ("Области", "область", "NOUN", "nsubj", 1, NOM),
        ("соседствуют", "соседствовать", "VERB", "root", -1, FIN_PAST),
        (",", ",", "PUNCT", "punct", 4, {}),
        ("Соглашение", "соглашение", "NOUN", "nsubj", 4, {"Number": number, **NOM}),
        (verb, lemma, "VERB", "parataxis", 1, {"VerbForm": "Fin", "Tense": "Fut"}),
        ("работу", "работа", "NOUN", "obj", 4, ACC),
    )


@pytest.mark.parametrize(
    ("sent", "side", "expected"),
    [
        (_bare_subject("позволит", "позволить"), 0, True),  # sides only before its clause
        (_bare_subject("подпишут", "подписать"), 0, False),  # a signing names its sides
        (_bare_subject("позволят", "позволить", "Plur"), 0, False),  # "Соглашения ..."
        (_bare_subject("позволит", "позволить"), 5, False),  # a side in its own clause
    ],
)
def test_bare_anaphor_sides(sent, side, expected):
    spans = [span_of(sent, side, side)]
    assert bare_anaphor_sides(sent, 3, spans) is expected


def _noun(feats: dict[str, str], adjective: str | None = None) -> Sentence:
    spec: list[tuple[str, str, str, str, int, dict[str, str]]] = []
    if adjective:
        spec.append((adjective, adjective, "ADJ", "amod", 1, {}))
    else:
        spec.append(("это", "это", "DET", "det", 1, {}))
    spec.append(("соглашение", "соглашение", "NOUN", "obj", -1, feats))
    return parsed(*spec)


@pytest.mark.parametrize(
    ("sent", "expected"),
    [
        (_noun({"Number": "Plur"}), True),  # "проекты соглашений"
        (_noun({"Number": "Sing"}, "дополнительный"), True),
        (_noun({"Number": "Sing"}, "новый"), True),
        (_noun({"Number": "Sing"}, "межрегиональный"), False),
        (_noun({"Number": "Sing"}), False),
    ],
)
def test_further_documents(sent, expected):
    assert further_documents(sent, 1) is expected


@pytest.mark.parametrize(
    ("m_status", "c_status", "named", "expected"),
    [
        ("signed", "planned", False, True),
        ("mentioned", "planned", False, True),
        ("planned", "planned", False, False),  # a plan joins a plan
        ("signed", "planned", True, False),  # a mention with sides is judged by its sides
        ("mentioned", "signed", False, False),  # only plans are held back
    ],
)
def test_keeps_status(m_status, c_status, named, expected):
    assert keeps_status(m_status, c_status, named, _noun({"Number": "Plur"}), 1) is expected


def test_keeps_status_lets_a_plan_of_the_same_document_join():
    assert keeps_status("mentioned", "planned", False, _noun({"Number": "Sing"}), 1) is False


# --- through the whole extraction ---------------------------------------------------------


def by_sides(models, text):
    return sorted((party_names(a), a.status) for a in agreements_of(models, text, PUB))


@pytest.mark.slow
def test_the_older_agreement_a_new_one_develops_keeps_its_sides(models):
    text = (f"{BOTH} в среду подписали соглашение о сотрудничестве. Соглашение заключено в "
            "развитие соглашения о дружбе между Правительством Вологодской области и "
            "Правительством Архангельской области, подписанного в 2019 году.")
    got = by_sides(models, text)
    assert got == [
        (SIDES, "signed"),
        (["Правительство Архангельской области", "Правительство Вологодской области"],
         "mentioned"),
    ]


@pytest.mark.slow
def test_a_supplement_to_an_agreement_keeps_its_sides(models):
    # negative: the older agreement is inside the new noun's own phrase
    text = (f"Вчера подписано дополнительное соглашение к соглашению между {VOLOGDA_INS} и "
            f"{ARKH_INS}.")
    assert by_sides(models, text) == [(SIDES, "signed")]


@pytest.mark.slow
def test_a_plan_with_a_partner_of_its_own_is_another_agreement(models):
    text = ("По соглашению с Департаментом социальной защиты Ярославской области пожилые "
            "жители Вологодской области отдыхают в санаториях. Мы договорились с "
            "Министерством социального развития Костромской области подготовить соглашение "
            "о трудоустройстве.")
    got = {a.status: party_names(a) for a in agreements_of(models, text, PUB)}
    assert set(got) == {"mentioned", "planned"}
    assert "Департамент социальной защиты Ярославской области" in got["mentioned"]
    assert got["planned"] == ["Министерство социального развития Костромской области"]


@pytest.mark.slow
def test_drafts_of_further_documents_leave_the_agreement_in_force(models):
    text = (f"В 2022 году {VOLOGDA} и {ARKH} заключили соглашение о сотрудничестве. На "
            "встрече обсудили присоединение к соглашению Мурманской области и Республики "
            "Карелия: проекты дополнительных соглашений поручено подготовить к осени.")
    statuses = [a.status for a in agreements_of(models, text, PUB)
                if party_names(a) == SIDES]
    assert statuses == ["mentioned"]


@pytest.mark.slow
def test_a_signing_still_planned_stays_planned(models):
    # negative: a plan with no further documents and no other partner joins as before
    text = (f"{BOTH} подпишут соглашение о сотрудничестве в октябре. Соглашение планируется "
            "подписать в Вологде.")
    assert by_sides(models, text) == [(SIDES, "planned")]


@pytest.mark.slow
def test_a_bare_agreement_in_a_quote_is_the_one_just_signed(models):
    text = (f"Вчера в Вологде подписано соглашение о сотрудничестве между {VOLOGDA_INS} и "
            f"{ARKH_INS}. Документ подписали министр социальной защиты населения Вологодской "
            "области Ольга Кранова и министр труда и социального развития Архангельской "
            "области Игорь Прохоров.\n\n«Наши регионы соседствуют, многие семьи из южных "
            "районов Архангельской области и из Карелии приезжают на лечение в Вологду. "
            "Соглашение позволит выстроить эту работу системно», — подчеркнула Ольга Кранова.")
    assert by_sides(models, text) == [(SIDES, "signed")]


INTERVIEW = (
    "Интервью министра социальной защиты населения Вологодской области Ольги Крановой\n\n"
    "— С кем вы работаете?\n\n"
    "— По соглашению с Департаментом социальной защиты Ярославской области наши пенсионеры "
    "отдыхают в санаториях. Мы договорились с Министерством социального развития Костромской "
    "области подготовить соглашение о трудоустройстве.\n")


@pytest.mark.slow
def test_a_plan_told_in_first_person_is_the_speakers_with_its_partner(models):
    got = by_sides(models, INTERVIEW)
    assert got == [
        (["Департамент социальной защиты Ярославской области", VOLOGDA], "mentioned"),
        (["Министерство социального развития Костромской области", VOLOGDA], "planned"),
    ]


def test_missed_partners_skip_a_partner_of_a_side_found():
    assert missed_partners(PLAN_WITH_PARTNER, 6, {"RU-KOS"}, kostroma_at) == []
    assert missed_partners(PLAN_WITH_PARTNER, 6, {"RU-VLG"}, kostroma_at) == \
        [span_of(PLAN_WITH_PARTNER, 3, 4)]


REPORT = (
    "Вологда и Архангельск расширяют сотрудничество\n"
    "Опубликовано: 10.06.2025\n"
    f"{BOTH} в понедельник подписали соглашение о сотрудничестве. Соглашение заключено в "
    "развитие соглашения между Правительством Вологодской области и Правительством "
    "Архангельской области, подписанного в 2019 году. Кроме того, министерство "
    "договорилось с Министерством социального развития Костромской области подготовить "
    "соглашение о летнем отдыхе детей.\n")


@pytest.mark.slow
def test_agreements_through_the_cli(listed_rows):
    rows = listed_rows({"vologda.txt": REPORT}, "--kind", "agreements", "--format", "jsonl",
                       "--limit", "0")
    got = sorted((r["status"], sorted(p["name"] for p in r["parties"])) for r in rows)
    assert ("signed", SIDES) in got
    assert ("mentioned", ["Правительство Архангельской области",
                          "Правительство Вологодской области"]) in got
    assert [s for s, parties in got if "Правительство Вологодской области" in parties] == \
        ["mentioned"]  # no signed record of the older agreement's sides
    planned = [parties for s, parties in got if s == "planned"]
    assert len(planned) == 1
    assert "Министерство социального развития Костромской области" in planned[0]
