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
from soccoop.extract.candidate_signers import _named_signers, _signing_told
from soccoop.extract.lexicon import SERIES_NOUNS
from soccoop.extract.lexicon_sides import SIDE_WORD_PREPOSITIONS
from soccoop.extract.lexicon_signers import (
    BARE_PAPER_RELATIONS,
    LATER_SIDE_BREAKS,
    LATER_SIDE_REACH,
    SIDE_FROM_PREPOSITIONS,
    SIDE_NOUN,
    SIGNER_WORDS,
)
from soccoop.extract.nlp import Analysis, Models, Sentence, Token, sentence_at
from soccoop.extract.person_names import add_signers, same_surname
from soccoop.extract.signer_groups import _several_papers, _word_stems
from soccoop.extract.signers import persons_in
from soccoop.extract.syntax import ensure_parsed, subtree
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


def bare_papers(sent: Sentence) -> bool:
    """Does every agreement noun of the sentence stand for one agreement told before: in the
    singular, with no word of its own but a determiner or a preposition ("документ
    подписал", "этот договор", "присоединившегося к соглашению"), not "соглашение с
    фондом", "новый договор" nor "все три документа" (``signer_groups._several_papers``)?"""
    toks = sent.tokens
    if _several_papers(sent):
        return False
    for i, t in enumerate(toks):
        if t.lemma not in SERIES_NOUNS or t.pos not in {"NOUN", "PROPN"}:
            continue
        if t.feats.get("Number") == "Plur" or any(
                toks[c].rel not in BARE_PAPER_RELATIONS for c in sent.children(i)):
            return False
    return True


def later_side_sentence(sent: Sentence) -> bool:
    """sig50: a side's signing told on its own: a side phrase (``side_phrase``), a signing
    told done (``candidate_signers._signing_told``: "подписал", "подпись поставил",
    "подписывал", no plan nor future) and no agreement of its own (``bare_papers``): "Со
    стороны фонда документ подписал директор Олег Котов", "Подпись от компании поставил
    её директор"."""
    return any(t.lemma in SIGNER_WORDS for t in sent.tokens) and side_phrase(sent) and \
        _signing_told(sent) and bare_papers(sent)


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
                  signed: list[Agreement], models: Models) -> Agreement | None:
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
    участников. Со стороны фонда документ подписал ..." may tell another signing)."""
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
        if persons_in(analysis, sents[k]):
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
        target = _story_record(analysis, si, told, signed, models)
        if target is None:
            continue
        add_signers(target, found)
        held.extend(found)
