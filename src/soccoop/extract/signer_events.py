"""sig56: the signers of one event's several agreements, each by the sentence that names it.

A forum, a visit or a session may sign several agreements, and the report names each
one's signers in a sentence of its own, often after all of them: "Подписи под
соглашением с омскими коллегами поставили министр Ирина Белова и её омский коллега Пётр
Зуев. Документ с Томской областью со стороны края подписал первый заместитель министра
Олег Сомов, с томской стороны – министр Анна Лыкова." The candidate rules may give a
signer to the wrong record of the event (the first deputy beside the minister on the
Omsk record, the minister on the Tomsk one). Each record is told apart from the others
by the words of its sides that no other record's sides have (the partner's region, its
kind); a signer whose every signing sentence names the words of one other record and
none of its own signed that other record.

Only the records and the sentences holding a word of signing are read, their capitalised
words indexed by surname once per page (``_signing_index``): linear in the document's
length and in the records' sides (at most ``PAGE_RECORDS`` records).
"""

from __future__ import annotations

import re

from soccoop import gazetteer, names
from soccoop.extract.lexicon import (
    BODY_HEADS,
    LEGAL_FORMS,
    ORG_HEADS,
    PLACE_HEADS,
    STATE_INSTITUTION_FORM,
)
from soccoop.extract.lexicon_signers import PAGE_RECORDS, SIGNER_WORDS, SIGNING_HEADS
from soccoop.extract.nlp import Analysis, Sentence, Token
from soccoop.extract.party_identity import body_is_side, body_touches_side
from soccoop.extract.person_names import _surname_word, add_signers, named_body, same_surname
from soccoop.extract.signers import _signing_sentence
from soccoop.models import Agreement, Official

OWN_WORD_LETTERS = 4  # a side's word shorter than this tells no record apart
_WORD = re.compile(r"[\w-]+")
_HEAD_STEMS = {s for w in ORG_HEADS | BODY_HEADS | PLACE_HEADS for s in names.stems(w)}
_STATE_FORM = re.compile(STATE_INSTITUTION_FORM)
SURNAME_KEY_LETTERS = 4  # ``names.surname_eq``: two forms of a surname share their first four


def _telling(word: str) -> bool:
    """A word of a side's name that may tell it apart: written with a capital (a place, a
    proper or quoted name, an acronym), of OWN_WORD_LETTERS letters or more or in capitals,
    and no head noun of a body or place (``lexicon.ORG_HEADS``, ``BODY_HEADS``,
    ``PLACE_HEADS``: "Министерство", "Республики"), nor a legal form (``lexicon.LEGAL_FORMS``,
    ``STATE_INSTITUTION_FORM``: "АНО", "ООО", "КОГАУСО"), which any other body may bear."""
    return word[:1].isupper() and \
        (len(word) >= OWN_WORD_LETTERS or len(word) >= 2 and word.isupper()) and \
        not names.stems(word) & _HEAD_STEMS and names.fold(word) not in LEGAL_FORMS and \
        not (word.isupper() and _STATE_FORM.fullmatch(word))


def spelled_in(word: str, name: str) -> bool:
    """Is the word in capitals the initials of words in a row of the name: "ВОИ" in
    "Омская организация Всероссийского общества инвалидов"? Then it names that side too,
    and tells no record apart from the one holding it."""
    if len(word) < 2 or not word.isupper():
        return False
    heads = "".join(w[:1] for w in names.words(name) if len(w) > 1)
    return names.fold(word) in heads


def own_words(agreements: list[Agreement]) -> list[set[str]]:
    """The telling words of each record's sides (``_telling``) that no side of the other
    records has by any stem, nor spells by its initials (``spelled_in``): "Министерство
    труда Омской области" beside "Министерство социального развития Томской области" →
    {"омской"} for the first. Folded words, each record's set in order."""
    words = [{names.fold(w) for p in a.parties for w in _WORD.findall(p.name) if _telling(w)}
             for a in agreements]
    stems = [{s for p in a.parties for w in names.words(p.name) for s in names.stems(w)}
             for a in agreements]
    out = []
    for i, ws in enumerate(words):
        taken = set().union(*(stems[j] for j in range(len(words)) if j != i))
        others = [p.name for j, a in enumerate(agreements) if j != i for p in a.parties]
        out.append({w for w in ws if not names.stems(w) & taken and
                    not any(spelled_in(w.upper(), o) for o in others)})
    return out


def _boundary(sent: Sentence, k: int) -> bool:
    """Does token ``k`` end a clause told apart inside one sentence (a quote of several
    sentences is one): a semicolon, "!" or "?", or a full stop that closes no initial: in
    "«Первый подписала министр Анна Котова. Второй – директор А. В. Белов», – сообщили в
    ведомстве" the stop after "Котова" ends a clause, the stops after "А" and "В" do
    not."""
    toks = sent.tokens
    t = toks[k].text
    if t in {";", "!", "?"}:
        return True
    return t == "." and k > 0 and len(toks[k - 1].text) > 1


def _stretch(sent: Sentence, k: int) -> list[Token]:
    """The tokens of the clause holding token ``k`` between two boundaries
    (``_boundary``), the boundary that closes it included: of "Первый подписала министр
    Анна Котова; второй – директор фонда Олег Белов." the name "Котова" is in "Первый ...
    Котова;"."""
    toks = sent.tokens
    lo = k
    while lo > 0 and not _boundary(sent, lo - 1):
        lo -= 1
    hi = k
    while hi < len(toks) - 1 and not _boundary(sent, hi):
        hi += 1
    return toks[lo:hi + 1]


def _records_named(tokens: list[Token], own: list[set[str]]) -> set[int]:
    """The records (indices into ``own``) a word of the stretch names by one of their own
    words: a word written with a capital, any case ending apart, or a region's word in small
    letters too ("Томской" and "томской" name the record with "Томская",
    ``gazetteer.regions_in``); a quoted name's word written small is a common word
    ("потерявших надежду" does not name "Фонд «Надежда»")."""
    capital = {s for t in tokens if t.text[:1].isupper() for s in names.stems(t.text)}
    small = {s for t in tokens for s in names.stems(t.text)}
    return {i for i, ws in enumerate(own)
            if any(names.stems(w) & (small if gazetteer.regions_in(w) else capital)
                   for w in ws)}


def _surname_key(word: str) -> str | None:
    """The key two forms of one surname share (``names.surname_eq``: their first
    SURNAME_KEY_LETTERS letters, folded): "Котова" and "Котовой" → "кото"."""
    sw = _surname_word(word)
    return names.fold(sw)[:SURNAME_KEY_LETTERS] if sw else None


SigningIndex = dict[str, list[tuple[Sentence, int]]]


def _signing_index(analysis: Analysis) -> SigningIndex:
    """The capitalised words of the sentences holding a word of signing
    (``signers._signing_sentence``), by their surname key (``_surname_key``): read once per
    page, so each signer looks up his own mentions only ("Котова" and "Котовой" under
    "кото", with "Котельников" beside them and told apart by ``same_surname``)."""
    out: SigningIndex = {}
    for s in analysis.sentences:
        if not _signing_sentence(s):
            continue
        for k, t in enumerate(s.tokens):
            if t.text[:1].isupper() and (key := _surname_key(t.text)):
                out.setdefault(key, []).append((s, k))
    return out


def _signing_stretches(index: SigningIndex, name: str) -> list[list[Token]]:
    """The clauses (``_stretch``) naming the person by surname, in any case, that hold a
    word of signing (``lexicon_signers.SIGNING_HEADS``, ``SIGNER_WORDS``): "Документ с
    Томской областью подписал первый заместитель министра Олег Сомов" for "Олег Сомов";
    "«Нам есть чему поучиться», – сказал Сомов" holds no signing and is not read. Only the
    page's mentions under the name's surname key are read (``_signing_index``)."""
    key = _surname_key(name)
    out = []
    for s, k in index.get(key, []) if key else []:
        if same_surname(s.tokens[k].text, name):
            part = _stretch(s, k)
            if any(x.lemma in SIGNING_HEADS or x.lemma in SIGNER_WORDS for x in part):
                out.append(part)
    return out


def _may_move(body: str | None, there: Agreement) -> bool:
    """May a signer with a post in ``body`` join ``there``? Yes when the body is unknown or
    one of its sides (``body_is_side``); a body sharing only its region's words with a side
    does not ("Министерство социальной политики Омской области" and "Отделение СФР по
    Омской области")."""
    return not body or any(body_is_side(body, p.name) for p in there.parties)


def _last_of_side(name: str, body: str | None, here: Agreement, others: list[str],
                  officials: list[Official]) -> bool:
    """Is the person the one signer of ``here`` (with ``others``, the signers joining it)
    holding a post in a side of it: no other holds one there, or a post in a body the page
    does not name? A side is the body itself (``body_is_side``) or one it may be under
    another name (``body_touches_side``: "Омское отделение Социального фонда" and "Отделение
    фонда по Омской области"). Then
    he stays and joins nothing: the record was told with him too, in a clause that named
    him otherwise ("Днём позже Анна Сергеевна подписала соглашение с фондом": the first
    name and patronymic, no surname), or its sides were read wrong."""
    if not body:
        return False
    rest = [m for m in here.signatories + others if m != name]
    for same in (body_is_side, body_touches_side):
        for p in here.parties:
            if same(body, p.name) and not any(
                    not (b := named_body(officials, m)) or same(b, p.name) for m in rest):
                return True
    return False


def _with_own_signer(stretches: list[list[Token]], name: str, here: Agreement,
                     there: Agreement, officials: list[Official]) -> bool:
    """Does a clause of signing naming the person (``stretches``, his
    ``_signing_stretches``, read once per page) also name a signer
    of ``here`` alone whose post's body is a side of ``here`` (``body_is_side``)? Then the
    clause lists this record's signers, whatever other words it holds: "Документ подписали
    управляющий Отделением СФР Олег Котов, председатель общества инвалидов Анна Белова и
    ректор ОмГУ Пётр Лыков" is the four-sided record's, though "СФР" names another record
    of the fund."""
    own = [m for m in here.signatories if m != name and
           not any(same_surname(m, x) for x in there.signatories) and
           (b := named_body(officials, m)) and any(body_is_side(b, p.name) for p in here.parties)]
    return any(any(t.text[:1].isupper() and same_surname(t.text, m) for t in part for m in own)
               for part in stretches)


def sentence_named_signers(analysis: Analysis, agreements: list[Agreement],
                           officials: list[Official]) -> None:
    """sig56 sentence_named_signers: on a page of two signed agreements or more (each of
    two sides or more, told apart by their own words, ``own_words``), a signer of one
    record whose every clause of signing (``_signing_stretches``) names another record's
    own words and none of this one's signed that other record: he leaves this one and
    joins that one when his post's body (``extract.officials``) may be its side
    (``_may_move``) and the clause names no signer of this one's own
    (``_with_own_signer``), unless he is its one signer of his side (``_last_of_side``)
    or it has no more signers than sides (one whose sides were read wrong keeps them).
    "Документ с Томской областью со стороны края подписал первый заместитель министра
    Олег Сомов" → Сомов signs the Tomsk record, not the Omsk one. Guards: a signer whose
    clause of signing names no record's own words ("Все три документа подписал
    министр"), or this record's, stays; a clause naming two records settles nothing.
    In place; linear in the sentences of signing and the records' signers."""
    signed = [a for a in agreements if a.status == "signed" and len(a.parties) >= 2]
    if not 2 <= len(signed) <= PAGE_RECORDS:
        return
    own = own_words(signed)
    if sum(1 for ws in own if ws) < 2:
        return
    moves: list[tuple[int, str, int]] = []
    index = _signing_index(analysis)
    stretches: dict[str, list[list[Token]]] = {}
    cache: dict[str, set[int] | None] = {}
    for i, a in enumerate(signed):
        for name in a.signatories:
            if name not in cache:
                stretches[name] = _signing_stretches(index, name)
                told = [_records_named(x, own) for x in stretches[name]]
                one = {j for t in told for j in t}
                cache[name] = one if told and all(len(t) == 1 for t in told) else None
            targets = cache[name]
            if targets is None or len(targets) != 1 or i in targets:
                continue
            j = next(iter(targets))
            if not _may_move(named_body(officials, name), signed[j]) or \
                    _with_own_signer(stretches[name], name, a, signed[j], officials):
                continue
            moves.append((i, name, j))
    joining: dict[int, list[str]] = {}
    for _, name, j in moves:
        joining.setdefault(j, []).append(name)
    for i, name, j in moves:
        if len(signed[i].signatories) > len(signed[i].parties) and \
                not _last_of_side(name, named_body(officials, name), signed[i],
                                  joining.get(i, []), officials):
            add_signers(signed[j], [name])
            signed[i].signatories = [n for n in signed[i].signatories if n != name]
