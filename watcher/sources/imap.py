"""IMAP accounts through imapclient: read-only folder access plus APPEND for drafts.

Folders are opened with EXAMINE and messages fetched with BODY.PEEK, so reading never
sets \\Seen. Every connection failure becomes a ``SourceError`` naming its kind.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import ssl
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta, timezone
from importlib import resources
from typing import Any

import structlog
from imapclient import IMAPClient, SocketTimeout
from imapclient.exceptions import IMAPClientError, LoginError

from watcher.calendar_names import MONTH_NUMBERS
from watcher.parse import HEADER_FIELDS
from watcher.sources import (
    FetchedHeaders,
    FetchedMessage,
    FolderInfo,
    FolderMissing,
    FolderStatus,
    SourceError,
)

log = structlog.get_logger(__name__)

HEADER_ITEM = f"BODY.PEEK[HEADER.FIELDS ({' '.join(HEADER_FIELDS)})]"
WHOLE_ITEM = "BODY.PEEK[]"
# UIDs per SEARCH: one answer for a whole 100,000-message folder is a line of 600 KB
# that imapclient splits and converts in one go, the largest allocation of a first sync.
SEARCH_WINDOW = 10_000


_UID_RE = re.compile(rb"[( ]UID (\d+)")
_INTERNALDATE_RE = re.compile(
    rb'INTERNALDATE "[ ]?(\d{1,2})-([A-Za-z]{3})-(\d{4}) (\d\d):(\d\d):(\d\d) ([+-])(\d\d)(\d\d)"'
)


def usual_sent_folder_names() -> tuple[str, ...]:
    text = resources.files("watcher").joinpath("data/sent_folders.txt").read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class ImapSource:
    """One logged-in IMAP connection for one account."""

    def __init__(self, account: Any, client: IMAPClient) -> None:
        self.account = str(account.name)
        self._config = account
        self._client = client
        self._selected: str | None = None
        self._notes: list[str] = []
        self._folders: list[FolderInfo] | None = None

    # -- connecting ----------------------------------------------------------

    @classmethod
    def connect(
        cls,
        account: Any,
        get_password: Callable[[], str],
        *,
        client_class: type[IMAPClient] = IMAPClient,
    ) -> ImapSource:
        """Connect, secure and log in; ``client_class`` lets tests count round trips."""
        name = str(account.name)
        if account.tls == "none" and not is_loopback(account.host):
            raise SourceError(name, f"refusing to send a password without TLS to {account.host}")
        with _connection_errors(account):
            client = _open_client(account, client_class)
        try:
            _log_in(account, client, get_password)
        except BaseException:
            _quietly_logout(client)
            raise
        # INTERNALDATE as aware datetimes, not converted to naive local time.
        client.normalise_times = False
        return cls(account, client)

    def refresh(self) -> None:
        # NOOP brings the examined inbox's index up to date: 2 ms on a kept session where a
        # new login and EXAMINE cost a quarter of a second on a 100,000-message inbox.
        with self._errors():
            self._client.noop()

    def close(self) -> None:
        _quietly_logout(self._client)

    # -- folders -------------------------------------------------------------

    @property
    def notes(self) -> list[str]:
        return list(self._notes)

    def folders(self) -> list[FolderInfo]:
        if self._folders is None:
            self._folders = self._discover_folders()
        return list(self._folders)

    def _discover_folders(self) -> list[FolderInfo]:
        found = [FolderInfo(name, "inbox") for name in self._config.folders]
        sent = self._config.sent_folder or self._find_sent_folder()
        if sent is None:
            self._notes.append(
                "no sent folder found (set sent_folder in the account): "
                "thank-you and follow-up messages you send will not be noticed"
            )
        elif sent not in self._config.folders:
            found.append(FolderInfo(sent, "sent"))
        return found

    def _find_sent_folder(self) -> str | None:
        with self._errors():
            listing = self._client.list_folders()
        names = [name for _, _, name in listing]
        for flags, _, name in listing:
            if b"\\Sent" in flags:
                return str(name)
        by_lower = {str(name).lower(): str(name) for name in names}
        for usual in usual_sent_folder_names():
            if usual.lower() in by_lower:
                return by_lower[usual.lower()]
        return None

    def status(self, folder: str) -> FolderStatus:
        if self._selected is None and folder in self._config.folders:
            # Dovecot answers STATUS from the open index of the examined folder, and of any
            # other only after re-reading it: 50 ms for a 100,000-message inbox each time the
            # session asked about another folder in between. Examining costs 2 ms, once.
            self._examine(folder)
        with self._errors(folder):
            answer = self._client.folder_status(folder, [b"UIDNEXT", b"UIDVALIDITY"])
        return FolderStatus(uidvalidity=int(answer[b"UIDVALIDITY"]), uidnext=int(answer[b"UIDNEXT"]))

    def _examine(self, folder: str) -> None:
        if self._selected == folder:
            return
        with self._errors(folder):
            self._client.select_folder(folder, readonly=True)
        self._selected = folder

    # -- searching and fetching ----------------------------------------------

    def search_after(self, folder: str, last_uid: int) -> list[int]:
        self._examine(folder)
        with self._errors(folder):
            uids = self._client.search(["UID", f"{last_uid + 1}:*"])
        # "UID N:*" always answers with the newest message, even one at or below N.
        return sorted(uid for uid in uids if uid > last_uid)

    def search_since(self, folder: str, since: date) -> list[int]:
        self._examine(folder)
        with self._errors(folder):
            return sorted(self._client.search(["SINCE", since]))

    def search_windows(
        self, folder: str, first_uid: int, last_uid: int, since: date | None = None
    ) -> Iterator[list[int]]:
        for start in range(max(first_uid, 1), last_uid + 1, SEARCH_WINDOW):
            uids = self._search_uid_range(folder, start, min(start + SEARCH_WINDOW - 1, last_uid), since)
            if uids:
                yield uids

    def _search_uid_range(self, folder: str, first_uid: int, last_uid: int, since: date | None) -> list[int]:
        self._examine(folder)
        criteria: list[Any] = ["UID", f"{first_uid}:{last_uid}"]
        if since is not None:
            criteria += ["SINCE", since]
        with self._errors(folder):
            uids = self._client.search(criteria)
        # A range beyond the newest UID still answers with the newest message.
        return sorted(uid for uid in uids if first_uid <= uid <= last_uid)

    def fetch_headers(self, folder: str, uids: Sequence[int]) -> list[FetchedHeaders]:
        found = self._fetch_headers_directly(folder, uids) if uids else {}
        missing = [uid for uid in uids if uid not in found]
        if missing:
            # An answer in a shape the direct reader does not know: imapclient reads it.
            answer = self._fetch(folder, missing, [HEADER_ITEM, "INTERNALDATE"])
            for uid, data in answer.items():
                found[uid] = FetchedHeaders(uid, _item_bytes(data, b"BODY[HEADER.FIELDS"), _arrival(data))
        return [found[uid] for uid in sorted(found)]

    def _fetch_headers_directly(self, folder: str, uids: Sequence[int]) -> dict[int, FetchedHeaders]:
        """Header fields read straight from imaplib's answer, without imapclient's parser.

        imapclient tokenises every byte of a FETCH answer in Python, which costs more than
        everything else a first sync does with the headers. The answer to this one FETCH
        is regular (a UID, an INTERNALDATE and one literal per message), so each message is
        read with two regular expressions; anything else is left to imapclient.
        """
        connection = getattr(self._client, "_imap", None)  # imapclient's imaplib.IMAP4
        if connection is None:
            return {}
        self._examine(folder)
        asked = set(uids)
        with self._errors(folder):
            kind, data = connection.uid("FETCH", sequence_set(uids), f"({HEADER_ITEM} INTERNALDATE)")
            if kind != "OK":
                raise IMAPClientError(f"FETCH refused: {kind}")
        found: dict[int, FetchedHeaders] = {}
        for part in data:
            item = _direct_header_item(part)
            if item is not None and item.uid in asked:
                found[item.uid] = item
        return found

    def fetch_messages(self, folder: str, uids: Sequence[int]) -> list[FetchedMessage]:
        answer = self._fetch(folder, uids, [WHOLE_ITEM, "INTERNALDATE"])
        return [
            FetchedMessage(uid, _item_bytes(data, b"BODY[]"), _arrival(data))
            for uid, data in sorted(answer.items())
        ]

    def _fetch(self, folder: str, uids: Sequence[int], items: list[str]) -> dict[int, dict[bytes, Any]]:
        if not uids:
            return {}
        self._examine(folder)
        with self._errors(folder):
            answer = self._client.fetch(list(uids), items)
            missing = [uid for uid in uids if uid not in answer]
            if missing:
                # Some servers (Exchange) answer OK with no data once; asking again helps.
                answer.update(self._client.fetch(missing, items))
        asked = set(uids)
        return {uid: data for uid, data in answer.items() if uid in asked}

    # -- writing and capabilities ----------------------------------------------

    def append(self, folder: str, raw: bytes, flags: Sequence[str] = ()) -> None:
        with self._errors(folder):
            self._client.append(folder, raw, flags=tuple(flags))

    def capabilities(self) -> frozenset[str]:
        with self._errors():
            return frozenset(
                cap.decode() if isinstance(cap, bytes) else str(cap) for cap in self._client.capabilities()
            )

    @property
    def has_idle(self) -> bool:
        return "IDLE" in self.capabilities()

    @property
    def client(self) -> IMAPClient:
        """The connection itself, for IDLE (the daemon) and nothing else."""
        return self._client

    def _errors(self, folder: str | None = None) -> _ImapErrors:
        return _ImapErrors(self.account, folder)


class _ImapErrors:
    """Turns imapclient and socket failures during a session into SourceError."""

    def __init__(self, account: str, folder: str | None) -> None:
        self.account = account
        self.folder = folder

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        if exc is None or not isinstance(exc, (IMAPClientError, OSError)):
            return
        where = f"folder {self.folder!r}: " if self.folder else ""
        if isinstance(exc, IMAPClientError) and self.folder and _says_missing(exc):
            raise FolderMissing(self.account, f"{where}no such folder") from exc
        if isinstance(exc, (socket.timeout, TimeoutError)):
            raise SourceError(self.account, f"{where}timeout waiting for the server") from exc
        if isinstance(exc, OSError):
            raise SourceError(self.account, f"{where}connection lost ({type(exc).__name__})") from exc
        raise SourceError(self.account, f"{where}server said: {_short(exc)}") from exc


def _says_missing(exc: BaseException) -> bool:
    text = str(exc).lower()
    return any(
        hint in text
        for hint in ("nonexistent", "doesn't exist", "does not exist", "not found", "unknown mailbox")
    )


def _short(exc: BaseException) -> str:
    return str(exc).replace("b'", "").replace("'", "")[:200]


class _connection_errors:
    """Connection-time failures, named by kind for the user."""

    def __init__(self, account: Any) -> None:
        self.name = str(account.name)
        self.where = f"{account.host}:{account.port}"
        self.ca_file = getattr(account, "ca_file", None)

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        if exc is None:
            return
        message = _connection_failure(exc, self.where, self.ca_file)
        if message is not None:
            raise SourceError(self.name, message) from exc


def _connection_failure(exc: BaseException, where: str, ca_file: object = None) -> str | None:
    host = where.rsplit(":", 1)[0]
    if isinstance(exc, socket.gaierror):
        return f"cannot resolve host {host}"
    if isinstance(exc, ssl.SSLCertVerificationError):
        trusted = (f"; it was checked against ca_file {ca_file}" if ca_file
                   else "; for a private CA set ca_file")
        return f"TLS certificate verify failed for {where}: {str(exc.verify_message).rstrip('.')}{trusted}"
    if isinstance(exc, ssl.SSLError):
        return f"TLS handshake with {where} failed: {exc.reason or type(exc).__name__}"
    if isinstance(exc, ConnectionRefusedError):
        return f"connection refused by {where}"
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return f"timeout connecting to {where}"
    if isinstance(exc, OSError):
        return f"cannot connect to {where}: {exc.strerror or type(exc).__name__}"
    if isinstance(exc, IMAPClientError):
        return f"{where} answered unexpectedly: {_short(exc)}"
    return None


def _open_client(account: Any, client_class: type[IMAPClient]) -> IMAPClient:
    context = ssl.create_default_context(cafile=str(account.ca_file) if account.ca_file else None)
    timeout = SocketTimeout(connect=float(account.timeout), read=float(account.timeout))
    implicit = account.tls == "implicit"
    client = client_class(
        account.host,
        port=int(account.port),
        ssl=implicit,
        ssl_context=context if implicit else None,
        timeout=timeout,
    )
    if account.tls == "starttls":
        try:
            client.starttls(context)
        except BaseException:
            _quietly_logout(client)
            raise
    return client


def _log_in(account: Any, client: IMAPClient, get_password: Callable[[], str]) -> None:
    name = str(account.name)
    try:
        secret = get_password()
    except Exception as exc:
        raise SourceError(name, f"cannot get the password: {exc}") from exc
    try:
        if account.auth == "oauth2":
            # The mechanism comes from [account.oauth2]; a token from password_command uses XOAUTH2.
            mechanism = getattr(getattr(account, "oauth2", None), "mechanism", "XOAUTH2")
            if mechanism == "OAUTHBEARER":
                client.oauthbearer_login(account.username, secret)
            else:
                client.oauth2_login(account.username, secret)
        else:
            client.login(account.username, secret)
    except LoginError as exc:
        raise SourceError(name, f"authentication failed for {account.username} at {account.host}") from exc
    except (IMAPClientError, OSError) as exc:
        message = _connection_failure(exc, f"{account.host}:{account.port}", account.ca_file) or "login failed"
        raise SourceError(name, message) from exc


def _quietly_logout(client: IMAPClient) -> None:
    try:
        client.logout()
    except Exception:  # closing a broken connection: nothing useful to report
        try:
            client.shutdown()
        except Exception:
            pass


def sequence_set(uids: Sequence[int]) -> str:
    """ "1:3,7,9:10" for [1, 2, 3, 7, 9, 10]: a batch's UIDs in as few bytes as the server reads."""
    ordered = sorted(set(uids))
    ranges: list[str] = []
    start = previous = ordered[0]
    for uid in ordered[1:]:
        if uid != previous + 1:
            ranges.append(f"{start}:{previous}" if previous != start else str(start))
            start = uid
        previous = uid
    ranges.append(f"{start}:{previous}" if previous != start else str(start))
    return ",".join(ranges)


def _direct_header_item(part: object) -> FetchedHeaders | None:
    """One message of a FETCH answer as imaplib hands it on: (head with {n}, literal)."""
    if not isinstance(part, tuple) or len(part) != 2:
        return None  # a closing ")", or an unsolicited FETCH of flags
    head, literal = part
    if not isinstance(head, bytes) or not isinstance(literal, bytes) or not head.endswith(b"}"):
        return None
    uid = _UID_RE.search(head)
    if uid is None or b"BODY[HEADER.FIELDS" not in head.upper():
        return None
    return FetchedHeaders(int(uid.group(1)), literal, _internaldate(head))


def _internaldate(head: bytes) -> datetime | None:
    found = _INTERNALDATE_RE.search(head)
    if found is None:
        return None
    day, month, year, hour, minute, second, sign, zone_hours, zone_minutes = found.groups()
    number = MONTH_NUMBERS.get(month.decode().title())
    if number is None:
        return None
    offset = (int(zone_hours) * 60 + int(zone_minutes)) * (-1 if sign == b"-" else 1)
    try:
        return datetime(
            int(year),
            number,
            int(day),
            int(hour),
            int(minute),
            int(second),
            tzinfo=timezone(timedelta(minutes=offset)),
        )
    except ValueError:
        return None


def _item_bytes(data: dict[bytes, Any], prefix: bytes) -> bytes:
    """The fetched literal whose key starts with prefix (PEEK dropped, names maybe quoted)."""
    for key, value in data.items():
        if isinstance(key, bytes) and key.upper().startswith(prefix):
            return bytes(value or b"")
    return b""


def _arrival(data: dict[bytes, Any]) -> datetime | None:
    value = data.get(b"INTERNALDATE")
    if not isinstance(value, datetime):
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)
