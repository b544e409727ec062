"""sig64: a head who did not sign because a deputy signed in his stead.

A report often names the head of a side first, as the one expected to sign or as the one
who could not come, and then the deputy who signed for him: "Министр Олег Сомов на
подписание не приехал — соглашение за него подписала заместитель министра Анна Котова",
"Накануне говорили, что соглашение подпишет министр Иван Лыков. Однако соглашение
подписала по доверенности его заместитель Мария Белова". The candidate rules read every person of
the signing's sentences as a signer, so the record keeps both; the text says only the
deputy signed. Read from the parse of the sentences that tell a done signing with a word of
standing in (``lexicon_signers.STAND_IN_PREPOSITIONS`` before a pronoun, "вместо" before a
noun, ``CHARGE_NOUNS``; told from the words before any parse, ``_may_stand_in``), and the
sentence before each: linear in the document's length. signers69: "за" before a noun of a
person in the accusative stands in too ("за министра", "за главу района": ``_person_noun``),
and a passive signing of the paper with no signer of its own ("Документ подписан за
министра Анну Котову, она в отпуске") drops that head from the record of three signers or
more that holds them (``_paper_signed``); a passive's instrumental agent is its subject
("подписано за губернатора его заместителем Олегом Сомовым").
"""

from __future__ import annotations

from soccoop.extract.lexicon import SIGN_VERBS
from soccoop.extract.lexicon_signers import (
    CHARGE_NOUNS,
    INSTEAD_PREPOSITIONS,
    STAND_IN_PREPOSITIONS,
    STAND_IN_REACH,
)
from soccoop.extract.lexicon_status import CLAUSE_BREAKS
from soccoop.extract.nlp import Analysis, Models, Sentence, Token
from soccoop.extract.person_names import same_surname
from soccoop.extract.signing_ahead import future_signing
from soccoop.extract.syntax import ensure_parsed, negated, subtree
from soccoop.models import Agreement


def _person_words(sent: Sentence, idx: list[int]) -> list[int]:
    """The animate proper names among the tokens ``idx`` (the words of persons' names)."""
    toks = sent.tokens
    return [i for i in idx if toks[i].pos == "PROPN" and toks[i].feats.get("Animacy") == "Anim"]


def _done_signing(sent: Sentence, v: int) -> bool:
    """Is the word at ``v`` a verb of signing told done, in the past and not negated
    ("подписала", not "подпишет" nor "не подписал")?"""
    t = sent.tokens[v]
    return t.pos == "VERB" and t.lemma in SIGN_VERBS and t.feats.get("Tense") == "Past" \
        and not negated(sent, v)


def _hangs_on(sent: Sentence, c: int, v: int) -> bool:
    """Does the word at ``c`` hang on the verb at ``v``, straight or through the verb's
    object or subject (the parser may hang "по доверенности" before the verb on the paper:
    "Соглашение по доверенности подписал проректор")?"""
    toks = sent.tokens
    h = toks[c].head
    if h == v:
        return True
    return 0 <= h < len(toks) and toks[h].head == v and \
        toks[h].rel in {"obj", "nsubj", "nsubj:pass"}


def _third_person(t: Token) -> bool:
    """Is ``t`` a pronoun of the third person ("него", "неё", "них")?"""
    return t.pos == "PRON" and t.feats.get("Person") == "3"


def _may_stand_in(sent: Sentence) -> bool:
    """Does the sentence have a word of standing in that ``_stand_in_marks`` may read, told
    by the words alone before any parse: a preposition of standing in before a pronoun of
    the third person ("за него", "вместо неё"), a noun after "вместо" ("вместо министра") or
    a noun of a charge ("по доверенности")? "За" before a noun names a side or a reason ("за
    фонд", "за год"), no stand-in: such a sentence costs no parse."""
    toks = sent.tokens
    for i, t in enumerate(toks):
        word = t.text.lower()
        if t.lemma in CHARGE_NOUNS or word in INSTEAD_PREPOSITIONS or \
                word in STAND_IN_PREPOSITIONS and i + 1 < len(toks) and (
                    _third_person(toks[i + 1]) or
                    any(_person_noun(u) for u in toks[i + 1:i + 1 + STAND_IN_REACH])):
            return True
    return False


def _person_noun(t: Token) -> bool:
    """signers69: is ``t`` a common noun of a person in the accusative ("министра",
    "губернатора", "главу", "директора": ``Animacy`` Anim), the one "за" stands in for
    ("подписан за министра", "за главу района подписал его заместитель")? "За фонд", "за
    год" name a side or a time: inanimate, no stand-in."""
    return t.pos == "NOUN" and t.feats.get("Animacy") == "Anim" and t.feats.get("Case") == "Acc"


def _stand_in_marks(sent: Sentence, v: int) -> list[int]:
    """The words under the signing verb at ``v`` that tell its subject signed for another:
    a pronoun or a noun after a preposition of standing in ("за него", "вместо министра"),
    or a noun of a power of attorney or a charge after "по" ("по доверенности",
    "по поручению директора"). The marks' own tokens (the pronoun, the noun)."""
    toks = sent.tokens
    out: list[int] = []
    for c in range(len(toks)):
        case = [k for k in sent.children(c) if toks[k].rel == "case"]
        if not case:
            continue
        hangs = _hangs_on(sent, c, v)
        prep = toks[case[0]].text.lower()
        if prep in STAND_IN_PREPOSITIONS and (
                _third_person(toks[c]) or _person_noun(toks[c]) or
                prep in INSTEAD_PREPOSITIONS and toks[c].pos in {"NOUN", "PROPN"}) and (
                hangs or _same_clause(sent, case[0], c, v)) or \
                hangs and prep == "по" and toks[c].lemma in CHARGE_NOUNS:
            out.append(c)
    return out


def _same_clause(sent: Sentence, prep: int, c: int, v: int) -> bool:
    """fixsigners69: do the stand-in phrase of the preposition at ``prep`` over the word at
    ``c`` and the signing verb at ``v`` stand in one clause, whatever verb the parser hangs
    the phrase on: no other verb and no clause's punctuation
    (``lexicon_status.CLAUSE_BREAKS``) between them, the phrase's own words aside ("…, за
    министра Олега Смирнова подписал его заместитель …", the phrase hung on the verb of the
    clause before)?"""
    toks = sent.tokens
    own = set(subtree(sent, c))
    lo, hi = (max(own) + 1, v) if c < v else (v + 1, prep)
    return all(toks[i].text not in CLAUSE_BREAKS and toks[i].pos not in {"VERB", "AUX"}
               for i in range(lo, hi) if i not in own)


def _post_holder(sent: Sentence, noun: int) -> list[int]:
    """fixsigners69: the name words written after the post noun at ``noun`` in its phrase
    ("Министр социальной политики Олег Смирнов" → Олег, Смирнов): the first run of names
    under the noun, with no clause's punctuation before it."""
    toks = sent.tokens
    under = set(subtree(sent, noun))
    out: list[int] = []
    for i in range(noun + 1, len(toks)):
        if i in under and i in _person_words(sent, [i]):
            out.append(i)
        elif out or toks[i].text in CLAUSE_BREAKS or toks[i].pos in {"VERB", "AUX"}:
            break
    return out


def _post_named_before(sent: Sentence, before: Sentence | None, mark: int,
                       models: Models) -> list[int | tuple[int, int]]:
    """fixsigners69: for a bare noun of a person after "за" ("за министра подписал его
    заместитель"), the name last written after a post of that noun's lemma before the mark
    in its sentence, else in the sentence before ("Министр … Олег Смирнов не приехал")."""
    lemma = sent.tokens[mark].lemma
    here = [_post_holder(sent, p) for p in range(mark) if sent.tokens[p].lemma == lemma]
    here = [h for h in here if h]
    if here:
        return list(here[-1])
    if before is None:
        return []
    before = ensure_parsed(before, models)
    there = [_post_holder(before, p) for p, u in enumerate(before.tokens) if u.lemma == lemma]
    there = [h for h in there if h]
    return [(-1, i) for i in there[-1]] if there else []


def _paper_signed(sent: Sentence, v: int) -> bool:
    """signers69: is the signing verb at ``v`` a passive whose subject is the paper, with
    no signer of its own ("Документ подписан за министра Анну Котову", "Соглашение было
    подписано за главу района")? The deputy who signed is then the record's other signer of
    that side, told before; the head the mark names did not sign."""
    toks = sent.tokens
    return toks[v].feats.get("Voice") == "Pass" and any(
        toks[c].rel == "nsubj:pass" and toks[c].pos == "NOUN" and
        toks[c].feats.get("Animacy") != "Anim" for c in sent.children(v))


def _subject_words(sent: Sentence, v: int) -> list[int]:
    """The name words of the signing verb's subject ("подписала заместитель министра Анна
    Котова" → Анна, Котова): the subject nearest the verb, and only the names standing in
    one run of words with its noun: the parser may hang a name told earlier in the
    sentence on it, or take that name's post for a second subject ("Министр Олег Сомов не
    приехал — за него подписала заместитель Анна Котова")."""
    toks = sent.tokens
    subjects = [c for c in sent.children(v) if toks[c].rel in {"nsubj", "nsubj:pass"}]
    if toks[v].feats.get("Voice") == "Pass":  # signers69: "подписан … заместителем X"
        subjects += [c for c in sent.children(v) if toks[c].rel.startswith("obl")
                     and toks[c].feats.get("Case") == "Ins" and
                     toks[c].feats.get("Animacy") == "Anim"]
    c = min(subjects, key=lambda c: abs(c - v), default=None)
    if c is None:
        return []
    under = set(subtree(sent, c))
    lo = hi = c
    while lo - 1 in under:
        lo -= 1
    while hi + 1 in under:
        hi += 1
    return _person_words(sent, list(range(lo, hi + 1)))


def _heads_before(sent: Sentence, before: Sentence | None, mark: int,
                  models: Models) -> list[int | tuple[int, int]]:
    """The name words that may be the head a mark at ``mark`` stands for: the names of the
    mark's own phrase ("вместо министра Олега Сомова", "по доверенности директора Ивана
    Лыкова"); for a pronoun ("за него"), the nearest name word of the pronoun's gender
    before it in its sentence ("за неё": a woman), else the last such word of the sentence
    before: "Министр Олег Сомов и ректор Иван Гусев приехали, но за него подписал ..."
    reads Гусев alone, not both; for a bare noun of a person ("за министра"), the name
    written after a post of its lemma before (``_post_named_before``); for a bare power of
    attorney ("по доверенности"), the subjects of a signing still to come told just before
    ("Накануне говорили, что соглашение подпишет министр Иван Лыков"). Words of ``sent`` are
    ints; words of ``before`` are pairs (-1, index)."""
    toks = sent.tokens
    own = _person_words(sent, [i for i in subtree(sent, mark) if i != mark])
    if own:
        return list(own)
    t = toks[mark]
    if t.pos == "PRON":
        fem = t.feats.get("Gender") == "Fem"

        def fits(tok_gender: str | None) -> bool:
            return (tok_gender == "Fem") == fem

        here = [i for i in _person_words(sent, list(range(mark)))
                if fits(toks[i].feats.get("Gender"))]
        if here:
            return list(here[-1:])
        if before is None:
            return []
        last = [i for i in _person_words(before, list(range(len(before.tokens))))
                if fits(before.tokens[i].feats.get("Gender"))][-1:]
        return [(-1, i) for i in last]
    if _person_noun(t):  # fixsigners69: "за министра", the minister named before
        named = _post_named_before(sent, before, mark, models)
        if named:
            return named
    if before is None:
        return []
    before = ensure_parsed(before, models)
    out: list[int | tuple[int, int]] = []
    for w, u in enumerate(before.tokens):
        if u.pos == "VERB" and u.lemma in SIGN_VERBS and future_signing(before, w):
            out.extend((-1, i) for i in _subject_words(before, w))
    return out


def stood_in_heads_dropped(analysis: Analysis, agreements: list[Agreement],
                           models: Models) -> None:
    """sig64: a signed record that has both the deputy a sentence tells signing in
    another's stead and that other, the head, drops the head: "Министр Олег Сомов на
    подписание не приехал — соглашение за него подписала заместитель министра Анна Котова"
    → Котова, not Сомов; "Накануне говорили, что соглашение подпишет министр Иван
    Лыков. Однако соглашение подписала по доверенности заместитель Мария Белова" →
    Белова, not Лыков. Only when the deputy is the signing verb's subject and a signer of that
    record, and a pronoun's head is a name of its gender before it; fixsigners69: a record of
    the deputy and the head alone keeps the deputy ("за министра подписал его заместитель
    Иван Петров", the minister named before: ``_post_named_before``), and a passive with no
    signer of its own takes a record of three signers or more only (two stay). A stand-in
    phrase hung on another verb of the same clause is read too (``_same_clause``). In place."""
    sents = analysis.sentences
    records = [a for a in agreements if a.status == "signed" and len(a.signatories) >= 2]
    if not records:
        return
    for si, sent in enumerate(sents):
        if not any(t.lemma in SIGN_VERBS for t in sent.tokens) or not _may_stand_in(sent):
            continue
        sent = ensure_parsed(sent, models)
        before = sents[si - 1] if si > 0 else None
        for v in range(len(sent.tokens)):
            if not _done_signing(sent, v):
                continue
            deputies = [sent.tokens[i].text for i in _subject_words(sent, v)]
            for mark in _stand_in_marks(sent, v):
                heads = [sent.tokens[h].text if isinstance(h, int) else
                         before.tokens[h[1]].text  # type: ignore[union-attr]
                         for h in _heads_before(sent, before, mark, models)]
                heads = [h for h in heads if not any(same_surname(h, d) for d in deputies)]
                unsaid = not deputies and _paper_signed(sent, v)
                if not heads or not deputies and not unsaid:
                    continue
                for a in records:
                    if unsaid and not any(same_surname(s, h) for s in a.signatories
                                          for h in heads) or not unsaid and not any(
                            same_surname(s, d) for s in a.signatories for d in deputies):
                        continue
                    kept = [s for s in a.signatories
                            if not any(same_surname(s, h) for h in heads)]
                    if len(kept) >= (1 if deputies else 2):
                        a.signatories = kept
