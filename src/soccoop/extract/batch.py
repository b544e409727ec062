"""Many documents through the pipeline with one batched NLP pass.

``pipeline.extract`` handles one document; here the masked texts of a whole batch go through
``Models.analyse_many`` together (length-sorted batches are much faster in slovnet), then
each document gets the same per-document steps (``pipeline.extract_from_analysis``). A
failure in one document never costs the others their records.
"""

from __future__ import annotations

from dataclasses import dataclass

from soccoop.extract.nlp import Analysis, Models
from soccoop.models import Record


@dataclass
class Item:
    """One document to extract: its text, where it came from, metadata the reader found."""

    text: str
    source: str
    title: str | None = None
    published: str | None = None  # from markup (HTML meta, JSON-LD): wins over the text
    fallback_published: str | None = None  # a collection's date field: when nothing else


def extract_many(items: list[Item], models: Models) -> list[Record | Exception]:
    """A record, or the exception that stopped it, for each item in order."""
    from soccoop.extract.boilerplate import mask_boilerplate
    from soccoop.extract.pipeline import extract_from_analysis

    out: list[Record | Exception | None] = [None] * len(items)
    masked: dict[int, str] = {}
    for i, item in enumerate(items):
        try:
            masked[i] = mask_boilerplate(item.text)
        except Exception as e:  # one bad document must not stop the batch
            out[i] = e
    keys = list(masked)
    analyses: dict[int, Analysis | Exception] = {}
    try:
        analyses.update(zip(keys, models.analyse_many([masked[i] for i in keys]), strict=True))
    except Exception:
        for i in keys:  # find the culprit: analyse one by one
            try:
                analyses[i] = models.analyse(masked[i])
            except Exception as e:
                analyses[i] = e
    from soccoop.extract.syntax import parse_documents

    good = [i for i in keys if not isinstance(analyses[i], Exception)]
    try:
        parse_documents([analyses[i] for i in good], models)  # type: ignore[misc]
    except Exception:
        for i in good:  # find the culprit: parse one by one
            try:
                parse_documents([analyses[i]], models)  # type: ignore[list-item]
            except Exception as e:
                analyses[i] = e
    for i in keys:
        analysis = analyses[i]
        if isinstance(analysis, Exception):
            out[i] = analysis
            continue
        item = items[i]
        try:
            out[i] = extract_from_analysis(item.text, masked[i], analysis, item.source, models,
                                           title=item.title, published=item.published,
                                           fallback_published=item.fallback_published)
        except Exception as e:
            out[i] = e
    return [r if r is not None else RuntimeError("not extracted") for r in out]
