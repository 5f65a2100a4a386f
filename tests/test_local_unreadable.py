"""A Maildir file that cannot be read is logged (account, folder, UID) and skipped; the
rest of the folder is read and the account counts as synced.

Root reads every file whatever its mode, so the permission case runs the real `watcher
scan` as an unprivileged user (setpriv), the way it fails on a user's machine."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from structlog.testing import capture_logs

from tests.scratch import scratch_dir
from tests.test_local_source import account, add_to_maildir, message
from watcher.sources import open_source

REPO = Path(__file__).resolve().parent.parent
WHEN = datetime(2026, 11, 5, 10, 0, tzinfo=UTC)


def _maildir_of_three(path: Path) -> list[Path]:
    for number in (1, 2, 3):
        add_to_maildir(path, message(number), WHEN.replace(hour=10 + number))
    return sorted((path / "new").iterdir(), key=lambda p: p.stat().st_mtime)


def test_a_file_that_vanished_between_listing_and_reading_is_skipped(tmp_path):
    inbox = tmp_path / "inbox"
    files = _maildir_of_three(inbox)
    with open_source(account("maildir", inbox), lambda: "") as source:
        uids = source.search_after("INBOX", 0)
        assert len(uids) == 3
        files[2].unlink()  # a mail client moved it away meanwhile
        fetched = source.fetch_messages("INBOX", uids)
    assert [m.uid for m in fetched] == uids[:2]  # sync logs the UID not returned as gone
    assert [m.raw.splitlines()[0] for m in fetched] == [b"Message-ID: <l1@acme.example>",
                                                         b"Message-ID: <l2@acme.example>"]


def test_a_file_that_vanished_after_the_listing_inside_one_read_is_logged(tmp_path, monkeypatch):
    """The narrowest window: listed by this very read, gone when its bytes are read."""
    import watcher.sources.local as local

    inbox = tmp_path / "inbox"
    files = _maildir_of_three(inbox)
    real = local._message_bytes

    def vanish_then_read(box, key):
        if key in files[1].name:
            files[1].unlink()
        return real(box, key)

    monkeypatch.setattr(local, "_message_bytes", vanish_then_read)
    with open_source(account("maildir", inbox), lambda: "") as source, capture_logs() as logs:
        uids = source.search_after("INBOX", 0)
        fetched = source.fetch_messages("INBOX", uids)
    assert [m.uid for m in fetched] == [uids[0], uids[2]]
    skipped = [e for e in logs if e["event"] == "message_skipped"]
    assert [(e["account"], e["folder"], e["uid"]) for e in skipped] == [("local", "INBOX", uids[1])]


def test_a_link_to_nowhere_is_not_a_message(tmp_path):
    inbox = tmp_path / "inbox"
    _maildir_of_three(inbox)
    (inbox / "cur" / "1700000000.dangling.host:2,S").symlink_to(tmp_path / "nowhere")
    with open_source(account("maildir", inbox), lambda: "") as source:
        uids = source.search_after("INBOX", 0)
        assert len(source.fetch_messages("INBOX", uids)) == 3


# Root reads every file: the scan runs as root without the two capabilities that let it
# (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), so a mode-0 file is refused as it is for a user,
# while the checkout and its .venv stay readable wherever they were cloned.
WITHOUT_FILE_READ_OVERRIDE = [
    "setpriv", "--inh-caps=-dac_override,-dac_read_search",
    "--bounding-set=-dac_override,-dac_read_search",
]


@pytest.fixture
def unprivileged() -> list[str]:
    if os.geteuid() != 0 or not shutil.which("setpriv"):
        pytest.skip("needs root and setpriv to run the scan without the right to read every file")
    return WITHOUT_FILE_READ_OVERRIDE


def test_a_file_the_user_may_not_read_is_skipped_by_a_real_scan(unprivileged):
    home = scratch_dir("watcher-unreadable-")
    try:
        inbox = home / "inbox"
        files = _maildir_of_three(inbox)
        (home / "config.toml").write_text(
            '[me]\naddresses = ["me@example.org"]\n[database]\npath = "w.db"\n'
            '[policy]\ntimezone = "Europe/Berlin"\n'
            f'[[account]]\nname = "home"\ntype = "maildir"\npath = "{inbox}"\nlookback_days = 3650\n'
        )
        files[1].chmod(0)
        result = subprocess.run(
            [*unprivileged, sys.executable, "-m", "watcher", "--config", str(home / "config.toml"), "-v", "scan", "--json"],
            capture_output=True, text=True, timeout=120, cwd=REPO, env={**os.environ, "HOME": str(home)},
        )
        assert result.returncode == 0, result.stderr
        report = json.loads(result.stdout)
        assert [(a["account"], a["ok"]) for a in report["accounts"]] == [("home", True)]
        events = [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
        skipped = [e for e in events if e["event"] == "message_skipped"]
        second = int(files[1].stat().st_mtime * 1000) * 1000
        assert {(e["account"], e["folder"], e["uid"]) for e in skipped} == {("home", "INBOX", second)}
        assert any("Permission denied" in e["reason"] and e["level"] == "warning" for e in skipped)
        # The readable messages were read: the folder's cursor is past all three, no error.
        row = sqlite3.connect(home / "w.db").execute(
            "SELECT last_uid, error FROM folders WHERE folder = 'INBOX'").fetchone()
        assert row == (int(files[2].stat().st_mtime * 1000) * 1000, None)
    finally:
        shutil.rmtree(home, ignore_errors=True)
