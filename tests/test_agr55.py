"""agr55 (round 55): which agreements exist — the regions' trade framework is the economy's
business, however many strands it names and wherever the parser hangs its topic.

- culture and the humanities named beside trade are strands of the regions' trade framework
  ("о культурном, торгово-экономическом и научно-техническом взаимодействии", "в
  гуманитарной и торгово-экономической сферах"), no field that keeps a signed or planned
  agreement (``lexicon.TRADE_FRAMEWORK_STRANDS``, read by
  ``agreements.economy_topic_alone``); a social strand keeps it ("… социальном и
  культурном …");
- the topic the parser hangs on the last side of "между X и Y" instead of on the agreement
  noun is the noun's topic (``agreements.side_topic_heads``, read by
  ``agreements._about_phrase_lemmas`` with economy);
- a "по" phrase on the agreement noun names its topic ("дорожная карта по торговле",
  ``lexicon.TOPIC_PREPOSITIONS``), and a roadmap's kind ("дорожная") is no road there.

The negatives keep each reading to its shape: a framework with a social strand, one recalled
as the base of a social agreement ("в развитие соглашения о …"), a social
agreement of the same sides whose topic the parser hangs on the same side, a roadmap of
social tourism, a social topic under "по", humanitarian aid by a charity. Every probe is
written here, in words of its own."""

from __future__ import annotations

import probes
import pytest

PUB = "2024-06-15"
HEAD = "Новости\n\n"


def _records(models, text: str) -> list[tuple]:
    """(status, date or "", sorted sides) of each record, sorted."""
    return sorted((status, date, sorted(sides)) for status, date, sides in
                  probes.status_date_parties(models, HEAD + text, PUB))


@pytest.mark.parametrize(("case", "text", "expected"), [
    # fails on b55dev (a signed record: culture kept the trade framework)
    ("trade, science and culture",
     "Правительство Тамбовской области и Брестский облисполком в марте заключили соглашение "
     "о научно-техническом, торгово-экономическом и культурном партнёрстве.",
     []),
    # no record on b55dev either: the parser hangs "культурном" alone under "о"
    ("culture, trade and science",
     "Правительство Тамбовской области и Брестский облисполком в марте заключили соглашение "
     "о культурном, торгово-экономическом и научно-техническом взаимодействии.",
     []),
    # fails on b55dev (a signed record: the humanities kept it)
    ("trade and the humanities",
     "Губернатор Тамбовской области Максим Егоров и председатель Брестского облисполкома "
     "Пётр Лисицкий в марте заключили соглашение о партнёрстве в гуманитарной и "
     "торгово-экономической сферах.",
     []),
    # fails on b55dev (a signed record: the topic hung on the committee was not read)
    ("a topic hung on the last side, signing noun",
     "На форуме состоялось подписание соглашения между Правительством Тамбовской области и "
     "Брестским областным исполнительным комитетом о научно-техническом и "
     "торгово-экономическом партнёрстве.",
     []),
    # the same passive, no record on b55dev and here (the parser hangs the topic on the noun)
    ("a topic hung on the last side, passive",
     "Вчера подписано соглашение между Администрацией Тамбовской области и Брестским "
     "областным исполнительным комитетом о расширении торгово-экономических связей.",
     []),
    # fails on b55dev (a signed record: "по торговле" unread, "дорожная" a road)
    ("a roadmap on trade",
     "Тамбовская область и Брестская область Беларуси в марте подписали дорожную карту по "
     "торговле.",
     []),
    # negative: a social strand keeps the framework
    ("trade, science, social and culture",
     "Правительство Тамбовской области и Брестский облисполком в марте заключили соглашение "
     "о социальном, культурном и торгово-экономическом взаимодействии.",
     [("signed", "2024-03", ["Брестский облисполком", "Правительство Тамбовской области"])]),
    # negative: a social topic hung on the same side keeps its record
    ("a social topic hung on the last side",
     "Вчера подписано соглашение между Администрацией Тамбовской области и Брестским "
     "областным исполнительным комитетом о совместной работе по социальной защите одиноких "
     "пожилых граждан.",
     [("signed", "2024-06-14", ["Администрация Тамбовской области",
                                "Брестский областной исполнительный комитет"])]),
    # negative: a roadmap of social tourism
    ("a roadmap of social tourism",
     "Тамбовская область и Брестская область в марте подписали дорожную карту развития "
     "социального туризма среди пенсионеров.",
     [("signed", "2024-03", ["Брестская область", "Тамбовская область"])]),
    # negative: a social topic under "по"
    ("a social topic under по",
     "Министерство социальной защиты Тамбовской области и фонд «Опора» в марте подписали "
     "соглашение по социальной поддержке многодетных семей.",
     [("signed", "2024-03", ["Министерство социальной защиты Тамбовской области",
                             "Фонд «Опора»"])]),
    # negative: the trade framework recalled as the base of a social agreement stays (a
    # mentioned record, one side read)
    ("a trade framework recalled as a base",
     "Комитет социальной защиты Тамбовской области и управление по труду Брестского "
     "облисполкома в марте подписали соглашение о помощи одиноким пенсионерам. Этот документ "
     "заключается в развитие Соглашения между Правительством Тамбовской области и Брестским "
     "облисполкомом о научно-техническом, торгово-экономическом и культурном партнёрстве.",
     [("mentioned", "", ["Правительство Тамбовской области"]),
      ("signed", "2024-03", ["Комитет социальной защиты Тамбовской области",
                             "Управление по труду Брестского облисполкома"])]),
    # negative: humanitarian aid delivered by a charity is no strand of trade
    ("humanitarian aid by a charity",
     "Правительство Тамбовской области и благотворительный фонд «Опора» в марте подписали "
     "соглашение о поставках гуманитарной помощи в приграничные районы.",
     [("signed", "2024-03", ["Благотворительный фонд «Опора»",
                             "Правительство Тамбовской области"])]),
    # fixagr55 guard: "гуманитарный" in a side's name keeps the side of the sphere (the
    # strands are read off the topic only); no record on m55
    ("a humanities university as a side",
     "Министерство промышленности Курской области и Российский государственный гуманитарный "
     "университет подписали соглашение о развитии экспорта.",
     [("signed", "", ["Министерство промышленности Курской области",
                      "Российский государственный гуманитарный университет"])]),
])
def test_which_agreements_exist(models, case: str, text: str, expected: list) -> None:
    assert _records(models, text) == expected, case


def _words(*spec: tuple[str, str, str, str, int, dict]):
    return probes.hand_parsed(*spec)


INS = {"Case": "Ins", "Number": "Sing"}
LOC = {"Case": "Loc", "Number": "Sing"}


def test_side_topic_heads() -> None:
    from soccoop.extract.agreements import side_topic_heads
    # "соглашение между правительством и комитетом о торговле": the topic hung on the
    # last side (a conj of the first, parsed so)
    hung = _words(("соглашение", "соглашение", "NOUN", "root", -1, {}),
                  ("между", "между", "ADP", "case", 2, {}),
                  ("правительством", "правительство", "NOUN", "nmod", 0, INS),
                  ("и", "и", "CCONJ", "cc", 4, {}),
                  ("комитетом", "комитет", "NOUN", "conj", 2, INS),
                  ("о", "о", "ADP", "case", 6, {}),
                  ("торговле", "торговля", "NOUN", "nmod", 4, LOC))
    assert side_topic_heads(hung, 0) == [6]
    # the parser made the topic itself a conjunct of the first side
    conj = _words(("соглашение", "соглашение", "NOUN", "root", -1, {}),
                  ("между", "между", "ADP", "case", 2, {}),
                  ("правительством", "правительство", "NOUN", "nmod", 0, INS),
                  ("и", "и", "CCONJ", "cc", 4, {}),
                  ("комитетом", "комитет", "NOUN", "nmod", 2, INS),
                  ("о", "о", "ADP", "case", 6, {}),
                  ("торговле", "торговля", "NOUN", "conj", 2, LOC))
    assert side_topic_heads(conj, 0) == [6]
    # guard: an "о" phrase inside a relative clause on a side is no topic
    clause = _words(("соглашение", "соглашение", "NOUN", "root", -1, {}),
                    ("с", "с", "ADP", "case", 2, {}),
                    ("фондом", "фонд", "NOUN", "nmod", 0, INS),
                    ("который", "который", "PRON", "nsubj", 4, {}),
                    ("рассказал", "рассказать", "VERB", "acl:relcl", 2, {}),
                    ("о", "о", "ADP", "case", 6, {}),
                    ("торговле", "торговля", "NOUN", "obl", 4, LOC))
    assert side_topic_heads(clause, 0) == []
    # guard: no side phrase ("соглашение о помощи в торговле": the noun's own topic)
    own = _words(("соглашение", "соглашение", "NOUN", "root", -1, {}),
                 ("по", "по", "ADP", "case", 2, {}),
                 ("итогам", "итог", "NOUN", "nmod", 0, {"Case": "Dat", "Number": "Plur"}),
                 ("о", "о", "ADP", "case", 4, {}),
                 ("торговле", "торговля", "NOUN", "nmod", 2, LOC))
    assert side_topic_heads(own, 0) == []


def test_trade_framework_strands() -> None:
    from soccoop.extract.lexicon import (
        ECONOMY_TOPIC_WORDS,
        NON_SOCIAL_FIELDS,
        SIDE_CHAIN_RELATIONS,
        SOCIAL_PROPER_WORDS,
        TOPIC_PREPOSITIONS,
        TRADE_FRAMEWORK_STRANDS,
    )
    assert NON_SOCIAL_FIELDS["culture"] <= TRADE_FRAMEWORK_STRANDS
    assert "гуманитарный" in TRADE_FRAMEWORK_STRANDS
    assert not TRADE_FRAMEWORK_STRANDS & ECONOMY_TOPIC_WORDS
    assert "социальный" in SOCIAL_PROPER_WORDS and "социальный" not in TRADE_FRAMEWORK_STRANDS
    assert TOPIC_PREPOSITIONS == frozenset({"по"})
    assert {"nmod", "conj"} <= SIDE_CHAIN_RELATIONS and "acl" not in SIDE_CHAIN_RELATIONS


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, agreements=("side_topic_heads", "economy_topic_alone",
                                                      "_about_phrase_lemmas"))
