"""Cost of a signer pass on a page of many records, against a page of few in the same run.

    PYTHONPATH=src python benchmarks/bench_records.py [--records 10,50,100,200,400,800]
        [--people 5] [--repeat 3] [--reference-max 200]

``signer_shared.unsigned_record_bodies`` (signers66) reads every record's signers against
the people of one shared list of signers; round 71 left it asking, for each signer of
each record, every record of the page for the signer's body: records x signers x records.
quality72 asks the records once per body (``records_with_side``). For each number R of
records this builds an invented page of R signed records (two sides each, every record
signed by the P people of the list, as when one list of signers was given to every
record) and times the pass as it is and as round 71 wrote it (``unsigned_record_bodies_71``
below, kept as the reference the tests compare with; on pages of at most
``--reference-max`` records, as it takes minutes beyond). Printed: seconds of each, and the
cost per record of each over the cost per record of the smallest page (1.0 = linear), and
the calls of ``body_is_side`` each makes (a count, not blurred by the machine's load).
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from soccoop.extract.party_identity import body_is_side  # noqa: E402
from soccoop.extract.person_names import same_person  # noqa: E402
from soccoop.extract.signer_shared import (  # noqa: E402
    region_named_apart,
    unsigned_record_bodies,
)
from soccoop.models import Agreement, Evidence, Official, Party  # noqa: E402

# syllables of invented words, so that every body of the page has words of its own
SYLLABLES = ("ба", "ве", "ги", "до", "зу", "ка", "ле", "ми", "но", "пу", "ро", "са", "ту",
             "фе", "ха")
GIVEN = ("Анна", "Олег", "Ирина", "Пётр", "Мария", "Иван", "Ольга", "Сергей")


def unsigned_record_bodies_71(shared: list[Official], records: list[Agreement]) -> None:
    """The pass as round 71 left it (b72dev), the reference: for each signer of each record,
    every record of the page asked for the signer's body."""
    bodies = {o.name: o.organization for o in shared if o.organization}
    for a in records:
        sides = [p.name for p in a.parties]
        for n in list(a.signatories):
            m, body = next(((m, b) for m, b in bodies.items() if same_person(n, m)),
                           (n, None))
            if body is None or any(body_is_side(body, x) or region_named_apart(body, x)
                                   for x in sides):
                continue
            fits = [b for b in records if b is not a and any(
                body_is_side(body, p.name) for p in b.parties)]
            if len(fits) == 1 and not fits[0].signatories:
                a.signatories.remove(n)
                fits[0].signatories.append(m)


def words(n: int) -> list[str]:
    """``n`` invented words of three syllables, all different."""
    return ["".join(t).capitalize() for t in itertools.islice(
        itertools.product(SYLLABLES, repeat=3), n)]


def page(records: int, people: int) -> tuple[list[Official], list[Agreement]]:
    """An invented page: ``records`` signed records, the k-th between "Фонд «W_k»" and
    "Центр «V_k»", each signed by the ``people`` of one shared list (the head of the first
    records' funds: every list member's body is a side of one record, not the others')."""
    names = words(2 * records + people)
    shared = [Official(f"{GIVEN[i % len(GIVEN)]} {names[2 * records + i]}ов", "директор",
                       f"Фонд «{names[i]}»", None, Evidence("", 0, 1))
              for i in range(people)]
    out = [Agreement("Соглашение", "signed", None,
                     [Party(f"Фонд «{names[k]}»"), Party(f"Центр «{names[records + k]}»")],
                     [o.name for o in shared], [], Evidence("", k, k + 1))
           for k in range(records)]
    return shared, out


def timed(fn: Callable[[list[Official], list[Agreement]], None], records: int, people: int,
          repeat: int) -> float:
    """Best of ``repeat`` runs of the pass on a fresh page, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        shared, recs = page(records, people)
        t = time.perf_counter()
        fn(shared, recs)
        best = min(best, time.perf_counter() - t)
    return best


def side_calls(fn: Callable[[list[Official], list[Agreement]], None], records: int,
               people: int) -> int:
    """How many times the pass asks ``body_is_side`` on a fresh page: a count that load on
    the machine does not blur (the time of the smallest pages is mostly noise)."""
    import soccoop.extract.signer_shared as module

    count = 0
    real = body_is_side

    def counted(body: str, side: str) -> bool:
        nonlocal count
        count += 1
        return real(body, side)

    here = sys.modules[__name__]
    saved = module.body_is_side, here.body_is_side
    module.body_is_side = here.body_is_side = counted  # type: ignore[assignment]
    try:
        fn(*page(records, people))
    finally:
        module.body_is_side, here.body_is_side = saved  # type: ignore[assignment]
    return count


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n")[0],
        epilog="example: PYTHONPATH=src python benchmarks/bench_records.py --records 10,100,400 "
               "--reference-max 100")
    ap.add_argument("--records", default="10,50,100,200,400,800",
                    help="page sizes to time, comma-separated numbers of records")
    ap.add_argument("--people", type=int, default=5,
                    help="signers in the page's one shared list (each record gets them all)")
    ap.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    ap.add_argument("--reference-max", type=int, default=200,
                    help="time round 71's pass on pages of at most this many records")
    args = ap.parse_args()
    sizes = [int(x) for x in args.records.split(",")]
    # warm the caches (stems, names) on the largest page's words, so that every page reads
    # words seen before and the smallest page is no cheaper per record for it
    timed(unsigned_record_bodies, max(sizes), args.people, 1)
    print(f"{'records':>7} {'now s':>9} {'round71 s':>10} {'now/rec':>8} {'r71/rec':>8} "
          f"{'calls now':>10} {'calls r71':>10}")
    base_now = base_old = 0.0
    for r in sizes:
        now = timed(unsigned_record_bodies, r, args.people, args.repeat)
        old = timed(unsigned_record_bodies_71, r, args.people, args.repeat) \
            if r <= args.reference_max else 0.0
        if not base_now:
            base_now, base_old = now / r, old / r
        ref = f"{old:>10.4f} " if old else f"{'-':>10} "
        ref_rate = f"{old / r / base_old:>8.1f}" if old and base_old else f"{'-':>8}"
        calls = f"{side_calls(unsigned_record_bodies, r, args.people):>10} " + (
            f"{side_calls(unsigned_record_bodies_71, r, args.people):>10}" if old else f"{'-':>10}")
        print(f"{r:>7} {now:>9.4f} {ref}{now / r / base_now:>8.1f} {ref_rate} {calls}",
              flush=True)


if __name__ == "__main__":
    main()
