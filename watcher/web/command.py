"""``watcher board``: its arguments and what it does."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from watcher.config import Config


def add_parser(sub: Any) -> None:
    board = sub.add_parser(
        "board", help="show your interviews by stage in the browser (a local page)",
        description="Serve a page on 127.0.0.1 that shows every interview by stage, with its timeline, "
        "the draft for its next step and your actions, and open it in the browser. The first line "
        "printed is the address to open (it holds a random token). Runs until Ctrl-C.",
    )
    board.add_argument("--port", type=_port, default=0, help="port to listen on (default: a free one)")
    board.add_argument("--no-browser", action="store_true", help="only print the address")
    board.add_argument("--export", type=Path, metavar="FILE",
                       help="write the board as one static HTML file (no actions) and exit")


def _port(text: str) -> int:
    """A TCP port number as typed: 0 (a free one) to 65535. Raise ArgumentTypeError otherwise."""
    if not text.strip().isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port: give a number from 1 to 65535 "
                                         "(or leave --port out for a free one)")
    return int(text)


def cmd_board(args: argparse.Namespace, config: Config, out: TextIO) -> int:
    from watcher.cli import UsageError
    from watcher.web.server import PortUnavailable, export, serve

    if args.export is not None:
        from watcher.commands.destination import destination

        with destination(args.export, "the board"):
            count = export(config, args.export)
        print(f"wrote {count} interview(s) to {args.export}", file=out)
        return 0
    try:
        serve(config, port=args.port, open_browser=not args.no_browser, out=out)
    except PortUnavailable as exc:
        raise UsageError(exc.strerror) from None
    return 0
