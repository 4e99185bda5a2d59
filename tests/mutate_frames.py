"""Mutation run of ``lkjcalc.frames``, one fresh interpreter per mutant (not a test module).

mutmut runs each mutant in a process forked from one that has already run the tests, and
Polars, Arrow and DuckDB keep thread pools whose threads a fork does not copy: their tests hang
there. This script takes the mutants mutmut wrote (``mutmut run`` first, any mutant name, so
that ``mutants/`` exists) and runs the dataframe tests against each in a new interpreter,
selecting the mutant the way mutmut does, by ``MUTANT_UNDER_TEST``.

Usage, from the checkout (see docs/development.md)::

    HYPOTHESIS_PROFILE=ci python tests/mutate_frames.py [--jobs 2] [NAME_GLOB ...]

It prints one line per surviving mutant and a table row in the form of the mutmut results table.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import subprocess
import sys
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

MODULE = "lkjcalc.frames"
TESTS = ("tests/test_frames.py", "docs/frames.md")
SELECT = "not dask and not spark"


def run_one(mutants: Path, name: str, timeout: float) -> str:
    """Run the dataframe tests with mutant ``name`` active: 'killed', 'survived' or 'timeout'."""
    env = dict(os.environ, MUTANT_UNDER_TEST=name, PYTHONPATH=str(mutants / "src"))
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", "-k", SELECT]
    try:
        done = subprocess.run(
            [*command, *TESTS],
            cwd=mutants,
            env=env,
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return "timeout"
    return "survived" if done.returncode == 0 else "killed"


def main() -> int:
    """Run every mutant of ``lkjcalc.frames`` (or those matching the globs) and report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", default=[f"{MODULE}.*"])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--mutants", type=Path, default=Path("mutants"))
    arguments = parser.parse_args()
    mutants = arguments.mutants.resolve()
    meta = json.loads((mutants / "src/lkjcalc/frames.py.meta").read_text())
    names = [
        name
        for name in meta["exit_code_by_key"]
        if any(fnmatch.fnmatch(name, pattern) for pattern in arguments.names)
    ]
    # The setup check mutmut makes: the clean code passes, a failing trampoline fails.
    clean, failing = run_one(mutants, "", arguments.timeout), run_one(mutants, "fail", 600)
    if (clean, failing) != ("survived", "killed"):
        sys.stdout.write(f"setup check failed: clean code {clean}, forced failure {failing}\n")
        return 2
    with ThreadPoolExecutor(arguments.jobs) as pool:
        found = pool.map(lambda name: run_one(mutants, name, arguments.timeout), names)
        outcomes = dict(zip(names, found, strict=True))
    for name, outcome in outcomes.items():
        if outcome != "killed":
            sys.stdout.write(f"{outcome}: {name}\n")
    counts = Counter(outcomes.values())
    caught = counts["killed"] + counts["timeout"]
    share = 100 * caught / len(outcomes) if outcomes else 100.0
    sys.stdout.write(
        f"| `{MODULE}` | {counts['killed']} | {counts['survived']} | {counts['timeout']} "
        f"| {len(outcomes)} | {share:.1f} |\n"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
