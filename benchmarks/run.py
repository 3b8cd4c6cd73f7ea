"""Run every benchmark: `python benchmarks/run.py [--runs N]`.

Each benchmark times thingsjournal beside a baseline in the same run and prints the ratio with
its target from DESIGN.md. The exit code is 1 when any ratio is over its target. The package is
compiled to bytecode first, as installing it does: timed without bytecode (as where
PYTHONDONTWRITEBYTECODE is set), every run would compile the app again.
"""

from __future__ import annotations

import argparse
import compileall
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
    _compile_the_app()
    over = False
    for name in names:
        for result in importlib.import_module(name).run(args.runs):
            print(result.line(), flush=True)
            over |= result.over
    return 1 if over else 0


def _compile_the_app() -> None:
    """Bytecode for the installed (or editable) package, written beside its sources."""
    import thingsjournal

    folder = Path(thingsjournal.__file__).parent
    if not compileall.compile_dir(folder, quiet=1, workers=0):
        print(f"could not compile every module in {folder}", file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
