"""hid92: records of rounds 133 and 134's constructions, probes written for this file (not
copied from any round).

* The "с" list of partners ends at the clause's predicate (plan91), but not at a verb whose
  infinitive is one of signing: its subject after the infinitive is still a side
  (``agreement_sides.signing_infinitive``).
* A body's common noun in the genitive after a noun of cooperation names a side, not the
  subject (``candidate_status.cooperating_body``): "о сотрудничестве министерства и епархии".
* Capitalised adjectives joined by "и" over one plural body noun name one body each
  (``party_phrases.coordinated_adjective_bodies``): "с Ливенской и Мценской епархиями".
* A town in apposition to its kind under a municipality's body is that body
  (``party_phrases.municipal_body_start``): "администрацией городского округа город Ливны".
* A bare kind word with the text's one region is the side it starts
  (``merge_rules._shorter_start``).
* "С подписанием нового соглашения" tells the new agreement again
  (``merge_rules._opens_with_new_agreement``).
"""

from __future__ import annotations

from typing import Any

import probes
import pytest
from probes import first_sentence, noun_at, status_parties

LEAD = "Новости\n\n"
PUB = "2025-05-16"


def _parties(models: Any, text: str) -> list[tuple[Any, ...]]:
    return status_parties(models, LEAD + text, PUB)


# (id, text, sorted (status, sorted parties) of every record)
RECORDS = [
    # plan91's cut of the "с" list: not at a verb whose infinitive signs
    ("subjects after a planned signing's infinitive",
     "Вчера министерство социальной защиты Орловской области подписало соглашение с "
     "Орловской епархией. Соглашения с министерством собираются заключить также Ливенская "
     "и Мценская епархии.",
     # recpool95: the plural noun with one unnamed "с" partner is one agreement per
     # diocese (``subjects_beside_unnamed_partner``), as the dev golds write such plans;
     # the shared partner, the ministry, is not added to them
     [("planned", ["Ливенская епархия"]), ("planned", ["Мценская епархия"]),
      ("signed", ["Министерство социальной защиты Орловской области", "Орловская епархия"])]),
    # the genitive bodies of cooperation are the sides: one signing, not two
    ("the bodies of 'о сотрудничестве' join the headline's signing",
     "Министерство и Омская епархия подписали соглашение о помощи семьям\n\n"
     "Сегодня министр социальной защиты Омской области Анна Петровна Котова и митрополит "
     "Омский и Таврический Дионисий подписали сегодня соглашение о сотрудничестве "
     "министерства и "
     "Омской епархии Русской Православной Церкви.",
     [("signed", ["Министерство социальной защиты Омской области",
                  "Омская епархия Русской Православной Церкви"])]),
    # a municipality's body named with its town in apposition
    ("an administration of 'городской округ город X'",
     "Вчера подписано соглашение между Ливенской епархией, администрацией городского округа "
     "город Ливны и центром «Забота».",
     [("signed", ["Администрация городского округа город Ливны", "Ливенская епархия",
                  "Центр «Забота»"])]),
    # negative: a singular noun with the same list is one agreement of the two
    ("a singular noun's partners stay one agreement",
     "Служба вчера заключила соглашение с правительством Омской области. Он добавил, что "
     "до конца года соглашение предполагается заключить с Алтайским краем и Томской "
     "областью.",
     [("planned", ["Алтайский край", "Томская область"]),
      ("signed", ["Правительство Омской области"])]),
    # negative: a plan with a town's administration beside the region ministry's agreement
    ("a plan with another body of the region stays apart",
     "— С министерством труда Чувашской Республики у отдела епархии действует соглашение с "
     "прошлого года. — А что дальше? — Сейчас отдел готовит соглашение с администрацией "
     "города Канаша, надеемся подписать его в июне.",
     [("mentioned", ["Министерство труда Чувашской Республики"]),
      ("planned", ["Администрация города Канаша"])]),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(RECORDS))
def test_records(models: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    got = _parties(models, text)
    probes.check_status_records(got, expected)


_SIGNING = ("Вчера в мэрии подписано соглашение между управлением социальной защиты Твери, "
            "Тверской епархией и центром «Опора». ")

# (id, text, signers of the signed records, as surnames, by status)
SIGNERS = [
    # negative: a partner of its own on the noun sets the next signing apart
    ("a partner on the next sentence's noun",
     _SIGNING + "Соглашение с фондом «Шаг» подписал директор фонда Олег Иванович Белов.",
     {"signed": [[], ["белов"]]}),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(SIGNERS))
def test_signers(models: Any, text: str, expected: dict[str, list[list[str]]]) -> None:
    assert probes.surnames_by_status(models, LEAD + text, PUB) == expected


# (id, sentence, does the agreement's name end at the body noun after the cooperation noun)
TITLES = [
    ("a ministry's genitive", "Подписано соглашение о сотрудничестве министерства и епархии.",
     True),
    ("a centre's genitive", "Готовится соглашение о взаимодействии центра и прихода.", True),
    # negatives
    ("a field", "Готовится соглашение о сотрудничестве молодёжных центров.", False),
    ("no body noun", "Подписано соглашение о взаимодействии специалистов района.", False),
]


@pytest.mark.parametrize(("text", "ends"), probes.named_rows(TITLES))
def test_cooperating_body(models: Any, text: str, ends: bool) -> None:
    from soccoop.extract.candidate_status import _title_end

    sent = first_sentence(models, text)
    k = noun_at(sent)
    assert (_title_end(sent, k) == k + 3) is ends


# (id, sentence, the side names read from it)
PHRASES = [
    ("two adjectives, instrumental", "Договоры заключены с Ливенской и Мценской епархиями.",
     ["Ливенская епархия", "Мценская епархия"]),
    ("three adjectives, nominative", "Подписали Северное, Южное и Западное благочиния.",
     ["Северное благочиние", "Южное благочиние", "Западное благочиние"]),
    ("a municipality's administration",
     "Договор подписан с администрацией городского округа город Ливны.",
     ["Администрация городского округа город Ливны"]),
    # negatives
    ("one adjective", "Договор заключён с Ливенской епархией.", ["Ливенская епархия"]),
    ("region adjectives over a region noun",
     "Договоры заключены с Курской и Белгородской областями.",
     ["Курская область", "Белгородская область"]),
    ("a town with its kind and no body", "Делегация приехала в город Ливны.", []),
]


@pytest.mark.parametrize(("text", "names"), probes.named_rows(PHRASES))
def test_side_phrases(models: Any, text: str, names: list[str]) -> None:
    from soccoop.extract.party_phrases import _parties_in
    from soccoop.extract.regions import find_regions

    analysis = probes.parsed_analysis(models, text)
    regions = find_regions(analysis, models)
    sent = analysis.sentences[0]
    got = [p.name for p in _parties_in(analysis, models, sent, 0, len(sent.tokens), regions)]
    assert [n for n in got if "Ливны" in n or n in names] == names


# (id, side, its region codes, the other side, its region codes, named by its start)
STARTS = [
    ("a bare kind with the other's region", "администрация", ["RU-ORL"],
     "Администрация городского округа город Ливны", ["RU-ORL"], True),
    ("a bare kind with no region", "департамент", [],
     "Департамент социальной защиты Орловской области", ["RU-ORL"], True),
    # negatives
    ("another region", "администрация", ["RU-TUL"],
     "Администрация городского округа город Ливны", ["RU-ORL"], False),
    ("another word", "управление", ["RU-ORL"],
     "Администрация городского округа город Ливны", ["RU-ORL"], False),
]


@pytest.mark.parametrize(("name", "regions", "other", "other_regions", "expected"),
                         probes.named_rows(STARTS))
def test_shorter_start(models: Any, name: str, regions: list[str], other: str,
                       other_regions: list[str], expected: bool) -> None:
    from soccoop.extract.merge_rules import _shorter_start

    assert _shorter_start(probes.side(models, name, *regions),
                          probes.side(models, other, *other_regions)) is expected


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, agreement_sides=("signing_infinitive",
                                                           "_predicate_after"),
                                          candidate_status=("cooperating_body",),
                                          party_phrases=("coordinated_adjective_bodies",
                                                         "municipal_body_start"),
                                          merge_rules=("_shorter_start",
                                                       "_opens_with_new_agreement"))
