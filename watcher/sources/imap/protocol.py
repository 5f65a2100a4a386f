"""Turning what imapclient, imaplib, ssl and the socket raise into the edge's typed errors.

Decided by exception classes and by RFC 5530 response codes, which imaplib files under
``untagged_responses`` when a tagged or untagged OK/NO/BAD carries one. The codes from an
earlier command are cleared before each command, so only the failing command's count.
"""

from __future__ import annotations

import socket
import ssl
from types import TracebackType
from typing import Any

from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError

from watcher.sources.imap.errors import (
    AuthenticationFailed,
    CommandRefused,
    ConnectionLost,
    FolderMissing,
    ImapError,
    ServerUnreachable,
    TlsError,
)

# RFC 5530 response codes the edge acts on.
CODES = ("NONEXISTENT", "UNAVAILABLE", "AUTHENTICATIONFAILED", "AUTHORIZATIONFAILED", "EXPIRED")


def response_codes(client: Any) -> set[str]:
    """The RFC 5530 codes the last command was answered with (read from imaplib's record)."""
    connection = getattr(client, "_imap", None)
    untagged = getattr(connection, "untagged_responses", None) or {}
    return {code for code in CODES if code in untagged}


def clear_response_codes(client: Any) -> None:
    connection = getattr(client, "_imap", None)
    untagged = getattr(connection, "untagged_responses", None)
    if untagged is not None:
        for code in CODES:
            untagged.pop(code, None)


class Guard:
    """``with Guard(account, client, folder):`` around commands on a live session.

    Raises FolderMissing, ConnectionLost, TlsError or CommandRefused (see errors.py) in
    place of imapclient's, imaplib's, ssl's and the socket's exceptions. Errors already
    typed by the edge pass through.
    """

    def __init__(self, account: str, client: Any, folder: str | None = None) -> None:
        self.account = account
        self.client = client
        self.folder = folder

    def __enter__(self) -> None:
        clear_response_codes(self.client)

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc is None or isinstance(exc, ImapError):
            return
        typed = session_error(self.account, exc, self.folder, response_codes(self.client))
        if typed is not None:
            raise typed from exc


def session_error(
    account: str, exc: BaseException, folder: str | None, codes: set[str]
) -> ImapError | None:
    """The typed error for an exception raised during a session, or None (not an IMAP failure)."""
    where = f"folder {folder!r}: " if folder else ""
    if isinstance(exc, ssl.SSLError):
        return TlsError(account, f"{where}TLS failure ({type(exc).__name__})")
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return ConnectionLost(account, f"{where}timeout waiting for the server")
    if isinstance(exc, OSError):
        return ConnectionLost(account, f"{where}connection lost ({type(exc).__name__})")
    if isinstance(exc, IMAPClientAbortError):
        return ConnectionLost(account, f"{where}connection closed by the server")
    if isinstance(exc, IMAPClientError):
        if "UNAVAILABLE" in codes:
            return ConnectionLost(account, f"{where}the server is unavailable for now [UNAVAILABLE]")
        if folder is not None and "NONEXISTENT" in codes:
            return FolderMissing(account, f"{where}no such folder [NONEXISTENT]")
        if isinstance(exc, LoginError):
            return AuthenticationFailed(account, "login refused")
        return CommandRefused(account, f"{where}server said: {short_text(exc)}")
    return None


def connect_error(
    account: str, exc: BaseException, host: str, port: int, ca_file: object = None
) -> ImapError | None:
    """The typed error for an exception raised while connecting (before login), or None.
    ``ca_file``: the account's, named in a refused certificate's message when it was tried."""
    where = f"{host}:{port}"
    if isinstance(exc, socket.gaierror):
        return ServerUnreachable(account, f"cannot resolve host {host}")
    if isinstance(exc, ssl.SSLCertVerificationError):
        trusted = f"; it was checked against ca_file {ca_file}" if ca_file else "; for a private CA set ca_file"
        reason = str(exc.verify_message).rstrip(".")
        return TlsError(account, f"TLS certificate verify failed for {where}: {reason}{trusted}")
    if isinstance(exc, ssl.SSLError):
        return TlsError(account, f"TLS handshake with {where} failed: {exc.reason or type(exc).__name__}")
    if isinstance(exc, ConnectionRefusedError):
        return ServerUnreachable(account, f"connection refused by {where}")
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return ServerUnreachable(account, f"timeout connecting to {where}")
    if isinstance(exc, OSError):
        return ServerUnreachable(account, f"cannot connect to {where}: {exc.strerror or type(exc).__name__}")
    if isinstance(exc, IMAPClientAbortError):
        return ConnectionLost(account, f"{where} closed the connection before login")
    if isinstance(exc, IMAPClientError):
        return CommandRefused(account, f"{where} answered unexpectedly: {short_text(exc)}")
    return None


def short_text(exc: BaseException) -> str:
    """The server's words, shortened, for the user to read (never to decide on)."""
    return str(exc).replace("b'", "").replace("'", "")[:200]
