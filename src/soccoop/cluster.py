"""Recognising the same thing reported twice: near-copy articles and repeated agreements.

Pure functions (no store access) so that they can be tested on tables of hand-made rows.

* Near copies: 5-word shingles, a 64-hash MinHash signature, 16 LSH bands of 4 hashes to find
  candidates cheaply, then the exact shingle Jaccard decides (copy when >= 0.8).
* Agreements: reports are the same agreement when their parties are the same (same set of
  party regions, or strongly overlapping normalised party names), their dates and statuses
  are compatible and their subjects do not differ.
"""

from __future__ import annotations

import hashlib
import re
import struct
from collections.abc import Iterable, Sequence
from typing import Any

from soccoop import isodate
from soccoop.names import fold, name_key, stem, words

SHINGLE = 5
NUM_HASHES = 64
BANDS = 16
COPY_THRESHOLD = 0.8
_PRIME = (1 << 61) - 1
_MASK = (1 << 64) - 1


def _coeffs() -> list[tuple[int, int]]:
    """Fixed (a, b) pairs for the universal hash family: stable across runs and machines."""
    out = []
    for i in range(NUM_HASHES):
        h = hashlib.blake2b(f"soccoop-minhash-{i}".encode(), digest_size=16).digest()
        a, b = struct.unpack("<QQ", h)
        out.append(((a % (_PRIME - 1)) + 1, b % _PRIME))
    return out


_COEFFS = _coeffs()
_WORDS = re.compile(r"\w+")


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    """Word k-shingles of the folded text; a short text is one shingle; empty -> empty."""
    toks = _WORDS.findall(fold(text))
    if not toks:
        return set()
    if len(toks) <= k:
        return {" ".join(toks)}
    return {" ".join(toks[i:i + k]) for i in range(len(toks) - k + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)


def _h64(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "little")


def minhash(sh: Iterable[str]) -> list[int] | None:
    """The MinHash signature of a shingle set (None for an empty set)."""
    hs = [_h64(s) % _PRIME for s in sh]
    if not hs:
        return None
    if len(hs) < 16:  # numpy's set-up costs more than it saves
        return _minhash_py(hs)
    return _minhash_np(hs)


def _minhash_py(hs: Sequence[int]) -> list[int]:
    """The reference computation (exact integer arithmetic)."""
    return [min((a * x + b) % _PRIME for x in hs) & _MASK for a, b in _COEFFS]


_M31 = (1 << 31) - 1
_M30 = (1 << 30) - 1
_CHUNK = 8192  # shingles per step: bounds the 64 x chunk temporaries (4 MB each)


def _minhash_np(hs: Sequence[int]) -> list[int]:
    """Same values as ``_minhash_py``, vectorised (the store writer's main cost in pure
    Python). (a*x + b) mod 2^61-1 without 128-bit products: a and x split into 31-bit
    halves, every partial product fits in 64 bits, and 2^61 = 1 folds the high parts."""
    import numpy as np  # lazy: the CLI's light commands must not load numpy

    p = np.uint64(_PRIME)
    s61, s31, s30 = np.uint64(61), np.uint64(31), np.uint64(30)
    m31, m30 = np.uint64(_M31), np.uint64(_M30)
    a = np.array([c[0] for c in _COEFFS], dtype=np.uint64)[:, None]
    b = np.array([c[1] for c in _COEFFS], dtype=np.uint64)[:, None]
    ah, al = a >> s31, a & m31  # a < 2^61: ah < 2^30, al < 2^31

    def reduce(v: Any) -> Any:  # v < 2^64 -> v mod p
        v = (v & p) + (v >> s61)
        v = (v & p) + (v >> s61)
        return np.where(v >= p, v - p, v)

    xs = np.array(hs, dtype=np.uint64)
    best = np.full(NUM_HASHES, _MASK, dtype=np.uint64)
    for i in range(0, len(xs), _CHUNK):
        x = xs[None, i:i + _CHUNK]
        xh, xl = x >> s31, x & m31
        mid = ah * xl + al * xh  # < 2^62; mid * 2^31 = (mid >> 30) * 2^61 + (mid & m30) * 2^31
        v = reduce(np.uint64(2) * (ah * xh) + (mid >> s30) + ((mid & m30) << s31) + al * xl)
        v = reduce(v + b)
        np.minimum(best, v.min(axis=1), out=best)
    return [int(v) for v in best]


def pack(sig: Sequence[int]) -> bytes:
    return struct.pack(f"<{len(sig)}Q", *sig)


def unpack(blob: bytes) -> list[int]:
    return list(struct.unpack(f"<{len(blob) // 8}Q", blob))


def bands(sig: Sequence[int], n_bands: int = BANDS) -> list[str]:
    """LSH band keys: documents sharing one are copy candidates."""
    rows = len(sig) // n_bands
    return [
        f"{i}:" + hashlib.blake2b(pack(sig[i * rows:(i + 1) * rows]), digest_size=8).hexdigest()
        for i in range(n_bands)
    ]


def estimate(a: Sequence[int], b: Sequence[int]) -> float:
    """Signature estimate of the Jaccard similarity."""
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a) if a else 0.0


# -- agreements ---------------------------------------------------------------------------

STATUS_RANK = {"signed": 3, "planned": 2, "mentioned": 1}
# words every agreement title may carry; what remains is its subject
_GENERIC = {stem(w) for w in (
    "соглашение соглашения о об в во по и на с со между сотрудничестве сотрудничество "
    "взаимодействии взаимодействие сфере области меморандум договор программа план "
    "партнерстве межрегиональном межрегиональное дальнейшем рамках").split()}
_ORG_HEADS = {stem(w) for w in (
    "министерство департамент управление комитет правительство администрация агентство "
    "служба фонд центр аппарат губернатор мэрия палата дума совет").split()}


def strongest(statuses: Iterable[str]) -> str:
    return max(statuses, key=lambda s: STATUS_RANK.get(s, 0), default="mentioned")


def subject_words(title: str | None, subject: str | None = None) -> set[str]:
    """Stems of the title beyond "соглашение о сотрудничестве" (the agreement's subject)."""
    text = " ".join(x for x in (title, subject) if x)
    return {stem(w) for w in words(text) if not w.isdigit()} - _GENERIC


def party_key(name: str) -> str:
    """Normalised party name: folded word stems, punctuation and quotes dropped."""
    return " ".join(stem(w) for w in words(name))


def _head(name: str) -> str | None:
    ws = words(name)
    if ws and stem(ws[0]) in _ORG_HEADS:
        return stem(ws[0])
    return None


def _parties_conflict(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> bool:
    """Two reports naming different bodies of the same region (a government vs a ministry)."""
    for pa in a:
        for pb in b:
            if pa.get("region") and pa.get("region") == pb.get("region"):
                ha, hb = _head(pa["name"]), _head(pb["name"])
                if ha and hb and ha != hb:
                    return True
    return False


def _names_overlap(a: set[str], b: set[str]) -> bool:
    """Strong overlap: the smaller set of normalised names lies within the larger one."""
    if not a or not b:
        return False
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return small <= large and len(small) >= min(2, len(large))


def _subjects_differ(a: set[str], b: set[str]) -> bool:
    if not a or not b:
        return False
    return len(a & b) / min(len(a), len(b)) < 0.5


def effective_date(row: dict[str, Any]) -> str | None:
    """The agreement's own date; a signing reported without one: its publication year.

    Only the year, because a republished copy of the report appears days later.
    """
    if row.get("date"):
        return str(row["date"])
    if row.get("status") == "signed" and row.get("published"):
        year = isodate.parts(str(row["published"]))[0]
        return year
    return None


class _Cluster:
    def __init__(self, row: dict[str, Any]) -> None:
        self.rows = [row]
        self.regions = frozenset(row.get("regions") or ())
        self.names = {party_key(p["name"]) for p in row.get("parties") or ()}
        self.subject = subject_words(row.get("title"), row.get("subject"))
        self.date = effective_date(row)

    def accepts(self, row: dict[str, Any]) -> bool:
        regions = frozenset(row.get("regions") or ())
        names = {party_key(p["name"]) for p in row.get("parties") or ()}
        same_parties = (bool(regions) and regions == self.regions) or (
            _names_overlap(names, self.names)
            and (not regions or not self.regions or regions == self.regions)
        )
        if not same_parties:
            return False
        date = effective_date(row)
        if not all(isodate.compatible(date, effective_date(r)) for r in self.rows):
            return False
        if _subjects_differ(subject_words(row.get("title"), row.get("subject")), self.subject):
            return False
        parties = row.get("parties") or []
        return not any(_parties_conflict(parties, r.get("parties") or []) for r in self.rows)

    def add(self, row: dict[str, Any]) -> None:
        self.rows.append(row)
        self.names |= {party_key(p["name"]) for p in row.get("parties") or ()}
        self.subject |= subject_words(row.get("title"), row.get("subject"))
        self.date = isodate.merge(self.date, effective_date(row))

    def merged(self) -> dict[str, Any]:
        rows = self.rows
        date: str | None = None
        for r in rows:
            date = isodate.merge(date, r.get("date"))
        if date is None:  # a signing reported without its date: publication dates
            for r in rows:
                date = isodate.merge(date, effective_date(r))
        status = strongest(r.get("status", "mentioned") for r in rows)
        titled = max(rows, key=lambda r: (STATUS_RANK.get(r.get("status", ""), 0),
                                          len(r.get("title") or "")))
        parties: list[dict[str, Any]] = []
        seen: set[str] = set()
        for r in rows:
            for p in r.get("parties") or ():
                k = party_key(p["name"])
                if k not in seen:
                    seen.add(k)
                    parties.append({"name": p["name"], "region": p.get("region")})
        signatories: list[str] = []
        seen = set()
        for r in rows:
            for s in r.get("signatories") or ():
                k = name_key(s) or fold(s)
                if k not in seen:
                    seen.add(k)
                    signatories.append(s)
        regions = sorted({c for r in rows for c in r.get("regions") or ()})
        sources = [
            {"document": r.get("document"), "source": r.get("source"), "agreement": r.get("id"),
             "status": r.get("status"), "date": r.get("date"),
             "published": r.get("published"), "copy_of": r.get("copy_of"),
             "evidence": r.get("evidence")}
            for r in rows
        ]
        return {
            "id": min(str(r.get("id", "")) for r in rows),
            "title": titled.get("title"),
            "subject": titled.get("subject"),
            "status": status,
            "date": date,
            "parties": parties,
            "signatories": signatories,
            "regions": regions,
            "reports": len(rows),
            "sources": sources,
        }


def dedupe_agreements(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per distinct agreement, with every report of it in ``sources``.

    Rows are agreement records plus ``document``, ``source`` and optionally ``published``
    and ``copy_of``. Clusters are complete-link: a report joins the first cluster all of
    whose reports it agrees with. Output order: by each agreement's first report.
    """
    clusters: list[_Cluster] = []
    by_region: dict[frozenset[str], list[int]] = {}
    by_name: dict[str, list[int]] = {}
    for row in rows:
        regions = frozenset(row.get("regions") or ())
        names = {party_key(p["name"]) for p in row.get("parties") or ()}
        cand: set[int] = set(by_region.get(regions, [])) if regions else set()
        for n in names:
            cand.update(by_name.get(n, []))
        target = next((i for i in sorted(cand) if clusters[i].accepts(row)), None)
        if target is None:
            target = len(clusters)
            clusters.append(_Cluster(row))
            if regions:
                by_region.setdefault(regions, []).append(target)
        else:
            clusters[target].add(row)
        for n in names:
            lst = by_name.setdefault(n, [])
            if target not in lst:
                lst.append(target)
    return [c.merged() for c in clusters]
