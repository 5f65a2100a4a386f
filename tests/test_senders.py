"""One list of no-reply addresses, read the same way by classification, the schedule and the drafts."""

from __future__ import annotations

import pytest

from watcher.notify.drafts import contact_name
from watcher.senders import is_no_reply


@pytest.mark.parametrize(
    "address",
    [
        "no-reply@ashbyhq.com",
        "No_Reply@lever.co",
        "noreply@greenhouse.io",
        "do-not-reply@myworkday.com",
        "DoNotReply@icims.com",
        "jobs-noreply@linkedin.com",
        "noreply.careers@acme.example",
        "MAILER-DAEMON@mx.example",
        "postmaster@acme.example",
        "notifications@calendly.com",
    ],
)
def test_no_reply_addresses_in_their_usual_spellings(address: str) -> None:
    assert is_no_reply(address)
    assert contact_name(address) is None  # a draft never greets a machine by name


@pytest.mark.parametrize("address", ["anna.berg@acme.example", "nora.reyes@acme.example", "replies@acme.example"])
def test_people_and_mailboxes_that_are_read_are_not_no_reply(address: str) -> None:
    assert not is_no_reply(address)
