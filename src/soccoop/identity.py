"""Agreement identity across documents: which reports describe one signing.

Many documents report one agreement: outlets republish an agency item, a later article
mentions an earlier signing. Reports are the same agreement when

* their parties are compatible: the same set of party regions (or strongly overlapping
  party names when a report has no regions), and, region by region, at least one body in
  common ("министерство", "департамент", "правительство", ...). Two bodies of one region in
  one report are two parties, not a conflict; a government's agreement and a ministry's
  agreement between the same regions are two agreements;
* their dates are compatible (a signing reported without a date takes its publication
  year: a republished copy appears days later);
* their subjects do not differ ("в сфере социальной защиты" vs "в области образования");
* their partners without a region do not differ: a region's agreement with a university and
  its agreement with a charity fund are two, though their party regions are the same;
* they come from different documents: the agreements one text reports were already told
  apart by the extractor ("подписаны соглашения: 1) с фондом …; 2) с университетом …").

Clusters are complete-link without re-reading their reports: each keeps what every report
of it agrees on (the merged date, the bodies common to all reports per region), so adding a
report costs the same however many reports a cluster has. Candidate clusters come from an
index by party regions and year (and by party name for reports without regions), never from
all pairs. Pure functions over plain rows, so they can be tested on hand-made tables.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from soccoop import isodate
from soccoop.models import STATUS_RANK, strongest
from soccoop.names import fold, name_key, stem, words

__all__ = ["STATUS_RANK", "Identity", "body", "canonical_parties", "effective_date",
           "identify", "outlet_of", "party_key", "strongest", "subject_words"]

# words every agreement title may carry; what remains is its subject
_GENERIC = {stem(w) for w in (
    "соглашение соглашения о об в во по и на с со между сотрудничестве сотрудничество "
    "взаимодействии взаимодействие сфере области меморандум договор программа план "
    "партнерстве межрегиональном межрегиональное дальнейшем рамках").split()}
# the word that says what kind of body a party is
_ORG_HEADS = {stem(w) for w in (
    "министерство департамент управление комитет правительство администрация агентство "
    "служба фонд центр аппарат губернатор мэрия палата дума совет инспекция институт "
    "университет").split()}


# Names and titles repeat across the reports of one agreement (republished copies): the
# stems of each are computed once.
@lru_cache(maxsize=1 << 16)
def subject_words(title: str | None, subject: str | None = None) -> frozenset[str]:
    """Stems of the title beyond "соглашение о сотрудничестве" (the agreement's subject)."""
    text = " ".join(x for x in (title, subject) if x)
    return frozenset(stem(w) for w in words(text) if not w.isdigit()) - _GENERIC


@lru_cache(maxsize=1 << 16)
def party_key(name: str) -> str:
    """Normalised party name: folded word stems, punctuation and quotes dropped."""
    return " ".join(stem(w) for w in words(name))


# compound abbreviations that start a party's name: "Минсоцзащиты", "Минтруд", "Депсоцразвития"
_HEAD_PREFIXES = (("мин", stem("министерство")), ("деп", stem("департамент")))


@lru_cache(maxsize=1 << 16)
def body(name: str) -> str | None:
    """The kind of body a party is: the stem of its first head word ("Столичный
    Департамент труда" -> "департамент", "Минсоцзащиты РТ" -> "министерств"); None for a
    region named alone ("Костромская область")."""
    ws = words(name)
    for w in ws:
        s = stem(w)
        if s in _ORG_HEADS:
            return s
    if ws:
        first = ws[0]
        for prefix, head in _HEAD_PREFIXES:
            if first.startswith(prefix) and len(first) >= 6:
                return head
    return None


def own_date(row: dict[str, Any]) -> str | None:
    """The date a report's text gives its agreement; a publication day standing in for an
    undated signing (``date_from_published``) is no date of its own."""
    if row.get("date") and not row.get("date_from_published"):
        return str(row["date"])
    return None


def effective_date(row: dict[str, Any]) -> str | None:
    """The agreement's own date; a signing reported without one: its publication year.

    Only the year, because a republished copy of the report appears days later (two
    reports of one signing, a day apart, each dated by its page, stay one agreement).
    """
    if own_date(row):
        return own_date(row)
    if row.get("status") == "signed" and row.get("published"):
        return isodate.parts(str(row["published"]))[0]
    return None


def outlet_of(source: str | None, outlet: str | None = None) -> str:
    """Where a report comes from: the record's outlet when it names one, else the host of a
    URL source, else the file's directory (an archive gathered per site)."""
    if outlet:
        return outlet
    src = source or ""
    if "://" in src:
        host = urlsplit(src).hostname
        if host:
            return host.removeprefix("www.")
    if src in ("", "-"):
        return "-"  # standard input
    return os.path.dirname(src) or "."


def canonical_parties(parties: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One party per body and region (the fullest name kept), in order of first mention.

    "Министерство социальной защиты РТ" and "Министерство труда, занятости и социальной
    защиты РТ" reported for one agreement are one party; a party without a region or a
    body is kept apart by its normalised name."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for p in parties:
        name = p.get("name") or ""
        region, b = p.get("region"), body(name)
        key = (region, b) if region and b else (region or "", "=" + party_key(name))
        cur = out.get(key)
        if cur is None:
            out[key] = {"name": name, "region": region}
        elif (len(words(name)), len(name)) > (len(words(cur["name"])), len(cur["name"])):
            cur["name"] = name
    return list(out.values())


@dataclass(frozen=True)
class _Features:
    """What identity compares of one report, computed once."""

    regions: frozenset[str]
    names: frozenset[str]
    subject: frozenset[str]
    date: str | None
    bodies: dict[str, frozenset[str]]
    unplaced: frozenset[str]  # content stems of the parties that have no region
    document: str | None

    @classmethod
    def of(cls, row: dict[str, Any]) -> _Features:
        parties = row.get("parties") or ()
        bodies: dict[str, set[str]] = {}
        for p in parties:
            b = body(p.get("name") or "")
            if p.get("region") and b:
                bodies.setdefault(p["region"], set()).add(b)
        return cls(frozenset(row.get("regions") or ()),
                   frozenset(party_key(p["name"]) for p in parties),
                   subject_words(row.get("title"), row.get("subject")),
                   effective_date(row), {r: frozenset(b) for r, b in bodies.items()},
                   frozenset(st for p in parties if not p.get("region")
                             for st in _content_stems(p.get("name") or "")),
                   row.get("document"))


def _content_stems(name: str) -> set[str]:
    """Stems of a name's words that say which body it is (not "фонд", "университет")."""
    return {s for w in words(name) if len(w) > 2 and (s := stem(w)) not in _ORG_HEADS}


def _names_overlap(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> bool:
    """Strong overlap: the smaller set of normalised names lies within the larger one."""
    if not a or not b:
        return False
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return small <= large and len(small) >= min(2, len(large))


def _subjects_differ(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> bool:
    if not a or not b:
        return False
    return len(a & b) / min(len(a), len(b)) < 0.5


def _year(date: str | None) -> str | None:
    return isodate.parts(date)[0] if date else None


class _Cluster:
    """One agreement: its reports and what all of them agree on."""

    def __init__(self, row: dict[str, Any], feat: _Features) -> None:
        self.rows = [row]
        self.regions = feat.regions
        self.names = set(feat.names)
        self.subject = set(feat.subject)
        self.date = feat.date
        self.bodies = dict(feat.bodies)  # region -> bodies common to every report naming one
        self.unplaced = set(feat.unplaced)
        self.documents = {feat.document}

    def accepts(self, feat: _Features) -> bool:
        same_parties = (bool(feat.regions) and feat.regions == self.regions) or (
            _names_overlap(feat.names, self.names)
            and (not feat.regions or not self.regions or feat.regions == self.regions)
        )
        if not same_parties or feat.document is not None and feat.document in self.documents:
            return False
        if feat.unplaced and self.unplaced and not feat.unplaced & self.unplaced:
            return False
        if not isodate.compatible(feat.date, self.date):
            return False
        if _subjects_differ(feat.subject, self.subject):
            return False
        return all(not (common := self.bodies.get(r)) or bool(bs & common)
                   for r, bs in feat.bodies.items())

    def add(self, row: dict[str, Any], feat: _Features) -> None:
        self.rows.append(row)
        self.names |= feat.names
        self.unplaced |= feat.unplaced
        self.documents.add(feat.document)
        self.subject |= feat.subject
        self.date = isodate.merge(self.date, feat.date)
        for r, bs in feat.bodies.items():
            common = self.bodies.get(r)
            self.bodies[r] = bs & common if common else bs

    def merged(self) -> dict[str, Any]:
        rows = self.rows
        date: str | None = None
        for r in rows:
            date = isodate.merge(date, own_date(r))
        # the record says how the date is known: anchored to a publication day (a text's
        # "26 октября" in an article of 27.10.2023), or only the reports' publication dates
        anchored = date is not None and any(r.get("date_anchored") for r in rows
                                            if own_date(r))
        from_published = False
        if date is None:  # a signing reported without its date: publication dates
            date = _published_stand_in(rows)
            from_published = date is not None
        titled = max(rows, key=lambda r: (STATUS_RANK.get(r.get("status", ""), 0),
                                          len(r.get("title") or "")))
        signatories: list[str] = []
        seen: set[str] = set()
        for r in rows:
            for s in r.get("signatories") or ():
                k = name_key(s) or fold(s)
                if k not in seen:
                    seen.add(k)
                    signatories.append(s)
        sources = [
            {"document": r.get("document"), "source": r.get("source"),
             "outlet": outlet_of(r.get("source"), r.get("outlet")), "agreement": r.get("id"),
             "status": r.get("status"), "date": r.get("date"),
             "date_from_published": bool(r.get("date_from_published")),
             "published": r.get("published"), "copy_of": r.get("copy_of"),
             "evidence": r.get("evidence")}
            for r in rows
        ]
        return {
            "id": min(str(r.get("id", "")) for r in rows),
            "title": titled.get("title"),
            "subject": titled.get("subject"),
            "status": strongest(r.get("status", "mentioned") for r in rows),
            "date": date,
            "date_anchored": anchored,
            "date_from_published": from_published,
            "parties": canonical_parties(p for r in rows for p in r.get("parties") or ()),
            "signatories": signatories,
            "regions": sorted({c for r in rows for c in r.get("regions") or ()}),
            "reports": len({s["document"] for s in sources}),
            "outlets": len({s["outlet"] for s in sources}),
            "copies": len({s["document"] for s in sources if s["copy_of"]}),
            "sources": sources,
        }


def _published_stand_in(rows: list[dict[str, Any]]) -> str | None:
    """The date of a signing no report dates: the earliest publication day its reports
    stand in with, a day with its year first (``models.publication_stand_in``; the first
    report is nearest the signing), else, for reports whose page gives no day, the
    publication year."""
    days = [str(r["date"]) for r in rows if r.get("date") and r.get("date_from_published")]
    if days:  # a day with its year before a dateline's day without one
        return min(days, key=lambda d: (d.startswith("--"), d))
    date: str | None = None
    for r in rows:
        date = isodate.merge(date, effective_date(r))
    return date


class Identity:
    """Reports added one at a time; each joins the first agreement it is compatible with
    (complete link), or starts a new one. Cost per report: the candidate clusters of its
    region set and year, not every cluster."""

    def __init__(self) -> None:
        self.clusters: list[_Cluster] = []
        self._by_key: dict[tuple[frozenset[str], str | None], set[int]] = {}
        self._years: dict[frozenset[str], set[str | None]] = {}
        self._by_name: dict[str, set[int]] = {}  # every cluster, by party name
        self._by_name_unplaced: dict[str, set[int]] = {}  # clusters without regions

    def _candidates(self, feat: _Features) -> set[int]:
        cand: set[int] = set()
        if feat.regions:
            year = _year(feat.date)
            years = (year, None) if year else self._years.get(feat.regions, set())
            for y in years:
                cand |= self._by_key.get((feat.regions, y), set())
        names = self._by_name if not feat.regions else self._by_name_unplaced
        for n in feat.names:
            cand |= names.get(n, set())
        return cand

    def _index(self, i: int) -> None:
        """(Re-)index a cluster after a change: its year may now be known, names added."""
        c = self.clusters[i]
        if c.regions:
            year = _year(c.date)
            self._by_key.setdefault((c.regions, year), set()).add(i)
            self._years.setdefault(c.regions, set()).add(year)
        for n in c.names:
            self._by_name.setdefault(n, set()).add(i)
            if not c.regions:
                self._by_name_unplaced.setdefault(n, set()).add(i)

    def add(self, row: dict[str, Any]) -> int:
        """Place one report; return the index of its agreement."""
        feat = _Features.of(row)
        target = next((i for i in sorted(self._candidates(feat))
                       if self.clusters[i].accepts(feat)), None)
        if target is None:
            target = len(self.clusters)
            self.clusters.append(_Cluster(row, feat))
        else:
            self.clusters[target].add(row, feat)
        self._index(target)
        return target

    def agreements(self) -> list[dict[str, Any]]:
        """The merged view of every agreement, in order of its first report.

        An agreement's id is the smallest id of its reports. Report ids derive from what a
        text says, so two texts can give one id to reports of two agreements; the later
        agreement then gets an id derived from its first document, so ids stay unique."""
        out = [c.merged() for c in self.clusters]
        used: set[str] = set()
        for a in out:
            if a["id"] in used:
                key = f'{a["id"]}|{a["sources"][0]["document"]}'
                a["id"] = "a" + hashlib.sha256(key.encode()).hexdigest()[:15]
            used.add(a["id"])
        return out


def identify(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per distinct agreement, with every report of it in ``sources``.

    Rows are agreement records plus ``document``, ``source`` and optionally ``published``,
    ``copy_of`` and ``outlet``. The merged entry has the strongest status, the best-known
    date, parties one per body and region, and three counts kept apart (as GDELT's
    NumArticles / NumSources): ``reports`` (documents), ``outlets`` (distinct origins) and
    ``copies`` (reports that republish another stored text).
    """
    ident = Identity()
    for row in rows:
        ident.add(row)
    return ident.agreements()
