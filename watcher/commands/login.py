"""``watcher login ACCOUNT``: sign in to an account, by OAuth2 or by storing its password.

- ``auth = "oauth2"`` with an ``[account.oauth2]`` table: runs the provider's flow
  (``watcher.auth.flows``) and stores the tokens; ``--no-browser`` prints the address
  of a browser flow instead of opening it. Works without a terminal.
- otherwise: asks for the password without echo (where the provider wants an app
  password, says first where to make one) and stores it in the system keyring.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from watcher.config import Config, ImapAccount

EXIT_OK, EXIT_FAILED = 0, 1


class LoginUsageError(Exception):
    """The account named cannot be signed in to as asked; the message says why."""


class NoKeyring(LoginUsageError):
    """No keyring here to store a password in; the message says what to set instead."""


def add_arguments(login: argparse.ArgumentParser) -> None:
    """The ``login`` subcommand's arguments."""
    login.add_argument("account", help="an account's name, or 'smtp' for the notice mail server's password")
    login.add_argument("--no-browser", action="store_true",
                       help="print the sign-in address instead of opening a browser")


def cmd_login(args: argparse.Namespace, config: Config, out: TextIO) -> int:
    """Sign in to ``args.account``; 0 once its tokens or password are stored, 1 if the sign-in failed."""
    from watcher.auth.passwords import keyring_problem, store_password  # the keyring: this command only
    from watcher.config import ImapAccount

    imap = {a.name: a for a in config.accounts if isinstance(a, ImapAccount)}
    email = config.notify.email
    names = list(imap) + (["smtp"] if email is not None and email.account is None else [])
    local = next((a for a in config.accounts if a.name == args.account and a.name not in imap), None)
    if local is not None:  # a Maildir or mbox account: files on this machine, read without a password
        raise LoginUsageError(f"account {args.account!r} is a {local.type} mailbox on this machine: it needs no "
                              f"sign-in (`watcher login` is for IMAP accounts: {', '.join(names) or 'none here'})")
    if args.account not in names:
        raise LoginUsageError(f"no IMAP account named {args.account!r} (known: {', '.join(names) or 'none'})")
    account = imap.get(args.account)
    if account is not None and account.auth == "oauth2" and account.oauth2 is not None:
        return _oauth2_login(account, args, out)
    if account is not None and account.auth == "oauth2":
        raise LoginUsageError(
            f"account {args.account!r} gets its access token from password_command; nothing to store"
        )
    source = account if account is not None else email
    elsewhere = _password_elsewhere(source)
    if elsewhere:  # the keyring is never read for it: storing a password there would do nothing
        raise LoginUsageError(
            f"{args.account!r} takes its password from {elsewhere}, not the keyring: nothing to store; "
            "`watcher check` tries it"
        )
    problem = keyring_problem(args.account)  # said before anyone types a password for nothing
    if problem:
        raise NoKeyring(problem)
    _app_password_hint(account, out)
    password = getpass.getpass(f"Password for {args.account}: ")
    if not password:
        raise LoginUsageError("empty password: nothing stored")
    store_password(args.account, password)
    print(f"stored in the system keyring (service 'watcher', user '{args.account}')", file=out)
    return EXIT_OK


def _oauth2_login(account: ImapAccount, args: argparse.Namespace, out: TextIO) -> int:
    from watcher.auth.flows import SignInFailed, sign_in

    assert account.oauth2 is not None
    if out is sys.stdout and hasattr(sys.stdout, "reconfigure"):
        # The code must be seen while the command waits, also when stdout is a pipe.
        sys.stdout.reconfigure(line_buffering=True)
    try:
        where = sign_in(account.name, account.oauth2, out=out, open_browser=not args.no_browser)
    except SignInFailed as exc:
        print(f"watcher: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"Signed in. The tokens are kept in {where}; `watcher check` tries them.", file=out)
    return EXIT_OK


def _password_elsewhere(source: object) -> str | None:
    """Where an account's (or the notice server's) password comes from when not the keyring:
    "password_command" or "password_env (NAME)"; None when the keyring is where it is read."""
    if getattr(source, "password_command", None):
        return "password_command"
    variable = getattr(source, "password_env", None)
    return f"password_env ({variable})" if variable else None


def _app_password_hint(account: ImapAccount | None, out: TextIO) -> None:
    from watcher.auth.providers import preset

    chosen = preset(account.provider) if account is not None and account.provider else None
    if chosen is not None and chosen.app_password and "app_password" in chosen.sign_in:
        print(f"{chosen.name} wants an app password here, not your usual one. {chosen.app_password}", file=out)
