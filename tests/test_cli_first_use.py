"""What a first-time user meets on the command line: `watcher` run as a subprocess."""

from __future__ import annotations

import json

from tests.test_cli import bare, example, watcher  # noqa: F401  (bare and example are fixtures)


def test_a_missing_default_config_points_to_watcher_init(tmp_path):
    home = tmp_path / "xdg"
    result = watcher("todo", env={"XDG_CONFIG_HOME": str(home)})
    assert result.returncode == 2
    assert str(home / "watcher" / "config.toml") in result.stderr
    assert "watcher init" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_empty_interview_list_says_how_to_log_one(bare):  # noqa: F811
    listed = watcher("interview", "list", config=bare)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.startswith("No interviews logged yet. Log one with `watcher interview add`")
    assert watcher("interview", "list", "--json", config=bare).stdout.strip() == "[]"


def test_an_empty_list_names_the_interviews_file_a_scan_reads(example):  # noqa: F811
    # Before any scan the store holds nothing of the file, which may even be broken:
    # the list says where its interviews come from, not "name an interviews_file".
    interviews = example.parent / "examples" / "interviews.toml"
    interviews.write_text(interviews.read_text().replace("when = 2026-10-27T10", "when = 2026-13-27T10", 1))
    listed = watcher("interview", "list", config=example)
    assert listed.returncode == 0, listed.stderr
    assert str(interviews) in listed.stdout and "`watcher scan`" in listed.stdout
    assert "name an interviews_file" not in listed.stdout


def test_interview_list_never_cuts_an_id(bare):  # noqa: F811
    long_id = "acme-analytics-data-engineer-2026-10-27"
    contact = "anna.berg.recruiting@acme-analytics.example.com"
    added = watcher("interview", "add", "--id", long_id, "--company", "Acme Analytics", "--role", "Data Engineer",
                    "--when", "2026-10-27T10:00", "--contact", contact, config=bare)
    assert added.returncode == 0, added.stderr
    listed = watcher("interview", "list", config=bare, env={"COLUMNS": "80"})
    assert listed.returncode == 0, listed.stderr
    assert long_id in listed.stdout


def test_a_snooze_it_cannot_read_says_what_it_takes(bare):  # noqa: F811
    added = watcher("interview", "add", "--id", "acme", "--company", "Acme", "--role", "Dev",
                    "--when", "2026-10-27T10:00", "--contact", "anna@acme.example", config=bare)
    assert added.returncode == 0, added.stderr
    result = watcher("snooze", "acme", "a week", config=bare)
    assert result.returncode == 2
    assert "acme" in result.stderr and "'a week'" in result.stderr
    assert "1w" in result.stderr and "off" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_export_to_a_missing_folder_names_the_file_and_what_to_do(bare, tmp_path):  # noqa: F811
    target = tmp_path / "no-such-folder" / "export.json"
    result = watcher("export", str(target), config=bare)
    assert result.returncode == 2
    assert f"cannot write the export to {target}" in result.stderr
    assert "folder that exists" in result.stderr
    assert "Traceback" not in result.stderr and not target.parent.exists()


def test_review_with_nothing_held_says_so_even_off_a_terminal(bare):  # noqa: F811
    result = watcher("review", config=bare, stdin="")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "nothing held for review\n"


def test_init_without_a_keyring_keeps_the_config_and_says_how_to_go_on(tmp_path):
    home = tmp_path / "xdg"
    result = watcher("init", "--non-interactive", "--address", "me@fastmail.com", "--timezone", "Europe/Berlin",
                     "--country", "DE", stdin="",
                     env={"XDG_CONFIG_HOME": str(home), "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    written = home / "watcher" / "config.toml"
    assert result.returncode == 2
    assert written.is_file()
    assert "password_command" in result.stderr
    assert str(written) in result.stderr and "watcher check" in result.stderr
    assert "watcher login fastmail" not in result.stderr  # a password_command or password_env needs none
    assert "Traceback" not in result.stderr
    # Done as told: with password_env set, `watcher login` says there is nothing to store
    # instead of repeating that there is no keyring.
    text = written.read_text().replace('auth = "password"', 'auth = "password"\npassword_env = "FASTMAIL_PW"')
    written.write_text(text)
    login = watcher("login", "fastmail", stdin="", env={"XDG_CONFIG_HOME": str(home),
                                                         "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert login.returncode == 2
    assert "password_env (FASTMAIL_PW)" in login.stderr and "nothing to store" in login.stderr
    assert "keyring" in login.stderr and "no usable keyring" not in login.stderr


def test_init_without_login_says_to_sign_in_next(tmp_path):
    home = tmp_path / "xdg"
    result = watcher("init", "--non-interactive", "--address", "me@fastmail.com", "--timezone", "Europe/Berlin",
                     "--country", "DE", "--no-login", "--no-check", env={"XDG_CONFIG_HOME": str(home)})
    assert result.returncode == 0, result.stderr
    assert "Next: sign in with `watcher login fastmail`, then `watcher check`" in result.stdout


def test_desktop_notices_without_a_bus_are_a_warning_only_where_notices_are_sent(example):  # noqa: F811
    """`todo`, `draft` and `status` send nothing: the desktop channel they cannot use is logged
    at info level there (shown only with -v), a warning only from `scan`."""
    text = example.read_text().replace("enabled = false ", "enabled = true ")
    assert "enabled = true" in text
    example.write_text(text)
    no_bus = {"DBUS_SESSION_BUS_ADDRESS": ""}

    def disabled_levels(result) -> list[str]:
        return [json.loads(line)["level"] for line in result.stderr.splitlines()
                if '"notify.channel_disabled"' in line]

    scanned = watcher("scan", "--no-notify", config=example, env=no_bus)
    assert disabled_levels(scanned) == ["warning"]
    for words in (["todo"], ["status"], ["draft", "initech-pm", "follow_up"]):
        result = watcher(*words, config=example, env=no_bus)
        assert result.returncode == 0, result.stderr
        assert disabled_levels(result) == [], words
        told = watcher("-v", *words, config=example, env=no_bus)
        assert disabled_levels(told) == ["info"], words
