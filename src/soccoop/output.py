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


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return dumps(value)
    return str(value)


def render(
    rows: Iterable[dict[str, Any]],
    fmt: str,
    columns: Sequence[str] | None = None,
    *,
    title: str | None = None,
    max_width: int = 60,
) -> None:
    """Write rows in the chosen format to stdout.

    ``columns`` picks and orders what the table and CSV show; JSON formats always carry
    the whole row.
    """
    out = sys.stdout
    if fmt == "jsonl":
        for row in rows:
            out.write(dumps(row) + "\n")
        return
    if fmt == "json":
        out.write(dumps(list(rows), indent=2) + "\n")
        return
    rows = list(rows)
    cols = list(columns) if columns else (list(rows[0].keys()) if rows else [])
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(cols)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in cols])
        out.write(buf.getvalue())
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for c in cols:
        table.add_column(c, overflow="fold", max_width=max_width)
    for row in rows:
        table.add_row(*[_cell(row.get(c)) for c in cols])
    console = Console(file=out, soft_wrap=False)
    console.print(table)
    if not rows:
        console.print("(no rows)")
