"""Asking before a command does what cannot be undone (``forget``, ``interview delete``)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any


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


def read_back_warning(ids: Sequence[str], store: Any, interviews_file: Path | None) -> str | None:
    """What to say, before deleting the interviews ``ids``, of those that came from the
    config's ``interviews_file``: the next scan (or the running service) reads them back
    unless they are taken out of it. None when none did. ``store``: a ``watcher.store.Store``."""
    from_file = [i for i in ids if interviews_file is not None and store.interview_origin(i) == "file"]
    if not from_file:
        return None
    return (f"{', '.join(from_file)} came from the interviews file {interviews_file}: take "
            f"{'it' if len(from_file) == 1 else 'them'} out of it first, or the next scan (and the running "
            "service) reads it back")
