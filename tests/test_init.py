"""`watcher init`: a clean config for your own mail, from answers or from flags."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from watcher.auth.providers import load_presets
from watcher.config import ImapAccount, load_config

REPO = Path(__file__).resolve().parent.parent


def init(tmp_path: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "cfg"), "XDG_STATE_HOME": str(tmp_path / "state")}
    return subprocess.run([sys.executable, "-m", "watcher", "init", *args], input=stdin, capture_output=True,
                          text=True, env=env, cwd=tmp_path, timeout=60, check=False)


def written(tmp_path: Path) -> Path:
    return tmp_path / "cfg" / "watcher" / "config.toml"


@pytest.mark.parametrize("key", sorted(k for k, p in load_presets().items() if p.domains))
def test_non_interactive_init_for_each_providers_domain(tmp_path: Path, key: str) -> None:
    preset = load_presets()[key]
    address = f"jo.doe@{preset.domains[0]}"
    flags = ["--client-id", "my-registration", "--client-secret", "desktop-secret"]
    result = init(tmp_path, "--non-interactive", "--address", address, "--timezone", "Europe/Berlin",
                  "--no-login", "--no-check", *flags)
    assert result.returncode == 0, result.stderr
    path = written(tmp_path)
    assert path.stat().st_mode & 0o777 == 0o600
    text = path.read_text()
    assert "examples/" not in text and "example.org" not in text  # nothing of the demo
    config = load_config(path)  # what `watcher check` reads before it goes to the network
    account = config.accounts[0]
    assert isinstance(account, ImapAccount)
    assert (account.provider, account.host, account.username) == (key, preset.imap.host, address)
    assert account.auth == preset.default_auth
    assert config.me == (address,)
    assert (config.policy.timezone, config.policy.country) == ("Europe/Berlin", "DE")
    assert "[database]" not in text and "interviews_file" not in text  # the defaults, no demo paths


def test_init_asks_and_never_overwrites_without_force(tmp_path: Path) -> None:
    answers = "jo@hotmail.com\nJo Doe\nclient-id-123\nAmerica/Chicago\n\n"
    result = init(tmp_path, "--no-login", "--no-check", stdin=answers)
    assert result.returncode == 0, result.stderr
    assert "Outlook.com" in result.stdout
    assert "Your name, to sign drafts" in result.stdout
    config = load_config(written(tmp_path))
    assert config.me_name == "Jo Doe"  # drafts are signed with it
    account = config.accounts[0]
    assert account.auth == "oauth2" and account.oauth2.client_id == "client-id-123"
    assert (config.policy.timezone, config.policy.country) == ("America/Chicago", "US")  # from the zone

    before = written(tmp_path).read_text()
    again = init(tmp_path, "--non-interactive", "--address", "x@gmail.com", "--no-login", "--no-check")
    assert again.returncode == 2 and "--force" in again.stderr
    assert written(tmp_path).read_text() == before
    forced = init(tmp_path, "--non-interactive", "--force", "--address", "x@gmail.com", "--no-login", "--no-check",
                  "--timezone", "UTC", "--country", "")
    assert forced.returncode == 0, forced.stderr
    assert load_config(written(tmp_path)).accounts[0].provider == "gmail"


def test_non_interactive_init_names_the_missing_flag(tmp_path: Path) -> None:
    result = init(tmp_path, "--non-interactive", "--address", "jo@outlook.com", "--no-login", "--no-check")
    assert result.returncode == 2
    assert "--client-id is needed with --non-interactive" in result.stderr
    assert not written(tmp_path).exists()
    unknown = init(tmp_path, "--non-interactive", "--address", "jo@corp.example", "--no-login", "--no-check")
    assert unknown.returncode == 2 and "--imap-host" in unknown.stderr
    refused = init(tmp_path, "--non-interactive", "--address", "jo@yahoo.com", "--sign-in", "oauth2",
                   "--no-login", "--no-check")
    assert refused.returncode == 2 and "takes no OAuth2" in refused.stderr


def test_init_then_check_against_a_real_server(tmp_path: Path, dovecot) -> None:
    result = init(tmp_path, "--non-interactive", "--address", f"{dovecot.user}@corp.example",
                  "--imap-host", "127.0.0.1", "--sign-in", "password", "--timezone", "UTC", "--country", "",
                  "--no-login", "--no-check")
    assert result.returncode == 0, result.stderr
    path = written(tmp_path)
    # A server without a preset: the file shows where its port, TLS and a password source go.
    text = path.read_text()
    for commented in ("# port = 993", '# tls = "implicit"', "# password_command = ", "# password_env = "):
        assert commented in text, commented
    # The user's own edits for a loopback test server: its port, no TLS, its user name, a password source.
    text = text.replace("# port = 993", f"port = {dovecot.port}  #").replace('# tls = "implicit"', 'tls = "none"  #')
    text = text.replace('# password_env = "MAIL_PASSWORD"', 'password_env = "WATCHER_TEST_PW"')
    text = text.replace(f'username = "{dovecot.user}@corp.example"', f'username = "{dovecot.user}"')
    path.write_text(text)
    env = {**os.environ, "WATCHER_TEST_PW": dovecot.password, "XDG_STATE_HOME": str(tmp_path / "state")}
    check = subprocess.run([sys.executable, "-m", "watcher", "--config", str(path), "check"], capture_output=True,
                           text=True, env=env, timeout=60, check=False)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "account mail: ok" in check.stdout


def test_a_company_domain_can_name_its_provider(tmp_path: Path) -> None:
    answers = "jo@university.example\n\nmicrosoft365\nmy-client\nEurope/Paris\n\n"
    result = init(tmp_path, "--no-login", "--no-check", stdin=answers)
    assert result.returncode == 0, result.stderr
    config = load_config(written(tmp_path))
    account = config.accounts[0]
    assert (account.provider, account.host, account.auth) == ("microsoft365", "outlook.office365.com", "oauth2")
    assert (config.policy.timezone, config.policy.country) == ("Europe/Paris", "FR")
    assert config.me_name is None and '# name = "Your Name"' in written(tmp_path).read_text()


def test_an_empty_answer_to_the_imap_server_is_asked_again_never_written(tmp_path: Path) -> None:
    # Address, name, provider 'other', then the server: first left empty, then given.
    answers = "jo@corp.example\n\nother\n\nimap.corp.example\npassword\nEurope/Berlin\n\n"
    result = init(tmp_path, "--no-login", "--no-check", stdin=answers)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("Your IMAP server") == 2 and "an answer is needed here" in result.stdout
    assert load_config(written(tmp_path)).accounts[0].host == "imap.corp.example"
    # Input that ends with the question unanswered writes nothing and names the flag.
    ended = init(tmp_path, "--no-login", "--no-check", "--force", stdin="jo@corp.example\n\nother\n\n")
    assert ended.returncode == 2 and "--imap-host" in ended.stderr and "does not load" not in ended.stderr
    empty_flag = init(tmp_path, "--non-interactive", "--force", "--address", "jo@corp.example", "--imap-host", "",
                      "--no-login", "--no-check")
    assert empty_flag.returncode == 2 and "--imap-host" in empty_flag.stderr
    assert "does not load" not in empty_flag.stderr


def test_a_misspelt_choice_is_asked_again_keeping_the_answers_before_it(tmp_path: Path) -> None:
    # Provider "ohter", then "other"; sign-in "pasword", then "password".
    answers = "jo@corp.example\nJo\nohter\nother\nimap.corp.example\npasword\npassword\nEurope/Berlin\n\n"
    result = init(tmp_path, "--no-login", "--no-check", stdin=answers)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("Provider (") == 2 and result.stdout.count("Sign in with oauth2 or password") == 2
    assert "answer one of: oauth2, password" in result.stdout
    config = load_config(written(tmp_path))
    assert (config.me_name, config.accounts[0].host, config.accounts[0].auth) == ("Jo", "imap.corp.example",
                                                                                    "password")


def test_init_whose_check_fails_says_the_config_stays_and_what_next(tmp_path: Path) -> None:
    """The sign-in or the check failing after the file is written: the file is kept, and the
    last line says what to run once the problem is fixed (here: no password source, nothing on
    port 993 of this machine)."""
    result = init(tmp_path, "--non-interactive", "--address", "jo@corp.example", "--imap-host", "127.0.0.1",
                  "--sign-in", "password", "--timezone", "UTC", "--country", "", "--no-login")
    assert result.returncode == 1 and written(tmp_path).is_file()
    assert "account mail: " in result.stdout and "account mail: ok" not in result.stdout
    assert result.stderr.splitlines()[-1] == (
        f"watcher: the config is written ({written(tmp_path)}): fix what check found (in the file, or on the "
        "server's side), then run `watcher check` again")
    assert "Next:" not in result.stdout
