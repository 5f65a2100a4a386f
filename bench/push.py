"""Push latency: from the APPEND of an interview reply to the notice that announces it.

``watcher run`` watches the benchmark mailbox with a loopback SMTP sink as its notice
channel. A ``watcher scan`` that may notify runs first, so whatever was already due is
announced before the daemon starts and cannot be mistaken for the answer to a reply.
Replies are then appended one at a time, and each e-mail notice's arrival timestamped.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a script: the repo root holds bench/, tests/ and watcher/
    sys.path.insert(0, str(REPO))

from aiosmtpd.controller import Controller

from bench.mailgen import GeneratedMailbox, interview_reply
from bench.server import BenchServer
from bench.watcher_runs import parse_log_lines, run_process, watcher_env, write_config
from tests.child_process import dies_with_this_process, stop_child
from tests.fixtures_dovecot import free_port

NOTICE_WAIT_SECONDS = 60.0
READY_WAIT_SECONDS = 60.0
QUIET_SECONDS = 2.0  # no notice for this long after start-up: the daemon has caught up


def daemon_missing() -> str | None:
    """Why push latency cannot be measured, or None when it can."""
    if importlib.util.find_spec("watcher.daemon") is None:
        return "daemon missing (watcher/daemon.py not found)"
    return None


@dataclass
class NoticeSink:
    """An SMTP server on loopback that timestamps every message it is given."""

    arrivals: list[tuple[float, str]] = field(default_factory=list)  # (time.time(), Subject)
    changed: threading.Condition = field(default_factory=threading.Condition)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        arrived = time.time()
        subject = _subject(envelope.content or b"")
        with self.changed:
            self.arrivals.append((arrived, subject))
            self.changed.notify_all()
        return "250 OK"

    def wait_for(self, count: int, timeout: float) -> bool:
        with self.changed:
            return self.changed.wait_for(lambda: len(self.arrivals) >= count, timeout)


def _subject(content: bytes) -> str:
    for line in content.split(b"\n"):
        if line.lower().startswith(b"subject:"):
            return line[8:].decode("utf-8", "replace").strip()
        if not line.strip():
            break
    return ""


@dataclass(frozen=True)
class PushTiming:
    """One reply: APPEND sent, IDLE news logged by the daemon, notice received (wall clock)."""

    appended: float
    news: float | None  # None when the daemon logged no news for it
    noticed: float

    @property
    def latency(self) -> float:
        return self.noticed - self.appended


def measure(server: BenchServer, generated: GeneratedMailbox, work: Path, count: int) -> list[PushTiming]:
    """Each of ``count`` replies appended one at a time, with the moments its notice took shape."""
    sink = NoticeSink()
    controller = Controller(sink, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        # The database and cursors in ``work`` are reused: only what arrived since is read again.
        config = write_config(
            work,
            port=server.mailbox.port,
            username=server.mailbox.user,
            interviews_file=generated.interviews_file,
            smtp_port=controller.port,
        )
        _announce_what_is_due(config, server.mailbox.password)
        with _running_daemon(config, server.mailbox.password) as daemon:
            _wait_until_settled(sink, daemon)
            sent = [_one_reply(server, sink, number) for number in range(1, count + 1)]
        news = _news_moments(daemon.log_path)
    finally:
        controller.stop()
    return [PushTiming(appended, _first_after(news, appended), noticed) for appended, noticed in sent]


def _news_moments(log_path: Path) -> list[float]:
    """When the daemon heard of new mail over IDLE, from its log's timestamps."""
    moments = []
    for line in parse_log_lines(log_path.read_text(errors="replace")):
        if line.get("event") == "idle news" and "timestamp" in line:
            moments.append(datetime.fromisoformat(line["timestamp"]).timestamp())
    return sorted(moments)


def _first_after(moments: list[float], start: float) -> float | None:
    return next((m for m in moments if m >= start), None)


def _announce_what_is_due(config: Path, password: str) -> None:
    command = [sys.executable, "-m", "watcher", "--config", str(config), "scan", "--json"]
    run = run_process(command, watcher_env(password))
    if run.returncode not in (0, 1):
        raise RuntimeError(
            f"watcher scan before the daemon failed (exit {run.returncode}):\n{run.stderr_tail}"
        )


class _Daemon:
    def __init__(self, process: subprocess.Popen[bytes], log_path: Path) -> None:
        self.process = process
        self.log_path = log_path

    def log_tail(self) -> str:
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-10:])

    def check_alive(self) -> None:
        if self.process.poll() is not None:
            raise RuntimeError(f"watcher run exited with {self.process.returncode}:\n{self.log_tail()}")


@contextmanager
def _running_daemon(config: Path, password: str) -> Iterator[_Daemon]:
    """``watcher run`` in the background, stopped with SIGTERM (as systemd does) on exit."""
    log_path = config.with_name("daemon.log")
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "watcher", "--config", str(config), "run"],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=watcher_env(password),
            preexec_fn=dies_with_this_process(),  # gone with the benchmark, even if it is killed
        )
        try:
            yield _Daemon(process, log_path)
        finally:
            stop_child(process, timeout=30)


def _wait_until_settled(sink: NoticeSink, daemon: _Daemon) -> None:
    """Wait until the daemon watches the inbox and has sent whatever it sends on start."""
    deadline = time.monotonic() + READY_WAIT_SECONDS
    while time.monotonic() < deadline:
        daemon.check_alive()
        if _says_ready(daemon.log_path):
            break
        time.sleep(0.1)
    seen = len(sink.arrivals)
    while sink.wait_for(seen + 1, QUIET_SECONDS):
        seen = len(sink.arrivals)


def _says_ready(log_path: Path) -> bool:
    # The daemon logs "daemon ready" once its first sync is done and push is running.
    return "daemon ready" in log_path.read_text(errors="replace")


def _one_reply(server: BenchServer, sink: NoticeSink, number: int) -> tuple[float, float]:
    """(APPEND sent, notice received), both wall-clock, to line up with the daemon's log."""
    _, raw = interview_reply(number, datetime.now(UTC))
    expected = len(sink.arrivals) + 1
    with server.client() as client:
        started = time.time()
        client.append("INBOX", raw)
    if not sink.wait_for(expected, NOTICE_WAIT_SECONDS):
        raise RuntimeError(f"no notice within {NOTICE_WAIT_SECONDS:.0f} s of reply {number}")
    return started, sink.arrivals[expected - 1][0]


def main(argv: list[str] | None = None) -> int:
    """Push latency alone, on one generated mailbox: ``bench/push.py --messages 100000``."""
    import argparse
    import statistics
    import tempfile

    from bench.mailgen import ensure_mailbox
    from bench.server import mail_owner_ids

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=10_000, help="mailbox size N (default 10000)")
    parser.add_argument("--count", type=int, default=20, help="replies appended (default 20)")
    parser.add_argument("--cache-dir", type=Path, default=REPO / "bench" / ".cache")
    parser.add_argument("--keep-log", type=Path, help="copy the daemon's log here")
    args = parser.parse_args(argv)
    generated = ensure_mailbox(args.messages, args.cache_dir, *mail_owner_ids())
    with BenchServer(generated, args.cache_dir) as server, tempfile.TemporaryDirectory(prefix="watcher-push-") as work:
        server.index(("INBOX", "Sent"))
        try:
            timings = measure(server, generated, Path(work), args.count)
        finally:
            if args.keep_log is not None and (Path(work) / "daemon.log").exists():
                shutil.copyfile(Path(work) / "daemon.log", args.keep_log)
    split = [t for t in timings if t.news is not None]
    print(f"N = {args.messages:,}, {len(timings)} replies")
    print(f"APPEND to notice, median      {statistics.median(t.latency for t in timings) * 1000:8.1f} ms")
    if split:
        to_news = [t.news - t.appended for t in split if t.news is not None]
        to_notice = [t.noticed - t.news for t in split if t.news is not None]
        print(f"APPEND to IDLE news, median   {statistics.median(to_news) * 1000:8.1f} ms")
        print(f"IDLE news to notice, median   {statistics.median(to_notice) * 1000:8.1f} ms"
              f"  (min {min(to_notice) * 1000:.1f}, max {max(to_notice) * 1000:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
