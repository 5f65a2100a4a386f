"""Running watcher itself as a user would: a config file, then ``watcher scan`` as a process.

Peak RSS is the child's own high-water mark (``VmHWM`` in /proc), read while it runs.
Not ``ru_maxrss`` from wait4 or RUSAGE_CHILDREN: Linux starts a child's ru_maxrss from
its parent's size at fork (vfork and exec keep the parent's high-water mark), so a
child of this large benchmark process would report at least the benchmark's own size.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from bench.mailgen import LOOKBACK_DAYS, ME, ME_NAME

PASSWORD_ENV = "WATCHER_BENCH_IMAP_PASSWORD"
ACCOUNT = "bench"


@dataclass(frozen=True)
class ProcessRun:
    seconds: float
    peak_rss_bytes: int
    returncode: int
    report: dict[str, Any] | None  # the scan's JSON, when it printed one
    log_lines: list[dict[str, Any]]
    stderr_tail: str

    def sync_seconds(self) -> float | None:
        """The account's sync time as watcher logged it (includes connecting and logging in)."""
        for line in self.log_lines:
            if line.get("event") == "account synced" and "seconds" in line:
                return float(line["seconds"])
        return None


def write_config(
    folder: Path,
    *,
    port: int,
    username: str,
    interviews_file: Path,
    smtp_port: int | None = None,
    idle: bool = True,
    search: str = "auto",
) -> Path:
    """A config for the benchmark account; the database lives beside it."""
    lines = [
        f'interviews_file = "{interviews_file}"',
        "[me]",
        f'addresses = ["{ME}"]',
        f'name = "{ME_NAME}"',
        "[database]",
        f'path = "{folder / "watcher.db"}"',
        "[[account]]",
        f'name = "{ACCOUNT}"',
        'type = "imap"',
        'host = "127.0.0.1"',
        f"port = {port}",
        'tls = "none"',
        f'username = "{username}"',
        'folders = ["INBOX"]',
        'sent_folder = "Sent"',
        f"lookback_days = {LOOKBACK_DAYS}",
        f'password_env = "{PASSWORD_ENV}"',
        f"idle = {'true' if idle else 'false'}",
        "timeout = 300",
        f'search = "{search}"',
        "[policy]",
        'timezone = "UTC"',
        "[notify.desktop]",
        "enabled = false",
    ]
    if smtp_port is not None:
        lines += [
            "[notify.email]",
            f'to = "{ME}"',
            'from = "watcher@example.org"',
            'host = "127.0.0.1"',
            f"port = {smtp_port}",
            'tls = "none"',
        ]
    path = folder / "watcher.toml"
    path.write_text("\n".join(lines) + "\n")
    return path


def watcher_env(password: str) -> dict[str, str]:
    env = dict(os.environ)
    env[PASSWORD_ENV] = password
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    return env


def scan(config: Path, password: str, now: datetime | None) -> ProcessRun:
    """``watcher scan --json --no-notify`` over the whole mailbox, timed."""
    command = [sys.executable, "-m", "watcher", "--config", str(config), "scan", "--json", "--no-notify"]
    if now is not None:
        command += ["--now", now.isoformat()]
    return run_process(command, watcher_env(password))


def run_process(command: list[str], env: dict[str, str]) -> ProcessRun:
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, env=env)
        watcher = HighWaterMark(process.pid)
        watcher.start()
        _, status, _ = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        watcher.join()
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")
    return ProcessRun(
        seconds=seconds,
        peak_rss_bytes=watcher.peak_bytes,
        returncode=process.returncode,
        report=_json_or_none(stdout),
        log_lines=parse_log_lines(stderr),
        stderr_tail="\n".join(stderr.splitlines()[-8:]),
    )


class HighWaterMark(threading.Thread):
    """Reads a process's VmHWM until it exits; the last reading is its peak RSS so far.

    VmHWM only grows, so a reading taken a few milliseconds before the exit misses at
    most what the process allocated in those last milliseconds.
    """

    INTERVAL = 0.005

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.status_file = Path(f"/proc/{pid}/status")
        self.peak_bytes = 0

    def run(self) -> None:
        while True:
            reading = self._read()
            if reading is None:
                return
            self.peak_bytes = max(self.peak_bytes, reading)
            time.sleep(self.INTERVAL)

    def _read(self) -> int | None:
        """VmHWM in bytes; None once the process is gone (or a zombie, which has no memory)."""
        try:
            text = self.status_file.read_text()
        except OSError:
            return None
        for line in text.splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024  # reported in kB
        return None


def parse_log_lines(text: str) -> list[dict[str, Any]]:
    lines = []
    for line in text.splitlines():
        try:
            value = json.loads(line)
        except ValueError:
            continue
        if isinstance(value, dict):
            lines.append(value)
    return lines


def _json_or_none(text: str) -> dict[str, Any] | None:
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None
