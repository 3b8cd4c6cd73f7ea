"""Run the benchmarks and print the performance table: `python benchmarks/run.py [--runs N]
[--quick] [--markdown] [bench_name ...]`.

Each benchmark module's `run(runs)` measures thingsjournal beside a baseline in the same run and
returns rows (report.py); each row is printed as it is measured, and the table at the end:
measure, our median, the baseline and its median, each min-max, the ratio of the medians, the
A/A noise, the target (issue 28's table; an older issue's target is labelled with it) and
whether it is met.

The A/A rule: every timed row also measures its baseline a second time in each round, in turn
with the first, giving a ratio series (second over first). "A/A noise" shows that series' median
and its spread: half its interquartile range, the robust equivalent of its half-range (max minus
min is set by the one strayest run, a stray frame or a cron job, and grows with the number of
samples: the key-to-frame rows take 27), and never less than how far the A/A median is from 1x.
That spread is relative (the A/A ratio is about 1x), so in a row's own units its noise is the
spread times its ratio: for a ratio near 1x the two are the same, and a ratio of 0.05x against a
0.5x target is not held to a noise of the key-to-frame it is measured against. A target is met
when the ratio is at or below it by at least that noise; "MISSED*" is a ratio at or under the
target that the noise could carry over it. Rows whose baseline is a size or a budget (peak RSS
over a file's size, a 100 ms budget) have no A/A: their noise is the same spread of their own
repeated runs over it ("runs ±"), already in the ratio's units; a size on disk is one exact
figure, with no noise ("n/a"). Rows without a target are "context". The ratio is our median over
the baseline's.

Medians are over at least 9 rounds: a lower --runs is raised to 9 unless --quick is given, which
marks the output "quick: not a measurement". The exit code is 1 when a target is missed or a
benchmark module crashed (an "error" row; the others still run); context rows and features not
built yet (a command or option the app refuses: "not built") never fail the run.

The package is compiled to bytecode first, as installing it does: timed without bytecode (as
where PYTHONDONTWRITEBYTECODE is set), every run would compile the app again.
"""

from __future__ import annotations

import argparse
import compileall
import importlib
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import NotBuiltError
from report import FOOTNOTE, Problem, Row, Scaling, missed, table

LEAST_RUNS = 9


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=LEAST_RUNS, help="rounds per measurement (default and least: 9)")
    parser.add_argument("--quick", action="store_true", help="allow fewer runs, to try things out: not a measurement")
    parser.add_argument("--markdown", action="store_true", help="print the final table as Markdown")
    parser.add_argument("only", nargs="*", help="names of benchmark modules to run (default: all)")
    args = parser.parse_args()
    runs = max(args.runs, 1 if args.quick else LEAST_RUNS)
    if runs != args.runs:
        print(f"--runs {args.runs} raised to {runs} (--quick allows fewer)", file=sys.stderr)
    names = args.only or sorted(path.stem for path in Path(__file__).parent.glob("bench_*.py"))
    _compile_the_app()
    started = time.monotonic()
    rows: list[Row] = []
    scaling: list[Scaling] = []
    for name in names:
        print(f"== {name}", flush=True)
        module_started = time.monotonic()
        for row in _measure(name, runs):
            print(row.line(), flush=True)
            (scaling if isinstance(row, Scaling) else rows).append(row)
        print(f"   ({time.monotonic() - module_started:.0f} s)", flush=True)
    quick = f"quick: not a measurement ({runs} runs)" if args.quick else f"{runs} runs"
    print(f"\n{quick}; {time.monotonic() - started:.0f} s in all\n")
    for found in (rows, scaling):
        if found:
            print(table(found, args.markdown) + "\n")
    if any(row.verdict == "MISSED*" for row in rows):
        print(FOOTNOTE)
    return 1 if missed(rows) or any(row.verdict == "error" for row in rows) else 0


def _measure(name: str, runs: int) -> list[Row | Scaling]:
    """The module's rows; one "not built" or "error" row if it could not measure."""
    try:
        return importlib.import_module(name).run(runs)
    except NotBuiltError as error:
        return [Problem(name, str(error), "not built")]
    except Exception as error:  # noqa: BLE001 (a crash is reported as a row, and the other modules still run)
        traceback.print_exc()
        message = next(iter(str(error).splitlines()), "")
        return [Problem(name, f"{type(error).__name__}: {message}"[:200], "error")]


def _compile_the_app() -> None:
    """Bytecode for the installed (or editable) package, written beside its sources."""
    import thingsjournal

    folder = Path(thingsjournal.__file__).parent
    if not compileall.compile_dir(folder, quiet=1, workers=0):
        print(f"could not compile every module in {folder}", file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
