"""Shared fixtures: paths, a fresh store per test, the spaCy model once per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SAMPLE = SEEDS / "000_cae9da5b7039b8ab.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path, monkeypatch):
    """No test touches the user's store or depends on their settings."""
    monkeypatch.setenv("KG_STORE", str(tmp_path / "store"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    for var in ("KG_MODEL", "KG_BASE", "KG_UPDATE_ENDPOINT"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared (read-only material); CI lays it beside the clone."""
    path = Path(os.environ.get("KG_SHARED", SHARED))
    if not path.is_dir():
        pytest.fail(f"shared material not found at {path}; set KG_SHARED")
    return path
