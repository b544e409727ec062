"""The soccoop command line: parse options, call the library, render.

Library errors become ``click.ClickException`` (exit 1); bad option combinations
``click.UsageError`` (exit 2). Heavy NLP imports happen only inside ``ingest``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
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


def _sigterm_as_interrupt() -> Callable[[], None]:
    """Treat SIGTERM like Ctrl-C (the current document's transaction rolls back, exit 130);
    returns a function that restores the previous handler."""
    import signal

    def handler(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread (soccoop embedded in another program)
        return lambda: None
    def restore() -> None:
        signal.signal(signal.SIGTERM, previous)

    return restore


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
@click.option("--timeout", type=click.FloatRange(min=0), default=None, metavar="SECONDS",
              help="Give up a document whose extraction takes longer, report it and go on "
                   "(e.g. --timeout 30) [default: 120; 0: no limit].")
@db_option
def ingest(
    paths: tuple[str, ...],
    globs: tuple[str, ...],
    output: IO[str] | None,
    max_bytes: int | None,
    workers: int | None,
    scheduler: str | None,
    timeout: float | None,
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
        soccoop ingest archive/ --timeout 30
    """
    from soccoop import ingest as ing

    if scheduler and workers not in (None, 0, 1):
        raise click.UsageError("--workers and --scheduler are mutually exclusive")
    interactive = sys.stderr.isatty()
    n_workers = workers if workers is not None else (os.cpu_count() or 1)
    budget = ing.DEFAULT_TIMEOUT if timeout is None else timeout or None
    if scheduler:
        executor = ing.run_dask(scheduler, timeout=budget)
    elif n_workers > 1:
        executor = ing.run_pool(n_workers, budget)
    else:
        executor = ing.local(budget)

    def on_record(record: Any) -> None:
        if output is not None:
            output.write(dumps(record.to_dict()) + "\n")
            output.flush()

    with open_store(db_path, create=True) as store:
        progress = _IngestProgress(interactive)
        restore_sigterm = _sigterm_as_interrupt()
        try:
            summary = ing.ingest(
                list(paths), store, globs=list(globs) or None, max_bytes=max_bytes,
                executor=executor, on_error=progress.error, on_record=on_record,
                on_progress=progress.advance, on_total=progress.total, stdin=sys.stdin.buffer,
            )
        except KeyboardInterrupt:
            progress.stop()
            click.echo("interrupted: documents stored so far are kept; run the same "
                       "command again to finish", err=True)
            sys.exit(130)
        except Exception as e:  # a store or cluster failure: one line, no traceback
            progress.stop()
            raise click.ClickException(f"ingest failed: {type(e).__name__}: {e}") from None
        finally:
            restore_sigterm()
        progress.stop()
        if interactive:
            click.echo(summary.line(), err=True)
    if summary.failed:
        sys.exit(1)


class _IngestProgress:
    """A rich progress bar on stderr when it is a terminal; errors print above the bar."""

    def __init__(self, enabled: bool) -> None:
        self.bar: Any = None
        if not enabled:
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
        )

        self.bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                            MofNCompleteColumn(), TimeElapsedColumn(), transient=True,
                            console=Console(stderr=True))
        self.bar.start()
        self.task = self.bar.add_task("ingesting", total=None)

    def error(self, msg: str) -> None:
        if self.bar is not None:
            self.bar.console.print(f"error: {msg}", markup=False, highlight=False)
        else:
            click.echo(f"error: {msg}", err=True)

    def advance(self, path: str) -> None:
        if self.bar is not None:
            self.bar.update(self.task, advance=1, description=os.path.basename(path)[:40])

    def total(self, n: int) -> None:
        if self.bar is not None:
            self.bar.update(self.task, total=n)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None


class FilterError(click.UsageError):
    """A bad filter value: exit 2 with one line on stderr (no usage block)."""

    def show(self, file: IO[str] | None = None) -> None:
        click.echo(f"Error: {self.format_message()}", err=True)


def filter_options(func: Any) -> Any:
    """The shared filters of the read commands; the command receives ``filters`` (a dict)."""
    options = [
        click.option("--region", "regions", multiple=True,
                     help="Region by any name, abbreviation or code (repeatable: all must "
                          "appear)."),
        click.option("--since", help="Only items dated on or after (2023, 2023-09, 2023-09-15)."),
        click.option("--until", help="Only items dated on or before (2023, 2023-09, "
                                     "2023-09-15)."),
        click.option("--status", type=click.Choice(["signed", "planned", "mentioned"]),
                     help="Agreement status."),
        click.option("--official", "officials", multiple=True,
                     help="A person in any form: Новикова, К. Новикова, Клавдии Новиковой "
                          "(repeatable: all must appear)."),
        click.option("--party", "parties", multiple=True,
                     help="Part of an agreement party's name, any case form (repeatable)."),
        click.option("--text", help="Full-text search, any word form: соглашения finds "
                                    "соглашение (all words must appear)."),
    ]
    for opt in reversed(options):
        func = opt(func)
    return func


def build_filters(kw: dict[str, Any], **extra: Any) -> Any:
    from soccoop import query

    try:
        return query.Filters.build(
            kw["regions"], kw["since"], kw["until"], kw["status"], extra.pop("limit", None),
            officials=kw["officials"], parties=kw["parties"], text=kw["text"], **extra)
    except query.QueryError as e:
        raise FilterError(str(e)) from None


def _filter_kw(kw: dict[str, Any]) -> dict[str, Any]:
    keys = ("regions", "since", "until", "status", "officials", "parties", "text")
    return {k: kw.pop(k) for k in keys}


@cli.command(name="list")
@click.option("--kind", type=click.Choice(["documents", "agreements", "officials"]),
              default="documents", show_default=True, help="What one row is.")
@filter_options
@click.option("--limit", type=click.IntRange(min=0), default=None,
              help="At most this many rows [default: 50 in a table, all otherwise].")
@click.option("--sort", "sort_key", default=None, metavar="[-]KEY",
              help="Order rows (prefix - for descending). documents: date, source, title, id, "
                   "regions, agreements, officials; agreements: date, status, source, reports, "
                   "region, title, id; officials: name, date, source, region, organization, "
                   "position. Unknown values sort last.")
@click.option("--no-merge", is_flag=True,
              help="Agreements: one row per report instead of one per distinct agreement.")
@output_options
@db_option
def list_(kind: str, limit: int | None, sort_key: str | None, no_merge: bool, fmt: str,
          db_path: str, **kw: Any) -> None:
    """List documents, agreements or officials, filtered.

    Filters combine (all must hold). Dates without a year (--04-18) match no --since/--until
    filter. Documents are dated by publication; agreements by their own (merged) date, or
    their report's publication date when a signing is reported without one.

    With --kind agreements each distinct agreement is one row, however many documents
    report it: `sources` lists every report ({document, source, agreement, status, date,
    copy_of}), `status` is the strongest reported (signed > planned > mentioned) and `date`
    the best known. Documents carry `copy_of`: the earlier document they republish.

    \b
    Example:
        soccoop list --region ХМАО --text соглашения
        soccoop list --kind officials --official "К. Новикова"
        soccoop list --kind agreements --party Татарстан --sort -date
        soccoop list --kind agreements --status signed --since 2023 | jq .parties
    """
    from soccoop import query

    if no_merge and kind != "agreements":
        raise click.UsageError("--no-merge applies to --kind agreements only")
    if limit is None and fmt == "table":
        limit = 50
    f = build_filters(kw, limit=limit, sort=sort_key, merge=not no_merge)
    try:
        f.check_sort(kind)
    except query.QueryError as e:
        raise FilterError(str(e)) from None
    with open_store(db_path) as store:
        rows = query.rows(store, kind, f)
        columns = query.TABLE_COLUMNS["agreements-reports" if no_merge else kind]
        if fmt == "table" or fmt == "csv":
            rows = (query.table_row(kind, r) for r in rows)
        render(rows, fmt, columns)


@cli.command()
@click.argument("ident", metavar="ID")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default=None,
              help="table: facts and the text with evidence marked [default on a terminal]; "
                   "json: the record plus the text [default otherwise].")
@db_option
def show(ident: str, fmt: str | None, db_path: str) -> None:
    """Show one document or agreement: its facts and the evidence marked in the text.

    ID is a document id (d...), an agreement id (a...) or a unique prefix of either.
    On a terminal regions, officials, agreements and dates are marked in different styles.

    \b
    Example:
        soccoop show dcb1c5ba        # corpus/000_*.txt, after soccoop ingest corpus/
        soccoop show dcb1c5ba --format json | jq .record.officials
    """
    from soccoop import query

    fmt = fmt or ("table" if sys.stdout.isatty() else "json")
    with open_store(db_path) as store:
        try:
            found = query.find(store, ident)
        except query.QueryError as e:
            raise click.ClickException(str(e)) from None
    out = sys.stdout
    if fmt == "json":
        out.write(dumps(found, indent=2) + "\n")
        return
    from soccoop import show as show_mod

    show_mod.render(found, out)


@cli.command()
@filter_options
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True,
              help="How many of the most frequent officials.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default=None,
              help="Output format [default: table on a terminal, json otherwise].")
@db_option
def stats(top: int, fmt: str | None, db_path: str, **kw: Any) -> None:
    """Counts: documents and agreements by region, by month and by status; top officials.

    Months are YYYY-MM (documents by publication, agreements by their date); a date with a
    year only counts under YYYY, one without a year under "unknown". Agreements are counted
    once however many documents report them.

    \b
    Example:
        soccoop stats
        soccoop stats --region ХМАО --format json | jq .months
    """
    from soccoop import analysis

    f = build_filters(kw)
    fmt = fmt or ("table" if sys.stdout.isatty() else "json")
    with open_store(db_path) as store:
        result = analysis.stats(store, f, top=top)
    if fmt == "json":
        click.echo(dumps(result, indent=2))
        return
    click.echo(f"{result['documents']} documents, {result['agreements']} agreements")
    render(result["regions"], "table", title="By region")
    render(result["months"], "table", title="By month")
    render(result["statuses"], "table", title="By status")
    render(result["officials"], "table", title="Most frequent officials")


@cli.command()
@filter_options
@click.option("--format", "fmt", type=click.Choice(["dot", "graphml", "json"]), default="dot",
              show_default=True, help="Graph format.")
@click.option("--output", "-o", type=click.File("w", encoding="utf-8"), default="-",
              help="Write to FILE [default: stdout].")
@db_option
def graph(fmt: str, output: IO[str], db_path: str, **kw: Any) -> None:
    """The network of cooperating regions: nodes are regions, edges shared agreements.

    An edge joins two regions that are parties to one (distinct) agreement and carries the
    number of agreements, their statuses and dates. The list filters apply to agreements.

    \b
    Example:
        soccoop graph | dot -Tsvg > regions.svg
        soccoop graph --region ХМАО --format graphml -o khm.graphml
    """
    from soccoop import analysis

    f = build_filters(kw)
    with open_store(db_path) as store:
        g = analysis.graph(store, f)
    output.write(analysis.render_graph(g, fmt))


@cli.command()
@filter_options
@click.option("--html", "html_path", type=click.Path(dir_okay=False, writable=True),
              required=True, help="Write the report to this HTML file.")
@click.option("--title", default="soccoop: inter-regional cooperation", show_default=True,
              help="Page title.")
@db_option
def report(html_path: str, title: str, db_path: str, **kw: Any) -> None:
    """One self-contained HTML page: agreements table, timeline and region network (SVG).

    No scripts and no external URLs: the file works offline. The list filters apply.

    \b
    Example:
        soccoop report --html report.html
        soccoop report --region ХМАО --since 2020 --html khm.html
    """
    from soccoop import query
    from soccoop.report import html_report

    desc = " ".join(f"{k}={v}" for k, v in kw.items() if v)
    f = build_filters(kw)
    with open_store(db_path) as store:
        agreements = query.distinct_agreements(store, f)
    page = html_report(agreements, title=title, filters=desc)
    try:
        with open(html_path, "w", encoding="utf-8") as fh:
            fh.write(page)
    except OSError as e:
        raise click.ClickException(f"{html_path}: cannot write ({e.strerror})") from None


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "sqlite"]), required=True,
              help="jsonl: one record per line; csv: a directory with one CSV per table; "
                   "sqlite: one database of plain typed tables.")
@click.argument("dest", metavar="FILE")
@click.option("--force", is_flag=True, help="Overwrite an existing FILE (or CSV files).")
@db_option
def export(fmt: str, dest: str, force: bool, db_path: str) -> None:
    """Export the whole store for other tools.

    sqlite and csv write the tables documents, regions, document_regions, agreements
    (distinct), agreement_sources (each report of an agreement), parties and officials;
    csv writes them as FILE/<table>.csv. jsonl writes the document records ('-': stdout).

    \b
    Example:
        soccoop export --format sqlite soccoop-export.db && datasette soccoop-export.db
        soccoop export --format csv tables/
        soccoop export --format jsonl - | jq .title
    """
    from soccoop import export as exp

    with open_store(db_path) as store:
        try:
            if fmt == "jsonl":
                if dest == "-":
                    exp.write_jsonl(store, sys.stdout)
                    return
                if os.path.exists(dest) and not force:
                    raise exp.ExportError(f"{dest}: exists (use --force to overwrite)")
                with open(dest, "w", encoding="utf-8") as fh:
                    n = exp.write_jsonl(store, fh)
                counts = {"documents": n}
            elif fmt == "csv":
                counts = exp.write_csv(store, dest, force)
            else:
                counts = exp.write_sqlite(store, dest, force)
        except exp.ExportError as e:
            raise click.ClickException(str(e)) from None
        except OSError as e:
            raise click.ClickException(f"{dest}: cannot write ({e.strerror})") from None
    if sys.stderr.isatty():
        click.echo(", ".join(f"{v} {k}" for k, v in counts.items()), err=True)


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
