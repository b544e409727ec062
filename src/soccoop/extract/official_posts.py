"""off67: the officials' posts as written out in the records: small named passes run on the
records after the other organisation and post steps (``official_units``).

Each pass states its rule in general terms with a Russian example; ``POST_PASSES`` runs
them in order over one document's officials (linear in their number).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from soccoop.extract.lexicon_officials import POSITION_HEADS
from soccoop.extract.nlp import Models
from soccoop.extract.passes import Pass, named_passes
from soccoop.models import Official


@dataclass
class Posts:
    """One document's officials, as written out, and the models the passes read words with."""

    officials: list[Official]
    models: Models


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


POST_PASSES: tuple[Pass[Posts], ...] = named_passes(
    abbreviated_deputies_written_out,
)


def posts_written_out(officials: list[Official], models: Models) -> None:
    """Run ``POST_PASSES`` over one document's officials, in order."""
    state = Posts(officials, models)
    for p in POST_PASSES:
        p.run(state)
