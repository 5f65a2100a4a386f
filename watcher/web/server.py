"""Serving the board on 127.0.0.1, and writing it as one static file.

``serve`` binds the socket itself (port 0 picks a free one), so the address with its
token can be printed before the first request; uvicorn then serves until SIGINT or
SIGTERM. uvicorn's access log is off: every address it would log holds the token.
"""

from __future__ import annotations

import errno
import os
import secrets
import signal
import socket
import threading
import webbrowser
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO
from urllib.parse import urlsplit

import uvicorn

from watcher.config import Config
from watcher.store import Store
from watcher.web.app import create_app, stylesheet, templates
from watcher.web.view import STAGES, BoardSource

HOST = "127.0.0.1"


class PortUnavailable(OSError):
    """The port asked for cannot be listened on: another program has it, or it needs privileges."""


def listen(port: int) -> socket.socket:
    """A listening TCP socket on 127.0.0.1:``port`` (0: a free port). Raise PortUnavailable
    when the port is taken (EADDRINUSE) or needs privileges (EACCES), OSError otherwise."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((HOST, port))
        sock.listen(64)
    except OSError as exc:
        sock.close()
        why = {errno.EADDRINUSE: "another program listens on it", errno.EACCES: "it needs privileges"}.get(exc.errno)
        if why is None:
            raise
        raise PortUnavailable(exc.errno, f"cannot serve the board on {HOST}:{port}: {why}; give another "
                              "with --port, or leave --port out for a free one") from None
    return sock


def serve(config: Config, *, port: int, open_browser: bool, out: TextIO) -> None:
    """Serve the board until SIGINT/SIGTERM; the first line on ``out`` is the address with its token."""
    sock = listen(port)
    port = sock.getsockname()[1]
    token = secrets.token_urlsafe(24)
    url = f"http://{HOST}:{port}/?token={token}"
    app = create_app(config, token=token, port=port)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off"))
    # uvicorn stops gracefully on SIGINT/SIGTERM, then raises the signal again for the handler
    # it found: this one makes a stop an ordinary exit (status 0), and one that comes before
    # uvicorn listens for signals still stops it.
    for stop in (signal.SIGINT, signal.SIGTERM):
        signal.signal(stop, lambda *_: setattr(server, "should_exit", True))
    address_file = board_file(config.database)
    _write_private(address_file, url)
    try:
        print(url, file=out, flush=True)
        if open_browser:
            # A text-mode browser would hold the terminal: never block the server on it.
            threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()
        server.run(sockets=[sock])
    finally:
        sock.close()
        address_file.unlink(missing_ok=True)


def board_file(database: Path) -> Path:
    """Where a running board leaves its address (with its token, so readable by the user only)."""
    return database.with_name(database.name + ".board")


def _write_private(path: Path, text: str) -> None:
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(text + "\n")


def running_board(database: Path) -> str | None:
    """The address (with token) of a board serving ``database`` right now, or None.

    A file left by a board that was killed is recognised by nobody answering on its port.
    """
    try:
        url = board_file(database).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    port = urlsplit(url).port
    if port is None:
        return None
    try:
        socket.create_connection((HOST, port), timeout=1.0).close()
    except OSError:
        return None
    return url


def export(config: Config, path: Path, now: datetime | None = None) -> int:
    """Write the board as one self-contained HTML file (styles inline, no script, no actions).

    Return how many interviews it shows. The file is created with mode 0600. Raise OSError
    when the file cannot be written.
    """
    now = now or datetime.now(UTC)
    source = BoardSource(config)
    with Store.open(config.database) as store:
        board = source.board(store, now, with_details=True)
    html = templates().get_template("export.html").render(
        board=board, stages=STAGES, static=True, css=stylesheet(),
        generated=now.astimezone(source.zone).strftime("%a %d %b %Y %H:%M"),
    )
    _write_private(path, html)  # it names everyone you talk to: readable by you only, as the export
    return len(board.interview_ids)
