"""Signatories of sig54, probes written for this file (not copied from any round).

* A name of initials and a surname hung by the parser, through its caseless first
  initial, as a dependent of the noun before it is the post's holder when the surname is
  in the nominative ("управляющий отделением А. В. Пермяков"); a surname in the genitive
  stays the other noun's (``signers.caseless_initials_holder``).
* "от имени X" hung on a signing verb or on the signature a verb puts is a side phrase
  anywhere in a sentence, as "со стороны X" is, and the one who puts the signature signs:
  "Ректор был в отпуске, и по его поручению подпись от имени вуза поставил проректор Y"
  (``signers.side_on_signing_verb``, ``_on_behalf``, ``subject_elsewhere``).
* A speaker described by an active participle of signing written right after the name,
  agreeing with it in case, number and gender ("— сказал проректор Y, подписавший
  соглашение"; "— сказала министр X, поставившая подпись под документом"), signed,
  whatever word the parser hung the participle on; a bare mention of the agreement so
  described takes the speaker as its signer (``signers.participle_signers``,
  ``_apposed_participle``, ``signed_while_speaking``).
* Between a signing and a side's signer, a sentence where everyone named only tells
  something ("Открывая заседание, министр X напомнила, что ...") is an aside, and so are
  up to two sentences going on with what was told (``agreements._reported_aside``,
  ``_tells_on``, ``signers.reporting_subject``).
* A woman's name the official list read in the masculine ("Айталин Никифоров" for
  "Айталина Никифорова") is written as the text gives it when the name is the subject of a
  feminine verb (``signers.feminine_as_written``).
"""

from __future__ import annotations

from typing import Any

import pytest
from probes import signers_of

PUB = "2025-04-22"

INITIALS = [
    # the first initial read as a genitive of "центра"
    ("Центр занятости и колледж подписали соглашение\n\nЦентр занятости населения города "
     "Твери и Тверской колледж сервиса вчера заключили соглашение о сотрудничестве. Документ "
     "подписали директор центра А. П. Сомов и директор колледжа В. Н. Рыбин.",
     [["А. П. Сомов", "В. Н. Рыбин"]]),
    # after a region's abbreviation
    ("Министерства труда трёх республик подписали соглашение о сотрудничестве. Документ "
     "подписали министр труда Чеченской Республики Ильяс Мадаев, министр труда РСО-Алания "
     "Заур Бекоев и министр труда КБР Р. Т. Хамурзов.",
     [["Заур Бекоев", "Ильяс Мадаев", "Р. Т. Хамурзов"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), INITIALS)
def test_initials_with_nominative_surname_sign(models: Any, text: str,
                                               expected: list[list[str]]) -> None:
    found = signers_of(models, text, PUB)
    assert [sorted(g) for g in found] == [sorted(g) for g in expected]


INITIALS_NOT = [
    # a university named after someone: the namesake, with a genitive surname the tagger
    # may read as a nominative
    "В пятницу министерство труда области, Тульский университет имени Л. Н. Толстого и "
    "региональная организация ВОИ подписали соглашение о сотрудничестве. Документ "
    "подписали министр Анна Орлова и ректор Игорь Белов.",
    # the surname in the genitive: the visit's, not a signer
    "Министерство и университет подписали соглашение о сотрудничестве в день визита "
    "заместителя полпреда В. И. Котова.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", INITIALS_NOT)
def test_initials_in_genitive_do_not_sign(models: Any, text: str) -> None:
    found = signers_of(models, text, PUB)
    assert found
    assert not any("Котов" in n or "Толст" in n for g in found for n in g)


BEHALF = [
    # "от имени" hung on the signature, after a clause about someone else
    ("Министерство и университет подписали соглашение о сотрудничестве. От министерства "
     "документ подписала министр Ольга Ветрова. Ректор университета был в командировке, и по "
     "его поручению подпись от имени вуза поставил проректор Игорь Лапин.",
     ["Игорь Лапин", "Ольга Ветрова"]),
    # "от имени" hung on the verb of signing
    ("Центр занятости и завод подписали соглашение о сотрудничестве. От центра документ "
     "подписал директор Олег Сомов. Директор завода заболел, поэтому от имени предприятия "
     "соглашение подписал его заместитель Павел Рыбин.",
     ["Олег Сомов", "Павел Рыбин"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), BEHALF)
def test_on_behalf_phrase_inside_sentence(models: Any, text: str, expected: list[str]) -> None:
    found = signers_of(models, text, PUB)
    assert found
    assert sorted(found[0]) == sorted(expected)


BEHALF_NOT = [
    # the subject of the other clause, named, does not sign
    ("Министерство и университет подписали соглашение о сотрудничестве. От министерства "
     "документ подписала министр Ольга Ветрова. Ректор университета Антон Жуков был в "
     "командировке, и подпись от имени вуза поставил проректор Игорь Лапин.",
     "Антон Жуков"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "not_signer"), BEHALF_NOT)
def test_other_clause_subject_does_not_sign(models: Any, text: str, not_signer: str) -> None:
    found = signers_of(models, text, PUB)
    assert found
    assert not_signer not in {n for g in found for n in g}
    assert "Игорь Лапин" in {n for g in found for n in g}


PARTICIPLE_TEXT = (
    "Соглашение о сотрудничестве между министерством социальной защиты Пензенской области и "
    "Пензенским государственным университетом подписано вчера в Пензе.\n\n"
    "«Мы будем вместе готовить специалистов для социальных учреждений», — сказала министр "
    "социальной защиты Пензенской области Ольга Клименко, поставившая подпись под "
    "документом.\n\n"
    "По условиям соглашения студенты будут проходить практику в центрах социального "
    "обслуживания.\n\n"
    "«Для нас это возможность дать студентам настоящую практику», — сказал проректор "
    "университета Иван Седов, подписавший соглашение по доверенности ректора.\n"
)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    (PARTICIPLE_TEXT, ["Иван Седов", "Ольга Клименко"]),
    # a participle of another act than signing: not a signer
    (PARTICIPLE_TEXT.replace("подписавший соглашение по доверенности",
                             "поддержавший соглашение от имени"), ["Ольга Клименко"]),
])
def test_speaker_described_by_signing_participle(models: Any, text: str,
                                                 expected: list[str]) -> None:
    found = signers_of(models, text, PUB)
    assert found
    assert sorted(found[0]) == sorted(expected)


ASIDE_TEXT = (
    "В Якутске министерство труда республики и Арктический университет заключили "
    "соглашение о сотрудничестве.\n\nПодписание прошло на заседании коллегии министерства. "
    "Открывая заседание, министр труда республики Анна Павлова напомнила, что в северных "
    "улусах не хватает социальных работников. Средний возраст работающих там превышает 50 "
    "лет.\n\nСо стороны вуза документ подписал проректор университета Олег Семёнов."
)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    (ASIDE_TEXT, ["Олег Семёнов"]),
    # the minister signs in the aside: it is no aside, the side's signer is not taken
    (ASIDE_TEXT.replace("напомнила, что в северных улусах не хватает социальных работников",
                        "подписала план работы с улусами"), []),
])
def test_reported_aside_before_side_signer(models: Any, text: str,
                                           expected: list[str]) -> None:
    found = signers_of(models, text, PUB)
    assert found
    assert sorted(found[0]) == sorted(expected)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "official", "expected"), [
    # a feminine verb: the written woman's name beats the masculine reading
    ("Со стороны колледжа документ подписала проректор Айталина Никифорова.",
     "Айталин Никифоров", True),
    # a masculine verb: the official's reading stands
    ("Со стороны колледжа документ подписал проректор Айталина Никифорова.",
     "Айталин Никифоров", False),
    # other surnames: not the same person's two readings
    ("Со стороны колледжа документ подписала проректор Айталина Никифорова.",
     "Айталин Егоров", False),
])
def test_feminine_as_written(models: Any, sentence: str, official: str, expected: bool) -> None:
    from soccoop.extract.signers import feminine_as_written
    from soccoop.extract.syntax import ensure_parsed

    analysis = models.analyse(sentence)
    sent = ensure_parsed(analysis.sentences[0], models)
    span = next(x for x in analysis.spans if x.type == "PER")
    assert feminine_as_written(sent, span, official) is expected
