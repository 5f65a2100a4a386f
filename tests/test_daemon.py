"""``watcher run`` as a real subprocess against Dovecot and an SMTP server on loopback.

The daemon is started the way systemd starts it, with a NOTIFY_SOCKET this test listens
on. Mail is delivered by IMAP APPEND; notices arrive as e-mail digests at the SMTP server.
Also unit tests for the pure parts: merging events into work, the next due moment.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from tests.child_process import dies_with_this_process
from tests.fixtures_dovecot import DovecotMailbox, DovecotServer
from tests.fixtures_smtp import RecordingHandler, SmtpServer, free_port
from tests.test_idle import TcpProxy
from watcher.daemon import Daemon, Request, Tick, is_auth_error, next_due, plan
from watcher.sources.imap import AuthenticationFailed, ConnectionLost, SecretUnavailable, ServerUnreachable
from watcher.sync import AccountReport
from watcher.idle import AccountNews
from watcher.model import Decision, Step
from watcher.sdnotify import Notifier

WAIT = 30.0  # generous waits; never an assertion about speed
PASSWORD_VARIABLE = "WATCHER_TEST_IMAP_PASSWORD"
WRONG_PASSWORD_VARIABLE = "WATCHER_TEST_WRONG_PASSWORD"
COMPANIES = ("Acme", "Bluefin", "Corvid", "Dunmore", "Evergreen", "Foxglove", "Granite")


# -- the pure parts -------------------------------------------------------------------------


def test_a_burst_of_events_syncs_each_account_once():
    events = [
        AccountNews("work", "INBOX", "news"),
        AccountNews("work", "INBOX", "news"),
        Tick("poll"),
        AccountNews("home", "INBOX", "connected"),
    ]
    work = plan(events, ["work", "home", "local"])
    assert work.sync == ["work", "home", "local"]
    assert work.why == {"work": "idle news", "home": "poll", "local": "poll"}  # the first trigger names it
    assert work.connected == {"home"}
    assert not work.stop and not work.evaluate


def test_stop_reload_and_failures_are_noted():
    events = [
        Request("reload"),
        AccountNews("a", "INBOX", "auth_failed", "authentication failed for me"),
        AccountNews("b", "INBOX", "no_idle"),
        Tick("evaluate"),
        Request("stop"),
    ]
    work = plan(events, ["a", "b"])
    assert work.stop and work.reload and work.evaluate
    assert work.auth_failed == {"a": "authentication failed for me"}
    assert work.polled_instead == ["b"] and work.sync == ["b"]


def test_a_poll_of_one_account():
    assert plan([Tick("poll", "b")], ["a", "b"]).sync == ["b"]


def test_next_due_is_the_earliest_future_step():
    now = datetime(2026, 11, 3, 12, tzinfo=UTC)

    def state(due: datetime | None) -> SimpleNamespace:
        step = Step("follow_up_1", due) if due else None
        return SimpleNamespace(decision=Decision(interview="x", status="awaiting", next_step=step))

    states = [
        state(now + timedelta(days=2)),
        state(None),
        state(now - timedelta(hours=1)),
        state(now + timedelta(hours=3)),
    ]
    assert next_due(states, now) == now + timedelta(hours=3)
    assert next_due([state(None)], now) is None
    # A step that fell due this morning, looked at in the evening: due already, its notice
    # held until the next working window, which is when the daemon wakes for it.
    morning = now + timedelta(hours=21)
    held = SimpleNamespace(decision=Decision(interview="y", status="awaiting", next_step=Step(
        "thank_you", now - timedelta(hours=3), notice_held_until=morning)))
    assert next_due([held, state(now + timedelta(days=2))], now) == morning


def test_auth_errors_are_told_apart_by_type():
    def report(failure):
        return AccountReport("work", ok=False, error=failure.message, failure=failure)

    assert is_auth_error(report(AuthenticationFailed("work", "login refused")))
    assert is_auth_error(report(SecretUnavailable("work", "no password")))
    # The words do not decide: a lost link that mentions them is still a lost link.
    assert not is_auth_error(report(ConnectionLost("work", "authentication failed")))
    assert not is_auth_error(report(ServerUnreachable("work", "connection refused")))
    assert not is_auth_error(AccountReport("work", ok=True))


# -- helpers: sd_notify listener, config, mail, the daemon process ---------------------------


class NotifyListener:
    """A unix datagram socket standing in for systemd's NOTIFY_SOCKET; records every line."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lines: list[str] = []
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self._sock.bind(str(path))
        self._sock.settimeout(0.2)
        self._closed = False
        self.arrived = threading.Condition()  # notified at each datagram
        self._thread = threading.Thread(target=self._receive, daemon=True)
        self._thread.start()

    def _receive(self) -> None:
        while not self._closed:
            try:
                data = self._sock.recv(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            with self.arrived:
                self.lines.extend(data.decode().split("\n"))
                self.arrived.notify_all()

    def count(self, line: str) -> int:
        return self.lines.count(line)

    def signs_of_work(self) -> int:
        """How many lines the daemon sent other than watchdog pings (which a stuck sync still sends)."""
        return sum(1 for line in list(self.lines) if line and line != "WATCHDOG=1")

    def wait_for(self, line: str, *, times: int = 1, timeout: float = WAIT,
                 progress: Callable[[], object] | None = None) -> None:
        _wait_until(lambda: self.count(line) >= times, timeout, f"{line!r} x{times} on NOTIFY_SOCKET",
                    progress=progress, woken_by=self.arrived)

    def close(self) -> None:
        self._closed = True
        self._thread.join(2)
        self._sock.close()


def _wait_until(condition: Callable[[], bool], timeout: float, what: str, *,
                progress: Callable[[], object] | None = None, woken_by: threading.Condition | None = None) -> None:
    """Wait until ``condition()`` holds; fail after ``timeout`` seconds.

    With ``progress`` (a value that changes while the daemon works: its log, its sd_notify
    lines, the mail it sent), ``timeout`` is how long the daemon may show no sign of work,
    not how long the whole wait may take: a loaded machine slows the daemon down, only one
    stuck fails the test (or one busy ten times ``timeout`` without getting there).
    ``woken_by``: a condition notified when something arrives, looked at without delay.
    """
    started = quiet_since = time.monotonic()
    sign = progress() if progress is not None else None
    while not condition():
        now = time.monotonic()
        if progress is not None and (latest := progress()) != sign:
            sign, quiet_since = latest, now
        if now - quiet_since > timeout or now - started > 10 * timeout:
            waited = f"{timeout} s with no sign of work" if progress is not None else f"{timeout} s"
            pytest.fail(f"waited {waited} for {what} ({now - started:.0f} s in all)")
        if woken_by is None:
            time.sleep(0.1)
        else:
            with woken_by:
                woken_by.wait(0.1)


def _interviews_toml(companies: tuple[str, ...], when: datetime) -> str:
    blocks = []
    for company in companies:
        slug = company.lower()
        blocks.append(
            f'[[interview]]\nid = "{slug}"\ncompany = "{company}"\nwhen = {when.isoformat()}\n'
            f'contacts = ["jane@{slug}.example"]\ndomains = ["{slug}.example"]\n'
        )
    return "\n".join(blocks)


def _account_toml(
    name: str,
    mailbox: DovecotMailbox,
    port: int | None = None,
    password_env: str = PASSWORD_VARIABLE,
    **extra: object,
) -> str:
    lines = [
        "[[account]]",
        f'name = "{name}"',
        'type = "imap"',
        f'host = "{mailbox.host}"',
        f"port = {port or mailbox.port}",
        'tls = "none"',
        f'username = "{mailbox.user}"',
        f'password_env = "{password_env}"',
        "timeout = 10",
    ]
    lines += [
        f"{key} = {str(value).lower() if isinstance(value, bool) else value}" for key, value in extra.items()
    ]
    return "\n".join(lines) + "\n"


def _config_toml(accounts: str, smtp: SmtpServer, daemon: str = "") -> str:
    return (
        'interviews_file = "interviews.toml"\n\n[me]\naddresses = ["me@example.org"]\n\n'
        '[database]\npath = "state/watcher.db"\n\n'
        f"{accounts}\n"
        '[policy]\ntimezone = "UTC"\nthank_you = false\n\n'
        '[notify.email]\nto = "me@example.org"\nfrom = "watcher@example.org"\n'
        f'host = "{smtp.host}"\nport = {smtp.port}\ntls = "none"\n\n'
        f"[daemon]\n{daemon}"
    )


def rejection(company: str, number: int) -> bytes:
    slug = company.lower()
    date = format_datetime(datetime.now(UTC))
    return (
        f"From: Jane Doe <jane@{slug}.example>\r\nTo: me@example.org\r\n"
        f"Subject: Your application at {company}\r\nMessage-ID: <reply-{number}@{slug}.example>\r\n"
        f"Date: {date}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Dear candidate,\r\n\r\nThank you for taking the time to interview with us. Unfortunately, we have\r\n"
        "decided not to move forward with your application at this time.\r\n\r\nBest regards,\r\nJane\r\n"
    ).encode()


def announcements(smtp: SmtpServer, company: str) -> int:
    """How many times the SMTP server was told that this company replied."""
    return sum(str(message.get_content()).count(f"{company} replied") for message in list(smtp.messages))


class Setup:
    """A config folder (config, interviews file, database) and the daemon processes run on it."""

    def __init__(self, folder: Path, smtp: SmtpServer, password: str) -> None:
        self.folder = folder
        self.smtp = smtp
        self.config = folder / "config.toml"
        self.database = folder / "state" / "watcher.db"
        self.notify = NotifyListener(folder / "notify.sock")
        self.password = password
        self.processes: list[subprocess.Popen[bytes]] = []
        self.logs: list[Path] = []
        (folder / "interviews.toml").write_text(
            _interviews_toml(COMPANIES, datetime.now(UTC) - timedelta(days=1))
        )

    def write_config(self, accounts: str, daemon: str = "") -> None:
        self.config.write_text(_config_toml(accounts, self.smtp, daemon))

    def start(self, *, watchdog_usec: int = 2_000_000) -> subprocess.Popen[bytes]:
        log = self.folder / f"daemon-{len(self.processes)}.log"
        env = {
            **os.environ,
            "NOTIFY_SOCKET": str(self.notify.path),
            "WATCHDOG_USEC": str(watchdog_usec),
            PASSWORD_VARIABLE: self.password,
            WRONG_PASSWORD_VARIABLE: "not the password",
            "HOME": str(self.folder),
            "XDG_STATE_HOME": str(self.folder / "xdg-state"),
            "XDG_CONFIG_HOME": str(self.folder / "xdg-config"),
        }
        env.pop("WATCHDOG_PID", None)
        with log.open("wb") as out:
            process = subprocess.Popen(
                [sys.executable, "-m", "watcher", "--config", str(self.config), "run"],
                stdout=out,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=self.folder,
                preexec_fn=dies_with_this_process(),
            )
        self.processes.append(process)
        self.logs.append(log)
        return process

    def log_text(self) -> str:
        return "\n".join(f"--- {p.name}\n{p.read_text(errors='replace')}" for p in self.logs)

    def command(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run ``watcher ARGS`` on this config beside the daemon, as the user would."""
        env = {**os.environ, PASSWORD_VARIABLE: self.password, "HOME": str(self.folder),
               "XDG_STATE_HOME": str(self.folder / "xdg-state"), "COLUMNS": "200"}
        return subprocess.run([sys.executable, "-m", "watcher", "--config", str(self.config), *args],
                              capture_output=True, text=True, env=env, cwd=self.folder, timeout=120)

    def signs_of_work(self) -> tuple[int, int, int]:
        """What changes while the daemon works: its log's length, its sd_notify lines (watchdog
        pings left out), the e-mails it sent."""
        logged = sum(log.stat().st_size for log in self.logs if log.exists())
        return logged, self.notify.signs_of_work(), len(self.smtp.messages)

    def wait_until(self, condition: Callable[[], bool], what: str) -> None:
        """Wait until ``condition()`` holds, as long as the daemon shows signs of work (see _wait_until)."""
        _wait_until(condition, WAIT, what, progress=self.signs_of_work, woken_by=self.notify.arrived)

    def wait_for(self, line: str, *, times: int = 1) -> None:
        """Wait until the daemon sent ``line`` on NOTIFY_SOCKET ``times`` times (see _wait_until)."""
        self.notify.wait_for(line, times=times, progress=self.signs_of_work)

    def exited(self, process: subprocess.Popen[bytes]) -> int:
        """Wait for the daemon to end, as long as it shows signs of work; its exit code."""
        self.wait_until(lambda: process.poll() is not None, f"daemon {process.pid} to exit")
        return process.wait()

    def stop(self, process: subprocess.Popen[bytes]) -> int:
        process.send_signal(signal.SIGTERM)
        return self.exited(process)

    def close(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.kill()
                process.wait(10)
        self.notify.close()


@pytest.fixture
def setup(tmp_path: Path, plain_smtp_server: SmtpServer, dovecot_server: DovecotServer) -> Iterator[Setup]:
    made = Setup(tmp_path, plain_smtp_server, dovecot_server.password)
    try:
        yield made
    finally:
        made.close()
        print(made.log_text())  # pytest shows it when the test failed


def _integrity(database: Path) -> str:
    with sqlite3.connect(database) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


def _stored(database: Path, message_ids: list[str]) -> dict[str, int]:
    with sqlite3.connect(database) as conn:
        return {
            mid: conn.execute("SELECT COUNT(*) FROM messages WHERE message_id = ?", (mid,)).fetchone()[0]
            for mid in message_ids
        }


def _notice_rows(database: Path) -> dict[str, tuple[str, int]]:
    """interview -> (state, attempts) of its heard_back notice."""
    with sqlite3.connect(database) as conn:
        rows = conn.execute(
            "SELECT interview, state, attempts FROM notices WHERE action = 'heard_back'"
        ).fetchall()
    return {interview: (state, attempts) for interview, state, attempts in rows}


# -- the daemon, end to end ----------------------------------------------------------------


def test_ready_then_news_is_announced_once_with_watchdog_pings(setup, dovecot):
    setup.write_config(_account_toml("work", dovecot))
    process = setup.start(watchdog_usec=2_000_000)
    setup.wait_for("READY=1")
    assert any(line.startswith("STATUS=1 account (1 push") for line in setup.notify.lines)

    dovecot.append("INBOX", rejection("Acme", 1))
    setup.wait_until(lambda: announcements(setup.smtp, "Acme") >= 1, "the Acme notice by e-mail")
    setup.wait_for("WATCHDOG=1", times=3)  # one per second with a 2 s watchdog

    assert setup.stop(process) == 0
    assert "STOPPING=1" in setup.notify.lines
    assert announcements(setup.smtp, "Acme") == 1
    assert _integrity(setup.database) == "ok"
    assert _notice_rows(setup.database) == {"acme": ("sent", 1)}
    assert "idle news" in setup.log_text()


def test_mail_during_an_outage_is_caught_afterwards_and_nothing_repeats(setup, dovecot):
    proxy = TcpProxy(dovecot.port)
    try:
        setup.write_config(_account_toml("work", dovecot, port=proxy.port))
        process = setup.start()
        setup.wait_for("READY=1")
        dovecot.append("INBOX", rejection("Acme", 1))
        setup.wait_until(lambda: announcements(setup.smtp, "Acme") >= 1, "the Acme notice")

        proxy.down()  # the server is unreachable: live connections die, new ones are refused
        dovecot.append("INBOX", rejection("Bluefin", 2))  # delivered behind the daemon's back
        time.sleep(3)  # a few reconnect attempts fail meanwhile
        proxy.up()

        setup.wait_until(lambda: announcements(setup.smtp, "Bluefin") >= 1, "the Bluefin notice after the outage")
        assert setup.stop(process) == 0
    finally:
        proxy.close()
    assert announcements(setup.smtp, "Acme") == 1
    assert announcements(setup.smtp, "Bluefin") == 1
    assert "reconnect in" in setup.log_text()


OUTAGES = 20
CATCH_UP = 60.0  # the promise: every reply that arrived during an outage announced within this


def test_twenty_outages_in_a_row_each_caught_up_within_a_minute_exactly_once(setup, dovecot):
    """A flapping link (a train, a hotel Wi-Fi): the proxy cuts every connection and refuses
    new ones for 1-3 s, twenty times in a row, while replies arrive during each outage.
    After each return every reply that arrived meanwhile is announced within 60 s, once."""
    companies = [f"Outage{n:02d}" for n in range(OUTAGES)]
    (setup.folder / "interviews.toml").write_text(
        _interviews_toml(tuple(companies), datetime.now(UTC) - timedelta(days=1))
    )
    draw = random.Random(20)
    proxy = TcpProxy(dovecot.port)
    caught_up: list[float] = []
    try:
        setup.write_config(_account_toml("work", dovecot, port=proxy.port))
        process = setup.start()
        setup.wait_for("READY=1")
        for number, company in enumerate(companies):
            proxy.down()
            time.sleep(draw.uniform(0.2, 1.0))
            dovecot.append("INBOX", rejection(company, 100 + number))  # arrives during the outage
            time.sleep(draw.uniform(0.5, 2.0))
            proxy.up()
            back = time.monotonic()
            _wait_until(lambda: announcements(setup.smtp, company) >= 1, CATCH_UP,
                        f"{company}'s reply, outage {number + 1}")
            caught_up.append(round(time.monotonic() - back, 1))
        time.sleep(2)  # a late duplicate would show up here
        assert setup.stop(process) == 0
    finally:
        proxy.close()
        print("caught up after each outage (s):", caught_up)
    assert {company: announcements(setup.smtp, company) for company in companies} == dict.fromkeys(companies, 1)
    assert len(caught_up) == OUTAGES


@pytest.fixture
def own_server() -> Iterator[DovecotServer]:
    """A Dovecot of the test's own, to stop and start."""
    with DovecotServer() as server:
        yield server


def _daemon_on(setup: Setup, server: DovecotServer) -> tuple[DovecotMailbox, subprocess.Popen[bytes]]:
    """The daemon started and ready on one account of ``server``."""
    mailbox = server.new_mailbox()
    setup.write_config(_account_toml("work", mailbox))
    process = setup.start()
    setup.wait_for("READY=1")
    return mailbox, process


def test_a_server_restart_is_survived(setup, own_server):
    mailbox, process = _daemon_on(setup, own_server)
    own_server.restart()
    mailbox.append("INBOX", rejection("Corvid", 3))
    setup.wait_until(lambda: announcements(setup.smtp, "Corvid") >= 1, "the Corvid notice after a restart")
    assert setup.stop(process) == 0
    assert announcements(setup.smtp, "Corvid") == 1


def _not_read(setup: Setup) -> list[dict[str, Any]]:
    done = setup.command("status", "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["not_read"]


def test_a_lost_server_is_shown_by_status_between_syncs_until_push_is_back(setup, own_server):
    """Before, the daemon kept a lost IDLE connection and its failing reconnects to itself:
    until the next poll (minutes away), `watcher status` read the last good sync and said
    nothing of it, as if nothing new had come."""
    _, process = _daemon_on(setup, own_server)
    assert _not_read(setup) == []

    own_server.stop()  # the IDLE connection drops, and every reconnect is refused
    setup.wait_until(lambda: any(i["retrying"] for i in _not_read(setup)), "status saying it is retrying")
    [item] = _not_read(setup)
    assert item["account"] == "work" and item["folder"] is None and item["since"]
    status = setup.command("status")
    assert status.returncode == 0
    assert "account work: server unreachable since" in status.stdout and "retrying" in status.stdout
    assert "news from account work is unknown" in status.stdout  # the to-do list's caveat
    todo = setup.command("todo", "--json")
    assert [i["account"] for i in json.loads(todo.stdout)["not_read"]] == ["work"]

    own_server.start()  # same port: push comes back by itself, within a minute at most
    _wait_until(lambda: _not_read(setup) == [], 90, "status clear once push is back")
    assert "unreachable" not in setup.command("status").stdout

    own_server.stop()  # lost again, and then the service stops: nobody is retrying any more
    setup.wait_until(lambda: any(i["retrying"] for i in _not_read(setup)), "status saying it is retrying")
    [lost] = _not_read(setup)
    assert setup.stop(process) == 0
    [stopped] = _not_read(setup)
    assert not stopped["retrying"] and stopped["since"] == lost["since"]  # still unknown since the loss
    assert "account work: NOT SYNCED since" in setup.command("status").stdout
    own_server.start()
    assert setup.command("scan", "--no-notify").returncode == 0
    assert _not_read(setup) == []


def test_a_service_killed_while_its_server_is_down_is_not_shown_retrying(setup, own_server):
    """Before, a service killed (SIGKILL, the OOM killer) while the server was unreachable
    left `watcher status` saying "retrying" for good, with nobody trying."""
    _, process = _daemon_on(setup, own_server)
    own_server.stop()
    setup.wait_until(lambda: any(i["retrying"] for i in _not_read(setup)), "status saying it is retrying")
    [lost] = _not_read(setup)
    process.kill()
    process.wait(10)  # reaped, as systemd does
    [ended] = _not_read(setup)
    assert ended["account"] == "work" and not ended["retrying"] and ended["since"] == lost["since"]
    status = setup.command("status").stdout
    assert "account work: NOT SYNCED since" in status and "the service that was retrying has ended" in status
    assert "retrying (last try" not in status
    own_server.start()
    assert setup.command("scan", "--no-notify").returncode == 0
    assert _not_read(setup) == []


def newsletter(number: int) -> bytes:
    """Unrelated mail: it costs the sync a little time and is kept nowhere."""
    return (
        f"From: News <news@digest{number % 7}.example>\r\nTo: me@example.org\r\nSubject: Weekly digest {number}\r\n"
        f"Message-ID: <digest-{number}@digest.example>\r\nDate: {format_datetime(datetime.now(UTC))}\r\n"
        "List-Id: <weekly.digest.example>\r\n\r\nThis week in widgets.\r\n"
    ).encode()


class SlowRecordingHandler(RecordingHandler):
    """Records the message, then takes its time to say so: a kill can fall between the two."""

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        reply = await super().handle_DATA(server, session, envelope)
        await asyncio.sleep(0.5)
        return reply


@pytest.fixture
def slow_setup(tmp_path: Path, dovecot_server: DovecotServer) -> Iterator[Setup]:
    smtp = SmtpServer(host="127.0.0.1", port=free_port(), ca_file=tmp_path, user="", password="")
    controller = Controller(SlowRecordingHandler(smtp), hostname=smtp.host, port=smtp.port)
    controller.start()
    made = Setup(tmp_path, smtp, dovecot_server.password)
    try:
        yield made
    finally:
        made.close()
        controller.stop()
        print(made.log_text())


def _started_work(setup: Setup) -> bool:
    return '"trigger": "start"' in setup.logs[-1].read_text(errors="replace")


def test_kill_9_at_random_moments_loses_nothing_and_repeats_nothing(slow_setup, dovecot):
    setup = slow_setup
    seed = random.randrange(1_000_000)
    print(f"random seed {seed}")
    chance = random.Random(seed)
    setup.write_config(_account_toml("work", dovecot))
    delivered: list[tuple[str, str]] = []  # (company, message id)
    for number, company in enumerate(COMPANIES[:5], start=1):
        for filler in range(30):
            dovecot.append("INBOX", newsletter(number * 100 + filler))
        dovecot.append("INBOX", rejection(company, number))
        delivered.append((company, f"<reply-{number}@{company.lower()}.example>"))
        process = setup.start()
        setup.wait_until(lambda: _started_work(setup), "the daemon to start syncing")
        time.sleep(chance.uniform(0.0, 1.0))  # somewhere in the sync, the sending, or after
        process.kill()
        process.wait(10)

    readies = setup.notify.count("READY=1")
    process = setup.start()
    setup.wait_for("READY=1", times=readies + 1)  # after its first sync and notices
    assert setup.stop(process) == 0

    assert _integrity(setup.database) == "ok"
    assert _stored(setup.database, [mid for _, mid in delivered]) == {mid: 1 for _, mid in delivered}
    notices = _notice_rows(setup.database)
    print(
        "notices (state, attempts, e-mails):",
        {c: (*notices[c.lower()], announcements(setup.smtp, c)) for c, _ in delivered},
    )
    for company, _ in delivered:
        state, attempts = notices[company.lower()]
        count = announcements(setup.smtp, company)
        # Exactly once; a send cut short by a kill may be made once more, and after that
        # uncertainty twice over it is given up rather than risk a third.
        assert state in ("sent", "given_up"), (company, state)
        assert count <= attempts <= 2, (company, count, attempts)
        if state == "sent":
            assert count >= 1, company
        if state == "sent" and attempts == 1:
            assert count == 1, company


def test_a_server_without_idle_is_polled(setup, dovecot_no_idle):
    setup.write_config(_account_toml("work", dovecot_no_idle, poll_interval=10))
    process = setup.start()
    setup.wait_for("READY=1")
    dovecot_no_idle.append("INBOX", rejection("Dunmore", 4))
    setup.wait_until(lambda: announcements(setup.smtp, "Dunmore") >= 1, "the Dunmore notice by polling")
    assert setup.stop(process) == 0
    text = setup.log_text()
    assert "server offers no IDLE" in text
    assert '"poll"' in text or "poll " in text


def test_sighup_with_a_broken_config_keeps_the_old_one(setup, dovecot):
    setup.write_config(_account_toml("work", dovecot))
    process = setup.start()
    setup.wait_for("READY=1")

    setup.config.write_text(
        setup.config.read_text().replace('type = "imap"', 'type = "imap"\nport = "not a port"')
    )
    process.send_signal(signal.SIGHUP)
    setup.wait_for("RELOADING=1")
    setup.wait_for("READY=1", times=2)
    assert process.poll() is None
    assert any("config reload failed" in line for line in setup.notify.lines)

    dovecot.append("INBOX", rejection("Evergreen", 5))
    setup.wait_until(lambda: announcements(setup.smtp, "Evergreen") >= 1, "a notice after the failed reload")
    assert setup.stop(process) == 0
    assert _integrity(setup.database) == "ok"
    assert "config error" in setup.log_text()


def test_sighup_with_a_broken_interviews_file_logs_it_and_keeps_the_interviews(setup, dovecot):
    setup.write_config(_account_toml("work", dovecot))
    process = setup.start()
    setup.wait_for("READY=1")

    interviews = setup.folder / "interviews.toml"
    interviews.write_text(interviews.read_text().replace('company = "Acme"', 'company = "Acme', 1))
    process.send_signal(signal.SIGHUP)
    setup.wait_for("READY=1", times=2)
    assert process.poll() is None

    # The interviews read at the start still stand: news from one of them is announced.
    dovecot.append("INBOX", rejection("Acme", 8))
    setup.wait_until(lambda: announcements(setup.smtp, "Acme") >= 1, "a notice after the broken file")
    assert setup.stop(process) == 0
    unread = [json.loads(line) for line in setup.log_text().splitlines()
              if '"interviews file not read"' in line]
    assert len(unread) == 1, setup.log_text()
    assert unread[0]["level"] == "error"
    assert str(interviews) in unread[0]["error"] and "line 3" in unread[0]["error"]
    assert "reads it again as soon as it changes" in unread[0]["error"]
    with sqlite3.connect(setup.database) as conn:
        kept = {row[0] for row in conn.execute("SELECT id FROM interviews")}
    assert kept == {c.lower() for c in COMPANIES}


def _log_events(setup: Setup, event: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in setup.log_text().splitlines() if f'"{event}"' in line]


def test_an_interview_added_to_the_file_is_watched_without_a_restart(setup, dovecot):
    """Before, the daemon read the interviews file only at its start and at a reload: an
    interview added by editing the file was not watched until then."""
    setup.write_config(_account_toml("work", dovecot))
    process = setup.start()
    setup.wait_for("READY=1")
    # The reply comes before the interview is logged: the sync that follows the edit reads
    # the mail already seen again for it.
    dovecot.append("INBOX", rejection("Hollis", 20))
    setup.wait_until(lambda: len(_log_events(setup, "account synced")) >= 2, "the sync of the reply")

    interviews = setup.folder / "interviews.toml"
    interviews.write_text(interviews.read_text() + "\n" + _interviews_toml(
        ("Hollis",), datetime.now(UTC) - timedelta(days=1)))
    setup.wait_until(lambda: announcements(setup.smtp, "Hollis") >= 1, "the Hollis notice after the edit")
    dovecot.append("INBOX", rejection("Hollis", 21))  # and news after it is watched as well
    assert process.poll() is None
    assert setup.stop(process) == 0
    assert _log_events(setup, "interviews file changed")
    assert announcements(setup.smtp, "Hollis") == 1
    with sqlite3.connect(setup.database) as conn:
        assert conn.execute("SELECT origin FROM interviews WHERE id = 'hollis'").fetchone() == ("file",)


def test_a_bad_edit_of_the_interviews_file_is_told_once_and_the_last_good_rows_stand(setup, dovecot):
    setup.write_config(_account_toml("work", dovecot))
    process = setup.start()  # its watchdog wakes the main loop every second: many looks at the file
    setup.wait_for("READY=1")
    interviews = setup.folder / "interviews.toml"
    good = interviews.read_text()
    interviews.write_text(good.replace('company = "Bluefin"\nwhen = ', 'company = "Bluefin"\nwhen = "soon"\n#', 1))
    setup.wait_until(lambda: _log_events(setup, "interview row skipped"), "the bad row in the log")
    setup.wait_until(lambda: any("interviews file: 1 problem" in line for line in setup.notify.lines),
                     "the problem in the service status")
    time.sleep(3)  # the loop looks at the unchanged file again and again: nothing more is said

    # Bluefin's earlier row stands: its news is announced all the same.
    dovecot.append("INBOX", rejection("Bluefin", 22))
    setup.wait_until(lambda: announcements(setup.smtp, "Bluefin") >= 1, "the Bluefin notice")
    interviews.write_text(good)  # fixed
    setup.wait_until(lambda: _log_events(setup, "interviews file read without problems"), "the fixed file")
    assert setup.stop(process) == 0

    skipped = _log_events(setup, "interview row skipped")
    assert len(skipped) == 1, skipped
    assert "interview[1] (id 'bluefin'): when:" in skipped[0]["error"]
    assert str(interviews) in skipped[0]["error"] and "line " in skipped[0]["error"]
    with sqlite3.connect(setup.database) as conn:
        kept = {row[0] for row in conn.execute("SELECT id FROM interviews")}
    assert kept == {c.lower() for c in COMPANIES}


def test_sighup_adds_an_account_without_a_restart(setup, dovecot, dovecot_server):
    setup.write_config(_account_toml("work", dovecot))
    process = setup.start()
    setup.wait_for("READY=1")

    second = dovecot_server.new_mailbox()
    setup.write_config(_account_toml("work", dovecot) + "\n" + _account_toml("home", second))
    process.send_signal(signal.SIGHUP)
    setup.wait_for("READY=1", times=2)
    assert any(line.startswith("STATUS=2 accounts") for line in setup.notify.lines)

    second.append("INBOX", rejection("Foxglove", 6))
    setup.wait_until(lambda: announcements(setup.smtp, "Foxglove") >= 1, "a notice from the added account")
    assert setup.stop(process) == 0


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_stop_signal_while_idle_stops_cleanly(setup, dovecot, signum):
    setup.write_config(_account_toml("work", dovecot))
    process = setup.start()
    setup.wait_for("READY=1")
    # In IDLE: the push connection began it before it asked for the sync that follows.
    setup.wait_until(lambda: any(e.get("trigger") == "idle connected" for e in _log_events(setup, "sync")),
                     "the push connection in IDLE")
    process.send_signal(signum)
    assert setup.exited(process) == 0
    assert "STOPPING=1" in setup.notify.lines
    assert _integrity(setup.database) == "ok"
    assert "daemon stopped" in setup.log_text()


def _is_login_notice(message) -> bool:
    return "cannot log in to mail account old" in (str(message["Subject"]) + message.get_content()).lower()


def test_a_refused_login_is_announced_once_and_the_other_account_goes_on(setup, dovecot, dovecot_server):
    refused = dovecot_server.new_mailbox()
    accounts = (
        _account_toml("work", dovecot)
        + "\n"
        + _account_toml("old", refused, password_env=WRONG_PASSWORD_VARIABLE, poll_interval=10)
    )
    setup.write_config(accounts, daemon="poll_interval = 10\n")
    process = setup.start()
    setup.wait_for("READY=1")
    setup.wait_until(lambda: any(_is_login_notice(m) for m in setup.smtp.messages), "the account error notice")

    dovecot.append("INBOX", rejection("Granite", 7))
    setup.wait_until(lambda: announcements(setup.smtp, "Granite") >= 1, "news from the working account")
    time.sleep(12)  # a poll round passes: the refused account is not tried again, nor announced again
    assert setup.stop(process) == 0

    errors = [m for m in setup.smtp.messages if _is_login_notice(m)]
    assert len(errors) == 1
    text = setup.log_text()
    assert "not the password" not in text
    failed_syncs = [line for line in text.splitlines() if "account sync failed" in line and '"old"' in line]
    assert len(failed_syncs) == 1, failed_syncs  # at start only: polls leave it alone for 30 minutes
    assert any("login refused: old" in line for line in setup.notify.lines)
    with sqlite3.connect(setup.database) as conn:
        row = conn.execute("SELECT error FROM folders WHERE account = 'old' AND folder = '*'").fetchone()
    assert row is not None and "authentication failed" in row[0]


def test_a_refused_password_notice_names_where_the_password_came_from(setup, dovecot_server):
    """The notice of a password read from password_env says to fix that variable, as the scan's
    report does: before, it said `watcher login old`, which changes nothing for such an account
    (the variable is read before the keyring)."""
    refused = dovecot_server.new_mailbox()
    setup.write_config(_account_toml("old", refused, password_env=WRONG_PASSWORD_VARIABLE))
    env = {**os.environ, WRONG_PASSWORD_VARIABLE: "not the password", "HOME": str(setup.folder),
           "XDG_STATE_HOME": str(setup.folder / "xdg-state")}
    result = subprocess.run([sys.executable, "-m", "watcher", "--config", str(setup.config), "scan"],
                            capture_output=True, text=True, env=env, cwd=setup.folder, timeout=120)
    assert result.returncode == 1, result.stdout + result.stderr
    _wait_until(lambda: any(_is_login_notice(m) for m in list(setup.smtp.messages)), WAIT, "the login notice")
    [notice] = [m for m in setup.smtp.messages if _is_login_notice(m)]
    text = " ".join(notice.get_content().split())
    assert f"The server refused the password from the environment variable {WRONG_PASSWORD_VARIABLE}" in text
    assert "watcher login" not in text
    assert "not the password" not in text + result.stdout + result.stderr


def test_a_refused_password_is_announced_once_per_refusal_across_restarts_and_scans(setup, dovecot_server):
    """Before, each daemon start announced the same refused password again (the record was
    in memory), and `watcher scan` never did."""
    refused = dovecot_server.new_mailbox()
    wrong = _account_toml("old", refused, password_env=WRONG_PASSWORD_VARIABLE)
    right = _account_toml("old", refused)

    def notices() -> int:
        return sum(_is_login_notice(m) for m in list(setup.smtp.messages))

    def scan() -> subprocess.CompletedProcess[str]:
        env = {**os.environ, PASSWORD_VARIABLE: setup.password, WRONG_PASSWORD_VARIABLE: "not the password",
               "HOME": str(setup.folder), "XDG_STATE_HOME": str(setup.folder / "xdg-state")}
        return subprocess.run([sys.executable, "-m", "watcher", "--config", str(setup.config), "scan"],
                              capture_output=True, text=True, env=env, cwd=setup.folder, timeout=120)

    def run_daemon(times: int) -> None:
        process = setup.start()
        setup.wait_for("READY=1", times=times)  # after its first sync, refused or not
        assert setup.stop(process) == 0

    setup.write_config(wrong)
    run_daemon(1)
    setup.wait_until(lambda: notices() >= 1, "the login notice")
    run_daemon(2)  # a restart: the same refusal
    assert scan().returncode == 1  # a scan: the same refusal
    assert notices() == 1

    setup.write_config(right)
    assert scan().returncode == 0  # it logs in: the refusal is over
    setup.write_config(wrong)
    assert scan().returncode == 1  # a new refusal, announced by the scan
    setup.wait_until(lambda: notices() >= 2, "the second login notice")
    run_daemon(3)
    assert notices() == 2
    assert "not the password" not in setup.log_text()


def test_waking_from_sleep_polls_at_once():
    daemon = Daemon(Path("unused.toml"), notify=False, notifier=Notifier(None), watchdog_every=None)
    daemon._keep_alive()
    assert daemon.events.empty()
    daemon._clock_offset -= 3600  # the wall clock moved an hour more than the monotonic one
    daemon._keep_alive()
    assert daemon.events.get_nowait() == Tick("poll")


def test_a_timer_missed_for_hours_runs_once():
    scheduler = Daemon._new_scheduler()
    runs: list[datetime] = []
    done = threading.Event()

    def job() -> None:
        runs.append(datetime.now(UTC))
        done.set()

    # Five hourly runs were missed while the machine slept.
    scheduler.add_job(
        job, "interval", hours=1, next_run_time=datetime.now(UTC) - timedelta(hours=5, minutes=1)
    )
    scheduler.start()
    try:
        assert done.wait(WAIT), "the missed timer never ran"
        time.sleep(1)  # room for a burst, were there one
    finally:
        scheduler.shutdown()
    assert len(runs) == 1


def test_the_policy_timer_follows_the_next_due_step():
    daemon = Daemon(Path("unused.toml"), notify=False, notifier=Notifier(None), watchdog_every=None)
    daemon.scheduler = Daemon._new_scheduler()
    now = datetime(2026, 11, 3, 12, tzinfo=UTC)
    due = now + timedelta(days=1, hours=-3)

    def result(*dues: datetime | None) -> SimpleNamespace:
        states = [
            SimpleNamespace(
                interview=SimpleNamespace(company=f"C{n}"),
                decision=Decision(
                    interview=f"c{n}", status="awaiting", next_step=Step("follow_up_1", d) if d else None
                ),
            )
            for n, d in enumerate(dues)
        ]
        return SimpleNamespace(interviews=states)

    daemon._plan_next_due(result(due + timedelta(days=3), due, None), now)
    job = daemon.scheduler.get_job("policy-due")
    assert job is not None and job.trigger.run_date == due + timedelta(seconds=1)
    assert daemon.next_step == (due, "C1: follow up")

    daemon._plan_next_due(result(None), now)  # nothing left to wait for
    assert daemon.scheduler.get_job("policy-due") is None
    assert daemon.next_step is None


def test_push_wake_ups_need_no_new_login(setup, dovecot, dovecot_server):
    setup.write_config(_account_toml("work", dovecot))
    process = setup.start()
    setup.wait_for("READY=1")

    def logins() -> int:
        return dovecot_server.log_text().count(f"Login: user=<{dovecot.user}>")

    first, *others = COMPANIES[:3]
    dovecot.append("INBOX", rejection(first, 1))
    setup.wait_until(lambda: announcements(setup.smtp, first) >= 1, f"the {first} notice")
    before = logins()
    assert before >= 2  # the IDLE session and the kept sync session
    for number, company in enumerate(others, start=2):
        dovecot.append("INBOX", rejection(company, number))
        setup.wait_until(lambda c=company: announcements(setup.smtp, c) >= 1, f"the {company} notice")
    # The only new logins are the test's own APPENDs: each wake-up read the new mail on the
    # IDLE connection that heard of it.
    assert logins() == before + len(others)
    assert setup.stop(process) == 0


def test_a_step_falling_due_soon_after_the_start_is_announced_when_due(setup, dovecot):
    """The first evaluation at start sets the timer of the next due step: a follow-up due
    seconds after the start is announced then, not at the first periodic evaluation (an hour
    here)."""
    when = datetime.now(UTC) - timedelta(days=30)
    (setup.folder / "interviews.toml").write_text(
        f'[[interview]]\nid = "acme"\ncompany = "Acme"\nwhen = {when.isoformat(timespec="seconds")}\n'
        'contacts = ["jane@acme.example"]\n'
    )
    setup.write_config(_account_toml("work", dovecot), daemon="poll_interval = 3600\npolicy_interval = 3600\n")
    every_hour = setup.config.read_text().replace(
        '[policy]\ntimezone = "UTC"\n',
        '[policy]\ntimezone = "UTC"\nworking_hours = "00:00-24:00"\n'
        'work_days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]\n')
    setup.config.write_text(every_hour)
    env = {**os.environ, "HOME": str(setup.folder), "XDG_STATE_HOME": str(setup.folder / "xdg-state")}

    def cli(*args: str) -> None:
        done = subprocess.run([sys.executable, "-m", "watcher", "--config", str(setup.config), *args],
                              capture_output=True, text=True, env=env, cwd=setup.folder, timeout=60)
        assert done.returncode == 0, done.stderr

    cli("interview", "import", str(setup.folder / "interviews.toml"))
    until = (datetime.now(UTC) + timedelta(seconds=15)).replace(microsecond=0)
    cli("snooze", "acme", until.strftime("%Y-%m-%dT%H:%M:%S+00:00"))
    setup.start()
    setup.wait_for("READY=1")
    assert not setup.smtp.messages  # snoozed: nothing due yet at the start
    # The service status names the moment of the next notice as what it is.
    ready = [line for line in setup.notify.lines if line.startswith("STATUS=")]
    assert f"next notice {until:%a %d %b %H:%M} (Acme: follow up)" in ready[-1], ready

    setup.wait_until(lambda: any("Acme" in str(m["Subject"]) for m in list(setup.smtp.messages)),
                     "the follow-up notice at its due time")


def test_the_service_status_counts_the_steps_announced_and_still_to_do(setup, dovecot):
    """`systemctl --user status watcher` shows the daemon's STATUS= line: a follow-up announced
    at the start and not yet sent is still to do, never "nothing due"."""
    when = datetime.now(UTC) - timedelta(days=30)
    (setup.folder / "interviews.toml").write_text(
        f'[[interview]]\nid = "acme"\ncompany = "Acme"\nwhen = {when.isoformat(timespec="seconds")}\n'
        'contacts = ["jane@acme.example"]\n'
    )
    setup.write_config(_account_toml("work", dovecot), daemon="poll_interval = 3600\npolicy_interval = 3600\n")
    setup.config.write_text(setup.config.read_text().replace(
        '[policy]\ntimezone = "UTC"\n',
        '[policy]\ntimezone = "UTC"\nworking_hours = "00:00-24:00"\n'
        'work_days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]\n'))
    process = setup.start()
    setup.wait_for("READY=1")
    setup.wait_until(lambda: any("Acme" in str(m["Subject"]) for m in list(setup.smtp.messages)),
                     "the follow-up notice")
    statuses = [line for line in setup.notify.lines if line.startswith("STATUS=1 account")]
    assert statuses and "1 step to do now (watcher todo)" in statuses[-1], statuses
    assert "nothing due" not in statuses[-1]
    assert setup.stop(process) == 0
