"""The SQLite store: the pipeline's memory.

Interviews, sync cursors, the messages that concern an interview (header fields and
the facts drawn from them, never whole bodies), the user's own decisions and logged
events, and every notice with its intent and its confirmation.

One file, WAL mode, a versioned schema migrated forward on open, and every write in
one transaction, so a crash at any point leaves the database consistent.
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from watcher.model import (
    UNKNOWN_KIND,
    Classification,
    Event,
    FolderState,
    Interview,
    Mail,
    Match,
    MessageRecord,
    NoticeRecord,
)
from watcher.paths import make_private_folder

# Each entry migrates the schema from version i to i + 1. Never edit a shipped entry:
# append a new one.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE interviews (
        id            TEXT PRIMARY KEY,
        company       TEXT NOT NULL,
        role          TEXT,
        at            TEXT NOT NULL,
        contacts      TEXT NOT NULL DEFAULT '[]',
        domains       TEXT NOT NULL DEFAULT '[]',
        via           TEXT,
        feedback_by   TEXT,
        notes         TEXT,
        closed_at     TEXT,
        close_reason  TEXT,
        snoozed_until TEXT,
        policy        TEXT NOT NULL DEFAULT '{}',
        origin        TEXT NOT NULL DEFAULT 'cli',
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
    );
    CREATE TABLE folders (
        account       TEXT NOT NULL,
        folder        TEXT NOT NULL,
        uidvalidity   INTEGER NOT NULL,
        last_uid      INTEGER NOT NULL,
        synced_at     TEXT,
        error         TEXT,
        error_at      TEXT,
        PRIMARY KEY (account, folder)
    );
    CREATE TABLE messages (
        message_id    TEXT PRIMARY KEY,
        account       TEXT NOT NULL,
        folder        TEXT NOT NULL,
        uid           INTEGER,
        date          TEXT NOT NULL,
        from_addr     TEXT NOT NULL,
        from_name     TEXT NOT NULL DEFAULT '',
        to_addrs      TEXT NOT NULL DEFAULT '[]',
        cc_addrs      TEXT NOT NULL DEFAULT '[]',
        subject       TEXT NOT NULL DEFAULT '',
        in_reply_to   TEXT NOT NULL DEFAULT '[]',
        refs          TEXT NOT NULL DEFAULT '[]',
        direction     TEXT NOT NULL,
        interview     TEXT,
        confidence    REAL NOT NULL DEFAULT 0,
        reasons       TEXT NOT NULL DEFAULT '[]',
        review        INTEGER NOT NULL DEFAULT 0,
        candidates    TEXT NOT NULL DEFAULT '[]',
        kind          TEXT,
        kind_reasons  TEXT NOT NULL DEFAULT '[]',
        named_date    TEXT,
        asks_reply    INTEGER NOT NULL DEFAULT 0,
        invitation    TEXT,
        decided_by    TEXT NOT NULL DEFAULT 'rules',
        seen_at       TEXT NOT NULL
    );
    CREATE INDEX messages_interview ON messages (interview, date);
    CREATE TABLE decisions (
        message_id    TEXT PRIMARY KEY,
        interview     TEXT,
        kind          TEXT,
        at            TEXT NOT NULL
    );
    CREATE TABLE events (
        id            INTEGER PRIMARY KEY,
        interview     TEXT NOT NULL,
        kind          TEXT NOT NULL,
        at            TEXT NOT NULL,
        detail        TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE notices (
        interview     TEXT NOT NULL,
        action        TEXT NOT NULL,
        key           TEXT NOT NULL DEFAULT '',
        channel       TEXT NOT NULL,
        state         TEXT NOT NULL,
        attempts      INTEGER NOT NULL DEFAULT 0,
        intent_at     TEXT,
        sent_at       TEXT,
        error         TEXT,
        PRIMARY KEY (interview, action, key, channel)
    );
    """,
    # 2: interviews logged after their mail was read get that mail read again, once per account.
    """
    CREATE TABLE backfills (
        interview     TEXT NOT NULL,
        account       TEXT NOT NULL,
        done_at       TEXT NOT NULL,
        PRIMARY KEY (interview, account)
    );
    """,
    # 3: invitations the user logged an interview from (interview set) or dismissed (NULL).
    """
    CREATE TABLE suggestions_done (
        message_id    TEXT PRIMARY KEY,
        interview     TEXT,
        at            TEXT NOT NULL
    );
    """,
    # 4: how many times a message tied to an interview was read without success (kind
    # "unknown"); later scans read it again until MAX_READ_ATTEMPTS.
    """
    ALTER TABLE messages ADD COLUMN read_attempts INTEGER NOT NULL DEFAULT 0;
    """,
    # 5: desktop notices with buttons: what a click on notification id N (sent from the
    # daemon's bus connection bus_name) acts on. A row is used up by its first click.
    """
    CREATE TABLE notice_buttons (
        bus_name         TEXT NOT NULL,
        notification_id  INTEGER NOT NULL,
        interview        TEXT NOT NULL,
        step             TEXT NOT NULL,
        open_uri         TEXT NOT NULL DEFAULT '',
        others           INTEGER NOT NULL DEFAULT 0,
        sent_at          TEXT NOT NULL,
        PRIMARY KEY (bus_name, notification_id)
    );
    """,
    # 6: when a message that could not be read was last tried, so that a daemon syncing
    # every minute does not spend every attempt in a few minutes.
    """
    ALTER TABLE messages ADD COLUMN read_at TEXT;
    """,
    # 7: a refused password login (or no password to be had), from its first refusal until
    # the account logs in again: its notice is keyed by ``since``, so it is announced once
    # per refusal by `watcher scan` and the daemon alike, across restarts.
    """
    CREATE TABLE login_refusals (
        account  TEXT PRIMARY KEY,
        since    TEXT NOT NULL,
        error    TEXT NOT NULL
    );
    """,
    # 8: a folder that could not be read before it was ever read keeps its error with no
    # cursor (NULL, formerly a UIDVALIDITY of 0): its first reading is a new folder's, not a
    # UIDVALIDITY change.
    """
    CREATE TABLE folders_new (
        account       TEXT NOT NULL,
        folder        TEXT NOT NULL,
        uidvalidity   INTEGER,
        last_uid      INTEGER,
        synced_at     TEXT,
        error         TEXT,
        error_at      TEXT,
        PRIMARY KEY (account, folder),
        CHECK ((uidvalidity IS NULL) = (last_uid IS NULL))
    );
    INSERT INTO folders_new (account, folder, uidvalidity, last_uid, synced_at, error, error_at)
        SELECT account, folder, NULLIF(uidvalidity, 0), CASE WHEN uidvalidity = 0 THEN NULL ELSE last_uid END,
               synced_at, error, error_at FROM folders;
    DROP TABLE folders;
    ALTER TABLE folders_new RENAME TO folders;
    """,
    # 9: a message held for review that was matched on its whole text: what that match read
    # besides the message (its thread's ties, the interviews), so that it is read whole
    # again only when that changes (see watcher.pipeline.match_basis).
    """
    ALTER TABLE messages ADD COLUMN match_basis TEXT;
    """,
    # 10: an account whose push connection (the daemon's IDLE) was lost and could not be
    # made again yet, from the loss until it is back (or the account syncs): what `watcher
    # status` shows between syncs, "server unreachable since HH:MM, retrying".
    """
    CREATE TABLE connection_losses (
        account   TEXT PRIMARY KEY,
        since     TEXT NOT NULL,
        error     TEXT NOT NULL,
        attempts  INTEGER NOT NULL DEFAULT 0,
        tried_at  TEXT NOT NULL
    );
    """,
    # 11: the process that recorded a connection loss, so that a service that ended without
    # clearing it (killed) is not taken for one still retrying.
    """
    ALTER TABLE connection_losses ADD COLUMN pid INTEGER;
    """,
)
# What decides which mail an interview matches: a change to any of them means its mail
# must be read again.
MATCHING_FIELDS = ("company", "at", "contacts", "domains", "via")

# Notice states. "intent" is written before a send and replaced by "sent" or "failed"
# after it; an "intent" found later means the process died in between, so the notice
# may or may not have gone out. It is tried once more at most, then given up.
INTENT, SENT, FAILED, GIVEN_UP = "intent", "sent", "failed", "given_up"
MAX_UNCERTAIN_ATTEMPTS = 2
# A message that could not be read (kind "unknown") is read again on later scans, up to
# this many readings in all; then it stays "unknown" for the user to look at.
MAX_READ_ATTEMPTS = 3
# ...each at least this long after the one before (a server's bad hour passes).
READ_AGAIN_AFTER = timedelta(hours=1)


class StoreError(Exception):
    """The database cannot be used; the message names the path, the cause and what to do."""


# SQLite's primary result codes (https://www.sqlite.org/rescode.html) for a database that
# cannot be written or read, and what the person can do about each.
_ADVICE = {
    sqlite3.SQLITE_FULL: "the disk is full: free some space, then run watcher again",
    sqlite3.SQLITE_READONLY: "it cannot be written: make the file and its folder writable, or set [database] path",
    sqlite3.SQLITE_CANTOPEN: "it cannot be opened: make the file and its folder writable, or set [database] path",
    sqlite3.SQLITE_IOERR: "the disk gave an I/O error: check the disk and the free space",
    sqlite3.SQLITE_PERM: "permission denied: make the file and its folder writable, or set [database] path",
    sqlite3.SQLITE_NOTADB: "it is not a SQLite database and was left untouched: move it aside or set [database] path",
    sqlite3.SQLITE_CORRUPT: "it is damaged: restore it from a backup, or move it aside to start afresh",
}
# A stored message kept only as an invitation to suggest: tied to no interview, not held
# for review, not placed by the user (``Store.untied_message_ids``).
_ONLY_SUGGESTED = "interview IS NULL AND review = 0 AND decided_by = 'rules'"
_WRITE_TROUBLE = frozenset(
    {sqlite3.SQLITE_FULL, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_PERM}
)


def database_error(path: Path, exc: sqlite3.Error) -> StoreError:
    """Given a SQLite error on the database at ``path``, return the ``StoreError`` to raise:
    the path, SQLite's own words for the cause, and what to do (by result code)."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if code is not None else -1
    if primary == sqlite3.SQLITE_IOERR and _disk_is_full(path):
        primary = sqlite3.SQLITE_FULL  # a full disk often shows as an I/O error on the WAL
    advice = _ADVICE.get(primary, "see SQLite's message")
    return StoreError(f"database {path}: {exc}; {advice}")


def _disk_is_full(path: Path) -> bool:
    """Whether the file system holding ``path`` has less than a few pages left for us."""
    try:
        fs = os.statvfs(path.parent)
    except OSError:
        return False
    return fs.f_bavail * fs.f_frsize < 64 * 1024


@dataclass(frozen=True)
class FolderStatus:
    account: str
    folder: str
    uidvalidity: int | None  # None: never read (only an error is known)
    last_uid: int | None
    synced_at: datetime | None
    error: str | None
    error_at: datetime | None


@dataclass(frozen=True)
class ConnectionLoss:
    """An account whose push connection was lost ``since`` (UTC-aware) and not made again
    yet: ``attempts`` reconnects failed so far, the last at ``tried_at`` with ``error``
    (secret-free, the IMAP edge's own message)."""

    account: str
    since: datetime
    error: str
    attempts: int
    tried_at: datetime
    pid: int | None = None  # the process that recorded it (the service); None before migration 11


@dataclass(frozen=True)
class StoredMessage:
    """A message as the report shows it: header facts plus match and kind."""

    mail: Mail
    match: Match
    kind: str  # UNKNOWN_KIND when the message could not be read
    kind_reasons: tuple[str, ...]
    named_date: date | None
    asks_reply: bool
    decided_by: str  # "rules" or "user"
    invitation: dict | None = None


@dataclass(frozen=True)
class Unread:
    """A stored message whose reading failed (kind "unknown"), to be read again."""

    message_id: str
    folder: str
    uid: int | None
    direction: str
    interview: str | None  # None: held for review
    attempts: int  # readings so far, each one failed


@dataclass(frozen=True)
class NoticeTarget:
    """What the buttons of one desktop notice act on: a due step of one interview."""

    interview: str
    step: str  # a policy action name (watcher.model.ACTIONS)
    open_uri: str = ""  # the draft as a mailto: URI; "" when the step has no draft
    others: int = 0  # further items in the same digest (the board shows them)


# A message had arrived by a moment when it is dated by then, or was stored by then: one
# dated in the future counts from the scan that found it, with its own date shown.
ARRIVED = "(date <= ? OR seen_at <= ?)"


def _seen_at(mail: Mail, synced_at: datetime, replay: bool) -> datetime:
    """When ``mail`` counts as seen: the sync's moment; in a replay of a past moment over
    today's mailbox (``scan --now`` in the past), never before the message's own date, since
    the mailbox holds mail that had not come yet at that moment."""
    return max(synced_at, mail.date) if replay else synced_at


def _iso(value: datetime | date | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime reached the store")
        return value.astimezone(UTC).isoformat()
    return value.isoformat()


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _utcnow() -> datetime:
    return datetime.now(UTC)


class Store:
    """The SQLite database. Open with ``Store.open(path)``; use as a context manager."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    # -- opening and schema ------------------------------------------------------------

    @classmethod
    def open(cls, path: Path) -> Store:
        """Open (or create) the database at ``path`` and migrate its schema forward.

        A new database and its folder are made private (0600 in a 0700 folder). Raise
        ``StoreError`` naming the path, the cause and what to do when the folder cannot
        be written, the file is not a SQLite database (it is left untouched), it was
        written by a newer watcher (it is not downgraded), or the disk is full.
        """
        path = Path(path)
        try:
            make_private_folder(path.parent)
            if not path.exists():
                # Created 0600 before SQLite touches it: it holds who the user talks to.
                fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
                os.close(fd)
        except OSError as exc:
            raise StoreError(
                f"cannot create the database {path}: {exc.strerror or type(exc).__name__}; "
                "make its folder writable, free some space, or set [database] path"
            ) from exc
        # A file that is not a database is found by SQLite itself (SQLITE_NOTADB, nothing
        # written). Never open() and close() the file here: closing any descriptor of it
        # drops every POSIX lock this process holds on it, the locks SQLite relies on when
        # a process keeps several connections (the daemon, the board).
        try:
            conn = sqlite3.connect(path, isolation_level=None, timeout=30)
        except sqlite3.Error as exc:
            raise database_error(path, exc) from exc
        try:
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            store = cls(conn, path)
            store._migrate()
        except sqlite3.Error as exc:
            conn.close()
            if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_NOTADB:
                raise StoreError(f"{path} is not a SQLite database (it was left untouched); "
                                 "move it aside, or set [database] path to another file") from exc
            raise database_error(path, exc) from exc
        except BaseException:
            conn.close()
            raise
        return store

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        version = self.schema_version
        if version > len(MIGRATIONS):
            raise StoreError(
                f"{self.path} was written by a newer watcher (schema {version}, this one knows "
                f"{len(MIGRATIONS)}) and is left as it is: upgrade watcher, or set [database] path "
                "to use another file"
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            with self.transaction():
                # Read again under the write lock: another process may have migrated meanwhile.
                if self.schema_version >= number:
                    continue
                for statement in script.split(";"):
                    if statement.strip():
                        self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {number}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction. Raise ``StoreError`` (path, cause, what to do) when the
        database cannot be written: a full disk, a read-only file or folder, an I/O error."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if exc.sqlite_errorcode & 0xFF in _WRITE_TROUBLE:
                raise database_error(self.path, exc) from exc
            raise

    # -- interviews --------------------------------------------------------------------

    def upsert_interview(self, interview: Interview, *, origin: str = "cli") -> bool:
        """Insert or update by id; return True when it was new.

        Closing, snoozing and the origin are kept on update: re-importing a file does
        not reopen an interview the user closed.
        """
        now = _iso(_utcnow())
        with self.transaction() as db:
            existed = db.execute("SELECT 1 FROM interviews WHERE id = ?", (interview.id,)).fetchone()
            row = {
                "id": interview.id,
                "company": interview.company,
                "role": interview.role,
                "at": _iso(interview.when),
                "contacts": json.dumps(list(interview.contacts)),
                "domains": json.dumps(list(interview.domains)),
                "via": interview.via,
                "feedback_by": _iso(interview.feedback_by),
                "notes": interview.notes,
                "policy": json.dumps(dict(interview.policy), default=str),
            }
            if existed:
                before = db.execute(
                    f"SELECT {', '.join(k for k in row if k != 'id')} FROM interviews WHERE id = ?", (interview.id,)
                ).fetchone()
                if all(before[k] == row[k] for k in row if k != "id"):
                    return False  # as stored (the interviews file read again at every scan): nothing written
                if any(before[k] != row[k] for k in MATCHING_FIELDS):
                    db.execute("DELETE FROM backfills WHERE interview = ?", (interview.id,))
                sets = ", ".join(f"{k} = :{k}" for k in row if k != "id")
                db.execute(f"UPDATE interviews SET {sets}, updated_at = :now WHERE id = :id", {**row, "now": now})
            else:
                db.execute(
                    "INSERT INTO interviews (id, company, role, at, contacts, domains, via, feedback_by,"
                    " notes, policy, origin, created_at, updated_at) VALUES (:id, :company, :role, :at,"
                    " :contacts, :domains, :via, :feedback_by, :notes, :policy, :origin, :now, :now)",
                    {**row, "origin": origin, "now": now},
                )
        return not existed

    def interviews(self) -> list[Interview]:
        rows = self.conn.execute("SELECT * FROM interviews ORDER BY at, id").fetchall()
        return [self._interview(r) for r in rows]

    def interview_origin(self, interview_id: str) -> str | None:
        """"file" for interviews the interviews file keeps, "cli" for those logged by hand."""
        row = self.conn.execute("SELECT origin FROM interviews WHERE id = ?", (interview_id,)).fetchone()
        return row["origin"] if row else None

    def interview(self, interview_id: str) -> Interview | None:
        row = self.conn.execute("SELECT * FROM interviews WHERE id = ?", (interview_id,)).fetchone()
        return self._interview(row) if row else None

    @staticmethod
    def _interview(r: sqlite3.Row) -> Interview:
        return Interview(
            id=r["id"],
            company=r["company"],
            role=r["role"],
            when=datetime.fromisoformat(r["at"]),
            contacts=tuple(json.loads(r["contacts"])),
            domains=tuple(json.loads(r["domains"])),
            via=r["via"],
            feedback_by=_date(r["feedback_by"]),
            notes=r["notes"],
            closed_at=_dt(r["closed_at"]),
            close_reason=r["close_reason"],
            snoozed_until=_dt(r["snoozed_until"]),
            policy=json.loads(r["policy"]),
        )

    def close_interview(self, interview_id: str, at: datetime, reason: str | None) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE interviews SET closed_at = ?, close_reason = ?, updated_at = ? WHERE id = ?",
                (_iso(at), reason, _iso(_utcnow()), interview_id),
            )
            self._add_event(db, Event(interview_id, "close", at, reason or ""))

    def reopen_interview(self, interview_id: str, at: datetime) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE interviews SET closed_at = NULL, close_reason = NULL, updated_at = ? WHERE id = ?",
                (_iso(_utcnow()), interview_id),
            )
            self._add_event(db, Event(interview_id, "reopen", at))

    def snooze_interview(self, interview_id: str, at: datetime, until: datetime | None) -> None:
        """Hold the interview's reminders until ``until``; None ends a snooze."""
        with self.transaction() as db:
            db.execute(
                "UPDATE interviews SET snoozed_until = ?, updated_at = ? WHERE id = ?",
                (_iso(until), _iso(_utcnow()), interview_id),
            )
            self._add_event(db, Event(interview_id, "snooze", at, _iso(until) or ""))

    # -- events ------------------------------------------------------------------------

    def add_event(self, event: Event) -> None:
        with self.transaction() as db:
            self._add_event(db, event)

    def numbered_events(self, interview_id: str) -> list[tuple[int, Event]]:
        """(row id, event) for the interview's logged events, oldest first; the id undoes one."""
        rows = self.conn.execute(
            "SELECT * FROM events WHERE interview = ? ORDER BY at, id", (interview_id,)
        ).fetchall()
        return [(r["id"], Event(r["interview"], r["kind"], datetime.fromisoformat(r["at"]), r["detail"])) for r in rows]

    def set_snoozed_until(self, interview_id: str, until: datetime | None) -> None:
        """Set the interview's own copy of its snooze (after an event was removed); no event."""
        with self.transaction() as db:
            db.execute("UPDATE interviews SET snoozed_until = ?, updated_at = ? WHERE id = ?",
                       (_iso(until), _iso(_utcnow()), interview_id))

    def set_closed(self, interview_id: str, closed: tuple[datetime, str | None] | None) -> None:
        """Set (or clear, None) the interview's own copy of its close; no event."""
        at, reason = closed if closed else (None, None)
        with self.transaction() as db:
            db.execute("UPDATE interviews SET closed_at = ?, close_reason = ?, updated_at = ? WHERE id = ?",
                       (_iso(at), reason, _iso(_utcnow()), interview_id))

    def delete_event(self, event_id: int) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM events WHERE id = ?", (event_id,))

    def delete_interview(self, interview_id: str) -> None:
        """Forget an interview, its events and notices; its messages are untied (kept for review)."""
        with self.transaction() as db:
            for table in ("events", "notices", "backfills"):
                db.execute(f"DELETE FROM {table} WHERE interview = ?", (interview_id,))
            db.execute("DELETE FROM decisions WHERE interview = ?", (interview_id,))
            db.execute(
                "UPDATE messages SET interview = NULL, review = 0, candidates = '[]', decided_by = 'rules'"
                " WHERE interview = ?", (interview_id,),
            )
            db.execute("DELETE FROM interviews WHERE id = ?", (interview_id,))

    # -- suggestions -------------------------------------------------------------------

    def close_suggestion(self, message_id: str, interview_id: str | None, at: datetime) -> None:
        """Remember an invitation was logged as ``interview_id`` (or dismissed, None)."""
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO suggestions_done (message_id, interview, at) VALUES (?, ?, ?)",
                (message_id, interview_id, _iso(at)),
            )

    def logged_from(self, message_id: str) -> str | None:
        """The id of the interview logged from the invitation ``message_id``; None when
        none was (or it was dismissed)."""
        row = self.conn.execute("SELECT interview FROM suggestions_done WHERE message_id = ?", (message_id,)).fetchone()
        return row[0] if row else None

    def suggestions_done(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT message_id FROM suggestions_done")}

    @staticmethod
    def _add_event(db: sqlite3.Connection, event: Event) -> None:
        db.execute(
            "INSERT INTO events (interview, kind, at, detail) VALUES (?, ?, ?, ?)",
            (event.interview, event.kind, _iso(event.at), event.detail),
        )

    def events(self, interview_id: str) -> list[Event]:
        rows = self.conn.execute(
            "SELECT * FROM events WHERE interview = ? ORDER BY at, id", (interview_id,)
        ).fetchall()
        return [Event(r["interview"], r["kind"], datetime.fromisoformat(r["at"]), r["detail"]) for r in rows]

    # -- sync state --------------------------------------------------------------------

    def folder_state(self, account: str, folder: str) -> FolderState | None:
        """Where the last sync of ``folder`` stopped; None for a folder never read (unknown,
        or only an error recorded for it): sync reads it as new, from the lookback. (A
        UIDVALIDITY is never 0, RFC 3501 section 2.3.1.1: 0 is how a database restored from an
        export of schema 7 or older says "never read".)"""
        row = self.conn.execute(
            "SELECT uidvalidity, last_uid FROM folders WHERE account = ? AND folder = ? AND uidvalidity > 0",
            (account, folder)
        ).fetchone()
        return FolderState(row["uidvalidity"], row["last_uid"]) if row else None

    def folder_statuses(self) -> list[FolderStatus]:
        rows = self.conn.execute("SELECT * FROM folders ORDER BY account, folder").fetchall()
        return [
            FolderStatus(
                r["account"], r["folder"], r["uidvalidity"], r["last_uid"],
                _dt(r["synced_at"]), r["error"], _dt(r["error_at"]),
            )
            for r in rows
        ]

    def record_folder_error(self, account: str, folder: str, error: str, at: datetime) -> None:
        """Remember that ``folder`` (or "*": the whole account) could not be read at ``at``;
        its cursor, if it has one, is kept, and a folder never read gets none."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO folders (account, folder, uidvalidity, last_uid, error, error_at)"
                " VALUES (?, ?, NULL, NULL, ?, ?) ON CONFLICT (account, folder)"
                " DO UPDATE SET error = excluded.error, error_at = excluded.error_at",
                (account, folder, error, _iso(at)),
            )

    def record_connection_loss(self, account: str, at: datetime, error: str, attempts: int,
                               pid: int | None = None) -> None:
        """Remember that ``account``'s push connection is down at ``at`` (UTC-aware), after
        ``attempts`` failed tries by the process ``pid`` (the service, which keeps trying);
        the first loss's moment is kept as ``since`` until ``clear_connection_loss``."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO connection_losses (account, since, error, attempts, tried_at, pid)"
                " VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (account) DO UPDATE SET error = excluded.error, attempts = excluded.attempts,"
                " tried_at = excluded.tried_at, pid = excluded.pid",
                (account, _iso(at), error, attempts, _iso(at), pid),
            )

    def clear_connection_loss(self, account: str) -> None:
        """Forget ``account``'s connection loss: push is back (or the server answered)."""
        with self.transaction() as db:
            db.execute("DELETE FROM connection_losses WHERE account = ?", (account,))

    def connection_losses(self) -> list[ConnectionLoss]:
        """The accounts whose push connection is down, by account name."""
        rows = self.conn.execute("SELECT * FROM connection_losses ORDER BY account").fetchall()
        return [ConnectionLoss(r["account"], datetime.fromisoformat(r["since"]), r["error"], r["attempts"],
                               datetime.fromisoformat(r["tried_at"]), r["pid"]) for r in rows]

    def has_synced(self, account: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM folders WHERE account = ? AND uidvalidity > 0", (account,))
        return row.fetchone() is not None

    def backfills_pending(self, account: str) -> list[Interview]:
        """Interviews whose already-synced mail on this account was not read for them yet."""
        rows = self.conn.execute(
            "SELECT * FROM interviews WHERE id NOT IN (SELECT interview FROM backfills WHERE account = ?)"
            " ORDER BY at, id",
            (account,),
        ).fetchall()
        return [self._interview(r) for r in rows]

    def not_looked_for(self, accounts: Sequence[str]) -> dict[str, tuple[str, ...]]:
        """Interview id -> the accounts of ``accounts`` (in that order) whose mail no scan has
        read for it since it was logged, or since a field that decides its mail changed
        (``backfills_pending``: the next scan reads it); interviews looked for everywhere are
        left out. An account never synced is left out too: its mail is unknown for every
        interview, and ``watcher.not_read`` says so of the account."""
        synced = [account for account in accounts if self.has_synced(account)]
        if not synced:
            return {}
        done = {(row[0], row[1]) for row in self.conn.execute("SELECT interview, account FROM backfills")}
        found = {}
        for row in self.conn.execute("SELECT id FROM interviews ORDER BY at, id").fetchall():
            interview = row[0]
            missing = tuple(account for account in synced if (interview, account) not in done)
            if missing:
                found[interview] = missing
        return found

    def mark_backfilled(self, account: str, interview_ids: Iterable[str], at: datetime) -> None:
        with self.transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO backfills (interview, account, done_at) VALUES (?, ?, ?)",
                [(i, account, _iso(at)) for i in interview_ids],
            )

    def add_messages(
        self, records: Sequence[tuple[Mail, Match, Classification | None]], *, seen_at: datetime,
        bases: Mapping[str, str] | None = None, replay: bool = False, again: Iterable[str] = (),
    ) -> None:
        """Store messages found outside the cursor's walk (a backfill). ``bases`` and
        ``replay``: see ``commit_batch``. ``again``: Message-IDs from ``untied_message_ids``
        matched again, whose stored rows the new ones replace (if still untied and unheld)."""
        again = set(again)
        with self.transaction() as db:
            for mail, match, classification in records:
                if mail.message_id in again:
                    db.execute(f"DELETE FROM messages WHERE message_id = ? AND {_ONLY_SUGGESTED}", (mail.message_id,))
                basis = (bases or {}).get(mail.message_id)
                self._insert_message(db, mail, match, classification, _seen_at(mail, seen_at, replay), basis)

    def clear_account_error(self, account: str, read: Iterable[str]) -> None:
        """Forget an account-wide error (folder "*"), its login refusal and its connection
        loss once the account syncs again (a later refusal or loss is a new one), and the errors of its folders that sync
        no longer reads (``read``: the folders it read or tried): a folder taken out of the
        config is no longer unknown. A folder never read is forgotten whole; one read before
        keeps its cursor."""
        read = [name for name in read if name != "*"]
        marks = ",".join("?" * len(read))
        others = f" AND folder NOT IN ({marks})" if read else ""
        with self.transaction() as db:
            db.execute("DELETE FROM folders WHERE account = ? AND folder = '*'", (account,))
            db.execute(f"DELETE FROM folders WHERE account = ? AND uidvalidity IS NULL{others}", (account, *read))
            db.execute(f"UPDATE folders SET error = NULL, error_at = NULL WHERE account = ?{others}",
                       (account, *read))
            db.execute("DELETE FROM login_refusals WHERE account = ?", (account,))
            db.execute("DELETE FROM connection_losses WHERE account = ?", (account,))

    def login_refused(self, account: str, at: datetime, error: str) -> datetime:
        """Record that ``account``'s login was refused at ``at`` (UTC-aware); return the
        moment of the first refusal since it last synced (``clear_account_error``)."""
        with self.transaction() as db:
            db.execute("INSERT OR IGNORE INTO login_refusals (account, since, error) VALUES (?, ?, ?)",
                       (account, _iso(at), error))
            row = db.execute("SELECT since FROM login_refusals WHERE account = ?", (account,)).fetchone()
        return datetime.fromisoformat(row[0])

    def untied_message_ids(self, ids: Iterable[str]) -> set[str]:
        """Those of ``ids`` stored tied to no interview, not held for review and not placed
        by the user: kept only as an invitation to suggest. An interview logged since may tie
        them (its run-up), so a backfill matches them again."""
        return {r[0] for r in self._rows_among("message_id", ids, _ONLY_SUGGESTED)}

    def known_message_ids(self, ids: Iterable[str]) -> set[str]:
        return {r[0] for r in self._rows_among("message_id", ids)}

    def _rows_among(self, columns: str, ids: Iterable[str], where: str = "") -> Iterator[sqlite3.Row]:
        """The ``columns`` of the stored messages among ``ids`` (Message-IDs) that meet
        ``where`` (an SQL condition, none if empty), asked 500 at a time (within SQLite's
        oldest bound, 999 parameters a statement)."""
        ids = list(ids)
        extra = f" AND {where}" if where else ""
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            yield from self.conn.execute(
                f"SELECT {columns} FROM messages WHERE message_id IN ({marks}){extra}", chunk)

    def commit_batch(
        self,
        account: str,
        folder: str,
        state: FolderState,
        records: Sequence[tuple[Mail, Match, Classification | None]],
        *,
        synced_at: datetime,
        bases: Mapping[str, str] | None = None,
        replay: bool = False,
    ) -> None:
        """Store one sync batch and move the folder's cursor past it, atomically.
        ``bases``: Message-ID -> what a message held for review was matched on, whole
        (``remember_match_bases``). ``replay``: see ``_seen_at``."""
        with self.transaction() as db:
            for mail, match, classification in records:
                basis = (bases or {}).get(mail.message_id)
                self._insert_message(db, mail, match, classification, _seen_at(mail, synced_at, replay), basis)
            db.execute(
                "INSERT INTO folders (account, folder, uidvalidity, last_uid, synced_at, error, error_at)"
                " VALUES (?, ?, ?, ?, ?, NULL, NULL) ON CONFLICT (account, folder) DO UPDATE SET"
                " uidvalidity = excluded.uidvalidity, last_uid = excluded.last_uid,"
                " synced_at = excluded.synced_at, error = NULL, error_at = NULL",
                (account, folder, state.uidvalidity, state.last_uid, _iso(synced_at)),
            )

    def mark_folder_synced(self, account: str, folder: str, at: datetime) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE folders SET synced_at = ?, error = NULL, error_at = NULL WHERE account = ? AND folder = ?",
                (_iso(at), account, folder),
            )

    def _insert_message(
        self,
        db: sqlite3.Connection,
        mail: Mail,
        match: Match,
        classification: Classification | None,
        seen_at: datetime,
        match_basis: str | None = None,
    ) -> None:
        decided = db.execute("SELECT * FROM decisions WHERE message_id = ?", (mail.message_id,)).fetchone()
        if decided is not None:
            match, classification = _apply_decision(decided, match, classification)
        c = classification
        unread = c is None or c.kind == UNKNOWN_KIND
        db.execute(
            "INSERT OR IGNORE INTO messages (message_id, account, folder, uid, date, from_addr, from_name,"
            " to_addrs, cc_addrs, subject, in_reply_to, refs, direction, interview, confidence, reasons,"
            " review, candidates, kind, kind_reasons, named_date, asks_reply, invitation, decided_by, seen_at,"
            " read_attempts, read_at, match_basis)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                mail.message_id, mail.account, mail.folder, mail.uid, _iso(mail.date), mail.from_addr,
                mail.from_name, json.dumps(list(mail.to)), json.dumps(list(mail.cc)), mail.subject,
                json.dumps(list(mail.in_reply_to)), json.dumps(list(mail.references)), mail.direction,
                match.interview, match.confidence, json.dumps(list(match.reasons)), int(match.review),
                json.dumps(list(match.candidates)),
                c.kind if c else UNKNOWN_KIND, json.dumps(list(c.reasons) if c else []),
                _iso(c.date) if c else None, int(c.asks_reply) if c else 0,
                _invitation_json(c), "user" if decided is not None else "rules", _iso(seen_at),
                int(unread), _iso(seen_at) if unread else None, match_basis if match.review else None,
            ),
        )

    # -- messages ------------------------------------------------------------------------

    def threads(self) -> dict[str, str]:
        """Message-ID -> interview id, for every message tied to an interview."""
        rows = self.conn.execute("SELECT message_id, interview FROM messages WHERE interview IS NOT NULL")
        return {r[0]: r[1] for r in rows}

    def sent_subjects(self) -> list[tuple[str, str, tuple[str, ...]]]:
        """(subject, interview id, recipients: To and Cc) of each message the user sent that
        is tied to an interview."""
        rows = self.conn.execute(
            "SELECT subject, interview, to_addrs, cc_addrs FROM messages WHERE interview IS NOT NULL"
            " AND direction = 'sent'"
        )
        return [(r[0], r[1], (*json.loads(r[2]), *json.loads(r[3]))) for r in rows]

    def stored_messages(self, *, until: datetime | None = None) -> list[StoredMessage]:
        """Messages tied to an interview, held for review, or suggesting a new one; with
        ``until``, those that had arrived by then (``ARRIVED``), each with its own date."""
        query = "SELECT * FROM messages WHERE (interview IS NOT NULL OR review = 1 OR invitation IS NOT NULL)"
        args: list[object] = []
        if until is not None:
            query += f" AND {ARRIVED}"
            args += [_iso(until), _iso(until)]
        rows = self.conn.execute(query + " ORDER BY date, message_id", args).fetchall()
        return [self._stored(r) for r in rows]

    def stored_message(self, message_id: str) -> StoredMessage | None:
        row = self.conn.execute("SELECT * FROM messages WHERE message_id = ?", (message_id,)).fetchone()
        return self._stored(row) if row else None

    def message_records(self, interview_id: str, *, until: datetime | None = None) -> list[MessageRecord]:
        """The messages tied to ``interview_id`` as the policy reads them: with ``until``, those
        that had arrived by then (``ARRIVED``). A message dated after it arrived (a sender's
        clock ahead, a wrong zone in its Date) is dated when it arrived: it counts from then,
        never later than the mail it answers."""
        query = "SELECT * FROM messages WHERE interview = ?"
        args: list[object] = [interview_id]
        if until is not None:
            query += f" AND {ARRIVED}"
            args += [_iso(until), _iso(until)]
        rows = self.conn.execute(query + " ORDER BY date, message_id", args).fetchall()
        return [
            MessageRecord(
                message_id=r["message_id"],
                interview=r["interview"],
                direction=r["direction"],
                date=min(datetime.fromisoformat(r["date"]), datetime.fromisoformat(r["seen_at"])),
                kind=r["kind"] or UNKNOWN_KIND,  # never read as a real kind
                from_addr=r["from_addr"],
                to=tuple(json.loads(r["to_addrs"])),
                subject=r["subject"],
                named_date=_date(r["named_date"]),
                asks_reply=bool(r["asks_reply"]),
                in_reply_to=tuple(json.loads(r["in_reply_to"])),
            )
            for r in rows
        ]

    def unread_messages(self, account: str, now: datetime) -> list[Unread]:
        """Messages of ``account`` tied or held for review whose reading failed fewer than
        MAX_READ_ATTEMPTS times, last tried READ_AGAIN_AFTER or more before ``now``, and that
        the user has not decided on, oldest first."""
        rows = self.conn.execute(
            "SELECT message_id, folder, uid, direction, interview, read_attempts FROM messages WHERE account = ?"
            " AND kind = ? AND decided_by = 'rules' AND read_attempts < ? AND (read_at IS NULL OR read_at <= ?)"
            " AND (interview IS NOT NULL OR review = 1) ORDER BY date, message_id",
            (account, UNKNOWN_KIND, MAX_READ_ATTEMPTS, _iso(now - READ_AGAIN_AFTER)),
        ).fetchall()
        return [Unread(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows]

    def held_by_rules(self, ids: Iterable[str]) -> set[str]:
        """Those of ``ids`` stored as held for review by the rules: tied to no interview, not
        decided on by the user."""
        return {message_id for message_id, _ in self._held_among(ids)}

    def _held_among(self, ids: Iterable[str]) -> Iterator[tuple[str, str | None]]:
        """(Message-ID, match_basis) of those of ``ids`` held for review by the rules."""
        yield from ((r[0], r[1]) for r in self._rows_among(
            "message_id, match_basis", ids, "review = 1 AND interview IS NULL AND decided_by = 'rules'"))

    def held_messages(self, account: str) -> list[StoredMessage]:
        """The messages of ``account`` held for review by the rules (tied to no interview, not
        decided on by the user) that can be read again (a UID), oldest first."""
        rows = self.conn.execute(
            "SELECT * FROM messages WHERE account = ? AND review = 1 AND interview IS NULL"
            " AND decided_by = 'rules' AND uid IS NOT NULL ORDER BY date, message_id",
            (account,),
        ).fetchall()
        return [self._stored(r) for r in rows]

    def match_bases(self, ids: Iterable[str]) -> dict[str, str]:
        """Message-ID -> what each of ``ids`` held for review by the rules was last matched
        on, whole (``remember_match_bases``); a message never matched whole is left out."""
        return {message_id: basis for message_id, basis in self._held_among(ids) if basis is not None}

    def remember_match_bases(self, bases: Mapping[str, str]) -> None:
        """Remember, per Message-ID of a message still held for review by the rules, what it
        was just matched on, whole (an opaque value: the same value, the same answer), so
        that it is not read whole again until that changes."""
        with self.transaction() as db:
            db.executemany(
                "UPDATE messages SET match_basis = ? WHERE message_id = ? AND review = 1"
                " AND interview IS NULL AND decided_by = 'rules'",
                [(basis, message_id) for message_id, basis in bases.items()],
            )

    def tie_held(self, message_id: str, match: Match) -> None:
        """Tie a message held for review by the rules to ``match.interview`` (a thread tied
        after it was stored); a message the user decided on is left as it is."""
        with self.transaction() as db:
            db.execute(
                "UPDATE messages SET interview = ?, confidence = ?, reasons = ?, review = 0, candidates = '[]'"
                " WHERE message_id = ? AND review = 1 AND interview IS NULL AND decided_by = 'rules'",
                (match.interview, match.confidence, json.dumps(list(match.reasons)), message_id),
            )

    def record_reading(self, message_id: str, classification: Classification | None, at: datetime) -> None:
        """The outcome of reading a stored "unknown" message again at ``at``: its kind and what
        was drawn from it, or (None, or still "unknown") one more failed attempt."""
        c = classification
        with self.transaction() as db:
            if c is None or c.kind == UNKNOWN_KIND:
                db.execute(
                    "UPDATE messages SET read_attempts = read_attempts + 1, read_at = ?, kind_reasons = ?"
                    " WHERE message_id = ? AND decided_by = 'rules'",
                    (_iso(at), json.dumps(list(c.reasons) if c else []), message_id),
                )
                return
            db.execute(
                "UPDATE messages SET kind = ?, kind_reasons = ?, named_date = ?, asks_reply = ?, invitation = ?,"
                " read_attempts = 0, read_at = NULL WHERE message_id = ? AND decided_by = 'rules'",
                (c.kind, json.dumps(list(c.reasons)), _iso(c.date), int(c.asks_reply), _invitation_json(c),
                 message_id),
            )

    @staticmethod
    def _stored(r: sqlite3.Row) -> StoredMessage:
        mail = Mail(
            account=r["account"],
            folder=r["folder"],
            uid=r["uid"],
            message_id=r["message_id"],
            date=datetime.fromisoformat(r["date"]),
            from_addr=r["from_addr"],
            from_name=r["from_name"],
            to=tuple(json.loads(r["to_addrs"])),
            cc=tuple(json.loads(r["cc_addrs"])),
            subject=r["subject"],
            in_reply_to=tuple(json.loads(r["in_reply_to"])),
            references=tuple(json.loads(r["refs"])),
            direction=r["direction"],
        )
        match = Match(
            interview=r["interview"],
            confidence=r["confidence"],
            reasons=tuple(json.loads(r["reasons"])),
            review=bool(r["review"]),
            candidates=tuple(json.loads(r["candidates"])),
        )
        return StoredMessage(
            mail=mail,
            match=match,
            kind=r["kind"] or UNKNOWN_KIND,
            kind_reasons=tuple(json.loads(r["kind_reasons"])),
            named_date=_date(r["named_date"]),
            asks_reply=bool(r["asks_reply"]),
            decided_by=r["decided_by"],
            invitation=json.loads(r["invitation"]) if r["invitation"] else None,
        )

    def decide(self, message_id: str, interview_id: str | None, kind: str | None, at: datetime,
               *, reason: str | None = None) -> None:
        """Remember the user's own assignment (or dismissal, interview None); it wins over the rules.
        ``reason``: why it is tied, as shown (default: "assigned by you on DATE")."""
        with self.transaction() as db:
            old = db.execute("SELECT kind FROM messages WHERE message_id = ?", (message_id,)).fetchone()
            if old is None:
                raise StoreError(f"no stored message with Message-ID {message_id}")
            kind = kind or old["kind"]
            db.execute(
                "INSERT INTO decisions (message_id, interview, kind, at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (message_id) DO UPDATE SET interview = excluded.interview,"
                " kind = excluded.kind, at = excluded.at",
                (message_id, interview_id, kind, _iso(at)),
            )
            if reason is None:
                reason = f"assigned by you on {at.date().isoformat()}" if interview_id else "dismissed by you"
            db.execute(
                "UPDATE messages SET interview = ?, kind = ?, review = 0, candidates = '[]', confidence = ?,"
                " reasons = ?, decided_by = 'user' WHERE message_id = ?",
                (interview_id, kind, 1.0, json.dumps([reason]), message_id),
            )

    # -- notices -----------------------------------------------------------------------

    @contextmanager
    def notice_lock(self) -> Iterator[None]:
        """Exclusive across processes, for the span from a notice's intent to its outcome."""
        with open(f"{self.path}.lock", "a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def notices_done(self, channel: str) -> set[tuple[str, str, str]]:
        """(interview, action, key) that need nothing more on this channel."""
        rows = self.conn.execute(
            "SELECT interview, action, key FROM notices WHERE channel = ? AND state IN (?, ?)",
            (channel, SENT, GIVEN_UP),
        )
        return {(r[0], r[1], r[2]) for r in rows}

    def announced(self, interview_id: str, channels: Sequence[str]) -> list[NoticeRecord]:
        """Notices that need nothing more: done (sent or given up) on every given channel.

        With no channel configured, nothing is ever announced, so the policy keeps
        showing what is due.
        """
        if not channels:
            return []
        rows = self.conn.execute(
            "SELECT action, key, channel, state, sent_at FROM notices WHERE interview = ?", (interview_id,)
        ).fetchall()
        done: dict[tuple[str, str], dict[str, str | None]] = {}
        for r in rows:
            if r["state"] in (SENT, GIVEN_UP):
                done.setdefault((r["action"], r["key"]), {})[r["channel"]] = r["sent_at"]
        records = []
        for (action, key), by_channel in done.items():
            if all(ch in by_channel for ch in channels):
                stamps = [s for s in by_channel.values() if s]
                sent_at = datetime.fromisoformat(max(stamps)) if stamps else _utcnow()
                records.append(NoticeRecord(interview_id, action, key, ",".join(channels), sent_at))
        return records

    def begin_notices(self, channel: str, items: Sequence[tuple[str, str, str]], at: datetime) -> list[tuple[str, str, str]]:
        """Record the intent to send (interview, action, key) items on a channel.

        Returns the items that may be sent now: new ones, failed ones, and ones whose
        earlier send was interrupted (state still "intent"), the latter at most once
        more. Items already sent or given up are left out.
        """
        allowed = []
        with self.transaction() as db:
            for interview, action, key in items:
                row = db.execute(
                    "SELECT state, attempts FROM notices WHERE interview = ? AND action = ? AND key = ? AND channel = ?",
                    (interview, action, key, channel),
                ).fetchone()
                if row is not None and row["state"] in (SENT, GIVEN_UP):
                    continue
                if row is not None and row["state"] == INTENT and row["attempts"] >= MAX_UNCERTAIN_ATTEMPTS:
                    db.execute(
                        "UPDATE notices SET state = ? WHERE interview = ? AND action = ? AND key = ? AND channel = ?",
                        (GIVEN_UP, interview, action, key, channel),
                    )
                    continue
                if row is None:
                    db.execute(
                        "INSERT INTO notices (interview, action, key, channel, state, attempts, intent_at)"
                        " VALUES (?, ?, ?, ?, ?, 1, ?)",
                        (interview, action, key, channel, INTENT, _iso(at)),
                    )
                elif row["state"] == FAILED:
                    # Known not delivered: a retry is not a repeat, so the uncertainty count restarts.
                    db.execute(
                        "UPDATE notices SET state = ?, attempts = 1, intent_at = ? WHERE interview = ? AND"
                        " action = ? AND key = ? AND channel = ?",
                        (INTENT, _iso(at), interview, action, key, channel),
                    )
                else:
                    db.execute(
                        "UPDATE notices SET attempts = attempts + 1, intent_at = ? WHERE interview = ? AND"
                        " action = ? AND key = ? AND channel = ?",
                        (_iso(at), interview, action, key, channel),
                    )
                allowed.append((interview, action, key))
        return allowed

    def finish_notices(
        self, channel: str, items: Sequence[tuple[str, str, str]], at: datetime, error: str | None = None,
        *, carried: bool = True,
    ) -> None:
        """Record the outcome of sending ``items`` on ``channel``: sent at ``at``, or failed with
        ``error``. ``carried=False``: the channel does not carry them (a drafts folder and news):
        nothing more is to do there, and no send is recorded (``notice_history`` leaves them out)."""
        state = SENT if error is None else FAILED
        sent_at = _iso(at) if error is None and carried else None
        with self.transaction() as db:
            for interview, action, key in items:
                db.execute(
                    "UPDATE notices SET state = ?, sent_at = ?, error = ? WHERE interview = ? AND action = ?"
                    " AND key = ? AND channel = ?",
                    (state, sent_at, error, interview, action, key, channel),
                )

    def notice_history(self, interview_id: str) -> list[NoticeRecord]:
        """Every notice sent about one interview, one record per channel, oldest first."""
        rows = self.conn.execute(
            "SELECT action, key, channel, sent_at FROM notices WHERE interview = ? AND state = ?"
            " ORDER BY sent_at, action", (interview_id, SENT),
        ).fetchall()
        return [NoticeRecord(interview_id, r["action"], r["key"], r["channel"], datetime.fromisoformat(r["sent_at"]))
                for r in rows if r["sent_at"]]

    # -- buttons on desktop notices -----------------------------------------------------

    def remember_buttons(self, bus_name: str, notification_id: int, target: NoticeTarget, at: datetime) -> None:
        """Remember what the buttons of notification ``notification_id`` (sent from ``bus_name``) act on."""
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO notice_buttons (bus_name, notification_id, interview, step, open_uri,"
                " others, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (bus_name, notification_id, target.interview, target.step, target.open_uri, target.others, _iso(at)),
            )

    def take_buttons(self, bus_name: str, notification_id: int) -> NoticeTarget | None:
        """What a click on the notification acts on, used up by this call (a second click finds None)."""
        with self.transaction() as db:
            row = db.execute(
                "DELETE FROM notice_buttons WHERE bus_name = ? AND notification_id = ?"
                " RETURNING interview, step, open_uri, others",
                (bus_name, notification_id),
            ).fetchone()
        return NoticeTarget(row["interview"], row["step"], row["open_uri"], row["others"]) if row else None

    def forget_buttons(self, keep_bus_name: str) -> int:
        """Forget the buttons of notices sent from any other bus connection (an earlier run); return how many."""
        with self.transaction() as db:
            return db.execute("DELETE FROM notice_buttons WHERE bus_name != ?", (keep_bus_name,)).rowcount

    def count_notices(self, state: str = SENT) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM notices WHERE state = ?", (state,)).fetchone()[0])


    # -- the user's data: forget, export, restore ----------------------------------------

    def forget_interviews(self, interview_ids: Iterable[str], *, count_only: bool = False) -> dict[str, int]:
        """Delete the interviews ``interview_ids`` and everything drawn from their mail:
        the messages tied to them (or held for review with one of them as a candidate),
        the user's decisions about those messages, events, notices, backfills and
        suggestions logged from. Return the number of rows deleted per table. The space
        they took is not yet wiped: call ``compact()`` after. ``count_only``: delete
        nothing, return the numbers of rows it would delete (to ask first)."""
        ids = sorted(set(interview_ids))
        counts: dict[str, int] = {}
        if not ids:
            return counts
        marks = ",".join("?" * len(ids))
        with self.transaction() as db:
            db.execute("CREATE TEMP TABLE IF NOT EXISTS forgotten_messages (message_id TEXT PRIMARY KEY)")
            db.execute("DELETE FROM forgotten_messages")
            db.execute(
                f"""INSERT OR IGNORE INTO forgotten_messages
                    SELECT message_id FROM messages WHERE interview IN ({marks})
                    UNION SELECT m.message_id FROM messages m, json_each(m.candidates) c
                          WHERE m.review = 1 AND c.value IN ({marks})""",
                (*ids, *ids),
            )
            chosen = "SELECT message_id FROM forgotten_messages"
            for table, where in (
                ("decisions", f"interview IN ({marks}) OR message_id IN ({chosen})"),
                ("suggestions_done", f"interview IN ({marks}) OR message_id IN ({chosen})"),
                ("messages", f"message_id IN ({chosen})"),
                ("events", f"interview IN ({marks})"),
                ("notices", f"interview IN ({marks})"),
                ("backfills", f"interview IN ({marks})"),
                ("interviews", f"id IN ({marks})"),
            ):
                params = ids * where.count("(?")
                if count_only:
                    counts[table] = db.execute(f"SELECT COUNT(*) FROM {table} WHERE {where}", params).fetchone()[0]
                else:
                    counts[table] = db.execute(f"DELETE FROM {table} WHERE {where}", params).rowcount
            db.execute("DELETE FROM forgotten_messages")
        return counts

    def compact(self) -> None:
        """Rewrite the file without the space of deleted rows (VACUUM) and empty the
        write-ahead log into it, so deleted data is gone from the disk files, not just
        unlinked. Raise ``StoreError`` on a full disk (VACUUM needs the file's size free)."""
        try:
            self.conn.execute("VACUUM")
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.OperationalError as exc:
            raise database_error(self.path, exc) from exc

    def dump_tables(self) -> dict[str, list[dict[str, object]]]:
        """Every row of every table, as ``{table: [{column: value}]}`` (values as stored)."""
        names = [r[0] for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {name: [dict(r) for r in self.conn.execute(f'SELECT * FROM "{name}"')] for name in names}

    def load_tables(self, tables: Mapping[str, Sequence[Mapping[str, object]]]) -> dict[str, int]:
        """Insert rows as ``dump_tables`` gives them; a row whose key is already stored is
        kept as it is. Only tables and columns this schema knows are read. Return the
        number of rows added per table. Raise ``StoreError`` for a table that is unknown."""
        known = {t: [r[1] for r in self.conn.execute(f'PRAGMA table_info("{t}")')]
                 for t in self.dump_tables()}
        unknown = sorted(set(tables) - set(known))
        if unknown:
            raise StoreError(f"{self.path}: no table {', '.join(unknown)} in this version of watcher")
        counts: dict[str, int] = {}
        with self.transaction() as db:
            for table, rows in tables.items():
                added = 0
                for row in rows:
                    columns = [c for c in row if c in known[table]]
                    if not columns:
                        continue
                    added += db.execute(
                        f'INSERT OR IGNORE INTO "{table}" ({", ".join(columns)}) '
                        f'VALUES ({", ".join("?" * len(columns))})',
                        [row[c] for c in columns],
                    ).rowcount
                counts[table] = added
        return counts


def _apply_decision(
    decided: sqlite3.Row, match: Match, classification: Classification | None
) -> tuple[Match, Classification | None]:
    interview = decided["interview"]
    reason = "assigned by you" if interview else "dismissed by you"
    match = Match(interview=interview, confidence=1.0, reasons=(reason,))
    if decided["kind"]:
        base = classification or Classification(kind=decided["kind"], confidence=1.0)
        classification = replace(base, kind=decided["kind"], confidence=1.0)
    return match, classification


def _invitation_json(c: Classification | None) -> str | None:
    if c is None or c.invitation is None:
        return None
    inv = c.invitation
    kept = {"company": inv.company, "when": _iso(inv.when), "summary": inv.summary}
    if inv.role:  # left out when none: the rows stored before read the same
        kept["role"] = inv.role
    if inv.times_offered:
        kept["times_offered"] = True
    return json.dumps(kept)
