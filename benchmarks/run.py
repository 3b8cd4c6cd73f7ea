"""Run every benchmark: `python benchmarks/run.py [--runs N]`.

Each benchmark times thingsjournal beside a baseline in the same run and prints the ratio with
its target from DESIGN.md. The exit code is 1 when any ratio is over its target.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="alternating runs per measurement (default 9)")
    parser.add_argument("only", nargs="*", help="names of benchmark modules to run (default: all)")
    args = parser.parse_args()
    names = args.only or sorted(path.stem for path in Path(__file__).parent.glob("bench_*.py"))
    over = False
    for name in names:
        for result in importlib.import_module(name).run(args.runs):
            print(result.line(), flush=True)
            over |= result.over
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
