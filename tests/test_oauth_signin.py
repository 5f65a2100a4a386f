"""OAuth2 sign-in end to end: a real authorization server (oidc-provider), a Dovecot that
checks every token at its introspection endpoint, and watcher run as a user runs it.

The server's access tokens live a few seconds and every refresh rotates the refresh token,
so expiry, renewal and rotation happen within each test.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from tests.child_process import dies_with_this_process
from tests.fixtures_oauth import (
    ACCESS_TTL,
    DESKTOP_CLIENT,
    DESKTOP_SECRET,
    DEVICE_CLIENT,
    SCOPES,
    OAuthServer,
    deliver,
)
from tests.test_scan_imap import ME, NEXT_STEP, REJECTION, write_config

REPO = Path(__file__).resolve().parent.parent
NOW = "2026-11-20T10:30"


def oauth_account(
    mailbox, oauth: OAuthServer, *, mechanism: str = "XOAUTH2", flow: str = "device", port: int | None = None
) -> str:
    if flow == "device":
        client = f'client_id = "{DEVICE_CLIENT}"\ndevice_authorization_url = "{oauth.device_authorization_url}"\n'
    else:
        client = (f'client_id = "{DESKTOP_CLIENT}"\nclient_secret = "{DESKTOP_SECRET}"\n'
                  f'authorization_url = "{oauth.authorization_url}"\n')
    return (
        f'[[account]]\nname = "work"\ntype = "imap"\nhost = "{mailbox.host}"\nport = {port or mailbox.port}\n'
        f'tls = "none"\nusername = "{mailbox.user}"\nauth = "oauth2"\nfolders = ["INBOX"]\nlookback_days = 60\n'
        f'[account.oauth2]\nprovider = "custom"\n{client}token_url = "{oauth.token_url}"\n'
        f'scopes = {json.dumps(list(SCOPES))}\nmechanism = "{mechanism}"\ntoken_file = "tokens/work.json"\n'
    )


@dataclass
class Watcher:
    config: Path
    env: dict[str, str]

    @property
    def token_file(self) -> Path:
        return self.config.parent / "tokens" / "work.json"

    def tokens(self) -> dict:
        return json.loads(self.token_file.read_text())

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "watcher", "--config", str(self.config), *args]

    def run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        return subprocess.run(self.command(*args), capture_output=True, text=True, env=self.env,
                              timeout=timeout, cwd=REPO, stdin=subprocess.DEVNULL, check=False)

    def scan(self, *args: str) -> tuple[int, dict, str]:
        # -v: the one-line summaries too, so that the checks for secrets read them as well.
        result = self.run("-v", "scan", "--json", "--now", NOW, *args)
        return result.returncode, (json.loads(result.stdout) if result.stdout.strip() else {}), result.stderr

    def login(self, oauth: OAuthServer, user: str, *extra: str, deny: bool = False) -> tuple[int, str, str]:
        """``watcher login work`` without a terminal, approved at the server as ``user`` would."""
        process = subprocess.Popen(self.command("login", "work", *extra), stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True, env=self.env,
                                   cwd=REPO)
        assert process.stdout is not None
        shown: list[str] = []
        try:
            address = code = None
            for line in process.stdout:
                shown.append(line)
                found = re.search(r"(https?://\S+)", line)
                if found and address is None:
                    address = found.group(1)
                found = re.search(r"enter the code (\S+)", line)
                if found:
                    code = found.group(1)
                if address and (code or "--no-browser" in extra):
                    break
            assert address, "".join(shown)
            oauth.approve(address, user, code, deny=deny)
            out, err = process.communicate(timeout=60)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        return process.returncode, "".join(shown) + out, err


@pytest.fixture
def watcher_env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CONFIG_HOME": str(tmp_path / "cfg")}


def make_watcher(tmp_path: Path, env: dict[str, str], account: str, notify: str = "") -> Watcher:
    return Watcher(write_config(tmp_path, account, notify), env)


def test_device_login_then_scans_with_xoauth2_across_expiry(tmp_path, watcher_env, oauth_server, oauth_dovecot):
    w = make_watcher(tmp_path, watcher_env, oauth_account(oauth_dovecot, oauth_server))
    code, out, err = w.login(oauth_server, oauth_dovecot.user)
    assert code == 0, err
    assert "enter the code" in out and "Signed in" in out
    assert w.token_file.stat().st_mode & 0o777 == 0o600
    first = w.tokens()
    assert oauth_server.introspect(first["access_token"])["username"] == oauth_dovecot.user

    deliver(oauth_dovecot, REJECTION)
    code, report, err = w.scan()
    assert code == 0, err
    assert {m["message_id"] for m in report["messages"]} == {"<rej-1@acme-analytics.com>"}
    assert re.findall(rf"Login: user=<{oauth_dovecot.user}>, method=(\w+)", oauth_dovecot.server.log_text())[-1] == "XOAUTH2"

    time.sleep(ACCESS_TTL + 1)  # the access token expired between the two scans
    assert oauth_server.introspect(first["access_token"])["active"] is False
    deliver(oauth_dovecot, NEXT_STEP)
    code, report, err = w.scan()
    assert code == 0, err
    assert "<ns-1@globex.com>" in {m["message_id"] for m in report["messages"]}
    second = w.tokens()
    assert second["refresh_token"] != first["refresh_token"]  # rotated, and the new one kept
    assert "oauth2_token_refreshed" in err
    for secret in (first["access_token"], first["refresh_token"], second["access_token"], second["refresh_token"]):
        assert secret not in err


def microsoft_account(mailbox, oauth: OAuthServer) -> str:
    """An account signing in by MSAL's device flow, at the test server in Microsoft's shape."""
    return (
        f'[[account]]\nname = "work"\ntype = "imap"\nhost = "{mailbox.host}"\nport = {mailbox.port}\n'
        f'tls = "none"\nusername = "{mailbox.user}"\nauth = "oauth2"\nfolders = ["INBOX"]\nlookback_days = 60\n'
        f'[account.oauth2]\nprovider = "microsoft"\nclient_id = "{DEVICE_CLIENT}"\ntenant = "organizations"\n'
        f'authority = "{oauth.authority}"\nscopes = {json.dumps(list(SCOPES))}\ntoken_file = "tokens/work.json"\n'
    )


def msal_refresh_tokens(tokens: dict) -> set[str]:
    return {entry["secret"] for entry in json.loads(tokens["msal_cache"])["RefreshToken"].values()}


def test_microsoft_device_login_by_msal_then_scans_with_xoauth2(tmp_path, watcher_env, oauth_server, oauth_dovecot):
    assert oauth_server.certificates is not None
    env = {**watcher_env, "REQUESTS_CA_BUNDLE": str(oauth_server.certificates.ca_file)}
    w = Watcher(write_config(tmp_path, microsoft_account(oauth_dovecot, oauth_server)), env)
    code, out, err = w.login(oauth_server, oauth_dovecot.user)
    assert code == 0, err
    assert f"open {oauth_server.authority}/organizations/v2.0/device" in out
    first = msal_refresh_tokens(w.tokens())
    assert len(first) == 1

    deliver(oauth_dovecot, REJECTION)
    code, report, err = w.scan()
    assert code == 0, err
    assert {m["message_id"] for m in report["messages"]} == {"<rej-1@acme-analytics.com>"}
    logins = re.findall(rf"Login: user=<{oauth_dovecot.user}>, method=(\w+)", oauth_dovecot.server.log_text())
    assert logins[-1] == "XOAUTH2"
    second = msal_refresh_tokens(w.tokens())
    assert len(second) == 1 and second != first  # MSAL renewed the 4-second token; the rotated one kept

    time.sleep(ACCESS_TTL + 1)
    deliver(oauth_dovecot, NEXT_STEP)
    code, report, err2 = w.scan()
    assert code == 0, err2
    assert "<ns-1@globex.com>" in {m["message_id"] for m in report["messages"]}
    third = msal_refresh_tokens(w.tokens())
    assert third.isdisjoint(first | second)
    for secret in first | second | third:
        assert secret not in out + err + err2


def test_an_http_authority_is_refused_for_msal(tmp_path, watcher_env, oauth_server, oauth_dovecot):
    account = microsoft_account(oauth_dovecot, oauth_server).replace(oauth_server.authority, oauth_server.issuer)
    w = make_watcher(tmp_path, watcher_env, account)
    result = w.run("login", "work")
    assert result.returncode != 0
    assert "account[0].oauth2.authority: MSAL signs in over https only" in result.stderr


def test_a_declined_device_sign_in_stores_nothing(tmp_path, watcher_env, oauth_server, oauth_dovecot):
    w = make_watcher(tmp_path, watcher_env, oauth_account(oauth_dovecot, oauth_server))
    code, _out, err = w.login(oauth_server, oauth_dovecot.user, deny=True)
    assert code == 1
    assert "the sign-in of account 'work' was declined" in err
    assert not w.token_file.exists()


def test_scan_with_oauthbearer(tmp_path, watcher_env, oauth_server, oauth_dovecot):
    w = make_watcher(tmp_path, watcher_env, oauth_account(oauth_dovecot, oauth_server, mechanism="OAUTHBEARER"))
    assert w.login(oauth_server, oauth_dovecot.user)[0] == 0
    deliver(oauth_dovecot, REJECTION)
    code, report, err = w.scan()
    assert code == 0, err
    assert {m["message_id"] for m in report["messages"]} == {"<rej-1@acme-analytics.com>"}
    logins = re.findall(rf"Login: user=<{oauth_dovecot.user}>, method=(\w+)", oauth_dovecot.server.log_text())
    assert "OAUTHBEARER" in logins
    assert "XOAUTH2" not in logins[1:]  # only the test's own delivery used XOAUTH2


def secrets_of(tokens: dict) -> list[str]:
    return [str(tokens[key]) for key in ("access_token", "refresh_token") if tokens.get(key)]


def test_browser_flow_with_loopback_redirect(tmp_path, watcher_env, oauth_server, oauth_dovecot):
    w = make_watcher(tmp_path, watcher_env, oauth_account(oauth_dovecot, oauth_server, flow="browser"))
    code, out, err = w.login(oauth_server, oauth_dovecot.user, "--no-browser")
    assert code == 0, err
    address = re.search(r"(https?://\S+)", out).group(1)
    assert "code_challenge_method=S256" in address and "redirect_uri=http%3A%2F%2F127.0.0.1%3A" in address
    tokens = w.tokens()
    assert oauth_server.introspect(tokens["access_token"])["username"] == oauth_dovecot.user
    deliver(oauth_dovecot, REJECTION)
    time.sleep(ACCESS_TTL + 1)  # the first scan must renew it with the confidential client's secret
    code, report, err = w.scan()
    assert code == 0, err
    assert {m["message_id"] for m in report["messages"]} == {"<rej-1@acme-analytics.com>"}
    assert w.tokens()["refresh_token"] != tokens["refresh_token"]
    assert all(secret not in out + err for secret in secrets_of(tokens) + secrets_of(w.tokens()))


def test_login_opens_the_browser_on_the_sign_in_page(tmp_path, watcher_env, oauth_server, oauth_dovecot):
    # The user's browser, as Python's webbrowser module finds it through $BROWSER: here a
    # program that notes the address it was asked to open.
    opened = tmp_path / "opened.txt"
    browser = tmp_path / "browser"
    browser.write_text(f"#!/bin/sh\nprintf '%s\\n' \"$1\" >> {opened}\n")
    browser.chmod(0o755)
    env = {**watcher_env, "BROWSER": str(browser), "DISPLAY": ""}
    w = Watcher(write_config(tmp_path, oauth_account(oauth_dovecot, oauth_server, flow="browser")), env)
    process = subprocess.Popen(w.command("login", "work"), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               stdin=subprocess.DEVNULL, text=True, env=env, cwd=REPO)
    try:
        for _ in range(200):
            if opened.exists() and opened.read_text().strip():
                break
            time.sleep(0.1)
        address = opened.read_text().strip()
        assert address.startswith(oauth_server.authorization_url)
        oauth_server.approve(address, oauth_dovecot.user)
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, err
    assert "A browser opens" in out
    assert oauth_server.introspect(w.tokens()["access_token"])["username"] == oauth_dovecot.user


def test_a_rotated_refresh_token_survives_sigkill_right_after_the_refresh(
    tmp_path, watcher_env, oauth_server, oauth_dovecot
):
    w = make_watcher(tmp_path, watcher_env, oauth_account(oauth_dovecot, oauth_server))
    assert w.login(oauth_server, oauth_dovecot.user)[0] == 0
    before = w.tokens()
    deliver(oauth_dovecot, REJECTION)
    time.sleep(ACCESS_TTL + 1)
    process = subprocess.Popen(w.command("-v", "scan", "--json", "--now", NOW), stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True, env=w.env, cwd=REPO)
    assert process.stderr is not None
    seen = []
    for line in process.stderr:
        seen.append(line)
        if "oauth2_token_refreshed" in line:
            process.send_signal(signal.SIGKILL)  # the new refresh token is all the server still honours
            break
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL, "".join(seen)
    after = w.tokens()
    assert after["refresh_token"] != before["refresh_token"]
    retired = requests.post(oauth_server.token_url, timeout=10, data={
        "client_id": DEVICE_CLIENT, "grant_type": "refresh_token", "refresh_token": before["refresh_token"]})
    assert retired.json().get("error") == "invalid_grant"  # the old one really is spent
    # Spending a retired token revokes the whole grant at this server (reuse detection), so sign in
    # again and kill once more, then scan: the stored token is the one that works.
    assert w.login(oauth_server, oauth_dovecot.user)[0] == 0
    time.sleep(ACCESS_TTL + 1)
    process = subprocess.Popen(w.command("-v", "scan", "--json", "--now", NOW), stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True, env=w.env, cwd=REPO)
    assert process.stderr is not None
    for line in process.stderr:
        if "oauth2_token_refreshed" in line:
            process.send_signal(signal.SIGKILL)
            break
    process.wait(timeout=30)
    time.sleep(ACCESS_TTL + 1)
    code, report, err = w.scan()
    assert code == 0, err
    assert {m["message_id"] for m in report["messages"]} == {"<rej-1@acme-analytics.com>"}


def test_a_revoked_sign_in_says_sign_in_again_and_does_not_ask_in_a_loop(
    tmp_path, watcher_env, oauth_server, oauth_dovecot_alone
):
    mailbox = oauth_dovecot_alone
    w = make_watcher(tmp_path, watcher_env, oauth_account(mailbox, oauth_server))
    assert w.login(oauth_server, mailbox.user)[0] == 0
    tokens = w.tokens()
    oauth_server.revoke(tokens["refresh_token"])
    time.sleep(ACCESS_TTL + 1)

    code, report, err = w.scan()
    assert code == 1
    error = report["accounts"][0]["error"]
    assert "sign in again: watcher login work" in error
    refused_at = w.tokens()["refused_at"]
    code, report, err2 = w.scan()
    assert code == 1 and "sign in again: watcher login work" in report["accounts"][0]["error"]
    assert w.tokens()["refused_at"] == refused_at  # the provider was not asked again
    status = json.loads(w.run("status", "--json").stdout)
    assert any("sign in again: watcher login work" in (f["error"] or "") for f in status["folders"])
    assert all(secret not in err + err2 for secret in secrets_of(tokens))

    # Signing in again clears it at once.
    assert w.login(oauth_server, mailbox.user)[0] == 0
    assert "refused_at" not in w.tokens()
    deliver(mailbox, REJECTION)
    code, report, err = w.scan()
    assert code == 0, err


def test_a_scan_announces_a_revoked_sign_in_once_per_refusal_with_the_daemon(
    tmp_path, watcher_env, oauth_server, oauth_dovecot_alone, plain_smtp_server
):
    mailbox, smtp = oauth_dovecot_alone, plain_smtp_server
    notify = (f'[notify.email]\nto = "{ME}"\nfrom = "{ME}"\nhost = "{smtp.host}"\nport = {smtp.port}\n'
              'tls = "none"\n')
    w = make_watcher(tmp_path, watcher_env, oauth_account(mailbox, oauth_server), notify)

    def notices() -> list:
        return [m for m in smtp.messages if "sign in again: watcher login work" in m.get_content()]

    assert w.login(oauth_server, mailbox.user)[0] == 0
    tokens = w.tokens()
    oauth_server.revoke(tokens["refresh_token"])
    time.sleep(ACCESS_TTL + 1)
    code, report, err = w.scan("--notify")
    assert code == 1
    assert len(notices()) == 1
    assert notices()[0]["Subject"] == "Sign in again to mail account work"
    assert [n for n in report["notices"] if n["channel"] == "email" and n["sent"]]
    code, report, err2 = w.scan("--notify")  # the same refusal: not announced again
    assert code == 1 and report["notices"] == [] and len(notices()) == 1

    # The daemon meets the same refusal: the scan's record says it was announced.
    daemon = Daemon(w)
    daemon.start()
    try:
        for _ in range(300):
            if "account login refused" in daemon.text():
                break
            time.sleep(0.1)
        assert "account login refused" in daemon.text()
        time.sleep(1)
    finally:
        daemon.stop()
    assert len(notices()) == 1, daemon.text()

    # Signed in again and refused again: a new refusal, a new notice.
    assert w.login(oauth_server, mailbox.user)[0] == 0
    again = w.tokens()
    oauth_server.revoke(again["refresh_token"])
    time.sleep(ACCESS_TTL + 1)
    code, report, err3 = w.scan("--notify")
    assert code == 1 and len(notices()) == 2
    assert all(secret not in err + err2 + err3 + daemon.text() for secret in secrets_of(tokens) + secrets_of(again))


def test_email_notices_sign_in_with_xoauth2(tmp_path, watcher_env, oauth_server, oauth_dovecot, oauth_smtp):
    smtp = oauth_smtp.server
    notify = (f'[notify.email]\nto = "{ME}"\nfrom = "{ME}"\nhost = "{smtp.host}"\nport = {smtp.port}\n'
              f'tls = "starttls"\nca_file = "{smtp.ca_file}"\naccount = "work"\n')
    w = make_watcher(tmp_path, watcher_env, oauth_account(oauth_dovecot, oauth_server), notify)
    assert w.login(oauth_server, oauth_dovecot.user)[0] == 0
    deliver(oauth_dovecot, REJECTION)
    time.sleep(ACCESS_TTL + 1)
    code, report, err = w.scan("--notify")
    assert code == 0, err
    assert [n for n in report["notices"] if n["channel"] == "email" and n["sent"]]
    assert len(smtp.messages) == 1 and "Acme" in smtp.messages[0]["Subject"]
    assert oauth_smtp.handler.refused == []
    assert all(secret not in err for secret in secrets_of(w.tokens()))


# -- the daemon ----------------------------------------------------------------------------


class Daemon:
    """``watcher run`` on a config folder, its output in a file."""

    def __init__(self, w: Watcher) -> None:
        self.w = w
        self.log = w.config.parent / "daemon.log"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        with self.log.open("wb") as out:
            self.process = subprocess.Popen(self.w.command("run"), stdout=out, stderr=subprocess.STDOUT,
                                            env=self.w.env, cwd=self.w.config.parent,
                                            preexec_fn=dies_with_this_process())

    def text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@pytest.fixture
def daemon_setup(tmp_path, watcher_env, plain_smtp_server):
    from tests.test_daemon import COMPANIES, _config_toml, _interviews_toml

    made: list[Daemon] = []

    def make(mailbox, oauth: OAuthServer, port: int | None = None) -> Daemon:
        from datetime import UTC, datetime, timedelta

        (tmp_path / "interviews.toml").write_text(_interviews_toml(COMPANIES, datetime.now(UTC) - timedelta(days=1)))
        config = tmp_path / "config.toml"
        config.write_text(_config_toml(oauth_account(mailbox, oauth, port=port), plain_smtp_server,
                                       "poll_interval = 10\n"))
        daemon = Daemon(Watcher(config, watcher_env))
        made.append(daemon)
        return daemon

    yield make
    for daemon in made:
        daemon.stop()
        print(daemon.text())  # shown when the test failed


def test_the_daemon_signs_in_again_with_a_fresh_token_after_the_server_drops_it(
    daemon_setup, oauth_server, oauth_dovecot_alone, plain_smtp_server
):
    from tests.test_daemon import WAIT, _wait_until, announcements, rejection
    from tests.test_idle import TcpProxy

    mailbox = oauth_dovecot_alone
    proxy = TcpProxy(mailbox.port)
    try:
        daemon = daemon_setup(mailbox, oauth_server, port=proxy.port)
        assert daemon.w.login(oauth_server, mailbox.user)[0] == 0
        daemon.start()
        deliver(mailbox, rejection("Acme", 1))
        _wait_until(lambda: announcements(plain_smtp_server, "Acme") >= 1, WAIT, "the Acme notice")
        signed_in = daemon.w.tokens()

        time.sleep(ACCESS_TTL + 1)  # the token the IDLE session logged in with has expired
        assert oauth_server.introspect(signed_in["access_token"])["active"] is False
        proxy.cut()  # the server drops every session
        deliver(mailbox, rejection("Bluefin", 2))
        _wait_until(lambda: announcements(plain_smtp_server, "Bluefin") >= 1, WAIT, "the Bluefin notice")
        daemon.stop()
    finally:
        proxy.close()
    text = daemon.text()
    assert "oauth2_token_refreshed" in text
    assert announcements(plain_smtp_server, "Acme") == 1
    assert daemon.w.tokens()["refresh_token"] != signed_in["refresh_token"]
    assert all(secret not in text for secret in secrets_of(signed_in) + secrets_of(daemon.w.tokens()))


def test_the_daemon_announces_a_revoked_sign_in_once(
    daemon_setup, oauth_server, oauth_dovecot_alone, plain_smtp_server
):
    from tests.test_daemon import WAIT, _wait_until

    mailbox = oauth_dovecot_alone
    daemon = daemon_setup(mailbox, oauth_server)
    assert daemon.w.login(oauth_server, mailbox.user)[0] == 0
    oauth_server.revoke(daemon.w.tokens()["refresh_token"])
    time.sleep(ACCESS_TTL + 1)

    def notices() -> list:
        return [m for m in plain_smtp_server.messages if "watcher login work" in m.get_content()]

    daemon.start()
    _wait_until(lambda: len(notices()) >= 1, WAIT, "the sign-in notice")
    refused_at = daemon.w.tokens()["refused_at"]
    time.sleep(12)  # a poll round (10 s) passes: no second notice, the provider not asked again
    daemon.stop()
    assert len(notices()) == 1
    assert daemon.w.tokens()["refused_at"] == refused_at


def test_tokens_in_the_keyring_are_renewed_and_rotated_there(tmp_path, oauth_server, monkeypatch):
    import io
    import threading

    import keyring

    from tests.test_credentials import FileKeyring
    from watcher.auth.flows import sign_in
    from watcher.auth.oauth2 import access_token
    from watcher.config import OAuth2Config

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))  # where the refresh lock lives
    previous = keyring.get_keyring()
    backend = FileKeyring(tmp_path / "keyring.json")
    keyring.set_keyring(backend)
    try:
        oauth2 = OAuth2Config(provider="custom", client_id=DEVICE_CLIENT, scopes=SCOPES, flow="device",
                              token_url=oauth_server.token_url,
                              device_authorization_url=oauth_server.device_authorization_url)

        class Screen(io.StringIO):
            """What the user reads; they approve once the address and the code are shown."""

            def write(self, text: str) -> int:
                count = super().write(text)
                shown = self.getvalue()
                found = re.search(r"open (\S+)\nand enter the code (\S+)", shown)
                if found and not hasattr(self, "approver"):
                    self.approver = threading.Thread(
                        target=oauth_server.approve, args=(found.group(1), "kim", found.group(2)))
                    self.approver.start()
                return count

        screen = Screen()
        assert "work:oauth2" in sign_in("work", oauth2, out=screen)
        stored = json.loads(backend.get_password("watcher", "work:oauth2"))
        assert oauth_server.introspect(access_token("work", oauth2))["username"] == "kim"
        time.sleep(ACCESS_TTL + 1)
        fresh = access_token("work", oauth2)
        renewed = json.loads(backend.get_password("watcher", "work:oauth2"))
        assert fresh == renewed["access_token"] != stored["access_token"]
        assert renewed["refresh_token"] != stored["refresh_token"]
        assert oauth_server.introspect(fresh)["active"] is True
    finally:
        keyring.set_keyring(previous)
