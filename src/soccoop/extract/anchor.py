"""Reading dates against the publication day: the tense that points the way, and the
agreements' dates lifted to their anchored values.

``dates.find_dates`` anchors a date without a year to the publication day on the side the
tense of its governing verb points to; this module reads that tense from the NLP analysis
and carries the anchored values over to the agreements (which are found on the dates as the
text states them, so that their rules about years see what the text says).
"""

from __future__ import annotations

from bisect import bisect_right

from soccoop.extract.dates import NounHeadOf, TenseOf, anchor_day, anchor_month, publication_day
from soccoop.extract.lexicon import (
    DECISION_VERBS,
    DISCUSS_VERBS,
    EVENT_NOUNS,
    PLAN_HEADS,
    POSTPONE_WORDS,
    SCHEDULE_VERBS,
    SIGN_NOUNS,
    SIGN_VERBS,
    SIGNING_OUTCOME_NOUNS,
    TENSE_CLAUSE_MARKS,
    TRIGGERS,
)
from soccoop.extract.nlp import Analysis, Sentence, Token, sentence_at
from soccoop.extract.signing_ahead import future_be, tense_name
from soccoop.models import SCHEMA_VERSION, Agreement, DateRef, Record


def _reporting_opening(toks: list[Token]) -> int:
    """Where the sentence's own clause begins after an opening "как"-clause that names the
    source (dates24): "Как сообщили в ведомстве, подписать документ планируется в марте"
    — "сообщили" tells when it was said, not when the signing is. 0 without one."""
    if not toks or toks[0].lemma != "как":
        return 0
    for j, t in enumerate(toks[:12]):
        if t.text == ",":
            return j + 1 if any(u.pos == "VERB" for u in toks[1:j]) else 0
    return 0


def _scheduled_to(toks: list[Token], j: int) -> bool:
    """status48: is token j a participle of scheduling with the time it sets after it ("Теперь
    церемония назначена на 5 марта", "подписание запланировано на апрель")? Read without a
    parse, it points ahead as a word of plan does (not "назначен министром")."""
    return toks[j].lemma in SCHEDULE_VERBS and toks[j].feats.get("VerbForm") == "Part" and \
        j + 1 < len(toks) and toks[j + 1].lemma == "на"


class _SentenceTenses:
    """Tenses of one sentence's tokens, computed once: linear in the sentence however many
    dates it holds (a run-on "sentence" may hold thousands)."""

    def __init__(self, sent: Sentence) -> None:
        self.sent = sent
        self.stops = [t.stop for t in sent.tokens]
        self.kids: dict[int, list[int]] = {}
        for k, t in enumerate(sent.tokens):
            self.kids.setdefault(t.head, []).append(k)
        self.memo: dict[int, str | None] = {}
        self._flat: str | None | bool = False  # not computed yet

    def _past_copula(self, i: int) -> bool:
        """status65: does a past form of "быть" serve token i ("должны были подписать во
        вторник", "были готовы подписать")? A plan told in the past points back: the day it
        was for has gone by, whatever became of the plan."""
        toks = self.sent.tokens
        return any(toks[k].lemma == "быть" and toks[k].rel in {"cop", "aux"}
                   and toks[k].feats.get("Tense") == "Past" for k in self.kids.get(i, []))

    def own(self, i: int) -> str | None:
        """Tense of verb token i; "будет подписано", "будут подписывать" count as future."""
        toks = self.sent.tokens
        if toks[i].lemma in PLAN_HEADS and self._past_copula(i):
            return "past"
        if toks[i].lemma in PLAN_HEADS and toks[i].feats.get("Tense") != "Past":
            # "намерены подписать в мае", "планируют заключить в мае": a plan points ahead
            return "future"
        if toks[i].pos not in {"VERB", "AUX"}:
            return None
        h = toks[i].head
        infinitive = toks[i].feats.get("VerbForm") == "Inf" or any(
            toks[k].lemma == "быть" and toks[k].feats.get("VerbForm") == "Inf"
            for k in self.kids.get(i, []))
        if infinitive and 0 <= h < len(toks) and toks[h].lemma in PLAN_HEADS and \
                toks[h].feats.get("Tense") != "Past" and not self._past_copula(h):
            return "future"  # "может быть подписано в сентябре": the modal points ahead
        if infinitive and self._decided(i):
            return "present"
        if any(future_be(toks[k]) for k in self.kids.get(i, [])):
            return "future"
        if toks[i].lemma in SCHEDULE_VERBS and any(
                toks[k].lemma in SIGN_NOUNS | EVENT_NOUNS for k in self.kids.get(i, [])):
            # "подписание запланировано на апрель": what is scheduled is to come
            return "future"
        return tense_name(toks[i])

    def _decided(self, i: int) -> bool:
        """agr81: is infinitive i what a decision told in the past perfective decided
        ("Стороны договорились подписать соглашение в мае", "решили заключить его в
        марте")? The act decided comes after the decision, which the news reports as just
        taken: its month lies on the nearer side of the publication day (in a report of
        February, May of the same year; in one of December, last November), where a
        plan told in the past ("планировали подписать в мае") keeps looking back."""
        toks = self.sent.tokens
        h = toks[i].head
        return 0 <= h < len(toks) and toks[h].lemma in DECISION_VERBS and \
            toks[h].feats.get("Tense") == "Past" and toks[h].feats.get("Aspect") == "Perf" \
            and toks[i].rel in {"xcomp", "ccomp", "conj"} and not self._past_copula(h)

    def governing(self, i: int) -> str | None:
        """The first tense on the way up from token i (an infinitive passes it up)."""
        path: list[int] = []
        seen: set[int] = set()
        answer: str | None = None
        k = i
        for _ in range(len(self.sent.tokens) + 1):
            if k in self.memo:
                answer = self.memo[k]
                break
            path.append(k)
            seen.add(k)
            if k != i and (t := self.own(k)) is not None:
                answer = "future" if self._put_off_to(k, path) or \
                    self._signing_discussed(k, path) else self._decided_ahead(i, k) or t
                break
            h = self.sent.tokens[k].head
            if h < 0 or h in seen:  # the root, or a malformed tree's cycle
                break
            k = h
        for p in path:
            if p != i:
                self.memo[p] = answer if self.own(p) is None else self.own(p)
        return answer

    def _put_off_to(self, k: int, path: list[int]) -> bool:
        """status48: is the date the time a verb of putting off moves something to, its
        "на"-phrase ("Подписание перенесли на начало марта", "церемонию отложили на 5
        марта")? Whatever the verb's tense, that time is to come; a date of the putting
        off itself ("20 февраля подписание перенесли") keeps the verb's tense."""
        toks = self.sent.tokens
        return toks[k].lemma in POSTPONE_WORDS and len(path) >= 2 and any(
            toks[c].lemma == "на" and toks[c].rel == "case" for c in self.kids.get(path[-2], []))

    def _decided_ahead(self, i: int, k: int) -> str | None:
        """date58: the tense of the act decided when the parse hangs date ``i`` on verb
        ``k``, a decision told in the past perfective ("договорились", "решили"), though
        the date stands between the verb and its infinitive of signing: "Стороны
        договорились в октябре подписать соглашение" dates the signing decided (its month
        on the nearer side of the publication day, ``_decided``), not the decision; "В
        октябре стороны договорились подписать соглашение" (the date before the verb) keeps
        the decision's past. None when the shape is not there."""
        toks = self.sent.tokens
        if toks[k].lemma not in DECISION_VERBS or not k < i:
            return None
        inf = next((c for c in self.kids.get(k, []) if c > i and toks[c].lemma in SIGN_VERBS
                    and toks[c].feats.get("VerbForm") == "Inf"), None)
        return self.own(inf) if inf is not None else None

    def _signing_discussed(self, k: int, path: list[int]) -> bool:
        """date58: does the date hang on a noun of signing that verb ``k`` discusses or
        prepares ("На совещании обсуждали вопрос подписания в июне соглашения ...",
        "стороны обсудили заключение в сентябре договора")? The signing talked over is
        still to come, whatever the tense of the talk: the month lies ahead. Only a noun of
        signing on the way up (``lexicon.SIGN_NOUNS``), a verb of discussing or preparing
        (``lexicon.DISCUSS_VERBS``) above it; "в июне обсудили подписание" (the date on the
        verb) keeps the past. fixdate58: the first noun of signing on the way up, with no
        noun of its outcome or execution between it and the verb
        (``lexicon.SIGNING_OUTCOME_NOUNS``: "обсудили итоги подписания в марте соглашения"
        talks over a signing done); "заключение" counts only with an agreement noun under
        it (an expert's "заключение" is no signing)."""
        toks = self.sent.tokens
        if toks[k].lemma not in DISCUSS_VERBS:
            return False
        nouns = path[1:-1]
        at = next((j for j, p in enumerate(nouns) if toks[p].lemma in SIGN_NOUNS
                   and toks[p].pos == "NOUN"), None)
        if at is None or any(toks[p].lemma in SIGNING_OUTCOME_NOUNS for p in nouns[at + 1:]):
            return False
        return toks[nouns[at]].lemma != "заключение" or any(
            toks[c].lemma in TRIGGERS for c in self.kids.get(nouns[at], []))

    def across_colon(self, i: int) -> str | None:
        """The tense of the clause a colon opens before token i, when the parse hangs the
        date on a verb before that colon (datesD): in "Документ пока не подписан: подписать
        его предстоит губернаторам в декабре" the parser may attach "в декабре" to
        "подписан"; the clause after the colon ("предстоит") tells the date's time. None
        when no colon parts the date from its governor."""
        toks = self.sent.tokens
        colon = next((c for c in range(i - 1, -1, -1) if toks[c].text == ":"), None)
        if colon is None:
            return None
        k, seen = toks[i].head, {i}
        while 0 <= k < len(toks) and k not in seen and self.own(k) is None:
            seen.add(k)
            k = toks[k].head
        if not 0 <= k < colon:
            return None
        return next((t for j in range(colon + 1, i) if (t := self.own(j)) is not None), None)

    def flat(self) -> str | None:
        """Without a parse: the finite verbs' tense when they all agree; a word of plan
        counts as one pointing ahead ("Подписать его стороны намерены в ноябре": the short
        adjective "намерены" is no verb), and so does a participle of scheduling before
        "на" (status48, ``_scheduled_to``)."""
        if self._flat is False:
            toks = self.sent.tokens
            skip = _reporting_opening(toks)
            found = {"future" if future_be(t) or _scheduled_to(toks, j) else self.own(j)
                     for j, t in enumerate(toks)
                     if j >= skip and ((t.pos in {"VERB", "AUX"} and
                                        t.feats.get("VerbForm") == "Fin")
                                       or t.lemma in PLAN_HEADS or _scheduled_to(toks, j))}
            found.discard(None)
            self._flat = found.pop() if len(found) == 1 else None
        return self._flat  # type: ignore[return-value]

    def _marks_tense(self, j: int) -> str | None:
        """The tense token j tells in a sentence read without a parse (``flat``'s words: a
        finite verb, a word of plan, a participle of scheduling before "на"), else None."""
        toks = self.sent.tokens
        t = toks[j]
        if future_be(t) or _scheduled_to(toks, j):
            return "future"
        if (t.pos in {"VERB", "AUX"} and t.feats.get("VerbForm") == "Fin") or t.lemma in PLAN_HEADS:
            return self.own(j)
        return None

    def across_clause(self, i: int) -> str | None:
        """statpool96: the tense of the date's own clause (``own_clause``) when the parse
        hangs the date on a verb past a clause mark, in another clause: in "Колледж и центр
        в мае намерены заключить договор с заводом — там прошлой осенью запустили цех" the
        parser may attach "в мае" to "запустили" across the dash, in "Первый договор колледж
        заключил в 2021 году, а в мае второй предполагается подписать с заводом" to
        "заключил" across the comma; the clause's own "намерены", "предполагается" tell the
        month's time. None when the governor is in the date's clause or the clause has no
        verb of its own ("Договор, заключённый в мае, ...")."""
        toks = self.sent.tokens
        k, seen = toks[i].head, {i}
        while 0 <= k < len(toks) and k not in seen and self.own(k) is None:
            seen.add(k)
            k = toks[k].head
        if not 0 <= k < len(toks) or k in seen:
            return None
        lo, hi = (k, i) if k < i else (i, k)
        if not any(toks[j].text in TENSE_CLAUSE_MARKS for j in range(lo + 1, hi)):
            return None
        return self.own_clause(i)

    def own_clause(self, i: int) -> str | None:
        """statpool96: without a parse, when the sentence's verbs disagree (``flat`` is
        None), the tense of the date's own clause, the run of tokens around token i between
        commas, dashes, colons, semicolons or brackets, when its verbs agree: "Колледж и
        центр занятости в мае намерены заключить договор с заводом — там прошлой осенью
        запустили новый цех" (May to come: "намерены", not "запустили"), "Первый договор
        колледж заключил в 2021 году, а в мае второй предполагается подписать с заводом"
        (May to come). A clause with no such verb ("договор, заключённый в мае, будет
        продлён") tells nothing: None, as before."""
        toks = self.sent.tokens
        skip = _reporting_opening(toks)
        if i < skip:
            return None
        lo = next((k + 1 for k in range(i - 1, skip - 1, -1) if toks[k].text in TENSE_CLAUSE_MARKS),
                  skip)
        hi = next((k for k in range(i + 1, len(toks)) if toks[k].text in TENSE_CLAUSE_MARKS),
                  len(toks))
        found = {self._marks_tense(j) for j in range(lo, hi)}
        found.discard(None)
        return found.pop() if len(found) == 1 else None


def governing_tense(analysis: Analysis) -> TenseOf:
    """``tense(start, end)``: the tense of the verb governing the date at that span.

    In a parsed sentence, the first verb above the date's first token ("соглашение,
    подписанное 26 октября" -> past; "форум пройдёт 26 октября" -> future). In a sentence
    without a parse, the finite verbs' tense when they all agree, else unknown (None: the
    caller reads it as past, as news mostly report the past).
    """
    sents = analysis.sentences
    infos: dict[int, _SentenceTenses] = {}

    def tense(start: int, end: int) -> str | None:
        k = sentence_at(sents, start)
        if k < 0 or start >= sents[k].stop or not sents[k].tokens:
            return None
        info = infos.get(k) or infos.setdefault(k, _SentenceTenses(sents[k]))
        i = bisect_right(info.stops, start)
        if i >= len(info.stops):
            return None
        if sents[k].parsed:
            return info.across_colon(i) or info.across_clause(i) or info.governing(i)
        return info.flat() or info.own_clause(i)

    return tense


def governed_by_noun(analysis: Analysis) -> NounHeadOf:
    """fixdate56: ``noun_head(start, end)``: is the word at ``start`` hung by the parse on
    a noun other than a signing's ("о подготовке котельных к зиме": "зиме" under
    "подготовке"; not "подписание к весне"), or on a signing verb in the past ("подписали
    к лету": a signing done), so that a season told ahead there is no time of a plan. False
    in a sentence without a parse."""
    sents = analysis.sentences

    def noun_head(start: int, end: int) -> bool:
        k = sentence_at(sents, start)
        if k < 0 or start >= sents[k].stop or not sents[k].parsed:
            return False
        toks = sents[k].tokens
        i = next((j for j, t in enumerate(toks) if t.start <= start < t.stop), None)
        if i is None or not 0 <= toks[i].head < len(toks):
            return False
        head = toks[toks[i].head]
        if head.pos in ("NOUN", "PROPN"):
            return head.lemma not in SIGN_NOUNS and head.lemma not in SIGN_VERBS
        return head.lemma in SIGN_VERBS and head.feats.get("Tense") == "Past"

    return noun_head


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
        elif len(a.date) == 4 and a.date.startswith("--"):
            # status48: a month read off a day of it ("на полях форума", held "5–7 июня":
            # ``--06``) takes that day's anchored year
            of_month = [d for k, ds in by_stated.items() if k.startswith(a.date + "-")
                        for d in ds if d.value and len(d.value) == 10]
            if of_month:
                a.date = of_month[0].value[:7]  # type: ignore[index]
                a.date_anchored = True
                continue
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
