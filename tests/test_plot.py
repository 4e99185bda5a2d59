"""lkjcalc.plot: what each chart draws (bars, lines, labels, ticks), read back from the Axes.

Charts are checked by what was drawn, never by pixels: the heights of the bars, the text of the
labels and ticks, the number and position of the lines.
"""

from __future__ import annotations

import math
import subprocess
import sys
from decimal import Decimal

import matplotlib as mpl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

mpl.use("Agg")

import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.container import ErrorbarContainer
from matplotlib.patches import Rectangle

from lkjcalc import (
    Band,
    Element,
    InvalidInputError,
    InvalidTypeError,
    Scale,
    Survey,
    ikm,
    ikm_from_nrr,
    scales,
)
from lkjcalc import strategies as lk
from lkjcalc.plot import QUARTERS, plot_achievements, plot_nrr, plot_scale

#: The seed report (LKj Kecamatan Bantur 2020, BAB III 2.1): every element at 3,400 → IKM 85,00 B.
SEED = ikm_from_nrr({f"U{i}": "3.400" for i in range(1, 10)})

#: Scribd document 429061031, "Kehandalan": 20 questionnaires, score sums 74, 76 and 60.
ABC = tuple(Element(code=c) for c in "ABC")
KEHANDALAN = ikm(Survey.from_totals({"A": (74, 20), "B": (76, 20), "C": (60, 20)}, elements=ABC))


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def _texts(ax: Axes) -> list[str]:
    return [text.get_text() for text in ax.texts]


def _bars(ax: Axes) -> list[Rectangle]:
    return [patch for patch in ax.patches if isinstance(patch, Rectangle)]


def _horizontal_lines(ax: Axes) -> list[float]:
    """The y of every horizontal line that spans the Axes (axhline)."""
    found = []
    for line in ax.get_lines():
        xs, ys = line.get_xdata(), line.get_ydata()
        if list(xs) == [0, 1] and ys[0] == ys[1]:
            found.append(float(ys[0]))
    return found


# ----------------------------------------------------------------------------- optional import


def test_import_lkjcalc_never_loads_matplotlib() -> None:
    code = (
        "import sys, lkjcalc, lkjcalc.plot; from lkjcalc import *; "
        "assert 'matplotlib' not in sys.modules, 'matplotlib loaded'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_without_matplotlib_the_error_says_how_to_install_it(monkeypatch) -> None:
    for name in ("matplotlib", "matplotlib.pyplot", "matplotlib.axes"):
        monkeypatch.setitem(sys.modules, name, None)
    with pytest.raises(ImportError, match=r'pip install "lkjcalc\[plot\]"') as info:
        plot_nrr(SEED)
    assert info.value.name == "matplotlib"
    assert isinstance(info.value.__cause__, ImportError)


# ---------------------------------------------------------------------------------- plot_nrr


def test_nrr_bars_of_the_seed() -> None:
    ax = plot_nrr(SEED)
    assert [bar.get_height() for bar in _bars(ax)] == [3.4] * 9
    assert [label.get_text() for label in ax.get_xticklabels()] == [f"U{i}" for i in range(1, 10)]
    assert _texts(ax)[:9] == ["3,40"] * 9  # Indonesian notation, as SKM reports print it
    assert ax.get_title() == "IKM 85,00 (B Baik)"
    assert ax.get_ylim() == (0, 4.4)


def test_nrr_grade_bounds_of_ikm_2017_on_the_nrr_scale() -> None:
    # PermenPANRB 14/2017, annex: on the NRR scale A ≥ 3,5324, B ≥ 3,0644, C ≥ 2,60.
    ax = plot_nrr(SEED)
    assert _horizontal_lines(ax) == [3.5324, 3.0644, 2.6]
    assert _texts(ax)[9:] == ["A ≥ 3,5324", "B ≥ 3,0644", "C ≥ 2,60"]


def test_nrr_of_a_published_table() -> None:
    # Kehandalan: NRR 74/20 = 3,70, 76/20 = 3,80, 60/20 = 3,00; exact weights give IKM 87,50 B.
    ax = plot_nrr(KEHANDALAN)
    assert [bar.get_height() for bar in _bars(ax)] == [3.7, 3.8, 3.0]
    assert _texts(ax)[:3] == ["3,70", "3,80", "3,00"]
    assert [label.get_text() for label in ax.get_xticklabels()] == ["A", "B", "C"]
    assert ax.get_title() == "IKM 87,50 (B Baik)"


def test_nrr_bounds_of_another_scale() -> None:
    # KepMenPAN 25/2004: 81,26 / 25 = 3,2504; 62,51 / 25 = 2,5004; 43,76 / 25 = 1,7504.
    ax = plot_nrr(SEED, scale=scales.IKM_2004)
    assert _horizontal_lines(ax) == [3.2504, 2.5004, 1.7504]
    assert _texts(ax)[9:] == ["A ≥ 3,2504", "B ≥ 2,5004", "C ≥ 1,7504"]


def test_nrr_exclusive_bounds_print_a_strict_sign() -> None:
    ax = plot_nrr(SEED, scale=scales.AKIP)  # AA > 90 → > 3,60 on the NRR scale
    assert _texts(ax)[9] == "AA > 3,60"
    assert len(_horizontal_lines(ax)) == 6


def test_nrr_draws_on_the_axes_given() -> None:
    _, ax = plt.subplots()
    assert plot_nrr(SEED, ax=ax) is ax
    assert len(_bars(ax)) == 9


def test_nrr_interval_as_error_bars() -> None:
    ax = plot_nrr(KEHANDALAN, interval={"A": ("3.5", "3.9"), "C": (Decimal("2.75"), 3)})
    containers = [c for c in ax.containers if isinstance(c, ErrorbarContainer)]
    assert len(containers) == 1
    (segments,) = [collection.get_segments() for collection in containers[0].lines[2]]
    spans = [(float(seg[0][0]), float(seg[0][1]), float(seg[1][1])) for seg in segments]
    assert spans == [(0, pytest.approx(3.5), pytest.approx(3.9)), (2, 2.75, 3.0)]
    assert ax.get_ylim() == (0, 4.4)


def test_nrr_interval_above_4_raises_the_top() -> None:
    ax = plot_nrr(KEHANDALAN, interval={"B": ("3.6", "4.5")})
    assert ax.get_ylim()[1] == pytest.approx(4.7)


def test_nrr_interval_accepts_a_mapping_like_object() -> None:
    class Items:
        def items(self):
            return [("A", (3, 4))]

    ax = plot_nrr(KEHANDALAN, interval=Items())
    assert any(isinstance(c, ErrorbarContainer) for c in ax.containers)


@pytest.mark.parametrize(
    ("kwargs", "error", "field"),
    [
        ({"interval": [("A", (3, 4))]}, InvalidTypeError, "interval"),
        ({"interval": "A"}, InvalidTypeError, "interval"),
        ({"interval": {"U1": (3, 4)}}, InvalidInputError, "interval"),
        ({"interval": {"A": (3,)}}, InvalidTypeError, "interval['A']"),
        ({"interval": {"A": "34"}}, InvalidTypeError, "interval['A']"),
        ({"interval": {"A": 3}}, InvalidTypeError, "interval['A']"),
        ({"interval": {"A": ("x", 4)}}, InvalidInputError, "interval['A'][0]"),
        ({"interval": {"A": (3, None)}}, InvalidTypeError, "interval['A'][1]"),
        ({"interval": {"A": ("3.8", "3.9")}}, InvalidInputError, "interval['A']"),
        ({"interval": {"A": ("3.5", "3.6")}}, InvalidInputError, "interval['A']"),
        ({"scale": "IKM_2017"}, InvalidTypeError, "scale"),
        ({"ax": "axes"}, InvalidTypeError, "ax"),
    ],
)
def test_nrr_refuses(kwargs, error, field) -> None:
    with pytest.raises(error) as info:
        plot_nrr(KEHANDALAN, **kwargs)
    assert info.value.field == field


def test_nrr_refuses_what_is_not_a_result() -> None:
    with pytest.raises(InvalidTypeError, match=r"^result: "):
        plot_nrr({"U1": 3})  # type: ignore[arg-type]


@settings(max_examples=20)
@given(lk.surveys(max_size=5, every_element_answered=True))
def test_nrr_bars_are_the_nrr_of_any_survey(survey) -> None:
    result = ikm(survey)
    ax = plot_nrr(result)
    try:
        assert [bar.get_height() for bar in _bars(ax)] == [float(v) for v in result.nrr.values()]
        assert all(0 < bar.get_height() <= 4 for bar in _bars(ax))
        assert len(_horizontal_lines(ax)) == 3
    finally:
        plt.close(ax.figure)


# -------------------------------------------------------------------------------- plot_scale


def test_scale_ikm_2017_as_a_number_line() -> None:
    ax = plot_scale(scales.IKM_2017)
    bands = _bars(ax)
    assert len(bands) == 4
    # The bands, highest first, end to end; the line shows one band's mean width beyond the bounds.
    assert [float(bar.get_x()) for bar in bands[1:3]] == [76.61, 65.0]
    assert [round(bar.get_width(), 2) for bar in bands[1:3]] == [11.7, 11.61]
    assert _texts(ax) == ["A\nSangat Baik", "B\nBaik", "C\nKurang Baik", "D\nTidak Baik"]
    labels = [label.get_text() for label in ax.get_xticklabels()]
    assert labels == ["≥ 65,00", "≥ 76,61", "≥ 88,31"]
    assert list(ax.get_xticks()) == [65.0, 76.61, 88.31]
    assert ax.get_title() == scales.IKM_2017.name
    assert ax.get_lines() == []  # no value, no marker


def test_scale_with_a_value_rounds_and_classifies_it() -> None:
    ax = plot_scale(scales.IKM_2017, 88.305)  # 88,305 → 88,31 → A
    (marker,) = ax.get_lines()
    assert list(marker.get_xdata()) == [88.31]
    assert _texts(ax)[-1] == "88,31 → A Sangat Baik"


def test_scale_exclusive_bounds_and_a_value_beyond_them() -> None:
    # Lampung 2015 prints 184,75 % "Sangat Tinggi" (Permendagri 86/2017 scale, closed upward).
    ax = plot_scale(scales.PERMENDAGRI_86_2017, "184.75")
    labels = [label.get_text() for label in ax.get_xticklabels()]
    assert labels == ["> 50,00", "> 65,00", "> 75,00", "> 90,00"]
    assert ax.get_xlim()[1] > 184.75
    assert _texts(ax)[-1] == "184,75 → ST Sangat Tinggi"


def test_scale_places_of_the_value_follow_the_scale() -> None:
    pass_fail = Scale(
        name="pass/fail",
        bands=(
            Band(code="P", label="Lulus", lower=60),
            Band(code="F", label="Tidak lulus", lower=None),
        ),
        places=0,
    )
    ax = plot_scale(pass_fail, "59.5")
    assert _texts(ax)[-1] == "60 → P Lulus"
    assert ax.get_xlim() == (48.0, 72.0)  # one bound: a fifth of its size on each side


def test_scale_of_one_band() -> None:
    everything = Scale(name="one", bands=(Band(code="X", label="All", lower=None),))
    ax = plot_scale(everything)
    assert len(_bars(ax)) == 1
    assert ax.get_xlim() == (-20.0, 120.0)
    assert list(ax.get_xticks()) == []


def test_scale_wraps_long_labels() -> None:
    ax = plot_scale(scales.AKIP)  # PermenPANRB 12/2015: AA "Sangat Memuaskan"
    assert _texts(ax)[0] == "AA\nSangat\nMemuaskan"
    assert _texts(ax)[3] == "B\nBaik"


def test_scale_draws_on_the_axes_given() -> None:
    _, ax = plt.subplots()
    assert plot_scale(scales.AKIP, ax=ax) is ax
    assert len(_bars(ax)) == 7


@pytest.mark.parametrize(
    ("args", "error", "field"),
    [
        ((scales.IKM_2017, "abc"), InvalidInputError, "value"),
        ((scales.IKM_2017, True), InvalidTypeError, "value"),
        (("IKM_2017",), InvalidTypeError, "scale"),
    ],
)
def test_scale_refuses(args, error, field) -> None:
    with pytest.raises(error) as info:
        plot_scale(*args)
    assert info.value.field == field


@settings(max_examples=20)
@given(lk.scales(), lk.decimals(min_value=-2000, max_value=2000, places=3))
def test_scale_marks_the_band_the_scale_gives(scale, value) -> None:
    ax = plot_scale(scale, value)
    try:
        band = scale.classify(value)
        assert _texts(ax)[-1].endswith(f" → {band.code} {band.label}")
        assert len(_bars(ax)) == len(scale.bands)
        ticks = list(ax.get_xticks())
        assert ticks == sorted(ticks)
        assert len(ticks) == len(scale.bands) - 1
        low, high = ax.get_xlim()
        assert low <= float(scale.round(value)) <= high
    finally:
        plt.close(ax.figure)


# ------------------------------------------------------------------------- plot_achievements


def test_achievements_of_four_quarters_with_a_gap() -> None:
    ax = plot_achievements(["80", Decimal("82.5"), None, 86])
    (line,) = ax.get_lines()
    ys = list(line.get_ydata())
    assert ys[:2] == [80.0, 82.5]
    assert math.isnan(ys[2])  # not reported: a gap in the line
    assert ys[3] == 86.0
    assert [label.get_text() for label in ax.get_xticklabels()] == list(QUARTERS)
    assert _texts(ax) == ["80,00", "82,50", "tidak dilaporkan", "86,00"]
    assert ax.get_ylabel() == "capaian (%)"


def test_achievements_default_labels_are_numbers_unless_four() -> None:
    ax = plot_achievements([100, 95, 105])
    assert [label.get_text() for label in ax.get_xticklabels()] == ["1", "2", "3"]


def test_achievements_with_labels_and_a_scale() -> None:
    years = ["2019", "2020", "2021"]
    ax = plot_achievements([84.71, 85.03, 90], labels=years, scale=scales.LKJ_ORDINAL)
    assert [label.get_text() for label in ax.get_xticklabels()] == years
    assert len(ax.patches) == 4  # one background stripe per band
    assert _texts(ax)[3:] == ["SB", "B", "CB", "KB"]
    low, high = ax.get_ylim()
    assert low < 55
    assert high > 90


def test_achievements_none_reported() -> None:
    ax = plot_achievements([None, None], scale=scales.AKIP)
    assert _texts(ax)[:2] == ["tidak dilaporkan"] * 2
    assert ax.get_ylim() == (18.0, 102.0)  # the bounds 30-90, and a band's mean width (12)


def test_achievements_draw_on_the_axes_given() -> None:
    _, ax = plt.subplots()
    assert plot_achievements([1], ax=ax) is ax


@pytest.mark.parametrize(
    ("args", "kwargs", "error", "field"),
    [
        ((None,), {}, InvalidTypeError, "achievements"),
        (("85",), {}, InvalidTypeError, "achievements"),
        (({1, 2},), {}, InvalidTypeError, "achievements"),
        (([],), {}, InvalidInputError, "achievements"),
        (([80, "abc"],), {}, InvalidInputError, "achievements[1]"),
        (([80, float("nan")],), {}, InvalidInputError, "achievements[1]"),
        (([80, 90],), {"labels": ["TW I"]}, InvalidInputError, "labels"),
        (([80, 90],), {"labels": "ab"}, InvalidTypeError, "labels"),
        (([80, 90],), {"labels": ["TW I", 2]}, InvalidTypeError, "labels[1]"),
        (([80, 90],), {"scale": "AKIP"}, InvalidTypeError, "scale"),
    ],
)
def test_achievements_refuse(args, kwargs, error, field) -> None:
    with pytest.raises(error) as info:
        plot_achievements(*args, **kwargs)
    assert info.value.field == field


@settings(max_examples=20)
@given(st.lists(lk.percents() | st.none(), min_size=1, max_size=8), lk.builtin_scales())
def test_achievements_points_are_the_figures(values, scale) -> None:
    ax = plot_achievements(values, scale=scale)
    try:
        (line,) = ax.get_lines()
        drawn = list(line.get_ydata())
        assert len(drawn) == len(values)
        for value, y in zip(values, drawn, strict=True):
            assert math.isnan(y) if value is None else y == float(value)
        low, high = ax.get_ylim()
        assert all(low <= float(v) <= high for v in values if v is not None)
        assert len(ax.patches) == len(scale.bands)
    finally:
        plt.close(ax.figure)
