"""The configuration file: a TOML file validated in full before anything runs.

``load_config`` reads the file, checks every section against its schema, then runs
the checks that span fields (unique account names, TLS on non-loopback hosts, the
drafts account). Every problem is collected and raised at once as a ``ConfigError``
whose ``errors`` are lines of the form ``key.path: message``. List entries are
counted from 0 in the order they appear in the file, so the second ``[[account]]``
table is ``account[1]``, e.g. ``account[1].port: must be a whole number, written without quotes``.

Relative paths resolve against the folder that holds the config file; ``~`` is
expanded. Secrets never live in the file: an account's password comes from the
system keyring (``watcher login ACCOUNT``), ``password_command`` or ``password_env``
(see ``watcher.auth.passwords``), or an OAuth2 sign-in (``[account.oauth2]``, see
``watcher.auth.oauth2``), and no error message ever repeats a value the user may have
typed as a password.

``provider = "NAME"`` on an account fills its server settings from the presets in
``watcher/data/providers.toml`` (``watcher.auth.providers``); keys written on the
account win.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import time
from pathlib import Path
from typing import Annotated, Any, Literal, get_args
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import structlog
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from watcher.auth.providers import Preset, load_presets
from watcher.calendar_names import WEEKDAY_ABBREVIATIONS, WEEKDAYS
from watcher.model import PolicySettings
from watcher.paths import default_config_path, default_database_path  # noqa: F401 (re-exported)
from watcher.settings import (  # the validated config as plain data; re-exported  # noqa: F401
    SMTP_CREDENTIAL_NAME,
    Config,
    ConfigError,
    DaemonConfig,
    Derived,
    DesktopConfig,
    DraftsConfig,
    EmailConfig,
    ImapAccount,
    LocalAccount,
    NotifyConfig,
    OAuth2Config,
    is_loopback_host,
)
from watcher.settings import MISSING_INTERVIEWS_FILE, system_timezone

log = structlog.get_logger(__name__)

SECRET_KEYS = frozenset({"password"})
ACCOUNT_TYPES = ("imap", "maildir", "mbox")
DAY_NAMES = tuple(name.lower() for name in WEEKDAY_ABBREVIATIONS)  # "mon" .. "sun"
_FULL_DAY_NAMES = tuple(name.lower() for name in WEEKDAYS)
_ADDRESS_RE = re.compile(
    r"^[^@\s<>(),;:\"\[\]]+@[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$"
)
_ACCOUNT_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_HOURS_RE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


# --- small reusable checks ---------------------------------------------------------------


def normalize_address(value: str) -> str:
    """Return ``value`` as a lower-cased ``local@domain`` address, or raise ValueError."""
    address = value.strip().lower()
    if not _ADDRESS_RE.match(address):
        raise ValueError(f"'{value}' is not a mail address (local@domain)")
    return address


def unknown_key_message(key: str, known: list[str] | tuple[str, ...] | frozenset[str]) -> str:
    """The message for a key the schema does not know, with a guess at the intended one."""
    guesses = difflib.get_close_matches(key, sorted(known), n=1, cutoff=0.6)
    if guesses:
        return f"unknown key (did you mean '{guesses[0]}'?)"
    return "unknown key (known keys: " + ", ".join(sorted(known)) + ")"


def join_path(prefix: str, loc: tuple[str | int, ...]) -> str:
    """Render a location as ``a.b[0].c`` under ``prefix``."""
    text = prefix
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text = f"{text}.{part}" if text else str(part)
    return text


def _known_keys(model: type[BaseModel]) -> list[str]:
    return [info.alias or name for name, info in model.model_fields.items()]


def _field_model(model: type[BaseModel], key: str) -> type[BaseModel] | None:
    """The model a nested table is validated with, to name its keys in did-you-mean."""
    for name, info in model.model_fields.items():
        if key in (name, info.alias):
            candidates = [info.annotation, *get_args(info.annotation)]
            for candidate in candidates:
                if isinstance(candidate, type) and issubclass(candidate, BaseModel):
                    return candidate
    return None


def _model_at(model: type[BaseModel], loc: tuple[str | int, ...]) -> type[BaseModel]:
    for part in loc:
        if isinstance(part, int):
            continue
        nested = _field_model(model, part)
        if nested is None:
            break
        model = nested
    return model


@dataclass(frozen=True)
class KeyProblem:
    """One bad key, as data, to be said in a config file's terms or a command line's.

    ``path``: the key's place under its table (``("subdivision",)``, ``("work_days", 1)``).
    ``words``: what is wrong, true in a file and on a command line alike ("must be a whole number").
    ``file_words``: what only a TOML file's reader needs besides (", written without quotes",
    ``', e.g. country = "DE"'``).
    ``example_given``: ``words`` show a good value already, so no example is added to them.
    ``example_key``: the key whose example shows the fix, when not the key itself ("needs
    country as well" is fixed by giving a country).
    """

    path: tuple[str | int, ...]
    words: str
    file_words: str = ""
    example_given: bool = False
    example_key: str | None = None

    def in_file(self, prefix: str) -> str:
        """``prefix.path: words`` as a config file's error line (``policy.follow_up_days: ...``)."""
        return f"{join_path(prefix, self.path)}: {self.words}{self.file_words}"


class KeyProblems(ConfigError):
    """Bad keys of one table, each a KeyProblem; ``errors`` says them as in a file, under ``where``."""

    def __init__(self, problems: Sequence[KeyProblem], where: str) -> None:
        self.problems = list(problems)
        self.where = where
        super().__init__([problem.in_file(where) for problem in self.problems])


class ValueWithExample(ValueError):
    """A bad value whose message shows a good one already ("e.g. '09:00-18:00'")."""


def validation_problems(exc: ValidationError, model: type[BaseModel], *, top_level: bool = False) -> list[KeyProblem]:
    """A pydantic error of ``model`` as KeyProblems; never echoes an input value.
    ``top_level``: ``model`` is the whole file (an interviews_file key inside a table is then misplaced)."""
    problems = []
    for error in exc.errors(include_input=False, include_url=False):
        loc = tuple(error["loc"])
        if error["type"] == "extra_forbidden" and not top_level and loc[-1] == "interviews_file":
            problems.append(KeyProblem(loc, "unknown key here: it is a top-level key, so write it above the first [table]"))
        elif error["type"] == "extra_forbidden":
            parent = _model_at(model, loc[:-1])
            problems.append(KeyProblem(loc, unknown_key_message(str(loc[-1]), _known_keys(parent))))
        elif error["type"] == "missing":
            problems.append(KeyProblem(loc, "required key is missing"))
        elif error["type"] == "value_error":
            cause = error.get("ctx", {}).get("error", error["msg"])
            problems.append(KeyProblem(loc, str(cause), example_given=isinstance(cause, ValueWithExample)))
        elif error["type"] in _TYPE_WORDS:
            problems.append(KeyProblem(loc, *_TYPE_WORDS[error["type"]]))
        else:
            problems.append(KeyProblem(loc, _plain_words(error)))
    return problems


def validation_messages(exc: ValidationError, model: type[BaseModel], prefix: str) -> list[str]:
    """Turn a pydantic error into ``key.path: message`` lines; never echoes an input value."""
    return [problem.in_file(prefix) for problem in validation_problems(exc, model, top_level=not prefix)]


# pydantic's error types (https://docs.pydantic.dev/latest/errors/validation_errors/) said the
# way the rest of the config errors are: what the value must be, and in a file, in TOML's terms.
_TYPE_WORDS = {
    "int_type": ("must be a whole number", ", written without quotes"),
    "int_parsing": ("must be a whole number", ", written without quotes"),
    "int_from_float": ("must be a whole number", ", written without quotes"),
    "bool_type": ("must be true or false", ", written without quotes"),
    "bool_parsing": ("must be true or false", ", written without quotes"),
    "string_type": ("must be text", " in quotes"),
    "list_type": ("must be a list", ' in brackets, e.g. ["a", "b"]'),
}
_BOUND_WORDS = {
    "greater_than_equal": ("ge", "must be {} or more"),
    "less_than_equal": ("le", "must be {} or less"),
    "greater_than": ("gt", "must be more than {}"),
    "less_than": ("lt", "must be less than {}"),
}


def _plain_words(error: Any) -> str:
    """What a pydantic error of a literal or a bound says, in plain words; its own message else."""
    if error["type"] == "literal_error":
        return f"must be {error.get('ctx', {}).get('expected', 'one of the values listed in config.example.toml')}"
    if error["type"] in _BOUND_WORDS:
        name, words = _BOUND_WORDS[error["type"]]
        return words.format(error.get("ctx", {}).get(name, "?"))
    return str(error["msg"])


def _resolve_path(value: Path, info: ValidationInfo) -> Path:
    value = value.expanduser()
    base = (info.context or {}).get("base_dir")
    if base is not None and not value.is_absolute():
        value = Path(base) / value
    return value


def _lower_address(value: str) -> str:
    return normalize_address(value)


def _non_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return value.strip()


def _account_name(value: str) -> str:
    if not _ACCOUNT_NAME_RE.match(value):
        raise ValueError("use letters, digits, '.', '_' and '-' only, starting with a letter or digit")
    return value


ResolvedPath = Annotated[Path, AfterValidator(_resolve_path)]
Address = Annotated[str, AfterValidator(_lower_address)]
Text = Annotated[str, AfterValidator(_non_blank)]
AccountName = Annotated[str, AfterValidator(_account_name)]
Port = Annotated[StrictInt, Field(ge=1, le=65535)]
Tls = Literal["implicit", "starttls", "none"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _default_port(data: Any, by_tls: Mapping[str, int]) -> Any:
    if isinstance(data, dict) and "port" not in data:
        tls = data.get("tls", "implicit")
        if isinstance(tls, str) and tls in by_tls:
            return {**data, "port": by_tls[tls]}
    return data


# --- the public config objects ----------------------------------------------------------

OAUTH2_PROVIDERS = ("microsoft", "google", "custom")


def _endpoint(value: str) -> str:
    """An OAuth2 endpoint: https, or http on a loopback host only (RFC 8252 section 8.3)."""
    from urllib.parse import urlsplit

    parts = urlsplit(value.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ValueError("write a full address, e.g. https://login.example.org/oauth2/token")
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise ValueError(f"must use https: tokens would cross the network in clear to {parts.hostname}")
    return value.strip()


Endpoint = Annotated[str, AfterValidator(_endpoint)]


class _OAuth2Table(_Strict):
    """``[account.oauth2]``: how watcher signs in to the account by itself (``watcher login``).

    ``provider`` picks the flow: ``microsoft`` (device code, MSAL), ``google`` (browser with
    a loopback redirect and PKCE) or ``custom`` (any standard server: ``token_url`` and
    ``device_authorization_url`` and/or ``authorization_url``). ``scopes`` and ``flow``
    default by provider (see ``watcher.auth.oauth2``); endpoints are https except on loopback.
    """

    provider: Literal["microsoft", "google", "custom"]
    client_id: Text | None = None
    client_secret: Text | None = None  # only for providers that issue one to installed apps
    tenant: Text = "common"  # microsoft: "common", "consumers", "organizations" or a tenant id
    # microsoft: the sign-in service, without the tenant (default https://login.microsoftonline.com);
    # another cloud's (https://login.microsoftonline.us) or any server in its shape.
    authority: Endpoint | None = None
    scopes: tuple[Text, ...] | None = Field(default=None, min_length=1)
    flow: Literal["device", "browser"] | None = None
    mechanism: Literal["XOAUTH2", "OAUTHBEARER"] = "XOAUTH2"
    token_file: ResolvedPath | None = None  # keep the tokens here (mode 0600) instead of the keyring
    token_url: Endpoint | None = None
    device_authorization_url: Endpoint | None = None
    authorization_url: Endpoint | None = None



class _ImapAccountTable(_Strict):
    """An IMAP mailbox to watch (``[[account]]`` with ``type = "imap"``)."""

    name: AccountName
    type: Literal["imap"]
    host: Text
    port: Port
    tls: Tls = "implicit"
    ca_file: ResolvedPath | None = None
    username: Text
    folders: tuple[Text, ...] = Field(default=("INBOX",), min_length=1)
    sent_folder: Text | None = None  # None: find it by SPECIAL-USE \Sent or a usual name
    lookback_days: Annotated[StrictInt, Field(ge=1)] = 90
    auth: Literal["password", "oauth2"] = "password"
    provider: Text | None = None  # the preset the server settings came from
    oauth2: _OAuth2Table | None = None
    password_command: Text | None = None
    password_env: Text | None = None
    poll_interval: Annotated[StrictInt, Field(ge=10)] = 300
    idle: StrictBool = True
    timeout: Annotated[float, Field(gt=0)] = 30.0
    # Who picks the mail that may concern an interview: the server (SEARCH, substring
    # match), watcher (reads every header), or "auto" (by the server; see the README).
    search: Literal["client", "server", "auto"] = "auto"

    @model_validator(mode="before")
    @classmethod
    def _port_from_tls(cls, data: Any) -> Any:
        return _default_port(data, {"implicit": 993, "starttls": 143, "none": 143})

    @field_validator("timeout", mode="before")
    @classmethod
    def _number(cls, value: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError("must be a number of seconds")  # noqa: TRY004 - pydantic reports ValueError only
        return value


class _LocalAccountTable(_Strict):
    """A Maildir or mbox on disk (``[[account]]`` with ``type = "maildir"`` or ``"mbox"``)."""

    name: AccountName
    type: Literal["maildir", "mbox"]
    path: ResolvedPath
    sent_path: ResolvedPath | None = None
    lookback_days: Annotated[StrictInt, Field(ge=1)] = 90


_AccountTable = _ImapAccountTable | _LocalAccountTable


class _DesktopTable(_Strict):
    enabled: StrictBool = False


class _EmailTable(_Strict):
    """``[notify.email]``: notices sent to the user by SMTP."""

    to: Address
    sender: Address = Field(alias="from")
    host: Text
    port: Port
    tls: Tls = "implicit"
    ca_file: ResolvedPath | None = None
    username: Text | None = None
    password_command: Text | None = None
    password_env: Text | None = None
    # Sign in as this IMAP account (its user name, and its password or OAuth2 token: XOAUTH2).
    account: AccountName | None = None
    auth: Literal["password", "oauth2"] = "password"
    oauth2: _OAuth2Table | None = None

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=False)

    @model_validator(mode="before")
    @classmethod
    def _port_from_tls(cls, data: Any) -> Any:
        return _default_port(data, {"implicit": 465, "starttls": 587, "none": 25})

    @property
    def name(self) -> str:
        """The keyring user name (and credential file name) of the SMTP password."""
        return self.account or SMTP_CREDENTIAL_NAME


class _NotifyTable(_Strict):
    desktop: _DesktopTable = _DesktopTable()
    email: _EmailTable | None = None


class _DraftsTable(_Strict):
    templates_dir: ResolvedPath | None = None  # user templates that override the bundled ones
    imap_folder: Text | None = None  # append drafts to this folder, e.g. "Drafts"
    account: Text | None = None  # IMAP account for imap_folder; default the first IMAP account


class _DaemonTable(_Strict):
    poll_interval: Annotated[StrictInt, Field(ge=10)] = 300
    # IDLE is re-issued well under the 29 minutes servers allow: some middleboxes drop quiet links sooner.
    idle_refresh: Annotated[StrictInt, Field(ge=30, le=1740)] = 600
    policy_interval: Annotated[StrictInt, Field(ge=10)] = 300


# --- [policy] ----------------------------------------------------------------------------


def _day_number(value: Any) -> int:
    if not isinstance(value, str):
        raise ValueError("day names are strings: 'mon' .. 'sun'")  # noqa: TRY004 - pydantic reports ValueError only
    name = value.strip().lower()
    if name in DAY_NAMES:
        return DAY_NAMES.index(name)
    if name in _FULL_DAY_NAMES:
        return _FULL_DAY_NAMES.index(name)
    raise ValueError(f"'{value}' is not a day: use 'mon', 'tue', 'wed', 'thu', 'fri', 'sat' or 'sun'")


def parse_working_hours(value: str) -> tuple[time, time]:
    """``"09:00-18:00"`` -> (09:00, 18:00); ValueError unless start < end."""
    match = _HOURS_RE.match(value)
    if not match:
        raise ValueWithExample("write the hours as 'HH:MM-HH:MM', e.g. '09:00-18:00'")
    h1, m1, h2, m2 = (int(group) for group in match.groups())
    if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59 or (h2 == 24 and m2 != 0):
        raise ValueError("hours run 00:00 to 24:00 and minutes 00 to 59")
    start = time(h1, m1)
    end = time.max if h2 == 24 else time(h2, m2)
    if start >= end:
        raise ValueError("the start must come before the end")
    return start, end


def _check_timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone '{value}': use an IANA name such as 'Europe/Berlin'") from None
    return value


def _country_codes() -> list[str]:
    """The ISO 3166 codes the holidays package knows, from its registry: listing its
    countries with their subdivisions would load every country's module (half a second)."""
    from holidays import registry  # only when a country is configured

    return sorted({str(entry[1]) for entry in registry.COUNTRIES.values()})


def _subdivisions(country: str) -> list[str]:
    import holidays

    return list(holidays.country_holidays(country).subdivisions)


def _check_country(value: str) -> str | None:
    code = value.strip().upper()
    if not code:
        return None  # an explicit "" switches public holidays off
    countries = _country_codes()
    if code not in countries:
        guesses = difflib.get_close_matches(code, list(countries), n=3, cutoff=0.5)
        hint = f" (did you mean {', '.join(repr(g) for g in guesses)}?)" if guesses else ""
        raise ValueError(f"unknown country '{value}': use an ISO 3166 code the holidays package knows{hint}")
    return code


def _check_subdivision(country: str, value: str) -> str:
    known = _subdivisions(country)
    for subdivision in known:
        if subdivision.upper() == value.strip().upper():
            return subdivision
    listed = ", ".join(known[:40]) + (", ..." if len(known) > 40 else "")
    if not known:
        raise ValueError(f"country '{country}' has no subdivisions in the holidays package")
    raise ValueError(f"unknown subdivision '{value}' for {country}: use one of {listed}")


class _PolicySection(_Strict):
    """``[policy]`` as written in TOML; ``model_fields_set`` tells which keys were given."""

    timezone: str | None = None
    country: str | None = None
    subdivision: str | None = None
    work_days: list[Annotated[int, BeforeValidator(_day_number)]] | None = Field(default=None, min_length=1)
    working_hours: str | None = None
    thank_you: StrictBool | None = None
    follow_up_days: Annotated[StrictInt, Field(ge=1, le=365)] | None = None
    after_promise_days: Annotated[StrictInt, Field(ge=0, le=365)] | None = None
    follow_up_2_days: Annotated[StrictInt, Field(ge=1, le=365)] | None = None
    move_on_days: Annotated[StrictInt, Field(ge=1, le=365)] | None = None
    ask_feedback: StrictBool | None = None
    reply_days: Annotated[StrictInt, Field(ge=0, le=365)] | None = None

    @field_validator("timezone")
    @classmethod
    def _timezone(cls, value: str | None) -> str | None:
        return None if value is None else _check_timezone(value)

    @field_validator("country")
    @classmethod
    def _country(cls, value: str | None) -> str | None:
        return None if value is None else _check_country(value)

    @field_validator("subdivision")
    @classmethod
    def _subdivision(cls, value: str | None, info: ValidationInfo) -> str | None:
        # Checked here when the same table names the country; against the base country on merge.
        country = info.data.get("country")
        if value is None or not country:
            return value
        return _check_subdivision(country, value)

    @field_validator("working_hours")
    @classmethod
    def _hours(cls, value: str | None) -> str | None:
        if value is not None:
            parse_working_hours(value)
        return value

    @field_validator("work_days")
    @classmethod
    def _days(cls, value: list[int] | None) -> list[int] | None:
        return None if value is None else sorted(set(value))


POLICY_KEYS = tuple(_PolicySection.model_fields)
_SETTINGS_FIELDS = {f.name for f in fields(PolicySettings)}


def _validate_policy_section(raw: Any, where: str) -> _PolicySection:
    """``raw`` as a ``[policy]`` table; KeyProblems (under ``where``) when a key is bad."""
    if not isinstance(raw, Mapping):
        raise KeyProblems([KeyProblem((), "must be a table")], where)
    try:
        return _PolicySection.model_validate(dict(raw))
    except ValidationError as exc:
        raise KeyProblems(validation_problems(exc, _PolicySection), where) from None


def _merge_policy(base: PolicySettings, section: _PolicySection, where: str) -> PolicySettings:
    """Apply the keys ``section`` gave to ``base``; KeyProblems (under ``where``) for a
    subdivision without a country, or not one of the country's."""
    given = section.model_fields_set
    changes: dict[str, Any] = {key: getattr(section, key) for key in given if key in _SETTINGS_FIELDS}
    if "work_days" in given:
        changes["work_days"] = tuple(section.work_days or ())
    if "working_hours" in given and section.working_hours is not None:
        changes["work_start"], changes["work_end"] = parse_working_hours(section.working_hours)
    if "country" in given and "subdivision" not in given:
        changes["subdivision"] = None  # another country's subdivision would be meaningless
    merged = replace(base, **changes)
    if "subdivision" in given and section.subdivision is not None:
        if merged.country is None:
            raise KeyProblems([KeyProblem(("subdivision",), "needs country as well", ', e.g. country = "DE"',
                                          example_key="country")], where)
        try:
            merged = replace(merged, subdivision=_check_subdivision(merged.country, section.subdivision))
        except ValueError as exc:
            raise KeyProblems([KeyProblem(("subdivision",), str(exc))], where) from None
    return merged


def validate_policy_overrides(overrides: Mapping[str, object], where: str = "policy") -> dict[str, object]:
    """Check per-interview overrides on their own (keys and values); return them as a plain dict.

    Checks that need the base settings (a subdivision of the base's country) happen
    in ``policy_with_overrides``.
    """
    _validate_policy_section(overrides, where)
    return dict(overrides)


def policy_with_overrides(
    base: PolicySettings, overrides: Mapping[str, object], where: str = "policy"
) -> PolicySettings:
    """``base`` with ``overrides`` (``[policy]`` key names and TOML values) applied, validated.

    Raises KeyProblems, its lines under ``where`` (``interview[2].policy.subdivision: ...``)."""
    return _merge_policy(base, _validate_policy_section(overrides, where), where)


def _policy_from_file(raw: Any) -> tuple[PolicySettings | None, list[str]]:
    try:
        section = _validate_policy_section(raw, "policy")
        # The machine's zone only when the file names none (tzlocal: its import and a look at the system).
        written = "timezone" in section.model_fields_set
        base = PolicySettings(timezone=section.timezone if written else system_timezone())
        return _merge_policy(base, section, "policy"), []
    except KeyProblems as exc:
        return None, exc.errors


_STRING_POLICY_KEYS = frozenset({"timezone", "country", "subdivision", "working_hours"})


def _toml_value(text: str) -> object:
    try:
        return tomllib.loads(f"value = {text}")["value"]
    except tomllib.TOMLDecodeError:
        return text


class AssignmentSyntaxError(ConfigError):
    """A ``--policy`` argument that is not ``KEY=VALUE``; ``text`` is the argument as typed."""

    def __init__(self, text: str) -> None:
        self.text = text
        super().__init__([f"{text!r}: write KEY=VALUE, e.g. follow_up_days=3"])


def parse_policy_assignment(text: str) -> tuple[str, object]:
    """Parse a CLI override such as ``follow_up_days=3`` or ``working_hours=08:00-17:00``.

    Values are read as TOML where that makes sense (numbers, booleans, arrays),
    otherwise as plain strings; ``work_days=mon,tue,wed`` is a list of day names.
    Only the key is checked here (KeyProblems under ``policy`` for an unknown one;
    AssignmentSyntaxError without ``=``): pass the result to ``policy_with_overrides``.
    """
    key, sep, value = text.partition("=")
    key, value = key.strip(), value.strip()
    if not sep or not key:
        raise AssignmentSyntaxError(text)
    if key not in POLICY_KEYS:
        raise KeyProblems([KeyProblem((key,), unknown_key_message(key, POLICY_KEYS))], "policy")
    if key in _STRING_POLICY_KEYS:
        parsed = _toml_value(value) if value[:1] in "\"'" else value
        return key, parsed
    if key == "work_days" and not value.startswith("["):
        return key, [day.strip() for day in value.split(",") if day.strip()]
    return key, _toml_value(value)


def policy_assignments(base: PolicySettings, current: Mapping[str, object], texts: Sequence[str]) -> dict[str, object]:
    """``current`` (an interview's overrides) with the CLI's ``KEY=VALUE`` ``texts`` applied,
    each value checked on its own, then all of them against ``base`` (the config's [policy]:
    a subdivision is one of its country's).

    Raise ConfigError naming every bad assignment as it was typed, what its value must be and
    an example on the command line's terms (``--policy follow_up_days=abc: must be a whole
    number (e.g. --policy follow_up_days=7)``, ``--policy subdivision=BY: needs country as
    well (e.g. --policy country=DE)``).
    """
    overrides = dict(current)
    typed: dict[str, str] = {}
    errors: list[str] = []
    for text in texts:
        try:
            key, value = parse_policy_assignment(text)
            _validate_policy_section({key: value}, "policy")
        except AssignmentSyntaxError:
            errors.append(f"--policy {text.strip()}: write KEY=VALUE (e.g. --policy follow_up_days=3)")
            continue
        except KeyProblems as exc:
            errors += [_on_command_line(problem, text.strip()) for problem in exc.problems]
            continue
        overrides[key] = value
        typed[key] = text.strip()
    if not errors:
        try:
            policy_with_overrides(base, overrides, "policy")
        except KeyProblems as exc:
            for problem in exc.problems:
                key = str(problem.path[0]) if problem.path else ""
                said = typed.get(key) or f"{key}={overrides.get(key)} (set before)"
                errors.append(_on_command_line(problem, said))
    if errors:
        raise ConfigError(errors)
    return overrides


def _on_command_line(problem: KeyProblem, typed: str) -> str:
    """``problem`` said of the ``--policy`` argument ``typed``, with a command line's example."""
    key = problem.example_key or (str(problem.path[0]) if problem.path else "")
    good = _POLICY_EXAMPLES.get(key)
    example = "" if problem.example_given or good is None else f" (e.g. --policy {key}={good})"
    return f"--policy {typed}: {problem.words}{example}"


# One good value per [policy] key, for the examples of the errors above.
_POLICY_EXAMPLES = {
    "timezone": "Europe/Berlin", "country": "DE", "subdivision": "BY", "work_days": "mon,tue,wed,thu,fri",
    "working_hours": "09:00-18:00", "thank_you": "false", "follow_up_days": "7", "after_promise_days": "2",
    "follow_up_2_days": "5", "move_on_days": "5", "ask_feedback": "false", "reply_days": "1",
}


def policy_to_toml(settings: PolicySettings) -> dict[str, object]:
    """``settings`` as ``[policy]`` keys (for display and for round trips)."""
    end = "24:00" if settings.work_end == time.max else settings.work_end.strftime("%H:%M")
    values: dict[str, object] = {
        "timezone": settings.timezone,
        "work_days": [DAY_NAMES[day] for day in settings.work_days],
        "working_hours": f"{settings.work_start.strftime('%H:%M')}-{end}",
    }
    # "" says "no public holidays" explicitly, so the result fully describes ``settings``.
    values["country"] = settings.country or ""
    if settings.subdivision is not None:
        values["subdivision"] = settings.subdivision
    for key in POLICY_KEYS:
        if key not in values and key in _SETTINGS_FIELDS and key not in ("country", "subdivision"):
            values[key] = getattr(settings, key)
    return values


# --- reading the file --------------------------------------------------------------------

TOP_LEVEL_KEYS = ("me", "database", "interviews_file", "account", "policy", "notify", "drafts", "daemon")


class _MeSection(_Strict):
    addresses: list[Address] = Field(min_length=1)
    name: Text | None = None  # how drafts are signed


class _DatabaseSection(_Strict):
    path: ResolvedPath | None = None
    # Interviews closed or dropped this many days ago are forgotten with their mail; 0 keeps all.
    keep_days: Annotated[StrictInt, Field(ge=0)] = 365


class _TopLevel(_Strict):
    interviews_file: ResolvedPath | None = None


def read_toml(path: Path, what: str = "config file") -> dict[str, Any]:
    """Parse a TOML file; ConfigError naming the file, line and column on a syntax error."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        hint = {
            "config file": (" (run `watcher init` to write one, or pass --config PATH; config.example.toml"
                            " is the reference of every setting)"),
            "interviews file": f" ({MISSING_INTERVIEWS_FILE})",
        }.get(what, "")
        raise ConfigError([f"{path}: {what} not found; looked at {path}{hint}"]) from None
    except (IsADirectoryError, PermissionError, UnicodeDecodeError) as exc:
        raise ConfigError([f"{path}: cannot read the {what}: {type(exc).__name__}"]) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError([_toml_error_line(path, exc, text)]) from None


def _toml_error_line(path: Path, exc: tomllib.TOMLDecodeError, text: str) -> str:
    message = str(exc)
    match = re.search(r"\s*\(at line (\d+), column (\d+)\)$", message)
    if match is None:
        end = re.search(r"\s*\(at end of document\)$", message)
        if end is None:
            return f"{path}: TOML syntax error: {message}"
        # An unclosed bracket or quote: tomllib names no line, the last one is where it ends.
        return f"{path}, line {max(1, len(text.splitlines()))} (the end of the file): TOML syntax error: " \
               f"{message[: end.start()]} (a bracket or quote left open?)"
    reason = message[: match.start()]
    return f"{path}, line {match.group(1)}, column {match.group(2)}: TOML syntax error: {reason}"


def _validate(model: type[_Strict], raw: Any, where: str, context: dict[str, Any]) -> tuple[Any, list[str]]:
    if not isinstance(raw, Mapping):
        return None, [f"{where}: must be a table"]
    try:
        return model.model_validate(dict(raw), context=context), []
    except ValidationError as exc:
        return None, validation_messages(exc, model, where)


def _refuse_secrets(raw: Mapping[str, Any], where: str) -> tuple[dict[str, Any], list[str]]:
    """Drop plaintext secrets before validation, so no later message can carry them."""
    cleaned = {key: value for key, value in raw.items() if key not in SECRET_KEYS}
    errors = [
        f"{where}.{key}: passwords do not belong in the config file; run `watcher login {_login_name(raw, where)}`"
        " (it stores the password in the system keyring, service 'watcher'), or set password_command"
        " (a command that prints it) or password_env (an environment variable that holds it)"
        for key in raw
        if key in SECRET_KEYS
    ]
    return cleaned, errors


def _login_name(raw: Mapping[str, Any], where: str) -> str:
    if where.startswith("notify.email"):
        return SMTP_CREDENTIAL_NAME
    name = raw.get("name")
    return name if isinstance(name, str) and _ACCOUNT_NAME_RE.match(name) else "ACCOUNT"


def _load_account(raw: Any, where: str, context: dict[str, Any]) -> tuple[_AccountTable | None, list[str]]:
    if not isinstance(raw, Mapping):
        return None, [f"{where}: must be a table"]
    cleaned, errors = _refuse_secrets(raw, where)
    kind = cleaned.get("type")
    if kind is None:
        return None, errors + [f"{where}.type: required key is missing: one of 'imap', 'maildir', 'mbox'"]
    if kind not in ACCOUNT_TYPES:
        return None, errors + [f"{where}.type: must be 'imap', 'maildir' or 'mbox'"]
    if kind != "imap":
        account, more = _validate(_LocalAccountTable, cleaned, where, context)
        return account, errors + more
    cleaned, preset_errors = apply_preset(cleaned, where)
    errors += preset_errors
    account, more = _validate(_ImapAccountTable, cleaned, where, context)
    errors += more
    if account is not None and not preset_errors:
        account, more = _complete_sign_in(account, where)
        errors += more
    return account, errors


def apply_preset(raw: Mapping[str, Any], where: str) -> tuple[dict[str, Any], list[str]]:
    """An IMAP account's raw table with its ``provider`` preset filled in; keys written win.

    Fills host, port, tls, sent_folder and auth (the provider's first sign-in method), and
    an ``oauth2`` table naming the flow's provider when the account signs in by OAuth2.
    Return the table and the errors (an unknown provider, OAuth2 where the provider takes none).
    """
    table = dict(raw)
    name = table.get("provider")
    if name is None:
        return table, []
    presets = load_presets()
    if not isinstance(name, str) or name not in presets:
        return table, [f"{where}.provider: unknown provider {name!r}: {_known_presets(str(name), presets)}"]
    chosen = presets[name]
    table.setdefault("host", chosen.imap.host)
    if "port" not in table and table.get("tls", chosen.imap.tls) == chosen.imap.tls:
        table["port"] = chosen.imap.port
    table.setdefault("tls", chosen.imap.tls)
    if chosen.sent_folder is not None:
        table.setdefault("sent_folder", chosen.sent_folder)
    auth = table.setdefault("auth", chosen.default_auth)
    if auth != "oauth2" or table.get("password_command"):
        return table, []
    if chosen.oauth2 is None:
        return table, [
            f"{where}.auth: {chosen.name} does not take OAuth2 sign-in for mail; use an app password"
            f' (auth = "password", then `watcher login {_login_name(raw, where)}`). {chosen.app_password}'
        ]
    oauth2 = table.get("oauth2", {})
    if isinstance(oauth2, Mapping):
        table["oauth2"] = {"provider": chosen.oauth2, **oauth2}
        if chosen.client_id and "client_id" not in oauth2:
            table["oauth2"]["client_id"] = chosen.client_id
    return table, []


def _known_presets(name: str, presets: Mapping[str, Preset]) -> str:
    guesses = difflib.get_close_matches(name, list(presets), n=1, cutoff=0.6)
    hint = f"did you mean '{guesses[0]}'? " if guesses else ""
    return f"{hint}known providers: {', '.join(presets)}"


MICROSOFT_SCOPES = (
    "https://outlook.office.com/IMAP.AccessAsUser.All",
    "https://outlook.office.com/SMTP.Send",
    "offline_access",
)
GOOGLE_SCOPES = ("https://mail.google.com/",)
GOOGLE_AUTHORIZATION_URL = "https://accounts.google.com/o/oauth2/auth"
GOOGLE_TOKEN_URL = "https://oauth2.googleapis.com/token"

_CLIENT_ID_HELP = {
    "microsoft": "register watcher as a public client in Microsoft Entra (README: 'Signing in to Outlook.com"
    " and Microsoft 365') and put its Application (client) ID here",
    "google": "make a Desktop OAuth client in Google Cloud (README: 'Signing in to Gmail') and put its"
    " client ID here (and its client_secret)",
    "custom": "register watcher as a client with your provider and put the client ID it gives here",
}


def _complete_sign_in(account: _ImapAccountTable, where: str) -> tuple[_ImapAccountTable, list[str]]:
    """Check the sign-in keys together; fill the OAuth2 defaults of the account's provider."""
    if account.auth == "password":
        if account.oauth2 is not None:
            return account, [f'{where}.oauth2: only used with auth = "oauth2"']
        return account, []
    if account.oauth2 is None:
        if account.password_command:
            return account, []
        return account, [
            f'{where}.oauth2: auth = "oauth2" needs an [account.oauth2] table (provider = "microsoft",'
            ' "google" or "custom", and client_id), or password_command, a command that prints a current'
            " access token"
        ]
    oauth2, errors = complete_oauth2(account.oauth2, f"{where}.oauth2")
    return account.model_copy(update={"oauth2": oauth2}), errors


def complete_oauth2(oauth2: _OAuth2Table, where: str) -> tuple[_OAuth2Table, list[str]]:
    """``oauth2`` with its provider's defaults (scopes, flow, endpoints) and the errors of the whole table."""
    errors: list[str] = []
    if oauth2.client_id is None:
        errors.append(f"{where}.client_id: required key is missing: {_CLIENT_ID_HELP[oauth2.provider]}")
    update: dict[str, Any] = {}
    endpoints = ("token_url", "device_authorization_url", "authorization_url")
    if oauth2.provider == "custom":
        if oauth2.token_url is None:
            errors.append(f"{where}.token_url: required key is missing for provider = \"custom\"")
        if oauth2.scopes is None:
            errors.append(f"{where}.scopes: required key is missing for provider = \"custom\" (the server's"
                          " IMAP and SMTP scopes, and its scope for refresh tokens if it has one)")
        flow = oauth2.flow or ("device" if oauth2.device_authorization_url else "browser")
        needed = "device_authorization_url" if flow == "device" else "authorization_url"
        if getattr(oauth2, needed) is None:
            errors.append(f"{where}.{needed}: required key is missing for the {flow} flow")
        update["flow"] = flow
    else:
        errors += [
            f"{where}.{key}: only for provider = \"custom\" ({oauth2.provider} has its own)"
            for key in endpoints
            if getattr(oauth2, key) is not None
        ]
        if oauth2.provider != "microsoft" and oauth2.authority is not None:
            errors.append(f'{where}.authority: only for provider = "microsoft"')
        if oauth2.provider == "microsoft":
            if oauth2.authority is not None and not oauth2.authority.startswith("https://"):
                errors.append(f"{where}.authority: MSAL signs in over https only, even on this machine")
            if oauth2.flow == "browser":
                errors.append(f'{where}.flow: Microsoft sign-in uses the device flow here: flow = "device"')
            update.update(flow="device", scopes=oauth2.scopes or MICROSOFT_SCOPES)
        else:
            if oauth2.flow == "device":
                errors.append(
                    f"{where}.flow: Google refuses mail scopes in its device flow: flow = \"browser\""
                )
            update.update(
                flow="browser",
                scopes=oauth2.scopes or GOOGLE_SCOPES,
                token_url=GOOGLE_TOKEN_URL,
                authorization_url=GOOGLE_AUTHORIZATION_URL,
            )
    return oauth2.model_copy(update=update), errors


def _load_accounts(raw: Any, context: dict[str, Any]) -> tuple[dict[int, _AccountTable], list[str]]:
    """The accounts that validated, by their index in the file, and the errors of the rest."""
    if raw is None:
        return {}, []
    if not isinstance(raw, list):
        return {}, ["account: write each mailbox as an [[account]] table (a list of tables)"]
    accounts: dict[int, _AccountTable] = {}
    errors: list[str] = []
    for index, entry in enumerate(raw):
        account, more = _load_account(entry, f"account[{index}]", context)
        errors += more
        if account is not None:
            accounts[index] = account
    return accounts, errors


def _load_notify(
    raw: Any, context: dict[str, Any], raw_accounts: Any = None
) -> tuple[_NotifyTable | None, list[str]]:
    if raw is None:
        return _NotifyTable(), []
    if not isinstance(raw, Mapping):
        return None, ["notify: must be a table"]
    errors: list[str] = []
    cleaned = dict(raw)
    if isinstance(raw.get("email"), Mapping):
        cleaned["email"], errors = _refuse_secrets(raw["email"], "notify.email")
        cleaned["email"], more = _email_from_account(cleaned["email"], raw_accounts)
        errors += more
    notify, more = _validate(_NotifyTable, cleaned, "notify", context)
    errors += more
    email = notify.email if notify is not None else None
    if email is not None and email.auth == "oauth2":
        if email.oauth2 is not None:
            oauth2, more = complete_oauth2(email.oauth2, "notify.email.oauth2")
            errors += [] if email.account else more  # an account's table is reported at the account
            notify = notify.model_copy(update={"email": email.model_copy(update={"oauth2": oauth2})})
        elif not email.password_command:
            errors.append('notify.email.oauth2: auth = "oauth2" needs an [notify.email.oauth2] table or'
                          " password_command; or name the IMAP account to sign in as in notify.email.account")
    return notify, errors


_SIGN_IN_KEYS = ("username", "password_command", "password_env", "auth", "oauth2")


def _email_from_account(email: dict[str, Any], raw_accounts: Any) -> tuple[dict[str, Any], list[str]]:
    """``[notify.email]`` with ``account = NAME``: that IMAP account's SMTP server and sign-in."""
    name = email.get("account")
    if name is None:
        return email, []
    where = "notify.email.account"
    entries = [e for e in raw_accounts or [] if isinstance(e, Mapping) and e.get("name") == name]
    if not entries or entries[0].get("type") != "imap":
        return email, [f"{where}: no IMAP account named {name!r}"]
    written = [key for key in _SIGN_IN_KEYS if key in email]
    if written:
        return email, [f"notify.email.{written[0]}: comes from the account named in notify.email.account"]
    account, errors = apply_preset(entries[0], where)
    if errors:
        return email, []  # reported at the account itself
    preset = load_presets().get(str(account.get("provider")))
    if preset is not None and "host" not in email:
        email = {"host": preset.smtp.host, "tls": preset.smtp.tls, "port": preset.smtp.port, **email}
    errors = [] if "host" in email else [
        f"{where}: account {name!r} has no provider preset, so its SMTP server is not known: "
        "set notify.email.host (and port and tls) too"]
    email = {**email, **{key: account[key] for key in _SIGN_IN_KEYS if key in account}}
    return email, errors


def _account_names(raw_accounts: Any) -> list[tuple[int, str]]:
    if not isinstance(raw_accounts, list):
        return []
    return [
        (index, entry["name"])
        for index, entry in enumerate(raw_accounts)
        if isinstance(entry, Mapping) and isinstance(entry.get("name"), str)
    ]


def _check_account_names(raw_accounts: Any) -> list[str]:
    errors = []
    first_seen: dict[str, int] = {}
    for index, name in _account_names(raw_accounts):
        if name == SMTP_CREDENTIAL_NAME:
            errors.append(
                f"account[{index}].name: 'smtp' is kept for the [notify.email] password; pick another"
            )
        if name in first_seen:
            errors.append(
                f"account[{index}].name: duplicate account name '{name}' (first used by account[{first_seen[name]}])"
            )
        else:
            first_seen[name] = index
    return errors


def _check_raw_transport(raw: Any, where: str, default_tls: str) -> list[str]:
    """TLS checks on the raw table, so they are reported even when other keys are wrong."""
    if not isinstance(raw, Mapping):
        return []
    host, tls = raw.get("host"), raw.get("tls", default_tls)
    if not isinstance(host, str) or tls != "none" or is_loopback_host(host):
        return []
    return [
        (
            f"{where}.tls: 'none' is only allowed for a loopback host (localhost, 127.0.0.0/8, ::1):"
            f' the password would cross the network in clear to {host}; use tls = "implicit"'
            ' (port 993/465) or tls = "starttls" (port 143/587)'
        )
    ]


def _check_ca_file(where: str, ca_file: Path | None) -> list[str]:
    if ca_file is not None and not ca_file.is_file():
        return [f"{where}.ca_file: no such file: {ca_file}"]
    return []


def _check_drafts(drafts: _DraftsTable, accounts: list[_AccountTable]) -> tuple[_DraftsTable, list[str]]:
    imap_names = [account.name for account in accounts if isinstance(account, _ImapAccountTable)]
    if drafts.account is not None:
        if drafts.account not in imap_names:
            known = ", ".join(repr(name) for name in imap_names) or "none configured"
            return drafts, [
                f"drafts.account: '{drafts.account}' is not an IMAP account (IMAP accounts: {known})"
            ]
        return drafts, []
    if drafts.imap_folder is not None and not imap_names:
        return drafts, ["drafts.imap_folder: needs an IMAP account to append drafts to; none is configured"]
    if imap_names:
        drafts = drafts.model_copy(update={"account": imap_names[0]})
    return drafts, []


def _cross_checks(
    raw: Mapping[str, Any], accounts: dict[int, _AccountTable], notify: _NotifyTable | None
) -> list[str]:
    errors = _check_account_names(raw.get("account"))
    raw_accounts: list[Any] = raw["account"] if isinstance(raw.get("account"), list) else []
    for index, entry in enumerate(raw_accounts):
        if isinstance(entry, Mapping) and entry.get("type") == "imap":
            errors += _check_raw_transport(entry, f"account[{index}]", "implicit")
    for index, account in accounts.items():
        if isinstance(account, _ImapAccountTable):
            errors += _check_ca_file(f"account[{index}]", account.ca_file)
    raw_notify = raw.get("notify")
    if isinstance(raw_notify, Mapping):
        errors += _check_raw_transport(raw_notify.get("email"), "notify.email", "implicit")
    if notify is not None and notify.email is not None:
        errors += _check_ca_file("notify.email", notify.email.ca_file)
    return errors


def _unknown_top_level(raw: Mapping[str, Any]) -> list[str]:
    return [f"{key}: {unknown_key_message(key, TOP_LEVEL_KEYS)}" for key in raw if key not in TOP_LEVEL_KEYS]


def load_config(path: Path) -> Config:
    """Read and validate the config file at ``path``; ConfigError lists every problem at once.
    (The commands call ``watcher.settings.load_config``, which keeps the result for the next start.)"""
    return validate_config(path)[0]


def validate_config(path: Path) -> tuple[Config, Derived]:
    """Read and validate the config file at ``path``: the config, and what it took from outside
    the file (see ``watcher.settings.Derived``). ConfigError lists every problem at once."""
    path = path.expanduser().absolute()
    raw = read_toml(path)
    context = {"base_dir": path.parent}
    errors = _unknown_top_level(raw)

    me, more = _validate(_MeSection, raw.get("me", {}), "me", context)
    errors += more
    database, more = _validate(_DatabaseSection, raw.get("database", {}), "database", context)
    errors += more
    top, more = _validate(_TopLevel, {k: raw[k] for k in ("interviews_file",) if k in raw}, "", context)
    errors += more
    accounts, more = _load_accounts(raw.get("account"), context)
    errors += more
    policy, more = _policy_from_file(raw.get("policy", {}))
    errors += more
    notify, more = _load_notify(raw.get("notify"), context, raw.get("account"))
    errors += more
    drafts, more = _validate(_DraftsTable, raw.get("drafts", {}), "drafts", context)
    errors += more
    daemon, more = _validate(_DaemonTable, raw.get("daemon", {}), "daemon", context)
    errors += more

    errors += _cross_checks(raw, accounts, notify)
    if drafts is not None:
        drafts, more = _check_drafts(drafts, list(accounts.values()))
        errors += more
    if errors or policy is None or notify is None:
        raise ConfigError(errors)
    config = Config(
        path=path,
        me=tuple(dict.fromkeys(me.addresses)),
        me_name=me.name,
        database=database.path or default_database_path(),
        interviews_file=top.interviews_file,
        accounts=tuple(_plain(account) for account in accounts.values()),
        policy=policy,
        notify=_plain(notify),
        drafts=_plain(drafts),
        daemon=_plain(daemon),
        keep_days=database.keep_days,
    )
    log.debug("config_loaded", path=str(path), accounts=len(config.accounts))
    given_policy = raw.get("policy", {})
    ca_files = [a.ca_file for a in config.accounts if isinstance(a, ImapAccount)]
    ca_files.append(config.notify.email.ca_file if config.notify.email is not None else None)
    derived = Derived(
        system_timezone=None if "timezone" in given_policy else policy.timezone,
        default_database=None if database.path else config.database,
        must_exist=tuple(p for p in ca_files if p is not None),
    )
    return config, derived


# The validated tables and the plain dataclasses the rest of watcher reads (watcher.settings).
_PLAIN: dict[type[BaseModel], type] = {
    _OAuth2Table: OAuth2Config,
    _ImapAccountTable: ImapAccount,
    _LocalAccountTable: LocalAccount,
    _DesktopTable: DesktopConfig,
    _EmailTable: EmailConfig,
    _NotifyTable: NotifyConfig,
    _DraftsTable: DraftsConfig,
    _DaemonTable: DaemonConfig,
}


def _plain(table: Any) -> Any:
    """A validated table as its ``watcher.settings`` dataclass (nested tables too)."""
    if isinstance(table, BaseModel):
        return _PLAIN[type(table)](**{name: _plain(getattr(table, name)) for name in type(table).model_fields})
    return table
