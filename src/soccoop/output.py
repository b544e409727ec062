"""One renderer for every command: a rich table for people, JSON Lines for pipes.

``--format`` defaults to ``table`` when stdout is a terminal and ``jsonl`` otherwise. Machine
formats never truncate; tables cut long cells so they stay readable.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import click

FORMATS = ("table", "json", "jsonl", "csv")


def output_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Shared ``--format`` option; commands receive ``fmt`` (resolved, never None)."""

    @click.option(
        "--format", "fmt", type=click.Choice(FORMATS), default=None,
        help="Output format [default: table on a terminal, jsonl otherwise].",
    )
    @functools.wraps(func)
    def wrapper(*args: Any, fmt: str | None, **kwargs: Any) -> Any:
        return func(*args, fmt=fmt or default_format(), **kwargs)

    return wrapper


def default_format() -> str:
    return "table" if sys.stdout.isatty() else "jsonl"


def dumps(obj: Any, indent: int | None = None) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=indent)


def _cell(value: Any, sep: str = "; ") -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return sep.join(_cell(v) for v in value)
    if isinstance(value, dict):
        return dumps(value)
    return str(value)


# A text column gets at least this width (its longest word, within these bounds): narrower,
# drop a column instead.
MIN_TEXT_WIDTH = 12
MAX_WORD_WIDTH = 20
# Values this short (ids, dates, codes, counts) are never cut or wrapped.
KEEP_WHOLE = 24


def _lines(value: Any) -> list[str]:
    """A table cell's lines: list items one per line, marked "• " when there are several."""
    if isinstance(value, list | tuple) and len(value) > 1:
        return ["• " + _cell(v) for v in value]
    return _cell(value, "\n").split("\n")


def fit_columns(rows: list[dict[str, Any]], cols: list[str], width: int
                ) -> dict[str, int]:
    """The columns that fit ``width`` characters, in order, with the width of each.

    A short column (ids, dates, codes: every value at most ``KEEP_WHOLE``) is never cut; a
    text column gets at least its longest word (between ``MIN_TEXT_WIDTH`` and
    ``MAX_WORD_WIDTH``; longer words are cut with "…", never broken). Columns are dropped from
    the right of ``cols`` (least important last) until the minimums fit; the space left goes
    to the text columns that need it.
    """
    natural: dict[str, int] = {}
    mins: dict[str, int] = {}
    for c in cols:
        lines = [line for r in rows for line in _lines(r.get(c))]
        longest = max([len(c)] + [len(line) for line in lines])
        natural[c] = longest
        if longest <= KEEP_WHOLE:
            mins[c] = longest
        else:
            word = max((len(w) for line in lines for w in line.split()), default=0)
            mins[c] = max(MIN_TEXT_WIDTH, len(c), min(word, MAX_WORD_WIDTH))
    shown = list(cols)

    def room() -> int:  # cell padding and borders: 3 per column plus one
        return width - 3 * len(shown) - 1

    while len(shown) > 1 and sum(mins[c] for c in shown) > room():
        shown.pop()
    widths = {c: mins[c] for c in shown}
    spare = room() - sum(widths.values())
    while spare > 0:
        needy = [c for c in shown if widths[c] < natural[c]]
        if not needy:
            break
        share = max(1, spare // len(needy))
        for c in needy:
            give = min(share, natural[c] - widths[c], spare)
            widths[c] += give
            spare -= give
            if spare <= 0:
                break
    return widths


def _fit_path(text: str, width: int) -> str:
    """A long path or URL keeps its end (the file name): "…/000_5566.txt"."""
    if len(text) <= width or " " in text or "/" not in text:
        return text
    return "…" + text[-(width - 1):]


def render(
    rows: Iterable[dict[str, Any]],
    fmt: str,
    columns: Sequence[str] | None = None,
    *,
    title: str | None = None,
    limit: int | None = None,
    width: int | None = None,
) -> None:
    """Write rows in the chosen format to stdout.

    ``columns`` picks and orders what the table and CSV show (most important first); JSON
    formats always carry the whole row. A table shows at most ``limit`` rows, says how many
    there were, fits the terminal (columns dropped from the right, long words cut with "…")
    and separates rows with lines when a cell takes several; list values go one per line.
    """
    out = sys.stdout
    if fmt == "jsonl":
        for row in rows:
            out.write(dumps(row) + "\n")
        return
    if fmt == "json":
        out.write(dumps(list(rows), indent=2) + "\n")
        return
    if fmt == "csv":
        rows = list(rows)
        cols = list(columns) if columns else (list(rows[0].keys()) if rows else [])
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(cols)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in cols])
        out.write(buf.getvalue())
        return
    from rich import box
    from rich.console import Console
    from rich.table import Table

    shown_rows: list[dict[str, Any]] = []
    total = 0
    for row in rows:
        total += 1
        if limit is None or len(shown_rows) < limit:
            shown_rows.append(row)
    console = Console(file=out, soft_wrap=False, highlight=False, width=width)
    cols = list(columns) if columns else (list(shown_rows[0].keys()) if shown_rows else [])
    widths = fit_columns(shown_rows, cols, console.width)
    shown = list(widths)
    # rows are separated whenever a cell takes several lines, so rows never run together
    tall = any(len(lines) > 1 or any(len(line) > widths[c] for line in lines)
               for r in shown_rows for c in shown for lines in [_lines(r.get(c))])
    table = Table(title=title, show_lines=tall, box=box.SQUARE, expand=False)
    for c in shown:
        table.add_column(c, overflow="ellipsis", width=widths[c])
    for row in shown_rows:
        table.add_row(*["\n".join(_fit_path(line, widths[c]) for line in _lines(row.get(c)))
                        for c in shown])
    console.print(table, markup=False)
    notes = []
    if not total:
        notes.append("(no rows)")
    elif len(shown_rows) < total:
        notes.append(f"{len(shown_rows)} of {total} rows (use --limit 0 for all)")
    if len(shown) < len(cols):
        notes.append(f"columns not shown at this width: {', '.join(cols[len(shown):])} "
                     "(widen the terminal or use --format json)")
    for note in notes:
        console.print(note, markup=False)
