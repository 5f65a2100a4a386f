"""Subcommands that grew past a screen: each module parses nothing, it runs one command.

cli.py builds the parser and dispatches here with the parsed arguments and the config.
"""
