"""The main job: articles in, RDF out (to the store, to files, or both)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph

from kg.document import Document, parse_document
from kg.export import write_dataset
from kg.extract import extract
from kg.formats import rdf_format_for_path
from kg.model import Extraction
from kg.nlp import load_pipeline
from kg.rdf.graph import DEFAULT_MIN_CONFIDENCE, ArticleGraphs, to_rdf
from kg.rdf.ontology import KG
from kg.sources import Source, read_inputs
from kg.store import Store, using_store

BATCH_SIZE = 16


def extract_documents(
    documents: Iterable[Document], *, model: str | None = None
) -> Iterable[Extraction]:
    """Extractions of documents, analysed in batches with ``nlp.pipe``."""
    nlp = load_pipeline(model)
    docs = list(documents)
    for document, doc in zip(docs, nlp.pipe((d.text for d in docs), batch_size=BATCH_SIZE),
                             strict=True):
        yield extract(document, doc)


def extract_text(text: str, *, url: str | None = None, model: str | None = None) -> Extraction:
    """The extraction (entities, facts, quotations) of one article's text."""
    return next(iter(extract_documents([parse_document(text, url=url)], model=model)))


def build_graph(
    text: str,
    *,
    url: str | None = None,
    model: str | None = None,
    base: str | None = None,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> Graph:
    """The RDF graph of one article: entities, facts and their provenance."""
    ex = extract_text(text, url=url, model=model)
    return to_rdf(ex, base=base, min_confidence=min_confidence).graph


@dataclass
class BuildReport:
    """What a build did, for the one-line summary."""

    articles: int = 0
    entities: int = 0
    triples: int = 0
    outputs: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def build(
    inputs: Iterable[str],
    *,
    store: str | Store | None = None,
    use_store: bool = True,
    output: str | Path | None = None,
    out_dir: str | Path | None = None,
    model: str | None = None,
    base: str | None = None,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    progress: Callable[[int, int], None] | None = None,
) -> BuildReport:
    """Read ``inputs`` (files, folders, ``-``), extract, and write the RDF.

    With neither ``output`` nor ``out_dir`` the articles go to the store; with
    either, the store is written only when ``use_store`` is true.
    """
    sources = read_inputs(inputs)  # all read first: a bad file changes nothing
    if output is not None:
        rdf_format_for_path(output)  # refuse an unknown extension before the slow part
    report = BuildReport(warnings=[s.warning for s in sources if s.warning])
    results = _extract_all(sources, model, base, min_confidence, progress)

    if out_dir is not None:
        folder = Path(out_dir)
        folder.mkdir(parents=True, exist_ok=True)
        for source, graphs in results:
            path = folder / f"{source.name}.ttl"
            graphs.graph.serialize(path, format="turtle")
            report.outputs.append(path)
    if output is not None:
        combined = Dataset()
        for _, graphs in results:
            g = combined.graph(graphs.graph_name)
            for prefix, ns in graphs.graph.namespaces():
                combined.bind(prefix, ns)
            for triple in graphs.graph:
                g.add(triple)
        write_dataset(combined, output)
        report.outputs.append(Path(output))
    if use_store or (output is None and out_dir is None):
        with using_store(store) as target:
            for _, graphs in results:
                target.replace_article(graphs)

    entities = set()
    for _, graphs in results:
        report.articles += 1
        report.triples += len(graphs.graph)
        entities |= _entity_nodes(graphs.graph)
    report.entities = len(entities)
    return report


def _extract_all(sources: list[Source], model, base, min_confidence, progress):
    documents = [parse_document(s.text, url=s.url, source=s.origin, metadata=s.metadata)
                 for s in sources]
    results: list[tuple[Source, ArticleGraphs]] = []
    for i, (source, ex) in enumerate(zip(sources, extract_documents(documents, model=model),
                                         strict=True), 1):
        results.append((source, to_rdf(ex, base=base, min_confidence=min_confidence)))
        if progress:
            progress(i, len(sources))
    return results


def _entity_nodes(g: Graph) -> set:
    return set(g.subjects(KG.mentionedIn, None))
