"""The command line's parser: argparse, with a command or action that is mistyped or left
out told as a person needs it (the choices, each with what it does, and what to type),
instead of argparse's bare "invalid choice" or "the following arguments are required".
"""

from __future__ import annotations

import argparse
import difflib
from typing import Any


class CommandMissing(Exception):
    """A command or action (``watcher drafts``, ``watcher interview``) that is not one of
    the choices, or none given; the message lists the choices and what to type."""


class CommandParser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose sub-command choices are checked by ``choose`` below.

    Its sub-parsers are of this class too (``add_subparsers`` makes them of the parent's).
    Raise CommandMissing from ``parse_args`` for a sub-command that is not a choice.
    """

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        # The one place argparse checks a value against its choices (Lib/argparse.py).
        if isinstance(action, argparse._SubParsersAction) and value not in action.choices:
            raise CommandMissing(unknown_choice(self, action, value))
        super()._check_value(action, value)


def _subcommands(parser: argparse.ArgumentParser) -> argparse._SubParsersAction | None:
    return next((a for a in parser._actions if isinstance(a, argparse._SubParsersAction)), None)


def _choices(action: argparse._SubParsersAction) -> list[tuple[str, str]]:
    """Each choice's name and its one-line help, in the order added (aliases left out)."""
    helps = {c.dest: c.help or "" for c in action._choices_actions}
    seen: set[int] = set()
    rows = []
    for name, parser in action.choices.items():
        if id(parser) not in seen:
            seen.add(id(parser))
            rows.append((name, helps.get(name, "")))
    return rows


def _listed(parser: argparse.ArgumentParser, action: argparse._SubParsersAction) -> str:
    rows = _choices(action)
    width = max(len(name) for name, _ in rows)
    lines = [f"  {parser.prog} {name:<{width}}  {words}".rstrip() for name, words in rows]
    return "\n".join(lines)


# Words people type for a command that has another name, or that is an action of another
# command: the command they mean (a spelling near a command's name is found by difflib).
MEANT = {
    "report": "status", "list": "interview list", "ls": "interview list", "add": "interview add",
    "show": "interview show", "edit": "interview edit", "close": "interview close", "delete": "interview delete",
    "log": "interview log", "import": "interview import", "assign": "message assign",
    "dismiss": "suggestion dismiss", "calendar": "export-ics", "ics": "export-ics", "daemon": "run",
    "start": "run", "serve": "board", "web": "board",
}


def _meant(parser: argparse.ArgumentParser, action: argparse._SubParsersAction,
           value: str) -> argparse.ArgumentParser | None:
    """The parser of the command ``value`` most likely means, or None."""
    typed = value.lower()
    if parser.prog == "watcher" and typed in MEANT:
        found: argparse.ArgumentParser | None = parser
        for word in MEANT[typed].split():
            sub = _subcommands(found) if found is not None else None
            found = sub.choices.get(word) if sub is not None else None
        return found
    near = difflib.get_close_matches(typed, [name for name, _ in _choices(action)], n=1, cutoff=0.6)
    return action.choices[near[0]] if near else None


def unknown_choice(parser: argparse.ArgumentParser, action: argparse._SubParsersAction, value: str) -> str:
    """The message for ``value``, typed where one of ``action``'s choices was expected: the
    command it most likely means (``MEANT``, else the nearest spelling) with its usage, then
    every choice with what it does."""
    if value.lower() in ("help", "-help"):
        return parser.format_help().rstrip()
    what = "command" if parser.prog == "watcher" else "action"
    first = f"{parser.prog}: {value!r} is not a{'n' if what == 'action' else ''} {what}."
    chosen = _meant(parser, action, value)
    if chosen is None:
        lines = [first]
    else:
        lines = [f"{first} Did you mean `{chosen.prog}`?", f"  {chosen.format_usage().strip()}"]
    lines.append(f"The {what}s:")
    lines.append(_listed(parser, action))
    lines.append(f"`{parser.prog} {what.upper()} --help` tells more about one.")
    return "\n".join(lines)


def missing_choice(parser: argparse.ArgumentParser, args: argparse.Namespace) -> str | None:
    """The message for a command line that stops before a needed command or action
    (``watcher``, ``watcher interview``), else None. Follows the chosen sub-parsers down."""
    while (action := _subcommands(parser)) is not None:
        chosen = getattr(args, action.dest, None)
        if chosen is None:
            what = "command" if parser.prog == "watcher" else "action"
            return "\n".join([
                f"{parser.prog}: which {what}? One of:",
                _listed(parser, action),
                f"e.g. `{parser.prog} {_choices(action)[0][0]}`; "
                f"`{parser.prog} {what.upper()} --help` tells more about one.",
            ])
        parser = action.choices[chosen]
    return None
