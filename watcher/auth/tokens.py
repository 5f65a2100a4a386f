"""Where OAuth2 tokens are kept: the system keyring or a file of the user's own.

A token record is a small JSON object, one per account:

- ``refresh_token``, ``access_token``, ``expires_at`` (seconds since the epoch, UTC),
  ``lifetime`` (seconds the access token was granted for) for the generic flows;
- ``msal_cache``: MSAL's serialised token cache for ``provider = "microsoft"``;
- ``refused_at`` (seconds since the epoch) and ``refused_error`` (an RFC 6749 error code)
  once the provider refused the refresh token: until the next ``watcher login`` it is
  asked again only on the slow auth schedule; ``refused_since``, the first refusal since
  the last sign-in, names the refusal in its one notice.

In the keyring it lives under service ``watcher``, user ``ACCOUNT:oauth2``; with
``token_file`` in a file of mode 0600, replaced atomically (write, fsync, rename), so a
crash at any moment leaves either the old record or the new one, never half of one.
No log line or error message carries a token.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import structlog

from watcher.auth.passwords import KEYRING_SERVICE, CredentialError

log = structlog.get_logger(__name__)

TokenRecord = dict[str, Any]


class TokenStore(Protocol):
    """Load and save one account's token record."""

    def load(self) -> TokenRecord | None:
        """The record, or None when the account never signed in. Raise CredentialError if unreadable."""

    def save(self, record: TokenRecord) -> None:
        """Replace the record durably before returning. Raise CredentialError if it cannot be kept."""

    def describe(self) -> str:
        """Where the tokens live, for messages (never the tokens)."""


def keyring_user(account: str) -> str:
    """The keyring user name of an account's tokens: ``ACCOUNT:oauth2``."""
    return f"{account}:oauth2"


@dataclass(frozen=True)
class KeyringTokens:
    """The token record in the system keyring (service ``watcher``, user ``ACCOUNT:oauth2``)."""

    account: str

    def describe(self) -> str:
        return f"the system keyring (service '{KEYRING_SERVICE}', user '{keyring_user(self.account)}')"

    def load(self) -> TokenRecord | None:
        import keyring  # a tenth of a second to import: only when a sign-in is kept there
        import keyring.errors

        try:
            text = keyring.get_password(KEYRING_SERVICE, keyring_user(self.account))
        except keyring.errors.NoKeyringError:
            raise CredentialError(_no_keyring(self.account)) from None
        except Exception as exc:  # noqa: BLE001 - backends raise their own kinds (D-Bus, locked collections)
            raise CredentialError(
                f"the keyring could not give the sign-in of account '{self.account}' ({type(exc).__name__})"
            ) from None
        return None if text is None else _decode(text, self.describe())

    def save(self, record: TokenRecord) -> None:
        import keyring
        import keyring.errors

        try:
            keyring.set_password(KEYRING_SERVICE, keyring_user(self.account), json.dumps(record))
        except keyring.errors.NoKeyringError:
            raise CredentialError(_no_keyring(self.account)) from None
        except Exception as exc:  # noqa: BLE001 - as in load
            raise CredentialError(
                f"the keyring could not store the sign-in of account '{self.account}' ({type(exc).__name__})"
            ) from None


@dataclass(frozen=True)
class FileTokens:
    """The token record in ``path`` (mode 0600), replaced atomically on every save."""

    account: str
    path: Path

    def describe(self) -> str:
        return f"the token file {self.path}"

    def load(self) -> TokenRecord | None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as exc:
            raise CredentialError(f"cannot read {self.describe()}: {type(exc).__name__}") from None
        return _decode(text, self.describe())

    def save(self, record: TokenRecord) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            descriptor, temporary = tempfile.mkstemp(prefix=".tokens-", dir=self.path.parent)
            try:
                os.fchmod(descriptor, 0o600)
                with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                    json.dump(record, handle)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.replace(temporary, self.path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
            _fsync_folder(self.path.parent)
        except OSError as exc:
            raise CredentialError(f"cannot write {self.describe()}: {type(exc).__name__}") from None


def _fsync_folder(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _decode(text: str, where: str) -> TokenRecord:
    try:
        record = json.loads(text)
    except json.JSONDecodeError:
        raise CredentialError(f"{where} does not hold a watcher sign-in; run `watcher login` again") from None
    if not isinstance(record, dict):
        raise CredentialError(f"{where} does not hold a watcher sign-in; run `watcher login` again")
    return record


def _no_keyring(account: str) -> str:
    return (
        f"no keyring is available to hold the sign-in of account '{account}':"
        " set oauth2.token_file to keep it in a file of your own instead"
    )


def token_store(account: str, token_file: Path | None) -> TokenStore:
    """The store for an account: ``token_file`` when given, else the system keyring."""
    return FileTokens(account, token_file) if token_file is not None else KeyringTokens(account)
