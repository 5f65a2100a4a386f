"""Password sources, each exercised for real: commands, environment, systemd credentials, keyring."""

from __future__ import annotations

import json
import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import pytest

from watcher.auth.passwords import CredentialError, get_password, password_for, store_password

SECRET = "s3cr3t-hunter2"


class FileKeyring(keyring.backend.KeyringBackend):
    """A real keyring backend that keeps its entries in a JSON file."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def _load(self) -> dict[str, str]:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._load()
        entries[f"{service}/{username}"] = password
        self.path.write_text(json.dumps(entries))

    def delete_password(self, service: str, username: str) -> None:
        entries = self._load()
        entries.pop(f"{service}/{username}")
        self.path.write_text(json.dumps(entries))


@pytest.fixture
def file_keyring(tmp_path: Path) -> Iterator[FileKeyring]:
    previous = keyring.get_keyring()
    backend = FileKeyring(tmp_path / "keyring.json")
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def no_credentials_directory(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CREDENTIALS_DIRECTORY", raising=False)


def script(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "secret.sh"
    path.write_text("#!/bin/sh\n" + body + "\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def test_command_first_line_stripped(tmp_path: Path, file_keyring: FileKeyring) -> None:
    file_keyring.set_password("watcher", "work", "from-keyring")
    command = script(tmp_path, f"printf '  {SECRET}  \\nsecond line\\n'")
    assert get_password("work", password_command=str(command), password_env=None) == SECRET


def test_command_arguments_split_without_a_shell(tmp_path: Path) -> None:
    # With a shell, $HOME would expand; split by shlex, it reaches printf literally.
    password = get_password("work", password_command="printf '%s' 'a b $HOME'", password_env=None)
    assert password == "a b $HOME"


def test_command_failure_names_exit_code_not_output(tmp_path: Path) -> None:
    command = script(tmp_path, f"echo {SECRET}; echo {SECRET} >&2; exit 3")
    with pytest.raises(CredentialError) as caught:
        get_password("work", password_command=str(command), password_env=None)
    message = str(caught.value)
    assert "exit code 3" in message and "'work'" in message
    assert SECRET not in message


def test_command_that_prints_nothing(tmp_path: Path) -> None:
    command = script(tmp_path, "exit 0")
    with pytest.raises(CredentialError, match="printed nothing"):
        get_password("work", password_command=str(command), password_env=None)


def test_missing_program(tmp_path: Path) -> None:
    with pytest.raises(CredentialError, match="not found"):
        get_password("work", password_command=str(tmp_path / "no-such-program"), password_env=None)


def test_command_secret_in_arguments_not_echoed() -> None:
    with pytest.raises(CredentialError) as caught:
        get_password("work", password_command=f"sh -c 'exit 1' {SECRET}", password_env=None)
    assert SECRET not in str(caught.value)


def test_env_variable(monkeypatch: pytest.MonkeyPatch, file_keyring: FileKeyring) -> None:
    file_keyring.set_password("watcher", "work", "from-keyring")
    monkeypatch.setenv("WATCHER_TEST_PW", SECRET)
    assert get_password("work", password_command=None, password_env="WATCHER_TEST_PW") == SECRET


def test_missing_env_variable_is_named(monkeypatch: pytest.MonkeyPatch, file_keyring: FileKeyring) -> None:
    file_keyring.set_password("watcher", "work", "from-keyring")
    monkeypatch.delenv("WATCHER_TEST_PW", raising=False)
    with pytest.raises(CredentialError, match="WATCHER_TEST_PW"):
        get_password("work", password_command=None, password_env="WATCHER_TEST_PW")


def test_systemd_credential_before_keyring(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, file_keyring: FileKeyring
) -> None:
    file_keyring.set_password("watcher", "work", "from-keyring")
    (tmp_path / "work").write_text(SECRET + "\n")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(tmp_path))
    assert get_password("work", password_command=None, password_env=None) == SECRET


def test_systemd_credential_missing_file_falls_to_keyring(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, file_keyring: FileKeyring
) -> None:
    file_keyring.set_password("watcher", "work", "from-keyring")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(tmp_path))
    assert get_password("work", password_command=None, password_env=None) == "from-keyring"


def test_credential_name_cannot_escape_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, file_keyring: FileKeyring
) -> None:
    (tmp_path / "outside").write_text("not-this")
    inside = tmp_path / "creds"
    inside.mkdir()
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(inside))
    file_keyring.set_password("watcher", "../outside", "from-keyring")
    assert get_password("../outside", password_command=None, password_env=None) == "from-keyring"


def test_store_then_get_round_trip(file_keyring: FileKeyring) -> None:
    store_password("smtp", SECRET)
    assert file_keyring.get_password("watcher", "smtp") == SECRET
    assert get_password("smtp", password_command=None, password_env=None) == SECRET


def test_no_password_stored_says_how_to_login(file_keyring: FileKeyring) -> None:
    with pytest.raises(CredentialError) as caught:
        get_password("work", password_command=None, password_env=None)
    assert "watcher login work" in str(caught.value)
    assert "password_command" in str(caught.value)


def test_no_keyring_backend_mentions_headless_options(no_keyring: None) -> None:
    with pytest.raises(CredentialError) as caught:
        get_password("work", password_command=None, password_env=None)
    message = str(caught.value)
    assert "password_command" in message and "No recommended backend" not in message


def test_store_without_keyring_is_a_credential_error(no_keyring: None) -> None:
    with pytest.raises(CredentialError) as caught:
        store_password("work", SECRET)
    assert SECRET not in str(caught.value)


def test_password_for_uses_the_account_fields(
    monkeypatch: pytest.MonkeyPatch, file_keyring: FileKeyring
) -> None:
    from watcher.config import ImapAccount

    account = ImapAccount(
        name="work", type="imap", host="localhost", port=143, username="me", password_env="PW_X"
    )
    monkeypatch.setenv("PW_X", SECRET)
    assert password_for(account) == SECRET
