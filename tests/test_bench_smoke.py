"""The benchmark runs end to end on a small mailbox and reports every figure.

Timings are not checked here (bench/run.py reports them against its targets); only that
each measurement completed and produced a positive number, or, for push latency, either
numbers or the reason it was not measured.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.scratch import scratch_dir
from tests.fixtures_dovecot import DOVECOT

REPO = Path(__file__).resolve().parent.parent
SIZE = 500
POSITIVE_FIGURES = (
    "fill_or_cache_seconds",
    "dovecot_index_seconds",
    "limit_cold_seconds",
    "limit_seconds",
    "limit_header_bytes",
    "limit_peak_rss_mb",
    "naive_seconds",
    "naive_bytes",
    "naive_sampled_messages",
    "first_scan_seconds",
    "first_scan_messages_kept",
    "peak_rss_mb",
    "incremental_scan_seconds",
    "incremental_scan_peak_rss_mb",
    "sync_no_new_seconds",
    "sync_no_new_login_seconds",
    "sync_no_new_round_trips",
    "scan_10_new_seconds",
    "scan_10_new_reported_new",
    "first_scan_over_limit",
    "limit_imaplib_seconds",
    "client_first_scan_seconds",
    "help_seconds",
    "first_scan_over_limit_imaplib",
    "client_first_scan_over_limit_imaplib",
    "naive_over_first_scan",
)

pytestmark = pytest.mark.skipif(not Path(DOVECOT).exists(), reason="needs Debian's dovecot-imapd")


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("bench")
    cache = scratch_dir("watcher-bench-cache-")
    out = folder / "results.json"
    try:
        options = (
            f"--messages {SIZE} --naive-sample 50 --naive-full-up-to 0 --push-count 3 --repeat 2".split()
        )
        completed = subprocess.run(
            [
                sys.executable,
                str(REPO / "bench" / "run.py"),
                *options,
                "--cache-dir",
                str(cache),
                "--out",
                str(out),
            ],
            check=False,
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=900,
        )
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    assert completed.returncode == 0, completed.stderr[-3000:]
    return json.loads(out.read_text())


def test_every_figure_is_a_positive_number(results: dict) -> None:
    (run,) = results["runs"]
    assert run["messages"] == SIZE
    figures = run["figures"]
    missing = [key for key in POSITIVE_FIGURES if key not in figures]
    assert not missing
    not_positive = {key: figures[key] for key in POSITIVE_FIGURES if not figures[key] > 0}
    assert not not_positive


def test_the_naive_figure_says_it_was_extrapolated(results: dict) -> None:
    figures = results["runs"][0]["figures"]
    assert figures["naive_extrapolated"] is True
    assert figures["naive_sampled_messages"] < SIZE
    assert any("extrapolated" in note for note in results["runs"][0]["notes"])


def test_the_mailbox_has_the_promised_mix(results: dict) -> None:
    counts = results["runs"][0]["mailbox"]
    assert counts["inbox"] + counts["sent"] == SIZE
    assert counts["sent"] > 0 and counts["related"] > 0 and counts["attachments"] > 0


def test_push_latency_is_measured_or_says_why_not(results: dict) -> None:
    figures = results["runs"][0]["figures"]
    push = figures["push_latency"]
    if push["measured"]:
        assert len(push["seconds"]) == 3 and all(s > 0 for s in push["seconds"])
        assert figures["push_latency_median_seconds"] > 0
    else:
        assert push["reason"]


def test_every_target_has_a_verdict_line(results: dict) -> None:
    figures = {t["figure"] for t in results["targets"]}
    # The 100k-only targets are not judged on a small mailbox.
    assert {"incremental_scan_seconds", "help_seconds", "push_news_to_notice_median_seconds", "peak_rss_mb"} <= figures
    assert results["machine"]["cpus"] > 0
