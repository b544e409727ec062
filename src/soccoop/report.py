"""A self-contained HTML report: agreement table, timeline and region network as inline SVG.

No scripts, no external URLs: the file opens offline and can be mailed as it is. Every piece
of text from the store is escaped.
"""

from __future__ import annotations

import math
from datetime import date
from html import escape
from typing import Any

from soccoop import isodate
from soccoop.analysis import graph_of
from soccoop.models import strongest

CSS = """
body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:1200px}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em}
table{border-collapse:collapse;width:100%;font-size:.9em}
th,td{border:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#eee}tr:nth-child(even){background:#fafafa}
.signed{color:#176e2b;font-weight:bold}.planned{color:#9a6700}.mentioned{color:#555}
svg{border:1px solid #ddd;background:#fff}
svg text{font-size:11px;font-family:system-ui,sans-serif}
"""
STATUS_COLOR = {"signed": "#2e8b57", "planned": "#d4a017", "mentioned": "#888888"}


def _e(x: Any) -> str:
    return escape("" if x is None else str(x), quote=True)


def _table(agreements: list[dict[str, Any]]) -> str:
    head = ("<tr><th>Status</th><th>Date</th><th>Parties</th><th>Signatories</th>"
            "<th>Regions</th><th>Title</th><th>Reports</th></tr>")
    rows = []
    for a in agreements:
        sources = "<br>".join(_e(s.get("source")) for s in a.get("sources", []))
        rows.append(
            f'<tr class="agreement" id="{_e(a["id"])}">'
            f'<td class="{_e(a["status"])}">{_e(a["status"])}</td><td>{_e(a["date"])}</td>'
            f'<td>{"<br>".join(_e(p["name"]) for p in a.get("parties", []))}</td>'
            f'<td>{"<br>".join(_e(s) for s in a.get("signatories", []))}</td>'
            f'<td>{_e(", ".join(a.get("regions", [])))}</td><td>{_e(a.get("title"))}</td>'
            f'<td>{len(a.get("sources", []))}<br><small>{sources}</small></td></tr>')
    if not rows:
        rows.append('<tr><td colspan="7">No agreements match.</td></tr>')
    return f'<table id="agreements">{head}{"".join(rows)}</table>'


def _ordinal(value: str) -> float | None:
    lo, hi = isodate.date_bounds(value)
    if lo is None or hi is None:
        return None
    a, b = date.fromisoformat(lo).toordinal(), date.fromisoformat(hi).toordinal()
    return (a + b) / 2


def _timeline(agreements: list[dict[str, Any]], width: int = 900) -> tuple[str, list[str]]:
    dated = [(o, a) for a in agreements if (o := _ordinal(a.get("date") or "")) is not None]
    undated = [a for a in agreements if _ordinal(a.get("date") or "") is None]
    height = 60 + 18 * max(1, len(dated))
    parts = [f'<svg id="timeline" width="{width}" '
             f'height="{height}" viewBox="0 0 {width} {height}" role="img">',
             "<title>Timeline of agreements</title>"]
    if dated:
        lo = min(o for o, _ in dated)
        hi = max(o for o, _ in dated)
        span = max(hi - lo, 1.0)
        left, right = 40, width - 260

        def x(o: float) -> float:
            return left + (o - lo) / span * (right - left)

        axis_y = height - 30
        parts.append(f'<line x1="{left}" y1="{axis_y}" x2="{right}" y2="{axis_y}" '
                     'stroke="#444"/>')
        y0, y1 = date.fromordinal(int(lo)).year, date.fromordinal(int(hi)).year
        step = max(1, (y1 - y0) // 10 + 1)
        for y in range(y0, y1 + 1, step):
            o = date(y, 1, 1).toordinal()
            if lo <= o <= hi or y == y0:
                xx = x(max(o, lo))
                parts.append(f'<line x1="{xx:.1f}" y1="{axis_y}" x2="{xx:.1f}" '
                             f'y2="{axis_y + 5}" stroke="#444"/>'
                             f'<text x="{xx:.1f}" y="{axis_y + 18}">{y}</text>')
        for i, (o, a) in enumerate(sorted(dated, key=lambda oa: oa[0])):
            yy = 20 + 18 * i
            color = STATUS_COLOR.get(a["status"], "#888")
            label = f'{a["date"]} {", ".join(a.get("regions", []))} ({a["status"]})'
            parts.append(
                f'<line x1="{x(o):.1f}" y1="{yy}" x2="{x(o):.1f}" y2="{axis_y}" '
                f'stroke="{color}" stroke-dasharray="2,3"/>'
                f'<circle cx="{x(o):.1f}" cy="{yy}" r="5" fill="{color}">'
                f'<title>{_e(a.get("title"))}</title></circle>'
                f'<text x="{x(o) + 8:.1f}" y="{yy + 4}">{_e(label)}</text>')
    else:
        parts.append('<text x="10" y="30">No agreement with a known year.</text>')
    parts.append("</svg>")
    items = [f'<li>{_e(a.get("date") or "date unknown")}: {_e(", ".join(a.get("regions", [])))} '
             f'— {_e(a.get("title"))} ({_e(a["status"])})</li>' for a in undated]
    return "".join(parts), items


def _network(agreements: list[dict[str, Any]], size: int = 600) -> str:
    g = graph_of(agreements)
    nodes = g["nodes"]
    width = size + 400  # room for labels of up to 30 characters on either side
    parts = [f'<svg id="network" width="{width}" '
             f'height="{size}" viewBox="0 0 {width} {size}" role="img">',
             "<title>Network of cooperating regions</title>"]
    c, cy, r = width / 2, size / 2, size / 2 - 40
    pos: dict[str, tuple[float, float]] = {}
    for i, n in enumerate(nodes):
        ang = 2 * math.pi * i / max(1, len(nodes)) - math.pi / 2
        pos[n["id"]] = (c + r * math.cos(ang), cy + r * math.sin(ang))
    for e in g["edges"]:
        (x1, y1), (x2, y2) = pos[e["source"]], pos[e["target"]]
        color = STATUS_COLOR.get(strongest(e["statuses"]), "#888")
        parts.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{color}" '
            f'stroke-width="{1 + min(e["count"], 8)}"><title>{_e(e["source"])} — '
            f'{_e(e["target"])}: {e["count"]}</title></line>')
    for n in nodes:
        x, y = pos[n["id"]]
        anchor = "start" if x >= c else "end"
        dx = 10 if x >= c else -10
        parts.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{5 + min(n["agreements"], 10)}" '
            f'fill="#4a78b5"><title>{_e(n["name"])}</title></circle>'
            f'<text x="{x + dx:.1f}" y="{y + 4:.1f}" text-anchor="{anchor}">'
            f'{_e(n["id"])} {_e(n["name"][:30])}</text>')
    if not nodes:
        parts.append('<text x="10" y="30">No regions to draw.</text>')
    parts.append("</svg>")
    return "".join(parts)


def html_report(agreements: list[dict[str, Any]], *, title: str = "soccoop report",
                filters: str = "") -> str:
    """The whole page as one string."""
    timeline, undated = _timeline(agreements)
    undated_html = (f'<h3>Without a known year</h3><ul id="undated">{"".join(undated)}</ul>'
                    if undated else "")
    return (
        "<!DOCTYPE html>\n<html lang=\"ru\"><head><meta charset=\"utf-8\">"
        f"<title>{_e(title)}</title><style>{CSS}</style></head><body>"
        f"<h1>{_e(title)}</h1><p>{len(agreements)} agreements"
        f"{'; filters: ' + _e(filters) if filters else ''}.</p>"
        f"<h2>Agreements</h2>{_table(agreements)}"
        f"<h2>Timeline</h2>{timeline}{undated_html}"
        f"<h2>Network of regions</h2>{_network(agreements)}"
        "</body></html>\n"
    )
