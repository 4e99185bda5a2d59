"""What results show: compact reprs, and notebook tables in Indonesian (internal).

Every result's ``__repr__`` and ``_repr_html_`` is built from the few functions here, so that all of
them look alike and none writes HTML or rounds by hand:

- :func:`plain` — a figure for a repr, in Python notation (``79.17``), rounded half up;
- :func:`figure` — a figure for a table, in Indonesian notation (``2,506``, ``85,03%``,
  ``Rp692.541.800,00``), rounded half up; it is a :class:`FigureText`, so the table aligns it right;
- :func:`defined` — a figure, or ``None`` where it is undefined (a denominator of zero): ``plain``
  shows ``undefined`` and ``figure`` shows ``–`` for it;
- :func:`table` — an HTML table: caption, column headers (optionally grouped), rows, footer rows;
  every text is escaped with :func:`html.escape`;
- :func:`compact` — a repr such as ``<Budget: 2 lines, allocation 100.00>``.

Reprs are for the programmer and keep Python's notation, so that a figure can be copied back into
code; tables are for the reader of a report and print figures as the report does (PUEBI: ``.``
groups thousands, ``,`` marks decimals). The objects keep their exact values: only the display is
rounded, through :func:`lkjcalc._numeric.quantize`.

``import lkjcalc`` must not import Babel: the formatters of :mod:`lkjcalc.text` (which read CLDR
through Babel on first use) and :mod:`html` are imported inside the functions that need them, so
only the first table a notebook displays pays for them.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Literal

from lkjcalc._numeric import quantize
from lkjcalc.errors import LkjcalcError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

__all__ = ["NO_VALUE", "FigureText", "compact", "defined", "figure", "plain", "table"]

#: What a table shows for a figure that has no value (an undefined percentage, a missing count).
NO_VALUE = "–"

#: Decimals shown of an exact figure that has more; the figure then ends with an ellipsis.
_MAX_DECIMALS = 10

Value = Decimal | Fraction | None  # None: a figure without a value


class FigureText(str):
    """The text of a figure in a table cell: :func:`table` aligns it right, as reports do."""

    __slots__ = ()


def defined(compute: Callable[[], Decimal]) -> Decimal | None:
    """The figure *compute* returns, or ``None`` where lkjcalc says it has no value.

    Examples:
        >>> from lkjcalc import absorption
        >>> defined(lambda: absorption(100, 50)), defined(lambda: absorption(0, 50))
        (Decimal('50'), None)
    """
    try:
        return compute()
    except LkjcalcError:
        return None


def _rounded(value: Decimal | Fraction, places: int | None) -> tuple[Decimal, bool]:
    """*value* rounded half up to *places* decimals, fixed-point, and whether digits were cut.

    With ``places=None`` a value is shown exactly when it has at most ten decimals (``1E+2`` as
    ``100``, ``12143000.00`` with its two decimals) and is otherwise rounded to ten decimals, cut.
    """
    if places is None:
        decimals = _decimals(value)
        if decimals <= _MAX_DECIMALS:
            return _rounded(value, decimals)
        rounded = _rounded(value, _MAX_DECIMALS)[0]
        return rounded, rounded != value
    if isinstance(value, Fraction):
        units = quantize(value, places) * 10**places  # an integer: exact, context-free below
        return Decimal(f"{units.numerator}E-{places}"), False
    return quantize(value, places), False


def _decimals(value: Decimal | Fraction) -> int:
    """The decimals *value* has: a Decimal's printed ones, a Fraction's (more than ten: 11)."""
    if isinstance(value, Decimal):
        return max(0, -int(value.as_tuple().exponent))
    return next(
        (k for k in range(_MAX_DECIMALS + 1) if (value * 10**k).denominator == 1),
        _MAX_DECIMALS + 1,
    )


def plain(value: Value, places: int | None = None) -> str:
    """A figure for a repr: Python notation, rounded half up to *places* decimals.

    Args:
        value: a ``Decimal`` or a ``Fraction``; ``None`` (no value) shows as ``undefined``.
        places: decimals to show; ``None`` shows the value exactly, or to ten decimals and
            ``...`` when it has more.

    Examples:
        The IKM of the worked example of ``docs/survey.md`` and a share of the seed's table 3.1:

        >>> plain(Fraction(19, 6) * 25, 2), plain(Decimal("1E+2")), plain(None)
        ('79.17', '100', 'undefined')
        >>> plain(Decimal("1.7533959683011191526634204606855499"))
        '1.7533959683...'
    """
    if value is None:
        return "undefined"
    number, cut = _rounded(value, places)
    return f"{number:f}{'...' if cut else ''}"


def figure(
    value: Value, places: int | None = None, *, unit: Literal["", "%", "Rp"] = ""
) -> FigureText:
    """A figure for a table: Indonesian notation, rounded half up to *places* decimals.

    Args:
        value: a ``Decimal`` or a ``Fraction``; ``None`` (no value) shows as ``–``.
        places: decimals to show; ``None`` shows the value exactly, or to ten decimals and ``…``
            when it has more.
        unit: ``"%"`` for a percentage (``85,03%``), ``"Rp"`` for rupiah (``Rp692.541.800,00``,
            PUEBI) or ``""`` for a bare number (``2,506``).

    References:
        PUEBI, lambang bilangan; CLDR ``id``; :mod:`lkjcalc.text` does the formatting.

    Examples:
        Figures of the seed report (BAB III):

        >>> figure(Decimal("2.5063"), 3), figure(Fraction(14200, 167), 2, unit="%")
        ('2,506', '85,03%')
        >>> figure(Decimal("692541800.00"), unit="Rp"), figure(None)
        ('Rp692.541.800,00', '–')
    """
    if value is None:
        return FigureText(NO_VALUE)
    from lkjcalc.text import format_number, format_percent, format_rupiah  # noqa: PLC0415

    number, cut = _rounded(value, places)
    decimals = -int(number.as_tuple().exponent)
    ellipsis = "…" if cut else ""
    digits = format_number(number, decimals)
    if unit == "Rp":
        return FigureText(f"{format_rupiah(number, places=decimals)}{ellipsis}")
    # The percent sign, and whatever CLDR puts before it, follows the digits and the ellipsis.
    sign = format_percent(number, decimals)[len(digits) :] if unit == "%" else ""
    return FigureText(f"{digits}{ellipsis}{sign}")


def table(
    *,
    caption: str,
    columns: Sequence[str],
    rows: Iterable[Sequence[object]],
    footer: Iterable[tuple[str, Sequence[object]]] = (),
    groups: Sequence[tuple[str | None, int]] = (),
) -> str:
    r"""An HTML table for notebooks (``_repr_html_``), every text escaped.

    Args:
        caption: the table's title (none when empty).
        columns: the column headers, in Indonesian.
        rows: the body, one sequence of cells per row: text, or a :class:`FigureText`, which is
            aligned right (any other value is shown as ``str()`` shows it).
        footer: rows of totals: a label spanning the first columns, then the figures of the last
            ones (``("Jumlah", (allocation, realization))``).
        groups: a header row above *columns*: (label, number of columns) in order; a label of
            ``None`` leaves those columns' headers unspanned, over both header rows.

    Examples:
        >>> nrr = figure(Decimal("3.125"), 2)
        >>> page = table(caption="NRR <U1>", columns=("Unsur", "NRR"), rows=[("U1", nrr)])
        >>> print(page.replace("<thead>", "\n<thead>").replace("<tbody>", "\n<tbody>"))
        <table><caption>NRR &lt;U1&gt;</caption>
        <thead><tr><th>Unsur</th><th>NRR</th></tr></thead>
        <tbody><tr><td>U1</td><td style='text-align:right'>3,13</td></tr></tbody></table>
    """
    import html  # noqa: PLC0415 - only notebooks render HTML; keep import lkjcalc light

    def cell(tag: str, content: object, attributes: str = "") -> str:
        if isinstance(content, FigureText):
            attributes += " style='text-align:right'"
        return f"<{tag}{attributes}>{html.escape(str(content))}</{tag}>"

    def span(kind: str, count: int) -> str:
        return f" {kind}='{count}'" if count > 1 else ""

    if groups:
        top, bottom, start = [], [], 0
        for label, count in groups:
            block = columns[start : start + count]
            start += count
            if label is None:
                top += [cell("th", name, " rowspan='2'") for name in block]
            else:
                top.append(cell("th", label, span("colspan", count)))
                bottom += [cell("th", name) for name in block]
        head = f"<tr>{''.join(top)}</tr><tr>{''.join(bottom)}</tr>"
    else:
        head = f"<tr>{''.join(cell('th', name) for name in columns)}</tr>"
    body = "".join(f"<tr>{''.join(cell('td', text) for text in row)}</tr>" for row in rows)
    foot = "".join(
        f"<tr>{cell('th', label, span('colspan', len(columns) - len(cells)))}"
        f"{''.join(cell('td', text) for text in cells)}</tr>"
        for label, cells in footer
    )
    return (
        f"<table>{f'<caption>{html.escape(caption)}</caption>' if caption else ''}"
        f"<thead>{head}</thead><tbody>{body}</tbody>"
        f"{f'<tfoot>{foot}</tfoot>' if foot else ''}</table>"
    )


def compact(kind: str, *groups: Iterable[str], subject: str = "") -> str:
    """A repr: ``<Kind subject: a, b; c>``, the parts of a group joined by commas.

    Examples:
        >>> compact("Budget", ["2 lines", "allocation 100.00"], ["absorption 90.00%"])
        '<Budget: 2 lines, allocation 100.00; absorption 90.00%>'
        >>> compact("BudgetLine", ["allocation 100.00"], subject="'Rapat'")
        "<BudgetLine 'Rapat': allocation 100.00>"
    """
    head = f"{kind} {subject}" if subject else kind
    return f"<{head}: {'; '.join(', '.join(group) for group in groups)}>"
