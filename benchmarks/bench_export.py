"""Exporting 1,000 entries of about 400 words: `thingsjournal --journal DIR export --all
--privacy off -o FILE` (Markdown, the default format) against jrnl 4.6's Markdown export of the
same 1,000 texts (`jrnl --format markdown --file FILE`), each a whole process writing one file,
stdin not a terminal, timed in turns in the same run (issue 28: 0.9x). Then the same export with
the privacy check (`--privacy warn`, the default) against it (1.5x), and with `--format html`
against it (1.5x). Each baseline runs twice a round, for the A/A noise.

jrnl's journal is one plain-text file holding each entry's statement and three answers, one entry
a day, with a `timeformat` that jrnl can read back with strptime (its default, "%F %r", prints
the same dates but makes it parse every date the slow way). Every output file is checked after
every timed run, so a command that writes nothing cannot win."""

from __future__ import annotations

import tomllib
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path

from corpus import make_journal
from harness import isolated_env, our_command, rounds, time_command, tool_venv
from report import Result

ENTRIES = 1000
TIME_FORMAT = "%Y-%m-%d %I:%M:%S %p"  # "[2021-01-01 09:00:00 AM] Title"


def run(runs: int) -> list[Result]:
    jrnl = tool_venv("jrnl", "jrnl==4.6", "jrnl")
    env = isolated_env()
    home = Path(env["HOME"])
    least = _journals(home / "journal", home / "jrnl.txt", Path(env["XDG_CONFIG_HOME"]))
    export = [str(our_command()), "--journal", str(home / "journal"), "export", "--all"]
    commands = {
        "markdown": [*export, "--privacy", "off", "-o"],
        "markdown again": [*export, "--privacy", "off", "-o"],
        "jrnl": [str(jrnl), "--format", "markdown", "--file"],
        "jrnl again": [str(jrnl), "--format", "markdown", "--file"],
        "checked": [*export, "--privacy", "warn", "-o"],
        "html": [*export, "--privacy", "off", "--format", "html", "-o"],
    }
    samplers = [partial(_time, command, home / f"{n}.out", env, least) for n, command in enumerate(commands.values())]
    times = dict(zip(commands, rounds(samplers, runs), strict=True))
    markdown, again = times["markdown"], times["markdown again"]
    what = "whole process, 1,000 entries of ~400 words to a file"
    return [
        Result(
            "export --all --privacy off, 1,000 entries, Markdown",
            "jrnl 4.6's Markdown export",
            markdown,
            times["jrnl"],
            0.9,
            times["jrnl again"],
            what=f"{what}; jrnl --format markdown --file",
        ),
        Result(
            "export --all with the privacy check, 1,000 entries",
            "--privacy off",
            times["checked"],
            markdown,
            1.5,
            again,
            what=f"{what}; --privacy warn is the default",
        ),
        Result(
            "export --all --privacy off, 1,000 entries, HTML",
            "our Markdown export",
            times["html"],
            markdown,
            1.5,
            again,
            what=f"{what}; --format html",
        ),
    ]


def _journals(ours: Path, theirs: Path, config_home: Path) -> int:
    """Our journal of ENTRIES entries, and jrnl's journal and config holding the same texts.
    Returns the least size of a plausible export: nearly all the bytes of the entries' texts."""
    make_journal(ours, ENTRIES)
    day = datetime(2021, 1, 1, 9, 0)
    entries, size = [], 0
    for number, path in enumerate(sorted(ours.glob("*.toml"))):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        body = "\n\n".join([data["statement"], *data["answers"].values()])
        size += len(body.encode())
        when = day + timedelta(days=number)
        entries.append(f"[{when.strftime(TIME_FORMAT)}] Thing {data['thing']}\n{body}\n")
    assert len(entries) == ENTRIES, len(entries)
    theirs.write_text("\n".join(entries), encoding="utf-8")
    (config_home / "jrnl").mkdir(parents=True, exist_ok=True)
    (config_home / "jrnl" / "jrnl.yaml").write_text(
        f"""version: "4.6"
journals:
  default:
    journal: {theirs}
encrypt: false
template: false
editor: ""
default_hour: 9
default_minute: 0
timeformat: "{TIME_FORMAT}"
tagsymbols: "#@"
highlight: false
linewrap: 79
indent_character: "|"
colors: {{body: none, date: none, tags: none, title: none}}
""",
        encoding="utf-8",
    )
    return size * 95 // 100  # room for an export that tidies spacing


def _time(arguments: list[str], output: Path, env: dict[str, str], least: int) -> float:
    """Milliseconds of one export to `output`, which is removed before and checked after."""
    output.unlink(missing_ok=True)
    elapsed = time_command([*arguments, str(output)], env)
    assert output.is_file() and output.stat().st_size >= least, (arguments, output, least)
    return elapsed
