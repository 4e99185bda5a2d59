"""Indonesian text: rupiah, numbers, percentages, compact amounts, strict parsing, *terbilang*.

Reports print every figure in Indonesian notation and analysts read figures back from reports and
spreadsheets. This package owns that layer, exactly and strictly:

- :func:`format_rupiah`, :func:`format_number`, :func:`format_percent` — ``Rp12.143.000,00``,
  ``12.143.000,00``, ``85,03%``, rounded half up;
- :func:`format_compact_rupiah` — ``Rp12,1 jt``, ``Rp1,25 miliar``;
- :func:`parse_rupiah` — reads every style back, refusing ambiguous text such as ``"1.5"``;
- :func:`terbilang` — amounts in words, *satu juta seribu rupiah*.

Every function takes one value and returns text (or a ``Decimal``), so it maps over a pandas
column as it is: ``df["anggaran"].map(lkjcalc.format_rupiah)``; lkjcalc does not import pandas.

Sources: PUEBI (Pedoman Umum Ejaan Bahasa Indonesia, Permendikbud 50/2015), lambang bilangan, for
``Rp12.143.000,00``; KBBI for the number words (*miliar*); Unicode CLDR locale ``id`` for the signs
and the compact units, read from Babel lazily (see :mod:`lkjcalc.text._locale`); the seed report and
regional regulations (Perda) for the styles in use. domain.md §6 and §8 hold the decisions.
"""

from __future__ import annotations

from lkjcalc.text._figures import (
    format_compact_rupiah,
    format_number,
    format_percent,
    format_rupiah,
    parse_rupiah,
)
from lkjcalc.text._terbilang import terbilang

__all__ = [
    "format_compact_rupiah",
    "format_number",
    "format_percent",
    "format_rupiah",
    "parse_rupiah",
    "terbilang",
]
