"""Notice channels: how a digest of due steps and news reaches the user.

Every channel has a ``name`` (what the store records as the channel a notice went out on),
``send(notices)`` that delivers ONE digest for the whole list or raises ``NotifyError``,
and ``unusable_reason()`` that says, before anything is sent, why the channel cannot work
here (a missing package, no session bus, a plaintext server that is not on loopback).
A channel that is not usable is left out with one clear log line instead of crashing the run.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol, runtime_checkable

import structlog

from watcher.model import Notice

log = structlog.get_logger(__name__)


class NotifyError(Exception):
    """A channel failed to deliver. The message is meant for the user and never holds a secret."""


@runtime_checkable
class Channel(Protocol):
    name: str

    def unusable_reason(self) -> str | None:
        """None when the channel can be tried; otherwise a short reason a person can act on."""
        ...

    def send(self, notices: Sequence[Notice]) -> None:
        """Deliver one digest of ``notices``; raise NotifyError on failure."""
        ...


def usable_channels(channels: Iterable[Channel]) -> list[Channel]:
    """The channels that can be tried here; each one left out is logged once with its reason."""
    usable: list[Channel] = []
    for channel in channels:
        reason = channel.unusable_reason()
        if reason is None:
            usable.append(channel)
        else:
            log.warning("notify.channel_disabled", channel=channel.name, reason=reason)
    return usable


__all__ = ["Channel", "NotifyError", "usable_channels"]
