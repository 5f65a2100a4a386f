"""Subcommands that have a module of their own (cli.py holds their parser and dispatch lines)."""
