"""kg eval: the project's scorer against the shared reference scorer, and the command."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.cli import cli
from kg.errors import InputError
from kg.evaluate import Score, evaluate, score_graphs
from kg.model import FINE_TYPES
from kg.rdf.ontology import KG, SCHEMA, WDT, ontology_dir, property_for

EX = Namespace("http://example.org/pred/")
SCHEMA_HTTP = Namespace("http://schema.org/")
XSD_DATETIME = URIRef("http://www.w3.org/2001/XMLSchema#dateTime")
SCHEMA_CLASSES = {
    "Person": ["Person"],
    "Organization": ["Organization", "MusicGroup", "Corporation"],
    "Place": ["Place", "City", "Country", "Hotel"],
    "CreativeWork": ["CreativeWork", "Movie", "TVSeries", "MusicAlbum", "Book"],
    "Event": ["Event", "Festival", "ScreeningEvent"],
}


def _reference(shared: Path, gold: list[Path], pred: Path) -> dict:
    """The shared reference scorer's JSON output on the same inputs."""
    cmd = [sys.executable, str(shared / "eval" / "score.py"), "--gold", *map(str, gold),
           "--pred", str(pred), "--ontology", str(ontology_dir()), "--json"]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True, timeout=300)
    return json.loads(done.stdout)


def _assert_same(ref: dict, mine: dict) -> None:
    assert mine["docs"] == ref["docs"]
    assert mine["counts"] == ref["counts"]
    for a, b in zip(mine["per_doc"], ref["per_doc"], strict=True):
        assert (a["doc"], a["ent"], a["fact"]) == (b["doc"], b["ent"], b["fact"])
    for part in ("entities", "facts"):
        for key, value in ref[part].items():
            assert mine[part][key] == pytest.approx(value)


def _class_for(coarse: str, rng: random.Random) -> URIRef:
    if coarse == "Any":
        coarse = rng.choice(list(SCHEMA_CLASSES))
    if rng.random() < 0.5:
        return KG[rng.choice([f for f, c in FINE_TYPES.items() if c == coarse])]
    ns = rng.choice([SCHEMA, SCHEMA_HTTP])
    return ns[rng.choice(SCHEMA_CLASSES[coarse])]


def _variant(name: str, rng: random.Random) -> str:
    """A surface form the normalisation should (mostly) absorb."""
    return rng.choice([name, name.upper(), f"The {name}", f"\u201c{name}\u201d", name + "."])


def _literal(obj: dict, rng: random.Random):
    if "date" in obj:
        d = obj["date"]
        return rng.choice([Literal(d), Literal(f" {d} "),
                           Literal(d + "-01-01" if len(d) == 4 else d),
                           Literal(d + "T21:00", datatype=XSD_DATETIME), Literal(d[:4])])
    if "number" in obj:
        return rng.choice([Literal(int(obj["number"])), Literal(f"{obj['number']}.0"),
                           Literal(int(obj["number"]) + 1)])
    return Literal(_variant(rng.choice(obj["text"]), rng))


def perturbed_graph(gold: dict, seed: int) -> Graph:
    """A prediction with right, wrong, duplicate and differently expressed parts.

    It uses every route the rules allow: kg and schema.org classes, labels and
    alternate names, kg properties, Wikidata IRIs, a sub-property and an
    inverse property declared in the graph itself, reversed symmetric facts,
    dates at other precisions, texts as literals or labelled nodes.
    """
    rng = random.Random(seed)
    g = Graph()
    props = property_for()
    for pid, prop in props.items():
        g.add((EX["inverse" + pid], OWL.inverseOf, prop))
    g.add((EX.helmed, RDFS.subPropertyOf, props["P57"]))
    nodes: dict[str, list[URIRef]] = {}
    for i, ent in enumerate(gold["entities"]):
        if rng.random() < 0.15:
            continue
        copies = 2 if rng.random() < 0.3 else 1
        for c in range(copies):
            node = EX[f"e{i}_{c}"]
            nodes.setdefault(ent["id"], []).append(node)
            g.add((node, RDF.type, _class_for(ent["type"], rng)))
            if rng.random() < 0.1:
                g.add((node, RDF.type, _class_for("Any", rng)))
            if rng.random() < 0.9:
                g.add((node, rng.choice([RDFS.label, SCHEMA.name, SKOS.prefLabel]),
                       Literal(_variant(rng.choice(ent["names"]), rng))))
            if rng.random() < 0.3:
                g.add((node, SKOS.altLabel, Literal(rng.choice(ent["names"]))))
    for n in range(rng.randint(0, 4)):
        g.add((EX[f"extra{n}"], RDF.type, _class_for("Any", rng)))
        g.add((EX[f"extra{n}"], RDFS.label, Literal(f"Unrelated Name {n}")))
    all_nodes = [n for ns in nodes.values() for n in ns]

    for fact in gold["facts"]:
        if rng.random() < 0.3 or fact["s"] not in nodes:
            continue
        s = rng.choice(nodes[fact["s"]])
        pid, obj = fact["p"], fact["o"]
        if isinstance(obj, str):
            if obj not in nodes:
                continue
            o = rng.choice(nodes[obj])
            if rng.random() < 0.1 and all_nodes:
                o = rng.choice(all_nodes)  # a wrong object
            if rng.random() < 0.2 and pid in props:
                g.add((o, EX["inverse" + pid], s))
                continue
            if pid in ("P26", "P1327", "P3373") and rng.random() < 0.5:
                s, o = o, s
        elif "text" in obj and rng.random() < 0.5:
            o = EX[f"occ{rng.randrange(10**6)}"]
            g.add((o, RDF.type, KG.Occupation))
            g.add((o, RDFS.label, Literal(_variant(rng.choice(obj["text"]), rng))))
        else:
            o = _literal(obj, rng)
        p = rng.choice([props.get(pid, WDT[pid]), WDT[pid],
                        EX.helmed if pid == "P57" else props.get(pid, WDT[pid])])
        g.add((s, p, o))
    for _ in range(rng.randint(0, 5)):  # made-up facts
        if len(all_nodes) >= 2:
            s, o = rng.sample(all_nodes, 2)
            g.add((s, props[rng.choice(sorted(props))], o))
            g.add((s, EX.unmapped, o))
    return g


def _gold_sample(shared: Path, n_redocred: int) -> list[Path]:
    redocred = sorted((shared / "eval" / "redocred-dev" / "gold").glob("*.json"))
    return sorted((shared / "eval" / "gold").glob("*.json")) + redocred[:n_redocred]


def test_matches_reference_scorer_on_perturbed_graphs(shared_dir, tmp_path):
    golds = _gold_sample(shared_dir, 10)
    for seed in range(3):
        pred = tmp_path / f"pred{seed}"
        pred.mkdir()
        for i, path in enumerate(golds):
            if i == 3:
                continue  # one article without a graph counts as all missed
            gold = json.loads(path.read_text(encoding="utf-8"))
            perturbed_graph(gold, seed * 100 + i).serialize(pred / f"{path.stem}.ttl",
                                                            format="turtle")
        mine = score_graphs(golds, pred, ontology_dir())
        _assert_same(_reference(shared_dir, golds, pred), mine.to_dict())
        assert mine.facts.tp > 0 and mine.facts.fp > 0  # the test exercises both sides
        assert not mine.docs[3].built


def _write(path: Path, turtle: str) -> None:
    path.write_text("@prefix kg: <https://w3id.org/kg-news/ontology#> .\n"
                    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
                    "@prefix ex: <http://example.org/> .\n" + turtle, encoding="utf-8")


@pytest.fixture()
def tiny_gold(tmp_path) -> Path:
    gold = {
        "doc": "tiny.txt",
        "entities": [
            {"id": "film", "type": "CreativeWork", "names": ["The Long Road"]},
            {"id": "dir", "type": "Person", "names": ["Ana Ruiz", "Ruiz"]},
            {"id": "star", "type": "Person", "names": ["Ben Okoro"]},
            {"id": "co", "type": "Person", "names": ["Cleo Marsh"]},
        ],
        "facts": [
            {"s": "film", "p": "P57", "o": "dir"},
            {"s": "film", "p": "P577", "o": {"date": "2019-05"}},
            {"s": "film", "p": "P161", "o": "star"},
            {"s": "dir", "p": "P1327", "o": "co"},
            {"s": "dir", "p": "P106", "o": {"text": ["director", "film director"]}},
            {"s": "film", "p": "P136", "o": {"text": ["drama"]}, "optional": True},
        ],
    }
    path = tmp_path / "gold" / "tiny.json"
    path.parent.mkdir()
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


def test_scoring_rules_by_hand(tiny_gold, tmp_path):
    pred = tmp_path / "pred"
    pred.mkdir()
    _write(pred / "tiny.ttl", """
ex:f a kg:Film ; rdfs:label "the long road" ;
    kg:director ex:a ; kg:publicationDate "2019-05-21" ; kg:genre "Drama" .
ex:a a kg:Person ; rdfs:label "Ruiz" ; kg:occupation "film director" .
ex:c a kg:Person ; rdfs:label "Cleo Marsh" ; kg:partner ex:a .
ex:a2 a kg:Person ; rdfs:label "Ana Ruiz" .
ex:x a kg:Person ; rdfs:label "Nobody Known" ; kg:castMember ex:f .
ex:nameless a kg:Person .
""")
    doc = score_graphs([tiny_gold], pred, ontology_dir()).docs[0]
    # f, a (alias), c aligned; a2 duplicates dir, x is unknown; nameless is not counted
    assert (doc.entities.tp, doc.entities.fp, doc.entities.fn) == (3, 2, 1)
    assert doc.missed_entities == ["star"]
    # director, date (finer precision), partner (reversed), occupation, optional genre
    # are right; x castMember f is wrong; film P161 star is missed
    assert (doc.facts.tp, doc.facts.fp, doc.facts.fn, doc.facts.found) == (5, 1, 1, 4)
    assert doc.missed_facts == [{"s": "film", "p": "P161", "o": "star"}]
    assert doc.false_positives[0][1] == "P161"
    assert doc.facts.precision == pytest.approx(5 / 6)
    assert doc.facts.recall == pytest.approx(4 / 5)


def test_alignment_prefers_support_then_the_canonical_name(tmp_path):
    gold = {"doc": "x.txt",
            "entities": [{"id": "dir", "type": "Person", "names": ["Ana Ruiz", "Ruiz"]},
                         {"id": "co", "type": "Person", "names": ["Cleo Marsh"]}],
            "facts": [{"s": "dir", "p": "P1327", "o": "co"},
                      {"s": "dir", "p": "P106", "o": {"text": ["director"]}, "optional": True}]}
    (tmp_path / "x.json").write_text(json.dumps(gold), encoding="utf-8")
    pred = tmp_path / "pred"
    pred.mkdir()
    # ex:a and ex:b each support one gold fact: the canonical name decides
    _write(pred / "x.ttl", """
ex:a a kg:Person ; rdfs:label "Ruiz" ; kg:occupation "director" .
ex:b a kg:Person ; rdfs:label "Ana Ruiz" ; kg:partner ex:c .
ex:c a kg:Person ; rdfs:label "Cleo Marsh" .
""")
    doc = score_graphs([tmp_path / "x.json"], pred, ontology_dir()).docs[0]
    assert doc.aligned["http://example.org/b"] == "dir"
    assert (doc.entities.tp, doc.entities.fp, doc.entities.fn) == (2, 1, 0)
    assert (doc.facts.tp, doc.facts.fp, doc.facts.fn, doc.facts.found) == (1, 1, 0, 1)


def test_made_up_date_precision_is_wrong(tiny_gold, tmp_path):
    pred = tmp_path / "pred"
    pred.mkdir()
    _write(pred / "tiny.ttl", 'ex:f a kg:Film ; rdfs:label "Long Road" ; '
                              'kg:publicationDate "2019" .\n')
    doc = score_graphs([tiny_gold], pred, ontology_dir()).docs[0]
    assert (doc.facts.tp, doc.facts.fp) == (0, 1)


def test_no_graph_counts_everything_missed(tiny_gold, tmp_path):
    report = score_graphs([tiny_gold.parent], tmp_path, ontology_dir())
    assert report.entities == Score(0, 0, 4, 0)
    assert (report.facts.fn, report.facts.f1) == (5, 0.0)


def test_bad_gold_is_an_input_error(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(InputError, match="not a gold file"):
        score_graphs([bad], tmp_path, ontology_dir())
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="no gold files"):
        score_graphs([empty], tmp_path, ontology_dir())


def test_cli_scores_prebuilt_graphs(tiny_gold, tmp_path):
    pred = tmp_path / "pred"
    pred.mkdir()
    _write(pred / "tiny.ttl", 'ex:f a kg:Film ; rdfs:label "The Long Road" ; '
                              'kg:director ex:a .\nex:a a kg:Person ; rdfs:label "Ana Ruiz" .\n')
    runner = CliRunner()
    res = runner.invoke(cli, ["eval", "--gold", str(tiny_gold), "--pred", str(pred), "-v"])
    assert res.exit_code == 0, res.output
    assert "entities P 1.000 R 0.500 F1 0.667" in res.output
    assert "facts P 1.000 R 0.200 F1 0.333" in res.output
    assert "FN film P161 star" in res.output and "missed entities: co, star" in res.output
    res = runner.invoke(cli, ["eval", "--gold", str(tiny_gold), "--pred", str(pred), "--json"])
    assert json.loads(res.output)["counts"] == {"ent": [2, 0, 2], "fact": [1, 0, 4, 1]}


def test_cli_needs_docs_or_pred(tiny_gold, tmp_path):
    res = CliRunner().invoke(cli, ["eval", "--gold", str(tiny_gold)])
    assert res.exit_code == 2 and "--docs" in res.output
    res = CliRunner().invoke(cli, ["eval", "--gold", str(tiny_gold), "--docs", str(tmp_path)])
    assert res.exit_code == 1
    assert "no article text for tiny.txt" in res.output and "Traceback" not in res.output


@pytest.mark.slow
def test_evaluate_builds_and_matches_reference(shared_dir, tmp_path):
    """kg build's own graphs, scored by both scorers; evaluate() gives the same counts."""
    from kg.build import build

    redocred = shared_dir / "eval" / "redocred-dev"
    golds = _gold_sample(shared_dir, 4)
    pred = tmp_path / "pred"
    texts = [shared_dir / "seeds" / "000_cae9da5b7039b8ab.txt"]
    texts += [redocred / "docs" / (g.stem + ".txt") for g in golds[1:]]
    build([str(t) for t in texts], out_dir=pred, use_store=False)
    ref = _reference(shared_dir, golds, pred)
    _assert_same(ref, score_graphs(golds, pred, ontology_dir()).to_dict())

    seeds = evaluate(golds[:1], shared_dir / "seeds")
    docred = evaluate(golds[1:], redocred / "docs")
    assert [d.doc for d in seeds.docs + docred.docs] == [r["doc"] for r in ref["per_doc"]]
    assert (seeds.entities + docred.entities).tp == ref["counts"]["ent"][0]
    assert [list(vars(d.facts).values()) for d in seeds.docs + docred.docs] == [
        r["fact"] for r in ref["per_doc"]]
    assert seeds.entities.tp > 0  # the sample's people are found

    res = CliRunner().invoke(cli, ["eval", "--gold", str(golds[0]),
                                   "--docs", str(shared_dir / "seeds"), "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["counts"] == seeds.to_dict()["counts"]
