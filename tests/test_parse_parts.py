"""Looking through a message's parts (an attachment, an image, a calendar): what the email
package can raise there leaves the message unreadable (its news unknown) and is logged with
account, folder and UID, never its text; anything else is a bug and is not hidden."""

from __future__ import annotations

import email
import sys
from email.message import Message
from email.policy import compat32

import pytest
from structlog.testing import capture_logs

from watcher.parse import PARTS_UNREAD, unreadable_reason

WHERE = {"account": "work", "folder": "INBOX", "uid": 4711}
SECRET = b"iVBORw0KGgoSECRET="


def _nested(levels: int) -> bytes:
    """An image only, inside ``levels`` multipart/mixed parts: no text at all."""
    body = b"Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n" + SECRET + b"\r\n"
    for n in range(levels):
        body = (b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (n, n)) + body + b"\r\n--b%d--\r\n" % n
    return b"From: hr@acme.example\r\nSubject: Re: interview\r\nMIME-Version: 1.0\r\n" + body


def _deepest_parsed() -> Message:
    """The most deeply nested message the parser reads from here (limited by the stack)."""
    low, high = 10, sys.getrecursionlimit()
    while low < high - 1:
        middle = (low + high) // 2
        try:
            email.message_from_bytes(_nested(middle), policy=compat32)
            low = middle
        except RecursionError:
            high = middle
    return email.message_from_bytes(_nested(low), policy=compat32)


def _from_deeper(frames: int, message: Message) -> str | None:
    if frames:
        return _from_deeper(frames - 1, message)
    return unreadable_reason("", message, **WHERE)


def test_a_message_too_deep_to_look_through_is_unreadable_and_logged_without_its_text():
    message = _deepest_parsed()
    with capture_logs() as logs:
        reason = _from_deeper(100, message)  # a scan looks at parts from further down the stack
    assert reason == PARTS_UNREAD
    [logged] = [e for e in logs if e["event"] == "message_parts_unreadable"]
    assert (logged["account"], logged["folder"], logged["uid"], logged["error"]) == ("work", "INBOX", 4711,
                                                                                    "RecursionError")
    assert SECRET.decode() not in repr(logs)


def test_the_same_message_looked_through_from_the_top_is_an_image_only():
    message = email.message_from_bytes(_nested(20), policy=compat32)
    with capture_logs() as logs:
        assert unreadable_reason("", message, **WHERE) == "it has no text, only an attachment"
    assert logs == []


def test_a_programming_error_in_the_parts_is_not_hidden():
    message = email.message_from_bytes(_nested(2), policy=compat32)
    message.get_payload()[0].set_payload(["a part that is no message"])  # what only a bug could build
    with pytest.raises(AttributeError):
        unreadable_reason("", message, **WHERE)
