"""Notice channels: how a digest of due steps and news reaches the user.

Every channel has a ``name`` (what the store records as the channel a notice went out on),
``drafts_only`` (True for a channel that files drafts and tells no news: the IMAP drafts folder),
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
    drafts_only: bool  # it files the notices' drafts and tells nothing: a notice without one is not its to send

    def unusable_reason(self) -> str | None:
        """None when the channel can be tried; otherwise a short reason a person can act on."""
        ...

    def send(self, notices: Sequence[Notice]) -> None:
        """Deliver one digest of ``notices``; raise NotifyError on failure."""
        ...


def usable_channels(channels: Iterable[Channel], *, sending: bool = True) -> list[Channel]:
    """The channels that can be tried here; each one left out is logged once with its reason,
    as a warning when the caller sends notices, at info level (``-v``) for a command that
    only reads them (``todo``, ``draft``, ``status``, the board), so it does not repeat there."""
    usable: list[Channel] = []
    for channel in channels:
        reason = channel.unusable_reason()
        if reason is None:
            usable.append(channel)
        elif sending:
            log.warning("notify.channel_disabled", channel=channel.name, reason=reason)
        else:
            log.info("notify.channel_disabled", channel=channel.name, reason=reason)
    return usable


def carries(channel: Channel, notice: Notice) -> bool:
    """Whether ``channel`` delivers ``notice``: every channel does, but a drafts-only one only
    a notice with a draft (news, a move-on and a refused sign-in have none)."""
    return notice.draft is not None or not channel.drafts_only


def reaching(channels: Iterable[Channel]) -> list[Channel]:
    """The channels that tell the user something (news included), not only file drafts."""
    return [c for c in channels if not c.drafts_only]


__all__ = ["Channel", "NotifyError", "carries", "reaching", "usable_channels"]
