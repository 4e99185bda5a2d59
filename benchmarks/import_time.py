"""Import cost of lkjcalc against the modules it cannot do without (issue #2's budget).

Measures ``python -X importtime`` as the sum of the self times of every imported module, median of
9 runs, with the interpreter's own start-up (``-c pass``) subtracted, for:

- ``import lkjcalc``
- ``import attrs, decimal, enum, fractions`` (the reference)
- ``from lkjcalc import *`` (every public name loaded; for information, Babel still unloaded)

and checks that lkjcalc costs at most 1.25x the reference and does not import Babel. Run::

    python benchmarks/import_time.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys

RUNS = 9
BUDGET = 1.25
STATEMENTS = {
    "start-up": "pass",
    "reference": "import attrs, decimal, enum, fractions",
    "lkjcalc": "import lkjcalc",
    "everything": "from lkjcalc import *",
}


def self_times(statement: str) -> tuple[int, set[str]]:
    """Sum of self times in microseconds, and the names of the modules imported."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", statement],
        capture_output=True,
        text=True,
        check=True,
    )
    total = 0
    modules: set[str] = set()
    for line in result.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, _cumulative, name = line.removeprefix("import time:").split("|")
        total += int(self_us)
        modules.add(name.strip())
    return total, modules


def median_time(statement: str) -> float:
    """Median over RUNS of the summed self times."""
    return statistics.median(self_times(statement)[0] for _ in range(RUNS))


def main() -> int:
    """Print the table; exit 1 if lkjcalc is over budget or imports Babel."""
    medians = {label: median_time(stmt) for label, stmt in STATEMENTS.items()}
    start = medians["start-up"]
    reference = medians["reference"] - start
    ours = medians["lkjcalc"] - start
    ratio = ours / reference
    print(f"{'what':<40} {'median self time (us)':>22}")
    for label, stmt in STATEMENTS.items():
        print(f"{stmt:<40} {medians[label]:>22.0f}")
    print(f"reference minus start-up: {reference:.0f} us")
    print(f"lkjcalc minus start-up:   {ours:.0f} us")
    print(f"ratio: {ratio:.2f} (budget {BUDGET})")
    everything = medians["everything"] - start
    print(
        f"every public name loaded (information): {everything:.0f} us, "
        f"{everything / reference:.2f}x the reference"
    )
    _total, modules = self_times("import lkjcalc")
    babel = sorted(m for m in modules if m.split(".")[0] == "babel")
    print(f"babel modules imported by 'import lkjcalc': {babel or 'none'}")
    return 0 if ratio <= BUDGET and not babel else 1


if __name__ == "__main__":
    raise SystemExit(main())
