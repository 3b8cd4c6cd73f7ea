"""The command line: argparse subcommands over the same functions the TUI calls, one module for
each command (its parser and its handler), put together in `main`."""

PROG = "thingsjournal"
