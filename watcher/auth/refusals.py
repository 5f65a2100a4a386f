"""A refused sign-in or login, announced once per refusal on the user's notice channels.

When the provider refuses an account's refresh token (revoked, expired, password changed),
``watcher.auth.oauth2`` stores the refusal in the account's token record: ``refused_since``
(seconds since the epoch, UTC) is the first refusal since the last ``watcher login``.
``sign_in_notices`` turns each such refusal into one ``Notice`` whose record key names the
account and that moment, so ``Pipeline.notify`` (the exactly-once notice record in the
store) sends it once per refusal, whether ``watcher scan`` or the daemon meets it first,
however often either asks again. A new ``watcher login`` clears the refusal; a later one
is a new refusal with a notice of its own.

A refused *password* login (or an account with no password to be had) is kept the same
way in the store (``Store.login_refused``: the first refusal since the account last
synced), and ``login_refusal_notice`` keys its notice by that moment: once per refusal,
across scans and daemon restarts; after the account logs in again, a new refusal is
announced again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from watcher.auth.passwords import CredentialError
from watcher.model import Notice

if TYPE_CHECKING:
    from watcher.store import Store
    from watcher.sync import AccountReport

SIGN_IN_ACTION = "sign_in_refused"  # the notice record's action
LOGIN_ACTION = "account_error"  # that of a refused password login


@dataclass(frozen=True)
class Refusal:
    """The provider's refusal of an account's stored sign-in."""

    account: str
    since: float  # seconds since the epoch (UTC): the first refusal since the last sign-in
    error: str  # the RFC 6749 error code the provider answered, e.g. "invalid_grant"


def refusal_of(account: Any) -> Refusal | None:
    """The stored refusal of an IMAP account that signs in by ``[account.oauth2]``, if any.

    ``account``: an ``ImapAccount``-like object (``name``, ``auth``, ``oauth2``). None when
    the account signs in otherwise, never signed in, or was not refused; a token store that
    cannot be read is no refusal (its own error is reported by the sync).
    """
    oauth2 = getattr(account, "oauth2", None)
    if getattr(account, "auth", None) != "oauth2" or oauth2 is None:
        return None
    from watcher.auth.tokens import token_store  # only for OAuth2: a password account's scan skips its import

    try:
        record = token_store(account.name, oauth2.token_file).load()
    except CredentialError:
        return None
    if not record:
        return None
    since = record.get("refused_since", record.get("refused_at"))
    if not isinstance(since, (int, float)):
        return None
    return Refusal(str(account.name), float(since), str(record.get("refused_error") or "refused"))


def sign_in_notice(refusal: Refusal) -> Notice:
    """The notice of one refusal: "sign in again: watcher login ACCOUNT"."""
    name = refusal.account
    return _account_notice(
        SIGN_IN_ACTION, name, refusal.since, f"sign in again: watcher login {name}",
        f"sign in again: watcher login {name}. The provider refused watcher's sign-in to mail account"
        f" {name} ({refusal.error}), so its mail is not read; until you sign in again watcher asks the"
        " provider only every 30 minutes.",
    )


def _account_notice(action: str, account: str, since: float, title: str, why: str) -> Notice:
    """A notice about a mail account, keyed by the refusal's first moment (seconds since the epoch)."""
    return Notice(interview="", action=action, key=f"{account}@{int(since)}",
                  company=f"mail account {account}", title=title, why=why)


def sign_in_notices(accounts: Iterable[Any]) -> list[Notice]:
    """The notices of every refused sign-in among ``accounts`` (one per account at most)."""
    return [sign_in_notice(refusal) for account in accounts if (refusal := refusal_of(account)) is not None]


def login_refusal_notice(store: Store, account: str, cause: str, now: datetime, config: Any = None) -> Notice:
    """Record a refused password login of ``account`` at ``now`` (UTC) and return its notice,
    keyed by the first refusal since the account last synced (see the module's docstring).
    ``cause``: what the server or the credential lookup said, e.g. "authentication failed";
    never a secret. ``config``: the account's settings, so that a password read before the
    keyring (``password_command``, ``password_env``) is named as the thing to fix, where
    `watcher login` would change nothing (README "Passwords")."""
    from watcher.not_read import password_source

    since = store.login_refused(account, now, cause)
    source = password_source(config)
    check = (f"The server refused the password from {source}, or it gave none: make it give the account's"
             " password (an app password where the provider wants one)" if source is not None
             else f"Check its password (watcher login {account}) or password_command")
    return _account_notice(
        LOGIN_ACTION, account, since.timestamp(), f"watcher cannot log in to mail account {account}",
        f"{cause or 'login refused'}. {check}; watcher tries again on the next scan (the service every 30 minutes).",
    )


def refusal_notices(store: Store, accounts: Sequence[Any], reports: Iterable[AccountReport],
                    now: datetime) -> list[Notice]:
    """The notices of the refused sign-ins among the failed ``reports`` of a scan: a stored
    OAuth2 refusal, else a refused login (the IMAP edge's ``AuthenticationFailed``). Each
    is sent once per refusal by ``Pipeline.notify``'s record."""
    from watcher.sources.imap import AuthenticationFailed  # loaded already by the scan that failed

    by_name = {account.name: account for account in accounts}
    notices: list[Notice] = []
    for report in reports:
        account = by_name.get(report.account)
        if report.ok or account is None:
            continue
        refusal = refusal_of(account)
        if refusal is not None:
            notices.append(sign_in_notice(refusal))
        elif isinstance(report.failure, AuthenticationFailed):
            notices.append(login_refusal_notice(store, account.name, report.error or "", now, account))
    return notices
