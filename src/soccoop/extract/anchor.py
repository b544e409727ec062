"""Reading dates against the publication day: the tense that points the way, and the
agreements' dates lifted to their anchored values.

``dates.find_dates`` anchors a date without a year to the publication day on the side the
tense of its governing verb points to; this module reads that tense from the NLP analysis
and carries the anchored values over to the agreements (which are found on the dates as the
text states them, so that their rules about years see what the text says).
"""

from __future__ import annotations

from bisect import bisect_right

from soccoop.extract.dates import TenseOf, anchor_day, anchor_month, publication_day
from soccoop.extract.nlp import Analysis, Sentence, Token
from soccoop.extract.syntax import ancestors
from soccoop.models import SCHEMA_VERSION, Agreement, DateRef, Record

_TENSES = {"Past": "past", "Pres": "present", "Fut": "future"}


def _future_aux(tok: Token) -> bool:
    """"будет", "будут": a form of "быть" that makes the future (the tagger may call it
    present; "быть" has no present forms in use besides "есть")."""
    return (tok.lemma == "быть" and tok.feats.get("Tense") in {"Fut", "Pres"}
            and tok.text.lower() != "есть")


def _verb_tense(sent: Sentence, i: int) -> str | None:
    """Tense of verb token i; "будет подписано", "будут подписывать" count as future."""
    if any(_future_aux(sent.tokens[k]) for k in sent.children(i)):
        return "future"
    return _TENSES.get(sent.tokens[i].feats.get("Tense", ""))


def _is_verb(sent: Sentence, i: int) -> bool:
    return sent.tokens[i].pos in {"VERB", "AUX"}


def governing_tense(analysis: Analysis) -> TenseOf:
    """``tense(start, end)``: the tense of the verb governing the date at that span.

    In a parsed sentence, the first verb above the date's first token ("соглашение,
    подписанное 26 октября" -> past; "форум пройдёт 26 октября" -> future). In a sentence
    without a parse, the finite verbs' tense when they all agree, else unknown (None: the
    caller reads it as past, as news mostly report the past).
    """
    sents = analysis.sentences
    starts = [s.start for s in sents]

    def tense(start: int, end: int) -> str | None:
        k = bisect_right(starts, start) - 1
        if k < 0 or start >= sents[k].stop:
            return None
        sent = sents[k]
        i = next((j for j, t in enumerate(sent.tokens) if t.stop > start), None)
        if i is None:
            return None
        if sent.parsed:
            for h in ancestors(sent, i):  # an infinitive passes the question up
                if _is_verb(sent, h) and (t := _verb_tense(sent, h)) is not None:
                    return t
            return None
        toks = sent.tokens
        found = {"future" if _future_aux(toks[j]) else _verb_tense(sent, j)
                 for j in range(len(toks))
                 if _is_verb(sent, j) and toks[j].feats.get("VerbForm") == "Fin"}
        found.discard(None)
        return found.pop() if len(found) == 1 else None

    return tense


def anchor_agreements(agreements: list[Agreement], dates: list[DateRef]) -> None:
    """Give each agreement the anchored value of the date it was found on.

    An agreement dated "--10-26" (as stated) takes the value of an anchored "26 октября"
    nearest to its evidence; a date that comes from the publication day (anchored or
    resolved from "вчера") and is stated nowhere in full is marked ``date_anchored``.
    """
    stated_full = {d.value for d in dates if not d.anchored and d.value}
    by_stated: dict[str, list[DateRef]] = {}
    for d in dates:
        if d.anchored and d.stated:
            by_stated.setdefault(d.stated, []).append(d)
    anchored_values = {d.value for d in dates if d.anchored and d.value}
    for a in agreements:
        if not a.date:
            continue
        options = by_stated.get(a.date)
        if options:
            ev = a.evidence
            best = min(options, key=lambda d: max(ev.start - d.end, d.start - ev.end, 0))
            a.date = best.value
        a.date_anchored = a.date in anchored_values and a.date not in stated_full


def anchor_record(rec: Record) -> None:
    """Bring a stored record to the anchored-dates contract (schema 2), in place.

    For records stored before anchoring: dates without a year take the year of the record's
    publication day (the tense is not stored: read as past), relative dates resolved against
    it are marked, and the agreements follow. Agreement ids stay as they were.
    """
    pub = publication_day(rec.published)
    for d in rec.dates:
        if d.relative:
            d.anchored = d.value is not None
            continue
        if pub is None or d.anchored or not d.value or not d.value.startswith("--"):
            continue
        parts = d.value[2:].split("-")
        if not all(p.isdigit() for p in parts):
            continue
        month = int(parts[0])
        if not 1 <= month <= 12:
            continue
        value = (anchor_day(month, int(parts[1]), pub) if len(parts) == 2
                 else anchor_month(month, pub))
        if value is not None:
            d.anchored, d.stated, d.value = True, d.value, value
    anchor_agreements(rec.agreements, rec.dates)
    rec.schema_version = SCHEMA_VERSION
