"""sig43: signers a page names outside its signing sentence, in a list of (post, name).

A report may tell the signing by its sides alone ("Министерство и фонд подписали
соглашение") and name the signers apart: in a list after the text ("Документ подписали:" /
"министр труда области П.С. Орлов;" / "председатель фонда «Опора» И.И. Лыкова.") or in a
photo caption of the signing told in the next sentence ("Фото 2. Подписание соглашения. Слева
направо: директор ... и ректор ..."). Such a list may stand far from the signing, with other
agreements told between; so it is tied to an agreement by its people's posts, never by its
place: each listed person holds a post (``extract.officials``) whose body is a side of the
agreement (``party_identity.body_is_side``, else ``body_touches_side``), each a side of
their own. Only a signed record whose signers so far are all in the list takes it, and only
when it is the one such record of the page. The records, the officials and the list's own
sentences are read: a few sentences per list.
"""

from __future__ import annotations

from soccoop.extract.lexicon_signers import (
    SIGNER_WORDS,
    SIGNING_EVENTS,
    SIGNING_HEADS,
)
from soccoop.extract.nlp import Analysis, Models, Sentence
from soccoop.extract.party_identity import body_is_side, body_touches_side
from soccoop.extract.person_names import add_signers, named_body, same_person, same_surname
from soccoop.extract.signer_captions import (
    _CAPTION,
    _ORDER,
    CAPTION_PAIR,
    Named,
    _other_occasion,
    _scene_verb,
)
from soccoop.extract.signer_shapes import colon_list_signers, colon_signing
from soccoop.extract.signing_ahead import future_form
from soccoop.extract.syntax import ensure_parsed
from soccoop.models import Agreement, Official

LISTED_PAIR = CAPTION_PAIR  # a list of a signing names two signers at least, as a caption
CAPTION_LEAD = 2  # sentences of a caption before the one naming its people ("Фото 1. Подписание.")


def tied_sides(names: list[str], agreement: Agreement, officials: list[Official]) -> bool:
    """sig43 tied_sides: does each listed person hold a post in a side of the agreement,
    each a side of their own? "министр труда области П.С. Орлов" and "председатель фонда
    «Опора» И.И. Лыкова" tie to an agreement of the ministry and the fund; a list of two
    ministers of one ministry, or of a person with no post, ties to none. A side the body
    is (``body_is_side``) is tried before one it may be under another name
    (``body_touches_side``: "Министерство труда Омской области" for "Правительство Омской
    области")."""
    sides = [p.name for p in agreement.parties]
    if not LISTED_PAIR <= len(names) <= len(sides):
        return False
    used: set[int] = set()
    for name in names:
        body = named_body(officials, name)
        if body is None:
            return False
        hit = next((k for k, side in enumerate(sides)
                    if k not in used and body_is_side(body, side)), None)
        if hit is None:
            hit = next((k for k, side in enumerate(sides)
                        if k not in used and body_touches_side(body, side)), None)
        if hit is None:
            return False
        used.add(hit)
    return True


def _receiver(names: list[str], agreements: list[Agreement],
              officials: list[Official]) -> Agreement | None:
    """The one signed record the listed people are the signers of (``tied_sides``), whose
    signers so far are all among them; None when none or several are."""
    fits = [a for a in agreements if a.status == "signed" and
            all(any(same_surname(s, n) for n in names) for s in a.signatories) and
            tied_sides(names, a, officials)]
    return fits[0] if len(fits) == 1 else None


def _at_line(analysis: Analysis, sent: Sentence) -> bool:
    """Does the sentence open a line of its own?"""
    text = analysis.text
    return not text[text.rfind("\n", 0, sent.start) + 1:sent.start].strip()


def _told_done(sent: Sentence) -> bool:
    """Is the colon clause's signing told as done: no verb in the future or the infinitive
    ("Подписи поставят:" lists those who will sign)?"""
    return not any(t.pos in {"VERB", "AUX"} and (future_form(t) or
                                                 t.feats.get("VerbForm") == "Inf")
                   for t in sent.tokens)


def closing_list_signers(analysis: Analysis, agreements: list[Agreement],
                         officials: list[Official], named: Named, models: Models) -> None:
    """sig43 closing_list_signers: a list of signers on lines of their own under a colon
    clause of signing, however far from the signing told, gives its people to the one
    signed record whose sides their posts name (``tied_sides``): "Соглашение подписали:" /
    "министр труда области П.С. Орлов;" / "председатель фонда «Опора» И.И. Лыкова." after a
    report of the ministry's agreement with the fund. The items are read as
    ``signer_shapes.colon_list_signers`` reads them; a clause of guests ("На подписании
    присутствовали:") or of a signing to come ("Подписи поставят:") lists no signers of a
    signed record. In place."""
    if not any(a.status == "signed" for a in agreements):
        return
    sents = analysis.sentences
    for n, sent in enumerate(sents):
        if not sent.text.rstrip().endswith(":") or not _at_line(analysis, sent) or \
                not any(t.lemma in SIGNER_WORDS for t in sent.tokens):
            continue
        parsed = ensure_parsed(sent, models)
        if not colon_signing(parsed) or not _told_done(parsed):
            continue
        names = list(dict.fromkeys(colon_list_signers(analysis, n, named, models)))
        receiver = _receiver(names, agreements, officials)
        if receiver is not None:
            add_signers(receiver, names)


def _caption_of_signing(sents: list[Sentence], k: int) -> bool:
    """Is sentence k a photo caption of a signing that names its people: a labelled caption
    (``CAPTION_LABELS``) holding a word of signing, or a caption's people opened by their
    order ("Слева направо: ...") after at most CAPTION_LEAD sentences of its own line that
    open with the label and tell the signing ("[Фото 1. Подписание соглашения. Слева
    направо: ...]"); no finite verb of another scene and no other occasion in it."""
    sent = sents[k]
    if _scene_verb(sent) or _other_occasion(sent):
        return False

    def signing(x: Sentence) -> bool:
        return any(t.lemma in SIGNING_HEADS or t.lemma in SIGNING_EVENTS for t in x.tokens)

    if _CAPTION.match(sent.text):
        return signing(sent)
    if not _ORDER.match(sent.text):
        return False
    lead = sents[max(0, k - CAPTION_LEAD):k]
    for j in range(len(lead) - 1, -1, -1):
        if _scene_verb(lead[j]):
            return False
        if _CAPTION.match(lead[j].text):
            return any(signing(x) for x in lead[j:])
    return False


def caption_list_signers(analysis: Analysis, agreements: list[Agreement],
                         officials: list[Official], named: Named) -> None:
    """sig43 caption_list_signers: the people a photo caption of a signing names
    (``_caption_of_signing``), read with their posts, are the signers of the one signed
    record whose sides those posts name (``tied_sides``), on a page of several agreements
    as well: "Фото 2. Подписание соглашения. Слева направо: ректор колледжа Олег Сомов и
    руководитель филиала фонда Анна Лыкова" gives both to the college's agreement with the
    fund, not to the fund's agreement with a hospital told beside it. A caption of people who
    only attend ("На фото: участники совещания") names no signing; one whose people hold no
    posts in one record's sides gives nothing. In place."""
    if not any(a.status == "signed" for a in agreements):
        return
    sents = analysis.sentences
    for k, sent in enumerate(sents):
        if not _caption_of_signing(sents, k):
            continue
        listed = [o.name for o in sorted(officials, key=lambda o: o.evidence.start)
                  if sent.start <= o.evidence.start < sent.stop]
        names = list(dict.fromkeys(named(sent)))
        names += [n for n in listed if not any(same_person(n, m) for m in names)]
        receiver = _receiver(names, agreements, officials)
        if receiver is not None:
            add_signers(receiver, names)
