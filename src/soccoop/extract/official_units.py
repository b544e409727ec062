"""A unit of a body is part of the post; the body it belongs to is the organisation.

News name a committee, a department or a chair by the body it belongs to: "председатель
комитета Ярославской областной Думы по социальной политике", "начальник отдела
социального обслуживания министерства", "декан факультета социальной работы КГУ". The
post is held in the unit, and the organisation is the body the unit is of: position
"председатель комитета по социальной политике", organisation "Ярославская областная Дума".
A unit that is a body of its own, its name ending in a place only ("Комитет по социальной
политике Санкт-Петербурга", "Главное управление социальной защиты населения Курганской
области"), stays the organisation. Run on the records as written out, after the other
organisation steps (``officials.gloss_acronyms``).
"""
from __future__ import annotations

from soccoop import gazetteer
from soccoop.extract.lexicon_officials import (
    PARENT_BODY_HEADS,
    PORTFOLIO_POSTS,
    UNIT_HEADS,
    UNIT_MODIFIERS,
)
from soccoop.extract.lexicon_orgs import CIRCUMSTANCE_PO_NOUNS, FIELD_BODY_NOUNS, PLACE_PO_NOUNS
from soccoop.extract.nlp import Models
from soccoop.extract.normalize import _inflect_name, is_acronym
from soccoop.extract.official_grammar import genitive_word as _genitive
from soccoop.extract.official_grammar import word_lemma as _lemma
from soccoop.models import Official


def _parent_start(words: list[str], models: Models) -> int | None:
    """Where the body the unit belongs to starts in the unit's name (``words``, the unit's
    head first): the first word after the head that is a body's head in the genitive
    (``PARENT_BODY_HEADS``: "Думы", "министерства", "университета") or an acronym that
    names no region ("КГУ", "АКЗС"), moved back over the adjectives before it
    ("Ярославской областной Думы"); None before a "по" group ends the unit's own words, or
    after a quote (a «quoted» name is the unit's own)."""
    for n in range(1, len(words)):
        w = words[n].strip(",.")
        if w == "по":  # the unit's field; the body may still follow it ("комитет по … Думы")
            continue
        if any(c in w for c in "«»\"()"):
            return None
        lemma = _lemma(models, w)
        body = (lemma in PARENT_BODY_HEADS and _genitive(models, w)) or (
            is_acronym(w) and gazetteer.lookup(w) is None)
        if not body:
            continue
        k = n
        while k > 1 and (_genitive_adjective(models, words[k - 1]) or
                         _joined_adjective(models, words, k)):
            k -= 1
        return k
    return None


def _genitive_adjective(models: Models, word: str) -> bool:
    return any("ADJF" in p.tag and "gent" in p.tag for p in models.parse(word))


def _joined_adjective(models: Models, words: list[str], k: int) -> bool:
    """off67: is ``words[k - 1]`` a conjunction joining two of the body's adjectives in the
    genitive ("Ставропольской и Невинномысской епархии": one diocese of two sees)? Then
    the body's name runs back over it to the first adjective."""
    return k > 2 and words[k - 1] == "и" and _genitive_adjective(models, words[k - 2]) and \
        _genitive_adjective(models, words[k]) and words[k - 2][:1].isupper() == \
        words[k][:1].isupper()


def _nominative(models: Models, words: list[str]) -> str | None:
    """The body's name (``words``, in the genitive) in the nominative: the head noun and
    the adjectives before it, agreeing with the head's gender ("Алтайского краевого
    Законодательного Собрания" → "Алтайское краевое Законодательное Собрание"); the
    words after the head stay as written. None when no word reads as a noun in the
    genitive (an adjective that may also read as a noun, "Тверской", is no head)."""
    head = next((n for n, w in enumerate(words) if len(w) > 1
                 and any("NOUN" in p.tag and "gent" in p.tag for p in models.parse(w))
                 and not any("ADJF" in p.tag for p in models.parse(w))), None)
    if head is None:
        return None
    parse = next(p for p in models.parse(words[head]) if "NOUN" in p.tag and "gent" in p.tag)
    plural = "plur" in parse.tag
    gender = next((g for g in ("masc", "femn", "neut") if g in parse.tag), "masc")
    out = []
    for n, w in enumerate(words[:head + 1]):
        if n == head:
            form = parse.inflect({"nomn"})
        else:
            adj = next((p for p in models.parse(w) if "ADJF" in p.tag and "gent" in p.tag), None)
            form = adj.inflect({"nomn", "plur"} if plural else {"nomn", gender}) if adj else None
        word = form.word if form else w
        out.append(word[:1].upper() + word[1:] if w[:1].isupper() else word)
    return " ".join(out + words[head + 1:])


def unit_posts(officials: list[Official], models: Models) -> None:
    """nerel58: an official's organisation named as a unit of another body (its head a
    unit's noun, ``UNIT_HEADS``, and a body's head or acronym in the genitive after it)
    gives the unit to the post, in the genitive, and the body to the organisation, in the
    nominative: "председатель" of "комитет Ярославской областной Думы по социальной
    политике" → "председатель комитета по социальной политике" of "Ярославская областная
    Дума"; "начальник" of "отдел социального обслуживания Министерства труда Чувашии" →
    "начальник отдела социального обслуживания" of "Министерство труда Чувашии". A post
    that already names a unit, a unit written with a capital as a body's own name
    ("Управление социальной защиты населения администрации Кемерова", a body of its own),
    a territorial unit ("территориальное управление …"), and a
    body whose words run on after a "по" group ("управление … по Кунгурскому округу":
    the district's own body) are left as they are."""
    for o in officials:
        org, post = o.organization or "", o.position or ""
        words = org.split()
        if len(words) < 2 or not post:
            continue
        head = 0
        while head < len(words) - 1 and _lemma(models, words[head]) in UNIT_MODIFIERS:
            head += 1
        if _lemma(models, words[head]) not in UNIT_HEADS or words[0][:1].isupper():
            continue  # "Управление социальной защиты населения администрации …": a name
        if any(_lemma(models, w) in UNIT_HEADS for w in post.split()):
            continue
        start = _parent_start(words[head:], models)
        if start is None:
            continue
        start += head
        stop = start
        while stop < len(words) and words[stop] != "по":
            stop += 1
        if stop < len(words) and any(w[:1].isupper() for w in words[stop + 1:]):
            continue  # "… по Кунгурскому муниципальному округу": the district's own body
        unit = " ".join(words[:start] + words[stop:])
        parent = " ".join(words[start:stop])
        unit_gen = _inflect_name(models, unit, "gent")
        parent_nom = parent if is_acronym(words[start]) else _nominative(models, words[start:stop])
        if not unit_gen or not parent_nom:
            continue
        o.position = f"{post} {unit_gen[:1].lower()}{unit_gen[1:]}"
        o.organization = parent_nom[:1].upper() + parent_nom[1:]


def portfolios_to_posts(officials: list[Official], models: Models) -> None:
    """nerel58: a "по" group that closes the organisation, after a body whose name states
    no field of its own, is the post's portfolio: "проректор" of "ДВФУ по учебной работе"
    → "проректор по учебной работе" of "ДВФУ"; "заместитель председателя" of
    "правительство Республики Бурятия по социальному развитию" → "заместитель председателя
    по социальному развитию" of "правительство Республики Бурятия". A body that names a
    field ("комитет по социальной политике", ``FIELD_BODY_NOUNS``), a "по" before a place
    ("Отделение … по Удмуртской Республике": a capital after "по") and a post that holds
    a "по" group already are left as they are. Only a post that has portfolios, a deputy's,
    an aide's or a vice-rector's (``PORTFOLIO_POSTS``), takes one: "генеральный директор"
    of "завод по иску" keeps his."""
    for o in officials:
        split = portfolio_of_body(o, models)
        if split is not None:
            o.position, o.organization = split


def portfolio_of_body(o: Official, models: Models) -> tuple[str, str] | None:
    """The post and the body ``portfolios_to_posts`` makes of an official whose body closes
    with the post's portfolio ("проректор" of "ДВФУ по учебной работе" → ("проректор по
    учебной работе", "ДВФУ")); None when the body holds none. hist89: a signer's side is
    read with it before the officials are written out (``signer_parties``)."""
    org, post = o.organization or "", o.position or ""
    if " по " not in org or not post or " по " in f" {post} " or not any(
            _lemma(models, w) in PORTFOLIO_POSTS for w in post.split()):
        return None
    body, _, field = org.partition(" по ")
    body_words, field_words = body.split(), field.split()
    if not body_words or not field_words or not field_words[0][:1].islower():
        return None
    if any(_lemma(models, w) in FIELD_BODY_NOUNS | UNIT_HEADS for w in body_words):
        return None
    if any(w[:1].isupper() for w in field_words):
        return None  # "… по делам Республики …": a place or a name in the group
    if any(_lemma(models, w) in CIRCUMSTANCE_PO_NOUNS | PLACE_PO_NOUNS
           for w in field_words[:3]):
        return None  # "заместитель управляющего" of "Отделение СФР по краю": a place
    return f"{post} по {field}", body
