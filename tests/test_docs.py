"""The README and the ready queries stay true to the code."""

import re

import pytest

from kg.cli import cli
from kg.query import ready_queries
from kg.store import open_store
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_is_documented(name):
    assert re.search(rf"\bkg {name}\b", README), f"kg {name} is missing from README.md"
    assert cli.commands[name].help, f"kg {name} has no help text"


def test_readme_test_command_is_what_ci_runs():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    block = ci.split("# --- the README's test command, verbatim ---\n", 1)[1]
    command = block.splitlines()[0].strip()
    assert command in README


def test_there_are_enough_ready_queries():
    assert len(ready_queries()) >= 8


@pytest.mark.parametrize("name", sorted(ready_queries()))
def test_ready_query_has_a_header_and_runs(name, tmp_path):
    path = ready_queries()[name]
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# ") and len(lines[0]) > 20
    assert any(line.startswith("# params:") for line in lines[:6])
    with open_store(tmp_path / "st") as store:
        store.query(path.read_text(encoding="utf-8"))  # parses and runs on the ontology alone
