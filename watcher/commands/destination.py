"""Where the commands write a file the user names (``watcher export``, ``watcher export-ics``,
``watcher board --export``): the same rule and the same words for all of them.

The named file's folder must exist. A careful tool creates no folders on its own: a typo in
a path would otherwise put the export, which names everyone you talk to, somewhere you did
not mean, and nobody would look there. So a missing folder is refused, naming it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def destination(path: Path, what: str) -> Iterator[Path]:
    """Check ``path`` before ``what`` (e.g. "the export") is written there, then yield it.

    Raise ``watcher.cli.UsageError`` (exit 2) naming the file, and the folder when it is
    the folder that is missing or the path that is a folder; an ``OSError`` raised while
    writing (no permission, a full disk) becomes one too, with its reason. Nothing is
    created but the file itself.
    """
    from watcher.cli import UsageError

    folder = path.parent
    if not folder.is_dir():
        raise UsageError(f"cannot write {what} to {path}: the folder {folder} does not exist "
                         f"(watcher creates no folders: make it first, e.g. mkdir -p {folder}, "
                         "or name a file in a folder that exists)")
    if path.is_dir():
        raise UsageError(f"cannot write {what} to {path}: it is a folder (name a file in it)")
    try:
        yield path
    except OSError as exc:
        raise UsageError(f"cannot write {what} to {path}: {exc.strerror or type(exc).__name__}") from None
