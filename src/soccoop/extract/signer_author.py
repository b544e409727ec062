"""sig45: a page's author who tells her own signing with the subject left out.

A channel's post or a column headed by its author's name ("Анна Котова | Минтруд
области") tells the author's own acts without "я": "Сегодня подписала соглашение с
фондом «Опора»", "Вчера в Твери подписали с главой района Олегом Зуевым соглашение о
сотрудничестве". The author is a signer of that agreement when the header names her
(``signers.page_author`` or, a header masked as page chrome, ``signers.masked_author``)
and the signing clause (``unsaid_author_signing``) has no subject of its own and either
agrees with her in gender ("подписала" of a woman), is in the first person singular
("подписываю"), or, in the plural, signs with a person named by "с" (the author and that
partner: "подписали с губернатором ...": only a named partner says the author was one of
"мы"; "подписали соглашение с министерством" alone may be the author's body, or anyone).
Not when the sentence before it in the same paragraph names a person, who may be the
subject left out ("Губернатор Олег Зуев открыл форум. Затем подписал соглашение"). Only
from the parse; linear in the sentence's tokens (the sentence before and whether it names
a person are read from an index built once per document).
"""

from __future__ import annotations

from bisect import bisect_left

from soccoop.extract.lexicon_signer_shapes import PARTNER_PREPOSITIONS
from soccoop.extract.lexicon_signers import (
    AUTHOR_GENDERS,
    ELLIPSIS_DASHES,
    QUOTE_MARKS,
    SIGNING_HEADS,
    SUBJECT_RELATIONS,
    TOGETHER_WORDS,
)
from soccoop.extract.nlp import Analysis, Models, Sentence, sentence_starts
from soccoop.extract.signers import (
    item_number,
    past_plural_as_converb,
    sentences_naming_person,
    we_signings,
)


def author_gender(name: str, models: Models) -> str | None:
    """The gender of a person's name as a verb's Gender feature, read from the first
    name's dictionary entries as a first name: "Анна Котова" → "Fem" (as in "подписала"),
    "Олег Зуев" → "Masc"; None when they disagree or the first word is no known first
    name. sig52: a name written with initials ("Т.Г. Намсараев", "И.И. Котова") gives no
    first name: its surname's nominative readings as a surname give the gender when they
    agree ("Намсараев" → "Masc"; "Кравченко", of both, → None)."""
    words = name.split()
    if not words:
        return None
    genders = {AUTHOR_GENDERS.get(str(p.tag.gender)) for p in models.parse(words[0])
               if "Name" in p.tag}
    if not genders and "." in words[0]:
        genders = {AUTHOR_GENDERS.get(str(p.tag.gender)) for p in models.parse(words[-1])
                   if "Surn" in p.tag and "nomn" in p.tag}
    genders.discard(None)
    return genders.pop() if len(genders) == 1 else None


def _with_partner_person(sent: Sentence, v: int) -> bool:
    """Does a person in the instrumental with "с" hang on the verb ("подписали с
    губернатором области Петром Ивановым")?"""
    toks = sent.tokens
    # r61sig: or on "вместе"/"совместно" under it ("подписали вместе с директором X")
    hosts = {v} | {c for c in sent.children(v) if toks[c].lemma in TOGETHER_WORDS}
    return any(t.head in hosts and t.feats.get("Case") == "Ins" and
               (t.feats.get("Animacy") == "Anim" or t.pos == "PROPN") and
               any(toks[c].rel == "case" and toks[c].lemma in PARTNER_PREPOSITIONS
                   for c in sent.children(k))
               for k, t in enumerate(toks))


def _subjectless(sent: Sentence, v: int) -> bool:
    """Has the verb no subject of its own (a list item's number, which the parser may
    hang on it as one, is none: ``signers.item_number``)?"""
    return not any(sent.tokens[c].rel in SUBJECT_RELATIONS and not item_number(sent, c)
                   for c in sent.children(v))


def _quoted_at(sent: Sentence, offset: int) -> bool:
    """Is the offset inside a quotation of the sentence: more guillemets opened than closed
    before it, or an odd number of other quote marks ("«Подписала соглашение», — сказала
    она" is hers)? A «quoted» name closed before it ("с фондом «Опора»") is none."""
    before = sent.text[:offset - sent.start]
    if before.count("«") > before.count("»"):
        return True
    return sum(before.count(q) for q in QUOTE_MARKS - {"«", "»"}) % 2 == 1


def unsaid_author_signing(sent: Sentence, gender: str | None) -> bool:
    """sig45 unsaid_author_signing: does the sentence tell the author's own signing with
    no subject? A finite active signing verb heading the sentence (its root, or a verb
    coordinated with a root that has no subject either) with no subject, in the past
    singular of the author's gender ("Сегодня подписала соглашение с фондом", of "Анна
    Котова"), in the first person singular ("подписываю"), or in the past or first
    person plural with a person named by "с" under it ("Накануне подписали с главой
    района Олегом Зуевым соглашение"). Not in a quotation nor in a line opening with a
    dash (someone else's words)."""
    if not sent.parsed or sent.text.lstrip()[:1] in ELLIPSIS_DASHES:
        return False
    toks = sent.tokens
    for v, t in enumerate(toks):
        converb = past_plural_as_converb(t)  # r61sig: "Подписали ..." read as a converb
        if t.lemma not in SIGNING_HEADS or t.pos != "VERB" or \
                t.feats.get("VerbForm") != "Fin" and not converb \
                or t.feats.get("Voice") == "Pass" or not _subjectless(sent, v) or \
                _quoted_at(sent, t.start):
            continue
        if t.rel != "root" and not (t.rel == "conj" and 0 <= t.head < len(toks) and
                                    toks[t.head].rel == "root" and _subjectless(sent, t.head)):
            continue
        number, person = ("Plur", None) if converb else (t.feats.get("Number"),
                                                         t.feats.get("Person"))
        if number == "Sing" and (person == "1" or gender is not None and
                                 t.feats.get("Gender") == gender and person is None):
            return True
        if number == "Plur" and person in {None, "1"} and _with_partner_person(sent, v):
            return True
    return False


def we_signing_told(sent: Sentence) -> bool:
    """r61sig: does the sentence tell a signing by "мы" or by a plural verb with no subject
    at all (``signers.we_signings``), outside a quotation and not in a line opening with a
    dash: "Вчера мы подписали соглашение с министерством соседней области", "Сегодня
    подписали соглашение между администрацией района и фондом"?"""
    if not sent.parsed or sent.text.lstrip()[:1] in ELLIPSIS_DASHES:
        return False
    return any(not _quoted_at(sent, sent.tokens[v].start) for v in we_signings(sent))


def person_told_before(analysis: Analysis, sent: Sentence) -> bool:
    """Does the sentence before this one, in the same paragraph, name a person (who may be
    the subject the signing clause leaves out): "Губернатор Олег Зуев открыл форум.
    Затем подписал соглашение" → yes? sig46: read from the document's sentence starts and
    the set of sentences naming a person, both built once per document (not a scan of
    the page from its start on every call)."""
    k = bisect_left(sentence_starts(analysis.sentences), sent.start) - 1
    if k < 0:
        return False
    prev = analysis.sentences[k]
    if "\n" in analysis.text[prev.stop:sent.start]:
        return False
    return k in sentences_naming_person(analysis)
