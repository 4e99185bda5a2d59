"""Ordinal scales: validation, the built-in scales' boundaries, totality and monotonicity."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import lkjcalc
from lkjcalc import Band, InvalidInputError, InvalidTypeError, LkjcalcError, Scale, scales
from lkjcalc.scales import (
    AKIP,
    BUDGET_EFFICIENCY_1996,
    BUILTIN_SCALES,
    IKM_2004,
    IKM_2017,
    LKJ_ORDINAL,
    PERMENDAGRI_86_2017,
)
from messages import check_message
from strategies import scales as random_scales

BOUNDARIES = [
    # LKj ordinal scale, seed BAB III: 85 keatas SB; 70 ≤ x < 85 B; 55 ≤ x < 70 CB; x < 55 KB.
    (LKJ_ORDINAL, "100", "SB"),
    (LKJ_ORDINAL, "85", "SB"),
    (LKJ_ORDINAL, "84.99", "B"),
    (LKJ_ORDINAL, "84.995", "SB"),  # rounds to 85.00 first
    (LKJ_ORDINAL, "84.994", "B"),
    (LKJ_ORDINAL, "70", "B"),
    (LKJ_ORDINAL, "69.99", "CB"),
    (LKJ_ORDINAL, "55", "CB"),
    (LKJ_ORDINAL, "54.99", "KB"),
    (LKJ_ORDINAL, "-20", "KB"),
    # Permendagri 86/2017, gaps closed upward with exclusive bounds (domain.md §3.2).
    (PERMENDAGRI_86_2017, "184.75", "ST"),  # Lampung 2015 prints 184,75 % "Sangat Tinggi"
    (PERMENDAGRI_86_2017, "91", "ST"),
    (PERMENDAGRI_86_2017, "90.5", "ST"),
    (PERMENDAGRI_86_2017, "90.01", "ST"),
    (PERMENDAGRI_86_2017, "90", "T"),
    (PERMENDAGRI_86_2017, "90.004", "T"),  # rounds to 90.00
    (PERMENDAGRI_86_2017, "76", "T"),
    (PERMENDAGRI_86_2017, "75.99", "T"),
    (PERMENDAGRI_86_2017, "75", "S"),
    (PERMENDAGRI_86_2017, "65.5", "S"),
    (PERMENDAGRI_86_2017, "65", "R"),
    (PERMENDAGRI_86_2017, "50.5", "R"),
    (PERMENDAGRI_86_2017, "50", "SR"),
    (PERMENDAGRI_86_2017, "0", "SR"),
    # IKM, PermenPANRB 14/2017: A ≥ 88.31; B ≥ 76.61; C ≥ 65.00; D below.
    (IKM_2017, "100", "A"),
    (IKM_2017, "88.31", "A"),
    (IKM_2017, "88.305", "A"),  # domain.md §8: 88.305 → 88.31 → A
    (IKM_2017, "88.3049", "B"),
    (IKM_2017, "88.30", "B"),
    (IKM_2017, "85.00", "B"),  # the seed's IKM 85,00
    (IKM_2017, "76.61", "B"),
    (IKM_2017, "76.60", "C"),
    (IKM_2017, "65.00", "C"),
    (IKM_2017, "64.995", "C"),  # the published gap 64.99 | 65.00 disappears
    (IKM_2017, "64.99", "D"),
    (IKM_2017, "25", "D"),
    # IKM, KepMenPAN 25/2004: A ≥ 81.26; B ≥ 62.51; C ≥ 43.76; D below.
    (IKM_2004, "81.26", "A"),
    (IKM_2004, "81.25", "B"),
    (IKM_2004, "62.51", "B"),
    (IKM_2004, "62.50", "C"),
    (IKM_2004, "43.76", "C"),
    (IKM_2004, "43.75", "D"),
    # AKIP, PermenPANRB 12/2015 and 88/2021: "> 90 – 100" AA etc.
    (AKIP, "90.01", "AA"),
    (AKIP, "90", "A"),
    (AKIP, "80.01", "A"),
    (AKIP, "80", "BB"),
    (AKIP, "70", "B"),
    (AKIP, "60", "CC"),
    (AKIP, "50", "C"),
    (AKIP, "30.01", "C"),
    (AKIP, "30", "D"),
    (AKIP, "0", "D"),
    # Budget efficiency, Kepmendagri 690.900.327/1996 (inclusive lower bounds, a decision).
    (BUDGET_EFFICIENCY_1996, "100", "TE"),
    (BUDGET_EFFICIENCY_1996, "99.99", "KE"),
    (BUDGET_EFFICIENCY_1996, "90", "KE"),
    (BUDGET_EFFICIENCY_1996, "80", "CE"),
    (BUDGET_EFFICIENCY_1996, "60", "E"),
    (BUDGET_EFFICIENCY_1996, "59.99", "SE"),
]


@pytest.mark.parametrize(
    ("scale", "value", "code"), BOUNDARIES, ids=[f"{s.name}-{v}" for s, v, _ in BOUNDARIES]
)
def test_boundaries(scale: Scale, value: str, code: str) -> None:
    assert scale.classify(value).code == code
    assert scale.classify(Decimal(value)).code == code


def test_contract_example() -> None:
    assert lkjcalc.scales.IKM_2017.classify(88.305).code == "A"
    assert scales is lkjcalc.scales


@pytest.mark.parametrize(
    ("scale", "codes"),
    [
        (LKJ_ORDINAL, ("SB", "B", "CB", "KB")),
        (PERMENDAGRI_86_2017, ("ST", "T", "S", "R", "SR")),
        (IKM_2017, ("A", "B", "C", "D")),
        (IKM_2004, ("A", "B", "C", "D")),
        (AKIP, ("AA", "A", "BB", "B", "CC", "C", "D")),
        (BUDGET_EFFICIENCY_1996, ("TE", "KE", "CE", "E", "SE")),
    ],
)
def test_builtin_codes_and_metadata(scale: Scale, codes: tuple[str, ...]) -> None:
    assert scale.codes == codes
    assert scale.places == 2
    assert scale.source
    assert scale.bands[-1].lower is None
    assert BUILTIN_SCALES[next(k for k, v in BUILTIN_SCALES.items() if v is scale)] is scale


def test_band_lookup_by_code_or_label() -> None:
    assert IKM_2017.band("A") is IKM_2017.bands[0]
    assert IKM_2017.band(" sangat baik ") is IKM_2017.bands[0]
    assert PERMENDAGRI_86_2017.band("sangat rendah").code == "SR"
    with pytest.raises(InvalidInputError) as info:
        IKM_2017.band("E")
    assert "Sangat Baik" in str(info.value)
    with pytest.raises(InvalidTypeError):
        IKM_2017.band(1)  # type: ignore[arg-type]


def test_describe() -> None:
    assert PERMENDAGRI_86_2017.describe().splitlines()[1] == "T   Tinggi         75 < x ≤ 90"


def test_band_conditions() -> None:
    assert Band(code="X", label="x", lower=None).condition == "lowest"
    assert Band(code="X", label="x", lower=90, lower_inclusive=False).condition == "x > 90"
    assert Band(code="X", label="x", lower="85.0").condition == "x ≥ 85.0"
    only = Scale(name="one", bands=(Band(code="X", label="all", lower=None),), places=0)
    assert only.describe() == "X  all  x"


# ----------------------------------------------------------------------------- validation


def _band(code: str, lower: object, inclusive: bool = True) -> Band:
    return Band(code=code, label=code.lower(), lower=lower, lower_inclusive=inclusive)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("bands", "fragment"),
    [
        ((), "non-empty"),
        ([], "non-empty"),
        ((_band("A", 10),), "open below"),
        ((_band("A", 10), _band("B", 20), _band("C", None)), "strictly decrease"),
        ((_band("A", 10), _band("B", 10, False), _band("C", None)), "strictly decrease"),
        ((_band("A", None), _band("B", None)), "only the lowest"),
        ((_band("A", 10), _band("A", None)), "unique"),
    ],
)
def test_invalid_scales_are_refused(bands: object, fragment: str) -> None:
    with pytest.raises(InvalidInputError) as info:
        Scale(name="bad", bands=bands)  # type: ignore[arg-type]
    assert fragment in str(info.value)


def test_all_faults_are_reported_at_once() -> None:
    with pytest.raises(InvalidInputError) as info:
        Scale(name="bad", bands=(_band("A", 10), _band("A", 20)))
    message = str(info.value)
    assert "unique" in message
    assert "open below" in message
    assert "strictly decrease" in message


@pytest.mark.parametrize(
    "kwargs",
    [
        {"code": "", "label": "x", "lower": 1},
        {"code": "A", "label": None, "lower": 1},
        {"code": "A", "label": "x", "lower": "abc"},
        {"code": "A", "label": "x", "lower": 1, "lower_inclusive": 1},
    ],
)
def test_invalid_bands_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidInputError):
        Band(**kwargs)  # type: ignore[arg-type]


def test_scale_rejects_non_bands_and_bad_places() -> None:
    with pytest.raises(InvalidTypeError):
        Scale(name="x", bands=("A",))  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        Scale(name="x", bands=(_band("A", None),), places=-1)


def test_a_list_of_bands_is_stored_as_a_tuple() -> None:
    scale = Scale(name="x", bands=[_band("A", 1), _band("B", None)])  # type: ignore[arg-type]
    assert isinstance(scale.bands, tuple)


# ----------------------------------------------------------------------------- laws

values = st.decimals(min_value=-2000, max_value=2000, places=4, allow_nan=False)
all_scales = st.one_of(st.sampled_from(list(BUILTIN_SCALES.values())), random_scales())


@given(all_scales, values)
def test_every_value_falls_in_exactly_one_band(scale: Scale, value: Decimal) -> None:
    rounded = scale.round(value)
    admitted = [
        band
        for i, band in enumerate(scale.bands)
        if band.admits(rounded) and (i == 0 or not scale.bands[i - 1].admits(rounded))
    ]
    assert len(admitted) == 1
    assert scale.classify(value) is admitted[0]


@given(all_scales, values, values)
def test_classify_is_non_decreasing(scale: Scale, a: Decimal, b: Decimal) -> None:
    lo, hi = sorted((a, b))
    rank = {band.code: -i for i, band in enumerate(scale.bands)}
    assert rank[scale.classify(lo).code] <= rank[scale.classify(hi).code]


@given(all_scales, values)
def test_band_agrees_with_the_printed_figure(scale: Scale, value: Decimal) -> None:
    assert scale.classify(value) is scale.classify(scale.round(value))


@given(random_scales())
def test_bounds_are_honoured(scale: Scale) -> None:
    rank = {band.code: -i for i, band in enumerate(scale.bands)}
    unit = Decimal(1).scaleb(-scale.places)
    for band in scale.bands:
        if band.lower is None or scale.round(band.lower) != band.lower:
            continue
        at = band.lower
        assert (scale.classify(at) is band) == band.lower_inclusive
        assert rank[scale.classify(at + unit).code] >= rank[band.code]
        assert scale.classify(at - unit) is not band


def test_bands_are_built_from_rows() -> None:
    from lkjcalc.scales import _bands

    assert _bands(("A", "Alpha", "2", True), ("B", "Beta", None, False)) == (
        Band(code="A", label="Alpha", lower=Decimal(2), lower_inclusive=True),
        Band(code="B", label="Beta", lower=None, lower_inclusive=False),
    )


# ----------------------------------------------------------------------------- error messages
# Every error message of bands and scales (lkjcalc.scales), word for word
# (see tests/messages.py).

MESSAGES = [
    pytest.param(
        lambda: Scale(
            name="s",
            bands=(
                Band(code="A", label="a", lower=2),
                Band(code="A", label="b", lower=1),
                Band(code="B", label="c", lower=0),
                Band(code="B", label="d", lower=-1),
            ),
        ),
        InvalidInputError,
        (
            "bands: got ('A', 'A', 'B', 'B'), expected bands ordered from highest to lowest, "
            "the lowest open below; codes must be unique, repeated: A, B; the lowest band 'B' "
            "must be open below (lower=None), so that every value falls in a band"
        ),
        id="Scale-two-faults",
    ),
    pytest.param(
        lambda: Band(code="A", label="a", lower=1, lower_inclusive=1),
        InvalidTypeError,
        "lower_inclusive: got 1, expected True or False",
        id="Band-1",
    ),
    pytest.param(
        lambda: Scale(name="s", bands="x"),
        InvalidInputError,
        "bands: got 'x', expected a non-empty tuple of Band, highest first",
        id="Scale-1",
    ),
    pytest.param(
        lambda: Scale(name="s", bands=(1,)),
        InvalidTypeError,
        "bands[0]: got 1, expected a Band",
        id="Scale-2",
    ),
    pytest.param(
        lambda: Scale(
            name="s",
            bands=(
                Band(code="A", label="a", lower=10),
                Band(code="B", label="b", lower=20),
                Band(code="C", label="c", lower=None),
            ),
        ),
        InvalidInputError,
        (
            "bands: got ('A', 'B', 'C'), expected bands ordered from highest to lowest, "
            "the lowest open below; lower bounds must strictly decrease from band to "
            "band: 'A' (10) is not above 'B' (20)"
        ),
        id="Scale-3",
    ),
    pytest.param(
        lambda: Scale(name="s", bands=(Band(code="A", label="a", lower=None),), places=-1),
        InvalidInputError,
        "places: got -1, expected 0 to 40 decimals",
        id="Scale-4",
    ),
    pytest.param(
        lambda: scales.IKM_2017.band(1),
        InvalidTypeError,
        "code_or_label: got 1, expected a str",
        id="band-1",
    ),
    pytest.param(
        lambda: scales.IKM_2017.band("Z"),
        InvalidInputError,
        (
            "code_or_label: got 'Z', expected a code or label of IKM quality, "
            "PermenPANRB 14/2017: A (Sangat Baik), B (Baik), C (Kurang Baik), D (Tidak "
            "Baik)"
        ),
        id="band-2",
    ),
]


@pytest.mark.parametrize(("call", "error", "message"), MESSAGES)
def test_error_message(call: Callable[[], object], error: type[LkjcalcError], message: str) -> None:
    check_message(call, error, message)
