#!/usr/bin/env python3
"""Store benchmark: pyoxigraph used directly (kg's way) against rdflib's API over oxrdflib.

Run on demand (not part of the test suite):

    .venv/bin/python bench/store_bench.py [--articles 100] [--repeats 5] [--from FILE_OR_DIR]

The article graphs are kg's own output: the sample article (or the given
texts) is built once, then its article-scoped IRIs are minted anew for every
copy and its entity IRIs are shared between a few copies, as entities recur
across real articles. Each repeat loads all graphs into a fresh on-disk store
with each backend and runs the same ready queries; the table shows the median
time of each step and its ratio to the baseline (kg's own store = 1.00x).
See bench/README.md.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "seeds" / "000_cae9da5b7039b8ab.txt"
QUERIES = ("people", "works", "counts")
COUNT_QUERY = "SELECT (COUNT(*) AS ?triples) WHERE { ?s ?p ?o }"
BASELINE = "kg (pyoxigraph)"


@dataclass
class Article:
    """One article's graphs as kg stores them: asserted facts and candidates."""

    graph_name: URIRef
    graph: Graph
    candidates_name: URIRef
    candidates: Graph


# -- test data ---------------------------------------------------------------------

def build_templates(inputs: list[Path]) -> list[Article]:
    """kg's graphs of the given texts (the slow, one-off part)."""
    from kg.build import extract_documents
    from kg.document import parse_document
    from kg.rdf.graph import to_rdf

    texts = [p.read_text(encoding="utf-8") for p in inputs]
    docs = [parse_document(t, source=str(p)) for t, p in zip(texts, inputs, strict=True)]
    out = []
    for ex in extract_documents(docs):
        ag = to_rdf(ex)
        out.append(Article(ag.graph_name, ag.graph, ag.candidates_name, ag.candidates))
    return out


def remint(template: Article, copy: int, pool: int) -> Article:
    """A copy of an article under a new article IRI; its entities shared with a few copies."""
    from kg.config import base_namespace

    base = base_namespace()
    article = str(template.graph_name).rsplit("/graph", 1)[0]
    new_article = f"{base}article/bench{copy:06d}"
    entity_suffix = f"-v{copy % pool}"

    def term(node):
        if not isinstance(node, URIRef):
            return node
        iri = str(node)
        if iri.startswith(article):
            return URIRef(new_article + iri[len(article):])
        if iri.startswith(base) and not iri.startswith(base + "occupation/"):
            return URIRef(iri + entity_suffix)
        return node

    def graph(g: Graph) -> Graph:
        out = Graph()
        for s, p, o in g:
            out.add((term(s), p, term(o)))
        return out

    return Article(term(template.graph_name), graph(template.graph),
                   term(template.candidates_name), graph(template.candidates))


def articles(templates: list[Article], n: int, share: int) -> list[Article]:
    """``n`` copies; each entity IRI recurs in about ``share`` of them."""
    pool = max(1, n // max(1, share))
    return [remint(templates[i % len(templates)], i, pool) for i in range(n)]


# -- the two backends ---------------------------------------------------------------

class Backend:
    name: str

    def __init__(self, path: Path):
        self.path = path

    def load(self, arts: list[Article], ontology: Graph) -> None:
        raise NotImplementedError

    def query(self, sparql: str) -> int:
        """Run a query and materialise every row as rdflib terms; the row count."""
        raise NotImplementedError

    def reopen(self) -> None:
        """Close and open again, as the next ``kg query`` process finds the store."""
        self.close()
        self.open()

    def open(self) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


class KgStore(Backend):
    """kg's own store (kg/store/oxigraph.py): pyoxigraph used directly, the default
    graph kept as the deduplicated union of the article graphs."""

    name = "kg (pyoxigraph)"

    def __init__(self, path: Path):
        super().__init__(path)
        self.open()

    def open(self) -> None:
        from kg.store.oxigraph import OxigraphStore

        self.store = OxigraphStore(self.path)

    def load(self, arts: list[Article], ontology: Graph) -> None:
        from rdflib import URIRef as _URIRef

        from kg.rdf.graph import ArticleGraphs

        for art in arts:
            article = _URIRef(str(art.graph_name).removesuffix("/graph"))
            self.store.replace_article(ArticleGraphs(article, art.graph, art.candidates))

    def query(self, sparql: str) -> int:
        return len(self.store.query(sparql).rows)

    def close(self) -> None:
        self.store.close()


class PyOxigraph(Backend):
    """pyoxigraph used plainly: N-Triples per named graph, queries over the union option."""

    name = "pyoxigraph-union"

    def __init__(self, path: Path):
        super().__init__(path)
        self.open()

    def open(self) -> None:
        self.store = ox.Store(str(self.path))

    def _put(self, name: URIRef, graph: Graph) -> None:
        if len(graph):
            data = graph.serialize(format="nt", encoding="utf-8")
            self.store.load(data, ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(str(name)))

    def load(self, arts: list[Article], ontology: Graph) -> None:
        from kg.rdf.ontology import ONTOLOGY_IRI

        self._put(ONTOLOGY_IRI, ontology)
        for art in arts:
            self._put(art.graph_name, art.graph)
            self._put(art.candidates_name, art.candidates)

    def query(self, sparql: str) -> int:
        from kg.store.oxigraph import from_ox

        res = self.store.query(sparql, use_default_graph_as_union=True)
        names = [v.value for v in res.variables]
        return len([tuple(from_ox(sol[v]) for v in names) for sol in res])

    def close(self) -> None:
        self.store.flush()
        del self.store


class PyOxigraphExtend(PyOxigraph):
    """A possible faster kg path: terms converted one by one, ``Store.extend`` (no N-Triples)."""

    name = "pyoxigraph-extend"

    def _put(self, name: URIRef, graph: Graph) -> None:
        from kg.store.oxigraph import to_ox

        g = ox.NamedNode(str(name))
        self.store.extend([ox.Quad(to_ox(s), to_ox(p), to_ox(o), g) for s, p, o in graph])


class RdflibOxrdflib(Backend):
    """rdflib's Dataset API with oxrdflib's Oxigraph store plugin underneath."""

    name = "rdflib+oxrdflib"

    def __init__(self, path: Path):
        super().__init__(path)
        self.open()

    def open(self) -> None:
        self.ds = Dataset(store="Oxigraph", default_union=True)
        self.ds.open(str(self.path), create=False)

    def load(self, arts: list[Article], ontology: Graph) -> None:
        from kg.rdf.ontology import ONTOLOGY_IRI

        self.ds.graph(ONTOLOGY_IRI).__iadd__(ontology)
        for art in arts:
            self.ds.graph(art.graph_name).__iadd__(art.graph)
            if len(art.candidates):
                self.ds.graph(art.candidates_name).__iadd__(art.candidates)

    def query(self, sparql: str) -> int:
        return len(list(self.ds.query(sparql)))

    def close(self) -> None:
        self.ds.close()


BACKENDS: tuple[type[Backend], ...] = (KgStore, PyOxigraph, RdflibOxrdflib, PyOxigraphExtend)


# -- measuring ------------------------------------------------------------------------

def timed(fn: Callable[[], object], best_of: int = 1) -> tuple[float, object]:
    """Seconds taken by ``fn`` (the best of ``best_of`` runs, to damp interference)."""
    best, value = float("inf"), None
    for _ in range(best_of):
        start = time.perf_counter()
        value = fn()
        best = min(best, time.perf_counter() - start)
    return best, value


def run_once(arts: list[Article], ontology: Graph, queries: dict[str, str],
             tmp: Path, repeat: int, best_of: int) -> dict[str, dict[str, tuple[float, object]]]:
    """One repeat: fresh stores, load, then every query, with every backend."""
    out: dict[str, dict[str, tuple[float, object]]] = {}
    order = BACKENDS[repeat % len(BACKENDS):] + BACKENDS[:repeat % len(BACKENDS)]  # rotate
    for cls in order:
        folder = Path(tempfile.mkdtemp(dir=tmp, prefix=cls.__name__))
        backend = cls(folder)
        steps: dict[str, tuple[float, object]] = {}
        steps[f"load {len(arts)} articles"] = timed(lambda b=backend: b.load(arts, ontology))
        backend.reopen()
        for name, sparql in queries.items():
            steps[f"query {name}"] = timed(lambda b=backend, q=sparql: b.query(q), best_of)
        steps["pattern: every rdf:type"] = timed(lambda b=backend: b.query(
            "SELECT ?s ?o WHERE { ?s <" + str(RDF.type) + "> ?o }"), best_of)
        backend.close()
        out[cls.name] = steps
    return out


def report(runs: list[dict], out=sys.stdout) -> None:
    names = [cls.name for cls in BACKENDS]
    steps = list(runs[0][BASELINE])
    width = max(len(s) for s in steps) + 2
    header = f"{'step':<{width}}" + "".join(f"{n + ' (ms)':>25}{'ratio':>8}" for n in names)
    print(header, file=out)
    print("-" * len(header), file=out)
    for step in steps:
        medians = {n: statistics.median(r[n][step][0] for r in runs) for n in names}
        row = f"{step:<{width}}"
        for n in names:
            ratio = medians[n] / medians[BASELINE] if medians[BASELINE] else float("nan")
            row += f"{medians[n] * 1000:>25.1f}{ratio:>7.2f}x"
        print(row, file=out)
    for step in steps:  # both backends must have answered alike
        results = {n: runs[0][n][step][1] for n in names}
        if len(set(map(repr, results.values()))) > 1:
            print(f"warning: {step}: backends disagree {results}", file=out)


def main(argv: Iterable[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", "-n", type=int, default=100,
                    help="article graphs to load (default 100)")
    ap.add_argument("--repeats", "-r", type=int, default=5, help="repeats (default 5)")
    ap.add_argument("--best-of", type=int, default=3,
                    help="run each query this many times per repeat and keep the best "
                         "(default 3)")
    ap.add_argument("--share", type=int, default=1,
                    help="articles that share each entity IRI (default 1: none shared; "
                         "see README on why the ready queries slow down as this grows)")
    ap.add_argument("--from", dest="source", type=Path, default=SAMPLE,
                    help="article text file or folder of .txt files to build the graphs from "
                         "(default: the sample article)")
    args = ap.parse_args(list(argv) if argv is not None else None)

    from kg.query import ready_queries
    from kg.rdf.ontology import load_ontology

    inputs = sorted(args.source.glob("*.txt")) if args.source.is_dir() else [args.source]
    seconds, templates = timed(lambda: build_templates(inputs))
    arts = articles(templates, args.articles, args.share)
    triples = sum(len(a.graph) + len(a.candidates) for a in arts)
    ready = ready_queries()
    queries = {name: ready[name].read_text(encoding="utf-8") for name in QUERIES if name in ready}
    queries["count"] = COUNT_QUERY
    print(f"python {platform.python_version()}  pyoxigraph {version('pyoxigraph')}  "
          f"rdflib {version('rdflib')}  oxrdflib {version('oxrdflib')}")
    print(f"{len(arts)} article graphs from {len(inputs)} built text(s) ({seconds:.1f} s to "
          f"build), {triples} triples + {len(load_ontology())} ontology triples; "
          f"entity IRIs shared by {args.share} article(s); "
          f"on-disk stores; median of {args.repeats} repeats (queries: best of {args.best_of} "
          f"each); baseline {BASELINE} = 1.00x")
    runs = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        for repeat in range(args.repeats):
            runs.append(run_once(arts, load_ontology(), queries, Path(tmp), repeat,
                                 args.best_of))
    report(runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
