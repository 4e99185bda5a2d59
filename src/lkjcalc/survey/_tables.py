"""Display helpers of the survey's reprs and HTML tables (internal)."""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

from lkjcalc._numeric import Rounding
from lkjcalc.survey._rational import fraction_to_decimal, round_fraction

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from decimal import Decimal

__all__ = ["html_table", "show"]


def show(value: Decimal | Fraction, places: int) -> str:
    """A figure rounded half up for display (the object keeps the exact value)."""
    exact = value if isinstance(value, Fraction) else Fraction(value)
    return str(fraction_to_decimal(round_fraction(exact, places, Rounding.HALF_UP), places))


def html_table(
    caption: str,
    header: tuple[str, ...],
    rows: Sequence[Sequence[object]],
    footer: tuple[tuple[str, str], ...],
) -> str:
    import html  # noqa: PLC0415 - only notebooks render HTML; keep import lkjcalc light

    def cells(tag: str, values: Iterable[object]) -> str:
        return "".join(f"<{tag}>{html.escape(str(v))}</{tag}>" for v in values)

    body = "".join(f"<tr>{cells('td', row)}</tr>" for row in rows)
    span = len(header) - 1
    foot = "".join(
        f"<tr><th colspan='{span}'>{html.escape(label)}</th><td>{html.escape(value)}</td></tr>"
        for label, value in footer
    )
    return (
        f"<table><caption>{html.escape(caption)}</caption>"
        f"<thead><tr>{cells('th', header)}</tr></thead>"
        f"<tbody>{body}</tbody>{f'<tfoot>{foot}</tfoot>' if foot else ''}</table>"
    )
