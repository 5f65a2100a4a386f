"""E-mail digests through real SMTP servers on loopback, with verified TLS and AUTH."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

import pytest

from tests.fixtures_smtp import SmtpServer
from watcher.config import load_config
from watcher.model import Draft, Notice
from watcher.notify import NotifyError, usable_channels
from watcher.notify.desktop import DesktopChannel
from watcher.notify.smtp import SmtpChannel
from watcher.pipeline import Pipeline, channels_from_config
from watcher.store import Store

DRAFT = Draft(
    to=("anna.berg@globex.com",),
    subject="Following up on our interview of Tuesday 3 November",
    body="Hello Anna,\n\nI am writing to follow up on my interview.\n\nBest regards,\nSam Lee\n",
)
FOLLOW_UP = Notice(
    interview="i-globex",
    action="follow_up_1",
    key="",
    company="Globex",
    title="Globex: follow up",
    why="No news 7 business days after your interview on Tuesday 3 November.",
    draft=DRAFT,
)
NEWS = Notice(
    interview="i-acme",
    action="heard_back",
    key="<m1@acme.com>",
    company="Acme",
    title="Acme replied: next step",
    why="They asked for your availability for a second interview.",
)
THANKS = Notice(interview="i-initech", action="thank_you", key="", company="Initech", title="", why="")
MOVE_ON = Notice(interview="i-hooli", action="move_on", key="", company="Hooli", title="", why="")


@dataclass(frozen=True)
class EmailSettings:
    host: str
    port: int
    tls: str
    ca_file: Path | None
    username: str | None
    to: str = "sam@example.org"
    sender: str = "watcher <watcher@example.org>"
    name: str = "smtp"


def settings_for(server: SmtpServer, tls: str) -> EmailSettings:
    return EmailSettings(
        host=server.host, port=server.port, tls=tls, ca_file=server.ca_file, username=server.user
    )


def test_starttls_with_auth_delivers_one_digest_with_the_draft(smtp_server: SmtpServer) -> None:
    channel = SmtpChannel(settings_for(smtp_server, "starttls"), lambda: smtp_server.password)

    channel.send([FOLLOW_UP, NEWS])

    (message,) = smtp_server.messages
    assert smtp_server.envelopes == [("watcher@example.org", ("sam@example.org",))]
    assert message["Subject"] == "2 interview updates: Acme replied, follow up with Globex"
    assert message["To"] == "sam@example.org"
    assert message["From"] == "watcher <watcher@example.org>"
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["Message-ID"].endswith(".digest@notice.watcher.invalid>")  # watcher's own mark
    assert message["X-Watcher-Notice"] == "digest"
    assert message["Date"] is not None
    body = message.get_content()
    assert body.index("Acme replied: next step") < body.index("Globex \u2014 polite follow-up")
    assert NEWS.why in body and FOLLOW_UP.why in body
    assert "To: anna.berg@globex.com" in body
    assert f"Subject: {DRAFT.subject}" in body
    assert "I am writing to follow up on my interview." in body


def test_implicit_tls_delivers_a_single_notice_with_its_own_subject(smtps_server: SmtpServer) -> None:
    channel = SmtpChannel(settings_for(smtps_server, "implicit"), lambda: smtps_server.password)

    channel.send([FOLLOW_UP])

    (message,) = smtps_server.messages
    assert message["Subject"] == "Follow up with Globex today"


def test_subject_names_the_first_three_and_says_there_is_more(smtp_server: SmtpServer) -> None:
    channel = SmtpChannel(settings_for(smtp_server, "starttls"), lambda: smtp_server.password)

    channel.send([MOVE_ON, THANKS, FOLLOW_UP, NEWS])

    (message,) = smtp_server.messages
    assert message["Subject"] == (
        "4 interview updates: Acme replied, thank Initech, follow up with Globex, and 1 more"
    )


def test_subject_names_each_update_once(smtp_server: SmtpServer) -> None:
    """Three replies from one employer are one "Acme replied" in the subject; the count and the
    body still hold each of them."""
    from dataclasses import replace

    channel = SmtpChannel(settings_for(smtp_server, "starttls"), lambda: smtp_server.password)
    replies = [replace(NEWS, key=f"<m{n}@acme.com>") for n in range(3)]

    channel.send([*replies, THANKS])

    (message,) = smtp_server.messages
    assert message["Subject"] == "4 interview updates: Acme replied, thank Initech"
    assert message.get_content().count("Acme replied") == 3


def test_a_long_subject_stays_on_its_header_line(smtp_server: SmtpServer) -> None:
    channel = SmtpChannel(settings_for(smtp_server, "starttls"), lambda: smtp_server.password)

    channel.send([MOVE_ON, FOLLOW_UP, NEWS])

    (message,) = smtp_server.messages
    assert (
        message["Subject"] == "3 interview updates: Acme replied, follow up with Globex, move on from Hooli"
    )
    assert "Hooli \u2014 time to move on" in message.get_content()


def test_nothing_to_say_sends_nothing(smtp_server: SmtpServer) -> None:
    SmtpChannel(settings_for(smtp_server, "starttls"), lambda: smtp_server.password).send([])
    assert smtp_server.messages == []


def test_wrong_password_is_a_notify_error_without_the_password(smtp_server: SmtpServer) -> None:
    wrong = "not-the-Password-123"
    channel = SmtpChannel(settings_for(smtp_server, "starttls"), lambda: wrong)

    with pytest.raises(NotifyError) as raised:
        channel.send([FOLLOW_UP])

    text = str(raised.value)
    assert smtp_server.host in text and "refused the login" in text
    assert wrong not in text and smtp_server.password not in text
    assert smtp_server.messages == []


def test_missing_password_is_a_notify_error(smtp_server: SmtpServer) -> None:
    channel = SmtpChannel(settings_for(smtp_server, "starttls"), lambda: None)

    with pytest.raises(NotifyError, match="no password for SMTP user"):
        channel.send([FOLLOW_UP])


@pytest.mark.parametrize("tls", ["starttls", "implicit"])
def test_an_unverifiable_certificate_is_a_tls_notify_error(
    tls: str, smtp_server: SmtpServer, smtps_server: SmtpServer
) -> None:
    server = smtp_server if tls == "starttls" else smtps_server
    settings = replace(settings_for(server, tls), ca_file=None)
    channel = SmtpChannel(settings, lambda: server.password)

    with pytest.raises(NotifyError, match="TLS certificate of 127.0.0.1 could not be verified"):
        channel.send([FOLLOW_UP])
    assert server.messages == []


def test_a_server_that_is_not_there_is_a_notify_error(smtp_server: SmtpServer) -> None:
    from tests.fixtures_smtp import free_port

    settings = replace(settings_for(smtp_server, "starttls"), port=free_port())
    with pytest.raises(NotifyError, match=r"E-mail notice not sent: connection refused by 127\.0\.0\.1:\d+"):
        SmtpChannel(settings, lambda: smtp_server.password).send([FOLLOW_UP])


def test_plaintext_works_on_loopback(plain_smtp_server: SmtpServer) -> None:
    settings = EmailSettings(
        host=plain_smtp_server.host, port=plain_smtp_server.port, tls="none", ca_file=None, username=None
    )

    SmtpChannel(settings, lambda: None).send([NEWS])

    (message,) = plain_smtp_server.messages
    assert message["Subject"] == "Acme replied: next step"


def test_plaintext_to_a_remote_host_is_refused_before_connecting() -> None:
    settings = EmailSettings(host="smtp.example.org", port=25, tls="none", ca_file=None, username="sam")
    channel = SmtpChannel(settings, lambda: "irrelevant")

    assert "only allowed for a server on this machine" in (channel.unusable_reason() or "")
    assert usable_channels([channel]) == []
    with pytest.raises(NotifyError, match="smtp.example.org"):
        channel.send([FOLLOW_UP])


def _config_file(tmp_path: Path, smtp_server: SmtpServer) -> Path:
    config = tmp_path / "config.toml"
    config.write_text(
        '[me]\naddresses = ["sam@example.org"]\n'
        "[notify.desktop]\nenabled = true\n"
        f'[notify.email]\nto = "sam@example.org"\nfrom = "watcher@example.org"\nhost = "{smtp_server.host}"\n'
        f'port = {smtp_server.port}\ntls = "starttls"\nca_file = "{smtp_server.ca_file}"\n'
        f'username = "{smtp_server.user}"\npassword_env = "WATCHER_TEST_SMTP_PASSWORD"\n'
    )
    return config


def test_one_failing_channel_does_not_stop_the_others(smtp_server: SmtpServer, tmp_path: Path) -> None:
    """Through the pipeline's own notify: the broken channel's notice is recorded as failed
    (retried next run), the e-mail one as sent, and the e-mail is delivered once."""
    broken_desktop = DesktopChannel(bus_address=f"unix:path={tmp_path}/no-such-bus")
    email = SmtpChannel(settings_for(smtp_server, "starttls"), lambda: smtp_server.password)
    store = Store.open(tmp_path / "watcher.db")
    pipeline = Pipeline(load_config(_config_file(tmp_path, smtp_server)), store, channels=[broken_desktop, email])
    now = datetime(2026, 11, 10, 9, 0, tzinfo=timezone.utc)

    outcomes = pipeline.notify([NEWS], now)

    assert {(o.channel, o.sent) for o in outcomes} == {("desktop", False), ("email", True)}
    assert len(smtp_server.messages) == 1
    again = pipeline.notify([NEWS], now)  # the next run: only the failed channel tries again
    assert [(o.channel, o.sent) for o in again] == [("desktop", False)]
    assert len(smtp_server.messages) == 1
    store.close()


def test_channels_come_from_the_real_notify_config(
    smtp_server: SmtpServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WATCHER_TEST_SMTP_PASSWORD", smtp_server.password)
    config = load_config(_config_file(tmp_path, smtp_server))

    channels = channels_from_config(config)

    assert [channel.name for channel in channels if channel.name != "desktop"] == ["email"]
    email = next(channel for channel in channels if channel.name == "email")
    email.send([FOLLOW_UP])
    assert smtp_server.messages[0]["To"] == "sam@example.org"
