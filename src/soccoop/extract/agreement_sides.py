"""Agreement sides: the passes that find and name the sides of one agreement mention.

Called from ``agreements._candidates`` for each agreement noun: the sides of the signing
verb's frame (``_frame_sides``), the "с" partner and the subject in any word order
(``_with_partner``), a partner list split into one agreement per partner
(``_with_list_split``), partners named by their signers (``_partner_segments``), bodies of
both or of the subject's regions (``_bodies_of_both_regions``,
``_bodies_of_subject_regions``), the clause's actor or the reporting official's body
(``_actor_side``, ``_reporting_official_body``), a partner by pronoun
(``_pronoun_partner``), "наше министерство" (``_our_body_subject``), sides told in the
sentences before or after (``_earlier_sides``, ``_previous_subject_sides``,
``participants_told_next``, ``partner_named_before``, ``conjoined_subjects_named_before``)
and sides that refer back to an earlier agreement or occasion (``coreferent_sides``,
``occasion_participant_sides``). It stands apart from extract.agreements because it only
answers "between whom" for a mention already found; whether a noun is an agreement, its
status, date and signers are read elsewhere, and the final list of sides is cleaned up in
extract.party_cleanup.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from soccoop import gazetteer, names
from soccoop.extract.agreement_clauses import (
    _clause_bounds,
    _clause_head,
    _coordinate_bounds,
    _predicate_path,
    _signed_participle,
    _signing_path,
)
from soccoop.extract.agreement_lists import (
    _count,
    anaphoric_body,
    digest_item_heading,
    signer_parties,
)
from soccoop.extract.agreement_types import (
    _Candidate,
    _Party,
    _region_at,
    _spans_in,
    _token_index,
    legal_form,
)
from soccoop.extract.candidate_dates import (
    _referring,
)
from soccoop.extract.candidate_signers import (
    _first_person,
    _official_name,
    _persons,
)
from soccoop.extract.candidate_status import (
    _title_end,
)
from soccoop.extract.dash_sides import list_end
from soccoop.extract.lexicon import (
    ADOPT_VERBS,
    ANAPHORIC_BODIES,
    ANY_PLACE_NOUNS,
    ATTENDANCE_WORDS,
    BARE_PLACES,
    BODY_HEADS,
    BRANCH_HEADS,
    COLLOQUIAL_BODIES,
    COOP_WORDS,
    COOPERATION_DOCUMENTS,
    COOPERATION_NOUNS,
    COUNTED_PLACE_NOUNS,
    DEFINED_SIDE_TERMS,
    DELEGATION_NOUNS,
    DIGEST_REACH,
    DISCUSS_VERBS,
    DRAFT_NOUNS,
    DRAFT_WORK_VERBS,
    GOVERNING_NOUNS,
    IN_PREPOSITIONS,
    LEGAL_FORMS,
    LINK_VERBS,
    LIST_JOINERS,
    LOCATIVE_PREPOSITIONS,
    NEIGHBOUR_NOUNS,
    NUMBER_WORDS,
    OCCASION_NOUNS,
    OCCASION_VERBS,
    ORG_HEADS,
    OWN_REGION_ADJECTIVES,
    OWN_REGION_KIND_ADJECTIVES,
    OWN_REGION_NOUNS,
    PARTICIPANT_NOUNS,
    PARTNER_ANTECEDENT_REACH,
    PARTNER_PRONOUNS,
    PLACE_CLIMB,
    PLACE_HEADS,
    PLAN_HEADS,
    POSSESSIVES,
    REGION_POSTS,
    RELATIVE_BARE_WORDS,
    REPORT_VERBS,
    ROADMAP_DOCUMENTS,
    SIDE_COUNT_WORDS,
    SIDE_COUNTS,
    SIDE_DRAFTING_VERBS,
    SIDE_PLURALS,
    SIDE_WORDS,
    SIDES_TOLD_REACH,
    SIGN_NOUNS,
    SIGN_VERBS,
    STEP_NOUNS,
    SUBJECT_VERBS,
    TOPIC_PARTNER_DEPTH,
    TRIGGERS,
    UNITE_VERBS,
    UNNAMED_PARTNER_REACH,
)
from soccoop.extract.lexicon_endings import COMPOUND_LINK_VOWELS
from soccoop.extract.lexicon_officials import (
    COMMEMORATIVE_WORDS,
    HOME_PREPOSITIONS,
)
from soccoop.extract.lexicon_officials import ORG_HEADS as OFFICIAL_ORG_HEADS
from soccoop.extract.lexicon_plans import (
    ANY_COMPANY_NOUNS,
    ASSIGN_VERBS,
    COMPANY_HEADS,
    NAMED_BEFORE_REACH,
    OCCASION_SIDES_REACH,
    PLAN_OCCASION_REACH,
    TALK_NOUNS,
    TALK_PARTNER_PREPOSITIONS,
    TALKS_REACH,
)
from soccoop.extract.lexicon_regions import COMMERCIAL_FORMS, OPENING_QUOTES
from soccoop.extract.lexicon_sides import (
    AGREEING_VERBS,
    ASIDE_DASHES,
    HOST_WORK_NOUNS,
    LIST_OPENERS,
    MERGER_NOUNS,
    OWN_BODY_REACH,
    PARTNER_PREPOSITIONS,
    PARTNER_VERB_REACH,
    PEOPLE_OF_PLACE_NOUNS,
    PRONOUN_OBJECT_FORMS,
    SIDE_WORD_PREPOSITIONS,
    SIDES_NOUNS,
    STAFF_NOUNS,
    STAFF_PREPOSITIONS,
    TOLD_BODIES_REACH,
)
from soccoop.extract.lexicon_signer_shapes import MEETING_NOUNS, MEETING_VERBS
from soccoop.extract.lexicon_signers import (
    AFTER_SIGNING_REACH,
    ATTENDANCE_CLIMB,
    NAME_GROUP_RELATIONS,
    QUOTE_MARKS,
    REPRESENTATIVE_POSSESSIVES,
    TOGETHER_WORDS,
)
from soccoop.extract.lexicon_status import (
    ABOUT_PREPOSITIONS,
    ADDENDUM_ADJECTIVES,
    AGREEMENT_DEMONSTRATIVES,
    AMEND_VERBS,
    BEFORE_PREPOSITIONS,
)
from soccoop.extract.nlp import Analysis, HeldPerDocument, Models, NerSpan, Sentence, Token
from soccoop.extract.normalize import (
    _inflect_name,
    acronym_spells,
    is_acronym,
    ministry_abbreviation,
    nominative_phrase,
    stem5,
)
from soccoop.extract.orgs import country_name, country_of_adjective
from soccoop.extract.party_identity import body_is_side
from soccoop.extract.party_phrases import (
    GAP_DASHES,
    _is_gen,
    _parties_in,
    _town,
)
from soccoop.extract.regions import get_matcher
from soccoop.extract.status import (
    joined_agreement,
)
from soccoop.extract.syntax import (
    Window,
    ancestors,
    climb,
    ensure_parsed,
    subtree,
    windows,
)
from soccoop.extract.with_partner import partner_case, with_phrase
from soccoop.models import (
    Official,
    RegionRef,
)


def _analogous_sides(
    sent: Sentence, k: int, lo: int, hi: int, parties: list[_Party],
    earlier: list[_Candidate], regions: list[RegionRef], models: Models,
) -> list[list[_Party]]:
    """"Ранее аналогичные соглашения заключили Новгородская и Тверская области" after an
    agreement of the Псковская область government with the federal Social Fund: each
    region named has its own agreement with the same federal partner. The partner is the
    side of the latest agreement with two sides that belongs to no region; the regions
    named in the clause (outside the agreement's own name) are the other sides, one
    agreement each for a plural noun."""
    prior = next((c for c in reversed(earlier) if len(c.parties) >= 2), None)
    if prior is None:
        return []
    by_subject = subject_side_of_prior(sent, k, prior.parties)
    partner = by_subject or [p for p in prior.parties if not p.regions]
    if not partner:
        return []
    named = list(parties)
    title = _title_end(sent, k)
    for r in regions:
        for m in r.mentions:
            i = _token_index(sent, m.start)
            if sent.start <= m.start and m.end <= sent.stop and lo <= i < hi and \
                    not k <= i < title and \
                    all(r.code not in p.regions for p in named):
                named.append(_Party(r.name, [r.code], m.start, m.end, models))
    named = [p for p in named if p.regions and p.key not in {q.key for q in partner}]
    if not named:
        return []
    if sent.tokens[k].feats.get("Number") == "Plur":
        if by_subject and len(named) < 2:
            return []  # agr76: a list this reading cut short is the list split's to read
        return [[p] + partner for p in sorted(named, key=lambda p: p.start)]
    return [named[:1] + partner]


def subject_side_of_prior(sent: Sentence, k: int, sides: list[_Party]) -> list[_Party]:
    """agr76: the side of the agreement told before that the likened agreement's signing
    verb takes for its subject, named by the head word of its name: "Ранее аналогичные
    соглашения Управление заключило с колледжем и техникумом" after an agreement of
    "Управление социальной защиты Тверской области" with a university shares the
    Управление, not the university (a side with no region, the fallback). From the parse:
    the subject of the verb the agreement noun hangs on (not of another clause:
    "управление работает с вузами, и аналогичный документ планируется подписать"), its
    lemma the lemma of the first word of one earlier side, the only one. A passive verb's
    agent is its subject here (round 44): "годом раньше аналогичный договор заключён управлением
    с союзом пенсионеров" keeps the Управление told before."""
    toks = sent.tokens
    if not sent.parsed or not 0 <= k < len(toks) or not 0 <= toks[k].head < len(toks):
        return []
    verb = toks[k].head
    # hist88: a plural subject is several bodies, not the one side told before: "аналогичные
    # соглашения с фондом подписали правительства Смоленской и Брянской областей"
    subjects = [t for t in toks if t.rel in {"nsubj", "nsubj:pass", "obl:agent"} and t.head == verb
                and t.pos in {"NOUN", "PROPN"} and t.lemma not in BARE_PLACES and
                t.feats.get("Number") != "Plur"]
    heads = {t.lemma for t in subjects}
    found = [p for p in sides if p.name.split()[:1] and
             p.name.split()[0].lower() in heads]
    if not found:  # plan91: the subject an acronym of the side's name (acronym_subject)
        found = [p for p in sides if any(acronym_subject(t.text, p.name) for t in subjects)]
    return found if len(found) == 1 else []


def acronym_subject(word: str, name: str) -> bool:
    """plan91: a likened agreement's subject written as the acronym of a side told before:
    "Летом ТГПК заключил аналогичный документ с ..." after an agreement of "Тверской
    государственный политехнический колледж" (``normalize.acronym_spells``)."""
    return is_acronym(word) and acronym_spells(word, name)


def _content_subject(sent: Sentence, k: int) -> bool:
    """The agreement noun is the subject of a verb of content, not of signing: "Соглашения
    предусматривают обмен опытом ... учреждений соцзащиты ЛНР": the bodies named there
    are what the agreement is about, not its sides."""
    if not sent.parsed:
        return False
    toks = sent.tokens
    h = toks[k].head
    return (toks[k].rel == "nsubj" or _content_place(sent, k)) and 0 <= h < len(toks) and \
        toks[h].pos == "VERB" and toks[h].lemma not in SIGN_VERBS


def _agreement_to_join(sent: Sentence, k: int) -> bool:
    """An agreement that others may join is the one told before, not a new one between the
    bodies of the joining sentence (r19agr): in "Представитель Минтруда России добавил, что
    к соглашению позже может присоединиться и Тверская область" neither the ministry nor
    the joiner is its side. The noun hangs by "к" on a word of joining
    (``status.joined_agreement``), a verb: a noun of joining ("обсудили присоединение к
    соглашению X и Y") is left to the merging passes of further documents (r17st)."""
    if not sent.parsed:
        return False
    path = _predicate_path(sent, k)
    return joined_agreement(sent, path) is not None and sent.tokens[path[1]].pos == "VERB"


def _content_place(sent: Sentence, k: int) -> bool:
    """The agreement noun as the place of its content (r19agr): "В соглашении предусмотрены
    стажировки и обмен опытом центров «Исток» (Тверь) и «Родник» (Тула)" tells what the
    agreement holds; the bodies named there are its subject matter, not its sides. The noun
    is a locative "в" oblique of its verb."""
    toks = sent.tokens
    return toks[k].rel == "obl" and toks[k].feats.get("Case") == "Loc" and any(
        toks[c].rel == "case" and toks[c].lemma in IN_PREPOSITIONS for c in sent.children(k))


def _venue(sent: Sentence, i: int) -> bool:
    """Is the phrase at token i where something happened ("в Казани", "на форуме")?"""
    toks = sent.tokens
    j = i - 1
    while j >= 0 and toks[j].pos == "ADJ":
        j -= 1
    return j >= 0 and toks[j].lemma in LOCATIVE_PREPOSITIONS and toks[j].pos == "ADP"


def _between_groups(
    sent: Sentence, k: int, hi: int, parties: list[_Party],
) -> list[list[_Party]]:
    """"подписаны соглашения между A и B, а также между C и D": a plural agreement noun
    with several "между" groups is one agreement per group of two or more sides."""
    toks = sent.tokens
    marks = [j for j in range(k + 1, hi) if toks[j].lemma == "между"]
    if len(marks) < 2:
        return []
    bounds = [toks[j].start for j in marks] + [toks[hi - 1].stop + 1]
    groups = [[p for p in parties if a <= p.start < b]
              for a, b in zip(bounds, bounds[1:], strict=False)]
    return groups if all(len(g) >= 2 for g in groups) else []


def between_one_and_bodies(
    sent: Sentence, k: int, hi: int, parties: list[_Party],
) -> list[list[_Party]]:
    """many63: "подписание соглашений между министерством и администрациями трёх районов —
    A, B и C": a plural agreement noun between one side and a plural body read as one body
    of each unit (``party_phrases.municipal_bodies``) is one agreement of that side with
    each. One "между" after the noun; the first side ends right before "и" and the plural
    head; every other side starts after the head."""
    toks = sent.tokens
    marks = [j for j in range(k + 1, hi) if toks[j].lemma == "между"]
    if len(marks) != 1:
        return []
    after = [p for p in parties if p.start >= toks[marks[0]].start]
    if len(after) < 3:
        return []
    first = after[0]
    j = _token_index(sent, first.stop)
    if j + 1 >= len(toks) or toks[j].text != "и" or toks[j + 1].lemma not in ORG_HEADS or \
            toks[j + 1].feats.get("Number") != "Plur" or \
            any(p.start < toks[j + 1].stop for p in after[1:]):
        return []
    return [[first, p] for p in after[1:]]


def _abbreviation_dot(toks: list[Token], i: int) -> bool:
    """agr56: a full stop that shortens a word inside a side's name, not one that ends a
    phrase: after an eponym's "им" ("университет им. Н. И. Лобачевского",
    ``lexicon_officials.COMMEMORATIVE_WORDS``) or a capital initial ("Н.", "И.") with a
    word going on after it."""
    prev = toks[i - 1].text if i > 0 else ""
    return i + 1 < len(toks) and (prev.lower() in COMMEMORATIVE_WORDS or
                                  len(prev) == 1 and prev.isupper())


def can_be_instrumental(models: Models, tok: Token) -> bool:
    """agr58: can this adjective be in the instrumental, whatever case the tagger chose?
    A feminine adjective in "-ой" reads as genitive, dative, instrumental or locative
    ("с фондом «Добро», Краснодарской краевой организацией ..." tagged genitive opens the
    list's next partner all the same). From the dictionary's readings of the word; asked
    after a comma only ("Министерством труда и социальной политики" goes on after "и")."""
    return any("ablt" in p.tag for p in models.parse(tok.text))


def _partner_segments(
    analysis: Analysis, models: Models, sent: Sentence, k: int, hi: int,
    parties: list[_Party], signers: list[str], officials: list[Official],
    regions: list[RegionRef],
) -> list[tuple[list[_Party], list[str]]]:
    """A plural agreement noun whose "с" list names several partners, read from the words
    when the parse hangs the list elsewhere: one agreement per partner. "Петербург подписал
    соглашения о трудовой мобильности с Мурманской и Новгородской областями" gives two;
    "подписал соглашения ... с министром труда Мурманской области Светланой Мякишевой и
    председателем комитета Новгородской области Алексеем Гусевым" gives two, each with
    its partner's body and signer besides the shared side. A partner starts after "с" or
    after "и"/"," before a word in the instrumental ("и социального развития" goes on)."""
    toks = sent.tokens
    start = next((j for j in range(k + 1, hi - 1) if toks[j].lemma in PARTNER_PREPOSITIONS and
                  toks[j].pos == "ADP" and toks[j + 1].feats.get("Case") == "Ins"), None)
    if start is None:
        return []
    bounds = [start + 1]
    end = hi
    spans = _spans_in(analysis, sent)
    for i in range(start + 1, hi):
        t = toks[i]
        if t.text == "." and _abbreviation_dot(toks, i):
            continue  # agr56: "университетом им. Н. И. Лобачевского и ..." goes on
        if t.pos in {"VERB", "AUX"} or t.lemma == "который" or \
                t.text in {";", ":", "(", "—", "–", "."}:
            end = i
            break
        nxt = toks[i + 1] if i + 1 < hi else None
        if t.text in LIST_JOINERS and nxt is not None:
            tagged = any(s.start == nxt.start and s.type in {"LOC", "ORG"} for s in spans)
            comma_adj = t.text == "," and nxt.pos == "ADJ" and can_be_instrumental(models, nxt)
            if (nxt.feats.get("Case") == "Ins" or tagged or comma_adj) and \
                    nxt.pos in {"NOUN", "ADJ", "PROPN"} and \
                    not any(s.start <= nxt.start < s.stop for s in _persons(analysis, sent)):
                bounds.append(i + 1)  # "с Псковом и Смоленском" (tagged locative) too
            elif t.text == "," and nxt.feats.get("Case") not in {"Gen", "Dat"}:
                end = i  # ", в рамках форума": the list is over
                break
    if len(bounds) < 2:
        return []
    ranges = list(zip(bounds, bounds[1:] + [end], strict=True))
    lo_off = toks[start].start
    persons = _persons(analysis, sent)
    shared = [p for p in parties if p.start < lo_off]  # the side named before "с"
    partners: list[tuple[list[_Party], list[str]]] = []
    named: list[str] = []
    for a, b in ranges:
        a_off, b_off = toks[a].start, toks[b - 1].stop
        who: list[str] = []
        for span in persons:
            if a_off <= span.start < b_off:
                name = _official_name(span, officials)
                if name and name not in who:
                    who.append(name)
        own = [p for p in parties if a_off <= p.start < b_off] or \
            _parties_in(analysis, models, sent, a, b, regions)
        bodies = signer_parties(who, officials, [], models) if who else []
        side = bodies or own
        if not side:
            return []  # a stretch that names no partner: not a list of partners
        partners.append((side[:1] if bodies else own, who))
        named += who
    rest = [s for s in signers if s not in named]
    if not shared:
        # the subject's body named before the noun ("председатель Комитета ... Санкт-
        # Петербурга Дмитрий Чернышёв подписал"), venues ("на ярмарке") left out
        shared = [p for p in _parties_in(analysis, models, sent, 0, k, regions)
                  if not _venue(sent, _token_index(sent, p.start)) and
                  p.name.lower().split()[0] in ORG_HEADS | BODY_HEADS][:1]
    bodies = signer_parties(rest[:1], officials, [], models) if rest else []
    if bodies and shared and all(p.name in {r.name for r in regions} and
                                 p.regions == bodies[0].regions for p in shared[:1]):
        shared = bodies[:1]  # "Министр труда ... Республики Дагестан Ирина Гамзатова": her body
    if not shared:
        shared = bodies[:1]
    if not shared:
        return []
    return [(shared + side, rest + who) for side, who in partners]


def _compound_sides(models: Models, sent: Sentence, k: int) -> list[_Party]:
    """A hyphenated adjective of two states or regions on the agreement noun names its
    sides: "российско-американский договор по СНВ" is between Россия and США, when every
    part is a state's or a federal subject's adjective ("российско" read as "российский");
    such a "договор" needs no "о ..." to be an agreement. The adjective is the noun's own
    modifier (its amod in the parse, else right before it)."""
    toks = sent.tokens
    mods = [c for c in sent.children(k) if toks[c].rel == "amod"] if sent.parsed else []
    if not sent.parsed and k > 0 and toks[k - 1].pos == "ADJ":
        mods = [k - 1]
    matcher = get_matcher(models)
    for c in mods:
        t = toks[c]
        parts = [w for w in re.split(r"[-‐‑–]", t.text) if w]
        if len(parts) < 2:
            continue
        sides: list[_Party] = []
        for n, w in enumerate(parts):
            word = w[:-1] + "ий" if n < len(parts) - 1 and w.endswith(COMPOUND_LINK_VOWELS) else w
            name = country_of_adjective(models, word)
            codes: list[str] = []
            if name is None:
                entries = [e for e in matcher.lookup(matcher.phrase_keys(word))
                           if e.kind == "adjective"]
                region = gazetteer.by_code(entries[0].code) if len(entries) == 1 else None
                if region is None:
                    break
                name, codes = region.name, [region.code]
            sides.append(_Party(name, codes, t.start, t.stop, models))
        else:
            if len({p.name for p in sides}) == len(sides):
                return sides
    return []


def _plural_body_sides(
    models: Models, text: str, sent: Sentence, k: int, regions: list[RegionRef],
) -> list[_Party]:
    """A plural body that signs, with two regions joined under it, is one body of each:
    "Филиалы фонда «Защитники Отечества» по Республике Татарстан и по Республике
    Башкортостан подписали соглашение" gives "Филиал фонда ... по Республике Татарстан" and
    "... по Республике Башкортостан"; "правительства Хакасии и Алтайского края подписали"
    two governments. The words between the body and the first region are shared."""
    if not sent.parsed:
        return []
    toks = sent.tokens
    path = _predicate_path(sent, k)
    v = path[-1]
    if len(path) < 2 or toks[v].lemma not in SIGN_VERBS:
        return []
    heads = list(sent.children(v))
    unparsed = _unparsed_plural_subject(models, sent, v)
    for h in heads + ([unparsed] if unparsed is not None else []):
        t = toks[h]
        if h != unparsed and t.rel not in {"nsubj", "nsubj:pass"} or \
                t.lemma not in BRANCH_HEADS | ORG_HEADS:
            continue
        if t.feats.get("Number") != "Plur" and \
                t.text.lower() != (models.inflect(t.lemma, {"plur", "nomn"}) or ""):
            continue  # a subject in the form of the nominative plural ("Филиалы")
        under = set(subtree(sent, h))
        second = next((i for i in sorted(under) if toks[i].rel == "conj" and
                       toks[i].head in under and toks[i].head != h and i > h), None)
        if second is None and h == unparsed:
            # the parse hangs both regions on the body: the word "и" joins, and the
            # second region is the head of that "и"
            cc0 = next((i for i in sorted(under) if toks[i].rel == "cc" and i > h), None)
            second = toks[cc0].head if cc0 is not None and toks[cc0].head in under else None
        if second is None:
            continue
        tail = set(subtree(sent, second))
        # the first conjunct: the nearest word like the second ("по области и по области"),
        # else the second's head in the parse ("Республики Хакасия и Алтайского края")
        first = next((i for i in range(second - 1, h, -1) if i in under and i not in tail and
                      toks[i].lemma == toks[second].lemma), toks[second].head)
        if first == h and h == unparsed:
            # "правительства [Пензенской области] и [Луганской Республики]": the noun
            # nearest before the second region's own words
            first = next((i for i in range(min(tail) - 1, h, -1) if i in under and
                          toks[i].pos in {"NOUN", "PROPN"}), h)
        f0 = min(i for i in subtree(sent, first) if i not in tail)
        cc = next((i for i in sorted(tail) if toks[i].rel == "cc"), None)
        if f0 <= h or cc is None:
            continue
        one = models.inflect(t.text.lower(), {"sing", "nomn"}) or t.lemma
        shared = text[toks[h + 1].start:toks[f0].start].strip() if f0 > h + 1 else ""
        clause = _clause_after_body(toks, h, f0)
        if clause:
            shared = ""  # rec95: "Министерства, отвечающие за ... в A и B": not the name
        spans = [(f0, cc), (cc + 1, max(tail) + 1)]
        out: list[_Party] = []
        for a, b in spans:
            codes = sorted(set(_region_at(regions, toks[a].start, toks[b - 1].stop)))
            if len(codes) != 1:
                return []
            own = _region_genitive(models, toks[a:b]) if clause else \
                text[toks[a].start:toks[b - 1].stop].strip(" ,")
            name = " ".join(w for w in (one[:1].upper() + one[1:], shared, own) if w)
            out.append(_Party(name, codes, toks[a].start, toks[b - 1].stop, models))
        if out[0].regions != out[1].regions:
            return out
    return []


def _clause_after_body(toks: list[Token], h: int, f0: int) -> bool:
    """rec95: are the words between a plural body and its regions a clause on the body set
    off by a comma ("Управления, ведающие делами ветеранов в Курской и Орловской областях,
    подписали ...": the parse's ``acl`` on the body)? The regions then say where each body
    is, and the clause is no part of its name."""
    return f0 > h + 2 and toks[h + 1].text == "," and \
        any(x.head == h and x.rel in {"acl", "acl:relcl"} for x in toks[h + 2:f0])


def _region_genitive(models: Models, words: list[Token]) -> str:
    """A region told after a preposition, in the genitive a body's name takes: "в
    Алтайском крае" → "Алтайского края", "в Дагестане" → "Дагестана" (prepositions left
    out; each word in the number it has, capitalised as written)."""
    out: list[str] = []
    for w in words:
        if w.pos == "ADP" or w.text in LIST_JOINERS:
            continue
        form = w.text
        if w.pos in {"NOUN", "PROPN", "ADJ"} and w.feats.get("Case") not in {None, "Gen"}:
            number = "plur" if w.feats.get("Number") == "Plur" else "sing"
            got = models.inflect(w.text.lower(), {"gent", number})
            parts, written = (got or "").split("-"), w.text.split("-")
            if got and len(parts) == len(written):
                form = "-".join(g[:1].upper() + g[1:] if o[:1].isupper() else g
                                for g, o in zip(parts, written, strict=True))
        out.append(form)
    return " ".join(out)


def _unparsed_plural_subject(models: Models, sent: Sentence, v: int) -> int | None:
    """A plural verb with no subject in the parse agrees with the nearest word before it
    that can be a nominative plural body: in "В сентябре правительства Пензенской области
    и Луганской Народной Республики подписали" the parser reads "правительства" as a
    genitive of "сентябре", but only a nominative plural can be the subject of
    "подписали". None when the verb has a subject or no such word stands before it."""
    toks = sent.tokens
    if toks[v].feats.get("Number") != "Plur" or any(
            toks[c].rel in {"nsubj", "nsubj:pass"} for c in sent.children(v)):
        return None
    for i in range(v - 1, -1, -1):
        t = toks[i]
        if t.pos == "VERB" or t.text in {".", ";", ":", "—"}:
            return None  # another clause's words
        if t.lemma in BRANCH_HEADS | ORG_HEADS and \
                t.text.lower() == (models.inflect(t.lemma, {"plur", "nomn"}) or ""):
            return i
    return None


def _bodies_of_both_regions(
    models: Models, sent: Sentence, lo: int, hi: int, earlier: list[_Candidate],
    regions: list[RegionRef],
) -> list[_Party]:
    """"соглашения ... между правительствами двух регионов": the bodies named by their
    kind, one for each of the two regions the report is about, i.e. the regions of the
    latest agreement with two regions ("Правительство Краснодарского края",
    "Правительство Ямало-Ненецкого автономного округа"), else the document's two regions."""
    toks = sent.tokens
    for j in range(lo, hi - 3):
        body, num, place = toks[j + 1], toks[j + 2], toks[j + 3]
        if toks[j].lemma != "между" or body.lemma not in ORG_HEADS or \
                body.feats.get("Number") != "Plur" or num.lemma not in NUMBER_WORDS or \
                NUMBER_WORDS[num.lemma] != 2 or place.lemma not in PLACE_HEADS | {"субъект"}:
            continue
        prior = next((c for c in reversed(earlier)
                      if len({r for p in c.parties for r in p.regions}) == 2), None)
        codes = sorted({r for p in prior.parties for r in p.regions}) if prior else \
            [r.code for r in regions] if len(regions) == 2 else []
        found = [r for r in regions if r.code in codes]
        if len(found) != 2:
            return []
        head = body.lemma[:1].upper() + body.lemma[1:]
        out = []
        for r in found:
            # the body of that kind the report names in full, else one named by its kind
            named = {p.key: p for c in earlier[-MAX_OPEN:] for p in c.parties
                     if p.regions == [r.code]
                     and p.name.lower().split()[:1] == [body.lemma]}
            out.append(next(iter(named.values())) if len(named) == 1 else _Party(
                head + " " + _inflect_name(models, r.name, "gent"), [r.code], body.start,
                place.stop, models))
        return out
    return []


def _bodies_of_subject_regions(
    models: Models, sent: Sentence, lo: int, k: int, regions: list[RegionRef],
) -> list[_Party]:
    """"соглашение между правительствами регионов" with no count: the bodies of that kind
    of the two regions the clause names before the noun, i.e. of its subject's officials
    (r19agr): "Губернатор Тверской области и губернатор Калужской области обсудили проект
    соглашения между правительствами регионов" → Правительство Тверской области,
    Правительство Калужской области. None unless exactly two regions are named there."""
    toks = sent.tokens
    for j in range(k + 1, min(len(toks) - 2, k + 4)):
        body, place = toks[j + 1], toks[j + 2]
        if toks[j].lemma != "между" or body.lemma not in ORG_HEADS or \
                body.feats.get("Number") != "Plur" or place.lemma not in PLACE_HEADS or \
                place.feats.get("Number") != "Plur":
            continue
        start, stop = toks[lo].start, toks[k].start
        found = [r for r in regions if any(start <= e.start < stop for e in r.mentions)]
        if len(found) != 2:
            return []
        head = body.lemma[:1].upper() + body.lemma[1:]
        return [_Party(head + " " + _inflect_name(models, r.name, "gent"), [r.code],
                       body.start, place.stop, models) for r in found]
    return []


def _bare_place_subject(
    sent: Sentence, k: int, earlier: list[_Candidate], regions: list[RegionRef], models: Models,
) -> _Party | None:
    """A bare singular place noun subject of the signing verb ("ранее регион подписал
    соглашения с ДНР и Херсонской областью", "область заключила ...") stands for the
    region of the latest agreement with sides that ``place_noun_referent`` finds, none when
    it finds two. From the parse."""
    path = _signing_path(sent, k, SIGN_VERBS)
    if path is None:
        return None
    toks = sent.tokens
    v = path[-1]
    bare = [c for c in sent.children(v) if toks[c].rel == "nsubj" and
            toks[c].lemma in BARE_PLACES and toks[c].feats.get("Number") == "Sing" and
            not sent.children(c)]
    if not bare:
        return None
    prior = next((c for c in reversed(earlier[-MAX_OPEN:]) if c.parties), None)
    side = place_noun_referent(prior, toks[bare[0]].lemma, regions) if prior else None
    if side is None:
        return None
    region = next((r for r in regions if r.code == side.regions[0]), None)
    return _Party(region.name, [region.code], side.start, side.stop, models) if region else None


def place_noun_referent(prior: _Candidate, noun: str,
                        regions: list[RegionRef]) -> _Party | None:
    """fix78: the side of an agreement told before that a bare place noun (lemma ``noun``:
    "регион", "область", "республика") signing a later one stands for. The sides it may
    name are those with a region of its kind (``place_of_kind``); of two or more regions,
    the one not named as a partner (``partner_phrase``): "Омская область заключила
    соглашение с Томской областью. Ранее регион подписал такое же с Алтайским краем" is
    Омская. When the regions sign alike ("Омская и Томская области подписали соглашение.
    Ранее регион подписал такое же с Алтайским краем") the noun may be either and nothing
    tells which (a speaker's region is ``_speakers_region``'s): None."""
    names = {r.code: r.name for r in regions}
    sides = [p for p in prior.parties if p.regions and
             any(place_of_kind(noun, names.get(r, "")) for r in p.regions)]
    if len({r for p in sides for r in p.regions}) <= 1:
        return sides[0] if sides else None
    own = [p for p in sides if not partner_phrase(prior.sentence, p)]
    return own[0] if len({r for p in own for r in p.regions}) == 1 else None


def place_of_kind(noun: str, name: str) -> bool:
    """fix78: may the bare place noun (a lemma) name the region called ``name``? "регион"
    any region (``ANY_PLACE_NOUNS``); "республика" one whose name holds that word
    ("Республика Мордовия", "Чувашская Республика"), not "Курская область"."""
    return noun in ANY_PLACE_NOUNS or noun in re.findall(r"\w+", name.lower())


def partner_phrase(sent: Sentence, p: _Party) -> bool:
    """fix78: the side is named in the sentence as a partner, not as the one who signs:
    right after "с" ("подписала соглашение с Томской областью") or with its head word in
    the instrumental ("с Томской и Новосибирской областями", "между Омской областью и
    Алтайским краем"). The head is the side's word whose head lies outside it (from the
    parse; morphology only). A side named outside the sentence is no partner there."""
    toks = sent.tokens
    if not toks or not toks[0].start <= p.start < toks[-1].stop:
        return False
    i = _token_index(sent, p.start)
    if i > 0 and toks[i - 1].lemma in PARTNER_PREPOSITIONS:
        return True
    span = [j for j in range(i, len(toks)) if toks[j].start < p.stop]
    head = next((j for j in span if not (0 <= toks[j].head < len(toks) and
                                         p.start <= toks[toks[j].head].start < p.stop)),
                None) if sent.parsed else None
    return head is not None and toks[head].feats.get("Case") == "Ins"


def _signing_noun_subject(
    analysis: Analysis, models: Models, sent: Sentence, k: int, regions: list[RegionRef],
) -> list[_Party]:
    """The subject of a verb over the act of signing is a side: "Министерство труда
    Ярославской области отказалось от подписания соглашения с Костромской областью",
    "Правительство области приступило к заключению соглашения с ..."."""
    if not sent.parsed:
        return []
    toks = sent.tokens
    path = _predicate_path(sent, k)
    v = path[-1]
    if len(path) < 3 or toks[v].pos not in {"VERB", "AUX"} or \
            not any(toks[i].lemma in SIGN_NOUNS for i in path[1:-1]):
        return []
    out: list[_Party] = []
    for c in sent.children(v):
        if toks[c].rel != "nsubj":
            continue
        known = _parties_in(analysis, models, sent, 0, len(toks), regions)
        p = next((p for p in known if p.start <= toks[c].start < p.stop), None) or \
            _side_phrase(analysis, models, sent, c, regions)
        if p is not None:
            out.append(p)
    return out


def _reporting_official_body(
    analysis: Analysis, models: Models, sent: Sentence, officials: list[Official],
    partner: _Party,
) -> _Party | None:
    """An agreement with one side named, in what an official reports, is his body's:
    "Министр труда Калужской области Павел Коновалов сообщил: «Соглашение с Тульской
    областью будет подписано в июне»". The official is the subject of a reporting verb
    in the parse; his body must be of another region than the partner."""
    if not sent.parsed:
        return None
    toks = sent.tokens
    for span in _persons(analysis, sent):
        i = _token_index(sent, span.start)
        if i >= len(toks):
            continue
        chain = [i, *ancestors(sent, i)]
        if not any(toks[c].rel == "nsubj" and 0 <= toks[c].head < len(toks) and
                   toks[toks[c].head].lemma in REPORT_VERBS for c in chain):
            continue
        name = _official_name(span, officials)
        o = next((o for o in officials if o.name == name and o.organization), None)
        if o is None or (o.region and o.region in partner.regions):
            return None
        if not o.region and not partner.regions and not (
                country_name(models, o.organization) and country_name(models, partner.name)
                and _Party(o.organization or "", [], 0, 0, models).key != partner.key):
            return None  # two states may be sides ("Президент Украины ... о договорённости
            # с Россией"); otherwise nothing tells the bodies apart
        return _Party(o.organization or "", [o.region] if o.region else [],
                      o.evidence.start, o.evidence.end, models)
    return None


def official_actor_body(
    analysis: Analysis, sent: Sentence, k: int, officials: list[Official], partner: _Party,
    models: Models,
) -> _Party | None:
    """agr46: an agreement not yet signed, with one side named, that an official acts on
    (discusses, prepares, proposes) as the subject of its own predicate is his body's:
    "Министр труда Чеченской Республики Рамзан Бисултанов обсудил с дагестанскими коллегами
    проект соглашения" gives the Chechen ministry beside Dagestan. From the parse: the
    subject of the verb ending the noun's predicate path covers a person the officials know
    with a body and a region, another region than the partner's. (A signer's body is read
    from the signers.)"""
    if not sent.parsed:
        return None
    toks = sent.tokens
    path = _predicate_path(sent, k)
    v = path[-1]
    if len(path) < 2 or toks[v].pos not in {"VERB", "AUX"}:
        return None
    persons = _persons(analysis, sent)
    for c in sent.children(v):
        if toks[c].rel != "nsubj" or c in path:
            continue
        under = subtree(sent, c)
        a, b = toks[under[0]].start, toks[under[-1]].stop
        span = next((s for s in persons if a <= s.start < b), None)
        if span is None:
            return None
        name = _official_name(span, officials)
        o = next((o for o in officials if o.name == name and o.organization), None)
        if o is None or not o.region or o.region in partner.regions:
            return None
        return _Party(o.organization or "", [o.region], o.evidence.start, o.evidence.end, models)
    return None


def subject_officials_bodies(
    analysis: Analysis, sent: Sentence, k: int, officials: list[Official], models: Models,
) -> list[_Party]:
    """agrmiss52: a signing still to come whose subjects are officials, each named with
    his post, is between their bodies, as a signing done is between its signers' bodies:
    "министр социальной политики области Иванов и управляющий Отделением Социального
    фонда по области Петрова подпишут соглашение" gives the ministry and the branch, of
    one region or two. From the parse: the subject of the verb ending the noun's predicate
    path and its conjuncts, each with a person the officials know with a body between it
    and the next conjunct (the last: the verb); nothing unless every conjunct has one and
    they name two bodies or more."""
    if not sent.parsed:
        return []
    toks = sent.tokens
    path = _predicate_path(sent, k)
    v = path[-1]
    if len(path) < 2 or toks[v].pos not in {"VERB", "AUX"}:
        return []
    subject = next((c for c in sent.children(v) if toks[c].rel == "nsubj" and c not in path),
                   None)
    if subject is None:
        return []
    conjuncts = sorted([subject] + [c for c in sent.children(subject)
                                    if toks[c].rel == "conj"])
    if conjuncts[-1] > v:
        return []
    persons = _persons(analysis, sent)
    out: list[_Party] = []
    # each conjunct runs to the next one, the last to the verb, however the parser hung
    # the names ("министр ... Иванов и ректор ... Петров": "Петров" on the first post)
    for c, end in zip(conjuncts, conjuncts[1:] + [v], strict=True):
        lo, hi = toks[c].start, toks[end].start
        span = next((s for s in persons if lo <= s.start < hi), None)
        name = _official_name(span, officials) if span is not None else None
        o = next((o for o in officials if o.name == name and o.organization), None)
        if o is None or anaphoric_body(o):
            return []
        out.append(_Party(o.organization or "", [o.region] if o.region else [],
                          o.evidence.start, o.evidence.end, models))
    return out if len({p.key for p in out}) >= 2 else []


def _reporter_list_side(
    analysis: Analysis, models: Models, sent: Sentence, officials: list[Official],
    partners: list[_Party],
) -> _Party | None:
    """A plural agreement with a list of partners and no side before them, in what an
    official reports, is his body's with each: "Министр напомнил, что аналогичные
    соглашения регион уже заключил с Курской и Орловской областями" gives his ministry
    and each region. None when his body is of one of the partners' regions."""
    own = _reporting_official_body(analysis, models, sent, officials, partners[0])
    if own is None or not own.regions or \
            any(set(own.regions) & set(p.regions) for p in partners):
        return None
    return own


def signing_subject_body(
    analysis: Analysis, sent: Sentence, k: int, officials: list[Official],
    partners: list[_Party], models: Models,
) -> _Party | None:
    """many62: a plural agreement with a list of partners and no side before them, whose
    signing verb has an official for its subject, is that official's body with each
    partner: "Министр труда области Анна Петрова подписала соглашения с Северным
    университетом и Южным колледжем" gives the ministry with the university and the
    ministry with the college. From the parse: the subject of the verb ending the noun's
    predicate path covers a person the officials know with a body (no word standing for a
    body named elsewhere) that is none of the partners; no person is named after the noun
    (partners told by their officials are theirs)."""
    if not sent.parsed:
        return None
    toks = sent.tokens
    path = _predicate_path(sent, k)
    v = path[-1]
    if len(path) < 2 or toks[v].lemma not in SIGN_VERBS:
        return None
    subject = next((c for c in sent.children(v) if toks[c].rel == "nsubj" and c not in path),
                   None)
    if subject is None:
        return None
    under = subtree(sent, subject)
    a, b = toks[under[0]].start, toks[under[-1]].stop
    persons = _persons(analysis, sent)
    if any(s.start > toks[k].start for s in persons):
        return None  # "... с министром труда Чеченской Республики Магомедом Асхабовым":
        # partners named by their officials are read from those (``_partner_segments``)
    span = next((s for s in persons if a <= s.start < b), None)
    if span is None:
        return None
    name = _official_name(span, officials)
    o = next((o for o in officials if o.name == name and o.organization), None)
    if o is None or not o.organization or anaphoric_body(o):
        return None
    org = o.organization
    body = _Party(org[:1].upper() + org[1:],
                  [o.region] if o.region else [], o.evidence.start, o.evidence.end, models)
    if any(body.key == p.key or body_is_side(body.name, p.name) for p in partners):
        return None
    return body


def _with_partner(
    analysis: Analysis, models: Models, sent: Sentence, k: int, regions: list[RegionRef],
) -> list[_Party]:
    """The partner in "с X" on the agreement noun or on the verb that signs it, in any word
    order: "подобный документ министерство подписало с Новосибирской областью", "Первый
    документ заключён с Министерством труда ...". A known party phrase at that word, or
    the phrase it heads when its head names a body or a place."""
    if not sent.parsed:
        return []
    toks = sent.tokens
    path = _predicate_path(sent, k)
    # (agr46: and the verb discussing it: "с коллегами из ... мы обсуждаем меморандум")
    owners = [k] + ([path[-1]] if len(path) > 1 and
                    toks[path[-1]].lemma in SIGN_VERBS | DISCUSS_VERBS else [])
    relcl = _signed_participle(sent, k)
    if relcl is not None:
        owners.append(relcl)  # "Соглашение, которое мы подписали с коллегами из ..."
    owners += [c for c in sent.children(k) if toks[c].lemma in COOPERATION_NOUNS]  # "о
    # сотрудничестве с Министерством ...": the partner hangs on the cooperation
    if len(path) == 2 and toks[k].rel in {"nsubj", "nsubj:pass"} and path[-1] not in owners:
        owners.append(path[-1])  # "С Белгородской областью у нас договор действует с 2019 года"
    owners += agreeing_verbs(sent, path, owners)
    owners += planned_signing_verbs(sent, k, path, owners)
    talks = talks_over_agreement(sent, path, owners)  # plans68
    owners += talks
    out: list[_Party] = []
    nodes: list[int] = []
    subject: int | None = None
    for o in owners:
        for c in sent.children(o):
            if c in path or c in nodes:
                continue
            if toks[c].rel in PARTNER_OBLIQUES and any(
                    toks[x].rel == "case" and toks[x].lemma in PARTNER_PREPOSITIONS
                    for x in sent.children(c)):
                nodes += [c] + [d for d in sent.children(c) if toks[d].rel == "conj"]
            elif o != k and toks[c].rel == "nsubj" and toks[o].lemma in SIGN_VERBS:
                subject = c  # "... Свердловская область заключила с ...": the subject
            elif o in talks and toks[o].pos == "VERB" and _holder(sent, c) and subject is None:
                subject = c  # fixplans68: "у министерства идут переговоры с ...": the holder
    nodes += [i for n, i in enumerate(path) if n and i not in nodes and  # plans68
              _talks_partner_slip(sent, path, n) and any(o in path[n + 1:] for o in owners)]
    adjacent = adjacent_partner(sent, k)
    if adjacent is not None and adjacent not in nodes and adjacent not in path:
        nodes.append(adjacent)
    dashed = dash_partner(sent, k)  # pair83
    if dashed is not None and dashed not in nodes:
        nodes.append(dashed)
    topic = topic_partner(sent, k) if not nodes else None
    if topic is not None:  # many43: with its conjuncts, as a partner on the noun itself
        nodes += [topic] + [d for d in sent.children(topic) if toks[d].rel == "conj"]
    fronted = fronted_partner(sent, [o for o in owners if toks[o].lemma in AGREEING_VERBS]) \
        or in_force_partner(sent, path)
    if fronted is not None and fronted not in nodes:
        nodes.append(fronted)
    if not nodes:
        nodes += partner_after_signing(sent, k)
    if not nodes:  # agr44: after the time words of the participle or verb that signs it
        nodes += next((found for o in owners if o != k and toks[o].lemma in SIGN_VERBS
                       for found in [partner_after_participle(sent, k, o)] if found), [])
    we_with = comitative_we_partner(sent, k) if not nodes else None  # missed74: the last read
    if we_with is not None:
        # missed74: only a body named in full at that word ("мы с фондом" is not one)
        named = next((p for p in _parties_in(analysis, models, sent, 0, len(toks), regions)
                      if p.start <= toks[we_with].start < p.stop), None)
        if named is not None:
            return [named]
    if not nodes:
        return []
    v = owners[1] if len(owners) > 1 and owners[1] == path[-1] else None
    if subject is None and v is not None and not any(
            toks[c].rel in {"nsubj", "nsubj:pass"} for c in sent.children(v)):
        # "Соглашение о сотрудничестве Министерство ... подписало с ...": the parser hung
        # the subject on the agreement's name; a nominative body right after the name is it
        subject = next((i for i in range(_title_end(sent, k), v)
                        if toks[i].feats.get("Case") == "Nom" and
                        toks[i].lemma in ORG_HEADS | PLACE_HEADS | BODY_HEADS), None)
    known = _parties_in(analysis, models, sent, 0, len(toks), regions)
    actor = False
    if subject is None:
        subject, actor = _clause_actor(analysis, sent, k, path), True
    # only the noun's own coordinate clause: "у региона действует соглашение с X, а ...
    # министерство планирует заключить соглашение с Y" - X is the other clause's, wherever
    # the parser hung it
    c_lo, c_hi = _coordinate_bounds(sent, k, verbs=True)
    if subject is not None and not c_lo <= subject < c_hi:
        subject = None
    nodes = [c for c in nodes if c_lo <= c < c_hi]
    if subject is not None:
        # only a named body or region: "регионы", "министерство", "три региона" are read
        # by the passes that resolve them
        p = next((p for p in known if p.start <= toks[subject].start < p.stop), None)
        if p is None and (actor or toks[subject].lemma in DELEGATION_NOUNS):
            p = _region_under(sent, subject, regions, models)  # "делегация Пермского края"
        if p is not None and toks[subject].feats.get("Number") != "Plur":
            out.append(p)
    if not out:
        out += genitive_owner(sent, k, known, nodes)  # r18fix
    for c in nodes:
        counted = counted_places_partner(sent, c, regions, models)  # agr52
        if counted is not None:
            out += [q for q in counted if q.key not in {x.key for x in out}]
            continue
        p = next((p for p in known if p.start <= toks[c].start < p.stop), None) or \
            _side_phrase(analysis, models, sent, c, regions, named=True) or \
            _region_under(sent, c, regions, models) or origin_party(sent, c, known) or \
            apposed_partner(sent, c, known) or \
            partner_by_words(analysis, models, sent, c, regions) or \
            quoted_partner(analysis, models, sent, c, regions) or \
            relative_partner(sent, c, known)  # agr44
        units = plural_head_units(sent, c, known) if p is None else []
        members = plural_head_members(sent, c, known, p)
        for q in list_run_back(sent, known, p) + ([p] if p is not None else units) + members:
            if q.key not in {x.key for x in out} or q in units:
                out.append(q)
    return out


def counted_places_partner(sent: Sentence, c: int, regions: list[RegionRef],
                           models: Models) -> list[_Party] | None:
    """agr52: a partner told by a count or "все" over a plural word of any place
    ("регионами", "субъектами": ``ANY_PLACE_NOUNS``) names no body of its own. Its sides
    are the regions a dash after the phrase lists ("подписал соглашения с тремя регионами
    округа — Курской, Белгородской и Брянской областями": three regions); with no such list
    it gives no side here ("соглашение со всеми субъектами округа": the story names them
    elsewhere, and the count is no body). From the parse: the noun in the plural with a
    numeral or "весь" among its children; the phrase is the noun and its genitive words; a
    dash right after it opens the list, which runs to the next mark other than a comma, to
    a verb or to the comma before a clause's opener (``dash_sides.list_end``: in "…
    Брянской областями, а с Орловской — в мае" Орловская is no fourth region). None when
    token c is no such noun (the other readers go on)."""
    toks = sent.tokens
    t = toks[c]
    if t.lemma not in ANY_PLACE_NOUNS or t.feats.get("Number") != "Plur" or not any(
            toks[d].pos == "NUM" or toks[d].lemma == "весь" for d in sent.children(c)):
        return None
    e = c + 1
    while e < len(toks) and toks[e].feats.get("Case") == "Gen" and \
            toks[e].pos in ("NOUN", "PROPN", "ADJ"):
        e += 1
    if e >= len(toks) or toks[e].text not in ASIDE_DASHES:
        return []
    hi = list_end(sent, e + 1)
    stop = e + 1
    while stop < hi and toks[stop].pos not in ("VERB", "AUX") and \
            (toks[stop].pos != "PUNCT" or toks[stop].text == ","):
        stop += 1
    if stop == e + 1:
        return []
    codes = _region_at(regions, toks[e + 1].start, toks[stop - 1].stop)
    named = {r.code: r for r in regions}
    return [_Party(named[x].name, [x], toks[e + 1].start, toks[stop - 1].stop, models)
            for x in codes]


def plural_head_members(sent: Sentence, c: int, known: list[_Party],
                        p: _Party | None) -> list[_Party]:
    """rec92: the further «quoted» members of a partner named by a plural head noun over a
    list of names: in "заключило соглашения с фондами «Исток» и «Прибой»" the parse hangs
    only the first name on "с", and the side read there is "Фонд «Исток»"; "Фонд «Прибой»"
    follows it (``party_phrases.plural_head_names`` read both). Each side after p, parted
    from the one before by a comma or "и" only (``list_run_on``), whose name opens with
    the same words before its quote as p's."""
    toks = sent.tokens
    if p is None or toks[c].pos != "NOUN" or toks[c].feats.get("Number") != "Plur":
        return []
    if "«" not in p.name:
        return plural_head_towns_members(sent, c, known, p)
    head = p.name[:p.name.index("«")]
    return [q for q in list_run_on(sent, known, [p])
            if "«" in q.name and q.name[:q.name.index("«")] == head]


def plural_head_towns_members(sent: Sentence, c: int, known: list[_Party],
                              p: _Party) -> list[_Party]:
    """miss47: the further members of a partner named by a plural body's head over towns in
    the genitive: in "аналогичные соглашения отделение заключило с администрациями Энска и
    Ромашкинска" the parse hangs the second town on the first, and the side read at "с" is
    "Администрация Энска" only; "Администрация Ромашкинска" (read by
    ``party_phrases.plural_head_towns``) follows it. Each side after p, parted from the one
    before by a comma or "и" only (``list_run_on``), whose name opens with the singular of
    the head (p's own first word, that head's lemma)."""
    toks = sent.tokens
    first = p.name.split(" ", 1)[0]
    if first.lower() != toks[c].lemma or p.start != toks[c].start:
        return []
    return [q for q in list_run_on(sent, known, [p]) if q.name.split(" ", 1)[0] == first]


def list_run_back(sent: Sentence, known: list[_Party], p: _Party | None) -> list[_Party]:
    """agr76: the partners of a "с" list before the one the parse took for the phrase's
    head: "заключило соглашения с Тверским политехническим колледжем и Тверским
    медицинским колледжем" may be parsed with the first колледжем as an adjective of the
    second, so only the last partner hangs on "с". The list runs back from that partner
    through each side that ends right before it with nothing but a comma or "и" between,
    and counts only when it reaches the "с" (from word forms; linear in the sides)."""
    if p is None:
        return []
    toks = sent.tokens
    out: list[_Party] = []
    first = p
    for q in sorted(known, key=lambda q: q.start, reverse=True):
        if q.stop > first.start:
            continue
        i = _token_index(sent, q.stop)
        between = [t for t in toks[i:i + 3] if t.stop <= first.start]
        if not between or len(between) > 2 or any(t.text not in LIST_JOINERS for t in between):
            break
        out.insert(0, q)
        first = q
    i = _token_index(sent, first.start)
    return out if out and i > 0 and toks[i - 1].lemma in PARTNER_PREPOSITIONS else []


def partner_by_words(
    analysis: Analysis, models: Models, sent: Sentence, c: int, regions: list[RegionRef],
) -> _Party | None:
    """agr73: the partner after "с" read word by word, by morphology, when the parse split
    its phrase over two verbs: "министерство заключит договор с Верхнеобской районной
    организацией инвалидов" may hang the first adjective on "заключит" and the noun on a
    verb after it. From the preposition, the adjectives in the instrumental run to a noun
    in the instrumental of the same number (and gender, in the singular) that heads a body
    (``ORG_HEADS``, ``BODY_HEADS``); the genitives after it that hang on the phrase belong
    to it ("организацией ветеранов"). Only a name: a capital or a region in it, as for any
    partner after "с" ("с районной организацией" describes one named elsewhere)."""
    toks = sent.tokens
    x = c - 1
    if x < 0 or toks[x].lemma not in PARTNER_PREPOSITIONS:
        x = next((i for i in sent.children(c) if toks[i].rel == "case" and
                  toks[i].lemma in PARTNER_PREPOSITIONS), c)
    if x >= c:
        return None
    h = x + 1
    while h < len(toks) and toks[h].pos == "ADJ" and toks[h].feats.get("Case") == "Ins":
        h += 1
    if h >= len(toks) or h <= c or not _instrumental_head(toks, x + 1, h):
        return None
    stop = h + 1
    while stop < len(toks) and toks[stop].feats.get("Case") == "Gen" and \
            toks[stop].pos in {"NOUN", "ADJ", "PROPN"} and \
            x < _phrase_head(toks, stop, stop) <= h:
        stop += 1
    start, end = toks[x + 1].start, toks[stop - 1].stop
    codes = _region_at(regions, start, end)
    if not codes and not any(t.text[:1].isupper() for t in toks[x + 1:stop]):
        return None
    return _Party(nominative_phrase(models, toks[x + 1:stop], analysis.text), codes, start,
                  end, models)


# agr44: the relations by which the parse hangs a "с" partner on the noun or its verb; the
# parser labels "с" + instrumental after a participle an agent at times ("соглашение,
# заключённое в 2020 году с фондом «Опора»": фондом obl:agent of заключённое)
PARTNER_OBLIQUES = frozenset({"nmod", "obl", "obl:agent"})


def partner_after_participle(sent: Sentence, k: int, v: int) -> list[int]:
    """agr44: the "с" phrase right after the words of the signing participle (or relative
    clause verb) at v that tell its time, when the parse hung the phrase on the verb of the
    main clause: "в рамках соглашения, заключённого в 2019 году с Северным отделением
    фонда «Опора», ..." (отделением under the main verb). The participle's own subtree runs
    on from it without a gap, never through the agreement noun's own phrase (k's: "подписало
    три соглашения о помощи людям с инвалидностью" names no partner); the first word after
    it is "с", then adjectives and the phrase's head, a noun in the instrumental (returned)
    that heads a body or place or has a capital or a quote right by it. Nothing when
    punctuation comes first."""
    toks = sent.tokens
    noun = set(subtree(sent, k))
    own = set(subtree(sent, v)) - (noun if v not in noun else set())
    x = v + 1
    while x < len(toks) and x in own and toks[x].pos != "PUNCT" and \
            toks[x].lemma not in PARTNER_PREPOSITIONS:
        x += 1
    if x + 1 >= len(toks) or toks[x].lemma not in PARTNER_PREPOSITIONS or \
            toks[x].pos != "ADP":
        return []
    h = x + 1
    while h < len(toks) and toks[h].pos == "ADJ":
        h += 1
    if h < len(toks) and toks[h].pos in {"NOUN", "PROPN"} and \
            toks[h].feats.get("Case") == "Ins" and (
                toks[h].lemma in ORG_HEADS | BODY_HEADS | PLACE_HEADS or
                any(t.text[:1].isupper() or t.text == "«" for t in toks[x + 1:h + 3])):
        return [h]
    return []


def relative_partner(sent: Sentence, c: int, known: list[_Party]) -> _Party | None:
    """agr44: "с которым" names the partner by the noun its relative clause hangs on: "Часть
    курсов ведёт Северный колледж, с которым у центра действует соглашение" is an
    agreement with the college; "гостей из Энской области, с которой соглашение действует
    с 2021 года" with the region (the antecedent's "из" phrase, ``origin_party``). The
    pronoun's clause verb is found up the parse (at most three steps) as a relative clause
    (``acl:relcl``); its head is the antecedent when it agrees with the pronoun
    (``_agrees_with``), else the nearest agreeing noun before the comma
    (``_antecedent_before``); it must be a known side phrase or name one by "из"."""
    toks = sent.tokens
    if toks[c].lemma != "который":
        return None
    v = toks[c].head
    for _ in range(3):
        if not 0 <= v < len(toks) or toks[v].rel == "acl:relcl":
            break
        v = toks[v].head
    a = toks[v].head if 0 <= v < len(toks) and toks[v].rel == "acl:relcl" else None
    if a is None or not 0 <= a < c or not _agrees_with(toks[a], toks[c]):
        a = _antecedent_before(toks, c)  # no relative clause parsed, or one on another noun
    if a is None:
        return None
    return next((p for p in known if p.start <= toks[a].start < p.stop), None) or \
        origin_party(sent, a, known)


def _antecedent_before(toks: list[Token], c: int) -> int | None:
    """The noun "с которым" at c stands for when the parse made its clause a sentence of
    its own: "с" and a comma right before the pronoun, and the nearest noun before the
    comma agreeing with it in number (and, in the singular, feminine or not: "которым" is
    masculine and neuter alike), within its phrase (no punctuation but quotes between)."""
    if c < 3 or toks[c - 1].lemma not in PARTNER_PREPOSITIONS or toks[c - 2].text != ",":
        return None
    for i in range(c - 3, -1, -1):
        t = toks[i]
        if t.pos == "PUNCT" and t.text not in {"«", "»", "\"", ")"}:
            return None
        if t.pos in {"NOUN", "PROPN"} and _agrees_with(t, toks[c]):
            return i
    return None


def _agrees_with(noun: Token, pronoun: Token) -> bool:
    """Does "который" agree with the noun in number and, in the singular, in being feminine
    or not ("которым" is masculine and neuter alike)?"""
    number = pronoun.feats.get("Number")
    return noun.feats.get("Number") == number and (
        number != "Sing" or
        (noun.feats.get("Gender") == "Fem") == (pronoun.feats.get("Gender") == "Fem"))


def quoted_partner(
    analysis: Analysis, models: Models, sent: Sentence, c: int, regions: list[RegionRef],
) -> _Party | None:
    """agr44: a partner after "с" whose head noun names no kind of body but is followed by a
    «quoted» name, on the head or on its genitive, is that named body: "с сетью аптек
    «Здравица»", "с торговой сетью «Северный двор»" (сеть, not a body's head). The
    phrase runs from the head's first modifier before it to the closing quote; the quote
    must hang on the head or on a genitive of it (apposition), and the name is put in the
    nominative. None for a noun in another case than the instrumental, a person's noun
    ("с директором ООО «Вега»", animate), or with no quote."""
    toks = sent.tokens
    if toks[c].pos != "NOUN" or toks[c].feats.get("Case") != "Ins" or \
            toks[c].feats.get("Animacy") == "Anim":
        return None  # "с директором ООО «X»": a person, the body read by the signer passes
    owners = [c] + [d for d in sent.children(c) if toks[d].rel == "nmod" and
                    toks[d].feats.get("Case") == "Gen" and d == c + 1]
    quoted = next((d for o in owners for d in sent.children(o)
                   if d > o and (toks[d].text == "«" or
                                 toks[d].rel in {"appos", "flat:name", "nmod"} and
                                 toks[min(subtree(sent, d))].text == "«")), None)
    if quoted is None:
        return None
    close = next((i for i in range(quoted, min(len(toks), quoted + 8)) if toks[i].text == "»"),
                 None)
    if close is None:
        return None
    lo = c
    while lo - 1 >= 0 and toks[lo - 1].pos == "ADJ" and toks[lo - 1].head == c:
        lo -= 1
    if lo == 0 or toks[lo - 1].lemma not in PARTNER_PREPOSITIONS:
        return None
    start, stop = toks[lo].start, toks[close].stop
    name = nominative_phrase(models, toks[lo:close + 1], analysis.text)
    return _Party(name, _region_at(regions, start, stop), start, stop, models)


def partner_after_signing(sent: Sentence, k: int) -> list[int]:
    """agr73: the first word of a partner phrase "с ..." right after the verb that signs the
    agreement noun k, told after the noun, or right after the noun when the verb comes
    first, when the parse hung neither on the other: "аналогичный договор фонд намерен
    подписать с Заречной районной организацией инвалидов — проект уже готов" (the parse
    may hang the noun on the verb of the clause after the dash). Only a phrase opening with
    an adjective, the split parse's case: a noun right after "с" is left to the parse. None
    when no signing verb stands next to the preposition, or punctuation comes between."""
    toks = sent.tokens
    for x in range(k + 1, min(len(toks) - 1, k + 1 + PARTNER_VERB_REACH)):
        if toks[x].lemma not in PARTNER_PREPOSITIONS:
            if toks[x].pos == "PUNCT" and toks[x].text not in {"«", "»"}:
                return []
            continue
        before = toks[x - 1]
        if toks[x + 1].pos != "ADJ":
            return []  # a noun right after "с": the parse's own phrase, read by the others
        if before.lemma in SIGN_VERBS or x == k + 1 and any(
                toks[v].lemma in SIGN_VERBS for v in range(max(0, k - 3), k)):
            return [x + 1]
        return []
    return []


def _instrumental_head(toks: list[Token], lo: int, h: int) -> bool:
    """Is token h a body's head noun in the instrumental, agreeing with the adjectives
    lo..h-1 in number, and in gender when singular?"""
    head = toks[h]
    if head.pos != "NOUN" or head.feats.get("Case") != "Ins" or \
            head.lemma not in ORG_HEADS | BODY_HEADS:
        return False
    number = head.feats.get("Number")
    return all(t.feats.get("Number") == number and
               (number != "Sing" or t.feats.get("Gender") == head.feats.get("Gender"))
               for t in toks[lo:h])


def _phrase_head(toks: list[Token], i: int, stop: int) -> int:
    """The head of token i inside the phrase read so far, a genitive's adjective reaching
    its noun first ("защиты" for "социальной" in "управлением социальной защиты"): the
    token's head when it comes before ``stop``, else the head of that head, one step."""
    head = toks[i].head
    if head > i and head < len(toks) and toks[head].feats.get("Case") == "Gen":
        head = toks[head].head
    return head if head < stop else -1


def plural_head_units(sent: Sentence, c: int, known: list[_Party]) -> list[_Party]:
    """pair67: a plural body head over several units is each unit's body, as the party
    phrases read it (``party_phrases.municipal_bodies``, whose sides span the units'
    own words): "Аналогичные соглашения департамент планирует заключить с местными
    администрациями Балаклавского и Нахимовского муниципальных округов" has two partners.
    The known sides within the head's phrase, after the head; none for a singular head."""
    toks = sent.tokens
    if toks[c].feats.get("Number") != "Plur" or toks[c].lemma not in ORG_HEADS:
        return []
    span = subtree(sent, c)
    lo, hi = toks[c].stop, toks[span[-1]].stop
    return [p for p in known if lo <= p.start and p.stop <= hi]


def origin_party(sent: Sentence, c: int, known: list[_Party]) -> _Party | None:
    """agr46: the side people come from, when it is no federal subject: "с коллегами из
    Павлодарской области Казахстана" (a province of another state, a named body). The
    known party phrase of a dependent of c that "из" opens."""
    toks = sent.tokens
    for d in sent.children(c):
        if toks[d].rel == "nmod" and any(toks[x].rel == "case" and toks[x].lemma == "из"
                                         for x in sent.children(d)):
            p = next((p for p in known if p.start <= toks[d].start < p.stop), None)
            if p is not None:
                return p
    return None


def apposed_partner(sent: Sentence, c: int, known: list[_Party]) -> _Party | None:
    """split62: a common noun of a partner's kind before its own name, which the party
    reader takes from the next word: "заключено с туроператором ООО «Северные маршруты»",
    "подписано с компанией АО «Ладога»" — the known party phrase opening right after c, when
    c is a singular noun in the instrumental that the phrase's first word, a noun, hangs on
    (its apposition or its nominal dependent in the parse). "с центром в Архангельске" (a
    place after a preposition) is no name of c: the phrase must start at the very next
    word; "с администрациями Кимрского и Конаковского округов" (an adjective of c, a plural)
    is a list the other readers split."""
    toks = sent.tokens
    if c + 1 >= len(toks) or toks[c].pos != "NOUN" or toks[c].feats.get("Case") != "Ins" or \
            toks[c].feats.get("Number") == "Plur" or toks[c + 1].pos not in {"NOUN", "PROPN"}:
        return None
    if toks[c + 1].head != c or toks[c + 1].rel not in {"nmod", "appos", "flat", "flat:name"}:
        return None
    return next((p for p in known if p.start == toks[c + 1].start), None)


def genitive_owner(sent: Sentence, k: int, known: list[_Party],
                   partners: list[int]) -> list[_Party]:
    """The genitive owner of an agreement with a partner is its other side: "о действующем
    соглашении Смоленской области с Республикой Беларусь" is between the region and the
    state (r18fix). Only a named side of a region (a region or a regional body) hung on
    the noun itself, standing before its "с"-partner: "соглашение РЖД ... заключило с ..."
    is read by the subject passes."""
    toks = sent.tokens
    first = min(partners) if partners else -1
    out: list[_Party] = []
    for c in sent.children(k):
        if toks[c].rel != "nmod" or toks[c].feats.get("Case") != "Gen" or not k < c < first:
            continue
        if any(toks[x].rel == "case" for x in sent.children(c)):
            continue  # "соглашение между ...", "для ...": no owner
        p = next((p for p in known if p.start <= toks[c].start < p.stop), None)
        if p is not None and p.regions and all(p.key != q.key for q in out):
            out.append(p)
    return out


def planned_signing_verbs(sent: Sentence, k: int, path: list[int],
                          owners: list[int]) -> list[int]:
    """rounds42: an agreement noun fronted before a verb of planning, which the parser
    made the planning verb's subject, is the object of the infinitive of signing under it,
    and the "с" partners hang on that infinitive: "Такие же договоры весной управление
    намерено заключить с администрациями Нижнего и Верхнего районов" (договоры → намерено,
    заключить → намерено). From the parse: the noun a subject of its path's last word, a
    word of ``PLAN_HEADS``; its ``xcomp`` infinitives of ``SIGN_VERBS`` not yet owners."""
    toks = sent.tokens
    if len(path) != 2 or toks[k].rel not in {"nsubj", "nsubj:pass"} or \
            toks[path[-1]].lemma not in PLAN_HEADS:
        return []
    return [c for c in sent.children(path[-1]) if c not in owners and
            toks[c].rel == "xcomp" and toks[c].lemma in SIGN_VERBS and
            toks[c].feats.get("VerbForm") == "Inf"]


def talks_over_agreement(sent: Sentence, path: list[int], owners: list[int]) -> list[int]:
    """plans68: talks held about the agreement carry its partner: in "Министерство ведёт
    переговоры с Энским колледжем о заключении соглашения" and "С колледжем ведутся
    переговоры о соглашении" the agreement is what the talks are about, and the body the
    talks are held with ("с" on the talks noun, or on the verb whose subject the talks
    noun is) is its side, as the partner of a verb of signing is. From the parse: a noun of
    talks (``lexicon_plans.TALK_NOUNS``) on the noun's predicate path with only nouns of
    signing (``SIGN_NOUNS``: "о заключении соглашения") between it and the agreement noun
    (or the talks' partner, which the parser may have taken for their head:
    ``_talks_partner_slip``); the verb above it too when the talks noun is its subject,
    and that verb's "у" holder ("у министерства идут переговоры с колледжем о соглашении")
    is the other side, the one holding the talks (read in ``_with_partner``).
    Talks the agreement is only the outcome of ("по итогам переговоров с X стороны
    подписали соглашение") hang the talks on the verb, off the noun's path, and give
    nothing here."""
    toks = sent.tokens
    out: list[int] = []
    for n, i in enumerate(path[1:], 1):
        if toks[i].lemma in TALK_NOUNS and toks[i].pos == "NOUN":
            out.append(i)
            v = path[n + 1] if n + 1 < len(path) else -1
            if toks[i].rel in {"nsubj", "nsubj:pass"} and v >= 0 and toks[v].pos == "VERB":
                out.append(v)  # "С колледжем ведутся переговоры о соглашении"
            break
        if toks[i].lemma not in SIGN_NOUNS and not _talks_partner_slip(sent, path, n):
            break
    return [i for i in out if i not in owners]


def _talks_partner_slip(sent: Sentence, path: list[int], n: int) -> bool:
    """plans68: the parser may hang what talks are about on their partner ("переговоры с
    колледжем о заключении соглашения": "о заключении" under "колледжем"): the path word
    n is a noun with a "с" of its own right under a noun of talks; ``_with_partner`` takes
    it for the partner, the talks noun for an owner (``talks_over_agreement``)."""
    toks = sent.tokens
    i = path[n]
    return n + 1 < len(path) and toks[path[n + 1]].lemma in TALK_NOUNS and \
        toks[i].pos in {"NOUN", "PROPN"} and any(
            toks[c].rel == "case" and toks[c].lemma in TALK_PARTNER_PREPOSITIONS
            for c in sent.children(i))


def agreeing_verbs(sent: Sentence, path: list[int], owners: list[int]) -> list[int]:
    """Verbs of agreeing above the noun's own verb carry its partner too: "С министерством
    ... Самарской области договорились подготовить соглашение" (соглашение → подготовить →
    договорились). Only verbs of AGREEING_VERBS on the noun's predicate path or governing
    its last verb as an infinitive complement."""
    toks = sent.tokens
    chain = list(path[1:])
    v = path[-1]
    while toks[v].rel == "xcomp" and 0 <= toks[v].head < len(toks) and len(chain) < 8:
        v = toks[v].head
        chain.append(v)
    return [v for v in chain if v not in owners and toks[v].lemma in AGREEING_VERBS and
            toks[v].pos == "VERB"]


def fronted_partner(sent: Sentence, verbs: list[int]) -> int | None:
    """"С министерством ... Самарской области договорились подготовить соглашение": a "с"
    phrase opening the clause right before a verb of agreeing is its partner, wherever the
    parser hung it. The phrase holds no verb; returns its head noun."""
    toks = sent.tokens
    for v in verbs:
        j = v - 1
        while j > 0 and toks[j].pos not in {"VERB", "AUX", "PUNCT"} and (
                toks[j].lemma not in PARTNER_PREPOSITIONS or _time_from(toks, j)):
            j -= 1
        if toks[j].lemma not in PARTNER_PREPOSITIONS or toks[j].pos != "ADP" or \
                not (j == 0 or toks[j - 1].text in {",", ".", ":", ";"}):
            continue
        noun = j + 1
        if noun < v and toks[noun].pos in {"NOUN", "PROPN"} and \
                toks[noun].feats.get("Case") == "Ins":
            return noun
    return None


def _time_from(toks: list[Token], j: int) -> bool:
    """plan91: "с" opening a time ("с 2019 года", "с марта"), no partner: the next word a
    number or a genitive (``fronted_partner`` walks past it to the clause's opening "с")."""
    return j + 1 < len(toks) and (toks[j + 1].pos == "NUM" or toks[j + 1].text.isdigit() or
                                  toks[j + 1].feats.get("Case") == "Gen")


def in_force_partner(sent: Sentence, path: list[int]) -> int | None:
    """plan91: "С министерством ... давно, с 2016-го, действует договор": the "с" phrase
    opening the clause of a verb the agreement noun is the subject of is its partner, though
    a speaker's label before it ("ИВАНОВ: С Министерством ...") made the parser hang it on
    the label (``fronted_partner`` on that verb)."""
    toks = sent.tokens
    if len(path) != 2 or toks[path[0]].rel not in {"nsubj", "nsubj:pass"} or \
            toks[path[-1]].pos != "VERB":
        return None
    return fronted_partner(sent, [path[-1]])


def same_first_side(
    sent: Sentence, k: int, parties: list[_Party], earlier: list[_Candidate],
) -> list[_Party]:
    """"такой же документ с X" names only the new partner: the other side is the first side
    of the agreement just told ("Министерство труда Омской области подписало соглашение с
    ... Новосибирской области. Рассчитываем заключить такой же документ с Томской
    областью": Омская–Томская). Only when X stands right after the noun, is the one side
    found and the clause speaks in the first person (the speaker's body signed before)."""
    c = adjacent_partner(sent, k)
    lo, hi = _clause_bounds(sent, k)
    if c is None or not _first_person(sent, lo, hi) or \
            not parties[0].start <= sent.tokens[c].start < parties[0].stop:
        return parties  # "аналогичное соглашение с X подписало Y": X is the shared side
    prior = next((c for c in reversed(earlier) if len(c.parties) >= 2), None)
    if prior is None:
        return parties
    first = prior.parties[0]
    if first.key == parties[0].key or set(first.regions) & set(parties[0].regions):
        return parties
    return [first] + parties


def counted_partner(sent: Sentence, k: int) -> bool:
    """The partner phrase after the agreement noun is a count of places: "заключены
    соглашения о сотрудничестве с 12 субъектами", "с десятью регионами" ("с", a numeral,
    a place noun of the lexicon in the instrumental)."""
    toks = sent.tokens
    lo, hi = _clause_bounds(sent, k)
    for i in range(k + 1, min(hi, len(toks)) - 2):
        if toks[i].lemma in PARTNER_PREPOSITIONS and toks[i + 1].pos == "NUM" and \
                toks[i + 2].lemma in COUNTED_PLACE_NOUNS and \
                toks[i + 2].feats.get("Case") == "Ins":
            return True
    return False


def adjacent_partner(sent: Sentence, k: int) -> int | None:
    """"с X" right after the agreement noun is its partner, wherever the parser hung X:
    "рассчитываем подписать такой же документ с Омской областью, проект уже согласовываем
    с ..." (X hung on the later verb). Only an instrumental "с" phrase ("с 2019 года" is a
    date)."""
    toks = sent.tokens
    if k + 2 >= len(toks) or toks[k + 1].lemma not in PARTNER_PREPOSITIONS or \
            toks[k + 1].rel != "case":
        return None
    c = toks[k + 1].head
    if c <= k + 1 or toks[c].rel not in {"nmod", "obl"} or toks[c].feats.get("Case") != "Ins":
        return None
    return c if all(t.pos != "PUNCT" for t in toks[k + 1:c]) else None


def comitative_we_partner(sent: Sentence, k: int) -> int | None:
    """missed74: the partner the page's own "мы" takes by "с" in the agreement noun's
    clause is the noun's partner, wherever the parser hung the pronoun or the phrase: "на
    совещании мы с Ярославским педагогическим колледжем условились подписать соглашение о
    практике" (the college; the parser may hang "мы" on the meeting and the college on the
    practice). Only an instrumental "с" phrase right after a nominative first-person plural
    pronoun before the agreement noun, with no punctuation from the pronoun to the noun (a
    comma opens another clause), and no person named in the instrumental before the noun
    ("мы с директором колледжа Ильёй Зотовым подписали соглашение" is the director, whose
    body the signer passes read). The caller keeps the phrase only when it names a body in
    full."""
    toks = sent.tokens
    for i in range(k):
        t = toks[i]
        if t.lemma != "мы" or t.feats.get("Case") != "Nom" or \
                i + 1 >= k or toks[i + 1].lemma not in PARTNER_PREPOSITIONS:
            continue
        c = toks[i + 1].head
        if not i + 1 < c < k or toks[c].feats.get("Case") != "Ins":
            continue
        if any(x.pos == "PUNCT" and x.text not in QUOTE_MARKS for x in toks[i:k]):
            # another clause between (a body's name in quotes is no clause)
            continue
        if any(x.pos == "PROPN" and x.feats.get("Case") == "Ins" and
               x.feats.get("Animacy") == "Anim" for x in toks[i + 2:k]):
            continue  # "мы с управляющим отделением Ильёй Зотовым": a person, by his post
        return c
    return None


def dash_partner(sent: Sentence, k: int) -> int | None:
    """pair83: "с X" after a dash, the predicate of the agreement noun ("Ближайший документ,
    который министерство подпишет, — с комитетом соседней области"), is its partner: the
    parser hangs X on the noun itself. An instrumental noun after the noun, with "с" among
    its dependents and the dash before it. miss47: or a proper noun or an acronym, whatever
    case the tagger gives it ("второй документ — с ООО «Заря»": "ООО" tagged genitive)."""
    toks = sent.tokens
    for c in sent.children(k):
        if c <= k or toks[c].feats.get("Case") != "Ins" and toks[c].pos != "PROPN":
            continue
        under = sent.children(c)
        case = [x for x in under if toks[x].rel == "case" and toks[x].lemma in PARTNER_PREPOSITIONS]
        if case and any(toks[d].text in GAP_DASHES and d < case[0] for d in under):
            return c
    return None


def topic_partner(sent: Sentence, k: int) -> int | None:
    """agr46: the "с" partner the parser hung inside the agreement's name, after its topic:
    "соглашение о подготовке сиделок для домов престарелых с Тверским медицинским
    колледжем" (hung on "сиделок"). A noun down the name's chain of nouns (at most
    ``TOPIC_PARTNER_DEPTH`` deep) with "с" + instrumental whose head names a body or a
    place (``_topic_partner_word``); the caller keeps it only when it is named (a capital
    or a region)."""
    toks = sent.tokens
    level = [k]
    for _ in range(TOPIC_PARTNER_DEPTH):
        below: list[int] = []
        for x in level:
            for c in sent.children(x):
                if toks[c].rel != "nmod" or c < k:
                    continue
                if x != k and (toks[c].feats.get("Case") == "Ins" or
                               toks[c].lemma in LEGAL_FORMS) and \
                        _topic_partner_word(toks[c]) and any(
                        toks[d].rel == "case" and toks[d].lemma in PARTNER_PREPOSITIONS
                        for d in sent.children(c)):
                    return c
                below.append(c)
        level = below
    return None


def _topic_partner_word(tok: Token) -> bool:
    """many43: the word a "с" partner inside an agreement's name opens with names a body or
    a place: a body's or place's head noun, a legal form ("о трудоустройстве ветеранов
    боевых действий с ООО «Заря»", lemma "ооо", in whatever case the tagger reads the
    indeclinable abbreviation), or a capitalised name, the first of
    districts told by adjectives ("о развитии сельского туризма с Верхним и Нижним
    муниципальными районами": the parser hangs "районами" elsewhere)."""
    return tok.lemma in ORG_HEADS | BODY_HEADS | PLACE_HEADS | LEGAL_FORMS or \
        tok.pos in {"PROPN", "ADJ"} and tok.text[:1].isupper()


def _participant_sides(
    analysis: Analysis, models: Models, sent: Sentence, k: int, regions: list[RegionRef],
) -> list[_Party]:
    """The subject of "стать участником соглашения", "выступить сторонами договора": a side
    of the agreement. "Участником соглашения стал филиал фонда «Защитники Отечества» по
    Кемеровской области — Кузбассу"; "Сторонами соглашения выступили X и Y"."""
    if not sent.parsed:
        return []
    toks = sent.tokens
    n = toks[k].head
    if not 0 <= n < len(toks) or toks[n].lemma not in PARTICIPANT_NOUNS or \
            toks[k].feats.get("Case") != "Gen":
        return []
    v = toks[n].head if toks[n].rel != "root" else n
    if not 0 <= v < len(toks) or toks[v].lemma not in LINK_VERBS | PARTICIPANT_NOUNS:
        return []
    out: list[_Party] = []
    for c in sent.children(v):
        if toks[c].rel not in {"nsubj", "nsubj:pass"} or c == n:
            continue
        under = subtree(sent, c)
        out += _parties_in(analysis, models, sent, under[0], under[-1] + 1, regions)
    return out


def _referring_pronoun(noun: Token, pron: Token) -> bool:
    """Can the possessive pronoun stand for the agreement noun? "его" for a masculine or
    neuter noun ("соглашение", "договор"), "её" for a feminine one ("договорённость"),
    "их" for a plural one."""
    word = pron.text.lower().replace("ё", "е")
    if noun.feats.get("Number") == "Plur":
        return word == "их"
    return word == ("ее" if noun.feats.get("Gender") == "Fem" else "его")


def _sides_told_in(
    analysis: Analysis, models: Models, nxt: Sentence, noun: Token, regions: list[RegionRef],
    next_one: bool = True,
) -> list[_Party]:
    """The sides one sentence tells of the agreement its referring word stands for
    (``participants_told_next``). ``next_one``: the sentence right after the agreement's."""
    toks = nxt.tokens

    def stands_for(c: int, case: str) -> bool:
        # agr73: the possessive "его" is tagged with no case ("Его сторонами стали ..."); as
        # a possessive it stands for the genitive, in the sentence right after the
        # agreement's only ("Министр рассказал о планах. Его ..." may be the minister's)
        own = toks[c].feats.get("Case") or \
            ("Gen" if toks[c].pos == "DET" and next_one else None)
        return own == case and (
            toks[c].pos in {"PRON", "DET"} and _referring_pronoun(noun, toks[c]) or
            toks[c].lemma in COOPERATION_DOCUMENTS)

    for n, t in enumerate(toks):
        phrases: list[int] = []
        if t.lemma in PARTICIPANT_NOUNS and any(
                toks[c].rel in {"nmod", "det"} and stands_for(c, "Gen")
                for c in nxt.children(n)):
            v = t.head if t.rel != "root" else n  # "Его участниками стали X и Y"
            if 0 <= v < len(toks) and toks[v].lemma in LINK_VERBS:
                phrases = [c for c in nxt.children(v)
                           if toks[c].rel in {"nsubj", "nsubj:pass"} and c != n]
        elif t.lemma in SIDE_DRAFTING_VERBS and t.pos == "VERB" and any(
                toks[c].rel == "obj" and stands_for(c, "Acc") for c in nxt.children(n)):
            phrases = [c for c in nxt.children(n)  # "Его подготовят X, Y и Z"
                       if toks[c].rel in {"nsubj", "nsubj:pass"}]
        elif t.lemma in UNITE_VERBS and t.pos == "VERB" and any(
                toks[c].rel == "nsubj" and stands_for(c, "Nom") for c in nxt.children(n)):
            phrases = [c for c in nxt.children(n)  # "Документ объединяет усилия X, Y и Z"
                       if toks[c].rel == "obj"]
        out: list[_Party] = []
        for c in phrases:
            under = subtree(nxt, c)
            out += _parties_in(analysis, models, nxt, under[0], list_run_end(nxt, under[-1]),
                               regions)
        if not out:
            span = sides_aside_signing(nxt, n, lambda c: stands_for(c, "Acc"))
            if span is not None:
                out = _parties_in(analysis, models, nxt, span[0], span[1], regions)
        if out:
            return out
    return []


def sides_aside_signing(sent: Sentence, n: int, stands_for: Callable[[int], bool],
                        ) -> tuple[int, int] | None:
    """miss43: the span of the sides listed between dashes after "стороны" (token ``n``) in
    a sentence that signs, or plans to sign, the document told just before: "Подписать
    документ стороны — правительство области, федерация профсоюзов и союз работодателей —
    намерены в декабре" (after "Комиссия одобрила проект трёхстороннего соглашения"). The
    word is a participant noun in the plural nominative (or the genitive singular, written
    alike), a dash right after it and another
    closing the aside; the sentence has a verb of signing (``SIGN_VERBS``) whose object
    stands for the agreement ("документ", "его"). None: not this shape."""
    toks = sent.tokens
    t = toks[n]
    plural_nominative = t.feats.get("Number") == "Plur" and t.feats.get("Case") in {"Nom", None}
    # "стороны" is tagged either case: the plural nominative and the singular genitive are
    # written alike
    if t.lemma not in PARTICIPANT_NOUNS or not (
            plural_nominative or t.feats.get("Case") == "Gen") or n + 2 >= len(toks) or \
            toks[n + 1].text not in ASIDE_DASHES:
        return None
    close = next((i for i in range(n + 2, len(toks)) if toks[i].text in ASIDE_DASHES), None)
    if close is None or close - n < 3:
        return None
    if not any(v.lemma in SIGN_VERBS and v.pos == "VERB" and any(
            toks[c].rel == "obj" and stands_for(c) for c in sent.children(i))
            for i, v in enumerate(toks)):
        return None
    return n + 2, close


def colon_clause_drafters(
    analysis: Analysis, models: Models, sent: Sentence, k: int, regions: list[RegionRef],
) -> list[_Party]:
    """bcast90: the sides of an agreement its own clause leaves unnamed, told in the clause
    a colon opens after it as those who work on its draft: "Ещё одно соглашение на подходе:
    комитет по труду и Омский колледж связи обсуждают его проект" gives the committee and
    the college. The clause's verb is one of working on a draft
    (``DRAFT_WORK_VERBS``) whose object stands for the agreement: the noun "документ", a
    pronoun that can stand for the agreement noun ("его"), or a draft noun ("проект") with
    either in the genitive ("проект документа", "его проект"); its subjects are the sides
    (the words between the colon and the verb when the parser took the agreement noun for
    the verb's subject).
    No clause with an agreement noun of its own ("...: министерство готовит договор с
    фондом" is that other agreement's), nor a colon before the agreement noun."""
    toks = sent.tokens
    noun = toks[k]
    colon = next((i for i in range(k + 1, len(toks)) if toks[i].text == ":"), None)
    if colon is None or any(t.lemma in TRIGGERS for t in toks[colon + 1:]):
        return []

    def stands_for(c: int) -> bool:
        return toks[c].lemma in COOPERATION_DOCUMENTS or (
            toks[c].pos in {"PRON", "DET"} and _referring_pronoun(noun, toks[c]))

    for v in range(colon + 1, len(toks)):
        if toks[v].pos != "VERB" or toks[v].lemma not in DRAFT_WORK_VERBS:
            continue
        objs = [c for c in sent.children(v) if toks[c].rel == "obj" and c > colon]
        if not any(stands_for(c) or toks[c].lemma in DRAFT_NOUNS and any(
                toks[d].rel in {"nmod", "det"} and stands_for(d)
                for d in sent.children(c)) for c in objs):
            continue
        out: list[_Party] = []
        subjects = [c for c in sent.children(v)
                    if toks[c].rel in {"nsubj", "nsubj:pass"} and c > colon]
        for c in subjects:
            under = subtree(sent, c)
            out += _parties_in(analysis, models, sent, under[0],
                               list_run_end(sent, under[-1]), regions)
        if not subjects and not any(toks[i].pos in {"VERB", "AUX"}
                                    for i in range(colon + 1, v)):
            # the parser hung the agreement noun on the verb as its subject and the
            # names after the colon elsewhere: the words between the colon and the verb
            out = _parties_in(analysis, models, sent, colon + 1, v, regions)
        if out:
            return out
    return []


def list_run_end(sent: Sentence, last: int) -> int:
    """agr73: where the list of sides of a side phrase ending at token ``last`` ends: the
    parse may cut a list of names with quotes inside quotes into pieces hung on no one
    ("Участниками его стали фонд «Дом «Северный»» и ООО «Сияние»" leaves the last member
    outside the subject's subtree), so the list runs on to the sentence's end over words of
    names and list joiners; a verb, a pronoun, a subordinating conjunction, a semicolon or
    a colon starts another clause and ends it ("..., которые договорились ...")."""
    toks = sent.tokens
    i = last + 1
    while i < len(toks) and toks[i].pos not in {"VERB", "AUX", "PRON", "SCONJ"} and \
            toks[i].text not in {";", ":"}:
        i += 1
    return i


def participants_told_next(
    analysis: Analysis, models: Models, sents: list[Window], si: int, k: int,
    regions: list[RegionRef],
) -> list[_Party]:
    """agr46: the sides of an agreement its own sentence leaves unnamed, told by one of the
    next ``SIDES_TOLD_REACH`` sentences as its participants, as those who draft it or as
    those it unites: "Четырехстороннее соглашение ... подписано накануне. Его участниками
    стали департамент ..., отделение ... и ассоциация «...»"; "стороны договорились о
    четырехстороннем соглашении ... Его подготовят министерство ..., отделение ..., Федерация
    ... и Союз ..."; "Документ объединяет усилия Министерства ..., университета ... и АО
    «...»". The referring word is a pronoun that can stand for the agreement noun ("его"
    for "соглашение") or the noun "документ": the genitive of a participant noun
    ("участник", "сторона") under a link verb ("стали", "выступили"), whose subjects are
    the sides; the object of a drafting verb, whose subjects are; the subject of a verb of
    uniting, whose object holds them. (A signing verb's subjects are people, read by the
    signer passes.) Of one agreement only: the sides of several ("три соглашения ...
    Сторонами документов выступили X с одной стороны и A, B, C с другой") are shared out by
    the passes of lists; and not past a sentence naming an agreement of its own."""
    noun = sents[si].tokens[k]
    if noun.feats.get("Number") == "Plur" or _count(sents[si], k) >= 2:
        return []
    for n, nxt in enumerate(sents[si + 1:si + 1 + SIDES_TOLD_REACH]):
        if any(t.lemma in TRIGGERS for t in nxt.tokens):
            return []
        if not any(t.lemma in PARTICIPANT_NOUNS | SIDE_DRAFTING_VERBS | UNITE_VERBS
                   for t in nxt.tokens):
            continue
        found = _sides_told_in(analysis, models, ensure_parsed(nxt, models), noun, regions,
                               next_one=n == 0)
        if found:
            return found
    return []


def pronoun_signing_partners(
    analysis: Analysis, models: Models, sents: list[Window], si: int, k: int,
    regions: list[RegionRef],
) -> list[_Party]:
    """The partners ``pronoun_signing_clause`` reads (below): "Соглашение с фондом пока не
    готово. Подписать его с фондом «Шаг» планируем летом" → the fund «Шаг»."""
    return pronoun_signing_clause(analysis, models, sents, si, k, regions)[0]


def pronoun_signing_clause(
    analysis: Analysis, models: Models, sents: list[Window], si: int, k: int,
    regions: list[RegionRef],
) -> tuple[list[_Party], Sentence | None, int]:
    """agr46b: the "с" partners of a signing verb whose object is a pronoun standing for the
    agreement noun told just before, within ``SIDES_TOLD_REACH`` sentences and none naming an
    agreement of its own between: "Третье соглашение так и осталось на бумаге. Его собирались
    заключить с Энским советом ветеранов" → the council; "министерство
    подписало ещё три меморандума с общественными организациями. Министр заключила их с
    АНО «Шаг», фондом «Опора» и обществом «Друг»" → the three. The pronoun
    agrees with the noun: "их" with a plural or a counted noun, "его" with a masculine or
    neuter one, "её" with a feminine one. A person after "с" is no partner (``_with_partner``
    reads bodies and places only). Returns the partners, the pronoun's sentence and the
    pronoun's offset (the signers are named before it)."""
    noun = sents[si].tokens[k]
    many = noun.feats.get("Number") == "Plur" or _count(sents[si], k) >= 2
    for nxt in sents[si + 1:si + 1 + SIDES_TOLD_REACH]:
        if any(t.lemma in TRIGGERS for t in nxt.tokens):
            return [], None, -1
        if not any(t.lemma in SIGN_VERBS for t in nxt.tokens) or \
                not any(t.lemma in PARTNER_PREPOSITIONS for t in nxt.tokens):
            continue
        sent = ensure_parsed(nxt, models)
        toks = sent.tokens
        for v, verb in enumerate(toks):
            if verb.lemma not in SIGN_VERBS:
                continue
            pron = next((c for c in sent.children(v) if toks[c].rel == "obj" and
                         toks[c].pos == "PRON" and toks[c].lemma in PARTNER_PRONOUNS), None)
            if pron is None or not _stands_for(toks[pron], noun, many):
                continue
            found = _with_partner(analysis, models, sent, pron, regions)
            if found:
                return found + [p for p in _instrumental_siblings(analysis, models, sent, v,
                                                                   regions)
                                if all(p.key != q.key for q in found)], sent, toks[pron].start
    return [], None, -1


def _instrumental_siblings(analysis: Analysis, models: Models, sent: Sentence, v: int,
                           regions: list[RegionRef]) -> list[_Party]:
    """agr46b: the later members of a verb's "с" list that the parser hung on the verb as
    obliques of their own, in the instrumental with no preposition ("заключила их с АНО
    «Шаг», региональной организацией «Опора» и обществом «Друг»": the organisation and the
    society), each read as a named side."""
    toks = sent.tokens
    first = next((c for c in sent.children(v) if toks[c].rel in PARTNER_OBLIQUES and any(
        toks[x].rel == "case" and toks[x].lemma in PARTNER_PREPOSITIONS
        for x in sent.children(c))), None)
    if first is None:
        return []
    known = _parties_in(analysis, models, sent, 0, len(toks), regions)
    out: list[_Party] = []
    for c in sent.children(v):
        if c <= first or toks[c].rel != "obl" or toks[c].feats.get("Case") != "Ins" or \
                any(toks[x].rel == "case" for x in sent.children(c)):
            continue
        p = next((p for p in known if p.start <= toks[c].start < p.stop), None) or \
            _side_phrase(analysis, models, sent, c, regions, named=True)
        if p is not None:
            out.append(p)
    return out


def _stands_for(pron: Token, noun: Token, many: bool) -> bool:
    """agr46b: may the accusative pronoun stand for the agreement noun: "их" for plural or
    counted ones, "его" for a masculine or neuter one, "её" for a feminine one?"""
    if pron.feats.get("Number") == "Plur" or pron.text.lower() == "их":
        return many
    genders = PRONOUN_OBJECT_FORMS.get(pron.text.lower())
    return not many and genders is not None and noun.feats.get("Gender") in genders


def _bare_kind_partner(sent: Sentence, k: int) -> int | None:
    """The "с" partner of the agreement noun named by its kind noun alone: "Соглашение с
    фондом подписала также М.Шалаева" (a body's head noun in the singular with nothing of
    its own but the preposition and punctuation)."""
    toks = sent.tokens
    c = adjacent_partner(sent, k)
    if c is None:
        c = next((c for c in sent.children(k) if toks[c].rel == "nmod" and any(
            toks[x].rel == "case" and toks[x].lemma in PARTNER_PREPOSITIONS
            for x in sent.children(c))), None)
    if c is None or toks[c].lemma not in ORG_HEADS | BODY_HEADS or \
            toks[c].feats.get("Number") != "Sing" or \
            any(toks[d].rel not in {"case", "punct"} for d in sent.children(c)):
        return None
    return c


def partner_named_before(
    analysis: Analysis, models: Models, sents: list[Window], si: int, k: int,
    regions: list[RegionRef],
) -> list[_Party]:
    """agr46: a "с" partner named by its kind noun alone is the body of that kind the
    sentences just before name in full: "Третьим партнером министерства стал
    благотворительный фонд «Добрые руки Кузбасса». ... Соглашение с фондом подписала также
    М.Шалаева" gives the fund. The nearest such body within ``PARTNER_ANTECEDENT_REACH``
    sentences, its head noun (after its adjectives) the same lemma. For a signing only: a
    recalled one ("первое соглашение министерства с фондом было заключено в 2020 году")
    takes the sides told before it whole (``merge_rules.older_agreement_of_told_sides``)."""
    sent = sents[si]
    if not sent.parsed:
        return []
    c = _bare_kind_partner(sent, k)
    if c is None:
        return []
    kind = sent.tokens[c].lemma
    for before in reversed(sents[max(0, si - PARTNER_ANTECEDENT_REACH):si]):
        if not any(t.lemma == kind for t in before.tokens):
            continue
        for p in reversed(_parties_in(analysis, models, before, 0, len(before.tokens),
                                      regions)):
            i = _token_index(before, p.start)
            while i < len(before.tokens) and before.tokens[i].pos == "ADJ":
                i += 1
            if i < len(before.tokens) and before.tokens[i].lemma == kind:
                return [p]
    return []


def _holder(sent: Sentence, c: int) -> bool:
    """Is token c a holder in "у X" (an oblique with the preposition "у")? "У Казани уже
    действуют соглашения с Чебоксарами": Казань has them, so it is their side."""
    toks = sent.tokens
    return toks[c].rel == "obl" and any(toks[x].rel == "case" and toks[x].lemma == "у"
                                        for x in sent.children(c))


def _holder_side(
    analysis: Analysis, models: Models, sent: Sentence, k: int, regions: list[RegionRef],
) -> _Party | None:
    """The side that holds the agreement: "у X" on the noun or on the predicate whose
    subject it is ("У Казани уже действуют соглашения с Чебоксарами", "у области есть
    договор с ..."). A named body or place only."""
    if not sent.parsed:
        return None
    toks = sent.tokens
    path = _predicate_path(sent, k)
    owners = [k] + ([path[-1]] if len(path) == 2 and toks[k].rel in {"nsubj", "nsubj:pass"}
                    else [])
    for o in owners:
        for c in sent.children(o):
            if _holder(sent, c):
                under = subtree(sent, c)
                found = _parties_in(analysis, models, sent, under[0], under[-1] + 1, regions)
                return found[0] if len(found) == 1 else None
    return None


def _clause_actor(analysis: Analysis, sent: Sentence, k: int, path: list[int]) -> int | None:
    """The other side of an agreement "с X" is the actor of the clause that speaks of it,
    whatever its verb: "Министерство ... Липецкой области утвердило план по реализации
    соглашения с Министерством труда Воронежской области", "Руководство Псковской области
    отказалось подписывать соглашение с Новгородской областью" (an infinitive's subject is
    its head's). The subject of the verb ending the noun's predicate path, not the noun
    itself and no person (a person's body is read by the signatory passes)."""
    toks = sent.tokens
    v = path[-1]
    if len(path) < 2 or toks[v].pos not in {"VERB", "AUX"}:
        return None
    if toks[v].feats.get("VerbForm") == "Inf" and toks[v].rel == "xcomp" and toks[v].head >= 0:
        v = toks[v].head
    v = _speaking_verb(sent, v, path)
    persons = [(s.start, s.stop) for s in _persons(analysis, sent)]
    for c in sent.children(v):
        if toks[c].rel != "nsubj" or c in path or toks[c].pos not in {"NOUN", "PROPN"}:
            continue
        under = subtree(sent, c)
        a, b = toks[under[0]].start, toks[under[-1]].stop
        if any(a <= x < b for x, _ in persons):
            return None  # "министр X Иванов ...": a signer, read elsewhere
        return c
    return _subject_on_object(sent, v, path)


def _subject_on_object(sent: Sentence, v: int, path: list[int]) -> int | None:
    """A verb with no subject whose object came out with a nominative name hung on it,
    right before the verb: "аналогичное соглашение Приангарье планирует подписать с ..."
    (the parser made "Приангарье" a modifier of "соглашение"): that name is the subject."""
    toks = sent.tokens
    b = v - 1
    if b < 0 or any(toks[c].rel in {"nsubj", "nsubj:pass"} for c in sent.children(v)):
        return None
    t = toks[b]
    if t.pos == "PROPN" and t.feats.get("Case") == "Nom" and t.rel in {"nmod", "appos"} and \
            t.head in path:
        return b
    return None


def _speaking_verb(sent: Sentence, v: int, path: list[int]) -> int:
    """A verb with no subject of its own in a clause that tells what someone said or hoped
    has that someone for its actor: "Глава Чувашии выразил надежду, что соглашение с Марий
    Эл будет продлено" (продлено → надежду → выразил). Climbs clause links only, to the
    first verb with a subject; the verb itself otherwise."""
    toks = sent.tokens
    node = v
    for _ in range(4):
        if any(toks[c].rel == "nsubj" and c not in path for c in sent.children(node)):
            return node
        if toks[node].rel not in {"acl", "ccomp", "advcl", "obj"} or toks[node].head < 0:
            return v
        node = toks[node].head
    return v


def _actor_side(
    analysis: Analysis, models: Models, sent: Sentence, k: int, partner: _Party,
    regions: list[RegionRef],
) -> list[_Party]:
    """The one side named after the agreement noun ("соглашения ... с Министерством труда
    Воронежской области") has the clause's actor for the other (``_clause_actor``), when
    that is a named body or region of another region than the partner: "Министерство
    социальной защиты Липецкой области утвердило план мероприятий по реализации
    соглашения о сотрудничестве с ...". Only from the parse."""
    if not sent.parsed or partner.start < sent.tokens[k].stop:
        return []
    a = _clause_actor(analysis, sent, k, _predicate_path(sent, k))
    if a is None or sent.tokens[a].feats.get("Number") == "Plur":
        return []
    toks = sent.tokens
    known = _parties_in(analysis, models, sent, 0, max(k, a + 1), regions)
    p = next((p for p in known if p.start <= toks[a].start < p.stop), None)
    if p is None and toks[a].lemma in ORG_HEADS | BODY_HEADS | PLACE_HEADS | GOVERNING_NOUNS | \
            REGION_POSTS:
        # "Руководство Псковской области": the region of the body's own words, up to a
        # comma or a verb
        end = next((i for i in range(a + 1, len(toks)) if toks[i].text in {",", "—", "(", ":"}
                    or toks[i].pos in {"VERB", "AUX"}), len(toks))
        codes = _region_at(regions, toks[a].start, toks[end - 1].stop)
        if len(codes) == 1:
            region = next(r for r in regions if r.code == codes[0])
            p = _Party(region.name, codes, toks[a].start, toks[end - 1].stop, models)
    if p is None or p.key == partner.key or set(p.regions) & set(partner.regions):
        return []
    return [p]


def _region_under(sent: Sentence, c: int, regions: list[RegionRef],
                  models: Models) -> _Party | None:
    """The one region named inside the phrase of token c: "с коллегами из Татарстана"."""
    toks = sent.tokens
    under = subtree(sent, c)
    codes = _region_at(regions, toks[under[0]].start, toks[under[-1]].stop)
    if len(codes) != 1:
        return None
    region = next(r for r in regions if r.code == codes[0])
    return _Party(region.name, codes, toks[c].start, toks[c].stop, models)


def _earlier_sides(
    sent: Sentence, lo: int, hi: int, earlier: list[_Candidate], regions: list[RegionRef],
    models: Models,
) -> list[_Party]:
    """"Стороны", "они", "регионы" with no sides named in the sentence before: the sides of
    the latest agreement of the document that named two or more. "Регионы" stands for
    their regions: "Ранее регионы уже заключили соглашение о шефстве"."""
    prior = next((c for c in reversed(earlier) if len(c.parties) >= 2), None)
    if prior is None:
        return []
    if not any(t.lemma == "регион" and t.feats.get("Number") == "Plur"
               for t in sent.tokens[lo:hi]) and not _counted_places(sent, lo, hi):
        return list(prior.parties)
    out: list[_Party] = []
    for p in prior.parties:
        for code in p.regions:
            region = next((r for r in regions if r.code == code), None)
            if region is not None and all(code not in q.regions for q in out):
                out.append(_Party(region.name, [code], p.start, p.stop, models))
    return out if len(out) >= 2 else []


def paragraph_agreement_sides(text: str, sent: Sentence,
                              earlier: list[_Candidate]) -> list[_Party]:
    """"Стороны", "они" refer to the agreement named last in the same paragraph, even when
    that mention gives only the partner: after "Речь шла о соглашении с министерством
    Тамбовской области, которое истекает в мае." the sides of "Стороны планируют продлить
    документ" are that partner and the document's own side (the side of the latest
    agreement naming two, the one not of the partner's region; the first named on a tie of
    how often each is named). None when the paragraph names no such one-sided agreement."""
    if not earlier:
        return []
    last = earlier[-1]
    if len(last.parties) != 1 or "\n" in text[last.sentence.start:sent.start]:
        return []
    partner = last.parties[0]
    prior = next((c for c in reversed(earlier) if len(c.parties) >= 2), None)
    if prior is None or set(partner.regions) & {r for p in prior.parties for r in p.regions}:
        return []
    counts = {p.key: sum(p.key in {q.key for q in c.parties} for c in earlier)
              for p in prior.parties}
    own = max(prior.parties, key=lambda p: counts[p.key])
    return [own, partner]


# relations of a side's dependents that are not part of its name
_NOT_NAME = {"conj", "cc", "punct", "acl", "acl:relcl", "parataxis", "nsubj",
             "obj", "obl", "advcl", "flat:name"}


def _frame_sides(
    analysis: Analysis, models: Models, sent: Sentence, k: int, regions: list[RegionRef],
) -> list[_Party]:
    """The sides of a signing from the parse, in any word order: the subjects of the verb
    that governs the agreement noun with their conjuncts ("Подписали соглашение Костромская
    область и Меловский район"), or its passive agents ("Соглашение подписано
    Министерством труда Чувашии и Департаментом ..."). A side is a known party phrase, or
    the side's own phrase when its head is a body or a place. Two or more, or nothing.
    muni90: a roadmap's sides may adopt it ("Мэрия и фонд утвердили дорожную карту",
    ``ADOPT_VERBS``; only a roadmap signed after is a candidate, ``adopted_roadmap_signed``)."""
    verbs = SUBJECT_VERBS | ADOPT_VERBS if sent.tokens[k].lemma in ROADMAP_DOCUMENTS \
        else SUBJECT_VERBS
    path = _signing_path(sent, k, verbs)
    if path is None:
        return []
    toks = sent.tokens
    v = path[-1]
    # an object besides the agreement noun, when the noun is the object too, is a subject
    # parsed wrongly in object-verb-subject order ("Соглашение подписали город Шахты и ...")
    second_obj = toks[path[-2]].rel == "obj"
    nodes = [c for c in sent.children(v) if c not in path and (
        toks[c].rel in {"nsubj", "obl:agent"} or (second_obj and toks[c].rel == "obj") or
        (toks[c].rel == "obl" and toks[c].feats.get("Case") == "Ins" and
         not any(toks[x].rel == "case" for x in sent.children(c))))]
    for n in list(nodes):
        nodes += [c for c in sent.children(n) if toks[c].rel == "conj"]
        # "организация «Центр «Вместе» и Комплексный центр ...": the parse may hang the
        # second side on the name in apposition to the first side's legal form
        nodes += [c for a in sent.children(n) if toks[a].rel == "appos"
                  for c in sent.children(a) if toks[c].rel == "conj"]
    nodes += _misattached_subjects(sent, nodes, v)
    nodes = _named_after_colon(sent, nodes)
    if len(nodes) < 2:
        return []
    known = _parties_in(analysis, models, sent, 0, len(toks), regions)
    persons = _persons(analysis, sent)
    out: list[_Party] = []
    for n in sorted(set(nodes)):
        t = toks[n]
        if t.pos == "PRON" or t.lemma in SIDE_WORDS or \
                any(p.start <= t.start < p.stop for p in persons):
            return []  # a pronoun or a person: other passes read those
        p = next((p for p in known if p.start <= t.start < p.stop), None) or \
            _named_apposition(sent, n, known)
        if p is None:
            p = _side_phrase(analysis, models, sent, n, regions)
        if p is None:
            return []
        if all(p.key != q.key for q in out):
            out.append(p)
    return out if len(out) >= 2 else []


def _named_apposition(sent: Sentence, n: int, known: list[_Party]) -> _Party | None:
    """The known name in apposition to a legal form written out, the side it stands for:
    "автономная некоммерческая организация «Центр поддержки семьи «Вместе»" is the
    centre. None when no apposition of token n starts a known party."""
    toks = sent.tokens
    for a in sent.children(n):
        if toks[a].rel == "appos":
            p = next((p for p in known if p.start <= toks[a].start < p.stop), None)
            if p is not None:
                return p
    return None


def _named_after_colon(sent: Sentence, nodes: list[int]) -> list[int]:
    """The sides a colon's list names, without the words it spells out: in "соглашение
    заключили некоммерческая организация и государственное учреждение: АНО «Центр
    «Вместе» и КЦСОН Октябрьского района" the parse gives all four nouns as subjects, but
    the two before the colon only describe the two named after it. Kept as they are when
    no colon stands among the nodes, or fewer than two nodes follow it."""
    toks = sent.tokens
    if len(nodes) < 2:
        return nodes
    first, last = min(nodes), max(nodes)
    colon = next((i for i in range(last - 1, first, -1) if toks[i].text == ":"), None)
    if colon is None:
        return nodes
    after = [n for n in nodes if n > colon]
    return after if len(after) >= 2 else nodes


def _signing_subject(
    analysis: Analysis, models: Models, sent: Sentence, k: int, regions: list[RegionRef],
) -> list[_Party]:
    """The one side that is the subject of the verb signing the agreement noun at k:
    "Министерство труда Республики Марий Эл подписало два соглашения" gives the ministry.
    Only from the parse; a known party phrase or a body or place phrase."""
    path = _signing_path(sent, k, SIGN_VERBS)
    if path is None:
        return []
    toks = sent.tokens
    v = path[-1]
    nodes = [c for c in sent.children(v) if toks[c].rel == "nsubj"]
    if len(nodes) != 1 or toks[nodes[0]].pos == "PRON":
        return []
    t = toks[nodes[0]]
    if t.feats.get("Number") == "Plur" and t.pos == "NOUN":
        return []  # "регионы заключили сразу два соглашения": several sides, no one side
    p = _side_phrase(analysis, models, sent, nodes[0], regions)
    if p is None:
        known = _parties_in(analysis, models, sent, 0, k, regions)
        p = next((q for q in known if q.start <= t.start < q.stop), None)
    return [p] if p is not None else []


def _misattached_subjects(sent: Sentence, nodes: list[int], v: int) -> list[int]:
    """Nominative body nouns listed with the subject before a plural verb that the parser
    hung elsewhere: in "Областное правительство, областная федерация профсоюзов и Союз
    промышленников и предпринимателей подписали соглашение" only "правительство" is parsed
    as the subject ("федерация" came out a conjunct of the object). A noun counts when it
    lies between the first subject and the verb, a comma or "и" comes right before its
    phrase (its adjectives), and its head word names a body or a place."""
    toks = sent.tokens
    subjects = [n for n in nodes if n < v and toks[n].rel == "nsubj"]
    if not subjects or toks[v].feats.get("Number") != "Plur":
        return []
    out: list[int] = []
    for i in range(min(subjects) + 1, v):
        t = toks[i]
        if i in nodes or t.pos not in {"NOUN", "PROPN"} or t.feats.get("Case") != "Nom" or \
                t.lemma not in ORG_HEADS | PLACE_HEADS | BODY_HEADS:
            continue
        j = i - 1
        while j > 0 and toks[j].pos == "ADJ" and toks[j].feats.get("Case") == "Nom":
            j -= 1
        if toks[j].text in LIST_JOINERS:
            out.append(i)
    return out


def _side_phrase(
    analysis: Analysis, models: Models, sent: Sentence, n: int, regions: list[RegionRef],
    named: bool = False,
) -> _Party | None:
    """The name phrase headed by token n: its modifiers and genitives, without conjuncts,
    appositions or clauses; only for a body or place head ("Меловский район"). ``named``:
    only a phrase with a capital or a region, for a partner after "с" ("соглашения с
    областным департаментом" describes a partner named elsewhere)."""
    toks = sent.tokens
    if toks[n].lemma not in ORG_HEADS | PLACE_HEADS | BODY_HEADS:
        return None
    persons = _persons(analysis, sent)
    keep = {n}
    stack = [n]
    while stack:
        x = stack.pop()
        for c in sent.children(x):
            if any(p.start <= toks[c].start < p.stop for p in persons):
                continue  # "администрация в лице главы Ивана Петрова": a signer, not the name
            if x == n and toks[c].rel == "case":
                continue  # "с департаментом": the preposition is not in the name
            if c not in keep and (toks[c].rel not in _NOT_NAME or
                                  _genitive_conjunct(sent, c) or _name_quote(sent, x, c)):
                keep.add(c)
                stack.append(c)
    lo, hi = min(keep), max(keep) + 1
    if hi - lo != len(keep):
        return None  # not one stretch of text: a parse to distrust
    start, stop = toks[lo].start, toks[hi - 1].stop
    codes = _region_at(regions, start, stop)
    if named and not codes and not any(t.text[:1].isupper() for t in toks[lo:hi]):
        return None  # "с областным департаментом": a description in lower case, no name
    name = nominative_phrase(models, toks[lo:hi], analysis.text)
    return _Party(name, codes, start, stop, models)


def _name_quote(sent: Sentence, x: int, c: int) -> bool:
    """agr42: the quotes of a name in apposition to a legal form written out belong to the
    phrase, or it is no one stretch of text: "с автономной некоммерческой организацией
    «Забота»" is the organisation «Забота» (the parse hangs each quote on the quoted word,
    as punctuation)."""
    toks = sent.tokens
    return toks[c].rel == "punct" and toks[c].text in {"«", "»"} and x != c and \
        toks[x].rel in {"appos", "nmod", "flat:name", "flat"} and toks[x].head >= 0


def _genitive_conjunct(sent: Sentence, c: int) -> bool:
    """A common noun joined by "и" to a genitive inside a name is part of the name: "Союз
    промышленников и предпринимателей" (not "Министерство труда Чувашии и Департамент",
    a nominative, nor "администрации Костромы и Ярославля", proper names)."""
    toks = sent.tokens
    t, h = toks[c], toks[toks[c].head]
    return (t.rel == "conj" and t.pos == "NOUN" and t.text.islower() and
            t.feats.get("Case") == "Gen" == h.feats.get("Case") and h.rel == "nmod" and
            any(toks[x].text == "и" and toks[x].rel == "cc" for x in sent.children(c)))


# Relations by which a partner phrase "с X" hangs on the agreement noun or its verb.
PARTNER_RELS = frozenset({"nmod", "obl", "parataxis", "appos"})


def _opens_with_s(sent: Sentence, c: int) -> bool:
    """Does the phrase under c open with "с" (punctuation aside)? In "три соглашения — с
    университетом, с колледжем и с отделением" the parse may hang the first "с" on a
    later conjunct, but the partners' phrase still begins with it."""
    toks = sent.tokens
    first = next((i for i in subtree(sent, c) if toks[i].pos != "PUNCT"), None)
    return first is not None and first < c and toks[first].lemma in PARTNER_PREPOSITIONS


@dataclass(frozen=True)
class ListSplit:
    """A plural agreement noun's list of partners, read once per mention
    (``_with_list_split``): one pair per partner, and whether their shared side is left
    open (no side named before the list and no count to match), so that only a noun
    ``alike`` the one told before splits them."""

    pairs: list[list[_Party]] = field(default_factory=list)
    open_side: bool = False
    # agr69: the open side is the signing verb's own subject, a body named by no side
    # phrase ("наш фонд заключил соглашения с A и B": ``subject_before_list``)
    subject: bool = False
    # rec95: no word of the clause names the open side ("соглашения планируется заключить
    # с A и B", "соглашения министерства действуют с A и с B": ``_subjectless``)
    subjectless: bool = False

    def members(self, alike: bool = False) -> list[list[_Party]]:
        """One agreement per partner, or none when the shared side is open and the noun is
        not ``alike`` the one told before."""
        return self.pairs if alike or not self.open_side or self.subjectless else []


def _with_list_split(sent: Sentence, k: int, parties: list[_Party],
                     own: _Party | None = None) -> ListSplit:
    """A plural agreement noun with a list of partners after "с" (on the noun or on its
    verb) is one agreement per partner: "Министерство подписало соглашения с Костромской
    областью, Ярославской областью и Республикой Марий Эл" gives three, each between the
    ministry and one region; "планирует заключить соглашения с Орловской и Брянской
    областями" gives two. With no side before the list, only a noun ``alike`` the one told
    before splits ("ранее аналогичные документы заключены с A и B": one each, the shared
    side left open: ``ListSplit.members``). No pairs when the parse shows no such list."""
    if not sent.parsed:
        return ListSplit()
    toks = sent.tokens
    path = _predicate_path(sent, k)
    owners = [k] + ([path[-1]] if len(path) > 1 and toks[path[-1]].pos in {"VERB", "AUX"}
                    else [])
    # "соглашения о сотрудничестве с тремя регионами": the partners hang on the cooperation
    owners += [c for c in sent.children(k) if toks[c].lemma in COOPERATION_NOUNS]
    owners += planned_signing_verbs(sent, k, path, owners)
    owners += apart_adverbs(sent, owners)  # plan65: "подписать отдельно с A и с B"
    # "подписало два соглашения — с университетом и с банком": after a dash the parse
    # hangs the partners on the noun as an aside (parataxis, appos)
    heads = [c for o in owners for c in sent.children(o) if toks[c].rel in PARTNER_RELS and
             (any(toks[x].rel == "case" and toks[x].lemma in PARTNER_PREPOSITIONS
                  for x in sent.children(c)) or _opens_with_s(sent, c))]
    if not heads:
        heads = partners_on_subject(sent, k)
    if not heads:
        heads = _stray_partner_list(sent, k)
    if not heads:  # many43: "соглашения о ... занятости ветеранов с A, B и C"
        heads = [t for t in [topic_partner(sent, k)] if t is not None]
    if len(heads) > 1:
        return ListSplit(_partners_by_head(sent, k, parties, heads))
    if len(heads) != 1:
        return ListSplit()
    under = subtree(sent, heads[0])
    lo, hi = toks[under[0]].start, toks[under[-1]].stop
    if under[-1] + 1 < len(toks) and toks[under[-1] + 1].text in LIST_OPENERS:
        # "с тремя регионами: Орловской, Брянской и Белгородской областями": the list
        # after the colon names them, however the parser hung it; agr72: so does a list
        # after a dash ("с двумя фондами — фондом «Опора» и фондом «Надежда»")
        hi = toks[_coordinate_bounds(sent, k)[1] - 1].stop
    partners = [p for p in parties if lo <= p.start < hi]
    partners += list_run_on(sent, parties, partners)
    if len(partners) < 2 or len({p.key for p in partners}) < len(partners):
        return ListSplit()
    rest = [p for p in parties if p.start < lo]  # the side named before the list
    if own is not None and rest and all(
            place_in_locative(sent, _token_index(sent, p.start)) and
            not own.start <= p.start < own.stop and p.key != own.key for p in rest):
        rest = []  # many62: "в Уфе министр ... подписала соглашения с A и B": a venue
    if not rest and own is not None:
        rest = [own]  # "калужский минтруд сохраняет соглашения с A и B" (_adjective_body)
    # with no side named before the list, one agreement per partner only for documents
    # like the one told before (``alike``: "ранее аналогичные документы заключены с A и
    # B"): their shared side is that one's, so A and B are never each other's sides;
    # status44: nor are they when the noun counts as many agreements as partners ("были
    # подписаны два соглашения — с университетом и с организацией инвалидов")
    counted = _count(sent, k) == len(partners)
    return ListSplit([rest + [p] for p in partners], not rest and not counted,
                     not rest and subject_before_list(sent, k, under[0]),
                     not rest and not any(p.start < toks[k].start for p in parties) and
                     _subjectless(sent, k))


def apart_adverbs(sent: Sentence, owners: list[int]) -> list[int]:
    """plan65: the adverbs under a verb of the owners that the parser hangs the "с" partners
    of a plural agreement noun on, as it does with "вместе": in "министерство намерено
    заключить отдельно соглашения с администрацией района и с администрацией города" the
    partners depend on "отдельно", and still each is one agreement (``_with_list_split``). From the
    parse: an ``advmod`` adverb of a verb among the owners with an instrumental "с" phrase
    of its own; a partner of the verb's own clause, not of a later one. fixplans65: not an
    adverb of doing a thing together (``TOGETHER_WORDS``): in "заключить соглашения вместе
    с фондом и с колледжем" the body under "вместе" signs beside the subject, not opposite it."""
    toks = sent.tokens
    return [c for o in owners if toks[o].pos in {"VERB", "AUX"} for c in sent.children(o)
            if toks[c].pos == "ADV" and toks[c].rel == "advmod" and
            toks[c].lemma not in TOGETHER_WORDS and any(
                toks[x].rel in PARTNER_RELS and toks[x].feats.get("Case") == "Ins" and
                with_phrase(sent, x) for x in sent.children(c))]


def _subjectless(sent: Sentence, k: int) -> bool:
    """rec95: has the clause of the agreement noun at k no subject but the noun itself? The
    verb its predicate path ends in, and each verb that verb is the infinitive or clause
    of, has no nominal subject: "к весне соглашения предстоит подписать с A и B",
    "соглашения управления действуют с A и с B" (the noun the subject). With no subject
    the partners of a plural noun are never each other's sides: one agreement each, the
    shared side left to the record's own passes. Not "Петербург подписал соглашения с A и
    B" (the subject names the shared side, read elsewhere); the caller asks it only when
    no side is named before the noun (a parse that hangs the subject elsewhere)."""
    toks = sent.tokens
    path = _predicate_path(sent, k)
    if len(path) < 2 or toks[path[-1]].pos not in {"VERB", "AUX"}:
        return False
    verbs = [path[-1]]
    while toks[verbs[-1]].rel in {"xcomp", "csubj", "csubj:pass"} and \
            0 <= toks[verbs[-1]].head < len(toks) and len(verbs) < len(toks):
        verbs.append(toks[verbs[-1]].head)
    return not any(toks[c].rel in {"nsubj", "nsubj:pass"} and c != k
                   for v in verbs for c in sent.children(v))


def partners_on_subject(sent: Sentence, k: int) -> list[int]:
    """agr69: the "с" partners of a plural agreement noun that the parser hung on the noun
    of its subject: in "управление подписало соглашения о содействии занятости с двумя
    фабриками города: ..." the partners depend on "содействии". From the parse: the
    one dependent with "с" of a noun that hangs on the agreement noun with "о/об" (the
    subject phrase's head); none when there is not exactly one."""
    toks = sent.tokens
    about = [c for c in sent.children(k) if toks[c].rel == "nmod" and any(
        toks[x].rel == "case" and toks[x].lemma in ABOUT_PREPOSITIONS
        for x in sent.children(c))]
    found = [c for a in about for c in sent.children(a)
             if toks[c].rel in PARTNER_RELS and toks[c].feats.get("Case") == "Ins" and
             with_phrase(sent, c)]
    return found if len(found) == 1 else []


def subject_before_list(sent: Sentence, k: int, first: int) -> bool:
    """agr69: does the signing verb have a body for its subject before the partners' list
    (token ``first``)? Then the agreements' shared side is that subject's, though no side
    phrase was read from it, and when no other reading finds the members the list's pairs
    are the agreements (``ListSplit.subject``): "В этом году наш фонд заключил соглашения с
    техникумом и с районной больницей" is one agreement with each partner. A person's post
    ("председатель комитета подписал соглашения с министром ...") is left to the partners'
    own segments. From the parse: an ``nsubj`` noun of the verb over the agreement noun
    whose lemma is a body's head (``ORG_HEADS``, ``BODY_HEADS``, ``ANAPHORIC_BODIES``)."""
    path = _predicate_path(sent, k)
    v = path[-1]
    toks = sent.tokens
    return len(path) > 1 and toks[v].pos in {"VERB", "AUX"} and any(
        toks[c].rel == "nsubj" and toks[c].pos == "NOUN" and c < first and
        toks[c].lemma in ORG_HEADS | BODY_HEADS | ANAPHORIC_BODIES
        for c in sent.children(v))


def list_run_on(sent: Sentence, parties: list[_Party], partners: list[_Party]) -> list[_Party]:
    """agr58: the partners of a "с" list that the parser hung elsewhere: in "ГКУ «Центр
    занятости ...» подписал соглашения с АО «Нюрбинская горная компания», ООО «Вилюйская
    энергосервисная компания» и АО «Саханефтегазстрой»" it takes the last two for conjuncts
    of the subject's name, so the subtree of "с" ends early. The list goes on through each
    side that follows the last partner after nothing but a comma or "и" (from word forms:
    the side phrases and the tokens between them). Linear in the sides of the sentence
    (a bisect per side on a window)."""
    if not partners:
        return []
    toks = sent.tokens
    out: list[_Party] = []
    last = max(partners, key=lambda p: p.stop)
    for p in sorted(parties, key=lambda p: p.start):
        if p.start < last.stop:
            continue
        i = _token_index(sent, last.stop)
        between = [t for t in toks[i:i + 3] if t.stop <= p.start]
        if not between or len(between) > 2 or any(t.text not in LIST_JOINERS for t in between):
            break
        out.append(p)
        last = p
        if between[-1].text == "и":
            break  # "..., B и C": C closes the list
    return out


def _partners_by_head(sent: Sentence, k: int, parties: list[_Party],
                      heads: list[int]) -> list[list[_Party]]:
    """status44: the partners of a counted noun the parse hangs apart, each with its own "с"
    ("подписаны два соглашения — с университетом и со ... организацией инвалидов", the
    second hung on the verb): one agreement per partner when the noun counts as many
    agreements as there are heads and each head lies in a side of its own. The shared side
    is left open (a side named before them is each one's). far152: so does a plural noun
    counted by no numeral, each partner with its "с" ("фонд подписал соглашения о
    сотрудничестве с университетом и с центром реабилитации": two)."""
    toks = sent.tokens
    count = _count(sent, k)
    if count != len(heads) and not (count == 0 and toks[k].feats.get("Number") == "Plur"):
        return []
    partners: list[_Party] = []
    for h in heads:
        p = next((p for p in parties if p.start <= toks[h].start < p.stop), None)
        if p is None or p in partners:
            return []
        partners.append(p)
    first = min(p.start for p in partners)
    rest = [p for p in parties if p.stop <= first]
    return [rest + [p] for p in partners]


def _stray_partner_list(sent: Sentence, k: int) -> list[int]:
    """The partners' phrase of a plural agreement noun that the parser hung on a word of a
    later clause: in "регион заключил соглашения с Курской и Орловской областями, а до
    конца года планирует подписать документ с Республикой ..." it may take "областями"
    for a dependent of "Республикой". Read from morphology inside the noun's own
    coordinate clause: the one instrumental noun governed by "с" whose head lies outside
    that clause."""
    toks = sent.tokens
    lo, hi = _coordinate_bounds(sent, k, verbs=True)
    found = [toks[x].head for x in range(lo, hi)
             if toks[x].lemma in PARTNER_PREPOSITIONS and toks[x].rel == "case" and
             lo <= toks[x].head < hi and toks[toks[x].head].feats.get("Case") == "Ins" and
             not lo <= toks[toks[x].head].head < hi]
    return found if len(found) == 1 else []


def _has_subject(sent: Sentence, k: int) -> bool:
    """Does the verb governing the agreement noun have a subject of its own (not the noun)?
    "По её итогам подписано соглашение" has none; unparsed sentences count as having one."""
    if not sent.parsed:
        return True
    path = _predicate_path(sent, k)
    v = path[-1]
    return len(path) < 2 or any(sent.tokens[c].rel in {"nsubj", "obl:agent"} and c not in path
                                for c in sent.children(v))


def _previous_subject_sides(
    analysis: Analysis, models: Models, sent: Sentence, regions: list[RegionRef],
) -> list[_Party]:
    """"Губернатор Курской области X и глава Белгородской области Y провели встречу. По её
    итогам подписано соглашение": a signing that names no side is between the bodies in
    the subject of the sentence before (two or more)."""
    if not sent.parsed:
        return []
    toks = sent.tokens
    roots = [i for i, t in enumerate(toks) if t.head < 0 and t.pos in {"VERB", "AUX"}]
    subjects = [c for r in roots for c in sent.children(r) if toks[c].rel == "nsubj"]
    spans = [(toks[u[0]].start, toks[u[-1]].stop)
             for u in (subtree(sent, c) for c in subjects)]
    found = [p for p in _parties_in(analysis, models, sent, 0, len(toks), regions)
             if any(a <= p.start < b for a, b in spans)]
    return found if len({p.key for p in found}) >= 2 else []


def _our_body_subject(sent: Sentence, k: int) -> bool:
    """Is the subject of the signing a body named by a possessive ("наше министерство",
    "наш департамент") rather than by name? Read from the parse."""
    if not sent.parsed:
        return False
    toks = sent.tokens
    path = _predicate_path(sent, k)
    v = path[-1]
    return len(path) > 1 and any(
        toks[c].rel == "nsubj" and toks[c].lemma in ANAPHORIC_BODIES and
        any(toks[d].lemma in POSSESSIVES for d in sent.children(c))
        for c in sent.children(v))


def _our_earlier_body(sent: Sentence, k: int, earlier: list[_Candidate]) -> _Party | None:
    """"Напомним, в прошлом году наше министерство заключило аналогичное соглашение с ...":
    with no reporting official, "our" body is the report's own side: the first side named
    in the document's earlier agreements whose head noun is the same ("министерство")."""
    toks = sent.tokens
    lo, _ = _coordinate_bounds(sent, k, verbs=True)
    noun = next((toks[i].lemma for i in range(max(lo, 1), k)
                 if toks[i].lemma in ANAPHORIC_BODIES and toks[i - 1].lemma in POSSESSIVES and
                 toks[i].feats.get("Case") == "Nom"), None)
    if noun is None:
        return None
    sides = sorted((p for c in earlier for p in c.parties), key=lambda p: p.start)
    return next((p for p in sides if p.name.split()[:1] == [noun.capitalize()]), None)


def _clause_path(sent: Sentence, k: int) -> list[int] | None:
    """The agreement noun's ``_predicate_path`` when the sentence is parsed and the path
    reaches a head above the noun: the subject readers below need a clause to look in."""
    if not sent.parsed:
        return None
    path = _predicate_path(sent, k)
    return path if len(path) >= 2 else None


def bare_body_subject(sent: Sentence, k: int, earlier: list[_Candidate]) -> _Party | None:
    """"аналогичное соглашение министерство заключило в прошлом году с региональным
    отделением ...": a bare body noun (no name, no genitive under it) that is the subject
    of the clause is the body of that head the document's earlier agreements name first
    ("Министерство труда и социальной защиты Тульской области"). Only from the parse.
    agr73: the subject right after the fronted agreement noun is the clause's, whatever
    verb the parse hung the noun on ("аналогичное соглашение министерство планирует
    заключить с ... — проект уже направлен" hangs the noun on "направлен")."""
    path = _clause_path(sent, k)
    if path is None:
        return None
    toks = sent.tokens
    subjects = list(sent.children(path[-1]))
    if k + 1 < len(toks) and k + 1 not in subjects:
        subjects.append(k + 1)
    noun = next((c for c in subjects if toks[c].rel == "nsubj" and
                 toks[c].lemma in ANAPHORIC_BODIES and toks[c].pos == "NOUN" and
                 not any(toks[d].rel in {"nmod", "amod", "det", "appos"}
                         for d in sent.children(c))), None)
    if noun is None:
        return None
    sides = sorted((p for c in earlier for p in c.parties), key=lambda p: p.start)
    head = toks[noun].lemma.capitalize()
    return next((p for p in sides if p.name.split()[:1] == [head] and p.regions), None)


def short_body_subject(sent: Sentence, k: int, earlier: list[_Candidate]) -> _Party | None:
    """split62: the subject of the signing verb told short by a body's head and one bare
    genitive ("филиал фонда", "отделение фонда") is the side an earlier agreement of the page
    names in full with both words: "Следующий договор отделение фонда заключило с центром
    занятости" after "… подписали соглашение департамент … и Липецкое отделение фонда «Опора»
    …" — the series' shared side, the item naming only its partner. The head a body noun
    (``ORG_HEADS``, ``BODY_HEADS``, ``ANAPHORIC_BODIES``, the officials' ``ORG_HEADS``:
    "филиал"), its genitive a noun with no word
    of its own; the earliest earlier side whose words open with the stems of both. Only
    from the parse; a subject with a name or an adjective ("филиал нашего фонда") is read by
    the party reader or not at all."""
    path = _clause_path(sent, k)
    if path is None:
        return None
    toks = sent.tokens
    noun = next((c for c in sent.children(path[-1]) if toks[c].rel == "nsubj"), None)
    if noun is None or toks[noun].pos != "NOUN" or \
            toks[noun].lemma not in ORG_HEADS | BODY_HEADS | ANAPHORIC_BODIES | \
            OFFICIAL_ORG_HEADS:
        return None
    deps = list(sent.children(noun))
    if len(deps) != 1 or toks[deps[0]].rel != "nmod" or toks[deps[0]].pos != "NOUN" or \
            toks[deps[0]].feats.get("Case") != "Gen" or list(sent.children(deps[0])):
        return None
    stems = [w[:max(4, len(w) - 2)] for w in (toks[noun].lemma, toks[deps[0]].lemma)]
    sides = sorted((p for c in earlier for p in c.parties), key=lambda p: p.start)
    return next((p for p in sides if all(any(w.startswith(st) for w in p.name.lower().split())
                                         for st in stems)), None)


def _plan_chain(sent: Sentence, v: int) -> list[int]:
    """The verb at v and the verbs whose plan it is, up through "xcomp" ("договорились
    подготовить": подготовить, договорились). Ancestors only, so a malformed parse (a
    token its own head) cannot loop."""
    toks = sent.tokens
    chain = [v]
    for h in ancestors(sent, v):
        if toks[chain[-1]].rel != "xcomp":
            break
        chain.append(h)
    return chain


def _reporter_body(
    analysis: Analysis, sent: Sentence, lo: int, k: int, officials: list[Official], models: Models,
) -> _Party | None:
    """The organisation of the official who reports, when a bare "ведомство" (no name after
    it) is the subject before the agreement noun, or the subject of its signing verb in
    any word order ("подобный документ министерство подписало с ..., пояснила X")."""
    toks = sent.tokens

    def bare_body(i: int) -> bool:
        t = toks[i]
        return t.lemma in ANAPHORIC_BODIES and t.feats.get("Case") == "Nom" and \
            (i + 1 >= len(toks) or toks[i + 1].feats.get("Case") != "Gen")

    bare = any(bare_body(i) for i in range(lo, k))
    if not bare and sent.parsed:
        path = _predicate_path(sent, k)
        bare = len(path) > 1 and any(toks[c].rel == "nsubj" and bare_body(c)
                                     for c in sent.children(path[-1]))
    if not bare or not any(t.lemma in REPORT_VERBS for t in toks):
        return None
    for span in _persons(analysis, sent):
        name = _official_name(span, officials)
        o = next((o for o in officials if o.name == name and o.organization), None)
        if o is not None:
            return _Party(o.organization or "", [o.region] if o.region else [],
                          o.evidence.start, o.evidence.end, models)
    return None


def _pronoun_partner(
    analysis: Analysis, models: Models, sent: Sentence, k: int, regions: list[RegionRef],
) -> list[_Party]:
    """A partner named by a pronoun is the one named before it in a "с" phrase of the same
    sentence: "Такой же механизм работает с тюменскими коллегами — с ними договор
    действует еще с 2017 года" (Тюменская область). The pronoun hangs on the agreement
    noun, or on its predicate when the noun is the subject. Only from the parse."""
    if not sent.parsed:
        return []
    toks = sent.tokens
    owners = [k]
    if toks[k].rel in {"nsubj", "nsubj:pass"} and toks[k].head >= 0:
        owners.append(toks[k].head)
    pron = next((c for o in owners for c in sent.children(o)
                 if toks[c].pos == "PRON" and toks[c].lemma in PARTNER_PRONOUNS and
                 any(toks[x].rel == "case" and toks[x].lemma in PARTNER_PREPOSITIONS
                     for x in sent.children(c))), None)
    if pron is None:
        return _pronoun_between(analysis, models, sent, k, regions) or \
            _pronoun_after_title(analysis, models, sent, k, regions)
    known = _parties_in(analysis, models, sent, 0, pron, regions)
    for c in range(pron - 1, -1, -1):
        if toks[c].pos not in {"NOUN", "PROPN"} or not any(
                toks[x].rel == "case" and toks[x].lemma in PARTNER_PREPOSITIONS
                for x in sent.children(c)):
            continue
        p = next((p for p in known if p.start <= toks[c].start < p.stop), None) or \
            _side_phrase(analysis, models, sent, c, regions) or \
            _region_under(sent, c, regions, models)
        return [p] if p is not None else []
    return _partner_of_sentence_before(analysis, models, sent, regions)


def _partner_of_sentence_before(
    analysis: Analysis, models: Models, sent: Sentence, regions: list[RegionRef],
) -> list[_Party]:
    """agr90: "с ними" that no "с" phrase before it in its own sentence explains stands for
    the one "с" partner of the sentence right before, when that sentence names no
    agreement: "Давно сотрудничаем с городским обществом инвалидов. Договор с
    ними заключён ещё в 2016 году" (the society). Exactly one such partner, a body or
    place phrase (``_side_phrase``); else nothing."""
    at = next((n for n, x in enumerate(analysis.sentences) if x.start == sent.start), None)
    if not at:
        return []
    prev = analysis.sentences[at - 1]
    if any(t.lemma in TRIGGERS for t in prev.tokens):
        return []
    prev = ensure_parsed(prev, models)
    toks = prev.tokens
    partners = [c for c, t in enumerate(toks)
                if t.pos in {"NOUN", "PROPN"} and t.feats.get("Case") == "Ins" and
                t.rel in {"obl", "nmod"} and
                any(toks[x].rel == "case" and toks[x].lemma in PARTNER_PREPOSITIONS
                    for x in prev.children(c))]
    if len(partners) != 1:
        return []
    p = _side_phrase(analysis, models, prev, partners[0], regions)
    return [p] if p is not None else []


def _pronoun_between(
    analysis: Analysis, models: Models, sent: Sentence, k: int, regions: list[RegionRef],
) -> list[_Party]:
    """agr90: "между ними" on the agreement noun stands for the two bodies whose cooperation
    the same sentence told before it: the subject of a verb and that verb's "с" partner.
    "С 2018 года управление соцзащиты сотрудничает с районным обществом инвалидов: договор
    между ними действует до 2027 года" is the agreement of the department and the society.
    The verb is the nearest before the noun with exactly one subject and one "с" partner,
    each a body or place phrase (``_side_phrase``), two different sides; else nothing. Only
    from the parse."""
    toks = sent.tokens
    pron = next((c for c in sent.children(k)
                 if toks[c].pos == "PRON" and toks[c].lemma in PARTNER_PRONOUNS and
                 toks[c].feats.get("Number") == "Plur" and
                 any(toks[x].rel == "case" and toks[x].lemma == "между"
                     for x in sent.children(c))), None)
    if pron is None:
        return []
    for v in range(k - 1, -1, -1):
        if toks[v].pos != "VERB":
            continue
        kids = sent.children(v)
        subjects = [c for c in kids if toks[c].rel == "nsubj"]
        partners = [c for c in kids if toks[c].feats.get("Case") == "Ins" and
                    any(toks[x].rel == "case" and toks[x].lemma in PARTNER_PREPOSITIONS
                        for x in sent.children(c))]
        if len(subjects) != 1 or len(partners) != 1:
            continue
        sides = [_side_phrase(analysis, models, sent, c, regions)
                 for c in (subjects[0], partners[0])]
        if sides[0] is None or sides[1] is None or sides[0].key == sides[1].key:
            return []
        return [sides[0], sides[1]]
    return []


def _pronoun_after_title(
    analysis: Analysis, models: Models, sent: Sentence, k: int, regions: list[RegionRef],
) -> list[_Party]:
    """hist89: "с ним" right after the agreement's name ("соглашение о помощи с ним") is
    its partner even when the parser hangs the pronoun on another word; the partner is the
    nearest side named before it in the same sentence whose head word agrees with the
    pronoun in number (and gender, in the singular): "Опорой района остаётся центр занятости:
    договор о сотрудничестве с ним заключён в 2020 году" (центр занятости). Only when no
    "с" phrase names the partner before (``_pronoun_partner``)."""
    toks = sent.tokens
    j = _title_end(sent, k)
    if j <= k + 1 or j + 1 >= len(toks) or toks[j].lemma not in PARTNER_PREPOSITIONS or \
            toks[j].pos != "ADP":
        return []
    pron = toks[j + 1]
    if pron.pos != "PRON" or pron.lemma not in PARTNER_PRONOUNS or \
            pron.feats.get("Case") != "Ins":
        return []
    plural = pron.feats.get("Number") == "Plur"
    genders = set() if plural else ({"Fem"} if pron.feats.get("Gender") == "Fem"
                                    else {"Masc", "Neut"})

    def agrees(p: _Party) -> bool:
        head = next((toks[i] for i in range(len(toks))
                     if p.start <= toks[i].start < p.stop and toks[i].pos in {"NOUN", "PROPN"}),
                    None)
        if head is None:
            return False
        if plural:
            return head.feats.get("Number") == "Plur"
        return head.feats.get("Number") == "Sing" and head.feats.get("Gender") in genders

    before = [p for p in _parties_in(analysis, models, sent, 0, k, regions)
              if p.stop <= toks[k].start]
    found = next((p for p in reversed(before) if agrees(p)), None)
    return [found] if found is not None else []


def _linked_parties(
    analysis: Analysis, models: Models, sent: Sentence, k: int, lo: int, hi: int,
    regions: list[RegionRef],
) -> list[_Party]:
    """Parties grammatically tied to the agreement noun at index k."""
    toks = sent.tokens
    # "между X и Y" in the clause, after the noun or before it ("между X и Y было заключено")
    for j in range(lo, hi):
        if toks[j].lemma == "между" and not sentence_end_between(sent, min(j, k), max(j, k)):
            if terms_between(sent, k, j):
                continue
            stop = hi if j > k else k
            found = [p for p in _parties_in(analysis, models, sent, j + 1, stop, regions)
                     if not _venue(sent, _token_index(sent, p.start))]  # "заключён в Москве"
            if found:
                return found
            found = between_body_phrases(analysis, models, sent, j, regions)
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
    if j < hi and toks[j].lemma in PARTNER_PREPOSITIONS and toks[j].pos == "ADP":
        after = [p for p in _parties_in(analysis, models, sent, j + 1,
                                        min(_relative_start(sent, j, hi),
                                            _next_listed_item(sent, k, j),
                                            _predicate_after(sent, j, hi)), regions)
                 if not _venue(sent, _token_index(sent, p.start)) and  # agr46: "в Норильске"
                 not _origin_place(sent, p)]  # mentioned67: "с осени пенсионеры из Урая"
        # partners68: "по соглашению с краевым советом ветеранов (и Союзом пенсионеров)"
        described = [d for d in own_region_partner(analysis, models, sent, j, regions)
                     if not any(p.start <= _name_end(sent, d) and p.stop > d.start
                                for p in after)]  # a name of its own read already
        after = described + after
        if after:
            if not first:
                first = conjoined_subjects(analysis, models, sent, _verb_subjects(
                    analysis, models, sent, lo, k, regions), regions)
            return first + after + _locative_region(analysis, sent, k, regions, models)
    # "X и Y подписали соглашение": the subjects of the signing verb
    subjects = _verb_subjects(analysis, models, sent, lo, k, regions)
    if len(subjects) >= 2:
        return subjects
    subjects = subjects_after_name(analysis, models, sent, k, hi, regions)  # agr46
    if len(subjects) >= 2:
        return subjects
    # "соглашения, которое X и Y подписали в прошлом году": a relative clause
    rel = next((i for i in range(k + 1, hi) if toks[i].lemma == "который"), None)
    if rel is not None:
        subjects = _verb_subjects(analysis, models, sent, rel + 1, hi, regions)
        if len(subjects) >= 2:
            return subjects
    return assigned_sides(analysis, models, sent, k, regions)


def assigned_side_words(sent: Sentence, k: int) -> set[int]:
    """forum95: the words of the bodies a verb of charging (``ASSIGN_VERBS``) sets to sign
    the agreement at k: its dative object's phrase, when its infinitive of signing (or of
    a verb joined to one) takes the noun as its object: "Комитету по труду и министерству
    занятости поручено подготовить и подписать отраслевое соглашение". Not a noun the
    infinitive does not govern ("Для реализации соглашения X поручено подписать план").
    From the parse; empty without one."""
    toks = sent.tokens
    if not sent.parsed or not 0 <= k < len(toks) or toks[k].rel != "obj":
        return set()
    v = toks[k].head
    if not 0 <= v < len(toks) or toks[v].lemma not in SIGN_VERBS or \
            toks[v].feats.get("VerbForm") != "Inf":
        return set()
    top = v
    while toks[top].rel == "conj" and 0 <= toks[top].head < len(toks) and \
            toks[toks[top].head].feats.get("VerbForm") == "Inf":
        top = toks[top].head  # "подготовить и подписать": the first infinitive
    a = toks[top].head
    if not 0 <= a < len(toks) or toks[a].lemma not in ASSIGN_VERBS or \
            not toks[top].rel.startswith(("csubj", "xcomp", "obj")):
        return set()
    out: set[int] = set()
    for c in sent.children(a):
        if toks[c].rel in {"iobj", "obl"} and toks[c].feats.get("Case") == "Dat" and \
                toks[c].pos in {"NOUN", "PROPN"}:
            out.update(subtree(sent, c))
    return out


def assigned_sides(
    analysis: Analysis, models: Models, sent: Sentence, k: int, regions: list[RegionRef],
) -> list[_Party]:
    """forum95: the sides of an agreement whose signing is charged to two bodies or more in
    the dative (``assigned_side_words``): "Департаменту соцзащиты и управлению занятости
    поручено подписать соглашение до конца года" names both. Each side's phrase opens with
    a dative word inside the charged phrase (a genitive place nested in it is no side)."""
    words = assigned_side_words(sent, k)
    if not words:
        return []
    toks = sent.tokens
    lo, hi = min(words), max(words) + 1
    found = [p for p in _parties_in(analysis, models, sent, lo, hi, regions)
             if _token_index(sent, p.start) in words and
             toks[_token_index(sent, p.start)].feats.get("Case") == "Dat"]
    return found if len(found) >= 2 else []


def subject_heads(
    analysis: Analysis, models: Models, sent: Sentence, lo: int, k: int,
    regions: list[RegionRef],
) -> list[_Party]:
    """forum95: the subject of the signing (or agreeing) verb before k and its conjuncts,
    each a side, when the parse heads them by a body noun the party reader passed over as
    no name: "Министерство и благотворительный фонд «Опора» договорились подготовить
    соглашение" — the ministry, named in full earlier in the text, and the fund. Each word
    is a side already read (``subjects``) or its own body phrase (``_side_phrase``), a
    singular noun in the nominative (in "Министерства соцзащиты республики и края
    договорились ..." the plural names the bodies of two places, read elsewhere); a person
    ("министр и ректор") is no side, nor a phrase the party reader found and the subject
    reader left out; one of the words read as a side already (``_verb_subjects`` reads
    exactly one). The last reader of a mention's sides (``agreements._candidates``)."""
    if not sent.parsed:
        return []
    subjects = _verb_subjects(analysis, models, sent, lo, k, regions)
    if len(subjects) != 1:
        return []
    toks = sent.tokens
    verb = next((i for i in range(lo, k) if toks[i].lemma in SUBJECT_VERBS and
                 toks[i].pos in {"VERB", "AUX"}), None)
    if verb is None:
        return []
    head = next((c for c in sent.children(verb) if toks[c].rel == "nsubj"), None)
    if head is None or toks[head].pos not in {"NOUN", "PROPN"}:
        return []
    persons = _persons(analysis, sent)
    # a phrase the party reader found but the subject reader left out was left out for a
    # reason of its own ("ИНТЕРФАКС - ...", an aside): only words inside no party phrase
    passed = [p for p in _parties_in(analysis, models, sent, lo, verb, regions)
              if p not in subjects]
    out: list[_Party] = []
    for c in [head] + [x for x in sent.children(head) if toks[x].rel == "conj"]:
        t = toks[c]
        if t.pos not in {"NOUN", "PROPN"} or t.feats.get("Case") != "Nom" or \
                t.feats.get("Number") != "Sing" or \
                any(p.start <= t.start < p.stop for p in persons + passed):
            return []
        p = next((p for p in subjects if p.start <= t.start < p.stop), None) or \
            _side_phrase(analysis, models, sent, c, regions)
        if p is None:
            return []
        if all(p.key != q.key and p.start != q.start for q in out):
            out.append(p)
    return out if len(out) >= 2 and any(p in subjects for p in out) else []


def conjoined_subjects(
    analysis: Analysis, models: Models, sent: Sentence, subjects: list[_Party],
    regions: list[RegionRef],
) -> list[_Party]:
    """conj95: the first subject before the signing verb, and the phrases the parse joins
    to it as its conjuncts, sign beside a "с" partner: in "Областной колледж и городской
    центр занятости подписали соглашение с министерством" both the college and the
    centre are sides, the centre though no name was tagged in it. From the tree: the first
    subject's head word is the ``nsubj`` of a signing verb, and each ``conj`` of that head
    word is a side, a known party phrase or the body's own phrase (``_side_phrase``).
    Other phrases before the verb ("Колледж, созданный министерством и фондом, подписал
    ...": the agent's conjunct) and persons ("министр и ректор") are no sides here."""
    out = subjects[:1]
    if not sent.parsed or not out:
        return out
    toks = sent.tokens
    span = [i for i, t in enumerate(toks) if out[0].start <= t.start < out[0].stop]
    head = next((i for i in span if toks[i].rel in {"nsubj", "nsubj:pass"} and
                 0 <= toks[i].head < len(toks) and toks[toks[i].head].lemma in SUBJECT_VERBS),
                None)
    if head is None:
        return out
    persons = _persons(analysis, sent)
    for c in sent.children(head):
        t = toks[c]
        if t.rel != "conj" or t.pos not in {"NOUN", "PROPN"} or \
                any(p.start <= t.start < p.stop for p in persons):
            continue
        p = next((p for p in subjects if p.start <= t.start < p.stop), None) or \
            _side_phrase(analysis, models, sent, c, regions)
        if p is not None and all(p.key != q.key and p.start != q.start for q in out):
            out.append(p)
    return out


def counted_genitive_sides(
    analysis: Analysis, models: Models, sent: Sentence, k: int, hi: int,
    regions: list[RegionRef],
) -> list[_Party]:
    """recpool94: an agreement noun that declares its count of sides
    (``SIDE_COUNT_WORDS``: "трёхстороннее") followed by its sides in the genitive, listed
    with commas and "и": "подготовка трёхстороннего соглашения управления, фонда X и
    университета Y о подготовке кадров" names the fund and the university (a bare body
    word, "управления", stands for a body named elsewhere and is left out). From word
    forms: the organisation or region phrases from the token after the noun up to the
    first word that is neither in such a phrase, nor a joiner, nor a genitive body head;
    at least two of them, each opening with a genitive word."""
    toks = sent.tokens
    if not any(t.lemma in SIDE_COUNT_WORDS for t in toks[max(0, k - 3):k]) or \
            k + 1 >= hi or toks[k + 1].feats.get("Case") != "Gen":
        return []
    found = _parties_in(analysis, models, sent, k + 1, hi, regions)
    out: list[_Party] = []
    i = k + 1
    for p in found:
        at = _token_index(sent, p.start)
        if any(not (toks[x].text in LIST_JOINERS or toks[x].lemma in ORG_HEADS and
                    toks[x].feats.get("Case") == "Gen") for x in range(i, at)):
            break
        if toks[at].feats.get("Case") != "Gen" and toks[at].text[:1] not in "«\"":
            break
        out.append(p)
        i = _token_index(sent, p.stop)
    return out if len(out) >= 2 else []


def terms_between(sent: Sentence, k: int, j: int) -> bool:
    """agr69: a "между" phrase inside what the agreement is to do names no sides: in
    "Соглашение должно установить порядок передачи сведений между больницами и центрами"
    the hospitals and centres exchange under its terms. From the parse: on the way up from
    the phrase's noun to the agreement noun or a head above it there is a verb other than
    one of signing (``SIGN_VERBS``), no participle and no relative clause of the agreement
    ("соглашение, заключённое между A и B", "направленное на взаимодействие между A и B",
    "соглашение, которое действует между A и B", "соглашение между A и B может быть
    подписано" keep them). agr72: nor a verb of another coordinate clause the parser hung
    the phrase on ("центр работает с приходом, а в мае намечено подписать соглашение
    между центром и благочинием": not "работает")."""
    toks = sent.tokens
    if not sent.parsed or toks[j].rel != "case" or not 0 <= toks[j].head < len(toks) or \
            j == k + 1:
        return False  # "соглашение между A и B ...": the noun's own, however it is parsed
    stops = {k, *_predicate_path(sent, k), *ancestors(sent, k)}
    c_lo, c_hi = _coordinate_bounds(sent, k)
    for h in ancestors(sent, toks[j].head):
        if h in stops:
            return False
        if not c_lo <= h < c_hi:
            return False  # agr72: a verb of another coordinate clause, the parse gone astray
        if toks[h].rel.startswith("acl") and toks[h].head == k:
            return False  # "соглашение, которое действует между A и B": the agreement's own
        if toks[h].pos == "VERB" and toks[h].lemma not in SIGN_VERBS and \
                toks[h].feats.get("VerbForm") != "Part":
            return True
    return False


def between_body_phrases(
    analysis: Analysis, models: Models, sent: Sentence, j: int, regions: list[RegionRef],
) -> list[_Party]:
    """pair67: "между" joining two body phrases written in lower case, which no name tagger
    marks, names the sides all the same: "в рамках соглашения между окружным департаментом
    социальной защиты населения и администрацией Надымского района" gives "окружной
    департамент социальной защиты населения" and "администрация Надымского района" (the
    side passes spell the first out by the body named elsewhere). From the parse: the noun
    "между" marks and its conjuncts, each a body's phrase (``_side_phrase``) of three words
    or more; two at least. Bare kinds ("между министерством и департаментом", "Общество
    инвалидов") are left to the passes that resolve them."""
    toks = sent.tokens
    if not sent.parsed or toks[j].rel != "case" or not 0 <= toks[j].head < len(toks):
        return []
    first = toks[j].head
    heads = [first] + [c for c in sent.children(first) if toks[c].rel == "conj"]
    out = [p for p in (_side_phrase(analysis, models, sent, h, regions) for h in heads)
           if p is not None]
    if len(out) < 2 or len(out) != len(heads) or not all(map(_named_phrase, out)):
        return []  # "между министерством и департаментом": kinds, resolved elsewhere
    return out


def _named_phrase(p: _Party) -> bool:
    """Does a body's phrase read from the parse name one body, not a kind: three words or
    more ("окружной департамент социальной защиты"), or two opening with a capital
    (agr72: "между Северным центром социального обслуживания и Северным благочинием":
    "Северное благочиние"), not one ("министерство")?"""
    words = p.name.split()
    return len(words) >= 3 or len(words) == 2 and words[0][:1].isupper() and \
        words[0].lower() not in ORG_HEADS | BODY_HEADS


def sentence_end_between(sent: Sentence, a: int, b: int) -> bool:
    """agr52: does a sentence end between tokens a and b of one window? A quote of several
    sentences is one window ("«Между Пензой и Саранском меньше 150 километров. ...
    Соглашение позволит ...», – пояснил министр"): a full stop, "!" or "?" before a word
    opening with a capital ends a sentence, unless the stop closes an initial or a short
    abbreviation ("Б. Н. Ельцина", "г. Пенза"). "Между Пензой и Саранском" in a sentence
    before is a distance, not the agreement's sides."""
    toks = sent.tokens
    for i in range(max(a, 1), min(b, len(toks) - 1)):
        if toks[i].text not in {".", "!", "?", "…"} or not toks[i + 1].text[:1].isupper():
            continue
        if toks[i].text != "." or len(toks[i - 1].text) > 2:
            return True
    return False


def _next_listed_item(sent: Sentence, k: int, j: int) -> int:
    """agr48: where the next item of a list the agreement noun is one of begins, after its
    "с" partner at j: "В выпуске: соглашение с СВФУ о подготовке ..., переговоры с
    Магаданской областью ..., ремонт Мирнинского дома-интерната" (the parse makes the other
    items conjuncts of the noun); the partners of the agreement end there. The sentence's
    length when the noun heads no such list."""
    toks = sent.tokens
    if not sent.parsed:
        return len(toks)
    items = [c for c in sent.children(k) if toks[c].rel == "conj" and c > j and
             toks[c].pos == "NOUN" and toks[c].lemma not in TRIGGERS]
    return min((subtree(sent, c)[0] for c in items), default=len(toks))


def _predicate_after(sent: Sentence, j: int, hi: int) -> int:
    """plan91: the "с" list of partners ends at the clause's own predicate after it: in
    "договор с Тверью перенесён до форума" the forum is a time, no partner. The sentence's
    root, a verb or an auxiliary, outside quotes; not a verb of signing, whose subject after
    it the list still reads ("договор с Тверью подписал колледж"), nor a verb whose
    infinitive is one (``signing_infinitive``); ``hi`` when there is none (unparsed)."""
    toks = sent.tokens
    if not sent.parsed:
        return hi
    depth = 0
    for i in range(j + 1, hi):
        depth += toks[i].text.count("«") - toks[i].text.count("»")
        if depth <= 0 and toks[i].rel == "root" and toks[i].pos in {"VERB", "AUX"}:
            signs = toks[i].lemma in SIGN_VERBS or signing_infinitive(sent, i)
            return hi if signs else i
    return hi


def signing_infinitive(sent: Sentence, v: int) -> bool:
    """hid92: does the verb at v take a verb of signing as its infinitive complement, at
    any depth ("договоры с фондом планируют подписать два колледжа", "намерены вскоре
    заключить")? Then its subject after the infinitive is a side, as after a signing verb
    itself: "Соглашения с управлением собираются заключить районный совет ветеранов и
    городской приход" ends the "с" list at "собираются" no more than "подписал" would.
    From the parse: an ``xcomp`` child in the infinitive, walked down."""
    toks = sent.tokens
    stack = [v]
    while stack:
        h = stack.pop()
        for c in sent.children(h):
            if toks[c].rel == "xcomp" and toks[c].feats.get("VerbForm") == "Inf":
                if toks[c].lemma in SIGN_VERBS:
                    return True
                stack.append(c)
    return False


def _relative_start(sent: Sentence, j: int, hi: int) -> int:
    """Where a relative clause after token j begins ("с Еврейской автономной областью, в
    рамках которого жители ЕАО ..."): its comma before "который"; ``hi`` when there is
    none. The places named in it are not the partners the "с" list names."""
    toks = sent.tokens
    rel = next((i for i in range(j + 1, hi) if toks[i].lemma == "который"), None)
    if rel is None:
        return hi
    return next((i for i in range(rel, j, -1) if toks[i].text == ","), rel)


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
    out: list[_Party] = []
    staffed: set[int] = set()  # agr81: the sides read through their staff noun
    for p in _parties_in(analysis, models, sent, lo, verb, regions):
        i = _token_index(sent, p.start)
        if _venue(sent, i):
            continue  # "визит в Донецк": a place
        if p.start >= toks[verb].stop:
            continue  # agrB: "район заключил ..., сейчас ... с администрацией района": a bare
            # subject is not the body a later clause names
        if wire_agency(sent, i, p):
            continue  # agr34: "ИНТЕРФАКС - Правительство X и ...": the agency's dateline
        if participial_aside(sent, i):
            continue  # agr50: "ООО «X», управляющее сетью супермаркетов «Y», ..."
        if _can_be_nom(models, toks[i]) or _subject_conjunct(models, sent, i, out) or \
                head_shared_member(sent, p, out):
            out.append(p)
        elif staff_subject_body(sent, i) or staff_conjunct(sent, i, out, staffed):
            staffed.add(p.start)
            out.append(p)
    return out


def head_shared_member(sent: Sentence, p: _Party, before: list[_Party]) -> bool:
    """agr51: a side that takes its head noun from the plural head before it
    (``party_phrases.plural_head_regions``: "Правительства Якутии и Магаданской области
    подписали" gives "Правительство Магаданской области", the head written once) stands in
    the case of that head, a subject with it, whatever the case of its own first word. From
    the sides: the side taken last ends right before a joiner ("и", a comma) before p, both
    names open with the same word, and that word is not written where p starts."""
    toks = sent.tokens
    if not before:
        return False
    i = _token_index(sent, p.start)
    prior = _token_index(sent, before[-1].stop)
    if i < 1 or prior != i - 1 or toks[i - 1].text.lower() not in LIST_JOINERS:
        return False
    head = before[-1].name.split()[0].lower() if before[-1].name.split() else ""
    mine = p.name.split()[0].lower() if p.name.split() else ""
    return bool(head) and head == mine and toks[i].text.lower() != head


def staff_conjunct(sent: Sentence, i: int, before: list[_Party], staffed: set[int]) -> bool:
    """agr81: a genitive body joined by "и" (or a comma) right after a body read through
    its staff noun (``staff_subject_body``) hangs on that noun too: in "Представители
    министерства труда Карелии и департамента соцзащиты Курганской области договорились
    подписать соглашение" both bodies sign, the second as the first. From word forms: the
    side taken last was taken through the staff noun and ends right before the joiner,
    and token i is genitive."""
    toks = sent.tokens
    if not before or before[-1].start not in staffed or i < 1 or \
            toks[i - 1].text.lower() not in LIST_JOINERS:
        return False
    return _token_index(sent, before[-1].stop) == i - 1 and toks[i].feats.get("Case") == "Gen"


def participial_aside(sent: Sentence, i: int) -> bool:
    """agr50: is token i inside a participial phrase set off by commas, which describes the
    name before it ("ООО «Абсолют-Трейд», управляющее сетью супермаркетов «Абсолют»,
    заключило ...")? What it names is no subject of the clause. From word forms: the word
    after the last comma before i is a participle, and no finite verb stands between."""
    toks = sent.tokens
    j = i - 1
    while j >= 0 and toks[j].text != ",":
        if toks[j].feats.get("VerbForm") == "Fin":
            return False
        j -= 1
    return j >= 0 and j + 1 < i and toks[j + 1].feats.get("VerbForm") == "Part"


def subjects_after_name(
    analysis: Analysis, models: Models, sent: Sentence, k: int, hi: int,
    regions: list[RegionRef],
) -> list[_Party]:
    """agr46: the agreement told first, its subjects between its name and the signing verb:
    "Соглашение о сотрудничестве в сфере социальной защиты населения министерство труда
    ... Республики Саха (Якутия) и департамент ... Ямало-Ненецкого автономного округа
    заключили в среду" (object, subject, verb). From word forms, as the parse of such an
    order is often broken: a plural finite verb of signing after the name, in the clause,
    and the party phrases between that can be nominative (no venue)."""
    toks = sent.tokens
    end = _title_end(sent, k)
    verb = next((i for i in range(end, hi) if toks[i].lemma in SUBJECT_VERBS and
                 toks[i].pos in {"VERB", "AUX"} and toks[i].feats.get("Number") == "Plur" and
                 toks[i].feats.get("VerbForm") == "Fin"), None)
    if verb is None:
        return []
    out: list[_Party] = []
    for p in _parties_in(analysis, models, sent, end, verb, regions):
        i = _token_index(sent, p.start)
        if _venue(sent, i) or p.stop > toks[verb].start:
            continue
        if _can_be_nom(models, toks[i]) or _subject_conjunct(models, sent, i, out) or \
                head_shared_member(sent, p, out):
            out.append(p)
    return out


def staff_subject_body(sent: Sentence, i: int) -> bool:
    """agr36: a body named through its staff in the subject is a side itself: "X и
    иркутские коллеги из министерства Y планируют подписать соглашение" (Y signs),
    "представители министерства Y и X подписали". The staff noun is nominative and the
    body's phrase hangs on it by "из"/"от" or as a bare genitive."""
    toks = sent.tokens
    j = i - 1
    if j >= 0 and toks[j].lemma in STAFF_PREPOSITIONS and toks[j].pos == "ADP":
        j -= 1
    elif toks[i].feats.get("Case") != "Gen":
        return False
    return j >= 0 and j < i and toks[j].lemma in STAFF_NOUNS and \
        toks[j].feats.get("Case") == "Nom"


def wire_agency(sent: Sentence, i: int, p: _Party) -> bool:
    """agr34: a news agency's name in capitals opening the sentence before a dash is the
    wire dateline, not a subject: "Курган. 12 сентября. ИНТЕРФАКС - Правительство ...",
    "ТАСС — Министерство ..." (every letter of the phrase a capital; a dash ends it)."""
    toks = sent.tokens
    if i != 0:
        return False
    words = [t for t in toks if p.start <= t.start < p.stop]
    letters = "".join(ch for t in words for ch in t.text if ch.isalpha())
    after = len(words)
    ends_in_dash = bool(words) and words[-1].text in {"-", "—", "–"} or \
        after < len(toks) and toks[after].text in {"-", "—", "–"}
    return bool(letters) and letters.isupper() and len(letters) > 3 and ends_in_dash


def _subject_conjunct(models: Models, sent: Sentence, i: int, before: list[_Party]) -> bool:
    """A phrase the tagger puts in another case is still a subject when the parse makes it
    the subject, or when it follows a subject taken already across "и" and can be
    nominative: "Министерство социальной защиты ... Республики Мордовия и УФСИН России
    подписали" (both tagged genitive after a long genitive chain)."""
    tok = sent.tokens[i]
    if sent.parsed and tok.rel in {"nsubj", "nsubj:pass"} and tok.pos in {"NOUN", "PROPN"}:
        return True
    if not before or i == 0 or sent.tokens[i - 1].lemma != "и":
        return False
    prior = _token_index(sent, before[-1].stop)
    return prior == i - 1 and any("nomn" in p.tag for p in models.parse(tok.text))


def _can_be_nom(models: Models, tok: Token) -> bool:
    """Nominative, or a form that can be ("Департамент" tagged accusative at the start)."""
    if tok.feats.get("Case") == "Nom" or ministry_abbreviation(tok.text):
        return True  # "Минсоцзащиты Марий Эл" is tagged genitive
    if legal_form(tok.text):
        return True  # "ПАО Сбербанк": a legal form does not decline, any case it is tagged
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
        if i > 0 and toks[i - 1].lemma in IN_PREPOSITIONS and toks[i - 1].pos == "ADP":
            continue  # "в Ростове-на-Дону": where it was signed
        if attending_body(ensure_parsed(sent, models), i):
            continue  # pair62: "в присутствии Председателя Правительства": a guest
        found.append(p)
    return found


def attending_body(sent: Sentence, i: int) -> bool:
    """pair62: a body or post named under a noun of attendance is the occasion's guest, no
    side of the signing: "Соглашение было подписано в присутствии Председателя
    Правительства Республики Хакасия Аркадия Тюмерекова", "при участии губернатора
    области". From token i up through genitives, apposition and conjuncts
    (``lexicon_signers.NAME_GROUP_RELATIONS``, at most ``ATTENDANCE_CLIMB`` steps) to an
    ``nmod`` of "присутствие"/"участие" (``lexicon.ATTENDANCE_WORDS``). Only from the parse."""
    toks = sent.tokens
    if not sent.parsed or not 0 <= i < len(toks):
        return False
    path = climb(sent, i, NAME_GROUP_RELATIONS | {"nmod"}, limit=ATTENDANCE_CLIMB)
    return any(toks[x].rel == "nmod" and 0 <= toks[x].head < len(toks) and
               toks[toks[x].head].lemma in ATTENDANCE_WORDS for x in path)


def _sides_subject(sent: Sentence, lo: int, hi: int) -> bool:
    """"Стороны обсудили проект соглашения", "Они подписали соглашение": the sides were
    named just before; not when the clause spells them out (``spelled_out_subject``)."""
    toks = sent.tokens
    return any(toks[i].lemma in SIDE_WORDS | SIDE_PLURALS and
               toks[i].feats.get("Case") == "Nom" and
               toks[i].feats.get("Number") == "Plur" and
               not spelled_out_subject(sent, i, hi) for i in range(lo, hi))


def spelled_out_subject(sent: Sentence, i: int, hi: int) -> bool:
    """agr72: is the plural side word at i spelled out in its own clause, a dash or a colon
    after it opening the named people it stands for? "Затем подписи под договором
    поставили руководители учреждений — директор центра «Заря» Анна Петрова и директор
    школы «Радуга» Олег Сидоров": the people, and the bodies of their posts, are this
    signing's own sides, not the sides told before ("Руководители подписали соглашение"
    still are). From the tokens: the first dash or colon after the word, before the clause
    ends, its first noun a person's (animate: a post, not "Участники соглашения —
    министерство, университет ..."), then a proper name of a person (animate)."""
    toks = sent.tokens
    j = next((j for j in range(i + 1, hi) if toks[j].text in LIST_OPENERS), None)
    if j is None:
        return False
    first = next((t for t in toks[j + 1:hi] if t.pos in {"NOUN", "PROPN"}), None)
    return first is not None and first.feats.get("Animacy") == "Anim" and any(
        t.pos == "PROPN" and t.feats.get("Animacy") == "Anim" for t in toks[j + 1:hi])


def sides_told_in_sentence(
    analysis: Analysis, models: Models, sent: Sentence, lo: int, hi: int,
    regions: list[RegionRef],
) -> list[_Party]:
    """agrB: "the sides" named earlier in the same sentence, when its first part tells the
    meeting: "... прошла встреча директора ОГКУ «Центр занятости населения Омской области»
    Петровой Л.А. с заместителем директора КГКУ «Центр занятости Алтайского края»
    Ивановой О.В. По итогам встречи руководители подписали соглашение" (read as one
    sentence when initials end the first): the two bodies before the plural subject, not
    the regions of posts ("министр ... Смоленской области и председатель ...")."""
    toks = sent.tokens
    w = next((i for i in range(lo, hi) if toks[i].lemma in SIDE_WORDS | SIDE_PLURALS and
              toks[i].feats.get("Case") == "Nom" and toks[i].feats.get("Number") == "Plur"),
             None)
    if w is None or w == 0:
        return []
    names = {r.name for r in regions}
    found = [p for p in _previous_sides(analysis, models, sent, regions)
             if p.stop <= toks[w].start and p.name not in names]
    return found if len(found) >= 2 else []  # bodies only: a post's region is no side


def _counted_places(sent: Sentence, lo: int, hi: int) -> bool:
    """Sides given by a count of the places just named, or as neighbours: "ещё в 2016 году
    правительства двух областей заключили соглашение", "министерства обоих регионов",
    "соседи подписали соглашение". Such a clause names no place of its own, so its sides
    are the regions of the agreement told before (``_earlier_sides``). From morphology:
    a counting word before a place noun in the genitive plural (or the singular genitive
    of "двух"/"обоих" the tagger may give), or the plural noun of neighbours."""
    toks = sent.tokens
    for i in range(max(lo, 1), hi):
        t = toks[i]
        if t.lemma in BARE_PLACES and t.feats.get("Case") == "Gen" and \
                toks[i - 1].lemma in SIDE_COUNTS:
            return True
    return any(t.lemma in NEIGHBOUR_NOUNS and t.feats.get("Number") == "Plur" and
               t.feats.get("Case") == "Nom" for t in toks[lo:hi])


def _bare_subjects(sent: Sentence, k: int) -> bool:
    """Subjects that name the sides by kind only, each without a name of its own: "Область
    и фонд подписали соглашение" after a sentence naming the region and the fund. From the
    parse: two or more conjoined subjects of the verb over the noun, bodies or places with
    no dependents but their conjunctions."""
    v = _clause_head(sent, k)
    if v is None:
        return False
    toks = sent.tokens
    subjects = [c for c in sent.children(v) if toks[c].rel == "nsubj"]
    subjects += [d for c in subjects for d in sent.children(c) if toks[d].rel == "conj"]
    return len(subjects) >= 2 and all(
        toks[c].lemma in BARE_PLACES | ORG_HEADS | BODY_HEADS and
        all(toks[d].rel in {"cc", "conj", "punct"} for d in sent.children(c))
        for c in subjects)


PLACE_LIST_RELS = frozenset({"conj", "nmod", "amod", "flat", "flat:name", "appos"})


def place_in_locative(sent: Sentence, i: int) -> bool:
    """agr48: is the name at token i a place where something is or happens, inside a
    locative phrase, though no preposition stands right before it? Read from the parse: up
    the name's chain of conjuncts and genitives to the first noun with a preposition of its
    own; a locative "в"/"на" there makes the whole chain a venue: "проверено 600 объектов в
    Уфе, Стерлитамаке, Салавате" (Стерлитамак, Салават), "стажировки в учреждениях
    соцзащиты Забайкальского края и Иркутской области" (both regions). Any other preposition
    ends the climb ("в рамках соглашения между Татарстаном и Пермским краем" keeps its
    sides), and so does the agreement noun (a parse hanging a subject "X и департамент Y
    сотрудничают в рамках соглашения" on the noun). An unparsed sentence: only a preposition
    right before the name."""
    toks = sent.tokens
    if not sent.parsed:
        return _venue(sent, i)
    for _ in range(PLACE_CLIMB):  # a bounded climb: cost stays linear in the sentence
        if not 0 <= i < len(toks):
            return False
        if toks[i].lemma in TRIGGERS:
            return False  # the chain reaches the agreement noun: its own words, no venue
        cases = [c for c in sent.children(i) if toks[c].rel == "case"]
        if cases:
            return any(toks[c].lemma in LOCATIVE_PREPOSITIONS for c in cases) and \
                toks[i].feats.get("Case") == "Loc"
        if toks[i].rel not in PLACE_LIST_RELS:
            return False
        i = toks[i].head
    return False


def home_of_a_kind(sent: Sentence, i: int) -> bool:
    """agr76: is the place at token i only the home of the people or things a common noun
    names, not a side? "Крупные заводы Твери и Ржева уже выполняют условия соглашения":
    the places hang in the genitive on a plural noun that heads no authority's name
    (``lexicon.ORG_HEADS``: "министерства Твери и Пскова" are bodies); a region's adjective
    on a noun of people of a place (``lexicon_sides.PEOPLE_OF_PLACE_NOUNS``: "тверские
    ветераны переняли опыт") likewise. The side finder took the place alone (a body named
    with its place, "Администрация Твери", comes out whole and is not asked). Read from
    the parse: up the place's conjuncts (a bounded climb) to an ``nmod`` without a
    preposition (an indeclinable town reads as a nominative, "заводы Тольятти") whose head
    is such a noun, not the agreement noun."""
    toks = sent.tokens
    if not sent.parsed:
        return False
    if 0 <= i < len(toks) and toks[i].pos == "ADJ" and toks[i].rel == "amod" and \
            0 <= toks[i].head < len(toks) and \
            toks[toks[i].head].lemma in PEOPLE_OF_PLACE_NOUNS:
        return True  # "тверские ветераны": people of the region
    for _ in range(PLACE_CLIMB):
        if not 0 <= i < len(toks) or toks[i].rel != "conj":
            break
        i = toks[i].head
    if not 0 <= i < len(toks) or toks[i].rel != "nmod" or toks[i].feats.get("Case") not in \
            {"Gen", "Nom"} or any(toks[c].rel == "case" for c in sent.children(i)):
        return False  # (an indeclinable town reads as a nominative: "заводы Тольятти")
    h = toks[i].head
    if not 0 <= h < len(toks):
        return False
    head = toks[h]
    return head.pos == "NOUN" and head.lemma not in TRIGGERS and \
        head.feats.get("Number") == "Plur" and head.lemma not in ORG_HEADS


def origin_of_a_kind(sent: Sentence, i: int) -> bool:
    """mentioned67: is the place at token i (up its adjective and its conjuncts, a bounded
    climb) where the people or things a common noun names come
    from, not a side? "Группы пенсионеров из Сургута и Когалыма поедут в Углич по
    соглашению", "туристы из Казани":
    the place takes a preposition of origin (``lexicon_officials.HOME_PREPOSITIONS``: "из",
    "от") and hangs as an ``nmod`` on a noun that is no body's head (``lexicon.ORG_HEADS``),
    no agreement noun, and no noun of a body's staff or delegation, which stand for the
    body and so for the place ("коллеги из Татарстана", "делегация из Казани",
    ``lexicon_sides.STAFF_NOUNS``, ``lexicon.DELEGATION_NOUNS``)."""
    toks = sent.tokens
    if 0 <= i < len(toks) and toks[i].pos == "ADJ" and toks[i].rel == "amod":
        i = toks[i].head  # a name opening with its adjective: "из Нового Уренгоя"
    for _ in range(PLACE_CLIMB):
        if not 0 <= i < len(toks) or toks[i].rel != "conj":
            break
        i = toks[i].head
    if not 0 <= i < len(toks) or toks[i].rel != "nmod" or not any(
            toks[c].rel == "case" and toks[c].lemma in HOME_PREPOSITIONS
            for c in sent.children(i)):
        return False
    h = toks[i].head
    if not 0 <= h < len(toks):
        return False
    head = toks[h]
    return head.pos in {"NOUN", "PROPN"} and \
        head.lemma not in TRIGGERS | ORG_HEADS | STAFF_NOUNS and \
        head.lemma not in DELEGATION_NOUNS  # (a capital opening a sentence may read PROPN)


def own_region_partner(
    analysis: Analysis, models: Models, sent: Sentence, j: int, regions: list[RegionRef],
) -> list[_Party]:
    """partners68: the partner after the "с" at j named in lower case by an adjective of
    the text's own region and a body's head noun, with no name the NER tags: "центр
    продолжает работу по договорённости с краевым советом ветеранов", "сотрудничает
    в силу соглашения с окружным комитетом по делам семьи с 2021 года". The adjective is one
    of ``lexicon.OWN_REGION_KIND_ADJECTIVES`` (it names the region's kind), the head a
    body's head word (``ORG_HEADS``, ``BODY_HEADS``, no place word) in the instrumental
    the "с" governs; the name runs on over the head's own genitive words and one "по"
    phrase of its field (``own_body_tail``). The adjective and the head alone ("с
    областным министерством", "с краевым агентством") are the story's body told again
    the short way, left to the passes of bare mentions
    (``merge_rules.partner_named_elsewhere``); a body the text names elsewhere by a name
    holding the phrase's words takes that name (``told_body_name``).
    The region is the one region of the text of the adjective's kind, when there is one.
    An adjective of no region's kind ("с местным отделением"), a capitalised first word (a
    name the NER missed) or a name of its own right after the words read (a «quoted» name,
    an acronym: "с областной организацией «Милосердие»") is not read here: that name is
    the side, read by the name readers."""
    toks = sent.tokens
    if not sent.parsed or j + 2 >= len(toks):
        return []
    n = j + 1
    kind: str | None = ""
    own = False
    while n < len(toks) and toks[n].pos == "ADJ" and toks[n].text.islower() and \
            toks[n].feats.get("Case") == "Ins":
        if toks[n].lemma in OWN_REGION_KIND_ADJECTIVES:
            own, kind = True, OWN_REGION_KIND_ADJECTIVES[toks[n].lemma]
        n += 1
    if not own or n >= len(toks):
        return []
    head = toks[n]
    if head.pos != "NOUN" or not head.text.islower() or \
            head.lemma not in (ORG_HEADS | BODY_HEADS) - PLACE_HEADS or \
            head.feats.get("Case") != "Ins" or toks[j].head != n:
        return []
    stop = own_body_tail(sent, n)
    if stop == n + 1 and n == j + 2:
        return []  # "с областным министерством": the story's body told again (agr45)
    if stop < len(toks) and (toks[stop].text[:1] in OPENING_QUOTES or
                             toks[stop].text[:1].isupper()):
        return []  # "организацией «Милосердие»", "отделением ВОИ": a name of its own
    codes = [r.code for r in regions if kind and kind in r.name.lower()]
    name = told_body_name(analysis, models, sent, j + 1, stop) or \
        nominative_phrase(models, toks[j + 1:stop], analysis.text)
    return [_Party(name[:1].upper() + name[1:], sorted(set(codes))[:1] if
                   len(set(codes)) == 1 else [], toks[j + 1].start, toks[stop - 1].stop,
                   models)]


# fixpartners68: the ORG spans of the last document read, each with its sentence and its
# words' stems (``stem5``), listed under each stem in the spans' order (``told_body_name``)
_TOLD_BODIES: HeldPerDocument[Analysis,
                              dict[str, list[tuple[NerSpan, Sentence, frozenset[str]]]]] = \
    HeldPerDocument(1)


def _told_bodies(analysis: Analysis) -> dict[str, list[tuple[NerSpan, Sentence, frozenset[str]]]]:
    """The document's ORG spans held in a sentence, each with that sentence
    (``Analysis.sentence_holding``) and its words' first five letters, listed under each of
    those stems in the order of ``analysis.spans``; built once per document, in one pass."""
    return _TOLD_BODIES.get(analysis, _told_bodies_index)


def _told_bodies_index(
        analysis: Analysis) -> dict[str, list[tuple[NerSpan, Sentence, frozenset[str]]]]:
    index: dict[str, list[tuple[NerSpan, Sentence, frozenset[str]]]] = {}
    for span in analysis.spans:
        where = analysis.sentence_holding(span.start) if span.type == "ORG" else None
        if where is None:
            continue
        stems = frozenset(stem5(w.lower()) for w in re.findall(r"\w+", span.text))
        for w in stems:
            index.setdefault(w, []).append((span, where, stems))
    return index


def told_body_name(analysis: Analysis, models: Models, sent: Sentence, lo: int,
                   hi: int) -> str | None:
    """partners68: the name, in the nominative, of the body a lower-case phrase [lo, hi)
    (``own_region_partner``) names again, when the text names it elsewhere as an
    organisation (an ORG span of the document's NER) holding every content word of the
    phrase by its first five letters, the own region's adjective and prepositions aside:
    "с краевым советом ветеранов" after "председатель Энского краевого совета
    ветеранов" is "Энский краевой совет ветеранов"; "с региональным министерством труда"
    is the "Министерство труда Энской области" the text names. The first such span, read
    from the document's spans indexed once per document (``_told_bodies``: the spans
    holding the phrase's rarest stem are the only ones read)."""
    toks = sent.tokens
    words = {stem5(t.text.lower()) for t in toks[lo:hi]
             if t.pos != "ADP" and t.lemma not in OWN_REGION_KIND_ADJECTIVES}
    if not words:
        return None
    here = (toks[lo].start, toks[hi - 1].stop)
    index = _told_bodies(analysis)
    spans = min((index.get(w, []) for w in words), key=len)
    for span, where, stems in spans:
        if here[0] <= span.start < here[1] or not words <= stems:
            continue
        i, k = _token_index(where, span.start), _token_index(where, span.stop)
        if 0 <= i < k <= len(where.tokens):
            return nominative_phrase(models, where.tokens[i:k], analysis.text)
    return None


def _name_end(sent: Sentence, d: _Party) -> int:
    """partners68: where a lower-case body's name read by ``own_region_partner`` may run on:
    the start of the word after it, so that a name told right after it ("организацией
    «Забота»", "отделением ВОИ") is the name of that body, read already."""
    i = _token_index(sent, d.stop - 1) + 1
    return sent.tokens[i].start if i < len(sent.tokens) else d.stop


def own_body_tail(sent: Sentence, n: int) -> int:
    """partners68: the end of a lower-case body's name whose head noun is at n: the words
    right after it that hang on it (the parse), genitives ("советом ветеранов войны и
    труда", a genitive's conjunct with it), and one
    "по" phrase of its field in the dative ("комитетом по социальной защите населения"),
    which the parser may hang on the noun the head itself hangs on (the agreement's); its
    words then hang on that phrase's noun. Another preposition, a number, a punctuation
    mark or a word outside those phrases ends it. Bounded by ``OWN_BODY_REACH`` words."""
    toks = sent.tokens
    anchors = {n}
    stop = n + 1
    while stop < len(toks) and stop - n <= OWN_BODY_REACH:
        t = toks[stop]
        if t.pos == "ADP" and t.lemma == "по" and len(anchors) == 1:
            p = t.head
            if not (stop < p < len(toks) and toks[p].feats.get("Case") == "Dat" and
                    toks[p].head in {n, toks[n].head}):
                break
            anchors.add(p)
            stop += 1
            continue
        if t.lemma == "и" and stop + 1 < len(toks) and _is_gen(toks[stop + 1]) and \
                toks[stop + 1].text.islower() and toks[t.head].rel == "conj" and \
                any(_hangs_on(sent, stop + 1, a) for a in anchors):
            stop += 1  # "советом ветеранов войны и труда": a genitive's conjunct
            continue
        if t.pos not in {"NOUN", "ADJ", "PROPN"} or \
                stop not in anchors and not any(_hangs_on(sent, stop, a) for a in anchors):
            break
        stop += 1
    return stop


def _hangs_on(sent: Sentence, i: int, n: int) -> bool:
    """Does token i hang on token n through its heads (a climb of at most
    ``OWN_BODY_REACH`` steps)? "по делам семьи": "семьи" hangs on "делам"."""
    toks = sent.tokens
    h = toks[i].head
    for _ in range(OWN_BODY_REACH):
        if h == n:
            return True
        if h < 0 or h >= len(toks):
            return False
        h = toks[h].head
    return False


def _origin_place(sent: Sentence, p: _Party) -> bool:
    """mentioned67: is the side a place alone (no body's head word in its name) that only
    tells where the people of a common noun come from (``origin_of_a_kind``)? "По
    соглашению с весны семьи из Урая и Мегиона смогут ...": the "с" of time is no partner's,
    the towns are no sides. Asked by the "с" partner list of ``_linked_parties`` and by the
    last step of ``coreferent_sides`` (a mentioned agreement's own sentence), not by
    ``_previous_sides`` for "стороны" or a count of regions, where a town stood for its
    region before (a first try there lost the region a count named)."""
    return sent.parsed and not any(w in p.name.lower() for w in ORG_HEADS) and \
        origin_of_a_kind(sent, _token_index(sent, p.start))


def _previous_sides(
    analysis: Analysis, models: Models, sent: Sentence, regions: list[RegionRef]
) -> list[_Party]:
    """Two or more bodies named in the sentence before "Стороны ...", venues left out (a
    list of places after "в" too, ``place_in_locative``)."""
    toks = ensure_parsed(sent, models).tokens
    found = []
    venues: list[tuple[int, int]] = []
    for p in _parties_in(analysis, models, sent, 0, len(toks), regions):
        i = _token_index(sent, p.start)
        if i > 0 and toks[i - 1].lemma in IN_PREPOSITIONS and toks[i - 1].pos == "ADP" or \
                place_in_locative(sent, i):
            venues.append((p.start, p.stop))
            continue
        if not p.regions and not any(w in p.name.lower() for w in ORG_HEADS):
            continue
        if not any(w in p.name.lower() for w in ORG_HEADS) and home_of_a_kind(sent, i):
            venues.append((p.start, p.stop))  # agr76
            continue
        found.append(p)
    # "астраханская делегация провела переговоры с ...": a region named by its adjective,
    # which the NER leaves untagged
    for r in regions:
        for m in r.mentions:
            if not (sent.start <= m.start and m.end <= sent.stop) or \
                    any(p.start <= m.start < p.stop for p in found) or \
                    any(a <= m.start < b for a, b in venues):
                continue
            i = _token_index(sent, m.start)
            if i > 0 and toks[i - 1].lemma in IN_PREPOSITIONS or place_in_locative(sent, i) \
                    or home_of_a_kind(sent, i):
                continue
            found.append(_Party(r.name, [r.code], m.start, m.end, models))
    found.sort(key=lambda p: p.start)
    return found if len(found) >= 2 else []


def signed_for_two_sides(sents: list[Window], si: int, k: int) -> bool:
    """agr38: a "документ" its sentence has signed on behalf of two sides is their
    agreement: "X и Y договорились о совместной программе. Со стороны центра документ
    подписала директор Шилова Е.А., со стороны вуза — проректор Шестаков А.В." (two "со
    стороны" groups and a signing verb). Its sides are those of the sentence before
    (``referred_sides``), which must tell the sides coming to terms (``AGREEING_VERBS``) and
    name no agreement: after "... подписано соглашение между X и Y" or "X подписало
    соглашение с Y" the document is that agreement, signed again in other words."""
    sent = sents[si]
    toks = sent.tokens
    if toks[k].lemma not in COOPERATION_DOCUMENTS or si == 0:
        return False
    before = sents[si - 1].tokens
    if any(t.lemma in TRIGGERS for t in before) or \
            not any(t.lemma in AGREEING_VERBS and t.pos == "VERB" for t in before) or \
            not any(t.lemma in SIGN_VERBS and t.pos in {"VERB", "AUX"} for t in toks):
        return False
    behalf = sum(toks[i].lemma in SIDE_WORD_PREPOSITIONS and toks[i + 1].lemma == "сторона" and
                 _is_gen(toks[i + 1]) for i in range(len(toks) - 1))
    return behalf >= 2


def referred_sides(
    analysis: Analysis, models: Models, sents: list[Window], si: int, k: int,
    regions: list[RegionRef],
) -> list[_Party]:
    """An agreement noun a referring word marks as the one just told of ("соответствующее
    соглашение", "указанный документ") whose own clause names no side takes the sides of
    the cooperation told right before it: the same sentence before the noun ("Владимирская
    область сотрудничает с Нижегородской областью: соответствующее соглашение было
    заключено между профильными ведомствами двух регионов"), else the sentence before
    ("Калуга и Тула будут вместе поддерживать семьи ... Соответствующее соглашение
    подписали губернаторы"). A capital acting there stands for its region."""
    sent = sents[si]
    toks = sent.tokens
    if not (_referring(sent, k) or signed_for_two_sides(sents, si, k)):
        return []
    found = [p for p in _previous_sides(analysis, models, sent, regions)
             if p.stop <= toks[k].start]
    if len(found) < 2 and si > 0:
        found = _previous_sides(analysis, models, sents[si - 1], regions) or \
            _capital_subjects(analysis, models, ensure_parsed(sents[si - 1], models))
    if len(found) < 2:
        return []
    out: list[_Party] = []
    for p in found:
        region = next((r for r in regions if p.regions == [r.code]), None)
        if region is not None and _town(models, p.name) and len(p.name.split()) == 1:
            p = _Party(region.name, p.regions, p.start, p.stop, models)
        if all(q.key != p.key for q in out):
            out.append(p)
    return out if len(out) >= 2 else []


def _talks_partner(
    analysis: Analysis, models: Models, sent: Sentence, k: int, regions: list[RegionRef],
    placeless: bool = False,
) -> _Party | None:
    """The partner of talks or of an accord the sentence of the agreement noun at k tells:
    the body or region under "с" of a talks noun ("переговоры с министерством ... Якутии",
    "договорённость с Министерством ... Новосибирской области"), read from the parse.
    ``placeless`` (plan50): a body of no region counts too ("встречу с руководством ООО
    «...»"), the first one named."""
    toks = sent.tokens
    for i, t in enumerate(toks):
        if t.lemma not in TALK_NOUNS or i == k:
            continue
        for c in sent.children(i):
            if toks[c].rel != "nmod" or not any(
                    toks[d].rel == "case" and toks[d].lemma in TALK_PARTNER_PREPOSITIONS
                    for d in sent.children(c)):
                continue
            nodes = subtree(sent, c)
            lo, hi = min(nodes), max(nodes) + 1
            found = [p for p in _parties_in(analysis, models, sent, lo, hi, regions)
                     if p.regions or placeless]
            if found:
                return found[0]
    return None


def host_and_partner_of_talks(
    analysis: Analysis, models: Models, sents: list[Window], si: int, k: int,
    earlier: list[_Candidate], officials: list[Official] | None, regions: list[RegionRef],
) -> list[_Party]:
    """plan50: "стороны" of a plan told after talks, on a page that names no agreement of
    two sides before it, are the host of the talks and its partner: "Министр труда ...
    встретилась на переговорах с директорами АО «...». ... После беседы стороны решили
    готовить соглашение" → the minister's body and the company. The talks
    (a noun of ``TALK_NOUNS`` with its "с" partner, any body, of a region or not) are told
    in the sentence or up to ``TALKS_REACH`` sentences back, within one item of a digest;
    the host is the body of the first official named in that sentence before the partner
    (``officials``: one of another body than the partner's). Nothing when an earlier
    agreement names two sides (``talks_partner_sides`` reads that page), or no such
    official is named."""
    if any(len(c.parties) >= 2 for c in earlier):
        return []
    for back in range(TALKS_REACH + 1):
        if si - back < 0 or back and digest_item_heading(analysis.text, sents[si - back + 1]):
            break
        if not {t.lemma for t in sents[si - back].tokens} & TALK_NOUNS:
            continue
        told = ensure_parsed(sents[si - back], models)
        partner = _talks_partner(analysis, models, told, k if back == 0 else -1, regions,
                                 placeless=True)
        if partner is None:
            continue  # "По итогам встречи стороны ...": the talks told before
        for span in _persons(analysis, told):
            if span.start >= partner.start:
                break
            name = _official_name(span, officials or [])
            o = next((o for o in officials or [] if o.name == name and o.organization),
                     None)
            if o is not None and o.organization and \
                    names.fold(o.organization) != names.fold(partner.name):
                return [_Party(o.organization, [o.region] if o.region else [], span.start,
                               span.stop, models), partner]
        return []
    return []


def talks_partner_sides(
    analysis: Analysis, models: Models, sents: list[Window], si: int, k: int,
    earlier: list[_Candidate], officials: list[Official] | None, regions: list[RegionRef],
) -> list[_Party]:
    """agrplan: "стороны" of a plan told with talks or an accord with a partner named in the
    same sentence are that partner and the document's own side, not the sides of the
    agreement told before: "По итогам переговоров с министерством труда Республики Саха
    (Якутия) стороны договорились подготовить соглашение" after the ministry's signing with
    Хабаровский край is the ministry's plan with Yakutia. The own side is the side of
    another region than the partner's that the earlier agreements naming two name most
    often, the first named on a tie. The talks may be told in the sentence just before
    ("министерство провело встречу с делегацией Астраханской области. Как сообщила
    заместитель министра ... Астраханской области ..., стороны договорились ..."); a
    partner named by its region alone is the body of an official of that region named in
    either sentence; an official of an own side's region named there gives the own side
    ("Министр Адыгеи провела встречу с министром ... Крыма": her ministry). Nothing when
    no earlier agreement names two sides or the partner is a side of the latest one (then
    "стороны" are its sides)."""
    sent = sents[si]
    if not sent.parsed:
        return []
    partner = _talks_partner(analysis, models, sent, k, regions)
    told: list[Sentence] = [sent]
    # agr48: up to TALKS_REACH sentences back ("... провела рабочие встречи с коллегами из
    # Министерства ... Магаданской области. Обсуждались вопросы ... . Стороны договорились
    # подготовить соглашение"), within one item of a digest
    for back in range(1, TALKS_REACH + 1):
        if partner is not None or si - back < 0 or \
                digest_item_heading(analysis.text, sents[si - back + 1]):
            break
        if {t.lemma for t in sents[si - back].tokens} & TALK_NOUNS:
            told.append(ensure_parsed(sents[si - back], models))
            partner = _talks_partner(analysis, models, told[-1], -1, regions)
            break
    if partner is None:
        return host_and_partner_of_talks(analysis, models, sents, si, k, earlier, officials,
                                         regions)
    if not any(w in partner.name.lower() for w in ORG_HEADS):
        for x in told:
            for span in _persons(analysis, x):
                name = _official_name(span, officials or [])
                o = next((o for o in officials or [] if o.name == name and o.organization
                          and o.region and [o.region] == partner.regions), None)
                if o is not None:
                    partner = _Party(o.organization or "", [o.region or ""], span.start,
                                     span.stop, models)
                    break
            else:
                continue
            break
    prior = next((c for c in reversed(earlier) if len(c.parties) >= 2), None)
    if prior is None:
        return host_and_partner_of_talks(analysis, models, sents, si, k, earlier, officials,
                                         regions)
    if any(set(p.regions) & set(partner.regions) for p in prior.parties):
        return []
    counts: dict[str, int] = {}
    own: dict[str, _Party] = {}
    for c in earlier:
        if len(c.parties) < 2:
            continue
        for p in c.parties:
            if p.regions and not set(p.regions) & set(partner.regions):
                counts[p.key] = counts.get(p.key, 0) + 1
                own.setdefault(p.key, p)
    if not own:
        return []
    host = next((o for x in told for span in _persons(analysis, x)
                 for o in officials or []
                 if o.name == _official_name(span, officials or []) and o.organization and
                 o.region and o.region not in partner.regions and
                 any(o.region in p.regions for p in own.values())), None)
    if host is not None:  # "Министр X провела встречу с министром Y": X's body
        return [_Party(host.organization or "", [host.region or ""], host.evidence.start,
                       host.evidence.end, models), partner]
    return [own[max(own, key=lambda key: counts[key])], partner]


def _conjunct_span(sent: Sentence, c: int) -> tuple[int, int]:
    """The tokens of one conjunct of a subject list: its subtree without the conjuncts,
    conjunctions and commas that hang on it."""
    toks = sent.tokens
    nodes = set(subtree(sent, c))
    for d in sent.children(c):
        if toks[d].rel in {"conj", "cc", "punct"}:
            nodes -= set(subtree(sent, d))
    nodes.add(c)  # a cyclic parse (the parser's heads are no tree) puts c under its conjunct
    return min(nodes), max(nodes) + 1


def _named_before(
    analysis: Analysis, models: Models, sents: list[Window], si: int, lemma: str,
    regions: list[RegionRef],
) -> _Party | None:
    """The body a bare head noun stands for: the nearest body told before (within
    ``NAMED_BEFORE_REACH`` sentences) whose name holds that noun ("ООО «Калужский завод
    ...»" for "завод", "Агентство по ... миграции Республики Узбекистан" for
    "агентство"). agr48: never before the heading of the digest item the noun stands in
    (``digest_item_heading``): in a weekly digest "4. «Деловая Россия» поможет ... .
    Министерство и ... «Деловая Россия» согласовали проект соглашения" is not the guests'
    ministry item 3 named last; a noun with no such body in its own item stands for the
    body of the digest's own region, the region it mentions most (the publisher's:
    "делегация министерства ... Сахалинской области ... между министерством ... Приморского
    края и министерством ... Сахалинской области" in a Primorye digest gives the Primorye
    ministry), or for none. history64: "предприятие" or "компания" (``ANY_COMPANY_NOUNS``)
    stands too for a body whose name opens with a commercial legal form, "ООО «Северный
    профиль»" (``company_by_its_form``)."""
    def named(sent: Window) -> list[_Party]:
        return [p for p in _parties_in(analysis, models, sent, 0, len(sent.tokens), regions)
                if any(t.lemma == lemma for t in sent.tokens if p.start <= t.start < p.stop)
                or company_by_its_form(p.name, lemma)]

    item = digest_item_heading(analysis.text, sents[si])
    if not item:
        for sent in reversed(sents[max(0, si - NAMED_BEFORE_REACH):si]):
            found = named(sent)
            if found:
                return found[-1]
            if digest_item_heading(analysis.text, sent):
                item = True
                break
    if not item or not regions:
        return None
    home = max(regions, key=lambda r: len(r.mentions)).code
    for sent in sents[max(0, si - DIGEST_REACH):si]:
        found = [p for p in named(sent) if home in p.regions]
        if found:
            return found[0]
    return None


def company_by_its_form(name: str, lemma: str) -> bool:
    """history64: does a noun of any company ("предприятие", "компания":
    ``ANY_COMPANY_NOUNS``) stand for the body ``name``, a company by the legal form its name
    opens with (``COMMERCIAL_FORMS``: "ООО «Северный профиль»")? "Комитет и ООО
    «Северный профиль» обменялись письмами о намерениях. Договор комитет и компания
    заключат весной": the plan is the committee's and the company's."""
    first = name.split()[:1]
    return lemma in ANY_COMPANY_NOUNS and bool(first) and first[0] in COMMERCIAL_FORMS


def conjoined_subjects_named_before(
    analysis: Analysis, models: Models, sents: list[Window], si: int, k: int,
    regions: list[RegionRef],
) -> list[_Party]:
    """agrplan: a list of subjects of the agreement's verb (or of the verb whose plan it
    is: "договорились подготовить") in which some bodies are named by a bare head noun
    takes each of them as the body of that head told before: "Тульский машиностроительный
    завод ... встреча с делегацией Министерства труда Киргизской Республики ... По итогам
    переговоров завод, министерство труда Тульской области и министерство намерены
    заключить соглашение" gives the plant, the Tula ministry and the Kyrgyz ministry.
    Nothing unless every conjunct is a side and two or more are found."""
    sent = sents[si]
    if not sent.parsed:
        return []
    toks = sent.tokens
    path = _predicate_path(sent, k)
    if len(path) < 2:
        return []
    v = _plan_chain(sent, path[-1])[-1]  # "договорились подготовить": the plan's verb
    heads = ORG_HEADS | BODY_HEADS | COMPANY_HEADS
    subject = next((c for c in sent.children(v) if toks[c].rel == "nsubj"), None)
    if subject is None:
        pair = bare_pair_before_verb(sent, path[-1], heads)
        if pair is None:
            return []
        conjuncts = list(pair)
    else:
        conjuncts = [subject] + [c for c in sent.children(subject) if toks[c].rel == "conj"]
    if len(conjuncts) < 2:
        return []
    out: list[_Party] = []
    bare_found = False
    for c in conjuncts:
        lo, hi = _conjunct_span(sent, c)
        if hi - lo == 1 and toks[c].lemma in heads:
            p = _named_before(analysis, models, sents, si, toks[c].lemma, regions)
            bare_found = bare_found or p is not None
        else:
            p = next(iter(_parties_in(analysis, models, sent, lo, hi, regions)), None)
        if p is None:
            return []
        if all(q.key != p.key for q in out):
            out.append(p)
    return out if bare_found and len(out) >= 2 else []


def bare_pair_before_verb(sent: Window, v: int, heads: AbstractSet[str]
                          ) -> tuple[int, int] | None:
    """history64: two bare head nouns joined by "и" right before a plural finite signing
    verb, which the parser hung elsewhere (the first under the agreement's "о ..." phrase,
    the verb left with no subject): "итоговый договор о партнёрстве комитет и компания
    заключат весной" has the committee and the company for subjects. The conditions, all
    required: the verb a finite plural signing verb (``SIGN_VERBS``); the three tokens
    right before it noun, "и", noun, nothing between the second noun and the verb; each
    noun a singular kind noun (``heads``) written in lower case, in the nominative, the
    accusative or untagged (the tagger reads an inanimate nominative as the accusative it
    shares: "комитет" of the example is tagged Acc); no adjective, preposition or
    determiner right before the pair ("за комитет и компанию"); fixhistory64: the first
    noun not the parse's object of another verb ("обязывает комитет и предприятие")."""
    toks = sent.tokens
    if v < 3 or toks[v].lemma not in SIGN_VERBS or toks[v].feats.get("VerbForm") != "Fin" \
            or toks[v].feats.get("Number") != "Plur":
        return None
    a, conj, b = v - 3, v - 2, v - 1
    if toks[conj].lemma != "и":
        return None
    for n in (a, b):
        t = toks[n]
        if t.lemma not in heads or t.pos != "NOUN" or not t.text[:1].islower() or \
                t.feats.get("Number") != "Sing" or \
                t.feats.get("Case") not in {"Nom", "Acc", None}:
            return None
    if a > 0 and toks[a - 1].pos in {"ADJ", "ADP", "DET"}:
        return None  # "с новым департаментом и предприятие": no bare noun
    if toks[a].rel == "obj" and toks[a].head != v:
        return None  # fixhistory64: an accusative pair another verb governs
    return a, b


def _ministry_named_before(
    analysis: Analysis, models: Models, sents: list[Window], si: int, word: str,
    regions: list[RegionRef], officials: list[Official],
) -> _Party | None:
    """agr91: the ministry a news abbreviation after an adjective of the own region stands
    for ("региональный минтруд", ``normalize.ministry_abbreviation``: "Министерство
    труда"): the ministry told before whose name opens with the words written out, as a
    side (``_named_before``) or, else, as the body of an official named before the
    sentence ("министра труда и социального развития области Ивана Петрова"), when one
    body only is."""
    full = (ministry_abbreviation(word) or "").lower()
    if not full:
        return None
    p = _named_before(analysis, models, sents, si, "министерство", regions)
    if p is not None:
        return p if p.name.lower().startswith(full) else None
    start = sents[si].start
    bodies = {o.organization: o for o in officials
              if o.organization and o.evidence.start < start and
              o.organization.lower().startswith(full)}
    if len(bodies) != 1:
        return None
    name, o = next(iter(bodies.items()))
    return _Party(name, [o.region] if o.region else [], o.evidence.start, o.evidence.end,
                  models)


def _object_pronoun(t: Token) -> bool:
    """agr91: can "который" at t be its verb's object? Accusative or untagged, or tagged
    nominative in a form the accusative shares (neuter, masculine inanimate, plural:
    "которое", "который", "которые"); not "которая"."""
    case = t.feats.get("Case")
    return case in {"Acc", None} or case == "Nom" and not (
        t.feats.get("Gender") == "Fem" and t.feats.get("Number") == "Sing") and \
        t.feats.get("Animacy") != "Anim"


def relative_subjects_named_before(
    analysis: Analysis, models: Models, sents: list[Window], si: int, k: int,
    regions: list[RegionRef], officials: list[Official] | None = None,
) -> list[_Party]:
    """agr54: the subjects of a relative clause on the agreement noun, some of them named by
    a bare head noun, are its sides, each bare head the body of that head told before:
    "Ярмарку организовали университет и Центр занятости населения Калининградской
    области. Мероприятия проходят в рамках соглашения о сотрудничестве, которое центр
    занятости и БФУ им. Канта подписали в 2023 году" (the centre and the university).
    Read from the words, not the parse (an abbreviation's full stop breaks the tree): the
    words between "который" after the noun and a signing verb, split at "и" and commas;
    each conjunct a side phrase or a bare head (with at most ``RELATIVE_BARE_WORDS``
    lowercase genitive words) found by ``_named_before``. Nothing unless every conjunct
    is a side, two or more are found and one of them was bare."""
    sent = sents[si]
    toks = sent.tokens
    lo, hi = _clause_bounds(sent, k)
    # agr91: the agreement's "о ..." name may stand between ("другое соглашение — об обмене
    # сведениями ..., которое ..."), and a pronoun whose nominative is its accusative
    # (neither feminine nor animate) may be tagged nominative (``_object_pronoun``)
    reach = max(k, _title_end(sent, k)) + UNNAMED_PARTNER_REACH
    rel = next((i for i in range(k + 1, min(len(toks), reach))
                if toks[i].lemma == "который"), None)
    if rel is None or not _object_pronoun(toks[rel]):
        return []
    verb = next((i for i in range(rel + 1, len(toks)) if toks[i].lemma in SIGN_VERBS and
                 toks[i].pos in {"VERB", "AUX"}), None)
    if verb is None:
        return []
    cuts = [rel] + [i for i in range(rel + 1, verb) if toks[i].text == "," or
                    toks[i].lemma == "и" and toks[i].pos == "CCONJ"] + [verb]
    heads = ORG_HEADS | BODY_HEADS | COMPANY_HEADS
    out: list[_Party] = []
    bare_found = False
    for a, b in zip(cuts, cuts[1:], strict=False):
        a += 1
        if a >= b:
            return []
        head = toks[a]
        if b - a == 2 and toks[a].lemma in OWN_REGION_ADJECTIVES and \
                ministry_abbreviation(toks[a + 1].text) is not None:
            # agr91: "региональный минтруд": the region's ministry named before
            p = _ministry_named_before(analysis, models, sents, si, toks[a + 1].text,
                                       regions, officials or [])
            bare_found = bare_found or p is not None
        elif head.lemma in heads and not head.text[:1].isupper() and \
                b - a - 1 <= RELATIVE_BARE_WORDS and \
                all(t.feats.get("Case") == "Gen" and not t.text[:1].isupper()
                    for t in toks[a + 1:b]):
            p = _named_before(analysis, models, sents, si, head.lemma, regions)
            bare_found = bare_found or p is not None
        else:
            found = _parties_in(analysis, models, sent, a, b, regions)
            p = found[0] if len(found) == 1 else None
        if p is None:
            return []
        if all(q.key != p.key for q in out):
            out.append(p)
    return out if bare_found and len(out) >= 2 else []


def _foreign_body(models: Models, sent: Sentence, p: _Party) -> bool:
    """Does a side's name hold a foreign state, by its name or its adjective ("Агентство
    ... Республики Узбекистан", "Министерство труда Киргизской Республики")?"""
    return any(country_name(models, t.text) or country_of_adjective(models, t.text)
               for t in sent.tokens if p.start <= t.start < p.stop and t.text[:1].isupper())


def _occasion_bodies(
    analysis: Analysis, models: Models, sent: Sentence, officials: list[Official],
    regions: list[RegionRef],
) -> list[_Party]:
    """The bodies a sentence telling an occasion names as taking part: organisation phrases
    of a region (venues "в Новосибирске" left out), then the bodies of the officials it
    names ("Гостей принял министр труда Новосибирской области ...")."""
    toks = sent.tokens
    out: list[_Party] = []
    for p in _parties_in(analysis, models, sent, 0, len(toks), regions):
        i = _token_index(sent, p.start)
        if i > 0 and toks[i - 1].lemma in IN_PREPOSITIONS and toks[i - 1].pos == "ADP":
            continue
        if any(w in p.name.lower() for w in ORG_HEADS) and (
                p.regions or _foreign_body(models, sent, p)):
            out.append(p)  # a region's body, or a foreign state's
    for span in _persons(analysis, sent):
        name = _official_name(span, officials)
        o = next((o for o in officials if o.name == name and o.organization and o.region),
                 None)
        if o is not None:
            out.append(_Party(o.organization or "", [o.region or ""], span.start, span.stop,
                              models))
    return out


def occasion_participant_sides(
    analysis: Analysis, models: Models, sents: list[Window], si: int, k: int,
    earlier: list[_Candidate], officials: list[Official] | None, regions: list[RegionRef],
    reach: int = OCCASION_SIDES_REACH, named: bool = True,
) -> list[_Party]:
    """agrplan: "стороны" of an agreement whose sentence names an occasion ("По итогам
    визита стороны договорились подготовить соглашение") are the occasion's participants:
    the bodies named, or the bodies of the officials named, in the nearest sentence before
    that tells an occasion (an occasion noun or verb, within ``OCCASION_SIDES_REACH``) and
    the sentence after it: "Делегация министерства труда Республики Алтай находилась с
    визитом в Омске. Гостей принял министр труда Омской области ..." gives the two
    ministries. With ``named`` False the plan's sentence need not name the occasion, and
    only ``reach`` sentences back are read (``plan_after_occasion``). One side per region
    (a foreign body counts as one of its own); nothing unless two take part. An agreement
    told between the occasion and the plan is the nearer antecedent of "стороны" (as in
    ``coreference.sides_of_the_sides``): then nothing here."""
    sent = sents[si]
    phrase = set(subtree(sent, k)) if sent.parsed else {k}
    if named and not any(i not in phrase and t.lemma in OCCASION_NOUNS
                         for i, t in enumerate(sent.tokens)):
        return []
    for back in range(si - 1, max(-1, si - 1 - reach), -1):
        told = sents[back]
        if not {t.lemma for t in told.tokens} & (OCCASION_NOUNS | OCCASION_VERBS):
            continue
        if any(told.start <= c.trigger.start < sent.start for c in earlier):
            return []
        found = _occasion_bodies(analysis, models, told, officials or [], regions)
        if back + 1 < si:
            found += _occasion_bodies(analysis, models, sents[back + 1], officials or [],
                                      regions)
        out: list[_Party] = []
        for p in found:
            if all(not set(p.regions) & set(q.regions) and p.key != q.key for q in out):
                out.append(p)
        return out if len(out) >= 2 else []
    return []


def _plan_has_subject(sent: Sentence, k: int) -> bool:
    """``_has_subject`` of the verb whose plan the agreement's verb is, too: "Министерство
    планирует подписать соглашение" has one ("планирует" governs "подписать")."""
    if _has_subject(sent, k):
        return True
    toks = sent.tokens
    path = _predicate_path(sent, k)
    return any(toks[c].rel in {"nsubj", "obl:agent"}
               for v in _plan_chain(sent, path[-1])[1:] for c in sent.children(v))


def plan_after_occasion(
    analysis: Analysis, models: Models, sents: list[Window], si: int, k: int,
    earlier: list[_Candidate], officials: list[Official], regions: list[RegionRef],
) -> list[_Party]:
    """agrplan: a planned agreement whose clause has no subject and names no side, told
    right after an occasion, is between the occasion's participants: "Директор центра
    занятости Томска встретилась с представителями агентства по миграции Республики
    Таджикистан. В ближайшее время будет заключено соглашение об оргнаборе" (as
    ``occasion_participant_sides``, the occasion within ``PLAN_OCCASION_REACH`` sentences
    before the plan's)."""
    if _plan_has_subject(sents[si], k):
        return []
    return occasion_participant_sides(analysis, models, sents, si, k, earlier, officials,
                                      regions, reach=PLAN_OCCASION_REACH, named=False)


def coreferent_sides(
    analysis: Analysis, models: Models, sents: list[Window], si: int, k: int,
    clause: tuple[int, int], status: str, referred: bool, earlier: list[_Candidate],
    regions: list[RegionRef], parties: list[_Party], officials: list[Official] | None = None,
) -> tuple[list[_Party], bool, bool]:
    """The one coreference step for an agreement mention whose clause names no side: it
    refers to an agreement or a cooperation told before it and takes its sides, tried
    nearest first:
    - a referring word on the noun ("Соответствующее соглашение подписали губернаторы"):
      the cooperation right before it (``referred_sides``);
    - "стороны", bare plural subjects, "два региона" ("Стороны договорились ..."): the
      partner of talks told in the sentence and the own side (``talks_partner_sides``),
      two bodies the sentence names before the word (``sides_told_in_sentence``; hidden41:
      nearer than the sentence before, "Жителям района станет проще получать услуги фонда.
      Директор ГКУ «Центр» X и управляющий отделением фонда Y подписали допсоглашение к
      договору, который стороны заключили в 2019 году" → the centre and the branch), the
      sides of the sentence before, the participants of an occasion the sentence
      names (``occasion_participant_sides``), the sides of the paragraph's agreement, of
      the last agreement;
    - a background mention ("X и Y уже сотрудничают: соглашение заключено в 2017 году"):
      the sides of its own sentence before its clause ends.
    ``parties``: the sides the clause names, kept when there are any. Returns the sides,
    whether the clause's subject is "the sides" (its signers are read before it), and
    whether it is a signing heading naming no side at all."""
    sent = sents[si]
    toks = sent.tokens
    lo, hi = clause
    if not parties:
        parties = referred_sides(analysis, models, sents, si, k, regions)
    sides = si > 0 and (_sides_subject(sent, lo, hi) or _bare_subjects(sent, k) or
                        _counted_places(sent, lo, hi))
    if not parties and sides:  # agrplan
        parties = talks_partner_sides(analysis, models, sents, si, k, earlier, officials,
                                      regions)
    if not parties and sides:  # hidden41: the sentence's own bodies are the nearest
        parties = sides_told_in_sentence(analysis, models, sent, lo, hi, regions)
    if not parties and sides:  # i9agr56
        parties = story_sides_past_recall(sents, si, k, earlier)
    if not parties and sides:
        parties = _previous_sides(analysis, models, sents[si - 1], regions)
    if not parties and sides:  # agrplan
        parties = occasion_participant_sides(analysis, models, sents, si, k, earlier,
                                             officials, regions)
    if not parties and sides:  # miss59
        parties = meeting_bodies_before(analysis, models, sents, si, k, earlier, officials,
                                        regions)
    if not parties and sides:
        parties = paragraph_agreement_sides(analysis.text, sent, earlier)
    if not parties and sides:
        parties = _earlier_sides(sent, lo, hi, earlier, regions, models)
    heading = not parties and si > 0 and status == "signed" and not _has_subject(sent, k)
    if not parties and status == "mentioned" and not referred and \
            not _content_subject(sent, k) and not _agreement_to_join(sent, k):
        # (not from a clause after the noun's own: "Это третье соглашение: ранее регион
        # подписал соглашения с ...")
        _, c_hi = _coordinate_bounds(sent, k)
        # forum95: not the bodies charged with signing another agreement of the sentence
        charged = {i for j, t in enumerate(toks) if j != k and t.lemma in TRIGGERS
                   for i in assigned_side_words(sent, j)}
        parties = [p for p in _previous_sides(analysis, models, sent, regions)
                   if p.start < toks[c_hi - 1].stop and
                   _token_index(sent, p.start) not in charged and
                   not before_their_event(sent, _token_index(sent, p.start)) and
                   not _origin_place(sent, p)]  # mentioned67: "пенсионеры из Урая"
        parties = parties if len(parties) >= 2 else []
    if not parties and status == "planned" and _plan_after_colon(sent, k):
        # status70: "Следующим партнером отделения станет министерство: соглашение ..."
        _, c_hi = _coordinate_bounds(sent, k)
        parties = [p for p in _previous_sides(analysis, models, sent, regions)
                   if p.start < toks[c_hi - 1].stop]
        parties = parties if len(parties) >= 2 else []
    return parties, bool(sides), heading


def before_their_event(sent: Sentence, i: int) -> bool:
    """mentioned67: is the body at token i named only as the owner of an event the
    sentence dates its agreement before ("до" over an event noun:
    ``lexicon_status.BEFORE_PREPOSITIONS``)? "Первое соглашение ведомства заключили в 2018
    году, ещё до слияния управления и фонда": the merged bodies date the older agreement,
    they are not its sides (the story's sides, "ведомства", are read by the bare-mention
    passes). Read from the parse: up the body's adjective, conjuncts and genitives (a
    bounded climb) to the first word with a preposition of its own, a noun that is no
    agreement noun, under "до"."""
    toks = sent.tokens
    if not sent.parsed:
        return False
    for _ in range(PLACE_CLIMB):
        if not 0 <= i < len(toks) or toks[i].lemma in TRIGGERS:
            return False
        cases = [c for c in sent.children(i) if toks[c].rel == "case"]
        if cases:
            return toks[i].pos == "NOUN" and \
                any(toks[c].lemma in BEFORE_PREPOSITIONS for c in cases)
        if toks[i].rel not in PLACE_LIST_RELS:
            return False
        i = toks[i].head
    return False


def meeting_bodies_before(
    analysis: Analysis, models: Models, sents: list[Window], si: int, k: int,
    earlier: list[_Candidate], officials: list[Official] | None, regions: list[RegionRef],
) -> list[_Party]:
    """miss59: "стороны" right after a meeting that tells no agreement are the two bodies
    the meeting's sentence names, by name or through the posts of the officials who met:
    "Заместитель министра труда Энской области встретился с председателем общества
    «Опора». Стороны договорились подготовить меморандум" is the ministry and the society,
    not the sides of an agreement told further back (``_earlier_sides``, which a digest's
    earlier item would lend). The meeting is the nearest of the ``TOLD_BODIES_REACH``
    sentences before that names a body; none of them, nor the sentence of "стороны",
    may tell an agreement before it (that one's sides are read by the steps before or
    after). Exactly two bodies, or nothing. Only when "стороны" are the subject of the
    verb the agreement hangs on (``_sides_of_the_verb``)."""
    sent = sents[si]
    if not _sides_of_the_verb(sent, k):
        return []
    told = {c.sentence.start for c in earlier}
    if sent.start in told:
        return []
    for prev in reversed(sents[max(0, si - TOLD_BODIES_REACH):si]):
        if prev.start in told:
            return []
        found = _bodies_met(analysis, models, prev, officials or [], regions)
        if found:
            return found if len(found) == 2 else []
    return []


def _sides_of_the_verb(sent: Sentence, k: int) -> bool:
    """Is a bare plural "стороны" the subject of the verb the agreement noun at k hangs on,
    a verb of signing, drafting or discussing (or of agreeing or planning, with that verb
    its infinitive): "Стороны договорились подготовить меморандум", "Стороны обсудили
    проект соглашения"; not "Итоги работы по соглашению стороны подведут в июне" (a
    verb of the agreement's content)."""
    toks = sent.tokens
    if not sent.parsed or not 0 <= k < len(toks):
        return False
    path = _predicate_path(sent, k)
    v = path[-1]
    if len(path) < 2 or toks[v].lemma not in SIGN_VERBS | SIDE_DRAFTING_VERBS | DISCUSS_VERBS:
        return False
    verbs = [v] + ([toks[v].head] if toks[v].rel == "xcomp" and toks[v].head >= 0 else [])
    return any(toks[x].rel == "nsubj" and toks[x].lemma in SIDES_NOUNS and
               toks[x].feats.get("Number") == "Plur" and
               not any(toks[y].rel in {"nmod", "amod", "appos"} for y in sent.children(x))
               for u in verbs for x in sent.children(u))


def _bodies_met(analysis: Analysis, models: Models, sent: Sentence, officials: list[Official],
                regions: list[RegionRef]) -> list[_Party]:
    """The bodies one sentence of a meeting names (``meeting_bodies_before``): its
    organisation phrases and the organisations of the officials told in it, one per side
    key. A sentence with no word of meeting or talks (``MEETING_VERBS``, ``MEETING_NOUNS``,
    ``TALK_NOUNS``: "встретился", "провели встречу", "переговоры") names none: a
    content sentence ("преподаватели вуза проведут семинары для отделения") or a signing
    of other things is no meeting of sides. Not a venue ("встреча в министерстве" after
    "в") nor a place: a phrase with no body's head word and no quoted name ("Москва").
    plans66: nor a phrase holding a person's name ("рабочая встреча управляющего
    отделением Ивана Котова и ректора вуза": the officials' own bodies are read instead);
    fixplans66: but for a name a body's name holds, after "имени" or inside quotes
    ("фонд имени Ивана Котова", "фонд «Дом Ивана Котова»": ``_body_named_for``).
    fixmiss59: the words of meeting are looked for before the sentence is parsed (a
    sentence that is no meeting costs no parse)."""
    if not any(t.lemma in MEETING_VERBS | MEETING_NOUNS | TALK_NOUNS for t in sent.tokens):
        return []
    sent = ensure_parsed(sent, models)
    toks = sent.tokens
    found = [p for p in _parties_in(analysis, models, sent, 0, len(toks), regions)
             if "«" in p.name or any(w in ORG_HEADS | BODY_HEADS for w in p.name.lower().split())]
    # plans66: not a phrase that runs over a person's name ("встреча управляющего
    # отделением Ивана Котова и ректора университета": the parser's "отделением Ивана …")
    persons = _persons(analysis, sent)
    found = [p for p in found if not _meeting_venue(sent, p) and
             not any(p.start <= sp.start < p.stop and not _body_named_for(sent, p, sp.start)
                     for sp in persons)]
    found += [_Party(o.organization, [o.region] if o.region else [], o.evidence.start,
                     o.evidence.end, models)
              for o in officials
              if o.organization and sent.start <= o.evidence.start < sent.stop]
    out: list[_Party] = []
    for p in sorted(found, key=lambda p: p.start):
        if all(p.key != q.key and p.name.lower() != q.name.lower() for q in out):
            out.append(p)
    if len(out) <= 2:
        return out
    at = _met_partner_start(sent)
    if at is None:
        return out
    hosts = [p for p in out if p.start < at]
    guests = [p for p in out if p.start >= at]
    if any(_host_of_own_body(sent, p) for p in hosts[1:]):
        return []  # fixmiss59: three bodies meet, no two sides
    return [hosts[0], guests[0]] if hosts and guests else out


def _body_named_for(sent: Sentence, p: _Party, at: int) -> bool:
    """fixplans66: is the person's name starting at offset ``at`` (inside the body phrase p)
    part of the body's own name: right after "имени" ("университет имени Ивана Котова"),
    or inside quotes opened in p before it ("фонд «Дом Ивана Котова»")? From the words."""
    toks = sent.tokens
    i = _token_index(sent, at)
    if 0 < i <= len(toks) and toks[i - 1].text.lower() == "имени":
        return True
    before = [t.text for t in toks if p.start <= t.start < at]
    return before.count("«") > before.count("»")


def _host_of_own_body(sent: Sentence, p: _Party) -> bool:
    """fixmiss59: does the host body p (``_bodies_met``, not the hosts' first) lie in a
    conjunct of the hosts of its own, not one of the first host's people? "Министр труда
    области и глава города встретились с председателем общества": the city is a third
    body met, so the meeting names no two sides. Not a name governed by a line of work
    the host leads ("руководитель направления «Забота рядом»", "помощник по проектам
    «Добрый двор»": ``lexicon_sides.HOST_WORK_NOUNS``), nor a conjunct of the first
    host's own ("её помощник": a possessive, ``lexicon_signers.REPRESENTATIVE_POSSESSIVES``):
    those are on the first host's side. A body in no conjunct (within the first host's
    phrase) is not one. From p's first word (an official's body: the post's word) up to
    the conjunct, and the conjunct's own words."""
    toks = sent.tokens
    i = _token_index(sent, p.start)
    seen: set[int] = set()
    while 0 <= i < len(toks) and i not in seen and toks[i].rel != "conj":
        seen.add(i)
        i = toks[i].head
    if not 0 <= i < len(toks) or toks[i].rel != "conj":
        return False
    near = seen | set(sent.children(i))  # the way up from p, the conjunct's own words
    return not any(toks[x].lemma in HOST_WORK_NOUNS or
                   toks[x].lemma in REPRESENTATIVE_POSSESSIVES and toks[x].pos in {"PRON", "DET"}
                   for x in near)


def _meeting_venue(sent: Sentence, p: _Party) -> bool:
    """Is the body phrase p the place of a meeting, after "в" ("встреча прошла в
    министерстве")? From the word before its first token."""
    i = _token_index(sent, p.start)
    return 0 < i <= len(sent.tokens) and sent.tokens[i - 1].lemma in IN_PREPOSITIONS and \
        sent.tokens[i - 1].pos == "ADP"


def _met_partner_start(sent: Sentence) -> int | None:
    """Where the partner met "с" the root verb's subject starts (an offset), or None: in
    "Директор фонда и его заместитель встретились с председателем общества" (or "провели
    встречу с ...": the "с" on the verb's object) the bodies before it are the hosts' side
    (its first one, the subject's head), those from it on the guests' (``_bodies_met``)."""
    toks = sent.tokens
    root = next((i for i, t in enumerate(toks) if t.head < 0 and t.pos == "VERB"), None)
    if root is None:
        return None
    near = [root] + [x for x in sent.children(root) if toks[x].rel == "obj"]
    partner = next((x for h in near for x in sent.children(h)
                    if x > root and with_phrase(sent, x)), None)
    if partner is None:
        return None
    mark = partner_case(sent, partner)  # the "с" itself: the parse may hang a word of the
    return toks[mark if mark is not None else partner].start  # hosts' phrase on the partner


def story_sides_past_recall(sents: list[Window], si: int, k: int,
                            earlier: list[_Candidate]) -> list[_Party]:
    """i9agr56: "стороны" right after a sentence that recalls an older agreement (the latest
    agreement told, ``mentioned``) go back to the story's own agreement, the latest one told
    before that is not recalled and names two sides or more: "Министерство и колледж
    заключили соглашение о стажировках. Колледж давно дружит с советом ветеранов по
    соглашению, заключённому в 2019 году. Стороны также решили подготовить дорожную карту"
    (the roadmap is the ministry's and the college's, not the council's). Nothing
    when the sentence before tells no recalled agreement, or the story has none of its own
    (then the sentence before is read as before: ``_previous_sides``), nor when the
    agreement at k is the recalled one, whose sides it keeps: an addendum ("стороны
    договорились подготовить дополнительное соглашение", an adjective of
    ``lexicon_status.ADDENDUM_ADJECTIVES`` on the noun), an agreement pointed back at or
    amended (fixagr56: "пересмотреть условия этого соглашения", "решили продлить
    соглашение": ``agreement_at_hand``). fixagr56: the story's agreement is looked for within
    ``lexicon_signers.AFTER_SIGNING_REACH`` sentences before "стороны" (a remark after a
    signing), so a digest's earlier item lends no sides; not by paragraph: a page of one
    sentence a paragraph tells its story over several."""
    if si == 0 or not earlier:
        return []
    if agreement_at_hand(sents[si], k):
        return []
    last, prev = earlier[-1], sents[si - 1]
    if last.status != "mentioned" or not prev.start <= last.sentence.start < prev.stop:
        return []
    floor = sents[max(0, si - AFTER_SIGNING_REACH)].start
    story = next((c for c in reversed(earlier)
                  if c.status != "mentioned" and len(c.parties) >= 2), None)
    return list(story.parties) if story is not None and story.sentence.start >= floor else []


def agreement_at_hand(sent: Window, k: int) -> bool:
    """fixagr56: is the agreement noun at k one already told, not a new document? An
    addendum to it (an adjective of ``lexicon_status.ADDENDUM_ADJECTIVES``), one pointed
    back at ("этого", "данного", "того": ``lexicon_status.AGREEMENT_DEMONSTRATIVES``), or
    the object of a verb that amends, extends, revises or ends an agreement, straight or
    through the nouns it hangs on ("продлить соглашение", "пересмотреть условия
    соглашения": ``lexicon_status.AMEND_VERBS``)."""
    toks = sent.tokens
    if not 0 <= k < len(toks):
        return False
    if any(toks[c].lemma in ADDENDUM_ADJECTIVES | AGREEMENT_DEMONSTRATIVES
           for c in sent.children(k)):
        return True
    h = toks[k].head
    while 0 <= h < len(toks) and toks[h].pos == "NOUN" and h != k:
        h = toks[h].head
    return 0 <= h < len(toks) and toks[h].lemma in AMEND_VERBS


def _plan_after_colon(sent: Sentence, k: int) -> bool:
    """status70: an agreement still to come whose phrase opens the clause after a colon
    takes its sides from the clause the colon closes, as an agreement referred to does:
    "Следующим партнером отделения станет министерство по делам молодёжи: соглашение о
    совместной работе планируется подписать в июне" (the office and the ministry). Only
    adjectives and determiners may stand between the colon and the noun."""
    toks = sent.tokens
    i = k - 1
    while i >= 0 and toks[i].pos in {"ADJ", "DET"}:
        i -= 1
    return i > 0 and toks[i].text == ":"


def _capital_subjects(analysis: Analysis, models: Models, sent: Sentence) -> list[_Party]:
    """Capitals that are the subjects of their clause, as their regions: "Калуга и Тула
    будут вместе поддерживать семьи ..." (the region mentions may leave a capital out
    whose name is also a common noun). Read from the parse: the subject and its
    conjuncts, each a place the gazetteer knows as a capital."""
    if not sent.parsed:
        return []
    toks = sent.tokens
    matcher = get_matcher(models)
    out: list[_Party] = []
    for s in _spans_in(analysis, sent):
        i = _token_index(sent, s.start)
        if s.type != "LOC" or i >= len(toks):
            continue
        t = toks[i]
        subject = t.rel in {"nsubj", "nsubj:pass"} or (
            t.rel == "conj" and 0 <= t.head < len(toks) and
            toks[t.head].rel in {"nsubj", "nsubj:pass"})
        codes = {e.code for e in matcher.lookup(matcher.phrase_keys(s.text))
                 if e.kind == "capital"}
        region = gazetteer.by_code(codes.pop()) if subject and len(codes) == 1 else None
        if region is not None:
            out.append(_Party(region.name, [region.code], s.start, s.stop, models))
    return out if len(out) >= 2 else []


def _locative_region(
    analysis: Analysis, sent: Sentence, k: int, regions: list[RegionRef], models: Models,
) -> list[_Party]:
    """"В Татарстане подписано соглашение с X": the place that signs is a party."""
    toks = sent.tokens
    for j in range(0, k):
        if toks[j].lemma == "в" and j + 1 < k:
            codes = _region_at(regions, toks[j + 1].start, toks[j + 1].stop)
            if codes:
                region = next(r for r in regions if r.code == codes[0])
                return [_Party(region.name, codes, toks[j + 1].start, toks[j + 1].stop, models)]
    return []


def _defined_term(p: _Party) -> bool:
    """A term the document defines for its sides is no side: "совместно именуемые
    «Стороны»", "именуемое в дальнейшем «Сторона 1»"."""
    words = p.name.strip("«»\"' ").split()
    return bool(words) and words[0].strip("«»\"'").lower().replace("ё", "е") in \
        DEFINED_SIDE_TERMS


def _speakers_region(
    analysis: Analysis, sent: Sentence, k: int, officials: list[Official],
    regions: list[RegionRef], parties: list[_Party], models: Models,
) -> _Party | None:
    """"Губернатор Иван Петров напомнил, что регион уже заключил такие соглашения с
    Курской и Орловской областями": the bare "регион" (a place noun with no name or
    modifier of its own) that signs is the region of the official whose words the clause
    reports (the subject of a reporting verb above it), when the text gives that official
    a region and no named side of the clause is in it. From the parse only."""
    if not sent.parsed:
        return None
    toks = sent.tokens
    path = _predicate_path(sent, k)
    if len(path) < 2 or toks[path[-1]].pos != "VERB":
        return None
    v = path[-1]
    subj = next((c for c in sent.children(v) if toks[c].rel == "nsubj"), None)
    if subj is None or toks[subj].lemma not in OWN_REGION_NOUNS or \
            toks[subj].feats.get("Number") != "Sing" or \
            any(toks[c].rel not in {"punct"} for c in sent.children(subj)):
        return None
    speaking = next((h for h in ancestors(sent, v) if toks[h].lemma in REPORT_VERBS), None)
    if speaking is None:
        return None
    said_by = [c for c in sent.children(speaking) if toks[c].rel == "nsubj"]
    if not said_by:
        return None
    lo = min(subtree(sent, said_by[0]))
    hi = max(subtree(sent, said_by[0]))
    span = next((s for s in _persons(analysis, sent)
                 if toks[lo].start <= s.start < toks[hi].stop), None)
    name = _official_name(span, officials) if span is not None else None
    official = next((o for o in officials if o.name == name and o.region), None)
    if official is None or any(official.region in p.regions for p in parties):
        return None
    region = next((r for r in regions if r.code == official.region), None)
    if region is None:
        return None
    return _Party(region.name, [region.code], toks[subj].start, toks[subj].stop, models)


def venue_host_side(
    analysis: Analysis, models: Models, sent: Sentence, k: int, regions: list[RegionRef],
    parties: list[_Party],
) -> _Party | None:
    """many43: the body an agreement with a "с" partner is signed in, the signing verb with
    no subject of its own, is the agreement's host side: "Вчера в министерстве социальной
    политики Тверской области подписаны соглашения с АО «Заря» и ООО «Луч»" (the
    ministry signs with each), "в департаменте ... подписано соглашение с фондом «Опора»".
    A locative "в" phrase headed by a body's noun (``ORG_HEADS``) on the signing verb, read
    as a named side; no side named before the agreement noun. Not a place ("в Твери
    подписаны соглашения с ..."), not a building ("в Доме правительства"), not with a
    subject ("в администрации глава района и директор центра подписали ...")."""
    if not sent.parsed:
        return None
    toks = sent.tokens
    path = _predicate_path(sent, k)
    v = path[-1] if len(path) > 1 else None
    if v is None or toks[v].lemma not in SIGN_VERBS or \
            any(toks[c].rel == "nsubj" for c in sent.children(v)) or \
            any(p.start < toks[k].start for p in parties):
        return None
    for c in _venues(sent, v):
        # agreements69: from the phrase's first word, the adjectives of the name before
        # its head too ("в Энском государственном университете")
        words = subtree(sent, c)
        known = _parties_in(analysis, models, sent, min(words), max(words) + 1, regions)
        host = next((p for p in known if p.start <= toks[c].start < p.stop), None)
        if host is not None and host.key not in {p.key for p in parties}:
            return host
    return None


def _venues(sent: Sentence, v: int) -> list[int]:
    """The heads of the locative "в" phrases of a body's noun (``ORG_HEADS``) that tell where
    the signing verb at ``v`` took place: its "obl" children ("в министерстве подписано"),
    and (agreements69) such a phrase before the verb that the parser hung on a word after
    it (in "в Энском институте заключён договор о работе с управлением" it may take
    "институте" for a dependent of "работе")."""
    toks = sent.tokens

    def venue(c: int) -> bool:
        return toks[c].feats.get("Case") == "Loc" and toks[c].lemma in ORG_HEADS and any(
            toks[x].rel == "case" and toks[x].lemma in IN_PREPOSITIONS
            for x in sent.children(c))

    out = [c for c in sent.children(v) if toks[c].rel == "obl" and venue(c)]
    out += [c for c in range(v) if toks[c].rel == "nmod" and toks[c].head > v and venue(c)]
    return out


def venue_named_parties(sent: Sentence, k: int, parties: list[_Party]) -> list[_Party]:
    """agreements69: the sides read off the words of the body an agreement is signed in (a
    locative "в" phrase headed by a body's noun, ``ORG_HEADS``, on the signing verb with no
    subject, as ``venue_host_side`` reads it): in "В Энском государственном университете
    подписано соглашение с министерством" the region read off "Энском" is the host's own
    word, no side beside the host, so the host is still the one side the partner lacks.
    Only from the parse; none when the verb has a subject."""
    if not sent.parsed:
        return []
    toks = sent.tokens
    path = _predicate_path(sent, k)
    v = path[-1] if len(path) > 1 else None
    if v is None or toks[v].lemma not in SIGN_VERBS or \
            any(toks[c].rel == "nsubj" for c in sent.children(v)):
        return []
    out: list[_Party] = []
    for c in _venues(sent, v):
        words = subtree(sent, c)
        lo, hi = toks[min(words)].start, toks[max(words)].stop
        out += [p for p in parties if lo <= p.start < hi and p not in out]
    return out


def _adjective_body(
    sent: Sentence, k: int, regions: list[RegionRef], earlier: list[_Candidate], models: Models,
) -> _Party | None:
    """The subject of the agreement's verb may be a body named by a noun and an adjective
    rather than by its name: "калужский минтруд сохраняет соглашения с ...", "губернский
    соцблок подписал аналогичные документы с ...", "ведомство региона". An adjective of a
    region ("калужский") gives that region; one of the text's own region ("губернский",
    "областной") or a genitive "региона" the region of the first side named before. The
    side is that region's body named before in the text (its full name), else the phrase
    as written."""
    v = _clause_head(sent, k)
    if v is None:
        return None
    toks = sent.tokens
    subj = next((c for c in sent.children(v) if toks[c].rel == "nsubj" and
                 toks[c].lemma in COLLOQUIAL_BODIES), None)
    if subj is None and v >= 1 and toks[v - 1].lemma in COLLOQUIAL_BODIES and \
            toks[v - 1].feats.get("Case") == "Nom" and \
            not any(toks[c].rel == "nsubj" for c in sent.children(v)):
        subj = v - 1  # the parser hung "минтруд сохраняет" on a later verb: the noun
        # right before a verb that has no subject is its subject
    if subj is None:
        subj = step_beneficiary(sent, v)
    if subj is None:
        return None
    mods = [c for c in sent.children(subj) if toks[c].rel == "amod" and c < subj]
    # "ведомство региона": a bare genitive region noun right after the body
    own_noun = subj + 1 < len(toks) and toks[subj + 1].head == subj and \
        toks[subj + 1].lemma in OWN_REGION_NOUNS and _is_gen(toks[subj + 1]) and \
        not sent.children(subj + 1)
    if not mods and not own_noun:
        return None
    codes: list[str] = []
    for c in mods:
        codes += [r for r in _region_at(regions, toks[c].start, toks[c].stop)
                  if r not in codes]
    if not codes and (own_noun or any(toks[c].lemma in OWN_REGION_ADJECTIVES for c in mods)):
        first = next((p for e in earlier for p in e.parties if p.regions), None)
        codes = first.regions[:1] if first is not None else []
    if len(codes) != 1:
        return None
    known = next((p for e in earlier for p in e.parties if p.regions == codes and
                  p.name.split()[0].lower() in COLLOQUIAL_BODIES), None)
    lo, hi = min(mods or [subj]), subj + 1 + own_noun
    if known is not None:
        return _Party(known.name, codes, toks[lo].start, toks[hi - 1].stop, models)
    name = " ".join(t.text for t in toks[lo:hi])
    return _Party(name[:1].upper() + name[1:], codes, toks[lo].start, toks[hi - 1].stop, models)


def step_beneficiary(sent: Sentence, v: int) -> int | None:
    """The body for which an agreement is the next step is its own side: "следующим шагом
    для тверского министерства станет соглашение с Псковской областью" (a body noun with
    "для" under the step noun of the copula); None when the clause names no such body."""
    toks = sent.tokens
    for c in sent.children(v):
        if toks[c].lemma not in STEP_NOUNS:
            continue
        for d in sent.children(c):
            if toks[d].lemma in COLLOQUIAL_BODIES and any(
                    toks[e].rel == "case" and toks[e].lemma == "для"
                    for e in sent.children(d)):
                return d
    return None


def _title_parties(
    analysis: Analysis, models: Models, regions: list[RegionRef]
) -> list[_Party]:
    """The headline often names both sides ("X будет сотрудничать с Y")."""
    views = windows(analysis) if analysis.sentences else []
    if not views:
        return []
    head = views[0]
    if not any(t.lemma in COOP_WORDS for t in head.tokens):
        return []
    return [p for p in _parties_in(analysis, models, head, 0, len(head.tokens), regions)
            if not _venue(head, _token_index(head, p.start))]  # "на форуме в Сочи"


# A mention is compared with at most this many agreements found before it (the latest), so
# merging stays linear in a document's length even with hundreds of distinct agreements.
MAX_OPEN = 64


def bare_subject_body(sent: Sentence, k: int, bodies: list[_Party],
                      models: Models) -> _Party | None:
    """pair68: the subject of the agreement's verb that is a body's head noun alone
    ("Аналогичные соглашения департамент в ближайшее время планирует заключить с местными
    администрациями ...", "министерство планирует подписать соглашение с советом ветеранов")
    is the one body of that head the document names in full (``bodies``: the record's and
    the officials' bodies, three words at least). From the parse: an nsubj of a verb on the
    noun's way up (three heads at most), singular, lower case, with no word of its own
    (no "городской департамент", no "департамент образования"); None when the document
    names no such body or two of them."""
    toks = sent.tokens
    if not sent.parsed:
        return None
    h, steps = toks[k].head, 0
    while 0 <= h < len(toks) and steps < 3:
        for s in sent.children(h):
            t = toks[s]
            if t.rel != "nsubj" or t.lemma not in ORG_HEADS or \
                    t.feats.get("Number") != "Sing" or not t.text.islower() or \
                    any(toks[x].rel not in {"punct", "det"} for x in sent.children(s)):
                continue
            named = {b.name: b for b in bodies if len(b.name.split()) >= 3 and
                     models.lemma(b.name.split()[0].lower()) == t.lemma}
            return next(iter(named.values())) if len(named) == 1 else None
        if toks[h].pos not in {"VERB", "AUX"}:
            break
        h, steps = toks[h].head, steps + 1
    return None


def subjects_beside_unnamed_partner(sent: Sentence, k: int,
                                    parties: list[_Party]) -> list[list[_Party]]:
    """rec95: a plural agreement noun with one "с" partner named by no side phrase, its
    sides all named outside that partner's words, is one agreement per side: "похожие
    соглашения с комитетом намерены заключить Северная и Южная епархии" gives the
    northern diocese's and the southern one's (the partner, a bare "комитет", is the
    body told before; the records' own passes may give it). Sides that each sign with one
    partner never sign with one another. From the tree: the partner is a singular noun
    with "с" on the agreement noun or on the verb its predicate ends in (or the verb that
    verb is the infinitive of), the head noun of a body; no side is a place in the
    locative ("в Уфе")."""
    if not sent.parsed or len(parties) < 2:
        return []
    toks = sent.tokens
    path = _predicate_path(sent, k)
    owners = [k]
    if len(path) > 1 and toks[path[-1]].pos in {"VERB", "AUX"}:
        owners.append(path[-1])
        while toks[owners[-1]].rel == "xcomp" and 0 <= toks[owners[-1]].head < len(toks) and \
                len(owners) < len(toks):
            owners.append(toks[owners[-1]].head)
    partners = [c for o in owners for c in sent.children(o)
                if toks[c].rel in PARTNER_RELS and toks[c].pos == "NOUN" and
                any(toks[x].rel == "case" and toks[x].lemma in PARTNER_PREPOSITIONS
                    for x in sent.children(c))]
    if len(partners) != 1 or toks[partners[0]].feats.get("Number") != "Sing" or \
            toks[partners[0]].lemma not in ORG_HEADS | BODY_HEADS or \
            any(toks[c].rel == "conj" for c in sent.children(partners[0])):
        return []  # one body's head noun ("с целью" names no partner), no list of them
    under = subtree(sent, partners[0])
    lo, hi = toks[under[0]].start, toks[under[-1]].stop
    if any(p.start < hi and lo < p.stop for p in parties) or \
            any(place_in_locative(sent, _token_index(sent, p.start)) for p in parties) or \
            len({p.key for p in parties}) < len(parties):
        return []
    return [[p] for p in parties]


def merged_bodies(sent: Sentence, spans: list[tuple[int, int]]) -> list[bool]:
    """agr61: which of the sides found in ``sent`` (character spans) are bodies a noun of
    merging governs ("в результате слияния двух управлений соцзащиты договор с вузом
    исполняет новый департамент"): the merged bodies are no sides of the agreement, the
    sentence tells what became of its sides. A side is one
    when its head (the token of the span whose head lies outside it), walked up its
    conjuncts, is a nominal dependent of a ``MERGER_NOUNS`` noun that stands in no side
    itself ("Региональное объединение работодателей" is a body, not a merger) and is no
    topic of an agreement noun (``_agreement_on``, fixagr61)."""
    toks = sent.tokens
    out = [False] * len(spans)
    if not sent.parsed:
        return out

    def inside(i: int) -> bool:
        return any(a <= toks[i].start and toks[i].stop <= b for a, b in spans)

    for n, (a, b) in enumerate(spans):
        own = [i for i, t in enumerate(toks) if a <= t.start and t.stop <= b]
        heads = [i for i in own if toks[i].head < 0 or not a <= toks[toks[i].head].start < b]
        if len(heads) != 1:
            continue
        i = heads[0]
        for _ in range(len(toks)):
            if toks[i].rel != "conj" or toks[i].head < 0:
                break
            i = toks[i].head
        h = toks[i].head
        out[n] = toks[i].rel == "nmod" and 0 <= h < len(toks) and \
            toks[h].lemma in MERGER_NOUNS and not inside(h) and not _agreement_on(toks, h)
    return out


def _agreement_on(toks: list[Token], h: int) -> bool:
    """fixagr61: is the merger noun ``toks[h]`` the topic of an agreement noun that
    governs it ("договор о слиянии двух клубов")? Then the merged bodies are the
    agreement's own sides, not what became of them."""
    g = toks[h].head
    return 0 <= g < len(toks) and toks[g].lemma in TRIGGERS
