"""Push latency: from the APPEND of an interview reply to the notice that announces it.

``watcher run`` watches the benchmark mailbox with a loopback SMTP sink as its notice
channel; replies are appended one at a time and each notice's arrival is timestamped.
"""

from __future__ import annotations

import importlib.util


def daemon_missing() -> str | None:
    """Why push latency cannot be measured, or None when it can."""
    if importlib.util.find_spec("watcher.daemon") is None:
        return "daemon missing (watcher/daemon.py not found)"
    return None


def measure(server, generated, work, count: int) -> list[float]:  # pragma: no cover - needs the daemon
    raise NotImplementedError("push latency needs watcher run")
