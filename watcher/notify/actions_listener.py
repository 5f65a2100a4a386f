"""Buttons on desktop notices, and the daemon's ear for the clicks.

Where the notification server lists ``actions`` in ``GetCapabilities`` (GNOME, KDE,
dunst; mako draws no buttons, xfce4-notifyd has no click on the body), a notice about a
due step carries "Open draft" (the ``default`` action), "Snooze a week" (``snooze``) and
"Done" (``done``). A click arrives as the signals ``ActionInvoked(id, key)`` then
``NotificationClosed(id, reason)`` (Desktop Notifications Specification 1.2).

``NoticeButtons`` keeps one bus connection open for as long as the daemon runs: notices
are sent on it, so the server knows the sender while it lives (GNOME drops a sender's
notices when its bus name goes away), and the signals are read on it. What each
notice's buttons act on is stored under (the connection's unique bus name, the
notification id); a click uses the row up, so it applies once, and a click on a notice
from an earlier run (another bus name) or with an unknown key changes nothing. Every
action runs through ``watcher.actions``, the same code as the command line.
"""

from __future__ import annotations

import threading
import webbrowser
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from queue import Empty, Queue
from typing import Any

import structlog

from watcher import actions
from watcher.model import ACTIONS, Notice
from watcher.notify.digest import ordered
from watcher.notify.drafts import mailto
from watcher.store import NoticeTarget, Store

log = structlog.get_logger(__name__)

NOTIFICATIONS = ("/org/freedesktop/Notifications", "org.freedesktop.Notifications")
CAPABILITY = "actions"
OPEN, SNOOZE, DONE = "default", "snooze", "done"
# Key and label pairs, flattened as Notify's ``actions`` argument wants them.
BUTTONS = (OPEN, "Open draft", SNOOZE, "Snooze a week", DONE, "Done")
SNOOZE_FOR = timedelta(weeks=1)
CALL_TIMEOUT = 10.0
POLL_SECONDS = 0.2


def target_for(notices: Sequence[Notice]) -> NoticeTarget | None:
    """What the buttons of a digest act on: its first due step (news has no buttons); None without one."""
    steps = [n for n in ordered(notices) if n.action in ACTIONS]
    if not steps:
        return None
    first = steps[0]
    return NoticeTarget(
        interview=first.interview,
        step=first.action,
        open_uri=mailto(first.draft) if first.draft else "",
        others=len(notices) - 1,
    )


def _utcnow() -> datetime:
    return datetime.now(UTC)


class NoticeButtons:
    """The daemon's bus connection for notices with buttons, and the thread that answers clicks.

    ``database`` is the store's file (the thread opens its own connection to it);
    ``board_address`` returns the running board's address with its token, or None;
    ``open_uri`` opens a URI in the user's programs (``webbrowser.open`` follows
    ``$BROWSER`` and the desktop's handlers, ``xdg-open`` on Linux).
    """

    def __init__(
        self,
        bus_address: str,
        database: Path,
        *,
        board_address: Callable[[], str | None] = lambda: None,
        open_uri: Callable[[str], object] = webbrowser.open,
    ) -> None:
        self.bus_address = bus_address
        self.database = database
        self.board_address = board_address
        self.open_uri = open_uri
        self._router: Any = None
        self._connection: Any = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        # Held from a Notify call until its buttons are stored: a click that arrives at
        # once waits for the row instead of finding nothing.
        self._sending = threading.Lock()

    # -- lifecycle ---------------------------------------------------------------------

    def start(self) -> None:
        """Connect to the bus, ask for the two signals and start answering clicks.

        Raise OSError (or jeepney's errors for an unusable address) when the bus cannot be reached.
        """
        from jeepney import MatchRule  # type: ignore[import-untyped]
        from jeepney.bus_messages import message_bus  # type: ignore[import-untyped]
        from jeepney.io.threading import DBusRouter, Proxy, open_dbus_connection  # type: ignore[import-untyped]

        self._connection = open_dbus_connection(bus=self.bus_address)
        self._router = DBusRouter(self._connection)
        signals: Queue[Any] = Queue()
        bus = Proxy(message_bus, self._router, timeout=CALL_TIMEOUT)
        handles = []
        for member in ("ActionInvoked", "NotificationClosed"):
            # The bus resolves the well-known sender name; here, messages carry the unique name.
            bus.AddMatch(MatchRule(type="signal", sender=NOTIFICATIONS[1], interface=NOTIFICATIONS[1],
                                   path=NOTIFICATIONS[0], member=member))
            local = MatchRule(type="signal", interface=NOTIFICATIONS[1], path=NOTIFICATIONS[0], member=member)
            handles.append(self._router.filter(local, queue=signals))
        with Store.open(self.database) as store:
            stale = store.forget_buttons(self.bus_name)
        if stale:
            log.info("notice buttons from an earlier run forgotten", count=stale)
        self._thread = threading.Thread(target=self._serve, args=(signals, handles), name="notice-buttons",
                                        daemon=True)
        self._thread.start()
        log.info("listening for clicks on notices", bus_name=self.bus_name)

    @property
    def bus_name(self) -> str:
        return str(self._router.unique_name) if self._router is not None else ""

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=CALL_TIMEOUT)
        if self._router is not None:
            self._router.close()
        if self._connection is not None:
            self._connection.close()
        self._thread = self._router = self._connection = None

    # -- sending -----------------------------------------------------------------------

    @contextmanager
    def calls(self):
        """A function that sends a method call on the kept connection and returns the reply's body."""
        from jeepney.wrappers import unwrap_msg  # type: ignore[import-untyped]

        with self._sending:
            yield lambda message: unwrap_msg(self._router.send_and_get_reply(message, timeout=CALL_TIMEOUT))

    def remember(self, notification_id: int, target: NoticeTarget) -> None:
        """Store what the buttons of ``notification_id`` act on (call inside ``calls()``)."""
        with Store.open(self.database) as store:
            store.remember_buttons(self.bus_name, notification_id, target, _utcnow())

    # -- clicks ------------------------------------------------------------------------

    def _serve(self, signals: Queue[Any], handles: list[Any]) -> None:
        from jeepney import HeaderFields  # type: ignore[import-untyped]

        try:
            while not self._stop.is_set():
                try:
                    message = signals.get(timeout=POLL_SECONDS)
                except Empty:
                    continue
                member = message.header.fields.get(HeaderFields.member)
                sender = message.header.fields.get(HeaderFields.sender)
                if not self._from_notification_server(sender):
                    log.warning("notice click ignored: not from the notification server", member=member)
                    continue
                with self._sending:
                    self._handle(member, message.body)
        finally:
            for handle in handles:
                handle.close()

    def _from_notification_server(self, sender: str | None) -> bool:
        """Whether ``sender`` owns the notifications name now (a signal sent to us alone skips match rules)."""
        from jeepney.bus_messages import message_bus  # type: ignore[import-untyped]
        from jeepney.io.threading import Proxy  # type: ignore[import-untyped]
        from jeepney.wrappers import DBusErrorResponse  # type: ignore[import-untyped]

        try:
            owner = Proxy(message_bus, self._router, timeout=CALL_TIMEOUT).GetNameOwner(NOTIFICATIONS[1])[0]
        except (DBusErrorResponse, TimeoutError):
            return False
        return sender is not None and sender == owner

    def _handle(self, member: str, body: tuple[Any, ...]) -> None:
        try:
            with Store.open(self.database) as store:
                if member == "ActionInvoked":
                    self.clicked(store, int(body[0]), str(body[1]))
                elif member == "NotificationClosed":
                    # Closed without a click (or after one): its buttons are gone.
                    store.take_buttons(self.bus_name, int(body[0]))
        except Exception as exc:  # noqa: BLE001 - one bad click must not end the listener
            log.error("notice click not applied", error=type(exc).__name__)

    def clicked(self, store: Store, notification_id: int, key: str) -> None:
        """Apply a click on button ``key`` of notice ``notification_id``, at most once."""
        if key not in (OPEN, SNOOZE, DONE):
            log.info("notice click ignored: not one of watcher's buttons", notification_id=notification_id, key=key)
            return
        target = store.take_buttons(self.bus_name, notification_id)
        if target is None:
            log.info("notice click ignored: not a notice of this run, or already used",
                     notification_id=notification_id, key=key)
            return
        try:
            if key == SNOOZE:
                actions.snooze(store, target.interview, _utcnow() + SNOOZE_FOR)
            elif key == DONE:
                actions.mark_done(store, target.interview, target.step, _utcnow())
            else:
                self._open(target)
        except actions.ActionError as exc:
            log.warning("notice click not applied", interview=target.interview, step=target.step, key=key,
                        reason=str(exc))
            return
        log.info("notice click applied", interview=target.interview, step=target.step, key=key)

    def _open(self, target: NoticeTarget) -> None:
        board = self.board_address()
        if board is not None:
            base, _, token = board.partition("/?")
            path = "/" if target.others else f"/interview/{target.interview}"
            self.open_uri(f"{base}{path}?{token}")
        elif target.open_uri:
            self.open_uri(target.open_uri)
        else:
            log.info("notice click: nothing to open (no draft for this step, no board running)",
                     interview=target.interview, step=target.step)


def start_for(
    channels: Sequence[Any], database: Path, *, open_uri: Callable[[str], object] = webbrowser.open
) -> NoticeButtons | None:
    """Give the desktop channel among ``channels`` buttons and start listening; None when there is none.

    A bus that cannot be reached is logged and leaves the notices as they were, without buttons.
    """
    from watcher.notify.desktop import DesktopChannel
    from watcher.web.server import running_board

    desktop = next((c for c in channels if isinstance(c, DesktopChannel)), None)
    if desktop is None or desktop.bus_address is None:
        return None
    buttons = NoticeButtons(desktop.bus_address, database, board_address=lambda: running_board(database),
                            open_uri=open_uri)
    try:
        buttons.start()
    except (OSError, RuntimeError, ValueError, TimeoutError) as exc:
        log.warning("notices without buttons: cannot listen on the session bus", error=type(exc).__name__)
        buttons.stop()
        return None
    desktop.buttons = buttons
    return buttons
