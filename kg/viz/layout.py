"""Node positions computed once in Python, so a big graph opens already laid out
(the browser does no physics unless asked) and the same graph always looks the same.

Each connected component is laid out on its own and the components are packed in
rows, largest first: a spring layout of a whole disconnected graph would throw the
small pieces to the edges and squeeze the big one in the middle.
"""

from __future__ import annotations

import math

import networkx as nx

DEFAULT_SEED = 42
#: Components up to this size get Kamada-Kawai (even edge lengths); bigger ones a spring.
KAMADA_KAWAI_LIMIT = 80


def _component_layout(sub: nx.Graph, seed: int) -> dict[str, tuple[float, float]]:
    """Positions of one component, scaled so neighbouring nodes sit about 1 apart."""
    n = sub.number_of_nodes()
    if n == 1:
        return {next(iter(sub)): (0.0, 0.0)}
    if n == 2:
        a, b = sorted(sub, key=str)
        return {a: (-0.6, 0.0), b: (0.6, 0.0)}
    if n <= KAMADA_KAWAI_LIMIT:
        start = nx.circular_layout(sorted(sub, key=str))
        pos = nx.kamada_kawai_layout(sub, pos=start)
    else:
        pos = nx.spring_layout(sub, k=1.0 / math.sqrt(n), iterations=100 if n > 300 else 200,
                               seed=seed)
    # Rescale so that every component has the same density: neighbours ~1.3 apart,
    # and at least 2.25 square units per node (room for a label) in a big tangle.
    lengths = [math.dist(pos[u], pos[v]) for u, v in sub.edges() if u != v]
    mean = sum(lengths) / len(lengths) if lengths else 1.0
    factor = 1.3 / mean if mean > 0 else 1.0
    x0, y0, x1, y1 = _bounds(pos)
    side = max(x1 - x0, y1 - y0, 1e-9)
    factor = max(factor, 1.5 * math.sqrt(n) / side)
    return {v: (float(x) * factor, float(y) * factor) for v, (x, y) in pos.items()}


def _bounds(pos: dict[str, tuple[float, float]]) -> tuple[float, float, float, float]:
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    return min(xs), min(ys), max(xs), max(ys)


def layout(G: nx.Graph, *, seed: int = DEFAULT_SEED,
           scale: float | None = None) -> dict[str, tuple[float, float]]:
    """Positions for every node, components packed in rows.

    Units: neighbouring nodes are about 1.3 apart. With ``scale`` the whole
    drawing is fitted into a box of that side, centred on 0.
    """
    if G.number_of_nodes() == 0:
        return {}
    simple = nx.Graph()
    simple.add_nodes_from(sorted(G.nodes, key=str))
    simple.add_edges_from((u, v) for u, v in G.edges() if u != v)
    comps = sorted((sorted(c, key=str) for c in nx.connected_components(simple)),
                   key=lambda c: (-len(c), str(c[0])))
    pieces = []
    for members in comps:
        pos = _component_layout(simple.subgraph(members), seed)
        x0, y0, x1, y1 = _bounds(pos)
        pieces.append((pos, x0, y0, x1 - x0 + 1.6, y1 - y0 + 1.6))  # with a margin
    row_width = max(max(p[3] for p in pieces),
                    math.sqrt(sum(p[3] * p[4] for p in pieces)) * 1.3)
    out: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for pos, x0, y0, w, h in pieces:
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y - row_height, 0.0
        for v, (px, py) in pos.items():
            out[v] = (x + (px - x0) + 0.8, y - (py - y0) - 0.8)
        x += w
        row_height = max(row_height, h)
    x0, y0, x1, y1 = _bounds(out)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    factor = 1.0 if scale is None else scale / max(x1 - x0, y1 - y0, 1e-9)
    return {v: ((px - cx) * factor, (py - cy) * factor) for v, (px, py) in out.items()}
