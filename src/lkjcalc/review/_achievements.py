"""Checks of achievements and their grades: :func:`check_achievement`, :func:`check_band`.

A printed achievement against the range its printed target and realization allow, with the
indicator's options, and a printed grade against the bands its value can fall in (domain.md §7),
along the path of ``_checks``.

Internal to :mod:`lkjcalc.review` (the public names are re-exported there).
"""

from __future__ import annotations

from decimal import Decimal

from lkjcalc._numeric import ZERO, Number, Rounding, multiply, quantize, subtract
from lkjcalc._validators import check_bool, check_enum
from lkjcalc.errors import InvalidInputError, InvalidTypeError
from lkjcalc.performance import Indicator, MinimizeFormula, Polarity, Target, achievement
from lkjcalc.review._checks import (
    LANGS,
    Printed,
    check_where,
    compare,
    finite_end,
    read_input,
    to_number,
    undefined,
)
from lkjcalc.review._findings import Finding, FindingKind, Language, show
from lkjcalc.review._interval import INFINITY, Interval, at_least, at_most
from lkjcalc.review._published import Notation, Published, check_notation, read_figure
from lkjcalc.scales import Band, Scale

__all__ = ["band_findings", "check_achievement", "check_band", "options_text"]


# --------------------------------------------------------------------------------- achievement


def _to_cap(value: object) -> Decimal:
    cap = to_number(value, "cap")
    if cap <= 0:
        raise InvalidInputError(field="cap", value=value, expected="a cap > 0, or None")
    return cap


def _achievement_domain(
    goal: Target, polarity: Polarity, formula: MinimizeFormula, *, allow_negative: bool
) -> list[tuple[Interval, dict[Language, str]]]:
    """The realizations for which the achievement is defined, as clips, each with its reason."""
    clips: list[tuple[Interval, dict[Language, str]]] = []
    if not allow_negative:
        clips.append(
            (
                at_least(ZERO),
                {
                    "en": "the realization is negative and the indicator does not allow it",
                    "id": "realisasinya negatif, sedangkan indikatornya tidak mengizinkan "
                    "realisasi negatif",
                },
            )
        )
    if polarity is Polarity.MINIMIZE and formula is MinimizeFormula.RATIO:
        clips.append(
            (
                at_least(ZERO, closed=False),
                {
                    "en": "the ratio formula T / R needs a realization above 0",
                    "id": "rumus T / R memerlukan realisasi di atas 0",
                },
            )
        )
    lower, upper = goal.lower, goal.upper
    if not goal.is_range:
        if lower <= 0:
            # Nothing is left: a clip that meets no realization.
            clips.append((Interval(ZERO, ZERO, lower_closed=False), _meaningless(lower)))
    else:
        # Below the range its lower bound is the target, above it its upper bound.
        if lower <= 0:
            clips.append((at_least(lower), _meaningless(lower)))
        if upper <= 0:
            clips.append((at_most(upper), _meaningless(upper)))
    return clips


def _meaningless(target: Decimal) -> dict[Language, str]:
    return {
        "en": f"an achievement against a target of {show(target, 'en')} has no meaning "
        "(report the indicator qualitatively, or its difference)",
        "id": f"capaian terhadap target {show(target, 'id')} tidak bermakna "
        "(sajikan indikator secara kualitatif, atau selisihnya)",
    }


def check_achievement(
    target: Number | Printed | Target,
    realization: Number | Printed,
    published: Printed,
    *,
    indicator: Indicator | None = None,
    polarity: Polarity | str | None = None,
    minimize_formula: MinimizeFormula | str | None = None,
    allow_negative: bool | None = None,
    cap: Number | None = None,
    where: str = "",
    notation: Notation = "id",
) -> list[Finding]:
    """Check a printed achievement (*capaian*) against its own target and realization.

    The target is exact (a number, a :class:`~lkjcalc.Target` range, or its printed value); the
    realization and the achievement are computed figures, each standing for the values that
    print to it. The formula is :func:`lkjcalc.achievement` with every option of the indicator.

    Args:
        target: the target, a number, printed text or a :class:`~lkjcalc.Target`.
        realization: the realization, a number or printed text.
        published: the printed achievement.
        indicator: an :class:`~lkjcalc.Indicator` whose options apply (polarity, minimize formula,
            ``allow_negative``, ``cap``).
        polarity: overrides the indicator's (default maximize).
        minimize_formula: overrides the indicator's (default mirror).
        allow_negative: overrides the indicator's (default ``False``).
        cap: overrides the indicator's ceiling (default none).
        where: where the achievement is printed.
        notation: the notation of every text.

    Returns:
        ``[]`` when it agrees; one finding when it does not, or one of kind ``UNDEFINED`` when the
        achievement cannot be computed (a target of 0, a negative realization that the indicator
        does not allow, a realization of 0 under the ratio formula).

    Examples:
        The seed's table 1.3 prints a Renstra progress of 60 % for a realization of 85 against
        the final target 100:

        >>> [f.text() for f in check_achievement(100, 85, "60%", where="Tabel 1.3")]
        ['tercantum 60%, seharusnya 85% (capaian realisasi 85 terhadap target 100, polaritas positif)']
        >>> check_achievement(85, "85,0299", "100%"), check_achievement(100, 130, "120%", cap=120)
        ([], [])
    """  # noqa: E501
    notation = check_notation(notation)
    figure = read_figure(published, "published", notation)
    where = check_where(where)
    if indicator is not None and not isinstance(indicator, Indicator):
        raise InvalidTypeError(field="indicator", value=indicator, expected="an Indicator")
    default = indicator or Indicator(name="-")
    polarity = check_enum(default.polarity if polarity is None else polarity, Polarity, "polarity")
    formula = check_enum(
        default.minimize_formula if minimize_formula is None else minimize_formula,
        MinimizeFormula,
        "minimize_formula",
    )
    negatives = check_bool(
        default.allow_negative if allow_negative is None else allow_negative, "allow_negative"
    )
    ceiling = default.cap if cap is None else _to_cap(cap)
    if isinstance(target, Target):
        goal, shown_target = target, {lang: _range_text(target, lang) for lang in LANGS}
    else:
        t = read_input(target, "target", notation, "exact")
        goal, shown_target = Target.point(t.value), {lang: t.text(lang) for lang in LANGS}
    r = read_input(realization, "realization", notation, "computed")
    values = r.interval
    for clip, why in _achievement_domain(goal, polarity, formula, allow_negative=negatives):
        clipped = values.clip(clip)
        if clipped is None:
            what: dict[Language, str] = {"en": "the achievement", "id": "capaiannya"}
            return undefined(where, figure, what, why)
        values = clipped

    def formula_at(value: Decimal) -> Decimal:
        if value.is_zero() and formula is MinimizeFormula.RATIO and polarity is Polarity.MINIMIZE:
            # The end 0 is open here: T / R grows without bound, unless 0 lies in the range.
            return Decimal(100) if goal.lower <= 0 else INFINITY
        return achievement(
            goal, value, polarity=polarity, minimize_formula=formula, allow_negative=True
        )

    found = (
        values.map(formula_at)
        if polarity is Polarity.MAXIMIZE
        else values.map_decreasing(formula_at)
    )
    if ceiling is not None:
        found = found.cap(ceiling)
    expected = (
        achievement(
            goal,
            r.value,
            polarity=polarity,
            minimize_formula=formula,
            allow_negative=True,
            cap=ceiling,
        )
        if values.contains(r.value)
        else finite_end(found)
    )
    said = options_text(polarity, formula, ceiling)
    how: dict[Language, str] = {
        "en": f"achievement of {r.text('en')} against {shown_target['en']}, {said['en']}",
        "id": f"capaian realisasi {r.text('id')} terhadap target {shown_target['id']}, "
        f"{said['id']}",
    }
    return compare(
        FindingKind.ACHIEVEMENT,
        where,
        figure,
        role="computed",
        found=found,
        expected=expected,
        how=how,
    )


def options_text(
    polarity: Polarity, formula: MinimizeFormula, cap: Decimal | None
) -> dict[Language, str]:
    """The options an achievement is computed with, in words, for the *how* of a finding.

    Examples:
        >>> options_text(Polarity.MINIMIZE, MinimizeFormula.RATIO, Decimal(120))["id"]
        'polaritas negatif (rumus T / R), batas atas 120'
    """
    minimize = polarity is Polarity.MINIMIZE
    return {
        "en": polarity.value
        + (f" ({formula.value})" if minimize else "")
        + (f", cap {show(cap, 'en')}" if cap is not None else ""),
        "id": "polaritas "
        + ("negatif" if minimize else "positif")
        + (
            f" (rumus {'(2T − R) / T' if formula is MinimizeFormula.MIRROR else 'T / R'})"
            if minimize
            else ""
        )
        + (f", batas atas {show(cap, 'id')}" if cap is not None else ""),
    }


def _range_text(target: Target, lang: Language) -> str:
    if target.is_range:
        return f"{show(target.lower, lang)}–{show(target.upper, lang)}"
    return show(target.lower, lang)


# --------------------------------------------------------------------------------- grades


def _graded(value: Interval, figure: Published | None, scale: Scale) -> list[Band]:
    """The bands a value may be graded in, highest first (rounded to the scale's places first).

    An exact value has one band. A printed figure with at least the scale's places is graded as
    printed: rounded half up or truncated to the scale's places ("88,30" is B only). Otherwise
    (fewer places, or a range derived from other figures) any value of the interval, rounded half
    up to the scale's places ("88,3" may be A or B).
    """
    places = scale.places
    highest: Decimal | None
    if value.is_point:
        lowest = highest = scale.round(value.lower)
    elif figure is not None and figure.places >= places:
        lowest = quantize(figure.value, places, Rounding.DOWN)
        highest = quantize(figure.value, places)
        lowest, highest = min(lowest, highest), max(lowest, highest)
    else:
        # The lower end is finite; the upper one may not be (T / R towards a realization of 0).
        lowest = scale.round(value.lower)
        highest = None
        if value.upper.is_finite():
            highest = scale.round(value.upper)
            grid = Decimal(1).scaleb(-places)
            # A value just below an open upper end on a half-way point rounds one step down.
            if not value.upper_closed and subtract(highest, multiply(grid, Decimal("0.5"))) == (
                value.upper
            ):
                highest = subtract(highest, grid)
    top = 0 if highest is None else scale.bands.index(scale.classify(highest))
    bottom = scale.bands.index(scale.classify(lowest))
    return list(scale.bands[top : bottom + 1])


def band_findings(
    value: Interval,
    shown: dict[Language, str],
    figure: Published | None,
    label: str,
    scale: Scale,
    *,
    where: str,
    expected: Decimal | None,
) -> list[Finding]:
    """A printed grade (*label*) against the bands *value* may fall in on *scale* (domain.md §7).

    *shown* says the graded figure in each language (``"capaian tahun ini 86,67%"``), *figure*
    is the printed figure graded, if any (printed with the scale's places, it is graded as
    printed), *expected* the value a finding reports.
    """
    try:
        printed = scale.band(label)
    except InvalidInputError:
        return [
            Finding(
                kind=FindingKind.BAND,
                where=where,
                expected=expected,
                message=f"printed band {label!r} is not a band of {scale.name}",
                indonesian=f"predikat {label!r} tidak terdapat pada {scale.name}",
            )
        ]
    bands = _graded(value, figure, scale)
    if printed in bands:
        return []
    names = {
        "en": " or ".join(f"{band.code} ({band.label})" for band in bands),
        "id": " atau ".join(f"{band.code} ({band.label})" for band in bands),
    }
    verb = "falls" if len(bands) == 1 else "may fall"
    return [
        Finding(
            kind=FindingKind.BAND,
            where=where,
            expected=expected,
            message=f"printed band {label!r}, but {shown['en']} {verb} in {names['en']} "
            f"on {scale.name}",
            indonesian=f"predikat tercantum {label!r}, tidak sesuai: {shown['id']} termasuk "
            f"{names['id']} pada {scale.name}",
        )
    ]


def check_band(
    value: Number | Printed,
    published_label: str,
    scale: Scale,
    *,
    where: str = "",
    notation: Notation = "id",
) -> list[Finding]:
    """Check a printed grade or category against the band the printed value falls in.

    A number is graded as it is. A printed figure stands for the values that print to it, each
    rounded to the scale's places before it is graded (domain.md §3): printed with at least the
    scale's places it is graded as printed ("88,30" is B only on the IKM scale), with fewer any of
    its values may be ("88,3" may be A or B).

    Args:
        value: the value the grade is for, a number or printed text.
        published_label: the printed band, its code or its label, any case (``"A"``,
            ``"Sangat Baik"``).
        scale: the scale the report grades on.
        where: where the grade is printed.
        notation: the notation of a printed value.

    Returns:
        ``[]`` when the band agrees; a finding when it does not, or when the scale has no such
        band.

    Examples:
        >>> from lkjcalc.scales import IKM_2017
        >>> check_band("88,305", "Sangat Baik", IKM_2017), check_band("88,3", "A", IKM_2017)
        ([], [])
        >>> print(check_band("88,30", "A", IKM_2017, where="SKM")[0].text())
        predikat tercantum 'A', tidak sesuai: 88,30 termasuk B (Baik) pada IKM quality, PermenPANRB 14/2017
    """  # noqa: E501
    notation = check_notation(notation)
    where = check_where(where)
    if not isinstance(scale, Scale):
        raise InvalidTypeError(field="scale", value=scale, expected="a Scale")
    if not isinstance(published_label, str):
        raise InvalidTypeError(field="published_label", value=published_label, expected="a str")
    graded = read_input(value, "value", notation, "computed")
    figure = graded.shown if isinstance(graded.shown, Published) else None
    shown = {lang: graded.text(lang) for lang in LANGS}
    return band_findings(
        graded.interval, shown, figure, published_label, scale, where=where, expected=graded.value
    )
