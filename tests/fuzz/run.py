"""Malformed mail through watcher: the middle of the pipeline in process, and the real
`watcher scan` over a Maildir and over Dovecot.

What counts as a failure:
- in process: any exception from parsing, matching or classifying other than
  ``UnparseableMessage`` (the one way a message may be refused: sync logs and skips it);
- in a scan: an exit code other than the clean corpus's (0), an account or folder not
  synced, a folder cursor short of the last message (the scan stopped), or a skipped
  message whose log line lacks its account, folder and UID.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
import traceback
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.fuzz.mutations import CORPUS, Sample
from watcher import classify, match
from watcher.interviews_file import load_interviews
from watcher.parse import UnparseableMessage, parse_headers, parse_message
from watcher.pipeline import looks_like_invitation

REPO = Path(__file__).resolve().parent.parent.parent
ME = "user@example.org"
ZONE = ZoneInfo("Europe/Berlin")


@dataclass(frozen=True)
class Crash:
    """A sample that broke something: where, and how."""

    number: int
    mutations: tuple[str, ...]
    stage: str
    error: str


@dataclass
class PipelineFigures:
    """What the in-process run saw."""

    messages: int = 0
    unparseable: int = 0
    matched: int = 0
    classified: int = 0
    seconds: float = 0.0
    slowest: tuple[float, int] = (0.0, -1)  # seconds, sample number
    crashes: list[Crash] = field(default_factory=list)


def _header_block(raw: bytes) -> bytes:
    ends = [raw.find(sep) + len(sep) for sep in (b"\r\n\r\n", b"\n\n") if sep in raw]
    return raw[: min(ends)] if ends else raw


def quiet_logs() -> None:
    """Only errors from watcher and mail-parser: a run reads thousands of broken messages."""
    import logging

    from watcher import log as logsetup

    logsetup.setup(-1)
    logging.getLogger("mailparser").setLevel(logging.CRITICAL)


def through_pipeline(samples: Iterable[Sample]) -> PipelineFigures:
    """Parse (header block, then whole message), match and classify every sample."""
    interviews, errors = load_interviews(CORPUS / "interviews.toml")
    assert not errors, errors
    index = match.build_index(interviews, [ME])
    company = {i.id: i.company for i in interviews}
    threads: dict[str, str] = {}
    figures = PipelineFigures()
    me = frozenset({ME})
    started = time.monotonic()
    for item in samples:
        figures.messages += 1
        began = time.monotonic()
        stage = "parse_headers"
        try:
            where = dict(account="fuzz", folder="INBOX", uid=item.number + 1, arrival=datetime.now(UTC),
                         me=me, sent_folder=False)
            try:
                parse_headers(_header_block(item.raw), **where)
                stage = "parse_message"
                mail = parse_message(item.raw, **where)
            except UnparseableMessage:
                figures.unparseable += 1
                continue
            stage = "may_concern"
            match.may_concern(mail, index, threads)
            stage = "match"
            found = match.match(mail, index, threads)
            figures.matched += bool(found.interview)
            stage = "classify"
            classify.classify(mail, interview_company=company.get(found.interview or ""), zone=ZONE)
            looks_like_invitation(mail)
            figures.classified += 1
        except Exception as exc:  # the point of the run: collect every failure, stop at none
            last = traceback.extract_tb(exc.__traceback__)[-1]
            figures.crashes.append(Crash(item.number, item.mutations, stage,
                                         f"{type(exc).__name__} at {Path(last.filename).name}:{last.lineno}: "
                                         f"{str(exc)[:200]}"))
        finally:
            spent = time.monotonic() - began
            if spent > figures.slowest[0]:
                figures.slowest = (spent, item.number)
    figures.seconds = time.monotonic() - started
    return figures


@dataclass
class ScanFigures:
    """What one `watcher scan` over the samples saw."""

    messages: int = 0
    delivered: int = 0
    exit_code: int = -1
    seconds: float = 0.0
    skipped_logged: int = 0
    tied: int = 0
    problems: list[str] = field(default_factory=list)


def _config(folder: Path, account: str) -> Path:
    config = folder / "config.toml"
    config.write_text(
        f'interviews_file = "{CORPUS / "interviews.toml"}"\n[me]\naddresses = ["{ME}"]\n'
        f'[database]\npath = "w.db"\n[policy]\ntimezone = "Europe/Berlin"\n' + account
    )
    return config


def _scan(config: Path, env: dict[str, str] | None = None) -> tuple[subprocess.CompletedProcess[str], float]:
    began = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "watcher", "--config", str(config), "-v", "scan", "--json", "--no-notify",
         "--now", "2025-12-31T12:00"],
        capture_output=True, text=True, timeout=3600, cwd=REPO, env={**os.environ, **(env or {})},
    )
    return result, time.monotonic() - began


def _judge(figures: ScanFigures, result: subprocess.CompletedProcess[str], database: Path,
           account: str, last_uids: dict[str, int]) -> ScanFigures:
    figures.exit_code = result.returncode
    if result.returncode != 0:
        figures.problems.append(f"exit code {result.returncode}, the clean corpus gives 0: {result.stderr[-2000:]}")
        return figures
    report = json.loads(result.stdout)
    for entry in report["accounts"]:
        if not entry["ok"]:
            figures.problems.append(f"account {entry['account']} not synced: {entry['error']}")
        figures.problems += [f"folder {f['folder']}: {f['error']}" for f in entry["folders"] if f["error"]]
    figures.tied = sum(1 for m in report["messages"] if m["interview"])
    events = []
    for line in result.stderr.splitlines():
        if line.startswith("{"):
            try:
                events.append(json.loads(line))
            except json.JSONDecodeError:
                figures.problems.append(f"a log line is not JSON: {line[:200]}")
    skipped = [e for e in events if e.get("event") == "message_skipped"]
    figures.skipped_logged = len(skipped)
    for event in skipped:
        if event.get("account") != account or not event.get("folder") or not isinstance(event.get("uid"), int):
            figures.problems.append(f"a skipped message without account, folder and UID: {event}")
    conn = sqlite3.connect(database)
    try:
        cursors = dict(conn.execute("SELECT folder, last_uid FROM folders WHERE account = ?", (account,)))
    finally:
        conn.close()
    for folder, last in last_uids.items():
        if cursors.get(folder, 0) < last:
            figures.problems.append(f"the scan stopped in {folder} at UID {cursors.get(folder)} of {last}")
    return figures


def through_maildir_scan(samples: Sequence[Sample], folder: Path) -> ScanFigures:
    """Write the samples into a Maildir (arrival = sample order) and scan it for real."""
    import mailbox

    inbox = folder / "inbox"
    box = mailbox.Maildir(inbox, create=True)
    base = datetime(2025, 6, 20, tzinfo=UTC).timestamp()
    for item in samples:
        key = box.add(item.raw)
        path = inbox / box._lookup(key)  # type: ignore[attr-defined]
        os.utime(path, (base + item.number, base + item.number))
    figures = ScanFigures(messages=len(samples), delivered=len(samples))
    config = _config(folder, f'[[account]]\nname = "fuzz"\ntype = "maildir"\npath = "{inbox}"\nlookback_days = 3650\n')
    result, figures.seconds = _scan(config)
    return _judge(figures, result, folder / "w.db", "fuzz", {"INBOX": len(samples)})


def through_dovecot_scan(samples: Sequence[Sample], mailbox: object, folder: Path) -> ScanFigures:
    """APPEND the samples to a Dovecot mailbox (``DovecotMailbox``) and scan it for real.
    A sample the server refuses at APPEND is not delivered (and counted apart)."""
    from imapclient.exceptions import IMAPClientError

    figures = ScanFigures(messages=len(samples))
    last_uid = 0
    with mailbox.client() as client:  # type: ignore[attr-defined]
        for item in samples:
            try:
                response = client.append("INBOX", item.raw, msg_time=datetime(2025, 6, 20, tzinfo=UTC))
            except IMAPClientError:
                continue
            figures.delivered += 1
            last_uid = max(last_uid, int(response.split(b"]")[0].split()[-1]))
    account = (f'[[account]]\nname = "fuzz"\ntype = "imap"\nhost = "{mailbox.host}"\nport = {mailbox.port}\n'  # type: ignore[attr-defined]
               'tls = "none"\nusername = "' + mailbox.user + '"\npassword_env = "FUZZ_PW"\nlookback_days = 3650\n')  # type: ignore[attr-defined]
    config = _config(folder, account)
    result, figures.seconds = _scan(config, {"FUZZ_PW": mailbox.password})  # type: ignore[attr-defined]
    return _judge(figures, result, folder / "w.db", "fuzz", {"INBOX": last_uid})
