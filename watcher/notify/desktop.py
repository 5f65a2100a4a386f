"""Desktop notices: one ``org.freedesktop.Notifications.Notify`` call per run, over the session bus.

jeepney speaks D-Bus in pure Python with blocking I/O, which suits a daemon that sends a
handful of messages an hour. The bus address is either given (tests, a service that knows
it) or read from ``DBUS_SESSION_BUS_ADDRESS``, which a systemd user service only has after
``systemctl --user import-environment`` or ``dbus-update-activation-environment --systemd``.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from html import escape
from typing import TYPE_CHECKING, Any

import structlog

from watcher.model import Notice
from watcher.notify import NotifyError
from watcher.notify.digest import lines, popup_summary

if TYPE_CHECKING:
    from watcher.notify.actions_listener import NoticeButtons

log = structlog.get_logger(__name__)

NOTIFICATIONS = ("/org/freedesktop/Notifications", "org.freedesktop.Notifications")
URGENCY_NORMAL = 1  # 0 low, 1 normal, 2 critical: critical stays on screen, which news never deserves
EXPIRE_DEFAULT = -1  # the server's own default
# A server that never answers must not hang the daemon.
CALL_TIMEOUT = 10.0


class DesktopChannel:
    name = "desktop"
    drafts_only = False

    def __init__(self, app_name: str = "watcher", bus_address: str | None = None) -> None:
        self.app_name = app_name
        self._bus_address = bus_address
        # Set while the daemon listens for clicks (watcher.notify.actions_listener.start_for).
        self.buttons: NoticeButtons | None = None

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

    def service_problem(self) -> str | None:
        """Why a notice sent now would not be shown, asking the session bus without showing one.

        Return ``unusable_reason()`` when that is set; else say so when the bus cannot be reached
        (an address left over from an ended session) or when no program owns, or can be started
        as, ``org.freedesktop.Notifications`` (no notification daemon runs); None when one does.
        Waits at most CALL_TIMEOUT seconds for the bus.
        """
        reason = self.unusable_reason()
        if reason is not None:
            return reason
        from jeepney.bus_messages import message_bus  # type: ignore[import-untyped]
        from jeepney.io.blocking import Proxy, open_dbus_connection  # type: ignore[import-untyped]

        try:
            with open_dbus_connection(bus=self.bus_address) as connection:
                bus = Proxy(message_bus, connection, timeout=CALL_TIMEOUT)
                if bus.NameHasOwner(NOTIFICATIONS[1])[0] or NOTIFICATIONS[1] in bus.ListActivatableNames()[0]:
                    return None
        except TimeoutError:
            return f"the session bus at {self.bus_address} did not answer"
        except (OSError, RuntimeError, ValueError) as error:
            # RuntimeError/ValueError: jeepney's words for an address it cannot use.
            return f"cannot reach the session bus at {self.bus_address} ({type(error).__name__})"
        return (
            f"no notification service on the session bus ({NOTIFICATIONS[1]} has no owner: "
            "start your desktop's notification daemon, e.g. dunst or mako)"
        )

    def send(self, notices: Sequence[Notice]) -> None:
        if not notices:
            return
        reason = self.unusable_reason()
        if reason is not None:
            raise NotifyError(f"Desktop notice not sent: {reason}.")
        notification_id, buttons = self._notify(notices)
        log.info("notify.desktop.sent", notices=len(notices), notification_id=notification_id, buttons=buttons)

    def _notify(self, notices: Sequence[Notice]) -> tuple[int, bool]:
        """Send one notice; return its id and whether it carries buttons."""
        from jeepney import DBusAddress, new_method_call  # type: ignore[import-untyped]
        from jeepney.wrappers import DBusErrorResponse  # type: ignore[import-untyped]

        from watcher.notify.actions_listener import BUTTONS, CAPABILITY, target_for

        address = DBusAddress(*NOTIFICATIONS, interface=NOTIFICATIONS[1])
        try:
            with self._calls() as call:
                capabilities = list(call(new_method_call(address, "GetCapabilities"))[0])
                markup = "body-markup" in capabilities
                target = target_for(notices) if self.buttons is not None and CAPABILITY in capabilities else None
                body_lines = lines(notices)
                if target is not None and target.others:
                    body_lines.append("The buttons act on the first; `watcher board` shows every one.")
                body = "\n".join(escape(text, quote=False) if markup else text for text in body_lines)
                notify = new_method_call(
                    address,
                    "Notify",
                    "susssasa{sv}i",
                    (self.app_name, 0, "", popup_summary(notices), body, list(BUTTONS) if target else [],
                     _hints(), EXPIRE_DEFAULT),
                )
                notification_id = int(call(notify)[0])
                if target is not None and self.buttons is not None:
                    self.buttons.remember(notification_id, target)
                return notification_id, target is not None
        except DBusErrorResponse as error:
            raise NotifyError(
                f"Desktop notice not sent: the notification service answered with {error.name} "
                "(is a notification daemon running in this session?)."
            ) from error
        except TimeoutError as error:
            raise NotifyError("Desktop notice not sent: the notification service did not answer.") from error
        except (OSError, RuntimeError, ValueError) as error:
            # RuntimeError/ValueError: jeepney's words for an address it cannot use (or a closed router).
            raise NotifyError(
                f"Desktop notice not sent: cannot reach the session bus ({type(error).__name__})."
            ) from error

    @contextmanager
    def _calls(self) -> Iterator[Callable[[Any], tuple[Any, ...]]]:
        """A method-call function: on the daemon's kept connection when notices have buttons, else a fresh one."""
        if self.buttons is not None and self.buttons.running:
            with self.buttons.calls() as call:
                yield call
            return
        from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]
        from jeepney.wrappers import unwrap_msg  # type: ignore[import-untyped]

        with open_dbus_connection(bus=self.bus_address) as connection:
            yield lambda message: unwrap_msg(connection.send_and_get_reply(message, timeout=CALL_TIMEOUT))


def _hints() -> dict[str, tuple[str, Any]]:
    return {
        "urgency": ("y", URGENCY_NORMAL),
        "category": ("s", "email"),
    }
