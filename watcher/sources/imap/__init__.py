"""The IMAP edge: everything watcher says to an IMAP server goes through this package.

- ``session``: connect, TLS, login (password or OAuth2 token), capabilities, EXAMINE,
  STATUS, NOOP, APPEND; ``ImapSource`` is the ``Source`` sync reads through;
- ``search``: SEARCH in UID windows; ``candidates``: the server-side search for the mail
  that may concern an interview;
- ``fetch``: header fields (the fast path over imaplib's answer) and whole messages;
- ``idle``: IDLE on one folder, for the daemon's push thread;
- ``folders``: the sent folder's discovery;
- ``errors``: the typed failures (``ImapError`` and its kinds), ``protocol``: how
  imapclient's, imaplib's, ssl's and the socket's exceptions become them.

Only this package imports imapclient or imaplib. Importing it loads only ``errors``;
``ImapSource`` and the rest load on first use, so a command that never talks IMAP does
not pay for imapclient.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from watcher.sources.imap.errors import (
    AuthenticationFailed,
    CommandRefused,
    ConnectionLost,
    FolderMissing,
    ImapError,
    SecretUnavailable,
    ServerUnreachable,
    TlsError,
)

if TYPE_CHECKING:
    from watcher.sources.imap.fetch import HEADER_ITEM, sequence_set
    from watcher.sources.imap.session import ImapSource

_LAZY = {
    "ImapSource": "watcher.sources.imap.session",
    "HEADER_ITEM": "watcher.sources.imap.fetch",
    "sequence_set": "watcher.sources.imap.fetch",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


__all__ = [
    "HEADER_ITEM",
    "AuthenticationFailed",
    "CommandRefused",
    "ConnectionLost",
    "FolderMissing",
    "ImapError",
    "ImapSource",
    "SecretUnavailable",
    "ServerUnreachable",
    "TlsError",
    "sequence_set",
]
