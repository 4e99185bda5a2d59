"""Student's t in exact decimals (lkjcalc._student): quantile, CDF, Welch–Satterthwaite df.

scipy is the oracle here only (a test dependency; lkjcalc never imports it). scipy's own
quantiles are good to about 1e-15, so they are compared in float with a relative tolerance of
1e-12 (the bound domain.md §4.8 sets); the closed forms for 1 and 2 degrees of freedom are
computed here in 80-digit decimals and compared to 35 digits.
"""

from __future__ import annotations

import decimal
from decimal import Decimal
from statistics import NormalDist

import pytest
from hypothesis import given
from hypothesis import strategies as st
from scipy import stats

from lkjcalc import _student
from lkjcalc._student import decimal_sqrt, t_cdf, t_quantile, welch_degrees_of_freedom
from lkjcalc.errors import InvalidInputError, InvalidTypeError, UndefinedResultError

WIDE = decimal.Context(prec=80)

DEGREES = [1, 2, 3, 4, 5, 10, 28, 29, 30, 100, 1000, 10**6, "2.5", "17.3", "57.9"]
PROBABILITIES = ["0.5", "0.6", "0.9", "0.95", "0.975", "0.995", "0.9995", "0.000001", "0.999999999"]


def relative_error(value: float, reference: float) -> float:
    return abs(value - reference) / abs(reference) if reference else abs(value)


# ----------------------------------------------------------------------------- against scipy


@pytest.mark.parametrize("df", DEGREES, ids=str)
@pytest.mark.parametrize("p", PROBABILITIES)
def test_quantile_matches_scipy(df, p) -> None:
    # at the exact value of the float scipy sees (0.999999999 is 1 − 1.0000000272e-9 in binary)
    ours = t_quantile(Decimal(float(p)), Decimal(df))
    reference = float(stats.t.ppf(float(p), float(df)))
    assert relative_error(float(ours), reference) <= 1e-12


@pytest.mark.parametrize("df", [*DEGREES, "0.5"], ids=str)
@pytest.mark.parametrize("t", ["-40", "-6.5", "-2.048", "-0.3", "0.001", "1", "2.7", "9", "1000"])
def test_cdf_matches_scipy(df, t) -> None:
    ours = t_cdf(Decimal(t), Decimal(df))
    reference = float(stats.t.cdf(float(t), float(df)))
    assert relative_error(float(ours), reference) <= 1e-12


@pytest.mark.parametrize("p", ["1e-10", "0.0000001", "0.9999999999"])
@pytest.mark.parametrize("df", ["0.5", "1.5", 7, 250, 10**7], ids=str)
def test_far_tails_match_scipy(df, p) -> None:
    # at the exact value of the float scipy sees (0.999999999 is 1 − 1.0000000272e-9 in binary)
    ours = t_quantile(Decimal(float(p)), Decimal(df))
    reference = float(stats.t.ppf(float(p), float(df)))
    assert relative_error(float(ours), reference) <= 1e-12


@pytest.mark.parametrize(
    ("df", "p", "printed"),
    [
        # NIST/SEMATECH e-Handbook of Statistical Methods, §1.3.6.7.2, "Critical values of the
        # Student's t distribution" (upper-tail 0.025, 0.005 and 0.05 columns).
        (1, "0.975", "12.706"),
        (10, "0.975", "2.228"),
        (28, "0.975", "2.048"),
        (29, "0.975", "2.045"),
        (30, "0.975", "2.042"),
        (28, "0.995", "2.763"),
        (100, "0.95", "1.660"),
    ],
)
def test_published_table(df, p, printed) -> None:
    value = t_quantile(p, df)
    assert value.quantize(Decimal("0.001"), rounding=decimal.ROUND_HALF_UP) == Decimal(printed)


# ----------------------------------------------------------------------------- closed forms


def machin_pi() -> Decimal:
    """π = 16 arctan(1/5) − 4 arctan(1/239), each arctan by its Taylor series."""

    def arctan_inverse(n: int) -> Decimal:
        x = WIDE.divide(1, n)
        square = WIDE.multiply(x, x)
        total, power, k = Decimal(0), x, 0
        while power > Decimal("1e-85"):
            term = WIDE.divide(power, 2 * k + 1)
            total = WIDE.subtract(total, term) if k % 2 else WIDE.add(total, term)
            power = WIDE.multiply(power, square)
            k += 1
        return total

    return WIDE.subtract(
        WIDE.multiply(16, arctan_inverse(5)), WIDE.multiply(4, arctan_inverse(239))
    )


def decimal_tan(x: Decimal) -> Decimal:
    """tan by the Taylor series of sin and cos, in 80 digits."""
    sine, cosine = Decimal(0), Decimal(0)
    term, n = Decimal(1), 0  # xⁿ / n!
    while n < 400:
        if n % 4 == 0:
            cosine = WIDE.add(cosine, term)
        elif n % 4 == 1:
            sine = WIDE.add(sine, term)
        elif n % 4 == 2:
            cosine = WIDE.subtract(cosine, term)
        else:
            sine = WIDE.subtract(sine, term)
        n += 1
        term = WIDE.divide(WIDE.multiply(term, x), n)
    return WIDE.divide(sine, cosine)


PI = machin_pi()


def test_machin_pi_is_pi() -> None:
    assert str(PI).startswith("3.14159265358979323846264338327950288419716939937510")
    assert abs(WIDE.subtract(decimal_tan(WIDE.divide(PI, 4)), 1)) <= Decimal("1e-75")


@pytest.mark.parametrize(
    "p", ["0.000001", "0.01", "0.3", "0.51", "0.75", "0.975", "0.9995", "0.999999999"]
)
def test_cauchy_closed_form(p) -> None:
    # One degree of freedom: T is Cauchy, t(p) = tan(π (p − ½)).
    exact = decimal_tan(WIDE.multiply(PI, WIDE.subtract(Decimal(p), Decimal("0.5"))))
    ours = t_quantile(Decimal(p), 1)
    assert abs(WIDE.divide(WIDE.subtract(ours, exact), exact)) <= Decimal("1e-35")


@pytest.mark.parametrize(
    "p", ["0.000001", "0.01", "0.3", "0.51", "0.75", "0.975", "0.9995", "0.999999999"]
)
def test_two_degrees_closed_form(p) -> None:
    # Two degrees of freedom: t(p) = (2p − 1) / √(2 p (1 − p)).
    probability = Decimal(p)
    exact = WIDE.divide(
        WIDE.subtract(WIDE.multiply(2, probability), 1),
        WIDE.sqrt(WIDE.multiply(WIDE.multiply(2, probability), WIDE.subtract(1, probability))),
    )
    ours = t_quantile(probability, 2)
    assert abs(WIDE.divide(WIDE.subtract(ours, exact), exact)) <= Decimal("1e-35")


@pytest.mark.parametrize("t", ["-1000000", "-3", "-1", "0.25", "1", "7", "1e9"])
def test_cauchy_cdf(t) -> None:
    # P(T ≤ t) = ½ + arctan(t)/π; checked through tan: tan(π (P − ½)) = t.
    probability = t_cdf(Decimal(t), 1)
    back = decimal_tan(WIDE.multiply(PI, WIDE.subtract(probability, Decimal("0.5"))))
    assert abs(WIDE.divide(WIDE.subtract(back, Decimal(t)), Decimal(t))) <= Decimal("1e-30")


def test_two_degrees_cdf() -> None:
    # P(T ≤ t) = ½ + t / (2 √(2 + t²)); at t = 1: ½ + 1/(2√3).
    expected = WIDE.add(Decimal("0.5"), WIDE.divide(1, WIDE.multiply(2, WIDE.sqrt(3))))
    assert abs(t_cdf(1, 2) - expected) <= Decimal("1e-39")


# ----------------------------------------------------------------------------- laws

probabilities = st.decimals(
    min_value=Decimal("1e-10"), max_value=Decimal("0.9999999999"), places=10
)
degrees = st.one_of(
    st.integers(min_value=1, max_value=10**7),
    st.decimals(min_value=Decimal("0.5"), max_value=Decimal(5000), places=3),
)


@given(p=probabilities, df=degrees)
def test_symmetry_is_exact(p, df) -> None:
    complement = WIDE.subtract(1, p)
    assert t_quantile(complement, df) == t_quantile(p, df).copy_negate()


@given(p=probabilities, df=degrees)
def test_cdf_inverts_the_quantile(p, df) -> None:
    back = t_cdf(t_quantile(p, df), df)
    assert abs(back - p) <= Decimal("1e-25") * min(p, 1 - p)


@given(ps=st.lists(probabilities, min_size=2, max_size=2, unique=True), df=degrees)
def test_increasing_in_the_probability(ps, df) -> None:
    low, high = sorted(ps)
    assert t_quantile(low, df) < t_quantile(high, df)


@given(
    p=st.decimals(min_value=Decimal("0.5000000001"), max_value=Decimal("0.9999999999"), places=10),
    dfs=st.lists(
        st.decimals(min_value=Decimal("0.5"), max_value=Decimal(10000), places=2),
        min_size=2,
        max_size=2,
        unique=True,
    ),
)
def test_upper_quantiles_shrink_with_the_degrees_of_freedom(p, dfs) -> None:
    few, many = sorted(dfs)
    assert t_quantile(p, few) > t_quantile(p, many) > 0


@given(t=st.decimals(min_value=-50, max_value=50, places=4), df=degrees)
def test_cdf_is_symmetric(t, df) -> None:
    assert abs(t_cdf(t, df) + t_cdf(-t, df) - 1) <= Decimal("1e-39")


# ----------------------------------------------------------------------------- special cases


def test_median_is_zero() -> None:
    assert t_quantile("0.5", 3) == 0
    assert t_quantile(Decimal("0.5"), "17.3").is_zero()
    assert t_cdf(0, 3) == Decimal("0.5")


def test_just_above_the_median() -> None:
    # ½ + 1e-60: the float start is 0; the slope at 0 is the density f(0).
    p = WIDE.add(Decimal("0.5"), Decimal("1e-60"))
    # f(0) = Γ(2) / (√(3π) Γ(3/2)) = 2 / (π √3) for ν = 3, and t ≈ (p − ½) / f(0)
    expected = WIDE.divide(WIDE.multiply(Decimal("1e-60"), WIDE.multiply(PI, WIDE.sqrt(3))), 2)
    value = t_quantile(p, 3)
    assert abs(WIDE.divide(value, expected) - 1) <= Decimal("1e-25")


def test_caller_context_is_ignored() -> None:
    expected = t_quantile("0.975", 28)
    with decimal.localcontext() as context:
        context.prec = 3
        context.rounding = decimal.ROUND_FLOOR
        assert t_quantile("0.975", 28) == expected
        assert t_cdf("2.5", "17.3") == t_cdf("2.5", "17.3")
    assert str(expected) == "2.048407141795245159893884436083794301587"


def test_huge_degrees_of_freedom_give_the_normal_quantile() -> None:
    # ν = 10¹²⁰: t differs from z by about z³/(4ν), far beyond 40 digits.
    z = NormalDist().inv_cdf(0.975)
    value = t_quantile("0.975", Decimal("1e120"))
    assert relative_error(float(value), z) <= 1e-15
    assert t_cdf(value, Decimal("1e120")) == Decimal("0.975")


def test_tails_beyond_floats_start_from_the_bound() -> None:
    # p = 1e-200: the quantile for ν = 3 is -(ν^(ν/2)/(ν B q))^(1/ν) to first order.
    value = t_quantile(Decimal("1e-200"), 3)
    assert value < -Decimal("1e66")
    assert abs(t_cdf(value, 3) / Decimal("1e-200") - 1) <= Decimal("1e-30")


def test_density_underflow_is_bisected() -> None:
    # ν = 10⁹, p = 1e-200: the bound lies where the density underflows even Decimal.
    value = t_quantile(Decimal("1e-200"), 10**9)
    assert -31 < value < -30
    assert abs(t_cdf(value, 10**9) / Decimal("1e-200") - 1) <= Decimal("1e-30")


def test_far_tail_of_many_degrees_of_freedom() -> None:
    # t² > 64 with ν > t²: the continued fraction gives the tail directly.
    value = t_cdf(-12, 10**6)
    assert relative_error(float(value), float(stats.t.cdf(-12.0, 1e6))) <= 1e-12
    assert abs(WIDE.subtract(WIDE.add(t_cdf(12, 10**6), value), 1)) <= Decimal("1e-40")


def test_fewer_than_one_degree_of_freedom() -> None:
    for p in ["0.5000001", "0.6", "0.9", "0.999999"]:
        value = t_quantile(Decimal(float(p)), "0.5")
        assert relative_error(float(value), float(stats.t.ppf(float(p), 0.5))) <= 1e-12


def test_quantile_too_large() -> None:
    with pytest.raises(UndefinedResultError, match="too large"):
        t_quantile(Decimal("1e-10"), Decimal("0.0001"))
    # just inside the limit: ν = 0.001 still has a finite, representable 1e-10 quantile
    assert t_quantile(Decimal("1e-10"), Decimal("0.001")) < -Decimal("1e9000")


def test_stirling_coefficients() -> None:
    coefficients = _student._stirling_coefficients()
    assert len(coefficients) == 24
    assert coefficients[0] == WIDE.divide(1, 12)  # B₂/(2·1) = 1/12
    assert coefficients[1] == WIDE.divide(-1, 360)  # B₄/(4·3) = −1/360
    assert coefficients[2] == WIDE.divide(1, 1260)


@pytest.mark.parametrize("x", ["0.25", "1", "3.5", "39.9", "40", "1000.5"])
def test_log_gamma(x) -> None:
    # ln Γ(x) − ½ ln(2π) against the closed forms Γ(1) = 1 and, generally, math.lgamma.
    import math

    value = _student._log_gamma_without_constant(Decimal(x), WIDE)
    expected = math.lgamma(float(x)) - 0.5 * math.log(2 * math.pi)
    assert abs(float(value) - expected) <= 1e-13 * max(1.0, abs(expected))


# ----------------------------------------------------------------------------- refusals


@pytest.mark.parametrize("p", [0, 1, "-0.1", "1.5", Decimal("1.0000")])
def test_probability_outside_the_open_interval(p) -> None:
    with pytest.raises(InvalidInputError, match="probability strictly between 0 and 1") as info:
        t_quantile(p, 10)
    assert info.value.field == "probability"


@pytest.mark.parametrize("df", [0, -1, "-0.5", Decimal("0.000")])
def test_degrees_of_freedom_not_positive(df) -> None:
    with pytest.raises(InvalidInputError, match="degrees of freedom > 0") as info:
        t_quantile("0.975", df)
    assert info.value.field == "degrees_of_freedom"
    with pytest.raises(InvalidInputError, match="degrees of freedom > 0"):
        t_cdf(1, df)


def test_junk_types() -> None:
    with pytest.raises(InvalidTypeError) as info:
        t_quantile(None, 3)
    assert info.value.field == "probability"
    with pytest.raises(InvalidTypeError) as info:
        t_quantile("0.9", True)
    assert info.value.field == "degrees_of_freedom"
    with pytest.raises(InvalidTypeError) as info:
        t_cdf([1], 3)
    assert info.value.field == "t"


# ----------------------------------------------------------------------------- Welch, sqrt


def test_welch_worked_example() -> None:
    # (0.04 + 0.09)² / (0.04²/28 + 0.09²/40) = 0.0169 / 0.0002596428571… = 65.089…
    value = welch_degrees_of_freedom("0.04", 28, "0.09", 40)
    exact = WIDE.divide(
        Decimal("0.0169"),
        WIDE.add(WIDE.divide(Decimal("0.0016"), 28), WIDE.divide(Decimal("0.0081"), 40)),
    )
    assert abs(WIDE.divide(value, exact) - 1) <= Decimal("1e-39")
    assert str(value).startswith("65.08940852819807427785419532")


def test_welch_equal_errors_add_the_degrees() -> None:
    assert welch_degrees_of_freedom("0.25", 28, "0.25", 28) == 56


def test_welch_one_certain_side_keeps_the_other_df() -> None:
    assert welch_degrees_of_freedom(0, 28, "0.5", "40.5") == Decimal("40.5")
    assert welch_degrees_of_freedom("0.5", "17.25", 0, 40) == Decimal("17.25")


def test_welch_both_certain_is_none() -> None:
    assert welch_degrees_of_freedom(0, 28, Decimal("0.000"), 40) is None


@given(
    se1=st.decimals(min_value=0, max_value=100, places=6),
    se2=st.decimals(min_value=0, max_value=100, places=6),
    df1=st.integers(min_value=1, max_value=10**6),
    df2=st.integers(min_value=1, max_value=10**6),
)
def test_welch_lies_between_the_smaller_and_the_sum(se1, se2, df1, df2) -> None:
    value = welch_degrees_of_freedom(se1, df1, se2, df2)
    if se1 == 0 and se2 == 0:
        assert value is None
        return
    assert value is not None
    assert min(df1, df2) <= value <= df1 + df2
    assert value == welch_degrees_of_freedom(se2, df2, se1, df1)


@pytest.mark.parametrize(
    ("args", "field", "message"),
    [
        (("-0.1", 28, "0.1", 28), "se1_squared", "squared standard error >= 0"),
        (("0.1", 0, "0.1", 28), "df1", "degrees of freedom > 0"),
        (("0.1", 28, "-1", 28), "se2_squared", "squared standard error >= 0"),
        (("0.1", 28, "0.1", "-2"), "df2", "degrees of freedom > 0"),
    ],
)
def test_welch_refusals(args, field, message) -> None:
    with pytest.raises(InvalidInputError, match=message) as info:
        welch_degrees_of_freedom(*args)
    assert info.value.field == field


@pytest.mark.parametrize(
    ("value", "root"),
    [(0, "0"), ("0.0324", "0.18"), (144, "12"), (2, "1.414213562373095048801688724209698078570")],
)
def test_decimal_sqrt(value, root) -> None:
    assert decimal_sqrt(value) == Decimal(root)


@given(st.decimals(min_value=0, max_value=Decimal("1e12"), places=8))
def test_decimal_sqrt_squares_back(value) -> None:
    root = decimal_sqrt(value)
    assert abs(WIDE.multiply(root, root) - value) <= value * Decimal("1e-39")


def test_decimal_sqrt_refuses_a_negative() -> None:
    with pytest.raises(InvalidInputError, match="a number >= 0") as info:
        decimal_sqrt("-0.01")
    assert info.value.field == "value"


def test_search_ends_when_noise_exceeds_the_newton_tolerance(monkeypatch) -> None:
    # With 25 working digits instead of 50, the noise of the 1e-10 tail (15 digits lost to
    # 1 − centre) exceeds the Newton tolerance: the closing bracket must still end the search.
    monkeypatch.setattr(_student, "_GUARD", -15)
    for p, df in [("1e-10", 10**6), ("0.9999999999", 1000), ("0.975", 28)]:
        value = t_quantile(Decimal(float(p)), df)
        assert relative_error(float(value), float(stats.t.ppf(float(p), df))) <= 1e-9


@pytest.mark.parametrize(
    ("square", "df", "method"),
    [
        ("2", 10**6, "series"),  # the lower edge of s² for the series
        ("1.99", 10**6, "fraction"),
        ("64", 10**6, "series"),  # the upper edge
        ("64.01", 10**6, "fraction"),
        ("4", 12, "series"),  # s² / (ν + s²) = ¼ exactly
        ("4", "11.99", "fraction"),
        ("4.19", 28, "series"),  # t(0.975, 28)², the common case
    ],
)
def test_method_dispatch(monkeypatch, square, df, method) -> None:
    # Both methods give the same figures; the choice is about speed (see _tails), so pin it.
    def refuse(*args):
        raise AssertionError

    other = "_continued_fraction" if method == "series" else "_positive_series"
    monkeypatch.setattr(_student, other, refuse)
    nu = Decimal(df)
    context = _student._working_context(nu)
    tail, central, _ = _student._tails(
        Decimal(square), nu, _student._log_beta_half(nu, context), context
    )
    assert abs(WIDE.add(tail, central) - 1) <= Decimal("1e-45")
