"""``watcher init``: a clean, commented config for your own mail, then sign-in and a check.

Asks for the address (or takes ``--address``), picks the provider preset from its domain,
asks how to sign in (OAuth2 or a password / app password, as the provider takes them),
names the time zone and the country for public holidays, and writes the config at the
default path (or ``--config``) with no example paths in it. Then runs ``watcher login``
and ``watcher check`` for the new account. ``--non-interactive`` takes everything from
the flags and fails with exit 2 naming the missing one. An existing file is never
replaced without ``--force``.
"""

from __future__ import annotations

import argparse
import functools
import sys
from datetime import date
from importlib import resources
from typing import TextIO

from watcher.auth.providers import Preset, load_presets, preset_for_address
from watcher.paths import default_config_path

EXIT_OK, EXIT_USAGE = 0, 2

_CLIENT_ID_WHERE = {
    "microsoft": "README, 'Signing in to Outlook.com and Microsoft 365'",
    "google": "README, 'Signing in to Gmail'",
}


class InitError(Exception):
    """What was given cannot make a config; the message says which flag or answer to fix."""


def add_arguments(init: argparse.ArgumentParser) -> None:
    """The ``init`` subcommand's arguments."""
    init.add_argument("--address", help="your mail address")
    init.add_argument("--name", help="your name, to sign drafts")
    init.add_argument("--account", help="a short name for the account (default: the provider's)")
    init.add_argument("--provider", choices=sorted(load_presets()),
                      help="the provider preset, when the address's domain does not tell it")
    init.add_argument("--sign-in", dest="sign_in", choices=("oauth2", "password"),
                      help="OAuth2, or a password (an app password where the provider wants one)")
    init.add_argument("--client-id", help="your OAuth2 registration's client id")
    init.add_argument("--client-secret", help="its client secret (Google Desktop clients have one)")
    init.add_argument("--tenant", help="Microsoft tenant: common, consumers, organizations or an id")
    init.add_argument("--imap-host", help="the IMAP server, for a domain without a preset")
    init.add_argument("--timezone", help="IANA time zone (default: this machine's)")
    init.add_argument("--country", help="ISO country code for public holidays ('' for none)")
    init.add_argument("--non-interactive", action="store_true", help="ask nothing: take the flags")
    init.add_argument("--force", action="store_true", help="replace an existing config file")
    init.add_argument("--no-login", action="store_true", help="do not sign in now")
    init.add_argument("--no-check", action="store_true", help="do not run `watcher check` after writing")


def cmd_init(args: argparse.Namespace, out: TextIO) -> int:
    """Write the config; then sign in and check. 0 when all went well, 2 on a usage error."""
    from watcher.config import ConfigError, load_config  # pydantic: not for building the parser

    path = (args.config or default_config_path()).expanduser()
    if path.exists() and not args.force:
        raise InitError(f"{path} already exists; watcher init never replaces it without --force")
    ask = _Asker(out, interactive=not args.non_interactive)
    settings = _gather(args, ask)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_config(settings), encoding="utf-8")
    path.chmod(0o600)
    print(f"wrote {path}", file=out)
    try:
        config = load_config(path)
    except ConfigError as exc:  # a bug here, never the user's answers: say so plainly
        raise InitError("the config just written does not load: " + "; ".join(exc.errors)) from None
    code = EXIT_OK
    if not args.no_login:
        from watcher.commands.login import LoginUsageError, NoKeyring, cmd_login

        try:
            code = cmd_login(argparse.Namespace(account=settings.account, no_browser=args.non_interactive),
                             config, out)
        except NoKeyring as exc:  # a password_command, password_env or credential needs no login
            raise InitError(f"{exc}. The config is written ({path}): once that is set, run "
                            "`watcher check`") from None
        except LoginUsageError as exc:  # the config stays: say how to go on from it
            raise InitError(f"{exc}. The config is written ({path}): once that is set, run "
                            f"`watcher login {settings.account}`, then `watcher check`") from None
        if code != EXIT_OK:  # the sign-in said why; the config stays: say how to go on from it
            print(f"watcher: the config is written ({path}): once that is fixed, run "
                  f"`watcher login {settings.account}`, then `watcher check`", file=sys.stderr)
            return code
    if not args.no_check and code == EXIT_OK:
        from watcher.cli import cmd_check

        code = cmd_check(args, config, out)
        if code != EXIT_OK:  # check named each problem above
            print(f"watcher: the config is written ({path}): fix what check found (in the file, or on the "
                  "server's side), then run `watcher check` again", file=sys.stderr)
    if code == EXIT_OK:
        first = (f"sign in with `watcher login {settings.account}`, then `watcher check`; "
                 if args.no_login else "`watcher check` tries it; " if args.no_check else "")
        print(f"Next: {first}log an interview (watcher interview add ...), then `watcher scan`.", file=out)
    return code


class _Asker:
    def __init__(self, out: TextIO, *, interactive: bool) -> None:
        self.out = out
        self.interactive = interactive

    def __call__(self, question: str, given: str | None, flag: str, default: str | None = None,
                 choices: tuple[str, ...] = ()) -> str:
        """The flag's value, else the answer on standard input (asked again while empty with no
        default, or not one of ``choices`` when given); the caller checks flags' values."""
        if given is not None:
            return given
        if not self.interactive:
            if default is not None:
                return default
            raise InitError(f"{flag} is needed with --non-interactive")
        suffix = f" [{default}]" if default else ""
        while True:
            print(f"{question}{suffix}: ", end="", file=self.out, flush=True)
            answer = sys.stdin.readline()
            if not answer:
                raise InitError(f"no answer to '{question}' (end of input); give {flag}")
            value = answer.strip() or default or ""
            if choices and value not in choices:  # a typo costs one question, not the answers before it
                print(f"answer one of: {', '.join(choices)}", file=self.out)
            elif answer.strip() or default is not None:
                return value
            else:
                # A question with no default needs an answer: an empty one would write a config
                # that cannot load (an account with no server, say).
                print("an answer is needed here", file=self.out)


class _Settings(argparse.Namespace):
    address: str
    name: str | None
    account: str
    preset: Preset | None
    imap_host: str | None
    auth: str
    client_id: str | None
    client_secret: str | None
    tenant: str | None
    timezone: str
    country: str


def _gather(args: argparse.Namespace, ask: _Asker) -> _Settings:
    from watcher.config import _check_country, _check_timezone, normalize_address
    from watcher.settings import system_timezone

    s = _Settings()
    try:
        s.address = normalize_address(ask("Your mail address", args.address, "--address"))
    except ValueError as exc:
        raise InitError(str(exc)) from None
    s.name = ask("Your name, to sign drafts (empty: unsigned)", args.name, "--name", default="") or None
    s.preset = load_presets()[args.provider] if args.provider else preset_for_address(s.address)
    s.imap_host = args.imap_host
    if s.preset is None and args.imap_host is None and ask.interactive:
        # A company or school domain: often Microsoft 365 or Google Workspace behind it.
        choice = ask("Provider (" + ", ".join(load_presets()) + ", or 'other')", None, "--provider", default="other",
                     choices=(*load_presets(), "other"))
        if choice not in load_presets() and choice != "other":
            raise InitError(f"unknown provider {choice!r}: answer one of the names listed, or 'other'")
        s.preset = load_presets().get(choice)
    if s.preset is None:
        s.imap_host = ask("Your IMAP server (no provider preset for this domain)", args.imap_host, "--imap-host")
        if not s.imap_host.strip():
            raise InitError("--imap-host: name your IMAP server (e.g. imap.example.org), or pick a --provider")
    else:
        print(f"{s.preset.name}: server settings from the '{s.preset.key}' preset", file=ask.out)
    s.account = args.account or (s.preset.key if s.preset else "mail")
    s.auth = _sign_in(args, ask, s.preset)
    s.client_id = s.client_secret = s.tenant = None
    if s.auth == "oauth2":
        flow = s.preset.oauth2 if s.preset else None
        where = _CLIENT_ID_WHERE.get(flow or "", "your provider's documentation")
        s.client_id = ask(f"Client id of your OAuth2 registration ({where})", args.client_id, "--client-id")
        if flow == "google":
            s.client_secret = ask("Its client secret", args.client_secret, "--client-secret")
        s.tenant = args.tenant
    s.timezone = ask("Time zone", args.timezone, "--timezone", default=system_timezone())
    try:
        _check_timezone(s.timezone)
    except ValueError as exc:
        raise InitError(f"--timezone: {exc}") from None
    country = ask("Country for public holidays (ISO code, empty for none)", args.country, "--country",
                  default=country_of_zone(s.timezone) or "")
    try:
        s.country = _check_country(country) or "" if country else ""
    except ValueError as exc:
        raise InitError(f"--country: {exc}") from None
    return s


def _sign_in(args: argparse.Namespace, ask: _Asker, preset: Preset | None) -> str:
    methods = preset.sign_in if preset else ("password", "oauth2")
    takes_oauth2 = "oauth2" in methods and (preset is None or preset.oauth2 is not None)
    default = "oauth2" if methods[0] == "oauth2" else "password"
    if preset is not None and not takes_oauth2:
        if args.sign_in == "oauth2":
            raise InitError(f"--sign-in: {preset.name} takes no OAuth2 sign-in for mail; use a password")
        return "password"
    if preset is not None and "app_password" not in methods and "password" not in methods:
        if args.sign_in == "password":
            raise InitError(f"--sign-in: {preset.name} takes no passwords for IMAP; use oauth2")
        return "oauth2"
    answer = ask("Sign in with oauth2 or password", args.sign_in, "--sign-in", default=default,
                 choices=("oauth2", "password"))
    if answer not in ("oauth2", "password"):
        raise InitError("answer oauth2 or password")
    return answer


@functools.cache
def _zone_countries() -> dict[str, str]:
    text = resources.files("tzdata").joinpath("zoneinfo/zone.tab").read_text(encoding="utf-8")
    zones: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            parts = line.split("\t")
            zones.setdefault(parts[2], parts[0])
    return zones


def country_of_zone(zone: str) -> str | None:
    """The ISO country code of an IANA zone from tzdata's zone.tab (``Europe/Berlin`` -> ``DE``)."""
    return _zone_countries().get(zone)


def _toml(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render_config(s: _Settings) -> str:
    """The commented config file for ``s``: only the user's own settings, no example paths."""
    lines = [
        f"# watcher's configuration, written by `watcher init` on {date.today().isoformat()}.",
        "# Every setting is explained in config.example.toml; `watcher check` tries this file.",
        "",
        "[me]",
        f"addresses = [{_toml(s.address)}]   # mail from these addresses is mail you sent",
        f"name = {_toml(s.name)}" if s.name else '# name = "Your Name"             # how drafts are signed',
        "",
        "[[account]]",
        f"name = {_toml(s.account)}",
        'type = "imap"',
    ]
    if s.preset is not None:
        lines.append(f"provider = {_toml(s.preset.key)}   # {s.preset.name}: server, port and TLS from this preset")
    else:
        lines += [f"host = {_toml(s.imap_host or '')}",
                  '# port = 993                    # the default for implicit TLS; 143 for "starttls"',
                  '# tls = "implicit"              # or "starttls"; certificates are always verified']
    lines += [f"username = {_toml(s.address)}", f'auth = "{s.auth}"']
    if s.auth == "password":
        lines += [f"# password: `watcher login {s.account}` keeps it in the system keyring; where there is",
                  "# none (a server, an SSH session), one of these instead (no `watcher login` needed):",
                  '# password_command = "pass show mail"   # its first line of output; runs without a shell',
                  '# password_env = "MAIL_PASSWORD"        # an environment variable']
    else:
        lines += ["", "[account.oauth2]"]
        if s.preset is None:
            lines += ['provider = "custom"', '# token_url = "https://..."', '# device_authorization_url = "https://..."',
                      '# scopes = ["..."]']
        lines.append(f"client_id = {_toml(s.client_id or '')}")
        if s.client_secret:
            lines.append(f"client_secret = {_toml(s.client_secret)}   # a Desktop client's, not really secret")
        if s.tenant:
            lines.append(f"tenant = {_toml(s.tenant)}")
        lines.append('# token_file = "~/.local/state/watcher/tokens.json"   # instead of the system keyring')
    lines += [
        "",
        "[policy]",
        f"timezone = {_toml(s.timezone)}",
        f"country = {_toml(s.country)}   # public holidays are not business days" if s.country
        else 'country = ""   # no public holidays',
        "",
        "[notify.desktop]",
        "enabled = true",
        "",
        "# Notices by email too, through the same account's server:",
        "# [notify.email]",
        f"# to = {_toml(s.address)}",
        f"# from = {_toml(s.address)}",
        f"# account = {_toml(s.account)}",
        *([] if s.preset is not None else [
            f'# host = "smtp.{s.address.partition("@")[2]}"   # no preset here: name its SMTP server',
            "# port = 587",
            '# tls = "starttls"']),
        "",
    ]
    return "\n".join(lines)
