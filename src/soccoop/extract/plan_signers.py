"""plan54: the signers a planned agreement has when the text names them as the ones who will
sign it, in a sentence of the plan's story after the record's own sentence: "Со стороны
фонда документ подпишет директор Олег Котов", "Подписи под ним поставят министр Анна
Белова и ректор Иван Лыков", "Подписать соглашение от имени правительства уполномочен
вице-губернатор Пётр Орлов". Read from the parse only (a future verb of signing, or a verb
of authorising over a signing infinitive, and its subject); a record pass of
``coreference`` (``planned_story``). The writers' rule it follows: a planned record lists
future signers only when the text says they will sign (``tools/dev/writer-brief.md``)."""

from __future__ import annotations

from bisect import bisect_left

from soccoop import names
from soccoop.extract import signer_shapes
from soccoop.extract.candidate_signers import _signer_name, _speaker, signing_charges
from soccoop.extract.lexicon import (
    BEHALF_NOUNS,
    DOCUMENT_REFERENCES,
    PLAN_HEADS,
    REPORT_VERBS,
    ROADMAP_DOCUMENTS,
    SIGN_NOUNS,
    SIGN_VERBS,
    SIGNATURE_NOUNS,
    SIGNATURE_VERBS,
    TRIGGERS,
)
from soccoop.extract.lexicon_plans import (
    AUTHORIZE_VERBS,
    PERSONAL_PLAN_HEADS,
    PLANNED_SIGNER_REACH,
    STORY_OTHER_PAPERS,
)
from soccoop.extract.lexicon_sides import ASIDE_DASHES, PARTNER_PREPOSITIONS, RELATIVE_PRONOUNS
from soccoop.extract.lexicon_signer_shapes import WE_REACH
from soccoop.extract.lexicon_signers import (
    HEAD_POSTS,
    NAME_LEVELS,
    PRONOUN_GENDERS,
    TOGETHER_WORDS,
)
from soccoop.extract.nlp import Analysis, Models, NerSpan, Sentence, Token, sentence_at
from soccoop.extract.party_identity import body_is_side
from soccoop.extract.person_names import add_signers, same_person, same_surname
from soccoop.extract.signer_posts import nameless_signing_posts, post_holder, sole_post_holder
from soccoop.extract.signers import (
    heads_body,
    last_official_of_gender,
    persons_in,
    tells_other_paper,
    turn_speaker,
)
from soccoop.extract.signing_ahead import (
    future_aux,
    future_aux_word,
    future_signing,
    future_tense,
    planned_head,
)
from soccoop.extract.syntax import ancestors, ensure_parsed, negated, subtree
from soccoop.models import Agreement, Official


def signing_subjects(sent: Sentence) -> list[int]:
    """plan54: the subject words of a signing still to come that the sentence tells of one
    or more persons: a future verb of signing, not negated ("документ подпишет директор
    Олег Котов"); a future verb of putting whose object is a signature ("Подписи под ним
    поставят ректор и министр"); a verb of authorising (``AUTHORIZE_VERBS``) over a signing
    infinitive ("Подписать соглашение уполномочен вице-губернатор Пётр Орлов"); a word of
    plan over a signing infinitive ("Подписать документ должны министр и ректор") or one of
    putting a signature ("Поставить подписи под ним намерены мэр и ректор"), and,
    when a word of a person's own readiness or intent (``PERSONAL_PLAN_HEADS``) has no
    subject in the clause of a verb of telling, that verb's subject ("Директор заявил, что
    готов подписать документ"; not "напомнил, что подписать его должны до конца месяца").
    Each
    subject with the words joined to it by "и" (conj). From the parse and morphology; no
    word list of texts. A signing told done ("подписал") gives none, nor a future verb of
    signing in a sentence naming an agreement noun ("Завтра X и Y подпишут соглашение о
    …": the candidate rules read that sentence, and a signing called off after it keeps
    no signers)."""
    toks = sent.tokens
    heads: list[int] = []
    authorised: set[int] = set()
    persons_objects: list[int] = []
    # a future signing of a sentence naming an agreement noun ("X и Y подпишут соглашение")
    # is the candidate rules' to read: a signing called off after it keeps no signers
    # plans66: not the paper a side's signer signs ("Со стороны центра соглашение
    # подпишет директор …": ``behalf_paper``)
    named = any(t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"} and not behalf_paper(sent, i)
                for i, t in enumerate(toks))
    for v, t in enumerate(toks):
        verb = t.pos in {"VERB", "AUX"}
        # fixplan54: the paper signed is the record's ("документ", "его", an agreement
        # noun) or unnamed: "Контракт подпишет глава района" is another paper's signer
        signs = verb and t.lemma in SIGN_VERBS and _own_paper(sent, v) and \
            future_signing(sent, v)
        # signatures under papers in the plural ("под ними") are another signing's
        signature = verb and t.lemma in SIGNATURE_VERBS and not negated(sent, v) and any(
            toks[c].rel == "obj" and toks[c].lemma in SIGNATURE_NOUNS and not any(
                toks[d].rel == "nmod" and toks[d].feats.get("Number") == "Plur"
                for d in sent.children(c)) for c in sent.children(v))
        puts = signature and future_tense(sent, v)
        # signers71: names the parser took for the paper a planned signing signs are the
        # plan word's subject ("Подписать его А.Котова и О.Лыков планируют в мае")
        if signs and t.feats.get("VerbForm") == "Inf" and not named and \
                (plan := planned_head(sent, v)) >= 0:
            persons_objects.extend(named_objects(sent, v, plan))
        if signs and (t.feats.get("VerbForm") == "Fin" or future_tense(sent, v)) and \
                not named or puts:
            heads.append(v)
        # the tagger may leave a short participle untagged ("уполномочена": X): the lemma
        elif signs and t.feats.get("VerbForm") == "Inf" and 0 <= t.head < len(toks) and \
                toks[t.head].lemma in AUTHORIZE_VERBS:
            heads.append(t.head)
        # planned70: a word of plan over the infinitive, not in the past ("Подписать
        # документ должны министр и ректор", "готов лично подписать документ")
        # fixplanned70: or signatures to be put ("Поставить подписи под документом
        # намерены мэр и председатель фонда")
        elif (signs or signature) and not named and (h := planned_head(sent, v)) >= 0:
            heads.append(h)
            # a plan word in a clause told of its teller, with no subject of its own
            # ("Директор завода подтвердил, что готов лично подписать документ");
            # fixplanned70: a word of the person's own readiness or intent only, not a duty
            # or need with its subject left out ("напомнил, что подписать документ должны
            # до конца месяца" tells no signer)
            if toks[h].rel in {"ccomp", "xcomp"} and 0 <= toks[h].head < len(toks) and \
                    toks[h].lemma in PERSONAL_PLAN_HEADS and \
                    not any(toks[c].rel == "nsubj" for c in sent.children(h)):
                heads.append(toks[h].head)
        elif authorised_signing(sent, v):  # plans69: "на подписание уполномочен X"
            heads.append(v)
            authorised.add(v)
    # fixplans69: the tagger reads "уполномочен" as a passive participle at times, its
    # subject then "nsubj:pass" ("Вице-губернатор X уполномочен на подписание ...")
    subjects = [relative_antecedent(sent, c) for v in heads for c in sent.children(v)
                if toks[c].rel == "nsubj" or toks[c].rel == "nsubj:pass" and v in authorised]
    subjects += dative_signers(sent) + inverted_future_subjects(sent) + persons_objects
    # plans66: the agents of a signing to come told in the passive, and the persons it is
    # told to be done "вместе с"
    subjects += passive_agents(sent, heads) + together_partners(sent, heads, named)
    return subjects + [d for s in subjects for d in sent.children(s) if toks[d].rel == "conj"]


def named_objects(sent: Sentence, v: int, h: int) -> list[int]:
    """signers71 named_objects: the persons' names the parser hung as objects of the
    signing infinitive at ``v`` when the word of plan over it at ``h`` has no subject of
    its own: a signing signs a paper, never a person, so an animate proper name there is
    the plan word's subject put after the infinitive ("Подписать его А.Котова и О.Лыков
    планируют в мае": initials or a bare surname the tagger cannot case). Each with the
    words joined to it by "и" (the caller adds them). Not a name after a preposition ("с
    Олегом Лыковым": a partner), nor any when the plan word has a subject. From the parse
    and morphology."""
    toks = sent.tokens
    if any(toks[c].rel in {"nsubj", "nsubj:pass"} for c in sent.children(h)):
        return []
    return [c for c in sent.children(v) if toks[c].rel == "obj" and _person_name(toks[c])]


def authorised_signing(sent: Sentence, v: int) -> bool:
    """plans69: is the word at ``v`` a verb of authorising (``AUTHORIZE_VERBS``) in its
    passive participle ("уполномочен", "уполномочена"; the tagger may leave it an adjective
    or untagged), not negated, over a noun of signing
    (``SIGN_NOUNS``) under "на": "На подписание соглашения уполномочен первый заместитель
    губернатора Олег Смирнов", "Вице-губернатор Анна Котова уполномочена на подписание
    этого документа"? Its subject is the one who will sign, as the subject of "Подписать
    соглашение уполномочен ..." is. The noun hangs on the verb or on a word under it (the
    parser may hang "на подписание" on "Тем же распоряжением"); what it signs, a genitive
    under it, is the record's paper or unnamed (``_paper_word``: not "на подписание
    контракта"). The active voice ("Губернатор уполномочил на подписание министра ...")
    is not read: its object, not its subject, signs."""
    toks = sent.tokens
    t = toks[v]
    passive = t.feats.get("VerbForm") == "Part" or t.pos in {"ADJ", "X"}  # untagged at times
    if t.lemma not in AUTHORIZE_VERBS or not passive or negated(sent, v):
        return False
    for i, n in enumerate(toks):
        if n.lemma not in SIGN_NOUNS or n.pos != "NOUN" or v not in ancestors(sent, i) or \
                not any(toks[c].rel == "case" and toks[c].lemma == "на"
                        for c in sent.children(i)):
            continue
        papers = [c for c in sent.children(i) if toks[c].rel == "nmod" and
                  not any(toks[d].rel == "case" for d in sent.children(c))]
        if all(_paper_word(sent, c, v) for c in papers):
            return True
    return False


def behalf_paper(sent: Sentence, i: int) -> bool:
    """plans66: is the agreement noun at ``i`` the paper a side's signer will sign: the
    object (or passive subject) of a verb of signing still to come that a phrase of a
    side's behalf hangs on (a preposition and ``BEHALF_NOUNS``: "Со стороны центра
    соглашение подпишет директор Анна Котова", "с краевой стороны соглашение подпишет
    министр …", fixplanned70: "Соглашение с нашей стороны подпишу я сам", the noun read as
    a second subject)? Such a sentence names the signer of a paper told before, not an
    agreement of its own; "Фонд и край подпишут соглашение" has no such phrase. From the
    parse and morphology."""
    toks = sent.tokens
    v = toks[i].head
    # fixplanned70: the parser may read the object standing first as a second subject
    # ("Соглашение с нашей стороны подпишу я сам": two "nsubj" under the verb)
    second_subject = toks[i].rel == "nsubj" and 0 <= v < len(toks) and sum(
        toks[c].rel == "nsubj" for c in sent.children(v)) > 1
    if toks[i].rel not in {"obj", "nsubj:pass"} and not second_subject or \
            not 0 <= v < len(toks) or \
            toks[v].lemma not in SIGN_VERBS or not future_signing(sent, v):
        return False
    # the parser makes "со стороны" a fixed preposition at times: the noun right after a
    # preposition, its phrase hung on the verb within three steps; fixplanned70: or with a
    # determiner between ("с нашей стороны")
    for b in range(1, len(toks)):
        if toks[b].lemma not in BEHALF_NOUNS or toks[b - 1].pos != "ADP" and not (
                b >= 2 and toks[b - 1].pos in {"DET", "ADJ"} and toks[b - 2].pos == "ADP"):
            continue
        h = b
        for _ in range(3):
            h = toks[h].head
            if h == v:
                return True
            if not 0 <= h < len(toks):
                break
    return False


def passive_agents(sent: Sentence, heads: list[int]) -> list[int]:
    """plans66: the agents of a signing still to come told in the passive: the words in the
    bare instrumental (no preposition of their own) hung on a short passive participle of
    signing among ``heads`` (``signing_subjects``' verbs, a future "будет" beside them):
    "Документ будет подписан министром Анной Котовой и ректором Олегом Лыковым" → the
    minister (the rector joined by "и" is read with her), "…будет подписан им и директором
    фонда" → the pronoun (``teller_holders`` reads whom it stands for) and the director. An
    animate noun or name, or a personal pronoun; not "подписан в двух экземплярах", not an
    inanimate instrumental ("подписан электронной подписью"). From the parse and
    morphology."""
    toks = sent.tokens
    found: list[int] = []
    for v in heads:
        feats = toks[v].feats
        if feats.get("VerbForm") != "Part" or feats.get("Voice") != "Pass":
            continue
        found += [c for c in sent.children(v)
                  if toks[c].feats.get("Case") == "Ins" and
                  toks[c].rel in {"obl", "obl:agent", "iobj", "obj"} and
                  not any(toks[d].rel == "case" for d in sent.children(c)) and
                  (toks[c].pos == "PRON" and toks[c].feats.get("Person") == "3" or
                   toks[c].pos in {"NOUN", "PROPN"} and
                   toks[c].feats.get("Animacy") == "Anim")]
    return found


def together_partners(sent: Sentence, heads: list[int], named: bool) -> list[int]:
    """plans66: the persons a signing still to come is told to be done with, "вместе с" or
    "совместно с" (``TOGETHER_WORDS``) and the instrumental, hung on the signing verb, on
    the verb a signing infinitive depends on, or on such an adverb of either: "Министр
    сама поставит подпись на нём вместе с Олегом Лыковым", "Подписывать документ
    будем вместе с директором фонда Анной Котовой", "подписать его рассчитывают на форуме
    вместе с министром Иваном Орловым" → the co-signer's phrase (its persons are read in
    it). The signing is a verb of ``heads`` or an infinitive of signing still to come
    (``future_signing``) whose paper is the record's (``_own_paper``), in a sentence naming
    no agreement noun (``named``); "вместе с соглашением …" names no person and gives
    none. From the parse."""
    toks = sent.tokens
    owners = set(heads)
    # an infinitive whose paper is a word referring back ("подписать его"), in any
    # sentence; one signing an agreement noun only where no such noun is named
    owners |= {v for v, t in enumerate(toks)
               if t.lemma in SIGN_VERBS and t.feats.get("VerbForm") == "Inf" and
               t.pos == "VERB" and _own_paper(sent, v) and future_signing(sent, v) and (
                   not named or all(toks[c].lemma in DOCUMENT_REFERENCES
                                    for c in sent.children(v) if toks[c].rel == "obj"))}
    owners |= {toks[v].head for v in owners if toks[v].rel == "xcomp" and toks[v].head >= 0}
    hosts = owners | {c for v in owners for c in sent.children(v)
                      if toks[c].lemma in TOGETHER_WORDS}
    found: list[int] = []
    for h in hosts:
        for c in sent.children(h):
            if toks[c].feats.get("Case") != "Ins" or toks[c].pos not in {"NOUN", "PROPN"}:
                continue
            case = [d for d in sent.children(c) if toks[d].rel == "case"]
            # the adverb heads the phrase, or stands right before its "с"
            if case and toks[case[0]].lemma in PARTNER_PREPOSITIONS and (
                    toks[h].lemma in TOGETHER_WORDS or
                    case[0] > 0 and toks[case[0] - 1].lemma in TOGETHER_WORDS):
                found.append(c)
    return found


def teller_holders(analysis: Analysis, sent: Sentence, words: list[int],
                   persons: list[NerSpan], officials: list[Official],
                   models: Models) -> list[str]:
    """plans66: the person a third-person singular pronoun among ``words`` stands for when
    the sentence's own teller is that person: the subject of a verb of telling
    (``REPORT_VERBS``) of the pronoun's gender, named before the pronoun in the same
    sentence: "Как сообщил министр Олег Котов, документ будет подписан им и ректором …"
    → Котов. The teller's phrase is the subject's subtree; its last person is read. A
    pronoun of the other gender, or a sentence with no teller, gives none; fixplans66: nor
    a verb of no gender or of the plural ("Как сообщают …", "Как сообщили …": the verb
    tells nothing of the teller's gender, or tells of many). From the parse and
    morphology. ``persons``: the sentence's persons (``persons_in``), read once by the
    caller."""
    toks = sent.tokens
    pronouns = [c for c in words if toks[c].pos == "PRON" and
                toks[c].feats.get("Person") == "3" and toks[c].feats.get("Number") == "Sing"]
    if not pronouns:
        return []
    out: list[str] = []
    for p in pronouns:
        gender = toks[p].feats.get("Gender")
        for v, t in enumerate(toks):
            if t.lemma not in REPORT_VERBS or v > p or t.feats.get("Gender") != gender or \
                    t.feats.get("Number", "Sing") != "Sing":
                continue
            nodes = {n for c in sent.children(v) if toks[c].rel == "nsubj"
                     for n in subtree(sent, c)}
            spans = [sp for sp in persons if _at(sent, sp.start) in nodes and
                     _at(sent, sp.start) < p]
            name = _signer_name(analysis, sent, spans[-1], officials, models) if spans \
                else None
            if name is not None:
                out.append(name)
                break
    return out


def relative_antecedent(sent: Sentence, s: int) -> int:
    """signers65: the word a relative pronoun subject of a signing stands for: the word right
    before ", который", a noun or name of the pronoun's number and gender ("Как сообщила
    председатель комитета Анна Котова, которая и подпишет этот документ от имени края, …"
    → "Анна", the first word of the name, whose phrase holds the person), else the word
    before it the relative clause (``acl:relcl``) hangs on; any other subject is itself.
    From word order, morphology and the parse (the parser may hang the clause on the paper
    after it)."""
    toks = sent.tokens
    if toks[s].lemma not in RELATIVE_PRONOUNS:
        return s
    before = s - 2
    if before >= 0 and toks[s - 1].text == "," and toks[before].pos in {"NOUN", "PROPN"} and \
            all(toks[before].feats.get(f) == toks[s].feats.get(f) for f in ("Number", "Gender")):
        for _ in range(NAME_LEVELS):  # up the name's own words to its first ("Анна Котова")
            if toks[before].rel != "flat:name" or not 0 <= toks[before].head < before:
                break
            before = toks[before].head
        return before
    v = toks[s].head
    if 0 <= v < len(toks) and toks[v].rel == "acl:relcl" and 0 <= toks[v].head < s:
        return toks[v].head
    return s


def name_after_subject(sent: Sentence, spans: list[tuple[int, int]], subjects: list[int]
                       ) -> set[int]:
    """signers65: the words of a person's name standing right after a subject's phrase, no
    mark between, that the parser hung elsewhere: "Его в числе других подпишут председатель
    общества инвалидов Нина Котова, сообщила заместитель директора …" (the name put as an
    apposition of the reporter's post after it) → "Нина Котова". ``spans`` are the
    persons' first and last token indexes; a name the subject's phrase already holds adds
    nothing. From word order and the parse."""
    found: set[int] = set()
    for s in subjects:
        nodes = subtree(sent, s) if sent.tokens[s].pos == "NOUN" else []
        if not nodes:
            continue
        after = max(nodes) + 1
        for first, last in spans:
            if first == after:
                found.update(range(first, last + 1))
    return found


def inverted_future_subjects(sent: Sentence) -> list[int]:
    """announce61: the subject of a future "быть" (``future_aux_word``) that the parse hung
    below an infinitive of signing heading the sentence, the analytic future read apart:
    "Подписывать договор со стороны фонда будет его директор Олег Котов" (the tagger
    may take "будет" for a copula of a genitive after it). The infinitive is the
    sentence's root, not negated; the subject a noun or name in the nominative. From the
    parse and morphology."""
    toks = sent.tokens
    roots = [v for v, t in enumerate(toks) if t.rel == "root" and t.lemma in SIGN_VERBS and
             t.feats.get("VerbForm") == "Inf" and not negated(sent, v)]
    if not roots:
        return []
    inside = set(subtree(sent, roots[0]))
    return [c for b in inside if future_aux_word(toks[b]) for c in sent.children(b)
            if toks[c].rel == "nsubj" and toks[c].pos in {"NOUN", "PROPN"} and
            toks[c].feats.get("Case") == "Nom"]


def elided_side_signers(sent: Sentence, subjects: list[int]) -> set[int]:
    """announce61: the words after a dash of a side's clause with its verb left out, after
    a signing still to come whose subject is read (``signing_subjects``): "Со стороны
    фонда договор подпишет директор Олег Котов, со стороны университета — ректор Иван
    Лыков" → the rector's words. The clause opens with a preposition and "сторона"
    (``BEHALF_NOUNS``) after the first subject, its dash follows within the clause, and the
    words run to the next comma, semicolon or the sentence's end. From word order (the
    parse hangs such a clause anywhere). plan62: the side's noun left out when the first
    side's clause told it, an adjective right before the dash: "С городской стороны
    договор подпишет мэр Олег Котов, с областной — министр Иван Лыков"."""
    toks = sent.tokens
    if not subjects:
        return set()
    found: set[int] = set()
    n = len(toks)
    # plan62: the noun itself may be left out after a first side's "стороны" ("с
    # белорусской стороны …, с российской — министр …"): an adjective straight before the dash
    told_side = any(t.lemma in BEHALF_NOUNS for t in toks[:min(subjects)])
    for i in range(min(subjects) + 1, n - 1):
        if toks[i].pos != "ADP" or toks[i + 1].lemma not in BEHALF_NOUNS and not (
                told_side and toks[i + 1].pos == "ADJ" and i + 2 < n and
                toks[i + 2].text in ASIDE_DASHES):
            continue
        dash = next((j for j in range(i + 2, n) if toks[j].text in ASIDE_DASHES or
                     toks[j].text in {",", ";"}), None)
        if dash is None or toks[dash].text not in ASIDE_DASHES:
            continue
        end = next((j for j in range(dash + 1, n) if toks[j].text in {",", ";"}), n)
        found.update(range(dash + 1, end))
    return found


def dative_signers(sent: Sentence) -> list[int]:
    """announce61: the persons in the dative of an impersonal word of plan (``PLAN_HEADS``,
    no subject of its own) over an infinitive of signing still to come: "Подписать
    соглашение предстоит министру Анне Котовой и ректору Олегу Лыкову", "Подписать
    документ планируется директору фонда" → the minister and the rector. An animate
    noun or name in the dative, or a pronoun ("предстоит ей и ректору Олегу Лыкову": the
    words joined to it are read, the pronoun itself names no one here), hung on the word
    of plan or on the infinitive. Not a
    dative of a personal verb ("Министр планирует подписать соглашение с ректором"), nor
    a signing told done or negated (``future_signing``). From the parse and morphology."""
    toks = sent.tokens
    found: list[int] = []
    # plan62: the charge read by the one reader of charges (``candidate_signers``)
    for h, v, given in signing_charges(sent, PLAN_HEADS):
        if not future_signing(sent, v) or \
                any(toks[c].rel in {"nsubj", "nsubj:pass"} for c in sent.children(h)):
            continue
        found += [c for c in given
                  if toks[c].pos == "PRON" or toks[c].pos in {"NOUN", "PROPN"} and
                  toks[c].feats.get("Animacy") == "Anim"]
    return found


def dative_pronoun_holders(analysis: Analysis, sent: Sentence, officials: list[Official],
                           models: Models, si: int | None = None) -> list[str]:
    """plan62: the official a third-person pronoun in the dative of a charge to sign
    (``dative_signers``) stands for: the last official, named before the sentence, of the
    pronoun's gender whose surname the sentence just before names ("Подписать соглашение
    предстоит ей и ректору Олегу Лыкову", after "«…», – пояснила Котова" with "министр
    Анна Котова" named earlier → Анна Котова). None when the sentence before names no
    such person: the pronoun is then not read (a body, or someone told further back).
    fixplan62: a sentence with no dative charge returns at once, before the sentence just
    before is read; ``si``, the sentence's index when the caller knows it. From
    morphology, the parse and the officials read."""
    charged = dative_signers(sent)
    if not charged:
        return []
    return pronoun_holders(analysis, sent, charged, officials, models, si)


def pronoun_holders(analysis: Analysis, sent: Sentence, words: list[int],
                    officials: list[Official], models: Models,
                    si: int | None = None) -> list[str]:
    """plan62's reading of ``dative_pronoun_holders`` for any of the sentence's ``words``
    (signers63: the subject of a future signing too, "документ, который подпишут она и
    ректор Олег Лыков", ``signing_subjects``): each third-person singular pronoun among them
    stands for the last official, named before the sentence, of its gender whose surname
    the sentence just before names; the other words give no one."""
    toks = sent.tokens
    if not any(toks[c].pos == "PRON" for c in words):
        return []  # no pronoun: the sentence before is not read
    k = si if si is not None else bisect_left([s.start for s in analysis.sentences], sent.start)
    if k == 0:
        return []
    named = [sp.text for sp in persons_in(analysis, analysis.sentences[k - 1])]
    before = [o for o in sorted(officials, key=lambda o: o.evidence.start)
              if o.evidence.start < sent.start and any(same_surname(o.name, n) for n in named)]
    out: list[str] = []
    for c in words:
        feats = toks[c].feats
        gender = PRONOUN_GENDERS.get(feats.get("Gender", ""))
        if toks[c].pos != "PRON" or feats.get("Person") != "3" or \
                feats.get("Number") != "Sing" or gender is None:
            continue
        name = last_official_of_gender(before, gender, models)
        if name is not None:
            out.append(name)
    return out


def signing_told_done(sent: Sentence) -> bool:
    """announce61: does the sentence tell a signing done: a verb of signing (``SIGN_VERBS``)
    in the past, finite or a short participle, not negated and with no future auxiliary
    ("В прошлом году фонд заключил соглашение с обществом", "соглашение было подписано")?
    Not "будет подписано", not "пока не подписывали", not "работы строились". From
    morphology and the parse."""
    toks = sent.tokens
    return any(t.lemma in SIGN_VERBS and t.feats.get("Tense") == "Past" and
               (t.feats.get("VerbForm") == "Fin" or t.feats.get("Variant") == "Short" or
                t.feats.get("VerbForm") == "Part" and t.feats.get("Voice") == "Pass") and
               not negated(sent, i) and not future_aux(sent, i)
               for i, t in enumerate(toks))


def signing_verb(sent: Sentence) -> bool:
    """fixannounce61: does the sentence tell a signing by a verb or verb form of
    ``SIGN_VERBS`` ("планируют заключить соглашение", "подпишут"), not by a noun only ("11:00 –
    Подписание соглашения …", "по соглашению") nor negated ("стороны пока не подписывали")?
    From the part of speech and the parse."""
    return any(t.lemma in SIGN_VERBS and t.pos in {"VERB", "AUX"} and not negated(sent, i)
               for i, t in enumerate(sent.tokens))


def _own_paper(sent: Sentence, v: int) -> bool:
    """fixplan54: is what the signing verb at ``v`` signs unnamed, a word referring back
    (``DOCUMENT_REFERENCES``: "Документ подпишет директор", "Его подпишет министр") or an
    agreement noun (``TRIGGERS``)? Not "Контракт подпишет глава района", "Приказ подпишет
    министр": another paper's signing. signers63: a paper word of ``_paper_word`` (a
    roadmap by its kind, a relative pronoun standing for such a word)."""
    toks = sent.tokens
    # signers71: a person's name is no paper (``named_objects``: the parser's object)
    return all(_paper_word(sent, c, v) for c in sent.children(v)
               if toks[c].rel in {"obj", "nsubj:pass"} and not _person_name(toks[c]))


def _person_name(t: Token) -> bool:
    """signers71: is the word an animate proper name (a person's, not a paper's)?"""
    return t.pos == "PROPN" and t.feats.get("Animacy") == "Anim"


def _paper_word(sent: Sentence, c: int, v: int) -> bool:
    """signers63 paper_word: is the word at ``c``, what the signing verb at ``v`` signs, the
    record's paper: a word referring back or an agreement noun, a roadmap named with its
    kind (``ROADMAP_DOCUMENTS``: "Со стороны фонда дорожную карту подпишет директор"), or
    a relative pronoun (``RELATIVE_PRONOUNS``) of a clause the verb heads, hung on such a
    word ("документ, который подпишут министр и ректор, закрепит …")? From the parse."""
    toks = sent.tokens
    t = toks[c]
    if t.lemma in DOCUMENT_REFERENCES or t.lemma in TRIGGERS:
        return True
    kinds = ROADMAP_DOCUMENTS.get(t.lemma)
    if kinds is not None:
        return any(toks[d].lemma in kinds for d in sent.children(c))
    h = toks[v].head
    return t.lemma in RELATIVE_PRONOUNS and toks[v].rel == "acl:relcl" and \
        0 <= h < len(toks) and h != v and _paper_word(sent, h, h)


def _at(sent: Sentence, offset: int) -> int:
    """plan54: the index of the first token at or after ``offset`` (a name's first word)."""
    return bisect_left([t.start for t in sent.tokens], offset)


def _story_planned(sents: list[Sentence], told: dict[int, list[Agreement]], si: int,
                   sole: Agreement | None = None) -> Agreement | None:
    """plan54: the planned record whose story sentence ``si`` stands in: the record told
    last before it, within PLANNED_SIGNER_REACH sentences, when it is the one record of its
    sentence and planned ("Фонд и министерство подпишут соглашение в мае. … Документ подпишет
    директор фонда": the plan's record). A record of another status told nearer ends the
    walk; fixplan54: so does a sentence between naming another paper (``STORY_OTHER_PAPERS``
    in the nominative or accusative: "Также администрация заключит контракт на ремонт
    дороги. Его подпишет глава района": the contract's signer). tidy55: read by
    ``signers.tells_other_paper``, the signers' reading of another paper told, a paper
    still to come counted; fixagr55: ``anywhere``, a paper after a preposition too ("Деньги
    войдут в новую программу" ends the walk), as before tidy55. announce61: a walk that
    meets no record within reach gives ``sole``, the page's one planned record (its own
    sentence telling no signing done, ``signing_told_done``), whose own
    sentence the merge may have taken after the story (a line of the day's programme "11:00
    – Подписание соглашения …" below "Завтра будет подписано соглашение … Подписи под ним
    поставят министр … и председатель …")."""
    for k in range(si - 1, max(-1, si - 1 - PLANNED_SIGNER_REACH), -1):
        if k in told:
            here = told[k]
            return here[0] if len(here) == 1 and here[0].status == "planned" else None
        if tells_other_paper(sents[k], made=True, ahead=True, papers=STORY_OTHER_PAPERS,
                             anywhere=True):
            return None
    return sole


def _person_named_before(analysis: Analysis, sents: list[Sentence], si: int) -> bool:
    """Is a person named in the sentence just before ``si``, no record's own? A charge
    told in the dative ("Подписать документ предполагается министру …") after a sentence
    naming another person ("… их подготовит режиссёр И. Кравцов") is his story's, not the
    plan's: the charged-signers pass (rounds41) decides it, as before announce61."""
    return si > 0 and bool(persons_in(analysis, sents[si - 1]))


def planned_story_signers(analysis: Analysis, agreements: list[Agreement],
                          officials: list[Official], models: Models,
                          only: list[Agreement] | None = None) -> None:
    """plan54: a sentence of a planned record's story that is no record's own and names the
    persons who will sign (``signing_subjects``) gives the record those signers, when no
    record of the page has them yet and the record has fewer signers than sides: "Фонд
    «Опора» и министерство подготовили меморандум о помощи пожилым. Меморандум
    предусматривает обучение волонтёров. Со стороны фонда меморандум подпишет его
    директор Анна Котова." → Котова. The record's sides stay as they are (a pass giving a
    one-side plan its signers' other body was measured and taken out). In place; sentences
    are parsed only when they hold a signing word. announce61: ``only``, the records the
    date stage turned planned after the record passes (``coreference.signers_of_late_signings``):
    no other record takes signers then. fixannounce61: without ``only`` the page's one planned
    record reads the sentences before its own only when its own tells the signing by no verb
    (``signing_verb``). fixplan62: plan62 took away the walk's reach after its own sentence
    (``_story_planned`` gives it for any later sentence the walk does not stop on: a record
    told within ``PLANNED_SIGNER_REACH`` before, or another paper told there); what bounds
    it is a ranked list's other item (``in_other_item``), a dative charge after another
    person named just before and taken up by no pronoun ("Соглашением предусмотрены
    гастроли, их подготовит режиссёр И. Кравцов. Подписать документ предполагается
    министру …": no signers, left to the charged-signers pass), a record already with as many
    signers as sides, and a signer some record of the page already holds."""
    sents = analysis.sentences
    planned = [a for a in agreements if a.status == "planned"]
    if not sents or not planned or not signer_shapes.ANNOUNCED_SIGNERS:
        return  # the switch of announced signers (round 8's convention) turned off
    told: dict[int, list[Agreement]] = {}
    for a in agreements:
        told.setdefault(sentence_at(sents, a.evidence.start), []).append(a)
    held = [n for a in agreements for n in a.signatories]
    # announce61: the page's one planned record may be told after its story, when its own
    # sentence tells no signing done (a recalled agreement the status took for a plan,
    # "В прошлом году фонд заключил соглашение с …", is no plan's record)
    own_si = max(0, sentence_at(sents, planned[0].evidence.start))
    own = ensure_parsed(sents[own_si], models)
    sole = planned[0] if len(planned) == 1 and not signing_told_done(own) else None
    # fixannounce61: the story before it is read in the record passes (no ``only``) only when
    # its own sentence tells no signing by a verb (a programme line, a quote): a plan told
    # with its verb has its story after it, a signing told before is another paper's
    # ("Документ подпишет губернатор …")
    first = -1 if sole is not None and (only is not None or not signing_verb(own)) else \
        min(sentence_at(sents, a.evidence.start) for a in planned)
    for si in range(first + 1, len(sents)):
        sent = sents[si]
        if si in told or not any(t.lemma in SIGN_VERBS for t in sent.tokens):
            continue
        # plan62: the page's one plan takes a story sentence beyond the walk's reach after
        # its own sentence too (a dative charge past another person named between stays
        # the charged-signers pass's: ``_person_named_before`` below)
        target = _story_planned(sents, told, si, sole)
        # planned70: a plan of one side read may still await its second signer
        if target is None or len(target.signatories) >= max(2, len(target.parties)) or \
                only is not None and not any(target is a for a in only):
            continue
        # plan62: a ranked list's other item signs another paper
        if signer_shapes.in_other_item(sents, sentence_at(sents, target.evidence.start), si,
                                       target):
            continue
        sent = ensure_parsed(sent, models)
        subjects = signing_subjects(sent)
        # plan62: a pronoun in the charge's dative stands for the person named just before
        # (``dative_pronoun_holders`` for the charge's datives, read once here)
        charged = dative_signers(sent)
        held_by = pronoun_holders(analysis, sent, charged or subjects, officials, models, si)
        # plans66: a pronoun standing for the sentence's own teller ("Как сообщил министр
        # …, документ будет подписан им и …")
        persons = persons_in(analysis, sent)  # fixsigners65: read once
        held_by = held_by or teller_holders(analysis, sent, subjects, persons, officials,
                                            models)
        if charged and not held_by and \
                _person_named_before(analysis, sents, si):
            continue  # the lead's mend: a charge after another's person, rounds41's to decide
        nodes = {n for s in subjects for n in subtree(sent, s)}
        nodes |= elided_side_signers(sent, subjects)  # announce61
        nodes |= name_after_subject(sent, [
            (_at(sent, sp.start), _at(sent, sp.stop) - 1) for sp in persons], subjects)
        if not nodes:
            continue
        found = [x for sp in persons
                 if _at(sent, sp.start) in nodes and
                 (x := _signer_name(analysis, sent, sp, officials, models)) is not None]
        found += nameless_post_holders(analysis, sent, subjects, target, officials)
        found += first_person_holder(analysis, sent, subjects, officials)
        found = [n for n in dict.fromkeys(held_by + found)
                 if not any(same_surname(n, h) for h in held)]
        if found:
            add_signers(target, found)
            held.extend(found)


def nameless_post_holders(analysis: Analysis, sent: Sentence, subjects: list[int],
                          target: Agreement, officials: list[Official]) -> list[str]:
    """planned70: the future signers a plan's story gives by a head post alone, with no
    name under it (``signer_posts.nameless_signing_posts`` over ``subjects``, the words
    ``signing_subjects`` read as the ones who will sign), are the officials the page names
    elsewhere holding that post: the one holder in a side of the record no signer of it
    stands for yet (``signer_posts.post_holder``), else the page's one holder of the post
    (``signer_posts.sole_post_holder``). "Министр труда края Анна Котова рассказала о
    планах. … Подписи под документом поставят министр и директор фонда Олег Лыков" →
    Котова beside Лыков; "Подписать документ должны глава района и председатель совета
    ветеранов. Глава района Иван Орлов …" → Орлов. A post two people of the page hold
    gives no one. From the parse and the page's officials; the sentence is read once."""
    if not subjects or not officials:
        return []
    return _post_holders(nameless_signing_posts(analysis, sent, set(subjects), apart=True),
                         sent, target, officials)


def first_person_holder(analysis: Analysis, sent: Sentence, subjects: list[int],
                        officials: list[Official]) -> list[str]:
    """planned70: "я" among the ones who will sign (``subjects``, read by
    ``signing_subjects``) is the speaker of the quote or the answer that holds it
    (``candidate_signers._speaker``: the official after "» — сказала …", an interview's
    guest; ``signers.turn_speaker``: a transcript's label): "«Документ подпишем я и
    ректор университета», — сообщила министр Анна Котова" → Котова; "Со стороны
    министерства его подпишу я" in the minister's answer → the minister. No speaker
    named, no one. From the parse and the page's officials."""
    toks = sent.tokens
    if not any(toks[s].pos == "PRON" and toks[s].lemma == "я" for s in subjects):
        return []
    who = _speaker(analysis, sent, officials) or turn_speaker(analysis, sent, officials)
    return [who.name] if who is not None else []


def _post_holders(posts: list[str], sent: Sentence, target: Agreement,
                  officials: list[Official]) -> list[str]:
    """planned70: the page's holders of the posts for the record ``target`` (one each): in
    a side no signer of it stands for, else the page's one holder of the post: "ректор" of
    a plan of the ministry and the university, whose minister signs already → "Ректор
    университета Пётр Гусев" named in another sentence."""
    if not posts:
        return []
    bodies = [o.organization for o in officials if o.organization and any(
        same_person(o.name, s) for s in target.signatories)]
    sides = [p.name for p in target.parties
             if not any(body_is_side(b, p.name) for b in bodies)]
    found: list[str] = []
    for post in posts:
        name = post_holder(officials, post, sides, sent) or sole_post_holder(
            officials, post, sent, bodies, [p.name for p in target.parties])
        if name and not any(same_person(name, s) for s in target.signatories + found):
            found.append(name)
    return found



def plan_speaker_beside_announced(analysis: Analysis, agreements: list[Agreement],
                                  officials: list[Official], models: Models) -> None:
    """plans67: the speaker of a first-person plan to sign ("«Рассчитываем подписать бумагу к
    третьему кварталу», — пояснил управляющий отделением Олег Котов", or an interview's
    answer "— Подписать его мы хотим весной") signs the planned record for his side once
    the text also announces the other side's signer, wherever it stands: "Со стороны
    палаты документ подпишет её президент Анна Белова" after the quote gives Котов beside
    Белова. ``signer_shapes.alone_we_of_plan`` takes the speaker only beside a counterpart
    already announced when the quote is read, so one announced after it was lost. The
    speaker must head his body (``heads_body``: "управляющий", "министр"; not a deputy or
    a press secretary) and that body must be a side of the record
    (``party_identity.body_is_side``, fixplans67: not a bare substring of its name) no
    signer stands for (no signer's body the speaker's, whole words inside it or it inside);
    the quote stands within WE_REACH sentences of the record's own, no other record's
    sentence between, and tells a signing still to come (``first_person_plan``: no past
    tense). A plan with no announced signer keeps none (sig34's "«В мае мы подпишем
    документ», — добавила председатель" announces only the bodies). Cost: the sentences
    within reach of each planned record, parsed only when they hold a signing word."""
    sents = analysis.sentences
    told = {sentence_at(sents, a.evidence.start) for a in agreements}
    by_name = {o.name: o for o in officials}
    for a in agreements:
        if a.status != "planned" or not a.signatories or \
                len(a.signatories) >= len(a.parties):
            continue
        # fixplans67: a signer's body, its words whole, to find the speaker's within
        held = [f" {' '.join(names.words(o.organization))} " for n in a.signatories
                if (o := by_name.get(n)) is not None and o.organization]
        si = sentence_at(sents, a.evidence.start)
        for n in range(si, min(len(sents), si + 1 + WE_REACH)):
            if n != si and n in told:
                break
            if not any(t.lemma in SIGN_VERBS for t in sents[n].tokens):
                continue
            sent = ensure_parsed(sents[n], models)
            if not signer_shapes.first_person_plan(sent):
                continue
            who = _speaker(analysis, sent, officials) or turn_speaker(analysis, sent, officials)
            if who is None or not who.organization or not heads_body(who, models) or \
                    any(same_surname(who.name, h) for h in a.signatories):
                break
            body = f" {' '.join(names.words(who.organization))} "
            if any(body_is_side(who.organization, p.name) for p in a.parties) and \
                    not any(body in h or h in body for h in held):
                add_signers(a, [who.name])
            break



def own_sentence_post_holders(analysis: Analysis, agreements: list[Agreement],
                              officials: list[Official], models: Models) -> None:
    """planned70: a planned record whose own sentence tells its signing still to come
    (``signing_ahead.future_signing``) by a head post with no name under it
    (``signer_posts.nameless_signing_posts``: "Соглашение будет подписано министром и
    генеральным директором компании в июне", "Подписи под соглашением поставят сам министр
    и руководитель филиала …") takes the page's holder of that post (``_post_holders``:
    in a side no signer of the record stands for, else the page's one holder), as a story
    sentence's post does (``nameless_post_holders``). Only records with fewer signers
    than sides (two at least); each record's own sentence is parsed once, and only when
    it holds a head post."""
    if not officials:
        return
    sents = analysis.sentences
    for a in agreements:
        if a.status != "planned" or not a.parties or \
                len(a.signatories) >= max(2, len(a.parties)):
            continue
        n = sentence_at(sents, a.evidence.start)
        if n < 0 or not any(t.lemma in HEAD_POSTS for t in sents[n].tokens):
            continue
        sent = ensure_parsed(sents[n], models)
        if not any(t.lemma in SIGN_VERBS | SIGNATURE_VERBS and t.pos in {"VERB", "AUX"} and
                   future_signing(sent, v) for v, t in enumerate(sent.tokens)):
            continue
        found = _post_holders(nameless_signing_posts(analysis, sent, apart=True), sent, a,
                              officials)
        if found:
            add_signers(a, found)
