"""status72: the status of an agreement kept from another agreement's words, in our own words.

- ``PLAN_ACT_NOUNS`` holds "проект": a project carried out "в рамках соглашения" is no draft
  of the agreement ("проект соглашения" still is).
- ``plan_infinitive_after_name`` reads "могло быть подписано" (a plan word, "быть" and a
  short participle of signing) when the parse hangs the noun on the clause after the comma;
  not under a word of achievement in the past ("смогло быть подписано").
- ``agreements.partner_on_signing_verb``: "аналогичное соглашение ... планирует заключить с
  X" names a partner of its own on the signing verb, so it is another agreement than the one
  it is likened to, though X be no side found (it no longer makes that one planned); "с
  учётом", "с интересом" name no partner.
- ``merge_rules.in_force_beside_new_plan``: an agreement told in force is not the new one
  being prepared, though it names one side or none.
- ``status.base_agreement_after`` (read by ``coreference.nested_agreement_sides`` and
  ``merge_rules.base_it_carries_out``): the sides named after "во исполнение / в развитие
  <соглашения>" are the base agreement's, and a mention naming no side is not the base it
  carries out.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

PUBLISHED = "2024-11-20"


@pytest.mark.parametrize(("sentence", "lemma", "expected"), [
    # a project under the agreement: the agreement is in force
    ("Новый проект стартует в рамках соглашения с областным советом ветеранов.",
     "соглашение", "mentioned"),
    # near misses: a draft of the agreement is still planned
    ("Проект соглашения между министерством и фондом направлен на согласование.",
     "соглашение", "planned"),
    ("Стороны обсудили проект соглашения о сотрудничестве.", "соглашение", "planned"),
    # "могло быть подписано": the parse hangs the noun on the verb after "однако"
    ("Соглашение о межрегиональном обмене опытом между министерством социального развития "
     "Омской области и департаментом социальной защиты Тюменской области могло быть "
     "подписано ещё в этом месяце, однако совещание в Тюмени пришлось отменить из-за "
     "паводка.", "соглашение", "planned"),
    # near misses: achieved in the past, and no modal at all, are signed
    ("Соглашение о межрегиональном обмене опытом между министерством социального развития "
     "Омской области и департаментом социальной защиты Тюменской области смогло быть "
     "подписано только в этом месяце, однако совещание в Тюмени пришлось отменить из-за "
     "паводка.", "соглашение", "signed"),
    ("Соглашение между комитетом по труду и городским союзом пенсионеров было заключено "
     "весной, однако встречу пришлось перенести.", "соглашение", "signed"),
])
def test_clause_status(models: Any, sentence: str, lemma: str, expected: str) -> None:
    from soccoop.extract.candidate_status import _status

    sent = probes.first_sentence(models, sentence)
    assert _status(sent, probes.noun_at(sent, lemma), None, PUBLISHED) == expected


@pytest.mark.parametrize(("sentence", "lemma", "expected"), [
    ("Аналогичный договор управление собирается подписать с городским советом ветеранов.",
     "договор", True),
    ("Аналогичное соглашение будет подписано с районным обществом инвалидов осенью.",
     "соглашение", True),
    # no partner: a time, a manner, "с учётом"
    ("Аналогичный договор управление собирается подписать в мае.", "договор", False),
    ("Аналогичный договор подписан с учётом пожеланий ветеранов.", "договор", False),
    ("Аналогичное соглашение подписали с большим интересом.", "соглашение", False),
    # a plural names a kind of partners, no partner
    ("Подобные договоры управление собирается подписать с крупными работодателями края.",
     "договор", False),
    # the partner on the noun is ``partner_on_noun``'s
    ("Аналогичный договор с городским советом ветеранов подписан в мае.", "договор", False),
])
def test_partner_on_signing_verb(models: Any, sentence: str, lemma: str,
                                 expected: bool) -> None:
    from soccoop.extract.agreements import partner_on_signing_verb

    sent = probes.first_sentence(models, sentence)
    assert partner_on_signing_verb(sent, probes.noun_at(sent, lemma)) is expected


OMSK_UNIVERSITY = ("Министерство социального развития Омской области и Омский государственный "
                   "университет {verb} {new}соглашение о подготовке социальных работников. ")
VETERANS = ("Год назад, 12 марта 2023 года, министерство социальной защиты Омской области и "
            "Омская областная общественная организация ветеранов заключили соглашение о "
            "сопровождении одиноких пожилых людей. В ближайшее время аналогичное соглашение "
            "министерство планирует заключить {where}.")
FRAME = ("В Курске подвели итоги работы службы занятости за год.\n"
         "Соглашение с заводом заключено во исполнение Регионального соглашения между "
         "Правительством Курской области, Курским областным союзом организаций профсоюзов и "
         "Союзом работодателей Курской области.")


@pytest.mark.parametrize(("text", "published", "expected"), [
    # the agreement in force beside the new one being prepared: two records
    (OMSK_UNIVERSITY.format(verb="готовят", new="новое ") +
     "Действующее соглашение было подписано 12 апреля 2021 года и истекает в апреле.",
     "2024-03-01", [("planned", None), ("mentioned", "2021-04-12")]),
    (OMSK_UNIVERSITY.format(verb="готовят", new="новое ") +
     "Действующее соглашение с Омским государственным университетом было подписано 12 "
     "апреля 2021 года и истекает в апреле.",
     "2024-03-01", [("planned", None), ("mentioned", "2021-04-12")]),
    # near misses: a plan not called new may extend the one in force; a new agreement
    # signed is the one in force after it
    (OMSK_UNIVERSITY.format(verb="готовят", new="") +
     "Действующее соглашение было подписано 12 апреля 2021 года и истекает в апреле.",
     "2024-03-01", [("planned", None)]),
    (OMSK_UNIVERSITY.format(verb="подписали", new="новое ") +
     "Соглашение действует до 2027 года.", "2024-03-01", [("signed", "2024-03-01")]),
    # a likened agreement with a partner on its signing verb is another one
    (VETERANS.format(where="с Тарской-на-Иртыше городской общественной организацией "
                           "ветеранов"),
     "2024-03-12", [("mentioned", "2023-03-12"), ("planned", None)]),
    # near miss: no partner, the plan stays with the agreement told
    (VETERANS.format(where="в Таре"), "2024-03-12", [("planned", "2023-03-12")]),
    # a contract carrying out a base agreement does not sign the base
    (FRAME, "2024-03-01", [("mentioned", None)]),
    # near miss: no agreement after "в развитие": the signing keeps its sides
    ("Соглашение между Правительством Курской области и Союзом работодателей Курской "
     "области заключено в развитие областной программы занятости.", "2024-03-01",
     [("signed", "2024-03-01")]),
])
def test_records(models: Any, text: str, published: str,
                 expected: list[tuple[str, str | None]]) -> None:
    got = [(a.status, a.date) for a in probes.agreements_of(models, text, published)]
    assert got == expected


def test_base_sides(models: Any) -> None:
    """The base agreement keeps its three sides; the contract names none of them."""
    records = probes.agreements_of(models, FRAME, "2024-03-01")
    assert [len(a.parties) for a in records] == [3]
    assert "Правительство Курской области" in probes.side_names(records[0])


@pytest.mark.parametrize(("sentence", "cut_word"), [
    (FRAME.split("\n")[1], "исполнение"),
    ("Договор с фондом подписан в развитие трёхстороннего соглашения между областью и "
     "профсоюзами.", "развитие"),
    # no agreement noun after the word of implementation: the clause runs on
    ("Соглашение между Правительством Курской области и Союзом работодателей Курской "
     "области заключено в развитие областной программы занятости.", None),
])
def test_base_agreement_after(models: Any, sentence: str, cut_word: str | None) -> None:
    from soccoop.extract.status import base_agreement_after

    sent = probes.first_sentence(models, sentence)
    n = len(sent.tokens)
    cut = base_agreement_after(sent, 0, n)  # the agreement noun opens each sentence
    assert (sent.tokens[cut].lemma if cut < n else None) == cut_word
