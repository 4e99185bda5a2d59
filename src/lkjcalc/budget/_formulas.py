"""Budget formulas: absorption, share and the four "efficiencies", on amounts and percents.

The functions of domain.md §5 that take figures, not budget lines: :func:`absorption`,
:func:`share`, :func:`efficiency_gap`, :func:`efficiency_index`, :func:`unspent_share` and
:func:`efficiency_band`, with the coercion of a rupiah amount that the budget lines share.

Internal to :mod:`lkjcalc.budget` (the public names are re-exported there).
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Any, overload

from lkjcalc._numeric import ZERO, Number, divide, percent, plain_decimal, subtract, to_decimal
from lkjcalc.errors import InvalidInputError, InvalidTypeError
from lkjcalc.scales import BUDGET_EFFICIENCY_1996, Band, Scale

if TYPE_CHECKING:
    from decimal import Decimal

    import attrs

_AMOUNT = "a rupiah amount >= 0"


def to_amount(value: object, name: str) -> Decimal:
    """Coerce a rupiah amount and check that it is not negative."""
    number = to_decimal(value, name)
    if number < ZERO:
        raise InvalidInputError(field=name, value=value, expected=_AMOUNT)
    return number


def check_amount(inst: object, attr: attrs.Attribute[Any], value: Decimal) -> None:
    """An attrs validator: a rupiah amount field must not be negative."""
    if value < ZERO:
        raise InvalidInputError(field=attr.name, value=value, expected=_AMOUNT)


def absorption(allocation: Number, realization: Number) -> Decimal:
    """Budget absorption (*penyerapan anggaran*, *serapan*), in percent.

    How much of an allocation (*anggaran*, *pagu*) was spent. Above 100 means over-spending, which
    is allowed but should be looked at.

    Args:
        allocation: the allocation A, rupiah >= 0.
        realization: the realization R (*realisasi anggaran*), rupiah >= 0.

    Returns:
        R / A × 100, exact and unrounded.

    Raises:
        InvalidInputError: a negative amount, or a value that is not a number.
        UndefinedResultError: A = 0 (nothing was allocated).

    Notes:
        ``absorption = R / A × 100``.

    References:
        LKjIP practice (domain.md §5); the seed, BAB III table "Realisasi Anggaran", column %.

    Examples:
        The seed's line VI.5, "Pelayanan Administrasi Umum dan Kependudukan", fully spent:

        >>> absorption("12143000.00", "12143000.00")
        Decimal('100')

        Line I.4 spends all of its 131.137.800,00 too (100 %), although the report prints 98 %.
        LAKIP Itjen 2019, table III.5, prints 98,40 % for:

        >>> absorbed = absorption("106439453000.00", "104734936307.00")
        >>> absorbed
        Decimal('98.398604422553731086911917895707337...')
        >>> from lkjcalc import round_half_up
        >>> round_half_up(absorbed, 2)
        Decimal('98.40')
        >>> absorption(0, 5)
        Traceback (most recent call last):
        ...
        lkjcalc.errors.UndefinedResultError: absorption is undefined: the denominator is zero ...
    """
    a = to_amount(allocation, "allocation")
    r = to_amount(realization, "realization")
    return plain_decimal(
        percent(
            r, a, what="absorption", why="nothing was allocated (allocation 0)", field="allocation"
        )
    )


def share(part: Number, total: Number) -> Decimal:
    """Share of an allocation in the total budget (*% anggaran*), in percent.

    Args:
        part: the allocation of a line, a program or an objective, rupiah >= 0.
        total: the total allocation, rupiah >= *part*.

    Returns:
        part / total × 100, exact and unrounded.

    Raises:
        InvalidInputError: a negative amount, or a part larger than the total (checked first).
        UndefinedResultError: a total of 0.

    Notes:
        ``share = part / total × 100``. The shares of all the lines of a budget sum to 100; use
        :meth:`Budget.share` so that the total is the sum of the lines.

    References:
        The seed, BAB III table 3.1 (*Alokasi per sasaran*, column "% Anggaran").

    Examples:
        The seed's table 3.1 prints 1,907 % for the SKM's Rp 12.143.000 and 2,642 % for the
        Musrenbang's Rp 16.820.500. Both are taken on the Rp 636.541.800 of the text; the
        budget table's lines sum to Rp 692.541.800:

        >>> share(12143000, 636541800)  # printed 1,907: truncated, it rounds to 1,908
        Decimal('1.9076516263346727583326028235694812...')
        >>> share(16820500, 636541800)  # printed 2,642
        Decimal('2.6424816092203214305800498883184105...')
        >>> share(12143000, 692541800)  # on the sum of the lines: 1,753 %, not 1,907 %
        Decimal('1.7533959683011191526634204606855499...')
        >>> share(5, 4)
        Traceback (most recent call last):
        ...
        lkjcalc.errors.InvalidInputError: part: got 5, expected at most the total (4)
    """
    p = to_amount(part, "part")
    t = to_amount(total, "total")
    if p > t:
        raise InvalidInputError(field="part", value=part, expected=f"at most the total ({t})")
    return plain_decimal(
        percent(p, t, what="share", why="the total allocation is 0", field="total")
    )


def _to_absorption_pct(absorption_pct: object) -> Decimal:
    absorbed = to_decimal(absorption_pct, "absorption_pct")
    if absorbed < ZERO:
        raise InvalidInputError(
            field="absorption_pct", value=absorption_pct, expected="an absorption >= 0 (percent)"
        )
    return absorbed


def _achievement_and_absorption(
    achievement_pct: Number, absorption_pct: Number
) -> tuple[Decimal, Decimal]:
    achieved = to_decimal(achievement_pct, "achievement_pct")
    return achieved, _to_absorption_pct(absorption_pct)


def efficiency_gap(achievement_pct: Number, absorption_pct: Number) -> Decimal:
    """Efficiency as a gap (*tingkat efisiensi*, kecamatan style), in percentage points.

    Performance achieved minus budget absorbed: above 0 the unit achieved more than it spent
    (efficient), 0 means as much as it spent, below 0 it spent more than it achieved.

    Args:
        achievement_pct: the indicator's achievement (*% capaian kinerja*), in percent; may be
            negative (the minimize mirror formula goes below 0).
        absorption_pct: the absorption of its budget (*% penyerapan anggaran*), percent >= 0.

    Returns:
        achievement − absorption, in percentage points, exact.

    Raises:
        InvalidInputError: a negative absorption, or a value that is not a number.

    Notes:
        ``gap = achievement % − absorption %``. Used by kecamatan (sub-district) LKjIPs in a
        table "Efisiensi Penggunaan Sumber Daya" with the columns "% capaian kinerja",
        "% penyerapan anggaran" and "tingkat efisiensi". Compare with :func:`efficiency_index`,
        which divides the same two figures.

    References:
        LKjIP practice of kecamatan (domain.md §5, efficiency 1); the seed, BAB III table 3.3.

    Examples:
        The seed's table 3.3: both indicators achieved 100 % and absorbed 100 %; the report
        prints "-" as the efficiency, that is, no gap:

        >>> efficiency_gap(100, 100)
        Decimal('0')
        >>> efficiency_gap("99.92", "93.99978274733383238883726772")  # achieved more than spent
        Decimal('5.92021725266616761116273228')
    """
    achieved, absorbed = _achievement_and_absorption(achievement_pct, absorption_pct)
    return plain_decimal(subtract(achieved, absorbed))


def efficiency_index(achievement_pct: Number, absorption_pct: Number) -> Decimal:
    """Efficiency index (*indeks efisiensi*, IE, BPOM style): achievement over absorption, a ratio.

    1 means the unit achieved exactly as much as it spent; above 1 is efficient. BPOM units
    compare IE with a standard efficiency SE = 1 and call "1 ≤ IE ≤ 1,81" efficient; they also
    print the efficiency level (*tingkat efisiensi*) TE = IE − 1.

    Args:
        achievement_pct: the indicator's achievement (*% capaian output*), in percent.
        absorption_pct: the absorption of its budget (*% capaian input*), percent >= 0.

    Returns:
        achievement / absorption, a ratio (not percent), exact and unrounded.

    Raises:
        InvalidInputError: a negative absorption, or a value that is not a number.
        UndefinedResultError: an absorption of 0 (nothing was spent).

    Notes:
        ``IE = achievement % / absorption %``; ``TE = IE − 1``. Compare with
        :func:`efficiency_gap`, which subtracts the same two figures.

    References:
        BPOM practice (domain.md §5, efficiency 2): Laporan Kinerja PRKOM (BPOM) 2021, table 28
        "Analisis Tingkat Efisiensi Kegiatan"; Laporan Kinerja BBPOM di Yogyakarta 2020.

    Examples:
        The seed's table 3.3 (100 % achieved, 100 % absorbed):

        >>> efficiency_index(100, 100)
        Decimal('1')

        PRKOM 2021, table 28: achievement 99,92 %, absorption 6.495.748.767 / 6.910.387.000
        = 94,00 %, printed IE 1,063 and TE 0,063:

        >>> index = efficiency_index("99.92", absorption(6910387000, 6495748767))
        >>> index
        Decimal('1.0629811801648454979416539987005935...')
        >>> from lkjcalc import round_half_up
        >>> round_half_up(index, 3), round_half_up(index - 1, 3)
        (Decimal('1.063'), Decimal('0.063'))
        >>> efficiency_index(100, 0)
        Traceback (most recent call last):
        ...
        lkjcalc.errors.UndefinedResultError: the efficiency index is undefined: ...
    """
    achieved, absorbed = _achievement_and_absorption(achievement_pct, absorption_pct)
    return plain_decimal(
        divide(
            achieved,
            absorbed,
            what="the efficiency index",
            why="nothing was spent (absorption 0); compare with efficiency_gap() instead",
            field="absorption_pct",
        )
    )


def unspent_share(allocation: Number, realization: Number) -> Decimal:
    """Unspent share of an allocation (*sisa anggaran*, as *efisiensi anggaran*), in percent.

    Some reports call the part of the budget left unspent "efficiency": 11 % "efisiensi
    anggaran" means 11 % of the allocation was not spent. It says nothing about performance;
    read it beside the achievement. Negative when more than the allocation was spent.

    Args:
        allocation: the allocation A, rupiah >= 0.
        realization: the realization R, rupiah >= 0.

    Returns:
        (1 − R / A) × 100 = (A − R) / A × 100, exact and unrounded.

    Raises:
        InvalidInputError: a negative amount, or a value that is not a number.
        UndefinedResultError: A = 0.

    Notes:
        ``unspent share = (A − R) / A × 100 = 100 − absorption``.

    References:
        LKjIP practice (domain.md §5, efficiency 3): provincial LKjIPs that analyse efficiency
        "berdasarkan sisa anggaran yang tidak terserap".

    Examples:
        The seed spends every line in full (table "Realisasi Anggaran"), so nothing is left:

        >>> unspent_share("692541800.00", "692541800.00")
        Decimal('0')
        >>> unspent_share(6910387000, 6495748767)  # PRKOM 2021, table 28: 94,00 % absorbed
        Decimal('6.0002172526661676111627322753414533...')
    """
    a = to_amount(allocation, "allocation")
    r = to_amount(realization, "realization")
    return plain_decimal(
        percent(
            subtract(a, r),
            a,
            what="the unspent share",
            why="nothing was allocated",
            field="allocation",
        )
    )


@overload
def efficiency_band(absorption_pct: Number, *, scale: Scale = ...) -> Band: ...


@overload
def efficiency_band(  # deprecated since 0.2: (allocation, realization)
    absorption_pct: Number, realization: Number, *, scale: Scale = ...
) -> Band: ...


@overload
def efficiency_band(  # deprecated since 0.2: (allocation=, realization=)
    *, allocation: Number, realization: Number, scale: Scale = ...
) -> Band: ...


def efficiency_band(
    absorption_pct: Number | None = None,
    realization: Number | None = None,
    *,
    scale: Scale = BUDGET_EFFICIENCY_1996,
    allocation: Number | None = None,
) -> Band:
    """Efficiency band of an absorption (*kriteria efisiensi*, Kepmendagri 690.900.327/1996).

    The ratio of the regulation is realization / allocation × 100, that is, the absorption
    (:func:`absorption`), read on a scale where *lower* is more efficient: ≥ 100 tidak efisien
    (TE), ≥ 90 kurang efisien (KE), ≥ 80 cukup efisien (CE), ≥ 60 efisien (E), below 60 sangat
    efisien (SE). The scale rounds the absorption half up to 2 places first. Like its siblings
    :func:`efficiency_gap` and :func:`efficiency_index`, it takes the absorption in percent.

    Args:
        absorption_pct: the absorption R / A × 100 (*% penyerapan anggaran*), percent >= 0.
        scale: the scale to read it on (default :data:`lkjcalc.scales.BUDGET_EFFICIENCY_1996`).
        realization: deprecated since 0.2, with *allocation*: the two amounts of the former
            call ``efficiency_band(allocation, realization)``, which still works with a
            ``DeprecationWarning``; write ``efficiency_band(absorption(allocation, realization))``.
        allocation: deprecated since 0.2, see *realization*.

    Returns:
        The band of the rounded absorption.

    Raises:
        InvalidInputError: a negative absorption (or amount); a scale that is not a
            :class:`~lkjcalc.Scale`.
        UndefinedResultError: (the deprecated call) A = 0.

    References:
        Kepmendagri 690.900.327/1996 (financial performance assessment), as applied in practice;
        domain.md §3 scale 6 and §5 efficiency 4.

    Examples:
        The seed's whole budget, spent in full (100 %), is "tidak efisien" on this scale: it
        reads spending, not performance:

        >>> efficiency_band(100).label
        'Tidak efisien'
        >>> absorbed = absorption(106439453000, 104734936307)  # 98,40 % (LAKIP Itjen 2019)
        >>> efficiency_band(absorbed).code
        'KE'
    """
    if not isinstance(scale, Scale):
        raise InvalidTypeError(field="scale", value=scale, expected="a lkjcalc.Scale")
    if realization is None and allocation is None:
        return scale.classify(_to_absorption_pct(absorption_pct))
    if allocation is not None and absorption_pct is not None:
        raise InvalidTypeError(
            field="allocation",
            value=allocation,
            expected="no allocation beside an absorption; pass efficiency_band(absorption_pct)",
        )
    warnings.warn(
        "efficiency_band(allocation, realization) is deprecated since lkjcalc 0.2; pass the "
        "absorption in percent: efficiency_band(absorption(allocation, realization))",
        DeprecationWarning,
        stacklevel=2,
    )
    amount = absorption_pct if allocation is None else allocation
    return scale.classify(absorption(amount, realization))  # type: ignore[arg-type]
