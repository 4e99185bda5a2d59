"""Pictures of lkjcalc's figures, drawn with matplotlib (``pip install "lkjcalc[plot]"``).

Three charts that SAKIP and SKM reports draw again and again:

- :func:`plot_nrr`: the NRR of each service element as bars, with the grade bounds of the IKM
  scale drawn on the NRR scale (1-4), the way SKM reports draw it; optionally an interval per
  element as error bars.
- :func:`plot_scale`: a :class:`~lkjcalc.scales.Scale` as a number line with its bands, and a
  value placed on it.
- :func:`plot_achievements`: achievements of successive periods (quarters TW I-IV, years), with
  a scale's bands as background.

Each function draws on the matplotlib ``Axes`` passed as ``ax=`` (or on a new figure) and returns
that ``Axes``, so a chart can be placed in a figure of one's own and finished with matplotlib.
Figures are converted to ``float`` only to be drawn: a picture is not a figure, and every number
printed on a chart is formatted from the exact ``Decimal`` in Indonesian notation (``3,40``).

matplotlib is an optional dependency, imported when a function is first called: neither
``import lkjcalc`` nor ``import lkjcalc.plot`` imports it. Without it, a call raises an
``ImportError`` that says how to install it.

Examples:
    >>> import matplotlib
    >>> matplotlib.use("Agg")  # no window: draw to files
    >>> from lkjcalc import ikm_from_nrr
    >>> from lkjcalc.plot import plot_nrr
    >>> ax = plot_nrr(ikm_from_nrr({f"U{i}": "3.40" for i in range(1, 10)}))
    >>> [text.get_text() for text in ax.texts][:2]
    ['3,40', '3,40']
    >>> ax.figure.savefig("nrr.svg")  # doctest: +SKIP
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from lkjcalc._numeric import Number, add, divide, multiply, subtract, to_decimal
from lkjcalc.errors import InvalidInputError, InvalidTypeError
from lkjcalc.scales import Band, Scale
from lkjcalc.survey import IkmResult

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["QUARTERS", "plot_achievements", "plot_nrr", "plot_scale"]

#: The labels of the four quarters (*triwulan*) as LKjIP and Renja evaluations print them.
QUARTERS: tuple[str, ...] = ("TW I", "TW II", "TW III", "TW IV")

#: The IKM is the index × 25: a bound on the IKM scale (25-100) over 25 is the bound on the NRR
#: scale (1-4) (PermenPANRB 14/2017, annex: 88,31 / 25 = 3,5324).
_IKM_PER_NRR = Decimal(25)

#: Band colours, from the highest band to the lowest: viridis, ordered and colour-blind safe, and
#: neutral (a scale's highest band is not always the best one: budget efficiency's is the worst).
_BAND_COLOURS = ("#fde725", "#90d743", "#35b779", "#21918c", "#31688e", "#443983", "#440154")
_BAND_ALPHA = 0.4
_LINE_COLOUR = "#444444"
#: Characters of a band's label on one line of a number line; a longer label is wrapped.
_LABEL_WIDTH = 12
_BAR_COLOUR = "#4575b4"

INSTALL_HINT = 'pip install "lkjcalc[plot]"'


def _axes(ax: Axes | None) -> Axes:
    """The Axes to draw on: the one given, or one of a new figure.

    matplotlib is imported here, on the first drawing, never when lkjcalc is imported; without it,
    the ImportError says how to install it.
    """
    try:
        import matplotlib.axes  # noqa: PLC0415 - lazily: matplotlib is an optional extra
        import matplotlib.pyplot as plt  # noqa: PLC0415 - idem
    except ImportError as error:
        raise ImportError(
            f"lkjcalc.plot draws with matplotlib, which is not installed: {INSTALL_HINT}",
            name="matplotlib",
        ) from error
    if ax is None:
        _, new = plt.subplots()
        return new
    if not isinstance(ax, matplotlib.axes.Axes):
        raise InvalidTypeError(field="ax", value=ax, expected="a matplotlib Axes, or None")
    return ax


def _band_colour(i: int, count: int) -> str:
    """The colour of band *i* of *count*, spread over the whole palette."""
    last = len(_BAND_COLOURS) - 1
    return _BAND_COLOURS[0 if count == 1 else (2 * i * last + count - 1) // (2 * (count - 1))]


def _check_scale(scale: object, name: str = "scale") -> Scale:
    if not isinstance(scale, Scale):
        raise InvalidTypeError(field=name, value=scale, expected="a lkjcalc.scales.Scale")
    return scale


def _text(value: Decimal, places: int = 2) -> str:
    """A figure as printed on a chart, in Indonesian notation (``3,40``)."""
    from lkjcalc.text import format_number  # noqa: PLC0415 - Babel only when a chart is drawn

    return format_number(value, places)


def _bound_text(value: Decimal) -> str:
    """A bound with all its decimals, and at least two (``3,5324``, ``2,60``, ``88,31``)."""
    exponent = value.normalize().as_tuple().exponent
    places = max(2, -exponent) if isinstance(exponent, int) else 2
    return _text(value, places)


def _condition(band: Band, bound: Decimal) -> str:
    """A band's lower bound as a chart prints it (``≥ 88,31``, ``> 90,00``)."""
    return f"{'≥' if band.lower_inclusive else '>'} {_bound_text(bound)}"


def _bounded(scale: Scale) -> list[tuple[Band, Decimal]]:
    """The bands that have a lower bound, with that bound, highest first."""
    return [(band, band.lower) for band in scale.bands if band.lower is not None]


def _limits(bounds: Sequence[Decimal], values: Sequence[Decimal]) -> tuple[Decimal, Decimal]:
    """The range a number line shows: every bound and value, and a band's width around them."""
    points = [*bounds, *values] or [Decimal(0), Decimal(100)]
    low, high = min(points), max(points)
    bounded = sorted(bounds)
    if len(bounded) > 1:
        pad = divide(subtract(bounded[-1], bounded[0]), Decimal(len(bounded) - 1))
    else:
        pad = multiply(max(abs(low), abs(high), Decimal(1)), Decimal("0.2"))
    return subtract(low, pad), add(high, pad)


# ----------------------------------------------------------------------------------- plot_nrr


def _check_interval(
    interval: object, nrr: Mapping[str, Decimal]
) -> dict[str, tuple[Decimal, Decimal]]:
    """Validate a per-element interval: code → (lower, upper) around the element's NRR."""
    if interval is None:
        return {}
    items = getattr(interval, "items", None)
    if not callable(items) or isinstance(interval, (str, bytes)):
        raise InvalidTypeError(
            field="interval", value=interval, expected="a mapping code → (lower, upper), or None"
        )
    checked: dict[str, tuple[Decimal, Decimal]] = {}
    for code, pair in items():
        field = f"interval[{code!r}]"
        if code not in nrr:
            raise InvalidInputError(
                field="interval",
                value=code,
                expected="element codes of the result: " + ", ".join(nrr),
            )
        if not isinstance(pair, Sequence) or isinstance(pair, (str, bytes)) or len(pair) != 2:  # noqa: PLR2004 - a pair
            raise InvalidTypeError(field=field, value=pair, expected="a pair (lower, upper)")
        lower = to_decimal(pair[0], f"{field}[0]")
        upper = to_decimal(pair[1], f"{field}[1]")
        if not lower <= nrr[code] <= upper:
            raise InvalidInputError(
                field=field,
                value=pair,
                expected=f"lower ≤ the element's NRR ({nrr[code]}) ≤ upper",
            )
        checked[code] = (lower, upper)
    return checked


def plot_nrr(
    result: IkmResult,
    *,
    ax: Axes | None = None,
    interval: Mapping[str, tuple[Number, Number]] | None = None,
    scale: Scale | None = None,
) -> Axes:
    """The NRR of each element as bars, with the grade bounds, as SKM reports draw it.

    Each bar is an element's NRR (*nilai rata-rata unsur*, 1-4), labelled with the element's code
    and its value in Indonesian notation (``3,40``). The grade bounds of the scale are drawn as
    horizontal lines on the same NRR scale: a bound on the IKM scale (25-100) divided by 25, since
    IKM = index × 25 (PermenPANRB 14/2017: A ≥ 3,5324, B ≥ 3,0644, C ≥ 2,60). An element whose bar
    stays below a line would, were every element like it, pull the unit below that grade. The
    title gives the IKM and its grade (*mutu pelayanan*).

    Args:
        result: an :class:`~lkjcalc.survey.IkmResult` (from :func:`~lkjcalc.survey.ikm` or
            :func:`~lkjcalc.survey.ikm_from_nrr`).
        ax: the matplotlib ``Axes`` to draw on; ``None`` (the default) draws on a new figure.
        interval: an optional interval per element, element code → ``(lower, upper)`` on the NRR
            scale (numbers lkjcalc accepts), drawn as error bars; elements left out get none.
            Each interval must hold its element's NRR.
        scale: the grading scale whose bounds are drawn; default the result's own scale.

    Returns:
        The ``Axes`` drawn on.

    Raises:
        InvalidTypeError: a result that is not an ``IkmResult``, a scale that is not a ``Scale``,
            an ``ax`` that is not a matplotlib ``Axes``.
        InvalidInputError: an interval for an unknown element, or one that does not hold the NRR.
        ImportError: matplotlib is not installed (``pip install "lkjcalc[plot]"``).

    Examples:
        >>> import matplotlib
        >>> matplotlib.use("Agg")
        >>> from lkjcalc import ikm_from_nrr
        >>> result = ikm_from_nrr({"U1": "3.40", "U2": "3.75", "U3": "2.90"})
        >>> ax = plot_nrr(result)
        >>> [float(bar.get_height()) for bar in ax.patches]
        [3.4, 3.75, 2.9]
        >>> [label.get_text() for label in ax.get_xticklabels()]
        ['U1', 'U2', 'U3']
        >>> ax.get_title()
        'IKM 83,75 (B Baik)'
    """
    if not isinstance(result, IkmResult):
        raise InvalidTypeError(field="result", value=result, expected="an IkmResult")
    grading = result.scale if scale is None else _check_scale(scale)
    intervals = _check_interval(interval, result.nrr)
    ax = _axes(ax)

    codes = [element.code for element in result.elements]
    values = [result.nrr[code] for code in codes]
    bars = ax.bar(codes, [float(value) for value in values], color=_BAR_COLOUR, zorder=2)
    ax.bar_label(
        bars, labels=[_text(value) for value in values], label_type="center", color="white"
    )
    if intervals:
        positions = [i for i, code in enumerate(codes) if code in intervals]
        middle = [float(values[i]) for i in positions]
        below = [float(subtract(values[i], intervals[codes[i]][0])) for i in positions]
        above = [float(subtract(intervals[codes[i]][1], values[i])) for i in positions]
        ax.errorbar(
            positions, middle, yerr=[below, above], fmt="none", ecolor="black", capsize=4, zorder=3
        )

    for band, bound in _bounded(grading):
        on_nrr = divide(bound, _IKM_PER_NRR)
        ax.axhline(float(on_nrr), color=_LINE_COLOUR, linestyle="--", linewidth=1, zorder=1)
        ax.annotate(
            f"{band.code} {_condition(band, on_nrr)}",
            xy=(1, float(on_nrr)),
            xycoords=("axes fraction", "data"),
            xytext=(4, 0),
            textcoords="offset points",
            va="center",
            fontsize="small",
        )
    uppers = [float(upper) for _, upper in intervals.values()]
    ax.set_ylim(0, max([4.4, *(upper + 0.2 for upper in uppers)]))
    ax.set_yticks([0, 1, 2, 3, 4])
    ax.set_ylabel("NRR (1-4)")
    ax.set_xlabel("unsur pelayanan")
    ax.set_title(f"IKM {_text(result.ikm)} ({result.band.code} {result.band.label})")
    return ax


# --------------------------------------------------------------------------------- plot_scale


def plot_scale(scale: Scale, value: Number | None = None, *, ax: Axes | None = None) -> Axes:
    """A scale as a number line: its bands coloured and labelled, and a value placed on it.

    Each band is a coloured stretch of the line with its code and label; each bound is a tick
    that says which band it belongs to: ``≥ 88,31`` (inclusive, the bound is in the band above
    it) or ``> 90,00`` (exclusive, the bound is in the band below). The lowest band is open
    below and the highest open above; the line shows one band's width beyond the outer bounds.
    A *value* is rounded and classified as the scale does it
    (:meth:`~lkjcalc.scales.Scale.classify`) and marked on the line with its band named.

    Args:
        scale: a :class:`~lkjcalc.scales.Scale`, built-in or one's own.
        value: an optional figure to place on the line, in the scale's units.
        ax: the matplotlib ``Axes`` to draw on; ``None`` (the default) draws on a new figure.

    Returns:
        The ``Axes`` drawn on.

    Raises:
        InvalidTypeError: a scale that is not a ``Scale``, an ``ax`` that is not an ``Axes``.
        InvalidInputError: a value that is not an accepted number (domain.md §0).
        ImportError: matplotlib is not installed (``pip install "lkjcalc[plot]"``).

    Examples:
        >>> import matplotlib
        >>> matplotlib.use("Agg")
        >>> from lkjcalc import scales
        >>> ax = plot_scale(scales.IKM_2017, "88.305")
        >>> [label.get_text() for label in ax.get_xticklabels()]
        ['≥ 65,00', '≥ 76,61', '≥ 88,31']
        >>> ax.texts[-1].get_text()
        '88,31 → A Sangat Baik'
    """
    scale = _check_scale(scale)
    band_of_value = None if value is None else scale.classify(value)
    rounded = None if value is None else scale.round(value)
    ax = _axes(ax)

    bounded = _bounded(scale)
    bounds = [bound for _, bound in bounded]
    low, high = _limits(bounds, [] if rounded is None else [rounded])
    edges = [high, *bounds, low]  # the ends of each band, highest band first
    for i, band in enumerate(scale.bands):
        top, bottom = edges[i], edges[i + 1]
        ax.barh(
            0,
            float(subtract(top, bottom)),
            left=float(bottom),
            height=1,
            color=_band_colour(i, len(scale.bands)),
            alpha=_BAND_ALPHA,
            edgecolor="white",
        )
        ax.text(
            float(divide(add(top, bottom), Decimal(2))),
            0,
            f"{band.code}\n{textwrap.fill(band.label, _LABEL_WIDTH)}",
            ha="center",
            va="center",
            fontsize="small",
        )
    ordered = sorted(bounded, key=lambda item: item[1])
    ax.set_xticks([float(bound) for _, bound in ordered])
    ax.set_xticklabels([_condition(band, bound) for band, bound in ordered], fontsize="small")
    ax.set_xlim(float(low), float(high))
    ax.set_ylim(-0.5, 1.1)
    ax.set_yticks([])
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    ax.set_title(scale.name, fontsize="medium")
    if band_of_value is not None and rounded is not None:
        ax.plot([float(rounded)], [0.55], marker="v", color="black", markersize=9)
        ax.annotate(
            f"{_text(rounded, scale.places)} → {band_of_value.code} {band_of_value.label}",
            xy=(float(rounded), 0.6),
            xytext=(0, 4),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontweight="bold",
        )
    return ax


# -------------------------------------------------------------------------- plot_achievements


def _check_achievements(achievements: object) -> list[Decimal | None]:
    if not isinstance(achievements, Sequence) or isinstance(achievements, (str, bytes)):
        raise InvalidTypeError(
            field="achievements",
            value=achievements,
            expected="a sequence of numbers, None where a period was not reported",
        )
    if not achievements:
        raise InvalidInputError(
            field="achievements", value=achievements, expected="at least one period"
        )
    return [
        None if item is None else to_decimal(item, f"achievements[{i}]")
        for i, item in enumerate(achievements)
    ]


def _check_labels(labels: object, count: int) -> list[str]:
    if labels is None:
        return list(QUARTERS) if count == len(QUARTERS) else [str(i) for i in range(1, count + 1)]
    if not isinstance(labels, Sequence) or isinstance(labels, (str, bytes)):
        raise InvalidTypeError(field="labels", value=labels, expected="a sequence of str, or None")
    for i, label in enumerate(labels):
        if not isinstance(label, str):
            raise InvalidTypeError(field=f"labels[{i}]", value=label, expected="a str")
    if len(labels) != count:
        raise InvalidInputError(
            field="labels", value=labels, expected=f"one label per period ({count})"
        )
    return list(labels)


def plot_achievements(
    achievements: Sequence[Number | None],
    *,
    labels: Sequence[str] | None = None,
    ax: Axes | None = None,
    scale: Scale | None = None,
) -> Axes:
    """Achievements of successive periods as a line, with a scale's bands as background.

    Each period's achievement (*capaian*, in percent) is a point labelled with its value in
    Indonesian notation; ``None`` marks a period that was not reported (nothing to measure yet),
    drawn as a gap in the line and named below it. With a *scale*, its bands are drawn as
    horizontal stripes behind the line, each named at the right, so that a reader sees in which
    band each period fell.

    Args:
        achievements: one figure per period, in order (numbers lkjcalc accepts, or ``None``).
        labels: one label per period; by default the quarters :data:`QUARTERS` (``"TW I"`` …
            ``"TW IV"``) for four periods, else ``"1"``, ``"2"``, ….
        ax: the matplotlib ``Axes`` to draw on; ``None`` (the default) draws on a new figure.
        scale: an optional :class:`~lkjcalc.scales.Scale` drawn as background bands.

    Returns:
        The ``Axes`` drawn on.

    Raises:
        InvalidTypeError: achievements that are not a sequence, labels that are not strings, a
            scale that is not a ``Scale``, an ``ax`` that is not an ``Axes``.
        InvalidInputError: no period at all, a figure that is not an accepted number, or a number
            of labels that differs from the number of periods.
        ImportError: matplotlib is not installed (``pip install "lkjcalc[plot]"``).

    Examples:
        >>> import matplotlib
        >>> matplotlib.use("Agg")
        >>> from lkjcalc import scales
        >>> ax = plot_achievements(["80", "82.5", None, 86], scale=scales.LKJ_ORDINAL)
        >>> [label.get_text() for label in ax.get_xticklabels()]
        ['TW I', 'TW II', 'TW III', 'TW IV']
        >>> [text.get_text() for text in ax.texts][:4]
        ['80,00', '82,50', 'tidak dilaporkan', '86,00']
    """
    values = _check_achievements(achievements)
    names = _check_labels(labels, len(values))
    grading = None if scale is None else _check_scale(scale)
    ax = _axes(ax)

    positions = list(range(len(values)))
    heights = [float("nan") if value is None else float(value) for value in values]
    ax.plot(positions, heights, marker="o", color=_BAR_COLOUR, zorder=3)
    reported = [value for value in values if value is not None]
    bounds = [] if grading is None else [bound for _, bound in _bounded(grading)]
    low, high = _limits(bounds, reported)
    middle = divide(add(low, high), Decimal(2))
    for position, value in enumerate(values):
        if value is None:
            ax.text(position, float(middle), "tidak dilaporkan", ha="center", va="center",
                    rotation=90, fontsize="small", color="grey")  # fmt: skip
        else:
            ax.annotate(
                _text(value),
                xy=(position, float(value)),
                xytext=(0, 6),
                textcoords="offset points",
                ha="center",
                fontsize="small",
            )
    if grading is not None:
        edges = [high, *bounds, low]
        for i, band in enumerate(grading.bands):
            colour = _band_colour(i, len(grading.bands))
            ax.axhspan(float(edges[i + 1]), float(edges[i]), color=colour, alpha=_BAND_ALPHA,
                       zorder=0, linewidth=0)  # fmt: skip
            ax.annotate(
                band.code,
                xy=(1, float(divide(add(edges[i], edges[i + 1]), Decimal(2)))),
                xycoords=("axes fraction", "data"),
                xytext=(4, 0),
                textcoords="offset points",
                va="center",
                fontsize="small",
            )
    ax.set_xticks(positions)
    ax.set_xticklabels(names)
    ax.set_xlim(-0.5, len(values) - 0.5)
    ax.set_ylim(float(low), float(high))
    ax.set_ylabel("capaian (%)")
    return ax
