"""An official's body written as the agreement names it.

A text that names a side of its agreement in full ("Кировское областное государственное
казенное учреждение «Центр занятости населения Кировской области»") usually names its
officials' bodies shorter ("директор ЦЗН Кировской области Ольга Баранова"). When the
official's body and one side of the same record are one body named two ways
(``party_identity.other_name``), the official's body is written as the side: the fuller name
the text itself gives. Run on the records as written out, after the agreements were read
and before acronyms are spelled out (``officials.gloss_acronyms``), so that a side named
"Отделение СФР по …" is spelled out like any other body.
"""
from __future__ import annotations

import re

from soccoop import gazetteer
from soccoop.extract.agreement_types import Side, side_of_name
from soccoop.extract.lexicon_officials import (
    ACADEMIC_POSTS,
    ACADEMIC_UNITS,
    HIGHER_SCHOOL_HEADS,
    HIGHER_SCHOOL_MIN_WORDS,
    HIGHER_SCHOOL_WORDS,
    POST_BODY_HEADS,
    SIDE_NAME_LIMIT,
    SIDE_NAME_WAYS,
)
from soccoop.extract.nlp import Models
from soccoop.extract.normalize import (
    acronym_words,
    is_acronym,
    name_words,
    spelled_with_acronyms,
)
from soccoop.extract.party_identity import acronym_of_name, everyday_name, identity, other_name
from soccoop.extract.person_names import same_person
from soccoop.models import Agreement, Official


def bodies_named_as_sides(officials: list[Official], agreements: list[Agreement],
                          models: Models) -> None:
    """nerel58: an official's body that is one of the record's sides named otherwise, in
    one of the ways ``SIDE_NAME_WAYS`` (a shorter name, an acronym, the same «quoted» name
    after another legal form), takes that side's name when the side's name is the longer
    one and no other side is the body too: "директор ГКУ НО «НЦЗН» Игорь Лапшин" beside the
    side "государственное казенное учреждение Нижегородской области «Нижегородский центр
    занятости населения»" → that name. A body named by its kind noun alone
    ("Отделение") is left: the kind noun fits too many sides. At most ``SIDE_NAME_LIMIT``
    distinct sides are read, so the cost stays linear in the officials."""
    sides: dict[str, Side] = {}
    for a in agreements:
        for p in a.parties:
            if p.name and p.name not in sides and len(sides) < SIDE_NAME_LIMIT:
                sides[p.name] = side_of_name(models, p.name, p.region)
    if not sides:
        return
    for o in officials:
        org = o.organization
        if not org:
            continue
        body = side_of_name(models, org, o.region)
        fits = [name for name, side in sides.items()
                if len(name) > len(org) and other_name(body, side, models) in SIDE_NAME_WAYS]
        if len(fits) == 1 and org not in sides:
            o.organization = fits[0]


STEM = 5  # letters two words of one body share ("хлебозавода" ~ "хлебозавод")


def _stems(text: str) -> set[str]:
    return {w[:STEM] for w in re.findall(r"\w{4,}", text.lower().replace("ё", "е"))}


def _holds(o: Official, name: str, side: Side, models: Models) -> bool:
    """Is the side ``name`` the body of official ``o`` (his body that side, written so or
    another way, or sharing most of its words)?"""
    org = o.organization
    if not org:
        return False
    if org == name or identity(side_of_name(models, org, o.region), side, models) == "one":
        return True
    a, b = _stems(org), _stems(name)
    shared = len(a & b)
    return shared >= 2 and shared * 2 >= min(len(a), len(b))


def _of_the_post_kind(o: Official, name: str, models: Models) -> bool:
    """Is side ``name`` of the kind the official's post is held in (``POST_BODY_HEADS``: a
    minister's a ministry)? "министр" and "Фонд «Опора»": no; "заместитель министра" and
    "Министерство труда края": yes. True when the post names no such kind."""
    kinds = [POST_BODY_HEADS[lemma] for w in (o.position or "").lower().split()
             if (lemma := models.lemma(w)) in POST_BODY_HEADS]
    if not kinds:
        return True
    heads = {models.lemma(w) for w in re.findall(r"[а-яё]+", name.lower())}
    return all(heads & kind for kind in kinds)


def _bare_body(org: str | None) -> bool:
    """A body written as an acronym alone, one word ("АНО", "КЦСОН"), or not at all; a
    place's abbreviation and a kind's noun ("Отделение") are no such body."""
    if not org:
        return True
    return len(org.split()) == 1 and is_acronym(org) and gazetteer.lookup(org) is None


def _spells(acronym: str, name: str) -> bool:
    """Does ``acronym`` stand in side ``name``, as a word of it or spelling a run of its
    words (``normalize.acronym_words``, the shared reader: "КЦСП" in "МБУ «Кашинский центр
    семейной помощи»", "АНО" in "Автономная некоммерческая организация «…»")?"""
    if acronym in re.findall(r"[А-ЯЁа-яё]+", name):  # "(ДТСЗН)" after the name too
        return True
    words = name_words(name)
    return is_acronym(acronym) and any(acronym_words(acronym, words[k:])
                                       for k in range(len(words)))


def _fits(o: Official, name: str) -> bool:
    """Does side ``name`` fit what the official's own words say of his body: a word of the
    post after its head ("директор хлебозавода" ~ "ООО «Лесной хлебозавод»") or the
    acronym his body is written as (``_spells``), the side not that acronym alone?"""
    post_words = (o.position or "").split()[1:]
    if _stems(" ".join(post_words)) & _stems(name):
        return True
    kind = o.organization or ""
    return bool(kind) and name != kind and _spells(kind, name)


def own_side_of_a_signer(officials: list[Official], agreements: list[Agreement],
                         models: Models, told: list[Official] | None = None) -> None:
    """off46 own_side_of_a_signer: an official who signs a record, his body written as an
    acronym alone or not at all ("директор АНО Нина Лосева", "главный врач Олег Сомов"),
    holds the one side of that record no other signer of it holds: "Соглашение подписали
    министр социальной защиты края Пётр Гусев и директор АНО «Светлый путь» Нина Лосева"
    → Лосева's body "АНО «Светлый путь»". When several sides are left, the one the
    official's own words point to (a word of the post, "директор хлебозавода"; the kind's
    acronym, "АНО") is his, if one alone, and no other when his words point to a side
    another signer holds; an acronym takes only a side it spells; a place named as a side
    is no body, and a post held in one kind of body (``POST_BODY_HEADS``: a minister's
    ministry) takes no side of another kind. Every official is read on the bodies as
    written before the pass; the sides found are written at the end. fixnerel69:
    ``told``, records read as the other signers only, never mended (the officials, for the
    people's other posts)."""
    found: list[tuple[Official, str]] = []
    for o in officials:
        if not _bare_body(o.organization):
            continue
        left: list[str] = []
        pointed: list[str] = []  # the record's sides the official's own words point to
        for a in agreements:
            if not any(same_person(s, o.name) for s in a.signatories):
                continue
            pointed += [p.name for p in a.parties if p.name and _fits(o, p.name)]
            others = [x for x in officials + (told or []) if x is not o and any(
                same_person(s, x.name) for s in a.signatories)]
            for p in a.parties:
                if not p.name or p.name in left or gazetteer.lookup(p.name) is not None:
                    continue
                if not _of_the_post_kind(o, p.name, models):
                    continue
                side = side_of_name(models, p.name, p.region)
                if not any(_holds(x, p.name, side, models) for x in others):
                    left.append(p.name)
        if pointed or o.organization:  # "директор хлебозавода", "директор АНО": his words
            left = [name for name in left if name in pointed]
        if len(left) == 1:
            found.append((o, left[0]))
    for o, name in found:
        o.organization = name


def _page_body_names(officials: list[Official], agreements: list[Agreement]) -> list[str]:
    """The bodies a page names in full: its records' sides, then its officials' bodies, each
    once, in that order, as written before a pass rewrites any of them."""
    return list(dict.fromkeys(
        n for n in [p.name for a in agreements for p in a.parties] +
        [o.organization or "" for o in officials] if n))


def _spelled_in_full(org: str, name: str) -> bool:
    """Is side or body ``name`` the official's body ``org`` with its acronyms spelled out
    (``normalize.spelled_with_acronyms``), the name read as written or as its everyday
    name (``party_identity.everyday_name``: the Social Fund's legal name is what "СФР"
    spells, "ОСФР по Рязанской области"); a body opening with an acronym also reads the
    «quoted» name after a legal form ("ЦСП" and "ГАУ «Центр семейной помощи»")?"""
    short = name_words(org)
    if len(name_words(name)) <= len(short):
        return False
    readings = list(dict.fromkeys((name, everyday_name(name))))
    if short and is_acronym(short[0]) and "«" in name:  # "МФЦ": the «quoted» name's words
        readings.append(name[name.index("«") + 1:])
    return any(spelled_with_acronyms(short, name_words(n)) for n in readings)


def acronyms_spelled_out(officials: list[Official], agreements: list[Agreement],
                         models: Models) -> None:
    """acro47 acronyms_spelled_out: an official's body written with acronyms among its
    words ("председатель городской организации ВОП", "директор ГАУ РО «ЦСП»",
    "председатель РГО ВОП") is the body the page names in full as a side of its records or
    as another official's body, when that name is the one the acronyms spell, in turn with
    the body's other words (``_spelled_in_full``): "Соглашение подписали министр Пётр
    Гусев и председатель городской организации ВОП Анна Орлова" with the side "Рязанская
    городская организация Общероссийского союза «Всероссийское общество пчеловодов»" →
    that side; a body written as an acronym alone keeps it after the name in brackets, as
    ``officials.gloss_acronyms`` writes one ("Международный союз пчеловодов (МСП)"). Only
    when one such name fits; a place named as a side is no body, and a
    post held in one kind of body (``POST_BODY_HEADS``) takes no name of another kind. The
    names read are the records' sides and the officials' bodies as written before the pass
    (at most ``SIDE_NAME_LIMIT`` of them), so the cost is linear in the officials."""
    names = [n for n in _page_body_names(officials, agreements)
             if gazetteer.lookup(n) is None][:SIDE_NAME_LIMIT]
    found: list[tuple[Official, str]] = []
    for o in officials:
        org = o.organization or ""
        if not any(map(is_acronym, name_words(org))):
            continue
        fits = [n for n in names if n != org and _spelled_in_full(org, n) and
                _of_the_post_kind(o, n, models)]
        if len(fits) == 1:
            found.append((o, fits[0]))
    for o, name in found:  # a bare acronym stays after the name, as the text wrote it
        o.organization = name if " " in (o.organization or "").strip() else \
            f"{name} ({o.organization})"


def _lemmas(models: Models, text: str) -> list[str]:
    return [models.lemma(w) for w in re.findall(r"[а-яё-]+", text.lower())]


def _higher_school(models: Models, name: str) -> bool:
    """A higher school's own name: its head a school's noun (``HIGHER_SCHOOL_HEADS``) and
    words of its own around it ("Курский государственный университет"), not a project's
    two words ("Серебряный университет") nor a «quoted» name."""
    return len(name.split()) >= HIGHER_SCHOOL_MIN_WORDS and "«" not in name and \
        bool(set(_lemmas(models, name)) & HIGHER_SCHOOL_HEADS)


def _academic(o: Official, models: Models) -> bool:
    """Does the official hold a higher school's post ("проректор по учебной работе",
    "заведующая кафедрой …", ``ACADEMIC_POSTS``), or a post in a unit of one named as his
    body ("Кафедра социальной работы", "Факультет …")?"""
    post = set(_lemmas(models, o.position or ""))
    first = (_lemmas(models, o.organization or "") or [""])[0]
    return bool(post & ACADEMIC_POSTS) or bool(post & ACADEMIC_UNITS - {"институт"}) or \
        first in ACADEMIC_UNITS - {"институт"}


def _school_standin(o: Official, models: Models) -> bool:
    """Is the official's body no higher school's own name: none, a unit ("Кафедра …",
    "институт экономики ОГУ"), an acronym ("КГУ", "СГУ им. …") or the bare "вуз"?"""
    org = o.organization
    if not org:
        return True
    words = org.split()
    lemmas = _lemmas(models, org)
    if lemmas and lemmas[0] in ACADEMIC_UNITS:
        return True
    if len(words) == 1:
        return is_acronym(words[0]) or bool(lemmas) and lemmas[0] in HIGHER_SCHOOL_WORDS
    return is_acronym(words[0]) and not _higher_school(models, org)


def _school_spelled(acronym: str, school: str, models: Models) -> bool:
    """Does ``acronym`` name the higher school ``school`` (``party_identity.acronym_of_name``,
    the shared reader: "РязГУ" and "Рязанский государственный университет имени С. А.
    Есенина", the eponym left out; "КФУ" and "Казанский (Приволжский) федеральный
    университет", the word in brackets left out; "РГУ" is no "Рязанский государственный
    аграрный университет"); or spelling its leading words, the rest another name of the
    school ("НГТУ" of "Новосибирский государственный технический университет НЭТИ",
    ``normalize.acronym_words``)?"""
    return acronym_of_name(side_of_name(models, acronym), side_of_name(models, school)) or \
        acronym_words(acronym, name_words(school)) > 0


def higher_school_of_an_academic(officials: list[Official], agreements: list[Agreement],
                                 models: Models) -> None:
    """off46 higher_school_of_an_academic: a higher school's staff member whose body is
    written as his unit, an acronym or not at all ("заведующая кафедрой социальной работы
    Ольга Ветрова", "декан факультета права КГУ Пётр Рябов") works at the higher school
    the text names in full, a side of its records or another official's body: "Курский
    государственный университет". Only when one such school is named, its initial the
    acronym's in his body ("СГУ" is no "Ухтинский …": the acronym of a lone school is read
    so loosely on purpose, since "ННГУ", "СПбГЭУ" or "ТОГУ" spell their schools' names
    in ways no word-by-word reading follows); of several, the one the acronym spells
    (``_school_spelled``: "РГУ" is "Рязанский государственный университет", not
    "Рязанский государственный аграрный университет")."""
    schools = [n for n in _page_body_names(officials, agreements) if _higher_school(models, n)]
    if not schools:
        return
    for o in officials:
        if not _academic(o, models) or not _school_standin(o, models):
            continue
        acronyms = [w for w in name_words(o.organization or "") if is_acronym(w)]
        fits = [s for s in schools if not acronyms or any(
            s[:1].upper() == a[:1].upper() for a in acronyms)]  # "СГУ" is no "Ухтинский …"
        if len(fits) > 1:
            fits = [s for s in fits if any(_school_spelled(a, s, models) for a in acronyms)]
        if len(fits) == 1:
            o.organization = fits[0]
