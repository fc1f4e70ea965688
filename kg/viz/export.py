"""GraphML and GEXF for Gephi, Cytoscape and yEd, through networkx's own writers.

The writers take only scalar attributes, so lists and dicts are flattened:
a list of strings becomes ``"a; b"``, anything else nested becomes JSON.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx

GRAPH_FORMATS = ("graphml", "gexf")


def _scalar(value: Any) -> str | int | float | bool | None:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple | set) and all(isinstance(x, str) for x in value):
        return "; ".join(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def exportable(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with scalar attributes only, ``label`` set to each node's name, and
    edges keyed 0, 1, 2... (GraphML wants edge ids unique in the file)."""
    out = nx.MultiDiGraph()
    for v, d in G.nodes(data=True):
        attrs = {k: s for k, val in d.items() if (s := _scalar(val)) not in (None, "")}
        attrs["label"] = str(d.get("name", v))
        attrs["degree"] = G.degree(v)
        out.add_node(v, **attrs)
    for i, (u, v, d) in enumerate(G.edges(data=True)):
        attrs = {k: s for k, val in d.items() if (s := _scalar(val)) not in (None, "")}
        attrs["evidence_count"] = len(d.get("evidence") or [])
        out.add_edge(u, v, key=i, **attrs)
    return out


def write_graph_file(G: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write GraphML or GEXF (by the file's extension) with names and types as attributes."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    graph = exportable(G)
    if fmt == "graphml":
        nx.write_graphml(graph, path, encoding="utf-8", prettyprint=True)
    elif fmt == "gexf":
        nx.write_gexf(graph, path, encoding="utf-8", prettyprint=True)
    else:
        raise ValueError(f"not a graph file format: {fmt}")
    return path
