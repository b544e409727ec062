"""The per-document time budget runs on one watchdog thread per process (speed38): no thread
per block, every block still interrupted on time and in its own thread only."""

import threading
import time

import pytest

from soccoop.extract.batch import ExtractionTimeout, time_budget


def _busy(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_many_blocks_start_no_thread_each():
    with time_budget(30):
        pass  # the watchdog exists from here on
    before = threading.active_count()
    for _ in range(200):
        with time_budget(30):
            sum(range(100))
    assert threading.active_count() == before


@pytest.mark.parametrize("short, long", [(0.2, 30.0), (0.3, 20.0)])
def test_each_thread_gets_its_own_budget(short, long):
    """A short budget fires in its own thread; a long one running at the same time in
    another thread lets its work finish."""
    outcome: dict[str, str] = {}

    def run(name: str, budget: float, work: float) -> None:
        try:
            with time_budget(budget):
                _busy(work)
            outcome[name] = "finished"
        except ExtractionTimeout as e:
            outcome[name] = str(e)

    threads = [threading.Thread(target=run, args=("short", short, 3.0)),
               threading.Thread(target=run, args=("long", long, 0.6))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    assert outcome == {"short": f"extraction took longer than {short:g} s",
                       "long": "finished"}


def test_a_block_after_a_fired_one_is_timed_again():
    """The watchdog survives a fired budget: the next block is interrupted too, and one
    that ends in time is not."""
    for _ in range(2):
        with pytest.raises(ExtractionTimeout), time_budget(0.1):
            _busy(3.0)
    with time_budget(5):
        _busy(0.05)


def test_an_earlier_deadline_than_the_pending_one_still_fires_first():
    """A long block waits on the watchdog; a nested short one must not wait for it."""
    start = time.monotonic()
    with time_budget(30):
        with pytest.raises(ExtractionTimeout), time_budget(0.2):
            _busy(5.0)
    assert time.monotonic() - start < 3.0
