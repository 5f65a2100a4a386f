"""Desktop notices over a real private session bus."""

from __future__ import annotations

import pytest

from tests.fixtures_dbus import NotificationServer
from watcher.model import Notice
from watcher.notify import NotifyError, usable_channels
from watcher.notify.desktop import DesktopChannel

FOLLOW_UP = Notice(
    interview="i-acme",
    action="follow_up_1",
    key="",
    company="Acme",
    title="Acme: follow up on your interview",
    why="No news 7 business days after your interview on Tuesday 3 November.",
)
NEWS = Notice(
    interview="i-globex",
    action="heard_back",
    key="<m1@globex.com>",
    company="Globex",
    title="Globex replied: next step",
    why="They asked for your availability for a second interview.",
)
THANKS = Notice(
    interview="i-initech",
    action="thank_you",
    key="",
    company="Initech & Sons",
    title="Initech: thank them",
    why="You met them this morning.",
)

# Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout)
APP, REPLACES, ICON, SUMMARY, BODY, ACTIONS, HINTS, EXPIRE = range(8)


def test_one_notice_raises_one_popup_with_its_story(notification_server: NotificationServer) -> None:
    DesktopChannel(bus_address=notification_server.address).send([FOLLOW_UP])

    (call,) = notification_server.wait_for_calls(1)
    assert call[APP] == "watcher"
    assert call[SUMMARY] == "Follow up with Acme today"
    assert call[BODY] == f"Acme \u2014 polite follow-up \u2014 {FOLLOW_UP.why}"
    assert call[HINTS]["urgency"][1] == 1
    assert call[EXPIRE] == -1


def test_several_notices_make_one_digest_with_news_first(notification_server: NotificationServer) -> None:
    DesktopChannel(bus_address=notification_server.address).send([FOLLOW_UP, THANKS, NEWS])

    (call,) = notification_server.wait_for_calls(1)
    assert call[SUMMARY] == "3 interview updates"
    body_lines = call[BODY].split("\n")
    assert body_lines[0] == f"Globex replied: next step \u2014 {NEWS.why}"
    # then reminders in the order a schedule runs: a thank-you comes before a follow-up
    assert body_lines[1].startswith("Initech & Sons \u2014 thank-you note")
    assert body_lines[2].startswith("Acme \u2014 polite follow-up")
    assert len(notification_server.calls) == 1


def test_markup_is_escaped_only_for_servers_that_render_it(notification_server: NotificationServer) -> None:
    notification_server.capabilities = ["body", "body-markup"]
    DesktopChannel(bus_address=notification_server.address).send([THANKS])

    (call,) = notification_server.wait_for_calls(1)
    assert call[BODY].startswith("Initech &amp; Sons")


def test_nothing_to_say_sends_nothing(notification_server: NotificationServer) -> None:
    DesktopChannel(bus_address=notification_server.address).send([])
    DesktopChannel(bus_address=notification_server.address).send([FOLLOW_UP])

    calls = notification_server.wait_for_calls(1)
    assert [call[SUMMARY] for call in calls] == ["Follow up with Acme today"]


def test_bus_address_comes_from_the_environment(
    notification_server: NotificationServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", notification_server.address)
    DesktopChannel().send([NEWS])

    (call,) = notification_server.wait_for_calls(1)
    assert call[SUMMARY] == "Globex replied: next step"


def test_without_a_session_bus_the_channel_says_it_is_unusable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    channel = DesktopChannel()

    reason = channel.unusable_reason()
    assert reason is not None and "DBUS_SESSION_BUS_ADDRESS" in reason
    assert usable_channels([channel]) == []
    with pytest.raises(NotifyError, match="no session bus"):
        channel.send([FOLLOW_UP])


def test_a_bus_that_is_gone_is_a_notify_error(tmp_path) -> None:
    channel = DesktopChannel(bus_address=f"unix:path={tmp_path}/no-such-bus")

    assert channel.unusable_reason() is None
    with pytest.raises(NotifyError, match="cannot reach the session bus"):
        channel.send([FOLLOW_UP])


def test_a_bus_without_a_notification_service_is_a_notify_error(dbus_session_address: str) -> None:
    with pytest.raises(NotifyError, match="notification service"):
        DesktopChannel(bus_address=dbus_session_address).send([FOLLOW_UP])
