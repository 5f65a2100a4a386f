"""Where watcher's first scan spends its time: the scan run again under py-spy.

Optional (``bench/run.py --profile``; needs ``pip install py-spy``). py-spy samples the
process from outside, so it barely slows it, and with ``--idle`` it also counts the time
spent waiting for the server. The profiled run is not one of the timed figures. It
writes the raw stacks (for flame graphs) and a summary: the functions holding the most
samples of their own, and the most samples including what they call.
"""

from __future__ import annotations

import shutil
import sys
from collections import Counter
from pathlib import Path

from bench.mailgen import NOW, GeneratedMailbox
from bench.server import BenchServer
from bench.watcher_runs import run_process, watcher_env, write_config

TOP = 25
RATE = 250  # samples per second


def py_spy() -> str | None:
    found = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    return found if Path(found).exists() else None


def profile_first_scan(server: BenchServer, generated: GeneratedMailbox, work: Path, out_dir: Path) -> Path:
    """Profile a first scan (fresh database); returns the summary file's path."""
    spy = py_spy()
    if spy is None:
        raise RuntimeError("--profile needs py-spy: pip install py-spy")
    folder = work / "profiled"
    folder.mkdir()
    config = write_config(
        folder,
        port=server.mailbox.port,
        username=server.mailbox.user,
        interviews_file=generated.interviews_file,
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = out_dir / f"first-scan-{generated.counts['inbox'] + generated.counts['sent']}"
    stacks = stem.with_suffix(".stacks")
    command = [
        spy,
        "record",
        "--idle",
        "--format",
        "raw",
        "--rate",
        str(RATE),
        "--output",
        str(stacks),
        "--",
        sys.executable,
        "-m",
        "watcher",
        "--config",
        str(config),
        "scan",
        "--json",
        "--no-notify",
        "--now",
        NOW.isoformat(),
    ]
    run = run_process(command, watcher_env(server.mailbox.password))
    if run.returncode != 0:
        raise RuntimeError(f"profiled scan failed (exit {run.returncode}):\n{run.stderr_tail}")
    summary = stem.with_suffix(".txt")
    summary.write_text(summarise(stacks.read_text()))
    return summary


def summarise(collapsed: str, top: int = TOP) -> str:
    """Own and inclusive sample shares per function from py-spy's collapsed stacks."""
    own: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    total = 0
    for line in collapsed.splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        count = int(count_text)
        frames = [_function(frame) for frame in stack.split(";")]
        total += count
        own[frames[-1]] += count
        for name in set(frames):
            inclusive[name] += count
    lines = [
        f"{total} samples at {RATE}/s (about {total / RATE:.1f} s), waiting on the server included",
        "",
        f"Top {top} by own samples:",
    ]
    lines += [f"  {100 * n / total:5.1f}%  {name}" for name, n in own.most_common(top)]
    lines += ["", f"Top {top} by inclusive samples:"]
    lines += [f"  {100 * n / total:5.1f}%  {name}" for name, n in inclusive.most_common(top)]
    return "\n".join(lines) + "\n"


def _function(frame: str) -> str:
    # "fetch (imapclient/imapclient.py:1347)" -> "fetch (imapclient/imapclient.py)": one entry per function.
    name, _, where = frame.partition(" (")
    return f"{name} ({where.rsplit(':', 1)[0]})" if where else name
