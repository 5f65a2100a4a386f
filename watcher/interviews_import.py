"""The config's interviews file, imported on every scan, and by the daemon at its start, at reloads and whenever it changes.

Its content changes rarely: the interviews it gave (and its bad rows' error lines) are
kept while it is unchanged (``watcher.kept``), so a scan with nothing new does not check
the same rows again, nor import pydantic for them. What is kept is what
``watcher.interviews_file.load_interviews`` returned for the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from watcher.kept import kept_result
from watcher.model import Interview
from watcher.settings import MISSING_INTERVIEWS_FILE, ConfigError

# The code that checks an interviews file and defines what it gives.
CHECKED_BY = ("interviews_file.py", "moments.py", "config.py", "settings.py", "model.py", "interviews_import.py")


def kept_interviews(path: Path, zone: ZoneInfo) -> tuple[list[Interview], list[str]]:
    """``load_interviews(path, zone)``: the good interviews and one error line per problem in a
    bad row, from an earlier read of the same bytes in the same zone when one is kept.
    ConfigError as it raises."""

    def load() -> tuple[tuple[list[Interview], list[str]], str]:
        from watcher.interviews_file import load_interviews  # pydantic: only when the file changed

        return load_interviews(path, zone), zone.key

    return kept_result("interviews", path.expanduser().absolute(), load, checked_by=CHECKED_BY,
                       still_true=lambda kept_zone: kept_zone == zone.key)


@dataclass(frozen=True)
class FileImport:
    """What one read of the config's interviews file gave.

    ``imported``: the good rows, stored. ``errors``: one line per problem in a bad row
    (``row_error``: the file, the row's line and key, what is wrong and that the row is left
    out until it is fixed; the good rows were imported all the same). ``unread``: why the whole file could not
    be read (missing, not valid TOML: its file, line and what to do), else None; then
    nothing of it was imported and the interviews read from it before stand unchanged.
    """

    path: Path
    imported: int = 0
    errors: tuple[str, ...] = ()
    unread: str | None = None

    @property
    def lines(self) -> list[str]:
        """Everything to tell the user, one line each."""
        return [self.unread] if self.unread else list(self.errors)


def import_interviews_file(path: Path, upsert: Any, *, zone: ZoneInfo, fix_hint: str) -> FileImport:
    """Read ``path`` and pass each good interview to ``upsert(interview)``; a time without a
    UTC offset in it is a wall-clock time in ``zone`` (the config's ``[policy] timezone``).

    A file that cannot be read at all imports nothing: ``unread`` says why, with its file,
    line and ``fix_hint`` (what to run once it is fixed), for the caller to tell (the scan
    on standard error, the daemon in its log); the interviews kept from its last good read
    stay as they are, so nothing is forgotten meanwhile. Bad rows are in ``errors``, for the
    caller to tell once (the scan in its report, the daemon in its log): nothing is logged
    here, or a terminal would show each twice.
    """
    if not path.exists():
        why = f"{path}: the interviews file named by interviews_file does not exist ({MISSING_INTERVIEWS_FILE})"
        return _unread(path, why, fix_hint)
    try:
        interviews, errors = kept_interviews(path, zone)
    except ConfigError as exc:
        return _unread(path, "; ".join(exc.errors), fix_hint)
    for interview in interviews:
        upsert(interview)
    return FileImport(path, len(interviews), tuple(row_error(path, error) for error in errors))


def row_error(path: Path, error: str) -> str:
    """One bad row's problem for a person: ``error`` as ``load_interviews`` gives it ("line 19:
    interview[1] (id 'x'): when: ..."), with the file and what becomes of the row."""
    return f"interviews file {path}, {error} (this row is not read until it is fixed in the file; read well before, its interview stays as it was)"


def _unread(path: Path, why: str, fix_hint: str) -> FileImport:
    return FileImport(path, unread=f"{why}; nothing of it was read, the interviews read from it before "
                                   f"are kept: {fix_hint}")
