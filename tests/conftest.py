"""Shared pytest wiring: every real server the tests use is a fixture module of its own."""

pytest_plugins = [
    "tests.fixtures_dovecot",
    "tests.fixtures_smtp",
    "tests.fixtures_dbus",
    "tests.fixtures_oauth",
    "tests.fixtures_example",
]
