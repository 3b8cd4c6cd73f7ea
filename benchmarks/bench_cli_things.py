"""`thingsjournal things --json` against `jrnl --version` (jrnl 4.6): the command line must feel
as quick as a tool that does almost nothing."""

from __future__ import annotations

from harness import Result, alternate, isolated_env, our_command, tool_venv


def run(runs: int) -> list[Result]:
    jrnl = tool_venv("jrnl", "jrnl==4.6", "jrnl")
    env = isolated_env()
    ours, baseline = alternate([str(our_command()), "things", "--json"], [str(jrnl), "--version"], env, runs)
    return [
        Result(
            name="things --json",
            what="whole process, content cache warm, empty journal; median of alternating runs",
            ours_ms=ours,
            baseline_ms=baseline,
            baseline="jrnl --version",
            target=1.3,
        )
    ]
