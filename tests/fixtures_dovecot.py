"""Test fixtures: dovecot (filled in by its own module)."""
