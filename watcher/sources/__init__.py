"""Mail sources: one small interface over IMAP accounts and local Maildir/mbox files.

Sync talks to a ``Source`` only; ``open_source`` picks the implementation from the
account's ``type`` ("imap", "maildir", "mbox"). Sources read; only ``append`` writes
(IMAP drafts), and local sources refuse it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal, Protocol

FolderRole = Literal["inbox", "sent"]


@dataclass(frozen=True)
class FolderInfo:
    name: str
    role: FolderRole


@dataclass(frozen=True)
class FolderStatus:
    uidvalidity: int
    uidnext: int


@dataclass(frozen=True)
class FetchedHeaders:
    uid: int
    header_bytes: bytes
    arrival: datetime | None  # INTERNALDATE / file mtime, timezone-aware


@dataclass(frozen=True)
class FetchedMessage:
    uid: int
    raw: bytes
    arrival: datetime | None


@dataclass(frozen=True)
class CandidateQuery:
    """Header substrings that make a message a candidate: it may concern an interview.

    A message is a candidate when any one holds (case-insensitive substrings, RFC 3501
    SEARCH): one of ``senders`` is in From or Reply-To; both strings of a pair in
    ``sender_pairs`` are in From (a contact's +tag variants: ("anna+", "@acme.com"));
    one of ``recipients`` is in To or Cc, or both strings of a pair in
    ``recipient_pairs`` in one of them (sent mail, judged by whom it went to); one of
    ``subjects`` is in Subject; one of ``references`` (Message-IDs without <>) is among
    the Message-IDs of In-Reply-To or References; with ``replies``, any In-Reply-To or
    References at all. An ``everything`` query reads every message (the client path).
    """

    senders: tuple[str, ...] = ()
    sender_pairs: tuple[tuple[str, str], ...] = ()
    recipients: tuple[str, ...] = ()
    recipient_pairs: tuple[tuple[str, str], ...] = ()
    subjects: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    replies: bool = False
    everything: bool = False

    def size(self) -> int:
        return (len(self.senders) + len(self.sender_pairs) + len(self.recipients) + len(self.recipient_pairs)
                + len(self.subjects) + len(self.references) + 2 * self.replies)


class SourceError(Exception):
    """A failure the user can act on; the message never holds a password or mail text."""

    def __init__(self, account: str, message: str) -> None:
        super().__init__(f"{account}: {message}")
        self.account = account
        self.message = message


class FolderMissing(SourceError):
    """One folder does not exist; the account's other folders can still be read."""


class Source(Protocol):
    account: str

    def folders(self) -> list[FolderInfo]:
        """Folders to read with their role; the sent folder last, when one was found."""

    @property
    def notes(self) -> list[str]:
        """Things worth telling the user once (e.g. no sent folder found)."""

    def status(self, folder: str) -> FolderStatus:
        """(uidvalidity, uidnext) in one cheap call (IMAP: STATUS, no SELECT)."""

    def search_after(self, folder: str, last_uid: int) -> list[int]:
        """UIDs greater than last_uid, ascending."""

    def search_since(self, folder: str, since: date) -> list[int]:
        """UIDs of messages that arrived on or after the date, ascending."""

    def search_windows(
        self, folder: str, first_uid: int, last_uid: int, since: date | None = None
    ) -> Iterator[list[int]]:
        """UIDs from first_uid to last_uid (both included), ascending, in consecutive
        pieces; with ``since``, only messages that arrived on or after that date. A server
        is asked in UID windows, so that no single answer grows with the mailbox."""

    def search_candidates(
        self, folder: str, first_uid: int, last_uid: int, since: date | None, query: CandidateQuery
    ) -> list[int] | None:
        """UIDs from first_uid to last_uid (with ``since``: arrived on or after it) that
        match ``query``, ascending; None when this source cannot be trusted to search
        (the caller then reads every header)."""

    def fetch_headers(self, folder: str, uids: Sequence[int]) -> list[FetchedHeaders]:
        """Header fields of watcher.parse.HEADER_FIELDS plus arrival, without marking \\Seen."""

    def fetch_messages(self, folder: str, uids: Sequence[int]) -> list[FetchedMessage]:
        """Whole messages, without marking \\Seen."""

    def append(self, folder: str, raw: bytes, flags: Sequence[str] = ()) -> None: ...

    def capabilities(self) -> frozenset[str]: ...

    @property
    def has_idle(self) -> bool: ...

    def refresh(self) -> None:
        """Let a session kept open see what arrived since it last looked; SourceError when it is gone."""

    def close(self) -> None: ...


@contextmanager
def open_source(account: object, get_password: Callable[[], str]) -> Iterator[Source]:
    """Connect to (or open) the account's mail; raises SourceError when that fails."""
    kind = getattr(account, "type", None)
    source: Source
    if kind == "imap":
        from watcher.sources.imap import ImapSource

        source = ImapSource.connect(account, get_password)
    elif kind in ("maildir", "mbox"):
        from watcher.sources.local import LocalSource

        source = LocalSource(account)
    else:
        raise SourceError(str(getattr(account, "name", "?")), f"unknown account type {kind!r}")
    try:
        yield source
    finally:
        source.close()


def diagnose(account: object, get_password: Callable[[], str]) -> str | None:
    """None when the account can be opened and logged into, else the user-facing cause."""
    try:
        with open_source(account, get_password) as source:
            source.folders()
    except SourceError as exc:
        return exc.message
    return None


__all__ = [
    "CandidateQuery",
    "FetchedHeaders",
    "FetchedMessage",
    "FolderInfo",
    "FolderMissing",
    "FolderRole",
    "FolderStatus",
    "Source",
    "SourceError",
    "diagnose",
    "open_source",
]
