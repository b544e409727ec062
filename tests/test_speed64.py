"""speed64 (round 64 of issue 9): per-document cost of our own passes, no record changed.

Pure readings asked again and again within a document are read once and kept:

- a word form's stems (``names.stems`` / ``names.stem``, the key of every side, body and
  name comparison): kept per word form, each caller given its own set;
- "are these two sides one side named otherwise?" (``party_identity.other_name``): kept by
  the two sides' names, regions and keys, which are all its ways read;
- a person's name in the nominative (``person_names.nominative_person``): kept by the
  words, their tagged cases, the gender and the post's case;
- the persons a signing sentence names as signers (``candidate_signers._named_signers``):
  kept per sentence of the document while its tokens, NER spans and the officials stay
  as they were;
- where readers' comments begin (``merge._comments_start``) and a side's written pattern
  (``side_shapes._written``): kept per text, per name.

Each kept reading is checked against a fresh one on varied Russian inputs, and counted
(read once, then served); guards: a change of what the reading depends on (another region,
an official added, tokens edited, another sentence) reads afresh, and a caller changing
what it was given changes nothing kept. No row can fail on b64dev by behaviour (records
are the same); they fail there because the kept readings do not exist (the fresh helpers
``names._stems``, ``party_identity._other_name``, ``person_names._nominative_person``,
``candidate_signers._signers_named`` and the caches are new). Every probe is written here,
in words of its own."""

from __future__ import annotations

import probes
import pytest

from soccoop import names
from soccoop.extract import candidate_signers, merge, party_identity, person_names, side_shapes
from soccoop.extract.agreement_types import side_of_name
from soccoop.extract.nlp import tokens_edited
from soccoop.extract.officials import find_officials

WORDS = ["Новиковой", "министерству", "Ёлкиным", "фонда", "К.", "Северо-Западного",
         "университетом", "АНО", "ёж", "детей-инвалидов", "Удмуртии", "ОГАУ"]


@pytest.mark.parametrize("word", WORDS)
def test_stems_kept_equal_fresh(word: str) -> None:
    fresh = set(names._stems.__wrapped__(word))
    assert names.stems(word) == fresh
    assert names.stem(word) == min(fresh, key=lambda s: (len(s), s))


def test_stems_read_once_and_copied() -> None:
    names._stems.cache_clear()
    first = names.stems("Сергеевной")
    first.add("чужое")  # a caller changing its set changes nothing kept
    again = names.stems("Сергеевной")
    assert "чужое" not in again
    assert names._stems.cache_info().misses == 1
    assert names._stems.cache_info().hits >= 1


SIDES = [
    ("shorter", "Министерство труда Омской области",
     "Министерство труда и занятости Омской области"),
    ("acronym", "ОГАУ", "Омский государственный аграрный университет"),
    ("quoted", "Фонд «Опора»", "благотворительный фонд «Опора»"),
    ("two bodies", "Министерство здравоохранения Омской области",
     "Министерство труда Омской области"),
    ("town executive", "Мэрия Сургута", "Администрация Сургута"),
    ("same words", "Центр занятости", "Центр занятости"),
]


@pytest.mark.parametrize("case, a, b", SIDES)
def test_other_name_kept_equal_fresh(models, case: str, a: str, b: str) -> None:
    p, q = side_of_name(models, a), side_of_name(models, b)
    fresh = party_identity._other_name(p, q, models)
    assert party_identity.other_name(p, q, models) == fresh, case
    assert party_identity.other_name(p, q, models) == fresh, case


def test_other_name_read_once_per_pair(models, monkeypatch) -> None:
    calls: list[tuple[str, str]] = []
    fresh = party_identity._other_name

    def counted(p, q, m):
        calls.append((p.name, q.name))
        return fresh(p, q, m)

    monkeypatch.setattr(party_identity, "_other_name", counted)
    monkeypatch.setattr(party_identity, "_OTHER_NAMES", {})
    p = side_of_name(models, "Комитет по делам молодёжи Энской области")
    q = side_of_name(models, "Комитет по делам молодёжи и спорта Энской области")
    # the same sides built again for another mention: one reading
    for _ in range(3):
        party_identity.other_name(side_of_name(models, p.name), side_of_name(models, q.name),
                                  models)
    assert calls == [(p.name, q.name)]
    # guard: another region is another question (a region decides "shorter")
    r = side_of_name(models, "Министерство труда", "RU-OMS")
    s = side_of_name(models, "Министерство труда и занятости", "RU-TOM")
    party_identity.other_name(r, s, models)
    assert len(calls) == 2
    assert party_identity.other_name(r, s, models) == fresh(r, s, models)


PERSONS = [
    (["Антониной", "Буровой"], {"Антониной": "Ins", "Буровой": "Ins"}, "Fem", None),
    (["Ивану", "Петровичу", "Сомову"], {"Ивану": "Dat", "Петровичу": "Dat", "Сомову": "Dat"},
     "Masc", None),
    (["Белова"], {"Белова": "Nom"}, "Fem", "Nom"),
    (["Натальей", "Белой"], {"Натальей": "Ins", "Белой": "Ins"}, None, "Ins"),
    (["Тумуром", "Ондаром"], {"Тумуром": "Ins", "Ондаром": "Ins"}, "Masc", "Ins"),
]


@pytest.mark.parametrize("words, tagged, gender, post_case", PERSONS)
def test_nominative_person_kept_equal_fresh(models, words, tagged, gender, post_case) -> None:
    fresh = person_names._nominative_person(list(words), dict(tagged), gender, models,
                                             post_case)
    for _ in range(2):
        assert person_names.nominative_person(list(words), dict(tagged), gender, models,
                                              post_case) == fresh


def test_nominative_person_read_once_and_copied(models, monkeypatch) -> None:
    calls: list[list[str]] = []
    fresh = person_names._nominative_person

    def counted(words, *rest):
        calls.append(list(words))
        return fresh(words, *rest)

    monkeypatch.setattr(person_names, "_nominative_person", counted)
    monkeypatch.setattr(person_names, "_PERSONS", {})
    words, tagged = ["Ольгой", "Сергеевной", "Лебедевой"], {
        "Ольгой": "Ins", "Сергеевной": "Ins", "Лебедевой": "Ins"}
    first = person_names.nominative_person(words, tagged, "Fem", models)
    first.others.append("чужое")  # a caller's change stays its own
    again = person_names.nominative_person(words, tagged, "Fem", models)
    assert "чужое" not in again.others
    assert len(calls) == 1
    # guard: the post's case is part of the question
    person_names.nominative_person(words, tagged, "Fem", models, "Nom")
    assert len(calls) == 2


SIGNING = ("Вчера министр социальной защиты Энской области Ольга Петровна Лебедева и "
           "председатель правления фонда «Добрый сосед» Игорь Андреевич Крылов подписали "
           "соглашение о досуге одиноких пожилых жителей сёл.")
SECOND = ("Соглашение также подписал глава Заречного района Павел Сергеевич Осипов.")


def _counted_signers(monkeypatch) -> list[int]:
    calls: list[int] = []
    fresh = candidate_signers._signers_named

    def counted(analysis, sent, officials, models):
        calls.append(id(sent))
        return fresh(analysis, sent, officials, models)

    monkeypatch.setattr(candidate_signers, "_signers_named", counted)
    return calls


def test_named_signers_once_per_sentence(models, monkeypatch) -> None:
    analysis = probes.parsed_analysis(models, SIGNING + " " + SECOND)
    officials = find_officials(analysis, models)
    sent, later = analysis.sentences[0], analysis.sentences[1]
    fresh = candidate_signers._signers_named(analysis, sent, officials, models)
    assert len(fresh) == 2
    calls = _counted_signers(monkeypatch)
    first = candidate_signers._named_signers(analysis, sent, officials, models)
    assert first == fresh
    first.append("чужое")  # a caller's change stays its own
    assert candidate_signers._named_signers(analysis, sent, officials, models) == fresh
    assert len(calls) == 1
    # guards: another sentence, an official added, tokens edited: read afresh
    candidate_signers._named_signers(analysis, later, officials, models)
    assert len(calls) == 2
    officials.append(officials[0])
    candidate_signers._named_signers(analysis, sent, officials, models)
    assert len(calls) == 3
    tokens_edited()
    assert candidate_signers._named_signers(analysis, sent, officials, models) == fresh
    assert len(calls) == 4


def test_named_signers_of_another_document_read_afresh(models, monkeypatch) -> None:
    a = probes.parsed_analysis(models, SIGNING)
    b = probes.parsed_analysis(models, SIGNING)
    calls = _counted_signers(monkeypatch)
    for analysis in (a, b):
        officials = find_officials(analysis, models)
        candidate_signers._named_signers(analysis, analysis.sentences[0], officials, models)
    assert len(calls) == 2


def test_extraction_reads_signers_of_a_sentence_at_most_twice(models, monkeypatch) -> None:
    """The whole extraction of a signing page: each sentence's signers read once per state
    of the document (the passes asked them of the signing sentence several times)."""
    calls = _counted_signers(monkeypatch)
    got = probes.signers_of(models, SIGNING + "\n\n" + SECOND, "2026-03-05")
    assert got
    assert max(calls.count(k) for k in set(calls)) <= 2


COMMENTS = [
    ("heading with an entry", "Новость о соглашении.\n\nКомментарии (2)\n"
     "Марина_К, 11.02.2026 17:45\nХорошее дело.\n", True),
    ("no comments", "Министерство и фонд подписали соглашение.\n", False),
    ("heading without an entry", "Текст.\n\nКомментарии\n\nЕщё текст новости.\n", False),
]


@pytest.mark.parametrize("case, text, found", COMMENTS)
def test_comments_start_kept_equal_fresh(case: str, text: str, found: bool) -> None:
    fresh = merge._comments_start.__wrapped__(text)
    assert merge._comments_start(text) == fresh == merge._comments_start(text), case
    assert (fresh < len(text)) == found, case


def test_written_pattern_compiled_once() -> None:
    name = "Фонд «Опора» Энской области"
    side_shapes._written.cache_clear()
    assert side_shapes._written(name) is side_shapes._written(name)
    assert side_shapes._written.cache_info().misses == 1  # b64dev: compiled at each call
    assert side_shapes._written(name).search("… где Фонд\n«Опора»  Энской области …")
    assert not side_shapes._written(name).search("Фонд «Опора» Кумской области")


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, party_identity=("other_name",),
                                          person_names=("nominative_person",),
                                          candidate_signers=("_named_signers",),
                                          merge=("_comments_start",),
                                          side_shapes=("_written",))
