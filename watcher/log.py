"""Logging: structlog to standard error, readable on a terminal, JSON lines otherwise.

Standard output belongs to what a command reports (a table or JSON); every log line
goes to standard error. A command's normal run writes no log line at all, on a terminal
or not (a pipe, cron, a systemd timer): only warnings and errors, unless asked with -v.
The daemon (``watcher run``) is the exception: its log is the record of what it did, so
its one-line summaries (info) are kept. When standard error is the systemd journal
(``$JOURNAL_STREAM`` names it), each line starts with its syslog priority (``<4>``), so
``journalctl -p warning`` filters them. Fields that could carry a secret or a mail body
are removed before rendering, whatever the caller passed.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
import types
from collections.abc import MutableMapping
from typing import Any, TextIO


class _AsyncioOnFirstUse(types.ModuleType):
    """asyncio's stand-in while structlog is imported: structlog's stdlib module and its
    native loggers import asyncio (about 15 ms of processor time, a twentieth of a first
    scan's start) for their async methods (``ainfo``, ``AsyncBoundLogger``), which watcher
    never calls. The first attribute asked of the stand-in imports the real asyncio and
    copies it in, so those methods still work. A stand-in is needed, not
    ``importlib.util.LazyLoader``: the import statement reads a lazy module's ``__spec__``,
    which loads it at once."""

    def __getattr__(self, name: str) -> Any:
        real = importlib.import_module("asyncio")
        self.__dict__.update(real.__dict__)
        return getattr(real, name)


def _import_structlog_without_rich() -> Any:
    """structlog, without the rich it imports (when installed) for coloured tracebacks:
    a tenth of a second at every start, for a renderer watcher does not use (its console
    lines are plain, its tracebacks stdlib's). rich stays importable for report tables.
    asyncio waits, the same way, until something uses it (``_AsyncioOnFirstUse``); both
    stand-ins are in ``sys.modules`` only during structlog's import, so anyone else's
    ``import rich`` or ``import asyncio`` gets the real module."""
    stand_ins: dict[str, types.ModuleType | None] = {}
    if "rich" not in sys.modules:
        stand_ins["rich"] = None  # "import rich" raises ImportError
    if "asyncio" not in sys.modules:
        stand_ins["asyncio"] = _AsyncioOnFirstUse("asyncio")
    sys.modules.update(stand_ins)  # type: ignore[arg-type]
    try:
        import structlog
    finally:
        for name in stand_ins:
            del sys.modules[name]
    return structlog


structlog = _import_structlog_without_rich()

# Never rendered, whoever passes them.
SECRET_KEYS = frozenset({"password", "token", "secret", "body", "text", "content", "raw", "access_token"})


def _drop_secrets(_logger: Any, _name: str, event: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    for key in SECRET_KEYS & event.keys():
        event[key] = "[redacted]"
    return event


class _CurrentStderr:
    """Writes to whatever sys.stderr is at the time, not the one at set-up (tests swap it)."""

    def write(self, text: str) -> int:
        return sys.stderr.write(text)

    def flush(self) -> None:
        sys.stderr.flush()

    def isatty(self) -> bool:
        return sys.stderr.isatty()

    def fileno(self) -> int:
        return sys.stderr.fileno()


# RFC 5424 severities, as sd-daemon(3) reads them at the start of a line.
_SYSLOG_PRIORITY = {"debug": 7, "info": 6, "warning": 4, "error": 3, "critical": 2}


def level_for(verbosity: int, *, service: bool = False) -> int:
    """The lowest stdlib logging level shown: verbosity -1 (``-q``) errors only; 0
    warnings and errors, or for the daemon (``service``) its one-line summaries (info)
    too; 1 (``-v``) info; 2 (``-vv``) and more, debug."""
    if verbosity < 0:
        return logging.ERROR
    if verbosity == 0:
        return logging.INFO if service else logging.WARNING
    return logging.INFO if verbosity == 1 else logging.DEBUG


def _stream_is_journal(out: Any) -> bool:
    """Whether ``out`` is the systemd journal's stream: ``$JOURNAL_STREAM`` ("DEVICE:INODE",
    set by systemd for a unit's standard error) names the very file it writes to."""
    named = os.environ.get("JOURNAL_STREAM", "")
    device, _, inode = named.partition(":")
    if not (device.isdigit() and inode.isdigit()):
        return False
    if not hasattr(out, "fileno"):  # a stream given with no file behind it
        return False
    try:
        found = os.fstat(out.fileno())
    except (OSError, ValueError):  # no file behind it (a StringIO's UnsupportedOperation, a closed stream)
        return False
    return (found.st_dev, found.st_ino) == (int(device), int(inode))


def _with_priority(renderer: Any) -> Any:
    """``renderer`` with each line led by its syslog priority (``<6>{...}``) for the journal."""

    def render(logger: Any, name: str, event: MutableMapping[str, Any]) -> str:
        priority = _SYSLOG_PRIORITY.get(str(event.get("level", "")), 6)
        return f"<{priority}>{renderer(logger, name, event)}"

    return render


def setup(verbosity: int = 0, stream: TextIO | None = None, *, json: bool | None = None,
          service: bool = False) -> None:
    """Configure logging once per process.

    verbosity: see level_for (``service`` is True for the daemon, whose summaries are its
    record). On a terminal lines are readable, with local times; elsewhere they are JSON
    with UTC times, each led by its syslog priority when the stream is the journal.
    """
    out: Any = stream or _CurrentStderr()
    use_json = (not out.isatty()) if json is None else json
    level = level_for(verbosity, service=service)
    renderer: Any = structlog.processors.JSONRenderer() if use_json else structlog.dev.ConsoleRenderer(colors=False)
    if use_json and _stream_is_journal(out):
        renderer = _with_priority(renderer)
    # mail-parser reports parts it does not handle on stdlib logging; they are not news.
    logging.getLogger("mailparser").setLevel(logging.ERROR)
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True)
            if use_json else structlog.processors.TimeStamper(fmt="%Y-%m-%d %H:%M:%S", utc=False),
            _drop_secrets,
            structlog.processors.format_exc_info,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(level),
        logger_factory=structlog.PrintLoggerFactory(file=out),
        cache_logger_on_first_use=False,
    )
