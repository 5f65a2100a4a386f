"""The validated configuration as plain data, and the loader the commands call.

``watcher.config`` checks a config file in full (with pydantic) and returns a ``Config``
built of the frozen dataclasses below; nothing else in watcher needs pydantic to read
them. ``load_config`` returns the ``Config`` of an earlier validation of the same bytes
when one is kept (``watcher.kept``; a scan with nothing new spends a fifth of its start
validating otherwise), and validates again when the file, watcher's config code, or what
the result took from outside the file (the system time zone, the default database path,
a ``ca_file`` that must exist) changed, so every error is reported as a fresh validation
reports it.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import structlog

from watcher.kept import kept_result
from watcher.model import PolicySettings
from watcher.paths import default_database_path

SMTP_CREDENTIAL_NAME = "smtp"


class ConfigError(Exception):
    """The configuration (or an import file) is not usable; ``errors`` says why, one line each."""

    def __init__(self, errors: list[str]) -> None:
        self.errors = list(errors)
        super().__init__("\n".join(self.errors))


# What to do about an interviews_file that is not there (`watcher check`, a scan, interview list).
MISSING_INTERVIEWS_FILE = ("create it, one [[interview]] table per interview (README, \"Logging your"
                           " interviews\"), or take interviews_file out of the config")


def is_loopback_host(host: str) -> bool:
    """True for 'localhost', 127.0.0.0/8 and ::1: names that never leave the machine."""
    name = host.strip().strip("[]").lower().rstrip(".")
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


# --- the config objects (field meanings: watcher.config and config.example.toml) ----------


@dataclass(frozen=True, kw_only=True)
class OAuth2Config:
    """``[account.oauth2]``: how watcher signs in to the account by itself (``watcher login``).

    ``provider`` picks the flow: ``microsoft`` (device code, MSAL), ``google`` (browser with
    a loopback redirect and PKCE) or ``custom`` (any standard server). After validation
    ``scopes`` and ``flow`` hold the provider's defaults (see ``watcher.config.complete_oauth2``).
    """

    provider: Literal["microsoft", "google", "custom"]
    client_id: str | None = None
    client_secret: str | None = None
    tenant: str = "common"
    authority: str | None = None
    scopes: tuple[str, ...] | None = None
    flow: Literal["device", "browser"] | None = None
    mechanism: Literal["XOAUTH2", "OAUTHBEARER"] = "XOAUTH2"
    token_file: Path | None = None
    token_url: str | None = None
    device_authorization_url: str | None = None
    authorization_url: str | None = None


@dataclass(frozen=True, kw_only=True)
class ImapAccount:
    """An IMAP mailbox to watch (``[[account]]`` with ``type = "imap"``); ``timeout`` in seconds."""

    name: str
    type: Literal["imap"] = "imap"
    host: str
    port: int
    tls: Literal["implicit", "starttls", "none"] = "implicit"
    ca_file: Path | None = None
    username: str
    folders: tuple[str, ...] = ("INBOX",)
    sent_folder: str | None = None
    lookback_days: int = 90
    auth: Literal["password", "oauth2"] = "password"
    provider: str | None = None
    oauth2: OAuth2Config | None = None
    password_command: str | None = None
    password_env: str | None = None
    poll_interval: int = 300
    idle: bool = True
    timeout: float = 30.0
    search: Literal["client", "server", "auto"] = "auto"


@dataclass(frozen=True, kw_only=True)
class LocalAccount:
    """A Maildir or mbox on disk (``[[account]]`` with ``type = "maildir"`` or ``"mbox"``)."""

    name: str
    type: Literal["maildir", "mbox"]
    path: Path
    sent_path: Path | None = None
    lookback_days: int = 90


Account = ImapAccount | LocalAccount


@dataclass(frozen=True, kw_only=True)
class DesktopConfig:
    enabled: bool = False


@dataclass(frozen=True, kw_only=True)
class EmailConfig:
    """``[notify.email]``: notices sent to the user by SMTP (``sender`` is the file's ``from``)."""

    to: str
    sender: str
    host: str
    port: int
    tls: Literal["implicit", "starttls", "none"] = "implicit"
    ca_file: Path | None = None
    username: str | None = None
    password_command: str | None = None
    password_env: str | None = None
    account: str | None = None
    auth: Literal["password", "oauth2"] = "password"
    oauth2: OAuth2Config | None = None

    @property
    def name(self) -> str:
        """The keyring user name (and credential file name) of the SMTP password."""
        return self.account or SMTP_CREDENTIAL_NAME


@dataclass(frozen=True, kw_only=True)
class NotifyConfig:
    desktop: DesktopConfig = DesktopConfig()
    email: EmailConfig | None = None


@dataclass(frozen=True, kw_only=True)
class DraftsConfig:
    templates_dir: Path | None = None
    imap_folder: str | None = None
    account: str | None = None


@dataclass(frozen=True, kw_only=True)
class DaemonConfig:
    """Seconds between polls, IDLE renewals and policy passes."""

    poll_interval: int = 300
    idle_refresh: int = 600
    policy_interval: int = 300


@dataclass(frozen=True)
class Config:
    path: Path
    me: tuple[str, ...]
    me_name: str | None
    database: Path
    interviews_file: Path | None
    accounts: tuple[ImapAccount | LocalAccount, ...]
    policy: PolicySettings
    notify: NotifyConfig
    drafts: DraftsConfig
    daemon: DaemonConfig
    keep_days: int = 365  # [database] keep_days: forget interviews closed or dropped this long ago (0: never)

    def account(self, name: str) -> ImapAccount | LocalAccount:
        """The account called ``name``; KeyError when there is none."""
        for account in self.accounts:
            if account.name == name:
                return account
        raise KeyError(name)


@dataclass(frozen=True)
class Derived:
    """What a validated config took from outside its file: ``None`` where the file said it."""

    system_timezone: str | None  # [policy] timezone was not written: the machine's zone then
    default_database: Path | None  # [database] path was not written
    must_exist: tuple[Path, ...] = ()  # ca_file paths checked to be files


def system_timezone() -> str:
    """The machine's IANA zone (the default of ``[policy] timezone``); UTC when it cannot be told
    (containers often have none) or is not a zone zoneinfo knows."""
    import tzlocal
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        name = tzlocal.get_localzone_name()
    except Exception as exc:  # noqa: BLE001 - tzlocal raises several kinds on odd systems
        structlog.get_logger(__name__).warning("system_timezone_unknown", error=type(exc).__name__)
        return "UTC"
    if not name:
        return "UTC"
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return "UTC"
    return name


# --- loading, with the kept result ------------------------------------------------------------


def load_config(path: Path) -> Config:
    """The config at ``path``, validated (``watcher.config.validate_config``) or kept from an
    identical earlier validation (``watcher.kept``); ConfigError lists every problem at once."""
    path = path.expanduser().absolute()

    def validate() -> tuple[Config, Derived]:
        from watcher.config import validate_config  # pydantic: only when the file changed

        return validate_config(path)

    return kept_result("config", path, validate, checked_by=CHECKED_BY, still_true=_still_true)


# The code and data that validate a config and define its objects.
CHECKED_BY = ("config.py", "settings.py", "model.py", "auth/providers.py", "data/providers.toml")


def _still_true(derived: Derived) -> bool:
    if derived.system_timezone is not None and system_timezone() != derived.system_timezone:
        return False
    if derived.default_database is not None and default_database_path() != derived.default_database:
        return False
    return all(p.is_file() for p in derived.must_exist)
