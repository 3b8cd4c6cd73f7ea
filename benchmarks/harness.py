"""Measuring: whole processes and calls timed in turns with their baselines (and each baseline
again, for the A/A noise), a process's peak memory, a fresh home folder, and private virtual
environments for baseline tools."""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

HERE = Path(__file__).resolve().parent
VENVS = HERE / ".venvs"


REFUSALS = ("unknown command", "invalid choice", "unrecognized arguments")  # argparse's words, and cli/main.py's


class NotBuiltError(Exception):
    """The app refused a command or an option a benchmark uses: that feature is not built yet."""


def failure(argv: Sequence[str], code: int, output: str) -> Exception:
    """What a command that failed raises: NotBuiltError if argparse refused its arguments, else a
    RuntimeError with the last line it printed."""
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    last = lines[-1] if lines else "(nothing printed)"
    if any(refusal in output for refusal in REFUSALS):
        return NotBuiltError(f"{Path(argv[0]).name} refused {' '.join(argv[1:])[:120]}: {last[:160]}")
    return RuntimeError(f"{Path(argv[0]).name} {' '.join(argv[1:])[:80]} exit {code}: {last[:200]}")


def scratch_folder(prefix: str = "tj-bench-") -> Path:
    """A new temporary folder, removed when the run ends (some hold journals of tens of MB)."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def isolated_env() -> dict[str, str]:
    """A fresh HOME and XDG folders, so no real journal, settings or cache is touched."""
    home = scratch_folder()
    env = {**os.environ, "HOME": str(home)}
    for variable, sub in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        (home / sub).mkdir(parents=True, exist_ok=True)
        env[variable] = str(home / sub)
    env.pop("THINGSJOURNAL_DIR", None)
    return env


def rounds(samplers: Sequence[Callable[[], float]], runs: int) -> list[list[float]]:
    """`runs` samples of each sampler, taken in turns, after one warm-up sample each (left out):
    forward in even rounds and backward in odd ones, so that no sampler always follows another."""
    for sample in samplers:
        sample()
    samples: list[list[float]] = [[] for _ in samplers]
    for run in range(runs):
        order = range(len(samplers)) if run % 2 == 0 else reversed(range(len(samplers)))
        for index in order:
            samples[index].append(samplers[index]())
    return samples


def time_command(command: Sequence[str], env: dict[str, str]) -> float:
    """Milliseconds of one whole process, stdin and stdout not a terminal; it must succeed."""
    start = time.perf_counter()
    done = subprocess.run(command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = (time.perf_counter() - start) * 1000
    if done.returncode:
        raise failure(command, done.returncode, done.stderr.decode(errors="replace"))
    return elapsed


def alternate(commands: Sequence[Sequence[str]], env: dict[str, str], runs: int) -> list[list[float]]:
    """Each command's wall times in ms over `runs` rounds (see `rounds`)."""
    return rounds([partial(time_command, command, env) for command in commands], runs)


def alternate_calls(functions: Sequence[Callable[[], object]], runs: int, inner: int = 1) -> list[list[float]]:
    """Each function's time in ms per call over `runs` rounds, a sample being `inner` calls."""

    def sample(function: Callable[[], object]) -> float:
        start = time.perf_counter()
        for _ in range(inner):
            function()
        return (time.perf_counter() - start) * 1000 / inner

    return rounds([partial(sample, function) for function in functions], runs)


def peak_memory(command: Sequence[str], env: dict[str, str]) -> tuple[int, float]:
    """The command's peak resident memory in bytes, and its wall time in ms; it must succeed.

    Linux counts a child's peak from the process it was forked from, so the command runs under
    a small Python that reports it (`_MEASURE`), not under this big process."""
    done = subprocess.run(
        [sys.executable, "-S", "-c", _MEASURE, *command], env=env, capture_output=True, text=True, check=True
    )
    status, kilobytes, elapsed = done.stdout.split()
    if int(status):
        raise failure(command, int(status), done.stderr)
    return int(kilobytes) * 1024, float(elapsed)


_MEASURE = """import os, subprocess, sys, time
start = time.perf_counter()
process = subprocess.Popen(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(process.pid, 0)
print(os.waitstatus_to_exitcode(status), usage.ru_maxrss, (time.perf_counter() - start) * 1000)"""


def tool_venv(name: str, requirement: str, executable: str) -> Path:
    """A private virtual environment for a baseline tool, made on first use."""
    venv = VENVS / name
    program = venv / "bin" / executable
    if not program.exists():
        print(f"setting up {requirement} for the baseline in {venv} ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", requirement], check=True)
    return program


def our_command() -> Path:
    """The installed `thingsjournal` script beside the Python running the benchmarks."""
    return Path(sys.executable).parent / "thingsjournal"
