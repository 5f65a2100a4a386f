"""bench/phases.py times every phase of a first scan: each timed function is still found
(a renamed one fails the run) and the phases a first scan must go through took time.

Timings are not checked (the benchmark reports them); only that the breakdown is whole.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.fixtures_dovecot import DOVECOT

REPO = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(not Path(DOVECOT).exists(), reason="needs Debian's dovecot-imapd")

# What a first scan of a small mailbox goes through (the search asked ahead, with the
# phrase book loaded meanwhile, only from bench/run.py's sizes on).
TAKES_TIME = (
    "start",
    "_load",
    "Store.open",
    "ImapSource.connect",
    "ImapSource.search_candidates",
    "ImapSource.fetch_headers",
    "ImapSource.fetch_messages",
    "parse_message",
    "Pipeline._classify_one",
    "Pipeline._report",
    "process",
    "cpu",
)


def test_every_phase_of_a_first_scan_is_timed(tmp_path: Path) -> None:
    cache = Path(tempfile.mkdtemp(prefix="watcher-bench-cache-"))
    out = tmp_path / "phases.json"
    try:
        done = subprocess.run(
            [sys.executable, str(REPO / "bench" / "phases.py"), "--messages", "500", "--repeat", "1",
             "--cache-dir", str(cache), "--json", str(out)],
            cwd=REPO, capture_output=True, text=True, timeout=600, check=False,
        )
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    assert done.returncode == 0, done.stderr[-3000:]
    medians = json.loads(out.read_text())["medians"]
    assert {figure: medians[figure] for figure in TAKES_TIME if not medians[figure] > 0} == {}
    assert medians["process"] >= medians["start"] + medians["_load"] + medians["parse_message"]
    assert "whole process (wall)" in done.stdout


def test_compiled_patterns_still_pickle_under_the_timers() -> None:
    # The kept phrase book holds compiled patterns, pickled by the name re._compile: a timer
    # standing there under another name made every kept_result raise, so the timed scan
    # built the book again for every message and classified none.
    import pickle
    import re

    from bench import phase_timer

    original = re._compile
    try:
        phase_timer._count_compiling()
        assert re._compile is not original
        pattern = re.compile(r"timed (\w+)")
        assert pickle.loads(pickle.dumps(pattern)).search("timed scan").group(1) == "scan"
    finally:
        re._compile = original
