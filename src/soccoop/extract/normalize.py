"""Putting noun phrases into the nominative without touching their dependents.

"Министерством труда ... РТ" → "Министерство труда ... РТ", "Костромской областью" →
"Костромская область": the adjectives before the head noun and the head noun itself agree
in case with the context; everything after the head stays as written.
"""

from __future__ import annotations

import re

from soccoop.extract.nlp import Models, Token

_ADJ_POS = {"ADJ", "DET", "NUM"}


def _match_case(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def nominative_word(
    models: Models, word: str, number: str | None = None, gender: str | None = None
) -> str:
    """One word to the nominative, keeping its number and capitalisation.

    ``gender`` (masc/femn/neut) makes an adjective agree with its head noun.
    """
    if not any(ch.isalpha() for ch in word) or (word.isupper() and len(word) > 1):
        return word
    if "-" in word:  # Ханты-Мансийского → Ханты-Мансийский: inflect the last part
        head, _, tail = word.rpartition("-")
        return head + "-" + nominative_word(models, tail, number, gender)
    parses = models.parse(word)
    if not parses:
        return word
    best = None
    for p in parses:
        if p.tag.POS in {"NOUN", "ADJF", "PRTF", "NUMR"}:
            best = p
            break
    if best is None:
        return word
    wanted = {"nomn"}
    if number == "Plur" or (number is None and "plur" in best.tag):
        wanted.add("plur")
    elif gender and best.tag.POS in {"ADJF", "PRTF"}:
        wanted |= {"sing", gender}
    form = best.inflect(wanted)
    if form is None:
        return word
    return _match_case(form.word, word)


def _gender(models: Models, tok: Token) -> str | None:
    g = tok.feats.get("Gender")
    if g:
        return {"Masc": "masc", "Fem": "femn", "Neut": "neut"}.get(g)
    parses = models.parse(tok.text)
    for p in parses:
        if p.tag.POS == "NOUN" and p.tag.gender:
            return str(p.tag.gender)
    return None


def nominative_phrase(models: Models, tokens: list[Token], text: str) -> str:
    """The phrase with its leading adjectives and head noun in the nominative."""
    if not tokens:
        return ""
    head = next((i for i, t in enumerate(tokens) if t.pos in {"NOUN", "PROPN"}), None)
    gender = _gender(models, tokens[head]) if head is not None else None
    number = tokens[head].feats.get("Number") if head is not None else None
    out: list[str] = []
    prev_stop = tokens[0].start
    for i, tok in enumerate(tokens):
        gap = text[prev_stop:tok.start]
        word = tok.text
        if head is not None and i <= head and (tok.pos in _ADJ_POS or i == head):
            word = nominative_word(models, tok.text, number, gender)
        out.append(gap + word)
        prev_stop = tok.stop
    phrase = " ".join("".join(out).split())
    return phrase[:1].upper() + phrase[1:] if phrase else phrase


def _inflect_name(models: Models, name: str, case: str) -> str:
    """An official region name in another case: words up to the head noun, and the word
    after a dash, inflect ("Ханты-Мансийского автономного округа — Югры"); a name after the
    head stays ("Республики Татарстан")."""
    words = name.split(" ")
    out: list[str] = []
    head_seen = False
    after_dash = False
    for w in words:
        if w in {"—", "-", "–"}:
            out.append(w)
            after_dash = True
            continue
        if head_seen and not after_dash:
            out.append(w)
            continue
        parts = w.split("-")
        last = parts[-1]
        parses = models.parse(last)
        p = next((x for x in parses if x.tag.POS in {"NOUN", "ADJF"}), None)
        form = p.inflect({case}) if p is not None else None
        new_last = _match_case(form.word, last) if form is not None else last
        parts[-1] = new_last
        out.append("-".join(parts[:-1] + [new_last]) if len(parts) > 1 else new_last)
        if p is not None and p.tag.POS == "NOUN":
            head_seen = True
        after_dash = False
    return " ".join(out)


def tidy_name(name: str) -> str:
    """One space between words, and the dash of official names ("округа — Югры")."""
    name = " ".join(name.split())
    return re.sub(r"(?<=\w) [-–] (?=[А-ЯЁA-Z])", " — ", name)


def expand_abbreviations(models: Models, phrase: str) -> str:
    """Spell out region abbreviations in a name: "Министерство труда РТ" → "... Республики
    Татарстан". The spelled-out form is what other reports of the same body use."""
    from soccoop import gazetteer

    words = phrase.split(" ")
    changed = False
    for i, w in enumerate(words):
        core = w.strip(",.;:()«»\"")
        letters = core.replace("-", "")
        if len(letters) < 2 or not letters[:2].isupper() or not letters.isalpha():
            continue
        head, _, tail = core.partition("-")
        if not head.isupper():
            continue
        region = gazetteer.resolve(core)
        if region is None and tail:
            region = gazetteer.resolve(head + "-" + models.lemma(tail))
        if region is None:
            region = gazetteer.resolve(head)
        if region is None or region.name.upper() == core:
            continue
        full = region.name if i == 0 else _inflect_name(models, region.name, "gent")
        words[i] = w.replace(core, full)
        changed = True
    return tidy_name(" ".join(words) if changed else phrase)


# Ministry abbreviations of news style, lower-cased key → the full head of the name in the
# nominative. The words after the abbreviation keep their case ("Минтруд Чувашии" →
# "Министерство труда Чувашии").
MINISTRY_ABBREVIATIONS = {
    "минтруд": "Министерство труда",
    "минтруда": "Министерство труда",
    "минсоцзащиты": "Министерство социальной защиты",
    "минсоцзащита": "Министерство социальной защиты",
    "минсоцразвития": "Министерство социального развития",
    "минсоцполитики": "Министерство социальной политики",
    "минздрав": "Министерство здравоохранения",
    "минздрава": "Министерство здравоохранения",
    "минобрнауки": "Министерство науки и высшего образования",
    "минобразования": "Министерство образования",
    "минпросвещения": "Министерство просвещения",
    "минэкономразвития": "Министерство экономического развития",
    "минспорт": "Министерство спорта",
    "минспорта": "Министерство спорта",
    "минкультуры": "Министерство культуры",
    "минсельхоз": "Министерство сельского хозяйства",
    "минфин": "Министерство финансов",
    "минфина": "Министерство финансов",
}


def ministry_abbreviation(word: str) -> str | None:
    """The full ministry name a news abbreviation stands for ("Минтруда" → "Министерство
    труда"), or None. Oblique forms of the declinable ones ("Минтрудом") resolve too."""
    w = word.strip(",.;:()«»\"").lower()
    if not w.startswith("мин") or len(w) < 5:
        return None
    if w in MINISTRY_ABBREVIATIONS:
        return MINISTRY_ABBREVIATIONS[w]
    for end in ("ом", "у", "е", "а"):
        if w.endswith(end) and w[: -len(end)] in MINISTRY_ABBREVIATIONS:
            return MINISTRY_ABBREVIATIONS[w[: -len(end)]]
    return None
