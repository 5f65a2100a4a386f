"""Shared pytest wiring: every real server the tests use is a fixture module of its own."""

from collections.abc import Iterator

import pytest

from tests.scratch import remove_run_folder

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


@pytest.fixture(autouse=True, scope="session")
def _scratch_removed_at_the_end() -> Iterator[None]:
    """The run's own temporary folders outside pytest's (tests/scratch.py), gone at its end;
    those of a run killed first go at the next run's first use."""
    yield
    remove_run_folder()
