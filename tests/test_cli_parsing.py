"""The command line builds only the parser it needs (`cli.main.parser_for`): the command given
alone, found as argparse finds it, so every way of writing the global options reaches the same
command with all its arguments; `--help` names every command; and every command in the table has
its arguments and handler."""

from __future__ import annotations

import pytest

from thingsjournal.cli.main import COMMANDS, parser_for


@pytest.mark.parametrize(
    "argv",
    [
        ["things", "--json"],
        ["--journal", "j", "things", "--json"],
        ["--journal=j", "things", "--json"],
        ["--jour", "j", "things", "--json"],  # argparse takes a unique start of a long option
        ["--content", "a", "--content", "b", "--programme", "p", "things", "--json"],
        ["--jour", "entries", "things", "--json"],  # a journal folder named like a command
    ],
)
def test_the_command_is_found_however_the_global_options_are_written(argv: list[str]) -> None:
    from thingsjournal.cli.things import things

    args = parser_for(argv).parse_args(argv)
    assert args.command == "things"
    assert args.handler is things
    assert args.json is True


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_has_its_arguments_and_handler(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        parser_for([name, "--help"]).parse_args([name, "--help"])
    assert done.value.code == 0
    shown = capsys.readouterr().out
    assert shown.startswith(f"usage: thingsjournal {name}")
    assert "--help" in shown


@pytest.mark.parametrize("help_option", ["--help", "-h", "--he"])
def test_help_names_every_command_with_its_line(help_option: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parser_for([help_option, "things"]).parse_args([help_option, "things"])
    shown = " ".join(capsys.readouterr().out.split())
    for name, (_, _, line) in COMMANDS.items():
        assert f"{name} {' '.join(line.split())}" in shown


def test_an_unknown_command_names_the_ones_there_are() -> None:
    from thingsjournal.errors import UserError

    with pytest.raises(UserError, match="unknown command 'thigns'"):
        parser_for(["thigns"]).parse_args(["thigns"])
