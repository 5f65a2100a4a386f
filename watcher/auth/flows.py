"""Signing in by OAuth2: the flows ``watcher login ACCOUNT`` runs, each ending with stored tokens.

- Device authorization grant (RFC 8628): the verification address and the user code are
  printed; the user approves on any device; the token endpoint is polled at the interval
  the server asks. ``microsoft`` through MSAL, ``custom`` through Authlib.
- Authorization code grant with PKCE and a loopback redirect (RFC 8252), for ``google``
  and ``custom`` with ``authorization_url``: google-auth-oauthlib's installed-app flow
  listens on 127.0.0.1 on a free port, opens the browser (or prints the address).

Neither needs a terminal. The printed text goes to ``out`` and never holds a token.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import Any, TextIO
from urllib.parse import urlsplit

import structlog

from watcher.auth.oauth2 import (
    OAuth2Settings,
    authlib_session,
    msal_app,
    msal_scopes,
    record_from_token,
)
from watcher.auth.passwords import CredentialError
from watcher.auth.tokens import TokenRecord, token_store

log = structlog.get_logger(__name__)

DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
DEFAULT_INTERVAL = 5.0  # RFC 8628 section 3.2: when the server names no interval
SLOW_DOWN_STEP = 5.0  # RFC 8628 section 3.5
BROWSER_TIMEOUT = 600  # seconds to wait for the browser's redirect


class SignInFailed(CredentialError):
    """The sign-in did not complete (denied, expired, timed out); the message says what happened."""


def sign_in(
    name: str,
    oauth2: OAuth2Settings,
    *,
    out: TextIO,
    open_browser: bool = True,
    sleep: Callable[[float], None] = time.sleep,
) -> str:
    """Run the account's flow and store its tokens; return where they were stored.

    Raise SignInFailed when the user or the provider ends the flow, CredentialError when
    the tokens cannot be stored.
    """
    store = token_store(name, oauth2.token_file)
    if oauth2.provider == "microsoft":
        record = _microsoft_device_flow(name, oauth2, out)
    elif oauth2.flow == "device":
        record = _device_flow(name, oauth2, out, sleep)
    else:
        record = _browser_flow(name, oauth2, out, open_browser)
    store.save(record)
    log.info("oauth2_signed_in", account=name, provider=oauth2.provider, stored_in=store.describe())
    return store.describe()


def _say(out: TextIO, text: str) -> None:
    print(text, file=out, flush=True)


def _device_flow(name: str, oauth2: OAuth2Settings, out: TextIO, sleep: Callable[[float], None]) -> TokenRecord:
    import requests
    from authlib.integrations.requests_client import OAuthError

    session = authlib_session(oauth2)
    auth = (oauth2.client_id, oauth2.client_secret) if oauth2.client_secret else None
    try:
        response = session.post(
            oauth2.device_authorization_url,
            data={"client_id": oauth2.client_id, "scope": " ".join(oauth2.scopes or ())},
            auth=auth,
            withhold_token=True,
        )
        answer = response.json()
    except (requests.RequestException, ValueError) as exc:
        raise SignInFailed(f"cannot reach the device sign-in address of account '{name}': {type(exc).__name__}") from None
    if response.status_code != 200 or "device_code" not in answer:
        raise SignInFailed(
            f"the provider refused to start a sign-in for account '{name}' ({answer.get('error', response.status_code)})"
        )
    # Google names it verification_url; RFC 8628 verification_uri.
    address = answer.get("verification_uri") or answer.get("verification_url")
    _say(out, f"To sign in to account '{name}', open {address}")
    _say(out, f"and enter the code {answer['user_code']}")
    _say(out, "Waiting for you to approve ...")
    interval = float(answer.get("interval") or DEFAULT_INTERVAL)
    deadline = time.monotonic() + float(answer.get("expires_in") or 600)
    while time.monotonic() < deadline:
        sleep(interval)
        try:
            token = session.fetch_token(
                oauth2.token_url, grant_type=DEVICE_CODE_GRANT, device_code=answer["device_code"]
            )
        except OAuthError as exc:
            if exc.error == "authorization_pending":
                continue
            if exc.error == "slow_down":
                interval += SLOW_DOWN_STEP
                continue
            raise SignInFailed(_device_refusal(name, str(exc.error))) from None
        except requests.RequestException as exc:
            raise SignInFailed(f"lost the token server of account '{name}': {type(exc).__name__}") from None
        return record_from_token(token, time.time())
    raise SignInFailed(_device_refusal(name, "expired_token"))


def _device_refusal(name: str, error: str) -> str:
    if error == "access_denied":
        return f"the sign-in of account '{name}' was declined"
    if error == "expired_token":
        return f"the code for account '{name}' expired before it was approved; run `watcher login {name}` again"
    return f"the provider ended the sign-in of account '{name}' ({error})"


def _microsoft_device_flow(name: str, oauth2: OAuth2Settings, out: TextIO) -> TokenRecord:
    import msal
    import requests

    cache = msal.SerializableTokenCache()
    try:
        app = msal_app(oauth2, cache)
        flow = app.initiate_device_flow(scopes=msal_scopes(oauth2))
        if "user_code" not in flow:
            raise SignInFailed(
                f"Microsoft refused to start a sign-in for account '{name}' ({flow.get('error', 'no code')}):"
                " check client_id, tenant, and that the registration allows public client flows"
            )
        _say(out, f"To sign in to account '{name}', open {flow['verification_uri']}")
        _say(out, f"and enter the code {flow['user_code']}")
        _say(out, "Waiting for you to approve ...")
        result = app.acquire_token_by_device_flow(flow)
    except requests.RequestException as exc:
        raise SignInFailed(f"cannot reach Microsoft's sign-in service: {type(exc).__name__}") from None
    except ValueError as exc:  # MSAL's answer to a malformed tenant or authority
        raise SignInFailed(f"Microsoft sign-in for account '{name}' cannot start: {exc}") from None
    if "access_token" not in result:
        raise SignInFailed(
            f"Microsoft did not sign in account '{name}' ({result.get('error', 'no token')})"
        )
    return {"msal_cache": cache.serialize()}


def _browser_flow(name: str, oauth2: OAuth2Settings, out: TextIO, open_browser: bool) -> TokenRecord:
    import requests
    from google_auth_oauthlib.flow import InstalledAppFlow, WSGITimeoutError
    from oauthlib.oauth2.rfc6749.errors import OAuth2Error

    _allow_loopback_http(oauth2)
    flow = InstalledAppFlow.from_client_config(
        {
            "installed": {
                "client_id": oauth2.client_id,
                "client_secret": oauth2.client_secret,
                "auth_uri": oauth2.authorization_url,
                "token_uri": oauth2.token_url,
            }
        },
        scopes=list(oauth2.scopes or ()),
        autogenerate_code_verifier=True,
    )
    extra: dict[str, Any] = {"prompt": "consent"}
    if oauth2.provider == "google":
        extra["access_type"] = "offline"  # Google issues a refresh token only when asked so
    if open_browser:
        prompt = f"A browser opens to sign in to account '{name}'; if none does, open this address:\n{{url}}"
    else:
        prompt = f"To sign in to account '{name}', open this address in a browser on this machine:\n{{url}}"
    try:
        flow.run_local_server(
            host="127.0.0.1",
            port=0,
            open_browser=open_browser,
            authorization_prompt_message=prompt,
            success_message="watcher is signed in. You can close this page.",
            timeout_seconds=BROWSER_TIMEOUT,
            **extra,
        )
    except OAuth2Error as exc:  # oauthlib's errors carry the RFC 6749 code (access_denied, ...)
        raise SignInFailed(f"the provider ended the sign-in of account '{name}' ({exc.error})") from None
    except WSGITimeoutError:
        raise SignInFailed(
            f"no answer came back from the browser within {BROWSER_TIMEOUT} s; run `watcher login {name}` again"
        ) from None
    except (requests.RequestException, OSError) as exc:
        raise SignInFailed(f"the sign-in of account '{name}' did not complete ({type(exc).__name__})") from None
    return record_from_token(flow.oauth2session.token, time.time())


def _allow_loopback_http(oauth2: OAuth2Settings) -> None:
    """oauthlib insists on https; the config allows http only on loopback, so tell it so there."""
    hosts = {urlsplit(url).hostname for url in (oauth2.authorization_url, oauth2.token_url) if url}
    if any(urlsplit(url).scheme == "http" for url in (oauth2.authorization_url, oauth2.token_url) if url):
        from watcher.config import is_loopback_host

        if all(host and is_loopback_host(host) for host in hosts):
            os.environ["OAUTHLIB_INSECURE_TRANSPORT"] = "1"
    # Providers may grant more or fewer scopes than asked (Google adds openid); that is no error.
    os.environ["OAUTHLIB_RELAX_TOKEN_SCOPE"] = "1"
