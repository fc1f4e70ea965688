"""Every command through the real CLI, and bad input: one line, non-zero exit, store unchanged."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

from kg.cli import cli
from tests.conftest import SAMPLE, SEEDS

pytestmark = pytest.mark.slow


@pytest.fixture
def run(tmp_path):
    store = str(tmp_path / "store")

    def _run(*args, input=None):
        return CliRunner().invoke(cli, [*args], input=input, env={"KG_STORE": store},
                                  catch_exceptions=False)
    return _run


@pytest.fixture
def built(run):
    res = run("build", str(SEEDS))
    assert res.exit_code == 0, res.output
    return run


def kg_proc(*args, store, stdin=None):
    """The installed console script, as a user runs it."""
    exe = Path(sys.executable).with_name("kg")
    env = {**os.environ, "KG_STORE": str(store)}
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=env,
                          input=stdin, timeout=300)


def test_help_lists_every_command(run):
    out = run("--help").output
    for name in ("build", "query", "export", "stats", "validate"):
        assert name in out
    for name in ("build", "query", "export", "stats", "validate"):
        assert "Example" in run(name, "--help").output


def test_build_reports_a_summary(run):
    res = run("build", str(SAMPLE))
    assert res.exit_code == 0
    assert "built 1 article(s)" in res.stderr and "triples" in res.stderr


def test_build_to_file_does_not_touch_the_store(run, tmp_path):
    out = tmp_path / "g.ttl"
    res = run("build", str(SAMPLE), "-o", str(out))
    assert res.exit_code == 0, res.output
    assert len(Graph().parse(out)) > 50
    assert "0 row" in run("query", "articles").output


def test_build_out_dir_writes_one_file_per_article(run, tmp_path):
    res = run("build", str(SEEDS), "--out-dir", str(tmp_path / "out"))
    assert res.exit_code == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        p.stem + ".ttl" for p in sorted(SEEDS.glob("*.txt"))]


def test_build_from_stdin(run, tmp_path):
    res = run("build", "-", "-o", str(tmp_path / "s.nt"), input=SAMPLE.read_text())
    assert res.exit_code == 0
    assert (tmp_path / "s.nt").stat().st_size > 1000


def test_query_formats_and_params(built):
    assert "row(s)" in built("query", "articles").output
    data = json.loads(built("query", "people", "-f", "json").output)
    assert data["results"]["bindings"]
    assert built("query", "people", "-f", "csv").output.startswith("person,name")
    assert built("query", "people", "-f", "tsv").output.startswith("?person\t?name")
    assert "<sparql" in built("query", "people", "-f", "xml").output
    assert "yes" in built("query", "ASK { ?s ?p ?o }").output
    ttl = built("query", "graph", "-f", "turtle").output
    assert len(Graph().parse(data=ttl, format="turtle")) > 10
    iri = json.loads(built("query", "people", "-f", "json").output)[
        "results"]["bindings"][0]["person"]["value"]
    res = built("query", "entity", "--param", f"entity={iri}", "-f", "csv")
    assert res.exit_code == 0 and iri in res.output
    assert "articles" in built("query", "--list").output


def test_query_from_file(built, tmp_path):
    q = tmp_path / "q.rq"
    q.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    res = built("query", str(q), "-f", "csv")
    assert res.exit_code == 0 and int(res.output.splitlines()[1]) > 0


def test_export_stats_validate(built, tmp_path):
    out = tmp_path / "all.trig"
    assert built("export", "-o", str(out)).exit_code == 0
    assert out.stat().st_size > 1000
    assert "@prefix" in built("export").output
    stats = built("stats").output
    assert "articles 1" in stats and "Person" in stats
    assert "conforms" in built("validate").output
    ttl = tmp_path / "x.ttl"
    built("export", "-o", str(ttl))
    assert built("validate", str(ttl)).exit_code == 0


BAD = {
    "empty": (b"", "empty"),
    "binary": (bytes(range(256)) * 4, "binary"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_input_files(built, tmp_path, case):
    data, message = BAD[case]
    path = tmp_path / f"{case}.txt"
    path.write_bytes(data)
    before = built("stats").output
    res = built("build", str(SAMPLE), str(path))
    assert res.exit_code != 0
    assert message in res.stderr and len(res.stderr.strip().splitlines()) == 1
    assert built("stats").output == before


def test_non_utf8_is_decoded_with_a_warning(run, tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Café Society premieres\n\nBeyoncé sang in Zürich.".encode("cp1252"))
    res = run("build", str(path))
    assert res.exit_code == 0
    assert "Windows-1252" in res.stderr


@pytest.mark.parametrize("args, message", [
    (("build", "missing.txt"), "no such file"),
    (("query", "SELECT ?x WHERE { ?x ?y }"), "malformed SPARQL"),
    (("query", "no-such-query"), "unknown query name"),
    (("query", "people", "--param", "bad"), "expected name=value"),
    (("build", str(SAMPLE), "-o", "out.xyz"), "cannot tell the RDF format"),
    (("validate", "missing.ttl"), "no such file"),
    (("build", str(SAMPLE), "--model", "no_such_pipeline"), "not installed"),
])
def test_errors_are_one_line_without_traceback(tmp_path, args, message):
    store = tmp_path / "store"
    proc = kg_proc(*args, store=store)
    assert proc.returncode != 0
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr


def test_failed_build_leaves_store_unchanged(tmp_path):
    store = tmp_path / "store"
    assert kg_proc("build", str(SAMPLE), store=store).returncode == 0
    before = sorted(kg_proc("export", "-f", "nt", store=store).stdout.splitlines())
    assert len(before) > 50
    (tmp_path / "empty.txt").write_text("")
    proc = kg_proc("build", str(SAMPLE), str(tmp_path / "empty.txt"), store=store)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert sorted(kg_proc("export", "-f", "nt", store=store).stdout.splitlines()) == before
