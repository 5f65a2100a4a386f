"""Where watcher's first scan spends its time: the scan run again under pyinstrument.

Optional (``bench/run.py --profile``): it needs ``pip install pyinstrument``, and the
profiled run is not one of the timed figures (a profiler slows what it watches). It
writes the call tree and a list of the functions that hold the most time of their own.
"""

from __future__ import annotations

import pstats
import subprocess
import sys
from io import StringIO
from pathlib import Path

from bench.mailgen import NOW, GeneratedMailbox
from bench.server import BenchServer
from bench.watcher_runs import run_process, watcher_env, write_config

TOP = 25


def profile_first_scan(server: BenchServer, generated: GeneratedMailbox, work: Path, out_dir: Path) -> Path:
    """Profile a first scan (fresh database); returns the summary file's path."""
    folder = work / "profiled"
    folder.mkdir()
    config = write_config(folder, port=server.mailbox.port, username=server.mailbox.user,
                          interviews_file=generated.interviews_file)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = out_dir / f"first-scan-{generated.counts['inbox'] + generated.counts['sent']}"
    session = stem.with_suffix(".pyisession")
    command = [
        sys.executable, "-m", "pyinstrument", "--renderer", "pyisession", "--outfile", str(session),
        "-m", "watcher", "--config", str(config), "scan", "--json", "--no-notify", "--now", NOW.isoformat(),
    ]
    run = run_process(command, watcher_env(server.mailbox.password))
    if run.returncode != 0:
        raise RuntimeError(f"profiled scan failed (exit {run.returncode}):\n{run.stderr_tail}")
    tree = _render(session, "text", "--no-color", "--unicode")
    stats_file = stem.with_suffix(".pstats")
    _render(session, "pstats", "--outfile", str(stats_file))
    summary = stem.with_suffix(".txt")
    summary.write_text(_top_functions(stats_file) + "\n\n" + tree)
    return summary


def _render(session: Path, renderer: str, *options: str) -> str:
    command = [sys.executable, "-m", "pyinstrument", "--load", str(session), "--renderer", renderer, *options]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def _top_functions(stats_file: Path) -> str:
    text = StringIO()
    stats = pstats.Stats(str(stats_file), stream=text)
    text.write(f"Top {TOP} functions by own time (tottime), first scan:\n")
    stats.sort_stats("tottime").print_stats(TOP)
    text.write(f"\nTop {TOP} by cumulative time:\n")
    stats.sort_stats("cumulative").print_stats(TOP)
    return text.getvalue()
