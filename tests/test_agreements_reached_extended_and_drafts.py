"""Agreements missed, extra or split in rounds 30–35 (agr34), probed in words of their own
(other regions, bodies and word orders than the rounds' texts).

- an accord reached on signing an agreement ("достигли договорённости о подписании
  соглашения") is that agreement's plan, not a second record
  (``coreference.accord_on_signing``), and "достигнуть" takes its subjects as sides;
- a side-less agreement takes the sides the next sentence names ("Его сторонами стали X, Y
  и Z", ``coreference.sides_named_next``);
- officials of two regions as the clause's subjects give their bodies
  (``coreference.officials_named_as_subjects``);
- "между парламентами" naming no body is between the sides told last
  (``coreference._sides_of_last_told``);
- a draft one body sends another is planned between the two
  (``coreference.draft_sent_between``);
- a sentence telling a signing to come dates no agreement told before it
  (``agreements.signing_to_come``); a headline that is one quotation is a headline
  (``agreements._quoted_headline``); "будет заключено аналогичное соглашение" is planned.
The merge passes ``extension_told_again`` and ``body_of_bare_side`` are probed both ways in
``test_merge_rules.PROBES``; here they are checked end to end.
"""

from __future__ import annotations

import pytest
from probes import agreements_of, party_names

from soccoop.extract.agreements import _quoted_headline, signing_to_come

PUB = "2025-06-10"

BRYANSK_GOV = "Правительство Брянской области"
SMOLENSK_GOV = "Правительство Смоленской области"
BRYANSK_MIN = "Министерство социальной защиты Брянской области"
SMOLENSK_MIN = "Министерство труда Смоленской области"


def _records(models, text: str) -> list[tuple[str, list[str]]]:
    return [(a.status, party_names(a)) for a in agreements_of(models, text, PUB)]


# --- an accord on signing is the agreement's plan ----------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # two named governments, the verb "достигнуть"
    f"{BRYANSK_GOV} и {SMOLENSK_GOV} достигли договорённости о подписании соглашения о "
    "сотрудничестве в сфере социального обслуживания.",
    # "заключение" for "подписание", the spelling with "е"
    f"{BRYANSK_GOV} и {SMOLENSK_GOV} достигли договоренности о заключении соглашения о "
    "сотрудничестве в сфере социального обслуживания.",
    # passive, the sides after "между"
    "Достигнута договорённость о подписании соглашения о сотрудничестве между министерством "
    "социальной защиты Брянской области и министерством труда Смоленской области.",
    # a dateline before the subject
    "Брянск. 3 июня. ИНТЕРФАКС - Правительство Брянской области и Правительство Смоленской "
    "области достигли договорённости о подписании соглашения о сотрудничестве.",
])
def test_accord_on_signing_is_one_planned_agreement(models, text):
    got = _records(models, text)
    assert len(got) == 1, got
    assert got[0][0] == "planned"
    assert len(got[0][1]) == 2
    assert all(("Брянск" in n) != ("Смоленск" in n) for n in got[0][1])


@pytest.mark.slow
def test_accord_on_cooperation_alone_stays_one_agreement(models):
    """No signing noun between the accord and another agreement noun: the accord is the
    only mention and stays a record, not a plan."""
    got = _records(models, f"{BRYANSK_GOV} и {SMOLENSK_GOV} достигли договорённости о "
                           "сотрудничестве в сфере социального обслуживания.")
    assert len(got) == 1
    assert got[0][0] != "planned"
    assert got[0][1] == sorted([BRYANSK_GOV, SMOLENSK_GOV])


# --- sides named in the next sentence ----------------------------------------------------

SIGNED_BARE = "В Брянске заключено соглашение о взаимодействии в сфере занятости. "
TWO_BODIES = "министерство социальной защиты Брянской области и министерство труда " \
    "Смоленской области."


@pytest.mark.slow
@pytest.mark.parametrize("second", [
    f"Его сторонами стали {TWO_BODIES}",
    f"Сторонами документа выступили {TWO_BODIES}",
    f"Его участниками являются {TWO_BODIES}",
    f"Сторонами соглашения стали {TWO_BODIES}",
])
def test_sides_named_in_the_next_sentence(models, second):
    got = _records(models, SIGNED_BARE + second)
    assert got == [("signed", sorted([BRYANSK_MIN, SMOLENSK_MIN]))]


@pytest.mark.slow
def test_sides_named_two_sentences_later_are_not_taken(models):
    got = _records(models, SIGNED_BARE + "Министр рассказал о планах. Его сторонами стали "
                   + TWO_BODIES)
    assert all(BRYANSK_MIN not in names for _, names in got)


@pytest.mark.slow
def test_participants_of_an_event_are_no_agreement(models):
    assert _records(models, "В Брянске прошёл форум. Его участниками стали " + TWO_BODIES) \
        == []


# --- officials of two regions as subjects ------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("text, status", [
    ("Председатель комитета Брянской областной думы по социальной политике Иван Петров и "
     "председатель комитета Смоленской областной думы по социальной политике Анна Смирнова "
     "продлили соглашение о сотрудничестве комитетов.", "signed"),
    ("Председатель комитета Брянской областной думы по социальной политике Иван Петров и "
     "председатель комитета Смоленской областной думы по социальной политике Анна Смирнова "
     "договорились подготовить соглашение о сотрудничестве.", "planned"),
])
def test_officials_as_subjects_give_their_bodies(models, text, status):
    got = _records(models, text)
    assert len(got) == 1, got
    assert got[0][0] == status
    names = got[0][1]
    assert len(names) == 2
    assert any("Брянской областной думы" in n for n in names)
    assert any("Смоленской областной думы" in n for n in names)


@pytest.mark.slow
def test_officials_of_one_region_give_no_two_sides(models):
    got = _records(models, "Министр социальной защиты Брянской области Иван Петров и его "
                           "заместитель Анна Смирнова подписали соглашение о сотрудничестве.")
    assert all(len(names) < 2 or not all("Брянск" in n for n in names) for _, names in got)


# --- "между парламентами": the sides told last -----------------------------------------

SIGNED_PARLIAMENTS = ("Сегодня председатель Брянской областной Думы Иван Петров и председатель "
                      "Смоленской областной Думы Анна Смирнова подписали соглашение о "
                      "сотрудничестве. ")


@pytest.mark.slow
@pytest.mark.parametrize("recall", [
    "Ранее между парламентами действовало соглашение, подписанное в 2015 году.",
    "Между ведомствами уже действовало соглашение, подписанное в 2015 году.",
    "Соглашение между парламентами, подписанное в 2015 году, устарело.",
])
def test_unnamed_plural_sides_are_the_last_told(models, recall):
    got = agreements_of(models, SIGNED_PARLIAMENTS + recall, PUB)
    assert [a.status for a in got] == ["signed", "mentioned"]
    assert party_names(got[1]) == party_names(got[0])
    assert len(party_names(got[0])) == 2
    assert got[1].date == "2015"


# --- a draft sent from one body to another ----------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Министерство социальной защиты Брянской области направило на согласование в "
    "министерство труда Смоленской области проект соглашения о сотрудничестве.",
    "Министерство социальной защиты Брянской области направило министерству труда "
    "Смоленской области проект соглашения о сотрудничестве.",
    "Министерство социальной защиты Брянской области передало в министерство труда "
    "Смоленской области проект соглашения о взаимодействии.",
])
def test_draft_sent_is_planned_between_sender_and_addressee(models, text):
    assert _records(models, text) == [("planned", sorted([BRYANSK_MIN, SMOLENSK_MIN]))]


@pytest.mark.slow
def test_draft_sent_for_approval_names_no_addressee(models):
    got = _records(models, "Министерство социальной защиты Брянской области направило проект "
                           "соглашения на согласование.")
    assert all(len(names) < 2 for _, names in got)


# --- dates, headlines, status of "аналогичное" -------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("sentence, expected", [
    ("А в мае мы подпишем аналогичный документ.", True),
    ("Следующий документ будет подписан в мае.", True),
    ("В мае стороны заключат ещё один договор.", True),
    ("Документ был подписан в мае.", False),
    ("Документ подписали в мае.", False),
    ("В мае министр посетил Брянск.", False),
])
def test_signing_to_come(models, sentence, expected):
    sent = models.analyse(sentence).sentences[0]
    assert signing_to_come(sent) is expected


@pytest.mark.parametrize("line, expected", [
    ("«Мы подпишем ещё одно соглашение в мае»", True),
    ("«Соглашение с Брянском продлено»", True),
    ("«Мы подпишем ещё одно соглашение в мае.»", False),
    ("Министр: «Мы подпишем соглашение»", False),
    ("Мы подпишем ещё одно соглашение в мае", False),
])
def test_quoted_headline(line, expected):
    assert _quoted_headline(line) is expected


@pytest.mark.slow
def test_quoted_headline_announces_the_body_plan(models):
    text = ("«Мы подпишем ещё одно соглашение в июле»\n"
            "Министр социальной защиты Брянской области Иван Петров рассказал о планах.\n"
            "«В июле мы подпишем аналогичный документ с министерством труда Смоленской "
            "области», — добавил Иван Петров.\n")
    got = [a for a in agreements_of(models, text, PUB) if a.status == "planned"]
    assert len(got) == 1
    assert "Министерство труда Смоленской области" in party_names(got[0])


@pytest.mark.slow
@pytest.mark.parametrize("text, status", [
    ("Министр сообщила, что в ближайшее время будет заключено аналогичное соглашение с "
     "Брянской областной Думой.", "planned"),
    ("Министр сообщила, что в прошлом году было заключено аналогичное соглашение с "
     "Брянской областной Думой.", "mentioned"),
])
def test_alike_agreement_to_come(models, text, status):
    assert [a.status for a in agreements_of(models, text, PUB)] == [status]


# --- merged end to end -------------------------------------------------------------------

@pytest.mark.slow
def test_undated_body_mention_joins_the_bare_region_side(models):
    text = ("Министерство социальной защиты Брянской области подписало соглашение со Смоленской "
            "областью. Соглашение с министерством труда Смоленской области закрепляет порядок "
            "помощи семьям.")
    got = agreements_of(models, text, PUB)
    assert len(got) == 1
    assert got[0].status == "signed"


@pytest.mark.slow
def test_decision_to_extend_joins_the_extension(models):
    text = ("Министр социальной защиты Брянской области Иван Петров и министр труда Смоленской "
            "области Анна Смирнова продлили соглашение о сотрудничестве. «Решение продлить "
            "соглашение было принято быстро», — отметил Иван Петров.")
    assert [a.status for a in agreements_of(models, text, PUB)] == ["signed"]


# --- from the CLI ------------------------------------------------------------------------

@pytest.mark.slow
def test_cli_lists_one_planned_agreement_for_an_accord(listed_rows):
    text = ("Брянск, 3 июня 2025 года.\n"
            f"{BRYANSK_GOV} и {SMOLENSK_GOV} достигли договорённости о подписании соглашения "
            "о сотрудничестве в сфере социального обслуживания. Документ планируется "
            "подписать осенью.\n")
    rows = listed_rows({"bryansk.txt": text}, "--kind", "agreements", "--format", "jsonl",
                       "--limit", "0")
    got = [(r["status"], sorted(p["name"] for p in r["parties"])) for r in rows]
    assert got == [("planned", sorted([BRYANSK_GOV, SMOLENSK_GOV]))]


# --- a regional post as a side ------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("text, second", [
    ("В Брянске подписано соглашение о сотрудничестве между Уполномоченным по правам человека "
     "в Брянской области и Уполномоченным по правам человека в Смоленской области.",
     "Уполномоченный по правам человека в Смоленской области"),
    ("Соглашение о сотрудничестве заключено между Уполномоченным по правам ребенка в Брянской "
     "области и Уполномоченным по правам ребенка в Республике Северная Осетия — Алания.",
     "Уполномоченный по правам ребенка в Республике Северная Осетия — Алания"),
])
def test_regional_post_keeps_its_region_and_is_nominative(models, text, second):
    got = _records(models, text)
    assert len(got) == 1
    assert second in got[0][1]
    assert all(n.startswith("Уполномоченный по правам") for n in got[0][1])


def test_double_region_name_is_bare_by_its_first_part(models):
    """"Чувашская Республика" beside a body of that region goes, as the full official name
    "Чувашская Республика — Чувашия" would; alone it stays."""
    from soccoop.extract.agreements import _drop_bare_regions, _Party
    from soccoop.models import RegionRef

    regions = [RegionRef("RU-CU", "Чувашская Республика — Чувашия")]
    body = _Party("Уполномоченный по правам человека в Чувашской Республике", ["RU-CU"], 0, 10,
                  models)
    bare = _Party("Чувашская Республика", ["RU-CU"], 20, 30, models)
    assert [p.name for p in _drop_bare_regions([body, bare], regions)] == [body.name]
    assert [p.name for p in _drop_bare_regions([bare], regions)] == [bare.name]


# --- a later ordinal the parse hangs on the subject ---------------------------------------

NEUT = {"Case": "Acc", "Gender": "Neut", "Number": "Sing"}


@pytest.mark.parametrize("ordinal, lemma, feats, expected", [
    ("Третье", "третий", NEUT, True),
    ("Второе", "второй", NEUT, True),
    ("Первое", "первый", NEUT, False),  # the first may restate the headline's document
    ("Третий", "третий", {"Case": "Nom", "Gender": "Masc", "Number": "Sing"}, False),
    ("Новое", "новый", NEUT, False),
])
def test_ordinal_right_before_the_noun_counts_it(ordinal, lemma, feats, expected):
    """"Третье соглашение кубанское министерство заключило ...": the parser hangs
    "Третье" on "министерство"; adjacency and gender still make it the noun's ordinal."""
    from probes import hand_parsed

    from soccoop.extract.merge_rules import _ordinal_before

    sent = hand_parsed(
        (ordinal, lemma, "ADJ", "amod", 3, feats),
        ("соглашение", "соглашение", "NOUN", "obj", 4, NEUT),
        ("кубанское", "кубанский", "ADJ", "amod", 3, {"Gender": "Neut", "Case": "Nom"}),
        ("министерство", "министерство", "NOUN", "nsubj", 4,
         {"Gender": "Neut", "Case": "Nom"}),
        ("заключило", "заключить", "VERB", "root", -1, {}),
    )
    assert _ordinal_before(sent, 1) is expected
