"""What a command writes to standard error on its normal run: nothing but warnings and
errors, on a terminal or not (a pipe, cron, a systemd timer), unless asked with -v; and
lines the journal can sort by priority when standard error is the journal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.test_cli import REPO, example, watcher  # noqa: F401  (fixture)


def _events(stderr: str) -> list[dict]:
    return [json.loads(line[line.index("{"):]) for line in stderr.splitlines() if "{" in line]


def test_a_scan_piped_or_from_cron_prints_its_report_and_no_log_line(example):  # noqa: F811
    """Before, a scan whose standard error was not a terminal (`watcher scan 2>&1 | less`, cron)
    printed its info summaries as JSON lines above the report."""
    result = watcher("scan", "--no-notify", config=example)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip(), "the report"
    assert result.stderr == ""


def test_minus_v_shows_the_summaries_as_json_lines_and_minus_vv_the_detail(example):  # noqa: F811
    told = watcher("-v", "scan", "--no-notify", config=example)
    assert told.returncode == 0, told.stderr
    levels = {event["level"] for event in _events(told.stderr)}
    assert "info" in levels and "debug" not in levels
    assert {"account synced", "interviews_file_read"} <= {event["event"] for event in _events(told.stderr)}
    detailed = watcher("-vv", "scan", "--no-notify", config=example)
    assert "debug" in {event["level"] for event in _events(detailed.stderr)}


def test_check_reads_the_interviews_file_once(example):  # noqa: F811
    """Before, `watcher check` read (and logged reading) the interviews file twice."""
    result = watcher("-v", "check", config=example)
    assert "interviews file" in result.stdout
    reads = [event for event in _events(result.stderr) if event["event"] == "interviews_file_read"]
    assert len(reads) == 1, result.stderr


def test_under_the_journal_each_line_leads_with_its_syslog_priority(example, tmp_path):  # noqa: F811
    """systemd sets $JOURNAL_STREAM to the device and inode of a unit's standard error; a line
    led by <N> is filed at that priority (`journalctl -p warning` shows only warnings)."""
    log = tmp_path / "journal-stream"
    with log.open("w") as stream:
        found = os.fstat(stream.fileno())
        env = {**os.environ, "JOURNAL_STREAM": f"{found.st_dev}:{found.st_ino}"}
        done = subprocess.run([sys.executable, "-m", "watcher", "--config", str(example), "-v", "scan", "--no-notify"],
                              stdout=subprocess.DEVNULL, stderr=stream, env=env, cwd=REPO, timeout=120)
    assert done.returncode == 0
    lines = log.read_text().splitlines()
    assert lines and all(line.startswith(("<6>{", "<4>{", "<3>{")) for line in lines), lines[:3]
    info = [line for line in lines if json.loads(line[3:])["level"] == "info"]
    assert info and all(line.startswith("<6>") for line in info)


def test_a_stream_that_is_not_the_journal_gets_plain_json_lines(example, tmp_path):  # noqa: F811
    """$JOURNAL_STREAM inherited by a command whose standard error is elsewhere (a shell started
    from a unit, its output piped) names another file: no priority prefix there."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_text("")
    found = os.stat(elsewhere)
    result = watcher("-v", "scan", "--no-notify", config=example,
                     env={"JOURNAL_STREAM": f"{found.st_dev}:{found.st_ino}"})
    assert result.stderr.startswith("{"), result.stderr[:80]


def test_a_stream_given_without_a_file_is_never_taken_for_the_journal() -> None:
    """A stream handed to log.setup with no file behind it (no fileno) is not the journal,
    even when standard error is: before, standard error was looked at in its place."""
    code = ("import os, structlog\nfrom watcher import log\n"
            "class Lines:\n    def __init__(self):\n        self.written = []\n"
            "    def write(self, text):\n        self.written.append(text)\n"
            "    def flush(self):\n        pass\n    def isatty(self):\n        return False\n"
            "found = os.fstat(2)\nos.environ['JOURNAL_STREAM'] = f'{found.st_dev}:{found.st_ino}'\n"
            "out = Lines()\nlog.setup(1, stream=out, json=True)\nstructlog.get_logger().info('synced')\n"
            "print(''.join(out.written))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith('{"event": "synced"'), done.stdout[:80]
