"""agr52 (round 52): which agreements exist and who their sides are, where a federal body,
a count of regions or an agreement outside the domain is told.

- a minister whose post names a field and whose organisation is a whole state signs, as a
  side, for the state's ministry of that field, not for the state
  (``party_cleanup.minister_signs_for_ministry``, used by ``merge.find_agreements``);
- a partner told by a count or "все" over a plural word of any place ("с двумя
  регионами", "со всеми субъектами") is the regions a dash lists after it, one agreement
  each when the noun is plural, or no side when nothing is listed
  (``agreement_sides.counted_places_partner``);
- a record whose every mention names no side, on a page whose every agreement with named
  sides was dropped as outside the domain, is of that same agreement and no record either
  (``merge.sideless_of_dropped_story``).

The negatives keep each reading to its shape: a regional minister, a minister's post
with no field, a foreign state's minister kept as its ministry, a count with no list, a
page with a social agreement kept. Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest

from soccoop.models import Evidence, Official

PUB = "2024-06-15"
HEAD = "Новости\n\n"
MINZDRAV_RF = "Министерство здравоохранения Российской Федерации"
MINSPORT_RF = "Министерство спорта Российской Федерации"


def _records(models, text: str) -> list[tuple[str, list[str]]]:
    return probes.agreement_records(models, HEAD + text, PUB, "status", "parties")


@pytest.mark.parametrize(("case", "text", "expected"), [
    # fails on b52dev (a third side "Российская Федерация", the body the officials reader
    # gives the federal minister who speaks after the quote)
    ("a federal minister speaks of the agreement",
     "Министерство здравоохранения Российской Федерации и Правительство Курской "
     "области заключили соглашение о реабилитации инвалидов. Свои подписи поставили "
     "Министр здравоохранения Российской Федерации Олег Громов и Губернатор "
     "Курской области Павел Дроздов.\n\n«Курская область давно ждала этого шага. "
     "Соглашение с федеральным министерством даст нам новые возможности», — отметил Павел "
     "Дроздов.\n\nОлег Громов подчеркнул, что похожие документы ведомство уже заключило "
     "с другими регионами.",
     [("signed", sorted([MINZDRAV_RF, "Правительство Курской области"]))]),
    # fails on b52dev (one record only, of Samara: the count "двумя регионами" read as
    # no partner and the list after its dash half read): one agreement per listed region
    ("a count of regions and the list after its dash",
     "Министерство здравоохранения Российской Федерации в четверг, 14 марта, "
     "подписало соглашения о развитии системы ухода за одинокими стариками и инвалидами "
     "разом с двумя регионами округа — Самарской и Пензенской областями. Со стороны областей "
     "документы подписали губернаторы.",
     [("signed", sorted([MINZDRAV_RF, "Пензенская область"])),
      ("signed", sorted([MINZDRAV_RF, "Самарская область"]))]),
    # fails on b52dev (a second record, the headline's, with the side "Все регионы ПФО")
    ("all regions of a district in a headline",
     "Пенсионный союз подписал соглашение со всеми регионами ПФО\n\nВчера "
     "Общероссийская общественная организация «Пенсионный союз» и Правительство "
     "Пензенской области подписали соглашение о помощи одиноким пенсионерам.",
     [("signed", sorted(["Общероссийская общественная организация «Пенсионный союз»",
                         "Правительство Пензенской области"]))]),
    # fails on b52dev (a record "mentioned" with the headline's two sides, from the
    # sideless sentence after the road agreement, whose words are social)
    ("a sideless mention of a road agreement",
     "Росавтодор и Пензенская область заключили соглашение о ремонте моста\n\n"
     "Федеральное дорожное агентство и Правительство Пензенской области заключили "
     "соглашение о выделении области межбюджетного трансферта на ремонт моста через Суру.\n\n"
     "Отдельно говорили о доступности переходов для инвалидов и маломобильных граждан: по "
     "словам министра, там появятся пандусы, но соглашение эту тему не затрагивает.",
     []),
    # fails on m52 (a third record, of Тульская область: the list after the dash ran on
    # past ", а"): the list ends at the comma before a clause's opener
    ("a count of regions, then a clause of another region",
     "Министерство здравоохранения Российской Федерации в среду, 20 марта, "
     "подписало соглашения о развитии системы ухода за одинокими стариками и инвалидами "
     "разом с двумя регионами округа — Самарской и Пензенской областями, а с Тульской "
     "областью — только в мае.",
     [("signed", sorted([MINZDRAV_RF, "Пензенская область"])),
      ("signed", sorted([MINZDRAV_RF, "Самарская область"]))]),
    # fails on m52 (no record: the companies' deal, dropped as business between companies,
    # was read as outside the domain and took the sideless mention with it)
    ("a sideless mention beside a deal between companies",
     "Пенза будет сотрудничать с Тамбовом в помощи ветеранам\n\n"
     "ООО «Север» и АО «Южный порт» заключили соглашение о поставках угля.\n\n"
     "Новое соглашение о поддержке ветеранов рассчитано на три года.",
     [("mentioned", ["Пенза", "Тамбов"])]),
    # negative: a page whose social agreement is kept keeps its sideless mention with it
    ("a social agreement and its sideless mention",
     "Министерство социального развития Пензенской области и Пензенская областная "
     "организация ветеранов подписали соглашение о социальной помощи ветеранам.\n\n"
     "Соглашение рассчитано на три года.",
     [("signed", sorted(["Министерство социального развития Пензенской области",
                         "Пензенская областная организация ветеранов"]))]),
])
def test_sides_of_federal_and_counted(models, case: str, text: str, expected: list) -> None:
    assert _records(models, text) == expected, case


def _official(position: str, organization: str | None, said: str = "") -> Official:
    return Official(name="Иван Петров", position=position, organization=organization,
                    region=None, evidence=Evidence(text=said, start=0, end=len(said)))


@pytest.mark.parametrize(("position", "organization", "side"), [
    ("министр здравоохранения", "Российская Федерация", MINZDRAV_RF),
    ("заместитель министра спорта", "Российская Федерация", MINSPORT_RF),
    ("министр здравоохранения", "Республика Беларусь",
     "Министерство здравоохранения Республики Беларуси"),
    # negatives: a region's body stays; a post with no field; no minister; no organisation
    ("министр социального развития", "Правительство Пензенской области",
     "Правительство Пензенской области"),
    ("министр", "Российская Федерация", "Российская Федерация"),
    ("министр по делам", "Российская Федерация", "Российская Федерация"),
    ("посол", "Российская Федерация", "Российская Федерация"),
    ("министр труда", None, None),
])
def test_minister_signs_for_ministry(models, position: str, organization: str | None,
                                     side: str | None) -> None:
    from soccoop.extract.party_cleanup import minister_signs_for_ministry

    out = minister_signs_for_ministry(models, _official(position, organization))
    assert out.organization == side
    assert out.position == position and out.name == "Иван Петров"


def test_state_as_written(models) -> None:
    from soccoop.extract.party_cleanup import minister_signs_for_ministry

    said = "министр здравоохранения Республики Беларусь Иван Петров"
    out = minister_signs_for_ministry(models, _official("министр здравоохранения",
                                                        "Республика Беларусь", said))
    assert out.organization == "Министерство здравоохранения Республики Беларусь"


@pytest.mark.parametrize(("position", "state", "evidence", "ministry"), [
    ("министр экономического развития", None, "", "Министерство экономического развития"),
    ("заместитель министра труда", "Республика Беларусь",
     "заместитель министра труда Республики Беларусь Анна Котова",
     "Министерство труда Республики Беларусь"),
    ("министр финансов", "Франция", "", "Министерство финансов Франции"),
    # negatives: no field, a field cut short, no minister
    ("министр", "Франция", "", None),
    ("министр по делам", None, "", None),
    ("министр социальной", None, "", None),
    ("посол", "Франция", "", None),
])
def test_ministry_of_post(models, position: str, state: str | None, evidence: str,
                          ministry: str | None) -> None:
    """Guard (fixagr52): the officials reader and the sides' view name a minister's
    ministry by one function, ``official_orgs.ministry_of_post``."""
    from soccoop.extract.official_orgs import ministry_of_post

    assert ministry_of_post(position, models, state, evidence) == ministry


def _place_words(*words: tuple[str, str, str, str, int, dict]):
    return probes.hand_parsed(*words)


def test_counted_places_partner(models) -> None:
    from soccoop.extract.agreement_sides import counted_places_partner

    def sent(det: str, det_pos: str, after: list[tuple]):
        return _place_words(
            ("с", "с", "ADP", "case", 2, {}),
            (det, det, det_pos, "nummod" if det_pos == "NUM" else "det", 2, {"Case": "Ins"}),
            ("регионами", "регион", "NOUN", "nmod", -1,
             {"Case": "Ins", "Number": "Plur"}),
            ("округа", "округ", "NOUN", "nmod", 2, {"Case": "Gen", "Number": "Sing"}),
            *after)
    # no list after the phrase: no side (the count is no body)
    assert counted_places_partner(sent("двумя", "NUM", []), 2, [], models) == []
    assert counted_places_partner(sent("весь", "DET", [(".", ".", "PUNCT", "punct", 2,
                                                          {})]), 2, [], models) == []
    # negatives: not a place noun; a place noun with no count; the noun in the singular
    other = _place_words(("с", "с", "ADP", "case", 2, {}),
                         ("двумя", "два", "NUM", "nummod", 2, {}),
                         ("фондами", "фонд", "NOUN", "nmod", -1, {"Number": "Plur"}))
    assert counted_places_partner(other, 2, [], models) is None
    bare = _place_words(("с", "с", "ADP", "case", 1, {}),
                        ("регионами", "регион", "NOUN", "nmod", -1, {"Number": "Plur"}))
    assert counted_places_partner(bare, 1, [], models) is None
    one = _place_words(("с", "с", "ADP", "case", 2, {}),
                       ("каждым", "каждый", "DET", "det", 2, {}),
                       ("регионом", "регион", "NOUN", "nmod", -1, {"Number": "Sing"}))
    assert counted_places_partner(one, 2, [], models) is None


def test_sideless_of_dropped_story() -> None:
    from soccoop.extract.agreement_types import _Merged
    from soccoop.extract.merge import sideless_of_dropped_story

    class Cand:
        def __init__(self, parties: list[str]) -> None:
            self.parties = parties
            self.about: set[str] = set()  # social60: no "о ..." topic of its own

    def merged(*named: bool) -> list[_Merged]:
        out = []
        for n in named:
            m = _Merged.__new__(_Merged)
            m.candidates = [Cand(["A", "B"] if n else [])]  # type: ignore[list-item]
            out.append(m)
        return out
    side: list = ["x"]
    # the named record dropped as outside the domain: the sideless one goes with it
    assert sideless_of_dropped_story(merged(True, False), [None, side],
                                     [True, False]) == [None, None]
    # negatives: a named record kept; the named one dropped for another reason (naming no
    # side, business between companies, a count of places: fixagr52); no named record
    assert sideless_of_dropped_story(merged(True, False), [side, side],
                                     [False, False]) == [side, side]
    assert sideless_of_dropped_story(merged(True, False), [None, side],
                                     [False, False]) == [None, side]
    assert sideless_of_dropped_story(merged(True, True, False), [None, None, side],
                                     [True, False, False]) == [None, None, side]
    assert sideless_of_dropped_story(merged(False), [side], [False]) == [side]


def test_kind_words_reach_in_lexicon() -> None:
    import soccoop.extract.lexicon_sides as lexicon_sides
    import soccoop.extract.party_phrases as party_phrases

    assert lexicon_sides.KIND_WORDS_REACH == 3
    assert party_phrases.KIND_WORDS_REACH is lexicon_sides.KIND_WORDS_REACH


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, party_cleanup=("minister_signs_for_ministry",),
                                          agreement_sides=("counted_places_partner",),
                                          merge=("sideless_of_dropped_story",))
