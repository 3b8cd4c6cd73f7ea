"""The command line: argparse subcommands over the same functions the TUI calls."""
