"""Logging: structlog to standard error, readable on a terminal, JSON lines otherwise.

Standard output belongs to what a command reports (a table or JSON); every log line
goes to standard error. Fields that could carry a secret or a mail body are removed
before rendering, whatever the caller passed.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import MutableMapping
from typing import Any, TextIO


def _import_structlog_without_rich() -> Any:
    """structlog, without the rich it imports (when installed) for coloured tracebacks:
    a tenth of a second at every start, for a renderer watcher does not use (its console
    lines are plain, its tracebacks stdlib's). rich stays importable for report tables."""
    hidden = "rich" not in sys.modules
    if hidden:
        sys.modules["rich"] = None  # type: ignore[assignment]  # "import rich" raises ImportError
    try:
        import structlog
    finally:
        if hidden:
            del sys.modules["rich"]
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


def setup(verbosity: int = 0, stream: TextIO | None = None, *, json: bool | None = None) -> None:
    """Configure logging once per process.

    verbosity: -1 quiet (errors only); 0 warnings, plus the one-line summaries (info)
    when the lines go to a file or journal as JSON; 1 info on a terminal too (debug
    elsewhere); 2 debug. On a terminal lines are readable, with local times; elsewhere
    they are JSON with UTC times.
    """
    out: Any = stream or _CurrentStderr()
    use_json = (not out.isatty()) if json is None else json
    if use_json:
        level = {-1: logging.ERROR, 0: logging.INFO}.get(verbosity, logging.DEBUG)
    else:  # a person is reading: what needs their attention, unless they ask for more
        level = {-1: logging.ERROR, 0: logging.WARNING, 1: logging.INFO}.get(verbosity, logging.DEBUG)
    renderer: Any = structlog.processors.JSONRenderer() if use_json else structlog.dev.ConsoleRenderer(colors=False)
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
