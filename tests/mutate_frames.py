"""Mutation run of ``lkjcalc.frames`` outside mutmut's forked runner (not a test module).

mutmut records which tests cover each function by running the whole suite in its own process,
then forks that process once per mutant. Polars, Arrow and DuckDB have by then started thread
pools, which a fork does not copy: the dataframe tests hang in the child. This script takes the
mutants mutmut wrote (``mutmut run`` once, any mutant, so that ``mutants/`` exists) and

1. records, under coverage with one context per test, which dataframe tests run each function
   of ``lkjcalc.frames`` (the body, not the ``def`` line run at import);
2. imports the engines in a parent process that has not run any of them (so it has no thread
   pool yet), and forks it once per mutant, selecting the mutant as mutmut does
   (``MUTANT_UNDER_TEST``) and running only the tests that cover the mutated function.

Usage, from the checkout (see docs/development.md)::

    HYPOTHESIS_PROFILE=ci python tests/mutate_frames.py [--jobs 2] [NAME_GLOB ...]

It prints each mutant that was not killed and a row for the results table.
"""

from __future__ import annotations

import argparse
import ast
import fnmatch
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

MODULE = "lkjcalc.frames"
TEST_FILE = "tests/test_frames.py"
DOCS = "docs/frames.md"
SELECT = "not dask and not spark"
#: The context coverage gives the body of a Hypothesis test (its inner test function).
HYPOTHESIS = "hypothesis.internal.conjecture.engine.ConjectureRunner.test_function"


def covering_tests(mutants: Path) -> dict[str, list[str]]:
    """The tests that run each function of ``lkjcalc.frames``: original name → pytest ids."""
    source = mutants / "src/lkjcalc/frames.py"
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "coverage"
        rc = Path(folder) / "rc"
        rc.write_text(
            f"[run]\nbranch = True\nsource = lkjcalc\ndynamic_context = test_function\n"
            f"data_file = {data}\n"
        )
        env = dict(os.environ, MUTANT_UNDER_TEST="", PYTHONPATH=str(mutants / "src"))
        command = [sys.executable, "-m", "coverage", "run", f"--rcfile={rc}", "-m", "pytest"]
        subprocess.run(
            [*command, "-q", "-p", "no:cacheprovider", "-k", SELECT, TEST_FILE, DOCS],
            cwd=mutants,
            env=env,
            check=True,
            capture_output=True,
        )
        import coverage  # the test extra's, needed here only

        measured = coverage.CoverageData(str(data))
        measured.read()
        lines_by_context: dict[str, set[int]] = {}
        for context in measured.measured_contexts():
            measured.set_query_context(context)
            lines_by_context[context] = set(measured.lines(str(source)) or ())
    tree = ast.parse(source.read_text())
    test_tree = ast.parse((mutants / TEST_FILE).read_text())
    given = [
        node.name
        for node in test_tree.body
        if isinstance(node, ast.FunctionDef)
        and any("given" in ast.unparse(d) for d in node.decorator_list)
    ]
    found: dict[str, list[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name.endswith("__mutmut_orig"):
            body = set(range(node.body[0].lineno, (node.end_lineno or node.lineno) + 1))
            tests: list[str] = []
            for context, lines in sorted(lines_by_context.items()):
                if not lines & body:
                    continue
                if context == HYPOTHESIS:
                    tests += [f"{TEST_FILE}::{name}" for name in given]
                elif context == "":  # the doctests of the frames page (and imports)
                    tests.append(DOCS)
                else:
                    tests.append(f"{TEST_FILE}::{context.rpartition('.')[2]}")
            found[node.name.removesuffix("__mutmut_orig")] = sorted(set(tests))
    return found


def run_all(
    names: list[str],
    tests: dict[str, list[str]],
    jobs: int,
    timeout: float,
    *,
    progress: bool = False,
) -> dict[str, str]:
    """Fork once per mutant, *jobs* at a time: outcome by mutant name."""
    import pytest  # imported before the forks, as the engines are

    outcomes: dict[str, str] = {}
    running: dict[int, tuple[str, float]] = {}
    pending = list(names)
    while pending or running:
        while pending and len(running) < jobs:
            name = pending.pop(0)
            selected = tests.get(name.partition("__mutmut_")[0].rpartition(".")[2], [])
            if not selected:
                outcomes[name] = "no tests"
                continue
            pid = os.fork()
            if pid == 0:  # the child: select the mutant, run its tests, report by exit code
                os.environ["MUTANT_UNDER_TEST"] = name
                sys.stdout.flush()
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, 1)
                os.dup2(devnull, 2)
                code = pytest.main(["-x", "-q", "-p", "no:cacheprovider", "-k", SELECT, *selected])
                os._exit(int(code))
            running[pid] = (name, time.monotonic())
        pid, status = os.waitpid(-1, os.WNOHANG)
        if pid == 0:
            for child, (name, started) in list(running.items()):
                if time.monotonic() - started > timeout:
                    os.kill(child, 9)
                    os.waitpid(child, 0)
                    outcomes[name] = "timeout"
                    del running[child]
            time.sleep(0.05)
            continue
        name, _ = running.pop(pid)
        outcomes[name] = "survived" if os.waitstatus_to_exitcode(status) == 0 else "killed"
        if progress:  # one line per mutant, as it ends, so that a long run can be followed
            sys.stdout.write(f"{len(outcomes)}/{len(names)} {outcomes[name]}: {name}\n")
            sys.stdout.flush()
    return outcomes


def main() -> int:
    """Run every mutant of ``lkjcalc.frames`` (or those matching the globs) and report."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("names", nargs="*", default=[f"{MODULE}.*"])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--mutants", type=Path, default=Path("mutants"))
    parser.add_argument("--sample", type=int, help="run a seeded random sample of this size")
    parser.add_argument("--seed", type=int, default=0)
    arguments = parser.parse_args()
    mutants = arguments.mutants.resolve()
    meta = json.loads((mutants / "src/lkjcalc/frames.py.meta").read_text())
    names = [
        name
        for name in meta["exit_code_by_key"]
        if any(fnmatch.fnmatch(name, pattern) for pattern in arguments.names)
    ]
    if arguments.sample is not None and arguments.sample < len(names):
        names = sorted(random.Random(arguments.seed).sample(names, arguments.sample))  # noqa: S311
    tests = covering_tests(mutants)
    os.chdir(mutants)
    sys.path.insert(0, str(mutants / "src"))
    os.environ["MUTANT_UNDER_TEST"] = ""
    # The engines are imported, never run, before the forks: no thread pool exists yet.
    engines = ("pandas", "polars", "pyarrow", "duckdb", "dask.dataframe", "narwhals")
    for module in (*engines, "lkjcalc.frames"):
        __import__(module)
    everything = sorted({t for selected in tests.values() for t in selected})
    # The setup check mutmut makes: the clean code passes, a failing trampoline fails.
    check = run_all(["", "fail"], {"": everything, "fail": everything}, 2, 600)
    if check != {"": "survived", "fail": "killed"}:
        sys.stdout.write(f"setup check failed: {check}\n")
        return 2
    outcomes = run_all(names, tests, arguments.jobs, arguments.timeout, progress=True)
    for name, outcome in outcomes.items():
        if outcome != "killed":
            sys.stdout.write(f"{outcome}: {name}\n")
    counts = Counter(outcomes.values())
    run = counts["killed"] + counts["survived"] + counts["timeout"]
    share = 100 * (counts["killed"] + counts["timeout"]) / run if run else 100.0
    sys.stdout.write(
        f"| `{MODULE}` | {counts['killed']} | {counts['survived']} | {counts['timeout']} "
        f"| {counts['no tests']} | {share:.1f} |\n"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
