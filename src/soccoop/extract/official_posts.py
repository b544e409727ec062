"""off67: the officials' posts as written out in the records: small named passes run on the
records after the other organisation and post steps (``official_units``).

Each pass states its rule in general terms with a Russian example; ``POST_PASSES`` runs
them in order over one document's officials (linear in their number).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from soccoop.extract.lexicon import COLLOQUIAL_BODIES
from soccoop.extract.lexicon_officials import (
    ACTING_ABBREVIATION,
    ACTING_ABBREVIATION_BEFORE,
    ACTING_WRITTEN_OUT,
    BODY_HEAD_POSTS,
    HELPER_HEADS,
    KIN_GROUPS,
    MINISTER_LEMMAS,
    MINISTER_TOLD,
    MINISTRY_PLACE_WORDS,
    MINISTRY_PREFIX,
    MINISTRY_STEM,
    NOT_MINISTER_BEFORE,
    PLAYING_ROLES,
    POSITION_HEADS,
)
from soccoop.extract.nlp import Models
from soccoop.extract.passes import Pass, named_passes
from soccoop.models import Official


@dataclass
class Posts:
    """One document's officials, as written out, and the models the passes read words with."""

    officials: list[Official]
    models: Models
    text: str = ""  # the text the evidence offsets point into ("" when unknown)


# A contracted post ("замгубернатора", "замминистра") stays as written: NEREL's gold keeps
# it so, and writing it out ("заместитель губернатора") lost three NEREL officials' posts.


_ABBREVIATED_DEPUTY = re.compile(r"(?<![\w-])([Зз]ам)\.?\s+([а-яё-]+)")


def _helped_post(word: str, models: Models) -> bool:
    """Is the word a post's head in the genitive ("губернатора", "министра")?"""
    return any(p.normal_form.replace("ё", "е") in POSITION_HEADS and "gent" in p.tag
               and p.normal_form != "зам" for p in models.parse(word))


def abbreviated_deputies_written_out(state: Posts) -> None:
    """A deputy's post abbreviated "зам." before the helped post in the genitive is written
    out: "зам. губернатора Приангарья Анна Котова" → position "заместитель губернатора"
    (the phrase reader keeps "зам" alone, the helped post falls to the body). The evidence
    must hold "зам." (or "зам") and a post's head in the genitive right after it; "зам по
    кадрам" stays."""
    for o in state.officials:
        words = (o.position or "").split()
        if not words or words[0].lower() != "зам" or len(words) > 2:
            continue
        m = _ABBREVIATED_DEPUTY.search(o.evidence.text)
        if m is None or not _helped_post(m.group(2), state.models):
            continue
        if len(words) == 2 and words[1].lower() != m.group(2):
            continue
        head = "Заместитель" if words[0][:1].isupper() else "заместитель"
        o.position = f"{head} {m.group(2)}"


_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*|[—–]")
# where a post's phrase told in the text ends: a mark of punctuation or a spaced dash
_POST_PHRASE_END = re.compile(r"[.,;:!?«»()\n]|\s[—–]\s")


def _cases(word: str, models: Models, lemmas: frozenset[str] | None = None,
           tags: tuple[str, ...] = ()) -> set[str]:
    """The cases a word may stand in, among its readings of one of ``lemmas`` (any lemma when
    None) or bearing one of ``tags`` ("Name", "Surn")."""
    out: set[str] = set()
    for p in models.parse(word):
        if lemmas is not None and p.normal_form.replace("ё", "е") not in lemmas:
            continue
        if tags and not any(t in p.tag for t in tags):
            continue
        if p.tag.case:
            out.add(str(p.tag.case).replace("gen2", "gent").replace("acc2", "accs"))
    return out


def _evidence_holds(o: Official, text: str) -> bool:
    ev = o.evidence
    return bool(text) and 0 <= ev.start < ev.end <= len(text) and text[ev.start:ev.end] == ev.text


def helpers_kept_before_the_post(state: Posts) -> None:
    """A helper's post told before the helped post in an oblique case, or before a double
    post joined by a dash, stays the named one's post: "заместителю руководителя исполкома
    Ирине Светловой" → "заместитель руководителя" (not "руководитель"), "заместитель
    губернатора — председателя правительства Анна Ветрова" → "заместитель губернатора —
    председателя". Fires only when the evidence begins with a post's head in the genitive,
    the word before it (over one more genitive post and a dash) is a helper's post
    ("заместитель", "помощник") in a case the name's own word shares, and the position does
    not already begin with it ("заместитель председателя правительства Ивана Петрова" keeps
    Петров's post: his name is in the genitive, the helper in the nominative)."""
    models = state.models
    for o in state.officials:
        words = (o.position or "").split()
        if not words or not _evidence_holds(o, state.text):
            continue
        if any(p.normal_form in HELPER_HEADS for p in models.parse(words[0].lower())):
            continue
        ev_words = _WORD.findall(o.evidence.text)
        if len(ev_words) < 2 or not _helped_post(ev_words[0], models):
            continue
        before = _WORD.findall(state.text[max(0, o.evidence.start - 80):o.evidence.start])
        chain = [ev_words[0]]
        if len(before) >= 3 and before[-1] in "—–" and _helped_post(before[-2], models):
            chain = [before[-2], "—", ev_words[0]]
            before = before[:-2]
        if not before:
            continue
        helper = _cases(before[-1], models, HELPER_HEADS)
        name: set[str] = set()
        for w in ev_words[-len(o.name.split()):]:
            name |= _cases(w, models, tags=("Name", "Surn", "Patr"))
        if not helper or not helper & name:
            continue
        lemma = next(p.normal_form for p in models.parse(before[-1])
                     if p.normal_form in HELPER_HEADS)
        head = lemma.capitalize() if (o.position or "")[:1].isupper() else lemma
        o.position = " ".join([head, *chain, *words[1:]])


def post_words_read_as_names_dropped(state: Posts) -> None:
    """A post's head word the reader took for a name, written alone and capitalised as some
    sites write posts ("Губернатора — Председателя Правительства Севастополя"), is no
    official: a one-word name whose every reading is a post's head ("Губернатор", "Министр")
    is dropped. A surname that is also a noun ("Судья", "Король") reads as a surname too, so
    it stays."""
    def post_word(name: str) -> bool:
        words = name.split()
        if len(words) != 1:
            return False
        parses = state.models.parse(words[0].lower())
        return bool(parses) and all(p.normal_form.replace("ё", "е") in POSITION_HEADS
                                    and "Surn" not in p.tag and "Name" not in p.tag
                                    for p in parses)
    state.officials[:] = [o for o in state.officials if not post_word(o.name)]


def _minister_of(o: Official, text: str, start: int, models: Models,
                 unnamed: bool) -> list[str] | None:
    """The words of "министр ..." told at ``start`` when it names ``o`` (``unnamed``: when it
    names nobody and its field is ``o``'s ministry's): the post's words, or None."""
    from soccoop.extract.person_names import same_surname

    end = len(text)
    m = _POST_PHRASE_END.search(text, start)
    if m is not None:
        end = m.start()
    words = _WORD.findall(text[start:end])[:10]
    if not words:
        return None
    post = [words[0]]
    for w in words[1:]:
        if w[:1].isupper() or any(p.normal_form in MINISTRY_PLACE_WORDS for p in models.parse(w)):
            break
        post.append(w)
    rest = words[len(post):]
    if not unnamed:
        return post[:1] if rest and any(same_surname(o.name, w) for w in rest[:3]) else None
    if any(_cases(w, models, tags=("Name", "Surn")) and w[:1].isupper() for w in rest[:3]):
        return None
    field = {w.lower()[:4] for w in post[1:] if len(w) >= 4}
    body = set()
    for w in (o.organization or "").lower().split():
        body.add(w[:4])
        if w.startswith(MINISTRY_PREFIX) and len(w) > 5:
            body.add(w[len(MINISTRY_PREFIX):len(MINISTRY_PREFIX) + 4])
    if field and not field & body:
        return None
    return [post[0].lower(), *post[1:]]


def ministry_heads_told_as_ministers(state: Posts) -> None:
    """The head of a ministry told as "глава министерства" is its minister when the text
    names the post so: by name elsewhere ("министр Ольга Гусева"), or unnamed, with a field
    of that ministry, while no other official holds a minister's post ("Документ подписали
    министр социального развития области и ректор колледжа ... — отметил глава
    областного министерства Пётр Семёнов" → "министр социального развития").
    "заместитель министра", "исполняющий обязанности министра" and "министр Иван Петров" of
    another name are other people's posts."""
    text, models = state.text, state.models
    if not text:
        return
    heads = [o for o in state.officials if (o.position or "").lower() in BODY_HEAD_POSTS
             and _ministry(o.organization)]
    if not heads:
        return
    others = any((o.position or "").lower().startswith("министр") for o in state.officials)
    told = []
    for m in MINISTER_TOLD.finditer(text):
        prev = _WORD.findall(text[max(0, m.start() - 30):m.start()])
        if prev and any(p.normal_form.replace("ё", "е") in NOT_MINISTER_BEFORE
                        for p in models.parse(prev[-1].lower())):
            continue
        if ACTING_ABBREVIATION_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        told.append(m.start())
    for o in heads:
        post = next((p for s in told if (p := _minister_of(o, text, s, models, False))), None)
        if post is None and not others and len(heads) == 1:
            post = next((p for s in told if "nomn" in _cases(text[s:s + 12].split()[0].strip(
                ",.:;"), models, MINISTER_LEMMAS)
                and (p := _minister_of(o, text, s, models, True))), None)
        if post is not None:
            o.position = " ".join(["министр", *post[1:]])


def _ministry(org: str | None) -> bool:
    """Is the body a ministry ("Министерство труда ...", "региональный минтруд")?"""
    words = (org or "").lower().replace("ё", "е").split()
    return any(w.startswith(MINISTRY_STEM) or
               (w in COLLOQUIAL_BODIES and w.startswith(MINISTRY_PREFIX))
               for w in words)


def acting_posts_written_out(state: Posts) -> None:
    """An acting holder's post abbreviated "и. о." is written out as the domain's records
    write it: "и.о. министра соцразвития Татьяна Зорина" → "исполняющая обязанности
    министра соцразвития" (a woman's name: "исполняющая"; a man's: "исполняющий"). "врио"
    stays as written. The gender is read from the name's readings in the nominative
    singular, as the record writes it: "Анвар" is also a woman's name "Анвара" in the
    genitive plural, no woman for "и.о. ректора Анвар Сабиров"."""
    for o in state.officials:
        pos = o.position or ""
        m = ACTING_ABBREVIATION.match(pos)
        if m is None or not pos[m.end():].strip():
            continue
        words = o.name.split()
        # off43: a first name of one gender only decides ("Александр Браверман": a man,
        # though "Браверман" also reads as a woman's surname)
        given = {g for p in state.models.parse(words[0])[:2] if "Name" in p.tag and
                 "sing" in p.tag and "nomn" in p.tag for g in ("femn", "masc") if g in p.tag}
        femn = given == {"femn"} or len(given) != 1 and any(
            "femn" in p.tag and ("Name" in p.tag or "Surn" in p.tag)
            and "sing" in p.tag and "nomn" in p.tag
            for w in words[:1] + words[-1:] for p in state.models.parse(w)[:2])
        head = ACTING_WRITTEN_OUT["femn" if femn else "masc"]
        o.position = f"{head} {pos[m.end():].strip()}"


def family_heads_dropped(state: Posts) -> None:
    """The head of a family is a kinship role, not a post: "Глава семьи Андрей Лукин
    работал трактористом" gives no official ("глава семьи", "глава семейства"); "глава
    администрации" and "глава района" stay."""
    def family_head(o: Official) -> bool:
        words = (o.position or "").lower().split()
        return len(words) >= 2 and words[0] in BODY_HEAD_POSTS and any(
            p.normal_form.replace("ё", "е") in KIN_GROUPS for p in state.models.parse(words[1]))
    state.officials[:] = [o for o in state.officials if not family_head(o)]


def team_players_dropped(state: Posts) -> None:
    """A team player's playing role is no post held in a body, so its holder is no official
    of the record: "вратарь Иван Сомов", "крайний защитник Олег Лунин" give no official.
    Fires only when the whole position is the role, with adjectives before it at most: a
    role with a complement of its own ("защитник подсудимого") stays, as do coaches and
    captains ("главный тренер", "капитан полиции")."""
    models = state.models

    def player(o: Official) -> bool:
        words = (o.position or "").lower().replace("ё", "е").split()
        if not words or not any(p.normal_form.replace("ё", "е") in PLAYING_ROLES
                                for p in models.parse(words[-1])):
            return False
        return all(any(p.tag.POS in ("ADJF", "PRTF") for p in models.parse(w))
                   for w in words[:-1])
    state.officials[:] = [o for o in state.officials if not player(o)]


def bodies_read_as_names_dropped(state: Posts) -> None:
    """A body in the genitive right after a post's head in the nominative is the post's
    body, not its holder, even when the reader took it for a name: "председатель
    Социнтерна", "Форвард Реала написал" give no official. Fires only on a one-word name
    kept as written (the reader found no nominative name in it), whose likeliest reading
    is a singular genitive noun that is no first name, surname or patronymic, after a
    post's head that reads nominative and never genitive; "председатель Путина" (a
    surname), "Шейх Хамад" (a plural reading only) and "директора Реала" (the post itself
    oblique) are left alone."""
    models = state.models

    def body(o: Official) -> bool:
        if len(o.name.split()) != 1 or not _evidence_holds(o, state.text):
            return False
        ev_words = _WORD.findall(o.evidence.text)
        if len(ev_words) < 2 or ev_words[-1] != o.name:
            return False
        parses = models.parse(o.name.lower())
        if not parses or not {"gent", "sing"} <= parses[0].tag.grammemes or \
                any(t in parses[0].tag for t in ("Name", "Surn", "Patr")):
            return False
        post = _cases(ev_words[-2].lower(), models, POSITION_HEADS)
        return "nomn" in post and "gent" not in post
    state.officials[:] = [o for o in state.officials if not body(o)]


def _pronoun_only(word: str, models: Models) -> bool:
    """Is the word's likeliest reading a pronoun ("нашей", "которого", "его"), no reading
    a noun or a name?"""
    parses = models.parse(word.lower())
    return bool(parses) and ("Apro" in parses[0].tag or parses[0].tag.POS == "NPRO") and \
        not any(p.tag.POS == "NOUN" for p in parses)


def pronouns_out_of_posts(state: Posts) -> None:
    """off48: a possessive or relative pronoun between a post's head and its body is no
    word of the post: "председатель нашей организации Ольга Ветрова" and "центр, директор
    которого Павел Орлов" hold the posts "председатель" and "директор" (the phrase reader
    ends the post before the body and keeps the pronoun). Pronoun words (the likeliest
    reading a pronoun by the morphology) ending the position go; the post's head stays. A
    preposition or a comma the pronoun leaves behind goes with it ("лидер группы, в которую
    вошёл ..." holds "лидер группы", not "лидер группы, в")."""
    for o in state.officials:
        words = (o.position or "").split()
        cut = len(words)
        while cut > 1 and _pronoun_only(words[cut - 1], state.models):
            cut -= 1
        if cut == len(words):
            continue
        while cut > 1 and _function_word(words[cut - 1], state.models):
            cut -= 1
        o.position = " ".join(words[:cut]).rstrip(",;:— ")


def _function_word(word: str, models: Models) -> bool:
    """Is the word's likeliest reading a preposition or a conjunction ("в", "с", "и")?"""
    parses = models.parse(word.lower())
    return bool(parses) and parses[0].tag.POS in ("PREP", "CONJ")


def bodies_of_the_own_first_name_dropped(state: Posts) -> None:
    """off48: an official's body that is one word of the official's own name is the name's
    first word the tagger read as a body ("директор Айталина Васильевна Петрова": the body
    "Айталина"); it goes, and the official has no body rather than his own name."""
    for o in state.officials:
        org = (o.organization or "").strip()
        if org and " " not in org and org in (o.name or "").split():
            o.organization = None


POST_PASSES: tuple[Pass[Posts], ...] = named_passes(
    abbreviated_deputies_written_out,
    post_words_read_as_names_dropped,
    bodies_read_as_names_dropped,
    family_heads_dropped,
    team_players_dropped,
    helpers_kept_before_the_post,
    ministry_heads_told_as_ministers,
    acting_posts_written_out,
    pronouns_out_of_posts,
    bodies_of_the_own_first_name_dropped,
)


def posts_written_out(officials: list[Official], models: Models, text: str = "") -> None:
    """Run ``POST_PASSES`` over one document's officials, in order; ``text`` is the text the
    evidence offsets point into."""
    state = Posts(officials, models, text)
    for p in POST_PASSES:
        p.run(state)
