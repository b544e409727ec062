"""Near-copy articles: the same text republished with small changes.

Pure functions (no store access); ``soccoop.store`` applies them when a document is stored.
5-word shingles, a 64-hash MinHash signature, 16 LSH bands of 4 hashes to find candidates
cheaply, then the exact shingle Jaccard decides (copy when >= 0.8). Candidates are grouped
by copy group (their first document) and a new document is compared with at most
``REPRESENTATIVES`` documents of each group, so the cost per document stays constant however
many copies the store holds.
"""

from __future__ import annotations

import hashlib
import re
import struct
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from typing import Any

from soccoop.names import fold

SHINGLE = 5
NUM_HASHES = 64
BANDS = 16
COPY_THRESHOLD = 0.8
# documents of one copy group indexed for LSH and compared with a new document
REPRESENTATIVES = 3
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


def jaccard(a: AbstractSet[Any], b: AbstractSet[Any]) -> float:
    """|a & b| / |a | b|; the union's size is counted, not built (speed83: the store's
    near-copy check compares every new text with its candidates' shingle sets)."""
    if not a and not b:
        return 0.0
    both = len(a & b)
    return both / (len(a) + len(b) - both)


def _h64(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "little")


def shingle_hashes(text: str) -> list[int]:
    """The text's shingles as the hashes the MinHash reads (``_h64`` mod the prime), one per
    shingle: stable across processes (unlike ``hash``), so an extraction worker computes
    them once, for its signature (``minhash_of``) and for the store's exact Jaccard
    (``pack_hashes``), and the writer does not shingle the text again (speed88)."""
    return [_h64(s) % _PRIME for s in shingles(text)]


def pack_hashes(hs: Iterable[int]) -> bytes:
    """Shingle hashes as bytes (8 each): cheap to pass from a worker to the writer."""
    from array import array

    return array("Q", hs).tobytes()


def unpack_hashes(blob: bytes) -> frozenset[int]:
    """The set ``pack_hashes`` packed."""
    from array import array

    got = array("Q")
    got.frombytes(blob)
    return frozenset(got)


def minhash(sh: Iterable[str]) -> list[int] | None:
    """The MinHash signature of a shingle set (None for an empty set)."""
    return minhash_of([_h64(s) % _PRIME for s in sh])


def minhash_of(hs: Sequence[int]) -> list[int] | None:
    """The MinHash signature of a set of shingle hashes (``shingle_hashes``); None for none."""
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
