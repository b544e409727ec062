"""extras63 (round 63): records that should not exist. Pooled from the lead's pool on b63
("extra mentioned", "extra planned", "extra signed" over every dev sample) and classed; the
structural reads added:

- a side whose name opens with the acronym of a sports club by its discipline ("ХК",
  "ФК": ``lexicon.SPORT_CLUB_ACRONYMS``) is a body of sport (``agreements._side_words``),
  so two clubs' agreement on nothing social is sport's business;
- a record kept with the very sides of a record told before it and dropped as outside the
  domain, no sentence of it naming the social sphere, tells that agreement again
  (``merge.retold_of_dropped``);
- a mention of several agreements at once gives no topic to the one it joined
  (``agreements.other_field_subject``); the town planners' "комплексное развитие
  территории" names building works (``lexicon.FIELD_WORD_PAIRS``), as do a road's paving and
  the services along it; manufacture ("производство") names industry;
- an adjective of age on a school for children ("детский сад") names no social sphere
  (``agreements.age_of_field``);
- transport beside trade is a strand of the regions' trade framework
  (``lexicon.TRADE_FRAMEWORK_STRANDS``, read by ``agreements.economy_topic_alone``).

Every probe is written here, in words of its own."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import probes
import pytest

from soccoop.extract.nlp import Sentence, Token

PUB = "2025-03-12"
LEAD = "Новости\n\n"
GOV = "Правительство Энской области"
MIN = "Министерство социальной защиты Энской области"

# (id, text after the lead, the sides of the record kept, or None for no record)
RECORDS = [
    # sports clubs named by their acronyms (b63dev: a record of the two clubs)
    ("hockey_clubs",
     "ХК «Сокол» и ХК «Торпедо» подписали соглашение о сотрудничестве. Клубы проведут "
     "общие сборы молодёжных составов.", None),
    ("football_clubs",
     "ФК «Звезда» и ФК «Рассвет» подписали соглашение о сотрудничестве. Клубы проведут "
     "общие сборы.", None),
    # guard: a club with a social body on rehabilitation stays
    ("club_and_ministry_on_rehabilitation",
     f"{MIN} и ХК «Сокол» заключили соглашение о спортивной реабилитации детей-инвалидов.",
     {MIN, "ХК «Сокол»"}),
    # guard: "СК" is no sports club's acronym here
    ("sk_is_no_club",
     f"СК «Звезда» и {MIN} подписали соглашение о сотрудничестве.", {MIN, "СК «Звезда»"}),
    # guard: a club of pensioners is no sport
    ("pensioners_club",
     f"{MIN} и клуб «Серебряный возраст» подписали соглашение о сотрудничестве.",
     {MIN, "Серебряный возраст"}),
    # the town planners' term (b63dev: a record)
    ("area_development",
     f"{GOV} и ГК «Северный квартал» подписали соглашение о комплексном развитии "
     "территории у реки Энки.", None),
    # guard: a care home named beside it keeps the record
    ("area_development_and_care_home",
     f"{GOV} и ГК «Северный квартал» подписали соглашение о комплексном развитии "
     "территории и строительстве дома-интерната для пожилых людей.",
     {GOV, "ГК «Северный квартал»"}),
    # manufacture (b63dev: a record, "сотрудничество" kept it)
    ("manufacture",
     "Между Правительством Энской области и ПАО «Энский моторный завод» заключено "
     "соглашение о сотрудничестве по локализации производства комплектующих для "
     "электробусов.", None),
    # guard: jobs for the disabled at a works stay social
    ("jobs_at_the_works",
     f"{MIN} и ПАО «Энский моторный завод» заключили соглашение о трудоустройстве на "
     "производстве инвалидов по зрению.", {MIN, "ПАО «Энский моторный завод»"}),
    # guard (fixextras63): manufacture of the means of rehabilitation for the disabled
    # names the social sphere, whatever "производство" names alone
    ("rehabilitation_means",
     f"{GOV} и ООО «Энский протезный завод» подписали соглашение о производстве средств "
     "реабилитации для инвалидов.", {GOV, "ООО «Энский протезный завод»"}),
    ("regions_on_rehabilitation_means",
     "Республика Мордовия и Пензенская область подписали соглашение о производстве средств "
     "реабилитации для инвалидов.", {"Республика Мордовия", "Пензенская область"}),
    # ... and of parts alone it names industry (a record without "производство")
    ("regions_on_parts",
     "Республика Мордовия и Пензенская область подписали соглашение о производстве "
     "комплектующих.", None),
    # a kindergarten after the colon (b63dev: a record)
    ("kindergarten",
     f"{GOV} и ГК «Север» подписали соглашение о строительстве в Энске жилого квартала: там "
     "появятся школа и детский сад.", None),
    # guard: a children's rehabilitation centre names the sphere
    ("rehabilitation_centre",
     f"{GOV} и ГК «Север» подписали соглашение о строительстве в Энске жилого квартала: там "
     "появится детский реабилитационный центр.", {GOV, "ГК «Север»"}),
    # the services along a road (b63dev also gives none for this wording)
    ("road_services",
     f"{GOV} и ПАО «Энскнефть» подписали соглашение о сотрудничестве по развитию "
     "автозаправочных станций и придорожного сервиса на трассе.", None),
    # transport beside trade, a strand of the regions' framework (b63dev: a record)
    ("trade_and_transport",
     "Республика Мордовия и Пензенская область заключили договор о взаимодействии в "
     "торгово-экономической сфере и в области транспорта.", None),
    # guard: a social strand keeps it
    ("trade_and_social_protection",
     "Республика Мордовия и Пензенская область заключили договор о взаимодействии в "
     "торгово-экономической сфере и в области социальной защиты.",
     {"Республика Мордовия", "Пензенская область"}),
    # a road's paving (b63dev: a planned record of the university)
    ("paving",
     "Министр рассказал, что летом планируется заключить соглашение с Энским "
     "технологическим университетом о проверке асфальтобетонных смесей в лаборатории.",
     None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sides"), probes.named_rows(RECORDS))
def test_record_or_none(models: Any, text: str, sides: set[str] | None) -> None:
    found = probes.agreements_of(models, LEAD + text, PUB)
    if sides is None:
        assert found == []
    else:
        assert any(probes.side_names(a) == sides for a in found), \
            [probes.side_names(a) for a in found]


# --- the acronym of a sports club opens a side's name
@pytest.mark.parametrize(("name", "sport"), [
    ("ХК «Сокол»", True),
    ("ФК «Звезда»", True),
    ("ПФК «Энск»", True),
    ("МФК «Торпедо»", True),
    # guards: not the first word; another acronym; a club of no sport
    ("Ветераны ХК", False),
    ("СК «Звезда»", False),
    ("Клуб «Серебряный возраст»", False),
])
def test_club_acronym_is_sport(models: Any, name: str, sport: bool) -> None:
    from soccoop.extract.agreement_types import _Party
    from soccoop.extract.agreements import _side_words
    words = _side_words(models, _Party(name, [], 0, len(name), models))
    assert ("спорт" in words) is sport


# --- an adjective of age on a school for children
def _words(*spec: tuple[str, str, str, int]) -> Sentence:
    return probes.hand_parsed(*[(t, lemma, pos, rel, head, {}) for t, lemma, pos, rel, head
                                in spec])


AGES = [
    ("kindergarten", _words(("детский", "детский", "ADJ", "amod", 1),
                            ("сад", "сад", "NOUN", "root", -1)), 0, True),
    ("children_school", _words(("детская", "детский", "ADJ", "amod", 1),
                               ("школа", "школа", "NOUN", "root", -1)), 0, True),
    ("hockey", _words(("детского", "детский", "ADJ", "amod", 1),
                      ("хоккея", "хоккей", "NOUN", "root", -1)), 0, True),
    # guards: a children's home and children's rest are care
    ("children_home", _words(("детский", "детский", "ADJ", "amod", 1),
                             ("дом", "дом", "NOUN", "root", -1)), 0, False),
    ("children_rest", _words(("детского", "детский", "ADJ", "amod", 1),
                             ("отдыха", "отдых", "NOUN", "root", -1)), 0, False),
    # guard: the adjective not on the school in the parse
    ("not_its_head", _words(("детский", "детский", "ADJ", "amod", 2),
                            ("сад", "сад", "NOUN", "nmod", 2),
                            ("дом", "дом", "NOUN", "root", -1)), 0, False),
]


@pytest.mark.parametrize(("case", "sent", "i", "expected"), AGES, ids=[r[0] for r in AGES])
def test_age_of_field(case: str, sent: Sentence, i: int, expected: bool) -> None:
    from soccoop.extract.agreements import age_of_field
    assert age_of_field(sent, i) is expected, case


# --- a record retelling the sides of a record dropped as outside the domain
LEMMAS = {"инвалидам": "инвалид"}


def _mention(at: int, text: str) -> SimpleNamespace:
    """A candidate of an unparsed sentence at offset ``at`` whose words are ``text``'s,
    each its own lemma unless ``LEMMAS`` gives one."""
    toks, pos = [], at
    for w in text.split():
        lemma = LEMMAS.get(w, w.lower())
        toks.append(Token(w, pos, pos + len(w), "NOUN", {}, lemma, -1, ""))
        pos += len(w) + 1
    sent = Sentence(at, pos - 1, text, toks, parsed=False)
    return SimpleNamespace(trigger=SimpleNamespace(start=at), sentence=sent, parties=[],
                           count=1)


def _record(*mentions: SimpleNamespace) -> SimpleNamespace:
    return SimpleNamespace(candidates=list(mentions))


def _sides(*names: str) -> list[Any]:
    return [SimpleNamespace(name=n) for n in names]


CLUBS = ("ХК «Сокол»", "ХК «Торпедо»")
RETOLD = [
    # the same sides after the dropped one, nothing social: dropped too
    ("retold", _sides(*CLUBS), 50, "Соглашение предусматривает общие сборы", True),
    # guards: the sphere named; other sides; told before the dropped one
    ("names_disabled", _sides(*CLUBS), 50, "Соглашение предусматривает помощь инвалидам",
     False),
    ("other_sides", _sides("ХК «Сокол»", MIN), 50, "Соглашение предусматривает общие сборы",
     False),
    ("told_before", _sides(*CLUBS), 5, "Соглашение предусматривает общие сборы", False),
]


@pytest.mark.parametrize(("case", "sides", "at", "text", "dropped"), RETOLD,
                         ids=[r[0] for r in RETOLD])
def test_retold_of_dropped(case: str, sides: list[Any], at: int, text: str,
                           dropped: bool) -> None:
    from soccoop.extract.merge import retold_of_dropped
    merged = [_record(_mention(10, "Клубы подписали соглашение о сотрудничестве")),
              _record(_mention(at, text))]
    out = retold_of_dropped(merged, [None, sides], {0: _sides(*CLUBS)})  # type: ignore[arg-type]
    assert (out[1] is None) is dropped, case


def test_no_record_dropped_changes_nothing() -> None:
    from soccoop.extract.merge import retold_of_dropped
    merged = [_record(_mention(10, "Соглашение предусматривает общие сборы"))]
    found = _sides(*CLUBS)
    assert retold_of_dropped(merged, [found], {}) == [found]  # type: ignore[arg-type]


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, agreements=("_side_words", "age_of_field",
                                                      "other_field_subject"),
                                          merge=("retold_of_dropped",))
