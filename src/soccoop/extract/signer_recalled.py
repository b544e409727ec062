"""sig60: the signers of a recalled agreement who are the signers of the page's new one.

A page that reports a signing often recalls an older agreement of the same sides ("Само
соглашение было заключено в 2018 году", "действие соглашения продлено", "в рамках
соглашения 2021 года"), and the candidate rules then give the recalled record the people
of the sentences around it: the signers of the new document, named just before. Those
people signed what the page reports as signed; the text does not say they signed the
recalled one. Only the records are read: linear in their signers.
"""

from __future__ import annotations

from collections.abc import Callable

from soccoop.extract import signer_shapes
from soccoop.extract.lexicon import SIGN_VERBS, SIGNATURE_NOUNS, TRIGGERS
from soccoop.extract.lexicon_signers import PAST_TIME_PHRASES, THEN_NOT_BEFORE
from soccoop.extract.nlp import Analysis, Models, Sentence
from soccoop.extract.party_identity import body_stems
from soccoop.extract.person_names import same_person, same_surname
from soccoop.extract.syntax import ensure_parsed
from soccoop.models import Agreement
from soccoop.names import words


def _signed_here(name: str, signed: list[str]) -> bool:
    """Is the person one of the signers of the page's signed records (``same_person``:
    "Толмачёва" and "Анна Толмачёва")?"""
    return any(same_person(name, n) for n in signed)


def _named_in_own_sentence(a: Agreement, name: str, analysis: Analysis | None = None) -> bool:
    """Does the record's own sentence name the signer ("Тогда же Анна Котова и Пётр Гусев
    подписали и региональное соглашение")? Then the text tells them signing it. r60sig:
    with the page's ``analysis``, only a sentence that tells a signing (a word of
    ``SIGN_VERBS``) counts: one who only speaks of the agreement there ("Олег Рябов
    напомнил, что администрация работает в рамках действующего с 2018 года соглашения с
    центром") is not told signing it."""
    if not any(same_surname(w, name) for w in words(a.evidence.text)):
        return False
    sent = analysis.sentence_holding(a.evidence.start) if analysis is not None else None
    return sent is None or any(t.lemma in SIGN_VERBS for t in sent.tokens)


def recalled_without_new_signers(agreements: list[Agreement],
                                 analysis: Analysis | None = None) -> None:
    """sig60: a record only mentioned (recalled, not signed nor planned here) all of whose
    signers are signers of a record the page reports signed keeps none: "Ключарёв и
    Толмачёва вчера продлили действие соглашения о взаимодействии, подписав к нему
    приложение. Впервые стороны договорились в 2018 году ... — отметила Анна Толмачёва"
    → the 2018 agreement has no signer; the supplement keeps both. A
    recalled record with a signer of its own, whom no signed record has ("соглашение 2019
    года подписывала прежний министр Ольга Рябова"), or whose own sentence names them
    ("Тогда же Котова и Гусев подписали и региональное соглашение":
    ``_named_in_own_sentence``; r60sig: with ``analysis``, a sentence telling a signing),
    keeps all of its signers. In place; linear in the records' signers."""
    signed = [n for a in agreements if a.status == "signed" for n in a.signatories]
    if not signed:
        return
    for a in agreements:
        if a.status == "mentioned" and a.signatories and \
                all(_signed_here(n, signed) and not _named_in_own_sentence(a, n, analysis)
                    for n in a.signatories):
            a.signatories = []


def _older(a: Agreement, b: Agreement, published: str | None = None) -> bool:
    """Is record ``a`` dated to an earlier year than record ``b``? fixbasis60: a signed
    ``b`` the date stage has not dated yet is a signing of the page's year (``published``):
    the date stage dates it by the page's day, so the move does not hang on whether the
    text states the new signing's date."""
    year = b.date or published
    return a.date is not None and year is not None and a.date[:4] < year[:4]


def _shares_side(a: Agreement, b: Agreement) -> bool:
    """Do the two records name one side in the same words?"""
    names = {p.name.lower() for p in a.parties}
    return any(p.name.lower() in names for p in b.parties)


def _told_in_past(sent: Sentence) -> bool:
    """fixbasis60: does the sentence set its signing in the past (``PAST_TIME_PHRASES``:
    "тогда", not "тогда как"; "в ту пору", "в своё время")?"""
    forms = [t.text.lower().replace("ё", "е") for t in sent.tokens]
    for i in range(len(forms)):
        for phrase in PAST_TIME_PHRASES:
            if tuple(forms[i:i + len(phrase)]) == phrase and (
                    len(phrase) > 1 or i + 1 >= len(forms)
                    or forms[i + 1] not in THEN_NOT_BEFORE):
                return True
    return False


def _signed_then(m: Agreement, analysis: Analysis | None) -> bool:
    """fixbasis60: does a sentence from the recalled record's own on, naming one of its
    signers, set that signing in the past ("Подписи под ним тогда поставили министр Анна
    Котова и ...")? Then the text says they signed the recalled agreement."""
    if analysis is None:
        return False
    for sent in analysis.sentences:
        if sent.stop <= m.evidence.start:
            continue
        if any(same_surname(t.text, n) for t in sent.tokens for n in m.signatories) and \
                _told_in_past(sent):
            return True
    return False


def new_signers_from_recalled(agreements: list[Agreement], analysis: Analysis | None = None,
                              published: str | None = None) -> None:
    """basis60: the signers the candidate rules gave to an older agreement the page only
    recalls belong to the page's new signed agreement of the same sides when that one has
    none: "Министерство социальной защиты и фонд «Опора» подписали соглашение о
    реабилитации инвалидов. Документ продолжает соглашение, которое стороны заключили в
    2021 году. Подписи под ним поставили министр Анна Котова и директор фонда Пётр Гусев"
    → Котова and Гусев sign the new agreement; the 2021 one has no signer (fixbasis60: a
    probe of the whole extraction, ``tests/test_basis60.py``). The signing told
    after both names no agreement of its own, so the nearest record before it, the
    recalled one, took them. Only a recalled record dated to a year before the signed one
    (fixbasis60: an undated signed one is of the page's year, ``published``), sharing a
    side with it, whose own sentence does not name the signers (``_named_in_own_sentence``,
    with ``analysis`` a sentence telling a signing: "тогда же Котова и Гусев подписали и
    то соглашение"), whose signers' sentence does not set the signing in the past
    (``_signed_then``: "Подписи под ним тогда поставили ..."), and only when one signed
    record without signers shares its side. In place; linear in the records and the
    sentences. fixhistory64: ``sideless_signing`` read once before the loop (a record it
    gives that takes signers in the loop then fails ``not new[0].signatories``, as it
    gave nothing before)."""
    sideless = sideless_signing(agreements)
    for m in agreements:
        if m.status != "mentioned" or not m.signatories or \
                any(_named_in_own_sentence(m, n, analysis) for n in m.signatories):
            continue
        new = [a for a in agreements if a.status == "signed" and _shares_side(a, m)
               and _older(m, a, published)] or \
            [a for a in sideless if _older(m, a, published)]
        if len(new) == 1 and not new[0].signatories and not _signed_then(m, analysis):
            new[0].signatories, m.signatories = m.signatories, []


def sideless_signing(agreements: list[Agreement]) -> list[Agreement]:
    """history64: the page's one signed record when it names no side and no signer, the
    new signing a recalled record may have taken the signers of: "Вчера подписано
    соглашение о присоединении фонда «Опора» к соглашению, которое министерство и
    колледж заключили в 2020 году. Документ подписали министр Анна Котова, директор
    колледжа Олег Сомов и президент фонда Пётр Гусев" — the signers are the joining's, and
    ``coreference.signers_bodies`` then gives it their bodies for sides. Empty unless the
    page has exactly one signed record and it is such."""
    signed = [a for a in agreements if a.status == "signed"]
    return signed if len(signed) == 1 and not signed[0].parties and \
        not signed[0].signatories else []


def _back_pronoun(sent: Sentence) -> bool:
    """r60sig: does a third-person pronoun in the singular stand for the document a signing
    verb takes, as its object ("Его подписали ...") or under "под" on a noun of signature
    ("Подписи под ним поставили ...")? The parse decides; a possessive "его" ("его
    заместитель") hangs on a noun and is not read."""
    toks = sent.tokens
    for t in toks:
        if t.pos != "PRON" or t.feats.get("Person") != "3" or \
                t.feats.get("Number") != "Sing" or not 0 <= t.head < len(toks):
            continue
        head = toks[t.head]
        if t.rel == "obj" and head.lemma in SIGN_VERBS:
            return True
        if t.rel == "nmod" and head.lemma in SIGNATURE_NOUNS and \
                any(toks[x].lemma == "под" for x in sent.children(toks.index(t))):
            return True
    return False


def _stems_told(own: set[str], stems: set[str]) -> bool:
    """Are a side's body stems ``own`` all found in a sentence's ``stems``, each there or as
    the start of one ("курганск", "фонд" of "Курганский фонд" in "Курганским фондом")?
    fixsig60: the side's stems computed once per record."""
    return bool(own) and all(any(t.startswith(w) or w.startswith(t) for t in stems)
                             for w in own)


def _told_in(side: str, stems: set[str]) -> bool:
    """Does a sentence of the given body stems name the side, each stem of its name found
    there or as the start of one, the case endings aside ("Отделением Пенсионного фонда"
    for "Отделение Пенсионного фонда", whose stems the stemmer may cut apart)?"""
    return _stems_told(body_stems(side), stems)


def _tells_document(sent: Sentence, a: Agreement) -> bool:
    """fixsig60: does the sentence before the signing speak of an agreement: an agreement
    noun (``TRIGGERS``) or "документ" in it ("Первый их договор датирован 2017 годом",
    "Исходный документ датирован апрелем"), or the record's own mention there? A sentence
    naming the side and some other paper ("направил губернатору открытое письмо") does
    not give the signing after it to the agreement."""
    return bool({t.lemma for t in sent.tokens} & (TRIGGERS | {"документ"})) or \
        sent.start <= a.evidence.start < sent.stop


def signers_told_after(analysis: Analysis, agreements: list[Agreement], models: Models,
                       names: Callable[[Sentence], list[str]]) -> None:
    """r60sig: a record with no signer, whose side's name the sentence before tells, takes
    the people of the next sentence, a signing that names no agreement of its own and
    stands for it by a pronoun (``_back_pronoun``): "Первый их договор датирован 2017
    годом, партнёром управления в нём выступило Отделение ПФР по области. Его в ту пору
    подписывали О.П.Сомова и И.С.Рябов." → the recalled record signed by Сомова and
    Рябов (before, they went nowhere, or a signer of the new record told by post only was
    put there). Only one record of the page can be the one told; people already signing a
    record are not taken. fixsig60: the sentence before must speak of an agreement
    (``_tells_document``): a side that "направил губернатору открытое письмо", its
    signatures told after, lends the agreement no signer. ``names`` reads a sentence's
    signers. Linear in the sentences times the records (each record's stems computed
    once). A planned record takes announced signers only under the project's convention
    (``signer_shapes.ANNOUNCED_SIGNERS``: "Его подпишут X и Y")."""
    empty = [a for a in agreements if not a.signatories and a.parties and
             (a.status != "planned" or signer_shapes.ANNOUNCED_SIGNERS)]
    if not empty:
        return
    own = {id(a): [body_stems(p.name) for p in a.parties] for a in empty}
    held = [n for a in agreements for n in a.signatories]
    sents = analysis.sentences
    for k in range(1, len(sents)):
        sent = sents[k]
        lemmas = {t.lemma for t in sent.tokens}
        if lemmas & TRIGGERS or not lemmas & SIGN_VERBS or \
                not any(t.pos == "PRON" for t in sent.tokens):
            continue
        stems = body_stems(sents[k - 1].text)
        told = [a for a in empty if not a.signatories and any(
            _stems_told(w, stems) for w in own[id(a)]) and _tells_document(sents[k - 1], a)]
        if len(told) != 1 or not _back_pronoun(ensure_parsed(sent, models)):
            continue
        got = [n for n in names(sent) if not any(same_person(n, h) for h in held)]
        if got:
            told[0].signatories = got
            held += got
