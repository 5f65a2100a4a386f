"""The IMAP edge's typed failures: raised from protocol facts, never from a message's wording.

Each is a ``SourceError`` (so sync and the daemon need no IMAP knowledge to report it)
and an ``ImapError``. What decides which is raised:

- ``AuthenticationFailed``: imapclient's ``LoginError`` (a tagged NO to LOGIN or
  AUTHENTICATE; RFC 5530's ``[AUTHENTICATIONFAILED]`` and friends), or
  ``SecretUnavailable`` when the password or token could not be had at all
  (``KeyringMissing`` when it was to come from a keyring and there is none);
- ``FolderMissing``: the ``[NONEXISTENT]`` response code (RFC 5530), or, from a server
  that gives no code, a refused SELECT/EXAMINE/STATUS of a folder that LIST does not show;
- ``TlsError``: ``ssl.SSLError`` and its ``SSLCertVerificationError``;
- ``ServerUnreachable``: the host cannot be resolved, refuses the connection, or does not
  answer the connection in time;
- ``ConnectionLost``: a socket error or timeout after the connection was made, imaplib's
  ``abort`` (EOF, ``BYE``), or a server that answered ``[UNAVAILABLE]`` (RFC 5530);
- ``CommandRefused``: any other NO or BAD.
"""

from __future__ import annotations

from watcher.sources import FolderMissing as _SourceFolderMissing
from watcher.sources import SourceError


class ImapError(SourceError):
    """Base of every failure raised by the IMAP edge; ``message`` is for the user, secret-free."""


class AuthenticationFailed(ImapError):
    """The server refused the login (wrong password, revoked token): retrying soon will not help."""


class SecretUnavailable(AuthenticationFailed):
    """No password or token could be had for the login (keyring locked, command failed...)."""


class KeyringMissing(SecretUnavailable):
    """The password was to come from the system keyring, and this machine has none."""


class TlsError(ImapError):
    """The TLS handshake failed: an untrusted or expired certificate, a wrong host name..."""


class ServerUnreachable(ImapError):
    """No connection could be made: unknown host, connection refused, connect timeout."""


class ConnectionLost(ImapError):
    """An established connection broke (socket error, timeout, BYE): reconnecting may help."""


class CommandRefused(ImapError):
    """The server answered NO or BAD to a command, for a reason none of the others names."""


class FolderMissing(ImapError, _SourceFolderMissing):
    """The folder does not exist on the server; the account's other folders can still be read."""


__all__ = [
    "AuthenticationFailed",
    "CommandRefused",
    "ConnectionLost",
    "FolderMissing",
    "ImapError",
    "KeyringMissing",
    "SecretUnavailable",
    "ServerUnreachable",
    "TlsError",
]
