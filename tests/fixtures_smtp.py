"""Test fixtures: smtp (filled in by its own module)."""
