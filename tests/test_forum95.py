"""forum95: round 148's forum signings. An agreement whose own sentence names no status but a
plan word inside what it is about ("о партнёрстве в подготовке волонтёров") is the one the
next sentence reports signed; the bodies a verb of charging sets to sign an agreement in
the dative are that agreement's sides, not those of another agreement named before them in
the sentence; a document signed between two sides is an agreement; the subject of a
signing or agreeing verb headed by a bare body noun ("Министерство и фонд «X»
договорились ...") gives both sides. Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest
from probes import first_sentence, noun_at, parsed_analysis

from soccoop.extract.agreement_sides import assigned_side_words
from soccoop.extract.agreements import document_between_sides
from soccoop.extract.status import agreement_topic, signing_told_next

LEAD = "Новости\n\n"
TVER = "Министерство социальной защиты Тверской области"
UNI = "Тверской государственный университет"
GOV_T, GOV_S = "Правительство Тверской области", "Правительство Смоленской области"

# (id, published, text, expected (status, parties) rows)
RECORDS = [
    # a plan word inside the agreement's topic: the next sentence's signing is its own
    ("topic-plan-word", "2025-05-16",
     LEAD + "Вчера в Твери прошёл молодёжный форум. Последним на форуме стало соглашение о "
     "партнёрстве в подготовке волонтёров между министерством социальной защиты Тверской "
     "области и Тверским государственным университетом. Документ подписали министр Ирина "
     "Павловна Козырева и ректор университета Глеб Андреевич Рудаков.\n",
     [("signed", [TVER, UNI])]),
    # negative: a plan of the document itself, the next sentence signs another paper
    ("plan-of-document", "2025-05-16",
     LEAD + "Министерство социальной защиты Тверской области ведёт подготовку соглашения о "
     "партнёрстве с Тверским государственным университетом. Документ о проведении "
     "олимпиады подписали министр Ирина Павловна Козырева и ректор Глеб Андреевич "
     "Рудаков.\n",
     [("planned", [TVER, UNI])]),
    # bodies charged in the dative with signing a later agreement of the sentence: not the
    # sides of the agreement named before them, nor of the older one it took over from
    ("charged-bodies", "2025-05-16",
     LEAD + "Вчера губернаторы подписали соглашение между правительством Тверской области и "
     "правительством Смоленской области. Новый документ сменил соглашение 2015 года, где о "
     "социальной сфере не было ни слова. Для выполнения социальной части соглашения "
     "министерству социальной защиты Тверской области и комитету по социальной защите "
     "Смоленской области поручено к декабрю разработать и подписать отраслевое "
     "соглашение.\n",
     [("signed", [GOV_T, GOV_S]), ("mentioned", [GOV_T, GOV_S]),
      ("planned", [TVER, "Комитет по социальной защите Смоленской области"])]),
    # a bare ministry and a named fund as the subjects of agreeing to prepare one
    ("bare-body-subject", "2025-05-16",
     LEAD + "Форум прошёл в Ржеве. Третий документ пока не готов. Министерство и "
     "благотворительный фонд «Верхневолжье» договорились подготовить соглашение о выдаче "
     "колясок во всех районах области.\n",
     [("planned", ["Министерство", "Благотворительный фонд «Верхневолжье»"])]),
    # negative: a person's post heads the subjects, no body
    ("person-subject", "2025-05-16",
     LEAD + "Форум прошёл в Ржеве. Третий документ пока не готов. Министр и "
     "благотворительный фонд «Верхневолжье» договорились подготовить соглашение о выдаче "
     "колясок во всех районах области.\n",
     [("planned", [])]),
]


@pytest.mark.parametrize(("case", "published", "text", "expected"), RECORDS,
                         ids=[r[0] for r in RECORDS])
def test_records(models, case: str, published: str, text: str,
                 expected: list[tuple[str, list[str]]]) -> None:
    probes.check_status_records(probes.status_parties(models, text, published), expected)


# (id, sentence of the agreement, next sentence, expected): ``signing_told_next``
TOLD_NEXT = [
    ("topic", "Последним стало соглашение о партнёрстве в подготовке волонтёров между "
     "министерством и университетом.", "Документ подписали министр и ректор.", True),
    ("no-plan-word", "Последним стало соглашение о партнёрстве между министерством и "
     "университетом.", "Документ подписали министр и ректор.", True),
    ("plan-outside-topic", "Идёт подготовка соглашения о партнёрстве между министерством "
     "и университетом.", "Документ подписали министр и ректор.", False),
    ("nothing-signed", "Последним стало соглашение о партнёрстве в подготовке волонтёров "
     "между министерством и университетом.", "Министр и ректор обсудили планы.", False),
]


@pytest.mark.parametrize(("case", "first", "then", "expected"), TOLD_NEXT,
                         ids=[r[0] for r in TOLD_NEXT])
def test_signing_told_next(models, case: str, first: str, then: str, expected: bool) -> None:
    sents = parsed_analysis(models, first + " " + then).sentences
    assert signing_told_next(sents[0], sents[1], noun_at(sents[0])) is expected


def test_agreement_topic(models) -> None:
    sent = first_sentence(models, "Последним стало соглашение о партнёрстве в подготовке "
                                  "волонтёров между министерством и университетом.")
    words = {sent.tokens[i].text for i in agreement_topic(sent, noun_at(sent))}
    assert {"партнёрстве", "подготовке"} <= words
    assert "стало" not in words and agreement_topic(sent, None) == frozenset()


# (id, sentence, index of the noun among the agreement nouns, expected charged words)
CHARGED = [
    ("two-bodies", "Для исполнения соглашения министерству труда и комитету занятости "
     "поручено подписать отраслевое соглашение.", 1, {"министерству", "комитету"}),
    ("first-infinitive", "Министерству труда поручено разработать и подписать отраслевое "
     "соглашение.", 0, {"Министерству"}),
    # negatives: the agreement the infinitive does not sign, a charge to study one
    ("other-noun", "Для исполнения соглашения министерству труда и комитету занятости "
     "поручено подписать отраслевое соглашение.", 0, set()),
    ("not-signing", "Министерству труда поручено изучить отраслевое соглашение.", 0, set()),
]


@pytest.mark.parametrize(("case", "text", "nth", "expected"), CHARGED,
                         ids=[r[0] for r in CHARGED])
def test_assigned_side_words(models, case: str, text: str, nth: int,
                             expected: set[str]) -> None:
    sent = first_sentence(models, text)
    k = [i for i, t in enumerate(sent.tokens) if t.lemma == "соглашение"][nth]
    words = {sent.tokens[i].text for i in assigned_side_words(sent, k)}
    assert expected <= words
    assert words or not expected


# (id, sentence, expected): ``document_between_sides``
BETWEEN = [
    ("passive", "Вчера подписан документ между департаментом и колледжем.", True),
    ("active", "Министр и директор подписали документ между министерством и фондом.", True),
    ("not-signed", "Документ между министерством и фондом обсуждается юристами.", False),
    ("no-between", "Вчера был подписан документ о сотрудничестве с фондом.", False),
]


@pytest.mark.parametrize(("case", "text", "expected"), BETWEEN, ids=[r[0] for r in BETWEEN])
def test_document_between_sides(models, case: str, text: str, expected: bool) -> None:
    sent = first_sentence(models, text)
    assert document_between_sides(sent, noun_at(sent, "документ")) is expected


FORUM95_FUNCTIONS = [("status", "agreement_topic"),
                     ("status", "signing_told_next"),
                     ("agreement_sides", "assigned_side_words"),
                     ("agreement_sides", "assigned_sides"),
                     ("agreement_sides", "subject_heads"),
                     ("agreements", "document_between_sides")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, FORUM95_FUNCTIONS)
