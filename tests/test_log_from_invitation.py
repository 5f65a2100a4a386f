"""`watcher interview add --from-message`: the invitation is tied to the interview logged from
it, its history starts with it, and nothing comes due from it: at every moment the interview
is decided exactly as one logged by hand from the same facts. The bundled example over a real
Maildir, `watcher` run as a user runs it."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.test_actions_cli import HIRING
from tests.test_cli import REPO, watcher

INVITATION = "<inv-77@contoso-robotics.com>"  # dated Tue 24 Nov 09:15, for Thu 3 Dec 14:00
# Before the interview, the morning after it (thank-you due), and weeks later (follow-ups).
MOMENTS = ("2026-11-25T10:00", "2026-12-04T10:00", "2026-12-14T10:00", "2027-01-11T10:00")


def _example(folder, smtp_server=None):
    """The bundled example with the invitation in its inbox, scanned; notices by email to
    ``smtp_server`` when one is given."""
    shutil.copytree(REPO / "examples", folder / "examples", ignore=shutil.ignore_patterns("*.db*"))
    (folder / "examples/mail/inbox/cur/1795100000.98-hiring.example:2,S").write_text(HIRING)
    config = folder / "config.toml"
    email = "" if smtp_server is None else (
        f'\n[notify.email]\nto = "alex.morgan@example.org"\nfrom = "watcher@example.org"\n'
        f'host = "{smtp_server.host}"\nport = {smtp_server.port}\ntls = "starttls"\nca_file = "{smtp_server.ca_file}"\n'
        f'username = "{smtp_server.user}"\npassword_env = "WATCHER_TEST_SMTP"\n')
    config.write_text((REPO / "config.example.toml").read_text() + email)
    assert watcher("scan", "--no-notify", "--now", MOMENTS[0], config=config, env=ENV).returncode == 0
    return config


ENV: dict[str, str] = {}


def _run_json(config, *args):
    result = watcher(*args, "--json", config=config, env=ENV)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _decided(config, moment):
    """What the to-do list, the scan and its notices say about the Contoso interview at ``moment``."""
    todo = {i["id"]: i for i in _run_json(config, "todo", "--all", "--now", moment)["interviews"]}["contoso"]
    scan = _run_json(config, "scan", "--notify", "--now", moment)  # sent for real, recorded once
    [interview] = [i for i in scan["interviews"] if i["id"] == "contoso"]
    notices = sorted((n["action"], n["sent"]) for n in scan["notices"] if n["interview"] == "contoso")
    return todo, interview, notices


@pytest.fixture
def logged(tmp_path, smtp_server, monkeypatch):
    """Two copies of the example: the interview logged from the invitation, and by hand."""
    monkeypatch.setitem(ENV, "WATCHER_TEST_SMTP", smtp_server.password)
    from_mail = _example(tmp_path / "from_mail", smtp_server)
    added = watcher("interview", "add", "--from-message", "inv-77@contoso-robotics.com", "--id", "contoso",
                    config=from_mail)
    assert added.returncode == 0, added.stderr
    by_hand = _example(tmp_path / "by_hand", smtp_server)
    manual = watcher("interview", "add", "--company", "Contoso Robotics", "--when", "2026-12-03T14:00",
                     "--contact", "jobs@contoso-robotics.com", "--role", "Backend Engineer", "--id", "contoso",
                     config=by_hand)
    assert manual.returncode == 0, manual.stderr
    return from_mail, by_hand, added.stdout


def test_the_invitation_starts_the_history_of_the_interview_logged_from_it(logged):
    from_mail, by_hand, said = logged
    assert "its history starts with the invitation" in said
    shown = _run_json(from_mail, "interview", "show", "contoso", "--now", MOMENTS[0])
    [message] = shown["messages"]
    assert message["message_id"] == INVITATION
    assert message["interview"] == "contoso" and message["reasons"][0] == "you logged this interview from it"
    assert message["decided_by"] == "user"
    text = watcher("interview", "show", "contoso", "--now", MOMENTS[0], config=from_mail, env={"COLUMNS": "200"})
    assert "Interview invitation" in text.stdout  # listed before the interview too
    # Logged by hand, the same invitation stays a suggestion and tied to nothing.
    assert _run_json(by_hand, "interview", "show", "contoso", "--now", MOMENTS[0])["messages"] == []


def test_nothing_comes_due_from_the_invitation_at_any_moment(logged):
    from_mail, by_hand, _ = logged
    announced = []
    for moment in MOMENTS:
        todo, interview, notices = _decided(from_mail, moment)
        assert (todo, interview, notices) == _decided(by_hand, moment), moment
        assert interview["next_step"] is None or interview["next_step"]["action"] != "reply"
        assert interview["last_heard"] is None and interview["status"] != "heard_back"
        assert all(action not in ("heard_back", "reply") for action, _ in notices)
        announced += [action for action, sent in notices if sent]
    assert "thank_you" in announced and len(announced) == len(set(announced))  # each once, none from it
    # ...and a later scan leaves the tie as it is: the user's decision wins over the rules.
    shown = _run_json(from_mail, "interview", "show", "contoso", "--now", MOMENTS[-1])
    assert [m["message_id"] for m in shown["messages"]] == [INVITATION]


def test_an_invitation_dated_after_the_interview_given_is_not_tied(tmp_path):
    config = _example(tmp_path)
    added = watcher("interview", "add", "--from-message", "inv-77@contoso-robotics.com", "--id", "contoso",
                    "--when", "2026-11-20T10:00", config=config)
    assert added.returncode == 0, added.stderr
    assert "the invitation was not tied: it is dated after the interview" in added.stdout
    assert f"watcher message assign {INVITATION} contoso" in added.stdout
    assert _run_json(config, "interview", "show", "contoso", "--now", MOMENTS[0])["messages"] == []


FINAL_ROUND = "CAH7q2-acme-0002@mail.acme-analytics.com"  # the bundled Acme final round, tied to acme-data-engineer
# It offers two slots (Tuesday 10 November 14:00, Wednesday 11 November 10:00): the one taken is given.
SLOT = ("--when", "2026-11-10T14:00")


def test_a_later_round_logged_from_its_invitation_takes_the_role_of_the_round_before(tmp_path):
    """Before, the role was left out: the invitation names none the way the user logged it,
    and the new round was logged without the role the user had given the first."""
    config = _example(tmp_path)

    def roles() -> dict[str, str | None]:
        return {r["id"]: r["role"] for r in _run_json(config, "interview", "list")}

    added = watcher("interview", "add", "--from-message", FINAL_ROUND, "--id", "acme-final", *SLOT, config=config)
    assert added.returncode == 0, added.stderr
    assert "role Data Engineer, as in the earlier round" in added.stdout
    assert roles()["acme-final"] == "Data Engineer"


def test_the_role_an_invitation_names_is_taken_and_the_one_given_wins(tmp_path):
    """Before, an invitation "for the Backend Engineer role" was logged with no role."""
    config = _example(tmp_path)

    def roles() -> dict[str, str | None]:
        return {r["id"]: r["role"] for r in _run_json(config, "interview", "list")}

    first = watcher("interview", "add", "--from-message", "inv-77@contoso-robotics.com", "--id", "contoso",
                    config=config)
    assert first.returncode == 0, first.stderr
    assert roles()["contoso"] == "Backend Engineer" and "earlier round" not in first.stdout  # no round before it
    assert "role Backend Engineer, as the invitation names it" in first.stdout

    given = watcher("interview", "add", "--from-message", FINAL_ROUND, "--id", "acme-final",
                    "--role", "Staff Data Engineer", *SLOT, config=config)
    assert given.returncode == 0, given.stderr
    assert roles()["acme-final"] == "Staff Data Engineer" and "role Data Engineer" not in given.stdout


def test_an_invitation_logged_twice_is_refused_with_the_interview_it_became(tmp_path):
    """Before, the same invitation logged twice made two interviews of one, each with its
    follow-ups due."""
    config = _example(tmp_path)
    first = watcher("interview", "add", "--from-message", "inv-77@contoso-robotics.com", "--id", "contoso",
                    config=config)
    assert first.returncode == 0, first.stderr
    again = watcher("interview", "add", "--from-message", "inv-77@contoso-robotics.com", "--id", "contoso-2",
                    config=config)
    assert again.returncode != 0
    assert "interview contoso was logged from this invitation already" in again.stderr
    assert "watcher interview edit contoso" in again.stderr
    assert "contoso-2" not in {r["id"] for r in _run_json(config, "interview", "list")}
    # Once that interview is deleted, the invitation may be logged again.
    deleted = watcher("interview", "delete", "contoso", "--yes", config=config)
    assert deleted.returncode == 0, deleted.stderr
    assert watcher("interview", "add", "--from-message", "inv-77@contoso-robotics.com", "--id", "contoso-2",
                   config=config).returncode == 0


def test_logging_the_round_an_invitation_invites_to_answers_it_for_the_round_before(tmp_path):
    """Before, the first round kept "answer them" due for the invitation to the final round
    after that round was logged from it: one company asked twice."""
    config = _example(tmp_path)
    before = _run_json(config, "todo", "--all", "--now", MOMENTS[0])
    [acme] = [i for i in before["interviews"] if i["id"] == "acme-data-engineer"]
    assert acme["next_step"]["action"] == "reply"
    added = watcher("interview", "add", "--from-message", FINAL_ROUND, "--id", "acme-final", *SLOT, config=config)
    assert added.returncode == 0, added.stderr
    assert "your answer to it is logged there" in added.stdout
    after = {i["id"]: i for i in _run_json(config, "todo", "--all")["interviews"]}  # the reply is logged now
    step = after["acme-data-engineer"]["next_step"]
    assert step is None or step["action"] != "reply"
    shown = _run_json(config, "interview", "show", "acme-data-engineer")
    assert [e["kind"] for e in shown["events"]][-1:] == ["sent"]


def test_a_message_that_is_no_invitation_says_what_it_lacks(tmp_path):
    """Before: "--company and --when required (or --from-message)", though it was given."""
    config = _example(tmp_path)
    added = watcher("interview", "add", "--from-message", "gh-0b1c9f2e.81@us.greenhouse-mail.io", config=config)
    assert added.returncode != 0
    assert "names no company and no interview time" in added.stderr and "give --company and --when" in added.stderr
    assert "(or --from-message)" not in added.stderr


def test_dismissing_an_invitation_already_logged_names_the_interview_and_keeps_its_record(tmp_path):
    """Before, it said "dismissed" and forgot which interview it was logged as, so the same
    invitation could then be logged twice."""
    config = _example(tmp_path)
    assert watcher("interview", "add", "--from-message", "inv-77@contoso-robotics.com", "--id", "contoso",
                   config=config).returncode == 0
    dismissed = watcher("suggestion", "dismiss", "inv-77@contoso-robotics.com", config=config)
    assert dismissed.returncode != 0 and "interview contoso was logged from this invitation" in dismissed.stderr
    again = watcher("interview", "add", "--from-message", "inv-77@contoso-robotics.com", "--id", "contoso-2",
                    config=config)
    assert again.returncode != 0 and "interview contoso was logged from this invitation already" in again.stderr
