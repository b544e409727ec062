"""Officials, person names: the mention reader and the name spans the tagger missed.

``_mention`` reads a PER span into a person mention (first name, initial, other names,
surname; a Latin spelling in brackets set aside) and ``_full_name`` writes it out;
``_same_person`` tells two mentions of one person from two people by
``person_names.same_person``. ``_sentence_spans`` repairs natasha's PER spans before the post passes
run: initials names the tagger missed ("И. И. Петров"), names after a parenthesis, names
inside organisation or place spans, Turkic patronymics ("Ильхам Гейдар оглы Алиев"), a
regnal number ending a name, two names joined into one span, a post word read into the
name. They stand apart because they are about who a name is and where it stands, not
about what post it holds: they read the tagger's spans and the words around them and call
no post or organisation rule (``signers`` reads names through the same ``_mention``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from soccoop.extract.lexicon_officials import (
    COMMEMORATIVE_WORDS,
    DEDICATION_WORDS,
    POSITION_HEADS,
    POSITION_MODIFIERS,
    SAINT_EPITHETS,
    TURKIC_PATRONYMIC_ENDS,
)
from soccoop.extract.nlp import Analysis, Models, Sentence, Token, sentence_at
from soccoop.extract.official_grammar import (
    _case,
    _is_head,
    _is_modifier,
    _lemma,
)
from soccoop.extract.official_orgs import (
    _NAME_PART,
)
from soccoop.extract.official_roles import (
    _Role,
)
from soccoop.extract.official_tree import (
    _INITIAL,
)
from soccoop.extract.person_names import (
    _surname_forms,
    nominative_person,
    same_person,
    same_surname,
    surname_agrees,
    unknown_first_between,
    woman_in_nominative,
)
from soccoop.extract.syntax import ensure_parsed
from soccoop.names import NameParts, fold


@dataclass
class _Mention:
    first: str | None  # full first name, nominative
    initial: str | None  # first-name initial letter
    surname: str
    others: list[str]  # patronymic etc.
    start: int
    end: int
    role: _Role | None = None
    gender: str | None = None
    nominative: bool = False  # the surname was written in the nominative
    echo: bool = False  # the role is a description in the next sentence: a last resort
    guessed: bool = False  # the gender is the tagger's guess from the surname's ending
    extra: list[_Mention] = field(default_factory=list)


_CYRILLIC = re.compile(r"[А-Яа-яЁё]")


_REGNAL = re.compile(r"(?<=[а-яё])\s+([IVX]{1,5})\.?$")


_LATIN_TAIL = re.compile(r"(?:(?:\s+|\s*\()(?![IVXLC]+\b)[^\sА-Яа-яЁё()]+\)?)+\s*$")


def _without_transliteration(span_text: str) -> str:
    """A Russian name without the Latin spelling the text adds to it: "Сумана Сакко
    (Soumana Sacko)" → "Сумана Сакко", or whatever else follows in brackets (another
    spelling, a hierarch's secular surname); a name written only in Latin stays."""
    if not _CYRILLIC.search(span_text):
        return span_text
    cut = span_text.find("(")
    if cut > 0:
        # "Владимир Макеенко (Володимир Володимирович Макеєнко)": another spelling;
        # "митрополит Никодим (Ротов)": a hierarch's secular surname
        span_text = span_text[:cut]
    m = _LATIN_TAIL.search(span_text)
    if m and m.start() > 0 and _CYRILLIC.search(span_text[:m.start()]):
        span_text = span_text[:m.start()]
    return span_text.rstrip()


def _mention(span_tokens: list[Token], span_text: str, start: int, end: int,
             models: Models, post_case: str | None = None) -> _Mention | None:
    """A person's name read from its span. ``post_case``: the case of the post the name
    stands beside, which an initials-only name agrees with (``_post_case``)."""
    span_text = _without_transliteration(span_text)
    end = start + len(span_text)
    span_tokens = [t for t in span_tokens if t.stop <= end]
    regnal = _REGNAL.search(span_text)
    if regnal:  # "Харальд V", "Бенедикт XVI": a regnal number, not an initial
        span_text = span_text[:regnal.start()]
    parts = _NAME_PART.findall(span_text)
    if not parts:
        return None
    tok_by_text = {t.text: t for t in span_tokens}
    short = _one_letter_surname(parts, models)
    words = [p.rstrip(".") for p in parts] if short else \
        [p for p in parts if not _INITIAL.match(p)]
    initials = [] if short else [p[0] for p in parts if _INITIAL.match(p)]
    if not words:
        return None
    tagged = {w: _case(t) for w, t in tok_by_text.items()}
    g = (tok_by_text.get(words[-1]) or Token("", 0, 0)).feats.get("Gender")
    name = nominative_person(words, tagged, g, models, post_case, bool(regnal))
    first, surname, others, gender = name.first, name.surname, name.others, name.gender
    if regnal:
        surname = f"{surname} {regnal.group(1)}"
    initial = first[0] if first else (initials[0] if initials else None)
    others = others or _patronymic_initial(first, initials)
    return _Mention(first, initial, surname, others, start, end, gender=gender,
                    nominative=name.nominative, guessed=name.guessed)


def _one_letter_surname(parts: list[str], models: Models) -> bool:
    """nerel78: one capital letter after a first name is a surname, not an initial: an
    initial stands before a surname or after it, never after a first name alone. So
    "директор Гарри О" is "Гарри О" (a one-letter surname, as Asian names have) and
    "свидетель Игорь П." is "Игорь П" (a surname cut short), not "О. Гарри". Only when
    morphology reads no surname in the word before the letter ("Сидоров А." stays
    "А. Сидоров")."""
    return len(parts) == 2 and len(parts[1].rstrip(".")) == 1 and parts[1].isupper() and \
        len(parts[0]) > 2 and not _INITIAL.match(parts[0]) and \
        not _surname_forms(parts[0], models)


def _patronymic_initial(first: str | None, initials: list[str]) -> list[str]:
    """A name by initials keeps the second one, the patronymic's: "Коротковым А.В." →
    "А. В. Коротков" (compared by its first letter with a patronymic written out)."""
    return [f"{initials[1]}."] if first is None and len(initials) >= 2 else []


def _same_person(a: _Mention, b: _Mention) -> bool:
    """One person? ``person_names.same_person`` on the mentions' parts: same surname,
    compatible first names or initials ("Андрей Петров" and "Анна Петрова" are two people)."""
    return same_person(_parts(a), _parts(b))


def _parts(m: _Mention) -> NameParts:
    middle = fold(m.others[0]) if m.others else None
    return NameParts(fold(m.first) if m.first else None,
                     fold(m.initial) if m.initial else None, middle, fold(m.surname))


def _full_name(m: _Mention) -> str:
    return " ".join(x for x in [m.first or (f"{m.initial}." if m.initial else None),
                                *m.others, m.surname] if x)


def _sentence_spans(analysis: Analysis, models: Models) -> list[list[tuple[int, int, str]]]:
    """The NER spans of each sentence (bisect over sentence starts: linear overall), so
    the rules look at a sentence's spans only."""
    sents = analysis.sentences
    out: list[list[tuple[int, int, str]]] = [[] for _ in sents]
    text = analysis.text or ""
    _bodies_tagged_as_persons(analysis, models)
    _first_names_out_of_bodies(analysis, models)
    _surnames_out_of_bodies(analysis, models)
    named = _surnames_named(analysis)
    for sp in analysis.spans:
        k = sentence_at(sents, sp.start)
        stop = _line_end(text, sp.start, sp.stop)
        if 0 <= k < len(sents) and stop <= sents[k].stop:
            out[k].append((sp.start, stop, sp.type))
    out = [_first_name_alone_before_a_patronymic(spans, text, models) for spans in out]
    repaired = [_saints_out_of_names(_initials_mark_the_person(_turkic_patronymics(_joined_names(
        _places_out_of_names(_persons_tagged_as_places(_initials_out_of_bodies(
            _names_out_of_bodies(_names_after_a_parenthesis(_posts_out_of_names(
                _regnal_number_ends_the_name(
                    _surname_named_before(_surname_before_an_apposed_post(
                        _initials_names_the_tagger_missed(spans, sent, text, models), sent,
                        models), sent, named, models), text),
                sent, models), text, models), text, models), text, models), text, models),
            text, models), text, models), text), text), text, models)
        for spans, sent in zip(out, sents, strict=True)]
    repaired = [_names_end_after_the_surname(spans, text, models) for spans in repaired]
    repaired = [_two_surnames_run_together(spans, text, analysis, models)
                for spans in repaired]
    repaired = [_person_after_a_two_part_place(spans, text, models) for spans in repaired]
    for spans, sent in zip(repaired, sents, strict=True):
        if not sent.parsed and any(kind == "PER" for _, _, kind in spans):
            ensure_parsed(sent, models)  # a name the repairs found: its post is read on the tree
    return repaired


# Initials glued or spaced before one capitalised word: "К.Лагард", "В. В. Петров".
_INITIALS_NAME = re.compile(r"(?<![\w.-])[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.\s?)?"
                            r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\b(?!\.[А-ЯЁ])")


def _initials_names_the_tagger_missed(spans: list[tuple[int, int, str]], sent: Sentence,
                                      text: str, models: Models
                                      ) -> list[tuple[int, int, str]]:
    """Initials before a capitalised word that no span covers are a person's name the
    tagger missed, as it may at the start of a text or after an age: "55-летняя К.Лагард
    назначена главой ..." → PER "К.Лагард". The word must read as a surname or a name, or
    be unknown to the dictionary, and not be a place or a body first ("Н.Новгород",
    "С.Петербург" stay places; "А. Вводные положения" is a heading)."""
    found: list[tuple[int, int, str]] = []
    for m in _INITIALS_NAME.finditer(text, sent.start, sent.stop):
        if any(a < m.end() and m.start() < b for a, b, _ in spans) or \
                _named_after(text, m.start()):
            continue  # "университет имени В. П. Астафьева": a body's name, no person here
        if not _reads_as_a_name(re.split(r"[.\s]+", m.group())[-1], models):
            continue
        found.append((m.start(), m.end(), "PER"))
    return sorted(spans + found) if found else spans


# nerel71: words a post may take before its head in an apposition ("бывший", "новый" are
# POSITION_MODIFIERS; any lower-case adjective: "российский", "нынешний").
_APPOSED_POST_REACH = 3


def _surname_before_an_apposed_post(spans: list[tuple[int, int, str]], sent: Sentence,
                                    models: Models) -> list[tuple[int, int, str]]:
    """nerel71: a surname alone as a sentence's first word, a comma and a post in the
    nominative after it is a person's name the tagger missed (it does miss a lone first
    word): "Петров, министр финансов области, заявил ..." → PER "Петров". The word must
    have a dictionary reading as a surname in the nominative, or be a word the dictionary
    lacks, and be no place, body or post first; the post's head (after at most three
    adjectives) must read nominative too. "Москва, столица России, ..." (a place) and
    "Однако, министр ..." (no surname) are left alone."""
    toks = sent.tokens
    if len(toks) < 3 or toks[1].text != "," or spans and spans[0][0] <= toks[0].start:
        return spans
    h = 2
    while h < len(toks) and h - 2 < _APPOSED_POST_REACH and (
            _is_modifier(toks[h], models) or toks[h].pos == "ADJ" and toks[h].text.islower()):
        h += 1
    if h >= len(toks) or not _is_head(toks[h], models) or _case(toks[h]) != "Nom":
        return spans
    return [(toks[0].start, toks[0].stop, "PER"), *spans] if _lone_surname(toks[0], models) \
        else spans


def _lone_surname(tok: Token, models: Models) -> bool:
    """Can a capitalised first word of a sentence be a surname alone in the nominative: a
    dictionary reading as one, or a word the dictionary lacks; no post, place or body
    first ("Журавлёв", "Набиуллина"; not "Директор", "Самара")?"""
    word = tok.text
    if not (word[:1].isupper() and word[1:].isalpha() and word[1:].islower() and len(word) > 2):
        return False
    if _is_head(tok, models) or _place_or_body_first(word, models):
        return False
    return any("Surn" in p.tag and p.tag.case == "nomn" for p in models.parse(word)) or (
        not models.analyzer.word_is_known(word.lower()) and tok.pos in ("PROPN", "NOUN"))


def _surnames_named(analysis: Analysis) -> dict[str, list[tuple[int, str]]]:
    """The last word of every PER span of the document with the span's start, by its first
    four letters folded (a bucket to compare a word with, not every name): "Анна Сорокина"
    files "Сорокина" under "соро", where "Сорокиной" later finds it."""
    text = analysis.text or ""
    out: dict[str, list[tuple[int, str]]] = {}
    for sp in analysis.spans:
        words = text[sp.start:sp.stop].split() if sp.type == "PER" else []
        if words and len(words[-1]) > 2:
            out.setdefault(fold(words[-1])[:4], []).append((sp.start, words[-1]))
    return out


def _surname_named_before(spans: list[tuple[int, int, str]], sent: Sentence,
                          named: dict[str, list[tuple[int, str]]], models: Models
                          ) -> list[tuple[int, int, str]]:
    """nerel71: a sentence's first word that the tagger left untagged, and that is the
    surname of a person the document named before (a case ending apart), is that person
    again: "Глава района Иван Петров открыл школу. ... Петров — выпускник этой школы" →
    PER "Петров". The word must read as a surname alone (``_lone_surname``)."""
    toks = sent.tokens
    if not toks or spans and spans[0][0] <= toks[0].start:
        return spans
    word = toks[0].text
    before = [w for start, w in named.get(fold(word)[:4], []) if start < sent.start]
    if not before or not any(same_surname(word, w) for w in before) or \
            not _lone_surname(toks[0], models):
        return spans
    return [(toks[0].start, toks[0].stop, "PER"), *spans]


def _names_after_a_parenthesis(spans: list[tuple[int, int, str]], text: str, models: Models
                               ) -> list[tuple[int, int, str]]:
    """A place or body name ends at its closing parenthesis: the two or three capitalised
    words the tagger runs on after it are a person's name when the last is a surname and
    none is a place or a body: "министр ... Республики Саха (Якутия) Айсен Сивцев" is the
    republic and the minister Айсен Сивцев; "Республика Саха (Якутия)" alone stays."""
    from soccoop.extract.person_names import surname_readings

    out: list[tuple[int, int, str]] = []
    for start, stop, kind in spans:
        close = text.rfind(")", start, stop) if kind in ("LOC", "ORG") else -1
        end = close + 1 + len(text[close + 1:stop].rstrip(" ,.;:"))
        words = text[close + 1:end].split() if close >= 0 else []
        if 2 <= len(words) <= 3 and all(_SPAN_WORD.fullmatch(w) and w[:1].isupper()
                                        and w[1:2].islower() for w in words) and \
                surname_readings(words[-1], models) is not None and \
                not any(_place_or_body_first(w, models) for w in words):
            out.append((start, close + 1, kind))
            out.append((text.index(words[0], close + 1, end), end, "PER"))
        else:
            out.append((start, stop, kind))
    return out


def _names_out_of_bodies(spans: list[tuple[int, int, str]], text: str, models: Models
                         ) -> list[tuple[int, int, str]]:
    """A person's name the tagger swallows into the body before it is a PER span of its
    own: "председатель Союза Дарима Цыденова", "управляющим отделением ПАО Сбербанк
    Викторией Пак" (ORG spans ending in a first name and a surname). The last two words
    are split off when the first is a first name in the surname's case (or a woman's name
    the surname shows in the nominative) and the body keeps a word of its own. off43: not
    a namesake after "имени"/"им." ("ректор ТГУ им. Ивана Карпова Анна Сомова": the
    university bears Карпов's name, ``_named_after``)."""
    out: list[tuple[int, int, str]] = []
    for start, stop, kind in spans:
        words = list(_SPAN_WORD.finditer(text, start, stop)) if kind == "ORG" else []
        if len(words) >= 3 and text[words[-2].end():words[-1].start()] == " " and \
                _first_and_surname(words[-2].group(), words[-1].group(), models) and \
                "«" not in text[words[-2].start():stop] and \
                not _inside_quotes(text, start, words[-2].start(), stop) and \
                not _named_after(text, words[-2].start()):
            cut = words[-3].end()
            out.append((start, cut, kind))
            out.append((words[-2].start(), stop, "PER"))
        else:
            out.append((start, stop, kind))
    return out


def _inside_quotes(text: str, start: int, at: int, stop: int) -> bool:
    """off82 name_inside_quotes: two words inside a quoted name that closes at the end of
    the body are the body's name, not a person: "председатель правления АО «Камила
    Банк» Тимуров А.В." — the bank is "Камила Банк", the chairman Тимуров."""
    before = text[start:at]
    return before.count("«") > before.count("»") and "»" in text[at:stop + 1]


# nerel58: a patronymic's ending ("Николаевич", "Петровна", "Ильинична").
_PATRONYMIC_WORD = re.compile(r"^[А-ЯЁ][а-яё]+(?:ович|евич|ич|овна|евна|ична|инична)$")
# An acronym or abbreviation written in capitals, brackets allowed: "РС(Я)", "СВФУ".
_CAPITALS_WORD = re.compile(r"^[А-ЯЁ]{2,}(?:\([А-ЯЁ]+\))?$")


def _first_names_out_of_bodies(analysis: Analysis, models: Models) -> None:
    """nerel58: a PER span that opens with a patronymic lost its first name to the span
    before it ("министр … Республики Саха (Якутия) Айсен" + "Николаевич Гоголев", "ректор
    СВФУ Ньургун" + "Петрович Гоголев"): the last word of a LOC or ORG span right before
    (one space between) that reads as a first name (a dictionary name, or a word the
    dictionary lacks) goes back to the person; the other span keeps the rest (a span of
    that one word alone is left: the signers read it as a place). A PER span that opens
    with a word in capitals ("РС(Я) Сардана Аммосова": a region's abbreviation) starts
    after it. The document's spans are mended
    in place, once, so that every later step reads the same bodies and names."""
    text = analysis.text or ""
    spans = analysis.spans
    for n, sp in enumerate(spans):
        if sp.type != "PER":
            continue
        first = text[sp.start:sp.stop].split(" ", 1)
        if len(first) == 2 and len(first[1].split()) >= 2 and _CAPITALS_WORD.match(first[0]):
            sp.start += len(first[0]) + 1
            sp.text = text[sp.start:sp.stop]
        words = list(_SPAN_WORD.finditer(text, sp.start, sp.stop))
        prev = spans[n - 1] if n > 0 else None
        if not words or not _PATRONYMIC_WORD.match(words[0].group()) or prev is None or \
                prev.type not in ("LOC", "ORG") or prev.stop != sp.start - 1 or \
                text[sp.start - 1] != " ":
            continue
        pw = list(_SPAN_WORD.finditer(text, prev.start, prev.stop))
        if len(pw) < 2 or pw[-1].end() != prev.stop or not _name_like(pw[-1].group(), models):
            continue
        sp.start = pw[-1].start()
        sp.text = text[sp.start:sp.stop]
        prev.stop = pw[-2].end()
        prev.text = text[prev.start:prev.stop]


def _first_name_alone_before_a_patronymic(spans: list[tuple[int, int, str]], text: str,
                                          models: Models) -> list[tuple[int, int, str]]:
    """off48: a first name the tagger reads as a place or a body of one word, right before
    (one space) a PER span that opens with a patronymic, is that person's first name:
    "судья районного суда Саргылана" + "Михайловна Никифорова", "директор центра Айаал" +
    "Николаевич Степанов" (Yakut, Altai, Caucasian first names the tagger does not know). The
    word reads as a first name (``_name_like``: a dictionary name or a word the dictionary
    lacks) and, when the dictionary gives it a name's gender, in the patronymic's gender
    ("Хава" + "Ахмедовна"; not a man's name before "-овна"). Only the officials' spans are
    mended: the document's spans stay, since the signers read such a name whole already
    (nerel58 left a one-word span for them)."""
    out: list[tuple[int, int, str]] = []
    n = 0
    while n < len(spans):
        start, stop, kind = spans[n]
        if n + 1 < len(spans) and kind in ("LOC", "ORG"):
            p_start, p_stop, p_kind = spans[n + 1]
            word = text[start:stop]
            patr = text[p_start:p_stop].split(" ", 1)[0]
            if p_kind == "PER" and text[stop:p_start] == " " and " " not in word and \
                    _PATRONYMIC_WORD.match(patr) and _name_like(word, models) and \
                    _name_gender_fits(word, "femn" if patr.endswith("на") else "masc", models):
                out.append((start, p_stop, "PER"))
                n += 2
                continue
        out.append(spans[n])
        n += 1
    return out


def _name_gender_fits(word: str, gender: str, models: Models) -> bool:
    """Has the word a first name's reading of ``gender``, or none of any gender (a name the
    dictionary lacks, "Айаал")? "Хава" fits "femn"; "Игорь" does not."""
    genders = {str(p.tag.gender) for p in models.parse(word) if "Name" in p.tag}
    return not genders or gender in genders or not models.analyzer.word_is_known(word.lower())


def _bodies_tagged_as_persons(analysis: Analysis, models: Models) -> None:
    """nerel62: a PER span of adjectives and an abbreviation in capitals that the
    dictionary does not know is a body the tagger misread as a person: "заведующая
    отделением Староминского КЦСОН Оксана Дорош" (PER "Староминского КЦСОН", then the
    woman's name). No person's name is adjectives only before its last word, and a surname
    written in capitals ("Ольга ПЕТРОВА", a byline) is a word the dictionary knows, or its
    other words are names. The span becomes an ORG span; the document's spans are mended in
    place, as ``_first_names_out_of_bodies`` does."""
    text = analysis.text or ""
    for sp in analysis.spans:
        words = text[sp.start:sp.stop].split() if sp.type == "PER" else []
        if len(words) < 2 or not _CAPITALS_WORD.match(words[-1]) or \
                models.analyzer.word_is_known(words[-1].lower()):
            continue
        if all(_adjective_only(w, models) for w in words[:-1]):
            sp.type = "ORG"


def _adjective_only(word: str, models: Models) -> bool:
    """Does every reading of the word make it an adjective ("Староминского"; not
    "Петрова", a surname and a possessive adjective)?"""
    parses = models.parse(word)
    return bool(parses) and all(p.tag.POS == "ADJF" and "Surn" not in p.tag and
                                "Name" not in p.tag for p in parses)


def _name_like(word: str, models: Models) -> bool:
    """Does a capitalised word read as a first name: a dictionary name, or a word the
    dictionary does not know ("Айсен", "Ньургун"), not a surname nor a known common word?"""
    if not word[:1].isupper() or not word.isalpha() or word.isupper():
        return False
    parses = models.parse(word)
    if any("Name" in p.tag for p in parses) and not any("Surn" in p.tag for p in parses):
        return True
    return not models.analyzer.word_is_known(word.lower())


def _initials_out_of_bodies(spans: list[tuple[int, int, str]], text: str, models: Models
                            ) -> list[tuple[int, int, str]]:
    """Initials and a surname the tagger runs into the body before them are a person of
    their own: "председатель краевой организации ВОС Т. Г. Шевцова" (ORG spans ending in
    one or two initials and a capitalised word), and so is a person span the tagger starts
    at a body's abbreviation ("директор АНО А. Ситников": PER "АНО А. Ситников"). The tail
    is split off when the body keeps a word of its own and the last word reads as a
    surname or a name, or is unknown to the dictionary, and is not a place or a body
    first (the test of ``_initials_names_the_tagger_missed``); a body named after someone
    keeps the name ("университет имени В. П. Астафьева", ``COMMEMORATIVE_WORDS``)."""
    out: list[tuple[int, int, str]] = []
    for start, stop, kind in spans:
        m = _INITIALS_NAME.search(text, start, stop) if kind in ("ORG", "PER") else None
        before = text[start:m.start()].split() if m is not None else []
        # off69: the sentence's full stop the tagger ran into the span ends no name
        if m is not None and text[m.end():stop] in ("", ".") and before and \
                not _named_after(text, m.start()) and \
                (kind == "ORG" or all(_ABBREVIATION.fullmatch(w) for w in before)) and \
                _reads_as_a_name_after(m.group(), models):
            out.append((start, len(text[:m.start()].rstrip()), "ORG"))
            out.append((m.start(), m.end(), "PER"))
        else:
            out.append((start, stop, kind))
    return out


_ABBREVIATION = re.compile(r"[А-ЯЁ]{2,}")
_TWO_INITIALS = re.compile(r"[А-ЯЁ]\.\s?[А-ЯЁ]\.")


def _reads_as_a_name_after(initials_and_word: str, models: Models) -> bool:
    """off69: does the word after the initials read as a name (``_reads_as_a_name``), or,
    after two initials, as a person's noun a surname may be ("Е.В. Мельник", "А.П.
    Кузнец": an animate noun, not a place or a body first)?"""
    word = re.split(r"[.\s]+", initials_and_word)[-1]
    if _reads_as_a_name(word, models):
        return True
    return bool(_TWO_INITIALS.match(initials_and_word)) and \
        not _place_or_body_first(word, models) and \
        any("NOUN" in p.tag and "anim" in p.tag for p in models.parse(word))


_LAST_WORD = re.compile(r"(\w+)\.?\s*$")


def _named_after(text: str, start: int) -> bool:
    """Does a commemorative word ("имени", "им.", ``COMMEMORATIVE_WORDS``) stand right
    before ``start``, so that the name there is part of a body's name ("школа имени А. С.
    Пушкина") and no person of the text?"""
    m = _LAST_WORD.search(text, max(0, start - 12), start)
    return m is not None and m.group(1).lower() in COMMEMORATIVE_WORDS


def _reads_as_a_name(word: str, models: Models) -> bool:
    """Does a capitalised word after initials read as a person's name: a surname or a
    name, or a word the dictionary lacks, and not a place or a body first ("Новгород"
    after "Н." is a town)?"""
    from soccoop.extract.person_names import surname_readings

    return not _place_or_body_first(word, models) and (
        surname_readings(word, models) is not None
        or not models.analyzer.word_is_known(word.lower())
        or any({"Name", "Surn"} & set(str(p.tag).replace(" ", ",").split(","))
               and "anim" in p.tag for p in models.parse(word)))


def _place_or_body_first(word: str, models: Models) -> bool:
    """Is the word's likeliest reading a place or a body ("Якутск"; not "Николаева", a
    surname before it is the genitive of a town)?"""
    parses = models.parse(word)
    return bool(parses) and ("Geox" in parses[0].tag or "Orgn" in parses[0].tag)


_SPAN_WORD = re.compile(r"[А-ЯЁа-яё][А-ЯЁа-яё-]*")


def _places_out_of_names(spans: list[tuple[int, int, str]], text: str, models: Models
                         ) -> list[tuple[int, int, str]]:
    """off67: a place ending the body before a name is no part of the name NER joins it to:
    "управляющий Отделением ... по Кемеровской области — Кузбассу Вера Орлова" is
    Вера Орлова. The PER span starts at its second word when it has three or more, the
    first reads only as a place (every reading a place name in an oblique case, none a
    person's name) and the second is a first name written with a capital. sig47: not when
    the three words are a surname, a first name and a patronymic in one case and gender,
    the order of an official address ("в лице директора Ельцова Ивана Петровича": the town
    Ельцов's genitive is also a regular surname's).

    off82 initials_keep_the_surname_before: an initial is no first name, so a surname the
    dictionary knows only as a place stays in a name given by initials: "подписали
    директор больницы Лугова А.С." is Лугова А.С., not "А.С." alone."""
    out: list[tuple[int, int, str]] = []
    for start, stop, kind in spans:
        words = list(_SPAN_WORD.finditer(text, start, stop)) if kind == "PER" else []
        if len(words) >= 3 and _place_only(words[0].group(), models) and \
                len(words[1].group()) > 1 and words[1].group()[:1].isupper() and \
                any("Name" in p.tag for p in models.parse(words[1].group())) and \
                not (len(words) == 3 and surname_agrees(
                    words[0].group(), [w.group() for w in words[1:]], models)):
            start = words[1].start()
        out.append((start, stop, kind))
    return out


_WORD_BEFORE = re.compile(r"([А-ЯЁа-яё-]+)\s*$")


def _saints_out_of_names(spans: list[tuple[int, int, str]], text: str, models: Models
                         ) -> list[tuple[int, int, str]]:
    """off67: a name after a saint's epithet (``SAINT_EPITHETS``: "святой", "блаженной") or
    a dedication ("во имя", ``DEDICATION_WORDS``) is the saint a church is named after, no
    person of the text: "настоятель храма во имя святой блаженной Ксении Петербургской иерей
    Димитрий Мельников" names one person, Мельников, and the window to his post runs over
    the saint's name. The PER span is dropped; "Ксения Иванова" after "святой" written with
    no epithet before it stays."""
    if not any(kind == "PER" for _, _, kind in spans):
        return spans
    out: list[tuple[int, int, str]] = []
    for start, stop, kind in spans:
        if kind == "PER" and _dedicated(text, start, models):
            continue
        out.append((start, stop, kind))
    return out


def _dedicated(text: str, start: int, models: Models) -> bool:
    """Do a saint's epithets or a dedication stand right before ``start``?"""
    at, words = start, []
    for _ in range(4):
        m = _WORD_BEFORE.search(text, max(0, at - 40), at)
        if m is None:
            break
        words.append(m.group(1).lower())
        at = m.start()
        if models.lemma(words[-1]).replace("ё", "е") not in SAINT_EPITHETS:
            break
    epithet = bool(words) and models.lemma(words[0]).replace("ё", "е") in SAINT_EPITHETS
    lead = [w for w in words if models.lemma(w).replace("ё", "е") not in SAINT_EPITHETS]
    if lead and lead[0] == DEDICATION_WORDS[0][1]:
        m = _WORD_BEFORE.search(text, max(0, at - 10), at)
        return m is not None and (m.group(1).lower(), lead[0]) in DEDICATION_WORDS
    return epithet


def _place_only(word: str, models: Models) -> bool:
    """Does every reading of a capitalised word make it a place in an oblique case, none a
    person's name ("Кузбассу", "Югре"; not "Москвин", not "Орёл" in the nominative)?"""
    parses = models.parse(word)
    return word[:1].isupper() and bool(parses) and all(
        "Geox" in p.tag and p.tag.case not in (None, "nomn")
        and not {"Name", "Surn", "Patr"} & set(str(p.tag).replace(" ", ",").split(","))
        for p in parses)


def _first_and_surname(first: str, last: str, models: Models) -> bool:
    """Are the two words a first name and a surname of one person in one case?"""
    from soccoop.extract.person_names import name_reading, surname_readings

    if not (first[:1].isupper() and last[:1].isupper() and first[1:].islower()):
        return False
    if woman_in_nominative(first, last, models):
        return True
    names = [p for p in models.parse(first) if "Name" in p.tag and p.tag.number == "sing"]
    if not names or not models.analyzer.word_is_known(first.lower()):
        return False
    if any(p.tag.POS == "NOUN" and "Name" not in p.tag and p.tag.number == "sing"
           for p in models.parse(last)) and surname_readings(last, models) is None:
        return last[-1].lower() in "бвгджзклмнпрстфхцчшщ"  # "Викторией Пак"
    gender, _ = name_reading([(first, "Name"), (last, "Surn")], [], models)
    return gender is not None


_REGNAL_STOP = re.compile(r"(?<=[а-яё])\s+[IVX]{1,5}\.(?=\s+[А-ЯЁ])")


def _regnal_number_ends_the_name(spans: list[tuple[int, int, str]], text: str
                                 ) -> list[tuple[int, int, str]]:
    """A regnal number with a full stop ends the name and its sentence: "вручит король
    Норвегии Харальд V. Абелевская премия учреждена ..." — the tagger runs the name on
    into the next sentence ("Харальд V. Абелевская"), which the sentence splitter, taking
    "V." for an initial, did not end. The PER span stops after the number; a Roman number
    is never an initial of a Russian name."""
    out: list[tuple[int, int, str]] = []
    for start, stop, kind in spans:
        if kind == "PER":
            m = _REGNAL_STOP.search(text, start, stop)
            if m is not None:
                stop = m.end() - 1
        out.append((start, stop, kind))
    return out


def _posts_out_of_names(spans: list[tuple[int, int, str]], sent: Sentence, models: Models
                        ) -> list[tuple[int, int, str]]:
    """A post written with a capital, as official style does, is not part of the name NER
    joins it to: "выступил Проректор Иван Петров" is the prorector Иван Петров. The PER span
    starts after its leading post words when a capitalised word remains."""
    if not any(kind == "PER" for _, _, kind in spans):
        return spans
    out: list[tuple[int, int, str]] = []
    per_starts = {start for start, _, kind in spans if kind == "PER"}
    starts = [t.start for t in sent.tokens]  # bisect: linear in a long run-on sentence
    for start, stop, kind in spans:
        if kind == "PER":
            a = bisect_left(starts, start)
            inside = [t for t in sent.tokens[a:bisect_right(starts, stop)] if t.stop <= stop]
            n = 0
            while n < len(inside) and inside[n].text[:1].isupper() and \
                    (_is_head(inside[n], models) or
                     _lemma(inside[n], models) in POSITION_MODIFIERS):
                n += 1
            if n == len(inside) and inside:
                # "Омбудсмен" tagged a name of its own right before the name it titles
                b = bisect_left(starts, stop)
                after = sent.tokens[b] if b < len(sent.tokens) else None
                if after is not None and after.start in per_starts:
                    continue
            elif n and inside[n].text[:1].isupper():
                start = inside[n].start
        out.append((start, stop, kind))
    return out


_AFTER_PATRONYMIC = re.compile(r"\s+([а-яё]+)\s+([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\b")


def _turkic_patronymics(spans: list[tuple[int, int, str]], text: str
                        ) -> list[tuple[int, int, str]]:
    """A name with a Turkic patronymic of two words keeps the surname after it: "Айгуль
    Рашид кызы Хасанова" is one person, though the tagger ends the name at "кызы" (a PER
    span after it, if any, is the same person's surname)."""
    out: list[tuple[int, int, str]] = []
    skip_to = -1
    for start, stop, kind in spans:
        if start < skip_to:
            continue
        if kind == "PER":
            m = _AFTER_PATRONYMIC.match(text, stop)
            if m and m.group(1) in TURKIC_PATRONYMIC_ENDS:
                end = m.end(2)
                later = [sp for sp in spans if sp[0] == m.start(2)]
                if later:
                    end = max(end, later[0][1])
                out.append((start, end, kind))
                skip_to = end
                continue
        out.append((start, stop, kind))
    return out


def _initials_mark_the_person(spans: list[tuple[int, int, str]], text: str
                              ) -> list[tuple[int, int, str]]:
    """A name written with initials is the initials and the one surname beside them; a
    word the tagger ran on before is the place or body the post names: "глава
    администрации г. Великие Луки Сорокина Е.А." → "Сорокина Е.А." (not "Лука Сорокин"),
    "г. Рыбинска Е.А. Смирнова" → "Е.А. Смирнова". Surname then initials at the span's
    end, or two initials then the surname; one initial inside a name ("Джон Ф. Кеннеди")
    is a middle name and keeps the words before it. (names31)"""
    out: list[tuple[int, int, str]] = []
    for start, stop, kind in spans:
        parts = list(_NAME_PART.finditer(text, start, stop)) if kind == "PER" else []
        initial = [bool(_INITIAL.match(p.group())) for p in parts]
        full = [n for n, x in enumerate(initial) if not x]
        cut = None
        if len(full) >= 2 and full == list(range(len(full))) and len(parts) > len(full):
            cut = full[-1]  # "... Сорокина Е.А.": the last full word before the initials
        elif len(full) >= 2 and full[-1] == len(parts) - 1 and \
                full[:-1] == list(range(len(full) - 1)) and len(parts) - len(full) == 2:
            cut = len(full) - 1  # "... Е.А. Сорокина": two initials, then the surname
        out.append((parts[cut].start(), stop, kind) if cut is not None else
                   (start, stop, kind))
    return out


_WORD_BEFORE = re.compile(r"([А-Яа-яЁё-]+)\s+$")


def _persons_tagged_as_places(spans: list[tuple[int, int, str]], text: str, models: Models
                              ) -> list[tuple[int, int, str]]:
    """A LOC or ORG span right after a post noun, a first name then a surname that is not
    a place, is a person the tagger misread: "нашего первого президента Ахмат-Хаджи
    Кадырова" (LOC); not "директора Института Иванова"."""
    out = list(spans)
    for n, (start, stop, kind) in enumerate(spans):
        if kind not in ("LOC", "ORG"):
            continue
        words = text[start:stop].split()
        if not 1 < len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha()
                                              for w in words):
            continue
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if before is None or not any(p.normal_form in POSITION_HEADS
                                     for p in models.parse(before.group(1))):
            continue
        last = [str(p.tag) for p in models.parse(words[-1])]
        first = [str(p.tag) for p in models.parse(words[0])]
        if any("Surn" in t for t in last) and not any("Geox" in t or "Orgn" in t
                                                       for t in last) and \
                any("Name" in t for t in first):  # not "Института Иванова"
            out[n] = (start, stop, "PER")
    return out


# A span of initials only, "К.А." or "К. А.": the tail of a surname the tagger split off
# ("Новикова" + "К.А."), as official lists write names.
_INITIALS_ONLY = re.compile(r"^[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?$")


def _joined_names(spans: list[tuple[int, int, str]], text: str, models: Models
                  ) -> list[tuple[int, int, str]]:
    """A first name alone as a PER span and a PER span after it with only a space between
    are one name the tagger split: "Нейл" + "Патрик Харрис". A surname or a longer span
    first is someone else's in the genitive ("заместителя Мюллера Джона Пистоля", "дочь
    Барака Обамы Малия"), unless the span after is a first name and a patronymic in the
    surname's case, the order of an official address ("Кругловой" + "Елене Викторовне"),
    or only initials ("Новикова" + "К.А.").
    """
    out: list[tuple[int, int, str]] = []
    for span in spans:
        if out and out[-1][2] == "PER" == span[2] and span[0] > out[-1][1] and \
                text[out[-1][1]:span[0]] == " " and (
                    _first_name_word(text[out[-1][0]:out[-1][1]], models) or
                    _INITIALS_ONLY.match(text[span[0]:span[1]]) or
                    _surname_then_name(text[out[-1][0]:out[-1][1]], text[span[0]:span[1]],
                                       models) or
                    _patronymic_then_surname(text[out[-1][0]:out[-1][1]],
                                             text[span[0]:span[1]], models)):
            out[-1] = (out[-1][0], span[1], "PER")
        else:
            out.append(span)
    return out


def _surnames_out_of_bodies(analysis: Analysis, models: Models) -> None:
    """nerel61: official style writes the surname first, then the first name and the
    patronymic ("в лице исполнительного директора Пирогова Вадима Олеговича"), and the tagger
    may read the surname as a body or a place of its own ("Пирогова") or as the last word
    of the body before it ("управляющего Отделением Шестаковой" + "Ольги Викторовны"). A
    PER span of exactly a first name and a patronymic, one space after a LOC or ORG span
    whose last word reads as a surname agreeing with both in case and gender
    (``person_names.surname_agrees``; sig47: or with the patronymic alone when the first
    name is one the dictionary lacks, ``person_names.unknown_first_between``), takes that
    word back: the other span keeps the rest, or goes
    when the surname was all of it. A «quoted» body keeps its words ("завод «Иванов»").
    The document's spans are mended in place, as ``_first_names_out_of_bodies`` does."""
    text = analysis.text or ""
    spans = analysis.spans
    gone: list[int] = []
    for n in range(1, len(spans)):
        sp, prev = spans[n], spans[n - 1]
        words = text[sp.start:sp.stop].split()
        if sp.type != "PER" or prev.type not in ("LOC", "ORG") or len(words) != 2 or \
                text[prev.stop:sp.start] != " " or not words[1][:1].isupper():
            continue
        pw = list(_SPAN_WORD.finditer(text, prev.start, prev.stop))
        if not pw or pw[-1].end() != prev.stop or "«" in text[prev.start:prev.stop] or \
                not (surname_agrees(pw[-1].group(), words, models) or
                     unknown_first_between([pw[-1].group(), *words], models)):
            continue
        sp.start = pw[-1].start()
        sp.text = text[sp.start:sp.stop]
        if len(pw) == 1:
            gone.append(n - 1)
        else:
            prev.stop = pw[-2].end()
            prev.text = text[prev.start:prev.stop]
    for n in reversed(gone):
        del spans[n]


def _surname_then_name(first: str, second: str, models: Models) -> bool:
    """Is ``first`` a surname and ``second`` a first name and patronymic in one of its
    cases: "Кругловой" + "Елене Викторовне", not "Мюллера" + "Джона Пистоля"? sig47: a
    first name the dictionary lacks between them counts when the surname and the
    patronymic agree (``person_names.unknown_first_between``)."""
    words = second.split()
    if not first.isalpha() or len(words) != 2:
        return False

    def cases(word: str, kind: str) -> set[str]:
        return {str(p.tag.case) for p in models.parse(word) if kind in p.tag}

    common = cases(first, "Surn") & cases(words[0], "Name") & cases(words[1], "Patr")
    return bool(common) or unknown_first_between([first, *words], models)


def _patronymic_then_surname(first: str, second: str, models: Models) -> bool:
    """Is ``first`` a first name and patronymic and ``second`` one surname in a case they
    share: "Светланы Игоревны" + "Котовой" (the tagger ends the name at the patronymic)?"""
    words = first.split()
    if len(words) != 2 or not second.isalpha() or not second[:1].isupper():
        return False
    from soccoop.extract.person_names import surname_readings, word_readings

    patr = word_readings(words[1], "Patr", models)
    surn = surname_readings(second, models)
    return bool(patr and surn and patr & surn)


def _names_end_after_the_surname(spans: list[tuple[int, int, str]], text: str,
                                 models: Models) -> list[tuple[int, int, str]]:
    """names_end_after_the_surname: a first name, a patronymic and a surname are a whole
    Russian name, so a capitalised word the tagger ran on into the same span starts another
    person's name: "представителем назначен Олег Петрович Смирнов Путин подписал указ" →
    "Олег Петрович Смирнов" and "Путин". Only when the first two words read as a first name
    and a patronymic and the third as a surname, in a case all three share."""
    if not any(kind == "PER" for _, _, kind in spans):
        return spans
    from soccoop.extract.person_names import surname_readings, word_readings

    out: list[tuple[int, int, str]] = []
    for start, stop, kind in spans:
        words = list(_SPAN_WORD.finditer(text, start, stop))
        if kind == "PER" and len(words) >= 4 and all(w.group()[:1].isupper() for w in words):
            first = word_readings(words[0].group(), "Name", models)
            patr = word_readings(words[1].group(), "Patr", models)
            surn = surname_readings(words[2].group(), models)
            if first and patr and surn and first & patr & surn and \
                    not word_readings(words[3].group(), "Patr", models):
                out += [(start, words[2].end(), kind), (words[3].start(), stop, kind)]
                continue
        out.append((start, stop, kind))
    return out


def _two_surnames_run_together(spans: list[tuple[int, int, str]], text: str,
                               analysis: Analysis, models: Models
                               ) -> list[tuple[int, int, str]]:
    """nerel97: a two-word PER span whose words are the surnames of two people the document
    names in full elsewhere is those two people, run together by the tagger where a clause
    ends on an indeclinable surname and the next begins with another: "После спора с
    премьером Гавла Новак ушёл в отставку", with "Яна Гавлы" and "Пётр Новак" named
    elsewhere → "Гавла" and "Новак". The first word is no first name (the dictionary reads
    it as none, and no other name of the document starts with it), and each word is the
    last word of another PER span of two or more words, a case ending apart."""
    if not any(kind == "PER" and len(text[start:stop].split()) == 2
               for start, stop, kind in spans):
        return spans
    from soccoop.extract.person_names import word_readings

    full = [(sp.start, text[sp.start:sp.stop].split()) for sp in analysis.spans
            if sp.type == "PER"]
    full = [(start, words) for start, words in full if len(words) >= 2]
    out: list[tuple[int, int, str]] = []
    for start, stop, kind in spans:
        words = text[start:stop].split()
        if kind == "PER" and len(words) == 2 and all(
                _SPAN_WORD.fullmatch(w) and w[:1].isupper() and w[1:2].islower()
                for w in words) and not word_readings(words[0], "Name", models):
            a, b = words
            others = [ws for s, ws in full if s != start]
            if not any(same_surname(ws[0], a) or ws[0] == a for ws in others) and \
                    any(same_surname(ws[-1], a) for ws in others) and \
                    any(same_surname(ws[-1], b) and not same_surname(ws[0], a)
                        for ws in others):
                cut = text.index(b, start + len(a))
                out += [(start, start + len(a), kind), (cut, stop, kind)]
                continue
        out.append((start, stop, kind))
    return out


# The dash between the two parts of a place's name: "Кемеровская область — Кузбасс".
_PLACE_PARTS_DASH = re.compile(r"\s[—–]\s")


def _person_after_a_two_part_place(spans: list[tuple[int, int, str]], text: str,
                                   models: Models) -> list[tuple[int, int, str]]:
    """person_after_a_two_part_place: a place or body span whose name has two parts joined
    by a dash, run on by the tagger over the name of the person after it, ends where the
    place does, and the name is a person's span: "министра культуры Кемеровской области —
    Кузбасса Ольги Лаптевой" (one LOC up to "Лаптевой") → LOC "... Кузбасса" and PER
    "Ольги Лаптевой". The second part is one or two words; the name, two or three
    capitalised words after it, opens with a given name (a dictionary reading as one) and
    ends with a word that reads as a surname or is unknown to the dictionary. A span with
    no such dash ("улица Анны Ахматовой") is left alone."""
    out: list[tuple[int, int, str]] = []
    for start, stop, kind in spans:
        split = None
        dashes = list(_PLACE_PARTS_DASH.finditer(text, start, stop)) if kind in (
            "LOC", "ORG") else []
        if dashes:
            words = list(re.finditer(r"\S+", text[dashes[-1].end():stop]))
            for cut in (1, 2):
                name = [w.group() for w in words[cut:]]
                if not 2 <= len(name) <= 3 or not all(
                        w[:1].isupper() and w.replace("-", "").isalpha() for w in name):
                    continue
                if any("Name" in p.tag for p in models.parse(name[0])) and \
                        _reads_as_a_name(name[-1], models) and \
                        not any("Name" in p.tag for p in models.parse(words[cut - 1].group())):
                    at = dashes[-1].end() + words[cut].start()
                    end = dashes[-1].end() + words[cut - 1].end()
                    split = [(start, end, kind), (at, stop, "PER")]
                    break
        out.extend(split or [(start, stop, kind)])
    return out


def _first_name_word(word: str, models: Models) -> bool:
    """Might the word be a first name in the nominative and not a surname ("Нейл", a
    name the dictionary lacks, yes; "Мюллера" no)?"""
    if not word.isalpha():
        return False
    parses = models.parse(word)
    return not any("Surn" in p.tag for p in parses) and (
        not parses or any("nomn" in p.tag for p in parses))


def _line_end(text: str, start: int, stop: int) -> int:
    """A name ends at a line break: a caption's "Харальд V." and the next paragraph's
    "Абелевская" are not one span; nor a headline's name and the body's first word."""
    cut = text.find("\n", start, stop)
    return stop if cut < 0 else start + len(text[start:cut].rstrip())
