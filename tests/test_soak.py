"""The crash soak, short: `watcher run` killed with SIGKILL eight times while replies
arrive and reminders fall due, restarted each time; the database checks out after each
kill and every reply and due step reaches the SMTP server and the desktop bus, none more
than twice. The long run is `python -m tests.soak --kills 100` (figures in the README)."""

from __future__ import annotations

from tests.soak import run_soak


def test_killed_daemon_loses_nothing_and_repeats_at_most_once(tmp_path, dovecot, plain_smtp_server,
                                                              notification_server):
    figures = run_soak(kills=8, seed=7, folder=tmp_path, mailbox=dovecot, smtp=plain_smtp_server,
                       notices=notification_server, bus_address=notification_server.address)
    assert figures.problems == [], figures.problems
    assert figures.kills == 8 and figures.integrity_checks_ok == 8
    assert figures.replies == 4 and sum(figures.delivered["email"].values()) >= figures.replies
