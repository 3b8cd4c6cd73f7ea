"""The rows of the benchmark table, the rule that says whether a row's target is met (see run.py's
docstring: `Result.noise` and `Result.verdict` are that rule), and the tables as plain text or
Markdown."""

from __future__ import annotations

import statistics
import textwrap
from dataclasses import dataclass

SCALING_LIMIT = 1.3  # issue 28: the cost of an entry at 20,000 entries within 1.3x of that at 1,000


def _spread(series: list[float]) -> float:
    """Half the interquartile range of a ratio series: the robust half-range (run.py)."""
    if len(series) < 2:
        return 0.0
    low, _, high = statistics.quantiles(series, n=4, method="inclusive")
    return (high - low) / 2


@dataclass
class Result:
    """A row: our figures beside the baseline's, measured in the same run."""

    measure: str
    baseline: str
    ours: list[float]
    base: list[float]
    target: float | None  # None: a context row
    again: list[float] | None = None  # timed rows: the baseline again, round by round (A/A)
    unit: str = "ms"
    label: str = ""  # the older issue a target comes from (issue 28's table needs none)
    what: str = ""  # how it was measured: printed as the row is measured

    @property
    def ratio(self) -> float:
        return statistics.median(self.ours) / statistics.median(self.base)

    @property
    def aa(self) -> list[float] | None:
        if self.again is None:
            return None
        return [again / base for again, base in zip(self.again, self.base, strict=True)]

    @property
    def noise(self) -> float:
        """The A/A series' spread (relative: it is about 1x), or our own runs' (in ratio units)."""
        if self.aa is not None:
            return max(_spread(self.aa), abs(statistics.median(self.aa) - 1))
        return _spread([ours / statistics.median(self.base) for ours in self.ours])

    @property
    def margin(self) -> float:
        """The noise in the ratio's units: a relative A/A spread scales with the ratio."""
        return self.noise * self.ratio if self.aa is not None else self.noise

    @property
    def verdict(self) -> str:
        if self.target is None:
            return "context"
        if self.ratio <= self.target - self.margin:
            return "met"
        return "MISSED*" if self.ratio <= self.target else "MISSED"

    def noise_cell(self) -> str:
        if self.aa is not None:
            return f"{statistics.median(self.aa):.2f}x ±{self.noise:.2f}"
        return f"runs ±{self.noise:.2f}" if len(self.ours) > 1 else "n/a"

    def cells(self) -> dict[str, str]:
        ours_range, base_range = (_range(values, self.unit) for values in (self.ours, self.base))
        target = "—" if self.target is None else f"{self.target:g}x"
        return {
            "measure": self.measure,
            "ours": amount(statistics.median(self.ours), self.unit),
            "ours min-max": ours_range,
            "baseline": self.baseline,
            "its figure": amount(statistics.median(self.base), self.unit),
            "baseline min-max": base_range,
            "ratio": _ratio(self.ratio),
            "A/A noise": self.noise_cell(),
            "target": f"{target}\n{self.label}".strip(),
            "met": self.verdict,
        }

    def line(self) -> str:
        """One line as the row is measured, with how it was measured beneath."""
        cells = self.cells()
        return (
            f"{self.measure}: {cells['ours']} vs {self.baseline} {cells['its figure']} = {cells['ratio']}, "
            f"A/A {cells['A/A noise']}, target {_flat(cells['target'])}: {cells['met']}\n    {self.what}"
        )


@dataclass
class Score:
    """A row that is a figure of its own, not a ratio (the privacy check's recall): no noise."""

    measure: str
    value: float
    target: float | None
    at_least: bool  # the target is a least value (else a most)
    label: str = ""
    what: str = ""

    @property
    def verdict(self) -> str:
        if self.target is None:
            return "context"
        met = self.value >= self.target if self.at_least else self.value <= self.target
        return "met" if met else "MISSED"

    def cells(self) -> dict[str, str]:
        target = "—" if self.target is None else f"{'>=' if self.at_least else '<='} {self.target:g}"
        return {
            "measure": self.measure,
            "ours": f"{self.value:.3f}",
            "A/A noise": "n/a",
            "target": f"{target}\n{self.label}".strip(),
            "met": self.verdict,
        }

    def line(self) -> str:
        target = _flat(self.cells()["target"])
        return f"{self.measure}: {self.value:.3f}, target {target}: {self.verdict}\n    {self.what}"


@dataclass
class Problem:
    """A benchmark module that crashed ("error") or measures a feature not built yet."""

    module: str
    message: str
    verdict: str  # "error" or "not built"

    def cells(self) -> dict[str, str]:
        return {"measure": self.module, "baseline": f"{self.verdict}: {self.message}", "met": self.verdict}

    def line(self) -> str:
        return f"{self.module}: {self.verdict}: {self.message}"


@dataclass
class Scaling:
    """A row of the scaling table: context, it never fails the run, but it says 'over'."""

    measure: str
    at: dict[int, str]  # entries -> the figure shown
    ratio: float
    compared: str  # what the ratio compares
    limit: float = SCALING_LIMIT

    def cells(self) -> dict[str, str]:
        return {
            "measure": self.measure,
            **{f"{count:,} entries": figure for count, figure in self.at.items()},
            "ratio": f"{_ratio(self.ratio)} ({self.compared})",
            "limit": f"{self.limit:g}x",
            "flag": "over" if self.ratio > self.limit else "ok",
        }

    def line(self) -> str:
        cells = self.cells()
        return f"{self.measure}: " + ", ".join(f"{key} {value}" for key, value in cells.items() if key != "measure")


Row = Result | Score | Problem


def missed(rows: list[Row]) -> bool:
    return any(row.verdict.startswith("MISSED") for row in rows)


MAIN = (
    "measure",
    "ours",
    "ours min-max",
    "baseline",
    "its figure",
    "baseline min-max",
    "ratio",
    "A/A noise",
    "target",
    "met",
)
# Plain text folds each min-max under its median and wraps the long cells, to fit 120 columns.
PLAIN = {"measure": 28, "ours": 13, "baseline": 24, "its figure": 13, "ratio": 9, "A/A noise": 12, "target": 9}
PLAIN_UNDER = {"ours": "ours min-max", "its figure": "baseline min-max"}
FOOTNOTE = "MISSED*: at or under the target, but not by the noise."


def table(rows: list[Row] | list[Scaling], markdown: bool) -> str:
    """The rows as one table: the main one, or the scaling one (its columns are its rows')."""
    cells = [row.cells() for row in rows]
    columns = list(MAIN) if not isinstance(rows[0], Scaling) else list(cells[0])
    if markdown:
        lines = ["| " + " | ".join(columns) + " |", "|" + " --- |" * len(columns)]
        lines += ["| " + " | ".join(_flat(row.get(column, "")) for column in columns) + " |" for row in cells]
        return "\n".join(lines)
    if not isinstance(rows[0], Scaling):
        columns = [column for column in columns if column not in PLAIN_UNDER.values()]
        cells = [
            {
                **row,
                **{
                    above: "\n".join(filter(None, (row.get(above), row.get(under))))
                    for above, under in PLAIN_UNDER.items()
                },
            }
            for row in cells
        ]
        return _plain(columns, cells, PLAIN)
    return _plain(columns, cells, {"measure": 40})


def _flat(text: str) -> str:
    """A cell on one line (a label under a target, in plain text, goes beside it)."""
    return text.replace("\n", " ")


def _plain(columns: list[str], rows: list[dict[str, str]], widths: dict[str, int]) -> str:
    """Aligned columns: a cell may take several lines, and a column with a width wraps to it."""

    def lines_of(column: str, text: str) -> list[str]:
        width = widths.get(column)
        return [wrapped for part in text.split("\n") for wrapped in (textwrap.wrap(part, width) if width else [part])]

    split = [{column: lines_of(column, row.get(column, "")) for column in columns} for row in rows]
    sizes = {column: max([len(column)] + [len(line) for row in split for line in row[column]]) for column in columns}

    def render(row: dict[str, list[str]]) -> list[str]:
        height = max(len(lines) for lines in row.values())
        return [
            "  ".join(
                (row[column][n] if n < len(row[column]) else "").ljust(sizes[column]) for column in columns
            ).rstrip()
            for n in range(height)
        ]

    header = "  ".join(column.ljust(sizes[column]) for column in columns).rstrip()
    out = [header, "-" * len(header)]
    for row in split:
        out += render(row)
    return "\n".join(out)


def _scale(value: float, unit: str) -> tuple[float, str]:
    """The factor and unit a figure about `value` is shown in."""
    if unit == "ms" and value >= 1000:
        return 0.001, "s"
    if unit == "ms" and value < 1:
        return 1000.0, "µs"
    return 1.0, unit


def _ratio(value: float) -> str:
    return f"{value:.2f}x" if value >= 0.1 else f"{value:.2g}x"


def _number(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.3g}"


def amount(value: float, unit: str) -> str:
    factor, shown = _scale(value, unit)
    return f"{_number(value * factor)} {shown}"


def _range(values: list[float], unit: str) -> str:
    """min-max at the median's scale; nothing for a single figure."""
    if len(values) < 2 or min(values) == max(values):
        return ""
    factor, shown = _scale(statistics.median(values), unit)
    low, high = min(values) * factor, max(values) * factor
    return f"{_number(low)}{' to ' if low < 0 else '-'}{_number(high)} {shown}"
