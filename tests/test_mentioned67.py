"""mentioned67 (round 67 of issue 9, branch mentioned67): agreements referred to, and
agreements outside the social sphere told at a social event.

Three structural causes of extra or lost records, pooled over every dev round:

- a sentence telling what an agreement gives ("По соглашению ...", "Благодаря соглашению
  ...") names no side but the towns its people come from ("пенсионеры из X и Y"): the
  fallback that takes the sentence's own bodies (``agreement_sides._previous_sides``) took
  the towns, and so did the partner list after a "с" of time ("По соглашению с осени
  ..."). A place under a preposition of origin hung on a common noun is the home of
  what the noun names (``agreement_sides.origin_of_a_kind``, read by
  ``home_of_a_kind`` and, for the partner list, ``_origin_place``), as a place in the
  genitive on such a noun already was;
- an older agreement recalled in a sentence that dates it before an event of two other
  bodies ("... в 2018 году, ещё до слияния X и Y") took X and Y as its sides (the same
  fallback); a body named only under "до" over an event noun is no side of it
  (``agreement_sides.before_their_event``), so the bare-mention passes give the recalled
  base the story's sides;
- a company named with an adjective before its legal form ("Челябинское ПАО «X»") was no
  company to the social-sphere passes, so its agreement about making pipes stayed a
  record (``agreements._company``).

Every probe is written here, in words of its own. On b67dev: ``origin_of_a_kind`` does not
exist; ``TOWNS``' "by_agreement" and "thanks_to" rows give a second, mentioned record of
the two towns ("within" held already);
``COMPANY``'s "adjective_first" and "adjective_corporation" rows are False, and
``FACTORY``'s "pipes" row keeps a mentioned record of the factory; ``before_their_event``
does not exist and ``BASE``'s "merging" row gives no mentioned record ("passive_agent"
held already). The guards hold on both."""

from __future__ import annotations

import probes
import pytest

SIGNING = ("Министр социальной защиты Курганской области Ирина Петрова и директор "
           "департамента социального развития Югры Олег Смирнов заключили соглашение об "
           "организации отдыха пожилых людей. ")

# (id, the sentence after the signing)
TOWNS = [
    ("by_agreement", "По соглашению уже с осени группы ветеранов из Сургута, Когалыма и "
                     "других городов края смогут ездить в туры выходного дня."),
    ("thanks_to", "Благодаря соглашению пенсионеры из Нижневартовска и Урая летом "
                  "отдохнут в санаториях."),
    ("within", "В рамках соглашения туристы старшего возраста из Нового Уренгоя и Надыма "
               "посетят музеи и монастыри."),
]


@pytest.mark.parametrize("after", probes.named_rows(TOWNS))
def test_towns_of_origin_build_no_record(models, after: str) -> None:
    records = probes.agreement_records(models, SIGNING + after, "2025-04-10", "status")
    assert records == [("signed",)], records


# (id, sentence, the place's word, is it only where people come from?)
ORIGIN = [
    ("pensioners", "Группы пенсионеров из Сургута поедут в Углич по соглашению.",
     "Сургута", True),
    ("tourists_conj", "Туристы из Казани и Чебоксар приедут по соглашению.",
     "Чебоксар", True),
    ("adjective_first", "Школьники из Нового Уренгоя отдохнут на море по соглашению.",
     "Нового", True),
    # guards: a body's staff or delegation stands for the place; a place under "с" is a
    # partner; a place with no preposition of origin
    ("staff", "Коллеги из Татарстана подписали соглашение с министерством.",
     "Татарстана", False),
    ("delegation", "Делегация из Казани подписала соглашение с областью.",
     "Казани", False),
    ("partner", "Область подписала соглашение с Казанью о туризме.", "Казанью", False),
    ("verb_origin", "Министр вернулся из Казани с подписанным соглашением.", "Казани",
     False),
]


@pytest.mark.parametrize(("text", "word", "origin"), probes.named_rows(ORIGIN))
def test_origin_of_a_kind(models, text: str, word: str, origin: bool) -> None:
    from soccoop.extract.agreement_sides import origin_of_a_kind
    sent = probes.first_sentence(models, text)
    i = next(j for j, t in enumerate(sent.tokens) if t.text == word)
    assert origin_of_a_kind(sent, i) is origin


# (id, side name, a company?)
COMPANY = [
    ("form_first", "ПАО «Уралтруба»", True),
    ("adjective_first", "Челябинское ПАО «Уралтруба»", True),
    ("adjective_corporation", "Российская корпорация «Сталь»", True),
    # guards: a public body, a non-profit after an adjective, a form alone after one
    ("ministry", "Министерство социальной политики области", False),
    ("non_profit", "Региональная АНО «Забота»", False),
    ("form_alone", "Челябинское ПАО", False),
    # fixmentioned67: a noun ending as an adjective does ("Санаторий", "Профилакторий")
    ("noun_first_ii", "Санаторий АО «Заря»", False),
    ("noun_first_ii_other", "Профилакторий ООО «Север»", False),
    ("adjective_first_new", "Новое ООО «Берег»", True),
]


@pytest.mark.parametrize(("name", "company"), probes.named_rows(COMPANY))
def test_company_after_adjective(models, name: str, company: bool) -> None:
    from soccoop.extract.agreements import _company
    assert _company(probes.side(models, name), models) is company


# (id, text, does a record of the company stay?)
FACTORY = [
    ("pipes", "На выставке правительство Энской области подписало пакет соглашений с "
              "промышленными компаниями. Среди них соглашение с челябинским ПАО "
              "«Уралтруба» о совместном выпуске стальных труб.", False),
    # guard: the company's agreement about jobs for people with disabilities stays
    ("jobs", "Министерство социальной защиты Энской области подписало соглашение с "
             "челябинским ПАО «Уралтруба» о трудоустройстве людей с инвалидностью.", True),
]


@pytest.mark.parametrize(("text", "kept"), probes.named_rows(FACTORY))
def test_factory_agreement_outside_sphere(models, text: str, kept: bool) -> None:
    records = probes.agreement_records(models, text, "2025-07-11", "parties")
    assert any("Уралтруба" in " ".join(r[0]) for r in records) is kept, records


EXTENSION = ("Министр социальной защиты Курганской области Ирина Петрова и глава "
             "отделения Социального фонда по Курганской области Олег Смирнов подписали "
             "дополнительное соглашение, продлив совместную работу ещё на три года. ")
STORY = ["Министерство социальной защиты Курганской области",
         "отделение Социального фонда по Курганской области"]

# (id, the sentence recalling the base, the sides of the mentioned record)
BASE = [
    ("merging", "Первое соглашение ведомства заключили в 2018 году, задолго до слияния "
                "Центра социальных выплат и Управления опеки.", STORY),
    ("passive_agent", "Основное соглашение было заключено ведомствами в 2016 году, до "
                      "объединения Центра социальных выплат и Управления опеки.", STORY),
    # guard: the merged bodies themselves told as the sides keep them
    ("own_sides", "Ранее соглашение о взаимодействии заключили Центр социальных выплат и "
                  "Управление опеки в 2019 году, до их слияния.",
     ["Центр социальных выплат", "Управление опеки"]),
]


@pytest.mark.parametrize(("after", "sides"), probes.named_rows(BASE))
def test_base_recalled_before_merging(models, after: str, sides: list[str]) -> None:
    records = probes.agreement_records(models, EXTENSION + after, "2025-04-10", "status",
                                       "parties")
    mentioned = [p for st, p in records if st == "mentioned"]
    assert len(mentioned) == 1 and set(sides) <= set(mentioned[0]), records


# (id, sentence, the body's first word, only the owner of an event dated after?)
BEFORE_EVENT = [
    ("merging", "Договор заключён задолго до слияния Центра социальных выплат и "
                "Управления опеки.", "Центра", True),
    ("conjunct", "Договор заключён задолго до слияния Центра социальных выплат и "
                 "Управления опеки.", "Управления", True),
    ("adjective", "Договор заключён до реорганизации Городского центра занятости.",
     "Городского", True),
    # guards: a partner under "с", a body under "до" with no event noun, the agreement
    # noun's own genitive
    ("partner", "Договор с Фондом социального страхования действует до конца года.",
     "Фондом", False),
    ("subject", "Фонд социального страхования заключил договор до конца года.", "Фонд",
     False),
    ("agreement_noun", "До подписания соглашения Фонда и министерства прошли переговоры.",
     "Фонда", False),
]


@pytest.mark.parametrize(("text", "word", "before"), probes.named_rows(BEFORE_EVENT))
def test_before_their_event(models, text: str, word: str, before: bool) -> None:
    from soccoop.extract.agreement_sides import before_their_event
    sent = probes.first_sentence(models, text)
    i = next(j for j, t in enumerate(sent.tokens) if t.text == word)
    assert before_their_event(sent, i) is before


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, agreement_sides=("origin_of_a_kind", "home_of_a_kind",
                                                           "_origin_place", "before_their_event"),
                                          agreements=("_company",))
