"""off45: the official who writes a channel, by the post its header gives (``channel_author``).

A channel's page opens with its author's name ("Анна Котова | Соцзащита края") and says the
post on the same line after the bar or on a header line below: "министр культуры Омской
области", "Официальный канал министра культуры Омской области". The header is often masked
as page chrome, and the post stands apart from the name, so the sentence rules never read
the two together.
"""

from __future__ import annotations

import re
from functools import lru_cache

from soccoop.extract.lexicon_officials import POSITION_HEADS
from soccoop.extract.lexicon_signers import AUTHOR_LINE_MAX, PERSONAL_PAGE_NOUNS
from soccoop.extract.nlp import Analysis, Models
from soccoop.extract.officials import find_officials
from soccoop.extract.person_names import same_surname
from soccoop.extract.signers import header_author
from soccoop.extract.syntax import parse_documents
from soccoop.models import Evidence, Official

HEADER_LINES = 3  # header lines under the title line that may say the post
# a header part is read up to its first sentence's end or a pictograph
_PART_END = re.compile(r"\.(?:\s|$)|[^\w\s«»\"()\-–—,.]")


def _header_parts(stored: str, lead: int, end: int, after: int) -> list[tuple[str, int]]:
    """The parts of a channel's header that may say its author's post, each with the offset
    its text ends at: the title line's rest after a bar, then up to ``HEADER_LINES`` lines
    below it, up to the first blank line."""
    parts: list[tuple[str, int]] = []
    if stored[lead:after].rstrip().endswith("|"):
        parts.append((stored[after:end], end))
    pos = end
    for _ in range(HEADER_LINES):
        if pos >= len(stored):
            break
        nxt = stored.find("\n", pos + 1)
        nxt = len(stored) if nxt < 0 else nxt
        line = stored[pos + 1:nxt]
        if not line.strip():
            break
        parts.append((line, nxt))
        pos = nxt
    return parts


def _genitive_post_in_nominative(words: list[str], models: Models) -> list[str] | None:
    """A post written in the genitive after a channel's noun, put in the nominative up to its
    head noun: "первого заместителя губернатора" → "первый заместитель губернатора". None
    when the words open with no adjective or noun in the genitive."""
    out: list[str] = []
    for n, word in enumerate(words):
        gen = next((p for p in models.parse(word.lower())
                    if p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF", "PRTF")), None)
        if gen is None:
            return None
        form = gen.inflect({"nomn"})
        if form is None:
            return None
        out.append(form.word)
        if gen.tag.POS == "NOUN":
            return out + words[n + 1:]
    return None


def _post_of_a_header_part(part: str, models: Models) -> str | None:
    """The post a header part says, in the nominative: the part itself when it opens with
    the post ("Министр культуры Омской области"), the words after a channel's noun when it
    names the page ("Официальный канал министра культуры Омской области" → "министр
    культуры Омской области")."""
    cut = _PART_END.search(part)
    words = (part[:cut.start()] if cut else part).split()
    if not words:
        return None
    lemmas = [models.lemma(w.lower()) for w in words[:3]]
    page = next((n for n, lem in enumerate(lemmas) if lem in PERSONAL_PAGE_NOUNS), None)
    if page is None:
        return " ".join(words)
    if any(not any(p.tag.POS == "ADJF" for p in models.parse(w.lower())) for w in words[:page]):
        return None  # "Новости канала ...": the page's noun opens the part, after its adjectives
    post = _genitive_post_in_nominative(words[page + 1:], models)
    return " ".join(post) if post else None


def _names_a_post(post: str, models: Models) -> bool:
    """Does one of the first words of ``post`` read as a post's head ("Первый заместитель
    ...")? A cheap look before the sentence rules read it."""
    return any(models.lemma(w.lower()) in POSITION_HEADS for w in post.split()[:3])


# one header read per (post, name): a channel's pages repeat its header, and the read runs
# the NLP on the short string "post Name." (the document's own analysis masks the header)
OFFICIAL_OF_CACHE = 1024


def _official_of(post: str, name: str, models: Models) -> Official | None:
    """The official "post Name." reads as with the sentence rules: "министр культуры Омской
    области Анна Котова." → ("министр культуры", "Министерство культуры Омской области").
    A fresh record each call, from the cached read (``_official_fields``)."""
    fields = _official_fields(post, name, models)
    if fields is None:
        return None
    found_name, position, organization, region, evidence = fields
    return Official(found_name, position, organization, region, Evidence(*evidence))


@lru_cache(maxsize=OFFICIAL_OF_CACHE)
def _official_fields(post: str, name: str, models: Models) -> tuple[
        str, str | None, str | None, str | None, tuple[str, int, int]] | None:
    """The fields of the official the sentence rules read in "post Name.", once per post,
    name and models: "министр культуры Омской области Анна Котова." → ("Анна Котова",
    "министр культуры", "Министерство культуры Омской области", …); None when they read
    none with a post."""
    analysis = models.analyse(f"{post} {name}.")
    parse_documents([analysis], models)
    found = next((o for o in find_officials(analysis, models)
                  if o.position and same_surname(o.name, name)), None)
    if found is None:
        return None
    ev = found.evidence
    return (found.name, found.position, found.organization, found.region,
            (ev.text, ev.start, ev.end))


def channel_author(analysis: Analysis, models: Models,
                   officials: list[Official]) -> Official | None:
    """off45 channel_author: the author a channel's title line names ("Олег Сомов | Соцзащита
    края", ``signers.header_author``) with the post its header says, after the bar ("Олег
    Сомов | Министр социальной защиты края") or on a header line below it ("министр
    социальной защиты края", "Официальный канал министра социальной защиты края"). None when
    the text names the author as an official already, or the header says no post."""
    stored = analysis.stored_aligned() or analysis.text
    lead = len(stored) - len(stored.lstrip())
    end = stored.find("\n", lead)
    end = len(stored) if end < 0 else end
    if end - lead > AUTHOR_LINE_MAX:
        return None
    m = header_author(stored[lead:end], models)
    if m is None:
        return None
    name = f"{m.group(1)} {m.group(2)}"
    if any(same_surname(o.name, name) for o in officials):
        return None
    for part, stop in _header_parts(stored, lead, end, lead + m.end()):
        post = _post_of_a_header_part(part, models)
        found = _official_of(post, name, models) if post and _names_a_post(post, models) \
            else None
        if found is not None:
            found.evidence = Evidence(stored[lead:stop], lead, stop)
            return found
    return None
