"""The result of checking a user's file, kept while the file is unchanged.

Checking the config file and the interviews file takes pydantic and a fifth of the start
of a scan with nothing new; their content changes rarely. ``kept_result`` returns what an
earlier check of the same bytes gave, and checks again when anything it depends on
changed: the file's path or content, the home ``~`` stands for, watcher's version, the
modification time and size of the code and data that check it, and whatever else the
caller's ``still_true`` tests (the system time zone, a file that must exist). A check
that fails raises and keeps nothing, so an error is always reported as a fresh check
reports it.

Results live in ``$XDG_STATE_HOME/watcher/kept/KIND/`` (``~/.local/state`` when unset:
the folder the systemd units let watcher write), one file per checked path, written
atomically with mode 0600 in a 0700 folder, and read back only when owned by this user. They are pickled: no more trust than the config file itself
gets (its ``password_command`` runs as this user), and they hold nothing the checked file
does not say. Each file holds two pickles: the key (a string) first, then the result, which
is unpickled only under the same key, so a result kept by other code (an older watcher,
whose classes may be gone) is never unpickled.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from watcher import __version__
from watcher.paths import make_private_folder, state_dir

T = TypeVar("T")
D = TypeVar("D")

PACKAGE = Path(__file__).parent


def kept_result(
    kind: str,
    path: Path,
    check: Callable[[], tuple[T, D]],
    *,
    checked_by: Sequence[str],
    still_true: Callable[[D], bool] = lambda _derived: True,
) -> T:
    """``check()``'s result for the file at ``path``, from an earlier check when one is kept.

    ``check`` returns the result and what it took from outside the file (``D``, passed to
    ``still_true`` before a kept result is used). ``checked_by``: paths under the
    ``watcher`` package of the code and data that check the file and define the result.
    A file that cannot be read is checked (the check names the problem), never kept.
    """
    try:
        data = path.read_bytes()
    except OSError:
        return check()[0]
    where = _kept_file(kind, path)
    key = _key(path, data, checked_by)
    found = _read(where, key)
    if found is not None and still_true(found[1]):
        return found[0]
    result, derived = check()
    _write(where, (key, result, derived))
    return result


def _kept_file(kind: str, path: Path) -> Path:
    # ".kept": the key first, then the result (the ".pickle" files before held one tuple).
    return state_dir() / "kept" / kind / (hashlib.sha256(os.fsencode(path)).hexdigest()[:32] + ".kept")


class _NamedElsewhere(Exception):
    """A kept result names a class or function this watcher does not have (``module.name``)."""


class _Unpickler(pickle.Unpickler):
    """pickle's own, with a class or function the record names and this watcher lacks said
    by _NamedElsewhere, not by the AttributeError or ImportError the lookup raises."""

    def find_class(self, module: str, name: str) -> Any:
        try:
            return super().find_class(module, name)
        except (AttributeError, ImportError):  # only the lookup of module.name is inside
            raise _NamedElsewhere(f"{module}.{name}") from None


def _key(path: Path, data: bytes, checked_by: Sequence[str]) -> str:
    parts = [os.fsencode(path), data, os.fsencode(Path("~").expanduser()), __version__.encode()]
    for name in (*checked_by, "kept.py"):
        stat = (PACKAGE / name).stat()
        parts.append(f"{name}:{stat.st_mtime_ns}:{stat.st_size}".encode())
    return hashlib.sha256(b"\0".join(parts)).hexdigest()


def _read(where: Path, key: str) -> tuple[Any, Any] | None:
    """The result and derived data kept under ``key`` at ``where``; None when none is kept
    there (no file, another user's), it was kept under another key, or it cannot be read
    back (cut short, not a pickle, a protocol this Python does not read, a class gone)."""
    try:
        with where.open("rb") as handle:
            if os.fstat(handle.fileno()).st_uid != os.geteuid():
                return None
            if _Unpickler(handle).load() != key:  # one unpickler per pickle: each has its own memo
                return None  # kept by other code, or for other content: check
            with _collector_paused():
                result, derived = _Unpickler(handle).load()
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, _NamedElsewhere):
        return None  # ValueError: "unsupported pickle protocol"
    return result, derived


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while a kept result is read: reading one creates
    tens of thousands of objects that all live on (the phrase book: 4,000 phrases and
    their index), and the collections that many new objects set off traverse them all
    for nothing (0.022 s against 0.013 s to read the kept phrase book alone; in a first
    scan they also set off a full collection, 0.03 s). Left off only if it was off."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _write(where: Path, record: tuple[str, Any, Any]) -> None:
    """Keep ``record`` for the next start; a result that cannot be kept only costs time.

    Nothing is raised: a folder or file that cannot be written (``OSError``) and a result
    pickle refuses (see _pickled) leave nothing kept, and the next start checks the file again."""
    key, result, derived = record
    pickled = _pickled((result, derived))
    if pickled is None:
        return
    try:
        make_private_folder(where.parent)
        fd, temp = tempfile.mkstemp(dir=where.parent, prefix=".kept-")
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(key, handle, protocol=pickle.HIGHEST_PROTOCOL)
                handle.write(pickled)
            os.replace(temp, where)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        where.with_suffix(".pickle").unlink(missing_ok=True)  # the one-tuple record before
    except OSError:
        pass


def _pickled(value: Any) -> bytes | None:
    """``value`` pickled, or None for one pickle cannot reduce: a lambda
    (``pickle.PicklingError``), a class defined in a function (``AttributeError``, "Can't
    pickle local object", on Python before 3.14), an open file or socket (``TypeError``).
    Only pickle's own work is inside the ``try``."""
    try:
        return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, AttributeError, TypeError):
        return None
