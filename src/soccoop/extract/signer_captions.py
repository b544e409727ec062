"""cap89: signers a photo caption shows by name alone, with no word of signing in it.

"На фото (слева направо): министр Анна Котова и ректор Пётр Гусев" under an article that
reports one signed agreement of two sides shows its two signers: the caption of the one
signing told.
Read only for a document with a single signed agreement that lacks a signer, from a
labelled caption (``CAPTION_LABELS``) with no finite verb other than a signing one
("вручает", "открывает" tell of another scene). Each sentence is looked at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from soccoop.extract.lexicon_signers import (
    CAPTION_LABELS,
    CAPTION_OCCASION_PREPOSITIONS,
    CAPTION_ORDER,
    COPY_EXCHANGE_VERBS,
    SIGNING_EVENTS,
    SIGNING_HEADS,
)
from soccoop.extract.nlp import Analysis, Sentence
from soccoop.extract.person_names import add_signers, same_surname
from soccoop.models import Agreement

Named = Callable[[Sentence], list[str]]

_CAPTION = re.compile(CAPTION_LABELS)
_ORDER = re.compile(CAPTION_ORDER)
CAPTION_PAIR = 2  # a caption of a signing shows two signers at least


def _scene_verb(sent: Sentence) -> bool:
    """Does the caption hold a finite verb that is no signing ("вручает", "осматривает")?
    caption96: an exchange of copies beside a signing word ("обмениваются подписанными
    экземплярами") is the signing itself."""
    signing = any(t.lemma in SIGNING_HEADS for t in sent.tokens)
    return any(t.feats.get("VerbForm") == "Fin" and t.lemma not in SIGNING_HEADS and
               t.lemma not in SIGNING_EVENTS and
               not (signing and t.lemma in COPY_EXCHANGE_VERBS) for t in sent.tokens)


_QUOTED = re.compile(r"«([^«»]{3,})»")


def _own_names(agreement: Agreement) -> set[str]:
    """The quoted names of an agreement's sides: "АНО «Тёплый берег»" → "Тёплый берег"."""
    return {m.group(1) for p in agreement.parties for m in _QUOTED.finditer(p.name)}


def _captioned_agreement(sent: Sentence, signed: list[Agreement]) -> Agreement | None:
    """caption96 named_side_caption: of several signed agreements, the one a caption
    names a side of by its quoted name, no other signed agreement sharing it: "Фото 2:
    министр Анна Котова и директор АНО «Тёплый берег» Ирина Гусева обмениваются
    подписанными экземплярами" under a report of agreements with «Тёплый берег» and with
    «Северный ветер» shows the first. None when no side or a shared one is named."""
    hits = [a for a in signed if any(f"«{n}»" in sent.text for n in _own_names(a))]
    if len(hits) != 1:
        return None
    own = _own_names(hits[0])
    shared = {n for a in signed if a is not hits[0] for n in _own_names(a)}
    named = {n for n in own if f"«{n}»" in sent.text}
    return hits[0] if named - shared else None


def _distinct_sides(agreement: Agreement) -> int:
    """How many sides an agreement has, a side repeated by its short name counted once:
    "АНО «Тёплый берег»" and "Тёплый берег" are one."""
    sides = [p.name.strip() for p in agreement.parties]
    return sum(1 for k, p in enumerate(sides)
               if not any(j != k and p != q and p in q for j, q in enumerate(sides)))


def _other_occasion(sent: Sentence) -> bool:
    """Does a caption with no word of signing place the people at some occasion, a noun
    under a preposition ("на открытии лаборатории", "во время визита", "при встрече")?
    Such a caption shows another scene, not the signing."""
    toks = sent.tokens
    if any(t.lemma in SIGNING_HEADS or t.lemma in SIGNING_EVENTS for t in toks):
        return False
    label = _CAPTION.match(sent.text)
    after = sent.start + (label.end() if label else 0)  # "На фото:" itself is no occasion
    return any(t.pos == "NOUN" and t.start >= after and any(
        toks[c].pos == "ADP" and toks[c].lemma in CAPTION_OCCASION_PREPOSITIONS
        for c in sent.children(k)) for k, t in enumerate(toks))


def _signing_caption_goes_on(prev: Sentence | None, sent: Sentence) -> bool:
    """dig94: is ``sent`` a caption's second sentence, opening with the people's order
    (``CAPTION_ORDER``), after a labelled caption of a signing: "Фото: подписание
    соглашения в Казани. Слева направо: А. Иванов, Б. Петрова"? The first sentence names
    the signing (``SIGNING_EVENTS``) and no other scene (a finite verb that is no signing)."""
    return prev is not None and bool(_ORDER.match(sent.text)) and \
        bool(_CAPTION.match(prev.text)) and not _scene_verb(prev) and \
        any(t.lemma in SIGNING_EVENTS for t in prev.tokens)


def caption_pair_signers(analysis: Analysis, agreements: list[Agreement],
                         named: Named) -> None:
    """cap89 caption_pair_signers: the people a labelled photo caption names, one for each
    side (two at least), are the signers of the document's only signed agreement: "На
    снимке: министр Анна Котова и ректор Пётр Гусев" gives both to the agreement of two
    sides with no signer, and gives Пётр Гусев to one whose sole signer is Анна Котова.
    Nothing when the caption names another number of people, tells of another scene (a
    finite verb that is no signing, an occasion under a preposition: "… на открытии
    лаборатории"), or names none of the signers known; in place."""
    signed = [a for a in agreements if a.status == "signed"]
    if len(signed) > 1:
        _named_side_captions(analysis, signed, named)
    if len(signed) != 1:
        return
    agreement = signed[0]
    wanted = max(CAPTION_PAIR, len(agreement.parties))  # one signer a side
    if len(agreement.signatories) >= wanted:
        return
    before: Sentence | None = None
    for sent in analysis.sentences:
        prev, before = before, sent
        if not (_CAPTION.match(sent.text) or _signing_caption_goes_on(prev, sent)) or \
                _scene_verb(sent) or _other_occasion(sent):
            continue
        people = list(dict.fromkeys(named(sent)))
        if len(people) != wanted:
            continue
        known = agreement.signatories
        if known and not any(same_surname(p, s) for p in people for s in known):
            continue
        add_signers(agreement, people)
        return


def _named_side_captions(analysis: Analysis, signed: list[Agreement], named: Named) -> None:
    """caption96 named_side_captions: under a report of several signed agreements, a
    labelled caption of a signing that names a side of one of them by its quoted name
    (``_captioned_agreement``) and names two people, one a side, gives them to that
    agreement when it has no signer yet: "Фото (1): министр Анна Котова и директор АНО
    «Тёплый берег» Ирина Гусева обмениваются подписанными экземплярами" → both, to the
    agreement with «Тёплый берег». Nothing for a caption of another scene, of another
    number of people, or of an agreement with a signer already; in place."""
    for sent in analysis.sentences:
        if not _CAPTION.match(sent.text) or _scene_verb(sent) or _other_occasion(sent) or \
                not any(t.lemma in SIGNING_HEADS or t.lemma in SIGNING_EVENTS
                        for t in sent.tokens):
            continue
        agreement = _captioned_agreement(sent, signed)
        if agreement is None or agreement.signatories or \
                _distinct_sides(agreement) != CAPTION_PAIR:
            continue
        people = list(dict.fromkeys(named(sent)))
        if len(people) == CAPTION_PAIR:
            agreement.signatories.extend(people)
