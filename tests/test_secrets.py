"""No secret leaves watcher: every command `watcher --help` lists runs, with -v, against
accounts whose IMAP password, OAuth2 token and SMTP password are unique markers, and no
marker (nor its base64, as in an AUTH exchange) appears in standard output, standard
error (the log), the database or any file watcher wrote, nor in the notices it sent.

The passwords are real: Dovecot (its own instance, since refused logins slow a server
down) and the SMTP server accept them, so the paths that use a secret successfully run
too, and the token account's login is refused, so the error paths run as well."""

from __future__ import annotations

import base64
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import tests.fixtures_smtp as fixtures_smtp
from tests.fixtures_dovecot import DovecotServer
from tests.test_scan_imap import ME, REJECTION, THANKS, write_config

REPO = Path(__file__).resolve().parent.parent
IMAP_PASSWORD = "imap-PW-marker-7f3a9c1e"
TOKEN = "oauth2-TOKEN-marker-2b8d41f0"
SMTP_PASSWORD = "smtp-PW-marker-c5e07a93"
MARKERS = (IMAP_PASSWORD, TOKEN, SMTP_PASSWORD)
NOW = "2026-11-19T09:30"  # the morning after the rejection: news and a feedback request are due


def _forms(marker: str) -> list[bytes]:
    """The marker as it could leak: plain, and base64 at each of the three alignments."""
    forms = [marker.encode()]
    for pad in range(3):
        encoded = base64.b64encode(b"\0" * pad + marker.encode())
        forms.append(encoded[4:-4])  # the part that does not depend on the neighbours
    return forms


def _leaks(data: bytes) -> list[str]:
    return [marker for marker in MARKERS if any(form in data for form in _forms(marker))]


@pytest.fixture
def marked_dovecot() -> Iterator[object]:
    server = DovecotServer()
    server.password = IMAP_PASSWORD  # the static passdb takes this password for every user
    server.start()
    try:
        yield server.new_mailbox()
    finally:
        server.close()


@pytest.fixture
def world(tmp_path, marked_dovecot, smtp_server, monkeypatch):
    monkeypatch.setattr(fixtures_smtp, "PASSWORD", SMTP_PASSWORD)  # what the server accepts
    mailbox = marked_dovecot
    mailbox.append("INBOX", REJECTION)
    mailbox.append("Sent", THANKS)
    home = tmp_path / "home"
    home.mkdir()
    accounts = (
        f'[[account]]\nname = "work"\ntype = "imap"\nhost = "{mailbox.host}"\nport = {mailbox.port}\n'
        f'tls = "none"\nusername = "{mailbox.user}"\npassword_env = "WATCHER_IMAP"\n'
        'folders = ["INBOX"]\nsent_folder = "Sent"\nlookback_days = 60\n'
        f'[[account]]\nname = "token"\ntype = "imap"\nhost = "{mailbox.host}"\nport = {mailbox.port}\n'
        f'tls = "none"\nusername = "{mailbox.user}"\nauth = "oauth2"\npassword_command = "printenv WATCHER_TOKEN"\n'
    )
    notify = (f'[notify.email]\nto = "{ME}"\nfrom = "watcher@example.org"\nhost = "{smtp_server.host}"\n'
              f'port = {smtp_server.port}\ntls = "starttls"\nca_file = "{smtp_server.ca_file}"\n'
              f'username = "{smtp_server.user}"\npassword_env = "WATCHER_SMTP"\n')
    config = write_config(tmp_path, accounts, notify)
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_STATE_HOME": str(home / ".local" / "state"), "XDG_CACHE_HOME": str(home / ".cache"),
           "XDG_DATA_HOME": str(home / ".local" / "share"),
           "WATCHER_IMAP": IMAP_PASSWORD, "WATCHER_TOKEN": TOKEN, "WATCHER_SMTP": SMTP_PASSWORD,
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    return config, env, tmp_path, smtp_server


def _run(args: list[str], config: Path, env: dict[str, str], stdin: str = "", seconds: float = 120) -> bytes:
    """Run ``watcher --config CONFIG -v ARGS``; return stdout and stderr together."""
    cmd = [sys.executable, "-m", "watcher", "--config", str(config), "-v", *args]
    try:
        done = subprocess.run(cmd, input=stdin.encode(), capture_output=True, timeout=seconds, env=env, cwd=REPO)
        return done.stdout + done.stderr
    except subprocess.TimeoutExpired as expired:  # a prompt that waits for a browser: what it said so far
        return (expired.stdout or b"") + (expired.stderr or b"")


def _run_daemon(config: Path, env: dict[str, str]) -> bytes:
    process = subprocess.Popen([sys.executable, "-m", "watcher", "--config", str(config), "-v", "run"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=REPO)
    time.sleep(8)  # long enough to log in, sync, decide and hit the refused account
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=60)
    return out + err


def _listed_commands() -> list[str]:
    shown = subprocess.run([sys.executable, "-m", "watcher", "--help"], capture_output=True, text=True,
                           cwd=REPO, timeout=60).stdout
    block = shown.split("COMMAND", 2)[-1].split("options:")[0]
    return re.findall(r"^    ([a-z][a-z-]*)\s", block, flags=re.MULTILINE)


def _message_id(config: Path, env: dict[str, str]) -> str:
    import sqlite3

    conn = sqlite3.connect(config.parent / "w.db")
    try:
        row = conn.execute("SELECT message_id FROM messages ORDER BY date DESC LIMIT 1").fetchone()
    finally:
        conn.close()
    return row[0] if row else "<none@example.org>"


def test_no_command_leaks_a_password_or_token(world):
    config, env, folder, smtp = world
    outputs: dict[str, bytes] = {}
    out = folder / "out"
    out.mkdir()

    def run(name: str, *args: str, stdin: str = "", seconds: float = 120) -> None:
        outputs[name] = outputs.get(name, b"") + _run(list(args), config, env, stdin, seconds)

    run("check", "check")
    run("scan", "scan", "--json", "--now", NOW, "--notify")
    run("scan", "scan")
    outputs["run"] = _run_daemon(config, env)
    run("status", "status")
    run("login", "login", "work", stdin=IMAP_PASSWORD + "\n", seconds=30)
    run("login", "login", "smtp", stdin=SMTP_PASSWORD + "\n", seconds=30)
    run("login", "login", "token", "--no-browser", stdin="\n", seconds=15)
    run("init", "--config", str(folder / "init.toml"), "init", "--address", ME, "--non-interactive",
        "--imap-host", "127.0.0.1", "--timezone", "Europe/Berlin", "--no-login", "--no-check")
    run("interview", "interview", "list")
    run("interview", "interview", "show", "acme")
    run("interview", "interview", "add", "--company", "Initech", "--when", "2026-11-12T10:00",
        "--domain", "initech.example")
    run("interview", "interview", "edit", "initech-2026-11-12", "--feedback-by", "2026-11-30")
    run("interview", "interview", "log", "initech-2026-11-12", "--sent", "thank_you", "--at", "2026-11-12T18:00")
    run("interview", "interview", "close", "initech-2026-11-12")
    run("interview", "interview", "reopen", "initech-2026-11-12")
    run("interview", "interview", "import", str(folder / "interviews.toml"))
    run("review", "review", stdin="")
    message = _message_id(config, env)
    run("message", "message", "assign", message, "acme")
    run("suggestion", "suggestion", "dismiss", message)
    run("snooze", "snooze", "globex", "1w")
    run("todo", "todo", "--all")
    run("draft", "draft", "acme", "follow_up")
    run("done", "done", "initech-2026-11-12", "follow_up", "--at", "2026-11-20T10:00")
    run("export-ics", "export-ics", str(out / "follow-ups.ics"))
    run("export", "export", str(out / "export.json"))
    run("restore", "restore", str(out / "export.json"))
    run("forget", "forget", "acme", "--yes")
    run("todo", "todo", "--all")
    run("draft", "draft", "globex")
    run("draft", "draft", "acme", "ask_feedback", "--save")  # files it in the IMAP Drafts folder
    run("done", "done", "globex", "thank_you")
    run("interview", "interview", "delete", "--yes", "initech-2026-11-12")
    run("board", "board", "--export", str(out / "board.html"))
    run("board", "board", "--no-browser", seconds=8)  # serves until stopped: what it said meanwhile

    assert set(_listed_commands()) <= set(outputs), "a command the help lists is not run here"
    assert smtp.messages, "the notice mail went out (the SMTP password was used)"
    assert b"account work: ok" in outputs["check"]  # the IMAP password was used, and worked
    assert b"authentication failed" in outputs["check"]  # the token was offered, and refused

    leaks = {name: _leaks(data) for name, data in outputs.items() if _leaks(data)}
    assert leaks == {}, leaks
    written = [p for p in folder.rglob("*") if p.is_file() and p.name not in ("config.toml", "interviews.toml")]
    assert any(p.name == "w.db" for p in written) and any(p.name == "export.json" for p in written)
    leaked_files = {str(p): _leaks(p.read_bytes()) for p in written if _leaks(p.read_bytes())}
    assert leaked_files == {}, leaked_files
    sent = b"".join(m.as_bytes() for m in smtp.messages)
    assert _leaks(sent) == []


def test_the_check_finds_a_leak():
    """The detector itself: a marker, plain or in an AUTH PLAIN exchange, is found."""
    assert _leaks(b"error: login failed for " + IMAP_PASSWORD.encode()) == [IMAP_PASSWORD]
    auth_plain = base64.b64encode(b"\0user\0" + SMTP_PASSWORD.encode())
    assert _leaks(b"AUTH PLAIN " + auth_plain) == [SMTP_PASSWORD]
    xoauth2 = base64.b64encode(f"user=u\x01auth=Bearer {TOKEN}\x01\x01".encode())
    assert _leaks(xoauth2) == [TOKEN]
    assert _leaks(b"nothing to see") == []
