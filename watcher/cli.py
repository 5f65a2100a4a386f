"""The ``watcher`` command: parse arguments, load the config, call the pipeline, render.

Exit codes: 0 all well; 1 some account could not be synced (or ``check`` found a
problem); 2 a config or usage error.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

# Only what building the parser needs is imported here: each command imports its own
# modules (the config's pydantic models, the database, the pipeline) when it runs, so
# that `watcher --help` stays light (tests/test_startup.py checks which modules load).
from watcher import __version__
from watcher.commands import data as data_commands
from watcher.commands import init as init_command
from watcher.commands import login as login_command
from watcher.cli_parser import CommandMissing, CommandParser, missing_choice
from watcher.model import RECEIVED_KINDS, SENT_KINDS
from watcher.paths import default_config_path
from watcher.web.command import add_parser as add_board_parser

if TYPE_CHECKING:
    from watcher.settings import Config
    from watcher.pipeline import Pipeline
    from watcher.store import Store

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
ID_HELP = "the interview's id (`watcher interview list`), or any beginning of it that fits no other"


class UsageError(Exception):
    """A problem with what the user typed: exit 2 with the message."""


# -- argument parsing ---------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = CommandParser(
        prog="watcher",
        description=(
            "Watches your mail after a job interview. It tells you once when a real reply "
            "arrives, and when a thank-you or a polite follow-up is really due, with a draft ready."
        ),
    )
    parser.add_argument("--version", action="version", version=f"watcher {__version__}")
    parser.add_argument("--config", type=Path, help=f"config file (default {default_config_path()})")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log detail on standard error")
    parser.add_argument("-q", "--quiet", action="store_true", help="log errors only")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    scan = sub.add_parser("scan", help="sync every account once, match, decide, notify, and print a report",
                          description="Sync every account once, match new mail to your interviews, decide "
                          "what is due, send the notices that are due, and print a report.")
    output = scan.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    scan.add_argument("--now", help="evaluate as if it were this moment (ISO 8601; naive = your time zone); "
                      "sends nothing unless --notify is given too")
    output.add_argument("--summary", action="store_true",
                      help="for a log (the systemd timer): one line, and the whole report only when this scan "
                      "found new mail or sent a notice")
    sending = scan.add_mutually_exclusive_group()
    sending.add_argument("--no-notify", "--dry-run", dest="no_notify", action="store_true",
                         help="decide and report, but send and record no notice")
    sending.add_argument("--notify", dest="force_notify", action="store_true",
                         help="send the notices that are due even with --now (a replay, a test)")

    run = sub.add_parser("run", help="run as a service: push (IDLE) or polling, notices when due",
                         description="Run in the foreground as a long-lived service (systemd manages it).")
    run.add_argument("--no-notify", dest="no_notify", action="store_true", help="never send notices")

    sub.add_parser("check", help="validate the config, log in everywhere, and find the usual setup mistakes",
                   description="Validate the config file, log in to every account and check its folders "
                   "exist, read the interviews file, log in to the SMTP server (sending nothing), and warn "
                   "about interviews no mail can match. Exit 1 when something is wrong.")

    init = sub.add_parser("init", help="write a config for your own mail, sign in and check it",
                          description="Write a clean, commented config at the default path (or --config) for "
                          "your own mail: the provider from your address, how you sign in, your time zone and "
                          "country. Then sign in and check. Never replaces a config without --force.")
    init_command.add_arguments(init)
    login = sub.add_parser("login", help="sign in to an account (OAuth2), or store its password in the keyring",
                           description="Sign in to an account: run its OAuth2 flow and keep the tokens, or "
                           "ask its password and keep it in the system keyring.")
    login_command.add_arguments(login)
    status = sub.add_parser("status", help="last sync per folder and next step per interview (from the database)")
    status.add_argument("--json", action="store_true")
    status.add_argument("--now", help="evaluate as if it were this moment")

    todo = sub.add_parser("todo", help="what to do next, most urgent first, one row per interview",
                          description="The to-do list: one row per open interview, due-now first, then by "
                          "when the next step is due. Closed, moved-on and snoozed ones only with --all.")
    todo.add_argument("--all", action="store_true", help="include closed, moved-on and snoozed interviews")
    todo.add_argument("--json", action="store_true")
    todo.add_argument("--now", help="evaluate as if it were this moment")

    done = sub.add_parser("done", help="mark an interview's step done (short for `interview log ID --sent ...`)",
                          description="Record that you did the interview's current step (or STEP: thank_you, "
                          "follow_up, ask_feedback, reply, ...), by mail elsewhere, by phone or on LinkedIn.")
    done.add_argument("id", help=ID_HELP)
    done.add_argument("step", nargs="?")
    done.add_argument("--at", help="when (default now)")

    draft = sub.add_parser("draft", help="print the draft for an interview's next step, ready to paste",
                           description="Print To, Subject and body of the draft for the interview's next step "
                           "(or STEP: thank_you, follow_up, ask_feedback, reply). --save files it in the "
                           "[drafts] imap_folder, once.")
    draft.add_argument("id", help=ID_HELP)
    draft.add_argument("step", nargs="?")
    draft.add_argument("--json", action="store_true")
    draft.add_argument("--save", action="store_true", help="file it in the IMAP drafts folder (never twice)")
    draft.add_argument("--now", help="evaluate as if it were this moment")

    _interview_parser(sub)

    review = sub.add_parser("review", help="decide about messages held for review",
                            description="List messages that could belong to several interviews and let you "
                            "assign or dismiss each. Your decision wins over the rules on later scans.")
    review.add_argument("--json", action="store_true", help="list them as JSON and ask nothing")

    message = sub.add_parser("message", help="correct what a message was matched to or what it says")
    msub = message.add_subparsers(dest="message_command", metavar="ACTION")
    assign = msub.add_parser("assign", help="tie a message to an interview (or 'none'), optionally with its kind")
    assign.add_argument("message_id")
    assign.add_argument("interview", help="interview id (or any beginning of it that fits no other), or 'none' to untie it")
    assign.add_argument("--kind", choices=sorted(set(RECEIVED_KINDS) | set(SENT_KINDS)))

    suggestion = sub.add_parser("suggestion", help="act on a suggested interview invitation")
    ssub = suggestion.add_subparsers(dest="suggestion_command", metavar="ACTION")
    dismiss = ssub.add_parser("dismiss", help="stop suggesting the invitation in this message")
    dismiss.add_argument("message_id", help="its Message-ID, with or without angle brackets")

    snooze = sub.add_parser("snooze", help="say nothing about an interview for a while",
                            description="Hold every reminder for an interview until the time is up. "
                            "DURATION is like 3d, 2w, 12h, a date (2026-12-01), or 'off' to end a snooze.")
    snooze.add_argument("id", help=ID_HELP)
    snooze.add_argument("duration")

    ics = sub.add_parser("export-ics", help="write upcoming follow-up dates as an iCalendar file")
    ics.add_argument("path", type=Path)
    ics.add_argument("--now", help="evaluate as if it were this moment")
    add_board_parser(sub)
    _global_options_after_the_command(parser)
    return parser


def _global_options_after_the_command(parser: argparse.ArgumentParser) -> None:
    """Let ``--config``, ``-v`` and ``-q`` follow the command too (``watcher scan -v``), as
    people type them; given there, they win over the same option given before the command."""
    seen: set[int] = set()
    todo = [parser]
    while todo:
        for action in todo.pop()._actions:
            if not isinstance(action, argparse._SubParsersAction):
                continue
            for command in action.choices.values():
                if id(command) in seen:  # an alias names the same parser
                    continue
                seen.add(id(command))
                command.add_argument("--config", type=Path, default=argparse.SUPPRESS, help=argparse.SUPPRESS)
                command.add_argument("-v", "--verbose", action="count", default=argparse.SUPPRESS,
                                     help=argparse.SUPPRESS)
                command.add_argument("-q", "--quiet", action="store_true", default=argparse.SUPPRESS,
                                     help=argparse.SUPPRESS)
                todo.append(command)


def _interview_parser(sub: Any) -> None:
    data_commands.add_parsers(sub)  # forget, export, restore
    interview = sub.add_parser("interview", help="log, list, show, edit and close interviews")
    isub = interview.add_subparsers(dest="interview_command", metavar="ACTION")

    add = isub.add_parser("add", help="log an interview",
                          description="Log an interview. --company and --when are required, unless "
                          "--from-message fills them from an invitation the scan found.")
    _interview_fields(add)
    add.add_argument("--id", help="short id (default: company and date, e.g. acme-2026-11-03)")
    add.add_argument("--from-message", metavar="MESSAGE_ID", help="prefill from a stored invitation")

    lst = isub.add_parser("list", help="list interviews")
    lst.add_argument("--json", action="store_true")

    show = isub.add_parser("show", help="one interview with its messages, the match reasons and the next step")
    show.add_argument("id", help=ID_HELP)
    show.add_argument("--json", action="store_true")
    show.add_argument("--now", help="evaluate as if it were this moment")

    edit = isub.add_parser("edit", help="change an interview's fields or its policy")
    edit.add_argument("id", help=ID_HELP)
    _interview_fields(edit)
    edit.add_argument("--policy", action="append", default=[], metavar="KEY=VALUE",
                      help="per-interview policy setting, e.g. follow_up_days=5 (repeatable)")
    for what in ("contact", "domain"):
        edit.add_argument(f"--add-{what}", action="append", default=[], metavar=what.upper(),
                          help=f"add a {what} and keep the others (repeatable)")
        edit.add_argument(f"--remove-{what}", action="append", default=[], metavar=what.upper(),
                          help=f"remove a {what} (repeatable)")

    delete = isub.add_parser("delete", help="delete an interview logged by mistake (asks first)",
                             description="Delete an interview and everything logged for it; its mail is kept, "
                             "untied. Asks first on a terminal; --yes does it without asking.")
    delete.add_argument("id", help=ID_HELP)
    delete.add_argument("--yes", action="store_true", help="do not ask")

    close = isub.add_parser("close", help="close an interview: it never speaks again")
    close.add_argument("id", help=ID_HELP)
    close.add_argument("--reason")

    reopen = isub.add_parser("reopen", help="reopen a closed interview")
    reopen.add_argument("id", help=ID_HELP)

    imp = isub.add_parser("import", help="import [[interview]] tables from a TOML file (idempotent by id)")
    imp.add_argument("file", type=Path)

    logp = isub.add_parser("log", help="log something that happened outside the watched mail",
                           description="Log a thank-you or follow-up you sent, or news you heard, by phone, "
                           "on LinkedIn or from another account. The policy treats it like the mail it stands for.")
    logp.add_argument("id", help=ID_HELP)
    what = logp.add_mutually_exclusive_group(required=True)
    what.add_argument("--sent", choices=("thank_you", "follow_up"))
    what.add_argument("--heard", choices=("rejection", "offer", "next_step"))
    what.add_argument("--undo", type=int, metavar="N", help="remove logged event N (numbered in `interview show`)")
    logp.add_argument("--at", help="when (default now)")


def _interview_fields(p: argparse.ArgumentParser) -> None:
    p.add_argument("--company")
    p.add_argument("--when", help="date and time, e.g. 2026-11-03T10:00 (in [policy] timezone), "
                   "with an offset, 2026-11-03T10:00+01:00, or with a zone name, '2026-11-03 10:00 Europe/Berlin'")
    p.add_argument("--role")
    p.add_argument("--contact", action="append", help="interviewer's or HR's address (repeatable)")
    p.add_argument("--domain", action="append", help="company mail domain, e.g. acme.com (repeatable)")
    p.add_argument("--via", help="recruiter's address, when the interview came through one")
    p.add_argument("--feedback-by", help="the date they promised news by")
    p.add_argument("--notes")


# -- helpers ------------------------------------------------------------------------------


def parse_moment(text: str, tz: ZoneInfo, option: str | None = None) -> datetime:
    """``text`` (ISO 8601, or followed by a zone name: ``watcher.moments.read_moment``) as an
    aware moment, naive read in ``tz``. Raise UsageError naming ``option`` (``--at``), when
    given, for anything else."""
    from watcher.moments import MomentError, in_zone, read_moment

    said = f"{option}: " if option else ""
    try:
        value = read_moment(text)
        if not isinstance(value, datetime):
            value = datetime.combine(value, time(0))
        return value if value.tzinfo else in_zone(value, tz)
    except MomentError as exc:
        raise UsageError(f"{said}{exc}") from None


DURATION = re.compile(r"^\s*(\d+)\s*([hdw])\s*$")


def parse_until(text: str, now: datetime, tz: ZoneInfo, option: str | None = None) -> datetime:
    found = DURATION.match(text)
    if found:
        n, unit = int(found.group(1)), found.group(2)
        return now + {"h": timedelta(hours=n), "d": timedelta(days=n), "w": timedelta(weeks=n)}[unit]
    try:
        day = date.fromisoformat(text)
        return datetime.combine(day, time(0), tz)
    except ValueError:
        return parse_moment(text, tz, option)


def _tz(config: Config) -> ZoneInfo:
    return ZoneInfo(config.policy.timezone)


def _now(args: argparse.Namespace, config: Config) -> datetime:
    text = getattr(args, "now", None)
    return parse_moment(text, _tz(config), "--now") if text else datetime.now(UTC)


def _load(args: argparse.Namespace) -> Config:
    from watcher.settings import load_config  # validated again only when the file changed

    return load_config(args.config or default_config_path())


def _pipeline(config: Config, store: Store, *, sending: bool = False) -> Pipeline:
    """The pipeline, imported by the commands that use it (it loads the policy engine,
    the classifier and the notice channels); ``sending`` for the one that sends notices."""
    from watcher.pipeline import Pipeline, channels_from_config

    return Pipeline(config, store, channels=channels_from_config(config, sending=sending))


# -- commands -----------------------------------------------------------------------------


def cmd_scan(args, config: Config, out) -> int:
    from watcher.auth.refusals import refusal_notices
    from watcher.report import dump_json, render_scan, render_scan_summary, scan_json
    from watcher.store import Store

    now = _now(args, config)
    with Store.open(config.database) as store:
        pipeline = _pipeline(config, store, sending=True)
        # A look at another moment must not use up the real moment's notices.
        send = args.force_notify or not (args.no_notify or args.now)
        # What was stored before, to mark what is new in the tables (JSON does not say it).
        known = set() if args.json else {m.mail.message_id for m in store.stored_messages()}
        # A what-if (--now) in the future records nothing dated after the real clock: sync
        # times and the look-back window stay those of a real scan, so the next real scan
        # finds what it would have. One in the past is replayed as of that moment.
        result = pipeline.scan(now, notify=send, synced_at=min(now, datetime.now(UTC)) if args.now else None)
        if send:  # a refused sign-in or login, announced once per refusal (the daemon shares the record)
            result.notices += pipeline.notify(refusal_notices(store, config.accounts, result.accounts, now), now)
    if args.json:
        dump_json(scan_json(result), out)
    else:
        new = {m.mail.message_id for m in [*result.messages, *result.suggestions]} - known
        if args.summary:
            render_scan_summary(result, out, _tz(config), new=new)
        else:
            render_scan(result, out, _tz(config), new=new)
    if result.interviews_unread:  # a config error, told last so that it is seen: the mail was scanned
        print(f"watcher: interviews file {result.interviews_unread}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK if result.ok else EXIT_FAILED


def cmd_todo(args, config: Config, out) -> int:
    from watcher.store import Store
    from watcher.commands.todo import run_todo

    with Store.open(config.database) as store:
        pipeline = _pipeline(config, store)
        return run_todo(pipeline, out, _tz(config), _now(args, config), as_json=args.json, include_all=args.all)


def cmd_done(args, config: Config, out) -> int:
    from watcher.store import Store
    from watcher.commands.todo import run_done

    tz = _tz(config)
    at = parse_moment(args.at, tz, "--at") if args.at else datetime.now(UTC)
    with Store.open(config.database) as store:
        pipeline = _pipeline(config, store)
        return run_done(pipeline, args.id, args.step, at, out, tz)


def cmd_draft(args, config: Config, out) -> int:
    from watcher.store import Store
    from watcher.commands.draft import draft_json, print_draft, save_draft, step_draft
    from watcher.report import dump_json

    with Store.open(config.database) as store:
        pipeline = _pipeline(config, store)
        found = step_draft(pipeline, args.id, args.step, _now(args, config))
    if found is None:
        raise UsageError(f"nothing is to do for {args.id}: name the step (e.g. `watcher draft {args.id} follow_up`)")
    code = EXIT_OK
    if args.save:
        from watcher.sources import SourceError

        try:
            saved = save_draft(found, config, _password)
        except SourceError as exc:  # said, and the draft printed all the same: nothing is lost
            print(f"watcher: draft not saved: {exc}", file=sys.stderr)
            code = EXIT_FAILED
        else:
            where = f"{config.drafts.account}/{config.drafts.imap_folder}"
            print(f"saved to {where}" if saved else f"already in {where}: not saved again", file=sys.stderr)
    if args.json:
        dump_json(draft_json(found), out)
    else:
        print_draft(found, out)
    return code


def cmd_run(args, config: Config, out) -> int:
    from watcher.daemon import run_daemon

    return run_daemon(args.config or default_config_path(), notify=not args.no_notify)


def cmd_check(args, config: Config, out) -> int:
    from watcher.store import Store
    from watcher.commands.check import run_check

    with Store.open(config.database) as store:
        interviews = store.interviews()
    return run_check(config, out, _password, interviews)


def _password(account) -> str:
    from watcher.auth import secret_for

    return secret_for(account)


def cmd_status(args, config: Config, out) -> int:
    from watcher.store import Store
    from watcher.not_read import in_store
    from watcher.report import dump_json, render_status, status_json

    now = _now(args, config)
    with Store.open(config.database) as store:
        pipeline = _pipeline(config, store)
        states = pipeline.decide(now)
        folders = store.folder_statuses()
        losses = store.connection_losses()
    not_read = in_store(folders, config.accounts, losses)
    if args.json:
        dump_json(status_json(folders, states, not_read), out)
    else:
        render_status(folders, states, out, _tz(config), now, not_read)
    return EXIT_OK


def cmd_interview(args, config: Config, out) -> int:
    from watcher.store import Store

    tz = _tz(config)
    with Store.open(config.database) as store:
        action = args.interview_command
        if action == "list":
            from watcher.commands.interview_list import run_list

            return run_list(store, config.interviews_file, out, tz, as_json=args.json)
        # The edits validate what they write (pydantic, the interviews file's rules): not for list.
        from watcher import actions
        from watcher.interviews_file import load_interviews
        from watcher.model import Event
        from watcher.settings import ConfigError

        if action == "import":
            if not args.file.expanduser().is_file() and not _is_interviews_file(args.file, config):
                raise UsageError(f"interview import: {args.file}: no such file (give a TOML file of [[interview]] "
                                 "tables, as examples/interviews.toml shows)")
            try:
                interviews, errors = load_interviews(args.file, tz)
            except ConfigError as exc:
                raise UsageError("; ".join(exc.errors)) from None
            # Only the config's own interviews file keeps its interviews (edited there, read
            # again on every scan); a file imported once leaves them to be edited here.
            origin = "file" if _is_interviews_file(args.file, config) else "cli"
            added = sum(store.upsert_interview(i, origin=origin) for i in interviews)
            print(f"imported {len(interviews)} interview(s) ({added} new, {len(interviews) - added} updated)", file=out)
            for error in errors:
                print(f"skipped {error}", file=sys.stderr)
            return EXIT_OK if not errors else EXIT_USAGE
        if action == "add":
            return _interview_add(args, config, store, out)
        interview = actions.require_interview(store, args.id)
        now = datetime.now(UTC)
        if action == "show":
            from watcher.commands.interviews import run_show

            pipeline = _pipeline(config, store)
            return run_show(pipeline, interview, _now(args, config), out, tz, as_json=args.json)
        if action == "delete":
            from watcher.commands.interviews import run_delete

            return run_delete(store, interview, out, yes=args.yes, interviews_file=config.interviews_file)
        if action == "edit":
            return _interview_edit(args, config, store, interview, out)
        if action == "close":
            actions.close(store, interview.id, args.reason)
            print(f"closed {interview.id}: no more notices for it", file=out)
            return EXIT_OK
        if action == "reopen":
            actions.reopen(store, interview.id)
            print(f"reopened {interview.id}", file=out)
            return EXIT_OK
        if action == "log" and args.undo is not None:
            from watcher.commands.interviews import undo_event

            return undo_event(store, interview, args.undo, out, tz)
        if action == "log":
            from watcher.commands.interviews import log_event

            at = parse_moment(args.at, tz, "--at") if args.at else now
            actions.check_not_future(at, f"--at {args.at}")
            if at <= interview.when:  # the schedule reads only what came after the interview
                raise UsageError(f"--at {at.astimezone(tz):%Y-%m-%d %H:%M} is before the interview "
                                 f"({interview.when.astimezone(tz):%Y-%m-%d %H:%M}): it would not count")
            event = Event(interview.id, "sent", at, args.sent) if args.sent else Event(interview.id, "heard", at, args.heard)
            return log_event(store, event, out, tz)
    raise UsageError(f"unknown interview action {action!r}")


def _fields_from_args(args, tz: ZoneInfo) -> dict[str, Any]:
    """The interview fields given on the command line, as the interviews file writes them
    (strings the same validation reads). A date without a time is asked about on a terminal."""
    fields: dict[str, Any] = {}
    for key in ("company", "role", "via", "notes"):
        if getattr(args, key, None) is not None:
            fields[key] = getattr(args, key)
    if args.when is not None:
        fields["when"] = _with_time(args.when.strip())
    if args.contact:
        fields["contacts"] = args.contact
    if args.domain:
        fields["domains"] = args.domain
    if args.feedback_by is not None:
        fields["feedback_by"] = args.feedback_by
    return fields


DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _with_time(when: str) -> str:
    """On a terminal, a date alone gets its time asked for; elsewhere validation refuses it."""
    if not DATE_ONLY.match(when) or not sys.stdin.isatty():
        return when
    try:
        answer = input(f"{when} has no time: at what time was the interview (HH:MM, your time zone)? ").strip()
    except EOFError:
        return when
    return f"{when}T{answer}" if answer else when


def _interview_add(args, config: Config, store: Store, out) -> int:
    from watcher import actions
    from watcher.actions import ActionError

    tz = _tz(config)
    fields = _fields_from_args(args, tz)
    try:
        said: dict[str, str] = {}  # field -> how the invitation gave it, for those taken from it
        if args.from_message:
            given, read = actions.invitation_fields(store, args.from_message)
            said = {key: line for key, line in read.items() if key not in fields}
            for key, value in given.items():
                fields.setdefault(key, value)
        missing = [f"--{key}" for key in ("company", "when") if key not in fields]
        if missing == ["--when"] and "when" in said:
            raise UsageError(f"interview add: the invitation {args.from_message} {said['when']}")
        if missing and args.from_message:
            lacking = " and no ".join({"--company": "company", "--when": "interview time"}[k] for k in missing)
            raise UsageError(f"interview add: the message {args.from_message} names no {lacking} "
                             f"(it may be no invitation): give {' and '.join(missing)}")
        if missing:
            raise UsageError(f"interview add: {' and '.join(missing)} required (or --from-message)")
        if args.id:
            fields["id"] = args.id
        interview = actions.log_interview(store, fields, tz, from_message=args.from_message)
    except actions.InvalidInterview as exc:
        raise UsageError(_as_options(exc.problems)) from None
    except ActionError as exc:
        raise UsageError(str(exc)) from None
    print(f"logged {interview.id}: {interview.company} on {interview.when.astimezone(tz):%a %d %b %Y %H:%M}", file=out)
    if config.accounts:  # mail read before it was logged is looked at for it by the next sync
        print("its mail is looked for at the next scan: `watcher scan` does it now", file=out)
    from watcher.commands.check import match_warnings  # what check would say of it, said now

    for warning in match_warnings([interview]):
        print(f"warning: {warning}", file=sys.stderr)
    if args.from_message:
        for line in said.values():
            print(line, file=out)
        print(actions.invitation_note(store, args.from_message, interview), file=out)
    return EXIT_OK


def _is_interviews_file(path: Path, config: Config) -> bool:
    """Whether ``path`` is the file named by the config's ``interviews_file``."""
    kept = config.interviews_file
    return kept is not None and path.expanduser().resolve() == Path(kept).expanduser().resolve()


def _interview_edit(args, config: Config, store: Store, interview, out) -> int:
    from watcher.config import ConfigError, policy_assignments
    from watcher.interviews_file import InterviewFieldsError, parse_interview_fields
    from watcher.commands.interviews import edited_list
    from watcher.interviews_file import interview_fields

    if store.interview_origin(interview.id) == "file" and config.interviews_file is not None:
        raise UsageError(f"{interview.id} comes from {config.interviews_file}: edit it there "
                         "(the file is read again on every scan)")
    tz = _tz(config)
    fields = {**interview_fields(interview), "when": interview.when.astimezone(tz), **_fields_from_args(args, tz)}
    notes: list[str] = []
    for what, plural in (("contact", "contacts"), ("domain", "domains")):
        fields[plural], said = edited_list(
            interview_fields(interview)[plural], getattr(args, what), getattr(args, f"add_{what}"),
            getattr(args, f"remove_{what}"), plural, _plain)
        notes += said
    try:
        policy = policy_assignments(config.policy, interview.policy, args.policy)
        updated = parse_interview_fields({**fields, "policy": policy}, "", default_tz=tz)
    except InterviewFieldsError as exc:
        raise UsageError(_as_options(exc.problems)) from None
    except ConfigError as exc:
        raise UsageError("\n  ".join(exc.errors)) from None
    store.upsert_interview(updated)
    for note in notes:
        print(note, file=out)
    print(f"updated {interview.id}", file=out)
    return EXIT_OK


# The option of `interview add` and `interview edit` that gives each interview field.
_OPTIONS = {"id": "--id", "company": "--company", "role": "--role", "when": "--when", "contacts": "--contact",
            "domains": "--domain", "via": "--via", "feedback_by": "--feedback-by", "notes": "--notes"}


def _as_options(problems) -> str:
    """Interview field problems (watcher.config.KeyProblem) said of the options that give
    them (``--when: 2026-11-27 has no time: ...``), one a line."""
    lines = []
    for problem in problems:
        key = str(problem.path[0]) if problem.path else ""
        if key == "policy" and len(problem.path) > 1:
            lines.append(f"--policy {problem.path[1]}: {problem.words}")
        elif key in _OPTIONS:
            lines.append(f"{_OPTIONS[key]}: {problem.words}")
        else:
            lines.append(problem.in_file(""))
    return "\n  ".join(lines)


def _plain(value: str) -> str:
    return value.strip().lower().removeprefix("@")


def cmd_review(args, config: Config, out) -> int:
    from watcher.store import Store
    from watcher.commands.review import run_review

    with Store.open(config.database) as store:
        return run_review(store, out, _tz(config), as_json=args.json)


def cmd_message(args, config: Config, out) -> int:
    from watcher import actions
    from watcher.store import Store

    message_id = actions.normalize_message_id(args.message_id)
    with Store.open(config.database) as store:
        typed = None if args.interview.lower() == "none" else args.interview
        before = store.stored_message(message_id)
        interview_id = actions.assign_message(store, message_id, typed, args.kind)
    said = f"{message_id}: " + (f"tied to {interview_id}" if interview_id else "untied")
    if args.kind is not None and before is not None:
        said += (f"; kind changed from {before.kind} to {args.kind}" if before.kind != args.kind
                 else f"; kind stays {args.kind}")
    print(said, file=out)
    return EXIT_OK


def cmd_snooze(args, config: Config, out) -> int:
    from watcher import actions
    from watcher.store import Store

    tz = _tz(config)
    now = datetime.now(UTC)
    try:
        until = None if args.duration.strip().lower() == "off" else parse_until(args.duration, now, tz)
    except UsageError:
        raise UsageError(f"snooze {args.id}: {args.duration!r} is not a length (12h, 3d, 1w), a date "
                         "(2026-12-01), a date and time (2026-12-01T09:00) or off") from None
    if until is not None and until <= now:
        raise UsageError(f"snooze until {until.astimezone(tz):%a %d %b %Y %H:%M} is in the past: give a length "
                         "(3d, 2w), a later date, or off")
    with Store.open(config.database) as store:
        interview_id = actions.require_interview(store, args.id).id
        actions.snooze(store, interview_id, until)
    if until is None:
        print(f"{interview_id} is no longer snoozed", file=out)
    else:
        print(f"snoozed {interview_id} until {until.astimezone(tz):%a %d %b %Y %H:%M}", file=out)
    return EXIT_OK


def cmd_suggestion(args, config: Config, out) -> int:
    from watcher import actions
    from watcher.store import Store

    with Store.open(config.database) as store:
        actions.dismiss_suggestion(store, args.message_id)
    print(f"dismissed: {actions.normalize_message_id(args.message_id)} is no longer suggested", file=out)
    return EXIT_OK


COMMANDS: dict[str, Callable[..., int] | str] = {
    "scan": cmd_scan,
    "run": cmd_run,
    "check": cmd_check,
    "login": "watcher.commands.login:cmd_login",
    "status": cmd_status,
    "todo": cmd_todo,
    "draft": cmd_draft,
    "done": cmd_done,
    "interview": cmd_interview,
    "review": cmd_review,
    "message": cmd_message,
    "snooze": cmd_snooze,
    "suggestion": cmd_suggestion,
    "export-ics": "watcher.commands.data:cmd_export_ics",
    "forget": "watcher.commands.data:cmd_forget",
    "export": "watcher.commands.data:cmd_export",
    "restore": "watcher.commands.data:cmd_restore",
    "board": "watcher.web.command:cmd_board",
}


def _command(name: str) -> Callable[..., int]:
    """The function that runs command ``name`` ("module:function" entries are imported now)."""
    found = COMMANDS[name]
    if isinstance(found, str):
        module, _, function = found.partition(":")
        return getattr(importlib.import_module(module), function)
    return found


def _user_errors() -> tuple[type[BaseException], ...]:
    """The exceptions that are the user's to fix (exit 2 with the message). Those of the
    modules a command did not load cannot have been raised, so they are not imported for it."""
    from watcher.auth.passwords import CredentialError
    from watcher.store import StoreError

    errors: list[type[BaseException]] = [UsageError, init_command.InitError, login_command.LoginUsageError,
                                         CredentialError, StoreError]
    actions = sys.modules.get("watcher.actions")
    if actions is not None:
        errors.append(actions.ActionError)
    return tuple(errors)


EXIT_READER_LEFT = 128 + 13  # as a process ended by SIGPIPE reports it to its shell


def _reader_left() -> int:
    """End quietly when the standard output's reader has closed it (a pipe into ``head``).

    The rest of the output is dropped: standard output is pointed at /dev/null so that
    flushing it at exit cannot fail again (the way the Python documentation's "Note on
    SIGPIPE" gives). Returns 141, the status of a command ended by SIGPIPE; what the command
    did before (a scan's sync, its notices) is done and stored.
    """
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return EXIT_READER_LEFT


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns its exit code. ``argv``: the command's arguments, or None
    for this process's own command line (``sys.argv``), after which the process ends."""
    from watcher.shutdown import cycle_collection_back, no_cycle_collection, skip_teardown_at_exit

    skip_teardown_at_exit()  # the interpreter's teardown was a fifth of a first scan's processor time
    parser = build_parser()
    try:  # a command or action mistyped or left out: the choices and what to type
        args = parser.parse_args(argv)
    except CommandMissing as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    if (missing := missing_choice(parser, args)) is not None:
        print(missing, file=sys.stderr)
        return EXIT_USAGE
    from watcher import log as logsetup  # first: it imports structlog without rich (see watcher/log.py)
    from watcher.settings import ConfigError

    try:
        if args.command == "scan":  # inside the try: its finally turns the collector back on
            no_cycle_collection()  # a one-off scan makes next to no garbage in cycles (watcher/shutdown.py)
        logsetup.setup(-1 if args.quiet else args.verbose, service=args.command == "run")
        if args.command == "init":  # the one command that runs before there is a config
            return init_command.cmd_init(args, sys.stdout)
        config = _load(args)
        return _command(args.command)(args, config, sys.stdout)
    except ConfigError as exc:
        print(f"watcher: config error in {args.config or default_config_path()}:", file=sys.stderr)
        for line in exc.errors:
            print(f"  {line}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:  # sorted by type below; anything else is a bug and goes on up
        if isinstance(exc, BrokenPipeError):  # the reader left (`watcher status | head`)
            return _reader_left()
        if isinstance(exc, _user_errors()):
            print(f"watcher: {exc}", file=sys.stderr)
            return EXIT_USAGE
        import sqlite3  # loaded already by any command that opened the database

        if isinstance(exc, (OSError, sqlite3.Error)):  # e.g. a database path that cannot be written
            print(f"watcher: {type(exc).__name__}: {exc}", file=sys.stderr)
            return EXIT_USAGE
        raise
    except KeyboardInterrupt:
        return 130
    finally:
        from watcher import method_code

        method_code.keep()  # the dataclass methods compiled this time, for the next start
        cycle_collection_back(process_ends=argv is None)  # argv given: a caller running commands in its own process
