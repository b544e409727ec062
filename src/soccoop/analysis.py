"""Summaries over the store: counts (``soccoop stats``) and the region network (``graph``).

Agreements are counted once per distinct agreement (see ``soccoop.identity``), documents once
per stored text.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from soccoop import isodate
from soccoop.names import name_key
from soccoop.output import dumps
from soccoop.query import Filters, distinct_agreements, documents, region_name
from soccoop.store import Store

UNKNOWN = "unknown"


def month_of(value: str | None) -> str:
    """``2023-09`` for a dated value, ``2023`` for a year alone, ``unknown`` without a year."""
    if not value:
        return UNKNOWN
    y, m, _ = isodate.parts(value)
    if y is None:
        return UNKNOWN
    return f"{y}-{m}" if m else y


def stats(store: Store, f: Filters, top: int = 10) -> dict[str, Any]:
    """Counts by region, by month, by status, and the most frequent officials."""
    f = Filters(**{**f.__dict__, "limit": None, "sort": None})
    docs = list(documents(store, f))
    agreements = distinct_agreements(store, f)
    doc_regions: Counter[str] = Counter(r["code"] for d in docs for r in d.get("regions", []))
    agr_regions: Counter[str] = Counter(c for a in agreements for c in a["regions"])
    regions = [
        {"code": c, "name": region_name(c), "documents": doc_regions[c],
         "agreements": agr_regions[c]}
        for c in sorted(set(doc_regions) | set(agr_regions),
                        key=lambda c: (-doc_regions[c] - agr_regions[c], c))
    ]
    doc_months: Counter[str] = Counter(month_of(d.get("published")) for d in docs)
    agr_months: Counter[str] = Counter(month_of(a["date"]) for a in agreements)
    months = [
        {"month": m, "documents": doc_months[m], "agreements": agr_months[m]}
        for m in sorted(set(doc_months) | set(agr_months), key=lambda m: (m == UNKNOWN, m))
    ]
    statuses = [
        {"status": s, "agreements": sum(a["status"] == s for a in agreements),
         "reports": sum(1 for a in agreements for x in a["sources"] if x["status"] == s)}
        for s in ("signed", "planned", "mentioned")
    ]
    people: dict[str, dict[str, Any]] = {}
    for d in docs:
        for o in d.get("officials", []):
            key = name_key(o["name"]) or o["name"]
            p = people.setdefault(key, {"name": o["name"], "mentions": 0, "documents": set(),
                                        "positions": Counter()})
            p["mentions"] += 1
            p["documents"].add(d["id"])
            if o.get("position"):
                p["positions"][o["position"]] += 1
    officials = [
        {"name": p["name"], "mentions": p["mentions"], "documents": len(p["documents"]),
         "position": p["positions"].most_common(1)[0][0] if p["positions"] else None}
        for p in sorted(people.values(), key=lambda p: (-len(p["documents"]), -p["mentions"],
                                                        p["name"]))[:top]
    ]
    return {"documents": len(docs), "agreements": len(agreements), "regions": regions,
            "months": months, "statuses": statuses, "officials": officials}


# -- graph ----------------------------------------------------------------------------------

def graph(store: Store, f: Filters) -> dict[str, Any]:
    """Regions as nodes, pairs sharing a distinct agreement as edges."""
    f = Filters(**{**f.__dict__, "limit": None, "sort": None})
    return graph_of(distinct_agreements(store, f))


def graph_of(agreements: list[dict[str, Any]]) -> dict[str, Any]:
    nodes: Counter[str] = Counter()
    edges: dict[tuple[str, str], dict[str, Any]] = defaultdict(
        lambda: {"count": 0, "statuses": set(), "dates": set(), "agreements": []})
    for a in agreements:
        codes = sorted(set(a["regions"]))
        nodes.update(codes)
        for x, y in combinations(codes, 2):
            e = edges[(x, y)]
            e["count"] += 1
            e["statuses"].add(a["status"])
            if a.get("date"):
                e["dates"].add(a["date"])
            e["agreements"].append(a["id"])
    return {
        "nodes": [{"id": c, "name": region_name(c), "agreements": n}
                  for c, n in sorted(nodes.items())],
        "edges": [
            {"source": x, "target": y, "count": e["count"], "statuses": sorted(e["statuses"]),
             "dates": sorted(e["dates"]), "agreements": e["agreements"]}
            for (x, y), e in sorted(edges.items())
        ],
    }


def _dot_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def to_dot(g: dict[str, Any]) -> str:
    lines = ["graph soccoop {", "  node [shape=ellipse];"]
    for n in g["nodes"]:
        lines.append(f"  {_dot_str(n['id'])} [label={_dot_str(n['name'])}, "
                     f"agreements={n['agreements']}];")
    for e in g["edges"]:
        label = f"{e['count']}: {', '.join(e['statuses'])}"
        lines.append(
            f"  {_dot_str(e['source'])} -- {_dot_str(e['target'])} [label={_dot_str(label)}, "
            f"weight={e['count']}, dates={_dot_str(' '.join(e['dates']))}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def to_graphml(g: dict[str, Any]) -> str:
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
        '  <key id="name" for="node" attr.name="name" attr.type="string"/>',
        '  <key id="nagr" for="node" attr.name="agreements" attr.type="int"/>',
        '  <key id="count" for="edge" attr.name="count" attr.type="int"/>',
        '  <key id="statuses" for="edge" attr.name="statuses" attr.type="string"/>',
        '  <key id="dates" for="edge" attr.name="dates" attr.type="string"/>',
        '  <graph id="soccoop" edgedefault="undirected">',
    ]
    for n in g["nodes"]:
        out.append(f"    <node id={quoteattr(n['id'])}>"
                   f"<data key=\"name\">{escape(n['name'])}</data>"
                   f"<data key=\"nagr\">{n['agreements']}</data></node>")
    for e in g["edges"]:
        out.append(f"    <edge source={quoteattr(e['source'])} target={quoteattr(e['target'])}>"
                   f"<data key=\"count\">{e['count']}</data>"
                   f"<data key=\"statuses\">{escape(' '.join(e['statuses']))}</data>"
                   f"<data key=\"dates\">{escape(' '.join(e['dates']))}</data></edge>")
    out += ["  </graph>", "</graphml>"]
    return "\n".join(out) + "\n"


def render_graph(g: dict[str, Any], fmt: str) -> str:
    if fmt == "dot":
        return to_dot(g)
    if fmt == "graphml":
        return to_graphml(g)
    return dumps(g, indent=2) + "\n"
