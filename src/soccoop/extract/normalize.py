"""Putting noun phrases into the nominative without touching their dependents.

"Министерством труда ... РТ" → "Министерство труда ... РТ", "Костромской областью" →
"Костромская область": the adjectives before the head noun and the head noun itself agree
in case with the context; everything after the head stays as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from functools import lru_cache
from typing import Any

from soccoop import gazetteer
from soccoop.extract.lexicon import OWN_REGION_ADJECTIVES, PAUCAL_NUMERALS
from soccoop.extract.lexicon_endings import (
    ADJECTIVE_NOMINATIVE_ENDINGS,
    MASCULINE_ADJECTIVE_ENDINGS,
    NOUN_OBLIQUE_ENDINGS,
    PLACE_NAME_PREPOSITIONS,
)
from soccoop.extract.lexicon_officials import (
    CATEGORY_NAME_WORDS,
    COMMEMORATIVE_WORDS,
    COUNTRY_AFTER_ACRONYM,
)
from soccoop.extract.lexicon_regions import QUALIFIED_ABBREVIATIONS
from soccoop.extract.nlp import Models, Token
from soccoop.gazetteer import Region
from soccoop.names import fold

_ADJ_POS = {"ADJ", "DET", "NUM"}


_CASES = {"Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct",
          "Nom": "nomn"}
_POS_OK = {"NOUN": ("NOUN",), "PROPN": ("NOUN",), "ADJ": ("ADJF", "PRTF"), "DET": ("ADJF",),
           "NUM": ("NUMR", "ADJF")}


def restore_caps(original: str, word: str) -> str:
    """``word`` written with the capitals of ``original`` ("ХМАО", "Ханты-Мансийский")."""
    if original.isupper() and len(original) > 1:
        return word.upper()
    o_parts, w_parts = original.split("-"), word.split("-")
    if len(o_parts) == len(w_parts):
        return "-".join(wp[:1].upper() + wp[1:] if op[:1].isupper() else wp
                        for op, wp in zip(o_parts, w_parts, strict=True))
    return word[:1].upper() + word[1:] if original[:1].isupper() else word


def mixed_case_acronym(word: str) -> bool:
    """A word with a capital after its first letter in one of its hyphened parts is an
    acronym written in mixed case ("ТулГУ", "КемГУ", "СПбГУ", "МосГорСуд"): such a word is
    not declined ("с ТулГУ", "ректор КемГУ"), and the dictionary, not knowing it, would put
    it in lower case ("Тулгу"); it stays as written."""
    return any(any(ch.isupper() for ch in part[1:]) and any(ch.islower() for ch in part)
               for part in word.split("-"))


def acronym_nominative(word: str) -> str:
    """A mixed-case acronym declined by an ending after its last capital, in the nominative:
    "заместитель председателя ЗакСа" → "ЗакС" (``NOUN_OBLIQUE_ENDINGS``); one ending in a
    capital ("ТулГУ") is as written."""
    for end in NOUN_OBLIQUE_ENDINGS:
        stem = word[:-len(end)]
        if word.endswith(end) and len(stem) > 1 and stem[-1].isupper():
            return stem
    return word


def inflect_word(models: Models, word: str, case: str | None, pos: str | None,
                 grams: AbstractSet[str], number: str | None = None,
                 gender: str | None = None) -> str:
    """``word`` (tagged ``case``/``pos`` in its sentence, UD names) inflected to ``grams``.

    The pymorphy2 reading is the one in the case the tagger saw, so "министерства" after a
    numeral (genitive) and as a subject (nominative plural) each get their own; number is
    kept ("двумя министерствами" → plural), and an adjective takes ``gender`` in the
    singular. A word with no such reading stays as written.

    Remembered per arguments (``_inflected``, a bounded ``lru_cache``): the passes put the
    same words in the nominative again and again, and pymorphy2 builds a lexeme for each
    inflection.
    """
    return _inflected(models, word, case, pos, frozenset(grams), number, gender)


@lru_cache(maxsize=100_000)  # bounds a long-running worker's memory
def _inflected(models: Models, word: str, case: str | None, pos: str | None,
               grams: frozenset[str], number: str | None, gender: str | None) -> str:
    """``inflect_word`` remembered (the grammemes frozen, so they can be part of the key)."""
    return _inflect_word(models, word, case, pos, grams, number, gender)


def _inflect_word(models: Models, word: str, case: str | None, pos: str | None,
                  grams: AbstractSet[str], number: str | None = None,
                  gender: str | None = None) -> str:
    """``inflect_word`` computed."""
    if not any(ch.isalpha() for ch in word) or (word.isupper() and len(word) > 1):
        return word
    if mixed_case_acronym(word):
        return acronym_nominative(word) if "nomn" in grams else word
    parts = word.split("-")
    if len(parts) >= 3 and parts[1] in PLACE_NAME_PREPOSITIONS:
        # agr73: "Ростовской-на-Дону" → "Ростовская-на-Дону": the part before the
        # preposition inflects, the place after it stays
        first = inflect_word(models, parts[0], case, pos, grams, number, gender)
        return "-".join([first] + parts[1:])
    if "-" in word:  # "Ханты-Мансийского" → "Ханты-Мансийский", "вице-губернатора"
        head, _, tail = word.rpartition("-")
        return head + "-" + inflect_word(models, tail, case, pos, grams, number, gender)
    parses = models.parse(word)
    ok = _POS_OK.get(pos or "", ("NOUN", "ADJF", "PRTF", "NUMR"))
    cands = [p for p in parses if p.tag.POS in ok]
    want = _CASES.get(case or "")
    best = next((p for p in cands if want and p.tag.case == want), None)
    if best is None:
        best = cands[0] if cands and want is None else None
    if best is None:
        return word
    wanted = set(grams)
    if best.tag.POS == "NUMR":
        wanted.discard("plur")
        wanted.discard("sing")
    elif not wanted & {"sing", "plur"}:
        if number == "Plur" or (number is None and best.tag.number == "plur"):
            wanted.add("plur")
        elif gender and best.tag.POS in ("ADJF", "PRTF"):
            wanted |= {"sing", gender}
    form = best.inflect(wanted) or best.inflect(set(grams))
    if form and "Supr" in best.tag:
        form = _same_stem_form(models, word, best, form) or form
    return restore_caps(word, form.word) if form else word




def _same_stem_form(models: Models, word: str, best: Any, form: Any) -> Any:
    """The form keeping the stem as written, for a superlative whose lexeme pymorphy2 builds
    on another stem: "Высшей школы" → "Высшая", not "Высочайшая" (both read as forms of
    "высокий"). The written stem with each nominative ending, accepted when the dictionary
    reads it as a form with the grammemes of ``form`` and the same lemma; else None."""
    low = word.lower()
    want = {g for g in ("nomn", "sing", "plur", "masc", "femn", "neut") if g in form.tag}
    for cut in (2, 3):
        stem = low[:-cut]
        for end in ADJECTIVE_NOMINATIVE_ENDINGS:
            for p in models.parse(stem + end):
                if p.normal_form == best.normal_form and want <= set(
                        str(p.tag).replace(" ", ",").split(",")):
                    return p
    return None


def nominative_token(models: Models, tok: Token, number: str | None = None,
                     gender: str | None = None) -> str:
    """A tagged token in the nominative; a token the tagger saw in the nominative stays.

    The one nominative normaliser: positions, officials' organisations and agreement
    parties all use it, so "Министерством труда" and "министерствами" come out alike.
    """
    case = tok.feats.get("Case") if tok.feats else None
    if case == "Nom":
        return tok.text
    return inflect_word(models, tok.text, case, tok.pos, {"nomn"}, number, gender)


def nominative_word(
    models: Models, word: str, number: str | None = None, gender: str | None = None
) -> str:
    """One untagged word to the nominative, keeping its number and capitalisation.

    ``gender`` (masc/femn/neut) makes an adjective agree with its head noun.
    """
    return inflect_word(models, word, None, None, {"nomn"}, number, gender)


def _gender(models: Models, tok: Token) -> str | None:
    g = tok.feats.get("Gender")
    if g:
        return {"Masc": "masc", "Fem": "femn", "Neut": "neut"}.get(g)
    parses = models.parse(tok.text)
    for p in parses:
        if p.tag.POS == "NOUN" and p.tag.gender:
            return str(p.tag.gender)
    return None


def _bracketed_modifiers(tokens: list[Token]) -> set[int]:
    """agr65: one word in brackets before the head of a noun group is its second adjective,
    never its head, though the tagger read a capitalised one as a proper noun: "Казанским
    (Приволжским) федеральным университетом" → "Казанский (Приволжский) федеральный
    университет"."""
    return {i for i in range(1, len(tokens) - 1)
            if tokens[i - 1].text == "(" and tokens[i + 1].text == ")" and
            tokens[i].pos in {"ADJ", "PROPN"} and i + 2 < len(tokens)}


def nominative_words(models: Models, tokens: list[Token]) -> list[str]:
    """The words of a noun group with its leading modifiers and head noun (the first noun)
    in the nominative; everything after the head as written. A numeral before the head
    governs it: "двумя крупными министерствами" → "два крупных министерства"."""
    aside = _bracketed_modifiers(tokens)
    # region69: the word before such a bracket is an adjective too, tagged a proper noun or
    # not ("Казанским (Приволжским) федеральным университетом")
    aside |= {i - 2 for i in aside if i >= 2 and tokens[i - 2].pos == "PROPN"
              and tokens[i - 2].lemma.endswith(MASCULINE_ADJECTIVE_ENDINGS)}
    head = next((i for i, t in enumerate(tokens) if t.pos in {"NOUN", "PROPN"} and
                 i not in aside), None)
    if head is None:
        return [t.text for t in tokens]
    gender = _gender(models, tokens[head])
    number = tokens[head].feats.get("Number")
    num = next((i for i in range(head) if tokens[i].pos == "NUM"
                and (tokens[i].feats or {}).get("Case") not in (None, "Nom")
                and tokens[i].text.isalpha()), None)
    out: list[str] = []
    for i, tok in enumerate(tokens):
        word = tok.text
        modifier = tok.pos in _ADJ_POS or (tok.feats or {}).get("VerbForm") == "Part"
        if i in aside and i < head:  # agr65: "Казанским (Приволжским) федеральным"
            out.append(inflect_word(models, tok.text, (tok.feats or {}).get("Case"), "ADJ",
                                    {"nomn"}, number, gender))
            continue
        if i > head or not modifier and i != head:  # "объединённого комитета": participle
            out.append(word)
            continue
        if num is not None and i > num:  # governed by the numeral: genitive
            numeral = models.lemma(tokens[num].text)
            grams = {"gent", "sing" if numeral in PAUCAL_NUMERALS and i == head else "plur"}
            word = inflect_word(models, tok.text, (tok.feats or {}).get("Case"), tok.pos,
                                grams)
        elif num is not None and i == num:
            word = inflect_word(models, tok.text, (tok.feats or {}).get("Case"), tok.pos,
                                {"nomn"}, None, gender)
        else:
            word = nominative_token(models, tok, number, gender)
        out.append(word)
    return out


def nominative_phrase(models: Models, tokens: list[Token], text: str) -> str:
    """The phrase with its leading adjectives and head noun in the nominative."""
    if not tokens:
        return ""
    words = nominative_words(models, tokens)
    out: list[str] = []
    prev_stop = tokens[0].start
    for tok, word in zip(tokens, words, strict=True):
        out.append(text[prev_stop:tok.start] + word)
        prev_stop = tok.stop
    phrase = " ".join("".join(out).split())
    return phrase[:1].upper() + phrase[1:] if phrase else phrase


def _inflect_name(models: Models, name: str, case: str) -> str:
    """An official region name in another case: words up to the head noun, and the word
    after a dash, inflect ("Ханты-Мансийского автономного округа — Югры"); a name after the
    head stays ("Республики Татарстан")."""
    words = name.split(" ")
    out: list[str] = []
    head_seen = False
    after_dash = False
    for n, w in enumerate(words):
        if w in {"—", "-", "–"}:
            out.append(w)
            after_dash = True
            continue
        if head_seen and not after_dash:
            out.append(w)
            continue
        parts = w.split("-")
        last = parts[-1]
        parses = models.parse(last)
        # a word with more of the name after it is read as an adjective when it can be one:
        # "Тверская" is also a street's name (a noun), yet "Тверская область" → "Тверской
        # области", not "Тверской область"
        more = n + 1 < len(words) and words[n + 1] not in {"—", "-", "–"}
        p = next((x for x in parses if more and x.tag.POS == "ADJF"), None) or next(
            (x for x in parses if x.tag.POS in {"NOUN", "ADJF"}), None)
        form = p.inflect({case}) if p is not None else None
        new_last = restore_caps(last, form.word) if form is not None else last
        parts[-1] = new_last
        out.append("-".join(parts[:-1] + [new_last]) if len(parts) > 1 else new_last)
        if p is not None and p.tag.POS == "NOUN":
            head_seen = True
        after_dash = False
    return " ".join(out)


def tidy_name(name: str) -> str:
    """One space between words, and the dash of official names ("округа — Югры")."""
    name = " ".join(name.split())
    return re.sub(r"(?<=\w) [-–] (?=[А-ЯЁA-Z])", " — ", name)


# reg45: an abbreviation with its bracketed letter as written ("РС(Я)") → the subject's code
_QUALIFIED = {f"{a}({b})": code for (a, b), code in QUALIFIED_ABBREVIATIONS.items()}


def _abbreviated_region(models: Models, core: str, head: str, tail: str) -> Region | None:
    """The subject an abbreviation in capitals names ("ХМАО-Югры": its head and lemmatised
    tail, "ЯНАО"), or None."""
    region = gazetteer.resolve(core)
    if region is None and tail:
        region = gazetteer.resolve(head + "-" + models.lemma(tail))
    return region or gazetteer.resolve(head)


def expand_abbreviations(models: Models, phrase: str) -> str:
    """Spell out region abbreviations in a name: "Министерство труда РТ" → "... Республики
    Татарстан". The spelled-out form is what other reports of the same body use. After a
    preposition of one case the region takes that case ("Отделение Социального фонда по
    ЯНАО" → "... по Ямало-Ненецкому автономному округу"), else the genitive of an owner."""
    from soccoop.extract.lexicon_orgs import PREPOSITION_CASES

    words = phrase.split(" ")
    changed = False
    for i, w in enumerate(words):
        qualified = _QUALIFIED.get(w.strip(",.;:«»\""))  # reg45: "РС(Я)"
        if qualified is not None:
            core = w.strip(",.;:«»\"")
            region = gazetteer.by_code(qualified)
        else:
            core = w.strip(",.;:()«»\"")
            letters = core.replace("-", "")
            if len(letters) < 2 or not letters[:2].isupper() or not letters.isalpha():
                continue
            head, _, tail = core.partition("-")
            if not head.isupper():
                continue
            region = _abbreviated_region(models, core, head, tail)
        if region is None or region.name.upper() == core:
            continue
        case = PREPOSITION_CASES.get(words[i - 1].lower(), "gent") if i else "nomn"
        full = region.name if i == 0 else _inflect_name(models, region.name, case)
        words[i] = w.replace(core, full)
        changed = True
        _, dash, alias = region.name.partition(" — ")
        if dash and i + 2 < len(words) and words[i + 1] in ("—", "–", "-") and \
                models.lemma(words[i + 2].strip(",.;:()«»\"")) == models.lemma(alias):
            words[i + 1] = words[i + 2] = ""  # "ХМАО – Югры": the alias is in the full name
    return tidy_name(" ".join(w for w in words if w) if changed else phrase)


# Ministry abbreviations of news style, lower-cased key → the full head of the name in the
# nominative. The words after the abbreviation keep their case ("Минтруд Чувашии" →
# "Министерство труда Чувашии").
MINISTRY_ABBREVIATIONS = {
    "минтруд": "Министерство труда",
    "минтруда": "Министерство труда",
    "минсоцзащиты": "Министерство социальной защиты",
    "минсоцзащита": "Министерство социальной защиты",
    "минсоцразвития": "Министерство социального развития",
    "минсоцполитики": "Министерство социальной политики",
    "минсемьтруд": "Министерство семьи, труда и социальной защиты населения",
    "минсемьтруда": "Министерство семьи, труда и социальной защиты населения",
    "минздрав": "Министерство здравоохранения",
    "минздрава": "Министерство здравоохранения",
    "минобрнауки": "Министерство науки и высшего образования",
    "минобразования": "Министерство образования",
    "минпросвещения": "Министерство просвещения",
    "минэкономразвития": "Министерство экономического развития",
    "минспорт": "Министерство спорта",
    "минспорта": "Министерство спорта",
    "минкультуры": "Министерство культуры",
    "минсельхоз": "Министерство сельского хозяйства",
    "минфин": "Министерство финансов",
    "минфина": "Министерство финансов",
}


def ministry_abbreviation(word: str) -> str | None:
    """The full ministry name a news abbreviation stands for ("Минтруда" → "Министерство
    труда"), or None. Oblique forms of the declinable ones ("Минтрудом") resolve too."""
    w = word.strip(",.;:()«»\"").lower()
    if not w.startswith("мин") or len(w) < 5:
        return None
    if w in MINISTRY_ABBREVIATIONS:
        return MINISTRY_ABBREVIATIONS[w]
    for end in NOUN_OBLIQUE_ENDINGS:
        if w.endswith(end) and w[: -len(end)] in MINISTRY_ABBREVIATIONS:
            return MINISTRY_ABBREVIATIONS[w[: -len(end)]]
    return None


def spell_out_contractions(models: Models, phrase: str) -> str:
    """Compound words with a contracted adjective written out, the adjective agreeing with
    the noun: "министр соцзащиты" → "министр социальной защиты", "соцработник" →
    "социальный работник". Only when the rest is a noun the dictionary knows ("социум" is
    left alone); the prefixes are ``lexicon_officials.CONTRACTED_ADJECTIVES``."""
    from soccoop.extract.lexicon_officials import CONTRACTED_ADJECTIVES

    words = phrase.split(" ")
    changed = False
    for i, w in enumerate(words):
        low = w.lower()
        for prefix, adjective in CONTRACTED_ADJECTIVES.items():
            rest = low[len(prefix):]
            if not low.startswith(prefix) or len(rest) < 4 or not rest.isalpha() or \
                    not models.analyzer.word_is_known(rest):
                continue
            noun = next((p for p in models.parse(rest) if p.tag.POS == "NOUN"), None)
            adj = next((p for p in models.parse(adjective) if p.tag.POS == "ADJF"), None)
            if noun is None or adj is None or noun.tag.case is None:
                continue
            grams = {noun.tag.case, "plur"} if noun.tag.number == "plur" else \
                {noun.tag.case, noun.tag.gender or "masc"}
            form = adj.inflect(grams)
            if form is None:
                continue
            words[i] = restore_caps(w, form.word) + " " + rest
            changed = True
            break
    return " ".join(words) if changed else phrase


def is_acronym(word: str) -> bool:
    """A body's acronym as news write it: letters only, at least three, the first and one
    more a capital ("КФУ", "ТюмГУ", "ОСФР"); a region's abbreviation is one too (the caller
    tells them apart)."""
    return len(word) >= 3 and word.isalpha() and word[:1].isupper() and \
        sum(c.isupper() for c in word) >= 2


_VOWELS = "аеёиоуыэюя"
_LINKING = "ое"  # the linking vowels of a Russian compound: "дальн-е-восточный"
_STEM = 3  # letters the first stem of a compound has at least ...
_SECOND_STEM = 5  # ... and the second one ("восточный", not the suffix "-нный")


def compound_stems(word: str) -> list[int]:
    """agr51: where a second stem of a compound word may begin: right after a linking
    vowel ("о"/"е") that follows a consonant, the stems at least ``_STEM`` and
    ``_SECOND_STEM`` letters long ("дальневосточный" → the "в" of "восточный";
    "государственный" has none: "-нный" is a suffix's length). A
    guess from spelling alone: ``acronym_words`` only uses it to match letters of an
    acronym, never to cut a word."""
    return [j for j in range(_STEM + 1, len(word) - _SECOND_STEM + 1)
            if word[j - 1] in _LINKING and word[j - 2] not in _VOWELS and
            word[j] not in _VOWELS]


def acronym_words(acronym: str, words: list[str]) -> int:
    """How many leading ``words`` the acronym spells, each word giving it one leading piece
    of itself, in order and to the acronym's end ("ТюмГУ": "Тюменский государственный
    университет ..." → 3, Тюм-Г-У; "КФУ": "Крымский федеральный университет" → 3); 0 when
    it spells none or only one word (a word's own capital letters are no acronym of it).
    agr51: a compound word gives a second piece from its second stem, after the linking
    vowel ("о"/"е") of the junction (``compound_stems``): "ДВФУ": "Дальневосточный
    федеральный университет" → 3, Д-В-Ф-У."""
    low = acronym.lower().replace("ё", "е")
    ws = [w.lower().replace("ё", "е") for w in words]

    def pieces(a: int, w: str) -> Iterator[int]:
        """Where the acronym goes on after one piece of ``w`` from its start (``a``)."""
        k = 1
        while k <= len(w) and low[a:a + k] == w[:k]:
            yield a + k
            for j in compound_stems(w):  # one more piece from the second stem
                if j > k:
                    m = 1
                    while j + m <= len(w) and low[a + k:a + k + m] == w[j:j + m]:
                        yield a + k + m
                        m += 1
            k += 1

    def spell(a: int, n: int) -> int:
        if a == len(low):
            return n
        if n == len(ws):
            return 0
        for b in pieces(a, ws[n]):
            got = spell(b, n + 1)
            if got:
                return got
        return 0

    got = spell(0, 0)
    return got if got >= 2 else 0


def _cut_eponym(words: list[str]) -> tuple[list[str], list[str] | None]:
    """A name's words before an eponym ("имени", "им.") and the eponym's own words after it
    (None when the name has no eponym): "... университет им. М. Акмуллы" → (["...",
    "университет"], ["М.", "Акмуллы"])."""
    at = next((n for n, w in enumerate(words) if w.lower().rstrip(".") in COMMEMORATIVE_WORDS),
              None)
    return (words, None) if at is None else (words[:at], words[at + 1:])


def acronym_spells(short: str, full: str) -> bool:
    """mend65, the one acronym reader of sides: is ``short`` the name ``full`` with its
    leading words written as an acronym and the rest word for word? "БГМУ" is
    "Башкирский государственный медицинский университет", "ДВФУ" "Дальневосточный
    федеральный университет" (each letter opens a word or a compound's second stem, in
    order, the whole acronym spelled: ``acronym_words``); "СФР" is "Социальный фонд России
    (СФР)" (the name's own spelling in brackets is no word of it). Each half of a
    hyphenated word gives a piece ("СВФУ": "Северо-Восточный федеральный университет").
    An eponym after "имени"/"им." is no part of what the acronym spells: a short name
    without one names the body with any ("СВФУ" and "... университет имени М. К.
    Аммосова"), one with an eponym only the body honouring the same person ("БГПУ им. М.
    Акмуллы" and "Башкирский государственный педагогический университет им. М.
    Акмуллы", by the surname's stem). Whether a region's abbreviation may be a side is the
    caller's to tell."""
    head, *rest = short.split() or [""]
    if not is_acronym(head):
        return False
    words = [half for w in full.split() if w != f"({head})" for half in w.split("-") if half]
    words, honoured = _cut_eponym(words)
    rest, own = _cut_eponym(rest)
    if own is not None and not (own and honoured and stem5(own[-1]) == stem5(honoured[-1])):
        return False
    n = acronym_words(head, words)
    if not n:  # hist89: "ТГУ" leaves out the category words that open the full name
        lead = 0
        while lead < len(words) and words[lead].lower() in CATEGORY_NAME_WORDS:
            lead += 1
        words = words[lead:] if lead else words
        n = acronym_words(head, words) if lead else 0
    tail = [w.lower() for w in words[n:]]
    if n >= 2 and not tail and [w.lower() for w in rest] in COUNTRY_AFTER_ACRONYM:
        return True  # hid93: "ФСИН России" is "Федеральная служба исполнения наказаний"
    return n >= 2 and tail == [w.lower() for w in rest]


def acronym_variant(a: str, b: str) -> bool:
    """status44: one body's name written once with an acronym in the middle and once in
    full: "Отделение СФР по Краснодарскому краю" and "Отделение Фонда пенсионного и
    социального страхования Российской Федерации по Краснодарскому краю". The words before
    and after are the same (case aside, at least one each side), the one name has one
    acronym where the other has two words or more, and each of the acronym's letters begins
    one of those words ("Отделение Банка России по краю" is another body)."""
    wa, wb = a.split(), b.split()
    if len(wa) > len(wb):
        wa, wb = wb, wa
    lead = 0
    while lead < len(wa) and wa[lead].lower() == wb[lead].lower():
        lead += 1
    tail = 0
    while tail < len(wa) - lead and wa[-1 - tail].lower() == wb[-1 - tail].lower():
        tail += 1
    short, full = wa[lead:len(wa) - tail], wb[lead:len(wb) - tail]
    if not lead or not tail or len(short) != 1 or len(full) < 2 or not is_acronym(short[0]):
        return False
    initials = {w[:1].lower() for w in full}
    return all(ch in initials for ch in short[0].lower())


def acronym_ending_name(a: str, b: str) -> bool:
    """history63: one body's name written once with its last words as an acronym and once
    in full, the quote marks aside: "АО «Северная ГОК»" and "АО «Северная
    горно-обогатительная компания»", "ООО «Тверской РМЗ»" and "ООО «Тверской
    ремонтно-механический завод»". Read on ``name_words`` (each half of a hyphenated word
    a word): the shorter name is the longer one's leading words (one at least, by
    ``stem5``) and then one acronym that spells every word after them, each word giving
    one leading piece (``acronym_words`` reads the whole rest). ``acronym_variant`` reads
    an acronym with words after it on both names; this one ends the name. Only a «quoted»
    name's end: an acronym closing a plain name is as often a region's ("министерство
    туризма КЧР") or a union's beside its branch ("ассоциация КМНС"), which the full name
    may not be."""
    wa, wb = name_words(a), name_words(b)
    short = a
    if len(wa) > len(wb):
        wa, wb, short = wb, wa, b
    if len(wa) < 2 or not is_acronym(wa[-1]) or \
            re.search(rf"{re.escape(wa[-1])}»+\s*$", short) is None:
        return False
    lead = len(wa) - 1
    if [stem5(w) for w in wa[:lead]] != [stem5(w) for w in wb[:lead]]:
        return False
    rest = wb[lead:]
    return len(rest) >= 2 and acronym_words(wa[-1], rest) == len(rest)


def stem5(word: str) -> str:
    """A word cut to its first five letters, lower case and ё as е (``names.fold``): the
    stem by which two names' words are compared whatever their case endings ("Объединённой"
    and "объединенная" are both "объед"). Punctuation is kept and no word is too short:
    callers split and filter as they need."""
    return fold(word)[:5]


# fixsigners67: the own region's adjectives (``lexicon.OWN_REGION_ADJECTIVES``) by their
# ``stem5``, any case and gender ("краевого", "областное"): the one set that
# ``party_identity``, ``merge_extra`` and ``signers`` read them by.
OWN_REGION_STEMS = frozenset(stem5(w) for w in OWN_REGION_ADJECTIVES)


def _spelled_by(short: list[str], full: list[str]) -> bool:
    """agr46: is ``short`` the words ``full`` say, its first word an acronym of the leading
    words of ``full`` and each word after it one of the words ``full`` has after those (by
    their first five letters)? "ЦЗН Новосибирска" of "Центр занятости населения города
    Новосибирска"; "ЦЗН" of "Центр занятости населения Омской области"."""
    if not short or not is_acronym(short[0]):
        return False
    n = acronym_words(short[0], full)
    rest = {stem5(w) for w in full[n:]}
    return n >= 2 and all(stem5(w) in rest for w in short[1:])


_QUOTED_BODY = re.compile(r"^(.*?)«(.+)»+\s*$")


def acronym_quoted_variant(a: str, b: str) -> bool:
    """agr46: one body written once with acronyms, for its legal form and inside its
    «quoted» name, and once in full: "ГКУ НСО «ЦЗН Новосибирска»" and "Государственное
    казённое учреждение Новосибирской области «Центр занятости населения города
    Новосибирска»"; "КУ Омской области «ЦЗН»" and "Казенное учреждение Омской области
    «Центр занятости населения Омской области»". The quoted names are the same or one
    spells the other (``_spelled_by``), and the legal forms before them are the same word
    or one's acronym spells the other's leading words (what follows the legal form, a
    region written either way, is for the caller's regions to tell)."""
    ma, mb = _QUOTED_BODY.match(a.strip()), _QUOTED_BODY.match(b.strip())
    if ma is None or mb is None:
        return False
    lead_a, lead_b = ma.group(1).split(), mb.group(1).split()
    name_a = ma.group(2).replace("«", " ").replace("»", " ").split()
    name_b = mb.group(2).replace("«", " ").replace("»", " ").split()
    if not lead_a or not lead_b or not name_a or not name_b:
        return False
    same_name = [stem5(w) for w in name_a] == [stem5(w) for w in name_b]
    if not same_name and not _spelled_by(name_a, name_b) and not _spelled_by(name_b, name_a):
        return False
    if stem5(lead_a[0]) == stem5(lead_b[0]):
        return not same_name  # the same legal form and name: ``same_quoted_name`` reads it
    return acronym_words(lead_a[0], lead_b) >= 2 or acronym_words(lead_b[0], lead_a) >= 2


_NAME_WORD = re.compile(r"[А-ЯЁа-яёA-Za-z0-9]+")
# acro47: how many words of the full name an acronym may pass over before the run it
# spells: a body's umbrella between its own words and its union's name ("городская
# организация ВОП" and "... организация Общероссийского союза «Всероссийское общество
# пчеловодов»": two words).
ACRONYM_SKIP_WORDS = 4


def name_words(name: str) -> list[str]:
    """acro47: a body's name as the words its acronyms are read on: quote marks and
    punctuation out, a word in brackets out (the name's own spelling, "(ВОИ)"), each half
    of a hyphenated word its own word ("Северо-Восточный" → "Северо", "Восточный")."""
    return _NAME_WORD.findall(re.sub(r"\([^()]*\)", " ", name))


def spelled_with_acronyms(short: list[str], full: list[str]) -> bool:
    """acro47, a body named with acronyms among its words and the same body named in full:
    each word of ``short`` is, in turn, the next word of ``full`` (its first five letters,
    whatever the case ending) or an acronym spelling the next run of two words or more of
    it (``acronym_words``), an acronym free to pass over up to ``ACRONYM_SKIP_WORDS`` words
    first; ``full`` may go on after the last one. "Рязанская городская организация ВОП" is
    "Рязанская городская организация Общероссийского союза «Всероссийское общество
    пчеловодов»" (the union's umbrella passed over); "РГО ВОП" is the same name (each
    acronym a run); "ГАУ РО «ЦСП»" is "ГАУ РО «Центр семейной помощи Рязанского района»"
    (after ``name_words``). One acronym at least must spell words; the first word of
    ``short`` reads the first of ``full``, or its second when it is in lower case and
    the first a capitalised word it leaves out ("городская организация ВОП" for
    "Рязанская городская организация ..."). Cost: the two names' lengths times the skip
    (``acronyms_spell_to`` reads each word pair once), no search over the text."""
    return acronyms_spell_to(short, full) > 0


def acronyms_spell_to(short: list[str], full: list[str]) -> int:
    """acro47: where in ``full`` the reading of ``spelled_with_acronyms`` ends (the number
    of its words ``short`` reads, the words passed over included), 0 when it does not
    read: "РГО ВОП" in "Рязанская городская организация Общероссийского союза
    «Всероссийское общество пчеловодов» провела ..." ends after "пчеловодов" (8 words)."""
    if not short or not full or not any(map(is_acronym, short)):
        return 0
    starts = [0]
    if short[0][:1].islower() and full[0][:1].isupper() and len(full) > 1:
        starts.append(1)

    memo: dict[tuple[int, int, bool], int] = {}

    def walk(i: int, j: int, spelled: bool) -> int:
        key = (i, j, spelled)
        if key not in memo:
            memo[key] = _walk(i, j, spelled)
        return memo[key]

    def _walk(i: int, j: int, spelled: bool) -> int:
        if i == len(short):
            return j if spelled else 0
        w = short[i]
        if j < len(full) and stem5(w) == stem5(full[j]):
            end = walk(i + 1, j + 1, spelled)
            if end:
                return end
        if not is_acronym(w):
            return 0
        for k in range(j, min(j + ACRONYM_SKIP_WORDS + 1, len(full))):
            # a run opening with a word in capitals is the acronym written, no spelling
            n = 0 if full[k].isupper() else acronym_words(w, full[k:])
            end = walk(i + 1, k + n, True) if n else 0
            if end:
                return end
            if k > j and i == 0:
                break  # the first word reads the name's start
        return 0

    return next((end for s in starts if (end := walk(0, s, False))), 0)
