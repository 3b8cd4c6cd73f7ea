"""Timing helpers: whole-process runs, alternated with a baseline timed in the same run."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENVS = HERE / ".venvs"


@dataclass
class Result:
    name: str
    what: str
    ours_ms: float
    baseline_ms: float
    baseline: str
    target: float | None  # None: shown for context, not a target
    noise: str = ""  # what the same measurement of the baseline against itself gave
    unit: str = "ms"

    @property
    def ratio(self) -> float:
        return self.ours_ms / self.baseline_ms

    @property
    def over(self) -> bool:
        return self.target is not None and self.ratio > self.target

    def line(self) -> str:
        verdict = (
            "for context"
            if self.target is None
            else f"(target <= {self.target}x) " + ("OVER TARGET" if self.over else "ok")
        )
        noise = f"; {self.noise}" if self.noise else ""
        return (
            f"{self.name}: {_amount(self.ours_ms, self.unit)} vs {self.baseline} {_amount(self.baseline_ms, self.unit)} "
            f"= {self.ratio:.2f}x {verdict}\n    measured: {self.what}{noise}"
        )


def _amount(value: float, unit: str) -> str:
    return f"{value:.1f} {unit}" if value >= 10 else f"{value:.3g} {unit}"


def isolated_env() -> dict[str, str]:
    """A fresh HOME and XDG folders, so no real journal, settings or cache is touched."""
    home = Path(tempfile.mkdtemp(prefix="tj-bench-"))
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


def time_command(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return (time.perf_counter() - start) * 1000


def alternate(ours: list[str], baseline: list[str], env: dict[str, str], runs: int = 9) -> tuple[float, float]:
    """Median wall time of each command over `runs` alternating runs, after one warm-up each."""
    time_command(ours, env)
    time_command(baseline, env)
    ours_times: list[float] = []
    baseline_times: list[float] = []
    for run in range(runs):
        pair = [(ours, ours_times), (baseline, baseline_times)]
        for command, times in pair if run % 2 == 0 else reversed(pair):
            times.append(time_command(command, env))
    return statistics.median(ours_times), statistics.median(baseline_times)


def alternate_calls(ours, baseline, runs: int = 9, inner: int = 1) -> tuple[float, float]:
    """Median time in ms of one call of each function, over `runs` alternating samples of `inner` calls."""

    def sample(function) -> float:
        start = time.perf_counter()
        for _ in range(inner):
            function()
        return (time.perf_counter() - start) * 1000 / inner

    sample(ours)
    sample(baseline)
    ours_times: list[float] = []
    baseline_times: list[float] = []
    for run in range(runs):
        pair = [(ours, ours_times), (baseline, baseline_times)]
        for function, times in pair if run % 2 == 0 else reversed(pair):
            times.append(sample(function))
    return statistics.median(ours_times), statistics.median(baseline_times)


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
