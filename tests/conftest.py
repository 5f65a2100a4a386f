"""Shared pytest wiring: every real server the tests use is a fixture module of its own."""

import pytest

pytest_plugins = [
    "tests.fixtures_dovecot",
    "tests.fixtures_smtp",
    "tests.fixtures_dbus",
    "tests.fixtures_oauth",
    "tests.fixtures_example",
]


@pytest.fixture(autouse=True)
def _own_state_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """watcher writes under $XDG_STATE_HOME (checked files' kept results, watcher/kept.py; the
    default database): in the tests, under the run's temporary folder, never the user's home,
    for the processes the tests start too. A test may set its own."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path_factory.getbasetemp() / "xdg-state"))
