"""The marks on every message watcher itself writes, and the test that knows them again.

An email digest sent to an address watcher also watches, or a draft filed to a folder it
reads, comes back on the next scan. Each carries two marks, so that it is never tied to an
interview, held for review, suggested or announced:

* the header ``X-Watcher-Notice: digest`` or ``X-Watcher-Notice: draft``;
* a Message-ID in watcher's own domain part, ``NOTICE_ID_DOMAIN`` (``notice.watcher.invalid``:
  ``.invalid`` never resolves, RFC 2606), whose local part ends in ``.digest`` or ``.draft``.

The digest also says ``Auto-Submitted: auto-generated`` (RFC 3834), so that vacation
responders and mail rules do not answer it, and its text ends with ``DIGEST_CLOSING`` on a
line of its own: a digest forwarded by the user, or passed on by a server that drops unknown
header fields and writes a new Message-ID, is known again by that line once its body is read.

A digest is skipped wherever it comes back (the inbox, or a sent folder where the SMTP
server keeps a copy). A draft is skipped everywhere but in a sent folder: there it is a
message the user sent from the draft (some mail programs keep its headers), which counts.
"""

from __future__ import annotations

import re
from email.message import EmailMessage
from email.utils import make_msgid
from typing import Literal

from watcher.model import Mail

NoticeKind = Literal["digest", "draft"]

NOTICE_HEADER = "X-Watcher-Notice"
NOTICE_ID_DOMAIN = "notice.watcher.invalid"
_KINDS: frozenset[str] = frozenset({"digest", "draft"})
# The digest's last line (after the "-- " signature separator), written by watcher alone.
DIGEST_CLOSING = "Sent once by watcher for these updates; nothing more will follow about them."
# At the start of a line, as text or right after an HTML tag; never behind a quote marker.
_CLOSING_LINE = re.compile(rf"(?:^|<[A-Za-z/][^<>]*>)[ \t]*{re.escape(DIGEST_CLOSING)}", re.MULTILINE)


def mark(message: EmailMessage, kind: NoticeKind) -> None:
    """Give a message watcher writes its marks (header and Message-ID); a digest also gets
    ``Auto-Submitted: auto-generated`` and Exchange's ``X-Auto-Response-Suppress: All``."""
    del message["Message-ID"], message[NOTICE_HEADER]
    message["Message-ID"] = make_msgid(idstring=kind, domain=NOTICE_ID_DOMAIN)
    message[NOTICE_HEADER] = kind
    if kind == "digest":
        del message["Auto-Submitted"], message["X-Auto-Response-Suppress"]
        message["Auto-Submitted"] = "auto-generated"
        message["X-Auto-Response-Suppress"] = "All"


def notice_kind(mail: Mail) -> NoticeKind | None:
    """"digest" or "draft" when ``mail`` is one watcher wrote (by either mark), else None.

    Reads the header fields (``Mail.headers`` and ``message_id``), so the header test of a
    sync can use it before any body is fetched; once the body is read, a digest's closing
    line (``DIGEST_CLOSING``) marks it too.
    """
    value = mail.headers.get(NOTICE_HEADER.lower(), "").strip().lower()
    if value in _KINDS:
        return value  # type: ignore[return-value]
    local, _, domain = mail.message_id.strip("<>").rpartition("@")
    if domain.lower() == NOTICE_ID_DOMAIN:
        kind = local.rpartition(".")[2].lower()
        return kind if kind in _KINDS else "digest"  # type: ignore[return-value]
    if mail.body and DIGEST_CLOSING in mail.body and _CLOSING_LINE.search(mail.body):
        return "digest"
    return None


def is_own_notice(mail: Mail, *, sent_folder: bool) -> bool:
    """Whether sync must leave ``mail`` out: a digest anywhere, a draft outside a sent folder."""
    kind = notice_kind(mail)
    return kind == "digest" or (kind == "draft" and not sent_folder)
