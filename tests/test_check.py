"""`watcher check` against a real Dovecot and a real SMTP server: the usual setup mistakes."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.test_cli import REPO
from tests.test_scan_imap import imap_account, write_config


def check(config, env):
    return subprocess.run([sys.executable, "-m", "watcher", "--config", str(config), "check"],
                          capture_output=True, text=True, env={**os.environ, **env}, timeout=120, cwd=REPO)


def smtp_notify(server, password_env="WATCHER_TEST_SMTP") -> str:
    return (f'[notify.email]\nto = "alex@example.org"\nfrom = "watcher@example.org"\nhost = "{server.host}"\n'
            f'port = {server.port}\ntls = "starttls"\nca_file = "{server.ca_file}"\n'
            f'username = "{server.user}"\npassword_env = "{password_env}"\n')


def test_all_well_logs_in_everywhere_and_sends_nothing(tmp_path, dovecot, smtp_server):
    config = write_config(tmp_path, imap_account(dovecot), smtp_notify(smtp_server))
    result = check(config, {"WATCHER_TEST_IMAP": dovecot.password, "WATCHER_TEST_SMTP": smtp_server.password})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "account work: ok" in result.stdout
    assert "logged in, nothing sent" in result.stdout
    assert "2 interview(s), ok" in result.stdout
    assert smtp_server.messages == []


def test_a_missing_folder_is_named_with_the_folders_the_server_has(tmp_path, dovecot):
    account = imap_account(dovecot, folders='["INBOX", "Jobs"]') + 'sent_folder = "Sent Items"\n'
    config = write_config(tmp_path, account)
    result = check(config, {"WATCHER_TEST_IMAP": dovecot.password})
    assert result.returncode == 1
    assert "folder 'Jobs' does not exist on the server" in result.stdout
    assert "folder 'Sent Items' does not exist on the server" in result.stdout
    assert "it has: " in result.stdout and "Drafts" in result.stdout and "Sent" in result.stdout


def test_a_refused_smtp_login_and_a_bad_interviews_file_fail(tmp_path, dovecot, smtp_server):
    config = write_config(tmp_path, imap_account(dovecot), smtp_notify(smtp_server))
    (tmp_path / "interviews.toml").write_text('[[interview]]\nid = "x"\ncompany = "X"\nwhen = 2026-11-05\n')
    result = check(config, {"WATCHER_TEST_IMAP": dovecot.password, "WATCHER_TEST_SMTP": "wrong-password"})
    assert result.returncode == 1
    assert "refused the login" in result.stdout
    assert "wrong-password" not in result.stdout + result.stderr
    assert "line 4: interview[0] (id 'x'): when: 2026-11-05 has no time" in result.stdout


def test_interviews_nothing_can_match_are_warned_about(tmp_path, dovecot):
    config = write_config(tmp_path, imap_account(dovecot))
    (tmp_path / "interviews.toml").write_text(
        '[[interview]]\nid = "lonely"\ncompany = "Nobody"\nwhen = 2026-11-05T10:00:00+01:00\n\n'
        '[[interview]]\nid = "gmail"\ncompany = "Tiny"\nwhen = 2026-11-05T10:00:00+01:00\ndomains = ["gmail.com"]\n')
    result = check(config, {"WATCHER_TEST_IMAP": dovecot.password})
    assert result.returncode == 0, result.stdout
    assert "warning: interview lonely: no contact, domain or recruiter" in result.stdout
    assert "warning: interview gmail: gmail.com is a free-mail domain" in result.stdout


def test_a_password_command_written_for_a_shell_says_it_runs_without_one(tmp_path, dovecot):
    account = imap_account(dovecot).replace('password_env = "WATCHER_TEST_IMAP"',
                                            "password_command = \"cat ~/secret | head -1\"")
    config = write_config(tmp_path, account)
    result = check(config, {})
    assert result.returncode == 1
    assert "runs without a shell: use sh -c '...' for ~, pipes or variables" in result.stdout


def test_a_refused_login_with_a_shell_written_password_command_says_it_runs_without_one(tmp_path, dovecot):
    """`echo PASSWORD | cat` succeeds without a shell too, printing "PASSWORD | cat": the server
    refuses that, and check says why it may have."""
    account = imap_account(dovecot).replace('password_env = "WATCHER_TEST_IMAP"',
                                            f'password_command = "echo {dovecot.password} | cat"')
    result = check(write_config(tmp_path, account), {})
    assert result.returncode == 1
    [line] = [line for line in result.stdout.splitlines() if line.startswith("account work:")]
    assert "authentication failed" in line and line.endswith("runs without a shell: use sh -c '...' for ~, pipes "
                                                              "or variables")


def test_login_says_there_is_no_usable_keyring_before_asking(tmp_path, dovecot):
    config = write_config(tmp_path, imap_account(dovecot).replace('password_env = "WATCHER_TEST_IMAP"\n', ""))
    result = subprocess.run([sys.executable, "-m", "watcher", "--config", str(config), "login", "work"],
                            capture_output=True, text=True, input="typed-secret\n", timeout=60, cwd=REPO,
                            env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert result.returncode == 2
    assert "no usable keyring" in result.stderr
    assert "Password" not in result.stdout + result.stderr  # it never asked


def test_a_server_without_login_and_desktop_notices_without_a_bus_are_said_plainly(tmp_path, dovecot,
                                                                                 plain_smtp_server):
    """No username: check says it connected, not that it logged in. Desktop notices on where no
    session bus is: a warning (a service may have one), and it fails nothing."""
    notify = (f'[notify.desktop]\nenabled = true\n[notify.email]\nto = "alex@example.org"\n'
              f'from = "watcher@example.org"\nhost = "{plain_smtp_server.host}"\nport = {plain_smtp_server.port}\n'
              'tls = "none"\n')
    config = write_config(tmp_path, imap_account(dovecot), notify)
    env = {"WATCHER_TEST_IMAP": dovecot.password, "DBUS_SESSION_BUS_ADDRESS": ""}
    result = check(config, env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "connected (no username: no login), nothing sent" in result.stdout
    assert "logged in" not in result.stdout
    assert "warning: desktop notices cannot be shown from here: no session bus" in result.stdout
    assert "no other notice channel" not in result.stdout  # email notices still reach the user
    alone = write_config(tmp_path, imap_account(dovecot), "[notify.desktop]\nenabled = true\n")
    assert "no other notice channel is on" in check(alone, env).stdout


def test_a_local_mailbox_or_sent_mailbox_that_is_not_there_is_named(tmp_path):
    """A Maildir or mbox account whose path or sent_path is missing fails check, as the scan
    could not read it; the one that exists passes."""
    (tmp_path / "mail").mkdir()
    (tmp_path / "mail" / "Inbox").write_text("")
    account = ('[[account]]\nname = "local"\ntype = "mbox"\npath = "mail/Inbox"\nsent_path = "mail/Sent"\n')
    result = check(write_config(tmp_path, account), {})
    assert result.returncode == 1, result.stdout
    assert f"account local: sent_path {tmp_path / 'mail' / 'Sent'} does not exist (the mbox" in result.stdout
    assert "account local: ok" not in result.stdout and "mail/Inbox" not in result.stdout
    (tmp_path / "mail" / "Sent").write_text("")
    fixed = check(write_config(tmp_path, account), {})
    assert fixed.returncode == 0, fixed.stdout
    assert "account local: ok" in fixed.stdout


def test_a_refused_login_and_a_server_out_of_reach_say_what_to_do(tmp_path, dovecot):
    from tests.fixtures_dovecot import free_port

    refused = check(write_config(tmp_path, imap_account(dovecot)), {"WATCHER_TEST_IMAP": "not-the-password"})
    assert refused.returncode == 1
    lines = refused.stdout.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("account work: authentication failed"))
    assert lines[at + 1] == ("  What to do: the server refused the password from the environment variable"
                             " WATCHER_TEST_IMAP (password_env of account work): make it give the account's"
                             " password (an app password where the provider wants one), then run `watcher check`.")
    assert "not-the-password" not in refused.stdout + refused.stderr

    class Closed:
        host, port, user = "127.0.0.1", free_port(), "nobody"

    out_of_reach = check(write_config(tmp_path, imap_account(Closed)), {"WATCHER_TEST_IMAP": "x"})
    assert out_of_reach.returncode == 1
    assert ("  What to do: check the network and the server's name and port, then run `watcher check` again."
            in out_of_reach.stdout.splitlines())


def test_desktop_notices_on_a_bus_with_no_notification_service_are_warned_about(tmp_path, dovecot,
                                                                             dbus_session_address):
    """A session bus that no notification daemon serves (a bare window manager, a service given
    a stale address) shows no notice: check says so, where before it said nothing and every
    notice then failed."""
    config = write_config(tmp_path, imap_account(dovecot), "[notify.desktop]\nenabled = true\n")
    result = check(config, {"WATCHER_TEST_IMAP": dovecot.password, "DBUS_SESSION_BUS_ADDRESS": dbus_session_address})
    assert result.returncode == 0, result.stdout + result.stderr
    assert ("warning: desktop notices cannot be shown from here: no notification service on the session bus "
            "(org.freedesktop.Notifications has no owner: start your desktop's notification daemon, "
            "e.g. dunst or mako)") in result.stdout


def test_desktop_notices_on_a_bus_that_cannot_be_reached_are_warned_about(tmp_path, dovecot):
    config = write_config(tmp_path, imap_account(dovecot), "[notify.desktop]\nenabled = true\n")
    gone = f"unix:path={tmp_path}/no-bus-here"
    result = check(config, {"WATCHER_TEST_IMAP": dovecot.password, "DBUS_SESSION_BUS_ADDRESS": gone})
    assert result.returncode == 0, result.stdout + result.stderr
    assert (f"warning: desktop notices cannot be shown from here: cannot reach the session bus at {gone} "
            "(FileNotFoundError)") in result.stdout


def test_desktop_notices_with_a_notification_service_pass_check(tmp_path, dovecot, notification_server):
    config = write_config(tmp_path, imap_account(dovecot), "[notify.desktop]\nenabled = true\n")
    result = check(config, {"WATCHER_TEST_IMAP": dovecot.password,
                            "DBUS_SESSION_BUS_ADDRESS": notification_server.address})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "desktop notices" not in result.stdout
    assert notification_server.calls == []  # nothing shown
