"""Side names by their shape (party97): a side's name as the last side passes left it may
still be cut in a quoted title, end in a word that opens what follows (a preposition, a
conjunction, an open bracket or quote, a dash, the agreement noun in the genitive), or
stand in the case the sentence gave it. These rules mend the name from its own written
words: the text after it for a cut quote, the morphology for its trailing words and its
case. Which phrases are sides is decided elsewhere; the words live in ``lexicon_sides``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from soccoop.extract.lexicon import TRIGGERS
from soccoop.extract.lexicon_sides import (
    CUT_QUOTE_REACH_WORDS,
    NAME_OPENING_MARKS,
    OBLIQUE_NAME_CASES,
    RELATIVE_PRONOUNS,
    SUBJECT_PREPOSITIONS,
    UNWRITTEN_OBLIQUE_CASES,
)
from soccoop.extract.nlp import Analysis, Models, Token
from soccoop.extract.normalize import is_acronym, nominative_phrase
from soccoop.extract.syntax import ensure_parsed


@lru_cache(maxsize=1024)
def _written(name: str) -> re.Pattern[str]:
    """The name's words with any whitespace between them, as the text may write it: "Фонд
    «Опора»" finds "Фонд\n«Опора»" (speed64: compiled once per name, not at each of the
    two lookups of every side)."""
    return re.compile(r"\s+".join(re.escape(w) for w in name.split()))


def _written_at(text: str, name: str, start: int, stop: int) -> int | None:
    """Where the name is written as it stands: at its own offsets, else its first
    occurrence in the text (whitespace as written may differ), else None."""
    if " ".join(text[start:stop].split()) == name:
        return start
    m = _written(name).search(text)
    return m.start() if m else None


def _written_stop(text: str, name: str, at: int) -> int:
    m = _written(name).match(text, at)
    return m.end() if m else at + len(name)


def _cut_open(name: str) -> bool:
    """A «quoted» title opened and not closed, the name not ending as a nested title does
    ("АНО «Центр «Маяк»" is whole)."""
    return name.count("«") > name.count("»") and not name.endswith("»")


def closed_quote(text: str, name: str, start: int, stop: int) -> str | None:
    """A side cut inside its «quoted» title is the title closed where the text closes it,
    a few words on and in the same line and sentence: "ГБУ «Центр помощи детям" written
    "ГБУ «Центр помощи детям «Радуга» заключило ..." → "ГБУ «Центр помощи детям
    «Радуга»". None when the text does not close it near."""
    if not _cut_open(name):
        return None
    at = _written_at(text, name, start, stop)
    if at is None:
        return None
    end = _written_stop(text, name, at)
    rest = text[end:end + 200]
    depth = name.count("«") - name.count("»")
    i = 0
    while i < len(rest) and depth > 0:
        ch = rest[i]
        if ch in "\n.!?;" and not (ch == "." and i + 1 < len(rest) and rest[i + 1].isalpha()):
            return None
        if ch == "«":
            depth += 1
        elif ch == "»":  # a nested title's one closing quote may close both
            depth = depth - 1 if i + 1 < len(rest) and rest[i + 1] == "»" else 0
        i += 1
    added = rest[:i]
    if depth or len(added.split()) > CUT_QUOTE_REACH_WORDS:
        return None
    return " ".join((name + added).split())


def _trailing_opener(models: Models, word: str) -> bool:
    """A last word that opens what follows and never ends a body's name: a preposition, a
    conjunction, a bracket, quote or dash opened, or the agreement noun in the genitive
    (the noun the side governed, "фонда соглашения")."""
    if word in NAME_OPENING_MARKS:
        return True
    if not word.isalpha() or not word.islower():
        return False
    parses = models.parse(word)
    if not parses:
        return False
    pos = str(parses[0].tag.POS)
    if pos in {"PREP", "CONJ"} and parses[0].score > 0.5:
        return True
    return models.lemma(word) in TRIGGERS and any(
        "gent" in p.tag for p in parses[:1])


def without_trailing_openers(models: Models, name: str) -> str:
    """A side never ends in a word that opens what follows, never opens with a dash or a
    preposition and holds neither a relative clause nor the agreement's subject ("о ..."):
    "Всероссийское общество
    инвалидов (" → "Всероссийское общество инвалидов"; "Отделение фонда по Курской
    области —" → "Отделение фонда по Курской области"; "Отделение Социального фонда
    соглашения" → "Отделение Социального фонда"; "— с АНО «Опора», которая возьмёт на себя
    уход" → "АНО «Опора»". At least one word stays."""
    words = name.split()
    relative = next((i for i in range(1, len(words)) if words[i - 1].endswith(",") and
                     models.lemma(words[i].lower()) in RELATIVE_PRONOUNS), None)
    if relative is not None:  # "АНО «Опора», которая возьмёт ..." → "АНО «Опора»"
        words = words[:relative]
        words[-1] = words[-1].rstrip(",")
    about = next((i for i in range(2, len(words) - 1) if words[i] in SUBJECT_PREPOSITIONS and
                  words[i + 1][:1].islower() and
                  " ".join(words[:i]).count("«") == " ".join(words[:i]).count("»")), None)
    if about is not None:  # "Правительство края о сотрудничестве" → "Правительство края"
        words = words[:about]
    lead = 0  # "— с АНО «Опора»" → "АНО «Опора»"
    while lead < len(words) - 1 and _trailing_opener(models, words[lead]) and \
            words[lead] not in "«\"„“(":
        lead += 1
    cut = len(words)
    while cut > lead + 1 and _trailing_opener(models, words[cut - 1]):
        cut -= 1
    if relative is None and about is None and lead == 0 and cut == len(words):
        return name
    return " ".join(words[lead:cut]).rstrip(",")


def _span_tokens(analysis: Analysis, start: int, stop: int) -> list[Token]:
    sent = analysis.sentence_holding(start)
    if sent is None:
        return []
    return [t for t in sent.tokens if t.start >= start and t.stop <= stop]


def _no_nominative_reading(models: Models, word: str) -> bool:
    """Can the word form be no nominative at all ("университетом", "Министерством",
    "университета"; not "Общества", which may be a plural nominative)?"""
    parses = models.parse(word.lower())
    return bool(parses) and not any("nomn" in p.tag for p in parses)


def _adjective_form(models: Models, word: str) -> bool:
    """Does the morphology read the word first as an adjective ("Чувашским", which the
    tagger may call a proper noun)?"""
    parses = models.parse(word.lower())
    return bool(parses) and str(parses[0].tag.POS) == "ADJF"


def nominative_name(models: Models, analysis: Analysis, name: str, start: int,
                    stop: int) -> str | None:
    """A side's name the text writes in an oblique case is the body's name in the
    nominative (``nominative_written``, on the tokens that write it at its own offsets or,
    else, where the text first writes it: "с Вятским государственным университетом" →
    "Вятский государственный университет"); a name the text does not write as it stands
    (spelled out from an abbreviation) by its head noun alone (``_unwritten_head_nominative``)."""
    text = analysis.text
    at = _written_at(text, name, start, stop)
    span = [] if at is None else _span_tokens(analysis, at, _written_stop(text, name, at))
    if not span or " ".join(text[span[0].start:span[-1].stop].split()) != name:
        return _unwritten_head_nominative(models, name)
    return nominative_written(models, text, span, name, genitive=True)


def nominative_written(models: Models, text: str, span: list[Token], name: str,
                       genitive: bool = False) -> str | None:
    """The one nominative of a side written in an oblique case, read on the tokens that
    write it (``sides.nominative_sides`` on the sides as the sentences give them,
    ``nominative_name``, with ``genitive``, on the names mended here), or None when the name
    is not read as oblique:

    - its first noun (or a proper name) tagged in a case neither nominative nor genitive,
      the proper adjectives before the noun read as its modifiers: "с Тамбовским областным
      отделением Союза ветеранов труда" → "Тамбовское областное отделение Союза ветеранов
      труда";
    - with ``genitive``, instead: its first noun (past a proper adjective the tagger calls a
      name) tagged in an oblique case, the genitive too (``OBLIQUE_NAME_CASES``), and its
      form with no nominative reading, the name opening, capitalised, with that noun or its
      modifiers: "Казанского (Приволжского) федерального университета" → "Казанский
      (Приволжский) федеральный университет". Only on the mended names: read on the
      sentences' sides too, it lost a side where the agreement's sides are joined."""
    if not genitive:
        first = next((t for t in span if t.pos in {"NOUN", "PROPN"}), None)
        if first is None or first.feats.get("Case") in {None, "Nom", "Gen"}:
            return None
        return nominative_phrase(models, _modifiers_before_noun(span), text) or None
    head = next((i for i, t in enumerate(span) if t.pos in {"NOUN", "PROPN"} and
                 not _adjective_form(models, t.text)), None)
    if head is None or span[head].feats.get("Case") not in OBLIQUE_NAME_CASES or \
            not _no_nominative_reading(models, span[head].text):
        return None
    if any(t.pos not in {"ADJ", "PROPN"} and t.text not in "()" for t in span[:head]) or \
            not span[0].text[:1].isupper():
        return None
    case = str(span[head].feats.get("Case"))
    span = [replace(t, pos="ADJ", feats={**t.feats, "Case": case})
            if i < head and t.pos == "PROPN" else t for i, t in enumerate(span)]
    got = nominative_phrase(models, span, text)
    return got if got and got != name else None


def _modifiers_before_noun(span: list[Token]) -> list[Token]:
    """A proper adjective the tagger calls PROPN ("Курганским региональным отделением")
    agrees with the noun after it: read it as an adjective so the noun heads the group."""
    noun = next((i for i, t in enumerate(span) if t.pos == "NOUN"), len(span))
    return [replace(t, pos="ADJ") if i < noun and t.pos == "PROPN" and
            t.feats.get("Case") == span[noun].feats.get("Case") else t
            for i, t in enumerate(span)] if noun < len(span) else span


def _unwritten_head_nominative(models: Models, name: str) -> str | None:
    """A name the text does not write as it stands (spelled out from an abbreviation)
    whose first word is a capitalised noun that can only be instrumental, dative or
    locative has that noun in the nominative: "Министерством труда ... Республики"
    → "Министерство труда ... Республики"."""
    words = name.split(" ")
    head = words[0]
    if not head.isalpha() or not head[:1].isupper() or len(head) < 2 or head.isupper():
        return None
    parses = models.parse(head.lower())
    nouns = [p for p in parses if str(p.tag.POS) == "NOUN"]
    if not parses or str(parses[0].tag.POS) != "NOUN" or \
            not _no_nominative_reading(models, head) or \
            any(str(p.tag.case) not in UNWRITTEN_OBLIQUE_CASES for p in nouns):
        return None
    number = "plur" if "plur" in parses[0].tag else "sing"
    got = models.inflect(parses[0].normal_form, {number, "nomn"})
    if not got:
        return None
    return " ".join([got[:1].upper() + got[1:]] + words[1:])


def mended_name(models: Models, analysis: Analysis, name: str, start: int,
                stop: int) -> str:
    """The name with its cut quote closed, its loose ends dropped and put in the
    nominative, in that order (each as its rule above tells)."""
    out = closed_quote(analysis.text, name, start, stop) or name
    out = without_trailing_openers(models, out)
    return nominative_name(models, analysis, out, start, stop) or out


def people_attribute(models: Models, analysis: Analysis, name: str, start: int,
                     stop: int) -> bool:
    """A side that is an acronym in the genitive right after a plural noun of people the
    parse hangs it on names what those people are or did, not a body: "соглашение с
    фондом о поддержке семей участников СВО" has no side "СВО". An acronym under a body
    ("соглашение между фондом и МЧС") or after a preposition ("о подготовке студентов с
    КемГУ") stays a side. The sentence is parsed on demand when the batch did not parse it
    (a headline "Вдовам бойцов помогут юристы АНО «Вера»"): without that parse "АНО" is a
    side; 29 such sentences on 480 dev texts were all parsed in the batch."""
    if " " in name or not is_acronym(name):
        return False
    at = _written_at(analysis.text, name, start, stop)
    if at is None:
        return False
    sent = analysis.sentence_holding(at)
    if sent is None:
        return False
    ensure_parsed(sent, models)
    i = next((k for k, t in enumerate(sent.tokens) if t.start == at), None)
    if i is None or sent.tokens[i].head < 0:
        return False
    if sent.tokens[i].head != i - 1:  # right after the noun, no preposition between
        return False
    head = sent.tokens[i - 1]
    return head.pos == "NOUN" and head.feats.get("Animacy") == "Anim" and \
        head.feats.get("Number") == "Plur" and sent.tokens[i].feats.get("Case") == "Gen"
