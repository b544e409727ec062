"""sig60: a signer told by post only, the post's holder named elsewhere on the page.

A report may name one signer and give the other by post alone ("Подписи поставили министр
Анна Котова и ректор КГУ"), the rector's name told in another sentence ("Ректор
университета Пётр Гусев рассказал, что ..."). The officials found on the page carry their
post and body (``extract.officials``): the one official holding that very post in a side
of the agreement that has no signer yet is the one the post stands for. Only the parse of
the signing sentence, the records and the officials are read; a few sentences per record.
"""

from __future__ import annotations

from bisect import bisect_right

from soccoop.extract.lexicon_signers import HEAD_POSTS, HEADS_AFTER_REACH, NAME_LEVELS, PAGE_RECORDS
from soccoop.extract.nlp import Analysis, Models, Sentence
from soccoop.extract.party_identity import body_is_side
from soccoop.extract.person_names import same_person
from soccoop.extract.signers import _signing_clause, persons_in
from soccoop.extract.syntax import ensure_parsed
from soccoop.models import Agreement, Official


def _first_conjunct(sent: Sentence, k: int, memo: dict[int, int]) -> int:
    """The first conjunct of token k's chain of conjuncts ("министр ... и ректор КГУ": the
    minister), each token's answer kept in ``memo`` so a long list costs linear time."""
    toks = sent.tokens
    path: list[int] = []
    while k not in memo and toks[k].rel == "conj" and 0 <= toks[k].head < len(toks) and \
            len(path) < len(toks):
        path.append(k)
        k = toks[k].head
    root = memo.get(k, k)
    for j in path:
        memo[j] = root
    memo[k] = root
    return root


def nameless_signing_posts(analysis: Analysis, sent: Sentence) -> list[str]:
    """The head posts (HEAD_POSTS) that sign in the sentence with no person named under
    them, by lemma: "Подписи поставили министр Анна Котова и ректор КГУ" → ["ректор"]
    (the minister's name hangs on her post within NAME_LEVELS heads: directly, through
    the first name, or through the body between: "ректор КГУ Пётр Гусев"). A
    conjunct signs as its first conjunct does. Only from the parse; linear in the
    sentence (each token marks its head and its head's head once)."""
    toks = sent.tokens
    spans = persons_in(analysis, sent)
    named: set[int] = set()
    inside: set[int] = set()
    i = 0
    for k, t in enumerate(toks):
        while i < len(spans) and spans[i].stop <= t.start:
            i += 1
        if i < len(spans) and spans[i].start <= t.start < spans[i].stop:
            inside.add(k)
            h = t.head
            for _ in range(NAME_LEVELS):
                if not 0 <= h < len(toks):
                    break
                named.add(h)
                h = toks[h].head
    memo: dict[int, int] = {}
    out: list[str] = []
    for k, t in enumerate(toks):
        if t.lemma not in HEAD_POSTS or t.pos != "NOUN" or t.feats.get("Number") != "Sing" \
                or k in named or k in inside:
            continue
        if _signing_clause(sent, _first_conjunct(sent, k, memo)):
            out.append(t.lemma)
    return out


def _holds(o: Official, post: str) -> bool:
    """Does the official hold that head post, a qualifying word before it allowed
    ("генеральный директор")? "Заместитель директора" does not."""
    words = (o.position or "").lower().split()
    return bool(words) and (words[0] == post or len(words) >= 2 and words[1] == post
                            and words[0] not in HEAD_POSTS and not words[0].startswith("зам"))


def post_holder(officials: list[Official], post: str, sides: list[str],
                sent: Sentence) -> str | None:
    """The one official named outside the sentence who holds the post in one of the sides
    (``party_identity.body_is_side``): "ректор" of "Курский государственный университет" →
    "Пётр Гусев"; None unless exactly one."""
    found = {o.name for o in officials if o.organization and _holds(o, post) and
             not sent.start <= o.evidence.start < sent.stop and
             any(body_is_side(o.organization, side) for side in sides)}
    return next(iter(found)) if len(found) == 1 else None


def post_only_signers(analysis: Analysis, agreements: list[Agreement],
                      officials: list[Official], models: Models) -> None:
    """sig60: a signed record with fewer signers than sides, told in its own sentence or
    one of the HEADS_AFTER_REACH after it (a sentence another record was read from ends
    the reach) to be signed by a head post with no name ("и ректор КГУ",
    ``nameless_signing_posts``), gains the one official of the page holding that post in
    a side whose body no signer of the record holds a post in (``post_holder``):
    "Свои подписи поставили министр Анна Котова и ректор КГУ. ... Ректор университета
    Пётр Гусев рассказал ..." → Котова and Гусев. Nothing when no such official, or
    several, is named. In place; a few sentences per record, each sentence read once, and
    a hostile page of more than PAGE_RECORDS records is left as it is."""
    signed = [a for a in agreements if a.status == "signed" and len(a.parties) >= 2 and
              len(a.signatories) < len(a.parties)]
    if not signed or not officials or len(agreements) > PAGE_RECORDS:
        return
    read: dict[int, list[str]] = {}
    sentences = analysis.sentences
    starts = [x.start for x in sentences]
    told = {bisect_right(starts, a.evidence.start) - 1 for a in agreements}
    for a in signed:
        n = bisect_right(starts, a.evidence.start) - 1
        if n < 0:
            continue
        bodies = [o.organization for o in officials if o.organization and any(
            same_person(o.name, s) for s in a.signatories)]
        sides = [p.name for p in a.parties
                 if not any(b and body_is_side(b, p.name) for b in bodies)]
        for m in range(n, min(len(sentences), n + 1 + HEADS_AFTER_REACH)):
            if m != n and m in told:
                break
            sent = sentences[m]
            if not any(t.lemma in HEAD_POSTS for t in sent.tokens):
                continue
            if m not in read:
                read[m] = nameless_signing_posts(analysis, ensure_parsed(sent, models))
            posts = read[m]
            if not posts:
                continue
            for post in posts:
                name = post_holder(officials, post, sides, sent)
                if name and not any(same_person(name, s) for s in a.signatories):
                    a.signatories = a.signatories + [name]
            break
