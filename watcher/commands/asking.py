"""Asking before a command does what cannot be undone (``forget``, ``interview delete``)."""

from __future__ import annotations

import sys
from collections.abc import Callable


def confirmed(question: str, *, not_asked: str, ask: Callable[[str], str] = input) -> bool:
    """True when the user answers yes to ``question`` (``[y/N]``: anything else, or Ctrl-D, is no).

    Standard input that is not a terminal cannot be asked: raise
    ``watcher.actions.ActionError(not_asked)`` (exit 2), which should name the ``--yes``
    that confirms without asking.
    """
    from watcher.actions import ActionError

    if not sys.stdin.isatty():
        raise ActionError(not_asked)
    try:
        answer = ask(f"{question} [y/N] ")
    except EOFError:
        answer = ""
    return answer.strip().lower() in ("y", "yes")
