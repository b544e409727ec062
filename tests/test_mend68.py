"""mend68: code health, records identical.

- One reader of "is this word in a relative clause": ``syntax.relative_pronoun_before`` (by
  words: the relative pronoun read back from a word, up to a bound, stopped by a break)
  and ``syntax.under_clause`` (by the parse: an ``acl`` on the word's way up); the readers
  of ``agreement_lists``, ``candidate_status`` and ``candidate_dates`` call them.
- ``RELATIVE_PRONOUNS`` is defined once, in ``lexicon_sides``.
- Merge passes are predicates: ``same_signers_again`` and ``need_of_signed_new`` change
  nothing; what joining by them does to the mention is ``merge_rules.JOIN_EFFECTS``,
  applied by ``merge_rules.join_mention`` where the merge loop joins the mention.
- One walk from a noun to its past-tense head verb, ``syntax.past_head``.

Probes are invented for this file (names, bodies and places of no corpus text).
"""

from __future__ import annotations

import importlib
from types import SimpleNamespace
from typing import Any

import pytest
from probes import agreements_of, hand_parsed, named_rows

from soccoop.extract import (
    agreement_lists,
    candidate_dates,
    candidate_status,
    lexicon_officials,
    lexicon_sides,
    merge,
    merge_rules,
)
from soccoop.extract.nlp import Sentence
from soccoop.extract.syntax import past_head, relative_pronoun_before, under_clause
from soccoop.models import DateRef

PUB = "2025-04-18"
HEAD = "Новости области\n\n18 апреля 2025, 09:30\n\n"

# lemmas and parts of speech of the words the hand-made sentences below use
LEMMAS = {"которое": "который", "который": "который", "которым": "который",
          "котором": "который", "которая": "который", "подписали": "подписать",
          "подписать": "подписать",
          "стали": "стать", "станут": "стать", "прошла": "пройти", "намерено": "намеренный"}
POS = {",": "PUNCT", ":": "PUNCT", "—": "PUNCT", "с": "ADP", "в": "ADP",
       "подписали": "VERB", "подписать": "VERB", "построить": "VERB", "готовит": "VERB",
       "прошла": "VERB", "будет": "AUX", "стали": "VERB", "станут": "VERB"}


def words(text: str) -> Sentence:
    """A sentence of the words of ``text`` (split at spaces), lemmas and parts of speech
    from the tables above, no parse."""
    return hand_parsed(*[(w, LEMMAS.get(w, w.lower()), POS.get(w, "NOUN"), "dep", -1, {})
                         for w in text.split()])


def at(sent: Sentence, word: str) -> int:
    return next(n for n, t in enumerate(sent.tokens) if t.text == word)


# --- one reader of the relative pronoun -----------------------------------------------------

# (id, words, the word read from, where the reading stops (a word, or None: the start),
#  breaks, the pronoun found or None)
PRONOUNS = [
    ("the pronoun of the clause", "соглашение , которое стороны намерены подписать",
     "подписать", None, ",", "которое"),
    ("a preposition before the pronoun", "центр , с которым министерство подписало соглашение",
     "соглашение", None, ",", "которым"),
    ("no break asked for: any pronoun before", "фонд , который готовит проект , подписали",
     "подписали", None, "", "который"),
    # negatives
    ("a comma between the pronoun and the word", "фонд , который готовит проект , подписали",
     "подписали", None, ",", None),
    ("the pronoun before the bound", "фонд , который готовит проект соглашения",
     "соглашения", "готовит", ",", None),
    ("no pronoun", "министерство и фонд подписали соглашение", "соглашение", None, ",", None),
]


@pytest.mark.parametrize("text, word, stop, breaks, found", named_rows(PRONOUNS))
def test_relative_pronoun_before(text: str, word: str, stop: str | None, breaks: str,
                                 found: str | None) -> None:
    sent = words(text)
    lo = -1 if stop is None else at(sent, stop)
    j = relative_pronoun_before(sent.tokens, at(sent, word), lo, set(breaks))
    assert (None if j is None else sent.tokens[j].text) == found


# (id, words, the agreement noun, the word asked about, in its relative clause)
STATUS_CLAUSES = [
    ("the body's own intention", "соглашение заключено с фондом , который намерен построить "
     "центр", "соглашение", "намерен", True),
    ("a preposition between comma and pronoun", "соглашение заключено с фондом , в котором "
     "намерены построить центр", "соглашение", "намерены", True),
    # negatives
    ("the clause signs the agreement", "соглашение , которое стороны намерены подписать",
     "соглашение", "намерены", False),
    ("no comma before the pronoun", "соглашение который намерен построить", "соглашение",
     "намерен", False),
    ("a dash after the pronoun", "соглашение заключено с фондом , который — намерен",
     "соглашение", "намерен", False),
]


@pytest.mark.parametrize("text, noun, word, inside", named_rows(STATUS_CLAUSES))
def test_status_reads_the_relative_clause(text: str, noun: str, word: str,
                                          inside: bool) -> None:
    sent = words(text)
    assert candidate_status._in_relative_clause(sent.tokens, at(sent, word),
                                                at(sent, noun)) is inside


# (id, words, the verb asked about, in an item's relative clause)
LIST_CLAUSES = [
    ("a verb of an item", "В выпуске — университет , который будет готовить специалистов",
     "будет", True),
    # negatives
    ("a comma first", "В выпуске — университет , который , будет", "будет", False),
    ("the pronoun beyond the reach", "который " + "слово " * 12 + "будет", "будет", False),
    ("no pronoun", "В выпуске — университет будет готовить", "будет", False),
]


@pytest.mark.parametrize("text, word, inside", named_rows(LIST_CLAUSES))
def test_contents_line_reads_the_relative_clause(text: str, word: str, inside: bool) -> None:
    sent = words(text)
    assert agreement_lists._in_relative_clause(sent.tokens, at(sent, word)) is inside


def _collegium(parsed: bool) -> Sentence:
    """"Министерство подвело итоги коллегии , которая прошла 10 октября" by hand: the
    relative clause hangs on "коллегии"."""
    sent = hand_parsed(
        ("Министерство", "министерство", "NOUN", "nsubj", 1, {}),
        ("подвело", "подвести", "VERB", "root", -1, {"Tense": "Past"}),
        ("итоги", "итог", "NOUN", "obj", 1, {}),
        ("коллегии", "коллегия", "NOUN", "nmod", 2, {}),
        (",", ",", "PUNCT", "punct", 6, {}),
        ("которая", "который", "PRON", "nsubj", 6, {}),
        ("прошла", "пройти", "VERB", "acl:relcl", 3, {"Tense": "Past"}),
        ("10", "10", "NUM", "obl", 6, {}),
        ("октября", "октябрь", "NOUN", "flat", 7, {}),
    )
    return sent if parsed else Sentence(sent.start, sent.stop, sent.text, sent.tokens)


@pytest.mark.parametrize("parsed", [True, False], ids=["by the parse", "by words"])
def test_a_date_in_a_relative_clause(parsed: bool) -> None:
    sent = _collegium(parsed)
    ten = sent.tokens[at(sent, "10")].start
    date = DateRef("--10-10", "10 октября", ten, ten + len("10 октября"))
    assert candidate_dates._in_relative_clause(sent, date) is True
    # negative: the main clause's words are in none
    assert under_clause(sent, at(sent, "итоги")) is False
    verb = sent.tokens[at(sent, "подвело")].start
    assert candidate_dates._in_relative_clause(
        sent, DateRef("--10-10", "подвело", verb, verb + 7)) is False


def test_under_clause_ends_on_a_cycle() -> None:
    # a malformed parse whose heads loop: the walk is bounded, the answer no
    sent = hand_parsed(("итоги", "итог", "NOUN", "obj", 1, {}),
                       ("коллегии", "коллегия", "NOUN", "nmod", 0, {}))
    assert under_clause(sent, 0) is False


# --- one walk from a noun to its past-tense head verb ----------------------------------------

# (id, verb, its lemma, tense, the lemmas asked for, the verb found)
HEADS = [
    ("a past verb of becoming", "стали", "стать", "Past", {"стать"}, True),
    # negatives
    ("a future one", "станут", "стать", "Fut", {"стать"}, False),
    ("a past verb of another kind", "подписали", "подписать", "Past", {"стать"}, False),
]


@pytest.mark.parametrize("verb, lemma, tense, lemmas, found", named_rows(HEADS))
def test_past_head(verb: str, lemma: str, tense: str, lemmas: set[str], found: bool) -> None:
    sent = hand_parsed(("Итогом", "итог", "NOUN", "obl", 1, {"Case": "Ins"}),
                       (verb, lemma, "VERB", "root", -1, {"Tense": tense}),
                       ("соглашения", "соглашение", "NOUN", "nsubj", 1, {"Case": "Nom"}))
    assert past_head(sent.tokens, 2, lemmas) == (1 if found else None)
    assert past_head(sent.tokens, 1, lemmas) is None  # the root has no head


# --- RELATIVE_PRONOUNS once ------------------------------------------------------------------

@pytest.mark.parametrize("module", ["agreements", "officials", "official_clauses", "signers",
                                    "sides", "agreement_lists"])
def test_relative_pronouns_defined_once(module: str) -> None:
    assert not hasattr(lexicon_officials, "RELATIVE_PRONOUNS")
    used = importlib.import_module(f"soccoop.extract.{module}")
    assert used.RELATIVE_PRONOUNS is lexicon_sides.RELATIVE_PRONOUNS


# --- merge passes are predicates; joining applies their effects -------------------------------

def _pass(name: str, answer: bool | None) -> Any:
    def rule(m: Any, c: Any, bare: frozenset[str], models: Any) -> bool | None:
        return answer
    rule.__name__ = name
    return rule


# (id, the merge pass's answer, the rejoin pass's answer, joins, the effect applied)
VERDICTS = [
    ("a merge pass joins", True, None, True, "joiner"),
    ("a rejoin pass joins after a merge pass set apart", False, True, True, "again"),
    # negatives
    ("set apart, not rejoined", False, None, False, None),
    ("no pass answers: joins, no effect", None, True, True, None),
]


@pytest.mark.parametrize("merge_answer, rejoin_answer, joins, effect", named_rows(VERDICTS))
def test_joining_applies_the_effect_of_the_pass_that_joined(
        monkeypatch: pytest.MonkeyPatch, merge_answer: bool | None, rejoin_answer: bool | None,
        joins: bool, effect: str | None) -> None:
    applied: list[str] = []
    monkeypatch.setattr(merge_rules, "MERGE_PASSES", (_pass("joiner", merge_answer),))
    monkeypatch.setattr(merge_rules, "REJOIN_PASSES", (_pass("again", rejoin_answer),))
    monkeypatch.setattr(merge_rules, "JOIN_EFFECTS", {
        name: (lambda m, c, bare, models, name=name: applied.append(name))
        for name in ("joiner", "again")})
    added: list[Any] = []
    m = SimpleNamespace(add=added.append)
    c = object()
    assert merge_rules.same_agreement(m, c, frozenset(), None) is joins  # type: ignore[arg-type]
    assert applied == []  # asking changes nothing
    if joins:
        merge_rules.join_mention(m, c, frozenset(), None)  # type: ignore[arg-type]
        assert applied == ([effect] if effect else []) and added == [c]


def test_join_effects_name_passes() -> None:
    names = {p.__name__ for p in merge_rules.MERGE_PASSES + merge_rules.REJOIN_PASSES}
    assert set(merge_rules.JOIN_EFFECTS) <= names


# (id, text, the pass that joins a mention, statuses of the records, how no side of the
#  records begins: the joined mention's own side is not kept)
EFFECT_TEXTS = [
    ("the signers told again in a caption",
     "Соглашение о сотрудничестве в сфере социального служения подписали 17 апреля "
     "Тамбовская епархия Русской Православной Церкви и управление социальной защиты "
     "Тамбовской области.\n\nПодпись под документом со стороны епархии поставил "
     "руководитель отдела по церковной благотворительности и социальному служению "
     "Тамбовской епархии протоиерей Павел Громов, со стороны управления — начальник "
     "управления социальной защиты Тамбовской области Нина Петровна Лаптева.\n\n[Фото] "
     "Протоиерей Павел Громов и Н.П. Лаптева подписывают соглашение",
     "same_signers_again", ["signed"], "отдел"),
    ("a past need of a new agreement",
     "17 апреля министр социальной защиты Тамбовской области Нина Лаптева и председатель "
     "областного совета ветеранов Пётр Гуров подписали соглашение о сотрудничестве. В "
     "2023 году управление было преобразовано в министерство, поэтому потребовалось "
     "заключить новое соглашение.", "need_of_signed_new", ["signed"], "управление"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, joiner, statuses, not_side", named_rows(EFFECT_TEXTS))
def test_merge_decisions_leave_the_mention_unchanged(models: Any,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     text: str, joiner: str,
                                                     statuses: list[str],
                                                     not_side: str) -> None:
    joined_by: list[str] = []

    def watched(m: Any, c: Any, bare: frozenset[str], models: Any) -> bool:
        before = (list(c.parties), c.date)
        joins, by = merge_rules.merge_verdict(m, c, bare, models)
        assert (list(c.parties), c.date) == before  # asking changes nothing
        if joins and by is not None:
            joined_by.append(by.__name__)
        return joins

    monkeypatch.setattr(merge, "same_agreement", watched)
    found = agreements_of(models, HEAD + text, PUB)
    assert joiner in joined_by
    assert [a.status for a in found] == statuses
    assert not any(p.name.lower().startswith(not_side) for a in found for p in a.parties)
