"""Which sentences get a dependency parse, and small readers of the parsed tree.

natasha's NewsSyntaxParser costs about as much per sentence as the morphology tagger, so
only sentences that an extractor reads structurally are parsed: those with an agreement
word ("подписали соглашение") or a person named by NER ("министр Иван Петров"). The
parse itself is ``Models.parse_sentences`` (batched, length-sorted, run-ons in pieces).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field, replace

from soccoop.extract.lexicon import AGREEMENT_NOUNS, HABITUAL_WORDS, SIGN_VERBS
from soccoop.extract.lexicon_sides import RELATIVE_PRONOUNS
from soccoop.extract.nlp import (
    SYNTAX_PIECE,
    Analysis,
    Models,
    NerSpan,
    Sentence,
    Token,
    sentence_at,
)


def needs_syntax(analysis: Analysis) -> list[Sentence]:
    """The sentences of a document worth parsing: an agreement word or a PER span.

    "Глава региона Иван Петров подписал соглашение" qualifies twice; a menu line or a
    weather report does not. A rule that needs another sentence's tree parses it on demand
    (``ensure_parsed``): rarely needed, so not worth parsing for every document. Linear: PER
    spans are looked up by bisect over sentence starts.
    """
    sents = analysis.sentences
    chosen = [any(t.lemma in AGREEMENT_NOUNS for t in s.tokens) for s in sents]
    for span in analysis.spans:
        if span.type != "PER":
            continue
        k = sentence_at(sents, span.start)
        if 0 <= k < len(sents) and span.start < sents[k].stop:
            chosen[k] = True
    return [s for s, c in zip(sents, chosen, strict=True) if c]


def parse_documents(analyses: list[Analysis], models: Models) -> None:
    """Parse the chosen sentences of many documents in one batched pass, and parse ahead
    (``Models.parse_sentences``) the ones rules most often ask for later (``likely_asked``)."""
    models.parse_sentences([s for a in analyses for s in needs_syntax(a)],
                           ahead=[s for a in analyses for s in likely_asked(a)])


def likely_asked(analysis: Analysis) -> list[Sentence]:
    """The sentences right after one with an agreement word: the ones rules most often
    parse on demand (``ensure_parsed``), where a pronoun or the next clause takes the
    agreement up ("Соглашение с Башкортостаном стало первым. 14 февраля его подписали
    министры."). Measured on the benchmark's corpus and eight dev rounds: more than half of
    such sentences that ``needs_syntax`` leaves out are asked for, and they are three
    quarters of all parses on demand. Parsed ahead in the batch, not marked parsed: a rule
    that does not ask still sees them unparsed.

    speed86: also the sentence right before, in the same paragraph, when the agreement's
    sentence holds no word of signing (``SIGN_VERBS``: "подписали", "подписание"): such an
    agreement is the paper the sentence before reports signed ("Документ подписали
    министр и ректор. Соглашение предусматривает обмен опытом.": read by
    ``status.signing_told_before`` and ``agreements.paper_signed_just_before``). Asked for
    4 times in 11 on ten dev rounds and 94 in 136 on the benchmark's texts, while a parse
    alone costs about three times its tokens' share of a batch; the sentence before one
    with a word of signing (1 in 33), or across a line break (8 in 133), is left to be
    parsed on demand."""
    sents = analysis.sentences
    text = analysis.text
    out: list[Sentence] = []
    for n, sent in enumerate(sents):
        if not any(t.lemma in AGREEMENT_NOUNS for t in sent.tokens):
            continue
        if n > 0 and "\n" not in text[sents[n - 1].stop:sent.start] and \
                not any(t.lemma in SIGN_VERBS for t in sent.tokens):
            out.append(sents[n - 1])
        if n + 1 < len(sents):
            out.append(sents[n + 1])
    return out


def ensure_parsed(sent: Sentence, models: Models) -> Sentence:
    """Parse one sentence now if it was not chosen for the batched parse."""
    if not sent.parsed:
        models.parse_sentences([sent])
    return sent


def batch_parsed(sent: Sentence, models: Models) -> Sentence | None:
    """The sentence with the tree of the batched parse (``parse_documents``): chosen for it
    (``needs_syntax``) or parsed ahead (``likely_asked``); None when the batch did not parse
    it. For a rule that reads a sentence's tree where one is at hand and would not pay for a
    parse of one sentence alone (``ensure_parsed``): the sentence after "Фонд и управление
    подписали соглашение и программу сотрудничества." ("Утвердить её стороны намерены в
    мае") is parsed ahead, so it is read; a sentence naming neither an agreement nor a
    person, far from one, is not."""
    return sent if models.parse_kept(sent) else None


def within_heads(sent: Sentence, members: Collection[int], i: int) -> set[int]:
    """status52: the members of token ``i``'s phrase that no head of ``i`` parts from it:
    the parser may hang on a noun's clause a date told before the verb that governs the
    noun ("в среду, 16 апреля, подписали дополнительное соглашение к соглашению,
    заключённому в 2022 году": "в среду" under "заключённому"), but a dependent of the noun
    does not lie beyond the noun's own head. Linear in the sentence length."""
    heads = list(ancestors(sent, i))
    left = max((a for a in heads if a < i), default=-1)
    right = min((a for a in heads if a > i), default=len(sent.tokens))
    return {j for j in members if left < j < right}


def quoted_name_word(tokens: list[Token], n: int, low: int, high: int) -> bool:
    """Is tokens[n] a word of a «quoted» name: the nearest quote mark before it (from
    ``low`` on) an opening «, and a closing » after it (before ``high``)? Such a word
    names a body: "фонд «Новые проекты»" plans nothing, "фонда «Защитники Отечества»"
    is no post (agr51's status window and nerel62's post window read it alike)."""
    for m in range(n - 1, low - 1, -1):
        if tokens[m].text == "»":
            return False
        if tokens[m].text == "«":
            return any(tokens[j].text == "»" for j in range(n + 1, high))
    return False


def subtree(sent: Sentence, i: int) -> list[int]:
    """Token indexes under token ``i`` (itself included), in text order.

    Linear in the sentence length: children lists are built once per call.
    """
    kids: dict[int, list[int]] = {}
    for k, t in enumerate(sent.tokens):
        kids.setdefault(t.head, []).append(k)
    out: list[int] = []
    stack = [i]
    seen: set[int] = set()
    while stack:
        k = stack.pop()
        if k in seen:  # a malformed tree (cycle) must not loop forever
            continue
        seen.add(k)
        out.append(k)
        stack.extend(kids.get(k, []))
    return sorted(out)


def ancestors(sent: Sentence, i: int) -> Iterator[int]:
    """Heads above token ``i``, nearest first (bounded by the sentence length)."""
    k = sent.tokens[i].head
    for _ in range(len(sent.tokens)):
        if k < 0 or k == i:
            return
        yield k
        k = sent.tokens[k].head


def negated(sent: Sentence, i: int) -> bool:
    """Has token ``i`` a negation of its own, a "не" among its children in the parse: "не
    подписали", "не продлила", "не смогли"? The one reading of a negated word the status,
    date and signer passes share (rev48: three copies and ten inline ones before)."""
    return any(sent.tokens[c].lemma == "не" for c in sent.children(i))


def put_done(sent: Sentence, i: int, verbs: Collection[str]) -> bool:
    """rev53: is token ``i`` a verb of ``verbs`` told done, in the past and with no "не" of
    its own: "Подписи поставили министр и директор" → "поставили"; "Под документом не
    расписались министр и директор" → no. The one reading of "signatures put, done, not
    negated" that ``status.signatures_put`` and ``signer_later._told_done`` share."""
    t = sent.tokens[i]
    return t.lemma in verbs and t.pos == "VERB" and t.feats.get("Tense") == "Past" and \
        not negated(sent, i)


def verbless(toks: list[Token]) -> bool:
    """Do the tokens tell no act: no finite verb or auxiliary ("подписали", "будет") and
    no short form, participle or adjective ("подписано"; "должно" before an infinitive:
    a short form is a predicate)? A list item naming its document is such: "— Соглашение
    между фондом и колледжем о помощи семьям, воспитывающим детей" (a full participle
    describes a noun, it tells nothing done); "Соглашение должно упростить переезд
    семей" is not. The one reading of a verbless item (tidy50: ``agreement_lists.
    _verbless``, ``agreement_dates._verbless`` and ``status._verbless_item`` read it
    three ways before)."""
    return not any(t.pos in {"VERB", "AUX"} and t.feats.get("VerbForm") == "Fin" or
                   t.pos in {"VERB", "AUX", "ADJ"} and t.feats.get("Variant") == "Short"
                   for t in toks)


def relative_pronoun_before(toks: list[Token], i: int, stop: int = -1,
                            breaks: Collection[str] = ()) -> int | None:
    """The relative pronoun (``RELATIVE_PRONOUNS``, any case) that opens the clause token
    ``i`` stands in, read back by tokens from ``i`` to (not including) ``stop``: its index,
    or None when a word of ``breaks`` (",", ":" ...) comes first or none is found.
    "соглашение, которое стороны намерены подписать": from "подписать" back, "которое".
    The one reader of "is this word in a relative clause" by words (the parser often hangs
    such a clause on a later noun); callers add their own bounds and checks."""
    for j in range(i - 1, stop, -1):
        if toks[j].lemma in RELATIVE_PRONOUNS:
            return j
        if toks[j].text in breaks:
            return None
    return None


def under_clause(sent: Sentence, i: int) -> bool:
    """Does token ``i`` stand in a clause on a noun (an ``acl`` relation, "acl:relcl" too,
    on it or on a head above it): "Министерство подвело итоги коллегии, которая прошла 10
    октября" ("прошла" ―acl:relcl→ "коллегии")? From the parse; bounded by the sentence
    length (``ancestors``)."""
    toks = sent.tokens
    return any(toks[a].rel.startswith("acl") for a in [i, *ancestors(sent, i)])


def past_head(toks: list[Token], i: int, lemmas: Collection[str]) -> int | None:
    """The head of token ``i`` when it is a past-tense verb of one of ``lemmas``, else
    None: "Главным итогом форума стали соглашения" ("соглашения" ―nsubj→ "стали" of
    becoming), "потребовалось заключить новое соглашение" ("заключить" ―csubj→
    "потребовалось" of need). A plan's verb (infinitive, future) is not past."""
    h = toks[i].head
    if 0 <= h < len(toks) and toks[h].lemma in lemmas and toks[h].feats.get("Tense") == "Past":
        return h
    return None


def climb(sent: Sentence, k: int, through: Collection[str], limit: int | None = None) -> list[int]:
    """The path from token ``k`` up its heads while each token's relation is in
    ``through``: ``k`` first, then each head it climbs to, at most ``limit`` steps (the
    sentence's length by default, so a parser's cycle cannot loop forever). A tree pattern
    as data ("up through apposition and name parts") instead of a hand-written loop.

    "министр Анна Котова" (Котова ―flat:name→ Анна ―appos→ министр): from Котова through
    {"flat:name", "appos"} gives [Котова, Анна, министр]; the path's last token is the
    group's top, where the climb stopped (relation not in ``through``, no head, or limit).
    """
    toks = sent.tokens
    path = [k]
    for _ in range(len(toks) if limit is None else limit):
        h = toks[k].head
        if toks[k].rel not in through or not 0 <= h < len(toks):
            break
        k = h
        path.append(k)
    return path


SEAL_ADJUNCT_REACH = 6  # tokens at most between a verb of sealing and its signatures


def signature_after_seal(sent: Sentence, i: int, signatures: Collection[str]) -> int | None:
    """sigpool92: the signatures in the instrumental that seal with the verb at ``i``
    across its own adjunct of time or place, which the parser may hang elsewhere: in
    "Соглашение скреплено в прошлую пятницу подписями министра X и ректора Y" it made
    "подписями" the root and "скреплено" a modifier of the rector, so neither is the
    other's head. The signature noun (a lemma of ``signatures``, instrumental) follows
    within SEAL_ADJUNCT_REACH tokens, and every token between is a word (no punctuation,
    no verb) that hangs, when parsed, inside the stretch from the verb to it: the
    adjunct's own words. Its index, or None."""
    toks = sent.tokens
    for j in range(i + 1, min(len(toks), i + SEAL_ADJUNCT_REACH + 1)):
        t = toks[j]
        if t.lemma in signatures and t.feats.get("Case") == "Ins":
            between = toks[i + 1:j]
            return j if not sent.parsed or all(i <= u.head < j for u in between) else None
        if t.pos in {"PUNCT", "VERB", "AUX", "CCONJ"}:
            return None
    return None


@dataclass
class Window(Sentence):
    """A sentence, or a piece of a run-on one, with lookups precomputed: token starts for
    bisect (``index``) and the NER spans inside it, so extractors stay linear in the
    document's length however long a line without full stops is."""

    starts: list[int] = field(default_factory=list)
    spans: list[NerSpan] = field(default_factory=list)

    def index(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset`` (len(tokens) if none)."""
        return bisect_left(self.starts, offset)


def windows(analysis: Analysis, limit: int = SYNTAX_PIECE) -> list[Window]:
    """The document's sentences as Windows; a sentence longer than ``limit`` tokens (a
    run-on line) becomes consecutive pieces, cut where the parser cut it, so each piece's
    dependency heads stay inside it (re-based to the piece)."""
    spans = sorted(analysis.spans, key=lambda x: x.start)
    span_starts = [x.start for x in spans]
    out: list[Window] = []
    for sent in analysis.sentences:
        for k in range(0, max(1, len(sent.tokens)), limit):
            toks = sent.tokens[k:k + limit]
            if not toks:
                continue
            if len(sent.tokens) > limit:
                toks = [replace(t, head=t.head - k if k <= t.head < k + limit else -1)
                        for t in toks]
                start, stop = toks[0].start, toks[-1].stop
                text = analysis.text[start:stop]
            else:
                start, stop, text = sent.start, sent.stop, sent.text
            lo = bisect_left(span_starts, start)
            inside = []
            for x in spans[lo:]:
                if x.start >= stop:
                    break
                if x.stop <= stop:
                    inside.append(x)
            out.append(Window(start, stop, text, toks, sent.parsed,
                              starts=[t.start for t in toks], spans=inside))
    return out


def habit_word_on(sent: Sentence, v: int) -> bool:
    """fixplans69: does a word of a habit (``HABITUAL_WORDS``: "ежегодно", "обычно",
    "каждый") hang on the verb at ``v`` or on one of its dependents ("каждый год", "с каждым
    партнёром")? Shared by ``status._told_as_habit`` (a signing told as a habit) and
    ``candidate_signers`` (a roadmap's drafting told as a habit, fixstatus55). "каждый"
    over a phrase of "из" ("с каждым из трёх фондов") counts the members of a set, no
    habit: a present of the moment stays one."""
    toks = sent.tokens

    def habit(w: int) -> bool:
        return toks[w].lemma in HABITUAL_WORDS and not (toks[w].lemma == "каждый" and any(
            toks[e].rel == "case" and toks[e].lemma == "из"
            for d in sent.children(w) for e in sent.children(d)))

    return any(habit(c) or any(habit(d) for d in sent.children(c))
               for c in sent.children(v))
