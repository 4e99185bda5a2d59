"""MkDocs hook: draw the site's pictures from lkjcalc itself, each time the site is built.

Nothing here is hand-drawn and no image is committed: on every build (``mkdocs build`` and each
rebuild of ``mkdocs serve``), :func:`on_files` computes the figures with lkjcalc, draws them with
``lkjcalc.plot`` and matplotlib (Agg, no window), and adds each SVG to the site as a generated
file under ``img/``. Pages link to them with ordinary Markdown images (``![…](img/….svg)``), which
``mkdocs build --strict`` validates like any other link.

Registered in ``mkdocs.yml`` under ``hooks:``, and kept out of the pages by ``exclude_docs``.
"""

from __future__ import annotations

import io
import itertools
from decimal import Decimal
from typing import TYPE_CHECKING

from lkjcalc import (
    Element,
    MinimizeFormula,
    Polarity,
    Survey,
    achievement,
    format_number,
    ikm,
    scales,
)
from lkjcalc.plot import plot_achievements, plot_nrr, plot_scale

if TYPE_CHECKING:
    from collections.abc import Callable

    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

#: Where the pictures live in the site (pages link to ``img/NAME.svg``).
FOLDER = "img"

#: The example of docs/survey.md, "A pandas walkthrough": four questionnaires, two blanks.
WALKTHROUGH = {
    "U1": [4, 3, 4, 4],
    "U2": [3, 3, 4, 3],
    "U3": [4, None, 4, 3],
    "U4": [4, 4, 4, 4],
    "U5": [3, 3, 3, 4],
    "U6": [4, 3, 4, 4],
    "U7": [4, 4, 4, 3],
    "U8": [3, 3, 4, 3],
    "U9": [3, None, 3, 3],
}

#: The published table of docs/survey.md (Scribd document 429061031, "Kehandalan"): three
#: elements, twenty questionnaires, score sums 74, 76 and 60, weight printed as 0,33.
KEHANDALAN = {"A": (74, 20), "B": (76, 20), "C": (60, 20)}


def _svg(figure: Figure) -> bytes:
    """The figure as SVG, the same bytes on every build (no date, fixed ids), then closed."""
    import matplotlib.pyplot as plt  # noqa: PLC0415 - the hook imports only when it draws

    buffer = io.BytesIO()
    figure.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    plt.close(figure)
    return buffer.getvalue()


def _new_axes(width: float, height: float) -> Axes:
    import matplotlib.pyplot as plt  # noqa: PLC0415 - the hook imports only when it draws

    _, ax = plt.subplots(figsize=(width, height))
    return ax


# --------------------------------------------------------------------------------- pictures


def achievement_curves() -> Figure:
    """Achievement against realization at a target of 100: maximize, mirror and ratio."""
    ax = _new_axes(7, 4.5)
    target = 100
    realizations = [Decimal(r) for r in range(0, 201, 2)]
    curves = [
        ("maximize: R / T × 100", Polarity.MAXIMIZE, MinimizeFormula.MIRROR, "#31688e"),
        (
            "minimize, mirror: (2T − R) / T × 100",
            Polarity.MINIMIZE,
            MinimizeFormula.MIRROR,
            "#35b779",
        ),
        ("minimize, ratio: T / R × 100", Polarity.MINIMIZE, MinimizeFormula.RATIO, "#b5367a"),
    ]
    for label, polarity, formula, colour in curves:
        points = [
            (r, achievement(target, r, polarity=polarity, minimize_formula=formula))
            for r in realizations
            # ratio: undefined at R = 0, and off the chart below R = 40 (T / R × 100 > 250)
            if formula is not MinimizeFormula.RATIO or r >= 40
        ]
        ax.plot(
            [float(r) for r, _ in points],
            [float(a) for _, a in points],
            label=label,
            color=colour,
            linewidth=2,
        )
    ax.axvline(target, color="#888888", linestyle=":", linewidth=1)
    ax.axhline(100, color="#888888", linestyle=":", linewidth=1)
    ax.plot([target], [100], marker="o", color="black")
    ax.annotate(
        "R = T: every formula gives 100",
        xy=(target, 100),
        xytext=(108, 140),
        arrowprops={"arrowstyle": "->", "color": "#444444"},
        fontsize="small",
    )
    ax.set_xlim(0, 200)
    ax.set_ylim(0, 250)
    ax.set_xlabel("realization R (target T = 100)")
    ax.set_ylabel("achievement (%)")
    ax.set_title("Achievement against realization, by polarity and formula")
    ax.legend(loc="upper center", fontsize="small")
    ax.grid(visible=True, alpha=0.3)
    return ax.figure


def scale_line(scale: scales.Scale) -> Figure:
    """A built-in scale as a number line with its bands."""
    return plot_scale(scale, ax=_new_axes(8, 1.9)).figure


def _box(ax: Axes, x: float, title: str, body: str, colour: str) -> None:
    ax.text(
        x,
        0.5,
        f"{title}\n\n{body}",
        ha="center",
        va="center",
        fontsize=9,
        bbox={
            "boxstyle": "round,pad=0.6",
            "facecolor": colour,
            "alpha": 0.7,
            "edgecolor": "#444444",
        },
    )


def _arrow(ax: Axes, start: float, end: float, stage: str) -> None:
    ax.annotate(
        "",
        xy=(end, 0.5),
        xytext=(start, 0.5),
        arrowprops={"arrowstyle": "-|>", "color": "#444444", "lw": 1.5},
    )
    ax.text(
        (start + end) / 2,
        0.14,
        stage,
        ha="center",
        va="center",
        fontsize=8,
        color="#7a1f5c",
        bbox={"boxstyle": "round,pad=0.3", "facecolor": "white", "edgecolor": "#b5367a"},
    )


def ikm_pipeline() -> Figure:
    """The IKM pipeline, NRR → weighted NRR → index → IKM → grade, and its three rounding stages.

    Drawn with the figures lkjcalc computes for the published table of docs/survey.md, as that
    table was computed: printed weight 0,33, each weighted NRR rounded to 2 places.
    """
    elements = tuple(Element(code=code) for code in KEHANDALAN)
    survey = Survey.from_totals(KEHANDALAN, elements=elements)
    exact = ikm(survey, weights="0.33")
    printed = ikm(survey, weights="0.33", weighted_places=2)
    codes = list(printed.nrr)

    def show(values: dict[str, Decimal], places: int) -> str:
        return "\n".join(f"{code}  {format_number(values[code], places)}" for code in codes)

    weighted = "\n".join(
        f"{code}  {format_number(exact.weighted_nrr[code], 3)} → "
        f"{format_number(printed.weighted_nrr[code], 2)}"
        for code in codes
    )
    ax = _new_axes(12, 2.8)
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 1)
    ax.axis("off")
    boxes = [
        (0.8, "NRR per element", "S / n\n" + show(dict(printed.nrr), 2), "#fde725"),
        (3.0, "weighted NRR", "NRR × 0,33\n" + weighted, "#90d743"),
        (5.2, "index", "Σ weighted NRR\n" + format_number(printed.index, 2), "#35b779"),
        (7.1, "IKM", "index × 25\n" + format_number(printed.ikm, 2), "#21918c"),
        (
            9.1,
            "grade (mutu)",
            f"IKM_2017, rounded\nto 2 places first\n{printed.band.code} {printed.band.label}",
            "#9ecae1",
        ),
    ]
    for x, title, body, colour in boxes:
        _box(ax, x, title, body, colour)
    stages = [
        "① nrr_places\n(round each NRR)",
        "② weighted_places=2\n(round each product)",
        "③ index_places\n(round the index)",
        "scale.places\n(round, then grade)",
    ]
    for ((start, *_), (end, *_)), stage in zip(itertools.pairwise(boxes), stages, strict=True):
        _arrow(ax, start + 0.85, end - 0.85, stage)
    ax.set_title(
        "The IKM pipeline and its three optional rounding stages "
        "(the published 'Kehandalan' table: 3 elements, weight 0,33, products rounded)",
        fontsize=10,
    )
    return ax.figure


def nrr_example() -> Figure:
    """The NRR chart of the walkthrough survey of docs/survey.md."""
    result = ikm(Survey.from_columns(WALKTHROUGH))
    return plot_nrr(result, ax=_new_axes(7, 4)).figure


def scale_value_example() -> Figure:
    """plot_scale with a value: 88,305 is printed 88,31 and graded A (docs/plot.md)."""
    ax = plot_scale(scales.IKM_2017, "88.305", ax=_new_axes(8, 2.1))
    return ax.figure


def achievements_example() -> Figure:
    """plot_achievements of four quarters, one not reported, on the LKj ordinal scale."""
    ax = plot_achievements(
        ["80", "82.5", None, "86"], scale=scales.LKJ_ORDINAL, ax=_new_axes(6.5, 4)
    )
    ax.set_title("Capaian per triwulan (TW III not reported)")
    return ax.figure


def pictures() -> dict[str, Callable[[], Figure]]:
    """Every picture of the site: its file name under img/, and the function that draws it."""
    drawn: dict[str, Callable[[], Figure]] = {
        "achievement-curves.svg": achievement_curves,
        "ikm-pipeline.svg": ikm_pipeline,
        "nrr-example.svg": nrr_example,
        "plot-scale-value.svg": scale_value_example,
        "plot-achievements.svg": achievements_example,
    }
    for name, scale in scales.BUILTIN_SCALES.items():
        drawn[f"scale-{name.lower()}.svg"] = lambda scale=scale: scale_line(scale)
    return drawn


# ------------------------------------------------------------------------------ MkDocs events


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """Draw every picture and add it to the site as ``img/NAME.svg``."""
    import matplotlib as mpl  # noqa: PLC0415 - idem (pytest collects docs/, without drawing)

    mpl.use("Agg")
    from mkdocs.structure.files import File  # noqa: PLC0415 - idem

    with mpl.rc_context({"svg.hashsalt": "lkjcalc", "svg.fonttype": "path"}):
        for name, draw in pictures().items():
            files.append(File.generated(config, f"{FOLDER}/{name}", content=_svg(draw())))
    return files
