"""A refused OAuth2 sign-in, announced once on the user's notice channels.

When the provider refuses an account's refresh token (revoked, expired, password changed),
``watcher.auth.oauth2`` stores the refusal in the account's token record: ``refused_since``
(seconds since the epoch, UTC) is the first refusal since the last ``watcher login``.
``sign_in_notices`` turns each such refusal into one ``Notice`` whose record key names the
account and that moment, so ``Pipeline.notify`` (the exactly-once notice record in the
store) sends it once per refusal, whether ``watcher scan`` or the daemon meets it first,
however often either asks again. A new ``watcher login`` clears the refusal; a later one
is a new refusal with a notice of its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from watcher.auth.passwords import CredentialError
from watcher.auth.tokens import token_store
from watcher.model import Notice

SIGN_IN_ACTION = "sign_in_refused"  # the notice record's action


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
    return Notice(
        interview="",
        action=SIGN_IN_ACTION,
        key=f"{name}@{int(refusal.since)}",
        company=f"mail account {name}",
        title=f"sign in again: watcher login {name}",
        why=(
            f"sign in again: watcher login {name}. The provider refused watcher's sign-in to mail account"
            f" {name} ({refusal.error}), so its mail is not read; until you sign in again watcher asks the"
            " provider only every 30 minutes."
        ),
    )


def sign_in_notices(accounts: Iterable[Any]) -> list[Notice]:
    """The notices of every refused sign-in among ``accounts`` (one per account at most)."""
    return [sign_in_notice(refusal) for account in accounts if (refusal := refusal_of(account)) is not None]
