"""Round 152 of the dev rounds (far152), probes written for this file (not copied from any
round).

* Boilerplate: a list header of other news may follow a picture mark or an arrow ("▶
  Смотрите также:"), and a site's block of its most read pages ("Самое читаемое:") is one
  (``boilerplate._LIST_HEADER``); the places its headlines name are no regions of the news.
* Signers: a post's phrase may join oblique words of different cases by "и" before the
  holder's initials (``signers._joins_obliques``); the partner one signed with is named
  right after the instrumental post, however the parser hung the name
  (``signers.written_partner``); a count's next item told signed ends the search of
  ``candidate_signers._distant_signers``.
* Agreements: a plural agreement noun with no numeral whose partners each take their own
  "с" is one agreement per partner (``agreement_sides._partners_by_head``); a plural body
  after "с" with capitalised adjectives sharing a plural place noun is one body per place
  (far152 wrote ``listed_places_of_bodies`` for it; at the merge it was taken out, since
  many63's ``party_phrases.municipal_bodies``, as recpool96 widened it, reads the shape).
"""

from __future__ import annotations

import re
from typing import Any

import probes
import pytest

# (id, a line, is it a list header)
HEADERS = [
    ("an arrow before the header", "▶ Смотрите также:", True),
    ("a pin before the header", "📌 Читайте также", True),
    ("the most read block", "Самое читаемое:", True),
    ("the most discussed block in capitals", "САМОЕ ОБСУЖДАЕМОЕ", True),
    # negatives
    ("a dash opens an interview's answer", "— Рекомендуем подать заявление заранее", False),
    ("the most important thing is no block", "Самое главное: документ подписан", False),
    ("a verb of seeing in prose", "Смотрите, как изменился парк", False),
]


@pytest.mark.parametrize(("line", "expected"), probes.named_rows(HEADERS))
def test_list_header(line: str, expected: bool) -> None:
    from soccoop.extract.boilerplate import _LIST_HEADER

    assert bool(_LIST_HEADER.match(line)) is expected


_ARTICLE = ("Министерство социальной защиты Тверской области и фонд «Светлый берег» подписали "
            "соглашение о помощи многодетным семьям. Свои подписи "
            "поставили министр Анна Котова и председатель фонда Олег Белов.\n\n"
            "По условиям документа фонд будет обучать родителей и волонтёров, а министерство "
            "поможет с помещениями для занятий в районах области.\n\n"
            "Автор: Ирина Седова\n\n")
_LIST = ("{header}\n{mark}В Новосибирске открыли ледовый городок\n{mark}Погода на выходные: "
         "снег\n\nКомментарии (2)\nОльга_К: Нужное дело, давно пора, у нас в посёлке такой помощи "
         "семьям никогда не было.\nГость: А когда начнут занятия для детей в районах, "
         "кто-нибудь знает?\n")


# (id, text, the regions found)
REGION_ROWS = [
    ("an arrow before 'Смотрите также'",
     _ARTICLE + _LIST.format(header="▶ Смотрите также:", mark=""),
     ["Тверская область"]),
    ("the most read block with dashes",
     _ARTICLE + _LIST.format(header="Самое читаемое:", mark="— "),
     ["Тверская область"]),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(REGION_ROWS))
def test_regions_beside_lists(models: Any, text: str, expected: list[str]) -> None:
    from soccoop.extract.pipeline import extract

    assert [r.name for r in extract(text, "t.txt", models).regions] == expected


_TAIL = ("\nПо условиям документа стороны будут вместе обучать сиделок и проводить ярмарки "
         "вакансий для незрячих жителей.\n")

def _token(text: str, pos: str, case: str | None) -> Any:
    from soccoop.extract.nlp import Token

    return Token(text, 0, len(text), pos, {"Case": case} if case else {})


# (id, three words, is the middle one a joint inside a post's phrase)
JOINTS = [
    ("a genitive and a dative", (("населения", "NOUN", "Gen"), ("и", "CCONJ", None),
                                 ("семейной", "ADJ", "Dat")), True),
    ("two datives after a comma", (("делам", "NOUN", "Dat"), (",", "PUNCT", None),
                                   ("семье", "NOUN", "Dat")), True),
    # negatives
    ("a nominative post after 'и'", (("министра", "NOUN", "Gen"), ("и", "CCONJ", None),
                                     ("директор", "NOUN", "Nom")), False),
    ("a verb after 'и'", (("области", "NOUN", "Gen"), ("и", "CCONJ", None),
                          ("подписали", "VERB", None)), False),
]


@pytest.mark.parametrize(("words", "expected"), probes.named_rows(JOINTS))
def test_joins_obliques(words: tuple[tuple[str, str, str | None], ...],
                        expected: bool) -> None:
    from soccoop.extract.signers import _joins_obliques

    assert _joins_obliques([_token(*w) for w in words], 1) is expected


# (id, text, the signers of every record, as surnames, by status)
SIGNER_ROWS = [
    ("'и' between a genitive and a dative inside the post (a guard: main's parse reads it)",
     "Отделение Социального фонда по Тверской области и агентство по делам молодёжи и "
     "семейной политике Тверской области подписали соглашение об обмене сведениями.\n\n"
     "Документ скрепили подписями управляющий отделением Пётр Гусев и руководитель "
     "агентства по делам молодёжи и семейной политике Тверской области О.В. Котова.\n" +
     _TAIL,
     {"signed": [["гусев", "котова"]]}),
    ("the partner named after a quoted body",
     "Соглашение о помощи семьям министр подписала с председателем фонда «Светлый берег» "
     "Ларисой Олеговной Сомовой.\n" + _TAIL,
     {"signed": [["сомова"]]}),
    ("a count's next item signed keeps its signer",
     "Министр социальной защиты области Анна Котова подписала три соглашения.\n\n"
     "Первое соглашение заключено с фондом «Опора», который помогает семьям.\n\n"
     "Второе соглашение заключено с фондом «Светлый берег», который помогает "
     "выпускникам. Фонд будет вести их сопровождение.\n\n"
     "Третий документ министр подписала с директором автономной некоммерческой "
     "организации «Новый возраст» Ниной Павловной Сомовой. Речь идёт о клубах для "
     "пожилых людей.\n",
     {"signed": [["котова"], ["котова"], ["котова", "сомова"]]}),
    # negatives
    ("a name after 'имени' is the body's namesake",
     "Министерство социальной защиты Псковской области подписало соглашение с Тверским "
     "колледжем имени Ивана Сомова. Документ министр Анна Котова подписала с директором "
     "колледжа имени Ивана Сомова.\n" + _TAIL,
     {"signed": [["котова"]]}),
    ("a nominative post after 'и' is another person's",
     "Отделение Социального фонда по Тверской области и Тверской университет подписали "
     "соглашение.\n\nДокумент скрепили подписями управляющий отделением Пётр Гусев и "
     "ректор университета О.В. Котова.\n" + _TAIL,
     {"signed": [["гусев", "котова"]]}),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(SIGNER_ROWS))
def test_signers(models: Any, text: str, expected: dict[str, list[list[str]]]) -> None:
    assert probes.surnames_by_status(models, text) == expected


# (id, text, the sides of every record, each sorted, in order)
RECORD_ROWS = [
    ("partners each with their own 'с'",
     "Вчера филиал фонда «Опора» по Тверской области подписал соглашения о сотрудничестве "
     "с Тверским государственным университетом и с Тверским центром социальной "
     "реабилитации.\n",
     [["Тверской государственный университет", "Филиал фонда «Опора» по Тверской области"],
      ["Тверской центр социальной реабилитации",
       "Филиал фонда «Опора» по Тверской области"]]),
    ("administrations of three districts",
     "Министерство социальной защиты Тверской области заключило соглашения с "
     "администрациями Бежецкого, Торжокского и Ржевского районов.\n",
     [["Администрация Бежецкого района", "Министерство социальной защиты Тверской области"],
      ["Администрация Торжокского района", "Министерство социальной защиты Тверской области"],
      ["Администрация Ржевского района", "Министерство социальной защиты Тверской области"]]),
    # negatives
    ("administrations of kinds of settlements",
     "Министерство социальной защиты Тверской области заключило соглашения с "
     "администрациями сельских и городских поселений.\n",
     [["Министерство социальной защиты Тверской области"]]),
    ("one administration of one district",
     "Министерство социальной защиты Тверской области заключило соглашение с "
     "администрацией Бежецкого района.\n",
     [["Администрация Бежецкого района", "Министерство социальной защиты Тверской области"]]),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(RECORD_ROWS))
def test_records(models: Any, text: str, expected: list[list[str]]) -> None:
    assert [probes.party_names(a) for a in probes.agreements_of(models, text)] == expected


def test_no_dev_text_quoted() -> None:
    assert re.search("[а-яё]", __doc__ or "")
    probes.check_no_dev_text_quoted(__file__, [
        ("signers", "_joins_obliques"), ("signers", "written_partner"),
        ("agreement_sides", "_partners_by_head"),
        ("candidate_signers", "_distant_signers")])
