"""Local mailboxes (Maildir or mbox), read only.

A local mailbox has no server-kept UIDs, so this source makes them up, so that "UID >
last seen" finds new mail. In a Maildir a message's UID comes from its delivery time (the
file's mtime, in milliseconds, times 1000, plus its rank among messages delivered in the
same millisecond): deleting or moving mail away renumbers nothing, and mail delivered
later always numbers higher. An mbox is rewritten whole by every change, so there the UID
is the position, and the uidvalidity a checksum of the path and of the oldest message's
key: removing old mail changes it, and sync re-reads the mailbox from the lookback date,
the store recognising messages it already has by Message-ID. (A Maildir read by an older
watcher, numbered by position, gets a new uidvalidity and is re-read the same way once.)
"""

from __future__ import annotations

import mailbox
import os
import zlib
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import structlog

from watcher.parse import header_block
from watcher.sources import (
    FetchedHeaders,
    FetchedMessage,
    FolderInfo,
    FolderMissing,
    FolderStatus,
    SourceError,
)

INBOX = "INBOX"
SENT = "Sent"

log = structlog.get_logger(__name__)


class LocalSource:
    def __init__(self, account: Any) -> None:
        self.account = str(account.name)
        self._kind = str(account.type)
        self._paths: dict[str, Path] = {INBOX: Path(account.path)}
        sent_path = getattr(account, "sent_path", None)
        if sent_path is not None:
            self._paths[SENT] = Path(sent_path)
        self._notes: list[str] = []
        # Per folder, the listing status() made, used by the searches and reads that follow
        # it in the same sync: listing stats every file of the folder, and a first scan of
        # 10,000 messages listed it once per batch read (9 of 22 s under a profiler).
        self._listed: dict[str, list[tuple[int, datetime, Any]]] = {}
        if sent_path is None:
            self._notes.append(
                "no sent mailbox (set sent_path in the account): "
                "thank-you and follow-up messages you send will not be noticed"
            )
        if not Path(account.path).exists():
            raise SourceError(self.account, f"mailbox not found: {account.path}")

    # -- the Source interface --------------------------------------------------

    @property
    def notes(self) -> list[str]:
        return list(self._notes)

    def folders(self) -> list[FolderInfo]:
        return [FolderInfo(name, "sent" if name == SENT else "inbox") for name in self._paths]

    def status(self, folder: str) -> FolderStatus:
        """The folder as listed now; the searches and reads after it use this listing (a
        message delivered meanwhile is seen by the next sync, as past an IMAP UIDNEXT)."""
        numbered = self._listed[folder] = self._list(folder)
        if self._kind == "maildir":
            # UIDs come from delivery times: removing mail renumbers nothing.
            seed = f"maildir-v2\n{self._paths[folder].resolve()}"
        else:
            first = str(numbered[0][2]) if numbered else ""
            seed = f"{self._paths[folder].resolve()}\n{first}"
        validity = zlib.crc32(seed.encode()) or 1
        return FolderStatus(uidvalidity=validity, uidnext=(numbered[-1][0] + 1) if numbered else 1)

    def search_after(self, folder: str, last_uid: int) -> list[int]:
        return [uid for uid, _, _ in self._numbered(folder) if uid > last_uid]

    def search_since(self, folder: str, since: date) -> list[int]:
        return [uid for uid, arrival, _ in self._numbered(folder) if arrival.date() >= since]

    def search_windows(
        self, folder: str, first_uid: int, last_uid: int, since: date | None = None
    ) -> Iterator[list[int]]:
        # One piece: the whole mailbox is listed to number it anyway.
        uids = [
            uid
            for uid, arrival, _ in self._numbered(folder)
            if first_uid <= uid <= last_uid and (since is None or arrival.date() >= since)
        ]
        if uids:
            yield uids

    def fetch_headers(self, folder: str, uids: Sequence[int]) -> list[FetchedHeaders]:
        return [
            FetchedHeaders(m.uid, header_block(m.raw), m.arrival) for m in self.fetch_messages(folder, uids)
        ]

    def fetch_messages(self, folder: str, uids: Sequence[int]) -> list[FetchedMessage]:
        """The messages at ``uids`` that can be read. One that cannot (it vanished since
        the listing, it is a folder, it may not be read) is logged with account, folder
        and UID and left out; the rest of the folder is read."""
        by_uid = {uid: (arrival, key) for uid, arrival, key in self._numbered(folder)}
        box = self._open(folder)
        fetched = []
        for uid in sorted(set(uids)):
            if uid not in by_uid:
                continue  # gone since the listing: sync says so for every UID not returned
            arrival, key = by_uid[uid]
            try:
                raw = _message_bytes(box, key)
            except (OSError, KeyError) as exc:  # KeyError: mailbox's word for a vanished file
                self._log_unreadable(folder, uid, getattr(exc, "strerror", None) or "vanished", exc)
                continue
            fetched.append(FetchedMessage(uid, raw, arrival))
        return fetched

    def _log_unreadable(self, folder: str, uid: int, reason: str, exc: Exception) -> None:
        log.warning("message_skipped", account=self.account, folder=folder, uid=uid,
                    reason=f"unreadable: {reason}", error_type=type(exc).__name__)

    def append(self, folder: str, raw: bytes, flags: Sequence[str] = ()) -> None:
        raise SourceError(self.account, "local mailboxes are read only")

    def capabilities(self) -> frozenset[str]:
        return frozenset()

    @property
    def has_idle(self) -> bool:
        return False

    def refresh(self) -> None:
        self._listed.clear()  # the next sync lists every folder afresh

    def close(self) -> None:
        return None

    # -- internals -------------------------------------------------------------

    def _open(self, folder: str) -> mailbox.Mailbox:
        path = self._paths.get(folder)
        if path is None or not path.exists():
            raise FolderMissing(self.account, f"mailbox not found: {path or folder}")
        try:
            if self._kind == "maildir":
                return mailbox.Maildir(path, factory=None, create=False)
            return mailbox.mbox(path, factory=None, create=False)
        except (OSError, mailbox.Error) as exc:
            raise SourceError(self.account, f"cannot read mailbox {path}: {type(exc).__name__}") from exc

    def _numbered(self, folder: str) -> list[tuple[int, datetime, Any]]:
        """The listing status() made of ``folder``, else a fresh one."""
        listed = self._listed.get(folder)
        return listed if listed is not None else self._list(folder)

    def _list(self, folder: str) -> list[tuple[int, datetime, Any]]:
        """(uid, arrival, key) for every message, oldest first.

        Maildir: the UID is the delivery time in milliseconds times 1000, plus the
        message's rank among those delivered in the same millisecond (by file name), so
        a message deleted or moved away never renumbers the others and mail delivered
        later always gets a higher UID. mbox (rewritten whole by every change anyway):
        the position in the file.
        """
        entries = self._ordered_keys(folder)
        if self._kind != "maildir":
            return [(position, arrival, key) for position, (arrival, key) in enumerate(entries, start=1)]
        numbered: list[tuple[int, datetime, Any]] = []
        previous, rank = -1, 0
        for arrival, key in entries:
            millisecond = int(arrival.timestamp() * 1000)
            rank = rank + 1 if millisecond == previous else 0
            previous = millisecond
            numbered.append((millisecond * 1000 + min(rank, 999), arrival, key))
        return numbered

    def _ordered_keys(self, folder: str) -> list[tuple[datetime, Any]]:
        """(arrival, key) for every message, oldest first; position + 1 is the uid."""
        box = self._open(folder)
        try:
            if isinstance(box, mailbox.Maildir):
                # Names starting with a dot are not messages (the Maildir convention;
                # e.g. a placeholder that keeps an empty new/ or tmp/ in version control).
                entries = [
                    (arrival, key)
                    for key in box.iterkeys()
                    if not key.startswith(".") and (arrival := _maildir_arrival(box, key)) is not None
                ]
            elif isinstance(box, mailbox.mbox):
                entries = _mbox_entries(box, self._paths[folder])
            else:
                entries = []
        except (OSError, mailbox.Error) as exc:
            raise SourceError(
                self.account, f"cannot read mailbox {self._paths[folder]}: {type(exc).__name__}"
            ) from exc
        return sorted(entries)


def _maildir_arrival(box: mailbox.Maildir, key: str) -> datetime | None:
    """The file's mtime, the delivery time (what Maildir tools and Dovecot use); None
    when the file vanished since the folder was listed (moved or deleted by a mail client)
    or is a link to nowhere: there is nothing there to read."""
    path = Path(box._path) / box._lookup(key)  # type: ignore[attr-defined]
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except OSError as exc:
        log.debug("message_vanished", path=str(path), error_type=type(exc).__name__)
        return None


def _mbox_entries(box: mailbox.mbox, path: Path) -> list[tuple[datetime, Any]]:
    file_time = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    entries = []
    for key in box.iterkeys():
        from_line = box.get_file(key).readline().decode("latin-1", "replace")
        # mbox order is arrival order; the From_ line date only refines it.
        entries.append((_from_line_date(from_line) or file_time, key))
    if entries and any(arrival != file_time for arrival, _ in entries):
        return entries
    # Without From_ dates keep the file order.
    return [(file_time, key) for _, key in entries]


def _from_line_date(line: str) -> datetime | None:
    # "From sender@example.org Tue Mar  5 10:15:00 2024"
    words = line.split()
    if len(words) < 7 or words[0] != "From":
        return None
    try:
        return datetime.strptime(" ".join(words[-5:]), "%a %b %d %H:%M:%S %Y").replace(tzinfo=UTC)
    except ValueError:
        return None


def _message_bytes(box: mailbox.Mailbox, key: Any) -> bytes:
    if isinstance(box, mailbox.Maildir) and os.linesep == "\n":
        # What get_bytes returns, without the copy its line-end replacement makes (a
        # second copy of a large message held at once).
        with box.get_file(key) as file:
            return file.read()
    return box.get_bytes(key)  # mbox: without the From_ line
