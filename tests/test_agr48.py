"""agr48 (round 48): status errors, missed and extra agreements pooled over the dev rounds;
the items of a list take the status of the lead that tells them.

- a verbless item opened by an ordinal ("Третье — соглашение с ...") takes the status of
  the count it belongs to when the earlier items took more sentences than the two
  ``count_told_before`` reads, the count's numeral at least the item's rank and no plural
  agreement noun between (``agreement_lists.count_of_rank``); the item may open with a
  bullet or an emoji, a conjunction, and carry a remark between commas before its dash
  (``agreement_lists.ordinal_item_dash``);
- a third-person pronoun object of a signing verb the tagger leaves without a number, in a
  form singular whatever its reading ("его"), stands for the document just told
  (``status.singular_pronoun``, read by ``status.ordinal_signed_later``);
- an item line under a timetable's line of a signing (a clock time and a signing noun,
  "11:30 — Церемония подписания документов:") is a signing to come
  (``status.timetable_signing_item``);
- a "с" between an agreement noun of terms ("По соглашению ... смогут") and its verb that
  marks a common noun's trait of another noun ("людей с инвалидностью") gives the noun no
  side of its own (``agreements._trait_of_other``, read by ``_terms_reference``).

The negatives keep each reading to its shape: an ordinal item with no count before it, a
count smaller than the item's rank, the counted set told again in the plural between, a
possessive "его" on the subject, a list under a lead with no clock time, a timetable line
naming no signing, an item parted from the timetable's line by a blank line, a body after
"с" in a sentence of terms.
Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest

PUB = "2025-05-14"
HEAD = "Новости Озёрного края\n\n"


def _status_of(models, text: str, word: str) -> list[str]:
    return [a.status for a in probes.agreements_of(models, text, PUB)
            if any(word in p for p in probes.party_names(a))]


COUNT = "Вчера в Москве губернатор подписал {n} соглашения, важных для всего края.\n\n"
RAIL = "🚂 С АО «Озёрная дорога» — о ремонте станции в Заречье. Ремонт начнётся летом.\n\n"
HOUSES = "🏠 С фондом «Дом» — о новом квартале у озера. Там построят две школы.\n\n"
POST = ("📮 И третье, для нас очень важное, — соглашение между Правительством Озёрного края и "
        "АО «Сельская почта». Почтальоны будут привозить лекарства пожилым людям и "
        "инвалидам.")
BULLET = ("• Третье — соглашение между Правительством Озёрного края и АО «Сельская почта». "
          "Почтальоны будут привозить лекарства пожилым людям и инвалидам.")


@pytest.mark.parametrize(("case", "text", "expected"), [
    # fail on b48dev (["mentioned"]): the count is five sentences before the third item
    ("emoji, conjunction, remark", HEAD + COUNT.format(n="три") + RAIL + HOUSES + POST,
     ["signed"]),
    ("bullet", HEAD + COUNT.format(n="три") + RAIL + HOUSES + BULLET, ["signed"]),
    # negatives: no count; a count of two for a third item; the set told again between
    ("no count", HEAD + "Вчера губернатор провёл приём граждан.\n\n" + RAIL + HOUSES + POST,
     ["mentioned"]),
    ("count below the rank", HEAD + COUNT.format(n="два") + RAIL + HOUSES + POST,
     ["mentioned"]),
    ("set told again", HEAD + COUNT.format(n="три") + RAIL +
     "Все соглашения рассчитаны на пять лет.\n\n" + HOUSES + POST, ["mentioned"]),
])
def test_ordinal_item_takes_a_farther_count(models, case: str, text: str,
                                            expected: list[str]) -> None:
    assert _status_of(models, text, "Сельская почта") == expected, case


FOURTH = ("Затем подписи поставили руководители двух других ведомств.\n\n"
          "Четвертый документ — соглашение между Министерством семьи Озёрного края и "
          "Озёрным фондом «Рука помощи» о помощи одиноким пенсионерам. ")


@pytest.mark.parametrize(("case", "tail", "expected"), [
    # fails on b48dev (["mentioned"]): "его" tagged a determiner with no number
    ("pronoun object", "Со стороны фонда его снова подписал директор Иван Озеров, со стороны "
     "министерства — министр Анна Озерова.", ["signed"]),
    # negative: a possessive "его" on the subject signs no document of the item
    ("possessive", "Его директор Иван Озеров подписал обращение к жителям.",
     ["mentioned"]),
])
def test_numberless_pronoun_stands_for_the_document(models, case: str, tail: str,
                                                    expected: list[str]) -> None:
    text = HEAD + FOURTH + tail
    assert _status_of(models, text, "Рука помощи") == expected, case


TIMETABLE = ("ПРОГРАММА\nвизита делегации Лесной области в Озёрный край\n20–21 мая\n\n"
             "20 мая (вторник)\n10:00 — Встреча делегации в аэропорту.\n{lead}\n{gap}"
             "• Меморандум о взаимодействии между Министерством семьи Озёрного края и "
             "Министерством социальной защиты Лесной области в сфере помощи пожилым людям.\n"
             "Подписывают: министр семьи Озёрного края Озерова А.П., министр социальной "
             "защиты Лесной области Лесной И.В.\n13:00 — Обед.\n")


@pytest.mark.parametrize(("case", "lead", "gap", "expected"), [
    # fail on b48dev (["mentioned"]): a timetable's signing is to come
    ("ceremony", "11:30 — Церемония подписания документов:", "", ["planned"]),
    ("capitals, a time span", "11:05–11:50 ТОРЖЕСТВЕННОЕ ПОДПИСАНИЕ МЕМОРАНДУМА", "",
     ["planned"]),
    # negatives: no clock time; a slot naming no signing; a blank line between
    ("no clock time", "Документы к рассмотрению:", "", ["mentioned"]),
    ("no signing named", "11:30 — Переговоры делегаций:", "", ["mentioned"]),
    ("blank line", "11:30 — Церемония подписания документов:", "\n", ["mentioned"]),
])
def test_timetable_signing_is_to_come(models, case: str, lead: str, gap: str,
                                      expected: list[str]) -> None:
    text = TIMETABLE.format(lead=lead, gap=gap)
    assert _status_of(models, text, "Лесной области") == expected, case


TOURISM = ("Министерство социальной защиты Озёрного края и ООО «Озёрные экскурсии» подписали "
           "соглашение о поездках по родному краю. По соглашению {rest}")


@pytest.mark.parametrize(("case", "rest", "expected"), [
    # fail on b48dev (a second, mentioned 2025 record): the people's "с" read as a side
    ("people with a trait", "в 2025 году более тысячи людей с инвалидностью смогут бесплатно "
     "съездить на экскурсии по краю.", [("signed", "ООО «Озёрные экскурсии»")]),
    ("families with children", "в 2025 году более тысячи пенсионеров и семей с детьми смогут "
     "бесплатно съездить на экскурсии по краю.", [("signed", "ООО «Озёрные экскурсии»")]),
    # negative: a body after "с" is a side of another agreement, its own record
    ("a body's side", "2019 года с фондом «Озёрная забота» в 2020 году более тысячи "
     "пенсионеров смогли съездить на экскурсии.",
     [("signed", "ООО «Озёрные экскурсии»"), ("mentioned", "Фонд «Озёрная забота»")]),
])
def test_trait_of_other_noun_keeps_terms(models, case: str, rest: str,
                                         expected: list[tuple[str, str]]) -> None:
    got = [(a.status, probes.party_names(a)[-1])
           for a in probes.agreements_of(models, TOURISM.format(rest=rest), PUB)]
    assert got == expected, case


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, agreement_lists=("ordinal_item_named",
                                                           "ordinal_item_dash", "_item_ordinal",
                                                           "count_of_rank"),
                                          status=("singular_pronoun", "timetable_signing_item"),
                                          agreements=("_trait_of_other",))
