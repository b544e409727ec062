"""event49 (round 49): pages where several agreements are signed at one event; the errors of
the dev rounds pooled and classed by construction, the largest classes read by structure.

- an agreement about schooling alone (its "о ..." phrase or the verb telling its topic names
  teaching or schools and nothing else of the social sphere), a side of it a school, a body
  of education, a company or a body of another field and no side a body of another kind, is
  education's business, no record (``agreements.schooling_outside_social_sphere``);
- a verb telling the topic that the parser left with no subject after an agreement noun set
  off by dashes tells that noun's topic (``agreements._subjectless_topic_verbs``, read by
  ``touched_topic_lemmas``);
- an adjective of age on a noun of sport ("детского футбола") names no social sphere
  (``agreements.age_of_sport``);
- a verbless list item opened by the agreement noun, under a lead line naming the
  documents in the plural or counted, takes the lead's status and day; a heading of a past
  participle of signing ("Подписанные документы:") is a signing told
  (``agreement_lists.list_item_lead``, ``agreement_lists.lead_signed``: tidy51, once
  ``signed_heading``);
- a line ending in a mark pointing down announces the list of partners below it as a colon
  does (``agreement_lists._points_down``).

The negatives keep each reading to its shape: a side of social protection, a topic naming
the sphere, a fund named by its acronym, an age adjective on rest rather than sport, a lead
naming no documents, an item with its own verb, a lead with neither a colon nor a pointer.
Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest

PUB = "2025-05-14"
HEAD = "Новости Озёрного края\n\n"
SOCIAL = ("Министерство социальной защиты Озёрного края и фонд «Тёплый очаг» подписали "
          "соглашение о заботе об одиноких стариках. ")


def _sides(models, text: str) -> list[str]:
    return sorted(probes.party_names(a)[-1]
                  for a in probes.agreements_of(models, text, PUB) if probes.party_names(a))


@pytest.mark.parametrize(("case", "other", "kept"), [
    # fail on b49dev (the second record kept): schooling alone is no social agreement
    ("schools built by a company", "Министерство образования Озёрного края и АО «Лесстрой» "
     "подписали соглашение о строительстве двух школ в Заречье.", False),
    ("staff for building", "Министерство строительства Озёрного края и Озёрный строительный "
     "университет заключили соглашение об обучении инженеров для дорожных трестов.", False),
    ("topic told after dashes", "Второе соглашение — между Правительством Озёрного края и "
     "ООО «Лесстрой» — касается строительства нового стадиона в Заречье.", False),
    # negatives: a side of social protection; a topic naming the sphere; a fund's acronym
    ("social side", "Министерство труда и социальной защиты Озёрного края и Озёрный "
     "университет заключили соглашение об обучении инженеров для дорожных трестов.", True),
    ("topic of the sphere", "Министерство образования Озёрного края и АО «Лесстрой» "
     "подписали соглашение о строительстве школы для детей с инвалидностью.", True),
    ("fund by its acronym", "Отделение СФР по Озёрному краю и Озёрный университет заключили "
     "соглашение об обучении сотрудников фонда, принимающих посетителей.", True),
])
def test_schooling_alone_is_no_record(models, case: str, other: str, kept: bool) -> None:
    sides = _sides(models, HEAD + SOCIAL + other)
    assert any("очаг" in s for s in sides), case
    assert (len(sides) == 2) == kept, (case, sides)


def test_school_alone_on_a_bodys_page_is_kept(models) -> None:
    """A guard: a school the one side read, its partner the page's body left unread, may
    train that body's staff (passes on b49dev and on the final code)."""
    text = (HEAD + "Министр семьи Озёрного края Анна Ветрова рассказала о планах. Ведомство "
            "готовит договор об обучении кадров с Озёрным техническим университетом. Документ "
            "подпишут в июне.")
    assert any("университет" in s.lower() for s in _sides(models, text))


@pytest.mark.parametrize(("case", "topic", "kept"), [
    # fails on b49dev (kept): children's football is sport
    ("children's football", "о развитии детского футбола", False),
    # negatives: children's rest and adaptive sport stay social
    ("children's rest", "о развитии детского отдыха", True),
    ("adaptive sport", "о развитии детского адаптивного футбола", True),
])
def test_age_of_sport_names_no_sphere(models, case: str, topic: str, kept: bool) -> None:
    text = (HEAD + SOCIAL + "Комитет по спорту Озёрного края и фонд «Добрый мяч» подписали "
            f"соглашение {topic}.")
    sides = _sides(models, text)
    assert (len(sides) == 2) == kept, (case, sides)


ITEMS = ("— Соглашение между Министерством семьи Озёрного края и фондом «Тёплый очаг» о "
         "помощи одиноким пожилым людям. Фонд купит для них сто инвалидных колясок.\n\n"
         "— Соглашение между Министерством труда Озёрного края и АО «Озёрный комбинат» о "
         "новых местах в цехах для незрячих{tail}. Комбинат примет на работу двадцать "
         "человек.\n")


@pytest.mark.parametrize(("case", "lead", "tail", "expected"), [
    # fail on b49dev (both "mentioned"): the items are the documents the lead tells signed
    ("participle heading", "Подписанные документы:", "", ["signed", "signed"]),
    ("counted documents", "Вчера на форуме в Озёрске были подписаны сразу два документа.",
     "", ["signed", "signed"]),
    # negatives: a lead naming no documents; an item with a verb of its own
    ("no documents", "Повестка заседания:", "", ["mentioned", "mentioned"]),
    ("item's own verb", "Подписанные документы:", " стороны подпишут осенью",
     ["signed", "planned"]),
])
def test_list_item_takes_its_lead(models, case: str, lead: str, tail: str,
                                  expected: list[str]) -> None:
    text = HEAD + lead + "\n\n" + ITEMS.format(tail=tail)
    got = [probes.status_of_side(models, text, PUB, side) for side in ("очаг", "комбинат")]
    assert got == expected, case


POINTED = ("На коллегии министерства семьи Озёрного края подписаны соглашения с партнёрами"
           "{mark}\n\n🤝 С фондом «Тёплый очаг» — о заботе об одиноких стариках.\n\n"
           "🤝 С АНО «Светлый дом» — о работе с семьями, где растут дети с инвалидностью.\n")


@pytest.mark.parametrize(("case", "mark", "expected"), [
    # fails on b49dev (no record of either partner): the pointer announces the list
    ("pointer", " 👇", ["signed", "signed"]),
    ("colon", ":", ["signed", "signed"]),
    # negative: neither a colon nor a pointer ends the lead
    ("no mark", ".", [None, None]),
])
def test_pointer_announces_a_list(models, case: str, mark: str,
                                  expected: list[str | None]) -> None:
    text = HEAD + POINTED.format(mark=mark)
    got = [probes.status_of_side(models, text, PUB, side) for side in ("очаг", "Светлый")]
    assert got == expected, case


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, agreements=("schooling_outside_social_sphere",
                                                      "_schooling_side", "_subjectless_topic_verbs",
                                                      "age_of_sport", "_sentences_name_sphere"),
                                          agreement_lists=("list_item_lead", "lead_signed",
                                                           "_documents_of_lead", "_points_down"),
                                          syntax=("verbless",),
                                          coreference=("schooling_alone",),
                                          status=("clock_line",))
