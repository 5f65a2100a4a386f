"""E-mail notices: one plain-text digest per run, with each draft ready to copy.

TLS is verified by default (``ssl.create_default_context``, with ``ca_file`` for a private
CA). ``tls = "none"`` is accepted only for a server on this machine, where nothing crosses
a network. The message carries watcher's own marks (``watcher.notify.marks``): its
``X-Watcher-Notice`` header and Message-ID domain, so that watcher never reads it as mail to
judge, and ``Auto-Submitted: auto-generated`` so that vacation responders and mail rules do
not answer it.
"""

from __future__ import annotations

import ipaddress
import smtplib
import socket
import ssl
from collections.abc import Callable, Sequence
from datetime import datetime
from email.message import EmailMessage
from email.policy import default
from email.utils import format_datetime
from pathlib import Path
from typing import Any, Protocol, cast

import structlog

from watcher.model import Draft, Notice
from watcher.notify import NotifyError
from watcher.notify.digest import email_subject, line, ordered
from watcher.notify.drafts import nobody_known
from watcher.notify.marks import DIGEST_CLOSING, mark

log = structlog.get_logger(__name__)

DEFAULT_TIMEOUT = 30.0
_RULE = "-" * 60
# Python's header folding moves a whole subject to a continuation line when only its last word
# overflows 78 columns, and some mail clients then show it with a leading space. Subjects here
# stay far below the hard limit of 998, so they are left on one line.
UNFOLDED = default.clone(max_line_length=998)


class EmailSettings(Protocol):
    """The attributes of ``watcher.config.EmailConfig`` this channel reads."""

    @property
    def to(self) -> str: ...
    @property
    def sender(self) -> str: ...
    @property
    def host(self) -> str: ...
    @property
    def port(self) -> int: ...
    @property
    def tls(self) -> str: ...
    @property
    def ca_file(self) -> Path | None: ...
    @property
    def username(self) -> str | None: ...


class SmtpChannel:
    """Sends the digest by SMTP; signs in with a password, or with XOAUTH2 when ``auth = "oauth2"``."""

    name = "email"
    drafts_only = False

    def __init__(
        self,
        config: EmailSettings,
        get_password: Callable[[], str | None],
        *,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self.config = config
        self._get_password = get_password
        self.timeout = timeout

    def unusable_reason(self) -> str | None:
        if self.config.tls not in ("implicit", "starttls", "none"):
            return f"notify.email.tls must be implicit, starttls or none, not {self.config.tls!r}"
        if self.config.tls == "none" and not is_loopback(self.config.host):
            return (
                f"notify.email.tls = 'none' is only allowed for a server on this machine, "
                f"not {self.config.host}; use 'starttls' or 'implicit'"
            )
        return None

    def send(self, notices: Sequence[Notice]) -> None:
        if not notices:
            return
        reason = self.unusable_reason()
        if reason is not None:
            raise NotifyError(f"E-mail notice not sent: {reason}.")
        message = build_digest(notices, sender=self.config.sender, to=self.config.to)
        try:
            self._deliver(message)
        except NotifyError as exc:
            raise NotifyError(f"E-mail notice not sent: {exc}") from None
        log.info("notify.email.sent", host=self.config.host, notices=len(notices))

    def check_login(self) -> None:
        """Connect and log in as a send would, and send nothing. Raise NotifyError (what failed,
        in words, and what to check) if that fails."""
        reason = self.unusable_reason()
        if reason is not None:
            raise NotifyError(f"{reason}.")
        self._deliver(None)

    def _deliver(self, message: EmailMessage | None) -> None:
        """Send ``message``; with None, only connect and log in. Raise NotifyError saying what
        failed (no "notice not sent": a check sends none)."""
        host = self.config.host
        try:
            with self._connect() as client:
                self._login(client)
                if message is not None:
                    client.send_message(message)
        except NotifyError:
            raise
        except smtplib.SMTPAuthenticationError as error:
            raise NotifyError(
                f"{host} refused the login for user {self.config.username!r} "
                f"(code {error.smtp_code}); check the SMTP password."
            ) from None
        except (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as error:
            raise NotifyError(
                f"{host} refused the message ({_code(error)}); "
                "check notify.email.from and notify.email.to."
            ) from None
        except ssl.SSLCertVerificationError as error:
            advice = (f"it was checked against notify.email.ca_file {self.config.ca_file}"
                      if self.config.ca_file else "set notify.email.ca_file if it uses a private CA")
            raise NotifyError(
                f"the TLS certificate of {host} could not be verified "
                f"({str(error.verify_message).rstrip('.')}); {advice}."
            ) from None
        except ssl.SSLError as error:
            raise NotifyError(f"TLS with {host} failed ({error.reason}).") from None
        except smtplib.SMTPNotSupportedError:
            raise NotifyError(
                f"{host} does not offer STARTTLS or AUTH as configured."
            ) from None
        except (smtplib.SMTPException, OSError) as error:
            raise NotifyError(f"{_unreached(host, self.config.port, error)}; check notify.email.host and port "
                              "(and tls: 465 is usually implicit, 587 starttls).") from None

    def _connect(self) -> smtplib.SMTP:
        config = self.config
        if config.tls == "implicit":
            return smtplib.SMTP_SSL(
                config.host, config.port, timeout=self.timeout, context=self._tls_context()
            )
        client = smtplib.SMTP(config.host, config.port, timeout=self.timeout)
        if config.tls == "starttls":
            try:
                client.starttls(context=self._tls_context())
            except BaseException:
                client.close()
                raise
        return client

    def _tls_context(self) -> ssl.SSLContext:
        ca_file = self.config.ca_file
        return ssl.create_default_context(cafile=str(ca_file) if ca_file else None)

    def _login(self, client: smtplib.SMTP) -> None:
        username = self.config.username
        if not username:
            return
        password = self._get_password()
        if not password:
            raise NotifyError(
                f"no password for SMTP user {username!r} on {self.config.host}; "
                "set notify.email.password_command, password_env, or store it in the keyring."
            )
        if getattr(self.config, "auth", "password") == "oauth2":
            client.ehlo_or_helo_if_needed()
            client.auth("XOAUTH2", cast(Any, _xoauth2(username, password)), initial_response_ok=True)
        else:
            client.login(username, password)


def _unreached(host: str, port: int, error: BaseException) -> str:
    """Why the SMTP server was not reached or answered, in words (the IMAP edge says it alike)."""
    where = f"{host}:{port}"
    if isinstance(error, socket.gaierror):
        return f"cannot resolve host {host}"
    if isinstance(error, ConnectionRefusedError):
        return f"connection refused by {where}"
    if isinstance(error, (socket.timeout, TimeoutError)):
        return f"no answer from {where} in time"
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return f"{where} closed the connection"
    if isinstance(error, OSError) and error.strerror:
        return f"cannot connect to {where}: {error.strerror}"
    return f"could not talk to {where}"


def _xoauth2(username: str, token: str) -> Callable[[bytes | None], str]:
    """The XOAUTH2 initial response (Google's and Microsoft's SASL profile); empty after an error challenge."""

    def respond(challenge: bytes | None = None) -> str:
        # On failure the server sends a base64 JSON error as a challenge; an empty answer ends the exchange.
        return "" if challenge else f"user={username}\x01auth=Bearer {token}\x01\x01"

    return respond


def build_digest(
    notices: Sequence[Notice], *, sender: str, to: str, now: datetime | None = None
) -> EmailMessage:
    """The digest message: a subject that tells the story, then each item with its draft."""
    message = EmailMessage(policy=UNFOLDED)
    message["Subject"] = email_subject(notices)
    message["From"] = sender
    message["To"] = to
    message["Date"] = format_datetime(now or datetime.now().astimezone())
    # watcher's own marks: its Message-ID domain, X-Watcher-Notice, Auto-Submitted (RFC 3834)
    # and Exchange's X-Auto-Response-Suppress, so that neither watcher nor a responder answers it.
    mark(message, "digest")
    message.set_content(digest_body(notices))
    return message


def digest_body(notices: Sequence[Notice]) -> str:
    sections = [_section(notice) for notice in ordered(notices)]
    footer = f"-- \n{DIGEST_CLOSING}\n"
    return "\n\n".join(sections) + "\n\n" + footer


def _section(notice: Notice) -> str:
    parts = [line(notice)]
    if notice.draft is not None:
        parts += ["", "A draft, ready to copy:", _RULE, _draft_text(notice.draft, notice.interview), _RULE]
    return "\n".join(parts)


def _draft_text(draft: Draft, interview_id: str) -> str:
    to = ", ".join(draft.to) if draft.to else f"({nobody_known(interview_id)})"
    return f"To: {to}\nSubject: {draft.subject}\n\n{draft.body.rstrip()}"


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _code(error: smtplib.SMTPException) -> str:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = sorted({code for code, _ in error.recipients.values()})
        return "code " + ", ".join(str(code) for code in codes)
    return f"code {getattr(error, 'smtp_code', '?')}"



__all__ = ["SmtpChannel", "build_digest", "digest_body", "is_loopback"]
