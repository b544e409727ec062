"""A self-contained HTML report an analyst reads: who cooperates with whom (a region-by-region
matrix), when (a timeline by month or year), under which agreements (parties one per line,
signatories by name, reports collapsed to a count of outlets and copies with the titles,
dates and evidence behind a disclosure) and the region network as inline SVG.

No scripts, no external URLs: the file opens offline and can be mailed as it is. Every piece
of text from the store is escaped.
"""

from __future__ import annotations

import math
import os
from collections import Counter
from html import escape
from itertools import combinations
from typing import Any
from urllib.parse import urlparse

from soccoop import isodate
from soccoop.analysis import graph_of
from soccoop.models import shown_date, strongest
from soccoop.query import region_name

CSS = """
body{font-family:system-ui,sans-serif;margin:2em auto;color:#222;max-width:1200px;padding:0 1em}
h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:2em}
.lead{color:#444;margin-top:0}.filters{background:#f4f6fa;padding:.4em .8em;border-radius:4px}
table{border-collapse:collapse;font-size:.9em}
#agreements{width:100%}
th,td{border:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#eee}tr.agreement:nth-child(even){background:#fafafa}
.signed{color:#176e2b;font-weight:bold}.planned{color:#9a6700}.mentioned{color:#555}
ul.plain{list-style:none;margin:0;padding:0}ul.plain li{margin:0 0 .25em}
.muted{color:#666;font-size:.9em}
details summary{cursor:pointer;color:#1a4d8f}
details ol{margin:.4em 0 0;padding-left:1.2em}details li{margin-bottom:.4em}
blockquote{margin:.2em 0 0;padding-left:.6em;border-left:3px solid #ccc;color:#444}
#matrix td{text-align:center;min-width:2em}#matrix th.row{white-space:nowrap}
#matrix th.col{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;
font-weight:normal;vertical-align:bottom}
#matrix td.self{background:#eee;color:#888}
svg{border:1px solid #ddd;background:#fff;max-width:100%;height:auto}
svg text{font-size:11px;font-family:system-ui,sans-serif}
"""
STATUS_COLOR = {"signed": "#2e8b57", "planned": "#d4a017", "mentioned": "#888888"}
STATUSES = ("signed", "planned", "mentioned")
MATRIX_MAX = 30  # regions in the matrix; the rest are counted below it


def _e(x: Any) -> str:
    return escape("" if x is None else str(x), quote=True)


def outlet(source: str | None) -> str:
    """The outlet a report came from: the site of a URL, else the name of the file's
    directory (archives keep one directory per outlet)."""
    if not source:
        return "unknown"
    if "://" in source:
        return urlparse(source).netloc or source
    return os.path.basename(os.path.dirname(source)) or "."


def short_name(code: str) -> str:
    """A region's shortest everyday name for narrow places (Татарстан, Югра), not a code."""
    from soccoop import gazetteer

    r = gazetteer.by_code(code)
    if r is None:
        return code
    names = [n for n in (r.name, *r.aliases) if len(n) >= 4 and not n.isupper()]
    return min(names, key=len) if names else r.name


def _sort_key(a: dict[str, Any]) -> tuple[int, str]:
    lo = isodate.date_bounds(a.get("date"))[0] if a.get("date") else None
    return (0, lo) if lo else (1, "")


def _report_list(a: dict[str, Any], documents: dict[str, dict[str, Any]]) -> str:
    sources = a.get("sources", [])
    outlets = {outlet(s.get("source")) for s in sources}
    copies = sum(1 for s in sources if s.get("copy_of"))
    summary = (f'{len(sources)} report{"s" if len(sources) != 1 else ""} in {len(outlets)} '
               f'outlet{"s" if len(outlets) != 1 else ""}'
               + (f", {copies} of them cop{'ies' if copies != 1 else 'y'} of another"
                  if copies else ""))
    # one entry per distinct text (title and evidence): republished copies fold into it
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for src in sources:
        doc = documents.get(src.get("document") or "", {})
        quote = (doc.get("evidence") or {}).get(src.get("agreement")) or ""
        groups.setdefault((doc.get("title") or "(no title)", quote), []).append(
            {**src, "published": doc.get("published")})
    items = []
    for (title, quote), group in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        dates = sorted({g["published"] for g in group if g.get("published")})
        where = sorted({outlet(g.get("source")) for g in group})
        statuses = sorted({g.get("status") or "" for g in group} - {""})
        when = (dates[0] if len(dates) == 1 else f"{dates[0]} … {dates[-1]}" if dates
                else "date unknown")
        times = f"{len(group)} report{'s' if len(group) != 1 else ''}"
        outlets_txt = ", ".join(where[:5]) + (f" and {len(where) - 5} more" if len(where) > 5
                                              else "")
        items.append(
            f"<li><b>{_e(title)}</b> <span class=\"muted\">{_e(when)} · {_e(times)} in "
            f"{_e(outlets_txt)} · {_e(', '.join(statuses))}</span>"
            + (f"<blockquote>{_e(quote)}</blockquote>" if quote else "")
            + (f'<div class="muted">{_e(group[0].get("source"))}'
               + (f" and {len(group) - 1} more" if len(group) > 1 else "") + "</div></li>"))
    return (f"<details><summary>{_e(summary)}</summary><ol>{''.join(items)}</ol></details>")


def _table(agreements: list[dict[str, Any]], documents: dict[str, dict[str, Any]]) -> str:
    head = ("<tr><th>Date</th><th>Status</th><th>Agreement</th><th>Parties</th>"
            "<th>Signatories</th><th>Reports</th></tr>")
    rows = []
    for a in sorted(agreements, key=_sort_key):
        parties = "".join(
            f'<li>{_e(p["name"])}'
            + (f' <span class="muted">({_e(region_name(p["region"]))})</span>'
               if p.get("region") else "") + "</li>"
            for p in a.get("parties", []))
        signers = "".join(f"<li>{_e(s)}</li>" for s in a.get("signatories", []))
        regions = ", ".join(region_name(c) for c in a.get("regions", []))
        rows.append(
            f'<tr class="agreement" id="{_e(a["id"])}">'
            f'<td>{_e(shown_date(a) or "unknown")}</td>'
            f'<td class="{_e(a["status"])}">{_e(a["status"])}</td>'
            f'<td>{_e(a.get("title") or "agreement")}<div class="muted">{_e(regions)}</div></td>'
            f'<td><ul class="plain">{parties}</ul></td>'
            f'<td>{"<ul class=plain>" + signers + "</ul>" if signers else "—"}</td>'
            f'<td>{_report_list(a, documents)}</td></tr>')
    if not rows:
        rows.append('<tr><td colspan="6">No agreements match.</td></tr>')
    return f'<table id="agreements">{head}{"".join(rows)}</table>'


def _matrix(agreements: list[dict[str, Any]]) -> str:
    """Regions × regions: how many distinct agreements join each pair (diagonal: all of a
    region's agreements)."""
    per_region: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for a in agreements:
        codes = sorted(set(a.get("regions", [])))
        per_region.update(codes)
        pairs.update(combinations(codes, 2))
    if not per_region:
        return '<p id="matrix">No agreement names two regions.</p>'
    order = sorted(per_region, key=lambda c: (-per_region[c], region_name(c)))
    shown, hidden = order[:MATRIX_MAX], order[MATRIX_MAX:]
    top = max(pairs.values(), default=1)
    head = "<tr><th></th>" + "".join(
        f'<th class="col" title="{_e(region_name(c))}">{_e(short_name(c))}</th>' for c in shown
    ) + "</tr>"
    body = []
    for r in shown:
        cells = []
        for c in shown:
            if r == c:
                cells.append(f'<td class="self" title="all agreements of {_e(region_name(r))}">'
                             f"{per_region[r]}</td>")
                continue
            n = pairs[(min(r, c), max(r, c))]
            alpha = 0.15 + 0.75 * n / top if n else 0
            style = f' style="background:rgba(46,139,87,{alpha:.2f})"' if n else ""
            cells.append(f'<td{style} title="{_e(region_name(r))} — {_e(region_name(c))}: '
                         f'{n}">{n or ""}</td>')
        body.append(f'<tr><th class="row">{_e(region_name(r))}</th>{"".join(cells)}</tr>')
    note = (f'<p class="muted">{len(hidden)} more regions with fewer agreements are not shown: '
            f'{_e(", ".join(region_name(c) for c in hidden))}.</p>' if hidden else "")
    return f'<table id="matrix">{head}{"".join(body)}</table>{note}'


def _timeline(agreements: list[dict[str, Any]], width: int = 1000) -> str:
    """Agreements per month (per year when they span more than three years), stacked by
    status; undated ones are counted under the chart."""
    months: Counter[tuple[str, str]] = Counter()
    undated = 0
    for a in agreements:
        yr, mo, _ = isodate.parts(a["date"]) if a.get("date") else (None, None, None)
        if yr is None:
            undated += 1
            continue
        months[(f"{yr}-{mo}" if mo else yr, a["status"])] += 1
    if not months:
        return f'<p id="timeline">No agreement with a known year ({undated} undated).</p>'
    years = sorted({k[:4] for k, _ in months})
    by_year = int(years[-1]) - int(years[0]) >= 3 or all(len(k) == 4 for k, _ in months)
    counts: Counter[tuple[str, str]] = Counter()
    for (k, status), n in months.items():
        counts[(k[:4] if by_year else k, status)] += n
    if by_year:
        buckets = [str(y) for y in range(int(years[0]), int(years[-1]) + 1)]
    else:
        keys = sorted({k for k, _ in counts})
        first, last = keys[0], keys[-1]
        buckets = [k for k in keys if len(k) == 4]  # a year alone, month unknown
        cy, cm = int(first[:4]), int(first[5:7]) if len(first) > 4 else 1
        while f"{cy:04d}-{cm:02d}" <= last:
            buckets.append(f"{cy:04d}-{cm:02d}")
            cy, cm = (cy + 1, 1) if cm == 12 else (cy, cm + 1)
        buckets = sorted(set(buckets))
    totals = {b: sum(counts[(b, s)] for s in STATUSES) for b in buckets}
    peak = max(totals.values()) or 1
    height, left, bottom, top_pad = 260, 40, 50, 20
    slot = (width - left - 20) / max(1, len(buckets))
    bar = max(2.0, min(40.0, slot * 0.7))
    scale = (height - bottom - top_pad) / peak
    parts = [f'<svg id="timeline" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img">',
             f"<title>Agreements by {'year' if by_year else 'month'}</title>",
             f'<line x1="{left}" y1="{height - bottom}" x2="{width - 10}" '
             f'y2="{height - bottom}" stroke="#444"/>']
    for tick in sorted({0, peak // 2, peak}):
        yy = height - bottom - tick * scale
        parts.append(f'<text x="{left - 6}" y="{yy + 4:.1f}" text-anchor="end">{tick}</text>')
    label_every = max(1, math.ceil(len(buckets) / 24))
    for i, b in enumerate(buckets):
        x = left + i * slot + (slot - bar) / 2
        y = float(height - bottom)
        for status in STATUSES:
            n = counts[(b, status)]
            if not n:
                continue
            h = n * scale
            y -= h
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                         f'fill="{STATUS_COLOR[status]}"><title>{_e(b)}: {n} {status}'
                         f"</title></rect>")
        if totals[b]:
            parts.append(f'<text x="{x + bar / 2:.1f}" y="{y - 3:.1f}" '
                         f'text-anchor="middle">{totals[b]}</text>')
        if i % label_every == 0:
            parts.append(f'<text x="{x + bar / 2:.1f}" y="{height - bottom + 14}" '
                         f'text-anchor="end" transform="rotate(-45 {x + bar / 2:.1f} '
                         f'{height - bottom + 14})">'
                         f'{_e(b if by_year or len(b) > 4 else b + " (month unknown)")}</text>')
    lx = left
    for status in STATUSES:
        parts.append(f'<rect x="{lx}" y="4" width="10" height="10" '
                     f'fill="{STATUS_COLOR[status]}"/><text x="{lx + 14}" y="13">{status}</text>')
        lx += 90
    parts.append("</svg>")
    note = (f'<p class="muted">{undated} agreement{"s" if undated != 1 else ""} without a known '
            "year are not on the chart.</p>" if undated else "")
    return "".join(parts) + note


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


def _summary(agreements: list[dict[str, Any]], filters: str) -> str:
    by_status = Counter(a["status"] for a in agreements)
    sources = [s for a in agreements for s in a.get("sources", [])]
    outlets = {outlet(s.get("source")) for s in sources}
    regions = {c for a in agreements for c in a.get("regions", [])}
    status_words = ", ".join(f"{by_status[s]} {s}" for s in STATUSES if by_status[s])
    lead = (f"{len(agreements)} agreement{'s' if len(agreements) != 1 else ''}"
            + (f" ({status_words})" if status_words else "")
            + f" between {len(regions)} regions, reported {len(sources)} times "
            f"in {len(outlets)} outlet{'s' if len(outlets) != 1 else ''}.")
    shown = (f"Filters: {_e(filters)}." if filters
             else "No filters: every agreement in the store.")
    return f'<p class="lead">{_e(lead)}</p><p class="filters">{shown}</p>'


def html_report(agreements: list[dict[str, Any]], *, title: str = "soccoop report",
                filters: str = "", documents: dict[str, dict[str, Any]] | None = None) -> str:
    """The whole page as one string. ``agreements``: distinct agreements as ``soccoop list
    --kind agreements`` gives them; ``documents``: title, date and evidence of each report by
    document id; ``filters``: the filters in words."""
    docs = documents or {}
    return (
        "<!DOCTYPE html>\n<html lang=\"ru\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>{_e(title)}</title><style>{CSS}</style></head><body>"
        f"<h1>{_e(title)}</h1>{_summary(agreements, filters)}"
        "<h2>Who cooperates with whom</h2><p class=\"muted\">Number of distinct agreements "
        "between two regions; the grey diagonal counts all agreements of a region.</p>"
        f"{_matrix(agreements)}"
        f"<h2>When</h2>{_timeline(agreements)}"
        f"<h2>Agreements</h2>{_table(agreements, docs)}"
        f"<h2>Network of regions</h2>{_network(agreements)}"
        "</body></html>\n"
    )
