"""The benchmark: how watcher's scans compare with the least a client must spend.

    .venv/bin/python bench/run.py --messages 10000,100000 --naive-sample 5000

For each N it fills (once, then from bench/.cache/) a loopback Dovecot mailbox of N
realistic messages and measures, on that mailbox: the header-fetch limit, a naive
whole-message script, watcher's first scan, its incremental scans (nothing new; ten new
messages), its sync with nothing new, its peak memory, and, when the daemon exists,
push latency from APPEND to the notice. It prints a table, checks the targets, and
writes everything as JSON. A missed target is reported, never raised: this is not a test.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a script: the repo root holds bench/, tests/ and watcher/
    sys.path.insert(0, str(REPO))

from bench import mailgen, push, sync_timing
from bench.measure import Measurement, measure_limit, measure_limit_imaplib, measure_naive, measure_status
from bench.server import BenchServer, mail_owner_ids
from bench.watcher_runs import ProcessRun, run_process, scan, watcher_env, write_config

FOLDERS = ("INBOX", "Sent")
NEW_MESSAGES = 10
LIMIT_REPEATS = 3
MB = 1024 * 1024

HELP_REPEATS = 5

# (figure, comparison, threshold, the size it applies to; None = every size)
TARGETS = (
    ("first_scan_over_limit_imaplib", "<=", 0.5, 100_000),
    ("client_first_scan_over_limit_imaplib", "<=", 1.2, 100_000),
    ("first_scan_over_limit", "<", 1.0, 10_000),
    ("incremental_scan_seconds", "<=", 0.3, None),
    ("sync_no_new_round_trips", "<=", len(FOLDERS), None),
    ("help_seconds", "<", 0.15, None),
    ("push_news_to_notice_median_seconds", "<", 0.05, None),
    ("peak_rss_mb", "<", 100.0, None),
)
RSS_GROWTH_LIMIT = 0.20


class BenchmarkFailed(RuntimeError):
    """watcher itself failed during a run: the figures would be meaningless."""


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--messages",
        default="10000",
        help="mailbox sizes, comma-separated (default 10000; e.g. 10000,100000)",
    )
    parser.add_argument(
        "--naive-sample",
        type=int,
        default=None,
        metavar="K",
        help="time the naive script on K messages spread over the mailbox and scale up",
    )
    parser.add_argument(
        "--naive-full-up-to",
        type=int,
        default=10_000,
        metavar="M",
        help="mailboxes of up to M messages are read whole despite --naive-sample (default 10000)",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="run each watcher scan this many times; medians count (default 3)",
    )
    parser.add_argument(
        "--push-count", type=int, default=20, help="replies appended for push latency (default 20)"
    )
    parser.add_argument("--no-push", action="store_true", help="skip the push-latency measurement")
    parser.add_argument(
        "--cache-dir",
        type=Path,
        default=REPO / "bench" / ".cache",
        help="where generated mailboxes are kept (default bench/.cache)",
    )
    parser.add_argument("--out", type=Path, help="JSON results file (default bench/results-N.json)")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="also profile one more first scan with py-spy into bench/out/ (not timed)",
    )
    args = parser.parse_args(argv)
    args.sizes = [int(part) for part in args.messages.split(",") if part.strip()]
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    args.cache_dir.mkdir(parents=True, exist_ok=True)
    args.cache_dir.chmod(0o755)  # Dovecot's unprivileged processes walk through it
    # An installed watcher has its bytecode compiled (pip does it on install); a checkout
    # run with PYTHONDONTWRITEBYTECODE set would compile every module on every start
    # (0.3 s of a scan with nothing new, measured), which no user pays.
    compileall.compile_dir(REPO / "watcher", quiet=1)
    runs = [run_size(n, args) for n in args.sizes]
    across = cross_size(runs)
    results: dict[str, Any] = {
        "machine": machine(),
        "command": "bench/run.py " + " ".join(sys.argv[1:] if argv is None else argv),
        "runs": runs,
        "cross_size": across,
        "targets": check_targets(runs, across),
    }
    out = args.out or REPO / "bench" / f"results-{'_'.join(map(str, args.sizes))}.json"
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(render_table(results))
    print(f"\nresults written to {out}")
    return 0


# -- one mailbox size --------------------------------------------------------------------


class LoadSampler(threading.Thread):
    """The machine's 1-minute load average, read every few seconds while a size is
    measured: on a shared machine it says how much the figures were inflated."""

    INTERVAL = 5.0

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.samples: list[float] = [os.getloadavg()[0]]
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.wait(self.INTERVAL):
            self.samples.append(os.getloadavg()[0])

    def finish(self) -> dict[str, float]:
        self._done.set()
        self.join()
        return {"min": min(self.samples), "max": max(self.samples),
                "mean": statistics.fmean(self.samples)}


def run_size(n: int, args: argparse.Namespace) -> dict[str, Any]:
    load = LoadSampler()
    load.start()
    try:
        return _run_size(n, args, load)
    finally:
        load.finish()


def _run_size(n: int, args: argparse.Namespace, load: LoadSampler) -> dict[str, Any]:
    started = time.perf_counter()
    generated = mailgen.ensure_mailbox(n, args.cache_dir, *mail_owner_ids())
    figures: dict[str, Any] = {"fill_or_cache_seconds": time.perf_counter() - started}
    notes: list[str] = []
    with (
        BenchServer(generated, args.cache_dir) as server,
        tempfile.TemporaryDirectory(prefix="watcher-bench-") as work,
    ):
        figures["dovecot_index_seconds"] = server.index(FOLDERS)
        cold = measure_limit(server.client, FOLDERS)  # also fills Dovecot's cache, as any first reader would
        figures["limit_cold_seconds"] = cold.seconds
        limits = [measure_limit(server.client, FOLDERS) for _ in range(LIMIT_REPEATS)]
        figures["limit_seconds"] = statistics.median(m.seconds for m in limits)
        figures["limit_header_bytes"] = limits[0].bytes
        figures["limit_peak_rss_mb"] = limit_client_peak_rss(server) / MB
        bare = [
            measure_limit_imaplib(server.mailbox.host, server.mailbox.port, server.mailbox.user,
                                  server.mailbox.password, FOLDERS)
            for _ in range(LIMIT_REPEATS)
        ]
        figures["limit_imaplib_seconds"] = statistics.median(m.seconds for m in bare)
        figures["help_seconds"] = help_seconds()
        sample = args.naive_sample if n > args.naive_full_up_to else None
        naive = measure_naive(server.client, FOLDERS, sample)
        figures.update(naive_figures(naive))
        if naive.sampled:
            notes.append(f"naive: {naive.note}")
        figures.update(watcher_figures(server, generated, Path(work), args.repeat, notes))
        # Push reuses the scans' database: the daemon starts where the last scan left off.
        scanned = Path(work) / f"scan-{args.repeat - 1}"
        figures.update(push_figures(server, generated, scanned, args, notes))
        if args.profile:
            from bench.profiling import profile_first_scan

            notes.append(
                f"profile: {profile_first_scan(server, generated, Path(work), REPO / 'bench' / 'out')}"
            )
    figures["first_scan_over_limit"] = figures["first_scan_seconds"] / figures["limit_seconds"]
    figures["first_scan_over_limit_imaplib"] = figures["first_scan_seconds"] / figures["limit_imaplib_seconds"]
    figures["client_first_scan_over_limit_imaplib"] = (
        figures["client_first_scan_seconds"] / figures["limit_imaplib_seconds"]
    )
    figures["naive_over_first_scan"] = figures["naive_seconds"] / figures["first_scan_seconds"]
    figures["load_average"] = load.finish()
    return {
        "messages": n,
        "generator_version": mailgen.GENERATOR_VERSION,
        "mailbox": generated.counts,
        "figures": figures,
        "notes": notes,
    }


def help_seconds() -> float:
    """``watcher --help`` as a whole process, the median of HELP_REPEATS."""
    command = [sys.executable, "-m", "watcher", "--help"]
    times = []
    for _ in range(HELP_REPEATS):
        run = run_process(command, dict(os.environ))
        if run.returncode != 0:
            raise BenchmarkFailed(f"watcher --help failed (exit {run.returncode}):\n{run.stderr_tail}")
        times.append(run.seconds)
    return statistics.median(times)


def limit_client_peak_rss(server: BenchServer) -> int:
    """Peak memory of the limit run as a process of its own: the floor for watcher's."""
    command = [sys.executable, str(REPO / "bench" / "limit_client.py"), str(server.mailbox.port)]
    run = run_process([*command, server.mailbox.user, *FOLDERS], watcher_env(server.mailbox.password))
    if run.returncode != 0:
        raise BenchmarkFailed(f"the limit client failed (exit {run.returncode}):\n{run.stderr_tail}")
    return run.peak_rss_bytes


def naive_figures(naive: Measurement) -> dict[str, Any]:
    return {
        "naive_seconds": naive.seconds,
        "naive_bytes": naive.bytes,
        "naive_sampled_messages": naive.sampled,
        "naive_extrapolated": naive.sampled is not None,
    }


def watcher_figures(
    server: BenchServer, generated: mailgen.GeneratedMailbox, work: Path, repeats: int, notes: list[str]
) -> dict[str, Any]:
    """watcher's scans, each repeated; the medians are the figures, every time is kept."""
    password = server.mailbox.password
    clients, _ = first_scans(server, generated, work, repeats, "client")
    firsts, config = first_scans(server, generated, work, repeats, "auto")
    agains = [checked(scan(config, password, mailgen.NOW), "incremental scan") for _ in range(repeats)]
    sync_no_new = sync_timing.sync_seconds(config, password, mailgen.NOW)
    status_only = measure_status(server.client, FOLDERS)
    with_new = []
    for attempt in range(repeats):
        with server.client() as client:
            for raw in mailgen.fresh_messages(NEW_MESSAGES, seed=attempt + 1):
                client.append("INBOX", raw)
        with_new.append(checked(scan(config, password, mailgen.NOW), "scan with new mail"))
    new_seen = [new_message_count(run) for run in with_new]
    if any(seen != NEW_MESSAGES for seen in new_seen):
        notes.append(f"scans after appending {NEW_MESSAGES} messages reported {new_seen} new")
    return {
        "scan_repeats": repeats,
        "first_scan_seconds": _median_seconds(firsts),
        "first_scan_all_seconds": [run.seconds for run in firsts],
        "first_scan_messages_kept": len((firsts[0].report or {}).get("messages", [])),
        "client_first_scan_seconds": _median_seconds(clients),
        "client_first_scan_all_seconds": [run.seconds for run in clients],
        "client_first_scan_messages_kept": len((clients[0].report or {}).get("messages", [])),
        "peak_rss_mb": max(run.peak_rss_bytes for run in [*firsts, *clients]) / MB,
        "incremental_scan_seconds": _median_seconds(agains),
        "incremental_scan_all_seconds": [run.seconds for run in agains],
        "incremental_scan_peak_rss_mb": max(run.peak_rss_bytes for run in agains) / MB,
        "incremental_logged_sync_seconds": agains[-1].sync_seconds(),
        "sync_no_new_seconds": sync_no_new.sync_seconds,
        "sync_no_new_login_seconds": sync_no_new.login_seconds,
        "sync_no_new_round_trips": sync_no_new.round_trips,
        "sync_no_new_commands": list(sync_no_new.commands),
        "status_limit_seconds": status_only.seconds,
        "scan_10_new_seconds": _median_seconds(with_new),
        "scan_10_new_all_seconds": [run.seconds for run in with_new],
        "scan_10_new_reported_new": min(new_seen),
    }


def first_scans(
    server: BenchServer, generated: mailgen.GeneratedMailbox, work: Path, repeats: int, search: str
) -> tuple[list[ProcessRun], Path]:
    """``repeats`` first scans, each on a fresh database, with the account's ``search``;
    the runs and the last one's config (its database then holds a synced mailbox)."""
    runs = []
    for attempt in range(repeats):
        folder = work / (f"scan-{attempt}" if search == "auto" else f"{search}-scan-{attempt}")
        folder.mkdir()
        config = write_config(
            folder,
            port=server.mailbox.port,
            username=server.mailbox.user,
            interviews_file=generated.interviews_file,
            search=search,
        )
        runs.append(checked(scan(config, server.mailbox.password, mailgen.NOW), f"first scan (search {search})"))
    return runs, config


def _median_seconds(runs: list[ProcessRun]) -> float:
    return statistics.median(run.seconds for run in runs)


def push_figures(
    server: BenchServer,
    generated: mailgen.GeneratedMailbox,
    work: Path,
    args: argparse.Namespace,
    notes: list[str],
) -> dict[str, Any]:
    if args.no_push:
        return {"push_latency": {"measured": False, "reason": "skipped (--no-push)"}}
    missing = push.daemon_missing()
    if missing:
        notes.append(f"push latency not measured: {missing}")
        return {"push_latency": {"measured": False, "reason": missing}}
    timings = push.measure(server, generated, work, args.push_count)
    latencies = [t.latency for t in timings]
    figures: dict[str, Any] = {
        "push_latency": {"measured": True, "count": len(latencies), "seconds": latencies},
        "push_latency_median_seconds": statistics.median(latencies),
        "push_latency_worst_seconds": max(latencies),
    }
    split = [(t.appended, t.news, t.noticed) for t in timings if t.news is not None]
    if split:
        # Where the latency goes: the server announcing the message, then watcher's own work.
        figures["push_to_idle_news_median_seconds"] = statistics.median(n - a for a, n, _ in split)
        figures["push_news_to_notice_median_seconds"] = statistics.median(d - n for _, n, d in split)
    return figures


def checked(run: ProcessRun, what: str) -> ProcessRun:
    report = run.report or {}
    accounts = report.get("accounts", [])
    if run.returncode != 0 or not accounts or not all(a.get("ok") for a in accounts):
        errors = [a.get("error") for a in accounts if not a.get("ok")]
        raise BenchmarkFailed(
            f"watcher {what} failed (exit {run.returncode}, errors {errors}):\n{run.stderr_tail}"
        )
    return run


def new_message_count(run: ProcessRun) -> int:
    return sum(
        f.get("new", 0) or 0
        for a in (run.report or {}).get("accounts", [])
        for f in a.get("folders", [])
        if f.get("role") != "sent"
    )


# -- targets and the table ---------------------------------------------------------------


def cross_size(runs: list[dict[str, Any]]) -> dict[str, Any]:
    by_size = {r["messages"]: r["figures"] for r in runs}
    if 10_000 not in by_size or 100_000 not in by_size:
        return {}
    small, large = by_size[10_000]["peak_rss_mb"], by_size[100_000]["peak_rss_mb"]
    return {"peak_rss_growth_10k_to_100k": (large - small) / small}


def check_targets(runs: list[dict[str, Any]], cross: dict[str, Any]) -> list[dict[str, Any]]:
    results = []
    for run in runs:
        for figure, comparison, threshold, size in TARGETS:
            if size is not None and run["messages"] != size:
                continue
            value = run["figures"].get(figure)
            results.append(_verdict(figure, comparison, threshold, value, run["messages"]))
    if cross:
        results.append(
            _verdict(
                "peak_rss_growth_10k_to_100k",
                "<",
                RSS_GROWTH_LIMIT,
                cross["peak_rss_growth_10k_to_100k"],
                None,
            )
        )
    return results


def _verdict(figure: str, comparison: str, threshold: float, value: float | None, size: int | None) -> dict:
    if value is None:
        passed = None
    elif comparison == "<":
        passed = value < threshold
    elif comparison == "<=":
        passed = value <= threshold
    else:
        passed = value >= threshold
    return {
        "figure": figure,
        "messages": size,
        "target": f"{comparison} {threshold:g}",
        "value": value,
        "pass": passed,
    }


ROWS = (
    ("fill_or_cache_seconds", "fill mailbox (or reuse cache)", "s"),
    ("dovecot_index_seconds", "Dovecot first SELECT (indexing)", "s"),
    ("limit_cold_seconds", "limit, first read (Dovecot cache cold)", "s"),
    ("limit_seconds", "limit: header fields, batches of 1,000 (imapclient)", "s"),
    ("limit_imaplib_seconds", "limit: the same through imaplib alone", "s"),
    ("naive_seconds", "naive: whole messages + mail-parser", "s"),
    ("first_scan_seconds", "watcher first scan (fresh database)", "s"),
    ("client_first_scan_seconds", "watcher first scan, search = client", "s"),
    ("incremental_scan_seconds", "watcher scan, nothing new", "s"),
    ("scan_10_new_seconds", "watcher scan, 10 new messages", "s"),
    ("sync_no_new_seconds", "sync, nothing new (after login)", "ms"),
    ("sync_no_new_round_trips", "  IMAP round trips in that sync", ""),
    ("status_limit_seconds", "  bare STATUS of the same folders", "ms"),
    ("peak_rss_mb", "peak RSS, first scan", "MB"),
    ("limit_peak_rss_mb", "  peak RSS of the limit as a process", "MB"),
    ("push_latency_median_seconds", "push latency, median", "s"),
    ("push_latency_worst_seconds", "push latency, worst", "s"),
    ("push_to_idle_news_median_seconds", "  APPEND to IDLE news (median)", "s"),
    ("push_news_to_notice_median_seconds", "  IDLE news to notice (median)", "s"),
    ("help_seconds", "watcher --help", "s"),
    ("first_scan_over_limit", "ratio first scan / imapclient limit", "x"),
    ("first_scan_over_limit_imaplib", "ratio first scan / imaplib limit", "x"),
    ("client_first_scan_over_limit_imaplib", "ratio client-search first scan / imaplib limit", "x"),
    ("naive_over_first_scan", "ratio naive / first scan", "x"),
)


def render_table(results: dict[str, Any]) -> str:
    runs = results["runs"]
    header = ["figure"] + [f"N={r['messages']:,}" for r in runs]
    rows = [header]
    for key, label, unit in ROWS:
        rows.append([label] + [_cell(key, unit, r["figures"]) for r in runs])
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row))
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append("")
    for run in runs:
        average = run["figures"].get("load_average")
        if average:
            lines.append(f"N={run['messages']:,}: load average {average['min']:.1f} to {average['max']:.1f}"
                         f" (mean {average['mean']:.1f}) on {results['machine']['cpus']} CPUs")
        for note in run["notes"]:
            lines.append(f"N={run['messages']:,}: {note}")
    lines.append("targets:")
    for target in results["targets"]:
        where = f" at N={target['messages']:,}" if target["messages"] else ""
        verdict = {True: "PASS", False: "FAIL", None: "not measured"}[target["pass"]]
        value = "-" if target["value"] is None else f"{target['value']:.3g}"
        lines.append(f"  {verdict:12} {target['figure']}{where} {target['target']} (measured {value})")
    return "\n".join(lines)


def _cell(key: str, unit: str, figures: dict[str, Any]) -> str:
    value = figures.get(key)
    if value is None:
        reason = figures.get("push_latency", {}).get("reason") if key.startswith("push") else None
        return f"not measured: {reason}" if reason else "not measured"
    if unit == "ms":
        return f"{value * 1000:.1f} ms"
    if unit == "x":
        return f"{value:.2f}x"
    if unit == "MB":
        return f"{value:.1f} MB"
    if unit == "s":
        return f"{value:.2f} s"
    return str(value)


def machine() -> dict[str, Any]:
    return {
        "cpus": os.cpu_count(),
        "cpu_model": _cpu_model(),
        "ram_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3, 1),
        "python": platform.python_version(),
        "dovecot": _dovecot_version(),
        "kernel": platform.release(),
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _dovecot_version() -> str:
    try:
        return subprocess.run(
            ["/usr/sbin/dovecot", "--version"], capture_output=True, text=True, check=False
        ).stdout.strip()
    except OSError:
        return "unknown"


if __name__ == "__main__":
    sys.exit(main())
