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
def _own_cache_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Validated configs are kept under $XDG_CACHE_HOME (watcher/settings.py): in the tests,
    under the run's temporary folder, never the user's, for processes the tests start too."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "xdg-cache"))
