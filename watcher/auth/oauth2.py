"""OAuth2 access tokens for mail: kept fresh from the stored sign-in, never in a loop.

``access_token(name, oauth2)`` returns an access token good for at least a little while:
the stored one while it has more than ``refresh_margin`` seconds left, else a new one
from the refresh token (RFC 6749 section 6). A provider that rotates refresh tokens
(Microsoft does on every use) answers with a new one; it is saved before the access token
is returned, under a lock shared by every watcher process, so a crash right after the
refresh never loses the sign-in and two processes never spend the same refresh token.

Providers: ``microsoft`` through MSAL (its serialised token cache is the stored record),
``google`` and ``custom`` through Authlib's OAuth2 client.

A refused refresh token (``invalid_grant``: revoked, expired, password changed) raises
``SignInRequired``, whose message says to run ``watcher login ACCOUNT``. The refusal is
stored; the provider is asked again only after ``REFUSED_RETRY`` seconds (the slow auth
schedule) or a new ``watcher login``, however often a caller asks meanwhile.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, Protocol

import structlog

from watcher.auth.passwords import CredentialError
from watcher.auth.tokens import TokenRecord, TokenStore, token_store

log = structlog.get_logger(__name__)

REFRESH_MARGIN = 60.0  # seconds: renew an access token this long before it expires
REFUSED_RETRY = 1800.0  # seconds between two tries of a refused sign-in (the daemon's auth schedule)
HTTP_TIMEOUT = 30.0
DEFAULT_LIFETIME = 3600.0  # when the provider does not say how long a token lives (RFC 6749 5.1)
# RFC 6749 section 5.2: the grant itself (or the client) is refused; asking again will not help.
REFUSED_ERRORS = frozenset({"invalid_grant", "invalid_client", "unauthorized_client", "invalid_scope"})
NEVER_SIGNED_IN = "was never made"
MICROSOFT_AUTHORITY = "https://login.microsoftonline.com"
# MSAL asks for these itself and refuses them in a scope list.
MSAL_RESERVED_SCOPES = frozenset({"openid", "profile", "offline_access"})


class SignInRequired(CredentialError):
    """The stored OAuth2 sign-in cannot be used (refused, revoked, or never made): run ``watcher login``."""

    def __init__(self, account: str, reason: str) -> None:
        self.account = account
        self.reason = reason
        if reason == NEVER_SIGNED_IN:
            super().__init__(f"account '{account}' has not signed in yet: run `watcher login {account}`")
        else:
            super().__init__(f"the sign-in of account '{account}' {reason}: sign in again: watcher login {account}")


class OAuth2Settings(Protocol):
    """The ``[account.oauth2]`` keys this module reads (``watcher.config.OAuth2Config``)."""

    @property
    def provider(self) -> str: ...
    @property
    def client_id(self) -> str | None: ...
    @property
    def client_secret(self) -> str | None: ...
    @property
    def tenant(self) -> str: ...
    @property
    def scopes(self) -> tuple[str, ...] | None: ...
    @property
    def flow(self) -> str | None: ...
    @property
    def token_file(self) -> Path | None: ...
    @property
    def authority(self) -> str | None: ...
    @property
    def token_url(self) -> str | None: ...
    @property
    def device_authorization_url(self) -> str | None: ...
    @property
    def authorization_url(self) -> str | None: ...


def access_token(name: str, oauth2: OAuth2Settings, *, clock: Callable[[], float] = time.time) -> str:
    """A current access token for account ``name``; refreshes (and saves) when it is about to expire.

    Raise SignInRequired when there is no usable sign-in, CredentialError when the token
    server cannot be reached or the tokens cannot be read or kept.
    """
    store = token_store(name, oauth2.token_file)
    with _exclusive(name, oauth2):
        record = store.load()  # read under the lock: another process may just have refreshed
        if record is None:
            raise SignInRequired(name, NEVER_SIGNED_IN)
        refused_at = record.get("refused_at")
        if isinstance(refused_at, (int, float)) and clock() - refused_at < REFUSED_RETRY:
            raise SignInRequired(name, f"was refused by the provider ({record.get('refused_error', 'refused')})")
        if oauth2.provider == "microsoft":
            return _microsoft_token(name, oauth2, store, record, clock)
        return _generic_token(name, oauth2, store, record, clock)


def record_from_token(token: Mapping[str, Any], now: float, previous_refresh: str | None = None) -> TokenRecord:
    """A stored record from a token endpoint's answer (RFC 6749 section 5.1)."""
    lifetime = float(token.get("expires_in") or DEFAULT_LIFETIME)
    refresh = token.get("refresh_token") or previous_refresh
    record: TokenRecord = {
        "access_token": str(token["access_token"]),
        "expires_at": now + lifetime,
        "lifetime": lifetime,
    }
    if refresh:
        record["refresh_token"] = str(refresh)
    return record


def mark_refused(store: TokenStore, record: TokenRecord, error: str, now: float) -> None:
    """Remember that the provider refused the sign-in, so it is not asked again soon.

    ``refused_at`` is this refusal; ``refused_since`` the first one since the last sign-in
    (kept from ``record``), which names the refusal in its one notice (``watcher.auth.refusals``).
    """
    since = record.get("refused_since")
    store.save({**record, "refused_at": now, "refused_since": since if isinstance(since, (int, float)) else now,
                "refused_error": error})


# -- Authlib: google and custom ------------------------------------------------------------


def authlib_session(oauth2: OAuth2Settings) -> Any:
    """An Authlib OAuth2 client session for the account's registration (public or confidential)."""
    from authlib.integrations.requests_client import OAuth2Session

    method = "client_secret_basic" if oauth2.client_secret else "none"
    return OAuth2Session(
        oauth2.client_id,
        oauth2.client_secret,
        token_endpoint_auth_method=method,
        scope=" ".join(oauth2.scopes or ()),
        default_timeout=HTTP_TIMEOUT,
    )


def _generic_token(
    name: str, oauth2: OAuth2Settings, store: TokenStore, record: TokenRecord, clock: Callable[[], float]
) -> str:
    import requests
    from authlib.integrations.requests_client import OAuthError

    now = clock()
    current = record.get("access_token")
    lifetime = float(record.get("lifetime") or DEFAULT_LIFETIME)
    margin = min(REFRESH_MARGIN, lifetime / 4)  # short-lived tokens are still used for most of their life
    if current and "refused_at" not in record and now < float(record.get("expires_at") or 0) - margin:
        return str(current)
    refresh = record.get("refresh_token")
    if not refresh:
        raise SignInRequired(name, "has no refresh token")
    try:
        token = authlib_session(oauth2).refresh_token(oauth2.token_url, refresh_token=refresh)
    except OAuthError as exc:
        if exc.error in REFUSED_ERRORS:
            mark_refused(store, record, str(exc.error), now)
            log.error("oauth2_refresh_refused", account=name, error=exc.error)
            raise SignInRequired(name, f"was refused by the provider ({exc.error})") from None
        raise CredentialError(
            f"the token server of account '{name}' did not renew the sign-in ({exc.error}); watcher tries again later"
        ) from None
    except requests.RequestException as exc:
        raise CredentialError(
            f"cannot reach the token server of account '{name}' ({type(exc).__name__}); watcher tries again later"
        ) from None
    fresh = record_from_token(token, now, previous_refresh=refresh)
    store.save(fresh)  # before the token is used: a rotated refresh token is never lost
    log.info(
        "oauth2_token_refreshed",
        account=name,
        rotated=fresh.get("refresh_token") != refresh,
        expires_in=int(fresh["lifetime"]),
    )
    return str(fresh["access_token"])


# -- MSAL: microsoft ------------------------------------------------------------------------


def msal_scopes(oauth2: OAuth2Settings) -> list[str]:
    """The scopes to give MSAL: it adds offline_access, openid and profile itself."""
    return [scope for scope in oauth2.scopes or () if scope not in MSAL_RESERVED_SCOPES]


def msal_app(oauth2: OAuth2Settings, cache: Any) -> Any:
    """MSAL's public client for the account's registration and tenant, over ``cache``.

    The authority is ``{authority}/{tenant}`` (``authority`` defaults to Microsoft's global
    service). MSAL reads its endpoints from ``{authority}/{tenant}/v2.0/.well-known/openid-configuration``;
    a chosen ``authority`` is taken as the user wrote it, without asking Microsoft whether it
    knows the host (MSAL's ``validate_authority=False``). TLS is verified by ``requests``,
    against the CA bundle in ``REQUESTS_CA_BUNDLE`` when that is set.
    """
    import msal

    base = (oauth2.authority or MICROSOFT_AUTHORITY).rstrip("/")
    return msal.PublicClientApplication(
        oauth2.client_id,
        authority=f"{base}/{oauth2.tenant}",
        validate_authority=oauth2.authority is None,
        token_cache=cache,
        timeout=HTTP_TIMEOUT,
    )


def _microsoft_token(
    name: str, oauth2: OAuth2Settings, store: TokenStore, record: TokenRecord, clock: Callable[[], float]
) -> str:
    import msal
    import requests

    cache = msal.SerializableTokenCache()
    if record.get("msal_cache"):
        cache.deserialize(record["msal_cache"])
    try:
        app = msal_app(oauth2, cache)
        accounts = app.get_accounts()
        if not accounts:
            raise SignInRequired(name, NEVER_SIGNED_IN)
        # MSAL renews five minutes before expiry; Microsoft rotates the refresh token each time.
        result = app.acquire_token_silent_with_error(msal_scopes(oauth2), account=accounts[0])
    except requests.RequestException as exc:
        raise CredentialError(
            f"cannot reach Microsoft's sign-in service for account '{name}' ({type(exc).__name__})"
        ) from None
    if cache.has_state_changed:
        store.save({"msal_cache": cache.serialize()})
        log.info("oauth2_token_refreshed", account=name, provider="microsoft")
    if result is None:
        raise SignInRequired(name, "has expired")
    if "error" in result:
        if result["error"] in REFUSED_ERRORS or result["error"] == "interaction_required":
            mark_refused(store, {**record, "msal_cache": cache.serialize()}, str(result["error"]), clock())
            log.error("oauth2_refresh_refused", account=name, error=result["error"])
            raise SignInRequired(name, f"was refused by Microsoft ({result['error']})")
        raise CredentialError(f"Microsoft did not renew the sign-in of account '{name}' ({result['error']})")
    return str(result["access_token"])


# -- one refresh at a time ------------------------------------------------------------------

_thread_locks: dict[str, threading.Lock] = {}
_thread_locks_guard = threading.Lock()


def lock_path(name: str, oauth2: OAuth2Settings) -> Path:
    """The lock file that orders refreshes of one account across processes."""
    if oauth2.token_file is not None:
        folder = oauth2.token_file.parent
    else:
        state = os.environ.get("XDG_STATE_HOME", "")
        folder = (Path(state) if state and Path(state).is_absolute() else Path("~/.local/state").expanduser())
        folder = folder / "watcher"
    return folder / f".{name}.oauth2.lock"


@contextlib.contextmanager
def _exclusive(name: str, oauth2: OAuth2Settings) -> Iterator[None]:
    with _thread_locks_guard:
        thread_lock = _thread_locks.setdefault(name, threading.Lock())
    path = lock_path(name, oauth2)
    with thread_lock:
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            handle = open(path, "a+b")  # noqa: SIM115 - held for the with block below
        except OSError as exc:
            raise CredentialError(f"cannot open the sign-in lock {path}: {type(exc).__name__}") from None
        with handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)
