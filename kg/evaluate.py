"""Score extracted graphs against hand-made gold files, by the shared scoring rules.

The rules are those published with the gold standard (``shared/eval/README.md``):
entities and facts are counted per article and micro-averaged. This module
follows the reference scorer step for step, so its numbers are the reference's;
``tests/test_eval.py`` runs both and compares every count.
"""

from __future__ import annotations

import json
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal
from rdflib.namespace import RDF
from rdflib.term import Node

from kg.errors import InputError
from kg.eval_rules import (
    SYMMETRIC,
    VOCABULARY,
    OntologyMapping,
    literal_matches,
    load_rdf,
    names_of,
    norm,
)

#: A fact's end after alignment: a gold entity id, ("node", node) or ("lit", text).
Key = str | tuple[str, Node]


@dataclass
class Score:
    """True positives, false positives and misses, with P/R/F1.

    ``found`` is the number of required gold items matched (recall's
    numerator); it differs from ``tp`` for facts, where one extracted fact may
    match several gold facts and optional gold facts count for precision only.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0
    found: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.found / (self.found + self.fn) if self.found + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn,
                     self.found + other.found)

    def prf(self) -> dict[str, float]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass
class DocResult:
    """One article's scores and, for ``-v``, what was missed or wrongly asserted."""

    doc: str
    entities: Score
    facts: Score
    built: bool = True
    aligned: dict[str, str] = field(default_factory=dict)  # node IRI -> gold id
    missed_entities: list[str] = field(default_factory=list)  # gold ids
    extra_entities: list[str] = field(default_factory=list)  # names of unaligned nodes
    false_positives: list[tuple[str, str, str]] = field(default_factory=list)
    missed_facts: list[dict[str, Any]] = field(default_factory=list)  # gold facts


@dataclass
class EvalReport:
    """Per-article results and their micro-average."""

    docs: list[DocResult] = field(default_factory=list)

    @property
    def entities(self) -> Score:
        return sum((d.entities for d in self.docs), Score())

    @property
    def facts(self) -> Score:
        return sum((d.facts for d in self.docs), Score())

    def to_dict(self, verbose: bool = False) -> dict[str, Any]:
        """The reference scorer's JSON shape (plus the details when ``verbose``)."""
        ent, fact = self.entities, self.facts
        per_doc = []
        for d in self.docs:
            row: dict[str, Any] = {
                "doc": d.doc,
                "ent": [d.entities.tp, d.entities.fp, d.entities.fn],
                "fact": [d.facts.tp, d.facts.fp, d.facts.fn, d.facts.found],
            }
            if verbose:
                row.update(missed_entities=d.missed_entities, extra_entities=d.extra_entities,
                           false_positives=[list(t) for t in d.false_positives],
                           missed_facts=d.missed_facts)
            per_doc.append(row)
        return {
            "docs": len(self.docs),
            "entities": ent.prf(),
            "facts": fact.prf(),
            "counts": {"ent": [ent.tp, ent.fp, ent.fn],
                       "fact": [fact.tp, fact.fp, fact.fn, fact.found]},
            "per_doc": per_doc,
        }


@dataclass(frozen=True)
class GoldFile:
    path: Path
    data: dict[str, Any]

    @property
    def stem(self) -> str:
        return self.path.stem

    @property
    def required(self) -> list[dict[str, Any]]:
        return [f for f in self.data["facts"] if not f.get("optional")]


def gold_files(paths: Iterable[str | Path]) -> list[GoldFile]:
    """Gold JSON files from files and folders (a folder's ``*.json``, sorted)."""
    files: list[Path] = []
    for item in map(Path, paths):
        if item.is_dir():
            files += sorted(item.glob("*.json"))
        elif item.is_file():
            files.append(item)
        else:
            raise InputError(f"{item}: no such gold file or folder")
    if not files:
        raise InputError("no gold files found; expected JSON files or a folder of them")
    out = []
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data.get("doc"), str):
                raise ValueError("no 'doc' field naming the article's text file")
            data.setdefault("entities", [])
            data.setdefault("facts", [])
        except (ValueError, AttributeError) as err:
            raise InputError(f"{path}: not a gold file ({err})") from None
        out.append(GoldFile(path, data))
    return out


def load_ontology_graph(ontology_dir: str | Path) -> Graph:
    """Every RDF file under ``ontology_dir`` (or that one file) in one graph."""
    root = Path(ontology_dir)
    onto = Graph()
    for path in sorted(root.rglob("*") if root.is_dir() else [root]):
        if path.is_file():
            load_rdf(path, onto)
    return onto


def score_graphs(
    gold_paths: Iterable[str | Path],
    pred_dir: str | Path,
    ontology_dir: str | Path,
) -> EvalReport:
    """Score the RDF files in ``pred_dir`` (``<gold stem>.ttl`` etc.) against the gold."""
    golds = gold_files(gold_paths)
    onto = load_ontology_graph(ontology_dir)
    report = EvalReport()
    for gold in golds:
        found = [p for p in Path(pred_dir).glob(gold.stem + ".*") if p.is_file()]
        if not found:
            report.docs.append(_unbuilt(gold))
            continue
        # The article is read together with the ontology, as the reference does:
        # a graph may declare mappings of its own.
        graph = Graph()
        graph += onto
        for path in found:
            load_rdf(path, graph)
        report.docs.append(score_document(gold.data, graph, OntologyMapping(graph)))
    return report


def evaluate(
    gold_paths: Iterable[str | Path],
    docs_dir: str | Path,
    *,
    model: str | None = None,
    verbose: bool = False,
) -> EvalReport:
    """Build every article that has a gold file and score its graph.

    The article text is ``docs_dir / gold["doc"]``. ``verbose`` keeps the
    per-article details (they are always collected; the flag is for callers
    that pass it through to :meth:`EvalReport.to_dict`).
    """
    from kg.build import build
    from kg.rdf.ontology import ontology_dir

    golds = gold_files(gold_paths)
    docs = Path(docs_dir)
    missing = [g.data["doc"] for g in golds if not (docs / g.data["doc"]).is_file()]
    if missing:
        more = f" and {len(missing) - 3} more" if len(missing) > 3 else ""
        raise InputError(f"{docs}: no article text for {', '.join(missing[:3])}{more}; "
                         "expected the files the gold files name in their 'doc' field")
    with tempfile.TemporaryDirectory(prefix="kg-eval-") as tmp:
        built, pred = Path(tmp) / "built", Path(tmp) / "pred"
        pred.mkdir()
        texts = sorted({str(docs / g.data["doc"]) for g in golds})
        build(texts, out_dir=built, use_store=False, model=model)
        for gold in golds:  # the scorer finds graphs by the gold file's stem
            graph_file = built / (Path(gold.data["doc"]).stem + ".ttl")
            (pred / (gold.stem + ".ttl")).write_bytes(graph_file.read_bytes())
        return score_graphs([g.path for g in golds], pred, ontology_dir())


def _unbuilt(gold: GoldFile) -> DocResult:
    """No graph for the article: everything in the gold is missed."""
    ents = gold.data["entities"]
    required = gold.required
    return DocResult(
        doc=gold.data["doc"], built=False,
        entities=Score(0, 0, len(ents), 0),
        facts=Score(0, 0, len(required), 0),
        missed_entities=[e["id"] for e in ents], missed_facts=required,
    )


def score_document(gold: dict[str, Any], graph: Graph, mapping: OntologyMapping) -> DocResult:
    """Align the graph's entities to the gold's, then count entities and facts."""
    entities = _typed_entities(graph, mapping)
    facts = _vocabulary_facts(graph, mapping)
    align = _align(gold, graph, entities, facts)

    gold_ids = [e["id"] for e in gold["entities"]]
    taken = set(align.values())
    named = [n for n, (_, names) in entities.items() if names]
    ent = Score(tp=len(align), fp=sum(1 for n in named if n not in align),
                fn=len(set(gold_ids)) - len(taken))
    ent.found = ent.tp
    if gold.get("entities_complete") is False:  # a partial entity list: facts only
        ent = Score()

    fact, false_pos, matched = _match_facts(gold, graph, facts, align)
    required = [i for i, f in enumerate(gold["facts"]) if not f.get("optional")]
    missed = [gold["facts"][i] for i in required if i not in matched]
    fact.fn, fact.found = len(missed), len(required) - len(missed)
    return DocResult(
        doc=gold["doc"], entities=ent, facts=fact,
        aligned={str(n): g for n, g in align.items()},
        missed_entities=sorted(set(gold_ids) - taken),
        extra_entities=sorted("/".join(sorted(entities[n][1])) for n in named if n not in align),
        false_positives=[(_show(s), pid, _show(o)) for s, pid, o in false_pos],
        missed_facts=missed,
    )


def _typed_entities(graph: Graph, mapping: OntologyMapping) -> dict[Node, tuple[set, set]]:
    """Nodes with a coarse type: node -> (coarse types, normalised names)."""
    out = {}
    for node in set(graph.subjects(RDF.type, None)):
        types: set[str] = set()
        for cls in graph.objects(node, RDF.type):
            types |= mapping.coarse(cls)
        if types:
            out[node] = (types, names_of(graph, node))
    return out


def _vocabulary_facts(graph: Graph, mapping: OntologyMapping) -> list[tuple[Node, str, Node]]:
    """(subject, Wikidata id, object) for every triple whose property is scored.

    A property declared ``owl:inverseOf`` a scored one gives the fact reversed.
    """
    facts = []
    for s, p, o in graph:
        if p == RDF.type:
            continue
        pids = mapping.pids(p) & VOCABULARY
        inverse: set[str] = set()
        for q in mapping.inverse.get(p, ()):
            inverse |= mapping.pids(q) & VOCABULARY
        facts += [(s, pid, o) for pid in pids]
        if not isinstance(o, Literal):
            facts += [(o, pid, s) for pid in inverse - pids]
    return facts


def _align(gold, graph, entities, facts) -> dict[Node, str]:
    """Each node to at most one gold entity and back; fact support breaks ties."""
    gold_names = {e["id"]: {norm(n) for n in e["names"]} for e in gold["entities"]}
    gold_type = {e["id"]: e["type"] for e in gold["entities"]}
    cands: dict[Node, set[str]] = defaultdict(set)
    for node, (types, names) in entities.items():
        for gid, gnames in gold_names.items():
            if (gold_type[gid] in types or gold_type[gid] == "Any") and names & gnames:
                cands[node].add(gid)

    by_subject: dict[str, list[dict]] = defaultdict(list)
    for f in gold["facts"]:
        by_subject[f["s"]].append(f)
        if f["p"] in SYMMETRIC and isinstance(f["o"], str):
            by_subject[f["o"]].append({**f, "s": f["o"], "o": f["s"]})

    def support(node: Node, gid: str) -> int:
        n = 0
        for s, pid, o in facts:
            if s == node:
                for f in by_subject[gid]:
                    if f["p"] != pid:
                        continue
                    if isinstance(f["o"], str):
                        n += f["o"] in cands.get(o, ())
                    else:
                        n += literal_matches(f["o"], graph, o)
            elif o == node:
                for gs, fl in by_subject.items():
                    n += sum(1 for f in fl
                             if f["p"] == pid and f["o"] == gid and gs in cands.get(s, ()))
        return n

    canonical = {e["id"]: norm(e["names"][0]) for e in gold["entities"]}
    pairs = [(support(node, gid), canonical[gid] in entities[node][1], str(node), gid, node)
             for node, gids in cands.items() for gid in gids]
    pairs.sort(key=lambda t: (-t[0], not t[1], t[2], t[3]))
    align: dict[Node, str] = {}
    taken: set[str] = set()
    for *_, gid, node in pairs:
        if node not in align and gid not in taken:
            align[node] = gid
            taken.add(gid)
    return align


def _match_facts(gold, graph, facts, align) -> tuple[Score, list[tuple], set[int]]:
    """Count aligned extracted facts against the gold facts (each distinct fact once)."""
    keys: set[tuple[Key, str, Key, Node]] = set()
    for s, pid, o in facts:
        sk: Key = align.get(s, ("node", s))
        ok: Key = ("lit", str(o)) if isinstance(o, Literal) else align.get(o, ("node", o))
        if pid in SYMMETRIC and isinstance(sk, str) and isinstance(ok, str):
            sk, ok = sorted((sk, ok))
        keys.add((sk, pid, ok, o))

    score, false_pos, matched = Score(), [], set()
    for sk, pid, ok, o in sorted(keys, key=str):
        hits = set()
        for i, f in enumerate(gold["facts"]):
            if f["p"] != pid:
                continue
            if f["s"] != sk and not (pid in SYMMETRIC and f["o"] == sk):
                continue
            if isinstance(f["o"], str):
                pair = (f["s"], f["o"])
                if pid in SYMMETRIC:
                    pair = tuple(sorted(pair))
                if (sk, ok) == pair:
                    hits.add(i)
            elif f["s"] == sk and literal_matches(f["o"], graph, o):
                hits.add(i)
        if hits:
            score.tp += 1
            matched |= hits
        else:
            score.fp += 1
            false_pos.append((sk, pid, ok))
    return score, false_pos, matched


def _show(key: Key) -> str:
    if isinstance(key, str):
        return key
    return key[1] if key[0] == "lit" else str(key[1])

