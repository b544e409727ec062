"""sig44: one person told to sign several agreements at once signs each of them.

A report of several agreements of one body often names their common signer once, with the
documents in the plural, and the partners (and their own signers) apart: "Ректор
университета Олег Котов подписал соглашения:" / "• с министерством ... (со стороны
министерства — министр А.П. Лыкова);" / "• с фондом «Опора» ...", or "Со стороны
управления все три документа подписала его начальник Анна Гусева. С фондом — вместе с его
директором ...". The people in the subject of that signing hold posts
(``extract.officials``); each signs every signed record of the page one of whose sides is
their post's body (``party_identity.body_is_side``), and that has no signer of that side
yet. A record of another body, or one whose side already has its own signer ("со стороны
управления соглашение с колледжем подписал заместитель"), is left alone. When that signing
ends in a colon, each line of the list under it that names a partner's own signer with a
post ("• с фондом «Опора» (со стороны фонда — директор И.И. Лыкова);") gives that person
to the one signed record whose side their post's body is (``listed_partner_signers``).
sig46: when that signing counts its partners or documents ("подписал соглашения с тремя
фондами") and the items after it tell them one by one, each item opening with an ordinal or
with the partner's "с" ("Первое соглашение заключено с фондом «Опора».", "Второе – с
обществом слепых.", "✅ с фондом «Исток» — со стороны фонда документ подписал ..."), the
people of its subject sign each item's record, whatever sides the records were given
(``counted_item_signers``).
Only sentences holding a signing word and an agreement noun in the plural are parsed.
"""

from __future__ import annotations

from soccoop import gazetteer, names
from soccoop.extract.agreement_lists import documents_counted
from soccoop.extract.lexicon import (
    COUNTED_ITEM_REACH,
    NUMBER_WORDS,
    ORDINAL_RANKS,
    SERIES_NOUNS,
)
from soccoop.extract.lexicon_sides import REGION_NOUNS
from soccoop.extract.lexicon_signer_shapes import HEAD_NOUNS, PARTNER_PREPOSITIONS
from soccoop.extract.lexicon_signers import (
    PER_SIDE_PHRASES,
    REPRESENTED_CONTEXT,
    SIGNATURE_WORDS,
    SIGNER_WORDS,
    SIGNING_HEADS,
    THEIR_WORDS,
)
from soccoop.extract.nlp import Analysis, Models, Sentence
from soccoop.extract.party_identity import body_is_side, body_stems
from soccoop.extract.person_names import same_person
from soccoop.extract.signer_bodies import signers_of_own_sides, tied_sides
from soccoop.extract.signers import heads_body
from soccoop.extract.syntax import ensure_parsed, subtree
from soccoop.models import Agreement, Official, Party

SHARED_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
# sig57: the signed records a page needs before a possessive or counted signing shares its
# subject among them; the named subject of a plural signing signs even the one signed
# record the page tells (its other documents may be another sphere's, or told as mentioned).
SHARED_RECORDS = 2
# sig57: the people of one shared list a record must hold before the list is sorted among
# the page's records by their posts' bodies (``shared_list_sorted``): a list given whole.
LISTED_ON_RECORD = 2
_REGION_NOUN_STEMS = frozenset(names.stem(w) for w in REGION_NOUNS)


def _plural_documents(sent: Sentence, v: int) -> bool:
    """Does the signing verb at v take agreements in the plural, as its object or (a
    passive) its subject: "подписал соглашения", "все три документа подписала",
    "соглашения подписаны"?"""
    toks = sent.tokens
    return any(toks[c].lemma in SERIES_NOUNS and toks[c].feats.get("Number") == "Plur" and
               toks[c].rel in {"obj", "nsubj:pass", "nsubj"}
               for c in sent.children(v))


def signatures_under_documents(sent: Sentence, v: int) -> bool:
    """sig57 signatures_under_documents: does the finite verb at v put signatures under
    agreements in the plural, its object a noun of a signature (``SIGNATURE_WORDS``) with
    the documents under it: "Подписи под документами поставили министр Анна Котова и
    директор фонда Олег Гусев", "Автографы под соглашениями оставили ..."? Such a verb is
    a signing of several agreements as "Документы подписали ..." is; "Подписи под
    соглашением поставили ..." (one document) is not. Only from the parse."""
    toks = sent.tokens
    if toks[v].pos != "VERB" or toks[v].feats.get("VerbForm") != "Fin":
        return False
    for c in sent.children(v):
        if toks[c].lemma not in SIGNATURE_WORDS or toks[c].rel not in {"obj", "nsubj:pass"}:
            continue
        if any(toks[d].lemma in SERIES_NOUNS and toks[d].feats.get("Number") == "Plur" and
               toks[d].rel == "nmod" for d in sent.children(c)):
            return True
    return False


def shared_signers_of(sent: Sentence, officials: list[Official]) -> list[Official]:
    """sig44 shared_signers_of: the officials with a body named in the subject of a signing
    of several agreements told in the plural: "Ректор Олег Котов подписал соглашения:" →
    Котов; "Соглашения подписали начальник управления Анна Гусева и глава района Иван
    Лыков" → both. The agreement nouns themselves are no subject of a person; a sentence
    naming two sides' signers ("со стороны центра документы подписала X, со стороны
    компаний — Y и Z") has no common signer. Only from the parse."""
    toks = sent.tokens
    found: list[Official] = []
    if sum(t.lemma in REPRESENTED_CONTEXT for t in toks) >= PER_SIDE_PHRASES:
        return found  # "со стороны центра ... X, со стороны компаний — Y и Z": per side
    for v, t in enumerate(toks):
        if not signatures_under_documents(sent, v) and (
                t.lemma not in SIGNING_HEADS or t.pos != "VERB" or
                t.feats.get("VerbForm") != "Fin" or not _plural_documents(sent, v)):
            continue
        for c in sent.children(v):
            if toks[c].rel not in SHARED_SUBJECTS or toks[c].lemma in SERIES_NOUNS:
                continue
            words = {toks[x].text.lower() for x in subtree(sent, c)}
            found += [o for o in officials if o.organization and
                      o.name.split()[-1].lower() in words and o not in found]
    return found


def region_head(o: Official) -> bool:
    """signline62: is the official's body a region named alone ("губернатор Энской области":
    "Энская область")? Such a head may sign for any body of the region
    (``body_is_side``), so ``plural_signing_signers`` gives the bodies of a shared list to
    those who head them by name first: "Подписи под документами поставили губернатор
    Энской области, министр труда Энской области и директор завода" leaves the ministry's
    record with its minister, the governor's signature on the government's record; and
    ``shared_list_sorted`` counts the governor no signer of the ministry's record when the
    minister is on the list."""
    return o.organization is not None and region_body(o.organization)


def signs_own_side(name: str, listed: dict[str, str], sides: list[str]) -> bool:
    """sig57/signline62: does one of a shared list (``listed``: each person's body) sign for
    a side of the record (``body_is_side``)? A region's head (``region_body``) does only
    for a side no one else of the list heads by name: "губернатор Энской области" beside
    "министр труда Энской области" signs no record of the ministry; alone, he does."""
    body = listed[name]
    mine = [x for x in sides if body_is_side(body, x)]
    return bool(mine) and (not region_body(body) or any(
        not any(body_is_side(b, x) and not region_body(b)
                for m, b in listed.items() if m != name) for x in mine))


def heads_by_name_first(shared: list[Official], records: list[Agreement]) -> list[Official]:
    """signline62: the people of a shared list in the order they are given the records'
    sides (``_add_by_body``, one signer per side): a region's head (``region_head``) after
    the others when one of them heads by name a side the region's head would take by its
    words: "губернатор Энской области" after "министр труда Энской области", so the
    ministry's record takes its minister; else as listed (the governor first takes the
    government's side before a department's head matched to it only by a shared word)."""
    sides = [p.name for a in records for p in a.parties]

    def named_rival(o: Official) -> bool:
        return region_head(o) and any(
            body_is_side(o.organization or "", x) and any(
                m is not o and m.organization and not region_head(m) and
                body_is_side(m.organization, x) for m in shared) for x in sides)

    return [o for o in shared if not named_rival(o)] + [o for o in shared if named_rival(o)]


def region_body(body: str) -> bool:
    """signline62: is the body a region named alone ("Энская область", ``region_head``)?"""
    return gazetteer.lookup(body) is not None


def _signer_of_side(a: Agreement, side: str, officials: list[Official]) -> bool:
    """Has the record a signer whose post's body is that side already?"""
    return any(o.organization and body_is_side(o.organization, side) and
               any(same_person(o.name, s) for s in a.signatories) for o in officials)


def word_tied_side(body: str, records: list[Agreement]) -> str | None:
    """sig57 word_tied_side: the one side of the records a body that is none of their sides
    (``body_is_side``) names by a word no other side holds (``signer_bodies.tied_sides``):
    "краевой совет ветеранов" is "Краевая общественная организация ветеранов (пенсионеров,
    инвалидов)" when no other side names veterans; None when the body is a side, shares
    only common words, or ties to two sides."""
    tied = tied_sides(body, {p.name for a in records for p in a.parties})
    return next(iter(tied)) if len(tied) == 1 else None


def _add_by_body(o: Official, records: list[Agreement], officials: list[Official],
                 only_one: bool) -> None:
    """Add the official to the records with their post's body as a side and no signer of
    that side yet; with ``only_one``, only when exactly one record is such. None when they
    sign a record none of whose sides is that body already ("директор автосалона X"
    whose post the officials gave another body)."""
    body = o.organization or ""
    if any(any(same_person(o.name, s) for s in a.signatories) and
           not any(body_is_side(body, p.name) for p in a.parties) for a in records):
        return  # signing a record of another body already: the post's body is in doubt
    fits: list[Agreement] = []
    tied = word_tied_side(body, records)
    for a in records:
        side = next((p.name for p in a.parties if body_is_side(body, p.name) or
                     p.name == tied), None)
        if side is None or any(same_person(o.name, s) for s in a.signatories) or \
                _signer_of_side(a, side, officials):
            continue
        fits.append(a)
    if only_one and len(fits) != 1:
        return
    for a in fits:
        a.signatories.append(o.name)


def unsigned_record_bodies(shared: list[Official], records: list[Agreement]) -> None:
    """signers66 unsigned_record_bodies: one of a plural signing's people ("Подписи под
    документами поставили министр Анна Котова, мэр Энска Олег Рябов и директор фонда Ирина
    Лыкова"), all given to the record told last, leaves it when his post's body is none of
    its sides and is a side of exactly one other signed record of the page that has no
    signer yet: the mayor leaves the fund's record and signs the city's, moved here with
    his name as the officials give it (not left for ``_add_by_body``, which may refuse
    him). ``shared_list_sorted`` leaves a record of one side alone (its other side may be
    his body); a record with no signer at all is the one the list left out. Not a person
    whose body is no record's side (the minister of a side not read stays), nor one whose
    body fits two records or a record signed already. In place."""
    bodies = {o.name: o.organization for o in shared if o.organization}
    if not bodies:
        return
    owners: dict[str, tuple[str, str | None]] = {}
    holders: dict[str, set[int]] = {}
    for k, a in enumerate(records):
        for n in list(a.signatories):
            if n not in owners:
                owners[n] = next(((m, b) for m, b in bodies.items() if same_person(n, m)),
                                 (n, None))
            m, body = owners[n]
            if body is None:
                continue
            if body not in holders:
                holders[body] = set(records_with_side(body, records))
            held = holders[body]
            if k in held or any(region_named_apart(body, p.name) for p in a.parties):
                continue
            # the record is none of the body's (k not held), so no copy of it is held
            fits = [records[j] for j in held] if len(held) == 1 else []
            if fits and not fits[0].signatories:
                a.signatories.remove(n)
                fits[0].signatories.append(m)


def records_with_side(body: str, records: list[Agreement]) -> list[int]:
    """quality72 records_with_side: the indices of the records of which the body is a side
    (``body_is_side``), in order: "Администрация города Энска" is a side of the city's
    record, not of the fund's. ``unsigned_record_bodies`` builds it once per body of a
    call, so a page's records are read once per body and not once per signer of every
    record (that was quadratic in the records of a page)."""
    return [k for k, b in enumerate(records)
            if any(body_is_side(body, p.name) for p in b.parties)]


def shared_list_sorted(shared: list[Official], records: list[Agreement]) -> None:
    """sig57 shared_list_sorted: the people of one list of signers of several agreements
    ("Документы подписали министр труда края Иван Орлов, директор департамента города
    Анна Лыкова, министр спорта края Олег Гусев и начальник городского управления спорта
    Ольга Котова"), all given to the record told last before the list, leave a record
    none of whose sides is their post's body (``body_is_side``) when that body is a side
    of another signed record of the page: Орлов and Лыкова leave the sports record for
    the ministry's record with the department. Only when the record keeps a person of
    the list whose body is one of its sides (Гусев): a record none of whose listed people
    holds a post in its sides may name a side otherwise, and a person whose body is the
    side of no record (a side left out of every record) stays. A record of one side is
    left alone: its other side was not read, and may be the body of the one who would
    leave ("Одновременно стороны подписали дорожную карту" read with the fund alone keeps
    the minister who signed both). In place."""
    bodies = {o.name: o.organization for o in shared if o.organization}
    for a in records:
        sides = [p.name for p in a.parties]
        listed = [n for n in a.signatories if any(same_person(n, m) for m in bodies)]
        if len(listed) < LISTED_ON_RECORD or len(sides) < LISTED_ON_RECORD:
            continue

        def body_of(n: str) -> str:
            return next(b for m, b in bodies.items() if same_person(n, m))

        listed_bodies = {n: body_of(n) for n in listed}
        own = [n for n in listed if signs_own_side(n, listed_bodies, sides)]
        if not own:
            continue
        leave = [n for n in listed if n not in own and any(
            body_is_side(body_of(n), p.name) for b in records if b is not a
            for p in b.parties) and not any(
            region_named_apart(body_of(n), x) for x in sides)]
        a.signatories = [n for n in a.signatories if n not in leave]


def _body_words(name: str) -> set[str]:
    """signers66: the stems of a body's words less the words naming its region: a word or
    two words in a row the gazetteer reads as a region ("Чувашии", "Марий Эл") and the
    region's nouns (``lexicon_sides.REGION_NOUNS``: "Республики", "области")."""
    words = names.words(name)
    alone = {i for i, w in enumerate(words) if gazetteer.regions_in(w)}
    place = alone | {i for i, w in enumerate(words) if names.stem(w) in _REGION_NOUN_STEMS}
    for i in range(len(words) - 1):
        if not {i, i + 1} & alone and gazetteer.regions_in(f"{words[i]} {words[i + 1]}"):
            place |= {i, i + 1}
    return body_stems(" ".join(w for i, w in enumerate(words) if i not in place))


def region_named_apart(body: str, side: str) -> bool:
    """signers66 region_named_apart: is the body of a signer's post the record's side with
    its one region named another way? "Министерство труда Энии" (the region's noun) and
    "Министерство труда Энской Республики" (its adjective and noun) name the same one
    region (``gazetteer.regions_in``) and, that region's words left out, one holds every
    word of the other. ``body_is_side`` compares the words as written, so the minister told
    with the short name looks like no side of the record her ministry signed. Not two
    bodies of one region ("Министерство труда Энской области" and "Министерство
    здравоохранения Энской области"), nor one body's two regions, nor a region named alone
    ("Республика Марий Эл", a head of region's body: no words of a body left)."""
    place = gazetteer.regions_in(body)
    if len(place) != 1 or gazetteer.regions_in(side) != place or region_body(body):
        return False
    a, b = _body_words(body), _body_words(side)
    return bool(a and b) and (a <= b or b <= a)


def signing_lists_sorted(analysis: Analysis, records: list[Agreement],
                         officials: list[Official]) -> None:
    """sig57 signing_lists_sorted: the people a sentence of signing names with their posts
    ("С краевой стороны соглашения подписали министр труда края Анна Котова и министр
    спорта края Олег Гусев"), two or more of them given to one record, are sorted by their
    posts' bodies as a plural signing's are (``shared_list_sorted``), whatever the parse
    made of the documents' noun: Гусев leaves the ministry's record with a university. It
    only takes people off: one sorted off signs another record only where an earlier pass
    gave it to him, since a list or fact box told after a later signing must not send its
    people back to an earlier record of the page (round 57's review mend that added them
    there was reverted for that). Only the officials whose first mention is in that
    sentence; a sentence with no word of signing (``SIGNER_WORDS``) lists no signers. In
    place; each sentence's officials read once."""
    told = sorted((o for o in officials if o.organization), key=lambda o: o.evidence.start)
    k = 0
    for sent in analysis.sentences:
        here: list[Official] = []
        while k < len(told) and told[k].evidence.start < sent.stop:
            if told[k].evidence.start >= sent.start:
                here.append(told[k])
            k += 1
        if len(here) >= LISTED_ON_RECORD and any(t.lemma in SIGNER_WORDS for t in sent.tokens):
            shared_list_sorted(here, records)


def listed_partner_signers(analysis: Analysis, sent: Sentence, records: list[Agreement],
                           officials: list[Official]) -> None:
    """sig44 listed_partner_signers: under a plural signing ending in a colon ("Ректор Олег
    Котов подписал соглашения:"), each line of the list, up to a blank line, that names an
    official with a body gives them to the one signed record whose side that body is and
    that has no signer of it yet: "• с фондом «Опора» (со стороны фонда — директор И.И.
    Лыкова);" → Лыкова signs the record of the fund. In place."""
    text = analysis.text
    if not sent.text.rstrip().endswith(":"):
        return
    pos = text.find("\n", sent.stop - 1)
    while 0 <= pos < len(text):
        end = text.find("\n", pos + 1)
        end = len(text) if end < 0 else end
        line = text[pos + 1:end]
        if not line.strip():
            return
        words = {w.strip(".,;:()«»").lower() for w in line.split()}
        for o in officials:
            if o.organization and o.name.split()[-1].lower() in words:
                _add_by_body(o, records, officials, only_one=True)
        pos = end


def their_heads_subject(sent: Sentence) -> bool:
    """sig45 their_heads_subject: is the subject of a signing verb the partners' heads told
    by a possessive, with no one named: "Со стороны фондов документы подписали их
    руководители", "соглашения подписали их главы"? A plural head noun (HEAD_NOUNS) in the
    nominative, the subject of a finite signing verb, with a possessive pronoun of the
    third person plural (THEIR_WORDS) under it and no proper name under it. Only from the
    parse."""
    toks = sent.tokens
    for k, t in enumerate(toks):
        if t.lemma not in HEAD_NOUNS or t.feats.get("Number") != "Plur" or \
                t.rel not in SHARED_SUBJECTS or not 0 <= t.head < len(toks) or \
                toks[t.head].lemma not in SIGNING_HEADS or toks[t.head].pos != "VERB":
            continue
        under = [toks[c] for c in sent.children(k)]
        if any(c.text.lower() in THEIR_WORDS for c in under) and \
                not any(c.pos == "PROPN" for c in under):
            return True
    return False


def their_heads_signers(analysis: Analysis, sent: Sentence, records: list[Agreement],
                        officials: list[Official], models: Models) -> bool:
    """sig45 their_heads_signers: after "Со стороны фондов документы подписали их
    руководители" (``their_heads_subject``), each official told before it who heads a
    body (``signers.heads_body``: "директор", "председатель") signs the one signed record
    of the page whose side that body is and that has no signer of that side yet: "...
    с фондом «Опора» (директор – Ирина Лыкова) и фондом «Исток» (председатель – Олег
    Зуев)" → Лыкова signs the record of «Опора», Зуев that of «Исток». A head whose body
    is the side of no record, or of two, signs none. In place; True when one was added."""
    if not their_heads_subject(sent):
        return False
    before = sum(len(a.signatories) for a in records)
    for o in officials:
        if o.organization and o.evidence.start < sent.start and heads_body(o, models):
            _add_by_body(o, records, officials, only_one=True)
    return sum(len(a.signatories) for a in records) > before


def opens_with_item(sent: Sentence) -> bool:
    """sig46: does the sentence open, past marks and emoji, as an item of agreements told
    one by one: with an ordinal ("Второе – с обществом слепых", "Третье соглашение
    подписано с ...") or with the partner's preposition ("✅ с фондом «Исток» — ...")?"""
    first = next((t for t in sent.tokens if any(ch.isalpha() for ch in t.text)), None)
    return first is not None and (ORDINAL_RANKS.get(first.lemma, 0) >= 1 or
                                  first.text.lower() in PARTNER_PREPOSITIONS)


def _subject_officials(sent: Sentence, v: int, officials: list[Official]) -> list[Official]:
    """The officials named in the nominative subject of the signing verb at v (their
    surnames among its words), with or without a body read for their post."""
    toks = sent.tokens
    found: list[Official] = []
    for c in sent.children(v):
        if toks[c].rel not in SHARED_SUBJECTS or toks[c].lemma in SERIES_NOUNS:
            continue
        words = {toks[x].text.lower() for x in subtree(sent, c)}
        found += [o for o in officials if o.name.split()[-1].lower() in words and
                  o not in found]
    return found


def _counted(sent: Sentence, v: int) -> int:
    """How many documents or partners the signing at v counts: a numeral on a plural noun
    under it, next to it ("подписала три соглашения", ``documents_counted``) or hung on it
    by the parse across words describing it ("с тремя социально ориентированными
    организациями" 3); 0 when none is counted."""
    toks = sent.tokens
    nouns = [x for x in subtree(sent, v)
             if toks[x].pos == "NOUN" and toks[x].feats.get("Number") == "Plur"]
    hung = [NUMBER_WORDS[toks[c].lemma] for x in nouns for c in sent.children(x)
            if toks[c].rel.startswith("nummod") and toks[c].lemma in NUMBER_WORDS]
    return max([documents_counted(sent, {toks[x].lemma for x in nouns})] + hung)


def _umbrella_side_to_items(sent: Sentence, items: list[Agreement],
                            agreements: list[Agreement]) -> None:
    """sig46: the record the counted signing itself gave, signed with its subject's body as
    its one side ("Директор центра Ольга Лыкова подписала соглашения с двумя заводами:"
    → the centre alone), is the umbrella of its items, each told with its partner alone
    ("✅ с АО «Литейщик» — ..."): each item takes that side, and the umbrella goes. Only
    when every item has one side, not that one. In place."""
    umbrellas = [a for a in agreements if sent.start <= a.evidence.start < sent.stop and
                 a.status == "signed" and len(a.parties) == 1 and a not in items]
    if len(umbrellas) != 1 or any(len(a.parties) != 1 for a in items):
        return
    side = umbrellas[0].parties[0]
    if any(a.parties[0].name == side.name for a in items):
        return
    for a in items:
        a.parties = [Party(side.name, side.region)] + a.parties
        a.regions = list(dict.fromkeys(a.regions + umbrellas[0].regions))
    agreements.remove(umbrellas[0])


def counted_item_signers(analysis: Analysis, sent: Sentence, agreements: list[Agreement],
                         officials: list[Official]) -> None:
    """sig46 counted_item_signers: a person's signing of agreements in the plural told in
    the past with a count of them or of their partners ("Глава района Олег Зуев подписал
    соглашения с тремя фондами", "... подписала три соглашения") signs the items told
    after it one by one: the records that follow the sentence in the text, each signed and
    read from a sentence opening as an item (``opens_with_item``: "Первое соглашение
    заключено с фондом «Опора». Документ подписала директор фонда Анна Котова. Второе – с
    фондом «Исток».") within COUNTED_ITEM_REACH sentences, up to the count, two or more of
    them. A record the person signs already, or that a colleague of the person's body
    signs, is left alone. The people are the officials in the verb's subject, even with no
    body read for their post (a side they sign for may be left out of the records). The
    sentence is parsed. In place."""
    toks = sent.tokens
    sents = analysis.sentences
    at = next((n for n, x in enumerate(sents) if x.start <= sent.start < x.stop), None)
    if at is None:
        return
    for v, t in enumerate(toks):
        if t.lemma not in SIGNING_HEADS or t.pos != "VERB" or \
                t.feats.get("VerbForm") != "Fin" or t.feats.get("Tense") != "Past" or \
                not _plural_documents(sent, v):
            continue
        count = _counted(sent, v)
        people = _subject_officials(sent, v, officials)
        if count < 2 or not people:
            continue
        items: list[Agreement] = []
        for a in sorted((a for a in agreements if a.evidence.start >= sent.stop),
                        key=lambda a: a.evidence.start):
            k = next((n for n, x in enumerate(sents)
                      if x.start <= a.evidence.start < x.stop), None)
            if k is None or k - at > COUNTED_ITEM_REACH or a.status != "signed" or \
                    not opens_with_item(sents[k]) or len(items) >= count:
                break
            items.append(a)
        if len(items) < 2:
            continue
        _umbrella_side_to_items(sent, items, agreements)
        for a in items:
            for o in people:
                if any(same_person(o.name, s) for s in a.signatories) or any(
                        c.organization and o.organization and
                        body_is_side(c.organization, o.organization) and
                        any(same_person(c.name, s) for s in a.signatories)
                        for c in officials if c is not o):
                    continue
                a.signatories.append(o.name)


def plural_signing_signers(analysis: Analysis, agreements: list[Agreement],
                           officials: list[Official], models: Models) -> None:
    """sig44 plural_signing_signers: the subject of a signing of agreements in the plural
    ("Со стороны управления соглашения подписала его начальник Анна Гусева") signs each
    signed record of the page with their post's body as a side and no signer of that side
    yet. sig57: on a page of one signed record too ("Документы подписали министр труда края
    Иван Орлов, управляющий отделением фонда Анна Лыкова и глава компании Олег Гусев" after
    one social agreement and a road one: Орлов and Лыкова sign the social one, Гусев no
    record); the possessive and counted shapes still need ``SHARED_RECORDS``. In place."""
    signed = [a for a in agreements if a.status == "signed"]
    if not signed:
        return
    for sent in analysis.sentences:
        lemmas = {t.lemma for t in sent.tokens}
        if not lemmas & SIGNING_HEADS or not any(
                t.lemma in SERIES_NOUNS and t.text.lower() != t.lemma for t in sent.tokens):
            continue
        parsed = ensure_parsed(sent, models)
        if len(signed) >= SHARED_RECORDS:
            if their_heads_signers(analysis, parsed, signed, officials, models):
                # a record whose sides now each have their own signer keeps no other body's
                signers_of_own_sides(agreements, officials)
            counted_item_signers(analysis, parsed, agreements, officials)  # sig46
        shared = shared_signers_of(parsed, officials)
        unsigned_record_bodies(shared, signed)  # signers66
        shared_list_sorted(shared, signed)  # sig57
        for o in heads_by_name_first(shared, signed):  # signline62
            _add_by_body(o, signed, officials, only_one=False)
        if shared:
            listed_partner_signers(analysis, sent, signed, officials)
    signing_lists_sorted(analysis, signed, officials)  # sig57


def summary_signers_apart(told: list[tuple[Agreement, set[str], set[str]]],
                          officials: list[Official]) -> None:
    """signers69: a mention of several papers at once ("Мэр и вице-мэр
    подписали соглашения", a headline's plural) names the signers of all of them; joined to
    one record, it lends that record every one of them. A person such a summary alone gives
    a record is no signer of it when a mention of one paper of another signed record names
    that person signing, and one of this record's own mentions names another person
    signing for the same side of it: "Глава края Иван Лыков подписал соглашение с фондом.
    Его заместитель Анна Котова подписала соглашение с колледжем" under the headline "Лыков
    и Котова подписали соглашения" — the college's record keeps Котова, not Лыков. A
    person no other record's own mention names ("Оба документа подписал министр …") stays
    on each. ``told`` holds, per record, the names its mentions of one paper and its
    mentions of several papers gave. Linear in the records and their signers: the
    names other records' own mentions give are counted once. In place."""
    bodies = {o.name: o.organization for o in officials if o.organization}
    signing: dict[str, int] = {}
    for a, mine, _ in told:
        if a.status == "signed":
            for n in mine:
                signing[n] = signing.get(n, 0) + 1

    def same_side(x: str, y: str, sides: list[Party]) -> bool:
        bx, by = bodies.get(x), bodies.get(y)
        return bx is not None and by is not None and (body_is_side(bx, by) or any(
            body_is_side(bx, p.name) and body_is_side(by, p.name) for p in sides))

    for a, mine, lent in told:
        for x in lent - mine:
            if not signing.get(x):
                continue
            if any(y != x and same_side(x, y, a.parties) for y in mine):
                a.signatories = [s for s in a.signatories if s != x]
