"""sig58: the signers of a page's agreements by the bodies their posts name.

A page that tells several agreements often lists the partners' signers together, in one
sentence after the signing ("Со стороны некоммерческих организаций документы подписали
директор АНО «Родные люди» Т. Волошина, председатель организации «Кубанский рубеж»
Р. Хачатуров и президент фонда «Свет в окне» И. Мельник"), and the candidate rules then
give every agreement the whole list. Each person's post names the body they signed for
(the official's organization, ``extract.officials``): an agreement each of whose sides
already has a signer from that very side keeps no signer who holds a post in a body that
is none of its sides. Only the records and the officials are read: linear in their number
(each record's signers against its own sides and each signer's one body). Whether a body
is a side is asked of ``party_identity.body_is_side``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from soccoop import gazetteer
from soccoop.extract.agreement_types import _Party
from soccoop.extract.lexicon import NUMBER_WORDS, PLURAL_SIGNING_NOUNS, SIDE_COUNT_WORDS
from soccoop.extract.lexicon_signers import PAGE_RECORDS
from soccoop.extract.nlp import Analysis, Models, Sentence, sentence_at
from soccoop.extract.party_identity import body_is_side, body_stems, body_touches_side, identity
from soccoop.extract.person_names import (
    named_body,
    named_official,
    person_mentions,
    same_person,
    same_surname,
)
from soccoop.models import Agreement, Official, Party


def tied_sides(body: str, page_sides: set[str]) -> set[str]:
    """sig45 tied_sides: the sides of the page's agreements a body names by a word no other
    side of the page holds, when the body is none of them under its own name: "краевой
    совет ветеранов" ties to "Краевая общественная организация ветеранов (пенсионеров)"
    by "ветеранов" when no other side of the page names veterans ("краевой" is in many).
    Empty when the body is a side (``body_is_side``) or shares only common words."""
    if any(body_is_side(body, side) for side in page_sides):
        return set()
    own = body_stems(body)
    stems = {side: body_stems(side) for side in page_sides}
    out = set()
    for side, words in stems.items():
        if any(w in words and not any(w in v for x, v in stems.items() if x != side)
               for w in own):
            out.add(side)
    return out


def _may_sign(body: str, sides: list[str], others: list[list[str]]) -> bool:
    """May one holding a post in ``body`` sign an agreement between ``sides``? Yes when the
    body is one of them. No when it is the partner in another agreement of the page with
    one of these very sides: the Нижегородская ministry's minister, the partner of the
    Запорожская ministry in their agreement, signs no agreement of the Запорожская
    ministry with a university, though both ministries' names share "министерство
    социальной". Else a body that may be a side under another name
    (``body_touches_side``) may sign, and so may the side of another agreement sharing no
    side with this one (this one's side left out of the record: the host ministry of a
    three-party signing recorded with its two partners only)."""
    if any(body_is_side(body, side) for side in sides):
        return True
    elsewhere = [bool(set(other) & set(sides)) for other in others
                 if any(body_is_side(body, o) for o in other)]
    if any(elsewhere):
        return False
    # sig45: a body tied by its own word to a side of another agreement sharing a side with
    # this one, and to none of these sides, signed that one
    tied = tied_sides(body, {x for other in others for x in other} | set(sides))
    # sig58: a body that is a side of no agreement of the page may be a side left out of
    # this record (the company of a three-party signing recorded with two): it stays
    return not tied or bool(tied & set(sides)) or \
        not any(set(other) & set(sides) for other in others if tied & set(other))


def signers_of_own_sides(agreements: list[Agreement], officials: list[Official]) -> None:
    """sig58: on a page with two agreements or more, a signed agreement with two sides or
    more, each of which has a signer holding a post in that side (``body_is_side``), drops
    a signer whose post is in a body that shares no word with any of its sides
    (``body_touches_side``): that one signed for another body, another agreement of the
    page. "Министр Светлана Гончаренко подписала соглашения с АНО «Родные люди» и фондом
    «Свет в окне». Со стороны организаций документы подписали директор АНО «Родные
    люди» Татьяна Волошина и президент фонда «Свет в окне» Ирина Мельник" → the first
    agreement keeps Гончаренко and Волошина, the second Гончаренко and Мельник. A signer
    whose body the text does not name stays, and so does every signer of an agreement
    one of whose sides has none of its own or is a region named alone ("Ленинградская
    область": the company's director may sign beside the region's bodies); one whose
    body shares words with a side stays unless that body is a side of another agreement
    of the page (``_may_sign``).
    In place; linear in the records' sides and signers."""
    if not 2 <= len(agreements) <= PAGE_RECORDS:
        return
    for a in agreements:
        if a.status != "signed" or len(a.parties) < 2 or len(a.signatories) <= len(a.parties):
            continue
        bodies = {n: named_body(officials, n) for n in a.signatories}
        sides = [p.name for p in a.parties]
        if any(gazetteer.lookup(side) is not None for side in sides):
            continue  # "Ленинградская область": any body of the region is of that side
        # sig50: an agreement the page only recalls, signed by nobody it names, is no
        # other signing of the page: its sides take no signer from this one
        others = [[p.name for p in x.parties] for x in agreements
                  if x is not a and (x.status == "signed" or x.signatories)]
        page_sides = {x for other in others for x in other} | set(sides)
        if not all(any(b and (body_is_side(b, side) or side in tied_sides(b, page_sides))
                       for b in bodies.values()) for side in sides):
            continue  # sig45: or tied to it by its own word (``tied_sides``)
        keep = [n for n in a.signatories if not (b := bodies[n]) or _may_sign(b, sides, others)]
        if len(keep) >= len(sides):
            a.signatories = keep


def off_domain_signers_dropped(agreements: list[Agreement], officials: list[Official],
                               off_sides: list[str], models: Models) -> None:
    """signline62: a signed record drops a signer whose post's body is a side of an
    agreement the page tells and the domain dropped (``off_sides``: another field's
    agreement signed at the same ceremony, "соглашение с федерацией самбо о секциях в
    школах"), when that body may be none of the record's sides (``body_touches_side``) nor
    a side of any record of the page: one line of signers named them all ("Документы
    подписали министр труда ..., директор завода ... и вице-президент федерации самбо
    ...") and the readers gave the social record the whole line. A body that is also a side
    of a record (the region's government signing both) stays; so does one whose post's own
    words name a side of the record ("генеральный директор комбината" on the plant's
    record: the body the officials read for him may be wrong), every signer of a page whose
    dropped agreements name no side, and the record keeps at least one signer. Linear in
    the records' signers and the dropped sides; each body is asked of the records' sides
    once (fixsignline62: not once per signer and record)."""
    if not off_sides:
        return
    kept = list(dict.fromkeys(p.name for a in agreements for p in a.parties))
    known: dict[str, bool] = {}  # fixsignline62: asked once a body, not once a signer

    def of_records(body: str) -> bool:  # may be a side of a record, by words or by name
        if body not in known:
            known[body] = any(
                body_touches_side(body, k) or body_touches_side(k, body) or
                identity(_Party(body, [], 0, 0, models), _Party(k, [], 0, 0, models),
                         models) == "one" for k in kept)
        return known[body]

    foreign = [side for side in off_sides if not of_records(side)]
    if not foreign:
        return
    for a in agreements:
        if a.status != "signed" or len(a.signatories) < 2:
            continue
        sides = [p.name for p in a.parties]
        keep = [n for n in a.signatories
                if not _other_field(named_official(officials, n), foreign, sides, of_records)]
        if keep:
            a.signatories = keep


def _other_field(o: Official | None, foreign: list[str], sides: list[str],
                 of_records: Callable[[str], bool]) -> bool:
    """Is the official's body a side of a dropped agreement (``foreign``) that may be no
    side of the page's records (``of_records``: "АО «ОЭМЗ»" is the plant's record's side
    named in full), and does his post name none of the record's ``sides`` by a word of
    its own ("вице-президент федерации", not "директор завода" on the plant's record)?
    (``off_domain_signers_dropped``)"""
    if o is None or not o.organization:
        return False
    post = body_stems(o.position or "") - body_stems(o.organization)
    return any(body_is_side(o.organization, side) for side in foreign) and \
        not of_records(o.organization) and \
        not any(post & body_stems(side) for side in sides)


def shares_side(one: list[str], other: list[str]) -> bool:
    """sig59: do two agreements of a page have a side in common, each side's name asked
    against each of the other's both ways (``party_identity.body_is_side``)? One record
    may name a side in full ("Благотворительный фонд «Тёплый берег»") and another by its
    short name ("фонд «Тёплый берег»"); names compared as written share none there.
    Quadratic in the sides of two records only (a handful each)."""
    return any(x == y or body_is_side(x, y) or body_is_side(y, x) for x in one for y in other)


def _carried(name: str, body: str | None, at: int, agreements: list[Agreement],
             sides_of: list[list[str]]) -> bool:
    """sig59: was ``name`` (whose post is in ``body``) carried onto record ``at`` from a
    signing of his own body's? His body is none of the record's sides, not even by shared
    words (``body_touches_side``); he signs another record of the page that has his body
    for a side; and no record with his body for a side shares a side with this one (then
    both records may be parts of one signing of three sides, his body left out of this
    one: "Соглашение между министерством, администрацией и фондом" read as the ministry's
    record with the fund and the administration's with the fund)."""
    sides = sides_of[at]
    if body is None or any(body_touches_side(body, side) for side in sides):
        return False
    own = [j for j, other in enumerate(sides_of)
           if j != at and any(body_is_side(body, side) for side in other)]
    if not any(any(same_person(name, x) for x in agreements[j].signatories) for j in own):
        return False
    return not any(shares_side(sides_of[j], sides) for j in own)


def named_together(analysis: Analysis) -> list[list[str]]:
    """sig59: the persons each sentence of the page names (the words of their tagged
    spans, as ``person_names.person_mentions`` reads them), one list a sentence: "Подписи
    поставили министр Анна Котова и глава города Олег Рябов." → ["Анна Котова", "Олег
    Рябов"]. One walk over the page's sentences and spans (bisect per sentence)."""
    mentions = person_mentions(analysis)
    return [[x.text for x in mentions.inside(sent.start, sent.stop, read=True)]
            for sent in analysis.sentences]


def _listed_with(name: str, others: list[str], lists: list[list[str]]) -> bool:
    """sig59: does a sentence name ``name`` beside one of ``others`` (``same_surname``: a
    case form of one surname)? "Подписи поставили Анна Котова, Олег Рябов и Лев Орлов"
    lists Котова with Рябов."""
    return any(any(same_surname(x, name) for x in names) and
               any(same_surname(x, o) for x in names for o in others) for names in lists)


def carried_signers_dropped(agreements: list[Agreement], officials: list[Official],
                            analysis: Analysis) -> None:
    """sig59: a person who signs one agreement of a page's series for his own body is not
    carried to another agreement of the page whose sides are not his body. On a page of
    two records or more, a signed record of two sides or more, each of which has a signer
    holding a post in that side (``body_is_side``), and more signers than sides, drops a
    signer whose post's body is none of its sides and who signs another record of the page
    that has his body for a side, none of whose records with his body shares a side with
    this one (``_carried``), when no sentence names him beside a signer of this record's
    own sides (``_listed_with``: one list of one signing, "Подписи поставили министр,
    глава города и президент фонда", may be of three sides with his body left out of the
    record). "Министр Анна Котова подписала соглашение с фондом «Опора». Кроме того,
    администрация города и АНО «Рядом» заключили соглашение; подписи поставили глава
    города Олег Рябов и директор АНО Ирина Лыкова" → the city's record keeps Рябов and
    Лыкова, not Котова. ``signers_of_own_sides`` (sig58) keeps such a signer when his
    body's records share no side with this one, for a host ministry left out of a record
    of three sides; this pass reads, after every other record pass, that he signed his own
    body's record there, apart, and was carried here. In place; linear in the records'
    sides and signers (``PAGE_RECORDS`` records at most) and, once per page and only when
    one may leave, in its sentences' persons (``named_together``)."""
    if not 2 <= len(agreements) <= PAGE_RECORDS:
        return
    sides_of = [[p.name for p in a.parties] for a in agreements]
    lists: list[list[str]] | None = None
    for at, a in enumerate(agreements):
        sides = sides_of[at]
        if a.status != "signed" or len(sides) < 2 or len(a.signatories) <= len(sides):
            continue
        if any(gazetteer.lookup(side) is not None for side in sides):
            continue  # "Ленинградская область": any body of the region is of that side
        bodies = {n: named_body(officials, n) for n in a.signatories}
        if not all(any(b and body_is_side(b, side) for b in bodies.values()) for side in sides):
            continue
        gone = [n for n in a.signatories if _carried(n, bodies[n], at, agreements, sides_of)]
        if not gone:
            continue
        own = [n for n in a.signatories if (b := bodies[n]) and
               any(body_is_side(b, side) for side in sides)]
        lists = named_together(analysis) if lists is None else lists
        gone = [n for n in gone if not _listed_with(n, own, lists)]
        keep = [n for n in a.signatories if n not in gone]
        if len(keep) >= len(sides):
            a.signatories = keep


def _plural_signing(sent: Sentence) -> bool:
    """Does the sentence name agreements in the plural ("подписал соглашения",
    "подписание меморандумов") or counted by a number word ("два соглашения", whose noun
    is a genitive singular: ``lexicon.NUMBER_WORDS`` among its children), and count no
    sides of one document ("трёхстороннее соглашение")? Read from the morphology and the
    parse of the agreement nouns (``lexicon.PLURAL_SIGNING_NOUNS``)."""
    toks = sent.tokens
    if any(t.lemma in SIDE_COUNT_WORDS for t in toks):
        return False
    return any(t.lemma in PLURAL_SIGNING_NOUNS and (
        t.feats.get("Number") == "Plur" or
        any(toks[c].lemma in NUMBER_WORDS or toks[c].text.isdigit() for c in sent.children(i)))
        for i, t in enumerate(toks))


def _partner_sides(sides: list[str], bodies: list[str]) -> list[int] | None:
    """The one side each body is (``body_is_side``), in the bodies' order, or None when
    a body is no side or several, or two bodies are one side."""
    out: list[int] = []
    for body in bodies:
        hits = [i for i, side in enumerate(sides) if body_is_side(body, side)]
        if len(hits) != 1 or hits[0] in out:
            return None
        out.append(hits[0])
    return out


def partners_signed_apart(agreements: list[Agreement], officials: list[Official],
                          sentences: Sequence[Sentence]) -> list[Agreement]:
    """records72 partners_signed_apart: a signing of agreements in the plural by one
    body with several partners, each partner with its own signer, is one agreement per
    partner, not one record carrying every partner and every signer. "Министр Анна
    Котова подписала соглашения с фондом «Опора», обществом «Исток» и АНО «Рассвет». Со
    стороны партнёров документы подписали директор фонда «Опора» Олег Лыков, председатель
    общества «Исток» Ирина Зуева и директор АНО «Рассвет» Пётр Гусев" → three records,
    each the ministry and one partner, signed by Котова and that partner's signer.
    A signed record is split when its sentence names the agreements in the plural
    (``_plural_signing``: "соглашение" alone, or a three-sided one, is one document), its
    first signer holds a post in a body that is one of its sides or none (the shared side,
    then taken from the post: "министр труда Чеченской Республики" when the reader kept
    only the partners), and each later signer holds a post in exactly one other side, no
    two in the same, every side covered, two partners or more. A record whose signers the
    text does not tie to bodies, or a joint document signed by all, stays whole; so does a
    summary of agreements the page told apart already (``_told_apart``), a record whose
    plural sentence names none of its signers (a headline over the page's several
    agreements, "На форуме подписаны соглашения о …"), and a partner
    that is a side of another pair of the page's signed records leaves the split
    (``_other_pair``), as does a pair whose two signers sign another record together
    (``_signed_together``): the record keeps the shared side with the partners left.
    Linear in the records' signers and sides: tidy74, each signer's body
    (``named_body``, a scan of the page's officials) and each signing sentence's stems are
    read once per document (``_PageReads``), not once per record that asks; the scans of
    the page's records (``_told_apart``, ``_other_pair``, ``_signed_together``) run only
    for a record that splits, a plural signing of three signers or more."""
    reads = _PageReads(officials, sentences)
    out: list[Agreement] = []
    for a in agreements:
        parts = _split_by_partner(a, sentences, reads)
        told = _told_apart(a, agreements) if parts else 0
        if parts and told < len(parts):
            parts = [x for x in parts if not _other_pair(x, a, agreements) and
                     not _signed_together(x, a, agreements)]
        if parts and told < len(parts):
            out.extend(parts)
        else:
            out.append(a)
    return out


def _other_pair(part: Agreement, a: Agreement, agreements: list[Agreement]) -> bool:
    """Is the partner of ``part`` (its second side) a side of another signed record of the
    page that does not hold the shared side? Then the reader pulled it into ``a`` from the
    next pair of one sentence ("соглашения между фондом «Опора» и центром «Исток», а
    также между обществом «Рассвет» и клубом «Волна»"), and it is no partner of the
    shared side's."""
    shared, partner = part.parties[0].name, part.parties[1].name
    return any(b is not a and b.status == "signed" and
               any(p.name == partner or body_is_side(partner, p.name) for p in b.parties) and
               not any(p.name == shared or body_is_side(shared, p.name) for p in b.parties)
               for b in agreements)


def _signed_together(part: Agreement, a: Agreement, agreements: list[Agreement]) -> bool:
    """Do the two signers of ``part`` sign another record of the page together? Then the
    page told that agreement apart already (under the regions' names, say: "Энский край
    и Удмуртия подписали соглашение", signed by their ministers), and the part is it
    again."""
    return any(b is not a and all(any(same_person(n, s) for s in b.signatories)
                                  for n in part.signatories) for b in agreements)


def _told_apart(a: Agreement, agreements: list[Agreement]) -> int:
    """How many other signed records of the page the first signer of ``a`` signs: as many
    as its partners or more, and the page has told each agreement apart already ("… с
    центром «Исток». … с фондом «Опора». Всего центр подписал соглашения с центром
    «Исток», фондом «Опора» …" closes with a summary), so the summary is no new record."""
    first = a.signatories[0]
    return sum(1 for b in agreements if b is not a and b.status == "signed" and
               any(same_person(first, s) for s in b.signatories))


class _PageReads:
    """tidy74: what ``partners_signed_apart`` reads of a page for each record, read once
    per document: a signer's body by name (``named_body``: "А. Котова" → the ministry
    "министр Анна Котова" heads) and a sentence's body stems by its index (``body_stems``
    of its words), each kept the first time a record asks."""

    def __init__(self, officials: Sequence[Official], sentences: Sequence[Sentence]) -> None:
        self.officials = officials
        self.sentences = sentences
        self._bodies: dict[str, str | None] = {}
        self._stems: dict[int, set[str]] = {}

    def body(self, name: str) -> str | None:
        """The body of the page's official ``name`` names, or None."""
        if name not in self._bodies:
            self._bodies[name] = named_body(self.officials, name)
        return self._bodies[name]

    def stems(self, k: int) -> set[str]:
        """The body stems of the words of sentence ``k``."""
        if k not in self._stems:
            self._stems[k] = body_stems(" ".join(t.text for t in self.sentences[k].tokens))
        return self._stems[k]


def _split_by_partner(a: Agreement, sentences: Sequence[Sentence],
                      reads: _PageReads) -> list[Agreement] | None:
    """The records ``partners_signed_apart`` makes of ``a``, or None to keep it."""
    if a.status != "signed" or len(a.signatories) < 3 or len(a.parties) < 2:
        return None
    k = sentence_at(sentences, a.evidence.start)
    if k < 0 or not _plural_signing(sentences[k]):
        return None
    told = reads.stems(k)
    if not told & {x for n in a.signatories for x in body_stems(n)}:
        return None  # a page's summary ("подписаны соглашения о …") names none of its signers
    bodies = [reads.body(n) for n in a.signatories]
    if any(not b for b in bodies):
        return None
    sides = [p.name for p in a.parties]
    partners = _partner_sides(sides, [b for b in bodies[1:] if b])
    if partners is None or len(partners) < 2:
        return None
    first = [i for i, side in enumerate(sides) if body_is_side(bodies[0] or "", side)]
    rest = [i for i in range(len(sides)) if i not in partners]
    if first and (first != rest):
        return None  # the first signer's body is a partner, or two sides, or a side is left
    if not first and rest:
        return None  # a side no signer holds: not a partners' list of the reader's
    shared = a.parties[first[0]] if first else Party(bodies[0] or "")
    return [replace(a, parties=[shared, a.parties[i]], regions=list(a.regions),
                    signatories=[a.signatories[0], a.signatories[j + 1]], id="")
            for j, i in enumerate(partners)]
