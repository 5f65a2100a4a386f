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


def _xdg_dir(variable: str, fallback: str) -> Path:
    value = os.environ.get(variable, "")
    # The XDG spec says relative values are invalid and must be ignored.
    if value and Path(value).is_absolute():
        return Path(value)
    return Path(fallback).expanduser()
