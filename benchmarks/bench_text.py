"""Speed of lkjcalc's Indonesian text functions against Babel, a bare f-string and num2words (#5).

Prints a table of nanoseconds per call (the best of several interleaved rounds, so that a noisy
machine slows every contender alike) and the speed-up, checks that lkjcalc and Babel print the
same text for every amount measured, and lists the inputs on which num2words is wrong. Targets:

- ``format_rupiah`` at least 20x faster than ``babel.numbers.format_currency(x, "IDR",
  locale="id_ID", format="¤#,##0.00", currency_digits=False)``, and within 3x of a bare
  ``f"{x:,.2f}"`` followed by a separator swap (which rounds half even and knows no rupiah);
- ``terbilang`` at least 3x faster than ``num2words(x, lang="id")``.

Run it with the ``bench`` extra installed (``pip install -e .[bench]``)::

    python benchmarks/bench_text.py
"""

from __future__ import annotations

import random
import sys
import time
from decimal import Decimal
from typing import TYPE_CHECKING

from babel.numbers import format_currency
from num2words import num2words

import lkjcalc

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

ROUNDS = 7
REPEAT = 20

# The seed's amounts (LKj Kecamatan Bantur 2020, BAB III) and random ones with sen, each as a
# Decimal (exact), as an int where it is whole, and as a float (what pandas columns hold).
SEED = ["12143000.00", "16820500.00", "7131500.00", "636541800.00", "692541800.00", "131137800.00"]
_RANDOM = random.Random(5)
AMOUNTS = [Decimal(text) for text in SEED] + [
    Decimal(_RANDOM.randrange(0, 10**12)).scaleb(-2) for _ in range(200)
]
INTS = [int(amount) for amount in AMOUNTS]
FLOATS = [float(amount) for amount in AMOUNTS]
WHOLE = [_RANDOM.randrange(0, 10**15) for _ in range(200)] + [1001000, 2001000, 10**18 + 5]

SWAP = str.maketrans(",.", ".,")


def babel_rupiah(amount: object) -> str:
    """Babel's rupiah, with the digits pinned (its own IDR default changed in 2.19)."""
    return format_currency(amount, "IDR", locale="id_ID", format="¤#,##0.00", currency_digits=False)


def bare_translate(amount: object) -> str:
    """The floor: Python's own grouping and a separator swap (rounds half even, no symbol)."""
    return f"{amount:,.2f}".translate(SWAP)


def bare_replace(amount: object) -> str:
    """The same floor with the faster swap (three ``str.replace``)."""
    return f"{amount:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


def best_ns(function: Callable[[object], object], values: Sequence[object]) -> float:
    """Nanoseconds per call, the best of REPEAT passes over *values*."""
    best = float("inf")
    for _ in range(REPEAT):
        start = time.perf_counter_ns()
        for value in values:
            function(value)
        best = min(best, (time.perf_counter_ns() - start) / len(values))
    return best


def race(
    contenders: dict[str, Callable[[object], object]], values: Sequence[object]
) -> dict[str, float]:
    """Interleave the contenders for ROUNDS rounds and keep each one's best time."""
    times = dict.fromkeys(contenders, float("inf"))
    for _ in range(ROUNDS):
        for name, function in contenders.items():
            times[name] = min(times[name], best_ns(function, values))
    return times


def check_same_text() -> None:
    """lkjcalc and Babel print the same text for every amount measured (they must agree)."""
    for values in (AMOUNTS, INTS, FLOATS):
        for amount in values:
            ours, theirs = lkjcalc.format_rupiah(amount), babel_rupiah(amount)
            if ours != theirs:
                sys.exit(f"format_rupiah({amount!r}) = {ours!r} but Babel prints {theirs!r}")


#: Inputs and what a government document writes for them (KBBI spelling, domain.md §6).
NUM2WORDS_CASES: list[tuple[object, str]] = [
    (1001000, "satu juta seribu"),
    (2001000, "dua juta seribu"),
    (1001001001, "satu miliar satu juta seribu satu"),
    (10**18, "satu kuintiliun"),
    (-5, "minus lima"),
    (Decimal("1.10"), "satu koma satu"),
    (Decimal("1.00"), "satu"),
    (1e16, "sepuluh kuadriliun"),
]


def num2words_faults() -> list[str]:
    """Lines naming each input on which num2words differs from the correct words."""
    lines = []
    for value, expected in NUM2WORDS_CASES:
        assert lkjcalc.terbilang(value) == expected, value  # the reference itself
        try:
            theirs = num2words(value, lang="id")
        except (ValueError, TypeError) as error:
            theirs = f"{type(error).__name__}: {error}"
        if theirs != expected:
            lines.append(f"  {value!r:>21}  num2words: {theirs!r}")
            lines.append(f"  {'':>21}  correct:   {expected!r}")
    return lines


def row(label: str, ours: float, other: float, target: str) -> str:
    """One line of the table: both times, and how many times faster lkjcalc is."""
    return f"{label:<46} {ours:>8.0f} {other:>8.0f} {other / ours:>9.2f}  {target}"


def main() -> None:
    """Measure, compare and print."""
    check_same_text()
    print(f"Python {sys.version.split()[0]}; ns per call, best of {ROUNDS} interleaved rounds")
    print(f"{'':<46} {'lkjcalc':>8} {'other':>8} {'other/ours':>9}  target")
    contenders = {
        "ours": lkjcalc.format_rupiah,
        "babel": babel_rupiah,
        "translate": bare_translate,
        "replace": bare_replace,
    }
    for kind, values in (("Decimal", AMOUNTS), ("int", INTS), ("float", FLOATS)):
        times = race(contenders, values)
        ours = times["ours"]
        print(row(f"format_rupiah vs Babel ({kind})", ours, times["babel"], ">= 20"))
        for swap in ("translate", "replace"):
            label = f"format_rupiah vs f-string + {swap} ({kind})"
            print(row(label, ours, times[swap], ">= 0.33 (within 3x)"))
    words = {"ours": lkjcalc.terbilang, "num2words": lambda x: num2words(x, lang="id")}
    for kind, values in (("int", WHOLE), ("Decimal with sen", AMOUNTS)):
        times = race(words, values)
        print(row(f"terbilang vs num2words ({kind})", times["ours"], times["num2words"], ">= 3"))
    print(
        "\nformat_rupiah and Babel printed the same text for all "
        f"{len(AMOUNTS) + len(INTS) + len(FLOATS)} amounts."
    )
    print("\nInputs on which num2words (lang='id') is wrong:")
    print("\n".join(num2words_faults()))


if __name__ == "__main__":
    main()
