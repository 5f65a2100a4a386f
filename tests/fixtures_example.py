"""Test fixture: the bundled example (config.example.toml, examples/) in a temp dir, its mail scanned."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.test_cli import REPO, watcher


@pytest.fixture
def example_db(tmp_path) -> Path:
    """The bundled example copied to a temp dir, its mail read by a real `watcher scan`; the config's path."""
    shutil.copytree(REPO / "examples", tmp_path / "examples", ignore=shutil.ignore_patterns("*.db*"))
    config = tmp_path / "config.toml"
    config.write_text((REPO / "config.example.toml").read_text())
    scan = watcher("scan", "--no-notify", config=config)
    assert scan.returncode == 0, scan.stderr
    return config
