"""The watcher command as a user runs it: a real process, a real config file, a temp database."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SUBCOMMANDS = [
    ["scan"], ["run"], ["check"], ["login"], ["status"], ["review"], ["snooze"], ["export-ics"],
    ["interview"], ["interview", "add"], ["interview", "list"], ["interview", "show"], ["interview", "edit"],
    ["interview", "close"], ["interview", "reopen"], ["interview", "import"], ["interview", "log"],
    ["message"], ["message", "assign"],
]


def watcher(*args: str, config: Path | None = None, stdin: str | None = None, env: dict | None = None):
    cmd = [sys.executable, "-m", "watcher"]
    if config is not None:
        cmd += ["--config", str(config)]
    return subprocess.run(cmd + list(args), capture_output=True, text=True, input=stdin, timeout=120,
                          env={**os.environ, **(env or {})}, cwd=REPO)


@pytest.fixture
def example(tmp_path) -> Path:
    """The bundled example, copied so its database lands in a temp dir."""
    shutil.copytree(REPO / "examples", tmp_path / "examples", ignore=shutil.ignore_patterns("*.db*"))
    config = tmp_path / "config.toml"
    config.write_text((REPO / "config.example.toml").read_text())
    return config


@pytest.fixture
def bare(tmp_path) -> Path:
    config = tmp_path / "config.toml"
    config.write_text('[me]\naddresses = ["me@example.org"]\n[database]\npath = "w.db"\n'
                      '[policy]\ntimezone = "Europe/Berlin"\n')
    return config


@pytest.mark.parametrize("words", SUBCOMMANDS, ids=" ".join)
def test_every_command_explains_itself(words):
    result = watcher(*words, "--help")
    assert result.returncode == 0, result.stderr
    assert "usage: watcher" in result.stdout
    assert len(result.stdout.splitlines()) >= 3


def test_a_broken_config_lists_every_error_with_its_path_and_exits_2(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('[me]\naddresses = ["me@example.org"]\n[[account]]\nname = "w"\ntype = "imap"\n'
                      'hots = "imap.example.org"\nusername = "me"\nport = "x"\npassword = "hunter2"\n')
    result = watcher("scan", config=config)
    assert result.returncode == 2
    assert "account[0].hots" in result.stderr and "did you mean 'host'" in result.stderr
    assert "account[0].port" in result.stderr
    assert "account[0].password" in result.stderr
    assert "hunter2" not in result.stderr + result.stdout
    assert result.stdout == ""


def test_a_missing_config_says_where_it_looked(tmp_path):
    result = watcher("scan", config=tmp_path / "nope.toml")
    assert result.returncode == 2
    assert "nope.toml" in result.stderr


def test_interview_log_round_trip(bare):
    add = watcher("interview", "add", "--company", "Acme Analytics", "--when", "2026-11-03T10:00",
                  "--role", "Data Engineer", "--contact", "Anna.Berg@acme.com", "--domain", "acme.com",
                  "--feedback-by", "2026-11-10", config=bare)
    assert add.returncode == 0, add.stderr
    assert "acme-analytics-2026-11-03" in add.stdout
    again = watcher("interview", "add", "--company", "Acme Analytics", "--when", "2026-11-03T10:00", config=bare)
    assert again.returncode == 2 and "exists" in again.stderr

    listed = json.loads(watcher("interview", "list", "--json", config=bare).stdout)
    [row] = listed
    assert row["contacts"] == ["anna.berg@acme.com"]
    assert row["when"].startswith("2026-11-03T09:00")  # 10:00 Berlin, stored in UTC
    assert row["feedback_by"] == "2026-11-10"

    edit = watcher("interview", "edit", row["id"], "--policy", "follow_up_days=4", "--role", "Staff Engineer",
                   config=bare)
    assert edit.returncode == 0, edit.stderr
    bad = watcher("interview", "edit", row["id"], "--policy", "folow_up_days=4", config=bare)
    assert bad.returncode == 2 and "follow_up_days" in bad.stderr
    # A bad value is named as typed, with what it must be and an example, as config errors are.
    for typed, words in (("follow_up_days=abc", "must be a whole number (e.g. --policy follow_up_days=7)"),
                         ("follow_up_days=0", "must be 1 or more (e.g. --policy follow_up_days=7)"),
                         ("ask_feedback=maybe", "must be true or false (e.g. --policy ask_feedback=false)")):
        bad = watcher("interview", "edit", row["id"], "--policy", typed, config=bare)
        assert bad.returncode == 2 and f"--policy {typed}: {words}" in bad.stderr, bad.stderr
        assert "Input should be" not in bad.stderr
    # One checked against the config's [policy] (no country there) is named as typed too.
    bad = watcher("interview", "edit", row["id"], "--policy", "subdivision=BY", config=bare)
    assert bad.returncode == 2, bad.stderr
    assert "--policy subdivision=BY: needs country as well (e.g. --policy country=DE)" in bad.stderr, bad.stderr

    shown = json.loads(watcher("interview", "show", row["id"], "--json", "--now", "2026-11-04T10:00",
                               config=bare).stdout)
    assert shown["role"] == "Staff Engineer" and shown["policy"] == {"follow_up_days": 4}
    assert shown["decision"]["next_step"]["action"] == "thank_you"

    logged = watcher("interview", "log", row["id"], "--sent", "thank_you", "--at", "2026-11-03T17:00", config=bare)
    assert logged.returncode == 0, logged.stderr
    shown = json.loads(watcher("interview", "show", row["id"], "--json", "--now", "2026-11-04T10:00",
                               config=bare).stdout)
    assert shown["decision"]["next_step"]["action"] == "follow_up_1"

    closed = watcher("interview", "close", row["id"], "--reason", "took another offer", config=bare)
    assert closed.returncode == 0
    shown = json.loads(watcher("interview", "show", row["id"], "--json", config=bare).stdout)
    assert shown["decision"]["status"] == "closed" and shown["decision"]["next_step"] is None


def test_unknown_interview_is_a_usage_error(bare):
    result = watcher("snooze", "nope", "3d", config=bare)
    assert result.returncode == 2 and "no interview with id 'nope'" in result.stderr


def test_snooze_holds_the_reminders(bare):
    watcher("interview", "add", "--company", "Globex", "--when", "2020-01-06T10:00", "--id", "globex", config=bare)
    assert watcher("snooze", "globex", "2w", config=bare).returncode == 0
    shown = json.loads(watcher("interview", "show", "globex", "--json", config=bare).stdout)
    assert shown["snoozed_until"] is not None
    assert shown["decision"]["due_now"] == []


def test_import_keeps_good_rows_and_reports_bad_ones(bare, tmp_path):
    rows = tmp_path / "interviews.toml"
    rows.write_text(
        '[[interview]]\nid = "ok-one"\ncompany = "Acme"\nwhen = 2026-11-03T10:00:00+01:00\n'
        '[[interview]]\nid = "bad-one"\ncompany = "Globex"\nwhen = 2026-11-03\n'
    )
    result = watcher("interview", "import", str(rows), config=bare)
    assert result.returncode == 2
    assert "interview[1]" in result.stderr and "when: 2026-11-03 has no time" in result.stderr
    assert [r["id"] for r in json.loads(watcher("interview", "list", "--json", config=bare).stdout)] == ["ok-one"]
    again = watcher("interview", "import", str(rows), config=bare)
    assert "0 new, 1 updated" in again.stdout


def test_assigning_an_unknown_message_is_an_error(bare):
    result = watcher("message", "assign", "<nope@x>", "none", config=bare)
    assert result.returncode == 2 and "no stored message" in result.stderr
    # and where the Message-IDs it keeps are to be found
    assert "`watcher interview show ID --json`" in result.stderr and "`watcher review --json`" in result.stderr
    logged = watcher("interview", "add", "--from-message", "<nope@x>", config=bare)
    assert logged.returncode == 2 and "`watcher interview show ID --json`" in logged.stderr


def test_login_refuses_an_unknown_account(bare):
    result = watcher("login", "nobody", config=bare, stdin="secret\n")
    assert result.returncode == 2 and "no IMAP account named 'nobody'" in result.stderr
    assert "secret" not in result.stderr


def test_check_logs_in_and_names_what_is_wrong(tmp_path, dovecot):
    from tests.test_scan_imap import imap_account, write_config

    accounts = imap_account(dovecot) + imap_account(dovecot, name="broken", password_env="WRONG_PW")
    config = write_config(tmp_path, accounts)
    result = watcher("check", config=config, env={"WATCHER_TEST_IMAP": dovecot.password, "WRONG_PW": "nope-nope"})
    assert result.returncode == 1
    assert "account work: ok" in result.stdout
    assert "account broken:" in result.stdout and "auth" in result.stdout.lower()
    assert "nope-nope" not in result.stdout + result.stderr
    (tmp_path / "good").mkdir()
    good = write_config(tmp_path / "good", imap_account(dovecot))
    assert watcher("check", config=good, env={"WATCHER_TEST_IMAP": dovecot.password}).returncode == 0


def test_status_review_assign_and_calendar_after_a_scan(tmp_path, dovecot):
    from tests.test_scan_imap import REJECTION, Setup, imap_account, write_config

    config = write_config(tmp_path, imap_account(dovecot))
    env = {"WATCHER_TEST_IMAP": dovecot.password}
    dovecot.append("INBOX", REJECTION)
    setup = Setup(config, {**os.environ, **env}, tmp_path / "w.db")
    assert setup.scan("--no-notify")[0] == 0

    status = json.loads(watcher("status", "--json", "--now", "2026-11-20T10:30", config=config).stdout)
    assert {f["folder"] for f in status["folders"]} >= {"INBOX", "Sent"}
    assert all(f["last_sync"] for f in status["folders"])
    assert {i["id"]: i["status"] for i in status["interviews"]}["acme"] == "heard_back"

    assert json.loads(watcher("review", "--json", config=config).stdout) == []
    moved = watcher("message", "assign", "<rej-1@acme-analytics.com>", "globex", "--kind", "next_step", config=config)
    assert moved.returncode == 0, moved.stderr
    code, report, _ = setup.scan("--no-notify")
    [msg] = [m for m in report["messages"] if m["message_id"] == "<rej-1@acme-analytics.com>"]
    assert (msg["interview"], msg["kind"], msg.get("decided_by")) == ("globex", "next_step", "user")
    statuses = {i["id"]: i["status"] for i in report["interviews"]}
    assert statuses == {"acme": "awaiting", "globex": "heard_back"}

    ics = tmp_path / "follow-ups.ics"
    result = watcher("export-ics", str(ics), "--now", "2026-11-13T08:00", config=config)
    assert result.returncode == 0, result.stderr
    from icalendar import Calendar

    events = [c for c in Calendar.from_ical(ics.read_bytes()).walk("VEVENT")]
    assert events and any("Acme Analytics" in str(e["SUMMARY"]) for e in events)


def test_an_invitation_becomes_an_interview_from_its_message(tmp_path):
    shutil.copytree(REPO / "examples", tmp_path / "examples", ignore=shutil.ignore_patterns("*.db*"))
    config = tmp_path / "config.toml"
    config.write_text((REPO / "config.example.toml").read_text())
    assert watcher("scan", "--no-notify", config=config).returncode == 0
    added = watcher("interview", "add", "--from-message", "<hooli-inv-42@hooli.xyz>", "--role", "Platform Engineer",
                    config=config)
    assert added.returncode == 0, added.stderr
    rows = {r["company"]: r for r in json.loads(watcher("interview", "list", "--json", config=config).stdout)}
    assert rows["Hooli"]["when"].startswith("2026-11-26T14:00")
    assert rows["Hooli"]["contacts"] == ["recruiting@hooli.xyz"]


def test_login_stores_the_password_in_the_keyring(tmp_path, monkeypatch, capsys):
    import keyring
    from keyring.backend import KeyringBackend

    from watcher import cli

    class FileKeyring(KeyringBackend):
        priority = 1

        def _path(self, service, user):
            return tmp_path / f"{service}--{user}"

        def get_password(self, service, user):
            path = self._path(service, user)
            return path.read_text() if path.exists() else None

        def set_password(self, service, user, password):
            self._path(service, user).write_text(password)

        def delete_password(self, service, user):
            self._path(service, user).unlink()

    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    try:
        config = tmp_path / "config.toml"
        config.write_text('[me]\naddresses = ["me@example.org"]\n[database]\npath = "w.db"\n'
                          '[[account]]\nname = "work"\ntype = "imap"\nhost = "imap.example.org"\nusername = "me"\n')
        monkeypatch.setattr("getpass.getpass", lambda prompt="": "s3cret-pass")
        assert cli.main(["--config", str(config), "login", "work"]) == 0
        assert keyring.get_password("watcher", "work") == "s3cret-pass"
        assert "s3cret-pass" not in capsys.readouterr().out
    finally:
        keyring.set_keyring(previous)


def test_an_interview_from_the_interviews_file_is_edited_there(example):
    assert watcher("scan", "--no-notify", config=example).returncode == 0
    result = watcher("interview", "edit", "initech-pm", "--feedback-by", "2026-12-10", config=example)
    assert result.returncode == 2
    assert "interviews.toml" in result.stderr and "edit it there" in result.stderr
    again = watcher("interview", "add", "--id", "initech-pm", "--company", "Initech GmbH", "--when", "2026-11-10T11:00",
                    config=example)
    assert again.returncode == 2 and "exists in the interviews file: change it there" in again.stderr
    closed = watcher("interview", "close", "initech-pm", config=example)  # closing is the user's, kept
    assert closed.returncode == 0
    watcher("scan", "--no-notify", config=example)
    rows = {r["id"]: r for r in json.loads(watcher("interview", "list", "--json", config=example).stdout)}
    assert rows["initech-pm"]["closed_at"] is not None


def test_an_interview_imported_from_another_file_is_edited_here(example, tmp_path):
    """`interview import` of a file other than the config's interviews file (another list, an
    export) leaves its interviews to the commands: edited and forgotten here, with no word
    about an interviews file they are not in."""
    other = tmp_path / "more.toml"
    other.write_text('[[interview]]\nid = "litware-pm"\ncompany = "Litware"\n'
                     'when = 2026-11-25T15:00:00+01:00\ncontacts = ["jo@litware.example"]\n')
    assert watcher("interview", "import", str(other), config=example).returncode == 0
    edited = watcher("interview", "edit", "litware-pm", "--feedback-by", "2026-12-05", config=example)
    assert edited.returncode == 0, edited.stderr
    shown = json.loads(watcher("interview", "show", "litware-pm", "--json", config=example).stdout)
    assert shown["feedback_by"] == "2026-12-05"
    forgotten = watcher("forget", "litware-pm", "--yes", config=example)
    assert forgotten.returncode == 0, forgotten.stderr
    assert "interviews file" not in forgotten.stderr
    # The config's own interviews file, imported by hand, still keeps its interviews.
    assert watcher("interview", "import", str(example.parent / "examples" / "interviews.toml"),
                   config=example).returncode == 0
    kept = watcher("interview", "edit", "initech-pm", "--feedback-by", "2026-12-10", config=example)
    assert kept.returncode == 2 and "edit it there" in kept.stderr


def test_a_missing_import_file_is_named(bare, tmp_path):
    result = watcher("interview", "import", str(tmp_path / "nope.toml"), config=bare)
    assert result.returncode == 2
    assert "nope.toml" in result.stderr and "config error" not in result.stderr


def test_an_unwritable_database_is_one_clear_line(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('[me]\naddresses = ["me@example.org"]\n[database]\npath = "/proc/nope/w.db"\n')
    result = watcher("status", config=config)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "/proc/nope" in result.stderr


def test_a_reader_that_leaves_early_ends_the_command_quietly(example: Path) -> None:
    """`watcher ... | head`: no traceback, no error line, the status of a command ended by SIGPIPE."""
    assert watcher("scan", "--no-notify", config=example).returncode == 0
    for command in (["interview", "list"], ["interview", "list", "--json"], ["status"], ["todo"]):
        process = subprocess.Popen(
            [sys.executable, "-m", "watcher", "--config", str(example), *command],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO,
            env={**os.environ, "COLUMNS": "80"},
        )
        process.stdout.close()  # the reader is gone before the command writes
        _, stderr = process.communicate(timeout=120)
        assert (command, process.returncode, stderr) == (command, 141, b"")


def test_config_verbose_and_quiet_may_follow_the_command(example):
    # `watcher scan -vv` and `watcher todo --config FILE`, as people type them.
    quiet = watcher("scan", "--no-notify", config=example)
    loud = watcher("scan", "--no-notify", "-vv", config=example)
    assert loud.returncode == 0 and quiet.returncode == 0, loud.stderr
    assert '"level": "debug"' in loud.stderr and '"level": "debug"' not in quiet.stderr
    todo = watcher("todo", "--json", "--config", str(example))
    assert todo.returncode == 0, todo.stderr
    assert {i["id"] for i in json.loads(todo.stdout)["interviews"]} >= {"initech-pm", "acme-data-engineer"}
    silent = watcher("interview", "list", "-q", config=example)
    assert silent.returncode == 0 and silent.stderr == "", silent.stderr


def test_a_bad_interview_option_is_named_as_typed(bare):
    """Before, `interview add --when 2026-11-27` said "interview: when: 2026-11-27 has no time",
    the interviews file's key path, on the command line."""
    result = watcher("interview", "add", "--company", "Bar", "--when", "2026-11-27", config=bare)
    assert result.returncode == 2
    assert result.stderr.startswith("watcher: --when: 2026-11-27 has no time"), result.stderr
    result = watcher("interview", "add", "--company", "Bar", "--when", "2026-11-27T10:00",
                     "--contact", "not an address", "--via", "x", config=bare)
    assert result.returncode == 2
    assert "--contact: 'not an address' is not a mail address" in result.stderr, result.stderr
    assert "--via: 'x' is not a mail address" in result.stderr and "interview:" not in result.stderr
    added = watcher("interview", "add", "--company", "Bar", "--when", "2026-11-27T10:00", config=bare)
    assert added.returncode == 0, added.stderr
    edited = watcher("interview", "edit", "bar-2026-11-27", "--feedback-by", "2026-11-01", config=bare)
    assert edited.returncode == 2
    assert "--feedback-by: 2026-11-01 is before the interview (2026-11-27)" in edited.stderr, edited.stderr


def test_an_interview_logged_after_its_mail_was_read_says_a_scan_looks_for_it(tmp_path, bare):
    """Mail read before the interview was logged was tied to nothing: until a scan looks at it
    again, the to-do list knows none of it. Logging the interview says so, and the scan finds it."""
    inbox = tmp_path / "mail"
    for sub in ("cur", "new", "tmp"):
        (inbox / sub).mkdir(parents=True)
    (inbox / "new" / "1.eml").write_text(
        "From: HR Globex <hr@globex.example>\nTo: me@example.org\nSubject: Your interview at Globex\n"
        "Message-ID: <g1@globex.example>\nDate: Fri, 20 Nov 2026 11:00:00 +0100\n\nDear Sam,\n\nThank you for "
        "interviewing with us. Unfortunately we have decided not to move forward with your application.\n\nGlobex HR\n")
    config = tmp_path / "mailbox.toml"
    config.write_text(bare.read_text() + '[[account]]\nname = "home"\ntype = "maildir"\npath = "mail"\n')
    assert watcher("scan", "--no-notify", "--now", "2026-11-24T10:00", config=config).returncode == 0
    added = watcher("interview", "add", "--company", "Globex", "--when", "2026-11-18T14:00", "--contact",
                    "hr@globex.example", "--id", "globex", config=config)
    assert added.returncode == 0, added.stderr
    assert added.stdout.splitlines()[1] == "its mail is looked for at the next scan: `watcher scan` does it now"
    scanned = watcher("scan", "--no-notify", "--now", "2026-11-24T10:00", config=config)
    assert "Globex: a decision (not this time)" in scanned.stdout
    # Without an account there is no mail to look at: nothing is said of a scan.
    alone = watcher("interview", "add", "--company", "Initech", "--when", "2026-11-18T14:00", config=bare)
    assert alone.returncode == 0 and "scan" not in alone.stdout
