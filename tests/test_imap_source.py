"""The IMAP edge (watcher/sources/imap/) against a real Dovecot on loopback."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from tests.fixtures_dovecot import UNUSUAL_SENT_NAME, free_port, imap_account
from watcher.sources import SourceError, diagnose, open_source
from watcher.sources.imap import (
    AuthenticationFailed,
    CommandRefused,
    FolderMissing,
    SecretUnavailable,
    ServerUnreachable,
    TlsError,
)
from watcher.sources.imap.fetch import HEADER_ITEM, fast_path_used, fetch_items, sequence_set
from watcher.sources.imap.session import ImapSource


def message(number: int, subject: str = "Hello") -> bytes:
    return (
        f"Message-ID: <m{number}@acme.example>\r\n"
        "Date: Tue, 05 Mar 2024 10:15:00 +0000\r\n"
        "From: Jane <jane@acme.example>\r\n"
        "To: me@example.org\r\n"
        f"Subject: {subject} {number}\r\n"
        "\r\n"
        f"Body {number}\r\n"
    ).encode()


def password_of(mailbox):
    return lambda: mailbox.password


def test_reads_headers_and_messages_without_marking_seen(dovecot) -> None:
    uids = [dovecot.append("INBOX", message(n)) for n in range(1, 4)]
    with open_source(imap_account(dovecot), password_of(dovecot)) as source:
        status = source.status("INBOX")
        assert status.uidnext == max(uids) + 1
        assert source.search_after("INBOX", 0) == uids
        headers = source.fetch_headers("INBOX", uids)
        assert [h.uid for h in headers] == uids
        assert b"Subject: Hello 2" in headers[1].header_bytes
        assert b"Body" not in headers[1].header_bytes
        whole = source.fetch_messages("INBOX", uids[:1])
        assert whole[0].raw.endswith(b"Body 1\r\n")
    assert all(b"\\Seen" not in flags for flags in dovecot.flags("INBOX").values())


def test_search_after_drops_the_newest_message_at_or_below_the_cursor(dovecot) -> None:
    uids = [dovecot.append("INBOX", message(n)) for n in range(1, 3)]
    with open_source(imap_account(dovecot), password_of(dovecot)) as source:
        assert source.search_after("INBOX", uids[-1]) == []
        assert source.search_after("INBOX", uids[0]) == uids[1:]


def test_search_since_uses_arrival_date(dovecot) -> None:
    old = dovecot.append("INBOX", message(1), msg_time=datetime(2020, 1, 1, tzinfo=UTC))
    new = dovecot.append("INBOX", message(2), msg_time=datetime(2024, 3, 5, tzinfo=UTC))
    with open_source(imap_account(dovecot), password_of(dovecot)) as source:
        assert source.search_since("INBOX", date(2023, 1, 1)) == [new]
        assert old not in source.search_since("INBOX", date(2023, 1, 1))
        arrival = source.fetch_headers("INBOX", [new])[0].arrival
    assert arrival == datetime(2024, 3, 5, tzinfo=UTC)


def test_sent_folder_found_by_special_use_under_an_unusual_name(dovecot_server) -> None:
    mailbox = dovecot_server.new_mailbox(folders=(UNUSUAL_SENT_NAME,))
    with open_source(imap_account(mailbox), password_of(mailbox)) as source:
        folders = source.folders()
        assert source.notes == []
    assert [(f.name, f.role) for f in folders] == [("INBOX", "inbox"), (UNUSUAL_SENT_NAME, "sent")]


def test_configured_sent_folder_wins(dovecot) -> None:
    dovecot.create_folder("My Sent")
    with open_source(imap_account(dovecot, sent_folder="My Sent"), password_of(dovecot)) as source:
        assert ("My Sent", "sent") in [(f.name, f.role) for f in source.folders()]


def test_missing_sent_folder_is_a_note(dovecot_server) -> None:
    mailbox = dovecot_server.new_mailbox(folders=())
    with open_source(imap_account(mailbox), password_of(mailbox)) as source:
        assert [f.role for f in source.folders()] == ["inbox"]
        assert len(source.notes) == 1 and "no sent folder" in source.notes[0]


def test_wrong_password_is_an_authentication_error(dovecot) -> None:
    with pytest.raises(AuthenticationFailed) as failure:
        with open_source(imap_account(dovecot), lambda: "wrong-secret-123"):
            pass
    assert not isinstance(failure.value, SecretUnavailable)
    assert "wrong-secret-123" not in str(failure.value)
    assert diagnose(imap_account(dovecot), lambda: "wrong-secret-123") == failure.value.message
    assert diagnose(imap_account(dovecot), password_of(dovecot)) is None


def test_refused_connection_is_named() -> None:
    account = imap_account_for_nothing(port=free_port())
    with pytest.raises(ServerUnreachable), open_source(account, lambda: "x"):
        pass


def test_unresolvable_host_is_named() -> None:
    account = imap_account_for_nothing(host="no-such-host.invalid", tls="implicit")
    with pytest.raises(ServerUnreachable) as failure, open_source(account, lambda: "x"):
        pass
    assert isinstance(failure.value.__cause__, OSError)


def test_plaintext_refused_for_a_remote_host() -> None:
    account = imap_account_for_nothing(host="imap.example.com", tls="none")
    with pytest.raises(CommandRefused), open_source(account, lambda: "x"):
        pass


def imap_account_for_nothing(**overrides):
    from types import SimpleNamespace

    values = dict(
        name="nowhere",
        type="imap",
        host="127.0.0.1",
        port=1,
        tls="none",
        ca_file=None,
        username="u",
        folders=("INBOX",),
        sent_folder=None,
        lookback_days=90,
        auth="password",
        timeout=5.0,
    )
    values.update(overrides)
    return SimpleNamespace(**values)


def test_implicit_tls_with_the_test_ca(dovecot_tls) -> None:
    dovecot_tls.append("INBOX", message(1))
    account = imap_account(
        dovecot_tls, tls="implicit", port=dovecot_tls.tls_port, ca_file=dovecot_tls.ca_file
    )
    with open_source(account, password_of(dovecot_tls)) as source:
        assert len(source.search_after("INBOX", 0)) == 1


def test_implicit_tls_fails_without_the_ca(dovecot_tls) -> None:
    account = imap_account(dovecot_tls, tls="implicit", port=dovecot_tls.tls_port, ca_file=None)
    with pytest.raises(TlsError):
        with open_source(account, password_of(dovecot_tls)):
            pass


def test_starttls_with_the_test_ca(dovecot_tls) -> None:
    account = imap_account(dovecot_tls, tls="starttls", port=dovecot_tls.port, ca_file=dovecot_tls.ca_file)
    with open_source(account, password_of(dovecot_tls)) as source:
        assert source.status("INBOX").uidnext == 1


def test_starttls_fails_without_the_ca(dovecot_tls) -> None:
    account = imap_account(dovecot_tls, tls="starttls", port=dovecot_tls.port, ca_file=None)
    with pytest.raises(TlsError):
        with open_source(account, password_of(dovecot_tls)):
            pass


def test_capabilities_and_idle(dovecot, dovecot_no_idle) -> None:
    with open_source(imap_account(dovecot), password_of(dovecot)) as source:
        assert source.has_idle
    with open_source(imap_account(dovecot_no_idle), password_of(dovecot_no_idle)) as source:
        assert not source.has_idle
        assert "UIDPLUS" in source.capabilities()


def test_append_writes_a_draft(dovecot) -> None:
    with open_source(imap_account(dovecot), password_of(dovecot)) as source:
        source.append("Drafts", message(9, "Draft"), flags=["\\Draft"])
    (flags,) = dovecot.flags("Drafts").values()
    assert b"\\Draft" in flags


def test_connect_accepts_a_client_class(dovecot) -> None:
    from imapclient import IMAPClient

    class Tagged(IMAPClient):
        pass

    source = ImapSource.connect(imap_account(dovecot), password_of(dovecot), client_class=Tagged)
    try:
        assert isinstance(source.client, Tagged)
    finally:
        source.close()


def test_search_windows_answers_in_pieces_within_the_range(dovecot, monkeypatch) -> None:
    monkeypatch.setattr("watcher.sources.imap.search.SEARCH_WINDOW", 2)
    old = datetime(2020, 1, 1, tzinfo=UTC)
    for number in range(1, 6):
        dovecot.append(
            "INBOX", message(number), msg_time=old if number == 2 else datetime(2024, 3, 5, tzinfo=UTC)
        )
    with open_source(imap_account(dovecot), password_of(dovecot)) as source:
        assert list(source.search_windows("INBOX", 1, 5)) == [[1, 2], [3, 4], [5]]
        assert list(source.search_windows("INBOX", 1, 5, date(2024, 1, 1))) == [[1], [3, 4], [5]]
        # Beyond the newest UID a server still names the newest message: it is left out.
        assert list(source.search_windows("INBOX", 6, 9)) == []


def test_sequence_set_joins_runs_of_uids() -> None:
    assert sequence_set([9, 1, 2, 3, 7, 10, 3]) == "1:3,7,9:10"
    assert sequence_set([5]) == "5"


def test_direct_header_fetch_reads_what_imapclient_reads(dovecot) -> None:
    east = timezone(timedelta(hours=5, minutes=30))
    times = [datetime(2024, 3, 5, 9, 0, tzinfo=east), datetime(2024, 3, 15, 23, 59, 59, tzinfo=UTC)]
    uids = [dovecot.append("INBOX", message(n), msg_time=when) for n, when in enumerate(times, start=1)]
    uids.append(dovecot.append("INBOX", b"X-Nothing-Asked: here\r\n\r\nBody\r\n"))
    read_before, left_before = fast_path_used.read, fast_path_used.left
    with open_source(imap_account(dovecot), password_of(dovecot)) as source:
        direct = source.fetch_headers("INBOX", [*uids, max(uids) + 5])
        answer = fetch_items(source.client, uids, [HEADER_ITEM, "INTERNALDATE"])
    # The fast path read every message (it silently stops when imapclient's _imap goes away).
    assert fast_path_used.read - read_before == len(uids)
    assert fast_path_used.left - left_before == 1  # only the UID the server does not have
    assert [h.uid for h in direct] == uids
    for item in direct:
        data = answer[item.uid]
        assert item.header_bytes == data[next(k for k in data if k.startswith(b"BODY[HEADER.FIELDS"))]
        assert item.arrival == data[b"INTERNALDATE"]
    assert [h.arrival for h in direct[:2]] == times


def test_direct_whole_message_fetch_reads_what_imapclient_reads(dovecot) -> None:
    east = timezone(timedelta(hours=5, minutes=30))
    when = datetime(2024, 3, 5, 9, 0, tzinfo=east)
    uids = [dovecot.append("INBOX", message(n), msg_time=when) for n in (1, 2)]
    read_before, left_before = fast_path_used.read, fast_path_used.left
    with open_source(imap_account(dovecot), password_of(dovecot)) as source:
        direct = source.fetch_messages("INBOX", [*uids, max(uids) + 5])
        answer = fetch_items(source.client, uids, ["BODY.PEEK[]", "INTERNALDATE"])
    assert fast_path_used.read - read_before == len(uids)
    assert fast_path_used.left - left_before == 1  # only the UID the server does not have
    assert [m.uid for m in direct] == uids
    for item in direct:
        assert item.raw == answer[item.uid][b"BODY[]"] and item.arrival == when


def test_a_missing_folder_is_typed_even_without_a_response_code(dovecot) -> None:
    # Dovecot 2.3 answers "NO Mailbox doesn't exist" without [NONEXISTENT]: LIST decides.
    with open_source(imap_account(dovecot), password_of(dovecot)) as source:
        with pytest.raises(FolderMissing):
            source.status("No Such Folder")
        with pytest.raises(FolderMissing):
            source.fetch_headers("Nor This One", [1])
        # The session goes on: a missing folder is not a lost connection.
        assert source.status("INBOX").uidvalidity > 0


def test_a_refusal_that_is_not_about_the_folder_is_not_called_missing(dovecot) -> None:
    with open_source(imap_account(dovecot), password_of(dovecot)) as source:
        with pytest.raises(CommandRefused) as failure:
            source.append("INBOX", b"", flags=["\\NoSuchSystemFlag"])
    assert not isinstance(failure.value, FolderMissing)


def test_a_password_that_cannot_be_had_is_typed(dovecot) -> None:
    from watcher.auth import CredentialError

    def no_password() -> str:
        raise CredentialError("no password for account 'test'")

    with pytest.raises(SecretUnavailable):
        ImapSource.connect(imap_account(dovecot), no_password)


def test_the_secret_is_asked_on_every_connect(dovecot) -> None:
    asked: list[int] = []

    def secret() -> str:
        asked.append(1)
        return dovecot.password

    for _ in range(2):
        ImapSource.connect(imap_account(dovecot), secret).close()
    assert len(asked) == 2


def test_capabilities_are_those_after_login(dovecot) -> None:
    with open_source(imap_account(dovecot), password_of(dovecot)) as source:
        capabilities = source.capabilities()
    # Dovecot announces extensions such as ENABLE and SORT only once logged in.
    assert "IDLE" in capabilities and "SORT" in capabilities
    assert not any(cap.startswith("AUTH=") for cap in capabilities)


def test_oauth2_mechanism_is_taken_from_the_account() -> None:
    from types import SimpleNamespace

    from watcher.sources.imap.session import login_mechanism

    assert login_mechanism(SimpleNamespace(auth="password")) == "LOGIN"
    assert login_mechanism(SimpleNamespace(auth="oauth2")) == "XOAUTH2"
    bearer = SimpleNamespace(auth="oauth2", oauth2=SimpleNamespace(mechanism="OAUTHBEARER"))
    assert login_mechanism(bearer) == "OAUTHBEARER"


def test_response_codes_decide_the_type_not_the_words() -> None:
    from imapclient.exceptions import IMAPClientError, LoginError

    from watcher.sources.imap import ConnectionLost
    from watcher.sources.imap.protocol import session_error

    refused = IMAPClientError("select failed: whatever the server says")
    assert isinstance(session_error("a", refused, "Jobs", {"NONEXISTENT"}), FolderMissing)
    assert type(session_error("a", refused, "Jobs", set())) is CommandRefused
    assert isinstance(session_error("a", LoginError("login failed"), None, {"UNAVAILABLE"}), ConnectionLost)
    assert isinstance(session_error("a", LoginError("mailbox does not exist"), None, set()), AuthenticationFailed)


def test_imaplib_formats_no_protocol_trace_nobody_reads(dovecot) -> None:
    """imapclient turns imaplib's trace on (debug 5), which formats the repr of every
    literal fetched; the session turns it off unless the trace's logger shows debug."""
    import logging

    dovecot.append("INBOX", b"From: a@b.example\r\nSubject: hi\r\n\r\nHi\r\n")
    with open_source(imap_account(dovecot), lambda: dovecot.password) as source:
        assert source.client._imap.debug == 0
        assert [m.uid for m in source.fetch_messages("INBOX", [1])] == [1]
    trace = logging.getLogger("imapclient.imaplib")
    level = trace.level
    trace.setLevel(logging.DEBUG)
    try:
        with open_source(imap_account(dovecot), lambda: dovecot.password) as source:
            assert source.client._imap.debug > 0
    finally:
        trace.setLevel(level)


def test_fetch_answers_are_taken_in_as_imaplib_takes_them_in(dovecot) -> None:
    """The FETCH responses read here (fetch._uid_fetch) are the entries imaplib makes of
    them, whatever the items (one literal, none, two) and with an EXISTS the server sends
    in the middle (new mail delivered meanwhile), which imaplib keeps as it always does;
    and they are read here, not handed back to imaplib's own FETCH."""
    from watcher.sources.imap import fetch

    uids = [dovecot.append("INBOX", message(n)) for n in range(1, 5)]
    asked = f"{uids[0]}:{uids[-1] + 3}"
    items = ("(BODY.PEEK[HEADER.FIELDS (From Subject)] INTERNALDATE)", "(UID FLAGS INTERNALDATE)",
             "(BODY.PEEK[HEADER.FIELDS (From)] BODY.PEEK[TEXT] RFC822.SIZE)")
    with open_source(imap_account(dovecot), password_of(dovecot)) as here, \
            open_source(imap_account(dovecot), password_of(dovecot)) as there:
        here.examine("INBOX")
        there.examine("INBOX")
        mine, theirs = here.client._imap, there.client._imap

        def not_imaplib_s(*args):
            raise AssertionError("handed back to imaplib's FETCH")

        for item in items:
            mine.uid = not_imaplib_s
            try:
                read_here = fetch._uid_fetch(mine, asked, item)
            finally:
                del mine.uid
            assert read_here == theirs.uid("FETCH", asked, item), item
            kind, data = read_here
            assert kind == "OK" and any(isinstance(part, tuple) for part in data) == ("BODY" in item)
        dovecot.append("INBOX", message(9))
        mine.uid = not_imaplib_s
        try:
            read_here = fetch._uid_fetch(mine, asked, items[0])
        finally:
            del mine.uid
        assert read_here == theirs.uid("FETCH", asked, items[0])
        assert mine.untagged_responses["EXISTS"] == theirs.untagged_responses["EXISTS"] == [b"4", b"5"]
