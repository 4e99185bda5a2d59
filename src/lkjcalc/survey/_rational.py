"""Exact rational figures of the IKM: rounding a ``Fraction`` and its one conversion to ``Decimal``.

Internal to :mod:`lkjcalc.survey`.
"""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

from lkjcalc._numeric import Rounding, divide

__all__ = ["fraction_to_decimal", "round_fraction"]


def round_fraction(value: Fraction, places: int | None, rounding: Rounding) -> Fraction:
    """*value* rounded to *places* decimals (``None``: unchanged), half up or down."""
    if places is None:
        return value
    scale = 10**places
    scaled = abs(value) * scale
    # Half up is half away from zero; down truncates towards zero.
    whole = math.floor(scaled + Fraction(1, 2)) if rounding is Rounding.HALF_UP else int(scaled)
    return Fraction(whole if value >= 0 else -whole, scale)


def fraction_to_decimal(value: Fraction, places: int | None = None) -> Decimal:
    """The one conversion: exact when it terminates, else 40 significant digits.

    With *places*, *value* is a multiple of 10^-places and keeps exactly that many decimals
    (``3.400``), as the rounded table printed it.
    """
    if places is not None:
        units = value.numerator * (10**places // value.denominator)
        return Decimal(f"{units}e-{places}")  # exact, context-free construction
    return divide(Decimal(value.numerator), Decimal(value.denominator))
