"""Where passwords come from: a command, an environment variable, systemd, or the keyring.

``get_password`` tries, in order:

1. ``password_command``: run without a shell (``shlex.split``), 30 s at most; the first
   line of its output, stripped, is the password (or the OAuth2 access token);
2. ``password_env``: the named environment variable;
3. a systemd credential: the file ``$CREDENTIALS_DIRECTORY/<name>`` (``LoadCredential=``);
4. the system keyring: service "watcher", user name = the account name ("smtp" for
   ``[notify.email]``), as ``watcher login NAME`` stores it.

A source the user configured explicitly (1 or 2) that fails is an error, not a reason
to try the next one: a silent fallback would hide a broken setup. No message or log
line ever carries a password, a token or a command's output.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from pathlib import Path
from typing import Protocol

import structlog

log = structlog.get_logger(__name__)

KEYRING_SERVICE = "watcher"
COMMAND_TIMEOUT_SECONDS = 30.0


class CredentialError(Exception):
    """A password could not be had; the message says what to do and never holds a secret."""


class NoKeyring(CredentialError):
    """No keyring on this machine to read the password from (a server, an SSH session):
    ``watcher login`` cannot store one either; password_command, password_env or a systemd
    credential can give it."""


class HasCredentials(Protocol):
    """What ``password_for`` needs: an ImapAccount or an EmailConfig fits."""

    @property
    def name(self) -> str: ...
    @property
    def password_command(self) -> str | None: ...
    @property
    def password_env(self) -> str | None: ...


def _what(name: str) -> str:
    return "the notification mail server (smtp)" if name == "smtp" else f"account '{name}'"


def _headless_hint(name: str) -> str:
    return (
        f"on a machine without a desktop keyring set password_command or password_env for {_what(name)},"
        " or give it as a systemd credential"
    )


def _first_line(text: str) -> str:
    lines = text.splitlines()
    return lines[0].strip() if lines else ""


def _from_command(name: str, command: str) -> str:
    try:
        argv = shlex.split(command)
    except ValueError:
        raise CredentialError(
            f"password_command for {_what(name)} cannot be parsed (unbalanced quotes?)"
        ) from None
    if not argv:
        raise CredentialError(f"password_command for {_what(name)} is empty")
    program = Path(argv[0]).name
    hint = shell_hint(command)
    try:
        result = subprocess.run(
            argv,
            capture_output=True,
            text=True,
            timeout=COMMAND_TIMEOUT_SECONDS,
            check=False,
            stdin=subprocess.DEVNULL,
        )
    except FileNotFoundError:
        raise CredentialError(f"password_command for {_what(name)}: program '{program}' not found{hint}") from None
    except PermissionError:
        raise CredentialError(
            f"password_command for {_what(name)}: program '{program}' is not executable"
        ) from None
    except subprocess.TimeoutExpired:
        raise CredentialError(
            f"password_command for {_what(name)} ('{program}') gave no answer within {COMMAND_TIMEOUT_SECONDS:.0f} s"
        ) from None
    if result.returncode != 0:
        # Its output and error text may hold the secret or parts of it: report only the code.
        raise CredentialError(
            f"password_command for {_what(name)} ('{program}') failed with exit code {result.returncode}{hint}"
        )
    password = _first_line(result.stdout)
    if not password:
        raise CredentialError(f"password_command for {_what(name)} ('{program}') printed nothing{hint}")
    log.debug("password_from_command", name=name, program=program)
    return password


# What a shell would have expanded; without one these reach the program as they are.
_SHELL_SYNTAX = ("~", "|", "$", ">", "<", ";", "&", "`", "*", "?")


def shell_hint(command: str) -> str:
    """The hint for a command that looks written for a shell, else ""."""
    if not any(mark in command for mark in _SHELL_SYNTAX) or command.lstrip().startswith(("sh -c", "bash -c")):
        return ""
    return "; it runs without a shell: use sh -c '...' for ~, pipes or variables"


def _from_env(name: str, variable: str) -> str:
    value = os.environ.get(variable)
    if not value:
        raise CredentialError(
            f"password_env for {_what(name)} names the environment variable {variable}, which is not set or empty"
        )
    log.debug("password_from_env", name=name, variable=variable)
    return value


def _credential_file(name: str) -> Path | None:
    directory = os.environ.get("CREDENTIALS_DIRECTORY")
    # A name with a path separator must not reach outside the credentials folder.
    if not directory or "/" in name or name.startswith("."):
        return None
    path = Path(directory) / name
    return path if path.is_file() else None


def _from_credential_file(name: str, path: Path) -> str:
    try:
        password = _first_line(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise CredentialError(f"cannot read the systemd credential {path}: {type(exc).__name__}") from None
    if not password:
        raise CredentialError(f"the systemd credential {path} is empty")
    log.debug("password_from_credentials_directory", name=name)
    return password


def _from_keyring(name: str) -> str:
    import keyring  # a tenth of a second to import: only when a password comes from it
    import keyring.errors

    try:
        password = keyring.get_password(KEYRING_SERVICE, name)
    except keyring.errors.NoKeyringError:
        raise NoKeyring(
            f"no keyring is available to hold the password of {_what(name)}: {_headless_hint(name)}"
        ) from None
    except Exception as exc:  # noqa: BLE001 - backends raise their own kinds (D-Bus, locked collections, ...)
        log.warning("keyring_failed", name=name, error=type(exc).__name__)
        raise CredentialError(
            f"the keyring could not give the password of {_what(name)} ({type(exc).__name__}): {_headless_hint(name)}"
        ) from None
    if password is None:
        raise CredentialError(
            f"no password for {_what(name)}: run `watcher login {name}`, or set password_command"
        )
    log.debug("password_from_keyring", name=name)
    return password


def get_password(name: str, *, password_command: str | None, password_env: str | None) -> str:
    """The password (or OAuth2 token) for account ``name`` (or "smtp"); CredentialError if none."""
    if password_command:
        return _from_command(name, password_command)
    if password_env:
        return _from_env(name, password_env)
    credential = _credential_file(name)
    if credential is not None:
        return _from_credential_file(name, credential)
    return _from_keyring(name)


def password_for(source: HasCredentials) -> str:
    """``get_password`` for an ImapAccount or EmailConfig."""
    return get_password(
        source.name, password_command=source.password_command, password_env=source.password_env
    )


def keyring_problem(name: str) -> str | None:
    """Why no password can be stored in a keyring for ``name`` here, or None when one is usable.

    Asked before prompting for a password, so nobody types one in for nothing.
    """
    import keyring  # only when a password is about to be stored

    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # noqa: BLE001 - backends fail in their own ways while loading
        return f"the keyring cannot be used ({type(exc).__name__}): {_headless_hint(name)}"
    if getattr(backend, "priority", 1) <= 0 or type(backend).__module__.startswith("keyring.backends.fail"):
        return f"no usable keyring on this machine: {_headless_hint(name)}"
    return None


def store_password(name: str, password: str) -> None:
    """Keep ``password`` in the system keyring (service "watcher", user ``name``)."""
    import keyring
    import keyring.errors

    if not password:
        raise CredentialError(f"refusing to store an empty password for {_what(name)}")
    try:
        keyring.set_password(KEYRING_SERVICE, name, password)
    except keyring.errors.NoKeyringError:
        raise CredentialError(
            f"no keyring is available to store the password of {_what(name)}: {_headless_hint(name)}"
        ) from None
    except Exception as exc:  # noqa: BLE001 - backends raise their own kinds, as in _from_keyring
        log.warning("keyring_store_failed", name=name, error=type(exc).__name__)
        raise CredentialError(
            f"the keyring could not store the password of {_what(name)} ({type(exc).__name__}): {_headless_hint(name)}"
        ) from None
    log.info("password_stored", name=name, service=KEYRING_SERVICE)
