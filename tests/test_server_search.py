"""Server-side search (search = "server") against reading every header ("client"), on Dovecot.

Both ways must give the same matches, kinds, suggestions and notices: the corpus, a
generated mailbox, and an interview logged after its mail was read.
"""

from __future__ import annotations

import email
import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from tests.fixtures_dovecot import imap_account
from tests.test_corpus import CORPUS, read_labels
from watcher.sources import CandidateQuery, open_source
from watcher.sources.imap.search import (
    MAX_QUERY_BYTES,
    candidate_keys,
    key_groups,
    merged,
    or_tree,
    pruned,
    read_traces,
    searchable,
    server_search_trusted,
)

REPO = Path(__file__).resolve().parent.parent
USER = "user@example.org"
NOW = "2025-12-31T12:00"


def deliver_corpus(mailbox) -> int:
    count = 0
    for name in sorted(read_labels()):
        raw = (CORPUS / name).read_bytes()
        sender = email.utils.parseaddr(str(email.message_from_bytes(raw).get("From", "")))[1].lower()
        mailbox.append("Sent" if sender == USER else "INBOX", raw)
        count += 1
    return count


def write_config(folder: Path, mailbox, search: str, interviews: Path, me: str = USER) -> Path:
    folder.mkdir(exist_ok=True)
    config = folder / "config.toml"
    config.write_text(
        f'interviews_file = "{interviews}"\n[me]\naddresses = ["{me}"]\n'
        f'[database]\npath = "w.db"\n[policy]\ntimezone = "Europe/Berlin"\n'
        f'[[account]]\nname = "mail"\ntype = "imap"\nhost = "{mailbox.host}"\nport = {mailbox.port}\n'
        f'tls = "none"\nusername = "{mailbox.user}"\npassword_env = "SEARCH_PW"\nlookback_days = 3650\n'
        f'sent_folder = "Sent"\nsearch = "{search}"\n'
    )
    return config


# Runs watcher with every range screened here (search.screened_answers), however small:
# the scans of these tests read mailboxes far below the sizes where it is used.
SCREEN_EVERY_RANGE = (
    "import sys; from watcher.sources.imap import search; "
    "search.SCREEN_FROM_UIDS = search.SCREEN_FROM_KEYS = 1; "
    "from watcher.cli import main; sys.exit(main(sys.argv[1:]))"
)


def scan(config: Path, mailbox, now: str = NOW, screened: bool = False) -> dict:
    command = [sys.executable, *(("-c", SCREEN_EVERY_RANGE) if screened else ("-m", "watcher"))]
    result = subprocess.run(
        [*command, "--config", str(config), "scan", "--json", "--no-notify", "--now", now],
        capture_output=True, text=True, timeout=600, cwd=REPO, env={**os.environ, "SEARCH_PW": mailbox.password},
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def outcome(report: dict) -> dict:
    """What the user sees, without timings and counts of what was read."""
    return {
        "messages": sorted(report["messages"], key=lambda m: (m["message_id"], m["folder"])),
        "interviews": report["interviews"],
        "notices": report["notices"],
        "suggestions": report["suggestions"],
    }


def read_counts(report: dict) -> dict[str, int]:
    return {f["folder"]: f["new"] for account in report["accounts"] for f in account["folders"]}


def both_ways(tmp_path: Path, mailbox, interviews: Path, me: str = USER) -> tuple[dict, dict]:
    client = scan(write_config(tmp_path / "client", mailbox, "client", interviews, me), mailbox)
    server = scan(write_config(tmp_path / "server", mailbox, "server", interviews, me), mailbox)
    return client, server


INVITATION = (
    "From: Talent Team <talent@quillfeather.example>\r\nTo: user@example.org\r\n"
    "Subject: Interview invitation: Data Engineer\r\nMessage-ID: <invite-1@quillfeather.example>\r\n"
    "Date: Mon, 15 Dec 2025 09:00:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    "Dear candidate,\r\n\r\nWe would like to invite you to an interview for the Data Engineer role\r\n"
    "on Tuesday, 16 December 2025 at 14:00 CET, by video call.\r\n\r\nKind regards,\r\nThe Talent Team\r\n"
).encode()


def test_the_corpus_gives_the_same_results_both_ways(tmp_path, dovecot) -> None:
    deliver_corpus(dovecot)
    dovecot.append("INBOX", INVITATION)  # from a company not logged: a suggestion, by its subject
    client, server = both_ways(tmp_path, dovecot, CORPUS / "interviews.toml")
    assert len(client["messages"]) >= 60
    assert any("quillfeather" in json.dumps(s).lower() for s in client["suggestions"])
    assert outcome(server) == outcome(client)
    screened = scan(write_config(tmp_path / "screened", dovecot, "server", CORPUS / "interviews.toml"), dovecot,
                    screened=True)
    assert outcome(screened) == outcome(client)


class Appender:
    """Stands where bench/mailgen.py's Maildir writer stands: APPENDs to Dovecot instead."""

    def __init__(self, mailbox) -> None:
        self.mailbox = mailbox

    def write(self, folder: str, raw: bytes, arrival: datetime) -> None:
        self.mailbox.append(folder, raw, msg_time=arrival)


def test_a_generated_mailbox_gives_the_same_results_both_ways_reading_less(tmp_path, dovecot) -> None:
    sys.path.insert(0, str(REPO))
    from bench.mailgen import ME, NOW as GENERATED_AT, Generator

    Generator(1200).write(Appender(dovecot))
    interviews = CORPUS / "interviews.toml"
    client = scan(write_config(tmp_path / "client", dovecot, "client", interviews, ME), dovecot,
                  GENERATED_AT.isoformat())
    server = scan(write_config(tmp_path / "server", dovecot, "server", interviews, ME), dovecot,
                  GENERATED_AT.isoformat())
    assert len(client["messages"]) >= 20
    assert outcome(server) == outcome(client)
    screened = scan(write_config(tmp_path / "screened", dovecot, "server", interviews, ME), dovecot,
                    GENERATED_AT.isoformat(), screened=True)
    assert outcome(screened) == outcome(client)
    # The server picked the candidates: far fewer inbox messages' header fields were read.
    assert read_counts(server)["INBOX"] * 3 < read_counts(client)["INBOX"]


def test_an_interview_logged_later_finds_its_mail_both_ways(tmp_path, dovecot) -> None:
    deliver_corpus(dovecot)
    every = (CORPUS / "interviews.toml").read_text()
    blocks = every.split("[[interview]]")
    first, later = "[[interview]]".join(blocks[:2]), "[[interview]]" + "[[interview]]".join(blocks[2:])
    results = {}
    for mode in ("client", "server"):
        interviews = tmp_path / f"interviews-{mode}.toml"
        interviews.write_text(first)
        config = write_config(tmp_path / mode, dovecot, mode, interviews)
        scan(config, dovecot)
        interviews.write_text(first + later)  # logged after its mail was read
        results[mode] = scan(config, dovecot)
    assert outcome(results["server"]) == outcome(results["client"])
    assert len({m["interview"] for m in results["server"]["messages"] if m["interview"]}) >= 3


def test_many_terms_are_split_into_bounded_searches_that_find_the_same(dovecot) -> None:
    senders = [f"person{n:03d}.{'x' * 40}@acme{n:03d}.example" for n in range(400)]
    for number in (3, 150, 399):
        dovecot.append("INBOX", f"From: {senders[number]}\r\nSubject: hello\r\n\r\nHi\r\n".encode())
    dovecot.append("INBOX", b"From: other@else.example\r\nSubject: unrelated\r\n\r\nHi\r\n")
    query = CandidateQuery(senders=tuple(senders))
    groups = key_groups(candidate_keys(query))
    assert len(groups) > 1
    assert all(sum(len(str(a)) + 3 for key in group for a in key) < MAX_QUERY_BYTES for group in groups)
    with open_source(imap_account(dovecot), lambda: dovecot.password) as source:
        found = source.search_candidates("INBOX", 1, 10, date(2000, 1, 1), query)
    assert found == [1, 2, 3]


def test_replies_are_found_by_the_message_ids_they_name_without_a_key_each(dovecot) -> None:
    ids = [f"thread-{n}.{'x' * 40}@acme.example" for n in range(400)]
    heads = [
        f"In-Reply-To: <{ids[3]}>",
        f"References: <other@x.example>\r\n <{ids[150].upper()}>",  # folded, other case
        f"In-Reply-To: {ids[399]}",  # without angle brackets
        f"References: <{ids[7]}.longer>",  # holds an id, but is another one
        "In-Reply-To: <unrelated@x.example>",
    ]
    for number, head in enumerate(heads):
        dovecot.append("INBOX", f"From: a{number}@new.example\r\nSubject: Re: hi\r\n{head}\r\n\r\nHi\r\n".encode())
    dovecot.append("INBOX", b"From: other@else.example\r\nSubject: unrelated\r\n\r\nHi\r\n")
    assert candidate_keys(CandidateQuery(references=tuple(ids))) == []  # nothing for the server to compare
    with open_source(imap_account(dovecot), lambda: dovecot.password) as source:
        assert source.search_candidates("INBOX", 1, 10, None, CandidateQuery(references=tuple(ids))) == [1, 2, 3]
        assert source.search_candidates("INBOX", 1, 10, None, CandidateQuery(replies=True)) == [1, 2, 3, 4, 5]
        # A thread tied later is looked up in what was fetched once, as the server would answer.
        later = CandidateQuery(references=("unrelated@x.example",))
        assert source.search_candidates("INBOX", 1, 10, None, later) == [5]


def test_answers_asked_ahead_are_the_ones_used_once(dovecot) -> None:
    """search_ahead asks the keys' SEARCH and the traced messages now; the next
    search_candidates of the folder uses those answers and asks nothing but the arrival
    dates, finding what a search asked then finds; the one after asks the server again."""
    from tests.test_sync import CountingClient
    from watcher.sources.imap.session import ImapSource

    dovecot.append("INBOX", b"From: jane@acme.example\r\nSubject: hello\r\n\r\nHi\r\n")
    dovecot.append("INBOX", b"From: a@new.example\r\nSubject: Re: hi\r\nIn-Reply-To: <t@acme.example>\r\n\r\nHi\r\n")
    dovecot.append("INBOX", b"From: other@else.example\r\nSubject: unrelated\r\n\r\nHi\r\n")
    query = CandidateQuery(senders=("acme.example",))
    tied = CandidateQuery(senders=("acme.example",), references=("t@acme.example",))  # a thread tied since
    with open_source(imap_account(dovecot), lambda: dovecot.password) as source:
        expected = source.search_candidates("INBOX", 1, 10, date(2000, 1, 1), tied)
    assert expected == [1, 2]
    ran: list[str] = []
    source = ImapSource.connect(imap_account(dovecot), lambda: dovecot.password, client_class=CountingClient)
    try:
        assert source.search_ahead("INBOX", 1, 10, query, lambda: ran.append("prepared"))
        asked = dict(source.client.calls)
        assert ran == ["prepared"] and asked["search"] == 2  # the keys and the traced messages
        assert source.search_candidates("INBOX", 1, 10, date(2000, 1, 1), tied) == expected
        assert source.client.calls["search"] == asked["search"]
        assert source.client.calls["fetch"] == asked["fetch"] + 1  # the arrival dates only
        assert source.search_candidates("INBOX", 1, 10, date(2000, 1, 1), tied) == expected
        assert source.client.calls["search"] == asked["search"] + 1
    finally:
        source.close()
    with open_source(imap_account(dovecot, search="client"), lambda: dovecot.password) as source:
        assert not source.search_ahead("INBOX", 1, 10, query, lambda: ran.append("again"))
    assert ran == ["prepared"]


def test_sent_mail_is_found_by_its_recipients(dovecot) -> None:
    mails = [
        "From: me@example.org\r\nTo: Jane <jane+jobs@gmail.com>\r\nSubject: hi",  # a contact's +tag variant
        "From: me@example.org\r\nTo: x@y.example\r\nCc: anna@hr.acme.com\r\nSubject: hi",  # a company in Cc
        "From: me@example.org\r\nTo: x@y.example\r\nSubject: Thank you, Acme",  # the name in Subject
        "From: me@example.org\r\nTo: acme.com@y.example\r\nSubject: hi",
        "From: me@example.org\r\nTo: x@y.example\r\nSubject: nothing to see",
        "From: jane@gmail.com\r\nTo: x@y.example\r\nSubject: nothing to see",  # senders are not asked
    ]
    for head in mails:
        dovecot.append("INBOX", f"{head}\r\n\r\nBody\r\n".encode())
    query = CandidateQuery(
        recipients=("jane@gmail.com", "acme.com"), recipient_pairs=(("jane+", "@gmail.com"),),
        subjects=("acme",),
    )
    with open_source(imap_account(dovecot), lambda: dovecot.password) as source:
        assert source.search_candidates("INBOX", 1, 10, None, query) == [1, 2, 3, 4]


def test_terms_another_term_finds_are_not_searched_and_accents_become_ascii() -> None:
    assert pruned(["jane@acme.com", "acme.com", "Hire.Lever.co", "lever.co", "lever.co", "gmail.com"]) == (
        "acme.com", "lever.co", "gmail.com")
    assert pruned(merged(["personio.de", "personio.com", "workday.com", "myworkdayjobs.com", "lever.co",
                          "hire.lever.co", "bluefin.io", "sam@bluefin.io", "northwind.co.uk", "northwind.de"])) == (
        "personio", "workday", "lever.co", "bluefin.io", "northwind")
    assert searchable("lumière") == "lumi" and searchable("vorstellungsgespräch") == "vorstellungsgespr"
    assert searchable("ünü") == "ünü" and searchable("acme") == "acme"
    keys = candidate_keys(CandidateQuery(
        senders=("jane@acme.com", "acme.com", "lumière", "lumiere"),
        sender_pairs=(("jane+", "@acme.com"), ("maya+", "@gmail.com")),
    ))
    assert keys == [["FROM", "acme.com"], ["FROM", "lumi"], ["FROM", "maya+", "FROM", "@gmail.com"]]


def test_senders_subjects_and_tagged_addresses_are_found(dovecot) -> None:
    mails = [
        "From: Jane <jane+jobs@gmail.com>\r\nSubject: hi",  # a contact's +tag variant
        "From: Anna <anna@hr.acme.com>\r\nSubject: hi",  # a subdomain of a company domain
        "From: x@y.example\r\nReply-To: jane@gmail.com\r\nSubject: hi",  # the contact in Reply-To
        "From: x@y.example\r\nSubject: =?utf-8?q?Einladung_zum_Vorstellungsgespr=C3=A4ch?=",
        "From: x@y.example\r\nSubject: nothing to see",
    ]
    for head in mails:
        dovecot.append("INBOX", f"{head}\r\n\r\nBody\r\n".encode())
    query = CandidateQuery(
        senders=("jane@gmail.com", "acme.com"), sender_pairs=(("jane+", "@gmail.com"),),
        subjects=("vorstellungsgespräch",),
    )
    with open_source(imap_account(dovecot), lambda: dovecot.password) as source:
        assert source.search_candidates("INBOX", 1, 10, None, query) == [1, 2, 3, 4]


def test_or_trees_are_balanced() -> None:
    keys = [["SUBJECT", str(n)] for n in range(4)]
    assert or_tree(keys) == ["OR", "OR", "SUBJECT", "0", "SUBJECT", "1", "OR", "SUBJECT", "2", "SUBJECT", "3"]
    pair = ["FROM", "anna+", "FROM", "@acme.com"]
    assert or_tree([pair, keys[0]]) == ["OR", pair, "SUBJECT", "0"]


@pytest.mark.parametrize(
    ("mode", "host", "capabilities", "trusted"),
    [
        ("auto", "127.0.0.1", frozenset({"IMAP4REV1"}), True),
        ("auto", "imap.gmail.com", frozenset({"X-GM-EXT-1"}), False),
        ("auto", "mail.example.org", frozenset({"SEARCH=FUZZY"}), False),
        ("auto", "outlook.office365.com", frozenset(), False),
        ("server", "outlook.office365.com", frozenset(), True),
        ("client", "127.0.0.1", frozenset(), False),
    ],
)
def test_which_servers_are_trusted_to_search(mode, host, capabilities, trusted) -> None:
    assert server_search_trusted(mode, host, capabilities) is trusted


@pytest.mark.parametrize("block", [
    b"In-Reply-To: <a.1@x.example>\r\nReferences: <b.2@x.example>\r\n <A.1@X.example>\r\n\r\n",
    b"References: a.3@x.example, (a comment <c@x.example>) \"quoted@x.example\" <d.4@x.example>.\r\n\r\n",
    b"In-Reply-To: Your message of Monday <e.5@x.example>:\r\nReply-To: jane@acme.example\r\n\r\n",
    "In-Reply-To: <f.6@x.example> <g\u00e9.7@x.example>\r\n\r\n".encode(),
    b"In-Reply-To: bare.8@x.example:\r\n\r\n",
])
def test_the_references_read_from_the_fields_include_every_id_the_pipeline_reads(block) -> None:
    from watcher.parse import header_fields, message_ids

    fields = header_fields(block)
    wanted = {i.strip("<>").casefold() for name in ("in-reply-to", "references")
              for i in message_ids(fields.get(name, ""))}
    traces = read_traces(block)
    assert wanted and wanted <= set(traces.references) and traces.has_references


def test_a_thread_s_message_ids_are_held_once_by_all_its_replies() -> None:
    # 17,000 replies of a 100,000-message inbox are kept for the session: each id once.
    first = read_traces(b"In-Reply-To: <root.1@x.example>\r\nReferences: <root.1@x.example>\r\n\r\n")
    second = read_traces(b"References: <root.1@x.example> <r.2@x.example>\r\n\r\n")
    assert first.references == ("root.1@x.example",)
    assert second.references == ("r.2@x.example", "root.1@x.example")
    assert first.references[0] is second.references[1]


def test_reply_to_is_read_decoded_and_without_accents() -> None:
    traces = read_traces(b"Reply-To: =?utf-8?q?Lumi=C3=A8re_RH?= <rh@lumiere.example>\r\n\r\n")
    assert "lumière rh" in traces.reply_to and "lumiere rh" in traces.reply_to
    assert not traces.has_references and not traces.references


def test_the_arrival_date_is_told_as_the_servers_own_since_tells_it(dovecot) -> None:
    from datetime import timedelta, timezone

    from watcher.sources.imap.search import uids_in_range

    east, west = timezone(timedelta(hours=9)), timezone(timedelta(hours=-7))
    arrivals = [datetime(2024, 1, 1, 0, 30, tzinfo=east), datetime(2023, 12, 31, 20, 0, tzinfo=west),
                datetime(2023, 12, 30, 12, 0, tzinfo=UTC), datetime(2024, 2, 1, 12, 0, tzinfo=UTC),
                datetime(2023, 12, 31, 23, 59, tzinfo=UTC), datetime(2023, 12, 30, 0, 0, tzinfo=UTC)]
    for number, when in enumerate(arrivals):
        head = "In-Reply-To: <tied@x.example>\r\n" if number % 2 else ""
        dovecot.append("INBOX", f"From: a{number}@acme.example\r\nSubject: s\r\n{head}\r\nHi\r\n".encode(),
                       msg_time=when)
    since = date(2024, 1, 1)
    with open_source(imap_account(dovecot), lambda: dovecot.password) as source:
        source.examine("INBOX")
        by_sender = uids_in_range(source.client, 1, 10, since, ["FROM", "acme.example"])
        replies = uids_in_range(source.client, 1, 10, since, ["HEADER", "In-Reply-To", "tied@x.example"])
        assert source.search_candidates("INBOX", 1, 10, since, CandidateQuery(senders=("acme.example",))) == by_sender
        assert source.search_candidates("INBOX", 1, 10, since, CandidateQuery(references=("tied@x.example",))) == replies
    assert 0 < len(by_sender) < len(arrivals) and 0 < len(replies) < 3


# Messages whose fields a server reads otherwise than as written: each must be found by
# the fields fetched and screened here exactly when the server's SEARCH finds it.
TRICKY = [
    "From: Jane Doe <jane@acme.example>\r\nTo: user@example.org\r\nSubject: hello",
    "From: jane @ acme.example\r\nTo: user@example.org\r\nSubject: spaced",  # read as jane@acme.example
    'From: "jane"@acme.example\r\nTo: user@example.org\r\nSubject: quoted',
    "From: jane@acme.example (Jane at Acme)\r\nSubject: a comment",
    "From: =?utf-8?q?Jane_Doe?= <jane@corp.example>\r\nSubject: =?utf-8?q?Acme_Corporation_news?=",
    "From: Talent <talent@corp.example>\r\nSubject: Your call with Acme\r\n Corporation is booked",  # folded
    "From: Talent <talent@corp.example>\r\nSubject: Your call with Acme\r\n\tCorporation is booked",
    "From: Lumière RH <rh@lumiere.example>\r\nSubject: Entretien chez Lumière",  # 8-bit
    "From: anna+jobs@acme.example\r\nSubject: tagged",  # a +tag pair
    "From: anna@other.example\r\nTo: anna+x@acme.example\r\nSubject: the pair's first part in To only",
    "From: someone@else.example\r\nTo: user@example.org\r\nSubject: to the user only",
    "From: user@example.org\r\nTo: bob@corp.example\r\nCc: Carol <carol@hr.acme.example>\r\nSubject: sent",
    "From: someone@else.example\r\nSubject: Re: hi\r\nIn-Reply-To: <t1@acme.example>\r\nReferences: <t0@acme.example>\r\n <t1@acme.example>",
    "From: someone@else.example\r\nReply-To: jane@acme.example\r\nSubject: by its Reply-To only",
    "From: Group: jane@acme.example;\r\nSubject: a group",
    "From: Bob <bob@acme . example>\r\nSubject: spaced domain",
    "From: newsletter@shop.example\r\nSubject: Acme Corporation ist nicht hier\r\nTo: user@example.org",
    "From: someone@else.example\r\nSubject: Re: blank before the colon\r\nReferences : <t1@acme.example>",
]


def test_the_fields_screened_here_give_the_answers_of_the_search_of_the_whole_range(dovecot) -> None:
    from watcher.sources.imap.search import key_searches, screened_answers, traced_messages

    for head in TRICKY:
        dovecot.append("INBOX", f"{head}\r\nMessage-ID: <{abs(hash(head))}@x.example>\r\n\r\nHi\r\n".encode())
    for number in range(40):
        dovecot.append("INBOX", f"From: shop{number}@news.example\r\nTo: user@example.org\r\n"
                                f"Subject: offer {number}\r\n\r\nHi\r\n".encode())
    query = CandidateQuery(
        senders=("jane@acme.example", "acme.example", "user@example.org", "lumière"),
        sender_pairs=(("anna+", "@acme.example"),),
        recipients=("hr.acme.example", "bob@corp.example"),
        subjects=("acme corporation", "interview"),
        references=("t1@acme.example",),
    )
    with open_source(imap_account(dovecot), lambda: dovecot.password) as source:
        source.examine("INBOX")
        client = source.client
        last = len(TRICKY) + 40
        answers, traces = screened_answers("test", client, 1, last, query)
        searches = key_searches(1, last, query)
        assert {(repr(criteria), charset) for criteria, charset in searches} == set(answers)
        for criteria, charset in searches:
            assert answers[(repr(criteria), charset)] == sorted(client.search(criteria, charset)), criteria
        assert traces == traced_messages("test", client, 1, last)
    found = set().union(*answers.values())
    assert {1, 2, 3, 4, 5, 6, 7, 8, 9, 12} <= found  # the tricky ones the keys name
    assert not found & {11, *range(len(TRICKY) + 1, last + 1)}  # the user's address in To picks nothing


def test_blocks_screened_together_pass_exactly_as_screened_one_by_one() -> None:
    from watcher.sources.imap.search import KeyScreen, candidate_keys

    query = CandidateQuery(
        senders=("jane@acme.example", "acme.example", "user@example.org"),
        sender_pairs=(("anna+", "@acme.example"),),
        recipients=("hr.acme.example", "bob@corp.example"),
        subjects=("acme corporation", "interview"),
    )
    screen = KeyScreen(candidate_keys(query))
    more = [
        "From: shop@news.example\r\nSubject: offer",  # nothing
        "From: shop@news.example\r\nSubject: (acme.example) in the subject only",
        "From : jane@acme.example\r\nSubject: a blank before the colon",
        "From:  shop@news.example\r\nSubject: two blanks after it",
        "From:\tshop@news.example\r\nSubject: a tab",
        "From: shop@news.example.\r\nSubject: a dot at the end",
        "From: Jane <jane@acme.example>",  # no line end
        " From: jane@acme.example\r\nSubject: a blank before the first field",
        "Subject: Your interview\r\nFrom: shop@news.example",
        "From: shop@news.example\r\nSubject: an interview\r\n",
        "From: a@b.example\r\nSubject: =?utf-8?q?x?=",
        "",
    ]
    blocks = [f"{head}\r\n\r\n".encode() for head in [*TRICKY, *more]]
    blocks.append("From: Lumière <x@y.example>\r\n\r\n".encode())
    expected = [screen(block) for block in blocks]
    assert 5 < sum(expected) < len(blocks) - 5
    assert screen.passing(blocks) == expected
    for start in range(len(blocks)):  # alone, at the start and at the end of a window
        assert screen.passing(blocks[start:start + 1]) == expected[start:start + 1]
        assert screen.passing(blocks[start:]) == expected[start:]
        assert screen.passing(blocks[:start]) == expected[:start]
    clean = [b"From: shop@news.example\r\nSubject: offer\r\n\r\n"] * 50
    assert screen.passing(clean) == [False] * 50
    assert screen.passing([]) == []


def test_a_large_range_with_many_keys_is_screened_here_and_finds_what_the_search_finds(dovecot, monkeypatch) -> None:
    from tests.test_sync import CountingClient
    from watcher.sources.imap import search
    from watcher.sources.imap.session import ImapSource

    for head in TRICKY:
        dovecot.append("INBOX", f"{head}\r\n\r\nHi\r\n".encode())
    query = CandidateQuery(senders=("acme.example", "corp.example"), subjects=("acme corporation",),
                           references=("t1@acme.example",))
    with open_source(imap_account(dovecot), lambda: dovecot.password) as source:
        assert not search.worth_screening(1, len(TRICKY), query)
        expected = source.search_candidates("INBOX", 1, len(TRICKY), None, query)
    assert expected
    monkeypatch.setattr(search, "SCREEN_FROM_UIDS", 5)
    monkeypatch.setattr(search, "SCREEN_FROM_KEYS", 3)
    assert search.worth_screening(1, len(TRICKY), query)
    source = ImapSource.connect(imap_account(dovecot), lambda: dovecot.password, client_class=CountingClient)
    try:
        assert source.search_candidates("INBOX", 1, len(TRICKY), None, query) == expected
        # One FETCH of the fields, one SEARCH of the keys asked of the UIDs let through,
        # and no SEARCH for the traced fields: they came with the FETCH.
        assert source.client.calls["fetch"] == 1 and source.client.calls["search"] == 1
    finally:
        source.close()


def test_the_screened_range_s_confirming_searches_stay_within_the_query_bound(dovecot, monkeypatch) -> None:
    """The SEARCHes that confirm what the screen let through name its UIDs and the keys:
    together they stay within MAX_QUERY_BYTES (the keys are split again when the set
    leaves them too little room), and answer as the SEARCH of the whole range does."""
    from imapclient import IMAPClient

    from watcher.sources.imap import search
    from watcher.sources.imap.session import ImapSource

    class RecordingClient(IMAPClient):
        """Keeps each command line it sends; every answer is the server's own."""

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self.sent = bytearray()
            send = self._imap.send

            def recorded(data: bytes) -> None:
                self.sent += data
                send(data)

            self._imap.send = recorded

    senders = [f"sender{n:02d}.long-name@firm{n:02d}.example" for n in range(20)]
    for number in range(60):  # every other message from a sender the keys name: a set of many runs
        sender = senders[number % 20] if number % 2 == 0 else f"shop{number}@news.example"
        dovecot.append("INBOX", f"From: {sender}\r\nSubject: note {number}\r\n\r\nHi\r\n".encode())
    monkeypatch.setattr(search, "MAX_QUERY_BYTES", 400)
    monkeypatch.setattr(search, "CONFIRM_SET_BYTES", 60)
    query = CandidateQuery(senders=tuple(senders))
    source = ImapSource.connect(imap_account(dovecot), lambda: dovecot.password, client_class=RecordingClient)
    try:
        source.examine("INBOX")
        client = source.client
        answers, _ = search.screened_answers("test", client, 1, 60, query)
        confirming = [line.split(b" ", 1)[1] for line in bytes(client.sent).split(b"\r\n") if b" SEARCH " in line]
        whole = search.key_searches(1, 60, query)
        assert all(len(line) - len(b"UID SEARCH ") <= 400 for line in confirming), confirming
        assert len(whole) > 1 and len(confirming) > len(whole)  # split by keys, then by UIDs
        for criteria, charset in whole:
            assert answers[(repr(criteria), charset)] == sorted(client.search(criteria, charset)), criteria
        assert set().union(*answers.values()) == set(range(1, 61, 2))
    finally:
        source.close()


NAMESAKE_INTERVIEWS = (
    '[[interview]]\nid = "brennwerk"\ncompany = "Brennwerk Energie GmbH"\nrole = "Projektingenieur"\n'
    'when = 2025-12-03T10:00:00+01:00\ncontacts = ["stefanie.koch@brennwerk-energie.de"]\n'
    '[[interview]]\nid = "acme"\ncompany = "Acme Payments"\nrole = "Backend Engineer"\n'
    'when = 2025-12-04T10:00:00+01:00\ncontacts = ["j.doe@acmepayments.com"]\n'
)


def _mail(sender: str, subject: str, body: str, n: int, to: str = USER) -> bytes:
    return (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\nMessage-ID: <namesake-{n}@example.net>\r\n"
        f"Date: Mon, {8 + n} Dec 2025 09:00:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()


def test_a_logged_contact_writing_from_elsewhere_is_found_both_ways(tmp_path, dovecot) -> None:
    """The sender's surname is searched: a contact by display name or by address at another
    domain, and a reply that lost its thread answering the user's subject, are read and tied
    the same whether the server or watcher picks the candidates; a stranger sharing a first
    name is not."""
    dovecot.append("Sent", _mail(f"Alex <{USER}>", "Danke - Projektingenieur", "Vielen Dank!", 0,
                                 to="Stefanie Koch <stefanie.koch@brennwerk-energie.de>"))
    mails = [
        ("Stefanie Koch <s.k.1984@gmx.de>", "Ihre Bewerbung",
         "Leider hat sich die Brennwerk Energie für einen anderen Bewerber entschieden."),
        ("Steffi <stefanie.koch.privat@web.de>", "Rückmeldung",
         "Die Brennwerk Energie lädt Sie zu einem zweiten Gespräch am Dienstag ein."),
        ("Stefanie Koch <sk@posteo.de>", "AW: Danke - Projektingenieur", "Wir laden Sie zum zweiten Gespräch ein."),
        ("Jonas Doe <jonas.doe@gmail.com>", "Hallo", "Kommst du am Samstag?"),
        ("Stefanie Berg <stefanie.berg@gmail.com>", "Brennwerk Energie", "Wie war dein Gespräch bei Brennwerk Energie?"),
    ]
    for n, (sender, subject, body) in enumerate(mails, start=1):
        dovecot.append("INBOX", _mail(sender, subject, body, n))
    interviews = tmp_path / "interviews.toml"
    interviews.write_text(NAMESAKE_INTERVIEWS)
    client, server = both_ways(tmp_path, dovecot, interviews)
    assert outcome(server) == outcome(client)
    tied = {m["message_id"]: m["interview"] for m in server["messages"] if m["interview"]}
    assert tied == {"<namesake-0@example.net>": "brennwerk", "<namesake-1@example.net>": "brennwerk",
                    "<namesake-2@example.net>": "brennwerk", "<namesake-3@example.net>": "brennwerk"}
