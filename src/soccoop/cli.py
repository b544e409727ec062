"""The soccoop command line: parse options, call the library, render.

Library errors become ``click.ClickException`` (exit 1); bad option combinations
``click.UsageError`` (exit 2). Heavy NLP imports happen only inside ``ingest``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

import click

from soccoop import __version__
from soccoop.output import dumps, output_options, render


def db_option(func: Any) -> Any:
    return click.option(
        "--db", "db_path", type=click.Path(dir_okay=False), envvar="SOCCOOP_DB",
        default="soccoop.db", show_default=True,
        help="The store (SQLite). Also set by SOCCOOP_DB.",
    )(func)


@contextmanager
def open_store(path: str, create: bool = False) -> Iterator[Any]:
    from soccoop.store import Store, StoreError

    try:
        store = Store(path, create=create)
    except StoreError as e:
        raise click.ClickException(str(e)) from None
    try:
        yield store
    finally:
        store.close()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="soccoop")
def cli() -> None:
    """Records of inter-regional cooperation in social protection from Russian news.

    \b
    Example:
        soccoop ingest corpus/
        soccoop list --region ХМАО
        soccoop list --kind agreements --format json | jq '.[].parties'
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--glob", "globs", multiple=True,
              help="File pattern for directories (repeatable) [default: *.txt, *.html, "
                   "*.htm and each with .gz].")
@click.option("--output", "-o", type=click.File("w", encoding="utf-8"), default=None,
              help="Also write the new records as JSON Lines to FILE ('-' for stdout).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=None,
              help="Skip files larger than this (after decompression) [default: 20 MiB].")
@click.option("--workers", "-w", type=click.IntRange(min=0), default=None,
              help="Extraction processes [default: number of CPUs]; 0 or 1: in this process.")
@click.option("--scheduler", envvar="SOCCOOP_SCHEDULER", default=None,
              help="Run extraction on a Dask cluster at this address (tcp://host:8786). "
                   "Also set by SOCCOOP_SCHEDULER.")
@db_option
def ingest(
    paths: tuple[str, ...],
    globs: tuple[str, ...],
    output: IO[str] | None,
    max_bytes: int | None,
    workers: int | None,
    scheduler: str | None,
    db_path: str,
) -> None:
    """Read news files, extract facts and store one record per document.

    PATHS are files, directories (searched recursively) or '-' for standard input.
    Re-ingesting an unchanged file changes nothing; a changed file replaces its record.
    Each failing file is reported on stderr and the run goes on; the exit code is 1 when
    any file failed.

    \b
    Example:
        soccoop ingest corpus/
        soccoop ingest archive/ --glob '*.html' --workers 2 -o new.jsonl
    """
    from soccoop import ingest as ing

    if scheduler and workers not in (None, 0, 1):
        raise click.UsageError("--workers and --scheduler are mutually exclusive")
    interactive = sys.stderr.isatty()
    n_workers = workers if workers is not None else (os.cpu_count() or 1)
    if scheduler:
        executor = ing.run_dask(scheduler)
    elif n_workers > 1:
        executor = ing.run_pool(n_workers)
    else:
        executor = ing.run_local

    def on_error(msg: str) -> None:
        click.echo(f"error: {msg}", err=True)

    def on_record(record: Any) -> None:
        if output is not None:
            output.write(dumps(record.to_dict()) + "\n")
            output.flush()

    with open_store(db_path, create=True) as store:
        progress = None
        task = None
        if interactive:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
            )

            progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                                MofNCompleteColumn(), TimeElapsedColumn(), transient=True)
            progress.start()
            task = progress.add_task("ingesting", total=None)

        def on_progress(path: str) -> None:
            if progress is not None and task is not None:
                progress.update(task, advance=1, description=os.path.basename(path)[:40])

        try:
            summary = ing.ingest(
                list(paths), store, globs=list(globs) or None, max_bytes=max_bytes,
                executor=executor, on_error=on_error, on_record=on_record,
                on_progress=on_progress, stdin=sys.stdin.buffer,
            )
        except KeyboardInterrupt:
            if progress is not None:
                progress.stop()
            click.echo("interrupted: documents stored so far are kept; run the same "
                       "command again to finish", err=True)
            sys.exit(130)
        except Exception as e:  # a store or cluster failure: one line, no traceback
            if progress is not None:
                progress.stop()
            raise click.ClickException(f"ingest failed: {type(e).__name__}: {e}") from None
        if progress is not None:
            progress.stop()
        if interactive:
            click.echo(summary.line(), err=True)
    if summary.failed:
        sys.exit(1)


@cli.command(name="list")
@click.option("--kind", type=click.Choice(["documents", "agreements", "officials"]),
              default="documents", show_default=True, help="What one row is.")
@click.option("--region", "regions", multiple=True,
              help="Region by any name, abbreviation or code (repeatable: all must appear).")
@click.option("--since", help="Only items dated on or after (2023, 2023-09, 2023-09-15).")
@click.option("--until", help="Only items dated on or before (2023, 2023-09, 2023-09-15).")
@click.option("--status", type=click.Choice(["signed", "planned", "mentioned"]),
              help="Agreement status.")
@click.option("--limit", type=click.IntRange(min=0), default=None,
              help="At most this many rows [default: 50 in a table, all otherwise].")
@output_options
@db_option
def list_(
    kind: str,
    regions: tuple[str, ...],
    since: str | None,
    until: str | None,
    status: str | None,
    limit: int | None,
    fmt: str,
    db_path: str,
) -> None:
    """List documents, agreements or officials, filtered.

    Dates without a year (--04-18) match no --since/--until filter. Agreements are dated
    by their own date, or their document's publication date.

    \b
    Example:
        soccoop list --region ХМАО
        soccoop list --kind officials --region RU-TA
        soccoop list --kind agreements --status signed --since 2023 | jq .parties
    """
    from soccoop import query

    if limit is None and fmt == "table":
        limit = 50
    try:
        f = query.Filters.build(regions, since, until, status, limit)
    except query.QueryError as e:
        raise click.BadParameter(str(e)) from None
    with open_store(db_path) as store:
        rows = query.rows(store, kind, f)
        if fmt == "table" or fmt == "csv":
            rows = (query.table_row(kind, r) for r in rows)
        render(rows, fmt, query.TABLE_COLUMNS[kind])


@cli.command()
@click.argument("query_", metavar="[QUERY]", required=False)
@output_options
def regions(query_: str | None, fmt: str) -> None:
    """List the gazetteer of federal subjects: code, name, number, district, aliases.

    \b
    Example:
        soccoop regions
        soccoop regions Югра
    """
    from soccoop import gazetteer

    rows = gazetteer.table_rows(query_)
    if not rows:
        raise click.ClickException(f"no region matches {query_!r}")
    render(rows, fmt, ["code", "name", "number", "district", "aliases"], max_width=80)


@cli.command(name="eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@output_options
@db_option
def eval_(gold_dir: str, fmt: str, db_path: str) -> None:
    """Score the store against annotated documents in GOLD_DIR.

    Two gold formats: the seeds' JSON (one NAME.json per NAME.txt) and FactRuEval-2016
    (.facts/.objects/.spans/.coref). Documents are matched by file name. Prints precision,
    recall and F1 per kind and the accuracy of agreement status, agreement date and
    publication date.

    \b
    Example:
        soccoop ingest corpus/ && soccoop eval ../shared/seeds/gold
        soccoop ingest dev/ --glob '*.txt' --db dev.db && soccoop eval dev/ --db dev.db
    """
    from soccoop import evaluate

    try:
        gold = evaluate.load_gold(gold_dir)
    except (OSError, ValueError) as e:
        raise click.ClickException(f"{gold_dir}: cannot read gold: {e}") from None
    if not gold:
        raise click.ClickException(f"{gold_dir}: no gold documents (.json or .facts) found")
    with open_store(db_path) as store:
        result = evaluate.score(store.records(), gold)
    if fmt in ("json", "jsonl"):
        click.echo(dumps(result) if fmt == "jsonl" else dumps(result, indent=2))
        return
    cols = ["metric", "precision", "recall", "f1", "tp", "fp", "fn", "accuracy", "correct",
            "total"]
    rows = [{k: (round(v, 3) if isinstance(v, float) else v) for k, v in r.items()}
            for r in evaluate.format_table_rows(result)]
    render(rows, fmt, cols)


def main() -> None:
    cli(prog_name="soccoop")


if __name__ == "__main__":
    main()
