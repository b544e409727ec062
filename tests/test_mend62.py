"""Code shape of mend62 (records identical): the officials' token readers take the models
they are given; the word sets and endings the rules wrote inline are named in the lexicon;
one numbered-heading pattern serves both digest readers; sig61's clause readers share one
reader of a name's tokens in a parsed sentence; ``body_is_side`` is not ``same_side``, on
purpose. Every sentence here is invented for these tests.

* ``official_grammar``: "премьера" (an animate noun, genitive, masculine) is the post
  "премьер" by the dictionary reading of the models given, and with no such reading it
  stays the tagger's lemma; "замгенпрокурора" stands for "генпрокурор"; "Котовой" can be
  in the cases its readings allow. A stub stands for the models: none is loaded.
* ``numbered_heading``: "4. «Деловая Россия» поможет ..." opens an item for both readers;
  "12) В Кузбассе ..." only for the one that cuts a page's raw lines into items.
* ``party_identity.body_is_side`` and ``same_side``: a region's ministry is the region side
  a minister signs for, and another party for the merge.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract import lexicon, lexicon_endings, lexicon_officials
from soccoop.extract.agreement_lists import _NUMBERED_HEADING, numbered_heading
from soccoop.extract.agreement_types import side_of_name
from soccoop.extract.digest_items import _NUMBERED
from soccoop.extract.nlp import NerSpan, Token
from soccoop.extract.official_grammar import (
    _deputy_contraction,
    _deputy_title,
    _is_head,
    _lemma,
    _name_cases,
    _word_cases,
)
from soccoop.extract.party_identity import body_is_side, same_side
from soccoop.extract.signers import _parsed


class _Tag(frozenset):  # type: ignore[type-arg]
    """A pymorphy2 tag as the readers use it: grammemes (``in``), POS, case and gender."""

    POS: str | None = None
    case: str | None = None
    gender: str | None = None


def _tag(*grammemes: str) -> _Tag:
    tag = _Tag(grammemes)
    tag.POS = next((g for g in grammemes if g.isupper()), None)
    tag.case = next((g for g in grammemes if g in ("nomn", "gent", "datv", "accs", "ablt",
                                                   "loct")), None)
    tag.gender = next((g for g in grammemes if g in ("masc", "femn", "neut")), None)
    return tag


class _Reading:
    def __init__(self, normal_form: str, *grammemes: str) -> None:
        self.normal_form = normal_form
        self.tag = _tag(*grammemes)


class _StubModels:
    """The dictionary reads of the officials' readers: ``parse`` and ``inflect``."""

    def __init__(self, readings: dict[str, tuple[_Reading, ...]],
                 forms: dict[str, str] | None = None) -> None:
        self.readings = readings
        self.forms = forms or {}

    def parse(self, word: str) -> tuple[_Reading, ...]:
        return self.readings.get(word, ())

    def inflect(self, word: str, grammemes: set[str]) -> str | None:
        return self.forms.get(word)


def _noun(text: str, lemma: str, case: str, gender: str = "Masc") -> Token:
    return Token(text, 0, len(text), "NOUN", {"Animacy": "Anim", "Case": case,
                                              "Gender": gender}, lemma)


PREMIER = _Reading("премьер", "NOUN", "anim", "masc", "sing", "gent")

# (id, token, the models' readings, its lemma, whether it heads a post)
LEMMAS = [
    ("the post by the given reading", _noun("премьера", "премьера", "Gen"),
     {"премьера": (PREMIER,)}, "премьер", True),
    ("no reading given: the tagger's lemma", _noun("премьера", "премьера", "Gen"),
     {}, "премьера", False),
    ("a post needs no reading", _noun("министра", "министр", "Gen"), {}, "министр", True),
]


@pytest.mark.parametrize(("tok", "readings", "lemma", "head"), probes.named_rows(LEMMAS))
def test_token_readers_read_the_given_models(tok: Token, readings: Any, lemma: str,
                                             head: bool) -> None:
    models: Any = _StubModels(readings)
    assert _lemma(tok, models) == lemma
    assert _is_head(tok, models) is head


# (contracted title, the models' readings of the rest, the post, its written title)
DEPUTIES = [
    ("замгенпрокурора", {"генпрокурора": (_Reading("генпрокурор", "NOUN", "gent"),)},
     "генпрокурор", "замгенпрокурора"),
    ("замгенпрокурора", {}, None, None),  # the rest read as no post: no deputy's title
    ("замдиректор", {}, "директор", "замдиректора"),  # the post as written: no reading
    ("заметка", {}, None, None),
]


@pytest.mark.parametrize(("lemma", "readings", "post", "title"), DEPUTIES)
def test_deputy_titles_read_the_given_models(lemma: str, readings: Any, post: str | None,
                                             title: str | None) -> None:
    models: Any = _StubModels(readings, {"генпрокурор": "генпрокурора",
                                         "директор": "директора"})
    assert _deputy_contraction(lemma, models) == post
    assert _deputy_title(lemma, models) == title


# (word, noun only, the models' readings, the cases it can be in)
CASES = [
    ("Котовой", True, {"Котовой": (_Reading("котова", "NOUN", "femn", "gent"),
                                   _Reading("котова", "NOUN", "femn", "datv"),
                                   _Reading("котовой", "ADJF", "femn", "ablt"))},
     {"Gen", "Dat"}),
    ("Котовой", False, {"Котовой": (_Reading("котова", "NOUN", "femn", "gent"),
                                    _Reading("котовой", "ADJF", "femn", "ablt"))},
     {"Gen", "Ins"}),
    ("атташе", True, {"атташе": (_Reading("атташе", "NOUN", "Fixd"),)},
     {"Nom", "Gen", "Dat", "Acc", "Ins", "Loc"}),  # indeclinable: any case
    ("Котовой", True, {}, set()),  # no reading given: no case
]


@pytest.mark.parametrize(("word", "noun", "readings", "cases"), CASES)
def test_word_cases_read_the_given_models(word: str, noun: bool, readings: Any,
                                          cases: set[str]) -> None:
    models: Any = _StubModels(readings)
    assert _word_cases(word, noun, models) == cases


# (the models' readings of "Котовой", tagged genitive, the cases the name can be in)
NAME_CASES = [
    ({"Котовой": (_Reading("котова", "NOUN", "femn", "gent"),
                  _Reading("котова", "NOUN", "femn", "datv"))}, {"Gen", "Dat"}),
    # no reading given, an oblique context: a foreign name that does not decline
    ({}, {"Nom", "Gen", "Dat", "Acc", "Ins", "Loc"}),
]


@pytest.mark.parametrize(("readings", "cases"), NAME_CASES)
def test_name_cases_read_the_given_models(readings: Any, cases: set[str]) -> None:
    models: Any = _StubModels(readings)
    tok = Token("Котовой", 0, 7, "PROPN", {"Case": "Gen"}, "котова")
    assert _name_cases([tok], models) == cases


# (line, opens an item of a page's lines, a numbered item's heading sentence)
HEADINGS = [
    ("4. «Деловая Россия» поможет трудоустроить ветеранов", True, True),
    ("12. В Кузбассе открыли центр для пожилых", True, True),
    ("12) В Кузбассе открыли центр для пожилых", True, False),  # "12)": an item's line only
    ("  3. Оренбуржье и Башкирия подписали соглашение", True, False),  # spaces before
    ("2024. Год семьи", False, False),  # a year, not an item's number
    ("5. в кузбассе", False, False),  # no capital or quote after the number
]


@pytest.mark.parametrize(("line", "item", "heading"), HEADINGS)
def test_one_numbered_heading_for_both_readers(line: str, item: bool, heading: bool) -> None:
    assert (_NUMBERED.match(line) is not None) is item
    assert (_NUMBERED_HEADING.match(line) is not None) is heading
    assert _NUMBERED_HEADING.pattern == numbered_heading(".")


def test_a_name_has_no_tokens_to_read_before_parsing() -> None:
    sent = probes.hand_parsed(
        ("подписал", "подписать", "VERB", "root", -1, {}),
        ("министр", "министр", "NOUN", "nsubj", 0, {}),
        ("Олег", "олег", "PROPN", "appos", 1, {}),
        ("Лапин", "лапин", "PROPN", "flat:name", 2, {}),
    )
    span = NerSpan("PER", 17, 27, "Олег Лапин")
    assert _parsed(sent, span) == [2, 3]
    sent.parsed = False
    assert _parsed(sent, span) == []


# (name, constant it now stands in): the word sets and endings mend62 moved
MOVED = [
    ("ли", lexicon_endings.PAST_VERB_ENDINGS),  # "подписали"
    ("ой", lexicon_endings.ADJECTIVE_NOMINATIVE_ENDINGS),  # "Тверской"
    ("ом", lexicon_endings.NOUN_OBLIQUE_ENDINGS),  # "Минтрудом"
    ("ина", lexicon_endings.FEMININE_SURNAME_ENDINGS),  # "Ильина"
    ("цкую", lexicon_endings.FEMININE_ADJECTIVAL_OBLIQUE_ENDINGS),  # "Трубецкую"
    ("полтора", lexicon.PAUCAL_NUMERALS),  # "полтора министерства"
    ("между", lexicon.OWN_SIDE_PREPOSITIONS),  # "соглашение между правительствами"
    ("об", lexicon.TITLE_PREPOSITIONS),  # "Соглашение об обмене"
    ("куда", lexicon_officials.PLACE_RELATIVES),  # "в Туле, куда он переехал"
    ("без", lexicon_officials.MINISTER_NO_FIELD_PREPOSITIONS),  # "министр без портфеля"
]


@pytest.mark.parametrize(("word", "constant"), MOVED)
def test_moved_words_stand_in_the_lexicon(word: str, constant: Any) -> None:
    assert word in constant


# (an official's body, a record's side, the body is the side, one side for the merge)
BODIES = [
    # a region side and its ministry: the minister signs for the region; two parties for
    # the merge (the governments' agreement and the ministries' one are two)
    ("Министерство труда Омской области", "Омская область", True, False),
    # a body named shorter: both say it is the side
    ("Министерство труда Омской области",
     "Министерство труда и социального развития Омской области", True, True),
    # two bodies of one region: neither
    ("Министерство здравоохранения Омской области", "Министерство труда Омской области",
     False, False),
]


@pytest.mark.slow
@pytest.mark.parametrize(("body", "side", "is_side", "same"), BODIES)
def test_a_body_is_a_side_other_than_the_merge_says(models: Any, body: str, side: str,
                                                    is_side: bool, same: bool) -> None:
    assert body_is_side(body, side) is is_side
    assert same_side(side_of_name(models, body), side_of_name(models, side), models) is same
