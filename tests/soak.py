"""Crash soak: `watcher run` killed with SIGKILL at random moments while replies arrive
(APPEND to Dovecot) and reminders fall due (interviews logged meanwhile, their thank-you
due at once), with a real SMTP server and a private D-Bus session bus as the channels;
restarted after each kill. After every kill `PRAGMA integrity_check` must say `ok`; at the
end every reply and every due step must have been announced on both channels, none more
than twice (the documented at-most-once-more after a kill between send and record).

    python -m tests.soak --kills 100 --seed 1

(needs Debian's dovecot-imapd and dbus, as the test suite does); `tests/test_soak.py`
runs a short version.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from tests.child_process import dies_with_this_process

REPO = Path(__file__).resolve().parent.parent
ME = "me@example.org"
SETTLE_SECONDS = 120  # how long the last run may take to announce what is still pending


@dataclass
class SoakFigures:
    """What the soak saw; ``problems`` empty means it passed."""

    kills: int = 0
    replies: int = 0
    reminders: int = 0
    seconds: float = 0.0
    integrity_checks_ok: int = 0
    delivered: dict[str, dict[str, int]] = field(default_factory=dict)  # channel -> company -> times
    repeated: dict[str, list[str]] = field(default_factory=dict)  # channel -> companies announced twice
    problems: list[str] = field(default_factory=list)


def _reply(number: int) -> bytes:
    now = datetime.now(UTC)
    return (
        f"From: Dana Reply <dana@reply{number}.example>\r\nTo: {ME}\r\n"
        f"Subject: Your application\r\nDate: {format_datetime(now)}\r\n"
        f"Message-ID: <reply-{number}-{int(now.timestamp())}@reply{number}.example>\r\n\r\n"
        "Hello,\r\n\r\nthank you for your time. After careful consideration we have decided to move "
        "forward with other candidates.\r\n\r\nBest wishes,\r\nDana\r\n"
    ).encode()


def _company(kind: str, number: int) -> str:
    return f"{kind} Widgets {number:03d}"


def _config(folder: Path, mailbox: Any, smtp_port: int) -> Path:
    config = folder / "config.toml"
    config.write_text(
        f'[me]\naddresses = ["{ME}"]\n[database]\npath = "w.db"\n'
        '[policy]\ntimezone = "UTC"\nworking_hours = "00:00-24:00"\nwork_days = [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\", \"sat\", \"sun\"]\n'
        "ask_feedback = false\n"
        "[daemon]\npolicy_interval = 10\npoll_interval = 10\n"
        "[notify.desktop]\nenabled = true\n"
        f'[notify.email]\nto = "{ME}"\nfrom = "watcher@example.org"\nhost = "127.0.0.1"\n'
        f'port = {smtp_port}\ntls = "none"\n'
        f'[[account]]\nname = "work"\ntype = "imap"\nhost = "{mailbox.host}"\nport = {mailbox.port}\n'
        f'tls = "none"\nusername = "{mailbox.user}"\npassword_env = "SOAK_IMAP"\nlookback_days = 7\n'
    )
    return config


def _watcher(config: Path, env: dict[str, str], *args: str) -> None:
    result = subprocess.run([sys.executable, "-m", "watcher", "--config", str(config), "-q", *args],
                            capture_output=True, text=True, timeout=120, env=env, cwd=REPO)
    if result.returncode != 0:
        raise RuntimeError(f"watcher {' '.join(args)} failed: {result.stderr}")


def _add_interview(config: Path, env: dict[str, str], kind: str, number: int, when: datetime) -> str:
    company = _company(kind, number)
    _watcher(config, env, "interview", "add", "--company", company, "--when", when.strftime("%Y-%m-%dT%H:%M"),
             "--domain", f"{kind.lower()}{number}.example", "--contact", f"dana@{kind.lower()}{number}.example")
    return f"{kind.lower()}-widgets-{number:03d}-{when.date().isoformat()}"


def _integrity(database: Path) -> str:
    if not database.exists():
        return "ok"
    conn = sqlite3.connect(database)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def _pending(database: Path, expected: dict[str, str]) -> list[str]:
    """The expected (interview, action) pairs not yet recorded as sent on both channels."""
    conn = sqlite3.connect(database)
    try:
        sent = {(i, a, c) for i, a, c in conn.execute(
            "SELECT interview, action, channel FROM notices WHERE state = 'sent'")}
    finally:
        conn.close()
    return [f"{i} {a} {c}" for i, a in expected.items() for c in ("desktop", "email") if (i, a, c) not in sent]


def run_soak(*, kills: int, seed: int, folder: Path, mailbox: Any, smtp: Any, notices: Any,
             bus_address: str, lifetime: tuple[float, float] = (0.3, 6.0)) -> SoakFigures:
    """Kill and restart the daemon ``kills`` times (after a random ``lifetime`` in seconds
    each), with one reply and one new interview between kills on average. ``smtp`` has
    ``.port`` and ``.messages`` (email.message.Message list); ``notices`` has ``.calls``
    (the Notify arguments) as the test fixtures give them."""
    rng = random.Random(seed)
    figures = SoakFigures()
    config = _config(folder, mailbox, smtp.port)
    database = folder / "w.db"
    env = {**os.environ, "SOAK_IMAP": mailbox.password, "DBUS_SESSION_BUS_ADDRESS": bus_address}
    began = time.monotonic()
    now = datetime.now(UTC)
    expected: dict[str, str] = {}  # interview id -> the action that must be announced
    companies: dict[str, str] = {}
    replies = max(1, kills // 2)
    for number in range(replies):  # interviews that will hear back, thanked already
        interview = _add_interview(config, env, "Reply", number, now - timedelta(days=2))
        _watcher(config, env, "interview", "log", interview, "--sent", "thank_you", "--at",
                 (now - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M"))
        companies[interview] = _company("Reply", number)
    next_reply = next_fresh = 0
    for _ in range(kills):
        process = subprocess.Popen([sys.executable, "-m", "watcher", "--config", str(config), "-q", "run"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=REPO,
                                   preexec_fn=dies_with_this_process())
        deadline = time.monotonic() + rng.uniform(*lifetime)
        while time.monotonic() < deadline:  # news arrives and reminders fall due while it runs
            if next_reply < replies and rng.random() < 0.3:
                mailbox.append("INBOX", _reply(next_reply))
                interview = next(i for i, c in companies.items() if c == _company("Reply", next_reply))
                expected[interview] = "heard_back"
                next_reply += 1
            elif rng.random() < 0.2:
                interview = _add_interview(config, env, "Fresh", next_fresh, now - timedelta(days=1))
                companies[interview] = _company("Fresh", next_fresh)
                expected[interview] = "thank_you"
                next_fresh += 1
            time.sleep(min(0.2, max(0.0, deadline - time.monotonic())))
        process.send_signal(signal.SIGKILL)
        process.wait(30)
        figures.kills += 1
        verdict = _integrity(database)
        if verdict == "ok":
            figures.integrity_checks_ok += 1
        else:
            figures.problems.append(f"integrity_check after kill {figures.kills}: {verdict}")
    for number in range(next_reply, replies):  # the replies still due arrive before the last run
        mailbox.append("INBOX", _reply(number))
        expected[next(i for i, c in companies.items() if c == _company("Reply", number))] = "heard_back"
    figures.replies, figures.reminders = replies, next_fresh
    # The last run: left alone until everything is announced, then stopped politely.
    process = subprocess.Popen([sys.executable, "-m", "watcher", "--config", str(config), "-q", "run"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=REPO,
                               preexec_fn=dies_with_this_process())
    settle = time.monotonic() + SETTLE_SECONDS
    while _pending(database, expected) and time.monotonic() < settle and process.poll() is None:
        time.sleep(1)
    time.sleep(2)  # a digest recorded as sent is with the channel: let the fixtures record it
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    missing = _pending(database, expected)
    if missing:
        figures.problems.append(f"never announced: {missing[:10]} ({len(missing)} in all); "
                                f"last run said: {stderr.decode(errors='replace')[-1500:]}")
    figures.seconds = time.monotonic() - began
    texts = {
        "email": [m.get_body(("plain",)).get_content() if m.is_multipart() else m.get_content()
                  for m in smtp.messages],
        "desktop": [" ".join(str(part) for part in call) for call in notices.calls],
    }
    for channel, digests in texts.items():
        counts = {companies[i]: sum(companies[i] in text for text in digests) for i in expected}
        figures.delivered[channel] = counts
        figures.repeated[channel] = sorted(c for c, n in counts.items() if n == 2)
        for company, times in counts.items():
            if times == 0:
                figures.problems.append(f"{channel}: {company} never reached the channel")
            elif times > 2:
                figures.problems.append(f"{channel}: {company} announced {times} times")
    return figures


# -- the command: servers of its own ---------------------------------------------------


@contextlib.contextmanager
def _servers(folder: Path) -> Iterator[tuple[Any, Any, Any, str]]:
    from aiosmtpd.controller import Controller
    from jeepney.io.blocking import open_dbus_connection

    from tests import fixtures_dbus
    from tests.fixtures_dovecot import DovecotServer
    from tests.fixtures_smtp import HOST, RecordingHandler, SmtpServer, free_port

    smtp = SmtpServer(host=HOST, port=free_port(), ca_file=folder, user="", password="")
    controller = Controller(RecordingHandler(smtp), hostname=HOST, port=smtp.port)
    bus, address = fixtures_dbus._start_bus(folder / "dbus")
    notices = fixtures_dbus.NotificationServer(address=address)
    connection = open_dbus_connection(bus=address)
    notices.connection = connection
    stop = threading.Event()
    thread = threading.Thread(target=fixtures_dbus._serve, args=(connection, notices, stop), daemon=True)
    with DovecotServer() as dovecot:
        controller.start()
        try:
            fixtures_dbus._own_name(connection)
            thread.start()
            yield dovecot.new_mailbox(), smtp, notices, address
        finally:
            stop.set()
            thread.join(timeout=5)
            connection.close()
            fixtures_dbus._stop_bus(bus)
            controller.stop()


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.soak", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, help="write the figures here as JSON")
    args = parser.parse_args()
    import tempfile

    with tempfile.TemporaryDirectory(prefix="watcher-soak-") as tmp:
        folder = Path(tmp)
        (folder / "dbus").mkdir()
        with _servers(folder) as (mailbox, smtp, notices, address):
            figures = run_soak(kills=args.kills, seed=args.seed, folder=folder, mailbox=mailbox, smtp=smtp,
                               notices=notices, bus_address=address)
    print(f"{figures.kills} kills in {figures.seconds:.0f} s; integrity_check ok after {figures.integrity_checks_ok}; "
          f"{figures.replies} replies and {figures.reminders} reminders; announced twice: "
          f"email {len(figures.repeated.get('email', []))}, desktop {len(figures.repeated.get('desktop', []))}; "
          f"{len(figures.problems)} problems")
    for problem in figures.problems[:20]:
        print(f"  {problem}")
    if args.out:
        args.out.write_text(json.dumps(asdict(figures), indent=1))
    return 1 if figures.problems else 0


if __name__ == "__main__":
    sys.exit(main())
