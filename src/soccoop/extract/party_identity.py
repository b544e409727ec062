"""Party identity: are these two names one side? The one home of the project's answers.

A record's sides come from many mentions, and the steps that join, clean and sign them all
ask of two names whether they are one organisation. They ask it here, in one notion with
three answers (``identity``), each asked by name:

* ``"one"``: one side named two ways (``same_side``, ``other_name``): written alike (case
  aside), or in one of the ``WAYS`` below. Asked by the merge rules (a headline in short
  names, sides restated in full, a side named alike, partners of their own), the side
  clean-up (``coreference``, ``party_cleanup``) and the dedup of a digest's items
  (``digest_items``).
* ``"two"``: two bodies, each named in full by words the other lacks (``names_apart``),
  and no way makes them one. A way wins over the words: "Краевое отделение Пенсионного
  фонда" and "Отделение Пенсионного фонда России по Забайкальскому краю" have words each
  the other lacks, and are one branch (``own_region_branch``); "Мэрия Сургута" and
  "Администрация города Сургута" have two heads, and are one town's executive
  (``town_executive``). ``two_bodies`` asks this; the merge's "another body of one region"
  (``merge_rules.other_body_of_one_region``) reads it.
* ``None``: the names do not say (a bare "министерство" beside two ministries; "Минтруд
  Чувашии" and "Министерство здравоохранения Чувашии"); each caller keeps its own default.

Some callers ask only part of the ways, by their names (``alike_by``): a heading names a
side of the body's record alike, a digest's item tells its head's agreement again
(``NAMED_ALIKE``, ``same_body``). The ways are one table; a narrower question is a list of
its names, never a test of its own.

A signer's body is asked another question (``body_is_side``: may the body a person's post
names be the side she signs for?), kept apart on purpose and documented there: a region's
ministry may sign for the region ("Министерство труда Омской области" for "Омская
область"), where two mentions of them are two parties ("two" or None here).

The ways one side is named otherwise, each a small named test with its Russian example,
asked in ``WAYS``' order, either way round:

* shorter: every word of one name stands in the other's ("Министерство труда России" and
  "Министерство труда и социальной защиты Российской Федерации",
  ``agreement_types._words_within``);
* an acronym for some words in the middle ("Отделение СФР по краю" and "Отделение Фонда
  пенсионного и социального страхования ... по краю", ``normalize.acronym_variant``);
* an acronym for the last words ("АО «Северная ГОК»" and "АО «Северная
  горно-обогатительная компания»", ``acronym_ending``);
* an acronym for the whole name ("ДВФУ" and "Дальневосточный федеральный университет",
  ``acronym_of_name``);
* one «quoted» name after another legal form ("АНО «Вместе»" and "Автономная
  некоммерческая организация «Вместе»", ``agreement_types.same_quoted_name``);
* the kind noun alone ("министерство" of "Министерство труда ... Пермского края",
  ``bare_kind_of``);
* the same name with its region found on one side only ("Марийский государственный
  университет" from "МарГУ" and from "Марийским государственным университетом",
  ``same_name_one_placed``);
* an acronym at the end of a name without its place ("Отделение СФР" and "Отделение
  Социального фонда России по Республике Бурятия", the legal name read as its everyday
  one, ``lexicon_sides.EVERYDAY_NAMES``: "Отделение Фонда пенсионного и социального
  страхования Российской Федерации по ...", ``acronym_without_place``);
* a kind noun's initial folded into an inner acronym ("ОСФР по Кемеровской области" and
  "Отделение СФР", ``initials_with_acronym``);
* a region's branch named by the own region's adjective ("Областное отделение
  Пенсионного фонда" and "Отделение Пенсионного фонда России по ... области",
  ``own_region_branch``);
* a town's executive as "мэрия" and as "администрация" ("Мэрия Сургута" and
  "Администрация города Сургута", ``town_executive``);
* one compound word of word beginnings ("Гострудинспекция" and "Государственная инспекция
  труда", ``compound_of_stems``; "Омский соцфонд" and "Омский социальный фонд",
  ``compound_inside``);
* a town or district for the body that governs it ("Мэгино-Кангаласский улус" and
  "Администрация муниципального района «Мэгино-Кангаласский улус»", ``place_of_body``);
* the same words in another order, a place's genitive for its adjective ("Центр занятости
  Томска" and "ГКУ «Томский центр занятости»", ``same_words_reordered``).

Not one side: a branch and its parent when the branch names its place and the parent
another ("Филиал фонда «Опора» по Курской области" and "... по Орловской области",
``same_quoted_name``); two ministries of one region that differ by field ("Министерство
здравоохранения Омской области" and "Министерство труда и социального развития Омской
области": "two").

A region by its name or alias for a body of that region ("Приморье" and "Министерство
труда и социальной политики Приморского края", ``region_for_body``) is no way between two
mentions: a region may be a side of its own there, the governments' agreement and the
ministries' one between the same regions are two (asked in ``WAYS`` it joined r53 r216's
plan with Chechnya to the Dagestan ministry's signing, r61 j210's Dagestan–Kherson
reference to a plan, r55 p205's three-region reference to the departments' plan). It is
asked within one record only, where such a region is dropped beside its body
(``coreference.regions_beside_bodies``).

Each test reads the two names only (a word's lemma from the models where the dictionary
decides): cost is per pair of sides, and callers compare a handful of sides.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable

from soccoop import gazetteer, names
from soccoop.extract.agreement_types import (
    _name_stems,
    _Party,
    _words_within,
    same_quoted_name,
    same_words_reordered,
)
from soccoop.extract.lexicon import (
    BODY_HEADS,
    BRANCH_HEADS,
    LEGAL_FORMS,
    ORG_HEADS,
    OWN_REGION_KIND_ADJECTIVES,
    PLACE_HEADS,
)
from soccoop.extract.lexicon_plans import COMPANY_HEADS
from soccoop.extract.lexicon_sides import (
    CITY_BODIES,
    COUNTRY_NAME_STARTS,
    EVERYDAY_NAMES,
    PLACE_OF_BODY_PREPOSITIONS,
    REGION_NOUNS,
    TOWN_EXECUTIVES,
    TOWN_NAME_FILLERS,
)
from soccoop.extract.lexicon_signers import BODY_WORD_MIN, PLACE_ADJECTIVE_END, TOUCHING_WORDS
from soccoop.extract.nlp import Models
from soccoop.extract.normalize import (
    OWN_REGION_STEMS,
    acronym_ending_name,
    acronym_spells,
    acronym_variant,
    is_acronym,
    stem5,
)
from soccoop.extract.normalize import acronym_words as spelled_words


def place_of_body(p: _Party, q: _Party) -> bool:
    """agr54: a side named by its town or district is the body that governs it, named by
    its whole name elsewhere: "глава Мэгино-Кангаласского улуса подписала соглашение" (the
    side "Мэгино-Кангаласский улус") and "По соглашению между министерством и администрацией
    муниципального района «Мэгино-Кангаласский улус»". q opens with a town's body
    (``lexicon_sides.CITY_BODIES``), p with no head of a body, every word of p's name
    stands in q's, and their regions do not differ."""
    words = p.name.lower().split()
    if not words or words[0] in ORG_HEADS or words[0] in BODY_HEADS or \
            q.name.split()[0].lower() not in CITY_BODIES:
        return False
    if p.regions and q.regions and not set(p.regions) & set(q.regions):
        return False
    mine = _name_stems(p.name)
    return bool(mine) and mine <= _name_stems(q.name) and len(q.name) > len(p.name)



def _town_of_executive(name: str, models: Models) -> tuple[str, set[str]] | None:
    """The head ("мэрия", "администрация") and the town's words (first five letters) of
    a town executive's name, filler words like "города" left out; None for another name."""
    words = re.findall(r"\w+", name.lower())
    if len(words) < 2 or words[0] not in TOWN_EXECUTIVES:
        return None
    town = {stem5(w) for w in words[1:] if models.lemma(w) not in TOWN_NAME_FILLERS}
    return (words[0], town) if town else None


def town_executive(p: _Party, q: _Party, models: Models) -> bool:
    """pair62: a town's executive is named "мэрия" in one place and "администрация" in
    another: "Мэрия Сургута подпишет соглашение" over "Администрация Сургута и городская
    организация ВОИ заключат соглашение" ("Администрация города Сургута" too). Both open
    with a town's executive (``lexicon_sides.TOWN_EXECUTIVES``), not the same one, name the
    same town (the words after the head, ``TOWN_NAME_FILLERS`` aside) and their regions do
    not differ. A district ("Администрация Сургутского района") is another town's words."""
    a, b = _town_of_executive(p.name, models), _town_of_executive(q.name, models)
    if a is None or b is None or a[0] == b[0] or a[1] != b[1]:
        return False
    return not (p.regions and q.regions and not set(p.regions) & set(q.regions))


def same_name_one_placed(p: _Party, q: _Party) -> bool:
    """agr54: one side written the same, its region found on one side only: "Марийский
    государственный университет" read from the acronym "МарГУ" (no region) and from
    "Марийским государственным университетом" (the adjective's region). Names of bodies
    only: a bare place is no such twin."""
    return p.name.lower() == q.name.lower() and bool(p.regions) != bool(q.regions) and \
        not any(w in PLACE_HEADS for w in p.name.lower().split())



def bare_kind_of(p: _Party, q: _Party, models: Models) -> bool:
    """agr54: a side named by its kind noun alone, with no region ("министерство" of
    "министерство и АО «Прикамская швейная фабрика» подписали", "фабрика" of "генеральный
    директор фабрики"), is the side whose longer name holds that noun: "Министерство труда
    и социального развития Пермского края", "АО «Прикамская швейная фабрика»"."""
    words = re.findall(r"\w+", p.name)
    if len(words) != 1 or p.regions or len(q.name) <= len(p.name):
        return False
    word = words[0].lower()
    if models.lemma(word) not in ORG_HEADS | BODY_HEADS | COMPANY_HEADS:
        return False
    return stem5(word) in {stem5(w) for w in re.findall(r"\w+", q.name.lower())}



def acronym_of_name(p: _Party, q: _Party) -> bool:
    """agr48: a side named by its acronym is the side whose name it spells
    (``normalize.acronym_spells``, the one acronym reader since mend65: "ЮЗГУ" and
    "Юго-Западный государственный университет", "ТГПУ" and "Тульский государственный
    педагогический университет имени Л. Н. Толстого" (the eponym left out), "ТГПУ им. Л.
    Толстого" and the same name (by the surname's stem)); a region's abbreviation
    (a side with a region of its own) names no body. topic43: or the «quoted» name within
    q's, the branch a headline names by its union's acronym: "ВОГ" and "Тверская
    организация общества глухих «Всероссийское общество глухих»"."""
    return not p.regions and (acronym_spells(p.name, q.name) or
                              acronym_spells(p.name, _plain_name(q.name)) or
                              any(acronym_spells(p.name, inner.group(1).strip())
                                  for inner in _QUOTED.finditer(q.name)))


def _plain_name(name: str) -> str:
    """rec95: a body's name as its acronym spells it, without what the acronym leaves out: a
    legal form, quote marks, a word in brackets and the group's capitalised brand before
    the name ("АО «ЕВРАЗ Нижнетагильский металлургический комбинат»" is spelled by "НТМК",
    "Казанский (Приволжский) федеральный университет" by "КФУ"). One pass over the words."""
    words = re.sub(r"\([^()]*\)", " ", name).replace("«", " ").replace("»", " ").split()
    if words and words[0].lower() in LEGAL_FORMS:
        words = words[1:]
    if len(words) > 2 and words[0].isupper() and words[0].isalpha():
        words = words[1:]
    return " ".join(words)


def compound_of_stems(p: _Party, q: _Party) -> bool:
    """pair69: a side named by one compound word of the name's word beginnings
    (сложносокращённое слово) is the side named in full: "Гострудинспекция" and
    "Государственная инспекция труда в Республике Коми" ("гос" + "труд" + "инспекция"),
    "Соцфонд" and "Социальный фонд России". p is one word without capitals inside (no
    acronym); split whole into two or more pieces of three letters or more, in any order,
    each the beginning of another word of q, the last one of four letters or the whole word
    ("Минтруд" and "Министерство труда ...")."""
    return _compound_spells(p.name, q.name)


def _compound_spells(word: str, name: str) -> bool:
    """Is ``word`` one compound of the beginnings of the words of ``name``
    (``compound_of_stems``)?"""
    short = word.strip().lower().replace("ё", "е")
    if " " in short or "-" in short or not short.isalpha() or \
            any(ch.isupper() for ch in word.strip()[1:]):
        return False
    words = [w.lower().replace("ё", "е") for w in re.findall(r"[А-Яа-яЁё]+", name)]
    if len(words) < 2:
        return False

    def split(rest: str, used: frozenset[int], pieces: int) -> bool:
        if not rest:
            return pieces >= 2
        for i, w in enumerate(words):
            if i in used:
                continue
            n = 0
            while n < min(len(rest), len(w)) and rest[n] == w[n]:
                n += 1
            if n == len(rest) and pieces >= 1 and (n >= 4 or n == len(w)):
                return True
            for k in range(n, 2, -1):
                if len(rest) - k >= 3 and split(rest[k:], used | {i}, pieces + 1):
                    return True
        return False

    return split(short, frozenset(), 0)


def compound_inside(p: _Party, q: _Party) -> bool:
    """stat89: a name with one compound word of word beginnings among its words is the name
    with those words in full: "Тверской госуниверситет" and "Тверской государственный
    университет", "Омский соцфонд" and "Омский социальный фонд". p has two words or more,
    each but one standing in q's name (``_name_stems``), and that one is a compound of the
    beginnings of q's words (``compound_of_stems``); q's name is longer."""
    words = p.name.split()
    if len(words) < 2 or len(q.name.split()) <= len(words):
        return False
    stems = _name_stems(q.name)
    rest = [w for w in words if not _name_stems(w) <= stems]
    return len(rest) == 1 and _compound_spells(rest[0], q.name)


def _everyday_words(name: str) -> list[str]:
    """A name's words, a legal name in it read as the everyday one
    (``lexicon_sides.EVERYDAY_NAMES``), word by word on the first four letters whatever the
    case: "Отделение Фонда пенсионного и социального страхования Российской Федерации по
    краю" → "Отделение Социальный фонд России по краю"."""
    words = name.split()
    for legal, everyday in EVERYDAY_NAMES:
        stems = [w[:4].lower() for w in legal.split()]
        n = len(stems)
        for i in range(len(words) - n + 1):
            if [w[:4].lower() for w in words[i:i + n]] == stems:
                return words[:i] + everyday.split() + words[i + n:]
    return words


def everyday_name(name: str) -> str:
    """acro47: a name with its legal name read as the everyday one (``_everyday_words``):
    "Отделение <the Social Fund's legal name> по Рязанской области" → "Отделение
    Социальный фонд России по Рязанской области", the name "ОСФР" spells; quote marks are
    read as spaces, so a legal name inside a «quoted» one is read too; the name itself
    when it holds none ("Министерство труда края")."""
    return " ".join(_everyday_words(re.sub(r"[«»\"„“]", " ", name)))


def acronym_without_place(p: _Party, q: _Party) -> bool:
    """agr56: a body named by its first words and an acronym, its place left out, is the
    body named in full with its place: "Отделение СФР" and "Отделение Социального фонда
    России по Республике Бурятия" (the legal name read as the everyday one: "Отделение
    Фонда пенсионного и социального страхования Российской Федерации по Республике
    Башкортостан", ``_everyday_words``). The words before the acronym are q's first
    words (case aside), each letter of the acronym begins q's next word in turn, and q's
    next word opens its place (``lexicon_sides.PLACE_OF_BODY_PREPOSITIONS``); p names no
    region ("Отделение СФР по Омской области" is read by ``acronym_variant``)."""
    short, full = p.name.split(), _everyday_words(q.name)
    if p.regions or len(short) < 2 or not is_acronym(short[-1]):
        return False
    lead, letters = short[:-1], short[-1].lower()
    rest = full[len(lead):]
    if [stem5(w)[:4] for w in full[:len(lead)]] != [stem5(w)[:4] for w in lead] or \
            len(rest) <= len(letters):
        return False
    return all(w[:1].lower() == ch for w, ch in zip(rest, letters, strict=False)) and \
        rest[len(letters)].lower() in PLACE_OF_BODY_PREPOSITIONS




def own_region_branch(p: _Party, q: _Party) -> bool:
    """agr91: a region's branch of a body named by an adjective of the text's own region
    before the body's everyday name (``lexicon.OWN_REGION_ADJECTIVES``: "региональное",
    "областное"), its place left out, is the branch named in full with its place:
    "Краевое отделение Пенсионного фонда" and "Отделение Пенсионного фонда России по
    Забайкальскому краю"; the legal name read as the everyday one (``_everyday_words``). p
    names no region; after p's words q holds only its country ("России") and its place
    (``lexicon_sides.PLACE_OF_BODY_PREPOSITIONS``)."""
    short, full = p.name.split(), _everyday_words(q.name)
    if p.regions or len(short) < 3 or stem5(short[0].lower()) not in OWN_REGION_STEMS:
        return False
    lead = short[1:]
    if len(full) <= len(lead) or \
            [stem5(w)[:4] for w in full[:len(lead)]] != [stem5(w)[:4] for w in lead]:
        return False
    rest = full[len(lead):]
    if rest and rest[0].lower().startswith(COUNTRY_NAME_STARTS):
        rest = rest[1:]
    return bool(rest) and rest[0].lower() in PLACE_OF_BODY_PREPOSITIONS


def parent_of_branch(p: _Party, q: _Party) -> bool:
    """partners68: a company's regional office named by its place's adjective before the
    branch noun is named by its parent's name alone, as a headline or a short retelling
    names it: "Соглашение со Сбербанком" over "управляющий Энским отделением ПАО
    Сбербанк", "Ростелеком" beside "Энский филиал ПАО «Ростелеком»". q is one word (the
    place's adjective), a branch noun (``lexicon.BRANCH_HEADS``) and the parent's name,
    nothing after it: a branch named with its place after the noun ("Отделение СФР по
    Энской области") is not read here, the fund itself may sign beside it; fixpartners68:
    the first word is a place's adjective by its "-ск-"/"-цк-" before the ending
    (``lexicon_signers.PLACE_ADJECTIVE_END``: "Новое отделение Газпромбанк" is no branch
    of a place; an adjective of that shape naming no place, "Детское", is not told apart:
    the function reads two names, no morphology). The parent's
    words, legal forms (``lexicon.LEGAL_FORMS``) left out, are p's own words by their
    first five letters, legal forms left out. p is a name, no kind word: each of its words
    capitalised, none a branch noun or a body's head ("Банк" alone is no parent's name)."""
    short = [w for w in _WORD.findall(p.name) if w.lower() not in LEGAL_FORMS]
    words = _WORD.findall(q.name)
    if not short or not all(w[:1].isupper() for w in short) or \
            any(names.stem(w) in _BRANCH_STEMS or w.lower() in ORG_HEADS | BODY_HEADS
                for w in short):
        return False
    if len(words) < 3 or names.stem(words[1]) not in _BRANCH_STEMS or \
            not PLACE_ADJECTIVE_END.search(words[0].lower()) or \
            any(w.lower() in PLACE_OF_BODY_PREPOSITIONS for w in words[2:]):
        return False
    rest = [w for w in words[2:] if w.lower() not in LEGAL_FORMS]
    return [stem5(w.lower()) for w in rest] == [stem5(w.lower()) for w in short]


def initials_with_acronym(p: _Party, q: _Party) -> bool:
    """pair67: a body's acronym may fold its kind noun's initial into an inner acronym:
    "ОСФР по Кемеровской области" is "Отделение СФР" ("региональное Отделение СФР", the
    place left out, or the same place). p's first word is an acronym ending in an acronym
    word of q; the letters before it are the initials of q's capitalised words right
    before that word (a lower-case "региональное" is no part of the name's spelling); the
    words after are p's and q's alike, or q has none."""
    short, full = p.name.split(), q.name.split()
    if not short or not is_acronym(short[0]):
        return False
    head = short[0]
    for i, w in enumerate(full):
        if i == 0 or not is_acronym(w) or len(w) >= len(head) or not head.endswith(w):
            continue
        letters = head[:len(head) - len(w)]
        before = [x for x in full[:i] if x[:1].isupper()][-len(letters):]
        if len(before) != len(letters) or \
                any(x[:1].upper() != ch for x, ch in zip(before, letters, strict=True)):
            return False
        after = full[i + 1:]
        return not after or [x.lower() for x in after] == [x.lower() for x in short[1:]]
    return False


def region_for_body(p: _Party, q: _Party) -> bool:
    """agr56: a side named by its region alone, by the region's name or an alias (no
    capital, no other town: "Казань" may be the city's own administration), is a body of
    that region named in full: "такое соглашение нужно Приморью" and "министерство труда
    и социальной политики Приморского края подписало соглашение"; "Кузбасс" and
    "Министерство социальной защиты населения Кузбасса". q opens with the head of a body
    (``lexicon.ORG_HEADS``, ``BODY_HEADS``) and holds p's region."""
    words = q.name.lower().split()
    if not p.regions or not words or words[0] not in ORG_HEADS | BODY_HEADS or \
            words[0] in PLACE_HEADS:  # "город Казань" is a place, not a body
        return False
    region = gazetteer.resolve(p.name)
    if region is None or region.code not in q.regions:
        return False
    key = gazetteer.normalize_key(p.name)
    names = (region.name, region.name.split(" — ")[0], *region.aliases)
    return any(key == gazetteer.normalize_key(n) for n in names)


def _shorter(p: _Party, q: _Party) -> bool:
    """Every word of one name stands in the other's (``agreement_types._words_within``)."""
    return _words_within(p, q) or _words_within(q, p)


def _acronym_inside(p: _Party, q: _Party) -> bool:
    """An acronym for words in the middle (``normalize.acronym_variant``)."""
    return acronym_variant(p.name, q.name)


def acronym_ending(p: _Party, q: _Party) -> bool:
    """history63: an acronym for the last words of a name, the words before it the same
    ("АО «Северная ГОК»" and "АО «Северная горно-обогатительная компания»",
    ``normalize.acronym_ending_name``): a company named in full where a signing is put off
    and by its short name where the paper is signed is one side of one agreement."""
    return acronym_ending_name(p.name, q.name)


def _region_abbreviation(word: str) -> bool:
    """fixretold66: a region's two-letter abbreviation as news spell it, told by its
    spelling (the gazetteer lists none of two letters): an oblast's or a krai's, the
    adjective's initial and "О" or "К" ("ТО" for "Тверская область", "ПК" for "Пермский
    край"), or a republic's, "Р" and the name's initial ("РД", "РТ")."""
    return len(word) == 2 and word.isupper() and (word[1] in "ОКР" or word[0] == "Р")


def acronym_words(p: _Party, q: _Party) -> bool:
    """retold66: a side named by acronyms alone, two or more, each for a run of the full
    name's words, in any order: "ГАУ ЦСПН ТО" and "Государственное автономное учреждение
    Тверской области «Центр социальной поддержки населения»" (the legal form, the place
    and the «quoted» name each spelled apart). Every word of p is an
    acronym or a region's two-letter abbreviation ("ТО", "НО", ``_region_abbreviation``);
    the initials of q's words
    (a conjunction or preposition of one or two small letters left out) cut whole into
    consecutive runs, each one of p's words spelled once, all of them used. A way of
    ``WAYS`` ("acronym words"), so every ``same_side`` and ``identity`` asks it, not only a
    retold signing; also read by ``merge_rules.without_acronym_twins``."""
    words = p.name.replace("«", " ").replace("»", " ").split()
    if len(words) < 2 or not all(w.isalpha() and w.isupper() and
                                 (is_acronym(w) or _region_abbreviation(w)) for w in words) \
            or not any(is_acronym(w) for w in words):
        return False
    full = [w for w in re.findall(r"[^\W\d_]+", q.name)
            if not (len(w) <= 2 and w.islower())]
    initials = "".join(w[0] for w in full).upper()
    pieces = [w.upper() for w in words]
    if len(initials) != sum(len(w) for w in pieces):
        return False

    @functools.cache
    def cut(at: int, left: tuple[str, ...]) -> bool:
        # ``left`` sorted and each distinct piece tried once: a name of repeated pieces
        # ("ТО ТО ТО …") costs its distinct states, not every order of its pieces
        if at == len(initials):
            return not left
        return any(initials.startswith(w, at) and cut(at + len(w), left[:i] + left[i + 1:])
                   for i, w in enumerate(left) if w not in left[:i])

    return cut(0, tuple(sorted(pieces)))


def head_of_region(p: _Party, q: _Party, models: Models) -> bool:
    """retold66: a body named by its head noun and its region alone ("Министерство
    Дагестана", "Департамент Югры") is a body of that head and that region named in full
    ("Министерство семейной политики Республики Дагестан"). p is two words,
    the head (``lexicon.ORG_HEADS``, ``BODY_HEADS``) and the region's name, of one region
    (the second word names that region in the gazetteer: "Министерство здравоохранения",
    its region read from the page, is no such name); q opens with the same head, is of that
    one region and is longer. Two ministries of one region are both such a body, so this
    is no way of ``WAYS``. Two callers ask it: ``merge_rules._sides_named_otherwise``,
    where every side of one list is matched to its own side of the other, and
    ``merge_rules.without_head_region_twins``, on every record's sides (called by
    ``merge.find_agreements``), where the short side is listed once by its one full twin."""
    words, full = p.name.split(), q.name.split()
    if len(words) != 2 or len(full) <= 2 or len(p.regions) != 1 or q.regions != p.regions \
            or gazetteer.regions_in(words[1]) != set(p.regions):
        return False
    head = models.lemma(words[0].lower())
    return head in ORG_HEADS | BODY_HEADS and head not in PLACE_HEADS and \
        models.lemma(full[0].lower()) == head


# A way reads the two names and, where a word's dictionary lemma decides, the models.
Way = Callable[[_Party, _Party, Models], bool]
NameTest = Callable[[_Party, _Party], bool]


def _names_only(test: NameTest) -> Way:
    """A way read from the two names alone."""
    return lambda p, q, models: test(p, q)


def _both_ways(test: Way) -> Way:
    return lambda p, q, models: test(p, q, models) or test(q, p, models)


def _either(test: NameTest) -> NameTest:
    return lambda p, q: test(p, q) or test(q, p)


# The ways read from the two names alone, by name: a one-sided test is asked either way
# round (``_either``), the others read the two names alike, as the merge always asked them.
NAME_WAYS: dict[str, NameTest] = {
    "shorter": _shorter,
    "acronym inside": _acronym_inside,
    "acronym ending": acronym_ending,  # history63
    "same quoted name": same_quoted_name,
    "acronym of name": _either(acronym_of_name),
    "one placed": same_name_one_placed,
    "place of body": _either(place_of_body),
    "acronym without place": _either(acronym_without_place),
    "initials with acronym": _either(initials_with_acronym),  # pair67
    "own region branch": _either(own_region_branch),  # agr91
    "parent of branch": _either(parent_of_branch),  # partners68
    "compound of stems": _either(compound_of_stems),  # pair69
    "same words reordered": same_words_reordered,  # agr72
    "compound inside": _either(compound_inside),  # stat89
    "acronym words": _either(acronym_words),  # retold66
}


def _named(name: str) -> tuple[str, Way]:
    return name, _names_only(NAME_WAYS[name])


# The ways one side is named otherwise, in the order they are asked; each symmetric.
WAYS: tuple[tuple[str, Way], ...] = (
    _named("shorter"),
    _named("acronym inside"),
    _named("acronym ending"),
    _named("same quoted name"),
    _named("acronym of name"),
    ("kind noun alone", _both_ways(bare_kind_of)),
    _named("one placed"),
    _named("place of body"),
    _named("acronym without place"),
    _named("initials with acronym"),
    _named("own region branch"),
    _named("parent of branch"),  # partners68
    ("town executive", town_executive),
    _named("compound of stems"),
    _named("same words reordered"),
    _named("compound inside"),
    _named("acronym words"),  # retold66
)

# The ways a side is named alike where the subject may be worded otherwise: a heading over
# the body's record (pair62, agr91: ``merge_rules._side_named_alike``), a digest's item
# telling its head's agreement again (``same_body``).
NAMED_ALIKE = ("shorter", "acronym of name", "same quoted name")


def other_name(p: _Party, q: _Party, models: Models) -> str | None:
    """The first way (``WAYS``) in which sides p and q are one side named otherwise, None
    when they are not (nor when they are written the same: that is the side itself).

    speed64: every way reads the two names, their regions and keys (and the models' lemmas)
    alone, never where the text names them, so the answer is kept by those
    (``_OTHER_NAMES``): the merge asks it of the same two sides for every pair of mentions
    of a document ("Минтруд Омской области" against "Министерство труда и занятости Омской
    области" once, not once per mention)."""
    key = (p.name, tuple(p.regions), p.key, q.name, tuple(q.regions), q.key, models)
    try:
        if key in _OTHER_NAMES:
            return _OTHER_NAMES[key]
    except TypeError:  # models without a hash (a test's stand-in): asked afresh
        return _other_name(p, q, models)
    if len(_OTHER_NAMES) >= OTHER_NAMES_KEPT:
        _OTHER_NAMES.clear()
    found = _OTHER_NAMES[key] = _other_name(p, q, models)
    return found


def _other_name(p: _Party, q: _Party, models: Models) -> str | None:
    """``other_name`` asked of the ways."""
    return next((name for name, test in WAYS if test(p, q, models)), None)


# speed64: the answers of ``other_name`` by the two sides' names, regions and keys (and the
# models): a bounded table, emptied when full (a document compares a few dozen pairs)
_OTHER_NAMES: dict[tuple[object, ...], str | None] = {}
OTHER_NAMES_KEPT = 8192


def same_side(p: _Party, q: _Party, models: Models) -> bool:
    """Are p and q one side named two ways (``other_name``)?"""
    return other_name(p, q, models) is not None


def alike_by(p: _Party, q: _Party, ways: tuple[str, ...]) -> bool:
    """Are p and q one side named otherwise in one of the ``ways`` named (of ``NAME_WAYS``)?
    "Министерство труда Омской области" and "Министерство труда и занятости Омской
    области" by "shorter"; "ОГАУ" and "Омский государственный аграрный университет" by
    "acronym of name"."""
    return any(NAME_WAYS[w](p, q) for w in ways)


def identity(p: _Party, q: _Party, models: Models) -> str | None:
    """The one answer to "are these two names one side?" (the module's notion): "one" when
    they are written alike (case aside) or one side named otherwise (``same_side``), "two"
    when each is a body named in full by words the other lacks (``names_apart``) and no way
    makes them one, else None. "Минтруд Омской области" and "Министерство труда и
    занятости Омской области": "one"; "Министерство здравоохранения Омской области" and
    "Министерство труда Омской области": "two"; "министерство" and "Фонд «Опора»": None."""
    if p.name.lower() == q.name.lower() or same_side(p, q, models):
        return "one"
    return "two" if names_apart(models, p, q) else None


def two_bodies(p: _Party, q: _Party, models: Models) -> bool:
    """rec92: are p and q two bodies (``identity`` "two")? "Комитет по делам молодёжи
    города" and "Комитет по культуре города"; not "Краевое отделение Пенсионного фонда"
    beside its name in full (one branch), though each has words the other lacks."""
    return identity(p, q, models) == "two"


def names_apart(models: Models, p: _Party, q: _Party) -> bool:
    """rec92: are p and q two bodies named in full, each by words the other lacks? Both
    names run to three words or more, hold no acronym and have a body's head noun
    (``ORG_HEADS``, ``BODY_HEADS``, the first such word); two heads are two kinds of body
    ("Министерство здравоохранения ..." and "Федерация профсоюзов ..."), one head is told
    apart by the other words ("Комитет по делам молодёжи" and "Комитет по культуре"; "...
    технический университет" and "... медицинский университет"). Not "Минтруд Чувашии"
    beside the ministry's full name (a short name, no head noun), nor one name holding the
    other's words ("Министерство социальной защиты населения Кузбасса" and "...
    Кемеровской области — Кузбасса")."""
    a, b = _name_lemmas(models, p.name), _name_lemmas(models, q.name)
    heads = ORG_HEADS | BODY_HEADS
    head_a = next((w for w in a if w in heads), None)
    head_b = next((w for w in b if w in heads), None)
    if head_a is None or head_b is None:
        return False
    return head_a != head_b or bool(set(a) - set(b)) and bool(set(b) - set(a))


def _name_lemmas(models: Models, name: str) -> list[str]:
    """The lemmas of a name's words of three letters or more, in order; empty for a name of
    fewer than three words or one holding an acronym (``names_apart``)."""
    words = re.findall(r"[^\W\d_]+", name)
    if len(words) < 3 or any(is_acronym(w) or w.isupper() for w in words):
        return []
    return [models.lemma(w) for w in words if len(w) >= 3]


# A signer's body and the side it may sign for (``signer_bodies``): another question.

_QUOTED = re.compile(r"[«\"„“]([^«»\"„“”]+)")


def body_stems(name: str) -> set[str]:
    """The stems of a body's words of BODY_WORD_MIN letters or more: "фонд «Свет в окне»"
    → {"фонд", "свет", "окн"}."""
    return {names.stem(w) for w in names.words(name) if len(w) >= BODY_WORD_MIN}


def _quoted(name: str) -> set[str]:
    """The quoted proper names of a body, folded: "АНО «Родные люди»" → {"родные люди"}."""
    return {" ".join(names.words(m.group(1))) for m in _QUOTED.finditer(name)} - {""}


def other_quoted_names(p: _Party, q: _Party) -> bool:
    """status56: two sides each named by a «quoted» proper name, the two names sharing no
    word stem, are two bodies, though their first words make one key: "Курское областное
    отделение общественной организации «Союз ветеранов»" and "Курское областное отделение
    общественной организации «Красный Крест»" are branches of two organisations. Not a
    quoted acronym beside its name spelled out (a word of one is no stem of the other, but
    one name is a single word: "«ВОГ»" and "«Всероссийское общество глухих»", left to the
    ways of ``identity``)."""
    a, b = _quoted(p.name), _quoted(q.name)
    if not a or not b or a & b:
        return False
    wa = {names.stem(w) for n in a for w in n.split()}
    wb = {names.stem(w) for n in b for w in n.split()}
    if all(len(n.split()) < 2 for n in a) or all(len(n.split()) < 2 for n in b):
        return False
    return not wa & wb


def body_is_side(body: str, side: str) -> bool:
    """Is the body an official's post names the agreement's side itself? The same quoted
    name ("АНО «Родные люди»" and "Центр поддержки семей «Родные люди»"), or every word
    of one found in the other ("фонд «Свет в окне»" in "Благотворительный фонд «Свет в
    окне»"; "Министерство труда Омской области" both ways).

    Not ``party_identity.same_side`` (the merge's "one side named two ways"), on purpose: that
    asks whether two mentions are one party, this whether a person's body may be the side
    they sign for, and the answers differ where they must. Over the dev rounds the two
    disagree on 689 of 14,611 (document, body, side) pairs (mend61, read by kind): a
    region side against a body of that region ("Омская область" and "Министерство труда
    Омской области", 300) and a region official's body (228) are the side here (its
    minister signs for the region) and another party there (the governments' agreement and
    the ministries' one between two regions are two); a body's words inside the side's
    name (68: "Роструд", but also a district's name inside a centre's) and a «quoted» name
    cut before its closing mark (19) are asked by words here and by the name's key there.
    Making one call the other changes records (measured). signline62: a branch named by
    its parent ("региональный Соцфонд", ``branch_by_parent``) is the branch. sig68: an
    acronym spelling the side's «quoted» name (``acronym_of_quoted``), or acronyms in a row
    spelling its words in turn (``acronyms_in_row``), is the side."""
    if _quoted(body) & _quoted(side):
        return True
    if acronym_spells(body, side) or acronym_spells(side, body) or \
            acronym_of_quoted(body, side) or acronyms_in_row(body, side):
        return True
    a, b = body_stems(body), body_stems(side)
    return bool(a and b) and (a <= b or b <= a) or branch_by_parent(body, side) or \
        own_region_compound(body, side)


def acronym_of_quoted(body: str, side: str) -> bool:
    """sig68: is the body an acronym of the side's «quoted» proper name, the legal form and
    its own acronyms before the quotes left out? "ректор ТГПУ" heads "ФГБОУ ВО «Тульский
    государственный педагогический университет»" (``normalize.acronym_spells`` on the
    quoted name). Not an acronym of words outside the quotes, nor of part of the name."""
    return any(acronym_spells(body, q) for q in _quoted(side))


def acronyms_in_row(body: str, side: str) -> bool:
    """sig68: is the body the side written as two acronyms or more in a row, each spelling
    the next words of the side's name in turn (``normalize.acronym_words``, here
    ``spelled_words``), the words after
    them as written? "ГБУ ЦСОН Энского района" is "Государственное бюджетное учреждение
    «Центр социального обслуживания населения Энского района»" (the quote marks are no
    letters). One acronym alone is ``acronym_spells``' to read; a word left unspelled, or
    one more, and it is not the side."""
    short = body.split()
    if len(short) < 2 or not (is_acronym(short[0]) and is_acronym(short[1])):
        return False
    words = [w for w in (x.strip("«»\"„“”()") for x in side.split()) if w]
    return _spelled_in_turn(short, words)


def _spelled_in_turn(short: list[str], words: list[str]) -> bool:
    """Do the acronyms opening ``short`` spell ``words`` in turn, the rest word for word?
    ["АНО", "ЦСИ", "Энска"] spells ["Автономная", "некоммерческая", "организация", "Центр",
    "семейных", "инициатив", "Энска"]."""
    if not short or not is_acronym(short[0]):
        return [w.lower() for w in short] == [w.lower() for w in words]
    n = spelled_words(short[0], words)
    return bool(n) and _spelled_in_turn(short[1:], words[n:])


def own_region_compound(body: str, side: str) -> bool:
    """signers67: a body told by an adjective of the text's own region
    (``lexicon.OWN_REGION_ADJECTIVES``) and one compound word of word beginnings
    (сложносокращённое слово) is the region's body the compound spells: the head of
    "краевое Минсоцразвитие" heads "Министерство социального развития Энского края", the
    minister of "областной минтруд" the "Министерство труда и социальной защиты Энской
    области". The body is those two words; the compound, on its stem (its case ending
    off), is read whole from the beginnings of the side's words (``_compound_spells``,
    as ``branch_by_parent`` reads "Соцфонда"); the side names a region
    (``gazetteer.regions_in``), so a federal ministry ("Министерство труда ... Российской
    Федерации") is never the region's one. Not a compound that some other field's words
    would be needed for ("минтруд" is no "Министерство социального развития ..."), nor
    a body of three words or more ("краевой минтруд и фонд"), nor a bare noun
    ("краевое министерство": which of the region's ministries?). fixsigners67: an
    adjective that tells the region's kind (``lexicon.OWN_REGION_KIND_ADJECTIVES``) needs a
    region of that kind among the side's ("краевой Минздрав" is no "Министерство
    здравоохранения Республики Энск"); "региональный" and "губернский" fit any kind;
    "местный" and "наш" are not read here. Which region is the page's own is not asked (the
    function reads two names only): on a page of two krais "краевой Минздрав" is either's."""
    short = body.split()
    adjective = stem5(short[0]) if short else ""
    if len(short) != 2 or adjective not in _REGION_ADJECTIVE_KINDS or \
            len(side.split()) < 3:
        return False
    kind = _REGION_ADJECTIVE_KINDS[adjective]
    regions = [gazetteer.by_code(c) for c in gazetteer.regions_in(side)]
    if not any(r is not None and (kind is None or kind in {stem5(w) for w in r.name.split()})
               for r in regions):
        return False
    return _compound_spells(names.stem(short[1]), side)


# fixsigners67: the own region's adjectives ``own_region_compound`` reads, by ``stem5``,
# each with the ``stem5`` of its region kind's noun (None: any kind)
_REGION_ADJECTIVE_KINDS = {stem5(a): n and stem5(n) for a, n in OWN_REGION_KIND_ADJECTIVES.items()}


def signs_for(body: _Party, side: _Party, models: Models) -> bool:
    """signline62: may a signer whose post names ``body`` sign for ``side``? One side
    (``identity``) or the body the side itself (``body_is_side``, a branch named by its
    parent among its ways: the head of "Отделение Социального фонда России по Энской
    области" is told "руководитель регионального Соцфонда"). A region named alone
    ("губернатор Энской области") is every body of the region here, as in
    ``body_is_side``: asking it of ``identity`` only was measured and moved a governor's
    line onto the partners' items of another series."""
    return identity(body, side, models) == "one" or body_is_side(body.name, side.name)


_BRANCH_STEMS = frozenset(names.stem(w) for w in BRANCH_HEADS)
# fixsignline62: a town's or district's noun in a branch's place ("в городе Энске")
_TOWN_PLACE_STEMS = frozenset(names.stem(w) for w in PLACE_HEADS - REGION_NOUNS - {"регион"})


def branch_by_parent(body: str, side: str) -> bool:
    """signline62: a region's branch named by its parent body, an adjective of the text's
    own region (``lexicon.OWN_REGION_ADJECTIVES``) before the parent's name, the branch
    noun (``lexicon.BRANCH_HEADS``) maybe between, is the branch named in full with its
    place: "Отделение Социального фонда России по Энской области" (the legal name read as
    the everyday one, ``_everyday_words``) is told "региональный Соцфонд" and
    "региональное отделение Соцфонда". The parent's words of the body after the branch noun are the
    parent's words of the side (between its branch noun and its country or place) by
    their first four letters, or one compound of their beginnings (``_compound_spells``,
    on the word's stem: "Соцфонда"). The side opens with a branch noun and names its
    place (``lexicon_sides.PLACE_OF_BODY_PREPOSITIONS``). "региональный минтруд" and
    "Отделение Социального фонда ..." are two bodies: the parent's words differ; so are
    "региональный фонд" and that branch (one word, no compound). fixsignline62: the
    place is no town's nor district's ("в городе Энске", a ``lexicon.PLACE_HEADS`` noun outside
    ``lexicon_sides.REGION_NOUNS``: the region's adjective names no city's branch; a region
    cut before its noun, "по Энской", stays) and the parent a fund
    ("фонд" among its words: "региональный Сбер" is no "Отделение Сбербанка России по ...";
    a bank's office is no region's branch of a fund). The text's region is not asked here
    (the function reads two names only): a page naming two regions' branches of one fund
    lets each match."""
    short, full = body.split(), _everyday_words(side)
    if len(short) < 2 or len(full) < 3 or \
            stem5(short[0].lower()) not in OWN_REGION_STEMS or \
            names.stem(full[0]) not in _BRANCH_STEMS:
        return False
    rest = short[1:]
    if names.stem(rest[0]) in _BRANCH_STEMS:
        rest = rest[1:]
    place = next((i for i, w in enumerate(full) if i > 0 and
                  w.lower() in PLACE_OF_BODY_PREPOSITIONS), None)
    if not rest or place is None:
        return False
    parent = [w for w in full[1:place] if not w.lower().startswith(COUNTRY_NAME_STARTS)]
    if any(names.stem(w) in _TOWN_PLACE_STEMS for w in full[place + 1:]) or \
            not any(w.lower().startswith("фонд") for w in parent):
        return False
    if len(rest) == 1 and len(parent) >= 2:
        return _compound_spells(names.stem(rest[0]), " ".join(parent))
    return [w[:4].lower() for w in rest] == [w[:4].lower() for w in parent]


def body_touches_side(body: str, side: str) -> bool:
    """May the body be the side under another name? It is the side (``body_is_side``) or
    shares TOUCHING_WORDS of its words with it ("Министерство труда Омской области" and
    "Минтруд Омской области"), so it is never taken for another body. One shared word is
    not enough: the region's adjective names many bodies of one region ("Тульская
    организация общества слепых", "Министерство ... Тульской области")."""
    return body_is_side(body, side) or \
        len(body_stems(body) & body_stems(side)) >= TOUCHING_WORDS


def same_body(p: _Party, q: _Party) -> bool:
    """Is side p side q named otherwise, as a digest's items name one agreement's sides
    (``digest_items._sides_agree``): the same key, one of the ``NAMED_ALIKE`` ways (the same
    quoted name or words, an acronym: "ННГУ"), or a one-word short name inside the other's
    name ("«Опора»" of "АНО «Семейный центр „Опора“»", ``_short_name_inside``); either way
    round."""
    return p.key == q.key or alike_by(p, q, NAMED_ALIKE) or alike_by(q, p, NAMED_ALIKE) or \
        _short_name_inside(p, q) or _short_name_inside(q, p)


def _short_name_inside(p: _Party, q: _Party) -> bool:
    """p is one word, no head of a body or place, sharing a stem with q's name: "«Опора»"
    and "АНО «Семейный центр „Опора“»"."""
    words = _WORD.findall(p.name)
    return len(words) == 1 and words[0].lower() not in ORG_HEADS | BODY_HEADS | PLACE_HEADS \
        and bool(_name_stems(words[0]) & _name_stems(q.name))


_WORD = re.compile(r"[А-ЯЁа-яёA-Za-z]+")
