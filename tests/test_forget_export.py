"""The user's data through the real command: forget (by id, by date, by keep_days) leaves
nothing of a company in the database file's bytes; export writes everything as one JSON
document; restore and `interview import` bring it back."""

from __future__ import annotations

import json
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from tests.test_cli import REPO, watcher

ACME = "acme-data-engineer"


@pytest.fixture
def setup(tmp_path) -> Path:
    """The bundled example mail and interviews, imported and scanned once (nothing sent)."""
    shutil.copytree(REPO / "examples", tmp_path / "examples", ignore=shutil.ignore_patterns("*.db*"))
    config = tmp_path / "config.toml"
    text = (REPO / "config.example.toml").read_text()
    config.write_text(text.replace('interviews_file = "examples/interviews.toml"', ""))
    imported = watcher("interview", "import", str(tmp_path / "examples" / "interviews.toml"), config=config)
    assert imported.returncode == 0, imported.stderr
    scanned = watcher("scan", "--json", "--no-notify", config=config)
    assert scanned.returncode == 0, scanned.stderr
    return config


def _disk_bytes(config: Path) -> bytes:
    """Every byte of the database as it lies on the disk: the file, its WAL and shm."""
    folder = config.parent / "examples"
    return b"".join(p.read_bytes() for p in sorted(folder.glob("watcher.db*")))


def _messages_of(config: Path, interview: str) -> int:
    conn = sqlite3.connect(config.parent / "examples" / "watcher.db")
    try:
        return conn.execute("SELECT count(*) FROM messages WHERE interview = ?", (interview,)).fetchone()[0]
    finally:
        conn.close()


def test_forget_leaves_nothing_of_the_company_in_the_file(setup):
    assert _messages_of(setup, ACME) > 0
    assert b"acme-analytics.com" in _disk_bytes(setup)
    result = watcher("forget", ACME, "--yes", config=setup)
    assert result.returncode == 0, result.stderr
    assert ACME in result.stdout
    raw = _disk_bytes(setup)
    for trace in (b"acme-analytics.com", b"Acme Analytics", ACME.encode()):
        assert trace not in raw, trace
    assert b"globex.com" in raw  # the others are kept
    listed = watcher("interview", "list", "--json", config=setup)
    assert ACME not in listed.stdout and "globex-backend" in listed.stdout
    assert watcher("scan", "--no-notify", config=setup).returncode == 0
    assert b"acme-analytics.com" not in _disk_bytes(setup)  # its old mail is not read again


def test_forget_says_what_it_deletes_and_asks_first(setup):
    """Before, `watcher forget ID` deleted at once, on a terminal or not."""
    from tests.test_actions_cli import run_on_terminal

    messages = _messages_of(setup, ACME)
    refused = watcher("forget", ACME, config=setup)  # no terminal to ask on, no --yes
    assert refused.returncode == 2, refused.stdout + refused.stderr
    assert "--yes" in refused.stderr and "not a terminal" in refused.stderr
    assert f"1 interview(s): {ACME} ({messages} message(s)" in refused.stderr
    assert _messages_of(setup, ACME) == messages

    kept = run_on_terminal(setup, ["forget", ACME], b"n\n")
    assert f"Forget 1 interview(s): {ACME} ({messages} message(s)" in kept and "[y/N]" in kept
    assert "nothing forgotten" in kept and _messages_of(setup, ACME) == messages
    gone = run_on_terminal(setup, ["forget", ACME], b"y\n")
    assert f"forgot 1 interview(s): {ACME}" in gone and _messages_of(setup, ACME) == 0

    # --before asks the same way, and names what it found.
    assert watcher("interview", "close", "globex-backend", "--reason", "x",
                   config=setup).returncode == 0
    before = watcher("forget", "--before", "2099-01-01", config=setup)
    assert before.returncode == 2 and "globex-backend" in before.stderr and "--yes" in before.stderr
    kept = run_on_terminal(setup, ["forget", "--before", "2099-01-01"], b"\n")  # Enter is no
    assert "globex-backend" in kept and "nothing forgotten" in kept
    assert "globex-backend" in watcher("interview", "list", config=setup).stdout


def test_forget_names_an_unknown_interview(setup):
    result = watcher("forget", "nobody-here", config=setup)
    assert result.returncode == 2 and "nobody-here" in result.stderr


def test_forget_before_takes_closed_and_dropped_interviews_only(setup):
    # Dropped: two follow-ups sent long ago and no answer, so the move-on step came and went.
    add = watcher("interview", "add", "--company", "Oldco", "--when", "2025-01-06T10:00",
                  "--domain", "oldco.example", "--contact", "hr@oldco.example", config=setup)
    assert add.returncode == 0, add.stderr
    old = "oldco-2025-01-06"
    for at in ("2025-01-20T09:00", "2025-01-28T09:00"):
        logged = watcher("interview", "log", old, "--sent", "follow_up", "--at", at, config=setup)
        assert logged.returncode == 0, logged.stderr
    assert watcher("interview", "close", "globex-backend", config=setup).returncode == 0
    result = watcher("forget", "--before", "2025-06-01", "--yes", config=setup)
    assert result.returncode == 0, result.stderr
    assert old in result.stdout and "globex" not in result.stdout  # closed only today
    result = watcher("forget", "--before", "2099-01-01", "--yes", config=setup)
    assert "globex-backend" in result.stdout
    listed = json.loads(watcher("interview", "list", "--json", config=setup).stdout)
    assert sorted(i["id"] for i in listed) == [ACME, "initech-pm", "umbrella-research"]
    assert b"oldco.example" not in _disk_bytes(setup) and b"globex.com" not in _disk_bytes(setup)


def test_keep_days_forgets_old_ended_interviews_on_scan(setup):
    add = watcher("interview", "add", "--company", "Oldco", "--when", "2024-01-08T10:00",
                  "--domain", "oldco.example", config=setup)
    assert add.returncode == 0, add.stderr
    assert watcher("interview", "log", "oldco-2024-01-08", "--heard", "rejection", "--at",
                   "2024-01-20T09:00", config=setup).returncode == 0
    assert watcher("interview", "close", "oldco-2024-01-08", "--reason", "rejected", config=setup).returncode == 0
    assert watcher("scan", config=setup).returncode == 0  # closed today: kept for a year
    assert b"oldco.example" in _disk_bytes(setup)
    setup.write_text(setup.read_text().replace("[database]\n", "[database]\nkeep_days = 0\n"))
    assert watcher("scan", config=setup).returncode == 0  # 0 keeps everything
    assert b"oldco.example" in _disk_bytes(setup)
    conn = sqlite3.connect(setup.parent / "examples" / "watcher.db")
    conn.execute("UPDATE interviews SET closed_at = '2024-02-01T00:00:00+00:00' WHERE id = 'oldco-2024-01-08'")
    conn.commit()
    conn.close()
    setup.write_text(setup.read_text().replace("keep_days = 0", "keep_days = 365"))
    assert watcher("scan", "--no-notify", config=setup).returncode == 0  # a dry run forgets nothing
    assert b"oldco.example" in _disk_bytes(setup)
    assert watcher("scan", config=setup).returncode == 0
    assert b"oldco.example" not in _disk_bytes(setup)
    listed = json.loads(watcher("interview", "list", "--json", config=setup).stdout)
    assert len(listed) == 4  # the example's four, all younger than a year or still open


def test_export_then_restore_brings_everything_back(setup, tmp_path):
    out = tmp_path / "export.json"
    result = watcher("export", str(out), config=setup)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    document = json.loads(out.read_text())
    assert document["format"] == "watcher-export"
    assert {i["id"] for i in document["interview"]} >= {ACME, "globex-backend"}
    acme_rows = [m for m in document["tables"]["messages"] if m["interview"] == ACME]
    assert len(acme_rows) == _messages_of(setup, ACME) > 0
    before = _messages_of(setup, ACME)
    assert watcher("forget", ACME, "--yes", config=setup).returncode == 0
    assert _messages_of(setup, ACME) == 0
    restored = watcher("restore", str(out), config=setup)
    assert restored.returncode == 0, restored.stderr
    assert "restored 1 interview(s)" in restored.stdout
    assert _messages_of(setup, ACME) == before
    shown = watcher("interview", "show", ACME, config=setup)
    assert shown.returncode == 0 and "Acme Analytics" in shown.stdout


def test_a_reply_read_by_a_scan_before_the_restore_is_tied_after_it(setup, tmp_path):
    """The database lost, a scan (the timer's, say) reads the inbox before the export is
    restored: the restored interviews' mail is read again, and their reply is not lost."""
    out = tmp_path / "export.json"
    assert watcher("export", str(out), config=setup).returncode == 0
    before = _messages_of(setup, ACME)
    for path in (setup.parent / "examples").glob("watcher.db*"):
        path.unlink()
    (setup.parent / "examples" / "mail" / "inbox" / "new" / "1795000000.99-acme-offer.example").write_text(
        "From: Anna Berg <anna.berg@acme-analytics.com>\nTo: Alex Morgan <alex.morgan@example.org>\n"
        "Subject: Data Engineer - our offer\nDate: Fri, 20 Nov 2026 10:00:00 +0100\n"
        "Message-ID: <acme-offer-99@mail.acme-analytics.com>\n\n"
        "Dear Alex,\n\nWe are delighted to offer you the Data Engineer position at Acme Analytics.\n\n"
        "Best regards,\nAnna\n")
    fresh = watcher("scan", "--no-notify", config=setup)  # no interview yet: the offer is read and not kept
    assert fresh.returncode == 0, fresh.stderr
    assert watcher("restore", str(out), config=setup).returncode == 0
    assert _messages_of(setup, ACME) == before
    again = watcher("scan", "--json", "--no-notify", config=setup)
    assert again.returncode == 0, again.stderr
    assert _messages_of(setup, ACME) == before + 1
    [offer] = [m for m in json.loads(again.stdout)["messages"]
               if m["message_id"] == "<acme-offer-99@mail.acme-analytics.com>"]
    assert offer["interview"] == ACME


def test_interview_import_reads_an_export(setup, tmp_path):
    out = tmp_path / "export.json"
    assert watcher("export", str(out), config=setup).returncode == 0
    fresh = tmp_path / "fresh.toml"
    fresh.write_text('[me]\naddresses = ["me@example.org"]\n[database]\npath = "fresh.db"\n'
                     '[policy]\ntimezone = "Europe/Berlin"\n')
    result = watcher("interview", "import", str(out), config=fresh)
    assert result.returncode == 0, result.stderr
    listed = json.loads(watcher("interview", "list", "--json", config=fresh).stdout)
    assert sorted(i["id"] for i in listed) == sorted(i["id"] for i in json.loads(out.read_text())["interview"])


def test_restore_refuses_what_is_not_an_export(setup, tmp_path):
    other = tmp_path / "other.json"
    other.write_text('{"hello": 1}')
    result = watcher("restore", str(other), config=setup)
    assert result.returncode == 2 and str(other) in result.stderr and "not a watcher export" in result.stderr


def test_forgotten_bytes_are_gone_even_where_sqlite_keeps_freed_pages(tmp_path):
    """Some SQLite builds leave deleted rows in free pages (secure_delete off, the
    upstream default): compacting must wipe them anyway."""
    from datetime import UTC, datetime

    from watcher.model import Interview
    from watcher.privacy import forget
    from watcher.store import Store

    path = tmp_path / "w.db"

    def fill(store: Store) -> None:
        store.conn.execute("PRAGMA secure_delete = OFF")
        for n in range(30):
            store.upsert_interview(Interview(id=f"gone-{n}", company="Vanishing Widgets", when=datetime(2025, 1, 6, tzinfo=UTC),
                                             domains=("vanishing-widgets.example",), notes="x" * 500))
        store.upsert_interview(Interview(id="kept", company="Kept", when=datetime(2025, 1, 6, tzinfo=UTC)))

    with Store.open(path) as store:
        fill(store)
        store.forget_interviews([f"gone-{n}" for n in range(30)])  # deleted, not compacted
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert b"vanishing-widgets" in path.read_bytes()  # what compacting is for
    path.unlink()
    with Store.open(path) as store:
        fill(store)
        forget(store, [f"gone-{n}" for n in range(30)])
    assert b"vanishing-widgets" not in b"".join(p.read_bytes() for p in tmp_path.glob("w.db*"))
    with Store.open(path) as store:
        assert [i.id for i in store.interviews()] == ["kept"]


@pytest.mark.parametrize("command", [["export"], ["export-ics"], ["board", "--export"]], ids=" ".join)
def test_every_file_written_where_you_say_refuses_a_missing_folder_alike(setup, command):
    """Before, `export` refused a missing folder while `export-ics` made it silently."""
    folder = setup.parent / "no-such-folder"
    target = folder / "out.file"
    result = watcher(*command, str(target), config=setup)
    assert result.returncode == 2, result.stdout + result.stderr
    assert f"the folder {folder} does not exist" in result.stderr
    assert f"mkdir -p {folder}" in result.stderr
    assert "Traceback" not in result.stderr
    assert not folder.exists()  # nothing made where you did not mean

    folder.mkdir()
    written = watcher(*command, str(target), config=setup)
    assert written.returncode == 0, written.stderr
    assert target.stat().st_size > 0

    into_a_folder = watcher(*command, str(folder), config=setup)
    assert into_a_folder.returncode == 2 and "it is a folder" in into_a_folder.stderr


def test_forget_says_before_deleting_that_the_interviews_file_brings_it_back(tmp_path):
    """Before, `forget` said so after the interview was gone: too late to think again."""
    from tests.test_actions_cli import run_on_terminal

    shutil.copytree(REPO / "examples", tmp_path / "examples", ignore=shutil.ignore_patterns("*.db*"))
    config = tmp_path / "config.toml"
    config.write_text((REPO / "config.example.toml").read_text())  # names examples/interviews.toml
    assert watcher("scan", "--no-notify", config=config).returncode == 0
    messages = _messages_of(config, ACME)
    assert messages > 0

    kept = run_on_terminal(config, ["forget", ACME], b"n\n")
    warning = f"{ACME} came from the interviews file {tmp_path / 'examples' / 'interviews.toml'}"
    assert warning in kept and "take it out of it first" in kept
    assert kept.index(warning) < kept.index("[y/N]")  # said before the question
    assert "nothing forgotten" in kept and _messages_of(config, ACME) == messages

    refused = watcher("forget", ACME, config=config)  # no terminal: warned, refused, nothing deleted
    assert refused.returncode == 2 and warning in refused.stderr and "--yes" in refused.stderr
    assert _messages_of(config, ACME) == messages

    done = watcher("forget", ACME, "--yes", config=config)
    assert done.returncode == 0 and warning in done.stderr and f"forgot 1 interview(s): {ACME}" in done.stdout
    assert _messages_of(config, ACME) == 0

    # `interview delete` says the same before it asks.
    kept = run_on_terminal(config, ["interview", "delete", "globex-backend"], b"n\n")
    warning = f"globex-backend came from the interviews file {tmp_path / 'examples' / 'interviews.toml'}"
    assert warning in kept and kept.index(warning) < kept.index("[y/N]") and "not deleted" in kept
