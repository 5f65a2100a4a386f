"""A real OAuth2 authorization server on loopback, and mail servers that check its tokens.

``OAuthServer`` runs the npm package ``oidc-provider`` (tests/oauth_server/server.mjs) on
Node.js, on http and also on https in the shape of Microsoft's sign-in service (for MSAL),
with a certificate of a test CA: device codes, the authorization code grant with PKCE, access tokens that live
``ACCESS_TTL`` seconds, refresh tokens rotated on every use, revocation and introspection.
Its development login pages take any user name with any password; ``approve`` walks them
as a person would (follows each page's form, fills the code, the user name, consents).

``OAuthDovecot`` is a Dovecot whose ``oauth2`` passdb asks the server's introspection
endpoint about every XOAUTH2/OAUTHBEARER login. ``oauth_smtp`` is an aiosmtpd that checks
XOAUTH2 tokens at the same endpoint.

Fixtures:
  oauth_server          the authorization server (one per test session)
  oauth_dovecot         a fresh user on a Dovecot that checks tokens there
  oauth_dovecot_alone   a Dovecot of its own, for a test that expects refusals
                        (each refused login slows every later one from 127.0.0.1)
  oauth_smtp            an aiosmtpd (STARTTLS) that takes XOAUTH2 tokens of the server
"""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import pytest
import requests
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult

from tests.child_process import dies_with_this_process, stop_child
from tests.fixtures_dovecot import DovecotMailbox, DovecotServer, free_port
from tests.fixtures_smtp import (
    HOST,
    RecordingHandler,
    SmtpServer,
    TestCertificates,
    _server_context,
    make_certificates,
)

SERVER_DIR = Path(__file__).resolve().parent / "oauth_server"
ACCESS_TTL = 4  # seconds: long enough for one scan, short enough to expire between two
DEVICE_CLIENT = "watcher-device"  # public client, device flow
DESKTOP_CLIENT = "watcher-desktop"  # confidential installed app (like Google's Desktop clients), browser flow
DESKTOP_SECRET = "desktop-client-secret"
RS_CLIENT, RS_SECRET = "mailserver", "mailserver-secret"  # what the mail servers introspect with
SCOPES = ("openid", "offline_access", "mail")


class OAuthServerError(RuntimeError):
    pass


class _Forms(HTMLParser):
    """The forms of a page: action and the named inputs with their values."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict[str, Any]] = []
        self._current: dict[str, Any] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "form":
            self._current = {"action": values.get("action") or "", "inputs": {}}
            self.forms.append(self._current)
        elif tag == "input" and self._current is not None and values.get("name"):
            self._current["inputs"][values["name"]] = values.get("value") or ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._current = None


@dataclass
class OAuthServer:
    port: int
    tls_port: int = 0
    certificates: TestCertificates | None = None
    process: subprocess.Popen | None = None
    log_path: Path | None = None

    @property
    def issuer(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def authority(self) -> str:
        """The same server over https in Microsoft's shape (``/{tenant}/v2.0/...``), its CA in ``certificates``."""
        return f"https://127.0.0.1:{self.tls_port}"

    token_url = property(lambda self: f"{self.issuer}/token")
    device_authorization_url = property(lambda self: f"{self.issuer}/device/auth")
    authorization_url = property(lambda self: f"{self.issuer}/auth")
    introspection_url = property(lambda self: f"{self.issuer}/token/introspection")
    revocation_url = property(lambda self: f"{self.issuer}/token/revocation")

    def approve(self, address: str, user: str, user_code: str | None = None, *, deny: bool = False) -> str:
        """Walk the sign-in pages from ``address`` as ``user``; return the last page's text.

        ``deny``: press the device confirmation page's abort button instead of going on.
        """
        session = requests.Session()
        # Per request: requests lets REQUESTS_CA_BUNDLE in the environment win over Session.verify.
        verify = str(self.certificates.ca_file) if self.certificates is not None else True
        page = session.get(address, timeout=10, verify=verify)
        answers = {"login": user, "password": "any password", "user_code": user_code or ""}
        for _ in range(10):
            parser = _Forms()
            parser.feed(page.text)
            if not parser.forms:
                return page.text
            form = parser.forms[0]
            data = {name: answers.get(name) or value for name, value in form["inputs"].items()}
            if deny and "confirm" in data:
                data["abort"] = "yes"
                return session.post(urljoin(page.url, form["action"]), data=data, timeout=10, verify=verify).text
            page = session.post(urljoin(page.url, form["action"]), data=data, timeout=10, verify=verify)
        raise OAuthServerError("the sign-in pages did not end")

    def introspect(self, token: str) -> dict[str, Any]:
        answer = requests.post(self.introspection_url, data={"token": token}, auth=(RS_CLIENT, RS_SECRET), timeout=10)
        return answer.json()

    def revoke(self, refresh_token: str, client_id: str = DEVICE_CLIENT) -> None:
        """Revoke a refresh token (and its grant) as the user would in the provider's settings."""
        answer = requests.post(
            self.revocation_url,
            data={"token": refresh_token, "token_type_hint": "refresh_token", "client_id": client_id},
            timeout=10,
        )
        answer.raise_for_status()

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path and self.log_path.exists() else ""


def ensure_installed() -> None:
    """npm-install the server's packages into tests/oauth_server once (a cache kept between runs)."""
    if (SERVER_DIR / "node_modules" / "oidc-provider").is_dir():
        return
    npm = shutil.which("npm")
    if npm is None or shutil.which("node") is None:
        raise OAuthServerError("Node.js and npm are needed for the OAuth2 tests: apt-get install nodejs npm")
    subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=SERVER_DIR, check=True, timeout=600,
                   stdout=subprocess.DEVNULL)


def start_oauth_server(folder: Path) -> OAuthServer:
    ensure_installed()
    server = OAuthServer(port=free_port(), tls_port=free_port(), certificates=make_certificates(folder),
                         log_path=folder / "oauth-server.log")
    assert server.certificates is not None
    env = {
        **os.environ,
        "PORT": str(server.port),
        "TLS_PORT": str(server.tls_port),
        "TLS_CERT": str(server.certificates.cert_file),
        "TLS_KEY": str(server.certificates.key_file),
        "ACCESS_TTL": str(ACCESS_TTL),
        "DEVICE_CLIENT": DEVICE_CLIENT,
        "DESKTOP_CLIENT": DESKTOP_CLIENT,
        "DESKTOP_SECRET": DESKTOP_SECRET,
        "RS_ID": RS_CLIENT,
        "RS_SECRET": RS_SECRET,
    }
    with open(server.log_path, "w") as log:
        server.process = subprocess.Popen(["node", str(SERVER_DIR / "server.mjs")], cwd=SERVER_DIR, env=env,
                                          stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                          preexec_fn=dies_with_this_process())
    for _ in range(200):
        if server.process.poll() is not None:
            raise OAuthServerError(f"the OAuth2 server did not start: {server.log_text()}")
        try:
            requests.get(f"{server.issuer}/.well-known/openid-configuration", timeout=1)
            requests.get(f"{server.authority}/common/v2.0/.well-known/openid-configuration", timeout=1,
                         verify=str(server.certificates.ca_file))
            return server
        except requests.RequestException:
            time.sleep(0.05)
    stop_child(server.process)
    raise OAuthServerError(f"the OAuth2 server is not answering: {server.log_text()}")


class OAuthDovecot(DovecotServer):
    """A Dovecot whose passdb asks the OAuth2 server about every token (XOAUTH2, OAUTHBEARER)."""

    def __init__(self, oauth: OAuthServer) -> None:
        super().__init__()
        self.oauth = oauth

    def _config(self) -> str:
        settings = self.base / "dovecot-oauth2.conf.ext"
        settings.write_text(
            "introspection_mode = post\n"
            f"introspection_url = http://{RS_CLIENT}:{RS_SECRET}@127.0.0.1:{self.oauth.port}/token/introspection\n"
            "username_attribute = username\n"
            "active_attribute = active\n"
            "active_value = true\n"
        )
        settings.chmod(0o644)
        lines = super()._config().splitlines()
        start = lines.index("passdb {")
        end = lines.index("}", start)
        lines[start : end + 1] = [
            "passdb {",
            "  driver = oauth2",
            "  mechanisms = xoauth2 oauthbearer",
            f"  args = {settings}",
            "}",
        ]
        lines = [("auth_mechanisms = xoauth2 oauthbearer" if line.startswith("auth_mechanisms") else line)
                 for line in lines]
        return "\n".join(lines) + "\n"

    def new_user(self, user: str) -> DovecotMailbox:
        """A mailbox for ``user``; the test delivers into it through a token of its own."""
        return DovecotMailbox(self, user)


def token_for(oauth: OAuthServer, user: str) -> dict[str, Any]:
    """A token set for ``user`` by the device flow, approved at once (for the test's own deliveries)."""
    start = requests.post(oauth.device_authorization_url,
                          data={"client_id": DEVICE_CLIENT, "scope": " ".join(SCOPES)}, timeout=10).json()
    oauth.approve(start["verification_uri"], user, start["user_code"])
    return requests.post(oauth.token_url, timeout=10, data={
        "client_id": DEVICE_CLIENT, "grant_type": "urn:ietf:params:oauth:grant-type:device_code",
        "device_code": start["device_code"]}).json()


def deliver(mailbox: DovecotMailbox, raw: bytes, folder: str = "INBOX") -> None:
    """APPEND a message as the mailbox's user, signed in with a fresh token."""
    from imapclient import IMAPClient

    server = mailbox.server
    assert isinstance(server, OAuthDovecot)
    token = token_for(server.oauth, mailbox.user)["access_token"]
    with IMAPClient(mailbox.host, port=mailbox.port, ssl=False, timeout=10) as client:
        client.oauth2_login(mailbox.user, token)
        if not client.folder_exists(folder):
            client.create_folder(folder)
        client.append(folder, raw)


class XOAuth2Handler(RecordingHandler):
    """Records messages; takes AUTH XOAUTH2 when the token is active for that user at the server."""

    def __init__(self, server: SmtpServer, oauth: OAuthServer) -> None:
        super().__init__(server)
        self.oauth = oauth
        self.refused: list[str] = []

    async def auth_XOAUTH2(self, smtp: SMTP, args: list[str]) -> AuthResult:
        if len(args) < 2:
            return AuthResult(success=False)
        fields = base64.b64decode(args[1]).decode().split("\x01")
        user = next((f[5:] for f in fields if f.startswith("user=")), "")
        bearer = next((f[12:] for f in fields if f.startswith("auth=Bearer ")), "")
        answer = self.oauth.introspect(bearer) if bearer else {}
        if answer.get("active") and answer.get("username") == user:
            return AuthResult(success=True, auth_data=user)
        self.refused.append(user)
        return AuthResult(success=False)


@dataclass
class OAuthSmtp:
    server: SmtpServer
    handler: XOAuth2Handler
    messages: list = field(default_factory=list)


# -- pytest fixtures -----------------------------------------------------------


@pytest.fixture(scope="session")
def oauth_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OAuthServer]:
    server = start_oauth_server(tmp_path_factory.mktemp("oauth-server"))
    try:
        yield server
    finally:
        assert server.process is not None
        stop_child(server.process)


@pytest.fixture(scope="session")
def oauth_dovecot_server(oauth_server: OAuthServer) -> Iterator[OAuthDovecot]:
    server = OAuthDovecot(oauth_server)
    try:
        server.start()
        yield server
    finally:
        server.close()


@pytest.fixture
def oauth_dovecot(oauth_dovecot_server: OAuthDovecot) -> DovecotMailbox:
    oauth_dovecot_server.start()
    return oauth_dovecot_server.new_user(f"user{os.getpid()}x{time.monotonic_ns()}")


@pytest.fixture
def oauth_dovecot_alone(oauth_server: OAuthServer) -> Iterator[DovecotMailbox]:
    server = OAuthDovecot(oauth_server)
    try:
        server.start()
        yield server.new_user(f"alone{os.getpid()}x{time.monotonic_ns()}")
    finally:
        server.close()


@pytest.fixture
def oauth_smtp(smtp_certificates: TestCertificates, oauth_server: OAuthServer) -> Iterator[OAuthSmtp]:
    server = SmtpServer(host=HOST, port=free_port(), ca_file=smtp_certificates.ca_file, user="", password="")
    handler = XOAuth2Handler(server, oauth_server)
    controller = Controller(handler, hostname=HOST, port=server.port,
                            tls_context=_server_context(smtp_certificates), require_starttls=True,
                            auth_require_tls=True)
    controller.start()
    try:
        yield OAuthSmtp(server, handler)
    finally:
        controller.stop()
