"""many43: each side's signer on its own line, the line naming the side: one agreement each.

A page that tells one body's agreements with several partners may name the partners only
where it names their signers, one a line after a signing sentence that ends in a colon:

    Со стороны министерства их подписала министр Анна Белова, со стороны районов — главы:
    • Верхнего муниципального района — Олег Сомов;
    • Нижнего муниципального района — Пётр Рябов.

Each line is a mark (a bullet, a dash or a number), the side's name (its body in the
genitive, whose signer the line names), a dash and the signer (a post may stand before the
name). The agreement the lines sign is the last signed mention before the colon with one
side at most (the shared side, "соглашения ... подписаны в министерстве ..."): it becomes
one agreement per line, between its side and the line's body, signed by the shared side's
signers (the persons of the colon's sentence and the mention's own, less those of the
lines) and the line's person. The partnerless signed mentions of that side between the
mention and the lines ("их подписала министр ...") are folded into them. Two lines or more;
a line with no body, no dash or no person ends the list.

lists65: a line may also name its body in its post's genitive, with no dash, the name
closing the line, marked or not (``_post_body_line``):

    Подписи поставили:
    министр труда Верхней области Анна Белова;
    глава администрации Лесного муниципального района Олег Сомов;
    глава администрации Речного муниципального района Пётр Рябов.

A line whose post names no body (the minister's: a region only) gives a signer of the shared
side; the districts' administrations are the lines' bodies, each keyed by its own name
(``_keyed_by_own_name``), since "Администрация … района" alone names only a kind. A body
a signing told within the reach already has, under another name, leaves the lines to it.
"""

from __future__ import annotations

import re

from soccoop.extract.agreement_lists import _LIST_ITEM
from soccoop.extract.agreement_types import _Candidate, _Party
from soccoop.extract.candidate_signers import _signer_name
from soccoop.extract.lexicon import (
    BODY_HEADS,
    LINE_BULLETS,
    ORG_HEADS,
    SIGNATURE_NOUNS,
    SIGNER_LINES_REACH,
)
from soccoop.extract.lexicon_sides import MUNICIPAL_NOUNS
from soccoop.extract.lexicon_signers import SIGNING_HEADS
from soccoop.extract.nlp import Analysis, Models, NerSpan, Sentence, opens_line
from soccoop.extract.normalize import nominative_phrase
from soccoop.extract.party_identity import same_side
from soccoop.extract.party_phrases import GAP_DASHES, _parties_in
from soccoop.extract.person_names import person_mentions
from soccoop.extract.signer_shapes import _LINE_END
from soccoop.models import Official, RegionRef

# a body's or a district's head noun: what a line's body opens with
_BODY_NOUNS = frozenset(ORG_HEADS | BODY_HEADS | MUNICIPAL_NOUNS)


def _persons(analysis: Analysis, sent: Sentence, lo: int = -1) -> list[NerSpan]:
    """The person spans of the sentence, those starting after offset ``lo`` (as the NER
    tagged them, ``person_names.person_mentions``)."""
    return person_mentions(analysis).tagged_between(max(sent.start, lo + 1), sent.stop)


def _signer_line(
    analysis: Analysis, models: Models, line: Sentence, regions: list[RegionRef],
) -> tuple[_Party, NerSpan] | None:
    """The body and the signer one line names: "• Верхнего муниципального района — Олег
    Сомов;" → (the district, Олег Сомов). The body before the line's dash (past the
    line's own mark), the first person after it."""
    toks = line.tokens
    first = 1 if toks and toks[0].text in {*GAP_DASHES, *LINE_BULLETS} else 0
    dash = next((i for i in range(first + 1, len(toks)) if toks[i].text in GAP_DASHES), None)
    if dash is None:
        return None
    bodies = _parties_in(analysis, models, line, first, dash, regions) or \
        _genitive_body(analysis, models, line, first, dash, regions)
    people = _persons(analysis, line, toks[dash].start)
    if not bodies or not people:
        return None
    return _keyed_by_quote(bodies[0]), people[0]


def _genitive_body(
    analysis: Analysis, models: Models, line: Sentence, lo: int, hi: int,
    regions: list[RegionRef],
) -> list[_Party]:
    """The line's words before its dash as a body the tagger did not name, when they open
    with a body's or a district's head noun in the genitive, adjectives before it: "•
    муниципального района «Верхний улус» —" → "Муниципальный район «Верхний улус»"."""
    toks = line.tokens
    head = next((i for i in range(lo, hi) if toks[i].pos == "NOUN"), None)
    if head is None or toks[head].lemma not in _BODY_NOUNS or \
            toks[head].feats.get("Case") != "Gen" or \
            any(toks[i].pos != "ADJ" for i in range(lo, head)):
        return []
    start, stop = toks[lo].start, toks[hi - 1].stop
    name = nominative_phrase(models, toks[lo:head + 1], analysis.text) + \
        analysis.text[toks[head].stop:stop]
    return [_Party(name, [r.code for r in regions
                          if any(start <= m.start < stop for m in r.mentions)],
                   start, stop, models)]


def _keyed_by_own_name(body: _Party) -> _Party:
    """lists65: the line's body keyed by its quoted name (``_keyed_by_quote``), else by the
    words in capitals after its first, which name the one body of its kind: "Администрация
    муниципального района Верхний район" and "Администрация муниципального района Нижний
    район" share the key's two words, which name only their kind."""
    if "«" in body.name:
        return _keyed_by_quote(body)
    own = [w for w in re.findall(r"\w+", body.name)[1:] if w[:1].isupper()]
    if own:
        body.key = body.key.replace("|", " " + " ".join(w[:5].lower() for w in own) + "|", 1)
    return body


def _keyed_by_quote(body: _Party) -> _Party:
    """The line's body keyed by its quoted name too: "Муниципальный район «Верхний улус»"
    and "Муниципальный район «Нижний улус»", "Благотворительный фонд «Опора»" and
    "Благотворительный фонд «Свеча»" share the key's two words, which name only their kind."""
    quoted = re.findall(r"\w+", body.name[body.name.find("«"):]) if "«" in body.name else []
    if quoted:
        body.key = body.key.replace("|", " " + " ".join(w[:5].lower() for w in quoted) + "|", 1)
    return body


def _one_side(parties: list[_Party], models: Models) -> bool:
    """At most one side, maybe named two ways: its region abbreviated ("Министерство труда
    Республики X" and "Министерство труда РХ": one key, the second with no region), or
    otherwise (``party_identity.same_side``)."""
    first = parties[0] if parties else None
    return first is None or all(
        p.key.split("|")[0] == first.key.split("|")[0] and
        (not p.regions or not first.regions or p.regions == first.regions) or
        same_side(first, p, models) for p in parties[1:])


def _post_body_line(
    analysis: Analysis, models: Models, line: Sentence, regions: list[RegionRef],
) -> tuple[_Party | None, NerSpan] | None:
    """lists65 post_body_line: the body and the signer of a line with no dash, a post in
    lower case (past the line's mark, if any) naming its body in the genitive and the name
    closing the line: "— глава администрации Верхнего района Олег Сомов;" → (the district's
    administration, Олег Сомов). The body is the first side named between the post's noun
    and the name (``_parties_in``); a line whose post names no body the tagger knows
    ("министр труда области Анна Белова;") gives its person with no body: a signer of the
    side the lines share. None for any other line."""
    toks = line.tokens
    first = 1 if toks and toks[0].text in {*GAP_DASHES, *LINE_BULLETS} else 0
    if len(toks) < first + 3 or toks[first].pos != "NOUN" or \
            not toks[first].text[:1].islower() or \
            any(t.text in GAP_DASHES for t in toks[first + 1:]):
        return None
    people = _persons(analysis, line)
    if not people or people[-1].stop > line.stop or \
            not _LINE_END.match(analysis.text, people[-1].stop):
        return None
    name = people[-1]
    at = next((i for i, t in enumerate(toks) if t.start >= name.start), len(toks))
    if at <= first + 1:
        return None
    bodies = [b for b in _parties_in(analysis, models, line, first + 1, at, regions)
              if _named_body(b, models)]
    if not bodies:
        return None, name
    return _keyed_by_own_name(_first_name_cut(bodies[0], name, models)), name


def _named_body(body: _Party, models: Models) -> bool:
    """lists65: is the side a post names a body, not a place: its first word a body's head
    noun ("Администрация …", "Отделение …", "Союз …") or its name quoted ("ГБУ «…»")?
    "министр труда Верхней области" names the region only: the line's signer stands for a
    body the post does not name."""
    words = body.name.split()
    return "«" in body.name or bool(words) and \
        models.lemma(words[0].lower()) in _BODY_NOUNS


def _first_name_cut(body: _Party, name: NerSpan, models: Models) -> _Party:
    """lists65: a body whose name the tagger ran on into the first name of the person
    right after it ("… Верхний район Олег" + "Петрович Сомов") ends before that first
    name: a body's name never ends with a first name in the nominative."""
    words = body.name.split()
    if len(words) < 3 or body.stop < name.start - 1 or not any(
            "Name" in p.tag and p.tag.case == "nomn" for p in models.parse(words[-1])):
        return body
    return _Party(" ".join(words[:-1]), body.regions, body.start,
                  body.stop - len(words[-1]) - 1, models)


def signer_lines(
    analysis: Analysis, models: Models, sents: list[Sentence], si: int,
    regions: list[RegionRef],
) -> list[tuple[_Party | None, NerSpan, Sentence]]:
    """The (body, signer, line) of each line after sentence si, when si is a signing
    sentence ending in a colon ("... со стороны районов — главы:", "Подписи поставили ...
    и руководители организаций:"); two lines or more with a body, else none. lists65: a
    line may also be a post naming its body, then the name (``_post_body_line``: "глава
    администрации Верхнего района Олег Сомов;", marked or not); such a line whose post
    names no body gives the shared side's signer (body None)."""
    sent = sents[si]
    if not sent.text.rstrip().endswith(":") or not any(
            t.lemma in SIGNING_HEADS | SIGNATURE_NOUNS for t in sent.tokens):
        return []
    out: list[tuple[_Party | None, NerSpan, Sentence]] = []
    for line in sents[si + 1:]:
        if not opens_line(analysis.text, line.start):
            break
        found: tuple[_Party | None, NerSpan] | None = _signer_line(
            analysis, models, line, regions) if _LIST_ITEM.match(line.text) is not None else None
        if found is None:
            found = _post_body_line(analysis, models, line, regions)
        if found is None:
            break
        out.append((*found, line))
    return out if sum(1 for body, _, _ in out if body is not None) >= 2 else []


def itemised_here(cands: list[_Candidate], sent: Sentence) -> bool:
    """agr46b: has the sentence's own agreement noun told its agreements item by item (two
    candidates or more of the sentence, each with a side)? Then its lines are those items,
    read once ("Центр заключил три соглашения:" then "▪ с ООО «Луч» — о ... (подписал
    директор Иван Орлов);")."""
    return sum(1 for c in cands if c.sentence.start == sent.start and c.parties) >= 2


def partners_of_signer_lines(
    analysis: Analysis, models: Models, regions: list[RegionRef], officials: list[Official],
    cands: list[_Candidate],
) -> None:
    """One agreement per signer line (module docstring), in place of the mention they sign
    and its partnerless signed mentions: "Фонд «Опора» заключил соглашения с двумя
    колледжами. Подписи поставили директор фонда Анна Белова и директора колледжей:" then
    "— Лесного колледжа — Олег Сомов;" and "— Речного колледжа — Пётр Рябов." gives the fund
    with each college, each signed by Белова and the college's director. Under one
    document ("подписан меморандум ..."), one joint record of every line's body."""
    sents = analysis.sentences
    for si, sent in enumerate(sents):
        lines = signer_lines(analysis, models, sents, si, regions)
        if not lines or itemised_here(cands, sent):
            continue
        reach = sents[max(0, si - SIGNER_LINES_REACH)].start
        target = next((c for c in reversed(cands)
                       if reach <= c.trigger.start < sent.stop and c.status == "signed" and
                       _one_side(c.parties, models)), None)
        bodies = [b for b, _, _ in lines if b is not None]
        keys = {b.key for b in bodies}
        # lists65: a line's body the signing told just before already has, under another
        # name ("Отделение СФР по …" for "Отделение Фонда пенсионного …"): leaves the lines to
        # that signing's own readers
        if target is None or any(p.key in keys for c in cands for p in c.parties) or any(
                same_side(b, p, models) for c in cands
                if reach <= c.trigger.start < sent.stop and c.status == "signed"
                for p in c.parties for b in bodies):
            continue
        own = list(target.parties)
        folded = [c for c in cands if c is target or (
            target.trigger.start <= c.trigger.start < sent.stop and c.status == "signed" and
            all(p.key in {q.key for q in own} for p in c.parties))]
        named = [(body, _signer_name(analysis, line, span, officials, models))
                 for body, span, line in lines]  # each line's signer, worked out once
        signed = [(body, name) for body, name in named if body is not None]
        line_names = {name for _, name in signed}
        shared: list[str] = []
        for c in folded:
            shared += [n for n in c.signatories if n not in shared and n not in line_names]
        for span in _persons(analysis, sent):
            name = _signer_name(analysis, sent, span, officials, models)
            if name and name not in shared and name not in line_names:
                shared.append(name)
        for body, name in named:  # lists65: a line whose post names no body
            if body is None and name and name not in shared and name not in line_names:
                shared.append(name)
        at = cands.index(target)
        made = []
        if target.trigger.feats.get("Number") != "Plur" and target.count < 2:
            # one document ("подписан меморандум ...; подписи поставили мэр и руководители
            # НКО:"): one joint record of every line's body
            made.append(_Candidate(
                target.sentence, target.trigger, target.status, target.title,
                target.subject_key, own + [b for b, _ in signed],
                shared + [n for _, n in signed if n], target.date))
        for n, (body, name) in enumerate(signed if not made else []):
            made.append(_Candidate(
                target.sentence, target.trigger, target.status, target.title,
                target.subject_key, own + [body], shared + ([name] if name else []),
                target.date, group=target.trigger.start, member=n, ordinal=True,
                distinct=True))
        cands[:] = [c for c in cands[:at] if c not in folded] + made + \
            [c for c in cands[at:] if c not in folded]
