"""The config file: a good sample, defaults, and every way it can be wrong."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from datetime import time
from pathlib import Path

import pytest
import tzlocal
from hypothesis import given
from hypothesis import strategies as st

from watcher.config import (
    Config,
    ConfigError,
    EmailConfig,
    ImapAccount,
    LocalAccount,
    default_config_path,
    default_database_path,
    load_config,
    parse_policy_assignment,
    policy_assignments,
    policy_to_toml,
    policy_with_overrides,
)
from watcher import settings
from watcher.model import PolicySettings

SAMPLE = """\
interviews_file = "interviews.toml"

[me]
addresses = ["Me@Example.org", "me.too@example.net"]

[database]
path = "state/watcher.db"

[[account]]
name = "work"
type = "imap"
host = "imap.example.org"
username = "me@example.org"
folders = ["INBOX", "Jobs"]
sent_folder = "Sent"
password_command = "pass show mail/work"
lookback_days = 60
timeout = 12.5
idle = false

[[account]]
name = "local"
type = "maildir"
path = "Mail/inbox"
sent_path = "~/Mail/sent"

[[account]]
name = "test"
type = "imap"
host = "127.0.0.1"
tls = "none"
username = "me"

[[account]]
name = "gmail"
type = "imap"
host = "imap.gmail.com"
username = "me@gmail.com"
auth = "oauth2"
password_command = "oauth2-token gmail"

[policy]
timezone = "Europe/Berlin"
country = "de"
subdivision = "by"
work_days = ["mon", "tue", "wed", "thu"]
working_hours = "08:30-17:00"
follow_up_days = 6
after_promise_days = 0
ask_feedback = false

[notify.desktop]
enabled = true

[notify.email]
to = "Me@Example.org"
from = "watcher@example.org"
host = "smtp.example.org"
tls = "starttls"
username = "me@example.org"
password_env = "SMTP_PASSWORD"

[drafts]
templates_dir = "templates"
imap_folder = "Drafts"

[daemon]
poll_interval = 120
"""

MINIMAL = '[me]\naddresses = ["me@example.org"]\n'
IMAP = '[[account]]\nname = "work"\ntype = "imap"\nhost = "imap.example.org"\nusername = "me"\n'


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text)
    return path


def errors_of(tmp_path: Path, text: str) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        settings.load_config(write(tmp_path, text))  # as the commands load it
    assert str(caught.value) == "\n".join(caught.value.errors)
    return caught.value.errors


def test_sample_config(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, SAMPLE))
    assert config.path == tmp_path / "config.toml"
    assert config.me == ("me@example.org", "me.too@example.net")
    assert config.database == tmp_path / "state" / "watcher.db"
    assert config.interviews_file == tmp_path / "interviews.toml"
    work, local, test, gmail = config.accounts
    assert isinstance(work, ImapAccount) and isinstance(local, LocalAccount)
    assert (work.port, work.tls, work.folders, work.sent_folder) == (
        993,
        "implicit",
        ("INBOX", "Jobs"),
        "Sent",
    )
    assert (work.lookback_days, work.timeout, work.idle, work.auth) == (60, 12.5, False, "password")
    assert work.password_command == "pass show mail/work" and work.poll_interval == 300
    assert local.path == tmp_path / "Mail" / "inbox"
    assert local.sent_path == Path("~/Mail/sent").expanduser()
    assert (test.port, test.tls, test.sent_folder, test.folders) == (143, "none", None, ("INBOX",))
    assert gmail.auth == "oauth2"
    assert config.account("gmail") is gmail


def test_sample_policy_notify_drafts_daemon(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, SAMPLE))
    assert config.policy == PolicySettings(
        timezone="Europe/Berlin",
        country="DE",
        subdivision="BY",
        work_days=(0, 1, 2, 3),
        work_start=time(8, 30),
        work_end=time(17, 0),
        follow_up_days=6,
        after_promise_days=0,
        ask_feedback=False,
    )
    assert config.notify.desktop.enabled is True
    email = config.notify.email
    assert isinstance(email, EmailConfig)
    assert (email.to, email.sender, email.port, email.name) == (
        "me@example.org",
        "watcher@example.org",
        587,
        "smtp",
    )
    assert config.drafts.templates_dir == tmp_path / "templates"
    assert (config.drafts.imap_folder, config.drafts.account) == ("Drafts", "work")
    assert (config.daemon.poll_interval, config.daemon.idle_refresh, config.daemon.policy_interval) == (
        120,
        600,
        300,
    )


def test_config_objects_are_frozen(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, SAMPLE))
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.accounts[0].host = "elsewhere"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        config.me = ()  # type: ignore[misc]


@pytest.fixture
def chicago_system_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # tzlocal caches the zone it found: make it look again, before and after.
    monkeypatch.setenv("TZ", "America/Chicago")
    tzlocal.reload_localzone()
    yield
    monkeypatch.undo()
    tzlocal.reload_localzone()


def test_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chicago_system_zone: None) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    config = load_config(write(tmp_path, MINIMAL))
    assert config.database == tmp_path / "xdg-state" / "watcher" / "watcher.db"
    assert config.accounts == () and config.interviews_file is None
    assert config.notify.email is None and config.notify.desktop.enabled is False
    assert config.drafts.account is None and config.drafts.imap_folder is None
    assert config.daemon.poll_interval == 300
    assert config.policy.timezone == "America/Chicago"
    assert config.policy.work_days == (0, 1, 2, 3, 4)
    assert (config.policy.work_start, config.policy.work_end) == (time(9), time(18))


def test_first_imap_account_is_the_drafts_default(tmp_path: Path) -> None:
    text = MINIMAL + '[[account]]\nname = "box"\ntype = "mbox"\npath = "/tmp/x"\n' + IMAP
    assert load_config(write(tmp_path, text)).drafts.account == "work"


def test_email_port_defaults(tmp_path: Path) -> None:
    base = MINIMAL + '[notify.email]\nto = "a@b.org"\nfrom = "c@b.org"\nhost = "localhost"\n'
    assert load_config(write(tmp_path, base)).notify.email.port == 465  # type: ignore[union-attr]
    assert load_config(write(tmp_path, base + 'tls = "none"\n')).notify.email.port == 25  # type: ignore[union-attr]


def test_default_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    assert default_config_path() == tmp_path / "cfg" / "watcher" / "config.toml"
    monkeypatch.delenv("XDG_CONFIG_HOME")
    monkeypatch.delenv("XDG_STATE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_config_path() == tmp_path / "home" / ".config" / "watcher" / "config.toml"
    assert default_database_path() == tmp_path / "home" / ".local" / "state" / "watcher" / "watcher.db"


BROKEN = [
    ("", "me.addresses: required key is missing"),
    ("[me]\naddresses = []\n", "me.addresses: "),
    ('[me]\naddresses = ["not-an-address"]\n', "me.addresses[0]: 'not-an-address' is not a mail address"),
    ("colour = 1\n" + MINIMAL, "colour: unknown key"),
    (MINIMAL + 'interviews_file = "i.toml"\n', "me.interviews_file: unknown key here: it is a top-level key"),
    (MINIMAL + '[databse]\npath = "x"\n', "databse: unknown key (did you mean 'database'?)"),
    (MINIMAL + "[database]\npath = 3\n", "database.path: "),
    (MINIMAL + '[account]\nname = "x"\n', "account: write each mailbox as an [[account]] table"),
    (MINIMAL + '[[account]]\nname = "x"\n', "account[0].type: required key is missing"),
    (
        MINIMAL + '[[account]]\nname = "x"\ntype = "pop3"\n',
        "account[0].type: must be 'imap', 'maildir' or 'mbox'",
    ),
    (MINIMAL + IMAP + 'hots = "x"\n', "account[0].hots: unknown key (did you mean 'host'?)"),
    (
        MINIMAL + IMAP + IMAP.replace('"work"', '"b"') + 'port = "993"\n',
        "account[1].port: must be a whole number, written without quotes",
    ),
    (MINIMAL + IMAP + "port = 70000\n", "account[0].port: must be 65535 or less"),
    (MINIMAL + IMAP + 'tls = "ssl"\n', "account[0].tls: must be 'implicit', 'starttls' or 'none'"),
    (MINIMAL + IMAP + 'tls = "none"\n', "account[0].tls: 'none' is only allowed for a loopback host"),
    (
        MINIMAL + IMAP + 'auth = "oauth2"\n',
        'account[0].oauth2: auth = "oauth2" needs an [account.oauth2] table',
    ),
    (MINIMAL + IMAP + 'ca_file = "missing.pem"\n', "account[0].ca_file: no such file:"),
    (MINIMAL + IMAP + "folders = []\n", "account[0].folders: "),
    (MINIMAL + IMAP + "idle = 1\n", "account[0].idle: must be true or false, written without quotes"),
    (MINIMAL + IMAP + 'timeout = "slow"\n', "account[0].timeout: must be a number of seconds"),
    (
        MINIMAL + IMAP + "lookback_days = 0\n",
        "account[0].lookback_days: must be 1 or more",
    ),
    (MINIMAL + IMAP + IMAP, "account[1].name: duplicate account name 'work' (first used by account[0])"),
    (MINIMAL + IMAP.replace('"work"', '"smtp"'), "account[0].name: 'smtp' is kept"),
    (MINIMAL + IMAP.replace('"work"', '"my work"'), "account[0].name: use letters, digits"),
    (MINIMAL + '[[account]]\nname = "m"\ntype = "maildir"\n', "account[0].path: required key is missing"),
    (
        MINIMAL + '[[account]]\nname = "m"\ntype = "mbox"\npath = "x"\nhost = "h"\n',
        "account[0].host: unknown key",
    ),
    (MINIMAL + '[policy]\ntimezone = "Mars/Olympus"\n', "policy.timezone: unknown time zone 'Mars/Olympus'"),
    (MINIMAL + '[policy]\ncountry = "XX"\n', "policy.country: unknown country 'XX'"),
    (
        MINIMAL + '[policy]\ncountry = "DE"\nsubdivision = "ZZ"\n',
        "policy.subdivision: unknown subdivision 'ZZ' for DE",
    ),
    (MINIMAL + '[policy]\nsubdivision = "BY"\n', "policy.subdivision: needs country as well"),
    (MINIMAL + '[policy]\nwork_days = ["mon", "funday"]\n', "policy.work_days[1]: 'funday' is not a day"),
    (MINIMAL + "[policy]\nwork_days = []\n", "policy.work_days: "),
    (
        MINIMAL + '[policy]\nworking_hours = "18:00-09:00"\n',
        "policy.working_hours: the start must come before the end",
    ),
    (
        MINIMAL + '[policy]\nworking_hours = "nine to five"\n',
        "policy.working_hours: write the hours as 'HH:MM-HH:MM'",
    ),
    (
        MINIMAL + "[policy]\nfollow_up_days = 0\n",
        "policy.follow_up_days: must be 1 or more",
    ),
    (
        MINIMAL + "[policy]\nreply_days = -1\n",
        "policy.reply_days: must be 0 or more",
    ),
    (MINIMAL + '[policy]\nthank_you = "yes"\n', "policy.thank_you: must be true or false, written without quotes"),
    (
        MINIMAL + "[policy]\nfollowup_days = 3\n",
        "policy.followup_days: unknown key (did you mean 'follow_up_days'?)",
    ),
    (
        MINIMAL + "[notify.desktop]\nenable = true\n",
        "notify.desktop.enable: unknown key (did you mean 'enabled'?)",
    ),
    (
        MINIMAL + '[notify.email]\nto = "a@b.org"\nhost = "h.org"\n',
        "notify.email.from: required key is missing",
    ),
    (
        MINIMAL + '[notify.email]\nto = "a@b.org"\nfrom = "c@b.org"\nsender = "c@b.org"\nhost = "h.org"\n',
        "notify.email.sender: unknown key",
    ),
    (
        MINIMAL + '[notify.email]\nto = "a@b.org"\nfrom = "c@b.org"\nhost = "mail.b.org"\ntls = "none"\n',
        "notify.email.tls: 'none' is only allowed for a loopback host",
    ),
    (MINIMAL + "[notify]\nemial = 1\n", "notify.emial: unknown key (did you mean 'email'?)"),
    (MINIMAL + '[drafts]\naccount = "nope"\n' + IMAP, "drafts.account: 'nope' is not an IMAP account"),
    (MINIMAL + '[drafts]\nimap_folder = "Drafts"\n', "drafts.imap_folder: needs an IMAP account"),
    (
        MINIMAL + "[daemon]\nidle_refresh = 3600\n",
        "daemon.idle_refresh: must be 1740 or less",
    ),
    (MINIMAL + "[daemon]\npoll_interval = 1.5\n", "daemon.poll_interval: must be a whole number, written without quotes"),
    ("interviews_file = 5\n" + MINIMAL, "interviews_file: "),
]


@pytest.mark.parametrize(("text", "expected"), BROKEN, ids=[expected for _, expected in BROKEN])
def test_broken_config_names_the_key(tmp_path: Path, text: str, expected: str) -> None:
    errors = errors_of(tmp_path, text)
    assert any(line.startswith(expected) for line in errors), errors


def test_loopback_hosts_may_go_without_tls(tmp_path: Path) -> None:
    for host in ("localhost", "127.0.0.5", "::1", "[::1]"):
        text = MINIMAL + IMAP.replace("imap.example.org", host) + 'tls = "none"\n'
        assert load_config(write(tmp_path, text)).accounts[0].tls == "none"


def test_every_error_reported_at_once(tmp_path: Path) -> None:
    text = (
        MINIMAL
        + IMAP
        + 'port = "x"\ntls = "none"\n'
        + '[[account]]\nname = "work"\ntype = "mbox"\n'
        + "[policy]\nfollow_up_days = -3\n[daemon]\nidle_refresh = 1\n"
    )
    errors = errors_of(tmp_path, text)
    for expected in (
        "account[0].port",
        "account[0].tls",
        "account[1].path",
        "account[1].name",
        "policy.follow_up_days",
        "daemon.idle_refresh",
    ):
        assert any(line.startswith(expected + ":") for line in errors), (expected, errors)


def test_plaintext_passwords_refused_and_never_echoed(tmp_path: Path) -> None:
    text = (
        MINIMAL
        + IMAP
        + 'password = "hunter2"\nport = "hunter2"\n'
        + '[notify.email]\nto = "a@b.org"\nfrom = "c@b.org"\nhost = "h.org"\npassword = "hunter2"\n'
        + 'pasword = "hunter2"\n'
    )
    errors = errors_of(tmp_path, text)
    assert not any("hunter2" in line for line in errors)
    account_error = next(line for line in errors if line.startswith("account[0].password:"))
    assert "watcher login work" in account_error and "password_command" in account_error
    assert "password_env" in account_error and "keyring" in account_error
    assert any(line.startswith("notify.email.password:") and "watcher login smtp" in line for line in errors)


def test_secret_in_a_syntax_error_is_not_echoed(tmp_path: Path) -> None:
    errors = errors_of(tmp_path, MINIMAL + IMAP + "password = hunter2\n")
    assert len(errors) == 1 and "hunter2" not in errors[0]


def test_syntax_error_gives_file_line_and_column(tmp_path: Path) -> None:
    errors = errors_of(tmp_path, MINIMAL + "[policy\n")
    assert errors == [
        f"{tmp_path / 'config.toml'}, line 3, column 8: TOML syntax error: Expected ']' at the end of a table declaration"
    ]


def test_missing_file_says_where_it_looked(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path / "nowhere" / "config.toml")
    assert str(tmp_path / "nowhere" / "config.toml") in str(caught.value)
    assert "config.example.toml" in str(caught.value)


def test_relative_config_path_is_made_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, MINIMAL + '[database]\npath = "db/w.db"\n')
    monkeypatch.chdir(tmp_path)
    config = load_config(Path("config.toml"))
    assert isinstance(config, Config)
    assert config.database == tmp_path / "db" / "w.db"


# --- overrides ---------------------------------------------------------------------------


def test_policy_with_overrides_applies_toml_names() -> None:
    base = PolicySettings(timezone="Europe/Berlin", country="DE", subdivision="BY")
    merged = policy_with_overrides(
        base, {"follow_up_days": 3, "working_hours": "08:00-17:00", "work_days": ["mon"]}
    )
    assert merged == PolicySettings(
        timezone="Europe/Berlin",
        country="DE",
        subdivision="BY",
        follow_up_days=3,
        work_start=time(8),
        work_end=time(17),
        work_days=(0,),
    )
    assert policy_with_overrides(base, {}) == base


def test_override_subdivision_checked_against_base_country() -> None:
    base = PolicySettings(country="DE")
    assert policy_with_overrides(base, {"subdivision": "be"}).subdivision == "BE"
    with pytest.raises(ConfigError) as caught:
        policy_with_overrides(base, {"subdivision": "CA"}, where="interview[2].policy")
    assert caught.value.errors[0].startswith(
        "interview[2].policy.subdivision: unknown subdivision 'CA' for DE"
    )


def test_override_country_drops_the_old_subdivision() -> None:
    merged = policy_with_overrides(PolicySettings(country="DE", subdivision="BY"), {"country": "FR"})
    assert (merged.country, merged.subdivision) == ("FR", None)
    assert policy_with_overrides(PolicySettings(country="DE"), {"country": ""}).country is None


def test_override_errors_use_where() -> None:
    with pytest.raises(ConfigError) as caught:
        policy_with_overrides(
            PolicySettings(), {"follow_up_days": "soon", "ask_feedbak": True}, where="x.policy"
        )
    assert sorted(caught.value.errors) == [
        "x.policy.ask_feedbak: unknown key (did you mean 'ask_feedback'?)",
        "x.policy.follow_up_days: must be a whole number, written without quotes",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("follow_up_days=3", ("follow_up_days", 3)),
        ("ask_feedback=false", ("ask_feedback", False)),
        ("thank_you = true", ("thank_you", True)),
        ("working_hours=08:00-17:00", ("working_hours", "08:00-17:00")),
        ("timezone=Europe/Paris", ("timezone", "Europe/Paris")),
        ('country="FR"', ("country", "FR")),
        ("country=", ("country", "")),
        ("work_days=mon,tue, wed", ("work_days", ["mon", "tue", "wed"])),
        ('work_days=["sat"]', ("work_days", ["sat"])),
    ],
)
def test_parse_policy_assignment(text: str, expected: tuple[str, object]) -> None:
    assert parse_policy_assignment(text) == expected


def test_parsed_assignment_feeds_overrides() -> None:
    key, value = parse_policy_assignment("work_days=mon,wed")
    assert policy_with_overrides(PolicySettings(), {key: value}).work_days == (0, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("folow_up_days=3", "policy.folow_up_days: unknown key (did you mean 'follow_up_days'?)"),
        ("follow_up_days", "'follow_up_days': write KEY=VALUE"),
        ("=3", "'=3': write KEY=VALUE"),
    ],
)
def test_parse_policy_assignment_errors(text: str, expected: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_policy_assignment(text)
    assert caught.value.errors[0].startswith(expected)


def test_policy_to_toml_round_trips(tmp_path: Path) -> None:
    settings = load_config(write(tmp_path, SAMPLE)).policy
    assert policy_with_overrides(PolicySettings(), policy_to_toml(settings)) == settings


ZONES = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata"]
COUNTRIES = [(None, None), ("DE", None), ("DE", "BY"), ("US", "CA"), ("FR", None)]


@st.composite
def policy_settings(draw: st.DrawFn) -> PolicySettings:
    start = draw(st.integers(min_value=0, max_value=22 * 60))
    end = draw(st.integers(min_value=start + 1, max_value=24 * 60))
    country, subdivision = draw(st.sampled_from(COUNTRIES))
    return PolicySettings(
        timezone=draw(st.sampled_from(ZONES)),
        country=country,
        subdivision=subdivision,
        work_days=tuple(sorted(draw(st.sets(st.integers(0, 6), min_size=1)))),
        work_start=time(start // 60, start % 60),
        work_end=time.max if end == 24 * 60 else time(end // 60, end % 60),
        thank_you=draw(st.booleans()),
        follow_up_days=draw(st.integers(1, 365)),
        after_promise_days=draw(st.integers(0, 365)),
        follow_up_2_days=draw(st.integers(1, 365)),
        move_on_days=draw(st.integers(1, 365)),
        ask_feedback=draw(st.booleans()),
        reply_days=draw(st.integers(0, 365)),
    )


@given(policy_settings(), policy_settings())
def test_any_settings_round_trip_as_overrides(settings: PolicySettings, base: PolicySettings) -> None:
    assert policy_with_overrides(base, policy_to_toml(settings)) == settings


# --- the kept result (watcher.settings.load_config, what the commands call) ---------------


def test_a_kept_config_is_the_validated_one_and_spares_validating(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, SAMPLE)
    fresh = load_config(path)
    assert settings.load_config(path) == fresh  # validated, then kept
    monkeypatch.setattr("watcher.config.validate_config", _no_validation)
    assert settings.load_config(path) == fresh  # the kept one: nothing validated


def _no_validation(path: Path) -> None:
    raise AssertionError(f"{path} was validated again")


def test_a_changed_file_is_validated_again_with_its_key_paths(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL + IMAP)
    assert settings.load_config(path).accounts[0].port == 993
    path.write_text(MINIMAL + IMAP + "port = 99999\n")
    with pytest.raises(ConfigError) as caught:
        settings.load_config(path)
    assert caught.value.errors == ["account[0].port: must be 65535 or less"]
    path.write_text(MINIMAL + IMAP + "port = 1993\n")
    assert settings.load_config(path).accounts[0].port == 1993


def test_a_kept_config_whose_ca_file_went_away_is_refused_as_a_fresh_one_is(tmp_path: Path) -> None:
    ca_file = tmp_path / "ca.pem"
    ca_file.write_text("-----BEGIN CERTIFICATE-----\n")
    path = write(tmp_path, MINIMAL + IMAP + 'ca_file = "ca.pem"\n')
    assert settings.load_config(path).accounts[0].ca_file == ca_file
    ca_file.unlink()
    with pytest.raises(ConfigError) as caught:
        settings.load_config(path)
    assert caught.value.errors == [f"account[0].ca_file: no such file: {ca_file}"]


def test_a_kept_config_follows_the_system_zone_and_default_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chicago_system_zone: None
) -> None:
    path = write(tmp_path, MINIMAL)
    assert settings.load_config(path).policy.timezone == "America/Chicago"
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    tzlocal.reload_localzone()
    assert settings.load_config(path).policy.timezone == "Asia/Tokyo"
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "two"))  # the kept results move with it
    assert settings.load_config(path).database == tmp_path / "two" / "watcher" / "watcher.db"


def test_a_damaged_kept_file_is_ignored(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL)
    fresh = settings.load_config(path)
    kept = list((Path(os.environ["XDG_STATE_HOME"]) / "watcher" / "kept" / "config").iterdir())
    assert kept and all(k.stat().st_mode & 0o077 == 0 for k in kept)  # this user's only
    for k in kept:
        k.write_bytes(b"not a pickle")
    assert settings.load_config(path) == fresh


def test_the_plain_config_objects_have_the_checked_tables_fields_and_defaults() -> None:
    from watcher import config as checked

    for table, plain in checked._PLAIN.items():
        names = {f.name: f for f in dataclasses.fields(plain)}
        assert set(names) == set(table.model_fields), plain.__name__
        for name, info in table.model_fields.items():
            if not info.is_required():
                default = checked._plain(info.get_default(call_default_factory=True))
                assert names[name].default == default, (plain.__name__, name)


@pytest.mark.parametrize(
    ("base", "texts", "expected"),
    [
        (PolicySettings(), ["subdivision=BY"],
         ["--policy subdivision=BY: needs country as well (e.g. --policy country=DE)"]),
        (PolicySettings(country="DE"), ["subdivision=ZZ"],
         ["--policy subdivision=ZZ: unknown subdivision 'ZZ' for DE: use one of "]),
        (PolicySettings(), ["country=DE", "subdivision=ZZ"],
         ["--policy subdivision=ZZ: unknown subdivision 'ZZ' for DE: use one of "]),
        (PolicySettings(), ["follow_up_days=abc", "x"],
         ["--policy follow_up_days=abc: must be a whole number (e.g. --policy follow_up_days=7)",
          "--policy x: write KEY=VALUE (e.g. --policy follow_up_days=3)"]),
        (PolicySettings(), ["folow_up_days=3"],
         ["--policy folow_up_days=3: unknown key (did you mean 'follow_up_days'?)"]),
        (PolicySettings(), ["working_hours=9-5"],
         ["--policy working_hours=9-5: write the hours as 'HH:MM-HH:MM', e.g. '09:00-18:00'"]),
    ],
)
def test_a_policy_assignment_error_names_the_argument_as_typed(base, texts, expected) -> None:
    """Before, a subdivision checked against the config's country said "--policy.subdivision:
    needs country as well, e.g. country = \"DE\"": a key path and a TOML example for a command line."""
    with pytest.raises(ConfigError) as caught:
        policy_assignments(base, {}, texts)
    assert len(caught.value.errors) == len(expected)
    for line, start in zip(caught.value.errors, expected, strict=True):
        assert line.startswith(start), line
        assert "--policy." not in line and ' = "' not in line and "without quotes" not in line


def test_a_policy_assignment_is_checked_against_the_interviews_earlier_overrides() -> None:
    """A subdivision given before is checked against a country given now, and named as set before."""
    with pytest.raises(ConfigError) as caught:
        policy_assignments(PolicySettings(), {"country": "DE", "subdivision": "BY"}, ["country=FR"])
    [line] = caught.value.errors
    assert line.startswith("--policy subdivision=BY (set before): unknown subdivision 'BY' for FR"), line
    assert policy_assignments(PolicySettings(), {"country": "DE"}, ["subdivision=be"]) == {
        "country": "DE", "subdivision": "be"}
