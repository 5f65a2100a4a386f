"""Test fixtures: a private D-Bus session bus with a notification server on it.

``dbus-daemon`` (Debian package ``dbus``) runs in the foreground on a socket in a temp
folder; a thread owns ``org.freedesktop.Notifications`` on that bus and answers like a
desktop's notification daemon, recording every ``Notify`` call.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from jeepney import DBusAddress, HeaderFields, MessageType, new_error, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, Proxy, open_dbus_connection

from tests.child_process import dies_with_this_process, stop_child

NOTIFICATIONS_NAME = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
# Generous: a loaded CI machine may be slow, and the wait ends as soon as the calls are there.
WAIT_SECONDS = 30.0
DO_NOT_QUEUE = 4
PRIMARY_OWNER = 1


@dataclass
class NotificationServer:
    address: str
    calls: list[tuple[Any, ...]] = field(default_factory=list)
    capabilities: list[str] = field(default_factory=lambda: ["body", "actions"])
    _changed: threading.Condition = field(default_factory=threading.Condition)
    connection: DBusConnection | None = None
    _send_lock: threading.Lock = field(default_factory=threading.Lock)

    def send(self, message: Any) -> None:
        assert self.connection is not None
        with self._send_lock:
            self.connection.send(message)

    def invoke(self, notification_id: int, key: str, *, close: bool = True) -> None:
        """Do what a desktop does on a click: ActionInvoked(id, key), then NotificationClosed(id, 2)."""
        emitter = DBusAddress(NOTIFICATIONS_PATH, interface=NOTIFICATIONS_NAME)
        self.send(new_signal(emitter, "ActionInvoked", "us", (notification_id, key)))
        if close:
            self.send(new_signal(emitter, "NotificationClosed", "uu", (notification_id, 2)))

    def record(self, arguments: tuple[Any, ...]) -> int:
        with self._changed:
            self.calls.append(arguments)
            self._changed.notify_all()
            return len(self.calls)

    def wait_for_calls(self, count: int, timeout: float = WAIT_SECONDS) -> list[tuple[Any, ...]]:
        """Block until ``count`` Notify calls arrived; fail the test if they never do."""
        with self._changed:
            if not self._changed.wait_for(lambda: len(self.calls) >= count, timeout=timeout):
                pytest.fail(f"expected {count} Notify calls, got {len(self.calls)}")
            return list(self.calls)


def _start_bus(folder: Path) -> tuple[subprocess.Popen[str], str]:
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.fail("dbus-daemon not found: install the Debian package 'dbus' to run the desktop tests")
    process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1", f"--address=unix:path={folder}/bus"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=dies_with_this_process(),  # gone with this process, even if it is killed
    )
    assert process.stdout is not None
    address = process.stdout.readline().strip()
    if not address:
        process.kill()
        _, errors = process.communicate()
        pytest.fail(f"dbus-daemon did not start: {errors.strip()}")
    return process, address


def _stop_bus(process: subprocess.Popen[str]) -> None:
    stop_child(process, timeout=WAIT_SECONDS)


def _own_name(connection: DBusConnection) -> None:
    reply = Proxy(message_bus, connection).RequestName(NOTIFICATIONS_NAME, DO_NOT_QUEUE)
    if reply[0] != PRIMARY_OWNER:
        pytest.fail(f"could not own {NOTIFICATIONS_NAME} on the test bus: {reply}")


def _answer(server: NotificationServer, message: Any) -> None:
    member = message.header.fields.get(HeaderFields.member)
    if member == "Notify":
        notification_id = server.record(tuple(message.body))
        server.send(new_method_return(message, "u", (notification_id,)))
    elif member == "GetCapabilities":
        server.send(new_method_return(message, "as", (list(server.capabilities),)))
    elif member == "GetServerInformation":
        server.send(new_method_return(message, "ssss", ("test-notifications", "watcher", "1.0", "1.2")))
    else:
        server.send(new_error(message, "org.freedesktop.DBus.Error.UnknownMethod"))


def _serve(connection: DBusConnection, server: NotificationServer, stop: threading.Event) -> None:
    while not stop.is_set():
        try:
            message = connection.receive(timeout=0.1)
        except TimeoutError:
            continue
        except OSError:
            return  # the bus went away
        if message.header.message_type == MessageType.method_call:
            _answer(server, message)


@pytest.fixture
def dbus_session_address(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A private session bus, no notification server on it."""
    process, address = _start_bus(tmp_path_factory.mktemp("dbus"))
    try:
        yield address
    finally:
        _stop_bus(process)


@pytest.fixture
def notification_server(dbus_session_address: str) -> Iterator[NotificationServer]:
    server = NotificationServer(address=dbus_session_address)
    connection = open_dbus_connection(bus=dbus_session_address)
    server.connection = connection
    stop = threading.Event()
    thread = threading.Thread(target=_serve, args=(connection, server, stop), daemon=True)
    try:
        _own_name(connection)
        thread.start()
        yield server
    finally:
        stop.set()
        if thread.is_alive():
            thread.join(timeout=WAIT_SECONDS)
        connection.close()
