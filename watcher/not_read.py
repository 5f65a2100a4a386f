"""Mail that could not be read: what the reports say instead of an all-clear.

An account that could not be synced (or one folder of it that could not be read) leaves
its news unknown: there may be a reply in it, or nothing. Every report that could sound
like "nothing happened" (the scan's news line, the to-do list, ``watcher status``, the
board) says so instead, naming the account, what failed and what to do.

``in_scan`` reads a scan's account reports; ``in_store`` reads the errors the store kept
from the last syncs (the scan's and the daemon's) and the daemon's lost push connections
(between two syncs: "server unreachable since 10:42, retrying"), for the commands that
read the database only. A loss whose service is no longer running (killed before it could
say so) is not "retrying": the account's news is unknown since the loss, and nobody is
trying to learn it.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from pathlib import Path

    from watcher.settings import Account, LocalAccount
    from watcher.store import ConnectionLoss, FolderStatus
    from watcher.sync import AccountReport

ACCOUNT_WIDE = "*"  # the store's folder name for an error of the whole account


@dataclass(frozen=True)
class NotRead:
    """An account (``folder`` None) or one folder of it whose mail could not be read."""

    account: str
    folder: str | None
    error: str  # what failed, secret-free (the source's own message)
    since: datetime | None  # when it last failed (UTC-aware); None: in this very scan
    what_to_do: str
    # The daemon lost the account's push connection at ``since`` and is trying again (the
    # last try at ``retried_at``): unknown since the loss, not since a failed sync.
    retried_at: datetime | None = None

    @property
    def where(self) -> str:
        """"account work" or "folder Jobs of account work"."""
        return f"account {self.account}" if self.folder is None else f"folder {self.folder} of account {self.account}"

    def line(self, tz: ZoneInfo) -> str:
        """One line for a person: what, since when, why, that its news is unknown, what to do."""
        when = f" since {self.since.astimezone(tz):%a %d %b %H:%M}" if self.since else ""
        if self.retried_at is not None:
            return (f"{self.where}: server unreachable{when}, retrying (last try"
                    f" {self.retried_at.astimezone(tz):%H:%M}: {self.error}). News from it since then is unknown:"
                    f" a reply there would be missing below. {self.what_to_do}")
        return (f"{self.where}: NOT SYNCED{when} ({self.error}). News from it is unknown: "
                f"a reply there would be missing below. {self.what_to_do}")

    def json(self) -> dict[str, Any]:
        return {"account": self.account, "folder": self.folder, "error": self.error,
                "since": self.since.isoformat() if self.since else None, "what_to_do": self.what_to_do,
                "retrying": self.retried_at is not None}


def in_scan(reports: Iterable[AccountReport], accounts: Iterable[Account] = ()) -> list[NotRead]:
    """The accounts a scan could not sync, and the folders it could not read of the others.
    ``accounts``: the configured accounts, for advice that names a local mailbox's path."""
    configured = {a.name: a for a in accounts}
    found = []
    for report in reports:
        if not report.ok:
            found.append(NotRead(report.account, None, report.error or "not synced", None,
                                 what_to_do(report.account, report.failure, configured.get(report.account))))
            continue
        found.extend(NotRead(report.account, f.folder, f.error, None,
                             folder_hint(configured.get(report.account), report.account, f.folder))
                     for f in report.folders if f.error)
    return found


def recorder_running(loss: ConnectionLoss) -> bool:
    """Whether the service that recorded ``loss`` may still be running, and so retrying: its
    process (``loss.pid``) exists and the machine has not started again since its last try
    (a pid of before a restart may be another process's now). A loss recorded without a pid
    (before the store kept it) counts as running, as it always did."""
    if loss.pid is None:
        return True
    if loss.tried_at.timestamp() < _booted_at():
        return False
    try:
        os.kill(loss.pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, another user's
        return True
    return True


def _booted_at() -> float:
    """When the machine started (seconds since the epoch), on Linux; else 0.0 (unknown)."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is None:
        return 0.0
    return time.time() - time.clock_gettime(boottime)


def in_store(folders: Sequence[FolderStatus], accounts: Iterable[Account],
             losses: Sequence[ConnectionLoss] = (),
             running: Callable[[ConnectionLoss], bool] = recorder_running) -> list[NotRead]:
    """The configured ``accounts`` whose last sync failed, and their folders whose last
    reading failed, from the store's sync state (``Store.folder_statuses``); an account whose
    push connection the daemon lost (``Store.connection_losses``) and has not made again is
    one whose news is unknown since the loss, said once for the account (its last sync's
    error instead, when that failure came after the last reconnect try). A folder the
    account's config no longer reads is left out (a sync forgets its error too,
    ``Store.clear_account_error``); of an IMAP account without ``sent_folder``, a folder
    not named in ``folders`` that was read before may be the sent folder found on the
    server, and is kept (a name never read is a folder taken out of the config). A loss
    whose service is no longer ``running`` (``recorder_running``) is not retrying: its
    account is said NOT SYNCED since the loss, with what to do to have it read again. A
    configured account the store has no sync of at all is "never read yet"."""
    configured = {a.name: a for a in accounts}
    failed_at = {f.account: f.error_at for f in folders if f.folder == ACCOUNT_WIDE and f.error}
    found = []
    lost = set()
    for loss in losses:
        if loss.account not in configured:
            continue
        failure = failed_at.get(loss.account)
        if loss.account in failed_at and failure is not None and failure > loss.tried_at:
            continue  # a sync failed after the last try: its error says more
        lost.add(loss.account)
        if running(loss):
            found.append(NotRead(loss.account, None, loss.error, loss.since, _LOST_HINT, retried_at=loss.tried_at))
        else:
            found.append(NotRead(loss.account, None, f"{loss.error}; the service that was retrying has ended",
                                 loss.since, _ENDED_HINT))
    failed = set(failed_at) | lost
    for f in folders:
        account = configured.get(f.account)
        if account is None or not f.error or f.account in lost:
            continue
        if f.folder == ACCOUNT_WIDE:
            found.append(NotRead(f.account, None, f.error, f.error_at, _STORED_HINT.format(account=f.account)))
        elif f.account not in failed and _still_read(account, f):  # else the account's failure says it all
            found.append(NotRead(f.account, f.folder, f.error, f.error_at, folder_hint(account, f.account, f.folder)))
    # Never synced (before the first scan, or just added to the config): unknown, not "nothing yet".
    synced = {f.account for f in folders}
    found += [NotRead(name, None, "never read yet", None, _NEVER_HINT) for name in configured
              if name not in synced and name not in lost]
    return found


def _still_read(account: Account, folder: FolderStatus) -> bool:
    """Whether a sync of ``account`` as configured reads ``folder`` (or may: a sent folder
    found on the server, one read before)."""
    if account.type == "imap":
        if account.sent_folder is None and folder.uidvalidity is not None:
            return True
        return folder.folder in (*account.folders, account.sent_folder)
    return _local_path(account, folder.folder) is not None


def _local_path(account: LocalAccount, folder: str) -> Path | None:
    """The file or directory behind a local account's folder ("INBOX": ``path``, "Sent":
    ``sent_path``, the names ``watcher.sources.local`` gives them)."""
    from watcher.sources.local import INBOX, SENT

    return {INBOX: account.path, SENT: account.sent_path}.get(folder)


def folder_hint(account: Account | None, name: str, folder: str) -> str:
    """What to do about a folder that could not be read: for a local mailbox, the path
    to fix (its config key and value); for IMAP, the folder's name."""
    if account is None or account.type == "imap":
        return _FOLDER_HINT.format(account=name)
    path = _local_path(account, folder)
    from watcher.sources.local import SENT

    key = "sent_path" if folder == SENT else "path"
    return (f"What to do: fix the path of this {account.type} in the config of account {name}"
            f' ({key} = "{path}"): make it the {account.type} that holds this mail'
            + (", or take sent_path out" if key == "sent_path" else "") + "; then run `watcher scan`.")


def accounts_words(items: Sequence[NotRead]) -> str:
    """"account work", "accounts work and home", "folder Jobs of account work"."""
    whole = sorted({i.account for i in items if i.folder is None})
    parts = []
    if whole:
        parts.append(("account " if len(whole) == 1 else "accounts ") + _and(whole))
    parts.extend(i.where for i in items if i.folder is not None and i.account not in whole)
    return _and(parts)


def what_to_do(account: str, failure: BaseException | None, config: Account | None = None) -> str:
    """What the user can do about a failed sync, chosen by the failure's type. ``config``:
    the account's settings, so that a refused password names where it came from."""
    advice = failure_advice(account, failure, config)
    if advice is not None:
        return advice
    if failure is None:  # a fault in watcher itself
        return "What to do: run `watcher -v scan` and report the traceback."
    return _STORED_HINT.format(account=account)


def failure_advice(account: str, failure: BaseException | None, config: Account | None = None,
                   then: str = "watcher scan") -> str | None:
    """What to do about a login or connection that failed, by the failure's type; None for a
    failure of another type. ``then``: the command to run once it is fixed (``watcher scan``;
    ``watcher check`` says it after its own line)."""
    from watcher.sources.imap.errors import (
        AuthenticationFailed,
        ConnectionLost,
        KeyringMissing,
        SecretUnavailable,
        ServerUnreachable,
        TlsError,
    )

    if isinstance(failure, KeyringMissing):  # `watcher login` would find no keyring to store it in
        return (f"What to do: this machine has no keyring for `watcher login` to keep the password in: set"
                f" password_command or password_env on account {account} (or give the password as a systemd"
                f" credential named {account}), then run `{then}`.")
    if isinstance(failure, AuthenticationFailed):
        source = password_source(config)
        if source is not None:  # read before the keyring: `watcher login` would change nothing
            if isinstance(failure, SecretUnavailable):
                return (f"What to do: make {source} give the account's password (an app password where"
                        f" the provider wants one), then run `{then}`.")
            return (f"What to do: the server refused the password from {source}: make it give the account's"
                    f" password (an app password where the provider wants one), then run `{then}`.")
        return (f"What to do: give watcher the account's password or sign-in again (`watcher login {account}`),"
                f" then run `{then}`.")
    if isinstance(failure, TlsError):
        return ("What to do: check the server's certificate (set `ca_file` for a private CA), and that `tls`"
                " matches what the server speaks on `port` (\"implicit\", usually 993, or \"starttls\", usually"
                f" 143), then run `{then}`.")
    if isinstance(failure, (ServerUnreachable, ConnectionLost)):
        return f"What to do: check the network and the server's name and port, then run `{then}` again."
    return None


def password_source(config: Account | None) -> str | None:
    """The config key a password account's password came from, when it is read before the
    keyring (README "Passwords"): its ``password_command`` or its ``password_env``. The
    command itself is not named, as it may hold a secret."""
    if config is None or config.type != "imap" or config.auth != "password":
        return None
    if config.password_command:
        return f"its password_command (account {config.name})"
    if config.password_env:
        return f"the environment variable {config.password_env} (password_env of account {config.name})"
    return None


_NEVER_HINT = "What to do: run `watcher scan` (or start the service) to read it."
_STORED_HINT = "What to do: `watcher check` says what is wrong with account {account}; then run `watcher scan`."
_LOST_HINT = ("What to do: nothing while the outage passes: the service reconnects by itself (at least once a"
              " minute) and then reads what came meanwhile; if it lasts, check the network, and `watcher check`"
              " for the server's name and port.")
_ENDED_HINT = ("What to do: start the service again (`systemctl --user start watcher`; `journalctl --user -u"
               " watcher` says why it ended), or run `watcher scan`.")
_FOLDER_HINT = ("What to do: fix the folder's name in the config of account {account} (`watcher check` lists"
                " the folders the server has), then run `watcher scan`.")


def _and(words: Sequence[str]) -> str:
    if len(words) < 2:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]
