"""The record contract: plain dataclasses that serialise to the documented JSON shape.

Every record carries evidence offsets into the stored text so that a reader can check
each fact; ids derive from content so re-ingesting the same text changes nothing.
The JSON Schema in ``soccoop/schema/record.schema.json`` documents the same shape.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

# 2: Record.outlet; anchored dates (DateRef.anchored/stated, Agreement.date_anchored)
# 3: Agreement.date_from_published (an undated signing dated by its publication day)
SCHEMA_VERSION = 3
STATUSES = ("signed", "planned", "mentioned")
# How strong a report of an agreement is: a signing beats a plan beats a mention. The one
# ranking used by extraction (merging mentions in a text) and identity (across texts).
STATUS_RANK = {"signed": 3, "planned": 2, "mentioned": 1}


def strongest(statuses: Iterable[str]) -> str:
    """The strongest of some statuses (``mentioned`` when there are none)."""
    return max(statuses, key=lambda s: STATUS_RANK.get(s, 0), default="mentioned")


@dataclass(frozen=True)
class Evidence:
    text: str
    start: int
    end: int


@dataclass
class RegionRef:
    """A federal subject referred to in a document, with every mention."""

    code: str
    name: str
    mentions: list[Evidence] = field(default_factory=list)


@dataclass
class Party:
    name: str
    region: str | None = None  # region code the party belongs to, if known


@dataclass
class Agreement:
    title: str
    status: str
    date: str | None
    parties: list[Party]
    signatories: list[str]
    regions: list[str]
    evidence: Evidence
    subject: str | None = None
    id: str = ""
    # the date's year (or day) comes from the publication date, not from the text
    date_anchored: bool = False
    # no report in the text dates this signing: ``date`` is the publication day standing in
    # (``publication_stand_in``); identity and the id treat it as no date
    date_from_published: bool = False

    def __post_init__(self) -> None:
        if not self.id:
            key = "|".join(
                [self.status, self.date or "", *sorted(p.name for p in self.parties),
                 str(self.evidence.start)]
            )
            self.id = "a" + hashlib.sha256(key.encode()).hexdigest()[:15]


@dataclass
class Official:
    name: str
    position: str | None
    organization: str | None
    region: str | None
    evidence: Evidence


@dataclass
class DateRef:
    value: str | None  # ISO 8601 at the text's precision; None when unresolvable
    text: str
    start: int
    end: int
    relative: bool = False
    # value computed from the publication date: a year for "26 октября", a day for "вчера"
    anchored: bool = False
    stated: str | None = None  # what the text itself states when anchored ("--10-26")


@dataclass
class Record:
    id: str
    source: str
    sha256: str
    title: str | None
    published: str | None
    # Where the article appeared: its URL's host or the dump's outlet field (archives);
    # None for files (readers then fall back to the source).
    outlet: str | None = None
    regions: list[RegionRef] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    schema_version: int = SCHEMA_VERSION
    # Space-joined lemmas of the content for full-text search; stored apart, not in the JSON.
    lemmas: str | None = field(default=None, repr=False, compare=False)
    # MinHash near-copy signature of the text, computed by the extraction worker so the
    # single store writer need not; stored apart, not in the JSON. None: not computed.
    minhash: list[int] | None = field(default=None, repr=False, compare=False)
    # The text's shingle hashes (``nearcopy.pack_hashes``), computed with the MinHash, so
    # the store's exact near-copy check need not shingle the text again (speed88); stored
    # nowhere, not in the JSON. None: not computed.
    shingles: bytes | None = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("lemmas", None)
        d.pop("minhash", None)
        d.pop("shingles", None)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Record:
        def ev(x: dict[str, Any]) -> Evidence:
            return Evidence(x["text"], x["start"], x["end"])

        return cls(
            id=d["id"],
            source=d["source"],
            sha256=d["sha256"],
            title=d.get("title"),
            published=d.get("published"),
            outlet=d.get("outlet"),
            regions=[
                RegionRef(r["code"], r["name"], [ev(m) for m in r.get("mentions", [])])
                for r in d.get("regions", [])
            ],
            agreements=[
                Agreement(
                    title=a["title"],
                    status=a["status"],
                    date=a.get("date"),
                    parties=[Party(p["name"], p.get("region")) for p in a.get("parties", [])],
                    signatories=list(a.get("signatories", [])),
                    regions=list(a.get("regions", [])),
                    evidence=ev(a["evidence"]),
                    subject=a.get("subject"),
                    id=a.get("id", ""),
                    date_anchored=a.get("date_anchored", False),
                    date_from_published=a.get("date_from_published", False),
                )
                for a in d.get("agreements", [])
            ],
            officials=[
                Official(o["name"], o.get("position"), o.get("organization"), o.get("region"),
                         ev(o["evidence"]))
                for o in d.get("officials", [])
            ],
            dates=[
                DateRef(x.get("value"), x["text"], x["start"], x["end"], x.get("relative", False),
                        x.get("anchored", False), x.get("stated"))
                for x in d.get("dates", [])
            ],
            schema_version=d.get("schema_version", SCHEMA_VERSION),
        )


# How tables and ``show`` mark a date that is the publication day standing in.
PUBLISHED_MARK = " (published)"


def shown_date(a: dict[str, Any]) -> str | None:
    """An agreement's date as people read it (tables, ``show``, the HTML report): a date the
    publication day stands in for says so, "2023-10-27 (published)"; JSON and CSV keep the
    plain value and the marker field."""
    date = a.get("date")
    return f"{date}{PUBLISHED_MARK}" if date and a.get("date_from_published") else date


def publication_stand_in(agreements: Iterable[Agreement], published: str | None) -> None:
    """The publication day stands in for the date of a signing the text does not date, as
    news-mode temporal taggers date by the document's creation time: "Министры подписали
    соглашение о сотрудничестве" in a report of 27 October 2023 is ``2023-10-27``, marked
    ``date_from_published``. Only a ``signed`` agreement with no date of its own (stated,
    relative or anchored) and only a publication date known to the day (a flash's dateline
    without its year, "ОМСК, 3 февраля", gives ``--02-03``); a plan or an
    earlier agreement mentioned is not signed on the day of the news. The id is made before
    (``__post_init__``), so the stand-in never changes it; the store-level merge
    (``identity``) reads such a date as no date. Idempotent: the record migration applies
    it to stored records."""
    day = re.match(r"\d{4}-\d\d-\d\d(?!\d)|--\d\d-\d\d$", published or "")
    if day is None:
        return
    for a in agreements:
        if a.status == "signed" and not a.date:
            a.date, a.date_from_published, a.date_anchored = day[0], True, False


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def document_id(sha256: str) -> str:
    """Content-derived id: the same text always gets the same id."""
    return "d" + sha256[:15]
