"""Agreements: what was signed, planned or referred to, between whom, by whom, when.

Each mention of an agreement noun (соглашение, меморандум, договор о ...) in a sentence is a
candidate with a status read from its clause, parties (organisation and region phrases tied
to it by "между X и Y", "с X", a genitive after the noun, or the signatories'
organisations), signatories (named persons in a signing clause) and a date (a date stated in
the same sentence). Candidates that speak of the same agreement (compatible subject, parties
and date) are merged, so a document yields each agreement once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from soccoop import isodate
from soccoop.extract.nlp import Analysis, Models, NerSpan, Sentence, Token
from soccoop.extract.normalize import (
    expand_abbreviations,
    ministry_abbreviation,
    nominative_phrase,
)
from soccoop.models import Agreement, DateRef, Evidence, Official, Party, RegionRef

TRIGGERS = {"соглашение", "меморандум", "договор", "договорённость", "договоренность"}
# "договор" alone is often a lease or a labour contract: require "о ..." after it.
NEEDS_OBJECT = {"договор", "договорённость", "договоренность"}
SIGN_VERBS = {"подписать", "подписывать", "подписываться", "заключить", "заключать",
              "заключаться", "подписание", "заключение", "подпись"}
PLAN_WORDS = {"проект", "планироваться", "планировать", "намереваться", "намерен",
              "предстоять", "подготовить", "подготовка", "обсуждаться", "обсуждать",
              "разработать", "разработка", "согласовать", "согласование", "готовиться",
              "будущий", "возможный", "собираться", "рассчитывать", "запланировать",
              "предполагаться", "намечаться", "наметить", "готовить"}
# "X и Y договорились подготовить соглашение": verbs whose subjects are the parties
SUBJECT_VERBS = SIGN_VERBS | {"договориться", "договариваться", "планировать", "намереваться",
                              "собираться", "готовиться", "намерен", "готовить",
                              "подготовить"}
# "удалось подписать": an infinitive of signing that reports a signing
ACHIEVED = {"удаться", "успеть", "смочь"}
# "прийти к соглашению": to come to terms, not an agreement document
IDIOM_VERBS = {"прийти", "приходить"}
FRAME_WORDS = {"рамка"}  # "в рамках соглашения": a reference, not a report of signing
QUANTITY = {"много", "несколько", "порядок", "ряд", "десяток", "множество", "около",
            "свыше", "более"}
GENERIC_SUBJECT = {"сотрудничество", "сторона", "область", "сфера", "о", "в", "и", "между",
                   "взаимодействие", "соглашение", "по", "на", "с", "со", "а", "также",
                   "видеосвязь", "видеоконференция", "режим", "формат", "онлайн", "онлайна"}
COOP_WORDS = {"сотрудничать", "сотрудничество", "соглашение", "взаимодействие",
              "взаимодействовать", "партнёрство", "партнерство", "меморандум",
              "объединить", "объединять", "вместе", "совместно", "совместный", "договориться",
              "подписать", "договор"}
from soccoop.models import STATUS_RANK  # noqa: E402


@dataclass
class _Party:
    name: str
    regions: list[str]
    start: int
    stop: int


@dataclass
class _Candidate:
    sentence: Sentence
    trigger: Token
    status: str
    title: str
    subject_key: set[str]
    parties: list[_Party]
    signatories: list[str]
    date: str | None
    plural_generic: bool = False
    planned_signing: bool = False  # "планируем подписать ...": a signing still to come


@dataclass
class _Merged:
    candidates: list[_Candidate] = field(default_factory=list)

    @property
    def status(self) -> str:
        return max((c.status for c in self.candidates), key=STATUS_RANK.__getitem__)

    @property
    def subject_key(self) -> set[str]:
        out: set[str] = set()
        for c in self.candidates:
            out |= c.subject_key
        return out

    @property
    def parties(self) -> list[_Party]:
        seen: dict[str, _Party] = {}
        for c in self.candidates:
            for p in c.parties:
                key = _party_key(p)
                if key not in seen:
                    seen[key] = p
        return list(seen.values())

    @property
    def date(self) -> str | None:
        date: str | None = None
        for c in self.candidates:
            if c.date and isodate.compatible(date, c.date):
                date = isodate.merge(date, c.date)
        return date

    @property
    def last(self) -> int:
        return max(c.trigger.start for c in self.candidates)


def _party_key(p: _Party) -> str:
    words = re.findall(r"\w+", p.name.lower())
    return " ".join(w[:5] for w in words[:2]) + "|" + ",".join(sorted(p.regions))


def _region_at(regions: list[RegionRef], start: int, stop: int) -> list[str]:
    codes = []
    for r in regions:
        if any(start <= m.start and m.end <= stop for m in r.mentions):
            codes.append(r.code)
    return codes


def _spans_in(analysis: Analysis, sent: Sentence) -> list[NerSpan]:
    return [s for s in analysis.spans if sent.start <= s.start and s.stop <= sent.stop]


def _token_index(sent: Sentence, offset: int) -> int:
    for i, t in enumerate(sent.tokens):
        if t.start >= offset:
            return i
    return len(sent.tokens)


def _is_gen(tok: Token) -> bool:
    return tok.feats.get("Case") == "Gen"


def _extend_party(sent: Sentence, i: int, j: int, spans: list[NerSpan]) -> int:
    """Grow a name phrase [i, j) over the genitive words and names that depend on it."""
    toks = sent.tokens
    while j < len(toks):
        t = toks[j]
        in_span = next((s for s in spans if s.start <= t.start < s.stop), None)
        if in_span is not None and in_span.type in {"LOC", "ORG"}:
            j = _token_index(sent, in_span.stop)
            continue
        if t.pos in {"NOUN", "PROPN", "ADJ"} and (_is_gen(t) or t.text.isupper()):
            j += 1
            continue
        if t.text in {"-", "—", "–"} and j + 1 < len(toks) and toks[j + 1].text[:1].isupper():
            j += 1
            continue
        if t.lemma == "по" and j + 1 < len(toks) and toks[j + 1].feats.get("Case") == "Dat":
            # "Отделение Социального фонда России по Курской области": part of the name
            nxt = next((s for s in spans if s.start <= toks[j + 1].start < s.stop), None)
            if nxt is not None and nxt.type == "LOC":
                j = _token_index(sent, nxt.stop)
                continue
        break
    return j


ORG_HEADS = {"администрация", "правительство", "министерство", "департамент", "мэрия",
             "управление", "комитет", "агентство", "служба", "центр", "учреждение", "фонд",
             "институт", "университет", "совет", "собрание", "дума", "отделение", "город",
             "облисполком", "исполком", "горисполком", "академия", "колледж"}


def _org_head_before(sent: Sentence, i: int, spans: list[NerSpan]) -> int:
    """"министерством социальной защиты населения [Запорожской области]": the body's head
    noun a few dependent words before a region name (the NER often tags only the region).

    Only for a genitive name; walks back over dependent words ("труда и социального
    развития", "по труду и занятости населения") to an ORG_HEADS noun, never across another
    name, punctuation or a verb. An "и" right before the name joins two parties, not
    two words of one name ("министерством труда и Краснодарским краем").
    """
    toks = sent.tokens
    if i == 0 or toks[i].feats.get("Case") != "Gen" or toks[i - 1].lemma == "и":
        return i
    j = i - 1
    while j >= 0 and i - j <= 10:
        t = toks[j]
        if any(sp.start <= t.start < sp.stop for sp in spans):
            return i
        if t.lemma in ORG_HEADS and t.pos in {"NOUN", "PROPN"}:
            return j
        if not ((t.lemma == "и" and t.pos == "CCONJ") or (t.lemma == "по" and t.pos == "ADP")
                or (t.text == "," and i - j > 1)  # "по труду, занятости и ..."
                or (t.pos in {"NOUN", "ADJ", "PROPN"} and t.feats.get("Case") != "Nom")):
            return i
        j -= 1
    return i


def _phrase_start(sent: Sentence, i: int, spans: list[NerSpan] | None = None) -> int:
    """Include what governs a name span: "администрацией Луганска", "столичного Департамента"."""
    toks = sent.tokens
    if i > 0 and (toks[i - 1].lemma in ORG_HEADS or ministry_abbreviation(toks[i - 1].text)) \
            and toks[i].feats.get("Case") == "Gen":
        i -= 1
    else:
        i = _org_head_before(sent, i, spans or [])
    while i > 0 and toks[i - 1].pos == "ADJ" and toks[i].pos in {"ADJ", "NOUN", "PROPN"}:
        i -= 1
    return i


def _parties_in(
    analysis: Analysis, models: Models, sent: Sentence, lo: int, hi: int,
    regions: list[RegionRef],
) -> list[_Party]:
    """Organisation and region phrases between token indexes lo and hi of a sentence."""
    spans = [s for s in _spans_in(analysis, sent) if s.type in {"ORG", "LOC"}]
    toks = sent.tokens
    out: list[_Party] = []
    quoted = _quoted_parties(analysis, models, sent, lo, hi, regions)
    covered = -1
    for s in spans:
        i = _token_index(sent, s.start)
        if i < lo or i >= hi or i < covered:
            continue
        if any(q.start <= s.start < q.stop for q in quoted):
            continue
        i = _phrase_start(sent, i, spans)
        j = _extend_party(sent, _token_index(sent, s.stop), _token_index(sent, s.stop), spans)
        covered = j
        start, stop = toks[i].start, toks[j - 1].stop
        codes = _region_at(regions, start, stop)
        if s.type == "LOC" and not codes:
            continue  # a place that is no federal subject (a foreign country, a street)
        full = ministry_abbreviation(toks[i].text)
        if full is not None:  # "Минтруд Чувашии": the rest stays as written
            name = full + analysis.text[toks[i].stop:stop]
        else:
            name = nominative_phrase(models, toks[i:j], analysis.text)
        if s.type == "LOC" and codes and i == _token_index(sent, s.start) and \
                _token_index(sent, s.stop) == j and full is None:
            region = next(r for r in regions if r.code == codes[0])
            name = region.name
        out.append(_Party(name, codes, start, stop))
    return sorted(out + quoted, key=lambda p: p.start)


def _quoted_parties(
    analysis: Analysis, models: Models, sent: Sentence, lo: int, hi: int,
    regions: list[RegionRef],
) -> list[_Party]:
    """"государственный фонд поддержки ... «Защитники Отечества»": a body whose name ends in
    a quoted name, from its head noun (within a few dependent words) to the closing quote."""
    toks = sent.tokens
    out: list[_Party] = []
    for o in range(max(lo, 1), hi):
        if toks[o].text != "«":
            continue
        close = _quoted_name_close(sent, o)
        if close is None:
            continue
        h = o - 1
        while h >= 0 and o - h <= 8 and toks[h].lemma not in ORG_HEADS:
            t = toks[h]
            if not (t.pos in {"NOUN", "ADJ", "PROPN"} and t.feats.get("Case") != "Nom"):
                h = -1
                break
            h -= 1
        if h < 0 or o - h > 8 or h < lo:
            continue
        while h > lo and toks[h - 1].pos == "ADJ":
            h -= 1
        start, stop = toks[h].start, toks[close].stop
        name = nominative_phrase(models, toks[h:close + 1], analysis.text)
        out.append(_Party(name, _region_at(regions, start, stop), start, stop))
    return out


def _clause_bounds(sent: Sentence, k: int) -> tuple[int, int]:
    """Token range around the trigger up to the next sentence-level break."""
    toks = sent.tokens
    breaks = {";", "«", "»", "\"", "(", ")"}
    lo = k
    while lo > 0 and toks[lo - 1].text not in breaks:
        lo -= 1
        if lo > 0 and toks[lo - 1].text == "»":
            opening = _quoted_name_open(sent, lo - 1)
            if opening is not None:
                lo = opening  # "фонд «Защитники Отечества» и ...": a name, not a quote
    hi = k + 1
    while hi < len(toks) and toks[hi].text not in breaks:
        hi += 1
        if hi < len(toks) and toks[hi].text == "«":
            closing = _quoted_name_close(sent, hi)
            if closing is not None:
                hi = closing + 1
    return lo, hi


def _is_quoted_name(toks: list[Token]) -> bool:
    """A few capitalised words with no verb between « and »: a name ("Защитники
    Отечества", "Семья"), not a quotation."""
    return 0 < len(toks) <= 6 and toks[0].text[:1].isupper() and \
        not any(t.pos in {"VERB", "AUX"} or t.text in {".", "!", "?", ",", "—"} for t in toks)


def _quoted_name_open(sent: Sentence, close: int) -> int | None:
    toks = sent.tokens
    for o in range(close - 1, max(-1, close - 8), -1):
        if toks[o].text == "«":
            return o if _is_quoted_name(toks[o + 1:close]) else None
        if toks[o].text in {"»", "\""}:
            return None
    return None


def _quoted_name_close(sent: Sentence, opening: int) -> int | None:
    toks = sent.tokens
    for c in range(opening + 1, min(len(toks), opening + 8)):
        if toks[c].text == "»":
            return c if _is_quoted_name(toks[opening + 1:c]) else None
        if toks[c].text in {"«", "\""}:
            return None
    return None


def _status(sent: Sentence, k: int, date: str | None, published: str | None) -> str:
    toks = sent.tokens
    lo, hi = _clause_bounds(sent, k)
    lemmas = [t.lemma for t in toks[lo:hi]]
    window = lemmas[max(0, k - lo - 4): k - lo]
    if any(w in PLAN_WORDS for w in window):
        return "planned"
    if any(w in FRAME_WORDS for w in window):
        return "mentioned"
    if _negated_signing(toks[lo:hi]):
        return "mentioned"  # "подписание ... так и не состоялось"
    # "договор ... в области подготовки кадров": words of the agreement's own name
    named = range(k + 1, _title_end(sent, k))
    clause = [t for i, t in enumerate(toks[lo:hi], lo) if i not in named]
    verbs = [t for t in toks[lo:hi] if t.lemma in SIGN_VERBS]
    future = any(t.lemma in {"быть"} and t.feats.get("Tense") == "Fut" for t in toks[lo:hi])
    plan = any(t.lemma in PLAN_WORDS for t in clause)
    if (future or plan) and verbs:
        return "planned"
    old = date is not None and _older_than_publication(date, published)
    finite = [t for t in verbs if t.pos in {"VERB", "AUX"} and
              t.feats.get("VerbForm") not in {"Part", "Inf"} and t.lemma not in {"подпись"}]
    infinitive = [t for t in verbs if t.feats.get("VerbForm") == "Inf"]
    if infinitive and any(t.lemma in ACHIEVED for t in toks[lo:hi]):
        finite = infinitive  # "удалось подписать"
    elif infinitive and not finite:
        return "planned"  # "подписать соглашение стороны рассчитывают до конца года"
    short_part = [t for t in verbs if t.feats.get("VerbForm") == "Part" and
                  t.feats.get("Variant") == "Short"]
    if (finite or short_part) and not old:
        return "signed"
    if any(t.lemma == "подписание" for t in toks[lo:hi]) and not old:
        return "signed"
    return "mentioned"


NEGATED_EVENTS = {"состояться", "подписать", "заключить", "пройти", "подписывать"}


def _negated_signing(toks: list[Token]) -> bool:
    """"так и не было подписано", "не состоялось": a signing that did not happen."""
    for i, t in enumerate(toks):
        if t.lemma in NEGATED_EVENTS and any(x.lemma == "не" for x in toks[max(0, i - 3):i]):
            return True
    return False


def _older_than_publication(date: str, published: str | None) -> bool:
    """A signing dated by year alone, or in an earlier year than publication, is history."""
    y, mo, _ = isodate.parts(date)
    if y is not None and mo is None:
        return True
    py = isodate.parts(published)[0] if published else None
    return bool(y and py and int(y) < int(py))


def _title(models: Models, sent: Sentence, k: int, analysis: Analysis) -> tuple[str, set[str]]:
    toks = sent.tokens
    j = _title_end(sent, k)
    words = [toks[k]] + toks[k + 1:j]
    title = nominative_phrase(models, words, analysis.text)
    key = {t.lemma for t in toks[k + 1:j] if t.pos in {"NOUN", "ADJ"}} - GENERIC_SUBJECT
    return title, key


def _title_end(sent: Sentence, k: int) -> int:
    """End of the agreement's name: "Соглашение о сотрудничестве в области ..."."""
    toks = sent.tokens
    j = k + 1
    while j < len(toks):
        t = toks[j]
        if t.text in {",", ";", ".", "(", ")", "«", "»", ":"} or t.lemma == "между" or \
                t.pos in {"VERB", "AUX"} or (t.pos == "ADP" and t.lemma == "с"):
            break
        if t.pos == "ADP" and t.lemma not in {"о", "в", "по", "об"}:
            break
        if t.feats.get("Case") == "Nom" and t.pos in {"NOUN", "ADJ", "PROPN"}:
            break  # the clause's subject, not the agreement's name
        if t.feats.get("Case") == "Gen" and j > k + 1 and toks[j - 1].lemma in \
                {"сотрудничество", "взаимодействие", "партнёрство", "партнерство"} and \
                (t.text[:1].isupper() or t.pos == "ADJ" and j + 1 < len(toks) and
                 toks[j + 1].text[:1].isupper()):
            break  # "о сотрудничестве Департамента ...": a party, not the subject
        j += 1
    return j


def _persons(analysis: Analysis, sent: Sentence) -> list[NerSpan]:
    return [s for s in _spans_in(analysis, sent) if s.type == "PER"]


def _surname(name: str) -> str:
    parts = re.findall(r"[А-ЯЁA-Z][а-яёa-z\-]+", name)
    return parts[-1][:5].lower() if parts else name.lower()[:5]


def _add_bodies(
    parties: list[_Party], bodies: list[_Party], regions: list[RegionRef]
) -> list[_Party]:
    """Bodies not yet among the parties; a bare region only when no party is from it."""
    names = {r.name for r in regions}
    out = list(parties)
    for b in bodies:
        keys = {_party_key(p) for p in out}
        covered = {c for p in out for c in p.regions}
        if _party_key(b) in keys or (b.name in names and set(b.regions) <= covered):
            continue
        out.append(b)
    return out


def _signatories(
    analysis: Analysis, sent: Sentence, next_sent: Sentence | None, officials: list[Official]
) -> tuple[list[str], Sentence | None]:
    """Named persons of a signing clause, in the trigger sentence or a following one, and
    the sentence that names them."""
    candidates: list[NerSpan] = []
    where: Sentence | None = None
    for s in (sent, next_sent):
        if s is None:
            continue
        if not any(t.lemma in {"подписать", "подпись", "подписывать", "заключить"}
                   for t in s.tokens):
            continue
        candidates = _persons(analysis, s)
        if candidates:
            where = s
            break
    if where is sent and next_sent is not None and _more_signers(next_sent):
        # "С узбекской стороны документ подписал заместитель министра Бехзод Мусаев"
        candidates += [p for p in _persons(analysis, next_sent) if not _reporter(next_sent, p)]
    names: list[str] = []
    for span in candidates:
        if where is not None and _reporter(where, span):
            continue
        name = _official_name(span, officials) or _nominative_person(analysis, span)
        if name and name not in names:
            names.append(name)
    return names, where


REPORT_VERBS = {"сообщить", "рассказать", "отметить", "заявить", "пояснить", "подчеркнуть",
                "уточнить", "добавить", "сказать", "сообщать", "рассказывать", "отмечать",
                "заявлять", "подчёркивать", "подчеркивать", "напомнить", "информировать"}


def _more_signers(sent: Sentence) -> bool:
    """A sentence after a named signing that names the other side's signer: "С ... стороны
    документ подписал ...", "Документ также подписал ..."."""
    lemmas = [t.lemma for t in sent.tokens]
    if not {"подписать", "подписывать", "подпись", "заключить"} & set(lemmas):
        return False
    return "сторона" in lemmas[:6] or bool({"документ", "также"} & set(lemmas[:4]))


def _reporter(sent: Sentence, span: NerSpan) -> bool:
    """"..., сообщила министр ... Алла Елизарова": the subject of a reporting verb only
    told of the signing. Also "по словам X"."""
    toks = sent.tokens
    i = _token_index(sent, span.start)
    j = i - 1
    while j >= 0 and toks[j].text not in {",", "—", "–", ".", ";", ":", "«", "»"}:
        if toks[j].lemma in REPORT_VERBS:
            return True
        if toks[j].lemma in SIGN_VERBS:
            return False
        j -= 1
    return i >= 2 and toks[i - 1].lemma == "слово" and toks[i - 2].lemma == "по"


def _nominative_person(analysis: Analysis, span: NerSpan) -> str | None:
    """A full name that is the subject of the signing ("... подписали Ирина Колосова, ...")
    is a signatory even when no position was recognised for it."""
    toks = [t for sent in analysis.sentences if sent.start <= span.start < sent.stop
            for t in sent.tokens if span.start <= t.start < span.stop]
    words = [t for t in toks if t.text[:1].isupper() and t.text.isalpha()]
    if len(words) < 2 or len(words) != len(toks):
        return None
    if not all(t.feats.get("Case") == "Nom" for t in toks):
        return None
    return " ".join(t.text for t in toks)


def _official_name(span: NerSpan, officials: list[Official]) -> str | None:
    """The official a PER mention refers to: same surname, else the phrase containing it."""
    key = _surname(span.text)
    for o in officials:
        if _surname(o.name) == key:
            return o.name
    for o in officials:
        if o.evidence.start <= span.start and span.stop <= o.evidence.end:
            return o.name
    return None


def _sentence_date(sent: Sentence, dates: list[DateRef], k: int | None = None) -> str | None:
    inside = [d for d in dates if sent.start <= d.start and d.end <= sent.stop and d.value]
    if k is not None:
        # "дополнительное соглашение к соглашению от 15.03.2021": a date after "от" dates
        # the agreement noun just before it, not an earlier one in the sentence
        inside = [d for d in inside if not _dates_other(sent, k, d)]
    inside.sort(key=lambda d: (d.relative, d.start))
    return inside[0].value if inside else None


EVENT_NOUNS = {"документ", "церемония", "подписание", "соглашение", "меморандум"}
EVENT_VERBS = {"подписать", "пройти", "состояться", "проходить", "подписание"}


def _event_date(sent: Sentence, dates: list[DateRef]) -> str | None:
    """"Документ подписан 3 октября в Пензе", "Церемония прошла 11 апреля": the sentence
    after a report of signing that dates the signing itself."""
    lemmas = {t.lemma for t in sent.tokens[:8]}
    if not (lemmas & EVENT_NOUNS and {t.lemma for t in sent.tokens} & EVENT_VERBS):
        return None
    return _sentence_date(sent, dates)


def _dates_other(sent: Sentence, k: int, d: DateRef) -> bool:
    """Is d an "от"-date of another agreement noun than the one at k?"""
    i = _token_index(sent, d.start)
    if i <= 0 or sent.tokens[i - 1].lemma != "от":
        return False
    owner = max((j for j in range(i) if sent.tokens[j].lemma in TRIGGERS), default=None)
    return owner is not None and owner != k


def _candidates(
    analysis: Analysis, models: Models, regions: list[RegionRef],
    officials: list[Official], dates: list[DateRef], published: str | None,
) -> list[_Candidate]:
    out: list[_Candidate] = []
    sents = analysis.sentences
    for si, sent in enumerate(sents):
        toks = sent.tokens
        for k, tok in enumerate(toks):
            if tok.lemma not in TRIGGERS or tok.pos not in {"NOUN", "PROPN"}:
                continue
            if tok.lemma in NEEDS_OBJECT and not (k + 1 < len(toks) and
                                                  toks[k + 1].lemma in {"о", "об"}):
                continue
            if k >= 2 and toks[k - 1].lemma == "к" and toks[k - 2].lemma in IDIOM_VERBS:
                continue  # "пришли к соглашению, что ...": agreed, no document
            plural = tok.feats.get("Number") == "Plur"
            generic = plural and any(t.lemma in QUANTITY or t.pos == "NUM"
                                     for t in toks[max(0, k - 4):k])
            date = _sentence_date(sent, dates, k)
            status = _status(sent, k, date, published)
            prev = out[-1] if out and out[-1].sentence is sent else None
            referred = (prev is not None and k >= 1 and toks[k - 1].lemma == "к" and
                        0 < k - _token_index(sent, prev.trigger.start) <= 4)
            title, key = _title(models, sent, k, analysis)
            lo, hi = _clause_bounds(sent, k)
            parties = _linked_parties(analysis, models, sent, k, lo, hi, regions)
            if not parties and si > 0 and _sides_subject(sent, lo, hi):
                parties = _previous_sides(analysis, models, sents[si - 1], regions)
            if not parties and status == "mentioned" and not referred:
                # "X и Y уже сотрудничают: соответствующее соглашение заключено в 2017 году"
                parties = _previous_sides(analysis, models, sent, regions)
            nxt = sents[si + 1] if si + 1 < len(sents) else None
            if date is None and status == "signed":
                # "Документ подписан 3 октября": one of the next two sentences dates it
                for later in sents[si + 1:si + 3]:
                    date = _event_date(later, dates)
                    if date is not None:
                        break
            signers, where = (_signatories(analysis, sent, nxt, officials)
                              if status == "signed" else ([], None))
            speaker = _speaker(analysis, sent, officials) if _first_person(sent, lo, hi) \
                else None
            if speaker is not None:
                # "мы подписали соглашение с ...", said by an official: the speaker's body
                own = _Party(speaker.organization or "", [speaker.region] if speaker.region
                             else [], speaker.evidence.start, speaker.evidence.end)
                if own.name and _party_key(own) not in {_party_key(p) for p in parties}:
                    parties = [own] + parties
                if where is not None and any(t.text.lower() == "я" for t in where.tokens) \
                        and speaker.name not in signers:
                    signers = [speaker.name] + signers  # "его подписывали я и министр ..."
            if signers and not parties:
                parties = _signer_parties(signers, officials, regions)
                if len(parties) < len(signers) and where is not None:
                    # "министр X Иванов и ректор Y Петров подписали": the bodies named with
                    # signers whose position was not recognised
                    skip = (k, _title_end(sent, k)) if where is sent else (0, 0)
                    parties = _add_bodies(parties, _signers_bodies(
                        analysis, models, where, regions, skip), regions)
            elif signers and len(parties) == 1:
                # "министр X Иванова подписала соглашение с министерством Y": X's body too
                parties = _add_bodies(parties, _signer_parties(signers, officials, regions),
                                      regions)
            if referred and prev is not None and not parties:
                # "дополнительное соглашение к соглашению ...": the same sides
                status, parties = "mentioned", list(prev.parties)
            if len(parties) == 1:
                # "министр X рассказала, что ведомство готовит соглашение с Y": X's body
                own_body = _reporter_body(analysis, sent, lo, k, officials)
                if own_body is not None and \
                        _party_key(own_body) not in {_party_key(p) for p in parties}:
                    parties = [own_body] + parties
            signing = status == "planned" and any(t.lemma in SIGN_VERBS for t in toks[lo:hi])
            out.append(_Candidate(sent, tok, status, title, key, parties, signers, date,
                                  generic, signing))
    return out


ANAPHORIC_BODIES = {"ведомство", "министерство", "департамент", "комитет", "управление"}


def _reporter_body(
    analysis: Analysis, sent: Sentence, lo: int, k: int, officials: list[Official]
) -> _Party | None:
    """The organisation of the official who reports, when a bare "ведомство" (no name after
    it) is the subject before the agreement noun."""
    toks = sent.tokens
    bare = any(t.lemma in ANAPHORIC_BODIES and t.feats.get("Case") == "Nom" and
               (i + 1 >= len(toks) or toks[i + 1].feats.get("Case") != "Gen")
               for i, t in enumerate(toks[lo:k], lo))
    if not bare or not any(t.lemma in REPORT_VERBS for t in toks):
        return None
    for span in _persons(analysis, sent):
        name = _official_name(span, officials)
        o = next((o for o in officials if o.name == name and o.organization), None)
        if o is not None:
            return _Party(o.organization or "", [o.region] if o.region else [],
                          o.evidence.start, o.evidence.end)
    return None


def _first_person(sent: Sentence, lo: int, hi: int) -> bool:
    """"мы подписали", "подписываем", "я подписал": a first-person clause."""
    return any(t.text.lower() in {"мы", "я"} or
               (t.pos in {"VERB", "AUX"} and t.feats.get("Person") == "1")
               for t in sent.tokens[lo:hi])


ANSWER_DASHES = ("—", "–", "-")


def _speaker(analysis: Analysis, sent: Sentence, officials: list[Official]) -> Official | None:
    """Who speaks a first-person sentence: the official after "» — пояснила" closing the
    quote that holds it, or, for an interview answer line ("— Мы ..."), the official the
    text introduces first. Only officials with an organisation are of use."""
    text = analysis.text
    line_start = text.rfind("\n", 0, sent.start) + 1
    line_end = text.find("\n", sent.start)
    line_end = len(text) if line_end < 0 else line_end
    known = [o for o in officials if o.organization]
    if not known:
        return None
    tail = text[sent.start:line_end]
    quote = re.search(r"»\s*,?\s*[—–-]\s*(.+)", tail)
    if quote:
        said = quote.group(1)
        return next((o for o in known if _surname(o.name) and
                     _surname(o.name) in said.lower()), None)
    if text[line_start:sent.start].lstrip().startswith(ANSWER_DASHES) or \
            text[line_start:line_end].lstrip().startswith(ANSWER_DASHES):
        return min(known, key=lambda o: o.evidence.start)
    return None


def _linked_parties(
    analysis: Analysis, models: Models, sent: Sentence, k: int, lo: int, hi: int,
    regions: list[RegionRef],
) -> list[_Party]:
    """Parties grammatically tied to the agreement noun at index k."""
    toks = sent.tokens
    # "между X и Y" in the clause, after the noun or before it ("между X и Y было заключено")
    for j in range(lo, hi):
        if toks[j].lemma == "между":
            stop = hi if j > k else k
            found = _parties_in(analysis, models, sent, j + 1, stop, regions)
            if found:
                return found
    # "о сотрудничестве [X] с Y": the "с" list right after the name, or after one genitive
    end = _title_end(sent, k)
    j = end
    first = []
    if end < hi and toks[end].feats.get("Case") == "Gen":
        near = _parties_in(analysis, models, sent, end, hi, regions)
        if near and near[0].start == toks[end].start:
            first = near[:1]
            j = _token_index(sent, first[0].stop)
    if j < hi and toks[j].lemma in {"с", "со"} and toks[j].pos == "ADP":
        after = _parties_in(analysis, models, sent, j + 1, hi, regions)
        if after:
            if not first:
                first = _verb_subjects(analysis, models, sent, lo, k, regions)[:1]
            return first + after + _locative_region(analysis, sent, k, regions)
    # "X и Y подписали соглашение": the subjects of the signing verb
    subjects = _verb_subjects(analysis, models, sent, lo, k, regions)
    if len(subjects) >= 2:
        return subjects
    # "соглашения, которое X и Y подписали в прошлом году": a relative clause
    rel = next((i for i in range(k + 1, hi) if toks[i].lemma == "который"), None)
    if rel is not None:
        subjects = _verb_subjects(analysis, models, sent, rel + 1, hi, regions)
        if len(subjects) >= 2:
            return subjects
    return []


def _verb_subjects(
    analysis: Analysis, models: Models, sent: Sentence, lo: int, k: int,
    regions: list[RegionRef],
) -> list[_Party]:
    """Nominative organisation/region phrases before a signing verb that precedes k."""
    toks = sent.tokens
    verb = next((i for i in range(lo, k) if toks[i].lemma in SUBJECT_VERBS and
                 toks[i].pos in {"VERB", "AUX"}), None)
    if verb is None:
        return []
    return [p for p in _parties_in(analysis, models, sent, lo, verb, regions)
            if _can_be_nom(models, toks[_token_index(sent, p.start)])]


def _can_be_nom(models: Models, tok: Token) -> bool:
    """Nominative, or a form that can be ("Департамент" tagged accusative at the start)."""
    if tok.feats.get("Case") == "Nom" or ministry_abbreviation(tok.text):
        return True  # "Минсоцзащиты Марий Эл" is tagged genitive
    if tok.feats.get("Case") != "Acc":
        return False
    return any("nomn" in p.tag for p in models.parse(tok.text))


def _signers_bodies(
    analysis: Analysis, models: Models, sent: Sentence, regions: list[RegionRef],
    skip: tuple[int, int] = (0, 0),
) -> list[_Party]:
    """In a signing sentence that names persons, the bodies named with them are the
    parties: each organisation/region phrase outside the agreement's own name (``skip``)."""
    toks = sent.tokens
    if not _persons(analysis, sent) or not any(t.lemma in SIGN_VERBS for t in toks):
        return []
    found = []
    for p in _parties_in(analysis, models, sent, 0, len(toks), regions):
        i = _token_index(sent, p.start)
        if skip[0] <= i < skip[1]:
            continue
        if i > 0 and toks[i - 1].lemma in {"в", "во"} and toks[i - 1].pos == "ADP":
            continue  # "в Ростове-на-Дону": where it was signed
        found.append(p)
    return found


def _sides_subject(sent: Sentence, lo: int, hi: int) -> bool:
    """"Стороны обсудили проект соглашения": the sides were named just before."""
    return any(t.lemma in {"сторона", "участник", "регион"} and t.feats.get("Case") == "Nom" and
               t.feats.get("Number") == "Plur" for t in sent.tokens[lo:hi])


def _previous_sides(
    analysis: Analysis, models: Models, sent: Sentence, regions: list[RegionRef]
) -> list[_Party]:
    """Two or more bodies named in the sentence before "Стороны ...", venues left out."""
    toks = sent.tokens
    found = []
    for p in _parties_in(analysis, models, sent, 0, len(toks), regions):
        i = _token_index(sent, p.start)
        if i > 0 and toks[i - 1].lemma in {"в", "во"} and toks[i - 1].pos == "ADP":
            continue
        if not p.regions and not any(w in p.name.lower() for w in ORG_HEADS):
            continue
        found.append(p)
    # "астраханская делегация провела переговоры с ...": a region named by its adjective,
    # which the NER leaves untagged
    for r in regions:
        for m in r.mentions:
            if not (sent.start <= m.start and m.end <= sent.stop) or \
                    any(p.start <= m.start < p.stop for p in found):
                continue
            i = _token_index(sent, m.start)
            if i > 0 and toks[i - 1].lemma in {"в", "во"}:
                continue
            found.append(_Party(r.name, [r.code], m.start, m.end))
    found.sort(key=lambda p: p.start)
    return found if len(found) >= 2 else []


def _locative_region(
    analysis: Analysis, sent: Sentence, k: int, regions: list[RegionRef]
) -> list[_Party]:
    """"В Татарстане подписано соглашение с X": the place that signs is a party."""
    toks = sent.tokens
    for j in range(0, k):
        if toks[j].lemma == "в" and j + 1 < k:
            codes = _region_at(regions, toks[j + 1].start, toks[j + 1].stop)
            if codes:
                region = next(r for r in regions if r.code == codes[0])
                return [_Party(region.name, codes, toks[j + 1].start, toks[j + 1].stop)]
    return []


def _signer_parties(
    signers: list[str], officials: list[Official], regions: list[RegionRef]
) -> list[_Party]:
    out = []
    for name in signers:
        o = next((o for o in officials if o.name == name), None)
        if o is None or not o.organization:
            continue
        codes = [o.region] if o.region else []
        out.append(_Party(o.organization, codes, o.evidence.start, o.evidence.end))
    return out


def _compatible(m: _Merged, c: _Candidate, bare: frozenset[str] = frozenset()) -> bool:
    """Can candidate c be the same agreement as m? ``bare``: official region names."""
    if c.planned_signing and any(x.status == "signed" and x.trigger.start < c.trigger.start
                                 for x in m.candidates):
        return False  # "подписали меморандум ... планируем подписать соглашение": a follow-up
    a, b = m.subject_key, c.subject_key
    if a and b and not (a <= b or b <= a):
        return False
    if not isodate.compatible(m.date, c.date):
        return False
    if {m.status, c.status} == {"signed", "mentioned"} and (m.date or c.date) and \
            (m.status == "mentioned") == bool(m.date):
        return False  # "... подписали соглашение" and "соглашение было заключено в 2017 году"
    if {m.status, c.status} == {"signed", "mentioned"}:
        old, new = (m.date, c.date) if m.status == "mentioned" else (c.date, m.date)
        oy, om, _ = isodate.parts(old) if old else (None, None, None)
        if oy and om is None and (not new or isodate.parts(new)[0] != oy):
            return False  # today's signing "в четверг, 21 марта" and the one "в 2017 году"
    if c.parties and m.parties:
        ra = {r for p in m.parties for r in p.regions}
        rb = {r for p in c.parties for r in p.regions}
        if ra and rb and not (ra <= rb or rb <= ra):
            return False
        if len(ra) >= 2 and ra == rb and (all(p.name in bare for p in m.parties) or
                                          all(p.name in bare for p in c.parties)):
            return True  # "Петербург и Ямал подписали ..." and the two agencies that did
        if ra and rb and (all(p.name in bare for p in c.parties) and rb <= ra or
                          all(p.name in bare for p in m.parties) and ra <= rb):
            return True  # "соглашение с Пензенской областью" and the bodies that signed it
        if not {_party_key(p) for p in m.parties} & {_party_key(p) for p in c.parties}:
            return False
    return True


def _title_parties(
    analysis: Analysis, models: Models, regions: list[RegionRef]
) -> list[_Party]:
    """The headline often names both sides ("X будет сотрудничать с Y")."""
    if not analysis.sentences:
        return []
    head = analysis.sentences[0]
    if not any(t.lemma in COOP_WORDS for t in head.tokens):
        return []
    return _parties_in(analysis, models, head, 0, len(head.tokens), regions)


def find_agreements(
    analysis: Analysis,
    models: Models,
    regions: list[RegionRef],
    officials: list[Official],
    dates: list[DateRef],
    published: str | None = None,
) -> list[Agreement]:
    cands = [c for c in _candidates(analysis, models, regions, officials, dates, published)
             if not c.plural_generic]
    merged: list[_Merged] = []
    bare = frozenset(r.name for r in regions)
    # pass 1: candidates that name their parties found agreements or join compatible ones
    for c in cands:
        if not c.parties:
            continue
        target = next((m for m in merged if _compatible(m, c, bare)), None)
        if target is None:
            merged.append(_Merged([c]))
        else:
            target.candidates.append(c)
    # pass 2: bare mentions ("соглашение предполагает ...") join the nearest compatible one
    for c in cands:
        if c.parties:
            continue
        options = [m for m in merged if _compatible(m, c, bare)]
        if not options:
            # a headline or aside naming no side and another subject wording: the one
            # agreement of the same status and date
            same = [m for m in merged if m.status == c.status and
                    isodate.compatible(m.date, c.date)]
            options = same if len(same) == 1 else []
        if options:
            before = [m for m in options if min(x.trigger.start for x in m.candidates)
                      <= c.trigger.start]
            target = max(before or options, key=lambda m: m.last if m.last <= c.trigger.start
                         else -m.last)
            target.candidates.append(c)
        else:
            merged.append(_Merged([c]))
    title_parties: list[_Party] | None = None
    result: list[Agreement] = []
    for m in merged:
        parties = m.parties
        if not parties:
            if title_parties is None:
                title_parties = _title_parties(analysis, models, regions)
            parties = title_parties
        if parties and all(p.name in bare for p in parties):
            parties = _bodies_for_regions(analysis, models, m, parties, regions)
        if any(len(p.name.split()) == 1 for p in parties):
            if title_parties is None:
                title_parties = _title_parties(analysis, models, regions)
            parties = [_fuller(p, title_parties) for p in parties]
        parties = _drop_bare_regions(parties, regions)
        parties = [_Party(expand_abbreviations(models, p.name), p.regions, p.start, p.stop)
                   for p in parties]
        parties = [_official_fuller(p, officials) for p in parties]
        parties = [_with_named_region(p) for p in parties]
        if not parties and m.status == "mentioned":
            continue  # a bare reference to some unidentified agreement says nothing
        main = max(m.candidates, key=lambda c: (bool(c.parties), STATUS_RANK[c.status],
                                                -c.trigger.start))
        signers: list[str] = []
        for c in m.candidates:
            signers += [s for s in c.signatories if s not in signers]
        codes: list[str] = []
        for p in parties:
            codes += [r for r in p.regions if r not in codes]
        for name in signers:
            o = next((o for o in officials if o.name == name), None)
            if o and o.region and o.region not in codes:
                codes.append(o.region)
        titled = max(m.candidates, key=lambda c: len(c.title))
        result.append(Agreement(
            title=titled.title,
            status=m.status,
            date=m.date,
            parties=[Party(p.name, p.regions[0] if p.regions else None) for p in parties],
            signatories=signers,
            regions=codes,
            evidence=Evidence(main.sentence.text, main.sentence.start, main.sentence.stop),
            subject=_subject(titled.title),
        ))
    return result


def _bodies_for_regions(
    analysis: Analysis, models: Models, m: _Merged, parties: list[_Party],
    regions: list[RegionRef],
) -> list[_Party]:
    """Headline regions ("Дагестан и Чечня ...") stand for the bodies of those regions that
    the agreement's own sentences name: "Министерство ... Республики Дагестан направило в
    Министерство ... Чеченской Республики проект соглашения"."""
    names = {r.name for r in regions}
    bodies: list[_Party] = []
    for c in m.candidates:
        bodies += [p for p in _parties_in(analysis, models, c.sentence, 0,
                                          len(c.sentence.tokens), regions)
                   if p.name not in names and len(p.regions) == 1 and
                   p.name.split()[0].lower() in ORG_HEADS]
    out = []
    for p in parties:
        same = {b.name: b for b in bodies if p.name in names and b.regions == p.regions}
        out.append(next(iter(same.values())) if len(same) == 1 else p)
    return out


def _fuller(p: _Party, known: list[_Party]) -> _Party:
    """"институт" in a signatory's title is the institute the headline names in full."""
    stem = p.name.lower()[:5]
    return next((k for k in known if len(k.name) > len(p.name) and
                 any(w.startswith(stem) for w in k.name.lower().split())), p)


def _official_fuller(p: _Party, officials: list[Official]) -> _Party:
    """"Министерство труда Чувашии" (from "Минтруд Чувашии") is the ministry an official of
    the same region works for when that name begins the same way and says more."""
    words = p.name.lower().split()
    if len(words) < 3 or words[0] != "министерство" or len(p.regions) != 1:
        return p
    for o in officials:
        org = o.organization or ""
        if o.region == p.regions[0] and org.lower().split()[:2] == words[:2] and \
                len(org) > len(p.name):
            return _Party(org, p.regions, p.start, p.stop)
    return p


def _drop_bare_regions(parties: list[_Party], regions: list[RegionRef]) -> list[_Party]:
    """A region named as a party is redundant next to its own agency among the parties."""
    names = {r.name for r in regions}
    bodies = {c for p in parties if p.name not in names for c in p.regions}
    return [p for p in parties if not (p.name in names and set(p.regions) <= bodies)]


def _with_named_region(p: _Party) -> _Party:
    """A party taken from elsewhere (a signatory's title) may name its region in its own
    words: "Московский институт ..." belongs to Moscow."""
    if p.regions:
        return p
    from soccoop import gazetteer

    for word in p.name.split():
        if word[:1].isupper():
            region = gazetteer.resolve(word.strip("«»\"(),"))
            if region is not None:
                return _Party(p.name, [region.code], p.start, p.stop)
    return p


def _subject(title: str) -> str | None:
    m = re.search(r"\b(в (?:области|сфере) .+|по .+)$", title)
    return m.group(1) if m else None
