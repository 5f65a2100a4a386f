"""sd_notify datagrams over real unix sockets: path and abstract addresses, no socket, a full queue."""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from watcher.sdnotify import Notifier, socket_address, watchdog_interval


@pytest.fixture
def listener(tmp_path: Path) -> Iterator[tuple[socket.socket, str]]:
    path = tmp_path / "notify.sock"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.settimeout(5)
    try:
        yield sock, str(path)
    finally:
        sock.close()


def _receive(sock: socket.socket) -> list[str]:
    return sock.recv(4096).decode().split("\n")


def test_ready_with_status_is_one_datagram(listener):
    sock, path = listener
    notifier = Notifier(path)
    assert notifier.ready("2 accounts;\nlast sync 10:00")
    assert _receive(sock) == ["READY=1", "STATUS=2 accounts; last sync 10:00"]
    notifier.close()


@pytest.mark.parametrize(
    ("method", "expected"),
    [("watchdog", ["WATCHDOG=1"]), ("stopping", ["STOPPING=1"])],
)
def test_each_message(listener, method, expected):
    sock, path = listener
    notifier = Notifier(path)
    assert getattr(notifier, method)()
    assert _receive(sock) == expected
    notifier.close()


def test_reloading_carries_a_monotonic_stamp(listener):
    sock, path = listener
    notifier = Notifier(path)
    before = time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000
    notifier.reloading()
    lines = _receive(sock)
    assert lines[0] == "RELOADING=1"
    key, value = lines[1].split("=")
    assert key == "MONOTONIC_USEC" and int(value) >= before
    notifier.close()


def test_abstract_socket_address():
    name = f"watcher-test-{os.getpid()}-{time.monotonic_ns()}"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(b"\0" + name.encode())
    sock.settimeout(5)
    try:
        notifier = Notifier("@" + name)
        assert notifier.status("syncing")
        assert _receive(sock) == ["STATUS=syncing"]
        notifier.close()
    finally:
        sock.close()


def test_socket_address_forms():
    assert socket_address("@abc") == b"\0abc"
    assert socket_address("/run/user/1000/notify") == "/run/user/1000/notify"


def test_without_a_socket_nothing_is_sent():
    notifier = Notifier(None)
    assert not notifier.enabled
    assert not notifier.ready("x")
    assert not notifier.watchdog()


def test_a_vanished_socket_is_not_an_error(tmp_path):
    notifier = Notifier(str(tmp_path / "nobody-listens"))
    assert not notifier.watchdog()
    notifier.close()


def test_a_full_queue_drops_instead_of_blocking(listener):
    _, path = listener
    notifier = Notifier(path)
    results = [notifier.watchdog() for _ in range(5000)]  # nobody reads: the queue fills up
    assert results[0] is True
    assert False in results  # dropped, and we got here: the sends did not block
    notifier.close()


def test_from_environment_takes_the_variables_out(listener):
    _, path = listener
    environ = {"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "4000000", "PATH": "/usr/bin"}
    notifier, interval = Notifier.from_environment(environ)
    assert notifier.enabled and interval == 2.0
    assert environ == {"PATH": "/usr/bin"}
    notifier.close()


def test_watchdog_interval():
    assert watchdog_interval({}) is None
    assert watchdog_interval({"WATCHDOG_USEC": "0"}) is None
    assert watchdog_interval({"WATCHDOG_USEC": "junk"}) is None
    assert watchdog_interval({"WATCHDOG_USEC": "120000000"}) == 60.0
    assert watchdog_interval({"WATCHDOG_USEC": "2000000", "WATCHDOG_PID": "1"}, pid=2) is None
    assert watchdog_interval({"WATCHDOG_USEC": "2000000", "WATCHDOG_PID": "7"}, pid=7) == 1.0
