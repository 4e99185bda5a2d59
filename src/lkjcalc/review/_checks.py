"""The checks of a review: each printed figure against what its printed inputs allow (internal).

The public names are re-exported by :mod:`lkjcalc.review` and :mod:`lkjcalc`.

Every check follows one path (domain.md §7, v0.2):

1. read every input and the published figure in the chosen notation, and take each for the
   values it stands for (:class:`~lkjcalc.review._interval.Interval`): exact for what is exact
   (counts, rupiah amounts, targets), the values that print to it for a computed figure;
2. clip the inputs to the formula's domain; if nothing is left, the figure cannot be recomputed:
   one finding of kind ``UNDEFINED`` that says why, never an exception;
3. evaluate the formula — lkjcalc's public function — at the ends of the inputs' intervals,
   which spans its range, and compare that range with the published figure's interval: if they
   meet, the figure agrees (``[]``); else one finding with the recomputed value and the range.

A check raises only for a malformed call: a value of a wrong type, or text that cannot be read in
the chosen notation (:class:`~lkjcalc.errors.ParseError`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Literal

import attrs

from lkjcalc._numeric import (
    CONTEXT,
    ONE,
    ZERO,
    Number,
    Rounding,
    multiply,
    percent,
    quantize,
    subtract,
    sum_decimals,
    to_decimal,
)
from lkjcalc._validators import check_bool, check_enum
from lkjcalc.budget import absorption
from lkjcalc.errors import InvalidInputError, InvalidTypeError
from lkjcalc.performance import Indicator, MinimizeFormula, Polarity, Target, achievement
from lkjcalc.review._findings import (
    Finding,
    FindingKind,
    Language,
    bounds,
    figure_or_text,
    range_clause,
    recomputed,
    show,
)
from lkjcalc.review._interval import (
    INFINITY,
    Interval,
    at_least,
    at_most,
    quotient,
)
from lkjcalc.review._published import (
    FigureKind,
    Notation,
    PrintedSurvey,
    Published,
    check_notation,
    read_figure,
)
from lkjcalc.scales import Band, Scale
from lkjcalc.survey import ikm_from_nrr, index_to_ikm

__all__ = [
    "check_absorption",
    "check_achievement",
    "check_band",
    "check_consistent",
    "check_difference",
    "check_ikm",
    "check_percentage",
    "check_total",
    "check_weights",
]

#: What a figure is, for what it stands for: exact (counts, amounts, targets), computed (stands
#: for the values printing to it), or unknown (decided by the text: decimals or "%" → computed).
Role = Literal["exact", "computed", "unknown"]
Printed = str | Published
_LANGS: tuple[Language, ...] = ("en", "id")
_NRR_SCALE = Interval(ONE, Decimal(4))  # the perception scale 1–4, PermenPANRB 14/2017


@attrs.frozen
class _Input:
    """One input of a formula: the values it stands for, its value, and how to show it."""

    interval: Interval
    value: Decimal
    shown: Published | Decimal

    def text(self, lang: Language) -> str:
        return figure_or_text(self.shown, lang)


def _number(value: object, name: str) -> Decimal:
    if isinstance(value, Fraction):
        # domain.md §0 (v0.2): a Fraction is a number, converted in the private context.
        return CONTEXT.divide(Decimal(value.numerator), Decimal(value.denominator))
    return to_decimal(value, name)


def _is_exact(figure: Published, role: Role) -> bool:
    if figure.exact is not None:
        return figure.exact
    if role != "unknown":
        return role == "exact"
    # A rupiah amount is exact; a figure with decimals or a percent sign is computed.
    return figure.kind is FigureKind.RUPIAH or (
        figure.places == 0 and figure.kind is not FigureKind.PERCENT
    )


def _input(value: object, name: str, notation: Notation, role: Role) -> _Input:
    """Read one input: printed text or a :class:`Published` in *notation*, or a number."""
    if isinstance(value, (str, Published)):
        figure = read_figure(value, name, notation)
        interval = (
            Interval.point(figure.value)
            if _is_exact(figure, role)
            else Interval.printed(figure.value, figure.places)
        )
        return _Input(interval, figure.value, figure)
    number = _number(value, name)
    return _Input(Interval.point(number), number, number)


def _check_where(where: object) -> str:
    if not isinstance(where, str):
        raise InvalidTypeError(field="where", value=where, expected="a str")
    return where


def _parts(value: object, name: str, expected: str) -> list[object]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise InvalidTypeError(field=name, value=value, expected=expected)
    return list(value)


# --------------------------------------------------------------------------------- findings


def _compare(
    kind: FindingKind,
    where: str,
    figure: Published,
    *,
    role: Role,
    found: Interval,
    expected: Decimal,
    how: dict[Language, str],
    what: dict[Language, str] | None = None,
) -> list[Finding]:
    """``[]`` when *found* meets the published figure's values, else the finding."""
    printed = Interval.point(figure.value) if _is_exact(figure, role) else figure.interval
    if found.meets(printed):
        return []
    sentence: dict[Language, str] = {}
    for lang in _LANGS:
        if lang == "en":
            head = f"printed {what['en']} " if what else "printed "
            should = "recomputed"
        else:
            head = f"{what['id']} tercantum " if what else "tercantum "
            should = "seharusnya"
        sentence[lang] = (
            f"{head}{figure.text}, {should} {recomputed(expected, figure, lang)} ({how[lang]})"
            f"{range_clause(found, figure, lang)}"
        )
    return [
        Finding(
            kind=kind,
            where=where,
            published=figure,
            expected=expected,
            **bounds(found),
            message=sentence["en"],
            indonesian=sentence["id"],
        )
    ]


def _undefined(
    where: str, figure: Published, what: dict[Language, str], why: dict[Language, str]
) -> list[Finding]:
    """The finding for a figure that cannot be recomputed, saying why."""
    en = f"printed {figure.text}, but {what['en']} cannot be recomputed"
    indonesian = f"tercantum {figure.text}, tetapi {what['id']} tidak dapat dihitung"
    return [
        Finding(
            kind=FindingKind.UNDEFINED,
            where=where,
            published=figure,
            message=f"{en}: {why['en']}",
            indonesian=f"{indonesian}: {why['id']}",
        )
    ]


def _end(found: Interval) -> Decimal:
    """A finite value of a range, for the recomputed value when the printed inputs have none."""
    return found.lower if found.lower.is_finite() else found.upper


# --------------------------------------------------------------------------------- sums


def check_total(
    parts: Iterable[Number | Printed],
    published: Printed,
    *,
    where: str = "",
    notation: Notation = "id",
) -> list[Finding]:
    """Check a printed total (*jumlah*) against the sum of its parts.

    Args:
        parts: the lines: numbers (exact), or printed text or :class:`Published` figures read in
            *notation* — a figure with decimals or a percent sign stands for the values that print
            to it, a whole number without one is exact (``published(text, exact=...)`` says it
            explicitly; a rupiah amount is exact).
        published: the printed total, read the same way.
        where: where the total is printed.
        notation: ``"id"`` (default), ``"en"`` or ``"plain"``, for every text.

    Returns:
        ``[]`` when some choice of the parts' values gives a total that prints as the published
        one; else one :class:`Finding`.

    Examples:
        The seed's staff table 1.1 counts 2 + 4 + 0 + 7 + 0 + 0 by education; the text says 14:

        >>> [f.text() for f in check_total([2, 4, 0, 7, 0, 0], "14", where="Tabel 1.1")]
        ['tercantum 14, seharusnya 13 (jumlah 6 rincian)']
        >>> check_total(["1.500", "2.500"], "4.000"), check_total(["1,63", "1,78"], "3,40")
        ([], [])
        >>> check_total(["1,500", "2,500"], "4,000", notation="en")
        []
    """
    notation = check_notation(notation)
    figure = read_figure(published, "published", notation)
    where = _check_where(where)
    inputs = [
        _input(part, f"parts[{i}]", notation, "unknown")
        for i, part in enumerate(_parts(parts, "parts", "an iterable of numbers"))
    ]
    found = Interval.point(ZERO)
    for item in inputs:
        found += item.interval
    expected = sum_decimals([item.value for item in inputs])
    how: dict[Language, str] = {
        "en": f"sum of {len(inputs)} parts",
        "id": f"jumlah {len(inputs)} rincian",
    }
    return _compare(
        FindingKind.TOTAL, where, figure, role="unknown", found=found, expected=expected, how=how
    )


def check_difference(
    minuend: Number | Printed,
    subtrahend: Number | Printed,
    published: Printed,
    *,
    where: str = "",
    notation: Notation = "id",
) -> list[Finding]:
    """Check a printed difference (*selisih*, *sisa*) against minuend − subtrahend.

    The figures are read as :func:`check_total` reads them.

    Examples:
        Unspent budget (*sisa anggaran*) of a line fully spent:

        >>> check_difference(12143000, 12143000, "0,00")
        []
        >>> [f.text("en") for f in check_difference(100, 60, "50")]
        ['printed 50, recomputed 40 (100 − 60)']
    """
    notation = check_notation(notation)
    figure = read_figure(published, "published", notation)
    where = _check_where(where)
    a = _input(minuend, "minuend", notation, "unknown")
    b = _input(subtrahend, "subtrahend", notation, "unknown")
    how = {lang: f"{a.text(lang)} − {b.text(lang)}" for lang in _LANGS}
    expected = subtract(a.value, b.value)
    found = a.interval - b.interval
    return _compare(
        FindingKind.DIFFERENCE,
        where,
        figure,
        role="unknown",
        found=found,
        expected=expected,
        how=how,
    )


# --------------------------------------------------------------------------------- ratios


def _ratio(
    numerator: _Input, denominator: _Input, divide: Callable[[Decimal, Decimal], Decimal]
) -> tuple[Interval, Decimal] | None:
    """The range of a ratio over the inputs' intervals, and its value at the printed values.

    The denominator keeps the sign of its printed value (a printed 0 that stands for an
    interval: the positive side); ``None`` when nothing of it is left (an exact 0). *divide* is
    lkjcalc's formula, (x, y) → x / y × 100.
    """
    side = at_most(ZERO, closed=False) if denominator.value < 0 else at_least(ZERO, closed=False)
    clipped = denominator.interval.clip(side)
    if clipped is None:
        return None
    found = quotient(numerator.interval, clipped, divide)
    if denominator.value.is_zero():
        return found, _end(found)
    return found, divide(numerator.value, denominator.value)


def check_percentage(
    part: Number | Printed,
    whole: Number | Printed,
    published: Printed,
    *,
    where: str = "",
    notation: Notation = "id",
) -> list[Finding]:
    """Check a printed percentage against part / whole × 100.

    Catches percentages computed on another denominator than the table shows. The part and the
    whole are read as :func:`check_total` reads them; the published percentage is a computed
    figure and stands for the values that print to it.

    Returns:
        ``[]`` when it agrees; one finding when it does not, or one of kind ``UNDEFINED`` when the
        whole is 0 (there is no percentage to compare with).

    Examples:
        The seed's table 3.1 prints 1,907 % for Rp 12.143.000 of a budget whose lines sum to
        Rp 692.541.800; 1,907 % is the share of Rp 636.541.800, the total stated in the text:

        >>> check_percentage(12143000, 636541800, "1,907%")
        []
        >>> len(check_percentage(12143000, 692541800, "1,907%"))
        1
        >>> [f.kind.value for f in check_percentage(0, 0, "0%")]
        ['undefined']
    """
    notation = check_notation(notation)
    figure = read_figure(published, "published", notation)
    where = _check_where(where)
    a = _input(part, "part", notation, "unknown")
    b = _input(whole, "whole", notation, "unknown")
    ratio = _ratio(a, b, percent)
    if ratio is None:
        return _undefined(
            where,
            figure,
            {"en": "the percentage", "id": "persentasenya"},
            {"en": f"the whole is {b.text('en')}", "id": f"pembaginya {b.text('id')}"},
        )
    found, expected = ratio
    how = {lang: f"{a.text(lang)} / {b.text(lang)} × 100" for lang in _LANGS}
    return _compare(
        FindingKind.PERCENTAGE,
        where,
        figure,
        role="computed",
        found=found,
        expected=expected,
        how=how,
    )


def check_absorption(
    allocation: Number | Printed,
    realization: Number | Printed,
    published: Printed,
    *,
    where: str = "",
    notation: Notation = "id",
) -> list[Finding]:
    """Check a printed budget absorption (*penyerapan anggaran*) against its amounts.

    The amounts are rupiah, exact whatever their decimals (``"0,00"`` is exactly 0); the
    absorption is a computed figure and stands for the values that print to it. The formula is
    :func:`lkjcalc.absorption`, R / A × 100.

    Returns:
        ``[]`` when it agrees; one finding when it does not, or one of kind ``UNDEFINED`` when the
        allocation is 0 or an amount is negative.

    Examples:
        The seed's budget table, line I.4: Rp 131.137.800,00 allocated and spent, printed "98":

        >>> [f.text() for f in check_absorption("131.137.800,00", "131.137.800,00", "98")]
        ['tercantum 98, seharusnya 100 (realisasi 131.137.800,00 / pagu 131.137.800,00 × 100)']
        >>> [f.text() for f in check_absorption("0,00", "0,00", "100")]
        ['tercantum 100, tetapi penyerapannya tidak dapat dihitung: pagu anggaran 0,00']
    """
    notation = check_notation(notation)
    figure = read_figure(published, "published", notation)
    where = _check_where(where)
    a = _input(allocation, "allocation", notation, "exact")
    r = _input(realization, "realization", notation, "exact")
    what: dict[Language, str] = {"en": "the absorption", "id": "penyerapannya"}
    spent = r.interval.clip(at_least(ZERO))
    ratio = None
    why: dict[Language, str]
    if spent is None:
        why = {"en": f"the realization {r.text('en')} is negative",
               "id": f"realisasi anggaran {r.text('id')} negatif"}  # fmt: skip
    elif a.value < 0:
        why = {"en": f"the allocation {a.text('en')} is negative",
               "id": f"pagu anggaran {a.text('id')} negatif"}  # fmt: skip
    else:
        ratio = _ratio(_Input(spent, max(r.value, ZERO), r.shown), a, lambda x, y: absorption(y, x))
        why = {"en": f"the allocation is {a.text('en')}", "id": f"pagu anggaran {a.text('id')}"}
    if ratio is None:
        return _undefined(where, figure, what, why)
    found, expected = ratio
    how: dict[Language, str] = {
        "en": f"realization {r.text('en')} / allocation {a.text('en')} × 100",
        "id": f"realisasi {r.text('id')} / pagu {a.text('id')} × 100",
    }
    return _compare(
        FindingKind.PERCENTAGE,
        where,
        figure,
        role="computed",
        found=found,
        expected=expected,
        how=how,
    )


# --------------------------------------------------------------------------------- achievement


def _to_cap(value: object) -> Decimal:
    cap = _number(value, "cap")
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
    where = _check_where(where)
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
        goal, shown_target = target, {lang: _range_text(target, lang) for lang in _LANGS}
    else:
        t = _input(target, "target", notation, "exact")
        goal, shown_target = Target.point(t.value), {lang: t.text(lang) for lang in _LANGS}
    r = _input(realization, "realization", notation, "computed")
    values = r.interval
    for clip, why in _achievement_domain(goal, polarity, formula, allow_negative=negatives):
        clipped = values.clip(clip)
        if clipped is None:
            what: dict[Language, str] = {"en": "the achievement", "id": "capaiannya"}
            return _undefined(where, figure, what, why)
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
        else _end(found)
    )
    how: dict[Language, str] = {
        "en": f"achievement of {r.text('en')} against {shown_target['en']}, {polarity.value}"
        + (f" ({formula.value})" if polarity is Polarity.MINIMIZE else "")
        + (f", cap {show(ceiling, 'en')}" if ceiling is not None else ""),
        "id": f"capaian realisasi {r.text('id')} terhadap target {shown_target['id']}, polaritas "
        + ("positif" if polarity is Polarity.MAXIMIZE else "negatif")
        + (
            f" (rumus {'(2T − R) / T' if formula is MinimizeFormula.MIRROR else 'T / R'})"
            if polarity is Polarity.MINIMIZE
            else ""
        )
        + (f", batas atas {show(ceiling, 'id')}" if ceiling is not None else ""),
    }
    return _compare(
        FindingKind.ACHIEVEMENT,
        where,
        figure,
        role="computed",
        found=found,
        expected=expected,
        how=how,
    )


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
    if value.is_point:
        lowest = highest = scale.round(value.lower)
    elif figure is not None and figure.places >= places:
        lowest = quantize(figure.value, places, Rounding.DOWN)
        highest = quantize(figure.value, places)
        lowest, highest = min(lowest, highest), max(lowest, highest)
    else:
        lowest = scale.round(value.lower)
        highest = scale.round(value.upper)
        grid = Decimal(1).scaleb(-places)
        # A value just below an open upper end on a half-way point rounds one step down.
        if not value.upper_closed and subtract(highest, multiply(grid, Decimal("0.5"))) == (
            value.upper
        ):
            highest = subtract(highest, grid)
    top = scale.bands.index(scale.classify(highest))
    bottom = scale.bands.index(scale.classify(lowest))
    return list(scale.bands[top : bottom + 1])


def _band_findings(
    value: Interval,
    shown: dict[Language, str],
    figure: Published | None,
    label: str,
    scale: Scale,
    *,
    where: str,
    expected: Decimal,
) -> list[Finding]:
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
    where = _check_where(where)
    if not isinstance(scale, Scale):
        raise InvalidTypeError(field="scale", value=scale, expected="a Scale")
    if not isinstance(published_label, str):
        raise InvalidTypeError(field="published_label", value=published_label, expected="a str")
    graded = _input(value, "value", notation, "computed")
    figure = graded.shown if isinstance(graded.shown, Published) else None
    shown = {lang: graded.text(lang) for lang in _LANGS}
    return _band_findings(
        graded.interval, shown, figure, published_label, scale, where=where, expected=graded.value
    )


# --------------------------------------------------------------------------------- consistency


def check_consistent(
    figures: Mapping[str, Printed],
    *,
    what: str | Mapping[str, str] | None = None,
    notation: Notation = "id",
) -> list[Finding]:
    """Check that one figure printed in several places says the same everywhere.

    Two printings agree when the more precise one rounds (half up or truncated) to the less
    precise one: ``85,03%`` and ``85%`` agree, ``80%`` and ``85%`` do not; an exact figure
    (``published(text, exact=True)``) agrees only with the same value. The reference is the
    printing that most others agree with (ties: the more precise, then the first); every place
    that disagrees with it is a finding.

    Args:
        figures: where → the figure as printed there.
        what: names the figure in the sentence: one name, or one per language
            (``{"en": "the target", "id": "target"}``).
        notation: the notation of every text.

    Returns:
        One finding per place whose printing disagrees with the reference.

    Examples:
        The Musrenbang target: 85 % in the performance agreement and table 1.1, 80 % in table 3.2:

        >>> found = check_consistent(
        ...     {"Perjanjian Kinerja": "85%", "Tabel 1.1": "85%", "Tabel 3.2": "80%"},
        ...     what={"en": "the Musrenbang target", "id": "target Musrenbang"},
        ... )
        >>> print(found[0].text())
        target Musrenbang tercantum 80%, tidak sesuai dengan 85% pada Perjanjian Kinerja
        >>> found[0].where
        'Tabel 3.2'
    """
    notation = check_notation(notation)
    names = _names(what)
    if not isinstance(figures, Mapping):
        raise InvalidTypeError(field="figures", value=figures, expected="a mapping where → figure")
    read = {
        _check_where(where): read_figure(text, f"figures[{where!r}]", notation)
        for where, text in figures.items()
    }
    if not read:
        return []
    order = list(read)

    def support(where: str) -> tuple[int, int, int]:
        figure = read[where]
        agreeing = sum(_same(figure, other) for other in read.values())
        return agreeing, figure.places, -order.index(where)

    reference_where = max(order, key=support)
    reference = read[reference_where]
    return [
        Finding(
            kind=FindingKind.INCONSISTENT,
            where=where,
            published=figure,
            expected=reference.value,
            message=(
                f"{names['en']} is printed {figure.text} here but {reference.text} "
                f"in {reference_where}"
            ),
            indonesian=(
                f"{names['id']} tercantum {figure.text}, tidak sesuai dengan {reference.text} "
                f"pada {reference_where}"
            ),
        )
        for where, figure in read.items()
        if not _same(figure, reference)
    ]


def _names(what: object) -> dict[Language, str]:
    if what is None:
        return {"en": "the figure", "id": "angka ini"}
    if isinstance(what, str):
        return {"en": what, "id": what}
    if isinstance(what, Mapping) and all(isinstance(what.get(lang), str) for lang in _LANGS):
        return {lang: what[lang] for lang in _LANGS}
    raise InvalidTypeError(
        field="what", value=what, expected="a str, or a mapping with 'en' and 'id' names"
    )


def _same(a: Published, b: Published) -> bool:
    """Whether two printings of one figure agree: the more precise rounds to the other."""
    coarse, fine = (a, b) if a.places <= b.places else (b, a)
    if fine.exact:
        return coarse.value == fine.value
    return coarse.agrees(fine.value)


# --------------------------------------------------------------------------------- surveys


def check_weights(
    weights: Mapping[str, Number | Printed] | Iterable[Number | Printed],
    *,
    where: str = "",
    notation: Notation = "id",
) -> list[Finding]:
    """Check that survey weights (*bobot*) sum to exactly 1 (PermenPANRB 14/2017).

    Reports print rounded weights (0,111 for 9 elements); they then sum to 0,999, and an IKM
    computed with them is not the regulation's. Printed weights are taken at face value (they are
    the constants the table used). A finding names the sum.

    Examples:
        >>> print(check_weights(["0,111"] * 9, where="Tabel SKM")[0].text())
        jumlah bobot 0,999, seharusnya 1
        >>> check_weights(["0,25"] * 4), check_weights([0.5, "0.5"], notation="plain")
        ([], [])
    """
    notation = check_notation(notation)
    where = _check_where(where)
    values = weights.values() if isinstance(weights, Mapping) else weights
    items = _parts(values, "weights", "weights per element")
    # Printed weights at face value: the constants the table used.
    numbers = [_input(w, f"weights[{i}]", notation, "exact").value for i, w in enumerate(items)]
    total = sum_decimals(numbers)
    if total == 1:
        return []
    return [
        Finding(
            kind=FindingKind.WEIGHTS,
            where=where,
            expected=total,
            message=f"the weights sum to {show(total, 'en')}, not 1",
            indonesian=f"jumlah bobot {show(total, 'id')}, seharusnya 1",
        )
    ]


def _survey(value: object, notation: Notation) -> PrintedSurvey:
    if isinstance(value, PrintedSurvey):
        return value
    if not isinstance(value, Mapping):
        raise InvalidTypeError(
            field="published", value=value, expected="a PrintedSurvey, or a mapping of its fields"
        )

    def read(item: object, name: str) -> object:
        if isinstance(item, Mapping):
            return {code: read_figure(f, f"{name}[{code!r}]", notation) for code, f in item.items()}
        return item if item is None else read_figure(item, name, notation)

    fields = {
        name: read(item, name)
        if name in {"index", "ikm", "nrr", "weights", "weighted_nrr"}
        else item
        for name, item in value.items()
    }
    fields.setdefault("where", "SKM")
    return PrintedSurvey(**fields)  # type: ignore[arg-type]


def check_ikm(
    published: PrintedSurvey | Mapping[str, object],
    *,
    where: str = "",
    notation: Notation = "id",
) -> list[Finding]:
    """Check a printed survey table (*hasil SKM*): its NRR, weights, weighted NRR, index, IKM, grade.

    Each printed figure is recomputed from the printed figures it comes from (PermenPANRB
    14/2017): NRR within the scale 1–4; weights summing to 1 (:func:`check_weights`); weighted
    NRR = NRR × weight; index = Σ weighted NRR (or Σ NRR × weight, or the mean of the NRR with
    exact weights 1/k, by :func:`lkjcalc.ikm_from_nrr`); IKM = index × 25
    (:func:`lkjcalc.index_to_ikm`); the grade on its scale, from the IKM, or from 25 × the index
    when no IKM is printed. NRR, weighted NRR, index and IKM are computed figures, each standing
    for the values that print to it; printed weights are taken at face value.

    Args:
        published: a :class:`PrintedSurvey`, or a mapping of its fields (``{"index": "3,53",
            "ikm": "88,31", ...}``) whose texts are read in *notation*.
        where: where the table is printed (default: the survey's own ``where``).
        notation: the notation of the texts of a mapping.

    Returns:
        Every finding, in that order: ``OUT_OF_RANGE`` for an NRR or an index outside 1–4,
        ``WEIGHTS``, ``VALUE`` for a weighted NRR, ``TOTAL`` for the index, ``VALUE`` for the
        IKM, ``BAND`` for the grade.

    Examples:
        An index printed "3,53" may be 3,5324, and 3,5324 × 25 = 88,31: a printed IKM "88,31"
        agrees, and so does its grade A:

        >>> check_ikm({"index": "3,53", "ikm": "88,31", "grade": "A", "where": "Tabel SKM"})
        []
        >>> [f.text() for f in check_ikm({"index": "3,53", "ikm": "89,00", "where": "Tabel SKM"})]
        ['IKM tercantum 89,00, seharusnya 88,25 (indeks 3,53 × 25); angka yang tercantum pada masukannya memungkinkan 88,125 s.d. 88,5']
    """  # noqa: E501
    notation = check_notation(notation)
    survey = _survey(published, notation)
    place = _check_where(where) or survey.where
    found: list[Finding] = []
    nrr = _nrr_values(survey, place, found)
    weights = _weight_values(survey)
    if weights is not None:
        found += check_weights(weights, where=place)
    found += _weighted_findings(survey, nrr, weights, place)
    index = None
    if survey.index is not None:
        found += _index_findings(survey, survey.index, nrr, weights, place)
        index = survey.index.interval.clip(_NRR_SCALE)
        if index is None:
            found.append(_out_of_range(place, survey.index, "index", "indeks"))
    if index is not None and survey.index is not None and survey.ikm is not None:
        ikm = index.map(index_to_ikm)
        how: dict[Language, str] = {
            "en": f"index {survey.index.text} × 25",
            "id": f"indeks {survey.index.text} × 25",
        }
        found += _compare(
            FindingKind.VALUE,
            place,
            survey.ikm,
            role="computed",
            found=ikm,
            expected=index_to_ikm(_clamp(survey.index.value)),
            how=how,
            what={"en": "IKM", "id": "IKM"},
        )
    if survey.grade is not None:
        found += _grade_findings(survey, survey.grade, index, place)
    return found


def _clamp(value: Decimal) -> Decimal:
    return min(max(value, ONE), Decimal(4))


def _out_of_range(where: str, figure: Published, en: str, indonesian: str) -> Finding:
    return Finding(
        kind=FindingKind.OUT_OF_RANGE,
        where=where,
        published=figure,
        message=f"{en} {figure.text} lies outside the scale 1–4",
        indonesian=f"{indonesian} {figure.text} di luar skala 1–4",
    )


def _nrr_values(
    survey: PrintedSurvey, place: str, found: list[Finding]
) -> dict[str, Interval] | None:
    """Each printed NRR's values within 1–4; an NRR with none is a finding (and is left out)."""
    if survey.nrr is None:
        return None
    values: dict[str, Interval] = {}
    for code, figure in survey.nrr.items():
        clipped = figure.interval.clip(_NRR_SCALE)
        if clipped is None:
            found.append(_out_of_range(f"{place}, {code}", figure, "NRR", "NRR"))
        else:
            values[code] = clipped
    return values


def _weight_values(survey: PrintedSurvey) -> dict[str, Published] | None:
    if survey.weights is None:
        return None
    if isinstance(survey.weights, Published):
        if survey.nrr is None:
            return None
        return dict.fromkeys(survey.nrr, survey.weights)
    return dict(survey.weights)


def _weighted_findings(
    survey: PrintedSurvey,
    nrr: dict[str, Interval] | None,
    weights: dict[str, Published] | None,
    place: str,
) -> list[Finding]:
    if nrr is None or weights is None or survey.weighted_nrr is None or survey.nrr is None:
        return []
    found: list[Finding] = []
    for code, figure in survey.weighted_nrr.items():
        if code not in nrr or code not in weights:
            continue
        weight = weights[code].value
        printed_nrr = survey.nrr[code]
        how: dict[Language, str] = {
            "en": f"NRR {printed_nrr.text} × weight {weights[code].text}",
            "id": f"NRR {printed_nrr.text} × bobot {weights[code].text}",
        }
        found += _compare(
            FindingKind.VALUE,
            f"{place}, {code}",
            figure,
            role="computed",
            found=nrr[code].scale(weight),
            expected=multiply(_clamp(printed_nrr.value), weight),
            how=how,
            what={"en": "weighted NRR", "id": "NRR tertimbang"},
        )
    return found


def _index_findings(
    survey: PrintedSurvey,
    index: Published,
    nrr: dict[str, Interval] | None,
    weights: dict[str, Published] | None,
    place: str,
) -> list[Finding]:
    how: dict[Language, str]
    if survey.weighted_nrr is not None:
        parts = [figure.interval for figure in survey.weighted_nrr.values()]
        total = Interval.point(ZERO)
        for part in parts:
            total += part
        expected = sum_decimals([figure.value for figure in survey.weighted_nrr.values()])
        how = {
            "en": f"sum of {len(parts)} weighted NRR",
            "id": f"jumlah {len(parts)} NRR tertimbang",
        }
        where = f"{place}, indeks (Σ NRR tertimbang)"
        return _compare(
            FindingKind.TOTAL,
            where,
            index,
            role="computed",
            found=total,
            expected=expected,
            how=how,
        )
    if not nrr or survey.nrr is None or len(nrr) < len(survey.nrr):
        return []
    printed = {code: _clamp(survey.nrr[code].value) for code in nrr}
    lows = {code: values.lower for code, values in nrr.items()}
    highs = {code: values.upper for code, values in nrr.items()}
    if weights is None:
        # Exact weights 1/k, by the survey's own formula.
        def formula(values: dict[str, Decimal]) -> Decimal:
            return ikm_from_nrr(values).index

        where = f"{place}, indeks (rata-rata NRR, bobot 1/k)"
        how = {
            "en": f"mean of {len(nrr)} NRR",
            "id": f"rata-rata {len(nrr)} NRR",
        }
    else:
        # Printed weights at face value; an element without a printed weight weighs nothing.
        def formula(values: dict[str, Decimal]) -> Decimal:
            return sum_decimals(
                [multiply(v, weights[c].value) for c, v in values.items() if c in weights]
            )

        where = f"{place}, indeks (Σ NRR × bobot)"
        how = {"en": f"sum of {len(nrr)} NRR × weight", "id": f"jumlah {len(nrr)} NRR × bobot"}
    total = Interval(
        formula(lows),
        formula(highs),
        lower_closed=all(values.lower_closed for values in nrr.values()),
        upper_closed=all(values.upper_closed for values in nrr.values()),
    )
    return _compare(
        FindingKind.TOTAL,
        where,
        index,
        role="computed",
        found=total,
        expected=formula(printed),
        how=how,
    )


def _grade_findings(
    survey: PrintedSurvey, grade: str, index: Interval | None, place: str
) -> list[Finding]:
    if survey.ikm is not None:
        return check_band(survey.ikm, grade, survey.scale, where=place)
    if index is None or survey.index is None:
        return []
    # A grade printed with an index but no IKM: graded on 25 × the index's values.
    ikm = index.map(index_to_ikm)
    expected = index_to_ikm(_clamp(survey.index.value))
    shown: dict[Language, str] = {
        "en": f"25 × index {survey.index.text} = {recomputed(expected, survey.index, 'en')}",
        "id": f"25 × indeks {survey.index.text} = {recomputed(expected, survey.index, 'id')}",
    }
    return _band_findings(ikm, shown, None, grade, survey.scale, where=place, expected=expected)


# check_sample(respondents, population, ...) — respondents against the minimum sample size of
# domain.md §4.5 — belongs beside check_ikm; it comes with the sample-size methods.
