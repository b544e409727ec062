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
    """The store; read commands (``create`` False) open it read-only, so it can live on a
    read-only medium and is never changed by them."""
    from soccoop.store import Store, StoreError

    try:
        store = Store(path, create=create, readonly=not create)
    except StoreError as e:
        raise click.ClickException(str(e)) from None
    try:
        yield store
    finally:
        store.close()


def force_option(func: Any) -> Any:
    return click.option(
        "--force", is_flag=True,
        help="Overwrite an existing output file (without it soccoop refuses).")(func)


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def check_output(path: str | None, force: bool, store: str | None = None) -> None:
    """One convention for every output file: '-' is stdout, an existing file needs --force;
    the store itself (or its -wal/-shm files) is never an output, even with --force."""
    if path is None or path == "-":
        return
    if store is not None and any(_same_file(path, store + suffix)
                                 for suffix in ("", "-wal", "-shm", "-journal")):
        raise click.ClickException(f"{path}: is the store (--db); write to another file")
    if os.path.isdir(path):
        raise click.ClickException(f"{path}: is a directory")
    if os.path.exists(path) and not force:
        raise click.ClickException(f"{path}: exists (use --force to overwrite)")
    parent = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(parent):
        raise click.ClickException(f"{path}: directory {parent!r} does not exist")


@contextmanager
def open_output(path: str) -> Iterator[IO[str]]:
    """stdout for '-', else the file (checked by ``check_output`` first)."""
    if path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    try:
        fh = open(path, "w", encoding="utf-8")
    except OSError as e:
        raise click.ClickException(f"{path}: cannot write ({e.strerror})") from None
    with fh:
        yield fh


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
@click.option("--output", "-o", "output_path", metavar="FILE", default=None,
              help="Also write the new records as JSON Lines to FILE ('-' for stdout; an "
                   "existing FILE needs --force).")
@force_option
@click.option("--max-bytes", type=click.IntRange(min=1), default=None,
              help="Skip files larger than this (after decompression) [default: 20 MiB].")
@click.option("--workers", "-w", type=click.IntRange(min=0), default=None,
              help="Extraction processes [default: number of CPUs]; 0 or 1: in this process.")
@click.option("--scheduler", envvar="SOCCOOP_SCHEDULER", default=None,
              help="Run extraction on a Dask cluster at this address (tcp://host:8786). "
                   "Also set by SOCCOOP_SCHEDULER.")
@click.option("--format", "input_format", type=click.Choice(["auto", "warc", "jsonl", "csv"]),
              default="auto", show_default=True,
              help="Read every PATH as this kind of news collection, one document per "
                   "article (auto: by name: .warc[.gz], .jsonl, .ndjson, .csv, .tsv, each "
                   "also .gz/.bz2, and .zip). Example: --format jsonl dump.json")
@click.option("--text-field", default=None,
              help="Field or column with the article text in JSON Lines/CSV [default: "
                   "maintext, text, content, body, ...]. Example: --text-field article.body")
@click.option("--url-field", default=None,
              help="Field with the article URL (the record's source) [default: url, link, "
                   "...]. Example: --url-field permalink")
@click.option("--date-field", default=None,
              help="Field with the publication date, used when the text states none "
                   "[default: date_publish, published, date, ...]. Example: --date-field pub")
@click.option("--title-field", default=None,
              help="Field with the headline [default: title, headline, ...]. "
                   "Example: --title-field heading")
@click.option("--outlet-field", default=None,
              help="Field naming the outlet [default: the URL's host, else source_domain, "
                   "outlet, site, ...]. Example: --outlet-field media")
@click.option("--timeout", type=click.FloatRange(min=0), default=None, metavar="SECONDS",
              help="Give up a document whose extraction takes longer, report it and go on "
                   "[default: 120; 0: no limit]. Example: --timeout 30")
@db_option
def ingest(
    paths: tuple[str, ...],
    globs: tuple[str, ...],
    output_path: str | None,
    force: bool,
    max_bytes: int | None,
    workers: int | None,
    scheduler: str | None,
    input_format: str,
    text_field: str | None,
    url_field: str | None,
    date_field: str | None,
    title_field: str | None,
    outlet_field: str | None,
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
        soccoop ingest corpus/ --glob '*.txt' --workers 1 -o new.jsonl --force
        soccoop ingest crawl.warc.gz news-please.jsonl.bz2 export.csv
        soccoop ingest corpus/ --timeout 30
    """
    from soccoop.archives import Fields

    if scheduler and workers not in (None, 0, 1):
        raise click.UsageError("--workers and --scheduler are mutually exclusive")
    named = [text_field, url_field, date_field, title_field, outlet_field]
    if input_format == "warc" and any(f is not None for f in named):
        raise click.UsageError("--text-field, --url-field, --date-field, --title-field and "
                               "--outlet-field apply to JSON Lines and CSV, not WARC")
    check_output(output_path, force, db_path)
    with _output_or_none(output_path) as output:
        _ingest(paths, globs, output, max_bytes, workers, scheduler, db_path, input_format,
                Fields(text_field, url_field, date_field, title_field, outlet_field), timeout,
                output_path)


@contextmanager
def _output_or_none(path: str | None) -> Iterator[IO[str] | None]:
    if path is None:
        yield None
        return
    with open_output(path) as fh:
        yield fh


def _ingest(paths: tuple[str, ...], globs: tuple[str, ...], output: IO[str] | None,
            max_bytes: int | None, workers: int | None, scheduler: str | None,
            db_path: str, input_format: str, fields: Any, timeout: float | None,
            output_path: str | None = None) -> None:
    from soccoop import ingest as ing

    interactive = sys.stderr.isatty()
    n_workers = workers if workers is not None else (os.cpu_count() or 1)
    budget = ing.DEFAULT_TIMEOUT if timeout is None else timeout or None
    if scheduler:
        executor = ing.run_dask(scheduler, timeout=budget)
    elif n_workers > 1:
        executor = ing.run_pool(n_workers, budget)
    else:
        executor = ing.owned_local(budget)

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
                input_format=input_format,
                fields=fields,
                exclude=tuple(db_path + suffix for suffix in ("", "-wal", "-shm", "-journal"))
                + ((output_path,) if output_path not in (None, "-") else ()),
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
        click.option("--region", "regions", multiple=True, metavar="REGION",
                     help="Region by any name, abbreviation or code, in any case form: ХМАО, "
                          "Югры, RU-KHM, \"Республики Татарстан\", \"г. Москва\" (repeatable: "
                          "all must appear). For --kind officials: the official's own region, "
                          "or the document's regions when the official has none."),
        click.option("--since", help="Only items dated on or after (2023, 2023-09, 2023-09-15)."),
        click.option("--until", help="Only items dated on or before (2023, 2023-09, "
                                     "2023-09-15)."),
        click.option("--status", type=click.Choice(["signed", "planned", "mentioned"],
                                                   case_sensitive=False),
                     help="Agreement status, any case: signed, Planned, MENTIONED."),
        click.option("--official", "officials", multiple=True, metavar="NAME",
                     help="A person in any form: Новикова, К. Новикова, Клавдии Новиковой "
                          "(repeatable: all must appear)."),
        click.option("--party", "parties", multiple=True, metavar="WORDS",
                     help="Words of an agreement party's name in any case form, abbreviations "
                          "and region names expanded: \"министерство труда\", Минтруд, РТ, "
                          "ХМАО (whole words; repeatable: all must appear)."),
        click.option("--text", help="Full-text search, any word form: соглашения finds "
                                    "соглашение (all words must appear)."),
    ]
    for opt in reversed(options):
        func = opt(func)
    return func


FILTER_KEYS = ("regions", "since", "until", "status", "officials", "parties", "text")


def build_filters(kw: dict[str, Any], **extra: Any) -> Any:
    from soccoop import query

    try:
        return query.Filters.build(
            kw["regions"], kw["since"], kw["until"], kw["status"], extra.pop("limit", None),
            officials=kw["officials"], parties=kw["parties"], text=kw["text"], **extra)
    except query.QueryError as e:
        raise FilterError(str(e)) from None


def describe_filters(kw: dict[str, Any]) -> str:
    """The filters in words, for page headers: "region Республика Татарстан; since 2023"."""
    from soccoop import gazetteer

    parts = []
    for q in kw.get("regions") or ():
        r = gazetteer.lookup(q)
        parts.append(f"region {r.name}" if r else f"region {q}")
    labels = {"since": "since", "until": "until", "status": "status", "text": "text contains"}
    for key, label in labels.items():
        if kw.get(key):
            parts.append(f"{label} {kw[key]}")
    parts += [f"official {o}" for o in kw.get("officials") or ()]
    parts += [f"party {p}" for p in kw.get("parties") or ()]
    return "; ".join(parts)


def limit_option(func: Any) -> Any:
    return click.option(
        "--limit", type=click.IntRange(min=0), default=None,
        help="At most this many rows; 0: no limit [default: 50 in a table, all otherwise]. "
             "Example: --limit 0")(func)


def table_limit(limit: int | None, fmt: str) -> int | None:
    """Rows a table shows: 50 unless told; --limit 0 means all."""
    if limit == 0:
        return None
    if limit is None and fmt == "table":
        return 50
    return limit


@cli.command(name="list")
@click.option("--kind", type=click.Choice(["documents", "agreements", "officials"]),
              default="documents", show_default=True, help="What one row is.")
@filter_options
@limit_option
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

    Filters combine (all must hold). A date written without a year takes it from the
    article's publication day when that is known (anchored, and the record says so);
    otherwise it stays --04-18 and matches no --since/--until filter. Documents are
    dated by publication; agreements by their own (merged) date, or
    their report's publication date when a signing is reported without one.

    With --kind agreements each distinct agreement is one row, however many documents
    report it: `sources` lists every report ({document, source, agreement, status, date,
    copy_of}), `status` is the strongest reported (signed > planned > mentioned) and `date`
    the best known. Documents carry `copy_of`: the earlier document they republish.

    A table fits the terminal: columns are dropped from the right and long words cut with
    "…"; it shows 50 rows and says how many there are (--limit 0: all).

    \b
    Example:
        soccoop list --region Татарстана --text соглашения
        soccoop list --kind officials --official "К. Новикова"
        soccoop list --kind officials --region ХМАО --format csv
        soccoop list --kind agreements --party РТ --sort -date --limit 0
        soccoop list --kind agreements --status Signed --since 2023 | jq .parties
    """
    from soccoop import query

    if no_merge and kind != "agreements":
        raise click.UsageError("--no-merge applies to --kind agreements only")
    shown = table_limit(limit, fmt)
    f = build_filters(kw, limit=None if fmt == "table" else shown, sort=sort_key,
                      merge=not no_merge)
    try:
        f.check_sort(kind)
    except query.QueryError as e:
        raise FilterError(str(e)) from None
    with open_store(db_path) as store:
        rows = query.rows(store, kind, f)
        columns = query.TABLE_COLUMNS["agreements-reports" if no_merge else kind]
        if fmt == "table" or fmt == "csv":
            rows = (query.table_row(kind, r, marks=fmt == "table") for r in rows)
        render(rows, fmt, columns, limit=shown if fmt == "table" else None)


@cli.command()
@click.argument("ident", metavar="ID")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default=None,
              help="table: facts and the text with evidence marked [default on a terminal]; "
                   "json: the record plus the text [default otherwise].")
@db_option
def show(ident: str, fmt: str | None, db_path: str) -> None:
    """Show one document or agreement: its facts and the evidence marked in the text.

    ID is a document id (d...), an agreement id (a...) or a unique prefix of either (see
    `soccoop list`). On a terminal regions, officials, agreements and dates are marked in
    different styles; unknown values are shown as "—".

    \b
    Example:
        soccoop show "$(soccoop list --limit 1 | jq -r .id)"
        soccoop show "$(soccoop list --kind agreements --limit 1 | jq -r .id)" --format json
        soccoop show "$(soccoop list --limit 1 | jq -r .id | cut -c1-8)" | jq .record.title
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


STATS_SECTIONS = ("regions", "months", "statuses", "officials")


def stats_rows(result: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The stats as flat rows, one per count, each naming its section: for JSON Lines/CSV."""
    yield {"section": "total", "key": "documents", "documents": result["documents"],
           "agreements": result["agreements"]}
    keys = {"regions": "code", "months": "month", "statuses": "status", "officials": "name"}
    for section in STATS_SECTIONS:
        for row in result[section]:
            yield {"section": section, "key": row[keys[section]], **row}


@cli.command()
@filter_options
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True,
              help="How many of the most frequent officials.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv"]),
              default=None,
              help="table; json: one object; jsonl/csv: one row per count with its section "
                   "(regions, months, statuses, officials) [default: table on a terminal, "
                   "json otherwise].")
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
        soccoop stats --format csv > stats.csv
        soccoop stats --format jsonl | jq -c 'select(.section == "regions")'
    """
    from soccoop import analysis

    f = build_filters(kw)
    fmt = fmt or ("table" if sys.stdout.isatty() else "json")
    with open_store(db_path) as store:
        result = analysis.stats(store, f, top=top)
    if fmt == "json":
        click.echo(dumps(result, indent=2))
        return
    if fmt in ("jsonl", "csv"):
        cols = ["section", "key", "name", "documents", "agreements", "reports", "mentions",
                "position"]
        render(stats_rows(result), fmt, cols)
        return
    click.echo(f"{result['documents']} documents, {result['agreements']} agreements")
    render(result["regions"], "table", title="By region")
    render(result["months"], "table", title="By month")
    render(result["statuses"], "table", title="By status")
    render(result["officials"], "table", title="Most frequent officials")


def graph_csv(g: dict[str, Any]) -> str:
    """The edge list Gephi imports (Data Laboratory → Import Spreadsheet → edges table)."""
    import csv
    import io

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["Source", "Target", "Type", "Weight", "Label", "Statuses", "Dates"])
    names = {n["id"]: n["name"] for n in g["nodes"]}
    for e in g["edges"]:
        a, b = e["source"], e["target"]
        w.writerow([a, b, "Undirected", e["count"], f"{names.get(a, a)} — {names.get(b, b)}",
                    " ".join(e["statuses"]), " ".join(e["dates"])])
    return buf.getvalue()


def graph_jsonl(g: dict[str, Any]) -> str:
    lines = [dumps({"type": "node", **n}) for n in g["nodes"]]
    lines += [dumps({"type": "edge", **e}) for e in g["edges"]]
    return "".join(line + "\n" for line in lines)


@cli.command()
@filter_options
@click.option("--format", "fmt", type=click.Choice(["dot", "graphml", "json", "jsonl", "csv"]),
              default="dot", show_default=True,
              help="dot (Graphviz), graphml, json (one object), jsonl (a line per node, then "
                   "per edge, with \"type\"), csv (edge list for Gephi: Source, Target, Type, "
                   "Weight, ...).")
@click.option("--output", "-o", "output_path", metavar="FILE", default="-",
              help="Write to FILE ('-': stdout, the default; an existing FILE needs --force).")
@force_option
@db_option
def graph(fmt: str, output_path: str, force: bool, db_path: str, **kw: Any) -> None:
    """The network of cooperating regions: nodes are regions, edges shared agreements.

    An edge joins two regions that are parties to one (distinct) agreement and carries the
    number of agreements, their statuses and dates. The list filters apply to agreements.

    \b
    Example:
        soccoop graph --format json | jq '.edges | length'
        soccoop graph --region ХМАО --format graphml -o khm.graphml --force
        soccoop graph --format csv -o edges.csv --force
        soccoop graph --format dot | dot -Tsvg > regions.svg
    """
    from soccoop import analysis

    f = build_filters(kw)
    check_output(output_path, force, db_path)
    with open_store(db_path) as store:
        g = analysis.graph(store, f)
    if fmt == "csv":
        text = graph_csv(g)
    elif fmt == "jsonl":
        text = graph_jsonl(g)
    else:
        text = analysis.render_graph(g, fmt)
    with open_output(output_path) as out:
        out.write(text)


@cli.command()
@filter_options
@click.option("--html", "html_path", metavar="FILE", required=True,
              help="Write the report to FILE ('-': stdout; an existing FILE needs --force).")
@force_option
@click.option("--title", default="soccoop: inter-regional cooperation", show_default=True,
              help="Page title.")
@db_option
def report(html_path: str, force: bool, title: str, db_path: str, **kw: Any) -> None:
    """One self-contained HTML page for reading: a region-by-region matrix of agreements, a
    timeline by month or year, the agreements (parties one per line, signatories by name,
    reports counted by outlet with titles, dates and evidence behind a disclosure) and the
    region network; the filters are stated in words.

    No scripts and no external URLs: the file works offline. The list filters apply.

    \b
    Example:
        soccoop report --html report.html --force
        soccoop report --region ХМАО --since 2020 --html khm.html --force
        soccoop report --status signed --html - > signed.html
    """
    from soccoop import query
    from soccoop.report import html_report

    desc = describe_filters(kw)
    f = build_filters(kw)
    check_output(html_path, force, db_path)
    with open_store(db_path) as store:
        agreements = list(query.rows(store, "agreements", f))
        reports = report_documents(store, agreements)
    page = html_report(agreements, title=title, filters=desc, documents=reports)
    with open_output(html_path) as out:
        out.write(page)


def report_documents(store: Any, agreements: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Title, date and evidence of every report the agreements cite, by document id."""
    import json

    wanted = {s["document"] for a in agreements for s in a.get("sources", [])}
    out: dict[str, dict[str, Any]] = {}
    ids = sorted(wanted)
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for row in store.query(f"SELECT id, source, title, published, record FROM documents "
                               f"WHERE id IN ({marks})", chunk):
            rec = json.loads(row["record"])
            out[row["id"]] = {
                "source": row["source"], "title": row["title"], "published": row["published"],
                "evidence": {a["id"]: (a.get("evidence") or {}).get("text")
                             for a in rec.get("agreements", [])},
            }
    return out


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "sqlite"]), required=True,
              help="jsonl: one record per line; csv: a directory with one CSV per table; "
                   "sqlite: one database of plain typed tables.")
@click.argument("dest", metavar="FILE")
@force_option
@db_option
def export(fmt: str, dest: str, force: bool, db_path: str) -> None:
    """Export the whole store for other tools.

    sqlite and csv write the tables documents, regions, document_regions, agreements
    (distinct), agreement_sources (each report of an agreement), parties and officials;
    csv writes them as FILE/<table>.csv. jsonl writes the document records. FILE '-' is
    stdout (jsonl only); an existing FILE needs --force.

    \b
    Example:
        soccoop export --format sqlite soccoop-export.db --force
        soccoop export --format csv tables/ --force
        soccoop export --format jsonl - | jq .title
    """
    from soccoop import export as exp

    if dest == "-" and fmt != "jsonl":
        raise click.UsageError(f"--format {fmt} cannot go to stdout ('-'); give a "
                               f"{'directory' if fmt == 'csv' else 'file'} name")
    if fmt == "jsonl":
        check_output(dest, force, db_path)
    elif fmt == "sqlite":
        check_output(dest, True, db_path)  # only the store check: --force is export's own
    with open_store(db_path) as store:
        try:
            if fmt == "jsonl":
                with open_output(dest) as fh:
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
@click.argument("statement", metavar="SQL", required=False)
@click.option("--tables", is_flag=True, help="List the tables and views SQL can read.")
@limit_option
@output_options
@db_option
def sql(statement: str | None, tables: bool, limit: int | None, fmt: str, db_path: str) -> None:
    """Run one read-only SQL statement over the store; rows in the usual formats.

    The store is opened read-only: statements that write fail. Tables: documents,
    doc_regions, agreements (one row per report), agreement_regions, officials, doc_fts;
    views: gazetteer, agreement_parties, agreement_signatories (see --tables). SQLite's
    JSON functions read the `record` columns.

    \b
    Example:
        soccoop sql --tables
        soccoop sql "select code, count(*) as n from doc_regions group by code"
        soccoop sql "select name, district from gazetteer where code = 'RU-TA'" --format csv
        soccoop sql "select party, status from agreement_parties" --format json
    """
    from soccoop import sql as sql_mod

    if tables:
        rows = [{"name": k, "kind": v[0], "columns": v[1]} for k, v in sql_mod.TABLES.items()]
        render(rows, fmt, ["name", "kind", "columns"])
        return
    if not statement or not statement.strip():
        raise click.UsageError("give an SQL statement, e.g. soccoop sql \"select count(*) "
                               "from documents\" (or --tables)")
    shown = table_limit(limit, fmt)
    with open_store(db_path) as store:
        try:
            columns, rows_it = sql_mod.run(store, statement)
            render(rows_it if fmt == "table" or shown is None else
                   (r for i, r in zip(range(shown), rows_it, strict=False)),
                   fmt, columns, limit=shown if fmt == "table" else None)
        except sql_mod.SQLError as e:
            raise click.ClickException(f"sql: {e}") from None


@cli.command()
@click.argument("query_", metavar="[QUERY]", required=False)
@output_options
def regions(query_: str | None, fmt: str) -> None:
    """List the gazetteer of federal subjects: code, name, number, district, aliases.

    QUERY is any name, alias, abbreviation or code in any case form.

    \b
    Example:
        soccoop regions
        soccoop regions Югры
        soccoop regions "Республики Татарстан" --format json
    """
    from soccoop import gazetteer

    rows = gazetteer.table_rows(query_)
    if not rows:
        close = gazetteer.suggest(query_ or "")
        hint = ("; did you mean " + " or ".join(f"{r.name} ({r.code})" for r in close) + "?"
                if close else "")
        raise FilterError(f"no region matches {query_!r}{hint}")
    render(rows, fmt, ["code", "name", "number", "district", "aliases"])


@cli.command(name="eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@output_options
@db_option
def eval_(gold_dir: str, fmt: str, db_path: str) -> None:
    """Score the store against annotated documents in GOLD_DIR.

    Two gold formats: the seeds' JSON (one NAME.json per NAME.txt) and FactRuEval-2016
    (.facts/.objects/.spans/.coref). Documents are matched by file name; a warning on
    stderr says when no gold document matched a stored one. Prints precision, recall and
    F1 per kind and the accuracy of agreement status, agreement date and publication date.

    \b
    Example:
        soccoop eval tests/data/gold
        soccoop eval tests/data/gold --format json | jq .kinds.regions
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
    docs = result.get("documents") or {}
    if not docs.get("matched"):
        click.echo(f"warning: none of the {docs.get('gold', len(gold))} gold documents in "
                   f"{gold_dir} matches a stored document by file name "
                   f"({docs.get('records', 0)} stored); the scores below are empty", err=True)
    if fmt in ("json", "jsonl"):
        click.echo(dumps(result) if fmt == "jsonl" else dumps(result, indent=2))
        return
    cols = ["metric", "precision", "recall", "f1", "tp", "fp", "fn", "accuracy", "correct",
            "total"]
    rows = [{k: (round(v, 3) if isinstance(v, float) else v) for k, v in r.items()}
            for r in evaluate.format_table_rows(result)]
    render(rows, fmt, cols)


def _utf8_stdout() -> None:
    """Write stdout in UTF-8 whatever the locale says (``LC_ALL=C``, ``PYTHONIOENCODING=ascii``):
    every output is Russian text, JSON must be UTF-8 and the HTML report declares it; an
    encoding that cannot hold Cyrillic would only end in a traceback. stderr keeps the
    locale's encoding, escaping what it cannot show."""
    for stream, kwargs in ((sys.stdout, {"encoding": "utf-8"}),
                           (sys.stderr, {"errors": "backslashreplace"})):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        reconfigure = getattr(stream, "reconfigure", None)
        if encoding not in ("utf8", "utf8sig") and reconfigure is not None:
            reconfigure(**kwargs)


def main() -> None:
    _utf8_stdout()
    cli(prog_name="soccoop")


if __name__ == "__main__":
    main()
