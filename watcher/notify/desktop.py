"""Desktop notices: one ``org.freedesktop.Notifications.Notify`` call per run, over the session bus.

jeepney speaks D-Bus in pure Python with blocking I/O, which suits a daemon that sends a
handful of messages an hour. The bus address is either given (tests, a service that knows
it) or read from ``DBUS_SESSION_BUS_ADDRESS``, which a systemd user service only has after
``systemctl --user import-environment`` or ``dbus-update-activation-environment --systemd``.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Sequence
from html import escape
from typing import Any

import structlog

from watcher.model import Notice
from watcher.notify import NotifyError
from watcher.notify.digest import lines, popup_summary

log = structlog.get_logger(__name__)

NOTIFICATIONS = ("/org/freedesktop/Notifications", "org.freedesktop.Notifications")
URGENCY_NORMAL = 1  # 0 low, 1 normal, 2 critical: critical stays on screen, which news never deserves
EXPIRE_DEFAULT = -1  # the server's own default
# A server that never answers must not hang the daemon.
CALL_TIMEOUT = 10.0


class DesktopChannel:
    name = "desktop"

    def __init__(self, app_name: str = "watcher", bus_address: str | None = None) -> None:
        self.app_name = app_name
        self._bus_address = bus_address

    @property
    def bus_address(self) -> str | None:
        return self._bus_address or os.environ.get("DBUS_SESSION_BUS_ADDRESS") or None

    def unusable_reason(self) -> str | None:
        if importlib.util.find_spec("jeepney") is None:
            return "the Python package 'jeepney' is not installed"
        if self.bus_address is None:
            return (
                "no session bus: DBUS_SESSION_BUS_ADDRESS is not set "
                "(for a systemd user service run 'systemctl --user import-environment DBUS_SESSION_BUS_ADDRESS')"
            )
        return None

    def send(self, notices: Sequence[Notice]) -> None:
        if not notices:
            return
        reason = self.unusable_reason()
        if reason is not None:
            raise NotifyError(f"Desktop notice not sent: {reason}.")
        summary = popup_summary(notices)
        body_lines = lines(notices)
        notification_id = self._notify(summary, body_lines)
        log.info("notify.desktop.sent", notices=len(notices), notification_id=notification_id)

    def _notify(self, summary: str, body_lines: list[str]) -> int:
        from jeepney import DBusAddress, new_method_call  # type: ignore[import-untyped]
        from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]
        from jeepney.wrappers import DBusErrorResponse, unwrap_msg  # type: ignore[import-untyped]

        address = DBusAddress(*NOTIFICATIONS, interface=NOTIFICATIONS[1])
        try:
            with open_dbus_connection(bus=self.bus_address) as connection:
                markup = "body-markup" in _capabilities(connection, address)
                body = "\n".join(escape(text, quote=False) if markup else text for text in body_lines)
                call = new_method_call(
                    address,
                    "Notify",
                    "susssasa{sv}i",
                    (self.app_name, 0, "", summary, body, [], _hints(), EXPIRE_DEFAULT),
                )
                reply = connection.send_and_get_reply(call, timeout=CALL_TIMEOUT)
                return int(unwrap_msg(reply)[0])
        except DBusErrorResponse as error:
            raise NotifyError(
                f"Desktop notice not sent: the notification service answered with {error.name} "
                "(is a notification daemon running in this session?)."
            ) from error
        except TimeoutError as error:
            raise NotifyError("Desktop notice not sent: the notification service did not answer.") from error
        except (OSError, RuntimeError, ValueError) as error:
            # RuntimeError/ValueError: jeepney's words for an address it cannot use.
            raise NotifyError(
                f"Desktop notice not sent: cannot reach the session bus ({type(error).__name__})."
            ) from error


def _capabilities(connection: Any, address: Any) -> list[str]:
    from jeepney import new_method_call  # type: ignore[import-untyped]
    from jeepney.wrappers import unwrap_msg  # type: ignore[import-untyped]

    reply = connection.send_and_get_reply(new_method_call(address, "GetCapabilities"), timeout=CALL_TIMEOUT)
    return list(unwrap_msg(reply)[0])


def _hints() -> dict[str, tuple[str, Any]]:
    return {
        "urgency": ("y", URGENCY_NORMAL),
        "category": ("s", "email"),
    }
