"""``watcher check``: the common setup mistakes, found before the first scan.

Each line says what was checked and what is wrong. Problems (a login refused, a
folder the server does not have, a bad interviews file, an SMTP login refused) make
the exit code 1; warnings (an interview nothing can ever match, desktop notices that
cannot be shown from where check runs) do not.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO
from zoneinfo import ZoneInfo

from watcher.config import Config, ConfigError
from watcher.auth import CredentialError, SignInRequired
from watcher.model import Interview
from watcher.notify import NotifyError
from watcher.sources import SourceError, open_source


def run_check(config: Config, out: TextIO, password: Callable[[object], str],
              stored: list[Interview]) -> int:
    """Check everything; print one line per finding; return 0, or 1 when something is wrong.

    ``stored``: the interviews in the database; the interviews file's good rows not stored
    yet are added to them for the warnings about interviews no mail can be tied to.
    """
    print(f"config {config.path}: valid", file=out)
    drafts = _drafts_folder(config)
    problems = sum(_check_account(account, password, out, drafts.get(account.name))
                   for account in config.accounts)
    file_problems, from_file = _check_interviews_file(config, out)
    problems += file_problems
    problems += _check_smtp(config, out)
    known = {interview.id for interview in stored}
    interviews = [*stored, *(interview for interview in from_file if interview.id not in known)]
    for warning in [*_desktop_warnings(config), *_silence_warnings(config), *match_warnings(interviews)]:
        print(f"warning: {warning}", file=out)
    return 1 if problems else 0


def _drafts_folder(config: Config) -> dict[str, str]:
    """{account name: the ``[drafts] imap_folder`` filed in it}, empty without one."""
    if not config.drafts.imap_folder:
        return {}
    from watcher.pipeline import drafts_account

    return {drafts_account(config).name: config.drafts.imap_folder}


def _check_account(account, password: Callable[[object], str], out: TextIO, drafts_folder: str | None = None) -> int:
    """Log in, then make sure every watched folder, the sent folder and the drafts folder
    (``drafts_folder``, when drafts are filed in this account) exist."""
    try:
        with open_source(account, lambda: password(account)) as source:
            source.folders()
            missing = _missing_folders(account, source, drafts_folder)
            notes = list(source.notes)
    except (SourceError, CredentialError, SignInRequired) as exc:
        print(f"account {account.name}: {getattr(exc, 'message', exc)}{_refused_hint(account, exc)}", file=out)
        advice = _advice(account, exc)
        if advice:
            print(f"  {advice}", file=out)
        return 1
    if missing:
        from watcher.sources.imap.folders import absent_folder_text

        wanted, listed = missing
        for folder in wanted:
            role = "[drafts] imap_folder" if folder == drafts_folder else ""
            print(f"account {account.name}: {absent_folder_text(folder, listed, role)}", file=out)
        return 1
    absent = _absent_paths(account)
    for key, path in absent:
        print(f"account {account.name}: {key} {path} does not exist (the {account.type} watcher would read)",
              file=out)
    if absent:
        return 1
    print(f"account {account.name}: ok", file=out)
    for note in notes:
        print(f"warning: account {account.name}: {note}", file=out)
    return 0


def _advice(account, exc: Exception) -> str | None:
    """What to do about a login refused or a server not reached, as a scan says it; None when
    the error says it already (a password that could not be had names what to set)."""
    from watcher.not_read import failure_advice
    from watcher.sources.imap.errors import SecretUnavailable

    if isinstance(exc, SecretUnavailable):
        return None
    return failure_advice(account.name, exc, account, then="watcher check")


def _refused_hint(account, exc: Exception) -> str:
    """For a login refused with a password from a password_command written for a shell: the
    reminder that no shell runs it (its output, not the shell's, was sent as the password)."""
    from watcher.auth.passwords import shell_hint
    from watcher.sources.imap.errors import AuthenticationFailed, SecretUnavailable

    command = getattr(account, "password_command", None)
    if not command or not isinstance(exc, AuthenticationFailed) or isinstance(exc, SecretUnavailable):
        return ""
    return shell_hint(command)


def _absent_paths(account) -> list[tuple[str, object]]:
    """A Maildir or mbox account's ``path`` and ``sent_path`` that are not on the disk."""
    if getattr(account, "type", None) not in ("maildir", "mbox"):
        return []
    named = [("path", account.path), ("sent_path", account.sent_path)]
    return [(key, path) for key, path in named if path is not None and not path.exists()]


def _missing_folders(account, source, drafts_folder: str | None) -> tuple[list[str], list[str]] | None:
    if getattr(account, "type", None) != "imap":
        return None
    listed = source.folder_names()
    wanted = [*account.folders, *(f for f in (account.sent_folder, drafts_folder) if f)]
    # INBOX is case-insensitive (RFC 3501 5.1); every other name is as the server spells it.
    known = set(listed) | {"INBOX"}
    missing = [f for f in wanted if f not in known and not (f.upper() == "INBOX")]
    return (missing, listed) if missing else None


def _check_interviews_file(config: Config, out: TextIO) -> tuple[int, list[Interview]]:
    """Read the interviews file once: (1 when it or a row of it is bad, else 0; its good rows)."""
    if config.interviews_file is None:
        return 0, []
    from watcher.interviews_file import load_interviews
    from watcher.interviews_import import row_error

    try:
        good, errors = load_interviews(config.interviews_file, ZoneInfo(config.policy.timezone))
    except ConfigError as exc:  # its lines name the file already ("PATH, line 3, column 9: ...")
        for line in exc.errors:
            print(f"interviews file {line}", file=out)
        return 1, []
    for error in errors:
        print(row_error(config.interviews_file, error), file=out)
    if not errors:
        print(f"interviews file {config.interviews_file}: {len(good)} interview(s), ok", file=out)
    return (1 if errors else 0), good


def _check_smtp(config: Config, out: TextIO) -> int:
    email = config.notify.email
    if email is None:
        return 0
    from watcher.notify.smtp import SmtpChannel
    from watcher.pipeline import channels_from_config

    # The channel exactly as a scan builds it (password or XOAUTH2 token alike).
    channel = next((c for c in channels_from_config(config, sending=False) if c.name == "email"), None)
    try:
        if channel is None:  # left out as unusable: say why
            raise NotifyError(SmtpChannel(email, lambda: None).unusable_reason() or "unusable")
        assert isinstance(channel, SmtpChannel)
        channel.check_login()
    except (NotifyError, CredentialError, SignInRequired) as exc:
        print(f"email notices ({email.host}): {exc}", file=out)
        return 1
    done = "logged in" if email.username else "connected (no username: no login)"
    print(f"email notices ({email.host}): {done}, nothing sent", file=out)
    return 0


def _silence_warnings(config: Config) -> list[str]:
    """That no channel is on to tell the user anything: the service and the timer's scans
    would find a reply and say it to nobody."""
    if config.notify.desktop.enabled or config.notify.email is not None:
        return []
    drafts = config.drafts.imap_folder
    return ["no notice channel is on ([notify.desktop] enabled = false, no [notify.email]): `watcher run` "
            "and the scan timer would find a reply and tell you nothing; only `watcher scan` by hand, "
            "`watcher todo` and the board show what is new"
            + (f" (drafts filed in {drafts} tell you of no reply)" if drafts else "")
            + ". Set [notify.desktop] enabled = true on a desktop, or add [notify.email]"]


def _desktop_warnings(config: Config) -> list[str]:
    """Why desktop notices cannot be shown from here, when they are on and cannot: no bus, a bus
    that cannot be reached, or no notification daemon on it (asked, nothing shown)."""
    if not config.notify.desktop.enabled:
        return []
    from watcher.notify.desktop import DesktopChannel

    reason = DesktopChannel().service_problem()
    if reason is None:
        return []
    alone = config.notify.email is None
    return [f"desktop notices cannot be shown from here: {reason}"
            + ("; no other notice channel is on, so no notice would reach you" if alone else "")]


def match_warnings(interviews: list[Interview]) -> list[str]:
    """Interviews no mail can ever be tied to, and domains that would tie everyone's mail."""
    from watcher.match import default_lists

    lists = default_lists()
    warnings = []
    for interview in interviews:
        if interview.closed_at is not None:
            continue
        if not (interview.contacts or interview.domains or interview.via):
            # The company's name still ties an applicant-tracking system's mail (match.py); a person's does not.
            warnings.append(f"interview {interview.id}: no contact, domain or recruiter: only mail naming "
                            f"{interview.company} (an applicant-tracking system's, say) can be tied to it, and a "
                            "reply from a person there may be missed (`watcher interview edit "
                            f"{interview.id} --add-contact ADDRESS` or `--add-domain DOMAIN`)")
        for domain in interview.domains:
            if domain in lists.freemail_domains or domain.startswith(lists.freemail_prefixes):
                warnings.append(f"interview {interview.id}: {domain} is a free-mail domain: only its exact "
                                "contacts count there, so give the person's address as a contact instead")
    return warnings
