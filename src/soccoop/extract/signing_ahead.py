"""fixplan54: the one reading of "a signing still to come" that the planned records' rules
share (``candidate_status.signing_to_come_of``, ``plan_signers.signing_subjects``): a
future verb of signing ("подпишут", "будут подписывать"), or a signing infinitive under a
word of plan or of authorising ("Подписать карту планируется в мае", "Подписать
соглашение уполномочен вице-губернатор"), neither negated."""

from __future__ import annotations

from soccoop.extract.lexicon import (
    DECIDED_WORK_VERBS,
    DECISION_VERBS,
    FUTURE_AUX,
    PLAN_HEADS,
    SIGN_VERBS,
)
from soccoop.extract.lexicon_plans import AUTHORIZE_VERBS
from soccoop.extract.nlp import Models, Sentence, Token, tokens_edited
from soccoop.extract.syntax import negated

# tidy55: the one reading of "this verb tells a future event". The tagger's future
# (``Tense=Fut``) is compared here and nowhere else in ``soccoop.extract``: a synthetic
# future ("подпишут", "станет", "будет"), a perfective present (the same form: "скрепят"),
# the analytic future ("будут подписывать", "будет подписано", ``future_aux``) and a
# perfective "present" the tagger got wrong (``perfective_present``).
_FUT = "Fut"
_PAST = "Past"
_PRES = "Pres"

# The dictionary's (pymorphy's) tense grammemes in the tagger's terms, for the passes that
# re-tag a word from the dictionary (``agreements``).
PYMORPHY_TENSES = {"past": _PAST, "pres": _PRES, "futr": _FUT}

# The tagger's tenses as the publication anchor names them (``anchor``).
_TENSE_NAMES = {_PAST: "past", _PRES: "present", _FUT: "future"}


def future_form(tok: Token) -> bool:
    """tidy55: is the word tagged in the future tense: a perfective verb's future
    ("подпишут", "заключит"), a future of "быть"/"стать" ("будет", "станут")? Any form
    (finite, participle, auxiliary); not "подписывают" (present), not "подписали" (past)."""
    return tok.feats.get("Tense") == _FUT


def future_finite(tok: Token) -> bool:
    """tidy55: is the word a finite verb in the future ("Министерство и фонд подпишут
    соглашение"): ``future_form`` and ``VerbForm=Fin``?"""
    return tok.feats.get("VerbForm") == "Fin" and future_form(tok)


def past_or_future(tok: Token) -> bool:
    """tidy55: is the word tagged in the past or the future tense ("подписали",
    "подпишут"), a time of its own, not the present ("подписывают")?"""
    return tok.feats.get("Tense") == _PAST or future_form(tok)


def present_or_future(tok: Token) -> bool:
    """tidy55: is the word tagged in the present or the future tense ("подписывают",
    "подпишут"): no signing done yet told by its verb (not "подписали")?"""
    return tok.feats.get("Tense") == _PRES or future_form(tok)


def future_aux_word(tok: Token) -> bool:
    """tidy55: is the word a future form of "быть" (``lexicon.FUTURE_AUX``: "будет",
    "будут") by its written form, whatever the tagger reads it as (at times a present)?
    "Соглашение будет подписано"; not "было", not "есть"."""
    return tok.text.lower() in FUTURE_AUX


def future_word(tok: Token) -> bool:
    """tidy55 (status's and sig52's reading, pooled): is the word in the future by its tag
    or a future form of "быть" by its written form ("подпишут", "станут"; "будет", which
    the tagger reads as a present at times)?"""
    return future_form(tok) or future_aux_word(tok)


def future_be(tok: Token) -> bool:
    """tidy55 (anchor's and agr81's reading, pooled): is the word a form of "быть" that
    makes the future, tagged future or present ("будет", "будут": "быть" has no present
    form in use besides "есть", which is none)?"""
    return tok.lemma == "быть" and present_or_future(tok) and tok.text.lower() != "есть"


def perfective_present(tok: Token) -> bool:
    """tidy55: is the word tagged as a perfective present ("Aspect=Perf", "Tense=Pres"):
    a perfective verb has no present, so the form tells what is to come ("подпишут" tagged
    present)? From the tags only; ``perfective_present_read`` asks the dictionary."""
    return tok.feats.get("Aspect") == "Perf" and tok.feats.get("Tense") == _PRES


def perfective_present_read(tok: Token, models: Models) -> bool:
    """sig48: a finite verb the tagger read as a present whose every dictionary reading as
    a verb is a perfective future (the word's own readings: "скрепят подписями" is read
    with the lemma "подписать"): "Документ скрепят своими подписями министр X и
    ректор Y" ("скрепят" of "скрепить", tagged Pres). A perfective verb has no present, so
    its "present" form tells what is to come. tidy55: moved from ``signer_shapes``."""
    if tok.feats.get("Tense") != _PRES or tok.feats.get("VerbForm") != "Fin":
        return False
    readings = [p for p in models.parse(tok.text.lower()) if p.tag.POS == "VERB"]
    return bool(readings) and all(p.tag.tense == "futr" for p in readings)


def mark_future(tok: Token) -> None:
    """tidy55: tag the word future (pair65: a finite verb of signing every dictionary
    reading of which is a future, "перезаключат", the tagger read as past). It tells the
    edit stamp itself (``nlp.tokens_edited``), as every token edit must."""
    tok.feats["Tense"] = _FUT
    tokens_edited()


def status_of_tense(tok: Token) -> str | None:
    """tidy55: the status a verb of signing's own tense tells: "signed" in the past
    ("поставили подписи"), "planned" in the future ("поставят подписи"), None in the
    present."""
    tense = tok.feats.get("Tense")
    return "signed" if tense == _PAST else "planned" if future_form(tok) else None


def tense_name(tok: Token) -> str | None:
    """tidy55: the word's tense as the publication anchor names it: "past", "present",
    "future" ("подпишут"), None for a word with no tense."""
    return _TENSE_NAMES.get(tok.feats.get("Tense", ""))


def future_event(sent: Sentence, v: int, models: Models | None = None) -> bool:
    """tidy55 (sig48's and sigD's ``signer_shapes._future``, moved): does the verb at ``v``
    tell a future event — a synthetic future or perfective present tagged so ("подпишут",
    "станут"), a perfective the tagger read as a present (``perfective_present_read``,
    with ``models``: "скрепят"), or an infinitive or participle under the future auxiliary
    ("подписывать документ будут ...", "будет подписан ...": the parser tags "будут" a
    present aux)? Not a noun a future copula joins ("Председателем будет директор": no
    event of the noun's), not "подписывают", not "подписали"."""
    toks = sent.tokens
    if future_form(toks[v]) or models is not None and perfective_present_read(toks[v], models):
        return True
    return toks[v].feats.get("VerbForm") in {"Inf", "Part"} and any(
        toks[c].rel in {"aux", "aux:pass"} and future_aux_word(toks[c])
        for c in sent.children(v))


def future_tense(sent: Sentence, v: int) -> bool:
    """plan54: is the finite verb at ``v`` in the future: its own tense ("подпишет",
    "поставят") or the future auxiliary beside it ("будут подписывать")?"""
    return future_form(sent.tokens[v]) or future_aux(sent, v)


def future_aux(sent: Sentence, v: int) -> bool:
    """Does a future form of "быть" (``lexicon.FUTURE_AUX``) hang on the word at ``v``:
    "документ будут подписывать", "соглашение будет подписано"? The one reading of the
    auxiliary for the status candidates and the planned signers."""
    toks = sent.tokens
    return any(toks[c].lemma == "быть" and future_aux_word(toks[c])
               for c in sent.children(v))


def _past(sent: Sentence, h: int) -> bool:
    """fixplan54: is the word at ``h`` told in the past: a finite past verb ("уполномочил"),
    or a past auxiliary "был" beside it ("Подписать соглашение был уполномочен
    заместитель": he signed it then, no signing to come)? A short participle alone
    ("уполномочен") carries Tense=Past in the tags but tells a charge in force."""
    toks = sent.tokens
    return toks[h].feats.get("Tense") == _PAST and toks[h].feats.get("VerbForm") == "Fin" \
        or any(toks[c].lemma == "быть" and toks[c].feats.get("Tense") == _PAST
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


def planned_head(sent: Sentence, v: int) -> int:
    """planned70: the word of plan (``PLAN_HEADS``) an infinitive of signing at ``v`` (or,
    fixplanned70, of putting a signature: "Поставить подписи намерены мэр и ректор") tells
    a signing still to come under, when that word is not told in the past: "Подписать
    документ должны министр и ректор", "Директор готов лично подписать документ" → the
    index of "должны", "готов"; -1 for "должен был подписать" (a plan of the past, perhaps
    failed) or any other verb. Its subject is the one who will sign. From the parse and
    morphology."""
    toks = sent.tokens
    h = toks[v].head
    if toks[v].feats.get("VerbForm") != "Inf" or not 0 <= h < len(toks) or \
            toks[h].lemma not in PLAN_HEADS or not future_signing(sent, v) or _past(sent, h):
        return -1
    return h


def decision_only(sent: Sentence) -> bool:
    """date57: does the sentence tell a decision taken (``DECISION_VERBS``: "было решено",
    "договорились") and no signing but one to come (every signing verb an infinitive)?
    "В марте стороны договорились подготовить соглашение" does; "В марте стороны
    договорились и подписали соглашение" does not. fixdate57: the decision is one on the
    document: an infinitive of signing or of working a text out (``DECIDED_WORK_VERBS``)
    is told with it; "В марте стороны договорились о встрече в Уфе" and "было решено
    создать рабочую группу" tell none (a signing after them may be of their day)."""
    toks = sent.tokens
    return any(t.lemma in DECISION_VERBS for t in toks) and any(
        t.feats.get("VerbForm") == "Inf" and t.lemma in SIGN_VERBS | DECIDED_WORK_VERBS
        for t in toks) and all(
        t.feats.get("VerbForm") == "Inf" for t in toks if t.lemma in SIGN_VERBS)
