"""Mail that could not be read is unknown, never an all-clear: the scan's report (text and
JSON), `watcher todo`, `watcher status` and the board say which account, what failed and
what to do, against a real Dovecot."""

from __future__ import annotations

import json

from tests.test_cli import watcher
from tests.test_scan_imap import NOW, REJECTION, imap_account, write_config

WRONG = {"WATCHER_TEST_WRONG": "not-the-password", "COLUMNS": "400"}  # one line per line said


def _setup(tmp_path, dovecot, *, broken_password_env: str = "WATCHER_TEST_WRONG", folders: str = '["INBOX"]'):
    accounts = (imap_account(dovecot, folders=folders)
                + imap_account(dovecot, name="broken", password_env=broken_password_env))
    config = write_config(tmp_path, accounts)
    env = {"WATCHER_TEST_IMAP": dovecot.password, **WRONG}
    return config, env


def _scan(config, env, *args: str):
    return watcher("scan", "--now", NOW, *args, config=config, env=env)


def test_a_scan_with_an_account_not_read_never_says_nothing_new(tmp_path, dovecot):
    config, env = _setup(tmp_path, dovecot)
    first = _scan(config, env)
    assert first.returncode == 1, first.stderr
    again = _scan(config, env)  # nothing new anywhere that could be read
    assert again.returncode == 1, again.stderr
    for result in (first, again):
        text = result.stdout
        assert "Nothing new since the last scan" not in text
        assert "account broken: NOT SYNCED (authentication failed for " in text
        assert "News from it is unknown" in text
        # What to do, for a refused login: its password comes from password_env, which is read
        # before the keyring, so `watcher login` would change nothing.
        assert ("the server refused the password from the environment variable WATCHER_TEST_WRONG"
                " (password_env of account broken)") in text
        assert "watcher login" not in text
        assert "Nothing new in the mail that could be read; news from account broken is unknown" in text
        assert "this list may miss replies: news from account broken is unknown" in text
        assert "not-the-password" not in text + result.stderr

    report = json.loads(_scan(config, env, "--json").stdout)
    [item] = report["not_read"]
    assert (item["account"], item["folder"]) == ("broken", None)
    assert item["error"].startswith("authentication failed for ")
    assert "WATCHER_TEST_WRONG" in item["what_to_do"] and "watcher login" not in item["what_to_do"]


def test_news_found_elsewhere_is_told_with_the_unknown_beside_it(tmp_path, dovecot):
    config, env = _setup(tmp_path, dovecot)
    dovecot.append("INBOX", REJECTION)
    result = _scan(config, env, "--no-notify")
    assert result.returncode == 1
    [news] = [line for line in result.stdout.splitlines() if line.startswith("Found in this first scan")]
    assert "1 new reply (Acme Analytics: a decision (not this time))" in news
    assert news.endswith("news from account broken is unknown: it could not be read (see above).")


def test_no_account_read_at_all_says_so(tmp_path, dovecot):
    from tests.fixtures_dovecot import free_port

    class Closed:
        host, port, user = "127.0.0.1", free_port(), "nobody"

    config = write_config(tmp_path, imap_account(Closed))
    result = _scan(config, {"WATCHER_TEST_IMAP": "x", "COLUMNS": "400"})
    assert result.returncode == 1
    assert "No mail could be read: news from account work is unknown" in result.stdout
    assert "check the network" in result.stdout
    assert "Nothing new since" not in result.stdout


def test_a_folder_that_could_not_be_read_is_unknown_too(tmp_path, dovecot):
    config = write_config(tmp_path, imap_account(dovecot, folders='["INBOX", "Jobs"]'))
    result = _scan(config, {"WATCHER_TEST_IMAP": dovecot.password, "COLUMNS": "400"})
    assert result.returncode == 0, result.stderr  # the account was read; one folder of it was not
    assert "folder Jobs of account work: NOT SYNCED" in result.stdout
    assert "news from folder Jobs of account work is unknown" in result.stdout
    assert "Nothing new since the last scan" not in result.stdout
    report = json.loads(_scan(config, {"WATCHER_TEST_IMAP": dovecot.password, "COLUMNS": "400"}, "--json").stdout)
    assert [(i["account"], i["folder"]) for i in report["not_read"]] == [("work", "Jobs")]

    dovecot.create_folder("Jobs")
    result = _scan(config, {"WATCHER_TEST_IMAP": dovecot.password, "COLUMNS": "400"})
    assert "Nothing new since the last scan." in result.stdout and "NOT SYNCED" not in result.stdout


def test_todo_status_and_board_say_what_the_last_sync_could_not_read_until_it_can(tmp_path, dovecot):
    config, env = _setup(tmp_path, dovecot)
    assert _scan(config, env).returncode == 1

    todo = watcher("todo", "--now", NOW, config=config, env=env)
    assert todo.returncode == 0, todo.stderr
    assert "account broken: NOT SYNCED since Fri 20 Nov" in todo.stdout  # the stored failure, in local time
    assert "this list may miss replies: news from account broken is unknown" in todo.stdout
    todo_json = json.loads(watcher("todo", "--json", "--now", NOW, config=config, env=env).stdout)
    assert [i["account"] for i in todo_json["not_read"]] == ["broken"]
    assert todo_json["not_read"][0]["error"].startswith("authentication failed for ")

    status = watcher("status", "--now", NOW, config=config, env=env)
    assert "account broken: NOT SYNCED since" in status.stdout
    status_json = json.loads(watcher("status", "--json", "--now", NOW, config=config, env=env).stdout)
    assert [i["account"] for i in status_json["not_read"]] == ["broken"]

    board = tmp_path / "board.html"
    assert watcher("board", "--export", str(board), config=config, env=env).returncode == 0
    page = board.read_text()
    assert "Mail not read: news from it is unknown" in page and "account broken: NOT SYNCED" in page

    # The password is fixed: the next scan reads it, and nothing says unknown any more.
    fixed = {**env, "WATCHER_TEST_WRONG": dovecot.password}
    result = _scan(config, fixed)
    assert result.returncode == 0, result.stderr
    assert "Nothing new since the last scan." in result.stdout and "unknown" not in result.stdout
    todo_json = json.loads(watcher("todo", "--json", "--now", NOW, config=config, env=fixed).stdout)
    assert todo_json["not_read"] == []
    assert watcher("board", "--export", str(board), config=config, env=fixed).returncode == 0
    assert "Mail not read" not in board.read_text()


def test_an_account_removed_from_the_config_is_not_reported(tmp_path, dovecot):
    config, env = _setup(tmp_path, dovecot)
    assert _scan(config, env).returncode == 1
    text = config.read_text()
    config.write_text(text[: text.index('[[account]]\nname = "broken"')])
    todo_json = json.loads(watcher("todo", "--json", "--now", NOW, config=config, env=env).stdout)
    assert todo_json["not_read"] == []



def _not_read_everywhere(config, env) -> dict[str, list]:
    """What `todo`, `status` (text and JSON) and the board say could not be read."""
    todo = watcher("todo", "--now", NOW, config=config, env=env)
    status = watcher("status", "--now", NOW, config=config, env=env)
    assert todo.returncode == 0 and status.returncode == 0, todo.stderr + status.stderr
    board = config.parent / "board.html"
    assert watcher("board", "--export", str(board), config=config, env=env).returncode == 0
    said = {"todo": [line for line in todo.stdout.splitlines() if "NOT SYNCED" in line],
            "status": [line for line in status.stdout.splitlines() if "NOT SYNCED" in line],
            "board": ["Mail not read"] if "Mail not read" in board.read_text() else []}
    for command in ("todo", "status"):
        answer = json.loads(watcher(command, "--json", "--now", NOW, config=config, env=env).stdout)
        said[command + " --json"] = [(i["account"], i["folder"]) for i in answer["not_read"]]
    return said


def test_a_folder_taken_out_of_the_config_is_no_longer_reported(tmp_path, dovecot):
    env = {"WATCHER_TEST_IMAP": dovecot.password, "COLUMNS": "400"}
    config = write_config(tmp_path, imap_account(dovecot, folders='["INBOX", "Jbos"]'))
    assert _scan(config, env).returncode == 0
    said = _not_read_everywhere(config, env)
    assert said["todo --json"] == said["status --json"] == [("work", "Jbos")]
    assert said["todo"] and said["status"] and said["board"]

    config.write_text(config.read_text().replace('["INBOX", "Jbos"]', '["INBOX"]'))
    # Before any scan, the config alone says the folder is no longer read.
    assert all(not lines for lines in _not_read_everywhere(config, env).values())
    later = "2026-11-20T10:52"
    result = watcher("scan", "--now", later, "--json", config=config, env=env)
    assert result.returncode == 0 and json.loads(result.stdout)["not_read"] == []
    assert all(not lines for lines in _not_read_everywhere(config, env).values())


def _mbox(path, text: str = "") -> str:
    path.write_text(text)
    return str(path)


def _local_account(kind: str, path: str, sent_path: str | None = None, name: str = "home") -> str:
    sent = f'sent_path = "{sent_path}"\n' if sent_path else ""
    return f'[[account]]\nname = "{name}"\ntype = "{kind}"\npath = "{path}"\n{sent}lookback_days = 60\n'


def test_a_missing_sent_mbox_names_its_path_until_the_path_is_fixed(tmp_path):
    env = {"COLUMNS": "400"}
    inbox, missing = _mbox(tmp_path / "inbox.mbox"), tmp_path / "Sent.mbox"
    config = write_config(tmp_path, _local_account("mbox", inbox, str(missing)))
    for _ in range(2):  # still configured, still failing: still said
        result = _scan(config, env)
        assert result.returncode == 0, result.stderr
        [line] = [line for line in result.stdout.splitlines() if "NOT SYNCED" in line]
        assert "folder Sent of account home" in line and str(missing) in line
        assert "the folders the server has" not in line and "sent_path" in line
        said = _not_read_everywhere(config, env)
        assert said["todo --json"] == said["status --json"] == [("home", "Sent")]
        assert str(missing) in said["status"][0] and str(missing) in said["todo"][0]

    _mbox(missing)  # the path is made right: the next scan reads it
    result = _scan(config, env)
    assert "NOT SYNCED" not in result.stdout and "unknown" not in result.stdout
    assert all(not lines for lines in _not_read_everywhere(config, env).values())


def test_a_sent_path_taken_out_of_the_config_is_no_longer_reported(tmp_path):
    env = {"COLUMNS": "400"}
    inbox = _mbox(tmp_path / "inbox.mbox")
    config = write_config(tmp_path, _local_account("mbox", inbox, str(tmp_path / "nowhere.mbox")))
    assert _scan(config, env).returncode == 0
    config.write_text(config.read_text().replace(f'sent_path = "{tmp_path / "nowhere.mbox"}"\n', ""))
    assert all(not lines for lines in _not_read_everywhere(config, env).values())
    assert "NOT SYNCED" not in _scan(config, env).stdout
    assert all(not lines for lines in _not_read_everywhere(config, env).values())


def test_a_maildir_account_with_a_wrong_path_is_reported_until_fixed(tmp_path):
    env = {"COLUMNS": "400"}
    maildir = tmp_path / "Mail"
    config = write_config(tmp_path, _local_account("maildir", str(maildir)))
    assert _scan(config, env).returncode == 1
    said = _not_read_everywhere(config, env)
    assert said["todo --json"] == said["status --json"] == [("home", None)]
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    assert _scan(config, env).returncode == 0
    assert all(not lines for lines in _not_read_everywhere(config, env).values())


def test_status_says_when_and_what_failed_while_the_server_is_down(tmp_path, dovecot):
    from tests.fixtures_dovecot import free_port

    env = {"WATCHER_TEST_IMAP": dovecot.password, "COLUMNS": "400"}
    config = write_config(tmp_path, imap_account(dovecot))
    assert _scan(config, env).returncode == 0
    config.write_text(config.read_text().replace(f"port = {dovecot.port}", f"port = {free_port()}"))
    assert watcher("scan", "--now", "2026-11-20T11:15", config=config, env=env).returncode == 1
    status = watcher("status", "--now", "2026-11-20T11:20", config=config, env=env)
    [line] = [line for line in status.stdout.splitlines() if "NOT SYNCED" in line]
    assert line.startswith("account work: NOT SYNCED since Fri 20 Nov 11:15 (")  # when, local time
    assert "connection refused" in line  # what failed
    answer = json.loads(watcher("status", "--json", config=config, env=env).stdout)
    [item] = answer["not_read"]
    assert (item["account"], item["folder"]) == ("work", None) and item["since"].startswith("2026-11-20T10:15")


def test_the_first_scan_does_not_speak_of_a_last_one(tmp_path, dovecot):
    env = {"WATCHER_TEST_IMAP": dovecot.password, "COLUMNS": "400"}
    config = write_config(tmp_path, imap_account(dovecot))
    first = _scan(config, env).stdout
    assert "since the last scan" not in first
    assert "First scan: nothing in the mail read concerns a logged interview yet." in first
    assert "Nothing new since the last scan." in _scan(config, env).stdout


def test_a_refused_password_names_its_source_and_a_keyring_one_says_watcher_login(tmp_path, dovecot):
    # A password_command is read before the keyring: the advice points at it, never at its text.
    command = imap_account(dovecot, name="broken").replace(
        'password_env = "WATCHER_TEST_IMAP"', "password_command = \"echo not-the-password\"")
    config = write_config(tmp_path, imap_account(dovecot, folders='["INBOX"]') + command)
    env = {"WATCHER_TEST_IMAP": dovecot.password, "COLUMNS": "400"}
    [item] = json.loads(_scan(config, env, "--json").stdout)["not_read"]
    assert "the server refused the password from its password_command (account broken)" in item["what_to_do"]
    assert "echo" not in item["what_to_do"] and "watcher login" not in item["what_to_do"]
    # Not set at all: nothing was refused; the advice says what to set, still not `watcher login`.
    unset = write_config(tmp_path, imap_account(dovecot, folders='["INBOX"]')
                         + imap_account(dovecot, name="broken", password_env="WATCHER_TEST_UNSET"))
    [item] = json.loads(_scan(unset, env, "--json").stdout)["not_read"]
    assert item["what_to_do"].startswith("What to do: make the environment variable WATCHER_TEST_UNSET")
    assert "refused" not in item["what_to_do"] and "watcher login" not in item["what_to_do"]


def test_an_account_with_no_keyring_here_is_told_what_to_set_not_to_run_watcher_login(tmp_path, dovecot):
    """`watcher login` refuses where there is no keyring: the advice must not send the user there."""
    keyring_account = imap_account(dovecot, name="broken").replace('password_env = "WATCHER_TEST_IMAP"\n', "")
    config = write_config(tmp_path, imap_account(dovecot) + keyring_account)
    env = {"WATCHER_TEST_IMAP": dovecot.password, "COLUMNS": "400",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    result = _scan(config, env, "--json")
    assert result.returncode == 1, result.stderr
    [item] = json.loads(result.stdout)["not_read"]
    assert item["account"] == "broken" and "no keyring" in item["error"]
    assert "watcher login broken" not in item["what_to_do"]
    assert "set password_command or password_env on account broken" in item["what_to_do"]
    login = watcher("login", "broken", config=config, env=env, stdin="x\n")
    assert login.returncode == 2 and "no usable keyring" in login.stderr  # as the advice said


def test_a_refused_password_from_an_environment_variable_names_it_once():
    from watcher.not_read import what_to_do
    from watcher.settings import ImapAccount
    from watcher.sources.imap.errors import AuthenticationFailed

    account = ImapAccount(name="work", host="imap.example.org", port=993, username="me", password_env="MAIL_PW")
    advice = what_to_do("work", AuthenticationFailed("work", "authentication failed"), account)
    assert advice.count("MAIL_PW") == 1, advice
    assert advice.startswith("What to do: the server refused the password from the environment variable MAIL_PW")


def test_a_refused_password_from_the_keyring_is_stored_again_by_watcher_login():
    from watcher.not_read import what_to_do
    from watcher.settings import ImapAccount
    from watcher.sources.imap.errors import AuthenticationFailed

    account = ImapAccount(name="work", host="imap.example.org", port=993, username="me")
    assert "`watcher login work`" in what_to_do("work", AuthenticationFailed("work", "authentication failed"), account)
    assert "`watcher login work`" in what_to_do("work", AuthenticationFailed("work", "authentication failed"))


def test_a_lost_push_connection_is_unknown_since_the_loss_unless_a_later_sync_says_more():
    from datetime import UTC, datetime
    from types import SimpleNamespace
    from zoneinfo import ZoneInfo

    from watcher.not_read import in_store
    from watcher.store import ConnectionLoss, FolderStatus

    lost_at, tried_at = datetime(2026, 11, 30, 10, 42, tzinfo=UTC), datetime(2026, 11, 30, 10, 50, tzinfo=UTC)
    accounts = [SimpleNamespace(name="work", type="imap", folders=("INBOX",), sent_folder="Sent")]
    inbox = FolderStatus("work", "INBOX", 7, 12, lost_at, None, None)
    loss = ConnectionLoss("work", lost_at, "connection failed: connection refused by 127.0.0.1:143", 4, tried_at)
    [item] = in_store([inbox], accounts, [loss])
    assert (item.account, item.folder, item.since) == ("work", None, lost_at)
    line = item.line(ZoneInfo("Europe/Berlin"))
    assert line.startswith("account work: server unreachable since Mon 30 Nov 11:42, retrying (last try 11:50: ")
    assert "News from it since then is unknown" in line
    assert item.json()["retrying"] is True
    assert in_store([inbox], [], [loss]) == []  # an account taken out of the config

    failed_later = FolderStatus("work", "*", None, None, None, "authentication failed for alex",
                                datetime(2026, 11, 30, 11, 0, tzinfo=UTC))
    [item] = in_store([inbox, failed_later], accounts, [loss])
    assert item.error == "authentication failed for alex" and item.json()["retrying"] is False


def test_a_lost_connection_whose_service_has_ended_is_not_said_to_be_retrying():
    """Before, a service killed (SIGKILL, the OOM killer) while its server was unreachable
    left every report saying "retrying" for good."""
    import os
    import subprocess
    import sys
    from dataclasses import replace
    from datetime import UTC, datetime
    from types import SimpleNamespace
    from zoneinfo import ZoneInfo

    from watcher.not_read import in_store
    from watcher.store import ConnectionLoss, FolderStatus

    lost_at, now = datetime(2026, 11, 30, 10, 42, tzinfo=UTC), datetime.now(UTC)
    accounts = [SimpleNamespace(name="work", type="imap", folders=("INBOX",), sent_folder="Sent")]
    inbox = FolderStatus("work", "INBOX", 7, 12, lost_at, None, None)
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()  # gone, and reaped
    loss = ConnectionLoss("work", lost_at, "connection failed: connection refused by 127.0.0.1:143", 4, now,
                          pid=ended.pid)
    [item] = in_store([inbox], accounts, [loss])
    assert (item.account, item.folder, item.since) == ("work", None, lost_at)
    assert item.json()["retrying"] is False
    line = item.line(ZoneInfo("Europe/Berlin"))
    assert line.startswith("account work: NOT SYNCED since Mon 30 Nov 11:42 (connection failed: ")
    assert "the service that was retrying has ended" in line and "systemctl --user start watcher" in line

    [alive] = in_store([inbox], accounts, [replace(loss, pid=os.getpid())])  # a process that runs
    assert alive.json()["retrying"] is True
    # Tried before the machine last started: whatever has that pid now is another process.
    [rebooted] = in_store([inbox], accounts, [replace(loss, pid=os.getpid(), tried_at=datetime(2000, 1, 1, tzinfo=UTC))])
    assert rebooted.json()["retrying"] is False
