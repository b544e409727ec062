"""Signatories of sig62, probes written for this file (not copied from any round).

* A post in the nominative that the parser hung on a noun of another case (the place
  phrase before the subject) is the subject's, not a bystander's
  (``candidate_signers.misplaced_subject_post``): "В зале ... председатель комитета X и
  протоиерей Y подписали соглашение" → X, Y.
* A post's genitive phrase, between the post and the name written after it, may hold
  commas and conjunctions and a region's own name after its kind
  (``signers._joins_genitives``, ``signers._apposed_place_name``): "подписано министром
  семьи, труда и социальной защиты населения Республики Татарстан Ринатом Валиевым" → X.
* A name joined by "и" to a signer just kept signs too in a sentence that refers back to
  the agreement (``candidate_signers._back_reference_signers`` with ``joined_signer``).
* A side's clause whose verb is left out after a dash names a signer of a future signing
  too (``signers.gapped_clause_name`` in ``signer_shapes.future_signers``); the post's
  phrase may hold a preposition and open with a possessive (``signers.gapped_post_name``).
* A name the parser hung as the apposition of a word after it keeps the post written
  before it (``candidate_signers.forward_apposed_name``).
* "глава ведомства подписал ..." is the one official named before who heads a body of
  that kind (``signers.body_head_holder``); never when two such heads, or one of the
  other gender, are named.
* The subject of a clause after a dash is in the nominative: a genitive name after a
  dash inside a place's name stays a signer (``signers.dash_clause_subject``).
* A later clause of the agreement's own sentence in the first person names its signers
  ("мы с министерством края подписали соглашение — я подписывал его вместе с министром
  X": the speaker and X; ``signers.back_clause_persons``).
* The people written between a signing infinitive and the plan verb after it are the
  plan's subject when the parser gave it none (``signer_shapes.plan_subject_between``).
* One who tells of agreements signed, the signing told only by a participle ("X
  подчеркнула, что все соглашения, заключённые на форуме, ..."), signs none
  (``signers.reports_a_told_signing``); a participle describes a post of its own number
  (``signers.described_as_signer``).
"""

from __future__ import annotations

from typing import Any

import pytest
from probes import hand_parsed, signer_surnames

from soccoop.extract.candidate_signers import forward_apposed_name, misplaced_subject_post
from soccoop.extract.nlp import NerSpan, Sentence
from soccoop.extract.signer_shapes import plan_subject_between
from soccoop.extract.signers import dash_clause_subject, gapped_clause_name, written_agent

PLANNED_LEAD = ("Министерство социальной защиты Липецкой области и Липецкое региональное "
                "отделение Союза пенсионеров России подпишут соглашение о сотрудничестве 20 "
                "октября.\n\n")

# (id, text, surnames of each signed record)
SIGNED = [
    ("subject post hung on the place phrase",
     "В минувшую пятницу в Тверском епархиальном управлении председатель комитета по делам "
     "семьи и детства Тверской области Марина Зотова и руководитель епархиального отдела "
     "социального служения иерей Игорь Белов подписали соглашение о взаимодействии.\n",
     [["белов", "зотова"]]),
    ("agent after a post with a republic's name and a coordination",
     "Соглашение о взаимодействии подписано в пятницу министром семьи, труда и социальной "
     "защиты населения Республики Башкортостан Ленаром Ахметовым и директором фонда «Доброе "
     "сердце» Ильдаром Закировым.\n",
     [["ахметов", "закиров"]]),
    ("third signer by initials in a back reference",
     "В Нальчике на форуме «Территория заботы» подписано трёхстороннее соглашение о "
     "сотрудничестве в сфере реабилитации. Его участниками стали министерство труда и "
     "социальной защиты населения Ставропольского края, министерство труда и социального "
     "развития Карачаево-Черкесской Республики и министерство труда и социальной защиты "
     "населения Кабардино-Балкарской Республики.\n\nДокумент подписали во второй день "
     "форума министр труда и социальной защиты населения Ставропольского края Игорь "
     "Петренко, министр труда и социального развития КЧР Руслан Хапаев и министр труда и "
     "социальной защиты КБР А. Х. Кумыков.\n",
     [["кумыков", "петренко", "хапаев"]]),
    ("first-person clause of the agreement's own sentence",
     "Гостем редакции стал министр социальной защиты Курганской области Олег Сомов.\n\n— В "
     "конце прошлого года мы с министерством социальной политики Челябинской области "
     "подписали соглашение — я подписывал его вместе с министром Анной Лосевой в Челябинске. "
     "Теперь курганские семьи могут получать помощь в челябинских центрах.\n",
     [["лосева", "сомов"]]),
    ("one telling of the agreements concluded signs none",
     "На форуме в Перми министерство социального развития Пермского края подписало "
     "соглашение с Пермским государственным университетом. Подписи под документом поставили "
     "министр Павел Фокин и проректор университета Игорь Макаров.\n\nЗаместитель "
     "председателя правительства края Ольга Гусева подчеркнула, что все соглашения, "
     "заключённые на форуме, войдут в план мероприятий на 2025 год.\n",
     # agr90: "на 2025 год" is the plan's covered period, no date of the forum's agreements,
     # so their telling joins the signing told and adds no signer to it
     [["макаров", "фокин"]]),
    ("genitive signer after a dash inside a region's name",
     "Подписи министра труда Чувашской Республики Алёны Петровой, ректора Чувашского "
     "государственного университета Николая Сидорова и управляющего Отделением СФР по "
     "Чувашской Республике – Чувашии Юрия Громова появились под трёхсторонним соглашением "
     "в пятницу.\n",
     [["громов", "петрова", "сидоров"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "text", "signers"), SIGNED, ids=[a[0] for a in SIGNED])
def test_signers_of_misparsed_sentences(models: Any, name: str, text: str,
                                        signers: list[list[str]]) -> None:
    found = signer_surnames(models, text, ("signed", "mentioned"), published="2024-03-14")
    assert found == signers


# (id, text after the lead of a planned signing, surnames of the planned record)
GAPPED = [
    ("gapped side with a possessive",
     "Со стороны министерства документ подпишет Ольга Веселова, со стороны отделения — "
     "его председатель Павел Гринёв.",
     [["веселова", "гринев"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "told", "signers"), GAPPED, ids=[a[0] for a in GAPPED])
def test_gapped_side_of_a_future_signing(models: Any, name: str, told: str,
                                         signers: list[list[str]]) -> None:
    found = signer_surnames(models, PLANNED_LEAD + told + "\n", ("planned",),
                            published="2024-10-01")
    assert found == signers


BODY_HEAD = ("На следующий день глава ведомства подписал соглашение о сотрудничестве с ООО "
             "«Зауральская мебельная фабрика».\n")

# (id, sentences before the signing, surnames of the signed record)
HEADS = [
    ("one minister named before",
     "Министр социальной политики Курганской области Андрей Лосев провёл совещание с "
     "работодателями региона.\n\n",
     [["лосев"]]),
    ("two heads of bodies: none",
     "Министр социальной политики Курганской области Андрей Лосев и директор департамента "
     "экономического развития Курганской области Олег Сомов провели совещание с "
     "работодателями региона.\n\n",
     [[]]),
    ("a head of the other gender: none",
     "Министр социальной политики Курганской области Анна Лосева провела совещание с "
     "работодателями региона.\n\n",
     [[]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "before", "signers"), HEADS, ids=[a[0] for a in HEADS])
def test_head_of_the_body_named_by_kind(models: Any, name: str, before: str,
                                        signers: list[list[str]]) -> None:
    assert signer_surnames(models, before + BODY_HEAD, published="2024-03-14") == signers


# --- the rules on sentences parsed by hand (the parser's slips they read, fixed) ---------

NOM_ANIM = {"Case": "Nom", "Animacy": "Anim"}
GEN = {"Case": "Gen", "Animacy": "Inan"}


def _sentence(rows: list[tuple[str, str, str, str, int, dict[str, str]]]) -> Sentence:
    return hand_parsed(*rows)


def _span(sent: Sentence, first: int, last: int) -> NerSpan:
    toks = sent.tokens
    start, stop = toks[first].start, toks[last].stop
    return NerSpan("PER", start, stop, sent.text[start:stop])


def _gapped(possessive: bool, preposition: bool) -> Sentence:
    """"Со стороны министерства документ подпишет Ольга Веселова, со стороны отделения —
    [его] управляющий отделением [по области] Павел Гринёв": the post hung as a root."""
    rows = [
        ("Со", "с", "ADP", "case", 2, {}), ("стороны", "сторона", "NOUN", "fixed", 0, GEN),
        ("министерства", "министерство", "NOUN", "obl", 4, GEN),
        ("документ", "документ", "NOUN", "obj", 4, {"Case": "Acc"}),
        ("подпишет", "подписать", "VERB", "root", -1, {"VerbForm": "Fin", "Tense": "Fut"}),
        ("Ольга", "ольга", "PROPN", "nsubj", 4, NOM_ANIM),
        ("Веселова", "веселов", "PROPN", "flat:name", 5, NOM_ANIM),
        (",", ",", "PUNCT", "punct", 11, {}), ("со", "с", "ADP", "case", 10, {}),
        ("стороны", "сторона", "NOUN", "fixed", 8, GEN),
        ("отделения", "отделение", "NOUN", "nmod", 11, GEN), ("—", "—", "PUNCT", "punct", 11, {}),
    ]
    if possessive:
        rows.append(("его", "его", "DET", "det", len(rows) + 1, {}))
    post = len(rows)
    rows += [("управляющий", "управляющий", "NOUN", "root", -1, NOM_ANIM),
             ("отделением", "отделение", "NOUN", "nmod", post, {"Case": "Ins"})]
    if preposition:
        rows += [("по", "по", "ADP", "case", len(rows) + 1, {}),
                 ("области", "область", "NOUN", "nmod", post + 1, {"Case": "Dat"})]
    rows += [("Павел", "павел", "PROPN", "appos", post, NOM_ANIM),
             ("Гринёв", "гринёв", "PROPN", "flat:name", len(rows), NOM_ANIM)]
    return _sentence(rows)


@pytest.mark.parametrize(("possessive", "preposition"),
                         [(False, False), (True, False), (False, True), (True, True)])
def test_gapped_side_clause_names(possessive: bool, preposition: bool) -> None:
    sent = _gapped(possessive, preposition)
    name = len(sent.tokens) - 2
    assert gapped_clause_name(sent, name)
    assert not gapped_clause_name(sent, 5)  # the first clause's own subject


def test_gapped_clause_needs_a_side_before_the_dash() -> None:
    # "Документ подписал Иван Петров — управляющий отделением Павел Гринёв": a description
    sent = _sentence([
        ("Документ", "документ", "NOUN", "obj", 1, {"Case": "Acc"}),
        ("подписал", "подписать", "VERB", "root", -1, {"VerbForm": "Fin"}),
        ("Иван", "иван", "PROPN", "nsubj", 1, NOM_ANIM),
        ("Петров", "петров", "PROPN", "flat:name", 2, NOM_ANIM),
        ("—", "—", "PUNCT", "punct", 5, {}),
        ("управляющий", "управляющий", "NOUN", "appos", 2, NOM_ANIM),
        ("отделением", "отделение", "NOUN", "nmod", 5, {"Case": "Ins"}),
        ("Павел", "павел", "PROPN", "appos", 5, NOM_ANIM),
        ("Гринёв", "гринёв", "PROPN", "flat:name", 7, NOM_ANIM)])
    assert not gapped_clause_name(sent, 7)


# "подписала проректор по учебной работе Наталья Зорина, со стороны вуза — проректор по
# научной работе Анна Котова", the first name hung on a word after it (or, as written, on
# its own post); (id, head of "Наталья", a post before the name, expected)
FORWARD = [
    ("hung forward, post before", 14, True, True),
    ("hung on its own post", 1, True, False),
    ("hung forward, no post before", 14, False, False),
]


@pytest.mark.parametrize(("name", "head", "post", "expected"), FORWARD,
                         ids=[f[0] for f in FORWARD])
def test_forward_apposed_name(name: str, head: int, post: bool, expected: bool) -> None:
    sent = _sentence([
        ("подписала", "подписать", "VERB", "root", -1, {"VerbForm": "Fin"}),
        ("проректор", "проректор", "NOUN", "nsubj", 0, NOM_ANIM if post else GEN),
        ("по", "по", "ADP", "case", 4, {}), ("учебной", "учебный", "ADJ", "amod", 4, {}),
        ("работе", "работа", "NOUN", "nmod", 1, {"Case": "Dat"}),
        ("Наталья", "наталья", "PROPN", "appos", head, NOM_ANIM),
        ("Зорина", "зорин", "PROPN", "flat:name", 5, NOM_ANIM),
        (",", ",", "PUNCT", "punct", 11, {}), ("со", "с", "ADP", "case", 9, {}),
        ("стороны", "сторона", "NOUN", "fixed", 8, GEN),
        ("вуза", "вуз", "NOUN", "nmod", 11, GEN), ("—", "—", "PUNCT", "punct", 11, {}),
        ("проректор", "проректор", "NOUN", "conj", 1, NOM_ANIM),
        ("по", "по", "ADP", "case", 14, {}),
        ("работе", "работа", "NOUN", "nmod", 12, {"Case": "Dat"}),
        ("Анна", "анна", "PROPN", "appos", 12, NOM_ANIM),
        ("Котова", "котов", "PROPN", "flat:name", 15, NOM_ANIM)])
    assert forward_apposed_name(sent, 5) is expected


# "в управлении председатель комитета ... подписала": (id, case of the post, case of the
# noun it is hung on, expected)
MISPLACED = [
    ("nominative post under a locative", "Nom", "Loc", True),
    ("genitive post under a noun: a bystander's", "Gen", "Loc", False),
    ("nominative under a nominative", "Nom", "Nom", False),
]


@pytest.mark.parametrize(("name", "post_case", "head_case", "expected"), MISPLACED,
                         ids=[m[0] for m in MISPLACED])
def test_misplaced_subject_post(name: str, post_case: str, head_case: str,
                                expected: bool) -> None:
    sent = _sentence([
        ("в", "в", "ADP", "case", 1, {}),
        ("управлении", "управление", "NOUN", "obl", 5, {"Case": head_case, "Animacy": "Inan"}),
        ("председатель", "председатель", "NOUN", "nmod", 1,
         {"Case": post_case, "Animacy": "Anim"}),
        ("Марина", "марина", "PROPN", "appos", 2, NOM_ANIM),
        ("Зотова", "зотов", "PROPN", "flat:name", 3, NOM_ANIM),
        ("подписала", "подписать", "VERB", "root", -1, {"VerbForm": "Fin"})])
    assert misplaced_subject_post(sent, 2) is expected


def _agent(coordinated: bool) -> Sentence:
    """"подписано министром семьи[, труда и защиты] Республики Башкортостан Ленаром
    Ахметовым" with "Ленаром" hung on a word after it."""
    rows = [("подписано", "подписать", "VERB", "root", -1,
             {"VerbForm": "Part", "Voice": "Pass"}),
            ("министром", "министр", "NOUN", "obl", 0, {"Case": "Ins", "Animacy": "Anim"}),
            ("семьи", "семья", "NOUN", "nmod", 1, GEN)]
    last = 2
    if coordinated:
        rows += [(",", ",", "PUNCT", "punct", 4, {}), ("труда", "труд", "NOUN", "conj", 2, GEN),
                 ("и", "и", "CCONJ", "cc", 6, {}), ("защиты", "защита", "NOUN", "conj", 2, GEN)]
        last = 6
    n = len(rows)
    rows += [("Республики", "республика", "PROPN", "nmod", last, GEN),
             ("Башкортостан", "башкортостан", "PROPN", "appos", n, {"Case": "Nom",
                                                                    "Animacy": "Inan"}),
             ("Ленаром", "ленар", "PROPN", "appos", n + 3, NOM_ANIM),
             ("Ахметовым", "ахметов", "PROPN", "flat:name", n + 2,
              {"Case": "Ins", "Animacy": "Anim"}),
             (".", ".", "PUNCT", "punct", 0, {})]
    return _sentence(rows)


@pytest.mark.parametrize("coordinated", [False, True])
def test_agent_after_a_republic_and_a_coordination(coordinated: bool) -> None:
    sent = _agent(coordinated)
    n = len(sent.tokens)
    assert written_agent(sent, _span(sent, n - 3, n - 2))


def test_genitive_name_after_a_dash_in_a_place_name() -> None:
    # "Подписи ... управляющего отделением по Республике – Чувашии Юрия Громова
    # появились под соглашением" / "... подписала Наталья Ермолаева — управляющий
    # Константин Лесков находился в поездке"
    def sent_of(case: str, verb: str) -> Sentence:
        return _sentence([
            ("управляющего", "управляющий", "NOUN", "nmod", 6, {"Case": "Gen",
                                                                 "Animacy": "Anim"}),
            ("по", "по", "ADP", "case", 2, {}),
            ("Республике", "республика", "PROPN", "nmod", 0, {"Case": "Dat"}),
            ("–", "–", "PUNCT", "punct", 4, {}),
            ("Юрия" if case == "Gen" else "Юрий", "юрий", "PROPN", "appos", 0,
             {"Case": case, "Animacy": "Anim"}),
            ("Громова" if case == "Gen" else "Громов", "громов", "PROPN", "flat:name", 4,
             {"Case": case, "Animacy": "Anim"}),
            (verb, verb, "VERB", "root", -1, {"VerbForm": "Fin"})])
    genitive = sent_of("Gen", "появились")
    assert not dash_clause_subject(genitive, _span(genitive, 4, 5))
    nominative = sent_of("Nom", "находился")
    assert dash_clause_subject(nominative, _span(nominative, 4, 5))


def test_plan_subject_between_infinitive_and_plan_verb() -> None:
    # "а подписать документ Марина Ким и министр края Антон Дементьев планируют в январе",
    # "министр" left a root of its own
    rows = [("а", "а", "CCONJ", "cc", 1, {}),
            ("подписать", "подписать", "VERB", "xcomp", 10, {"VerbForm": "Inf"}),
            ("документ", "документ", "NOUN", "obj", 1, {"Case": "Acc", "Animacy": "Inan"}),
            ("Марина", "марина", "PROPN", "appos", 6, NOM_ANIM),
            ("Ким", "ким", "PROPN", "flat:name", 3, NOM_ANIM),
            ("и", "и", "CCONJ", "cc", 6, {}),
            ("министр", "министр", "NOUN", "root", -1, NOM_ANIM),
            ("края", "край", "NOUN", "nmod", 6, GEN),
            ("Антон", "антон", "PROPN", "appos", 6, NOM_ANIM),
            ("Дементьев", "дементьев", "PROPN", "flat:name", 8, NOM_ANIM),
            ("планируют", "планировать", "VERB", "root", -1, {"VerbForm": "Fin"}),
            ("в", "в", "ADP", "case", 12, {}),
            ("январе", "январь", "NOUN", "obl", 10, {"Case": "Loc"})]
    sent = _sentence(rows)
    assert plan_subject_between(sent, 1, 10) == set(range(3, 10))
    # a verb in the stretch: another clause, no subject read from word order
    rows[5] = ("ждут", "ждать", "VERB", "conj", 1, {"VerbForm": "Fin"})
    assert plan_subject_between(_sentence(rows), 1, 10) == set()
    # the plan verb before the infinitive: its own subject is read by the parse
    assert plan_subject_between(sent, 10, 1) == set()
