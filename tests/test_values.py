"""Every result and record is a value (issue 12): it pickles, deep-copies and hashes.

A notebook pickles results to cache them, multiprocessing pickles them to send them, and
``copy.deepcopy`` is how a user keeps one safe: each must come back equal, and (being frozen)
hash like the original. ``types.MappingProxyType`` fails both (``cannot pickle 'mappingproxy'
object``), so every mapping an object holds is a :class:`lkjcalc._frozen.FrozenMap`.

The classes of ``lkjcalc.review`` and ``lkjcalc.report`` are here too, from the Bantur 2020 report
of the main job and its findings.
"""

from __future__ import annotations

import copy
import inspect
import pickle
import runpy
from collections.abc import Callable
from decimal import Context, Decimal
from fractions import Fraction
from pathlib import Path

import attrs
import pandas as pd
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import lkjcalc
from lkjcalc import scales
from lkjcalc._frozen import FrozenMap
from lkjcalc._numeric import to_decimal

_CODES = [element.code for element in lkjcalc.ELEMENTS_2017]
_SURVEY = lkjcalc.Survey.from_responses([(4, 3, 3, 4, None, 3, 4, 4, 2), (3,) * 9])
_LINE = lkjcalc.BudgetLine(program="P", activity="A", allocation=100, realization=90, code="1")
_WEIGHTS = {code: Fraction(1, 9) for code in _CODES}

#: One or more instances of every public attrs class of lkjcalc (see the completeness test).
#: The Bantur 2020 report as transcribed in the main job, and its findings.
_REPORT = runpy.run_path(
    str(Path(__file__).parent.parent / "docs" / "examples" / "bantur_2020.py"),
    run_name="lkjcalc_example",
)["report"]()
_FINDINGS = _REPORT.review()

#: A survey with the joint counts an interval needs (domain.md §4.8).
_JOINT = lkjcalc.Survey.from_responses(
    [(4, 3, 3, 4, 4, 3, 4, 3, 4), (3, 3, 4, 4, 3, 3, 4, 4, 4), (4, 4, 4, 3, 4, 4, 3, 4, 4)],
    joint=True,
)

INSTANCES: dict[str, object] = {
    "Target": lkjcalc.Target.between(80, 90),
    "Indicator": lkjcalc.Indicator(name="SKM", polarity="minimize", cap=120),
    "Band": scales.IKM_2017.bands[0],
    "Scale": scales.PERMENDAGRI_86_2017,
    "Element": lkjcalc.ELEMENTS_2017[0],
    "ElementTally": _SURVEY.tallies[4],
    "Survey": _SURVEY,
    "Survey (totals)": lkjcalc.Survey.from_totals(dict.fromkeys(_CODES, (17, 5))),
    "IkmOptions": lkjcalc.IkmOptions(weights=_WEIGHTS, nrr_places=2, rounding="down"),
    "IkmOptions (uniform)": lkjcalc.IkmOptions(weights="0.111"),
    "IkmResult": lkjcalc.ikm(_SURVEY, weights=_WEIGHTS, weighted_places=3),
    "IkmResult (from NRR)": lkjcalc.ikm_from_nrr(dict.fromkeys(_CODES, "3.4")),
    "BudgetLine": _LINE,
    "Budget": lkjcalc.Budget(lines=[_LINE, _LINE]),
    "PerformanceBudget": lkjcalc.PerformanceBudget.from_budget(
        indicator=lkjcalc.Indicator(name="SKM"), target=85, realization=85, budget=_LINE
    ),
    "Subcomponent": lkjcalc.LKE_2021.subcomponents[0],
    "Component": lkjcalc.LKE_2021.components[0],
    "Worksheet": lkjcalc.LKE_2021,
    "LkeResult": lkjcalc.score_lke(dict.fromkeys(lkjcalc.LKE_2021.codes, "BB")),
    "Published": lkjcalc.published("85,03%"),
    "Finding": _FINDINGS[0],
    "Finding (undefined)": lkjcalc.check_percentage(0, 0, "0%")[0],
    "Report": _REPORT,
    "PerformanceRow": _REPORT.performance[0],
    "ProgressRow": _REPORT.progress[0],
    "ParticipationRow": _REPORT.participation[0],
    "PrintedSurvey": _REPORT.surveys[0],
    "BudgetTable": _REPORT.budget,
    "BudgetRow": _REPORT.budget.rows[0],
    "ShareRow": _REPORT.shares[0],
    "PerformanceBudgetRow": _REPORT.performance_budget[0],
    "CountTable": _REPORT.counts[0],
    "IkmInterval": lkjcalc.ikm_interval(_JOINT, population=50),
    "IkmComparison": lkjcalc.compare_ikm(_JOINT, _JOINT),
    "RenjaEvaluation": lkjcalc.evaluate_renja(
        final_target=100,
        realized_before=40,
        year_target=30,
        quarters=[5, 10, None, 6],
        accumulation="flow",
        budget_final=500,
        budget_before=180,
        budget_year=100,
        budget_quarters=[20, 25, None, 25],
    ),
}

#: Public attrs classes not checked here, with the reason (none: every one is).
NOT_HERE: dict[str, str] = {}


def _public_attrs_classes() -> set[str]:
    names = set()
    for name in lkjcalc.__all__:
        if name in NOT_HERE:
            continue
        value = getattr(lkjcalc, name)
        if inspect.isclass(value) and attrs.has(value):
            names.add(name)
    return names


def test_every_public_class_has_an_instance_here() -> None:
    covered = {name.split(" ")[0] for name in INSTANCES}
    missing = sorted(_public_attrs_classes() - covered)
    assert not missing, f"add an instance of {missing} to INSTANCES"
    assert {type(value).__name__ for value in INSTANCES.values()} == covered


@pytest.mark.parametrize("name", list(INSTANCES))
def test_pickles_to_an_equal_object(name: str) -> None:
    value = INSTANCES[name]
    again = pickle.loads(pickle.dumps(value))  # noqa: S301 - our own object
    assert again == value
    assert type(again) is type(value)
    assert repr(again) == repr(value)


@pytest.mark.parametrize("name", list(INSTANCES))
def test_deep_copies_to_an_equal_object(name: str) -> None:
    value = INSTANCES[name]
    again = copy.deepcopy(value)
    assert again == value
    assert copy.copy(value) == value


@pytest.mark.parametrize("name", list(INSTANCES))
def test_hashes_as_its_copies(name: str) -> None:
    value = INSTANCES[name]
    assert hash(value) == hash(copy.deepcopy(value))
    assert hash(value) == hash(pickle.loads(pickle.dumps(value)))  # noqa: S301
    assert len({value, copy.deepcopy(value)}) == 1


def test_no_mappingproxy_is_exposed() -> None:
    # Every mapping the objects above hold is a FrozenMap (or a plain value): none is a
    # mappingproxy, which neither pickles nor deep-copies.
    for name, value in INSTANCES.items():
        for field in attrs.fields(type(value)):
            held = getattr(value, field.name)
            assert type(held).__name__ != "mappingproxy", f"{name}.{field.name}"


def test_frozen_map_is_a_read_only_mapping_equal_to_a_dict() -> None:
    weights = FrozenMap({"U1": 1, "U2": 3}.items())
    assert weights == {"U2": 3, "U1": 1}
    assert weights == {"U1": 1, "U2": 3}
    assert weights != {"U1": 1}
    assert weights != [("U1", 1), ("U2", 3)]
    assert list(weights) == ["U1", "U2"]
    assert len(weights) == 2
    assert repr(weights) == "{'U1': 1, 'U2': 3}"
    assert hash(weights) == hash(FrozenMap({"U2": 3, "U1": 1}.items()))
    assert hash(weights) != hash(FrozenMap({"U1": 1, "U2": 4}.items()))
    with pytest.raises(TypeError):
        weights["U1"] = 2  # type: ignore[index]
    with pytest.raises(AttributeError):
        weights.extra = 1  # type: ignore[attr-defined]
    assert pickle.loads(pickle.dumps(weights)) == weights  # noqa: S301
    assert copy.deepcopy(weights) == weights
    assert FrozenMap() == {}


# ----------------------------------------------------------------------------- plain results
# domain.md §0 "Plain results" (v0.2): a returned Decimal never prints in exponent form and is
# never negative zero, so str(result) can be fed back as input. Inputs here come in every form
# a Decimal can take (85, 85.00, 8.5E+1, 0E+3, -0.0).


_WIDE = Context(prec=60)


@st.composite
def figures(draw: st.DrawFn, low: int = -(10**6), high: int = 10**6) -> Decimal:
    """A figure in [low, high] with up to 4 decimals, in one of the forms a Decimal can take."""
    value = Decimal(draw(st.integers(low * 10**4, high * 10**4))).scaleb(-4)
    form = draw(st.sampled_from(["trailing zeros", "normalized", "negative zero"]))
    if form == "normalized":  # 85 → 85, 100 → 1E+2, 0 → 0
        return value.normalize(_WIDE)
    if form == "negative zero" and not value:
        return Decimal((1, (0,), -draw(st.integers(0, 3))))  # -0, -0.0 ...
    return value  # 85.0000


def _positive(low: int = 1, high: int = 10**6) -> st.SearchStrategy[Decimal]:
    return figures(low, high).filter(lambda x: x > 0)


def _counts() -> st.SearchStrategy[tuple[int, int]]:
    return st.integers(0, 10**6).flatmap(lambda n: st.tuples(st.integers(0, n), st.just(n)))


FORMULAS: dict[str, tuple[Callable[..., Decimal], st.SearchStrategy[tuple[object, ...]]]] = {
    "achievement": (lkjcalc.achievement, st.tuples(_positive(), figures(0))),
    "achievement (minimize)": (
        lambda t, r: lkjcalc.achievement(t, r, polarity="minimize"),
        st.tuples(_positive(), figures(0)),
    ),
    "achievement (ratio)": (
        lambda t, r: lkjcalc.achievement(t, r, polarity="minimize", minimize_formula="ratio"),
        st.tuples(_positive(), _positive()),
    ),
    "renstra_progress": (lkjcalc.renstra_progress, st.tuples(_positive(), figures(0))),
    "mean_achievement": (
        lambda *values: lkjcalc.mean_achievement(values),
        st.lists(figures(), min_size=1, max_size=5).map(tuple),
    ),
    "point_change": (lkjcalc.point_change, st.tuples(figures(), figures())),
    "relative_change": (lkjcalc.relative_change, st.tuples(_positive(), figures())),
    "participation_percentage": (
        lkjcalc.participation_percentage,
        _counts().filter(lambda pair: pair[1] > 0),
    ),
    "absorption": (lkjcalc.absorption, st.tuples(_positive(), figures(0))),
    "share": (
        lkjcalc.share,
        st.tuples(figures(0), _positive()).filter(lambda pair: pair[0] <= pair[1]),
    ),
    "efficiency_gap": (lkjcalc.efficiency_gap, st.tuples(figures(), figures(0))),
    "efficiency_index": (lkjcalc.efficiency_index, st.tuples(figures(), _positive())),
    "unspent_share": (lkjcalc.unspent_share, st.tuples(_positive(), figures(0))),
    "index_to_ikm": (lkjcalc.index_to_ikm, st.tuples(figures(1, 4))),
    "round_half_up": (lkjcalc.round_half_up, st.tuples(figures(), st.integers(0, 4))),
    "BudgetLine.absorption": (
        lambda a, r: (
            lkjcalc.BudgetLine(program="P", activity="A", allocation=a, realization=r).absorption
        ),
        st.tuples(_positive(), figures(0)),
    ),
    "BudgetLine.allocation": (
        lambda a: (
            lkjcalc.BudgetLine(program="P", activity="A", allocation=a, realization=0).allocation
        ),
        st.tuples(figures(0)),
    ),
    "Budget.unspent": (
        lambda a, r: (
            lkjcalc.Budget(
                lines=[lkjcalc.BudgetLine(program="P", activity="A", allocation=a, realization=r)]
            ).unspent
        ),
        st.tuples(figures(0), figures(0)),
    ),
    "Target.lower": (lambda v: lkjcalc.Target.point(v).lower, st.tuples(figures())),
}


@pytest.mark.parametrize("name", list(FORMULAS))
def test_results_are_plain(name: str) -> None:
    formula, arguments = FORMULAS[name]

    @given(arguments)
    def check(args: tuple[object, ...]) -> None:
        result = formula(*args)
        assert type(result) is Decimal
        # Decimal itself writes a nonzero figure below 10^-6 with an exponent (no Decimal can
        # avoid it; lkjcalc.plain_decimal documents it): such results are left out.
        assume(result.is_zero() or abs(result) >= Decimal("1e-6"))
        text = str(result)
        assert "E" not in text, text
        assert not (result.is_zero() and result.is_signed()), text
        assert to_decimal(text) == result  # fed back as input

    check()


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (lambda: lkjcalc.achievement(Decimal("85.00"), 85), "100"),  # was 1E+2
        (lambda: lkjcalc.achievement(Decimal("8.5E+1"), Decimal("8.5E+1")), "100"),
        (lambda: lkjcalc.point_change(Decimal("1E+2"), Decimal("3E+2")), "200"),
        (lambda: lkjcalc.point_change(Decimal("-0.0"), Decimal("-0.0")), "0.0"),
        (lambda: lkjcalc.absorption(Decimal("2E+3"), Decimal("2E+3")), "100"),
        (lambda: lkjcalc.index_to_ikm(Decimal("4E+0")), "100"),
        (lambda: lkjcalc.mean_achievement([Decimal("1E+2"), Decimal("1E+2")]), "100"),
        (lambda: lkjcalc.Target.point(Decimal("-0")).lower, "0"),
        # a zero with seven decimals, which str() writes 0E-7 (found by the property above)
        (lambda: lkjcalc.unspent_share(Decimal("1.25E+5"), Decimal("125000.0000")), "0"),
    ],
)
def test_worked_plain_results(call: Callable[[], Decimal], expected: str) -> None:
    assert str(call()) == expected


# ----------------------------------------------------------------------------- the LKE (#12)
# Placed here, not in test_evaluation.py, to keep that file's end free for its own work.


def test_series_are_mappings_here_too() -> None:
    # domain.md §0 (v0.2): anything with .items() is a mapping (grades from a spreadsheet column).
    grades = pd.Series(dict.fromkeys(lkjcalc.LKE_2021.codes, "bb"))
    assert lkjcalc.score_lke(grades) == lkjcalc.score_lke(dict(grades.items()))
    values = pd.Series({"AA": 100, "A": 90, "BB": 80, "B": 70, "CC": 60, "C": 50, "D": 30, "E": 0})
    built = lkjcalc.Worksheet.build(name="x", components={"1": ("Satu", 100)}, grade_values=values)
    assert built.grade_values[lkjcalc.LkeGrade.BB] == 80
    components = pd.Series({"1": ("Satu", 60), "2": ("Dua", 40)})
    assert lkjcalc.Worksheet.build(name="y", components=components).maximum == 100


@pytest.mark.parametrize(
    "split",
    [
        {20, 30, 50},
        bytearray(b"\x14\x1e\x32"),
        pd.Series([20, 30, 50]).to_numpy().sum(keepdims=True).reshape(()),
    ],
)
def test_a_split_is_an_ordered_sequence(split: object) -> None:
    with pytest.raises(lkjcalc.InvalidTypeError) as info:
        lkjcalc.Worksheet.build(name="x", components={"1": ("Satu", 100)}, split=split)  # type: ignore[arg-type]
    assert info.value.field == "split"
