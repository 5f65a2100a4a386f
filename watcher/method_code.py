"""The methods ``dataclasses`` writes for each class, kept compiled between runs.

For every dataclass, the standard library writes the source text of its ``__init__``,
``__repr__``, ``__eq__``, ``__hash__`` and, when frozen, ``__setattr__`` and
``__delattr__``, and compiles each text with ``exec`` (``dataclasses._create_fn``, Python
3.11 and 3.12). A first scan makes about 150 dataclasses (watcher's, pydantic's, annotated_types'
and structlog's), 733 such methods: measured on the benchmark's first scan of 10,000
messages (``bench/phases.py``'s mailbox, thread processor time, load average 1.3 to 3),
making the classes took 114 to 121 ms, 87 ms of it compiling those texts; with the
compiled code kept, 28 to 33 ms. The kept file (800 texts of every command, 0.9 MB) is
read in 0.35 ms, each code made when first used (see ``_codes``).

``install`` has ``dataclasses`` compile through ``_exec``: a text seen before (in this
process, or kept by an earlier run of this interpreter) is run from its compiled code,
which is what compiling the same text gives (``compile(text, "<string>", "exec")``
without the caller's ``__future__`` flags, as ``exec`` of a string in ``dataclasses``
compiles it); any other text is compiled as before. ``keep`` writes what this process
compiled, for the next start. The methods, their names, defaults and globals are those
``dataclasses`` makes: only the compiling is skipped.

Kept in ``$XDG_STATE_HOME/watcher/kept/method_code/`` (mode 0600 in a 0700 folder), one
file per interpreter (``marshal``'s format and the compiler's output belong to the
version that wrote them), read back only when owned by this user; a file that cannot be
read costs only the compiling.
"""

from __future__ import annotations

import marshal
import os
import sys
from pathlib import Path
from types import CodeType
from typing import Any

# The interpreter a kept file was written by, held first in the file: code objects are
# read back only by the same one.
INTERPRETER = f"{sys.implementation.cache_tag} {sys.version}"
# Texts kept at most; past it, only those of the last run are written (upgrades add texts).
MOST_KEPT = 4000

# Method text -> its code, or the code as marshal wrote it until first used: the kept file
# holds the methods of every command (800 texts, 0.9 MB) and reading them all as code took
# 3.5 ms, against 0.35 ms leaving each one's bytes as they are (least of 20 reads), which
# `watcher --help` (about 100 texts) would not have got back.
_codes: dict[str, CodeType | bytes] = {}
_used: set[str] = set()
_loaded = False
_compiled = 0  # texts this process compiled


def install() -> None:
    """Have ``dataclasses`` run the kept code of a method text it compiled before, from
    now on in this process (a second call does nothing). Interpreters whose
    ``dataclasses`` writes no text to ``exec`` are left as they are."""
    import dataclasses

    if getattr(dataclasses, "exec", None) is not _exec:
        dataclasses.exec = _exec  # type: ignore[attr-defined]  # found before the builtin


def _exec(source: Any, globals: dict[str, Any] | None = None, locals: Any = None, /) -> None:
    """``exec(source, globals, locals)``, with a text compiled once per interpreter."""
    global _compiled
    if not isinstance(source, str) or globals is None:
        exec(source, globals, locals)  # noqa: S102  # not what dataclasses writes: as it was asked
        return
    if not _loaded:
        _load()
    code = _codes.get(source)
    if isinstance(code, bytes):
        try:
            code = _codes[source] = marshal.loads(code)
        except (EOFError, ValueError, TypeError):  # cut short or not marshal's
            code = None
    if not isinstance(code, CodeType):
        code = _codes[source] = compile(source, "<string>", "exec", dont_inherit=True)
        _compiled += 1
    _used.add(source)
    exec(code, globals, locals)  # noqa: S102  # the code dataclasses would have compiled


def kept_file() -> Path:
    from watcher.paths import state_dir

    return state_dir() / "kept" / "method_code" / f"{sys.implementation.cache_tag}.marshal"


def _load() -> None:
    global _loaded
    _loaded = True
    try:
        with kept_file().open("rb") as handle:
            if os.fstat(handle.fileno()).st_uid != os.geteuid():
                return
            interpreter, codes = marshal.load(handle)
    except (OSError, EOFError, ValueError, TypeError):  # none kept, cut short, not marshal's
        return
    if interpreter == INTERPRETER and isinstance(codes, dict):
        _codes.update((text, code) for text, code in codes.items()
                      if isinstance(text, str) and isinstance(code, bytes))


def keep() -> None:
    """Write the method code this process compiled for the next start, with what was
    kept before (only this run's when that would pass ``MOST_KEPT``). Nothing is raised:
    a file that cannot be written leaves the next start compiling again."""
    global _compiled
    if not _compiled:
        return
    texts = _codes if len(_codes) <= MOST_KEPT else _used
    codes = {}
    for text in texts:
        code = _codes[text]
        codes[text] = code if isinstance(code, bytes) else marshal.dumps(code)
    where = kept_file()
    import tempfile

    from watcher.paths import make_private_folder

    try:
        make_private_folder(where.parent)
        fd, temp = tempfile.mkstemp(dir=where.parent, prefix=".kept-")
        try:
            with os.fdopen(fd, "wb") as handle:
                marshal.dump((INTERPRETER, codes), handle)
            os.replace(temp, where)
            _compiled = 0
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError:
        pass
