"""Notices through `watcher scan`, on real channels: a private D-Bus session bus, an SMTP
server on loopback, and Dovecot's Drafts folder. Exactly once, even when the process
is killed between recording the intent and confirming the send.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from email import message_from_bytes
from email.policy import default as default_policy
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from tests.fixtures_dovecot import free_port
from tests.test_scan_imap import ME, REJECTION, THANKS, Setup, imap_account, write_config

REPO = Path(__file__).resolve().parent.parent
DUE_MORNING = "2026-11-19T09:30"  # Thursday in Berlin: the rejection came Wed 18 Nov 16:00


def test_desktop_digest_over_a_private_session_bus(tmp_path, dovecot, notification_server):
    config = write_config(tmp_path, imap_account(dovecot), "[notify.desktop]\nenabled = true\n")
    env = {**os.environ, "WATCHER_TEST_IMAP": dovecot.password,
           "DBUS_SESSION_BUS_ADDRESS": notification_server.address}
    setup = Setup(config, env, tmp_path / "w.db")
    dovecot.append("INBOX", REJECTION)
    dovecot.append("Sent", THANKS)
    code, report, stderr = setup.scan(now=DUE_MORNING)
    assert code == 0, stderr
    [call] = notification_server.wait_for_calls(1)
    text = " ".join(str(part) for part in call)
    assert "Acme Analytics" in text
    assert "feedback" in text.lower()
    assert "move forward with other candidates" not in text  # never the body of their mail
    assert "Your application" not in text  # nor its subject
    code, _, _ = setup.scan(now=DUE_MORNING)
    time.sleep(0.5)
    assert len(notification_server.calls) == 1


def test_drafts_are_filed_in_the_drafts_folder_once(tmp_path, dovecot):
    drafts = '[drafts]\nimap_folder = "Drafts"\n'
    config = write_config(tmp_path, imap_account(dovecot), drafts)
    setup = Setup(config, {**os.environ, "WATCHER_TEST_IMAP": dovecot.password}, tmp_path / "w.db")
    dovecot.append("INBOX", REJECTION)
    dovecot.append("Sent", THANKS)
    for _ in range(2):
        code, report, stderr = setup.scan(now=DUE_MORNING)
        assert code == 0, stderr
    # Two steps are due that Thursday morning: asking Acme for feedback, and thanking
    # Globex (interviewed on the 12th, nothing sent since). One draft each, filed once.
    flags = dovecot.flags("Drafts")
    assert len(flags) == 2
    assert all(b"\\Draft" in f for f in flags.values())
    with dovecot.client() as client:
        client.select_folder("Drafts", readonly=True)
        fetched = client.fetch(client.search("ALL"), ["BODY.PEEK[]"])
    drafts = [message_from_bytes(data[b"BODY[]"], policy=default_policy) for data in fetched.values()]
    feedback = next(d for d in drafts if d["To"] == "anna@acme-analytics.com")
    body = feedback.get_content()
    assert "Data Engineer" in body and "what would have made my application stronger" in body
    assert any("Globex" in d.get_content() for d in drafts)

class StallingHandler:
    """Records every DATA; the first one is held unanswered until the test lets it go."""

    def __init__(self) -> None:
        self.received: list[bytes] = []
        self.held = threading.Event()
        self.release = threading.Event()

    async def handle_DATA(self, server, session, envelope):
        import asyncio

        self.received.append(envelope.content)
        if len(self.received) == 1:
            self.held.set()
            while not self.release.is_set():
                await asyncio.sleep(0.05)
        return "250 OK"


@pytest.fixture
def stalling_smtp():
    handler = StallingHandler()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield controller, handler
    finally:
        handler.release.set()
        controller.stop()


def test_a_kill_between_intent_and_confirmation_repeats_at_most_once(tmp_path, dovecot, stalling_smtp):
    controller, handler = stalling_smtp
    notify = (f'[notify.email]\nto = "{ME}"\nfrom = "w@example.org"\nhost = "127.0.0.1"\n'
              f'port = {controller.port}\ntls = "none"\n')
    config = write_config(tmp_path, imap_account(dovecot), notify)
    env = {**os.environ, "WATCHER_TEST_IMAP": dovecot.password}
    setup = Setup(config, env, tmp_path / "w.db")
    dovecot.append("INBOX", REJECTION)
    dovecot.append("Sent", THANKS)

    cmd = [sys.executable, "-m", "watcher", "--config", str(config), "scan", "--json", "--now", DUE_MORNING,
           "--notify"]
    process = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=REPO)
    try:
        assert handler.held.wait(60), "the scan never reached the SMTP server"
        process.send_signal(signal.SIGKILL)  # the message is with the server; the send is not confirmed
        process.wait(30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdout.close()
        process.stderr.close()
    handler.release.set()
    assert len(handler.received) == 1

    # The next scans: the unconfirmed notice may go out once more, never again after that.
    for _ in range(3):
        code, report, stderr = setup.scan(now=DUE_MORNING)
        assert code == 0, stderr
    assert len(handler.received) == 2
    sqlite = __import__("sqlite3").connect(tmp_path / "w.db")
    rows = sqlite.execute("SELECT interview, action, state FROM notices WHERE channel = 'email'").fetchall()
    states = {(interview, action): state for interview, action, state in rows}
    assert states == {("acme", "heard_back"): "sent", ("acme", "ask_feedback"): "sent",
                      ("globex", "thank_you"): "sent"}
    assert sqlite.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
