"""Indonesian locale data (CLDR ``id``), read from Babel once, at first use (internal).

lkjcalc takes from Babel only what CLDR decides for the ``id`` locale: the decimal and group signs,
the minus and percent signs, where the percent sign goes, the rupiah symbol and the compact unit
words. Everything that has changed between Babel releases — the number of currency digits (IDR has
2 up to CLDR 47 and 0 from CLDR 48, Babel 2.19), the rounding (Babel rounds half even) and the
no-break space in compact forms — is pinned by lkjcalc itself, not read from Babel.

Babel is imported inside :func:`locale_data`, never at module level, so ``import lkjcalc`` does not
import Babel; the result is cached, so Babel's data is read once per process. ``tests/test_text.py``
checks that every value read here is the one lkjcalc's output was written against.

References:
    Unicode CLDR, locale ``id``: number symbols, percent and currency patterns, compact decimal and
    currency formats (https://cldr.unicode.org; UTS #35 Part 3, Numbers).
"""

from __future__ import annotations

import functools
import re

import attrs

__all__ = ["LocaleData", "locale_data"]

# A compact pattern such as "¤0\xa0jt" or "0 juta": the unit is the text after the zeros.
_UNIT = re.compile(r"[¤]?[0#]+(?P<unit>.*)\Z", re.DOTALL)

#: The powers of 1000 that CLDR gives compact units for: ribu, juta, miliar, triliun.
COMPACT_POWERS = ("1000", "1000000", "1000000000", "1000000000000")


@attrs.frozen(kw_only=True)
class LocaleData:
    """What lkjcalc reads from CLDR ``id`` (through Babel), normalised to plain strings.

    Attributes:
        decimal: the decimal sign (``","``).
        group: the grouping sign (``"."``).
        minus: the minus sign (``"-"``).
        percent: the percent sign as a suffix, with whatever CLDR puts before it (``"%"``).
        currency: the rupiah symbol (``"Rp"``).
        short_units: the short compact units for 10³, 10⁶, 10⁹, 10¹² (``rb``, ``jt``, ``M``, ``T``).
        long_units: the long compact units (``ribu``, ``juta``, ``miliar``, ``triliun``).
        swap: a :meth:`str.translate` table from Python's ``,``/``.`` to the group/decimal signs.
    """

    decimal: str
    group: str
    minus: str
    percent: str
    currency: str
    short_units: tuple[str, ...]
    long_units: tuple[str, ...]
    swap: dict[int, str]


def _unit(pattern: str) -> str:
    """The unit word of a compact pattern, without CLDR's no-break space (``0 jt`` → ``jt``)."""
    match = _UNIT.match(pattern)
    if match is None:  # pragma: no cover - CLDR's compact patterns all have this shape
        msg = f"unexpected CLDR compact pattern {pattern!r}"
        raise RuntimeError(msg)
    return match["unit"].strip()


@functools.cache
def locale_data() -> LocaleData:
    """Read the ``id`` locale data from Babel (once; later calls return the cached value)."""
    from babel import Locale  # noqa: PLC0415 - lazily, so that ``import lkjcalc`` stays light
    from babel.numbers import (  # noqa: PLC0415 - idem
        get_currency_symbol,
        get_decimal_symbol,
        get_group_symbol,
        get_minus_sign_symbol,
    )

    locale = Locale.parse("id")
    decimal = get_decimal_symbol(locale)
    group = get_group_symbol(locale)
    short = locale.compact_decimal_formats["short"]["other"]
    long = locale.compact_decimal_formats["long"]["other"]
    return LocaleData(
        decimal=decimal,
        group=group,
        minus=get_minus_sign_symbol(locale),
        # The pattern "#,##0%": the sign follows the number with nothing between them.
        percent=locale.percent_formats[None].suffix[0],
        currency=get_currency_symbol("IDR", locale),
        short_units=tuple(_unit(short[power].pattern) for power in COMPACT_POWERS),
        long_units=tuple(_unit(long[power].pattern) for power in COMPACT_POWERS),
        swap=str.maketrans({",": group, ".": decimal}),
    )
