"""sig60: a signer told by post only, the post's holder named elsewhere on the page.

A report may name one signer and give the other by post alone ("Подписи поставили министр
Анна Котова и ректор КГУ"), the rector's name told in another sentence ("Ректор
университета Пётр Гусев рассказал, что ..."). The officials found on the page carry their
post and body (``extract.officials``): the one official holding that very post in a side
of the agreement that has no signer yet is the one the post stands for. Only the parse of
the signing sentence, the records and the officials are read; a few sentences per record.
"""

from __future__ import annotations

from collections.abc import Collection

from soccoop.extract.lexicon import SIGN_VERBS
from soccoop.extract.lexicon_signers import (
    HEAD_POSTS,
    HEADS_AFTER_REACH,
    NAME_LEVELS,
    PAGE_RECORDS,
    PAST_STATUSES,
    POST_BEFORE_REACH,
)
from soccoop.extract.nlp import Analysis, Models, Sentence, sentence_at
from soccoop.extract.party_identity import body_is_side
from soccoop.extract.person_names import same_person
from soccoop.extract.signers import _signing_clause, holds_post, ministry_named, persons_in
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


def nameless_signing_posts(analysis: Analysis, sent: Sentence,
                           signers: Collection[int] | None = None, *,
                           apart: bool = False) -> list[str]:
    """The head posts (HEAD_POSTS) that sign in the sentence with no person named under
    them, by lemma: "Подписи поставили министр Анна Котова и ректор КГУ" → ["ректор"]
    (the minister's name hangs on her post within NAME_LEVELS heads: directly, through
    the first name, or through the body between: "ректор КГУ Пётр Гусев"). A
    conjunct signs as its first conjunct does. Only from the parse; linear in the
    sentence (each token marks its head and its head's head once). planned70:
    ``signers``, the words a caller has read as the signers of a signing still to come
    (``plan_signers.signing_subjects``), stand for the signing clause: a post signs when
    it or its first conjunct is one of them ("Подписать документ должны министр и ректор
    университета"). ``apart``: the walk up from a name stops at a conjunct, so the name
    of a later conjunct is not the first's ("министр и председатель фонда Олег Лыков":
    "министр" has no name; the planned records' readers ask for it)."""
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
                if apart and toks[h].rel == "conj":
                    break
                h = toks[h].head
    memo: dict[int, int] = {}
    out: list[str] = []
    for k, t in enumerate(toks):
        if t.lemma not in HEAD_POSTS or not _post_noun(sent, k) or \
                t.feats.get("Number") != "Sing" or k in named or k in inside:
            continue
        first = _first_conjunct(sent, k, memo)
        if _signing_clause(sent, first) if signers is None else \
                k in signers or first in signers:
            out.append(t.lemma)
    return out


def _post_noun(sent: Sentence, k: int) -> bool:
    """signers67: is the head post at ``k`` a common noun: tagged so, or a proper noun only
    for the capital of the sentence's first word ("Министр социального развития края и
    директор завода подписали соглашение": the tagger may read the opening "Министр" as a
    name)? A capitalised post inside the sentence stays out ("заместитель Губернатора")."""
    t = sent.tokens[k]
    return t.pos == "NOUN" or t.pos == "PROPN" and k == 0 and t.text[:1].isupper() and \
        t.text[1:2].islower()


def _holds(o: Official, posts: Collection[str]) -> bool:
    """Does the official hold one of those head posts, a qualifying word before it allowed
    ("генеральный директор")? "Заместитель директора" does not. sig53: the head of a
    ministry told by a generic head post holds "министр" (``signers.holds_post``, the one
    reading of it): "Документ подписали министр труда региона и директор фирмы. ... Как
    рассказал глава министерства труда Иван Орлов, ..." → Орлов. rev53: one set of posts,
    so that ``signer_later._heads_of`` asks "any head post" here too."""
    words = (o.position or "").lower().split()
    return bool(words) and (words[0] in posts or len(words) >= 2 and words[1] in posts
                            and words[0] not in HEAD_POSTS and not words[0].startswith("зам")
                            or holds_post(o, set(posts)))


def post_holder(officials: list[Official], post: str, sides: list[str],
                sent: Sentence) -> str | None:
    """The one official named outside the sentence who holds the post in one of the sides
    (``party_identity.body_is_side``): "ректор" of "Курский государственный университет" →
    "Пётр Гусев"; None unless exactly one."""
    found = {o.name for o in officials if o.organization and _holds(o, {post}) and
             not sent.start <= o.evidence.start < sent.stop and
             any(body_is_side(o.organization, side) for side in sides)}
    return next(iter(found)) if len(found) == 1 else None


def sole_post_holder(officials: list[Official], post: str, sent: Sentence,
                     bodies: list[str], sides: Collection[str] = ()) -> str | None:
    """sigpool97: the one person the page names holding the post, whatever body, named
    outside the sentence: "Министр Анна Котова ..." → "Анна Котова" for a later
    "министр подписала". None when two people hold it anywhere in the text (in the
    sentence too), or when the holder's body is one a signer of the record already
    holds a post in (``bodies``: that side has its signer)."""
    holders = [o for o in officials if _holds(o, {post})]
    names: list[str] = []
    for o in holders:
        if not any(same_person(o.name, n) for n in names):
            names.append(o.name)
    if len(names) != 1:
        return None
    if any(sent.start <= o.evidence.start < sent.stop for o in holders):
        return None
    if any(o.organization and b and (body_is_side(o.organization, b) or
                                     body_is_side(b, o.organization))
           for o in holders for b in bodies):
        return None
    if any(other_ministry(o, sides) for o in holders):
        return None
    return names[0]


def other_ministry(o: Official, sides: Collection[str]) -> bool:
    """signers67: is the official's body a ministry named by its field's short name
    ("глава областного Минздрава": ``signers.ministry_named``) that is none of the
    record's sides, one of which is a ministry ("Министерство труда ... Энской
    области")? The head of another ministry: the sole holder of "министр" on the page
    is then no signer of a signing by "министр труда"."""
    if not o.organization or not ministry_named(o) or \
            not any(x.lower().startswith("министерств") for x in sides):
        return False
    return not any(body_is_side(o.organization, x) for x in sides)


def _scan_order(n: int, told: set[int], total: int) -> list[int]:
    """The sentences a record's signing posts are looked for in: its own and up to
    HEADS_AFTER_REACH after it (another record's sentence ends the reach), then up to
    POST_BEFORE_REACH before it, nearest first, never past another record's sentence
    (sigpool97: "Министр ... и директор АО «Вега» подписали соглашение. ... Стороны
    соглашения — министерство и АО «Вега»." reads its record from the later sentence)."""
    after: list[int] = []
    for m in range(n, min(total, n + 1 + HEADS_AFTER_REACH)):
        if m != n and m in told:
            break
        after.append(m)
    before: list[int] = []
    for m in range(n - 1, max(-1, n - 1 - POST_BEFORE_REACH), -1):
        if m in told:
            break
        before.append(m)
    return after + before


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
    a hostile page of more than PAGE_RECORDS records is left as it is.

    sigpool97: the signing sentence may also stand up to POST_BEFORE_REACH sentences
    before the record's own (``_scan_order``); a record of a past signing (signed or
    mentioned) with one side, or with fewer signers than sides, may take the post's sole
    holder in the whole text when no holder stands in a side (``sole_post_holder``):
    "Министр Анна Котова встретилась с партнёрами. С председателем общества слепых
    Петром Гусевым министр подписала соглашение ..." → Котова and Гусев. A post two people
    hold in the text gives no one."""
    signed = [a for a in agreements if a.status in PAST_STATUSES and a.parties and
              len(a.signatories) < max(2, len(a.parties))]
    if not signed or not officials or len(agreements) > PAGE_RECORDS:
        return
    read: dict[int, list[str]] = {}
    sentences = analysis.sentences
    told = {sentence_at(sentences, a.evidence.start) for a in agreements}
    for a in signed:
        n = sentence_at(sentences, a.evidence.start)
        if n < 0:
            continue
        bodies = [o.organization for o in officials if o.organization and any(
            same_person(o.name, s) for s in a.signatories)]
        sides = [p.name for p in a.parties
                 if not any(b and body_is_side(b, p.name) for b in bodies)]
        sole = a.status != "signed" or len(a.parties) < 2
        for m in _scan_order(n, told, len(sentences)):
            if n < m and a.status != "signed" and not _past_signing(sentences[m]):
                continue  # "... подписывают программу": today's signing, not the old one's
            sent = sentences[m]
            if not any(t.lemma in HEAD_POSTS for t in sent.tokens):
                continue
            if m not in read:
                read[m] = nameless_signing_posts(analysis, ensure_parsed(sent, models))
            posts = read[m]
            if not posts:
                continue
            if m < n and not _names_only_signers(analysis, sent, a.signatories):
                break
            for post in posts:
                name = post_holder(officials, post, sides, sent)
                if name is None and (sole or m < n):
                    name = sole_post_holder(officials, post, sent,
                                            [b for b in bodies if b], sides)
                if name and not any(same_person(name, s) for s in a.signatories):
                    a.signatories = a.signatories + [name]
            break


def _past_signing(sent: Sentence) -> bool:
    """Does the sentence tell a signing in the past tense ("министр подписала документ"),
    not one going on ("министр и ректор подписывают программу")?"""
    return any(t.lemma in SIGN_VERBS and t.feats.get("Tense") == "Past" for t in sent.tokens)


def _names_only_signers(analysis: Analysis, sent: Sentence, signers: list[str]) -> bool:
    """Does a sentence before the record's own name no one but the record's signers? A
    signing sentence of another agreement names that agreement's people: "Ректор Пётр
    Гусев и министр подписали меморандум." before a record signed by Анна Котова is
    another signing."""
    text = analysis.text
    return all(any(same_person(text[sp.start:sp.stop], s) for s in signers)
               for sp in persons_in(analysis, sent))
