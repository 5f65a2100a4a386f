"""`watcher scan --summary`, as the systemd timer runs it: one line per scan in the journal,
and the whole report only when the scan found new mail or sent a notice. Real Dovecot,
real SMTP server for the notices."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.test_held_across_scans import OFFER, _config
from tests.test_reading_whole import NOW, REPO, ROOT


def _scan(config, env, *more: str) -> list[str]:
    cmd = [sys.executable, "-m", "watcher", "--config", str(config), "scan", "--now", NOW, "--notify", *more]
    done = subprocess.run(cmd, capture_output=True, text=True, env={**env, "COLUMNS": "100"}, timeout=120, cwd=REPO)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_a_quiet_scan_is_one_line_and_news_or_a_notice_brings_the_whole_report(tmp_path, dovecot, smtp_server):
    config, env = _config(tmp_path, dovecot, smtp_server)
    first = _scan(config, env, "--summary")  # the follow-up due at NOW is announced here
    sent_before = len(smtp_server.messages)
    assert sent_before >= 1 and "Notices sent: 1 update in one email digest." in first[0], first
    assert len(first) > 1 and any(line.startswith("To do") for line in first[1:]), first

    quiet = _scan(config, env, "--summary")
    assert len(quiet) == 1, quiet
    assert quiet[0].startswith("Nothing new since the last scan. To do: ") and "open interview" in quiet[0]
    assert len(smtp_server.messages) == sent_before

    dovecot.append("INBOX", ROOT)
    dovecot.append("INBOX", OFFER)
    news = _scan(config, env, "--summary")
    assert news[0].startswith("New since the last scan: 1 other message (Lumen Freight: a holding reply)"), news
    report = "\n".join(news[1:])
    assert "To do" in report and "lumen" in report  # the whole report follows the line
    assert "New since the last scan" not in report  # said once, in the line

    after = _scan(config, env, "--summary")
    assert len(after) == 1 and after[0].startswith("Nothing new since the last scan."), after


def test_a_quiet_scan_with_a_folder_it_cannot_read_says_which_and_what_to_do(tmp_path, dovecot, smtp_server):
    """The line says news from a folder is unknown "(see above)": what failed and what to do
    stand above it in the journal, quiet scan or not. Before, a quiet scan printed that line
    alone, with nothing above it."""
    config, env = _config(tmp_path, dovecot, smtp_server)
    config.write_text(config.read_text().replace('folders = ["INBOX"]', 'folders = ["INBOX", "Jobs"]'))
    _scan(config, env, "--summary")
    quiet = _scan(config, env, "--summary")
    assert quiet[0].startswith("folder Jobs of account work: NOT SYNCED (folder 'Jobs': no such folder)."), quiet
    assert "What to do: fix the folder's name in the config of account work" in quiet[0]
    assert quiet[1].startswith("Nothing new in the mail that could be read; news from folder Jobs of account work "
                               "is unknown: it could not be read (see above). To do: "), quiet
    assert len(quiet) == 2, quiet


def test_a_scan_on_a_terminal_still_prints_the_whole_report(tmp_path, dovecot, smtp_server):
    config, env = _config(tmp_path, dovecot, smtp_server)
    _scan(config, env)
    again = _scan(config, env)
    assert again[0] == "Nothing new since the last scan." and len(again) > 1
    assert any(line.startswith("To do") for line in again)


def test_the_timer_s_scan_writes_the_summary_to_the_journal():
    unit = (REPO / "systemd" / "watcher-scan.service").read_text()
    [start] = [line for line in unit.splitlines() if line.startswith("ExecStart=")]
    assert start.split()[1:] == ["scan", "--quiet", "--summary"]
    readme = (REPO / "README.md").read_text()
    assert "scan --quiet --summary" in readme
