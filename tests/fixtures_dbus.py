"""Test fixtures: dbus (filled in by its own module)."""
