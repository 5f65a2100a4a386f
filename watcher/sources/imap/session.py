"""One logged-in IMAP session for one account: the ``Source`` that sync reads through.

Connecting, TLS (implicit or STARTTLS, certificates always verified), login (password, or
an OAuth2 access token over XOAUTH2 or OAUTHBEARER), capabilities (asked again after the
login, RFC 3501 7.2.1), EXAMINE (read-only: nothing is marked \\Seen), STATUS, SEARCH,
FETCH, APPEND, NOOP and IDLE. Every failure is one of the typed errors in ``errors.py``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from typing import Any

import structlog
from imapclient import IMAPClient, SocketTimeout
from imapclient.exceptions import IMAPClientError

from watcher.settings import is_loopback_host
from watcher.auth import CredentialError
from watcher.auth.passwords import NoKeyring
from watcher.sources import CandidateQuery, FetchedHeaders, FetchedMessage, FolderInfo, FolderStatus
from watcher.sources.imap import fetch, search
from watcher.sources.imap.errors import (
    AuthenticationFailed,
    CommandRefused,
    ConnectionLost,
    FolderMissing,
    ImapError,
    KeyringMissing,
    SecretUnavailable,
)
from watcher.sources.imap.folders import find_sent_folder
from watcher.sources.imap.idle import IdleSession
from watcher.sources.imap.protocol import Guard, connect_error, response_codes, session_error

log = structlog.get_logger(__name__)

OAUTH2_MECHANISMS = ("XOAUTH2", "OAUTHBEARER")


class ImapSource:
    """One logged-in IMAP connection for one account (``watcher.sources.Source``)."""

    def __init__(self, account: Any, client: IMAPClient, capabilities: frozenset[str]) -> None:
        self.account = str(account.name)
        self._config = account
        self._client = client
        self._capabilities = capabilities
        self._selected: str | None = None
        self._notes: list[str] = []
        self._folders: list[FolderInfo] | None = None
        # (folder, first UID, last UID) -> its traced messages: the last range asked of each folder.
        self._traces: dict[tuple[str, int, int], dict[int, search.Traces]] = {}
        # (folder, SEARCH criteria, charset) -> UIDs: answers asked ahead (search_ahead),
        # each used once, by the next search_candidates of that folder.
        self._ahead: dict[tuple[str, str, str | None], list[int]] = {}

    # -- connecting ----------------------------------------------------------

    @classmethod
    def connect(
        cls,
        account: Any,
        secret: Callable[[], str],
        *,
        client_class: type[IMAPClient] = IMAPClient,
    ) -> ImapSource:
        """Connect, secure, log in and read the capabilities.

        ``account``: an ImapAccount (name, host, port, tls, ca_file, username, auth,
        timeout in seconds, optional ``oauth2.mechanism``). ``secret``: returns the
        password or a fresh OAuth2 access token; asked once per call, so on every
        (re)connect; it may raise CredentialError. ``client_class`` lets tests count
        round trips. Raises ServerUnreachable, TlsError, AuthenticationFailed (its
        SecretUnavailable when ``secret`` failed), ConnectionLost or CommandRefused.
        """
        name = str(account.name)
        if account.tls == "none" and not is_loopback_host(account.host):
            raise CommandRefused(name, f"refusing to send a password without TLS to {account.host}")
        try:
            client = _open_client(account, client_class)
        except (OSError, IMAPClientError) as exc:  # ssl.SSLError is an OSError
            typed = connect_error(name, exc, account.host, int(account.port), account.ca_file)
            if typed is None:
                raise
            raise typed from exc
        try:
            _log_in(account, client, secret)
            with Guard(name, client):
                capabilities = _capabilities(client)
        except BaseException:
            _quietly_logout(client)
            raise
        # INTERNALDATE as aware datetimes, not converted to naive local time.
        client.normalise_times = False
        return cls(account, client, capabilities)

    def refresh(self) -> None:
        """NOOP: the examined folder's news become visible; ConnectionLost when the link died.

        2 ms on a kept session where a new login and EXAMINE cost a quarter of a second on
        a 100,000-message inbox."""
        with self._guard():
            self._client.noop()

    def close(self, timeout: float | None = None) -> None:
        """LOGOUT, or just close a connection that is already broken; ``timeout`` (seconds)
        bounds the wait for the server's goodbye."""
        if timeout is not None:
            try:
                self._client.socket().settimeout(timeout)
            except (OSError, IMAPClientError):
                pass
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

    def folder_names(self) -> list[str]:
        """Every folder the server lists (LIST "" "*"), as named there."""
        with self._guard():
            return sorted(str(name) for _, _, name in self._client.list_folders())

    def _find_sent_folder(self) -> str | None:
        with self._guard():
            return find_sent_folder(self._client.list_folders())

    def status(self, folder: str) -> FolderStatus:
        if self._selected is None and folder in self._config.folders:
            # Dovecot answers STATUS from the open index of the examined folder, and of any
            # other only after re-reading it: 50 ms for a 100,000-message inbox each time the
            # session asked about another folder in between. Examining costs 2 ms, once.
            self.examine(folder)
        with self._folder_guard(folder):
            answer = self._client.folder_status(folder, [b"UIDNEXT", b"UIDVALIDITY"])
        return FolderStatus(uidvalidity=int(answer[b"UIDVALIDITY"]), uidnext=int(answer[b"UIDNEXT"]))

    def examine(self, folder: str) -> None:
        """EXAMINE ``folder`` (read-only SELECT) unless it is the one already examined."""
        if self._selected == folder:
            return
        self._selected = None
        with self._folder_guard(folder):
            self._client.select_folder(folder, readonly=True)
        self._selected = folder

    # -- searching and fetching ----------------------------------------------

    def search_after(self, folder: str, last_uid: int) -> list[int]:
        self.examine(folder)
        with self._guard(folder):
            uids = self._client.search(["UID", f"{last_uid + 1}:*"])
        # "UID N:*" always answers with the newest message, even one at or below N.
        return sorted(uid for uid in uids if uid > last_uid)

    def search_since(self, folder: str, since: date) -> list[int]:
        self.examine(folder)
        with self._guard(folder):
            return sorted(self._client.search(["SINCE", since]))

    def search_windows(
        self, folder: str, first_uid: int, last_uid: int, since: date | None = None
    ) -> Iterator[list[int]]:
        for low, high in search.windows(first_uid, last_uid):
            self.examine(folder)
            with self._guard(folder):
                uids = search.uids_in_range(self._client, low, high, since)
            if uids:
                yield uids

    def search_candidates(
        self, folder: str, first_uid: int, last_uid: int, since: date | None, query: CandidateQuery
    ) -> list[int] | None:
        """The server's pick (see ``Source.search_candidates``), or None when the account's
        ``search`` and the server say to read every header instead. The messages with
        Reply-To, In-Reply-To or References (``search.traced_messages``) are asked once per
        folder and range and kept for the session: a thread tied later is looked up in them
        without asking the server again."""
        mode = str(getattr(self._config, "search", "auto"))
        if not search.server_search_trusted(mode, str(self._config.host), self._capabilities):
            return None
        asked_ahead = any(key[0] == folder for key in self._ahead)
        first_uid = max(first_uid, 1)
        if last_uid >= first_uid:
            self.examine(folder)
            if not asked_ahead and search.worth_screening(first_uid, last_uid, query):
                with self._guard(folder):
                    self._ask(folder, first_uid, last_uid, query)
        ahead = {key[1:]: uids for key, uids in self._ahead.items() if key[0] == folder}
        self._ahead = {key: uids for key, uids in self._ahead.items() if key[0] != folder}
        if last_uid < first_uid:
            return []

        def answered(criteria: list[Any], charset: str | None) -> list[int] | None:
            return ahead.pop((repr(criteria), charset), None)

        with self._guard(folder):
            return search.candidates_in_range(self.account, self._client, first_uid, last_uid, since, query,
                                              lambda: self._traced(folder, first_uid, last_uid), answered)

    def search_ahead(
        self, folder: str, first_uid: int, last_uid: int, query: CandidateQuery, meanwhile: Callable[[], object]
    ) -> bool:
        """Ask the server now what ``search_candidates`` of this folder and range will ask
        (the SEARCHes of ``query``'s keys and the traced messages), running ``meanwhile``
        in a second thread while the server searches (the GIL is free while this thread
        waits for the answers); the answers are kept for that call, which then sends only
        what depends on mail read since (threads tied later are looked up in the traces).
        False, with nothing asked or run, when the account reads every header instead.
        Raises SourceError as search_candidates does; ``meanwhile`` is always waited for."""
        mode = str(getattr(self._config, "search", "auto"))
        first_uid = max(first_uid, 1)
        if (query.everything or last_uid < first_uid
                or not search.server_search_trusted(mode, str(self._config.host), self._capabilities)):
            return False
        worker = threading.Thread(target=meanwhile, name="prepare", daemon=True)
        worker.start()
        try:
            self.examine(folder)
            with self._guard(folder):
                self._ask(folder, first_uid, last_uid, query)
        finally:
            worker.join()
        return True

    def _ask(self, folder: str, first_uid: int, last_uid: int, query: CandidateQuery) -> None:
        """The answers of the keys' SEARCHes over the examined ``folder``'s range, kept for
        its next ``search_candidates``, and its traced messages: for a large range with
        many keys, from the fields fetched and screened here (``search.screened_answers``:
        the same answers, the server comparing the keys with few messages); else asked."""
        if search.worth_screening(first_uid, last_uid, query):
            answers, traces = search.screened_answers(self.account, self._client, first_uid, last_uid, query)
            for (criteria, charset), uids in answers.items():
                self._ahead[(folder, criteria, charset)] = uids
            self._keep_traces(folder, first_uid, last_uid, traces)
            return
        for criteria, charset in search.key_searches(first_uid, last_uid, query):
            self._ahead[(folder, repr(criteria), charset)] = self._client.search(criteria, charset)
        self._traced(folder, first_uid, last_uid)

    def _traced(self, folder: str, first_uid: int, last_uid: int) -> dict[int, search.Traces]:
        """The traced messages of the selected ``folder``'s range, asked once (see ``search_candidates``)."""
        key = (folder, first_uid, last_uid)
        if key not in self._traces:
            self._keep_traces(folder, first_uid, last_uid,
                              search.traced_messages(self.account, self._client, first_uid, last_uid))
        return self._traces[key]

    def _keep_traces(self, folder: str, first_uid: int, last_uid: int, traces: dict[int, search.Traces]) -> None:
        kept = {other: known for other, known in self._traces.items() if other[0] != folder}
        self._traces = kept | {(folder, first_uid, last_uid): traces}

    def fetch_headers(self, folder: str, uids: Sequence[int]) -> list[FetchedHeaders]:
        if not uids:
            return []
        self.examine(folder)
        with self._guard(folder):
            return fetch.fetch_headers(self.account, self._client, uids)

    def fetch_messages(self, folder: str, uids: Sequence[int]) -> list[FetchedMessage]:
        if not uids:
            return []
        self.examine(folder)
        with self._guard(folder):
            return fetch.fetch_messages(self.account, self._client, uids)

    # -- writing, capabilities, IDLE ---------------------------------------------

    def append(self, folder: str, raw: bytes, flags: Sequence[str] = ()) -> None:
        with self._folder_guard(folder):
            self._client.append(folder, raw, flags=tuple(flags))

    def has_message_id(self, folder: str, message_id: str) -> bool:
        """Whether ``folder`` holds a message with this Message-ID (SEARCH HEADER, RFC 3501 6.4.4)."""
        self._selected = None  # examined afresh: an APPEND may have changed it since
        self.examine(folder)
        with self._guard(folder):
            return bool(self._client.search(["HEADER", "Message-ID", message_id]))

    def capabilities(self) -> frozenset[str]:
        """The server's capabilities as it announced them after the login."""
        return self._capabilities

    @property
    def has_idle(self) -> bool:
        return "IDLE" in self._capabilities

    def idle(self, folder: str) -> IdleSession:
        """IDLE on ``folder`` (examined first) over this connection; see ``IdleSession``."""
        return IdleSession(self, folder)

    @property
    def client(self) -> IMAPClient:
        """The imapclient connection, for the edge's own modules only."""
        return self._client

    def _guard(self, folder: str | None = None) -> Guard:
        return Guard(self.account, self._client, folder)

    def _folder_guard(self, folder: str) -> _FolderGuard:
        return _FolderGuard(self, folder)


class _FolderGuard(Guard):
    """A command naming a folder: a refusal without ``[NONEXISTENT]`` is checked with LIST,
    so a server that gives no response code still tells a missing folder apart."""

    def __init__(self, source: ImapSource, folder: str) -> None:
        super().__init__(source.account, source.client, folder)
        self.source = source

    def __exit__(self, kind, exc, tb) -> None:  # type: ignore[no-untyped-def]
        if exc is None or isinstance(exc, ImapError):
            return
        typed = session_error(self.account, exc, self.folder, response_codes(self.client))
        if isinstance(typed, CommandRefused) and self.folder is not None and not self._listed():
            typed = FolderMissing(self.account, f"folder {self.folder!r}: no such folder")
        if typed is not None:
            raise typed from exc

    def _listed(self) -> bool:
        try:
            return bool(self.client.folder_exists(self.folder))
        except (OSError, IMAPClientError):  # a failed LIST leaves the first error standing
            return True


def _open_client(account: Any, client_class: type[IMAPClient]) -> IMAPClient:
    import ssl

    # Built only for TLS: loading the system's certificates costs 20 ms of every start.
    context = (ssl.create_default_context(cafile=str(account.ca_file) if account.ca_file else None)
               if account.tls in ("implicit", "starttls") else None)
    timeout = SocketTimeout(connect=float(account.timeout), read=float(account.timeout))
    implicit = account.tls == "implicit"
    client = client_class(
        account.host,
        port=int(account.port),
        ssl=implicit,
        ssl_context=context if implicit else None,
        timeout=timeout,
    )
    if not logging.getLogger("imapclient.imaplib").isEnabledFor(logging.DEBUG):
        # imapclient turns imaplib's protocol trace on (debug 5) and drops it in its
        # logger: imaplib then formats every answer line, and the repr of every literal
        # (each header block and message fetched), for a log line nobody reads.
        client._imap.debug = 0
    if account.tls == "starttls":
        try:
            client.starttls(context)
        except BaseException:
            _quietly_logout(client)
            raise
    return client


def login_mechanism(account: Any) -> str:
    """"LOGIN" for a password; for OAuth2 the account's ``oauth2.mechanism``, else XOAUTH2."""
    if getattr(account, "auth", "password") != "oauth2":
        return "LOGIN"
    oauth2 = getattr(account, "oauth2", None)
    mechanism = str(getattr(oauth2, "mechanism", None) or "XOAUTH2").upper()
    return mechanism if mechanism in OAUTH2_MECHANISMS else "XOAUTH2"


def _log_in(account: Any, client: IMAPClient, secret: Callable[[], str]) -> None:
    name = str(account.name)
    try:
        value = secret()
    except CredentialError as exc:
        unavailable = KeyringMissing if isinstance(exc, NoKeyring) else SecretUnavailable
        raise unavailable(name, f"cannot get the password: {exc}") from None
    mechanism = login_mechanism(account)
    try:
        with Guard(name, client):
            if mechanism == "XOAUTH2":
                client.oauth2_login(account.username, value)
            elif mechanism == "OAUTHBEARER":
                client.oauthbearer_login(account.username, value)
            else:
                client.login(account.username, value)
    except AuthenticationFailed:
        raise AuthenticationFailed(name, f"authentication failed for {account.username} at {account.host}") from None
    except ConnectionLost as exc:
        raise ConnectionLost(name, f"{account.host}: {exc.message} during login") from None


def _capabilities(client: IMAPClient) -> frozenset[str]:
    # imapclient takes the CAPABILITY code of the login's answer, or asks CAPABILITY.
    return frozenset(cap.decode() if isinstance(cap, bytes) else str(cap) for cap in client.capabilities())


def _quietly_logout(client: IMAPClient) -> None:
    try:
        client.logout()
    except (OSError, IMAPClientError):  # closing a broken connection: nothing useful to report
        try:
            client.shutdown()
        except (OSError, IMAPClientError):
            pass
