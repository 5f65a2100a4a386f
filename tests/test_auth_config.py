"""Sign-in settings: provider presets, [account.oauth2] keys, token storage, the login command."""

from __future__ import annotations

import io
import json
import stat
import sys
import time
from pathlib import Path

import pytest

from tests.test_credentials import FileKeyring
from watcher.auth import SignInRequired, secret_for
from watcher.auth.oauth2 import access_token
from watcher.auth.providers import PresetError, load_presets, parse_presets, preset_for_address
from watcher.auth.tokens import FileTokens, KeyringTokens
from watcher.config import ConfigError, ImapAccount, load_config


@pytest.fixture
def file_keyring(tmp_path: Path):
    import keyring

    previous = keyring.get_keyring()
    backend = FileKeyring(tmp_path / "keyring.json")
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


HEAD = '[me]\naddresses = ["me@example.org"]\n[policy]\ntimezone = "UTC"\n'


def load(tmp_path: Path, text: str):
    path = tmp_path / "config.toml"
    path.write_text(HEAD + text)
    return load_config(path)


def errors_of(tmp_path: Path, text: str) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        load(tmp_path, text)
    return caught.value.errors


def account(provider: str, extra: str = "") -> str:
    return f'[[account]]\nname = "work"\ntype = "imap"\nprovider = "{provider}"\nusername = "me@example.org"\n{extra}'


@pytest.mark.parametrize("name", sorted(load_presets()))
def test_every_preset_makes_a_valid_account(tmp_path: Path, name: str) -> None:
    preset = load_presets()[name]
    extra = '[account.oauth2]\nclient_id = "my-registration"\n' if preset.default_auth == "oauth2" else ""
    loaded = load(tmp_path, account(name, extra)).accounts[0]
    assert isinstance(loaded, ImapAccount)
    assert (loaded.host, loaded.port, loaded.tls) == (preset.imap.host, preset.imap.port, preset.imap.tls)
    assert loaded.auth == preset.default_auth
    if loaded.auth == "oauth2":
        assert loaded.oauth2 is not None and loaded.oauth2.provider == preset.oauth2 and loaded.oauth2.scopes
    for domain in preset.domains:
        assert preset_for_address(f"someone@{domain}") is preset


def test_keys_written_on_the_account_win_over_the_preset(tmp_path: Path) -> None:
    loaded = load(tmp_path, account("gmail", 'host = "imap.example.org"\ntls = "starttls"\nsent_folder = "Sent"\n'))
    assert (loaded.accounts[0].host, loaded.accounts[0].port, loaded.accounts[0].tls) == ("imap.example.org", 143, "starttls")
    assert loaded.accounts[0].sent_folder == "Sent"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (account("outlook"), "account[0].oauth2.client_id: required key is missing: register watcher as a public client in Microsoft Entra"),
        (account("gmail", 'auth = "oauth2"\n'), "account[0].oauth2.client_id: required key is missing: make a Desktop OAuth client in Google Cloud"),
        (account("gmail", 'auth = "oauth2"\n[account.oauth2]\nclient_id = "x"\nflow = "device"\n'), "account[0].oauth2.flow: Google refuses mail scopes in its device flow"),
        (account("yahoo", 'auth = "oauth2"\n'), "account[0].auth: Yahoo Mail does not take OAuth2 sign-in for mail; use an app password"),
        (account("gmial"), "account[0].provider: unknown provider 'gmial': did you mean 'gmail'?"),
        (('[[account]]\nname = "c"\ntype = "imap"\nhost = "h.example.org"\nusername = "u"\nauth = "oauth2"\n'
         '[account.oauth2]\nprovider = "custom"\nclient_id = "x"\ntoken_url = "http://login.example.org/token"\n'),
         "account[0].oauth2.token_url: must use https: tokens would cross the network in clear to login.example.org"),
        (('[[account]]\nname = "c"\ntype = "imap"\nhost = "h.example.org"\nusername = "u"\nauth = "oauth2"\n'
         '[account.oauth2]\nprovider = "custom"\nclient_id = "x"\nscopes = ["mail"]\ntoken_url = "https://l.example.org/t"\nflow = "device"\n'),
         "account[0].oauth2.device_authorization_url: required key is missing for the device flow"),
        ('[[account]]\nname = "c"\ntype = "imap"\nhost = "h.example.org"\nusername = "u"\nauth = "oauth2"\n',
         'account[0].oauth2: auth = "oauth2" needs an [account.oauth2] table'),
        (account("outlook", '[account.oauth2]\nclient_id = "x"\nmechanism = "PLAIN"\n'), "account[0].oauth2.mechanism:"),
        (account("outlook", '[account.oauth2]\nclient_id = "x"\ntoken_url = "https://a.example.org/t"\n'),
         'account[0].oauth2.token_url: only for provider = "custom"'),
        (account("gmail", 'auth = "oauth2"\n[account.oauth2]\nclient_id = "x"\nauthority = "https://a.example.org"\n'),
         'account[0].oauth2.authority: only for provider = "microsoft"'),
        (account("outlook", '[account.oauth2]\nclient_id = "x"\nauthority = "http://login.example.org"\n'),
         "account[0].oauth2.authority: must use https"),
    ],
)
def test_sign_in_errors_name_the_key_and_what_to_do(tmp_path: Path, text: str, expected: str) -> None:
    errors = errors_of(tmp_path, text)
    assert any(line.startswith(expected) for line in errors), errors


def test_loopback_http_endpoints_are_allowed_and_defaults_filled(tmp_path: Path) -> None:
    loaded = load(tmp_path, account("outlook", '[account.oauth2]\nclient_id = "x"\ntenant = "consumers"\n'))
    oauth2 = loaded.accounts[0].oauth2
    assert oauth2.flow == "device" and oauth2.tenant == "consumers" and oauth2.mechanism == "XOAUTH2"
    assert "https://outlook.office.com/IMAP.AccessAsUser.All" in oauth2.scopes
    custom = load(tmp_path, '[[account]]\nname = "c"\ntype = "imap"\nhost = "127.0.0.1"\ntls = "none"\nusername = "u"\n'
                  'auth = "oauth2"\n[account.oauth2]\nprovider = "custom"\nclient_id = "x"\nscopes = ["mail"]\n'
                  'token_url = "http://127.0.0.1:9/t"\nauthorization_url = "http://localhost:9/a"\n'
                  'token_file = "t.json"\n')
    assert custom.accounts[0].oauth2.flow == "browser"
    assert custom.accounts[0].oauth2.token_file == tmp_path / "t.json"


def test_notices_by_email_through_the_accounts_own_server(tmp_path: Path) -> None:
    loaded = load(tmp_path, account("outlook", '[account.oauth2]\nclient_id = "x"\n')
                  + '[notify.email]\nto = "me@example.org"\nfrom = "me@example.org"\naccount = "work"\n')
    email = loaded.notify.email
    assert (email.host, email.port, email.tls) == ("smtp-mail.outlook.com", 587, "starttls")
    assert (email.username, email.auth, email.name) == ("me@example.org", "oauth2", "work")
    assert email.oauth2 == loaded.accounts[0].oauth2
    errors = errors_of(tmp_path, '[notify.email]\nto = "me@example.org"\nfrom = "me@example.org"\naccount = "nope"\n')
    assert "notify.email.account: no IMAP account named 'nope'" in errors
    own = ('[[account]]\nname = "mail"\ntype = "imap"\nhost = "imap.example.net"\nusername = "me"\n'
           '[notify.email]\nto = "me@example.org"\nfrom = "me@example.org"\naccount = "mail"\n')
    assert ("notify.email.account: account 'mail' has no provider preset, so its SMTP server is not known: "
            "set notify.email.host (and port and tls) too") in errors_of(tmp_path, own)
    with_host = own + 'host = "smtp.example.net"\nport = 587\ntls = "starttls"\n'
    assert load(tmp_path, with_host).notify.email.host == "smtp.example.net"


def test_a_broken_presets_file_names_the_provider_and_key() -> None:
    with pytest.raises(PresetError, match=r"\[acme\]\.imap\.port"):
        parse_presets('[acme]\nname = "A"\ndomains = []\nsent = "special-use"\nsign_in = ["password"]\n'
                      'imap = { host = "imap.a.example", port = 0, tls = "implicit" }\n'
                      'smtp = { host = "smtp.a.example", port = 465, tls = "implicit" }\n')
    with pytest.raises(PresetError, match=r"\[acme\]\.app_password"):
        parse_presets('[acme]\nname = "A"\ndomains = []\nsent = "special-use"\nsign_in = ["app_password"]\n'
                      'imap = { host = "imap.a.example", port = 993, tls = "implicit" }\n'
                      'smtp = { host = "smtp.a.example", port = 465, tls = "implicit" }\n')


def test_token_file_is_private_and_replaced_whole(tmp_path: Path) -> None:
    store = FileTokens("work", tmp_path / "tokens" / "work.json")
    assert store.load() is None
    store.save({"refresh_token": "r1"})
    store.save({"refresh_token": "r2"})
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert store.load() == {"refresh_token": "r2"}
    assert [p.name for p in store.path.parent.iterdir()] == ["work.json"]  # no temporary file left


def test_tokens_in_the_keyring_under_account_oauth2(tmp_path: Path, file_keyring: FileKeyring) -> None:
    KeyringTokens("work").save({"refresh_token": "r1"})
    entries = json.loads((tmp_path / "keyring.json").read_text())
    assert json.loads(entries["watcher/work:oauth2"]) == {"refresh_token": "r1"}


def test_a_current_token_is_used_without_asking_the_server(tmp_path: Path) -> None:
    loaded = load(tmp_path, '[[account]]\nname = "c"\ntype = "imap"\nhost = "127.0.0.1"\ntls = "none"\nusername = "u"\n'
                  'auth = "oauth2"\n[account.oauth2]\nprovider = "custom"\nclient_id = "x"\nscopes = ["mail"]\n'
                  'token_url = "http://127.0.0.1:9/t"\ndevice_authorization_url = "http://127.0.0.1:9/d"\n'
                  'token_file = "t.json"\n')
    oauth2 = loaded.accounts[0].oauth2
    with pytest.raises(SignInRequired, match="account 'c' has not signed in yet: run `watcher login c`"):
        secret_for(loaded.accounts[0])
    # Port 9 answers nothing: a token with time left must not need the server.
    FileTokens("c", oauth2.token_file).save(
        {"access_token": "at-1", "refresh_token": "rt-1", "expires_at": time.time() + 3600, "lifetime": 3600})
    assert secret_for(loaded.accounts[0]) == "at-1"
    FileTokens("c", oauth2.token_file).save({"refresh_token": "rt-1", "refused_at": time.time(), "refused_error": "invalid_grant"})
    with pytest.raises(SignInRequired, match=r"refused by the provider \(invalid_grant\)"):
        access_token("c", oauth2)


def test_login_says_where_to_make_an_app_password_first(
    tmp_path: Path, file_keyring: FileKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    from watcher import cli

    path = tmp_path / "config.toml"
    path.write_text(HEAD + account("yahoo"))
    monkeypatch.setattr(sys, "stdin", io.StringIO("app-password-123\n"))
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    assert cli.main(["--config", str(path), "login", "work"]) == 0
    text = out.getvalue()
    assert text.index("Generate app password") < text.index("stored in the system keyring")
    assert file_keyring.get_password("watcher", "work") == "app-password-123"
