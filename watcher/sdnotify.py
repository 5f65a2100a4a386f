"""The systemd notification protocol: READY, STATUS, WATCHDOG, RELOADING, STOPPING.

A notification is one datagram to the unix socket named by ``$NOTIFY_SOCKET`` (a
leading ``@`` names an abstract socket). systemd's queue for it is short, so a send
never waits: when the queue is full the message is dropped, because a blocked main
loop would stop the watchdog pings and get the service killed for nothing.

Without ``$NOTIFY_SOCKET`` (run from a terminal) every call is a no-op.
"""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Mapping, MutableMapping

import structlog

log = structlog.get_logger(__name__)

# The variables systemd sets for the notification protocol. They are taken out of the
# environment once read, so a password command started later does not inherit them.
PROTOCOL_VARIABLES = ("NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID")


def socket_address(value: str) -> str | bytes:
    """The address to send to: ``@name`` is the abstract socket ``\\0name``."""
    if value.startswith("@"):
        return b"\0" + value[1:].encode()
    return value


def watchdog_interval(environ: Mapping[str, str], pid: int | None = None) -> float | None:
    """Seconds between WATCHDOG=1 pings (half of ``$WATCHDOG_USEC``), or None when off.

    ``$WATCHDOG_PID``, when set, must name this process: the watchdog is meant for it only.
    """
    usec = environ.get("WATCHDOG_USEC", "")
    if not usec.isdigit() or int(usec) == 0:
        return None
    owner = environ.get("WATCHDOG_PID", "")
    if owner and owner != str(os.getpid() if pid is None else pid):
        return None
    return int(usec) / 1_000_000 / 2


class Notifier:
    """Sends sd_notify datagrams; does nothing when there is no socket to send to."""

    def __init__(self, address: str | None) -> None:
        self.address = address or None
        self._socket: socket.socket | None = None
        if self.address:
            self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)
            self._socket.setblocking(False)

    @classmethod
    def from_environment(
        cls, environ: MutableMapping[str, str] | None = None
    ) -> tuple[Notifier, float | None]:
        """A notifier for ``$NOTIFY_SOCKET`` and the watchdog interval, taken out of the environment."""
        environ = os.environ if environ is None else environ
        notifier = cls(environ.get("NOTIFY_SOCKET"))
        interval = watchdog_interval(environ)
        for name in PROTOCOL_VARIABLES:
            environ.pop(name, None)
        return notifier, interval

    @property
    def enabled(self) -> bool:
        return self._socket is not None

    def send(self, *assignments: str) -> bool:
        """Send ``KEY=value`` lines as one datagram; False when it was not delivered."""
        if self._socket is None or self.address is None or not assignments:
            return False
        payload = "\n".join(assignments).encode()
        try:
            self._socket.sendto(payload, socket.MSG_DONTWAIT, socket_address(self.address))
        except BlockingIOError:
            log.debug("sd_notify dropped: queue full", message=assignments[0])
            return False
        except OSError as exc:  # systemd gone or the socket removed: nothing to tell anyone
            log.debug("sd_notify failed", error=type(exc).__name__)
            return False
        return True

    def ready(self, status: str | None = None) -> bool:
        return self.send("READY=1", *_status(status))

    def status(self, text: str) -> bool:
        return self.send(*_status(text))

    def watchdog(self) -> bool:
        return self.send("WATCHDOG=1")

    def reloading(self) -> bool:
        # MONOTONIC_USEC lets systemd tell this reload from an earlier one (Type=notify-reload needs it).
        return self.send(
            "RELOADING=1", f"MONOTONIC_USEC={time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000}"
        )

    def stopping(self, status: str | None = None) -> bool:
        return self.send("STOPPING=1", *_status(status))

    def close(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None


def _status(text: str | None) -> tuple[str, ...]:
    if not text:
        return ()
    return (f"STATUS={' '.join(text.split())}",)  # one line: a newline would start a new assignment
