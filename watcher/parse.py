"""Turn raw mail (header block or whole message) into ``watcher.model.Mail``.

Two entry points with the same keyword arguments:

* ``parse_headers`` reads only a header block, fast and lenient: sync calls it for every
  new message with the fields in ``HEADER_FIELDS``.
* ``parse_message`` reads a whole message with mail-parser (stdlib fallback) and also
  fills ``body`` and ``calendar``: sync calls it only for the few messages that matter.

Both read the header with one reader, ``header_fields`` (mail-parser reads only the
body and the parts), so a message gets the same fields and the same ``message_id`` (real
or synthetic) whichever way it was read. ``header_block`` cuts a whole message's header
off for sources that have only whole messages; ``addresses`` and ``message_ids`` read
address lists and Message-ID lists for every caller.
"""

from __future__ import annotations

import base64
import codecs
import email
import email.errors
import email.header
import email.message
import email.utils
import functools
import hashlib
import html
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from email.policy import compat32
from html.parser import HTMLParser

import structlog

from watcher.calendar_names import MONTH_NUMBERS, WEEKDAY_ABBREVIATIONS
from watcher.model import Direction, Mail

log = structlog.get_logger(__name__)

HEADER_FIELDS: tuple[str, ...] = (
    "Message-ID",
    "Date",
    "From",
    "To",
    "Cc",
    "Subject",
    "In-Reply-To",
    "References",
    "Auto-Submitted",
    "Precedence",
    "List-Id",
    "List-Unsubscribe",
    "X-Autoreply",
    "X-Autorespond",
    "X-Auto-Response-Suppress",
    "Reply-To",
    "Content-Type",
    "Sender",
    # Traces of the system that sent a message (an applicant-tracking platform sending as
    # an employer): see watcher.match.InterviewIndex.platform_traced.
    "Return-Path",
    "DKIM-Signature",
    "X-Mailer",
    # watcher's own notices, come back (watcher.notify.marks).
    "X-Watcher-Notice",
)

# Headers handed on in Mail.headers (classification reads them).
PASSED_ON_HEADERS: tuple[str, ...] = (
    "auto-submitted",
    "precedence",
    "list-id",
    "list-unsubscribe",
    "x-autoreply",
    "x-autorespond",
    "x-auto-response-suppress",
    "reply-to",
    "content-type",
    "sender",
    "return-path",
    "dkim-signature",
    "x-mailer",
    "x-watcher-notice",
)

# The fields that identify a message when it has no Message-ID. Arrival data
# (INTERNALDATE, folder, uid) is left out on purpose: copies in two folders must agree.
IDENTITY_HEADERS: tuple[str, ...] = ("date", "from", "to", "cc", "subject", "in-reply-to", "references")

MAX_BODY_CHARS = 20_000
# Whole messages: the standard library's parser (mail-parser's too) holds about seven
# times a message's size at its peak (a line list, then the joined payloads). Over
# MAX_WHOLE_BYTES, the base64 bodies of non-text parts of more than MAX_ATTACHMENT_BYTES
# are dropped before parsing (classification reads only text parts and text/calendar);
# what is left must be under MAX_PARSED_BYTES, or the message is not read whole.
MAX_WHOLE_BYTES = 2 * 1024 * 1024
MAX_ATTACHMENT_BYTES = 64 * 1024
MAX_PARSED_BYTES = 8 * 1024 * 1024
SYNTHETIC_ID_DOMAIN = "watcher.invalid"
# Bytes of one header field kept (continuation lines included). Nothing matched or
# classified needs more, and the stdlib's and mail-parser's encoded-word decoders are
# quadratic: a megabyte-long Subject took minutes.
MAX_HEADER_FIELD = 16_384

# Thread references as mailers really write them: "<id>", a bare local@domain, ids run
# together ("<a@x><b@y>"), stray "<", comments "(...)" and quoted text ("Your message of
# \"...\"") in between. Comments and quoted strings go first; then every bracketed id
# and every bare token with an "@" counts.
_COMMENT_RE = re.compile(r"\([^()]*\)")
_QUOTED_RE = re.compile(r'"(?:[^"\\]|\\.)*"')
_MSGID_TOKEN_RE = re.compile(r"<([^<>\s]+)>|([^<>\s,;]+@[^<>\s,;]+)")
_FOLDING_RE = re.compile(r"\r?\n[ \t]*")
# A line end followed by an empty line: the end of a header. "\r" alone is a line end
# only when no "\n" follows it.
_BLANK_LINE_RE = re.compile(rb"(?:\r\n|\r(?!\n)|\n)(?:\r\n|\r(?!\n)|\n)")
_SPACES_RE = re.compile(r"\s+")
_MONTHS = MONTH_NUMBERS
_SIMPLE_DATE_RE = re.compile(
    r"(?:(?:" + "|".join(WEEKDAY_ABBREVIATIONS) + r"), )?(\d{1,2}) (" + "|".join(_MONTHS) + r") ([12]\d{3}) "
    r"(\d\d):(\d\d):(\d\d) ([+-])(\d\d)(\d\d)",
    re.ASCII,
)
_ATEXT = r"A-Za-z0-9!#$%&'*+/=?^_`{|}~\-"
_PLAIN_ADDRESS = rf"[{_ATEXT}]+(?:\.[{_ATEXT}]+)*@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*"
# One list item: a bare address, "Quoted Name" <address>, or Plain Name <address>.
_SIMPLE_MAILBOX_RE = re.compile(
    rf" *(?:({_PLAIN_ADDRESS})"
    rf'|"([^"\\\r\n]*)" *<({_PLAIN_ADDRESS})>'
    rf"|(?:([{_ATEXT}.]+(?: +[{_ATEXT}.]+)*) *)?<({_PLAIN_ADDRESS})>) *(?:,|\Z)"
)
# A field with its continuation lines, up to and including its last line break.
_PLAIN_FIELD_RE = re.compile(
    rb"([\x21-\x39\x3b-\x7e]+):[ \t]*([^\r\n]*(?:(?:\r\n|\r|\n)[ \t][^\r\n]*)*)(?:\r\n|\r|\n|\Z)"
)
# A header field line: printable ASCII but ":" up to the first colon (RFC 5322 ftext).
_FIELD_NAME_RE = re.compile(rb"[\x21-\x39\x3b-\x7e]*:")


class UnparseableMessage(ValueError):
    """Neither parser could make sense of a message (or it has no date at all)."""


class MessageTooLarge(UnparseableMessage):
    """A message whose text parts alone are over ``MAX_PARSED_BYTES``: not read whole."""


# ---------------------------------------------------------------------------
# Entry points


def parse_headers(
    raw_headers: bytes,
    *,
    account: str,
    folder: str,
    uid: int | None,
    arrival: datetime | None,
    me: frozenset[str],
    sent_folder: bool,
) -> Mail:
    """Build a header-only Mail from a header block (body left as None)."""
    return _mail_from_fields(
        _read_fields(bounded_header_fields(raw_headers)),
        account=account, folder=folder, uid=uid, arrival=arrival, me=me, sent_folder=sent_folder,
    )


def parse_message(
    raw: bytes,
    *,
    account: str,
    folder: str,
    uid: int | None,
    arrival: datetime | None,
    me: frozenset[str],
    sent_folder: bool,
    mime_only: bool = True,
) -> Mail:
    """Build a full Mail (with body and calendar) from a whole message.

    ``mime_only``: mail-parser is handed the header's MIME fields only
    (``mime_fields_only``); False hands it the whole header, with the same result.

    A message over ``MAX_WHOLE_BYTES`` is read without the base64 bodies of its large
    non-text parts (``without_large_attachments``), unless a dropped body would have been
    read as text (a broken structure): then, or when nothing could be dropped, it is read
    as it is if under ``MAX_PARSED_BYTES``, else ``MessageTooLarge`` is raised (its text is
    not read: the caller keeps it ``unknown``). A message's peak memory in parsing stays
    a few times ``MAX_PARSED_BYTES``."""
    text = None
    if len(raw) > MAX_WHOLE_BYTES:
        trimmed = without_large_attachments(raw)
        if trimmed is not raw:
            text = _text_parts(trimmed, mime_only, account=account, folder=folder, uid=uid)
            if text is not None and _holds_dropped_mark(text, account=account, folder=folder, uid=uid):
                text = None  # a dropped body would have been text: read as it is, or not at all
        if text is None and len(raw) > MAX_PARSED_BYTES:
            raise MessageTooLarge(f"message of {len(raw)} bytes, over {MAX_PARSED_BYTES} with its text parts")
    if text is None:
        text = _text_parts(raw, mime_only, account=account, folder=folder, uid=uid)
    if text is None:
        raise UnparseableMessage("message could not be parsed")
    message, plain, html_parts = text
    header_mail = _mail_from_fields(
        _read_fields(bounded_header_fields(header_block(raw))),
        account=account,
        folder=folder,
        uid=uid,
        arrival=arrival,
        me=me,
        sent_folder=sent_folder,
    )
    body = _body_text(plain, html_parts)
    where = {"account": account, "folder": folder, "uid": uid}
    return replace(header_mail, body=body, calendar=_calendar_text(message, **where),
                   unreadable=unreadable_reason(body, message, **where))


_TextParts = tuple[email.message.Message, list[str], list[str]]


def _text_parts(raw: bytes, mime_only: bool, *, account: str, folder: str, uid: int | None) -> _TextParts | None:
    """(message, text/plain parts, text/html parts) by mail-parser, else the standard
    library; None when neither can read ``raw``."""
    raw = bounded_header_fields(raw)
    parsed = _parse_with_mailparser(mime_fields_only(raw) if mime_only else raw,
                                    account=account, folder=folder, uid=uid)
    if parsed is None:
        return _parse_with_stdlib(raw, account=account, folder=folder, uid=uid)
    return _with_undeclared_text_read(parsed)


# Charsets under which 8-bit text is undeclared: none named (US-ASCII by RFC 2045 5.2), US-ASCII,
# or a name saying the charset is not known (RFC 1428's "unknown-8bit"; "x-unknown").
_UNDECLARED_CHARSETS = (None, "us-ascii", "ascii", "unknown-8bit", "x-unknown")
# Western text in Windows-1252 is mostly US-ASCII letters; a reading with a larger share of
# other characters is a guess at another script (Shift_JIS, KOI8-R...), and is not taken.
_WESTERN_NON_ASCII_SHARE = 0.25


def _with_undeclared_text_read(parsed: _TextParts) -> _TextParts:
    """``parsed`` with its text read again when mail-parser read 8-bit bytes under no charset
    (or US-ASCII) as UTF-8 and got U+FFFD: as mail programs do, such bytes are UTF-8 when they
    decode so, else Windows-1252 when that gives Western text. Text under a declared charset is
    read as mail-parser read it. The new reading is taken only when it has fewer U+FFFD."""
    message, plain, html_parts = parsed
    if not any("\ufffd" in text for text in (*plain, *html_parts)):
        return parsed
    try:
        if not any(_undeclared_eight_bit(part) for part in message.walk()):
            return parsed
        again = _stdlib_text_parts(message, decode=_undeclared_aware_text)
    except PART_ERRORS:
        return parsed
    if sum(t.count("\ufffd") for t in (*again[0], *again[1])) >= sum(
            t.count("\ufffd") for t in (*plain, *html_parts)):
        return parsed
    return message, again[0], again[1]


def _undeclared_eight_bit(part: email.message.Message) -> bool:
    """Whether ``part`` is text holding 8-bit bytes under no charset or US-ASCII. Raise one of ``PART_ERRORS``."""
    if part.is_multipart() or part.get_content_maintype() != "text":
        return False
    if part.get_content_charset() not in _UNDECLARED_CHARSETS:
        return False
    payload = part.get_payload(decode=True)
    return isinstance(payload, bytes) and not payload.isascii()


def _undeclared_aware_text(part: email.message.Message) -> str:
    """``part``'s text as mail-parser reads it, but for 8-bit bytes under no charset (or
    US-ASCII): those are read by ``decode_bytes`` (UTF-8, else Windows-1252), the Windows-1252
    reading taken only when it gives Western text."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return str(payload or "")
    charset = part.get_content_charset()
    if charset in _UNDECLARED_CHARSETS and not payload.isascii():
        text = decode_bytes(payload, None)
        letters = [c for c in text if c.isalpha()]
        if sum(not c.isascii() for c in letters) <= _WESTERN_NON_ASCII_SHARE * max(len(letters), 1):
            return text
        charset = None  # a guess at another script: what UTF-8 makes of it, as mail-parser reads it
    return _as_mailparser_reads(payload, charset)


def _as_mailparser_reads(payload: bytes, charset: str | None) -> str:
    """``payload`` decoded as mail-parser decodes a text part: its charset (UTF-8 when none),
    bytes it cannot decode as U+FFFD; a charset no decoder knows as UTF-8."""
    try:
        return payload.decode(charset or "utf-8", "replace")
    except LookupError:
        return payload.decode("utf-8", "replace")


def _holds_dropped_mark(text: _TextParts, *, account: str, folder: str, uid: int | None) -> bool:
    """Whether a body ``without_large_attachments`` dropped is in the text that was read."""
    message, plain, html_parts = text
    calendar = _calendar_text(message, account=account, folder=folder, uid=uid)
    return any(mark in part for part in (*plain, *html_parts, calendar or "") for mark in _DROPPED_MARKS)


# ---------------------------------------------------------------------------
# Headers


def _mail_from_fields(
    raw: dict[str, str],
    *,
    account: str,
    folder: str,
    uid: int | None,
    arrival: datetime | None,
    me: frozenset[str],
    sent_folder: bool,
) -> Mail:
    from_name, from_addr = _first_address(raw.get("from", ""))
    return Mail(
        account=account,
        folder=folder,
        uid=uid,
        message_id=_message_id(raw),
        date=_message_date(raw.get("date"), arrival),
        from_addr=from_addr,
        from_name=from_name,
        to=addresses(raw.get("to", "")),
        cc=addresses(raw.get("cc", "")),
        subject=decode_header_text(raw.get("subject", "")),
        in_reply_to=message_ids(raw.get("in-reply-to", "")),
        references=message_ids(raw.get("references", "")),
        headers={name: decode_header_text(raw[name]) for name in PASSED_ON_HEADERS if name in raw},
        direction=_direction(from_addr, me, sent_folder),
    )


def bounded_header_fields(raw: bytes) -> bytes:
    """``raw`` with each header field cut to ``MAX_HEADER_FIELD`` bytes (line ends kept,
    continuation lines past the limit dropped); the body is left as it is. Both the
    header-only and the whole-message path read it, so both see the same fields.

    References and In-Reply-To list a thread oldest first (RFC 5322 section 3.6.4), so
    the ids that tie a reply to its thread are at their end: those fields keep their
    first id (the thread's root) and as many of the last ones as fit, on one line."""
    if len(raw) <= MAX_HEADER_FIELD:
        return raw  # no field can be longer: the header fields of a FETCH, nearly always
    end = len(header_block(raw))
    if end <= MAX_HEADER_FIELD:
        return raw
    lines = raw[:end].splitlines(keepends=True)
    if all(len(line) <= MAX_HEADER_FIELD for line in lines) and end <= 64 * MAX_HEADER_FIELD:
        return raw
    kept: list[bytes] = []
    field: list[bytes] = []
    for line in lines:
        if line[:1] in (b" ", b"\t") and field:
            field.append(line)
            continue
        kept += _bounded_field(field)
        field = [line]
    kept += _bounded_field(field)
    return b"".join(kept) + raw[end:]


# Fields whose newest part is their end: cut from the front (see bounded_header_fields).
_NEWEST_LAST = frozenset({b"references", b"in-reply-to"})
_ID_GAP_RE = re.compile(rb"\s+|(?<=>)(?=<)")  # between ids: spaces and folds, or "><" run together


def _bounded_field(lines: list[bytes]) -> list[bytes]:
    """One field's lines (its first line and continuations), cut to ``MAX_HEADER_FIELD``."""
    if sum(map(len, lines)) <= MAX_HEADER_FIELD:
        return lines
    name, colon, _ = lines[0].partition(b":")
    if colon and name.strip().lower() in _NEWEST_LAST:
        return [_newest_ids(lines)]
    kept: list[bytes] = []
    used = 0
    for line in lines:
        used += len(line)
        if used <= MAX_HEADER_FIELD:
            kept.append(line)
            continue
        room = MAX_HEADER_FIELD - (used - len(line))
        if room > 0:
            ending = line[len(line.rstrip(b"\r\n")):]
            kept.append(line[: max(room - len(ending), 1)] + ending)
        break
    return kept


def _newest_ids(lines: list[bytes]) -> bytes:
    """A References-like field of ``lines`` as one line of at most ``MAX_HEADER_FIELD``
    bytes: its first id and as many of its last ones as fit, in their order."""
    data = b"".join(lines)
    body = data.rstrip(b"\r\n")
    ending = data[len(body):]
    name, _, value = body.partition(b":")
    tokens = [t for t in _ID_GAP_RE.split(value) if t]
    budget = MAX_HEADER_FIELD - len(name) - 2 - len(ending)
    first = tokens[:1] if tokens and len(tokens[0]) < budget // 2 else []
    used = sum(map(len, first))
    last: list[bytes] = []
    for token in reversed(tokens[len(first):]):
        if used + len(token) + 1 > budget:
            break
        last.append(token)
        used += len(token) + 1
    return name + b": " + b" ".join([*first, *reversed(last)]) + ending


def header_fields(block: bytes) -> dict[str, str]:
    """Lower-cased name -> unfolded value (first occurrence) of a header block.

    The header-only path reads every new message, so it does without the stdlib parser
    but follows its compat32 rules line for line (which lines are fields, continuations,
    envelope lines or the end of the header), so that a message read whole gets the same
    fields and hence the same synthetic Message-ID.
    """
    plain = _plain_header_fields(block)
    if plain is not None:
        return plain
    fields: dict[str, str] = {}
    name = ""
    parts: list[bytes] = []
    for line in block.splitlines(keepends=True):
        if line[:1] in (b" ", b"\t"):
            if name:
                parts.append(line)
            continue  # a continuation with nothing to continue is dropped
        if name:
            _keep_first(fields, name, parts)
            name = ""
        if line.startswith(b"From "):
            continue  # an mbox envelope line, not a field
        start = _FIELD_NAME_RE.match(line)
        if start is None:
            break  # the blank line, or a body line where the blank line was missing
        colon = start.end() - 1
        if colon == 0:
            continue  # no field name: skipped, as the stdlib does
        name = line[:colon].decode("ascii").strip().lower()
        parts = [line[colon + 1 :].lstrip(b" \t")]
    if name:
        _keep_first(fields, name, parts)
    return fields


def _plain_header_fields(block: bytes) -> dict[str, str] | None:
    """The same, one regular expression per field, for a block of well-formed fields only
    (what an IMAP server answers nearly always); None when any line needs the rules."""
    fields: dict[str, str] = {}
    position, end = 0, len(block)
    while position < end:
        found = _PLAIN_FIELD_RE.match(block, position)
        if found is None:
            return fields if block.startswith((b"\r", b"\n"), position) else None
        name = found.group(1).decode("ascii").lower()
        if name not in fields:
            value = found.group(2)
            text = value.decode("ascii") if value.isascii() else decode_bytes(value, None)
            # The text, not the bytes, looked at: the same line ends (every reading above
            # keeps US-ASCII as it is), without the TypeError ``bytes in bytes`` makes and
            # drops (see watcher.sources.imap.search.screened_answers).
            fields[name] = _unfold(text) if "\n" in text else text.strip()
        position = found.end()
    return fields


def _keep_first(fields: dict[str, str], name: str, parts: list[bytes]) -> None:
    if name in fields:
        return
    value = b"".join(parts).rstrip(b"\r\n")
    text = value.decode("ascii") if value.isascii() else decode_bytes(value, None)
    fields[name] = _unfold(text)


def _read_fields(raw: bytes) -> dict[str, str]:
    try:
        return header_fields(raw)
    except Exception as exc:  # the reader is lenient; this is a last resort
        raise UnparseableMessage(f"header could not be read: {type(exc).__name__}") from exc


def header_block(raw: bytes) -> bytes:
    """The header of a whole message: everything up to and including the first empty line
    (CRLF, LF or CR line ends, mixed too), or all of it when there is none. What
    ``header_fields`` reads of the result is what it reads of the whole message."""
    end = _BLANK_LINE_RE.search(raw)
    return raw[: end.end()] if end else raw


def _unfold(value: str) -> str:
    return _FOLDING_RE.sub(" ", value).strip()


def decode_header_text(value: str) -> str:
    """Decode RFC 2047 encoded words; unknown charsets and bad bytes never raise."""
    if "=?" not in value:
        return value.strip()
    value = value[:MAX_HEADER_FIELD]
    try:
        chunks = email.header.decode_header(value)
    except Exception:
        return value.strip()
    words = [chunk if isinstance(chunk, str) else decode_bytes(chunk, charset) for chunk, charset in chunks]
    return _SPACES_RE.sub(" ", "".join(words)).strip()


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Declared charset, else UTF-8, else Windows-1252 (what 8-bit mail mostly is)."""
    for candidate in (charset, "utf-8"):
        if not candidate or candidate.lower() in ("unknown-8bit", "x-unknown"):
            continue
        try:
            return data.decode(candidate)
        except (LookupError, UnicodeError, ValueError):  # ValueError: a NUL in the charset's name
            continue
    return data.decode("cp1252", "replace")


def _first_address(value: str) -> tuple[str, str]:
    pairs = _address_pairs(value)
    return pairs[0] if pairs else ("", "")


def addresses(value: str) -> tuple[str, ...]:
    """The lower-cased addresses of an address-list field (From, To, Cc, Reply-To ...), in
    order; groups, comments and display names are read as RFC 5322 section 3.4 says."""
    return tuple(addr for _, addr in _address_pairs(value))


def _address_pairs(value: str) -> list[tuple[str, str]]:
    """(display name, lower-cased address) pairs; names decoded after splitting.

    A field holding no address until its encoded words are decoded (the whole mailbox in
    one, ``=?utf-8?q?In=C3=AAs_Carvalho_=3Cines=40contoso=2Ept=3E?=``, which RFC 2047
    section 5 forbids but some mailers write) is read once more decoded, as mail readers
    show it; a field with an address as written keeps it."""
    pairs = _split_address_pairs(value)
    if pairs or "=?" not in value:
        return pairs
    decoded = decode_header_text(value)
    return _split_address_pairs(decoded) if "@" in decoded and "=?" not in decoded else []


def _split_address_pairs(value: str) -> list[tuple[str, str]]:
    if not value:
        return []
    pairs = _simple_address_pairs(value)
    if pairs is None:
        try:
            pairs = email.utils.getaddresses([value])
        except Exception:
            return []
    result = []
    for name, addr in pairs:
        addr = addr.strip().lower()
        if "@" in addr:
            result.append((decode_header_text(name), addr))
    return result


def _simple_address_pairs(value: str) -> list[tuple[str, str]] | None:
    """What getaddresses answers, for the plain lists most mail has; None for anything else.

    The stdlib's address parser is a character-by-character state machine, and every
    new message has a From, To and often Cc to read.
    """
    pairs = []
    position = 0
    while position < len(value):
        found = _SIMPLE_MAILBOX_RE.match(value, position)
        if found is None or found.end() == position:
            return None
        bare, quoted_name, quoted_addr, phrase, phrase_addr = found.groups()
        if bare is not None:
            pairs.append(("", bare))
        elif quoted_addr is not None:
            pairs.append((quoted_name, quoted_addr))
        else:
            pairs.append((" ".join((phrase or "").split()), phrase_addr))
        position = found.end()
    return pairs


def message_ids(value: str) -> tuple[str, ...]:
    """Every Message-ID in a Message-ID, In-Reply-To or References value, as "<id>", in order.

    RFC 5322 section 3.6.4 wants each id in angle brackets; real mailers omit them, run
    ids together, leave a stray "<" or add comments and "Your message of ..." text. This
    reads leniently: comments and quoted strings are dropped, then every bracketed token
    and every bare token of the form local@domain counts (a trailing "." or ":" of running
    text dropped). Duplicates are kept once. Never raises.
    """
    if not value:
        return ()
    text = value
    for _ in range(4):  # nested comments, innermost first
        text, count = _COMMENT_RE.subn(" ", text)
        if not count:
            break
    text = _QUOTED_RE.sub(" ", text)
    found: list[str] = []
    for bracketed, bare in _MSGID_TOKEN_RE.findall(text):
        token = bracketed or bare.rstrip(".:")
        if bare and (token.startswith("@") or token.endswith("@")):
            continue
        token = f"<{token}>"
        if token not in found:
            found.append(token)
    return tuple(found)


def _message_id(raw: dict[str, str]) -> str:
    value = raw.get("message-id", "")
    ids = message_ids(value)
    if ids:
        return ids[0]
    bare = value.strip().strip("<>").strip()
    if bare and not _SPACES_RE.search(bare):
        return f"<{bare}>"
    return synthetic_message_id(raw)


def synthetic_message_id(raw: dict[str, str]) -> str:
    """Stable id from the identifying headers, normalised so re-reads agree."""
    normalised = "\n".join(
        f"{name}:{_SPACES_RE.sub(' ', decode_header_text(raw.get(name, ''))).strip().lower()}"
        for name in IDENTITY_HEADERS
    )
    digest = hashlib.sha256(normalised.encode("utf-8")).hexdigest()
    return f"<{digest}@{SYNTHETIC_ID_DOMAIN}>"


# A sender's clock may be wrong; a Date this far past the arrival is not believed, or the
# message would stay "in the future", out of every report and decision, for as long.
FUTURE_DATE_SLACK = timedelta(days=1)


def _message_date(value: str | None, arrival: datetime | None) -> datetime:
    parsed = _parse_date(value) if value else None
    if parsed is not None and (arrival is None or parsed - _as_utc(arrival) <= FUTURE_DATE_SLACK):
        return parsed
    if arrival is not None:
        return _as_utc(arrival)
    raise UnparseableMessage("message has no usable Date header and no arrival date")


def _parse_date(value: str) -> datetime | None:
    simple = _SIMPLE_DATE_RE.fullmatch(value)
    try:
        parsed = _simple_date(simple) if simple else email.utils.parsedate_to_datetime(value)
        return _as_utc(parsed) if parsed is not None else None
    except (TypeError, ValueError, IndexError, OverflowError):
        return None  # "31 Dec 9999 23:59:59 -1200" is past the last moment Python can hold in UTC


def _simple_date(found: re.Match[str]) -> datetime:
    """The usual RFC 5322 date, read as parsedate_to_datetime reads it (offset rules too)."""
    day, month, year, hour, minute, second, sign, zone_hours, zone_minutes = found.groups()
    moment = datetime(int(year), _MONTHS[month], int(day), int(hour), int(minute), int(second))
    if sign == "-" and zone_hours == zone_minutes == "00":
        return moment  # "-0000": the zone is unknown, read as UTC
    offset = (int(zone_hours) * 3600 + int(zone_minutes) * 60) * (-1 if sign == "-" else 1)
    return moment.replace(tzinfo=timezone(timedelta(seconds=offset)))


def _as_utc(moment: datetime) -> datetime:
    # A date without a zone ("-0000" or none at all) is taken as UTC.
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)  # OverflowError at the ends of the calendar (year 1 or 9999)


def _direction(from_addr: str, me: frozenset[str], sent_folder: bool) -> Direction:
    if sent_folder or (from_addr and from_addr in me):
        return "sent"
    return "received"


# ---------------------------------------------------------------------------
# Whole messages


# The header fields mail-parser reads the body and the parts by (RFC 2045, RFC 2183).
_MIME_FIELD_NAMES = (b"content-", b"mime-version:")


def mime_fields_only(raw: bytes) -> bytes:
    """``raw`` as mail-parser needs it for the body and the parts: the top-level header
    keeps its MIME fields (Content-*, MIME-Version) and drops the rest, which mail-parser
    would only parse for its own report (addresses, dates, every Received field: more
    than half of its time) and watcher reads with ``header_fields``.

    A field holding 8-bit bytes or an encoded word ("=?") stays: mail-parser may fail on
    one (a display name's broken encoded word), and a message it fails on is read by the
    standard library instead, from ``raw``, so it must fail on the same messages. A header
    that is not only plain fields and their continuation lines up to an empty line (an
    mbox "From " line, a missing empty line, a field without a name) is left as it is:
    how the parser reads those is its own. ``tests/test_parse_whole.py`` checks that the
    classifier sees the same Mail either way."""
    end = _BLANK_LINE_RE.search(raw)
    if end is None:
        return raw  # no empty line: all of it is header as far as this reads
    kept: list[bytes] = []
    field: list[bytes] = []
    position = 0
    for line in raw[: end.end()].splitlines(keepends=True):
        if line[:1] in (b" ", b"\t"):
            if not field:
                return raw  # a continuation with nothing to continue
            field.append(line)
        elif line in (b"\n", b"\r\n", b"\r"):
            _keep_mime_field(field, kept)
            return b"".join(kept) + raw[position:]  # the empty line and the body as they are
        elif _FIELD_NAME_RE.match(line) is None or line[:1] == b":":
            return raw  # not a field line (an envelope line, a nameless field)
        else:
            _keep_mime_field(field, kept)
            field = [line]
        position += len(line)
    return raw


@functools.cache
def _base64_body_re(lines: int) -> re.Pattern[bytes]:
    """A part body of at least ``lines`` base64 lines (RFC 2045 section 6.8) right after
    its header's empty line (possessive: no backtracking state kept per line)."""
    return re.compile(rb"(?:(?<=\n\n)|(?<=\n\r\n))(?:[A-Za-z0-9+/=]{1,998}+\r?\n){%d,}+" % lines)

# The media types whose parts classification never reads (RFC 2046, RFC 8081).
_NON_TEXT_TYPES = frozenset({"application", "image", "audio", "video", "font", "model"})
# Subtypes read as text whatever their main type (mail-parser goes by the subtype alone).
_TEXT_SUBTYPES = frozenset({"plain", "html", "calendar"})


# What a dropped body is replaced with: one base64 line, whose text (and decoded text)
# found in a text part means the parser did not see it as a file's part.
_DROPPED_TEXT = b"watcher: attached file not read"
_DROPPED_BODY = base64.b64encode(_DROPPED_TEXT)
_DROPPED_MARKS = (_DROPPED_TEXT.decode(), _DROPPED_BODY.decode().rstrip("="))


def without_large_attachments(raw: bytes, least: int | None = None) -> bytes:
    """``raw`` with the body of each large attached file replaced by one line (a mark
    ``parse_message`` looks for in the text it reads): a base64 body of at
    least ``least`` bytes (default ``MAX_ATTACHMENT_BYTES``; counted as lines of 76
    characters and a line end) whose part header (between a boundary delimiter line
    and the body, RFC 2046 section 5.1.1) names a non-text media type and base64, and
    which the same delimiter closes. Everything else stays byte for byte, so the text
    parts, the calendar part and the structure read the same; a body not surely of that
    shape is kept."""
    kept: list[bytes] = []
    position = 0
    lines = max(1, (MAX_ATTACHMENT_BYTES if least is None else least) // 78)
    for body in _base64_body_re(lines).finditer(raw):
        if body.start() < position or not _attached_file(raw, body.start(), body.end()):
            continue
        ending = b"\r\n" if raw.endswith(b"\r\n", 0, body.end()) else b"\n"
        kept += (raw[position:body.start()], _DROPPED_BODY, ending)
        position = body.end()
    if not kept:
        return raw
    kept.append(raw[position:])
    return b"".join(kept)


def _attached_file(raw: bytes, start: int, end: int) -> bool:
    """Whether raw[start:end], a base64 body, is a whole non-text part's body."""
    line = raw.rfind(b"\n--", max(0, start - MAX_HEADER_FIELD), start)
    if line < 0:
        return False
    header_start = raw.find(b"\n", line + 1) + 1
    delimiter = raw[line + 1 : header_start].rstrip(b" \t\r\n")
    header = raw[header_start:start]
    if len(delimiter) < 3 or len(header_block(header)) != len(header):
        return False  # the body does not follow the first empty line after the delimiter
    closing = raw[end : end + len(delimiter) + 4].lstrip(b"\r\n")
    if not closing.startswith(delimiter):
        return False
    fields = header_fields(header)
    media = fields.get("content-type", "").split(";", 1)[0].strip().lower()
    maintype, _, subtype = media.partition("/")
    return (maintype in _NON_TEXT_TYPES and subtype not in _TEXT_SUBTYPES
            and fields.get("content-transfer-encoding", "").strip().lower() == "base64")


def _keep_mime_field(field: list[bytes], kept: list[bytes]) -> None:
    if not field:
        return
    if field[0].lower().startswith(_MIME_FIELD_NAMES) or any(
        not line.isascii() or b"=?" in line for line in field
    ):
        kept.extend(field)


def _parse_with_mailparser(
    raw: bytes, *, account: str, folder: str, uid: int | None
) -> _TextParts | None:
    import mailparser  # imported here: only whole-message parsing needs it

    try:
        parsed = mailparser.MailParser.from_bytes(raw)
        message = parsed.message
        plain = list(parsed.text_plain)
        html_parts = list(parsed.text_html)
    except Exception as exc:  # mail-parser has known crashes on odd mail; the stdlib gets a turn
        log.info("mailparser_failed", account=account, folder=folder, uid=uid, error=type(exc).__name__)
        return None
    if message is None or (not plain and not html_parts and _boundless_multipart(message)):
        return None  # a multipart without a boundary: its text is read by the stdlib below
    return message, [_shifted_text(p) for p in plain], [_shifted_text(h) for h in html_parts]


def _shifted_text(text: str) -> str:
    """``text`` with ISO-2022 escape sequences decoded (RFC 1468 ISO-2022-JP and its
    extension ISO-2022-JP-2, RFC 1554): those charsets are 7-bit, and mail-parser hands a
    7-bit part on as it came, escape sequences and all. Anything else is left as it is."""
    if "\x1b" not in text or not text.isascii():
        return text
    try:
        return text.encode("ascii").decode("iso2022_jp_2")
    except UnicodeError:
        return text


def _boundless_multipart(message: email.message.Message) -> bool:
    """A message that says multipart/* but has no boundary (RFC 2046 requires one): its
    body is one block of text, which mail-parser leaves unread."""
    return message.get_content_maintype() == "multipart" and not message.is_multipart()


def _parse_with_stdlib(
    raw: bytes, *, account: str, folder: str, uid: int | None
) -> _TextParts | None:
    try:
        message = email.message_from_bytes(raw, policy=compat32)
        plain, html_parts = _stdlib_text_parts(message)
    except Exception as exc:
        log.warning("message_unparseable", account=account, folder=folder, uid=uid, error=type(exc).__name__)
        return None
    return message, plain, html_parts


def _stdlib_text_parts(
    message: email.message.Message, decode: Callable[[email.message.Message], str] | None = None
) -> tuple[list[str], list[str]]:
    """The message's text/plain and text/html parts (attachments aside), each read by
    ``decode`` (default: its declared charset, else UTF-8, else Windows-1252)."""
    decode = decode or _part_text
    plain: list[str] = []
    html_parts: list[str] = []
    for part in message.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        kind = "text/plain" if _boundless_multipart(part) else part.get_content_type()
        if kind not in ("text/plain", "text/html"):
            continue
        text = decode(part)
        (plain if kind == "text/plain" else html_parts).append(text)
    return plain, html_parts


def _opens_meeting_or_booking(url: str) -> bool:
    """Whether a link opens a video meeting or a booking page (``watcher.match``): an
    invitation written in HTML alone carries its meeting's link only in its markup."""
    from watcher.match import opens_meeting_or_booking  # the platform lists are matching's: import on use

    return opens_meeting_or_booking(url)


def _part_text(part: email.message.Message) -> str:
    payload = part.get_payload(decode=True)
    if isinstance(payload, bytes):
        return decode_bytes(payload, part.get_content_charset())
    return str(payload or "")


def _body_text(plain: list[str], html_parts: list[str]) -> str:
    text = "\n".join(p for p in plain if p.strip())
    if not text.strip():
        text = "\n".join(html_to_text(h, keep_link=_opens_meeting_or_booking) for h in html_parts)
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return text[:MAX_BODY_CHARS]


# Characters that are no text: U+FFFD, which decoders put for bytes the charset could not
# decode, and control characters other than line ends and tabs (binary bytes; ESC is left
# out, it opens the shifts of ISO-2022 charsets).
_UNDECODED_RE = re.compile(r"[\ufffd\x00-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f\x7f-\x9f]")
_WHITESPACE_RE = re.compile(r"\s")
# A body with more than this share of its visible characters undecoded is not read: real
# text in any script and any correctly declared charset has none.
UNDECODED_SHARE = 0.05


# What looking through a parsed message's parts can raise (the email package, Lib/email/,
# and the codecs it calls): RecursionError, since walk() recurses once per level of nesting,
# so a message nested nearly as deep as the parser allows (981 levels from the top of the
# stack) overflows when walked from further down; the package's own MessageError
# (HeaderParseError...), from a Content-Type read under a policy other than compat32; and
# LookupError or UnicodeError from the codec of a declared charset. Anything else is a bug
# and goes on up.
PART_ERRORS: tuple[type[Exception], ...] = (RecursionError, email.errors.MessageError, LookupError, UnicodeError)
PARTS_UNREAD = "its parts could not be looked through"


def _parts_not_read(exc: Exception, *, account: str, folder: str, uid: int | None) -> None:
    """Log that a message's parts could not be looked through: where it is and the error's
    type, never its text."""
    log.warning("message_parts_unreadable", account=account, folder=folder, uid=uid, error=type(exc).__name__)


def unreadable_reason(body: str, message: email.message.Message, *, account: str, folder: str,
                      uid: int | None) -> str | None:
    """Why ``body`` (the text ``parse_message`` made of ``message``) cannot be read, or None.

    Measured, never read for wording: more than ``UNDECODED_SHARE`` of its visible
    characters are bytes its charset could not decode (U+FFFD) or control characters
    (binary bytes: broken base64, a wrong or unknown charset, UTF-16 declared as 8-bit);
    or it holds no text at all while the message has a part that is not text (an
    attachment) or HTML that shows only images (a letter sent as a picture): what it says
    is for the user to look at; or the text read comes from a part whose charset no decoder
    knows and that holds 8-bit bytes (``_unknown_charset``): each of those bytes is a guess,
    and a guess in the one word that decides ("müssen", "não") turns a reply into another.
    A calendar part is read apart (``Mail.calendar``) and does not count. A message without
    text whose parts cannot be looked through (``PART_ERRORS``) is unreadable too, and logged
    with ``account``, ``folder`` and ``uid``: its news is unknown, never none."""
    visible = len(body) - len(_WHITESPACE_RE.findall(body))
    if visible == 0:
        try:
            if _has_attachment(message):
                return "it has no text, only an attachment"
            return "it has no text, only an image" if _has_image(message) else None
        except PART_ERRORS as exc:
            _parts_not_read(exc, account=account, folder=folder, uid=uid)
            return PARTS_UNREAD
    try:
        unknown = _unknown_charset(message)
    except PART_ERRORS as exc:  # the parser read the text all the same: it is measured below
        _parts_not_read(exc, account=account, folder=folder, uid=uid)
        unknown = None
    if unknown is not None:
        return f"its text is in a charset no decoder knows ({unknown[:40]!r})"
    undecoded = len(_UNDECODED_RE.findall(body))
    if undecoded > UNDECODED_SHARE * visible:
        return f"its text does not decode ({undecoded} of {visible} characters are undecodable bytes)"
    return None


def _unknown_charset(message: email.message.Message) -> str | None:
    """The charset name of a text part the body was read from (its text/plain parts, else its
    HTML) when no decoder knows it and the part holds 8-bit bytes; else None. A name that says
    the charset is not known ("unknown-8bit") is read as undeclared text and is not one.
    Raise one of ``PART_ERRORS``."""
    parts = [(part, part.get_payload(decode=True)) for part in message.walk() if not part.is_multipart()
             and part.get_content_disposition() != "attachment"
             and part.get_content_type() in ("text/plain", "text/html")]
    plain = [(part, payload) for part, payload in parts
             if part.get_content_type() == "text/plain" and isinstance(payload, bytes) and payload.strip()]
    for part, payload in plain or parts:
        charset = part.get_content_charset()
        if charset in _UNDECLARED_CHARSETS or _known_charset(charset):
            continue
        if isinstance(payload, bytes) and not payload.isascii():
            return charset
    return None


@functools.cache
def _charset_labels() -> dict[str, str]:
    """Charset names Python's codecs lack, each with the codec that reads it
    (``watcher/data/charset_labels.txt``, from the WHATWG Encoding Standard), keyed lower-case
    with "-" for "_"."""
    from importlib import resources

    text = (resources.files("watcher") / "data" / "charset_labels.txt").read_text(encoding="utf-8")
    labels = {}
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            label, codec = line.split()
            labels[label.lower().replace("_", "-")] = codec
    return labels


def _labelled_codec(name: str) -> codecs.CodecInfo | None:
    """The codec for a charset name of ``_charset_labels`` (a codecs search function: every
    decoder, mail-parser's too, then reads those names), else None."""
    codec = _charset_labels().get(name.lower().replace("_", "-"))
    return codecs.lookup(codec) if codec else None


codecs.register(_labelled_codec)


def _known_charset(name: str) -> bool:
    try:
        codecs.lookup(name)
    except (LookupError, ValueError):  # ValueError: a NUL in the name
        return False
    return True


def _has_attachment(message: email.message.Message) -> bool:
    """Whether ``message`` has a part that is not text. Raise one of ``PART_ERRORS``."""
    return any(not part.is_multipart() and part.get_content_maintype() != "text" for part in message.walk())


_IMAGE_TAG_RE = re.compile(r"<img\b", re.IGNORECASE)


def _has_image(message: email.message.Message) -> bool:
    """Whether an HTML part of ``message`` shows an image (``<img>``). Raise one of ``PART_ERRORS``."""
    return any(
        part.get_content_type() == "text/html" and _IMAGE_TAG_RE.search(_part_text(part)) is not None
        for part in message.walk()
    )


def _calendar_text(message: email.message.Message, *, account: str, folder: str, uid: int | None) -> str | None:
    """The first text/calendar part, inline or attached; None when there is none, or when
    the parts cannot be looked through (``PART_ERRORS``, logged with where the message is)."""
    try:
        for part in message.walk():
            if part.get_content_type() == "text/calendar":
                return _part_text(part)
    except PART_ERRORS as exc:
        _parts_not_read(exc, account=account, folder=folder, uid=uid)
    return None


# ---------------------------------------------------------------------------
# HTML to text


_QUOTE_OPEN = "\x00quote+\x00"
_QUOTE_CLOSE = "\x00quote-\x00"


class _TextExtractor(HTMLParser):
    """Collects visible text; blocks become line breaks, a table's cells are set apart by a
    space, scripts and styles vanish, and a
    ``<blockquote>`` becomes lines marked "> " as a plain-text reply quotes (so the quoted
    history is cut off like any other)."""

    _SKIPPED = frozenset({"script", "style", "head", "title", "noscript", "template"})
    # A table's cells stand apart on their row: "Dienst | Kennenlerngespräch" is two words.
    _CELLS = frozenset({"td", "th"})
    _BLOCKS = frozenset(
        {
            "p",
            "div",
            "br",
            "li",
            "ul",
            "ol",
            "tr",
            "table",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "section",
            "article",
            "header",
            "footer",
            "hr",
            "pre",
        }
    )

    def __init__(self, keep_link: Callable[[str], bool] | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self._keep_link = keep_link
        self._link: tuple[str, int] | None = None  # a kept link's target, and where its text starts
        self._skipping = 0
        # An element the reader never sees (a mailer's hidden preheader, "display:none"):
        # its tag and how many of that tag are open inside it.
        self._hidden: tuple[str, int] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._hidden is not None:
            if tag == self._hidden[0]:
                self._hidden = (tag, self._hidden[1] + 1)
            return
        if tag not in _VOID_TAGS and _hidden(attrs):
            self._hidden = (tag, 1)
            return
        if tag in self._SKIPPED:
            self._skipping += 1
        elif tag == "blockquote":
            self.chunks.append(f"\n{_QUOTE_OPEN}\n")
        elif tag in self._BLOCKS:
            self.chunks.append("\n")
        elif tag in self._CELLS:
            self.chunks.append(" ")
        elif tag == "a" and self._keep_link is not None and not self._skipping:
            target = next((value for name, value in attrs if name == "href" and value), None)
            if target and target.lower().startswith(("https://", "http://")) and self._keep_link(target):
                self._link = (target.strip(), len(self.chunks))

    def handle_endtag(self, tag: str) -> None:
        if self._hidden is not None:
            if tag == self._hidden[0]:
                self._hidden = None if self._hidden[1] == 1 else (tag, self._hidden[1] - 1)
            return
        if tag in self._SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag == "blockquote":
            self.chunks.append(f"\n{_QUOTE_CLOSE}\n")
        elif tag in self._BLOCKS:
            self.chunks.append("\n")
        elif tag == "a" and self._link is not None:
            target, start = self._link
            self._link = None
            if target not in "".join(self.chunks[start:]):
                self.chunks.append(f" <{target}>")

    def handle_data(self, data: str) -> None:
        if not self._skipping and self._hidden is None:
            self.chunks.append(data)


_VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)
_HIDING_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all", re.IGNORECASE)


def _hidden(attrs: list[tuple[str, str | None]]) -> bool:
    """Whether an element's attributes hide it from the reader (``hidden``, or a style with
    ``display: none``, ``visibility: hidden`` or Outlook's ``mso-hide: all``)."""
    for name, value in attrs:
        if name == "hidden" or (name == "style" and value and _HIDING_STYLE.search(value)):
            return True
    return False


def html_to_text(markup: str, keep_link: Callable[[str], bool] | None = None) -> str:
    """Visible text of an HTML part, entities unescaped, blank runs collapsed. A link whose
    target ``keep_link`` accepts is followed by its target in angle brackets, as a plain-text
    part writes it ("Click here to join the meeting <https://teams.microsoft.com/l/...>");
    the targets of other links are left out."""
    extractor = _TextExtractor(keep_link)
    try:
        extractor.feed(markup)
        extractor.close()
        text = "".join(extractor.chunks)
    except Exception:  # broken markup: fall back to crude tag stripping
        text = html.unescape(re.sub(r"<[^>]*>", " ", markup))
    return _join_paragraphs(_quoted_lines(_collapse_spaces(line) for line in text.splitlines()))


def _quoted_lines(lines: Iterable[str]) -> Iterator[str]:
    """Lines inside blockquote marks prefixed "> " once per level; the marks themselves dropped."""
    depth = 0
    for line in lines:
        if line == _QUOTE_OPEN:
            depth += 1
        elif line == _QUOTE_CLOSE:
            depth = max(0, depth - 1)
        else:
            yield "> " * depth + line if depth and line else line


def _collapse_spaces(line: str) -> str:
    return re.sub(r"[ \t\u00a0]+", " ", line).strip()


def _join_paragraphs(lines: Iterable[str]) -> str:
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()
