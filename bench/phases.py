"""Where a first scan's time goes, phase by phase, on the benchmark's mailbox.

    .venv/bin/python bench/phases.py --messages 10000 --repeat 5
    .venv/bin/python bench/phases.py --messages 100000 --repeat 3 --search client

Runs ``watcher scan --json --no-notify`` on a fresh database (and a config file it has
not checked before, as bench/run.py's first scans) ``--repeat`` times, each under
``bench/phase_timer.py``'s timers, and prints the median of each phase (wall time, and the
processor time of the thread it ran in) with the load average: the figures README's "Where a first scan's time goes" quotes. The timers cost a
few milliseconds; the scans are not the benchmark's timed ones.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a script
    sys.path.insert(0, str(REPO))

from bench import mailgen
from bench.server import BenchServer, mail_owner_ids
from bench.watcher_runs import watcher_env, write_config

FOLDERS = ("INBOX", "Sent")

# (label, figure): the rows printed, in the order a scan meets them. Figures are the
# timer names of bench/phase_timer.py; "[prepare]" is the second thread's share.
ROWS = (
    ("start: Python, imports up to the command line", "start"),
    ("  imports of the scan's modules", "imports of the timed modules"),
    ("config check (pydantic's import and models)", "_load"),
    ("open the database", "Store.open"),
    ("connect and log in", "ImapSource.connect"),
    ("server's search of the inbox, waited for", "ImapSource.search_ahead"),
    ("  meanwhile: phrase book, mail-parser [prepare]", "_prepare_reading [prepare]"),
    ("further SEARCHes (sent folder, threads)", "ImapSource.search_candidates"),
    ("FETCH header fields", "ImapSource.fetch_headers"),
    ("  the next batch's, fetched ahead [fetch-ahead]", "ImapSource.fetch_headers [fetch-ahead_0]"),
    ("parse header fields (those the screen let through)", "parse_headers"),
    ("the header test (match.may_concern)", "may_concern"),
    ("FETCH whole messages", "ImapSource.fetch_messages"),
    ("parse whole messages", "parse_message"),
    ("tie (match)", "Pipeline._match_one"),
    ("classify", "Pipeline._classify_one"),
    ("  of which compiling patterns (any main-thread re)", "re compiling"),
    ("store batches", "Store.commit_batch"),
    ("decide", "Pipeline.decide"),
    ("report (JSON)", "Pipeline._report"),
    ("close the database", "Store.close"),
    ("the command in all (main thread, from its arguments)", "main"),
    ("  of which the account's sync", "Pipeline.sync"),
    ("whole process (wall)", "process"),
    ("  processor time, both threads", "cpu"),
)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=10_000, help="mailbox size (default 10000)")
    parser.add_argument("--repeat", type=int, default=5, help="scans; medians are printed (default 5)")
    parser.add_argument("--cache-dir", type=Path, default=REPO / "bench" / ".cache")
    parser.add_argument("--json", type=Path, help="also write each run's figures and the medians here")
    parser.add_argument("--search", choices=("auto", "client", "server"), default="auto",
                        help="the account's search setting (default auto: the server's search on Dovecot; "
                             "client reads every header)")
    return parser.parse_args(argv)


def timed_scan(config: Path, password: str, out: Path) -> tuple[dict, dict]:
    """One first scan under the timers: its wall times (with the whole process's wall and
    processor time) and its processor times per figure."""
    command = [sys.executable, str(REPO / "bench" / "phase_timer.py"), str(out), repr(time.time()), "--",
               "--config", str(config), "scan", "--json", "--no-notify", "--now", mailgen.NOW.isoformat()]
    before = os.times()
    started = time.perf_counter()
    done = subprocess.run(command, env=watcher_env(password), capture_output=True)
    wall = time.perf_counter() - started
    after = os.times()
    if done.returncode != 0:
        raise RuntimeError(f"timed scan failed (exit {done.returncode}):\n{done.stderr.decode()[-2000:]}")
    figures = json.loads(out.read_text())
    if figures["missing"]:
        raise RuntimeError(f"timed functions not found (renamed?): {figures['missing']}")
    seconds, processor = figures["seconds"], figures["processor_seconds"]
    seconds["start"] = figures["spawn_to_timer_seconds"] + seconds.pop("imports up to the command line")
    processor["start"] = processor.pop("imports up to the command line")
    seconds["process"] = wall
    seconds["cpu"] = processor["process"] = (
        (after.children_user - before.children_user) + (after.children_system - before.children_system))
    return seconds, processor


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    args.cache_dir.mkdir(parents=True, exist_ok=True)
    args.cache_dir.chmod(0o755)  # Dovecot's unprivileged processes walk through it
    generated = mailgen.ensure_mailbox(args.messages, args.cache_dir, *mail_owner_ids())
    runs = []
    loads = [os.getloadavg()[0]]
    with BenchServer(generated, args.cache_dir) as server, tempfile.TemporaryDirectory(prefix="watcher-phases-") as work:
        server.index(FOLDERS)
        from bench.measure import measure_limit

        measure_limit(server.client, FOLDERS)  # Dovecot's cache filled, as before bench/run.py's scans
        for attempt in range(args.repeat):
            folder = Path(work) / f"scan-{attempt}"
            folder.mkdir()
            config = write_config(folder, port=server.mailbox.port, username=server.mailbox.user,
                                  interviews_file=generated.interviews_file, search=args.search)
            runs.append(timed_scan(config, server.mailbox.password, folder / "phases.json"))
            loads.append(os.getloadavg()[0])
    print(f"first scan of {args.messages:,} messages, search = {args.search}, medians of {args.repeat} "
          f"(load average {min(loads):.1f} to {max(loads):.1f} on {os.cpu_count()} CPUs)")
    medians = {figure: statistics.median(wall.get(figure, 0.0) for wall, _ in runs) for _label, figure in ROWS}
    processor = {figure: statistics.median(cpu.get(figure, 0.0) for _, cpu in runs) for _label, figure in ROWS}
    print(f"  {'':52s} {'wall':>7s}   {'processor':>9s}")
    for label, figure in ROWS:
        print(f"  {label:52s} {medians[figure]:7.3f} s {processor[figure]:7.3f} s")
    if args.json:
        args.json.write_text(json.dumps({"runs": runs, "medians": medians, "processor_medians": processor,
                                         "load_average": loads}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
