"""Exporting 1,000 entries of about 400 words: `thingsjournal --journal DIR export --all -o FILE`
(Markdown, the default format) against jrnl 4.6's Markdown export of the same 1,000 texts
(`jrnl --format markdown --file FILE`), each a whole process writing one file, stdin not a
terminal, timed alternately in the same run, ours with `--privacy off`. Then the same export
with the privacy check (`--privacy warn`, the default) against it: DESIGN.md lets the check add
as much again. For context, the export with `--format html` against the Markdown one.

jrnl's journal is one plain-text file holding each entry's statement and three answers, one entry
a day, with a `timeformat` that jrnl can read back with strptime (its default, "%F %r", prints
the same dates but makes it parse every date the slow way). Every output file is checked after
every timed run, so a command that writes nothing cannot win."""

from __future__ import annotations

import statistics
import subprocess
import time
import tomllib
from datetime import datetime, timedelta
from pathlib import Path

from corpus import make_journal
from harness import Result, isolated_env, our_command, tool_venv

ENTRIES = 1000
TIME_FORMAT = "%Y-%m-%d %I:%M:%S %p"  # "[2021-01-01 09:00:00 AM] Title"


def run(runs: int) -> list[Result]:
    jrnl = tool_venv("jrnl", "jrnl==4.6", "jrnl")
    env = isolated_env()
    home = Path(env["HOME"])
    least = _journals(home / "journal", home / "jrnl.txt", Path(env["XDG_CONFIG_HOME"]))
    theirs = ([str(jrnl), "--format", "markdown", "--file"], home / "jrnl.md")
    export = [str(our_command()), "--journal", str(home / "journal"), "export", "--all"]
    markdown = ([*export, "--privacy", "off", "-o"], home / "ours.md")
    checked = ([*export, "--privacy", "warn", "-o"], home / "checked.md")
    html = ([*export, "--privacy", "off", "--format", "html", "-o"], home / "ours.html")
    ours, base = _alternate([markdown, theirs], env, runs, least)
    with_check, without = _alternate([checked, markdown], env, runs, least)
    as_html, as_markdown = _alternate([html, markdown], env, runs, least)
    return [
        Result(
            "export --all, 1,000 entries",
            "whole process, Markdown of 1,000 entries of ~400 words to a file; median of alternating runs",
            ours,
            base,
            "jrnl 4.6 --format markdown --file",
            1.2,
        ),
        Result(
            "export --all with the privacy check, 1,000 entries",
            "whole process, --privacy warn (the default) against --privacy off; median of alternating runs",
            with_check,
            without,
            "the same export with --privacy off",
            1.5,
        ),
        Result(
            "export --all --format html, 1,000 entries",
            "whole process, HTML of the same entries to a file; median of alternating runs",
            as_html,
            as_markdown,
            "our Markdown export",
            None,
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


def _alternate(commands: list[tuple[list[str], Path]], env: dict[str, str], runs: int, least: int) -> list[float]:
    """Median wall time in ms of each command (given its output file), over `runs` alternating
    runs after one warm-up each; each output is removed before and checked after every run."""
    for command in commands:
        _time(command, env, least)
    times: list[list[float]] = [[] for _ in commands]
    for run in range(runs):
        order = list(range(len(commands)))
        for index in order if run % 2 == 0 else reversed(order):
            times[index].append(_time(commands[index], env, least))
    return [statistics.median(each) for each in times]


def _time(command: tuple[list[str], Path], env: dict[str, str], least: int) -> float:
    arguments, output = command
    output.unlink(missing_ok=True)
    start = time.perf_counter()
    done = subprocess.run(
        [*arguments, str(output)], env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    elapsed = (time.perf_counter() - start) * 1000
    assert done.returncode == 0, f"{arguments[0]} exit {done.returncode}: {done.stderr.decode(errors='replace')[-500:]}"
    assert output.is_file() and output.stat().st_size >= least, (arguments, output, least)
    return elapsed
