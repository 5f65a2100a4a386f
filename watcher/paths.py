"""Where watcher keeps its files by default (XDG Base Directory Specification).

Kept apart from ``watcher.config`` so that building the command line (``watcher --help``)
does not import the config's pydantic models.
"""

from __future__ import annotations

import os
from pathlib import Path


def default_config_path() -> Path:
    """``$XDG_CONFIG_HOME/watcher/config.toml`` (``~/.config`` when the variable is unset)."""
    return _xdg_dir("XDG_CONFIG_HOME", "~/.config") / "watcher" / "config.toml"


def default_database_path() -> Path:
    """``$XDG_STATE_HOME/watcher/watcher.db`` (``~/.local/state`` when the variable is unset)."""
    return state_dir() / "watcher.db"


def state_dir() -> Path:
    """``$XDG_STATE_HOME/watcher`` (``~/.local/state/watcher``): the one folder of the user's
    home the systemd units let watcher write."""
    return _xdg_dir("XDG_STATE_HOME", "~/.local/state") / "watcher"


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` and each of its missing parents with mode 0700 (whatever the umask);
    an existing folder is left as it is. Raises OSError when one cannot be made.

    ``Path.mkdir(parents=True, mode=...)`` gives the mode to the last folder only: the
    parents it makes get the umask's default (0755), so watcher's state folder would be
    readable by others when a file inside it is written first.
    """
    if folder.is_dir():
        return
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    for part in reversed(missing):
        part.mkdir(mode=0o700, exist_ok=True)
        part.chmod(0o700)  # mkdir's mode is narrowed by the umask, never widened


def _xdg_dir(variable: str, fallback: str) -> Path:
    value = os.environ.get(variable, "")
    # The XDG spec says relative values are invalid and must be ignored.
    if value and Path(value).is_absolute():
        return Path(value)
    return Path(fallback).expanduser()
