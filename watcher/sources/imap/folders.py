"""Which folders an IMAP account reads: the configured ones, and its sent folder.

The sent folder is the configured ``sent_folder``, else the folder LIST marks ``\\Sent``
(RFC 6154 SPECIAL-USE), else the first of the usual names in ``data/sent_folders.txt``
(compared without case).
"""

from __future__ import annotations

from importlib import resources
from typing import Any


def usual_sent_folder_names() -> tuple[str, ...]:
    """The usual names of a sent folder, most common first."""
    text = resources.files("watcher").joinpath("data/sent_folders.txt").read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def find_sent_folder(listing: list[tuple[Any, Any, Any]]) -> str | None:
    """The sent folder in a LIST answer (imapclient's (flags, delimiter, name) triples), or None."""
    for flags, _, name in listing:
        if b"\\Sent" in flags:
            return str(name)
    by_lower = {str(name).lower(): str(name) for _, _, name in listing}
    for usual in usual_sent_folder_names():
        if usual.lower() in by_lower:
            return by_lower[usual.lower()]
    return None


def absent_folder_text(folder: str, listed: list[str], role: str = "") -> str:
    """``folder 'X' (ROLE) does not exist on the server (it has: A, B)``: how a folder named in
    the config and missing on the server is said, by ``watcher check`` and wherever it is met.
    ``listed``: the server's folders (LIST), as named there; ``role``: the setting that names it."""
    named = f" ({role})" if role else ""
    return f"folder {folder!r}{named} does not exist on the server (it has: {', '.join(listed) or 'no folders'})"
