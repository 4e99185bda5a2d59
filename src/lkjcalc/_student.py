"""Student's t distribution in exact decimals: the CDF, the quantile, Welch–Satterthwaite df.

Internal: the interval and the comparison of IKMs (domain.md §4.8) use these; nothing here is
part of the public API, and the names may change without notice. The quantile is computed, not
looked up, with a relative error far below the 1e-12 that §4.8 asks for (about 1e-35 in
practice), and without scipy.

Method (every step in :class:`decimal.Decimal`, in a private copy of ``_numeric.CONTEXT`` with
guard digits; a ``float`` is used only for the starting guess of the quantile):

- the two-sided tail ``P(|T| > s) = I_x(ν/2, ½)`` with ``x = ν / (ν + s²)`` (Abramowitz & Stegun
  26.7.1 with 26.5.27), ``I`` the regularized incomplete beta function;
- ``I`` by the continued fraction of DLMF 8.17.22 evaluated by the modified Lentz method with the
  symmetry switch ``I_x(a, b) = 1 − I_{1−x}(b, a)`` (Numerical Recipes, 3rd ed., §6.4
  ``betai``/``betacf``), or, in the centre of a distribution with many degrees of freedom where
  the fraction converges slowly, by the series of positive terms of DLMF 8.17.8;
- ``ln B(a, b)`` from ``ln Γ`` by Stirling's series (DLMF 5.11.1) after the recurrence
  ``Γ(x + 1) = x Γ(x)`` has moved the argument to 40 or more;
- the quantile by Newton's method on the one-sided tail with the t density as derivative,
  safeguarded by bisection inside a bracket whose upper end is a proven bound; the start is
  Hill's approximation (G. W. Hill, "Algorithm 396: Student's t-quantiles", Comm. ACM 13(10),
  1970, 619–620), or the same bound for fewer than one degree of freedom.

The working precision grows with the number of digits of ν, since ``ln Γ(ν/2) − ln Γ(ν/2 + ½)``
cancels that many digits. Results are rounded once, to the 40 digits of ``_numeric.CONTEXT``.
"""

from __future__ import annotations

import functools
import math
from decimal import Context, Decimal

from lkjcalc._numeric import CONTEXT, ONE, ZERO, to_decimal
from lkjcalc.errors import InvalidInputError, UndefinedResultError

__all__ = [
    "decimal_sqrt",
    "t_cdf",
    "t_quantile",
    "welch_degrees_of_freedom",
]

_HALF = Decimal("0.5")
_TWO = Decimal(2)
#: π to 100 digits; it enters only through ½·ln π, which no later step amplifies.
_PI = Decimal(
    "3.141592653589793238462643383279502884197169399375105820974944592307816406286208998628034825342117068"
)
#: Digits beyond CONTEXT's 40 that every working context keeps.
_GUARD = 10
#: Stirling's series is summed from here on (its error there is below 1e-55).
_STIRLING_FROM = 40
_STIRLING_TERMS = 24
#: The series of positive terms replaces the continued fraction where 2 ≤ s² ≤ 64 and
#: s² / (ν + s²) ≤ ¼: there the fraction is near its switch and needs O(√ν) steps, while the
#: series needs about s²/2 + 40 terms of a third of a step's cost (measured).
_SERIES_MIN_SQUARE = 2
_SERIES_MAX_SQUARE = 64
_SERIES_MAX_SHARE = Decimal("0.25")
#: Hill's start works with binary floats; tails thinner than this use the bound instead.
_HILL_SMALLEST_TAIL = 1e-100
#: The magnitude limit of every lkjcalc figure (as _numeric.to_decimal): ln(1E+10000).
_LARGEST_LOG = CONTEXT.multiply(Decimal(10_000), Decimal(10).ln(CONTEXT))


def _working_context(degrees_of_freedom: Decimal) -> Context:
    """A copy of CONTEXT with guard digits, and one more digit per digit of ν above 1."""
    context = CONTEXT.copy()
    context.prec = CONTEXT.prec + _GUARD + max(0, degrees_of_freedom.adjusted())
    return context


# ----------------------------------------------------------------------------- validation


def _check_probability(probability: object) -> Decimal:
    value = to_decimal(probability, "probability")
    if not ZERO < value < ONE:
        raise InvalidInputError(
            field="probability",
            value=probability,
            expected="a probability strictly between 0 and 1",
        )
    return value


def _check_degrees_of_freedom(degrees_of_freedom: object, name: str) -> Decimal:
    value = to_decimal(degrees_of_freedom, name)
    if value <= ZERO:
        raise InvalidInputError(
            field=name, value=degrees_of_freedom, expected="degrees of freedom > 0"
        )
    return value


# ----------------------------------------------------------------------------- ln Γ and ln B


@functools.cache
def _stirling_coefficients() -> tuple[Decimal, ...]:
    """B₂ₖ / (2k(2k − 1)) for k = 1 … 24, exact integers divided once, to 80 digits.

    The Bernoulli numbers come from the tangent numbers Tₖ (1, 2, 16, 272, …), computed in
    integers by the recurrence of Brent & Harvey ("Fast computation of Bernoulli, tangent and
    secant numbers", 2013, Algorithm TangentNumbers), with
    ``B₂ₖ = (−1)ᵏ⁻¹ 2k Tₖ / (2²ᵏ (2²ᵏ − 1))``.
    """
    count = _STIRLING_TERMS
    tangent = [0, 1] + [0] * (count - 1)
    for k in range(2, count + 1):
        tangent[k] = (k - 1) * tangent[k - 1]
    for k in range(2, count + 1):
        for j in range(k, count + 1):
            tangent[j] = (j - k) * tangent[j - 1] + (j - k + 2) * tangent[j]
    context = Context(prec=80)
    # B₂ₖ / (2k(2k − 1)) = (−1)ᵏ⁻¹ Tₖ / ((2k − 1) 2²ᵏ (2²ᵏ − 1))
    return tuple(
        context.divide(
            Decimal((-1) ** (k - 1) * tangent[k]),
            Decimal((2 * k - 1) * 4**k * (4**k - 1)),
        )
        for k in range(1, count + 1)
    )


def _log_gamma_without_constant(x: Decimal, context: Context) -> Decimal:
    """``ln Γ(x) − ½ ln(2π)`` for x > 0 (the constant cancels in every ln B used here).

    The recurrence ``ln Γ(x) = ln Γ(x + k) − ln(x (x + 1) … (x + k − 1))`` lifts x to at least
    40, then Stirling's series (DLMF 5.11.1)
    ``ln Γ(z) ≈ (z − ½) ln z − z + ½ ln(2π) + Σₖ B₂ₖ / (2k(2k − 1) z²ᵏ⁻¹)``
    is summed to 24 terms (the first omitted one is below 1e-55 at z = 40).
    """
    shift = ZERO
    if x < _STIRLING_FROM:
        product = x
        z = context.add(x, ONE)
        while z < _STIRLING_FROM:
            product = context.multiply(product, z)
            z = context.add(z, ONE)
        shift = context.ln(product)
        x = z
    inverse = context.divide(ONE, x)
    inverse_square = context.multiply(inverse, inverse)
    power = inverse
    series = ZERO
    for coefficient in _stirling_coefficients():
        series = context.add(series, context.multiply(coefficient, power))
        power = context.multiply(power, inverse_square)
    main = context.subtract(context.multiply(context.subtract(x, _HALF), context.ln(x)), x)
    return context.subtract(context.add(main, series), shift)


def _log_beta_half(degrees_of_freedom: Decimal, context: Context) -> Decimal:
    """``ln B(ν/2, ½) = ½ ln π + ln Γ(ν/2) − ln Γ(ν/2 + ½)``."""
    a = context.divide(degrees_of_freedom, _TWO)
    difference = context.subtract(
        _log_gamma_without_constant(a, context),
        _log_gamma_without_constant(context.add(a, _HALF), context),
    )
    return context.add(context.multiply(_HALF, context.ln(_PI)), difference)


# ----------------------------------------------------------------------------- incomplete beta


def _lentz_step(
    coefficient: Decimal, d: Decimal, c: Decimal, context: Context
) -> tuple[Decimal, Decimal, Decimal]:
    """One step of the modified Lentz method: the new D, C and their product."""
    d = context.divide(ONE, context.add(ONE, context.multiply(coefficient, d)))
    c = context.add(ONE, context.divide(coefficient, c))
    return d, c, context.multiply(d, c)


def _continued_fraction(a: Decimal, b: Decimal, x: Decimal, context: Context) -> Decimal:
    """The continued fraction of I_x(a, b) (DLMF 8.17.22) by the modified Lentz method.

    ``I_x(a, b) = x^a (1 − x)^b / (a B(a, b)) · 1 / (1 + d₁ / (1 + d₂ / (1 + …)))`` with
    ``d₂ₘ₊₁ = −(a + m)(a + b + m) x / ((a + 2m)(a + 2m + 1))`` and
    ``d₂ₘ = m (b − m) x / ((a + 2m − 1)(a + 2m))``; this returns the fraction, as Numerical
    Recipes' ``betacf`` does. It is used only where it converges quickly,
    x < (a + 1) / (a + b + 2); there none of Lentz's denominators comes near zero, so his guard
    against one is not needed (a zero would raise, not pass silently: the context traps it).
    """
    tolerance = ONE.scaleb(-context.prec)
    total = context.add(a, b)
    d = context.divide(
        ONE, context.subtract(ONE, context.divide(context.multiply(total, x), a + ONE))
    )
    c = ONE
    fraction = d
    m = 0
    while True:
        m += 1
        big_m = Decimal(m)
        top = context.add(a, Decimal(2 * m))  # a + 2m
        even = context.divide(
            context.multiply(context.multiply(big_m, context.subtract(b, big_m)), x),
            context.multiply(context.subtract(top, ONE), top),
        )
        d, c, delta = _lentz_step(even, d, c, context)
        fraction = context.multiply(fraction, delta)
        odd = context.divide(
            context.multiply(context.multiply(context.add(a, big_m), context.add(total, big_m)), x),
            context.multiply(top, context.add(top, ONE)),
        ).copy_negate()
        d, c, delta = _lentz_step(odd, d, c, context)
        fraction = context.multiply(fraction, delta)
        if abs(context.subtract(delta, ONE)) <= tolerance:
            return fraction


def _positive_series(a: Decimal, b: Decimal, x: Decimal, context: Context) -> Decimal:
    """``Σₙ≥₀ (a + b)ₙ / (a + 1)ₙ xⁿ``, the series of I_x(a, b) of DLMF 8.17.8.

    ``I_x(a, b) = x^a (1 − x)^b / (a B(a, b)) · Σₙ≥₀ (a + b)ₙ / (a + 1)ₙ xⁿ``; every term is
    positive, so nothing cancels. The term ratio ``r = x (a + b + n) / (a + 1 + n)`` may exceed 1
    at first; it tends to x monotonically, so once it is below 1 no later ratio exceeds
    R = max(r, x) and the remainder after a term is at most term / (1 − R). The test
    ``term ≤ sum · 10⁻ᵖʳᵉᶜ · (1 − R)`` cannot pass while r ≥ 1, where 1 − R ≤ 0.
    """
    tolerance = ONE.scaleb(-context.prec)
    total = context.add(a, b)
    above = context.add(a, ONE)
    term = ONE
    series = ONE
    n = 0
    while True:
        ratio = context.divide(
            context.multiply(x, context.add(total, Decimal(n))), context.add(above, Decimal(n))
        )
        term = context.multiply(term, ratio)
        series = context.add(series, term)
        n += 1
        if term <= context.multiply(
            context.multiply(series, tolerance), context.subtract(ONE, ratio.max(x))
        ):
            return series


# ----------------------------------------------------------------------------- the t distribution


def _tails(
    square: Decimal, degrees_of_freedom: Decimal, log_beta: Decimal, context: Context
) -> tuple[Decimal, Decimal, Decimal]:
    """``(P(|T| > s), P(|T| < s), ln x)`` for s² = *square* > 0, x = ν / (ν + s²).

    ``P(|T| > s) = I_x(ν/2, ½)`` (A&S 26.7.1, 26.5.27). One of the two probabilities is
    computed directly and the other as its complement: the continued fraction gives the tail
    where x < (a + 1)/(a + b + 2) and the centre ``I_{1−x}(½, ν/2)`` elsewhere; where
    2 ≤ s² ≤ 64 and 1 − x ≤ ¼ (near that switch, where the fraction needs O(√ν) steps) the
    series of positive terms gives the centre in O(s²) terms instead.
    """
    nu = degrees_of_freedom
    denominator = context.add(nu, square)
    x = context.divide(nu, denominator)
    y = context.divide(square, denominator)
    a = context.divide(nu, _TWO)
    log_x = context.ln(x)
    # x^a · y^½ / B(a, ½): the prefactor common to I_x(a, ½) and I_y(½, a).
    prefactor = context.exp(
        context.subtract(
            context.add(context.multiply(a, log_x), context.multiply(_HALF, context.ln(y))),
            log_beta,
        )
    )
    if _SERIES_MIN_SQUARE <= square <= _SERIES_MAX_SQUARE and y <= _SERIES_MAX_SHARE:
        central = context.multiply(
            context.multiply(prefactor, _TWO), _positive_series(_HALF, a, y, context)
        )
        return context.subtract(ONE, central), central, log_x
    if x < context.divide(context.add(a, ONE), context.add(a, Decimal("2.5"))):
        tail = context.divide(
            context.multiply(prefactor, _continued_fraction(a, _HALF, x, context)), a
        )
        return tail, context.subtract(ONE, tail), log_x
    central = context.multiply(
        context.multiply(prefactor, _TWO), _continued_fraction(_HALF, a, y, context)
    )
    return context.subtract(ONE, central), central, log_x


def t_cdf(t: object, degrees_of_freedom: object) -> Decimal:
    """The cumulative distribution function of Student's t: P(T ≤ t) with ν degrees of freedom.

    Args:
        t: the point, any accepted number.
        degrees_of_freedom: ν > 0, whole or not (Welch–Satterthwaite df are fractional).

    Returns:
        P(T ≤ t), rounded to 40 significant digits.

    Raises:
        InvalidInputError: a value that is not a number, or ν ≤ 0.

    Notes:
        ``P(T ≤ t) = 1 − ½ I_x(ν/2, ½)`` for t ≥ 0 and ``½ I_x(ν/2, ½)`` for t < 0, with
        x = ν / (ν + t²) (Abramowitz & Stegun 26.7.1 and 26.5.27); the incomplete beta function
        by the continued fraction of Numerical Recipes §6.4 or the series of DLMF 8.17.8.

    Examples:
        With one degree of freedom, T is Cauchy: P(T ≤ 1) = ½ + arctan(1)/π = 3/4.

        >>> t_cdf(1, 1)
        Decimal('0.7500000000000000000000000000000000000000')
        >>> t_cdf("2.048407141795245159893884436083794301587", 28)  # 97.5 % point, 28 df
        Decimal('0.97500000000000000000000000000000000000...')
    """
    value = to_decimal(t, "t")
    nu = _check_degrees_of_freedom(degrees_of_freedom, "degrees_of_freedom")
    if value.is_zero():
        return CONTEXT.plus(_HALF)
    context = _working_context(nu)
    log_beta = _log_beta_half(nu, context)
    tail, central, _ = _tails(context.multiply(value, value), nu, log_beta, context)
    if value < ZERO:
        return CONTEXT.divide(tail, _TWO)
    return CONTEXT.plus(context.add(_HALF, context.divide(central, _TWO)))


def _log_density(
    log_x: Decimal, degrees_of_freedom: Decimal, log_beta: Decimal, context: Context
) -> Decimal:
    """``ln f(s) = (ν + 1)/2 · ln x − ½ ln ν − ln B(ν/2, ½)``, x = ν / (ν + s²)."""
    nu = degrees_of_freedom
    half_nu_plus_one = context.divide(context.add(nu, ONE), _TWO)
    return context.subtract(
        context.subtract(
            context.multiply(half_nu_plus_one, log_x), context.multiply(_HALF, context.ln(nu))
        ),
        log_beta,
    )


def _normal_lower_quantile(tail: float) -> float:
    """The standard normal quantile of a lower-tail probability 0 < tail ≤ ½, in floats.

    Abramowitz & Stegun 26.2.23 (absolute error below 4.5e-4), then one Halley step on
    ``Φ(z) = ½ erfc(−z/√2)``, which brings it to about 1e-10: a start, not a result.
    """
    w = math.sqrt(-2.0 * math.log(tail))
    z = -(
        w
        - (2.515517 + (0.802853 + 0.010328 * w) * w)
        / (1.0 + (1.432788 + (0.189269 + 0.001308 * w) * w) * w)
    )
    density = math.exp(-0.5 * z * z) / math.sqrt(2.0 * math.pi)
    step = (0.5 * math.erfc(-z / math.sqrt(2.0)) - tail) / density
    return z - step / (1.0 + 0.5 * z * step)


def _hill_start(tail: float, nu: float) -> float:
    """A float start for the quantile with one-sided *tail* probability: Hill (1970), CACM 396.

    Hill's closed forms for ν = 1 (the Cauchy quantile cot(π·tail)) and ν = 2, else his
    approximation with a = 1/(ν − ½): for most arguments a normal-based expansion, in the far
    tail of small ν a power series in (d·P)^(2/ν) (P = 2·tail, the two-sided probability).
    """
    two_sided = 2.0 * tail
    if nu == 1.0:
        return 1.0 / math.tan(math.pi * tail)
    if nu == 2.0:  # noqa: PLR2004 - Hill's closed form for two degrees of freedom
        return math.sqrt(2.0 / (two_sided * (2.0 - two_sided)) - 2.0)
    a = 1.0 / (nu - 0.5)
    b = 48.0 / (a * a)
    c = ((20700.0 * a / b - 98.0) * a - 16.0) * a + 96.36
    d = ((94.5 / (b + c) - 3.0) / b + 1.0) * math.sqrt(a * math.pi / 2.0) * nu
    y = (d * two_sided) ** (2.0 / nu)
    if y > 0.05 + a:  # Hill's switch
        x = _normal_lower_quantile(tail)
        y = x * x
        if nu < 5.0:  # noqa: PLR2004 - Hill's correction for few degrees of freedom
            c += 0.3 * (nu - 4.5) * (x + 0.6)
        c = (((0.05 * d * x - 5.0) * x - 7.0) * x - 2.0) * x + b + c
        y = (((((0.4 * y + 6.3) * y + 36.0) * y + 94.5) / c - y - 3.0) / b + 1.0) * x
        y = math.expm1(a * y * y)
    else:
        y = (
            (
                1.0 / (((nu + 6.0) / (nu * y) - 0.089 * d - 0.822) * (nu + 2.0) * 3.0)
                + 0.5 / (nu + 4.0)
            )
            * y
            - 1.0
        ) * (nu + 1.0) / (nu + 2.0) + 1.0 / y
    return math.sqrt(nu * y)


def _exact_difference(minuend: Decimal, probability: Decimal) -> Decimal:
    """``minuend − probability`` exactly, for minuend 1 or ½ and 0 < probability < 1."""
    exponent = probability.as_tuple().exponent  # negative, since 0 < probability < 1
    return Context(prec=2 - int(exponent)).subtract(minuend, probability)


def t_quantile(probability: object, degrees_of_freedom: object) -> Decimal:
    """The quantile of Student's t: the t with P(T ≤ t) = *probability*, ν degrees of freedom.

    Args:
        probability: strictly between 0 and 1 (0.975 for a two-sided 95 % interval).
        degrees_of_freedom: ν > 0, whole or not (Welch–Satterthwaite df are fractional).

    Returns:
        The quantile, rounded to 40 significant digits; its relative error is far below 1e-12
        (below 1e-30 from 1e-10 to 1 − 1e-10 and ν from ½ to 10⁷). ``t(1 − p) = −t(p)`` exactly.

    Raises:
        InvalidInputError: a probability outside (0, 1), or ν ≤ 0.
        UndefinedResultError: a quantile beyond 1E+10000 (a far tail with ν far below 1).

    Notes:
        By symmetry it solves U(s) = q for s > 0, U(s) = P(T > s) = ½ I_x(ν/2, ½) (see
        :func:`t_cdf`), q = min(p, 1 − p), by Newton's method with the density
        ``f(s) = (1 + s²/ν)^(−(ν+1)/2) / (√ν B(ν/2, ½))`` as derivative, kept by bisection inside
        the bracket (0, s̄]: since ``1 + s²/ν ≥ s²/ν``, ``U(s) ≤ ν^(ν/2) s^(−ν) / (ν B)`` and so the
        root lies below ``s̄ = √ν (ν B q)^(−1/ν)``. The start is Hill's approximation
        (Comm. ACM 13(10), 1970, Algorithm 396) computed in floats; four to six Newton steps
        in Decimal then reach the working precision.

    Examples:
        The 97.5 % point with 28 degrees of freedom, which a two-sided 95 % interval of 29
        respondents uses (tables print 2.048):

        >>> t_quantile("0.975", 28)
        Decimal('2.048407141795245159893884436083794301587')
        >>> t_quantile("0.025", 28) == t_quantile("0.975", 28).copy_negate()
        True
        >>> t_quantile("0.975", 1)  # Cauchy: tan(0.475 π)
        Decimal('12.70620473617470...')
        >>> t_quantile(1, 28)
        Traceback (most recent call last):
        ...
        lkjcalc.errors.InvalidInputError: probability: got 1, expected a probability strictly ...
    """
    p = _check_probability(probability)
    nu = _check_degrees_of_freedom(degrees_of_freedom, "degrees_of_freedom")
    if p == _HALF:
        return ZERO
    if p < _HALF:
        sign, tail = -1, p
    else:
        sign, tail = 1, _exact_difference(ONE, p)
    centre = _exact_difference(_HALF, tail)
    context = _working_context(nu)
    log_beta = _log_beta_half(nu, context)
    log_nu = context.ln(nu)
    log_bound = context.subtract(
        context.multiply(_HALF, log_nu),
        context.divide(context.add(context.add(log_nu, log_beta), context.ln(tail)), nu),
    )
    if log_bound > _LARGEST_LOG:
        raise UndefinedResultError(
            "the t quantile is too large to compute",
            detail=f"with {nu} degrees of freedom it lies beyond about 1E+10000",
        )
    low, high = ZERO, context.exp(log_bound)
    root = _search(tail, centre, nu, log_beta, bracket=(low, high), context=context)
    return CONTEXT.plus(root) if sign > 0 else CONTEXT.minus(root)


def _start(tail: Decimal, nu: Decimal, high: Decimal) -> Decimal:
    """Where Newton's method starts: Hill's value, the normal quantile, or the bound."""
    if nu < ONE or tail < Decimal(_HILL_SMALLEST_TAIL):
        return high
    if nu > Decimal("1e100"):
        guess = -_normal_lower_quantile(float(tail))
    else:
        guess = _hill_start(float(tail), float(nu))
    return min(Decimal(guess), high)


def _search(
    tail: Decimal,
    centre: Decimal,
    nu: Decimal,
    log_beta: Decimal,
    *,
    bracket: tuple[Decimal, Decimal],
    context: Context,
) -> Decimal:
    """Newton's method for U(s) = tail, safeguarded by bisection in *bracket*.

    U − tail is decreasing and convex on s > 0, so Newton's iterates approach the root
    monotonically from the left, and a step from the right that leaves the bracket is replaced
    by bisection; every evaluation also shrinks the bracket. The search ends on a step below
    10^−(prec/2 + 7) relative (1e-32 at 50 digits): Newton's error after it is about the square,
    far below the working precision. Should the rounding noise of U exceed that (it does not at
    this precision: at most 15 digits of U are lost, where s² ≤ 64), the bracket still closes
    and ends the search.
    """
    tolerance = ONE.scaleb(-(context.prec // 2 + 7))
    low, high = bracket
    s = _start(tail, nu, high)
    while True:
        tail_s, central_s, log_x = _tails(context.multiply(s, s), nu, log_beta, context)
        # U(s) − tail, from whichever of the two probabilities is the smaller (computed directly).
        if tail_s <= central_s:
            excess = context.subtract(context.divide(tail_s, _TWO), tail)
        else:
            excess = context.subtract(centre, context.divide(central_s, _TWO))
        density = context.exp(_log_density(log_x, nu, log_beta, context))
        if excess > ZERO:
            low = s
        else:
            high = s
        if context.subtract(high, low) <= context.multiply(high, tolerance):
            return s  # the bracket has closed: the noise of U decides the last digits
        if density.is_zero():  # underflow far out in the tail of a large ν: bisect
            new = context.divide(context.add(low, high), _TWO)
        else:
            step = context.divide(excess, density)
            new = context.add(s, step)
            if abs(step) <= context.multiply(s, tolerance):
                return new
            if not low < new < high:
                new = context.divide(context.add(low, high), _TWO)
        s = new


# ----------------------------------------------------------------------------- helpers for §4.8


def decimal_sqrt(value: object) -> Decimal:
    """The square root, correctly rounded to the 40 digits of the private context.

    Args:
        value: any accepted number >= 0.

    Raises:
        InvalidInputError: a negative value.

    Examples:
        >>> decimal_sqrt(2)
        Decimal('1.414213562373095048801688724209698078570')
        >>> decimal_sqrt("0.0324")  # a standard error from a variance
        Decimal('0.18')
    """
    number = to_decimal(value, "value")
    if number < ZERO:
        raise InvalidInputError(field="value", value=value, expected="a number >= 0")
    return CONTEXT.sqrt(number)


def welch_degrees_of_freedom(
    se1_squared: object, df1: object, se2_squared: object, df2: object
) -> Decimal | None:
    """The Welch–Satterthwaite degrees of freedom of the difference of two estimates.

    Args:
        se1_squared: the squared standard error of the first estimate, >= 0.
        df1: its degrees of freedom, > 0.
        se2_squared: the squared standard error of the second estimate, >= 0.
        df2: its degrees of freedom, > 0.

    Returns:
        ``(s₁² + s₂²)² / (s₁⁴/ν₁ + s₂⁴/ν₂)``, unrounded, between min(ν₁, ν₂) and ν₁ + ν₂;
        ``None`` when both squared errors are 0 (the difference is certain, domain.md §4.8).

    Raises:
        InvalidInputError: a negative squared error or degrees of freedom <= 0.

    References:
        F. E. Satterthwaite, "An approximate distribution of estimates of variance components",
        Biometrics Bulletin 2(6), 1946, 110–114; B. L. Welch, "The generalization of 'Student's'
        problem when several different population variances are involved", Biometrika 34, 1947.

    Examples:
        Two equal errors of 28 df each give 56 df; one error alone keeps its own df:

        >>> welch_degrees_of_freedom("0.25", 28, "0.25", 28)
        Decimal('56.00000000000000000000000000000000000000')
        >>> welch_degrees_of_freedom(0, 28, "0.5", 40) == 40
        True
        >>> welch_degrees_of_freedom("0.04", 28, "0.09", 40)
        Decimal('65.08940852819807427785419532324621733151')
    """
    first = _check_squared_error(se1_squared, "se1_squared")
    nu1 = _check_degrees_of_freedom(df1, "df1")
    second = _check_squared_error(se2_squared, "se2_squared")
    nu2 = _check_degrees_of_freedom(df2, "df2")
    if first.is_zero() and second.is_zero():
        return None
    total = CONTEXT.add(first, second)
    denominator = CONTEXT.add(
        CONTEXT.divide(CONTEXT.multiply(first, first), nu1),
        CONTEXT.divide(CONTEXT.multiply(second, second), nu2),
    )
    value = CONTEXT.divide(CONTEXT.multiply(total, total), denominator)
    # The exact value lies in [min(ν₁, ν₂), ν₁ + ν₂]; keep the last digit's rounding inside too.
    return CONTEXT.max(CONTEXT.min(value, CONTEXT.add(nu1, nu2)), CONTEXT.min(nu1, nu2))


def _check_squared_error(value: object, name: str) -> Decimal:
    number = to_decimal(value, name)
    if number < ZERO:
        raise InvalidInputError(field=name, value=value, expected="a squared standard error >= 0")
    return number
