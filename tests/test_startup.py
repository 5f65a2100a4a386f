"""Commands load only what they use: checked by the modules a fresh process imported.

Times are the benchmark's (bench/run.py reports ``watcher --help``); this only makes sure
a refactoring does not silently pull the heavy parts back into a light command.
"""

from __future__ import annotations

import json
import mailbox
import subprocess
import sys
from pathlib import Path

HEAVY = ("rich", "holidays", "imapclient", "imaplib", "apscheduler")
PIPELINE = ("watcher.pipeline", "watcher.policy", "watcher.classify", "watcher.sources.imap.session")

PROBE = """
import json, sys
from watcher.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as stop:
    code = stop.code
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def loaded(*argv: str) -> set[str]:
    result = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, timeout=60)
    return set(json.loads(result.stderr.strip().splitlines()[-1]))


def top_level(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


def test_help_loads_nothing_heavy() -> None:
    modules = loaded("--help")
    assert top_level(modules) & {*HEAVY, "pydantic", "keyring", "structlog"} == set()
    assert modules & {*PIPELINE, "watcher.config", "watcher.store", "watcher.actions"} == set()


def test_a_command_s_help_loads_no_config_either() -> None:
    for argv in (("init", "--help"), ("login", "--help"), ("board", "--help"), ("scan", "--help")):
        modules = loaded(*argv)
        assert top_level(modules) & {*HEAVY, "pydantic", "keyring"} == set(), argv
        assert "watcher.config" not in modules, argv


def test_interview_list_as_json_loads_no_pipeline_tables_or_holidays(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        f'[me]\naddresses = ["me@example.org"]\n[database]\npath = "{tmp_path / "w.db"}"\n'
        '[policy]\ntimezone = "UTC"\ncountry = ""\n'
    )
    modules = loaded("--config", str(config), "interview", "list", "--json")
    assert "watcher.config" in modules  # it did read the config: the probe saw a real run
    assert top_level(modules) & set(HEAVY) == set()
    assert modules & {"watcher.pipeline", "watcher.policy", "watcher.classify"} == set()


def _config(tmp_path: Path) -> Path:
    config = tmp_path / "config.toml"
    config.write_text(
        f'[me]\naddresses = ["me@example.org"]\n[database]\npath = "{tmp_path / "w.db"}"\n'
        '[policy]\ntimezone = "UTC"\ncountry = ""\n'
    )
    return config


def test_status_as_json_loads_no_tables_holidays_imap_or_scheduler(tmp_path: Path) -> None:
    modules = loaded("--config", str(_config(tmp_path)), "status", "--json")
    assert "watcher.store" in modules  # it did read the database: the probe saw a real run
    assert top_level(modules) & set(HEAVY) == set()
    assert modules & {"watcher.actions", "watcher.sources.imap.session"} == set()


def test_a_usage_error_from_an_unloaded_module_still_exits_2(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "watcher", "--config", str(_config(tmp_path)),
                             "interview", "close", "nobody"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2, result.stderr
    assert "nobody" in result.stderr


def test_status_and_interview_list_read_a_kept_config_without_pydantic(tmp_path: Path) -> None:
    config = str(_config(tmp_path))
    first = loaded("--config", config, "status", "--json")
    assert {"pydantic", "watcher.config"} <= first  # validated once: the file was new
    for argv in (("status", "--json"), ("interview", "list", "--json")):
        modules = loaded("--config", config, *argv)
        assert "watcher.settings" in modules, argv  # it did read the config
        assert top_level(modules) & {"pydantic", "pydantic_core", "keyring", *HEAVY} == set(), argv
        assert modules & {"watcher.config", "watcher.interviews_file", "watcher.actions"} == set(), argv


MESSAGE = (
    "From: Jane Doe <jane@acme.example>\nTo: me@example.org\nSubject: Re: our interview\n"
    "Date: Tue, 03 Nov 2026 10:00:00 +0000\nMessage-ID: <reply-1@acme.example>\n\n"
    "Thanks for your time yesterday. We will let you know next week.\n"
)


def test_a_scan_with_nothing_new_loads_no_classifier_config_check_or_keyring(tmp_path: Path) -> None:
    maildir = mailbox.Maildir(tmp_path / "Maildir", create=True)
    maildir.add(MESSAGE)
    interviews = tmp_path / "interviews.toml"
    interviews.write_text('[[interview]]\ncompany = "Acme"\nwhen = 2026-11-02T10:00:00+00:00\n'
                          'contacts = ["jane@acme.example"]\n')
    config = tmp_path / "config.toml"
    config.write_text(
        f'interviews_file = "{interviews}"\n'
        f'[me]\naddresses = ["me@example.org"]\n[database]\npath = "{tmp_path / "w.db"}"\n'
        f'[[account]]\nname = "local"\ntype = "maildir"\npath = "{tmp_path / "Maildir"}"\nlookback_days = 3650\n'
        '[policy]\ntimezone = "UTC"\ncountry = ""\n'
    )
    first = loaded("--config", str(config), "scan", "--json", "--no-notify")
    assert {"watcher.classify", "watcher.interviews_file"} <= first  # the reply was new, read and classified
    assert "asyncio" not in first  # structlog's async methods are never called (watcher/log.py)
    modules = loaded("--config", str(config), "scan", "--json", "--no-notify")
    assert {"watcher.pipeline", "watcher.policy", "watcher.sync"} <= modules  # it synced and decided
    assert modules & {"watcher.classify", "watcher.phrases", "watcher.config", "watcher.interviews_file",
                      "watcher.actions"} == set()
    assert top_level(modules) & {"pydantic", "keyring", *HEAVY} == set()


def test_a_scan_loads_no_channel_its_config_leaves_off_nor_the_zone_reader_for_a_zone_written(tmp_path: Path) -> None:
    """No e-mail channel configured: no smtplib nor e-mail writer; ``[policy] timezone``
    written: the config check does not ask the system for its zone (tzlocal); no account
    signs in by OAuth2: no token store."""
    maildir = mailbox.Maildir(tmp_path / "Maildir", create=True)
    maildir.add(MESSAGE)
    config = tmp_path / "config.toml"
    config.write_text(
        f'[me]\naddresses = ["me@example.org"]\n[database]\npath = "{tmp_path / "w.db"}"\n'
        f'[[account]]\nname = "local"\ntype = "maildir"\npath = "{tmp_path / "Maildir"}"\nlookback_days = 3650\n'
        '[policy]\ntimezone = "Europe/Berlin"\ncountry = ""\n'
    )
    modules = loaded("--config", str(config), "scan", "--json")
    assert {"watcher.config", "watcher.pipeline", "watcher.notify"} <= modules  # checked the config, decided
    assert modules & {"smtplib", "watcher.notify.smtp", "watcher.notify.imap_drafts", "tzlocal",
                      "watcher.auth.tokens"} == set()


def test_structlog_s_async_methods_still_work_through_the_asyncio_stand_in() -> None:
    """watcher.log imports structlog with a stand-in for asyncio; the first use of it
    imports the real one, so structlog's async loggers (and anyone's asyncio) still work."""
    probe = (
        "import sys, watcher.log, structlog, structlog.stdlib\n"
        "assert 'asyncio' not in sys.modules\n"
        "import asyncio\n"
        "async def go():\n"
        "    await structlog.stdlib.get_logger('probe').ainfo('logged from a coroutine')\n"
        "    await structlog.get_logger('probe').ainfo('and through the native logger')\n"
        "asyncio.run(go())\n"
        "print(structlog.stdlib.asyncio.get_running_loop is asyncio.get_running_loop)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "logged from a coroutine" in result.stdout + result.stderr
    assert "and through the native logger" in result.stdout + result.stderr
    assert result.stdout.strip().splitlines()[-1] == "True"
