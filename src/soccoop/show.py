"""``soccoop show``: one document or agreement, its facts, and the evidence marked in the text.

On a terminal each kind of fact has its own style; piped, rich drops the styles and the
layout stays readable.
"""

from __future__ import annotations

from typing import IO, Any

from soccoop.models import shown_date

STYLES = {
    "region": "bold cyan",
    "official": "bold magenta",
    "agreement": "underline green",
    "date": "yellow",
}


def spans(record: dict[str, Any], only_agreement: str | None = None) -> list[tuple[str, int, int]]:
    """(kind, start, end) of every piece of evidence in a record."""
    out: list[tuple[str, int, int]] = []
    for r in record.get("regions", []):
        out += [("region", m["start"], m["end"]) for m in r.get("mentions", [])]
    for o in record.get("officials", []):
        ev = o.get("evidence") or {}
        if "start" in ev:
            out.append(("official", ev["start"], ev["end"]))
    for a in record.get("agreements", []):
        if only_agreement and a.get("id") != only_agreement:
            continue
        ev = a.get("evidence") or {}
        if "start" in ev:
            out.append(("agreement", ev["start"], ev["end"]))
    for d in record.get("dates", []):
        out.append(("date", d["start"], d["end"]))
    return out


UNKNOWN = "—"


def _v(value: Any) -> str:
    """A value for people: "—" for a missing one, never Python's ``None``."""
    if value is None or value == "" or value == []:
        return UNKNOWN
    return str(value)


def render(found: dict[str, Any], out: IO[str], color: bool | None = None) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=out, force_terminal=color, soft_wrap=False, highlight=False)
    rec = found["record"]
    text: str = found["text"]
    facts = Table(show_header=False, box=None)
    facts.add_column(style="bold")
    facts.add_column(overflow="fold")
    if found["kind"] == "agreement":
        a = found["agreement"]
        merged = found.get("merged") or a  # what `list --kind agreements` shows for it
        facts.add_row("agreement", merged["id"])
        facts.add_row("title", _v(a.get("title")))
        facts.add_row("status", f'{_v(a.get("status"))} (all reports: '
                                f'{_v(merged.get("status", a.get("status")))})')
        facts.add_row("date", f'{_v(shown_date(a))} (all reports: {_v(shown_date(merged))})')
        facts.add_row("parties", "\n".join(p["name"] for p in merged.get("parties", []))
                      or UNKNOWN)
        facts.add_row("signatories", "\n".join(merged.get("signatories", [])) or UNKNOWN)
        facts.add_row("regions", ", ".join(merged.get("regions", [])) or UNKNOWN)
        facts.add_row("reports", f'{merged.get("reports", 1)} in {merged.get("outlets", 1)} '
                                 f'outlets, {merged.get("copies", 0)} of them copies')
        for s in merged.get("sources", []):
            facts.add_row("reported in", f'{s["document"]} {s["source"]} ({_v(s.get("status"))})')
        facts.add_row("document", f'{rec["id"]} {rec["source"]}')
    else:
        facts.add_row("document", rec["id"])
        facts.add_row("source", rec["source"])
        facts.add_row("title", _v(rec.get("title")))
        facts.add_row("published", _v(rec.get("published")))
        if rec.get("copy_of"):
            facts.add_row("copy of", rec["copy_of"])
        facts.add_row("regions", ", ".join(f'{r["code"]} {r["name"]}'
                                           for r in rec.get("regions", [])) or UNKNOWN)
        for o in rec.get("officials", []):
            facts.add_row("official", ", ".join(x for x in (o["name"], o.get("position"),
                                                            o.get("organization")) if x))
        for a in rec.get("agreements", []):
            facts.add_row("agreement", " ".join(
                x for x in (a["id"], a.get("status"), shown_date(a),
                            a.get("title")) if x))
    console.print(facts)
    legend = Text("legend: ")
    for kind, style in STYLES.items():
        legend.append(kind, style=style)
        legend.append(" ")
    console.print(legend)
    body = Text(text)
    only = found["agreement"]["id"] if found["kind"] == "agreement" else None
    n = len(text)
    for kind, start, end in spans(rec, only):
        if 0 <= start < end <= n:
            body.stylize(STYLES[kind], start, end)
    console.rule()
    console.print(body)
