"""Cut a drawable piece out of a big graph: one article, one entity's neighbourhood,
some types. Names the user types are resolved here, with errors that list what exists."""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from kg.model import COARSE_TYPES, FINE_TYPES
from kg.viz.errors import SelectionError

#: Display groups that are not classes of entities but can be asked for by name.
EXTRA_GROUPS = ("Occupation", "Article", "Quotation", "Other")


def _listing(items: Iterable[str], limit: int = 5) -> str:
    items = sorted(items)
    more = f" (and {len(items) - limit} more)" if len(items) > limit else ""
    return ", ".join(items[:limit]) + more if items else "none"


def resolve_article(G: nx.MultiDiGraph, spec: str) -> str:
    """The article IRI that ``spec`` names: the IRI itself or a unique suffix of it."""
    articles = set(G.graph.get("articles", {}))
    articles |= {n for n, d in G.nodes(data=True) if d.get("group") == "Article"}
    if spec in articles:
        return spec
    hits = [a for a in articles if a.endswith(spec)]
    if len(hits) == 1:
        return hits[0]
    if not hits:
        raise SelectionError(f"no article matches {spec!r}; articles: {_listing(articles)}")
    raise SelectionError(f"{spec!r} matches {len(hits)} articles: {_listing(hits)}; "
                         "give more of the IRI")


def article_subgraph(G: nx.MultiDiGraph, article: str) -> nx.MultiDiGraph:
    """The entities an article mentions and the facts read from it.

    An edge without evidence (such as a CONSTRUCT result) is kept when the
    article mentions both of its ends.
    """
    iri = resolve_article(G, article)
    keep = {n for n, d in G.nodes(data=True) if iri in d.get("articles", ()) or n == iri}
    edges = []
    for u, v, k, d in G.edges(keys=True, data=True):
        evs = d.get("evidence") or []
        if any(e.get("article") == iri for e in evs) or (not evs and u in keep and v in keep):
            edges.append((u, v, k))
    sub = G.edge_subgraph(edges).copy() if edges else nx.MultiDiGraph()
    sub.graph.update(G.graph)
    sub.graph["article"] = iri
    sub.add_nodes_from((n, G.nodes[n]) for n in keep)
    return sub


def resolve_entity(G: nx.MultiDiGraph, spec: str) -> list[str]:
    """Nodes that ``spec`` names: an IRI, else every node whose name is exactly ``spec``
    (several nodes can share a name, such as a person and a company)."""
    if spec in G:
        return [spec]
    hits = sorted(n for n, d in G.nodes(data=True) if d.get("name") == spec)
    if not hits:
        folded = spec.casefold()
        hits = sorted(n for n, d in G.nodes(data=True)
                      if str(d.get("name", "")).casefold() == folded
                      or folded in (a.casefold() for a in d.get("aliases", ())))
    if not hits:
        raise SelectionError(f"no entity named or identified {spec!r} in the graph "
                             f"({G.number_of_nodes()} nodes); give an IRI or an exact name")
    return hits


def focus_subgraph(G: nx.MultiDiGraph, entity: str, depth: int = 1) -> nx.MultiDiGraph:
    """Everything within ``depth`` links of the entity, whatever the direction."""
    roots = resolve_entity(G, entity)
    und = G.to_undirected(as_view=True)
    keep: set[str] = set()
    for root in roots:
        keep |= set(nx.single_source_shortest_path_length(und, root, cutoff=depth))
    sub = G.subgraph(keep).copy()
    sub.graph["focus"] = roots
    return sub


def known_types() -> dict[str, str]:
    """Every type name accepted by ``--types``, lowercased -> its canonical spelling."""
    names = [*FINE_TYPES, *COARSE_TYPES, *EXTRA_GROUPS]
    return {n.lower(): n for n in names}


def filter_types(G: nx.MultiDiGraph, types: Iterable[str],
                 keep: Iterable[str] = ()) -> nx.MultiDiGraph:
    """Only nodes whose fine type or display group is one of ``types`` (plus ``keep``)."""
    known = known_types()
    wanted: set[str] = set()
    for t in types:
        t = t.strip()
        if not t:
            continue
        if t.lower() not in known:
            raise SelectionError(f"unknown type {t!r}; expected coarse or fine class names "
                                 f"such as {', '.join(COARSE_TYPES)}")
        wanted.add(known[t.lower()])
    nodes = {n for n, d in G.nodes(data=True)
             if d.get("type") in wanted or d.get("group") in wanted} | set(keep)
    return G.subgraph(nodes).copy()
