"""fixplan54: the one reading of "a signing still to come" that the planned records' rules
share (``candidate_status.signing_to_come_of``, ``plan_signers.signing_subjects``): a
future verb of signing ("подпишут", "будут подписывать"), or a signing infinitive under a
word of plan or of authorising ("Подписать карту планируется в мае", "Подписать
соглашение уполномочен вице-губернатор"), neither negated."""

from __future__ import annotations

from soccoop.extract.lexicon import FUTURE_AUX, PLAN_HEADS
from soccoop.extract.lexicon_plans import AUTHORIZE_VERBS
from soccoop.extract.nlp import Sentence
from soccoop.extract.syntax import negated


def future_tense(sent: Sentence, v: int) -> bool:
    """plan54: is the finite verb at ``v`` in the future: its own tense ("подпишет",
    "поставят") or the future auxiliary beside it ("будут подписывать")?"""
    return sent.tokens[v].feats.get("Tense") == "Fut" or future_aux(sent, v)


def future_aux(sent: Sentence, v: int) -> bool:
    """Does a future form of "быть" (``lexicon.FUTURE_AUX``) hang on the word at ``v``:
    "документ будут подписывать", "соглашение будет подписано"? The one reading of the
    auxiliary for the status candidates and the planned signers."""
    toks = sent.tokens
    return any(toks[c].lemma == "быть" and toks[c].text.lower() in FUTURE_AUX
               for c in sent.children(v))


def _past(sent: Sentence, h: int) -> bool:
    """fixplan54: is the word at ``h`` told in the past: a finite past verb ("уполномочил"),
    or a past auxiliary "был" beside it ("Подписать соглашение был уполномочен
    заместитель": he signed it then, no signing to come)? A short participle alone
    ("уполномочен") carries Tense=Past in the tags but tells a charge in force."""
    toks = sent.tokens
    return toks[h].feats.get("Tense") == "Past" and toks[h].feats.get("VerbForm") == "Fin" \
        or any(toks[c].lemma == "быть" and toks[c].feats.get("Tense") == "Past"
               for c in sent.children(h))


def future_signing(sent: Sentence, v: int) -> bool:
    """fixplan54: does the verb at ``v`` (the caller tells it is one of signing) tell a
    signing still to come: finite in the future ("Документ подпишут в мае", "Документ будут
    подписывать министр и ректор"), or an infinitive under a word of plan (``PLAN_HEADS``:
    "Подписать карту планируется 3 декабря") or of authorising not in the past
    (``AUTHORIZE_VERBS``: "Подписать соглашение уполномочен вице-губернатор"; not "был
    уполномочен"), neither negated? From the parse and morphology."""
    toks = sent.tokens
    if negated(sent, v):
        return False
    form = toks[v].feats.get("VerbForm")
    if form == "Fin" or future_tense(sent, v):  # "будут подписывать": Inf under the aux
        return future_tense(sent, v)
    h = toks[v].head
    if form != "Inf" or not 0 <= h < len(toks) or negated(sent, h):
        return False
    return toks[h].lemma in PLAN_HEADS or \
        toks[h].lemma in AUTHORIZE_VERBS and not _past(sent, h)
