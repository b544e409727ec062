"""One reader of Russian person names into the nominative, for every part of the project.

Officials (``officials._mention``), agreement signatories (``signers``, through the
officials' reader) and the initials forms of signatories all come here, so a name reads
alike wherever it is found. The person's gender and the name's case are decided for the
whole name, not word by word (``name_reading``): "Антонина Бурова" is a woman in the
nominative because that is the one reading first name and surname share, though
"Бурова" alone could be a man's genitive; "А. Елизаровой" is a woman because only a
woman's surname reads so. A word keeps the form written when no reading is sure.

rev49: a document's person mentions are listed here once (``person_mentions``): the NER's
PER spans as tagged, and the same spans as the signer rules read them (``read_span``),
each sorted by start, for every pass that asks which persons a stretch of text names.

acro65: two person names are compared here too, for extraction, filters and merging alike:
``same_person`` (one person?), ``same_surname`` (one surname, a case ending apart?) and
``one_surname`` (do the mentions before a pronoun name one person?).
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from soccoop.extract.lexicon import PERSON_NAME_GRAMMEMES
from soccoop.extract.lexicon_endings import (
    ADJECTIVAL_SURNAME_ENDINGS,
    FEMININE_ADJECTIVAL_OBLIQUE_ENDINGS,
    FEMININE_SURNAME_ENDINGS,
    FIRST_DECLENSION_ENDINGS,
    FIRST_DECLENSION_NAME_ENDINGS,
    MAN_SURNAME_NOUN_ENDINGS,
    NOUN_OBLIQUE_ENDINGS,
    PATRONYMIC_ENDINGS,
    SOFT_NOUN_OBLIQUE_ENDINGS,
    SURNAME_NAME_OBLIQUE_ENDINGS,
    UNDECLINED_NAME_ENDINGS,
)
from soccoop.extract.lexicon_signers import LATIN_GLOSS, SURNAME_INITIALS
from soccoop.extract.nlp import Analysis, Models, NerSpan
from soccoop.extract.normalize import restore_caps
from soccoop.models import Agreement, Official
from soccoop.names import NameParts, fold, parts_compatible, split_name, surname_eq

_CASES = {"Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct",
          "Nom": "nomn"}
_UD_CASE = {v: k for k, v in _CASES.items()}
# pymorphy2's extra cases folded into the six the tagger gives.
_SIX_CASES = {"gen1": "gent", "gen2": "gent", "acc2": "accs", "loc1": "loct", "loc2": "loct"}
# Surnames that do not decline (a single person's "-ых/-их" is no plural form).
_INDECLINABLE_SURNAME = re.compile(r"(?:ых|их|ко|аго|яго|ово|ево)$")


# Surname endings only a woman's surname has, in any case: "Ружанской", "Новиковой".
_FEMININE_SURNAME = re.compile(r"(?:ская|ской|скую|цкая|цкой|цкую|ова|овой|ову|ева|евой|еву"
                               r"|ина|иной|ину|ына|ыной|ыну)$")


def _name_gender(word: str, models: Models, surname: str | None = None,
                 case: str | None = None) -> str | None:
    """The gender of a first name; a feminine surname decides between readings ("Яны
    Ружанской": "Яна", not the plural of "Ян"). Singular readings first. A gender with no
    reading in the tagger's oblique case, nor in the nominative, gives way to one that
    has: "Петру Рябову" is Пётр's dative, not Петра's accusative."""
    parses = [p for p in models.parse(word) if "Name" in p.tag
              and p.tag.gender in ("masc", "femn")]
    gender = _gender_of_readings(parses, surname)
    want = _CASES.get(case or "")
    if gender and want and want != "nomn" and not any(
            p.tag.gender == gender and p.tag.case in (want, "nomn") for p in parses):
        in_case = [p for p in parses if p.tag.case == want]
        return _gender_of_readings(in_case, surname) or gender
    return gender


def _gender_of_readings(parses: list[Any], surname: str | None) -> str | None:
    """The gender the readings give: a feminine surname first, then singular readings."""
    if surname and _FEMININE_SURNAME.search(surname.lower()) and not surname.lower().endswith(
            FEMININE_SURNAME_ENDINGS) and any(p.tag.gender == "femn" for p in parses):
        return "femn"
    parses.sort(key=lambda p: p.tag.number != "sing")
    return str(parses[0].tag.gender) if parses else None


def _feminine_adjectival(word: str, models: Models) -> str | None:
    """A woman's adjectival surname in an oblique case to the nominative, whatever the
    tagger's case: "Лазовской" → "Лазовская". None when the word has a nominative reading
    ("Толстой", "Трубецкой") or is no such surname."""
    if not word.lower().endswith(FEMININE_ADJECTIVAL_OBLIQUE_ENDINGS):
        return None
    parses = [p for p in models.parse(word) if p.tag.POS == "ADJF" or "Surn" in p.tag]
    if not parses or any(p.tag.case == "nomn" or p.tag.gender != "femn" for p in parses):
        return None
    form = parses[0].inflect({"nomn", "sing", "femn"})
    return restore_caps(word, form.word) if form else None


def _name_word_nomn(word: str, case: str | None, gender: str | None, kind: str,
                    models: Models) -> str:
    """A first name or surname in the nominative for the person's gender."""
    if case in (None, "Nom") and kind == "Name":
        return word
    if kind == "Name" and gender == "femn" and case == "Acc" and word.endswith("ь"):
        return word  # "Айгуль", "Любовь": a woman's name in "-ь" has its nominative form
    if kind == "Surn" and _INDECLINABLE_SURNAME.search(word.lower()):
        return word  # "Михаила Толстых", "Шевченко", "Живаго": one form for every case
    if kind == "Surn":
        fem = _feminine_adjectival(word, models)
        if fem:
            return fem
    want = _CASES.get(case or "", None)
    parses = models.parse(word)
    if kind == "Surn" and want not in (None, "nomn") and gender and not any(
            "Surn" in p.tag and (p.tag.gender == gender or "ms-f" in p.tag) for p in parses):
        # a regular surname the dictionary lacks in this gender declines by its ending:
        # "Ленару Хамитову" (a woman's accusative; the dictionary knows only Хамитов's
        # dative) → "Хамитова"
        regular = _regular_surname(word, case, gender)
        if regular:
            return regular
    # one person's name is singular: "Гульназ" is no plural genitive of "Гульназа"
    candidates = [p for p in parses if kind in p.tag and
                  (kind == "Surn" or p.tag.number != "plur")]
    if not candidates and kind == "Surn" and want not in (None, "nomn"):
        regular = _regular_surname(word, case, gender) or _declined_as_common_word(
            word, want or "", gender, models)
        if regular:
            return regular
        # a foreign surname pymorphy2 reads as a noun only: "Бориса Джонсона" → "Джонсон"
        candidates = [p for p in parses if p.tag.POS == "NOUN" and p.tag.case == want
                      and "anim" in p.tag and p.tag.number == "sing"]
    if kind == "Surn" and case in (None, "Nom") and (
            any(p.tag.case == "nomn" for p in parses)
            or not any(p.tag.number == "sing" for p in candidates)):
        return word  # the tagger's nominative, and nothing says otherwise
    if gender:
        candidates = [p for p in candidates if p.tag.gender in (gender, None)
                      or "ms-f" in p.tag] or []
    if want:
        exact = [p for p in candidates if p.tag.case == want]
        candidates = exact or candidates
    # a declinable reading first: "Анне" is Анна's dative before the indeclinable "Анне"
    candidates.sort(key=lambda p: "Fixd" in p.tag)
    for p in candidates:
        if p.tag.case == "nomn" and case in (None, "Nom"):
            return word
        grams = {"nomn", "sing"}
        if gender and "ms-f" not in p.tag:
            grams.add(gender)
        form = p.inflect(grams) or p.inflect({"nomn"})
        if form:
            return restore_caps(word, form.word)
    if gender == "masc" and case in ("Gen", "Acc") and _FOREIGN_GENITIVE.search(word):
        return word[:-1]  # a foreign name the dictionary lacks: "Джона Теффта" → "Теффт"
    return word


_FOREIGN_GENITIVE = re.compile(r"[А-ЯЁа-яё]{3}[бвгджзклмнпрстфхцчшщ]а$")

def _surname_first(words: list[str], models: Models) -> list[str]:
    """A name written surname first, as in an official address, in the usual order:
    "Кругловой Елене Викторовне" → "Елене Викторовне Кругловой", read on as any name. Three
    words, the last a patronymic, the second a first name, the first none; or the second a
    first name the dictionary lacks between a surname and a patronymic that agree
    (``unknown_first_between``)."""
    if len(words) != 3:
        return words

    def has(word: str, kind: str) -> bool:
        return any(kind in p.tag for p in models.parse(word))

    if has(words[2], "Patr") and has(words[1], "Name") and (
            not has(words[0], "Name") or surname_agrees(words[0], words[1:], models)):
        return [words[1], words[2], words[0]]
    if unknown_first_between(words, models):
        return [words[1], words[2], words[0]]
    return words


def unknown_first_name(word: str, models: Models) -> bool:
    """sig47: a capitalised word the dictionary lacks, which may be a first name it does not
    know ("Зулейха"), not a known common word or place ("Москва")."""
    return word[:1].isupper() and word[1:].islower() and word.isalpha() and \
        not models.analyzer.word_is_known(word.lower())


def unknown_first_between(words: list[str], models: Models) -> bool:
    """sig47: official style puts the surname first, and a first name the dictionary lacks
    says nothing by itself: "с председателем Гаджиевой Зулейхой Магомедовной" is
    Зулейха Магомедовна Гаджиева, since the first word reads as a surname and the last as
    a patronymic in one gender and case, and the middle word is capitalised, unknown to
    the dictionary and ends in a first-declension name's ending of that case ("-ой"
    instrumental, "-ы"/"-и" genitive ...). Not when the first word also reads as a first
    name of that gender and case ("Мариной Зулейхой Магомедовной" stays as written)."""
    first, middle, patr = words
    if not unknown_first_name(middle, models):
        return False
    shared = (surname_readings(first, models) or set()) & \
        (word_readings(patr, "Patr", models) or set())
    if not shared or ("femn", "nomn") in shared or ("masc", "nomn") in shared or \
            shared & (word_readings(first, "Name", models) or set()):
        return False
    low = middle.lower()
    return any(low.endswith(ending) and case in {c for _, c in shared}
               for ending, case, _, _ in FIRST_DECLENSION_NAME_ENDINGS)


def surname_agrees(word: str, name: list[str], models: Models) -> bool:
    """nerel61: is ``word`` a capitalised surname in a case and gender the first name and
    the patronymic ``name`` share, even if it reads as a first name or a common word too:
    "Пирогова" + "Вадима Олеговича", "Кашиной" + "Марины Андреевны"; not "Пирогова" +
    "Ольги Викторовны" (his genitive, her name)?"""
    if len(name) != 2 or not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return False

    def readings(w: str, kind: str) -> set[tuple[str, str]]:
        return {(str(p.tag.case), str(p.tag.gender)) for p in models.parse(w)
                if kind in p.tag and p.tag.number == "sing"}

    # sig47: a regular "-ов/-ин" surname the dictionary knows only as a town's name
    # ("Кирсанова" + "Сергея Николаевича") agrees by its ending
    regular = {(c, g) for g, c in _regular_readings(word)}
    return bool((readings(word, "Surn") | regular) & readings(name[0], "Name")
                & readings(name[1], "Patr"))


# Case endings of the regular Russian surnames in -ов/-ев/-ин/-ын the dictionary may lack
# ("Солодовым" it reads only as the adjective "солодовый"): (gender, cases, ending, the
# nominative's ending). Table-driven, tried longest ending first.
_REGULAR_SURNAME = [
    ("masc", ("Ins",), "ым", ""),
    ("masc", ("Dat",), "у", ""),
    ("masc", ("Loc",), "е", ""),
    ("masc", ("Gen", "Acc"), "а", ""),
    ("femn", ("Gen", "Dat", "Ins", "Loc"), "ой", "а"),
    ("femn", ("Acc",), "у", "а"),
]
_REGULAR_STEM = re.compile(r"[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын)$")


def _regular_surname(word: str, case: str | None, gender: str | None) -> str | None:
    """A surname of the regular type in the nominative, by its case ending: "Солодовым"
    (instrumental, a man) → "Солодов", "Кругловой" (a woman) → "Круглова". None when the
    word is no such form for the case and gender given."""
    for g, cases, ending, nominative in _REGULAR_SURNAME:
        if g != gender or case not in cases or not word.endswith(ending):
            continue
        stem = word[: len(word) - len(ending)]
        if _REGULAR_STEM.match(stem):
            return stem + nominative
    return None



_HUSHING_OR_VELAR = frozenset("жшчщцкгх")


def _unknown_name_in_surname_case(first: str, surname: str, models: Models,
                                  case: str | None = None) -> str | None:
    """A woman's first name the dictionary does not know as a name, put in the nominative
    in the case her surname is read in: "Даримы Цыреновой" → "Дарима" (the surname is a
    woman's genitive, so "-ы" is a genitive ending too; "даримы" is known only as a
    participle). None when the name is known as a name, when the
    surname has no oblique woman's reading of the ending's case, or when it may be in the
    nominative ("Дарима Цыренова", "Айгерим Ахметовой")."""
    low = first.lower()
    if not first.isalpha() or len(first) < 4 or (
            models.analyzer.word_is_known(low)
            and any("Name" in p.tag and p.tag.gender == "femn" for p in models.parse(first))):
        return None  # a guessed paradigm ("Сарданы" as a man's "Сарданы") is no name
    readings = surname_readings(surname, models) or set()
    women = {c for g, c in readings if g == "femn"}
    want = _CASES.get(case or "")
    if want and want != "nomn" and want in women:
        women = {want}  # the whole name's case: "Милану Кокоеву" beside "министра"
    elif not women or "nomn" in women or any(g == "masc" for g, _ in readings):
        return None
    for ending, case, after_hushing, other in FIRST_DECLENSION_NAME_ENDINGS:
        stem = first[: len(first) - len(ending)]
        if low.endswith(ending) and case in women and len(stem) >= 2 and stem[-1].isalpha():
            end = after_hushing if stem[-1].lower() in _HUSHING_OR_VELAR else other
            return stem + end
    return None


# ---------------------------------------------------------------------------------------
# the whole name's gender and case
# ---------------------------------------------------------------------------------------

Reading = tuple[str, str]  # (gender, pymorphy2 case): ("femn", "ablt")
_GENDERS = ("masc", "femn")


def _case_of(tag: Any) -> str | None:
    """The tag's case among the six the tagger gives (no vocative or other extras)."""
    case = _SIX_CASES.get(tag.case, tag.case) if tag.case else None
    return case if case in _UD_CASE else None


def _genders_of(tag: Any) -> tuple[str, ...]:
    if "ms-f" in tag or tag.gender is None:
        return _GENDERS
    return (str(tag.gender),) if tag.gender in _GENDERS else ()


def _tagged_readings(parses: list[Any], kind: str) -> set[Reading]:
    """(gender, case) of the singular readings tagged ``kind`` (Name, Patr, Surn)."""
    out: set[Reading] = set()
    for p in parses:
        case = _case_of(p.tag)
        if kind in p.tag and p.tag.number != "plur" and case:
            out |= {(g, case) for g in _genders_of(p.tag)}
    return out


def _adjectival_feminine(parses: list[Any]) -> set[Reading]:
    """A woman's adjectival surname, any case: "Белой" → (femn, ablt) and more. Only the
    feminine: a man's "-ой"/"-ый" nominative is not to be guessed from an adjective."""
    return {("femn", c) for p in parses if p.tag.POS == "ADJF" and p.tag.gender == "femn"
            and p.tag.number == "sing" and (c := _case_of(p.tag))}


def _adjectival_masculine(word: str, parses: list[Any]) -> set[Reading]:
    """A man's adjectival surname the dictionary knows only as a common adjective: its
    masculine singular readings ("Бережным" → (masc, ablt)), and a man's nominative for a
    word in "-ой", the stressed ending the "-ый" adjective's oblique feminine shares
    ("Андрей Бережной", "Виктор Лозовой", as "Толстой"). Only with a first name beside
    it do these readings decide anything: the whole name's readings must agree."""
    adjectives = [p for p in parses if _plain_adjective(p)]
    out = {("masc", c) for p in adjectives if p.tag.gender == "masc"
           and p.tag.number == "sing" and p.tag.animacy != "inan" and (c := _case_of(p.tag))}
    if word.lower().endswith("ой") and adjectives:
        out.add(("masc", "nomn"))
    return out


def _plain_adjective(p: Any) -> bool:
    """A full adjective's reading that is no pronoun's: "Белым", not "Том" read as "тот"."""
    return p.tag.POS == "ADJF" and "Apro" not in p.tag


def _first_declension_noun(parses: list[Any]) -> set[Reading]:
    """A surname that is a noun in "-а"/"-я" declines so for a man and a woman alike:
    "Ниной Зимой", "Никитой Зимой" → "Зима"."""
    out: set[Reading] = set()
    for p in parses:
        case = _case_of(p.tag)
        if p.tag.POS == "NOUN" and p.tag.gender == "femn" and p.tag.number == "sing" and \
                case and p.normal_form.endswith(FIRST_DECLENSION_ENDINGS) and "Name" not in p.tag:
            out |= {(g, case) for g in _GENDERS}
    return out


def _regular_readings(word: str) -> set[Reading]:
    """Readings of a regular "-ов/-ин" surname the dictionary lacks, by its ending."""
    out: set[Reading] = set()
    if _REGULAR_STEM.match(word):
        out.add(("masc", "nomn"))
    if word.endswith("а") and _REGULAR_STEM.match(word[:-1]):
        out.add(("femn", "nomn"))
    for g, cases, ending, _ in _REGULAR_SURNAME:
        if word.endswith(ending) and _REGULAR_STEM.match(word[: len(word) - len(ending)]):
            out |= {(g, _CASES[c]) for c in cases}
    return out


def surname_readings(word: str, models: Models) -> set[Reading] | None:
    """The (gender, case) pairs a surname can be read as; None when it says nothing (an
    indeclinable "Черных", "Коваленко", or a word morphology does not know). A double
    surname is read by the readings its parts share: "Исайкиной-Суриной"."""
    if "-" in word:
        known = [r for r in (surname_readings(x, models) for x in word.split("-")
                             if x and not _woman_indeclinable_part(x, models))
                 if r is not None]
        if not known:
            return None
        shared = set(known[0])
        for r in known[1:]:
            shared &= r
        return shared
    if _INDECLINABLE_SURNAME.search(word.lower()):
        return None
    if not models.analyzer.word_is_known(word.lower()):
        # a guessed paradigm says nothing ("Эль-Барадеи"); a regular ending does
        return _regular_readings(word) or None
    parses = list(models.parse(word))
    # the dictionary may lack a woman's form ("Ракова" only as Раков's genitive)
    tagged = _tagged_readings(parses, "Surn")
    out = tagged | _regular_readings(word)
    if not out:
        out = _adjectival_feminine(parses) | _first_declension_noun(parses)
    if not tagged:  # "Луговой" is Лугова's oblique form and a man's nominative alike
        out |= _adjectival_masculine(word, parses)
    return out or None


def word_readings(word: str, kind: str, models: Models) -> set[Reading] | None:
    """The (gender, case) pairs a name word of ``kind`` (Name, Patr, Surn) can be read as;
    None when morphology knows nothing of it ("Айгерим", "Нино")."""
    if kind == "Surn":
        return surname_readings(word, models)
    if not models.analyzer.word_is_known(word.lower()):
        return None  # a guessed paradigm of a foreign name says nothing
    return _tagged_readings(list(models.parse(word)), kind) or None


def name_reading(words: list[tuple[str, str]], agreeing: list[str | None],
                 models: Models) -> tuple[str | None, str | None]:
    """The gender and (UD) case a whole name has: the readings all its known words share,
    narrowed by the first case in ``agreeing`` (the case of a post the name is in
    apposition to) that leaves any. "Натальей Белой" → ("femn", "Ins"); "Антонина Бурова"
    beside "начальник" → ("femn", "Nom"), though "Антонина Бурова" alone may be Антонин
    Буров's genitive. Each is None when the readings leave more than one or none; an
    unknown word agrees with any gender and leaves the case open ("Цзян Цзэминя"). The
    tagger's case of single words is no help: it reads a nominative name after a
    genitive chain as a genitive."""
    common, every = _common_readings(words, agreeing, models)
    genders = {g for g, _ in common}
    cases = {c for _, c in common}
    return (genders.pop() if len(genders) == 1 else None,
            _UD_CASE.get(cases.pop()) if len(cases) == 1 and every else None)


def _common_readings(words: list[tuple[str, str]], agreeing: list[str | None],
                     models: Models) -> tuple[set[Reading], bool]:
    """The readings every known word of a name shares, narrowed by ``agreeing``, and
    whether every word is known (``name_reading``)."""
    readings = [word_readings(w, k, models) for w, k in words]
    known = [r for r in readings if r is not None]
    if not known:
        return set(), False
    common = set(known[0])
    for r in known[1:]:
        common &= r
    for ud in agreeing:
        narrowed = {r for r in common if r[1] == _CASES.get(ud or "")}
        if narrowed:
            common = narrowed
            break
    return common, len(known) == len(readings)


def _woman_by_surname(rest: list[tuple[str, str]], agreeing: list[str | None],
                      models: Models) -> tuple[str | None, str | None]:
    """("femn", case) when the surname (and patronymic) read only as a woman's, in an
    oblique case, though the first name has no woman's reading to share: "Сайыне
    Тотровой" (the dictionary knows "Сайыне" only as a man's locative) is a woman, in the
    dative or the locative. (None, None) otherwise: the first name decides."""
    common, _ = _common_readings(rest, agreeing, models)
    if not common or any(g != "femn" or c == "nomn" for g, c in common):
        return None, None
    cases = {c for _, c in common}
    return "femn", _UD_CASE.get(cases.pop()) if len(cases) == 1 else None


def _known_words_case(words: list[tuple[str, str]], agreeing: list[str | None],
                      models: Models) -> str | None:
    """The one (UD) case the known words of a name share, an unknown first name aside:
    "Милану Кокоеву" beside the accusative "министра" → "Acc", which gives the unknown
    "Милану" its nominative "Милана"."""
    common, _ = _common_readings(words, agreeing, models)
    cases = {c for _, c in common}
    return _UD_CASE.get(cases.pop()) if len(cases) == 1 else None


def oblique_case(words: list[tuple[str, str]], agreeing: list[str | None],
                 models: Models) -> str | None:
    """An oblique (UD) case of the whole name when its shared readings are all oblique and
    of one gender, though they leave the case open: "Алане Гацоевой" is a woman's dative
    or locative, and either gives "Алана Гацоева". None when the name may be nominative,
    when the readings are of both genders or none, or when a word is unknown."""
    common, every = _common_readings(words, agreeing, models)
    if not common or not every or len({g for g, _ in common}) != 1 or \
            any(c == "nomn" for _, c in common):
        return None
    return _UD_CASE.get(sorted(c for _, c in common)[0])


def surname_nomn(word: str, case: str | None, gender: str | None, models: Models) -> str:
    """A surname in the nominative for the person's gender; a double surname part by part
    ("Исайкиной-Суриной" → "Исайкина-Сурина") when each part reads as a surname of its
    own (pymorphy2 declines only the last part of a hyphenated word); a foreign one
    ("Эль-Барадеи") as one word."""
    parts = word.split("-")
    if len(parts) > 1 and all(p[:1].isupper() for p in parts) and \
            all(_surname_forms(p, models) for p in parts):
        return "-".join(_name_word_nomn(x, case, gender, "Surn", models) for x in parts)
    if len(parts) > 1 and gender == "femn" and all(p[:1].isupper() for p in parts) and \
            any(_surname_forms(p, models) for p in parts) and \
            all(_surname_forms(p, models) or _woman_indeclinable_part(p, models)
                for p in parts):
        # "Ириной Солнцевой-Пак" → "Солнцева-Пак": a woman's consonant-final part stays
        return "-".join(x if _woman_indeclinable_part(x, models) else
                        _name_word_nomn(x, case, gender, "Surn", models) for x in parts)
    if len(parts) > 1 and all(p[:1].isupper() for p in parts) and \
            any(_surname_forms(p, models) for p in parts) and \
            all(_surname_forms(p, models) or _adjectival_part(p, case, gender, models)
                for p in parts):
        # "Леонидом Пасечным-Котовым" → "Пасечный-Котов": an adjectival part too
        return "-".join(_name_word_nomn(x, case, gender, "Surn", models)
                        if _surname_forms(x, models) else
                        _adjectival_part(x, case, gender, models) or x for x in parts)
    return _name_word_nomn(word, case, gender, "Surn", models)


def _adjectival_part(part: str, case: str | None, gender: str | None,
                     models: Models) -> str | None:
    """A part of a double surname declined as an adjective, in the nominative: the whole
    name's case and gender are sure (read from the first name and the surname part beside
    it), so "Пасечным" of "Леонидом Пасечным-Котовым" is "Пасечный" and "Белой" of
    "Анной Белой-Ивановой" is "Белая". None when the part has no singular adjective
    reading of that oblique case and gender (a single adjectival surname stays as written:
    "Андреем Белым" may be no adjective's form)."""
    want = _CASES.get(case or "")
    if not gender or want in (None, "nomn") or not part.isalpha():
        return None
    for p in models.parse(part):
        if p.tag.POS == "ADJF" and p.tag.number == "sing" and p.tag.gender == gender and \
                _case_of(p.tag) == want:
            form = p.inflect({"nomn", "sing", gender})
            if form:
                return restore_caps(part, form.word)
    return None


def _woman_indeclinable_part(part: str, models: Models) -> bool:
    """A part of a double surname that does not decline for a woman: it ends in a
    consonant and morphology reads no woman's surname in it ("Пак" of "Солнцевой-Пак",
    "Ли" is a vowel-final foreign part the dictionary lacks)."""
    if not part.isalpha() or _tagged_readings(list(models.parse(part)), "Surn") & {
            ("femn", c) for c in _UD_CASE}:
        return False
    if _regular_readings(part):
        return False
    return part[-1].lower() in "бвгджзклмнпрстфхцчшщ" or (
        len(part) <= 3 and not models.analyzer.word_is_known(part.lower()))


def _surname_forms(word: str, models: Models) -> bool:
    """Does morphology read the word as a declined surname (a dictionary or regular one)?"""
    return bool(_tagged_readings(list(models.parse(word)), "Surn") or _regular_readings(word))


def _declined_as_common_word(word: str, want: str, gender: str | None,
                             models: Models) -> str | None:
    """A woman's surname the dictionary knows only as a common word, in the nominative: an
    adjectival one ("Натальей Белой" → "Белая") or a noun in "-а" ("Ниной Зимой" → "Зима").
    A noun in "-а" declines so for a man or a name by initials too ("директора Щербины
    Л.А." → "Щербина"), unless it ends in "-и"/"-е" as foreign names do ("Марио Драги").
    None when neither reading fits the case."""
    if not models.analyzer.word_is_known(word.lower()):
        return None  # a guessed paradigm: "Эль-Барадеи" is no noun in "-я"
    parses = models.parse(word)
    if gender == "femn":
        adj = [p for p in parses if p.tag.POS == "ADJF" and p.tag.gender == "femn" and
               p.tag.number == "sing" and _case_of(p.tag) == want]
        if adj:
            form = adj[0].inflect({"nomn", "sing", "femn"})
            if form:
                return restore_caps(word, form.word)
    if gender == "masc":
        # "Андреем Белым" → "Белый": the adjective's own nominative (a "-ой" surname
        # written only in an oblique case cannot be told from it)
        adj = [p for p in parses if _plain_adjective(p) and p.tag.gender == "masc" and
               p.tag.number == "sing" and _case_of(p.tag) == want]
        if adj:
            form = adj[0].inflect({"nomn", "sing", "masc"})
            if form:
                return restore_caps(word, form.word)
    if gender != "femn" and word.lower().endswith(UNDECLINED_NAME_ENDINGS):
        return None  # a man's "Драги" may be a foreign name as well as a noun's genitive
    nouns = [p for p in parses if p.tag.POS == "NOUN" and p.tag.gender == "femn" and
             p.tag.number == "sing" and _case_of(p.tag) == want and
             p.normal_form.endswith(FIRST_DECLENSION_ENDINGS) and "Name" not in p.tag]
    if nouns:
        form = nouns[0].inflect({"nomn", "sing"})
        if form:
            return restore_caps(word, form.word)
    return None


@dataclass
class PersonName:
    """A name's parts in the nominative, with the gender read from the whole name."""

    first: str | None
    others: list[str]  # the patronymic (or a middle name)
    surname: str
    gender: str | None
    guessed: bool  # a first name is written, yet the gender comes from elsewhere
    nominative: bool  # the surname is written in the nominative


def woman_in_nominative(first: str, surname: str, models: Models) -> bool:
    """Can a first name and a surname be a woman's name in the nominative, as written, by
    the surname alone? For a name beside a post in the nominative: "Баира Манджиева" (the
    dictionary reads "Баира" only as the genitive of a man's "Баир", but "Манджиева" is a
    woman's nominative). False when the first name is known in the nominative as a name
    (it says the gender itself) or does not end as a woman's name does."""
    parses = models.parse(first)
    if not first.isalpha() or len(first) < 3 or any(
            "Name" in p.tag and p.tag.case == "nomn" and p.tag.number == "sing"
            for p in parses):
        return False
    if first[-1].lower() not in "ая" and not _undeclined_woman_name(first, parses):
        return False
    return any(g == "femn" and c == "nomn" for g, c in surname_readings(surname, models) or ())


def woman_by_nominative_surname(first: str, surname: str, models: Models) -> bool:
    """sig72: beside a post in the nominative, a surname whose only nominative reading is
    a woman's makes the name hers, though the dictionary reads the first name only as a
    man's nominative: "уполномоченный по правам человека Зарият Гасанова" (an undeclined
    woman's name the dictionary files as a man's; a man's name and "Гасанова" share no
    nominative, and the first name has no oblique reading to be a genitive of)."""
    first_readings = word_readings(first, "Name", models)
    surname_nominative = {g for g, c in surname_readings(surname, models) or () if c == "nomn"}
    return bool(first_readings) and first.isalpha() and surname_nominative == {"femn"} and \
        all(c == "nomn" for _, c in first_readings or ())


def man_adjectival_surname(first: str, surname_raw: str, models: Models,
                           read: tuple[str | None, str] | None = None) -> bool:
    """sig72, offreg72: is a surname in "-ой" a man's adjectival surname in the nominative
    (as "Толстой", "Трубецкой"), not a woman's oblique "-ой" to turn into "-ая"? A man's
    "-ой" surname has no oblique case in "-ой" ("Заречного", "Заречным"), so his is always
    the nominative. Two proofs, one concept:
    before any reading, the first name reads only as a man's nominative and the surname is
    no regular "-ов/-ин" surname's oblique case: "иерей Пётр Боровской" (not a woman
    "Боровская"; "Гасановой", "Гасанова"'s, is left to the readings of the whole name);
    after the whole name's reading (``read``: its gender and the surname's normalised
    nominative), the name reads as a man's while the normaliser made the surname a woman's
    "-ая" of the same stem: "протоиерей Павел Заречной" stays "Заречной"."""
    if not surname_raw.lower().endswith("ой"):
        return False
    if read is not None:
        gender, surname = read
        return gender == "masc" and surname.lower().endswith("ая") and \
            surname_raw[:-2] == surname[:-2]
    return surname_raw.isalpha() and not _REGULAR_STEM.match(surname_raw[:-2]) and \
        word_readings(first, "Name", models) == {("masc", "nomn")}


def two_way_woman_name(first: str, surname: str, models: Models) -> bool:
    """Can a first name and a surname that read either way be a woman's in the nominative?
    The first name is both a woman's nominative and a man's genitive ("Валентина",
    "Евгения", "Александра"), and the surname's regular readings allow a woman's
    nominative, though the dictionary may know it only as a man's genitive ("Кротова",
    Кротов's): "председатель Союза ветеранов Валентина Кротова" is hers or, as a genitive,
    his. The caller says which: the parse sets the name beside a post in the nominative."""
    parses = models.parse(first)
    both = any("Name" in p.tag and p.tag.gender == "femn" and p.tag.case == "nomn"
               for p in parses) and any(
        "Name" in p.tag and p.tag.gender == "masc" and p.tag.case == "gent" for p in parses)
    return both and any(g == "femn" and c == "nomn"
                        for g, c in surname_readings(surname, models) or ())


# A post noun's accusative is its genitive when animate ("поблагодарила министра"), so a
# name beside a post the tagger reads as genitive may be accusative, and the reverse.
_ANIMATE_ACCUSATIVE = {"Gen": ["Acc"], "Acc": ["Gen"]}


def _undeclined_woman_name(first: str, parses: Sequence[Any]) -> bool:
    """A consonant-final first name no man's name reading has: a woman's, which does not
    decline ("Гульназ", "Айгерим"); a man's would take "-а" in the genitive ("Ильдара")."""
    return first[-1].lower() in "бвгджзклмнпрстфхцчшщ" and not any(
        "Name" in p.tag and p.tag.gender == "masc" for p in parses) and any(
        "Name" in p.tag for p in parses)


def nominative_person(words: list[str], tagged: dict[str, str | None],
                      surname_gender: str | None, models: Models,
                      post_case: str | None = None, regnal: bool = False) -> PersonName:
    """The one person-name normaliser (``_nominative_person``), read once per name as
    written (speed64): the answer depends on the words, their tagged cases, the gender, the
    post's case and the models alone, and a document asks it again for every mention of a
    person and every pass that names a signer ("Антониной Буровой" as an official, then as
    the signer of each record). Each caller gets its own copy (``others`` is a list)."""
    key = (tuple(words), tuple(sorted(tagged.items(), key=lambda kv: kv[0])),
           surname_gender, models, post_case, regnal)
    try:
        known = _PERSONS.get(key)
    except TypeError:  # models without a hash (a test's stand-in): read afresh
        return _nominative_person(words, tagged, surname_gender, models, post_case, regnal)
    if known is None:
        if len(_PERSONS) >= PERSONS_KEPT:
            _PERSONS.clear()
        known = _PERSONS[key] = _nominative_person(words, tagged, surname_gender, models,
                                                   post_case, regnal)
    return replace(known, others=list(known.others))


# speed64: ``nominative_person``'s answers by its arguments (a bounded table, emptied when
# full: a document names a few dozen people)
_PERSONS: dict[tuple[object, ...], PersonName] = {}
PERSONS_KEPT = 4096


def _nominative_person(words: list[str], tagged: dict[str, str | None],
                       surname_gender: str | None, models: Models,
                       post_case: str | None = None, regnal: bool = False) -> PersonName:
    """The one person-name normaliser: the name's full words (initials left out) in the
    nominative. ``tagged`` gives the tagger's case of each word, ``surname_gender`` its
    gender of the surname (a last resort), ``post_case`` the case of a post the
    name agrees with ("министр К. Новикова": nominative). Gender and case
    come from the whole name (``name_reading``), else word by word as the tagger saw
    them: "Антониной Буровой" → "Антонина Бурова", "Елизаровой" (after initials) →
    "Елизарова", "Натальей Белой" → "Наталья Белая", "Ерлан Кайратулы" as written."""
    words = _surname_first(words, models)
    surname_raw = words[-1]
    first_raw = words[0] if len(words) >= 2 else None

    def tagged_case(w: str) -> str | None:
        if post_case and first_raw is None and w == surname_raw:
            return post_case  # "министр К. Новикова": the post's nominative, not "Новиков"
        return tagged.get(w)

    if post_case == "Nom" and first_raw and len(words) == 2 and (
            woman_in_nominative(first_raw, surname_raw, models) or
            woman_by_nominative_surname(first_raw, surname_raw, models)):
        # "министр ... Баира Манджиева": a woman in the post's nominative, as written
        return PersonName(first_raw, [], surname_raw, "femn", False, True)
    if post_case in (None, "Nom") and first_raw and len(words) == 2 and \
            tagged.get(first_raw) in (None, "Nom") and \
            man_adjectival_surname(first_raw, surname_raw, models):
        return PersonName(first_raw, [], surname_raw, "masc", False, True)
    kinds = ([(first_raw, "Name")] if first_raw else []) + \
        [(w, "Patr") for w in words[1:-1]] + [(surname_raw, "Surn")]
    agreeing = [post_case] + _ANIMATE_ACCUSATIVE.get(post_case or "", [])
    j_gender, j_case = (None, None) if regnal and not first_raw else \
        name_reading(kinds, agreeing, models)
    if j_gender is None and first_raw and not regnal:
        j_gender, j_case = _woman_by_surname(kinds[1:], agreeing, models)
    if j_case is None and post_case and first_raw and not regnal and \
            _known_words_case(kinds, agreeing, models) in agreeing:
        # the name agrees with its post: "руководитель филиала Гульназ Хабибуллина"
        j_case = _known_words_case(kinds, agreeing, models)
    if j_gender and j_case is None and first_raw and not regnal:
        j_case = oblique_case(kinds, agreeing, models)
    by_patronymic = patronymic_reading(words[1:-1], models) if first_raw and not regnal \
        else None
    if by_patronymic and by_patronymic[0] != j_gender:
        j_gender, j_case = by_patronymic

    def case_of(w: str) -> str | None:
        return j_case or tagged_case(w)

    gender: str | None = None
    guessed = False
    if first_raw:  # the whole name's reading; an unknown first name's guess only without
        gender = j_gender or _name_gender(first_raw, models, surname_raw, case_of(first_raw))
    if gender is None:
        gender = j_gender or {"Masc": "masc", "Fem": "femn"}.get(surname_gender or "")
        guessed = gender is not None and first_raw is not None  # "Шейк Модибо Диарра"
    if regnal and not first_raw:
        surname = _name_word_nomn(surname_raw, case_of(surname_raw), gender, "Name", models)
    else:
        surname = surname_nomn(surname_raw, _surname_case(surname_raw, case_of(surname_raw),
                                                          j_gender, models), gender, models)
    first = (_name_word_nomn(first_raw, case_of(first_raw), gender, "Name", models)
             if first_raw else None)
    if first_raw and first == first_raw and gender in ("femn", None):
        first = _unknown_name_in_surname_case(
            first_raw, surname_raw, models,
            (j_case or _known_words_case(kinds, agreeing, models))
            if j_gender == "femn" else None) or first
        gender = "femn" if first != first_raw else gender
    if post_case == "Ins" and first_raw and surname == surname_raw:
        stems = [_unknown_man_instrumental(w, models) for w in (first_raw, surname_raw)]
        if stems[0] and stems[1]:
            first, surname, gender = stems[0], stems[1], "masc"
    if first_raw and man_adjectival_surname(first_raw, surname_raw, models, (j_gender, surname)):
        surname = surname_raw
    if gender == "masc" and first_raw and first != first_raw and surname == surname_raw:
        surname = _man_surname_as_noun(surname_raw, first_raw, models) or \
            (_man_first_declension_surname(surname_raw, first_raw, words[1:-1], models)
             or surname)
    if first_raw and not regnal:
        surname = _double_surname_alike(surname_raw, surname, gender)
    if first_raw and first == first_raw and surname != surname_raw:
        first = _first_like_surname(first_raw, surname_raw, surname, models) or first
    if by_patronymic and by_patronymic[1] == "Nom" and _unknown_word(surname_raw, models):
        surname = surname_raw  # "Аслан Заурович Шхагогу": no dative "-у" to strip
    others = [_name_word_nomn(w, case_of(w), gender, "Patr", models) for w in words[1:-1]]
    # written in the nominative: tagged so, and not changed by a sure oblique reading
    return PersonName(first, others, surname, gender, guessed,
                      case_of(surname_raw) == "Nom" and surname == surname_raw)


def patronymic_reading(middle: list[str], models: Models
                       ) -> tuple[str, str | None] | None:
    """nerel64: the gender, and the (UD) case when only one, a name's patronymic says by
    itself: the dictionary's patronymic readings, or the regular ending
    (``lexicon_endings.PATRONYMIC_ENDINGS``) of one it lacks. A patronymic is the surest
    word of a Russian name: "-овна" is a woman's nominative whatever the first name beside
    it reads as ("Жаргала Содномовна Сандакова" is no man's genitive of "Жаргал"; "Аминат
    Муратовна Хубиева" no man's name), and "-ович" a man's nominative, whose unknown
    surname is then written as it stands ("Аслан Заурович Шхагогу", not "Шхагог").
    None when there is no middle word, more than one, or its readings leave both genders
    or none."""
    if len(middle) != 1:
        return None
    readings = patronymic_readings(middle[0], models)
    genders = {g for g, _ in readings}
    if len(genders) != 1:
        return None
    cases = {c for _, c in readings}
    return genders.pop(), _UD_CASE.get(cases.pop()) if len(cases) == 1 else None


def patronymic_readings(word: str, models: Models) -> set[Reading]:
    """nerel64: the (gender, case) readings of a patronymic: the dictionary's, or by the
    regular ending (``PATRONYMIC_ENDINGS``) of one it lacks ("Содномовна" → a woman's
    nominative); empty for a word that is neither."""
    if not word.isalpha():
        return set()
    readings = word_readings(word, "Patr", models)
    if readings is None:
        low = word.lower()
        readings = next(({(g, c) for c in cases} for end, g, cases in PATRONYMIC_ENDINGS
                         if low.endswith(end) and len(low) > len(end) + 2), set())
    return set(readings)


def patronymic_cases(word: str, models: Models) -> frozenset[str]:
    """The (UD) cases a patronymic reads in (``patronymic_readings``): "Аюрович" → Nom,
    "Петровича" → Gen, Acc; empty for a word that is no patronymic."""
    return frozenset(_UD_CASE[c] for _, c in patronymic_readings(word, models)
                     if c in _UD_CASE)


def _unknown_word(word: str, models: Models) -> bool:
    """A word the dictionary lacks (a foreign surname): its oblique readings are guesses
    ("Шхагогу" is no dative of a "Шхагог")."""
    return word.isalpha() and not models.analyzer.word_is_known(word.lower())


def _unknown_man_instrumental(word: str, models: Models) -> str | None:
    """offreg72: the nominative of a man's name word the dictionary lacks, told in the
    instrumental of the post it stands beside: "-ом" after a hard consonant, "-ем" after a
    hushing one or "ц" ("с вице-премьером Тумуром Ондаром" → "Тумур", "Ондар";
    "Бадмажапом Дашиевым" is left to the dictionary). A woman's instrumental ends in
    "-ой"/"-ей", so the ending says the gender. None for a known word or another ending;
    the caller reads both words so or neither."""
    low = word.lower()
    if not word.isalpha() or models.analyzer.word_is_known(low) or len(word) < 5:
        return None
    stem, ending = word[:-2], low[-2:]
    if ending == "ом" and stem[-1].lower() in _HARD_CONSONANT or \
            ending == "ем" and stem[-1].lower() in "жшчщц":
        return stem
    return None


def _first_like_surname(first: str, surname_raw: str, surname: str,
                        models: Models) -> str | None:
    """A man's first name the dictionary lacks, declined like his surname: the ending
    the surname lost, the first name loses too ("Милошу Земану" → "Милош Земан"; a
    possessive surname's "-ым" is the name's "-ом", "Ньургуном Слепцовым" → "Ньургун
    Слепцов"). Only a consonant-final surname's ending ("-у", "-ом", "-а", "-е"), and a stem
    of three letters; a soft-sign surname's by ``_declined_like_a_soft_surname``."""
    if any("Name" in p.tag for p in models.parse(first)
           if models.analyzer.word_is_known(first.lower())):
        return None
    surname_raw, surname = surname_raw.split("-")[-1], surname.split("-")[-1]
    if surname.endswith("ь"):
        return _declined_like_a_soft_surname(first, surname_raw, surname)
    if not surname_raw.startswith(surname) or surname[-1:] not in _HARD_CONSONANT:
        return None
    ending = surname_raw[len(surname):]
    # sig65: "Ньургуном Слепцовым" → "Ньургун": a possessive surname's "-ым" is "-ом" on
    # the first name
    ending = SURNAME_NAME_OBLIQUE_ENDINGS.get(ending, ending)
    stem = first[: len(first) - len(ending)]
    if ending in NOUN_OBLIQUE_ENDINGS and first.endswith(ending) and len(stem) >= 3 and \
            stem[-1] in _HARD_CONSONANT | frozenset("шжчщ"):
        return stem
    return None


def _declined_like_a_soft_surname(word: str, surname_raw: str, surname: str) -> str | None:
    """nerel78: a man's name word the dictionary lacks, declined like the soft-sign surname
    beside it: the surname's oblique ending ("-я", "-ю", "-ем", "-е" for "-ь") says the
    case, and the word in the same ending ends in "-ь" too ("Рафаэля Дюпонселя" →
    "Рафаэль"), in the hard ending of that case it ends in its consonant ("Гомеса-Маринеля"
    → "Гомес" of "Гомес-Маринель"). None when the word has neither ending or a stem
    shorter than three letters."""
    if not surname.endswith("ь") or not surname_raw.startswith(surname[:-1]):
        return None
    soft = surname_raw[len(surname) - 1:]
    hard = SOFT_NOUN_OBLIQUE_ENDINGS.get(soft)
    if hard is None or not word.isalpha():
        return None
    for ending, nominative in ((soft, "ь"), (hard, "")):
        stem = word[: len(word) - len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and stem[-1] in _HARD_CONSONANT:
            return stem + nominative
    return None


def _double_surname_alike(raw: str, surname: str, gender: str | None) -> str:
    """nerel78: a man's double surname whose last part morphology declined, its first part
    declined alike when the dictionary lacks it: "Гомеса-Маринеля" → "Гомес-Маринель", not
    "Гомеса-Маринель" (pymorphy2 declines only the last part of a hyphenated word). A
    woman's consonant-final part does not decline, so only a man's."""
    parts, raw_parts = surname.split("-"), raw.split("-")
    if gender != "masc" or len(parts) != 2 or len(raw_parts) != 2 or \
            parts[0] != raw_parts[0] or parts[1] == raw_parts[1]:
        return surname
    first = _declined_like_a_soft_surname(raw_parts[0], raw_parts[1], parts[1]) or (
        raw_parts[0][:-1] if raw_parts[1].startswith(parts[1]) and parts[1][-1:] in
        _HARD_CONSONANT and raw_parts[1][len(parts[1]):] == raw_parts[0][-1:] == "а" and
        raw_parts[0][-2:-1] in _HARD_CONSONANT else None)
    return f"{first}-{parts[1]}" if first else surname


# The cases whose noun ending no surname's nominative has: a genitive "-а" may be the
# nominative of a surname in "-а" the writer left undeclined ("Мартина Куба").
_NOUN_SURNAME_CASES = frozenset({"datv", "ablt", "loct"})
_HARD_CONSONANT = frozenset("бвдзклмнпрстфх")


def _man_surname_as_noun(surname: str, first: str, models: Models) -> str | None:
    """A man's surname left as written while his first name is in an oblique case: it
    declines as a masculine noun in that case. "Сергеем Лиманом" → "Лиман" (the dictionary
    knows "лиман" only as a common noun), "Джоном Смитом" → "Смит" (unknown: by the
    instrumental ending, after a hard consonant). Not in the genitive, whose "-а" may be
    an undeclined nominative. None when no reading fits."""
    cases = {c for g, c in word_readings(first, "Name", models) or () if g == "masc"}
    if not cases or not cases <= _NOUN_SURNAME_CASES or not surname.isalpha():
        return None
    if models.analyzer.word_is_known(surname.lower()):
        for p in models.parse(surname):
            if p.tag.POS == "NOUN" and p.tag.number == "sing" and p.tag.case in cases and (
                    p.tag.gender == "masc" and p.normal_form[-1:] in _HARD_CONSONANT
                    or p.tag.gender == "femn" and p.normal_form.endswith(FIRST_DECLENSION_ENDINGS)):
                # "Сергеем Лиманом" → "Лиман"; "Никитой Зимой" → "Зима"
                return restore_caps(surname, p.normal_form)
        return None
    for ud, ending in MAN_SURNAME_NOUN_ENDINGS:
        stem = surname[: len(surname) - len(ending)]
        if _CASES[ud] in cases and surname.endswith(ending) and len(stem) >= 3 and \
                stem[-1] in _HARD_CONSONANT:
            return stem
    return None


def _man_first_declension_surname(surname: str, first: str, middle: list[str],
                                  models: Models) -> str | None:
    """sig47: a man's surname of the first declension ("Зима", "Кулага") that morphology
    reads (or guesses) only as a woman's first name or a common noun, after his first name and
    patronymic in the genitive: "директора Игоря Петровича Кулаги" → "Кулага". A
    patronymic makes the name a Russian one, whose surname declines, so the genitive's
    "-и"/"-ы" is no undeclined foreign ending ("Марио Драги" has none). The first name and
    the patronymic must read only as a man's genitive or accusative, the surname as a
    first-declension noun in that case; None otherwise."""
    if len(middle) != 1 or not surname.isalpha() or not surname[:1].isupper():
        return None
    cases = ({c for g, c in word_readings(first, "Name", models) or () if g == "masc"} &
             {c for g, c in word_readings(middle[0], "Patr", models) or () if g == "masc"})
    if not cases or not cases <= {"gent", "accs"}:
        return None
    for p in models.parse(surname):
        if p.tag.POS == "NOUN" and p.tag.number == "sing" and p.tag.case in cases and \
                p.tag.gender == "femn" and p.normal_form.endswith(FIRST_DECLENSION_ENDINGS):
            return restore_caps(surname, p.normal_form)
    return None


def _surname_case(word: str, case: str | None, gender: str | None, models: Models) -> str | None:
    """The case to read a surname in: the one given, unless the surname has no reading in
    it for the person's gender and none in the nominative; then one of its oblique
    readings (which one does not change the nominative): "Р. Громовой-Ветровой", tagged
    nominative, is a woman's oblique form → "Громова-Ветрова"."""
    if not gender or not all(_surname_forms(p, models) for p in word.split("-")):
        return case  # a common word's paradigm ("Драги") is no surname's
    readings = word_readings(word, "Surn", models)
    own = sorted(c for g, c in readings or () if g == gender)
    if not own or "nomn" in own or _CASES.get(case or "") in own:
        return case
    return _UD_CASE[own[0]]


def ud_case(case: str | None) -> str | None:
    """A pymorphy2 case by the tagger's (UD) name: "gent" → "Gen"."""
    return _UD_CASE.get(_SIX_CASES.get(case or "", case or ""))


def body_word_name(name: str, models: Models) -> bool:
    """Is the signer's name one word every reading of which is an inanimate noun in an
    oblique case, none a person's name ("Соцфондом": only "соцфонд" in the
    instrumental)? "Демин" (a surname), "Белоус" (a nominative reading) and "Сомов" (a
    short adjective, an animate plural) are names."""
    words = name.split()
    if len(words) != 1:
        return False
    parses = models.parse(words[0])
    return bool(parses) and all(
        p.tag.POS == "NOUN" and p.tag.animacy == "inan" and p.tag.case not in (None, "nomn")
        and not any(tag in p.tag for tag in PERSON_NAME_GRAMMEMES) for p in parses)


# --- one person or two? ----------------------------------------------------------------------
# acro65: every comparison of two person names in extraction, filters and merging comes here.
# The rule itself (``soccoop.names``: surname_eq, parts_compatible) is shared with the
# evaluator, so extraction and scoring read "one person" alike.


def _surname_word(name: str) -> str | None:
    """The surname word of a written name: its last full word, initials after it apart
    ("Очиров Б. Н." → "очиров", "Б.Н. Очиров" → "очиров"); None without a full word."""
    parts = split_name(name)
    return parts.surname if parts is not None else None


def same_surname(a: str, b: str) -> bool:
    """acro65: do two names (or a name and one word) end in one surname, a case ending
    apart? The surname word of each is compared (``names.surname_eq``), not the last word
    written, so initials after a surname are passed over: "Анна Котова" and "Котовой",
    "Пётр Гусев" and "П. Гусева" (a case form of one surname), "Очиров Б. Н." and "Бато
    Очиров"; "Ким" is not "Кимова" (a surname of three letters is compared whole). Empty
    names, and initials alone, share no surname."""
    wa, wb = _surname_word(a), _surname_word(b)
    return wa is not None and wb is not None and surname_eq(wa, wb)


# Unambiguous oblique endings of the regular surnames, each kept in its gender (a woman's
# "-овой" → "-ова", a man's "-овым" → "-ов"): the table of ``_regular_surname``, its
# endings that read one gender only. "-ову", "-ове", "-ова" may be either gender's and stay.
_ONE_GENDER_ENDINGS = tuple((g, cases[0], ending) for g, cases, ending, _
                            in _REGULAR_SURNAME if len(ending) > 1)


def surname_key(surname: str) -> str:
    """The form two mentions' surnames are compared by: folded (ё → е), and a case form
    left by the reader put into the nominative of its own gender through the regular
    surnames' table (``_regular_surname``): "Лукьяновой" → "лукьянова", "Лукьяновым" →
    "лукьянов", "Ружанской" → "ружанская". A man's and a woman's surname stay two
    ("Лукьянов", "Лукьянова"): the husband and the wife are two people."""
    word = surname.strip()
    for g, case, ending in _ONE_GENDER_ENDINGS:
        regular = _regular_surname(word, case, g) if word.endswith(ending) else None
        if regular is not None:
            return fold(regular)
    low = fold(word)
    for ending, nominative in ADJECTIVAL_SURNAME_ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 2:
            return low[: len(low) - len(ending)] + nominative
    return low


def one_surname(surnames: Iterable[str]) -> bool:
    """acro65: do the mentions (their surnames read into the nominative) name one person by
    surname alone? One surname, compared by ``surname_key`` (folded, a case form the reader
    left put into the nominative of its gender): "Петров", "Петровым"; "Семёнова",
    "Семенова", "Семёновой" — so a pronoun or a bare post after them has one person to
    stand for ("Министром стал Петров. Его предшественник ..."); none, or two ("Петров",
    "Сидоров"; "Лукьянов", "Лукьянова"), is no one person."""
    return len({surname_key(s) for s in surnames}) == 1


def same_person(a: str | NameParts, b: str | NameParts) -> bool:
    """acro65: do two names denote one person? Equal as written, or one surname
    (``same_surname``'s rule, one typo in a long surname when first names agree) and
    compatible first names and initials (``names.parts_compatible``): "А. Петрова" and
    "Анна Петрова" are one person, "Андрей Петров" and "Анна Петрова" two. A name may come
    written (split by ``names.split_name``) or already split into parts."""
    if a == b:
        return True
    pa = split_name(a) if isinstance(a, str) else a
    pb = split_name(b) if isinstance(b, str) else b
    return pa is not None and pb is not None and parts_compatible(pa, pb)


def named_official(officials: Sequence[Official], name: str) -> Official | None:
    """rev48: the first official of the page whom ``name`` names (``same_person``) and whose
    post gives a body, or None: the one reading of a signer's body the signer passes share
    (its body is ``named_body``). The page's "министр труда области Анна Петрова" gives
    the signer "А. Петрова" her ministry; a person the page names with no body has none."""
    return next((o for o in officials if o.organization and same_person(o.name, name)), None)


def named_body(officials: Sequence[Official], name: str) -> str | None:
    """The body of ``named_official``, or None."""
    o = named_official(officials, name)
    return o.organization if o else None


def add_signers(agreement: Agreement, names: Iterable[str]) -> None:
    """rev48: add to the record's signers, in order, each name whose surname
    (``same_surname``) no signer of it has yet, a name added counting for the next: the one
    way the signer passes give a record more signers. "Анна Петрова" and "Олег Котов" added
    to a record signed by "А. Петрова" add Котов only."""
    for name in names:
        if not any(same_surname(name, s) for s in agreement.signatories):
            agreement.signatories.append(name)


# --- a document's person mentions (rev49) ---------------------------------------------

_LATIN_GLOSS = re.compile(LATIN_GLOSS)
_SURNAME_INITIALS = re.compile(SURNAME_INITIALS)


def read_span(span: NerSpan) -> NerSpan:
    """A PER span as the signer rules read it: without a bracketed Latin spelling
    (``without_transliteration``) and cut to the name when it ends with a surname and
    initials (``initials_name``), and without what stands before a closing bracket
    (``after_bracket``): "Ирина Жирнова (Irina Zhirnova)" → "Ирина Жирнова". (``signers.
    _person_span`` until rev49)"""
    return initials_name(without_transliteration(after_bracket(span)))


def after_bracket(span: NerSpan) -> NerSpan:
    """sig48: a person's span cut after a closing bracket the NER ran over: a caption's
    mark "[Фото] Г. Иванова и ..." tagged "Фото] Г. Иванова" → "Г. Иванова" (no name
    holds a closing bracket before its words; the mark is never part of a name, so
    "Фото Иванов" is never read). A span ending in a bracket is left to
    ``without_transliteration``."""
    cut = max(span.text.rfind("]"), span.text.rfind(")"))
    rest = span.text[cut + 1:] if cut >= 0 else ""
    if not rest.strip():
        return span
    lead = len(rest) - len(rest.lstrip())
    return NerSpan(span.type, span.start + cut + 1 + lead, span.stop, rest.strip())


def initials_name(span: NerSpan) -> NerSpan:
    """A person's span that ends with a surname and its initials, cut to them: the NER
    runs a name written surname first on over the word before it, "директор ЦСО г.
    Энска Беляев В.П." → "Беляев В.П." (such a name has one surname word, so the words
    before it are not the person's). (sig30; the example reworded off a dev text, rev49)"""
    m = _SURNAME_INITIALS.search(span.text)
    if m is None or m.start() == 0 or not span.text[m.start() - 1].isspace():
        return span
    return NerSpan(span.type, span.start + m.start(), span.stop, span.text[m.start():].rstrip())


def without_transliteration(span: NerSpan) -> NerSpan:
    """A person's span without the Latin spelling the NER took in from brackets after the
    name: "Ирина Жирнова (Irina Zhirnova)" → "Ирина Жирнова" (a foreign partner's news
    gives both), so that the name matches its official and reads in the nominative."""
    m = _LATIN_GLOSS.search(span.text)
    if m is None or m.start() == 0:
        return span
    return NerSpan(span.type, span.start, span.start + m.start(), span.text[:m.start()])


class PersonMentions:
    """rev49: a document's person mentions, listed once per document for every pass: the
    NER's PER spans as tagged (``tagged``: "Фото] Г. Иванова" as the NER ran it over a
    caption's mark) and the same spans as the signer rules read them (``read``, through
    ``read_span``: "Г. Иванова"), each sorted by start with its starts for bisect. The
    two lists differ only where ``read_span`` cuts a span (a bracket, a Latin spelling, a
    post run on before a surname and initials): a cut span starts later or stops
    sooner, so a rule reading the cut name and one reading the NER's run each keep their
    list."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.tagged = sorted((s for s in analysis.spans if s.type == "PER"),
                             key=lambda s: s.start)
        self.tagged_starts = [s.start for s in self.tagged]
        self.read = [read_span(s) for s in self.tagged]
        self.read_starts = [s.start for s in self.read]

    def inside(self, start: int, stop: int, read: bool = False) -> list[NerSpan]:
        """The spans that lie inside ``start`` .. ``stop`` (a sentence), tagged or, with
        ``read``, as the signer rules read them, by bisect in the order of the text: the
        one loop of ``signers.persons_in`` (read) and ``signer_shapes._persons``
        (tagged). "Соглашение подписали Анна Котова и Олег Зуев." → both names."""
        spans, starts = (self.read, self.read_starts) if read else \
            (self.tagged, self.tagged_starts)
        out: list[NerSpan] = []
        for s in spans[bisect_left(starts, start):]:
            if s.start >= stop:
                break
            if s.stop <= stop:
                out.append(s)
        return out

    def tagged_between(self, start: int, stop: int) -> list[NerSpan]:
        """The tagged spans that start at or after ``start`` and before ``stop`` (by
        bisect, in the order of the text; a span may run past ``stop``)."""
        lo = bisect_left(self.tagged_starts, start)
        hi = bisect_left(self.tagged_starts, stop, lo)
        return self.tagged[lo:hi]


# the index held for the document being extracted, per thread (a Dask worker may run
# several threads, each with its own document)
_HELD = threading.local()


def person_mentions(analysis: Analysis) -> PersonMentions:
    """rev49: the document's ``PersonMentions``, shared by the signer passes
    (``signers.persons_in`` reads ``read``; ``signer_shapes``' sentence readers,
    ``candidate_signers._persons`` and ``signer_lines`` read ``tagged``): the persons of
    "Соглашение подписали Анна Котова и Олег Зуев" are listed once, whichever pass asks.
    tidy50: the index held for the document (``hold_person_mentions``), built once after
    its spans are final; any other call builds it anew. A document's spans are mended in
    place (``official_names``: a first name moved out of a body's span, a body tagged as a
    person re-typed), so an index remembered by the analysis alone could list spans as
    they stood before; one held only while the spans cannot change never does."""
    held: PersonMentions | None = getattr(_HELD, "mentions", None)
    if held is not None and held.analysis is analysis:
        return held
    return PersonMentions(analysis)


def hold_person_mentions(analysis: Analysis | None) -> None:
    """tidy50: hold the person index of ``analysis`` for every pass that asks
    (``person_mentions``), from now on, or, with None, hold none. The pipeline holds it
    once the officials' step has mended the spans (a body tagged as a person, "фонд Вера",
    re-typed; a first name moved out of a body's span), for the agreement and signer
    steps, and lets it go after them."""
    _HELD.mentions = None if analysis is None else PersonMentions(analysis)
