"""The network measures networkx users expect, for the entity graph of a store:
who is most central, how the graph falls apart, which entities cluster together."""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx
from rich.table import Table

DEFAULT_SEED = 42
#: Past this many nodes betweenness is estimated from a seeded sample of sources.
EXACT_BETWEENNESS_LIMIT = 1000


@dataclass
class Central:
    """One entity and its centrality scores."""

    node: str
    name: str
    type: str
    degree: int
    pagerank: float
    betweenness: float


@dataclass
class GraphAnalytics:
    """What ``kg stats --graph`` reports."""

    nodes: int = 0
    edges: int = 0
    components: list[int] = field(default_factory=list)  # sizes, largest first
    communities: list[list[str]] = field(default_factory=list)  # largest first
    central: list[Central] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # node -> display name


def simple_graph(G: nx.Graph) -> nx.Graph:
    """Undirected, one edge per linked pair, weighted by how many facts link them."""
    out = nx.Graph()
    out.add_nodes_from(G.nodes)
    for u, v in G.edges():
        if u == v:
            continue
        w = out.get_edge_data(u, v, {}).get("weight", 0)
        out.add_edge(u, v, weight=w + 1)
    return out


def communities(G: nx.Graph, *, seed: int = DEFAULT_SEED) -> list[list[str]]:
    """Louvain communities (seeded, so every run agrees), largest first, members sorted."""
    simple = simple_graph(G)
    if simple.number_of_nodes() == 0:
        return []
    found = nx.community.louvain_communities(simple, weight="weight", seed=seed)
    def members(c: set[str]) -> list[str]:  # best connected first
        return sorted(c, key=lambda v: (-simple.degree(v), str(v)))

    return sorted((members(c) for c in found), key=lambda c: (-len(c), str(c[0])))


def community_index(G: nx.Graph, *, seed: int = DEFAULT_SEED) -> dict[str, int]:
    """Node -> its community's rank (0 is the largest)."""
    return {n: i for i, members in enumerate(communities(G, seed=seed)) for n in members}


def analyze(G: nx.Graph, *, top: int = 10, seed: int = DEFAULT_SEED) -> GraphAnalytics:
    """Degree (facts), PageRank and betweenness of the ``top`` entities by PageRank,
    component sizes and Louvain communities, all on the undirected entity graph."""
    simple = simple_graph(G)
    n = simple.number_of_nodes()
    out = GraphAnalytics(nodes=G.number_of_nodes(), edges=G.number_of_edges())
    if n == 0:
        return out
    out.components = sorted((len(c) for c in nx.connected_components(simple)), reverse=True)
    out.communities = communities(G, seed=seed)
    out.names = {v: str(G.nodes[v].get("name", v)) for v in G}
    # Undirected: a fact's direction is a naming convention (film -> director), not flow.
    pagerank = nx.pagerank(simple, weight="weight") if simple.number_of_edges() \
        else {v: 1 / n for v in G}
    k = None if n <= EXACT_BETWEENNESS_LIMIT else EXACT_BETWEENNESS_LIMIT // 2
    betweenness = nx.betweenness_centrality(simple, k=k, seed=seed)
    ranked = sorted(G.nodes, key=lambda v: (-pagerank[v], -G.degree(v), str(v)))[:top]
    for v in ranked:
        d = G.nodes[v]
        out.central.append(Central(v, str(d.get("name", v)), str(d.get("type", "")),
                                   G.degree(v), pagerank[v], betweenness[v]))
    return out


def _short(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def analyze_store(store=None, *, top: int = 10, seed: int = DEFAULT_SEED) -> GraphAnalytics:
    """:func:`analyze` on the entity graph of a store (a Store, a path or URL, or the default)."""
    from kg.store import using_store
    from kg.viz.convert import to_networkx

    with using_store(store) as st:
        dataset = st.dataset()
    return analyze(to_networkx(dataset), top=top, seed=seed)


def tables(result: GraphAnalytics, *, members: int = 4, limit: int = 10) -> list[Table]:
    """The analytics as rich tables: central entities, components, communities."""
    central = Table("entity", "type", "degree", "PageRank", "betweenness",
                    title=f"most central entities ({result.nodes} nodes, {result.edges} edges)",
                    header_style="bold")
    for c in result.central:
        central.add_row(_short(c.name), c.type, str(c.degree), f"{c.pagerank:.4f}",
                        f"{c.betweenness:.4f}")
    comps = Table("components", "largest", "isolated nodes", title="connected components",
                  header_style="bold")
    comps.add_row(str(len(result.components)),
                  str(result.components[0]) if result.components else "0",
                  str(sum(1 for s in result.components if s == 1)))
    singles = sum(1 for c in result.communities if len(c) == 1)
    comm = Table("community", "size", "members", header_style="bold",
                 title=f"communities (Louvain): {len(result.communities)}, "
                       f"{singles} of a single node not listed")
    for i, group in enumerate([c for c in result.communities if len(c) > 1][:limit]):
        names = [_short(result.names.get(v, v)) for v in group]
        more = f" … +{len(names) - members}" if len(names) > members else ""
        comm.add_row(str(i + 1), str(len(group)), ", ".join(names[:members]) + more)
    return [central, comps, comm]
