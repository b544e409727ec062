"""sig50: a side's signer told in a later sentence of an agreement's story.

A report often names one or two signers in the signing sentence and the last side's signer
a few sentences on, after the terms, by a side phrase: "Министр труда Анна Белова и глава
фонда «Опора» Олег Котов подписали соглашение о помощи пожилым. Документ предусматривает
... . Со стороны автономной некоммерческой организации «Забота», ставшей третьей стороной,
документ подписал директор Пётр Лыков." The candidate rules read the signing sentence and
the one or two after it (``candidate_signers._following_signers``), not a side sentence
standing further on, nor one standing in the paragraph of a list item whose record was read
from a sentence naming all the partners ("Министерство заключило соглашения с вузом,
палатой и заводом. ... Третье соглашение, с заводом, посвящено ... . Подпись от завода
поставил директор Иван Ершов."). Only the records, the officials and the parse of the
sentences are read; each sentence is looked at once and the walk back from it is bounded
(LATER_SIDE_REACH sentences): linear in the document's length.
"""

from __future__ import annotations

from soccoop import names
from soccoop.extract.candidate_dates import signing_done
from soccoop.extract.candidate_signers import _named_signers, _signer_name, _signing_told
from soccoop.extract.lexicon import (
    NEW_WORDS,
    ORDINAL_RANKS,
    PLAN_WORDS,
    REPORT_VERBS,
    SERIES_NOUNS,
    SIGNATURE_NOUNS,
    SIGNATURE_VERBS,
)
from soccoop.extract.lexicon_sides import SIDE_WORD_PREPOSITIONS
from soccoop.extract.lexicon_signer_shapes import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    SIGNATURE_PUT_VERBS,
)
from soccoop.extract.lexicon_signers import (
    ADDITION_ADVERBS,
    AFTER_OCCASION_PREPOSITIONS,
    AFTER_SIGNING_BREAKS,
    AFTER_SIGNING_REACH,
    BARE_PAPER_RELATIONS,
    GUEST_WORDS,
    HEAD_POSTS,
    LATER_PAIR_BREAKS,
    LATER_SIDE_BREAKS,
    LATER_SIDE_REACH,
    LIKENED_CLIMB,
    LIKENED_PAST_WORDS,
    LIKENED_REACH,
    LIKENING_ALSO,
    LIKENING_MARKS,
    NESTED_PAPER_RELATIONS,
    QUOTE_MARKS,
    QUOTE_TELLING_MARKS,
    SIDE_FROM_PREPOSITIONS,
    SIDE_NOUN,
    SIGNER_WORDS,
    SIGNING_NOUN,
)
from soccoop.extract.nlp import Analysis, Models, Sentence, Token, sentence_at
from soccoop.extract.party_identity import body_is_side
from soccoop.extract.person_names import add_signers, same_person, same_surname
from soccoop.extract.signer_groups import _several_papers, _word_stems
from soccoop.extract.signer_posts import _holds
from soccoop.extract.signers import (
    listed_represented_signers,
    persons_in,
    tells_other_paper,
)
from soccoop.extract.signing_ahead import future_form
from soccoop.extract.syntax import ensure_parsed, put_done, subtree
from soccoop.models import Agreement, Official


def side_phrase(sent: Sentence) -> bool:
    """Does the sentence name a side the way a side's own signer is introduced: "со
    стороны фонда", "с министерской стороны", "от компании" (a body's noun after "от",
    not a person's name)?"""
    toks = sent.tokens
    for i, t in enumerate(toks):
        if t.lemma == SIDE_NOUN and t.feats.get("Case") == "Gen" and any(
                toks[j].text.lower() in SIDE_WORD_PREPOSITIONS for j in range(max(0, i - 3), i)):
            return True
        if t.text.lower() in SIDE_FROM_PREPOSITIONS and i + 1 < len(toks) and \
                toks[i + 1].pos == "NOUN" and toks[i + 1].feats.get("Case") == "Gen":
            return True
    return False


def bare_papers(sent: Sentence, new: bool = False) -> bool:
    """Does every agreement noun of the sentence stand for one agreement told before: in the
    singular, with no word of its own but a determiner or a preposition ("документ
    подписал", "этот договор", "присоединившегося к соглашению"), not "соглашение с
    фондом", "новый договор" nor "все три документа" (``signer_groups._several_papers``)?
    signers65: with ``new``, an adjective of newness (``lexicon.NEW_WORDS``) is a word the
    noun may have too ("Новый документ подписали ..."): the caller has an older record of
    the same sides on the page for it to stand against (``_new_against_older``)."""
    toks = sent.tokens
    if _several_papers(sent):
        return False
    for i, t in enumerate(toks):
        if t.lemma not in SERIES_NOUNS or t.pos not in {"NOUN", "PROPN"}:
            continue
        if t.feats.get("Number") == "Plur" or any(
                toks[c].rel not in BARE_PAPER_RELATIONS and
                not (new and toks[c].rel == "amod" and toks[c].lemma in NEW_WORDS)
                for c in sent.children(i)):
            return False
    return True


def _new_paper(sent: Sentence) -> bool:
    """signers65: is one of the sentence's agreement nouns called new ("Новый документ
    подписали ...", "новое соглашение")? An adjective of ``lexicon.NEW_WORDS`` hung on it."""
    toks = sent.tokens
    return any(t.lemma in SERIES_NOUNS and t.pos in {"NOUN", "PROPN"} and any(
        toks[c].rel == "amod" and toks[c].lemma in NEW_WORDS for c in sent.children(i))
        for i, t in enumerate(toks))


def _new_against_older(a: Agreement, agreements: list[Agreement]) -> bool:
    """signers65: does the page recall an older paper, one a "new" paper stands against:
    another record, not signed there and then (mentioned), anywhere on the page, sharing
    one side or more with ``a`` ("В 2019 году министерство и фонд уже заключили соглашение
    о доставке продуктов. … Новый документ подписали министр X и президент фонда Y": the
    new one is the signed record). fixsigners65: neither all of ``a``'s sides nor a place
    before ``a``'s sentence: on r906 (round249, dev) the older paper is told after the
    signed record's lead, and the signed record has a side it lacks."""
    mine = {p.name for p in a.parties}
    return any(b is not a and b.status == "mentioned" and mine & {p.name for p in b.parties}
               for b in agreements)


def later_side_sentence(sent: Sentence) -> bool:
    """sig50: a side's signing told on its own: a side phrase (``side_phrase``), a signing
    told done (``candidate_signers._signing_told``: "подписал", "подпись поставил",
    "подписывал", no plan nor future) and no agreement of its own (``bare_papers``): "Со
    стороны фонда документ подписал директор Олег Котов", "Подпись от компании поставил
    её директор". signers71: a signature told as a later one of the paper's
    (``added_signature``: "Вторую подпись поставила ...") tells a side's signing as a side
    phrase does."""
    return any(t.lemma in SIGNER_WORDS for t in sent.tokens) and (
        side_phrase(sent) or added_signature(sent)) and _signing_told(sent) and \
        bare_papers(sent)


def added_signature(sent: Sentence) -> bool:
    """signers71 added_signature: does a verb of putting (``SIGNATURE_PUT_VERBS``) told
    done have for object one signature (``SIGNATURE_NOUNS``, singular) counted after the
    first by an ordinal ("Вторую подпись под договором поставил директор колледжа Иван
    Лыков") or told in addition by an adverb under the verb (``ADDITION_ADVERBS``: "Свою
    подпись поставил также председатель общества Пётр Рябов")? The signer of one more
    side of the paper told before, as "со стороны ..." tells it. Not "первую подпись",
    nor signatures in the plural. From the parse and morphology."""
    toks = sent.tokens
    for v in range(len(toks)):
        if not put_done(sent, v, SIGNATURE_PUT_VERBS):
            continue
        kids = sent.children(v)
        for c in kids:
            if toks[c].rel != "obj" or toks[c].lemma not in SIGNATURE_NOUNS or \
                    toks[c].feats.get("Number") != "Sing":
                continue
            if any(ORDINAL_RANKS.get(toks[d].lemma, 0) > 1 for d in sent.children(c)) or \
                    any(toks[d].lemma in ADDITION_ADVERBS for d in kids):
                return True
    return False


def _own_stems(records: list[Agreement]) -> list[set[str]]:
    """Each record's own stems: those of its sides that no other record of ``records``
    has."""
    stems = [set().union(*(_word_stems(p.name) for p in a.parties)) for a in records]
    return [s - set().union(*(x for j, x in enumerate(stems) if j != i))
            for i, s in enumerate(stems)]


def _named_in(records: list[Agreement], words: list[list[Token]]) -> Agreement | None:
    """The one record of ``records`` whose own stems (``_own_stems``) one of ``words`` has;
    None when none does or several do."""
    said = {s for ws in words for t in ws for s in names.stems(t.text)}
    own = _own_stems(records)
    mine = [a for a, o in zip(records, own, strict=True) if o & said]
    return mine[0] if len(mine) == 1 else None


def _told_by_sentence(sents: list[Sentence], agreements: list[Agreement]
                      ) -> dict[int, list[Agreement]]:
    """The records read from each sentence, by the sentence's index."""
    out: dict[int, list[Agreement]] = {}
    for a in agreements:
        out.setdefault(sentence_at(sents, a.evidence.start), []).append(a)
    return out


def _story_record(analysis: Analysis, si: int, told: dict[int, list[Agreement]],
                  signed: list[Agreement], models: Models,
                  held: list[str] | None = None) -> Agreement | None:
    """The signed record whose story sentence ``si`` stands in: walking back at most
    LATER_SIDE_REACH sentences and LATER_SIDE_BREAKS paragraph breaks, past sentences
    naming no agreement of their own (``bare_papers``), the first sentence a record was read
    from (its one signed record, or the one of several whose own side the sentences from
    there on name), or the first sentence naming an agreement of its own, when its
    agreement's phrase names the own side of one signed record read with others from one
    sentence ("Министерство заключило соглашения с вузом, палатой и заводом. ... Третье
    соглашение, с заводом, посвящено ..."). A page's single record is not found this way:
    "Министр напомнила о давнем договоре с банком" tells another agreement. A sentence
    naming a person, walked past, ends the walk ("Губернатор Олег Котов поблагодарил
    участников. Со стороны фонда документ подписал ..." may tell another signing).
    signers71: with ``held`` (the signers the page's records hold), a sentence whose every
    person is one of them is walked past: the first side's signing of the same story ("От
    министерства договор подписал министр X. Вторую подпись поставил ...")."""
    sents = analysis.sentences
    text = analysis.text
    breaks = 0
    for k in range(si - 1, max(-1, si - 1 - LATER_SIDE_REACH), -1):
        breaks += "\n" in text[sents[k].stop:sents[k + 1].start]
        if breaks > LATER_SIDE_BREAKS:
            return None
        here = [a for a in told.get(k, []) if a.status == "signed"]
        if k in told:
            if len(here) == 1 and len(told[k]) == 1:
                return here[0]
            return _named_in(here, [x.tokens for x in sents[k:si + 1]]) \
                if len(here) > 1 else None
        persons = persons_in(analysis, sents[k])
        if persons and not (held and all(
                any(same_person(text[p.start:p.stop], h) for h in held) for p in persons)):
            return None  # "Губернатор X поблагодарил участников": the story of another
        if not bare_papers(ensure_parsed(sents[k], models)):
            grouped = [a for a in signed if len(told[sentence_at(sents, a.evidence.start)]) > 1]
            return _named_in(grouped, [_paper_words(sents[k])])
    return None


def _paper_words(sent: Sentence) -> list[Token]:
    """The words of the sentence's agreement nouns' own phrases ("Третье соглашение, с
    заводом, посвящено ..." → "Третье соглашение, с заводом"), not the rest of it."""
    toks = sent.tokens
    out: list[Token] = []
    for i, t in enumerate(toks):
        if t.lemma in SERIES_NOUNS and t.pos in {"NOUN", "PROPN"}:
            out.extend(toks[j] for j in sorted(subtree(sent, i)))
    return out


def later_side_signers(analysis: Analysis, agreements: list[Agreement],
                       officials: list[Official], models: Models) -> None:
    """sig50 later_side_signers: the signer a later side sentence names
    (``later_side_sentence``: "Со стороны фонда документ подписал директор Олег Котов")
    signs the signed record whose story the sentence stands in (``_story_record``), when
    the sentence names that one signer only, no record of the page has that person yet and
    the sentence is no record's own ("От фонда документ подписала заместитель директора
    Анна Котова: директор Олег Лыков в отпуске" is read by the candidate rules, and the
    director they leave out stays out). "Министр
    Анна Белова и глава центра Иван Мухин подписали соглашение о соцтуризме. Документ
    предусматривает поездки для пенсионеров. Со стороны турфирмы «Восход», ставшей
    третьей стороной, документ подписал директор Пётр Лыков." → Белова, Мухин, Лыков. In
    place."""
    sents = analysis.sentences
    signed = [a for a in agreements if a.status == "signed"]
    if not sents or not signed:
        return
    told = _told_by_sentence(sents, agreements)
    held = [n for a in agreements for n in a.signatories]
    for si, sent in enumerate(sents):
        if si in told or not any(t.lemma in SIGNER_WORDS for t in sent.tokens):
            continue
        sent = ensure_parsed(sent, models)
        if not later_side_sentence(sent):
            continue
        found = _named_signers(analysis, sent, officials, models)
        if len(found) != 1 or any(same_surname(found[0], h) for h in held):
            continue  # a sentence the candidate rules read: whom they left out stays out
        # signers71: an added signature is the paper's whose first signer the sentence
        # before names, else the story's, walking past that signer
        added = added_signature(sent)
        target = (_first_signature_record(analysis, sents[si - 1], signed) if added and si
                  else None) or _story_record(analysis, si, told, signed, models,
                                              held if added else None)
        if target is None:
            continue
        add_signers(target, found)
        held.extend(found)


def _first_signature_record(analysis: Analysis, sent: Sentence, signed: list[Agreement]
                            ) -> Agreement | None:
    """signers71: the one signed record holding every person the sentence names, when it
    names one or more and has fewer signers than sides: the record whose first signature
    the sentence told, before an added one (``added_signature``): "От министерства договор
    подписал министр Иван Котов. Вторую подпись поставила ..." → Котов's record. None when
    the persons sign no record, or several records hold them all."""
    text = analysis.text
    persons = [text[p.start:p.stop] for p in persons_in(analysis, sent)]
    if not persons:
        return None
    mine = [a for a in signed if len(a.signatories) < max(2, len(a.parties)) and all(
        any(same_person(p, x) for x in a.signatories) for p in persons)]
    return mine[0] if len(mine) == 1 else None


def _after_signing(sent: Sentence) -> bool:
    """sig53: does the sentence place itself after the signing, the signing's noun under
    "после" ("— …, — сказала после подписания министр Анна Котова"), with no word of
    attending ("присутствовавший на подписании")? Only from the parse."""
    toks = sent.tokens
    if any(t.lemma in GUEST_WORDS for t in toks):
        return False
    return any(t.lemma == SIGNING_NOUN and any(
        toks[c].lemma in AFTER_OCCASION_PREPOSITIONS for c in sent.children(i))
        for i, t in enumerate(toks))


def _heads_of(officials: list[Official], sent: Sentence, side: str) -> list[str]:
    """The officials named in the sentence who head the side's body: a head post
    (``HEAD_POSTS``, not a deputy's "заместитель"; rev53: ``signer_posts._holds``, the
    one reading of a head post) in a body that is the side (``party_identity.body_is_side``)."""
    out: list[str] = []
    for o in officials:
        if not sent.start <= o.evidence.start < sent.stop or not o.organization or \
                not body_is_side(o.organization, side):
            continue
        if _holds(o, HEAD_POSTS) and not any(same_person(o.name, n) for n in out):
            out.append(o.name)
    return out


def _speaks(sent: Sentence) -> bool:
    """rev53: does the sentence tell a remark, a verb of speech (``REPORT_VERBS``) or a
    quote (a quote mark, or a dash opening the sentence or handing a quote to its teller)?
    "— Мы ждали этого документа, — сказала после подписания министр Анна Белова" → yes;
    "После подписания министр Анна Белова вручила награды" → no: no remark, no signer."""
    toks = sent.tokens
    return any(t.lemma in REPORT_VERBS or t.text in QUOTE_MARKS for t in toks) or \
        bool(toks) and toks[0].text in QUOTE_TELLING_MARKS and toks[0].text != ","


def after_signing_head(analysis: Analysis, agreements: list[Agreement],
                       officials: list[Official], models: Models) -> None:
    """sig53 after_signing_head: a signed record with one signer fewer than sides (the
    signing told side by side: "Со стороны фонда подпись поставил директор Олег Котов",
    "Вторую подпись поставила …") is signed for the last side by the one head of a side no
    signer's body is (a signer with no body read holds one side unknown) who speaks
    "после подписания" (rev53: ``_speaks``) in a sentence of the record's story (up to
    AFTER_SIGNING_REACH sentences and AFTER_SIGNING_BREAKS paragraph breaks after its own,
    another record's sentence ending the reach): "— Мы ждали
    этого документа, — сказала после подписания министр труда области Анна Белова." →
    Белова for the ministry. One who attended ("присутствовавший на подписании") or a
    deputy gives no one; two heads of the open sides in the sentence give no one. In
    place; a few sentences per record."""
    sents = analysis.sentences
    signed = [a for a in agreements if a.status == "signed" and a.signatories and
              len(a.parties) >= 2 and len(a.signatories) < len(a.parties)]
    if not sents or not signed or not officials:
        return
    told = _told_by_sentence(sents, agreements)
    held = [n for a in agreements for n in a.signatories]
    for a in signed:
        bodies = [o.organization for o in officials if o.organization and any(
            same_person(o.name, s) for s in a.signatories)]
        open_sides = [p.name for p in a.parties
                      if not any(body_is_side(b, p.name) for b in bodies)]
        if not open_sides or len(a.signatories) != len(a.parties) - 1:
            continue
        n = sentence_at(sents, a.evidence.start)
        if n < 0:
            continue
        breaks = 0
        for m in range(n, min(len(sents), n + 1 + AFTER_SIGNING_REACH)):
            if m != n and m in told:
                break
            breaks += m != n and "\n" in analysis.text[sents[m - 1].stop:sents[m].start]
            if breaks > AFTER_SIGNING_BREAKS:
                break
            if not any(t.lemma == SIGNING_NOUN for t in sents[m].tokens):
                continue
            sent = ensure_parsed(sents[m], models)
            if not _after_signing(sent) or not _speaks(sent):
                continue
            heads: list[str] = []
            for side in open_sides:
                heads += [h for h in _heads_of(officials, sent, side)
                          if not any(same_person(h, x) for x in heads)]
            if len(heads) == 1 and not any(same_person(heads[0], h) for h in held):
                add_signers(a, heads)
                held.extend(heads)
                break


def _told_done(sent: Sentence) -> bool:
    """sig53: a signing told done (``candidate_dates.signing_done``) with no word of the
    future nor of a plan outside a «quoted» name: "Подписи поставили министр и директор
    АНО «Центр социальных программ»" tells a signing done, though "программа" is a
    plan's word; "Подписи будут поставлены завтра" does not. rev53: a verb of signing
    put done and not negated (``syntax.put_done``, the reading ``status.signatures_put``
    shares): "Под документом не расписались министр и директор" tells none."""
    depth = 0
    for t in sent.tokens:
        if t.text in OPENING_QUOTES:
            depth += 1
        elif t.text in CLOSING_QUOTES:
            depth = max(0, depth - 1)
        elif future_form(t) or t.lemma in PLAN_WORDS and not depth:
            return False
    words = SIGNER_WORDS | SIGNATURE_VERBS
    return signing_done(sent, words) and \
        any(put_done(sent, i, words) for i in range(len(sent.tokens)))


def _side_of(officials: list[Official], name: str, sides: list[str]) -> str | None:
    """The side of ``sides`` the named official's body is (``body_is_side``): "директор
    фонда «Опора» Олег Лыков" → "Благотворительный фонд «Опора»"; None when the name is no
    official with a body, or the body is none of the sides, or several."""
    bodies = {o.organization for o in officials if o.organization and same_person(o.name, name)}
    found = {side for body in bodies for side in sides if body_is_side(body, side)}
    if len(found) > 1:
        # signers65: a body that is one side's very name signs for that side, not for a
        # shorter side read from the same words ("Благотворительный фонд «Северный дом»"
        # beside a side "Северный" the headline left)
        found &= bodies
    return next(iter(found)) if len(found) == 1 else None


def _one_paper(sent: Sentence, models: Models) -> bool:
    """sig53: does the record's own sentence name one paper only, so that a later
    "документ" can be it? "Подписали соглашение о сотрудничестве" → yes; "подписали
    соглашение о сотрудничестве и меморандум о взаимодействии" → no (``SERIES_NOUNS``).
    signers70: an agreement noun inside another's name (``nested_paper``) names no paper
    of its own: "подписано дополнительное соглашение к договору о партнёрстве", "заключили
    соглашение о продлении меморандума" → one paper (read from the parse). fixsigners70: the
    sentence is parsed here, and only when it names two agreement nouns or more, the one
    case ``nested_paper`` is read."""
    papers = [i for i, t in enumerate(sent.tokens)
              if t.lemma in SERIES_NOUNS and t.pos in {"NOUN", "PROPN"}]
    if len(papers) > 1:
        sent = ensure_parsed(sent, models)
        papers = [i for i in papers if not nested_paper(sent, i)]
    return len(papers) == 1


def nested_paper(sent: Sentence, i: int) -> bool:
    """signers70 nested_paper: is the agreement noun at i part of the name of another
    agreement noun of the sentence, reached from it by nominal dependents only (``nmod``,
    ``NESTED_PAPER_RELATIONS``), so that an addendum, an extension or a renewal of a paper
    names one paper, not two: "дополнительное соглашение к договору о партнёрстве",
    "соглашение о пролонгации договора", "протокол о продлении срока действия
    меморандума" → the inner noun is nested. A paper joined by "и" (``conj``: "соглашение
    и меморандум") or the object of a verb of its own is not. Bounded by the sentence."""
    toks = sent.tokens
    k = i
    for _ in range(len(toks)):
        if toks[k].rel not in NESTED_PAPER_RELATIONS:
            return False
        k = toks[k].head
        if k < 0 or k == i:
            return False
        if toks[k].lemma in SERIES_NOUNS and toks[k].pos in {"NOUN", "PROPN"}:
            return True
        if toks[k].pos not in {"NOUN", "PROPN"}:
            return False
    return False


def _past_paper(sent: Sentence) -> bool:
    """fin53: does the sentence tell of another paper made before (``other_paper``, not
    ``told_ahead``)? A bare "документ" signed after it may be that paper, so no record
    before it stays open for ``later_pair_signers``: "Министерство и университет подписали
    соглашение. Губернатор утвердил региональную программу. Документ подписали министр X
    и ректор Y." → no signers (the guard ``aside_of_signing`` keeps for the next
    sentences; tidy54: both read ``signers.tells_other_paper``). Only a sentence with a past
    finite verb: a paper made, not one in force ("Программа действует с прошлого года")."""
    return any(t.feats.get("VerbForm") == "Fin" and t.feats.get("Tense") == "Past"
               for t in sent.tokens) and tells_other_paper(sent, made=True)


def later_pair_signers(analysis: Analysis, agreements: list[Agreement],
                       officials: list[Official], models: Models) -> None:
    """sig53 later_pair_signers: a signing told paragraphs after its record, of a paper
    told before (``bare_papers``: "документ", "под документом"), done (``_told_done``)
    and no record's own sentence, signs the one signed record before it, with no signer
    yet, whose sides its signers' bodies are, one signer to each side: "В пятницу
    заключено соглашение … Сторонами стали министерство и фонд «Опора». [a paragraph of
    the opening speech, one of the terms, one of the guests] Под документом расписались
    министр Анна Котова и директор фонда «Опора» Олег Лыков." → both. The walk
    back of ``later_side_signers`` stops at a person named in between; the bodies say
    here which record the pair signed. No record, or two, whose sides fit, give no one;
    nor does a signer already held by a record, nor a record whose own sentence names
    two papers ("соглашение и меморандум", ``_one_paper``). rev53: a record stays open
    LATER_PAIR_BREAKS paragraph breaks after its sentence; a pair told further on, in
    another story of the page, signs none. In place; one walk, each sentence read once.
    signers65: the paper may be called new ("Новый документ подписали министр X и
    президент фонда Y", ``_new_paper``) when the page recalls an older paper of the
    record's sides (``_new_against_older``: a mentioned record sharing a side with it): the
    new one is the open signed record. fixsigners65: the records with such an older paper
    are found once, before the walk."""
    sents = analysis.sentences
    if not sents or not officials:
        return
    told = _told_by_sentence(sents, agreements)
    held = [n for a in agreements for n in a.signatories]
    text = analysis.text
    opened: list[tuple[Agreement, int]] = []  # (record, breaks since its sentence)
    # fixsigners65: the records a "new" paper may sign, read once for the page
    against = {id(a) for a in agreements if _new_against_older(a, agreements)}
    for si, sent in enumerate(sents):
        if si:
            gap = "\n" in text[sents[si - 1].stop:sent.start]
            opened = [(a, b + gap) for a, b in opened if b + gap <= LATER_PAIR_BREAKS]
        if si in told:
            opened += [(a, 0) for a in told[si] if a.status == "signed" and
                       not a.signatories and len(a.parties) >= 2 and _one_paper(sent, models)]
            continue
        if opened and _past_paper(sent):
            opened = []  # "Губернатор утвердил программу.": "документ" may be that one
            continue
        before = [a for a, _ in opened if not a.signatories]
        if not before or not any(t.lemma in SIGNER_WORDS for t in sent.tokens):
            continue
        sent = ensure_parsed(sent, models)
        if side_phrase(sent) or not _told_done(sent):
            continue
        if not bare_papers(sent):
            # signers65: "Новый документ подписали X и Y" after an older paper recalled
            if not _new_paper(sent):
                continue
            before = [a for a in before if id(a) in against]
            if not before or not bare_papers(sent, new=True):
                continue
        found = _named_signers(analysis, sent, officials, models)
        if len(found) < 2 or any(same_person(f, h) for f in found for h in held):
            continue
        fits = []
        for a in before:
            sides = [p.name for p in a.parties]
            got = [_side_of(officials, f, sides) for f in found]
            if None not in got and len(set(got)) == len(found):
                fits.append(a)
        if len(fits) == 1:
            add_signers(fits[0], found)
            held.extend(found)


def likened_to_past(sent: Sentence) -> bool:
    """sig54: does the sentence liken its signing to a past one, a "как и" phrase hung on
    its signing verb that places itself in the past (``LIKENED_PAST_WORDS`` or a year's
    number): "Как и три года назад, подписи поставили министр Анна Котова и директор Олег
    Гусев" → yes; "Как и планировалось, документ подписали …" → no (no past time);
    "Подписи поставили министр и директор, как и положено" → no. Only from the parse: the
    subordinator "как" (``LIKENING_MARKS``) with "и" (``LIKENING_ALSO``) beside it marks a
    word hung on a verb of signing (``SIGNER_WORDS``, ``SIGNATURE_VERBS``), or on a word of
    its clause up to LIKENED_CLIMB heads below it, or left unattached under a root verb of
    signing: the parser may hang a fronted "в 2021 году" on the subject or on nothing ("Как
    и в 2021 году, подписи поставили министр …")."""
    toks = sent.tokens
    for k, t in enumerate(toks):
        if t.lemma not in LIKENING_MARKS or not 0 <= t.head < len(toks) or \
                not any(toks[c].lemma in LIKENING_ALSO for c in sent.children(t.head)):
            continue
        h = t.head
        up, climbed = toks[h].head, 0
        while 0 <= up < len(toks) and climbed < LIKENED_CLIMB and \
                toks[up].lemma not in SIGNER_WORDS | SIGNATURE_VERBS:
            up, climbed = toks[up].head, climbed + 1
        if not 0 <= up < len(toks):  # left unattached: the sentence's root stands for it
            up = next((j for j, x in enumerate(toks) if x.rel == "root"), -1)
        if up < 0 or toks[up].lemma not in SIGNER_WORDS | SIGNATURE_VERBS:
            continue
        if any(toks[j].lemma in LIKENED_PAST_WORDS or
               toks[j].text.isdigit() and len(toks[j].text) == 4
               for j in _likening_words(sent, k, up)):
            return True
    return False


def _likening_words(sent: Sentence, k: int, verb: int) -> list[int]:
    """fixsig54: the words of a "как и" phrase, read on from "как" (index ``k``) inside its
    head's subtree up to the first punctuation mark or the signing ``verb``. The subtree alone
    may hold the whole sentence: the parser hangs a date on the likened verb ("Как и
    договаривались, 12 мая 2024 года документ подписали министр …": "2024" is no past
    signing) or "как" on the signing verb itself; "Как и в 2021 году, подписи поставили …"
    keeps "2021". Linear in the sentence."""
    toks = sent.tokens
    inside = set(subtree(sent, toks[k].head))
    out: list[int] = []
    for j in range(k + 1, len(toks)):
        if j == verb or j not in inside or toks[j].rel == "punct":
            break
        out.append(j)
    return out


def _same_sides(a: Agreement, b: Agreement) -> bool:
    """sig54: do two records of two sides or more have the same sides, each side of one a
    side of the other (``party_identity.body_is_side``, either way)? "Министерство труда
    Энской области" and "фонд «Опора»" against "министерство труда Энской области" and
    "Благотворительный фонд «Опора»" → yes; against the ministry and "фонд «Заря»" → no."""
    if len(a.parties) < 2 or len(a.parties) != len(b.parties):
        return False
    return all(any(body_is_side(p.name, q.name) or body_is_side(q.name, p.name)
                   for q in b.parties) for p in a.parties)


def likened_signing_signers(analysis: Analysis, agreements: list[Agreement],
                            officials: list[Official], models: Models) -> None:
    """sig54 likened_signing_signers: a signing likened to a past one ("как и два года
    назад", ``likened_to_past``) says the same persons signed both papers: the new
    agreement and the old one it renews or replaces. Its signers, held by one record told
    up to LIKENED_REACH sentences before, sign too the one record of the same sides
    (``_same_sides``) told there with no signer, when one of the two is signed now and the
    other mentioned: "Министерство и фонд «Опора» подписали новое соглашение. Оно заменит
    договор, заключённый в 2021 году. Как и три года назад, подписи поставили министр Анна
    Котова и директор фонда Олег Гусев." → both to the new one and the old. Two records
    open, or none, give no one. In place; each sentence read once, the walk back bounded."""
    sents = analysis.sentences
    if not sents or not officials or len(agreements) < 2:
        return
    told = _told_by_sentence(sents, agreements)
    for si, sent in enumerate(sents):
        if not any(t.lemma in LIKENING_MARKS for t in sent.tokens) or \
                not any(t.lemma in SIGNER_WORDS for t in sent.tokens):
            continue
        sent = ensure_parsed(sent, models)
        if not likened_to_past(sent):
            continue
        found = _named_signers(analysis, sent, officials, models)
        if not found:
            continue
        near = [a for k in range(max(0, si - LIKENED_REACH), si + 1) for a in told.get(k, [])]
        holders = [a for a in near if a.status in {"signed", "mentioned"} and
                   all(any(same_person(f, n) for n in a.signatories) for f in found)]
        if len(holders) != 1:
            continue
        held = holders[0]
        open_ = [a for a in near if a is not held and not a.signatories and
                 {a.status, held.status} == {"signed", "mentioned"} and _same_sides(a, held)]
        if len(open_) == 1:
            add_signers(open_[0], found)


def represented_record_signers(analysis: Analysis, agreements: list[Agreement],
                               officials: list[Official], models: Models) -> None:
    """sig54 represented_record_signers: a signed or mentioned record with no signer whose
    own sentence names one paper (``_one_paper``) and its sides with their representatives
    in the legal formula "X в лице <post> <name>" (``signers.listed_represented_signers``)
    is signed by them: "Первым стало соглашение между администрацией района в лице главы
    Орлова Ивана Петровича и фондом «Опора» в лице директора Лыковой Анны Сергеевны." →
    Иван Петрович Орлов, Анна Сергеевна Лыкова (``candidate_signers._signer_name``: a name
    written surname first is read whole). The candidate rules read the formula in a
    signing sentence; a record whose status or sides were made later (an ordinal item of
    a count, "Первым стало соглашение …"; "Стороны соглашения — …") was not asked. A
    head who signs two of the page's agreements signs each; but when another record holds
    every one of them, this record is that signing told again (a signed record and its
    mention, "Стороны соглашения — …"), and they are not given twice. In place; one
    sentence per record."""
    sents = analysis.sentences
    if not sents or not officials:
        return
    for a in agreements:
        if a.status not in {"signed", "mentioned"} or a.signatories:
            continue
        si = sentence_at(sents, a.evidence.start)
        if si < 0 or not any(t.lemma in SERIES_NOUNS for t in sents[si].tokens):
            continue
        sent = ensure_parsed(sents[si], models)
        if not _one_paper(sent, models):
            continue
        names: list[str] = []
        for span in listed_represented_signers(analysis, sent):
            name = _signer_name(analysis, sent, span, officials, models)
            if name and not any(same_person(name, n) for n in names):
                names.append(name)
        if names and not any(b is not a and all(any(same_person(n, x) for x in b.signatories)
                                                for n in names) for b in agreements):
            add_signers(a, names)
