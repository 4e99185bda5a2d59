"""Ordinal scales (banding): named bands with cited bounds, and the built-in scales.

A :class:`Scale` is data: an ordered tuple of :class:`Band` objects, from the highest band to the
lowest, each with a code, a label and a lower bound (inclusive or exclusive); the lowest band is
open below (``lower=None``), so every finite value falls in exactly one band. A scale also records
its source and the number of decimal places to which a value is rounded, half up, **before** it is
classified (domain.md §3): the band always agrees with the printed figure, the gaps of published
tables (64.99 | 65.00) disappear, and 88.305 → 88.31 → A.

Built-in scales (each cites its source; see ``docs/scales.md``):

- :data:`LKJ_ORDINAL`: the LKj ordinal success scale of the seed report (SB, B, CB, KB).
- :data:`PERMENDAGRI_86_2017`: the five-band evaluation scale of Permendagri 86/2017 (ST … SR).
- :data:`IKM_2017`: IKM service quality (*mutu pelayanan*), PermenPANRB 14/2017 (A … D).
- :data:`IKM_2004`: IKM service quality, KepMenPAN 25/2004 (A … D).
- :data:`AKIP`: AKIP grades (*predikat*), PermenPANRB 12/2015 and 88/2021 (AA … D).
- :data:`BUDGET_EFFICIENCY_1996`: budget-efficiency ratio bands, Kepmendagri 690.900.327/1996.

User-defined scales are built the same way and are validated on construction.
"""

from __future__ import annotations

import itertools
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from lkjcalc._display import compact, figure, plain, table
from lkjcalc._numeric import Number, check_places, quantize, to_decimal
from lkjcalc._validators import check_bool, str_validator
from lkjcalc.errors import InvalidInputError, InvalidTypeError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

__all__ = [
    "AKIP",
    "BUDGET_EFFICIENCY_1996",
    "BUILTIN_SCALES",
    "IKM_2004",
    "IKM_2017",
    "LKJ_ORDINAL",
    "PERMENDAGRI_86_2017",
    "Band",
    "Scale",
]


def _to_lower(value: Number | None) -> Decimal | None:
    return None if value is None else to_decimal(value, "lower")


def _check_flag(inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    check_bool(value, attr.name)


@attrs.frozen(kw_only=True)
class Band:
    """One band of an ordinal scale (*kategori*, *predikat*, *mutu*).

    Args:
        code: the short code printed in tables (``"A"``, ``"ST"``, ``"SB"``).
        label: the Indonesian label (``"Sangat Baik"``).
        lower: the lower bound, or ``None`` for the lowest band, which is open below.
        lower_inclusive: whether a value equal to *lower* belongs to this band (default ``True``);
            ``False`` writes the "> 90" bounds of the Permendagri and AKIP tables.

    Examples:
        >>> Band(code="A", label="Sangat Baik", lower=Decimal("88.31"))
        Band(code='A', label='Sangat Baik', lower=Decimal('88.31'), lower_inclusive=True)
        >>> Band(code="A", label="Sangat Baik", lower=Decimal("88.31")).condition
        'x ≥ 88.31'
    """

    code: str = attrs.field(validator=str_validator())
    label: str = attrs.field(validator=str_validator())
    lower: Decimal | None = attrs.field(converter=_to_lower)
    lower_inclusive: bool = attrs.field(default=True, validator=_check_flag)

    @property
    def condition(self) -> str:
        """The band's lower condition as text (``"x ≥ 85"``, ``"x > 90"``; ``"lowest"``)."""
        if self.lower is None:
            return "lowest"
        return f"x {'≥' if self.lower_inclusive else '>'} {self.lower}"

    def admits(self, rounded: Number) -> bool:
        """Whether an already rounded value reaches this band's lower bound.

        Raises:
            InvalidInputError: a value that is not an accepted number (domain.md §0).
        """
        value = to_decimal(rounded, "rounded")
        if self.lower is None:
            return True
        return value >= self.lower if self.lower_inclusive else value > self.lower


def _check_bands(inst: Scale, attr: attrs.Attribute[Any], bands: object) -> None:
    if not isinstance(bands, tuple) or not bands:
        raise InvalidInputError(
            field="bands", value=bands, expected="a non-empty tuple of Band, highest first"
        )
    for i, band in enumerate(bands):
        if not isinstance(band, Band):
            raise InvalidTypeError(field=f"bands[{i}]", value=band, expected="a Band")
    faults = _band_faults(bands)
    if faults:
        raise InvalidInputError(
            field="bands",
            value=tuple(band.code for band in bands),
            expected="bands ordered from highest to lowest, the lowest open below",
            detail="; ".join(faults),
        )


def _band_faults(bands: tuple[Band, ...]) -> list[str]:
    """Every reason why *bands* do not make a total scale (empty when they do)."""
    faults: list[str] = []
    codes = [band.code for band in bands]
    duplicates = sorted({code for code in codes if codes.count(code) > 1})
    if duplicates:
        faults.append(f"codes must be unique, repeated: {', '.join(duplicates)}")
    if bands[-1].lower is not None:
        faults.append(
            f"the lowest band {bands[-1].code!r} must be open below (lower=None), "
            "so that every value falls in a band"
        )
    faults.extend(
        f"only the lowest band may be open below, not {band.code!r}"
        for band in bands[:-1]
        if band.lower is None
    )
    bounded = [(band.code, band.lower) for band in bands if band.lower is not None]
    faults.extend(
        "lower bounds must strictly decrease from band to band: "
        f"{code_a!r} ({lower_a}) is not above {code_b!r} ({lower_b})"
        for (code_a, lower_a), (code_b, lower_b) in itertools.pairwise(bounded)
        if not lower_a > lower_b
    )
    return faults


def _to_bands(value: object) -> object:
    return tuple(value) if isinstance(value, list) else value


def _check_places(inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    check_places(value, attr.name)


@attrs.frozen(kw_only=True)
class Scale:
    """An ordinal scale: bands from the highest to the lowest, and the rounding before classifying.

    Args:
        name: a short name (``"IKM PermenPANRB 14/2017"``).
        bands: the bands, highest first; the lowest band has ``lower=None``. A list is accepted
            and stored as a tuple.
        places: decimals to which a value is rounded half up before it is classified (default 2,
            as every built-in scale).
        source: the regulation or document the bounds come from.

    Raises:
        InvalidInputError: bands that are not strictly decreasing, a lowest band that is not open
            below, an open band that is not the lowest, or repeated codes (all faults in one
            message).

    Examples:
        A scale of one's own, as easy to build as the built-in ones:

        >>> pass_fail = Scale(
        ...     name="pass/fail",
        ...     bands=(
        ...         Band(code="P", label="Lulus", lower=60),
        ...         Band(code="F", label="Tidak lulus", lower=None),
        ...     ),
        ...     places=0,
        ...     source="internal rule",
        ... )
        >>> pass_fail.classify("59.5").code
        'P'
    """

    name: str = attrs.field(validator=str_validator())
    bands: tuple[Band, ...] = attrs.field(converter=_to_bands, validator=_check_bands)
    places: int = attrs.field(default=2, validator=_check_places)
    source: str = attrs.field(default="", validator=str_validator(allow_empty=True))

    def round(self, value: Number) -> Decimal:
        """The value as the scale reads it: rounded half up to :attr:`places` decimals."""
        return quantize(to_decimal(value, "value"), self.places)

    def classify(self, value: Number) -> Band:
        """The band of *value*, after rounding it half up to :attr:`places` decimals.

        Args:
            value: any accepted number (domain.md §0), in the scale's units.

        Returns:
            The one band whose bounds hold the rounded value.

        Examples:
            >>> IKM_2017.classify(88.305).code  # 88.305 → 88.31 → A
            'A'
            >>> LKJ_ORDINAL.classify("85.03").label
            'Sangat berhasil'
        """
        rounded = self.round(value)
        for band in self.bands:
            if band.admits(rounded):
                return band
        raise AssertionError("unreachable: the lowest band is open below")  # pragma: no cover

    @property
    def codes(self) -> tuple[str, ...]:
        """The band codes, highest first."""
        return tuple(band.code for band in self.bands)

    def band(self, code_or_label: str) -> Band:
        """The band with this code or label, compared case-insensitively.

        Raises:
            InvalidInputError: no band has that code or label.

        Examples:
            >>> IKM_2017.band("sangat baik").code
            'A'
        """
        if not isinstance(code_or_label, str):
            raise InvalidTypeError(field="code_or_label", value=code_or_label, expected="a str")
        wanted = code_or_label.strip().casefold()
        for band in self.bands:
            if wanted in {band.code.casefold(), band.label.casefold()}:
                return band
        raise InvalidInputError(
            field="code_or_label",
            value=code_or_label,
            expected=f"a code or label of {self.name}: "
            + ", ".join(f"{b.code} ({b.label})" for b in self.bands),
        )

    def __repr__(self) -> str:
        return _scale_repr(self)

    def _repr_html_(self) -> str:
        """The scale as a table for notebooks: code, label and condition of each band."""
        return _scale_html(self)

    def describe(self) -> str:
        """The scale as a small text table: code, label, condition (after rounding).

        Examples:
            >>> print(LKJ_ORDINAL.describe())
            SB  Sangat berhasil  x ≥ 85
            B   Berhasil         70 ≤ x < 85
            CB  Cukup berhasil   55 ≤ x < 70
            KB  Kurang berhasil  x < 55
        """
        rows = [(band.code, band.label, cond) for band, cond in _conditions(self, str)]
        width_code = max(len(r[0]) for r in rows)
        width_label = max(len(r[1]) for r in rows)
        return "\n".join(
            f"{code:<{width_code}}  {label:<{width_label}}  {cond}" for code, label, cond in rows
        )


def _condition(band: Band, above: Band | None, show: Callable[[Decimal], str] = str) -> str:
    """The values a band holds below the band *above* it: ``70 ≤ x < 85``, ``x ≥ 85``, ``x < 55``.

    *show* writes the bounds (``str`` in text, Indonesian notation in the notebook table).
    """
    upper = ""
    if above is not None and above.lower is not None:
        upper = f" {'<' if above.lower_inclusive else '≤'} {show(above.lower)}"
    if band.lower is None:
        return f"x{upper}"
    if not upper:
        return f"x {'≥' if band.lower_inclusive else '>'} {show(band.lower)}"
    return f"{show(band.lower)} {'≤' if band.lower_inclusive else '<'} x{upper}"


def _conditions(scale: Scale, show: Callable[[Decimal], str]) -> Iterator[tuple[Band, str]]:
    """Each band of *scale*, highest first, with its condition."""
    above: Band | None = None
    for band in scale.bands:
        yield band, _condition(band, above, show)
        above = band


def _scale_repr(scale: Scale) -> str:
    return compact(
        "Scale",
        (f"{band.code} {condition}" for band, condition in _conditions(scale, plain)),
        (f"rounded half up to {scale.places} places",),
        subject=repr(scale.name),
    )


def _scale_html(scale: Scale) -> str:
    rounding = f"nilai dibulatkan ke {scale.places} desimal"
    source = f"; sumber: {scale.source}" if scale.source else ""
    return table(
        caption=f"{scale.name}{source}; {rounding}",
        columns=("Kode", "Kategori", "Rentang nilai"),
        rows=[(band.code, band.label, condition) for band, condition in _conditions(scale, figure)],
    )


# ----------------------------------------------------------------------------- built-in scales


def _bands(*rows: tuple[str, str, str | None, bool]) -> tuple[Band, ...]:
    return tuple(
        Band(code=code, label=label, lower=lower, lower_inclusive=inclusive)
        for code, label, lower, inclusive in rows
    )


#: LKj ordinal success scale (*skala ordinal pengukuran capaian kinerja*), as printed in BAB III of
#: the seed report (LKj Kecamatan Bantur 2020): "85 keatas Sangat berhasil; 70 ≤ x < 85 Berhasil;
#: 55 ≤ x < 70 Cukup berhasil; x < 55 Kurang berhasil". Attributed in practice to the LAN 2003
#: LAKIP guideline (unverified).
LKJ_ORDINAL = Scale(
    name="LKj ordinal success scale",
    bands=_bands(
        ("SB", "Sangat berhasil", "85", True),
        ("B", "Berhasil", "70", True),
        ("CB", "Cukup berhasil", "55", True),
        ("KB", "Kurang berhasil", None, True),
    ),
    places=2,
    source="LKj Kecamatan Bantur 2020, BAB III (LAN 2003 LAKIP guideline, in practice)",
)

#: Permendagri 86/2017 evaluation scale of achievement (*kriteria tingkat capaian kinerja*):
#: published as 91 ≤ x ST; 76–90 T; 66–75 S; 51–65 R; x ≤ 50 SR. The printed bounds leave gaps
#: (90 < x < 91); e-SAKIP implementations close them upward ("> 90 → ST"), so the lower bounds are
#: exclusive 90, 75, 65, 50 after rounding to 2 places [decision, following practice].
#: Values above 100 stay in the top band (Lampung 2015 prints 184,75 % as "Sangat Tinggi").
PERMENDAGRI_86_2017 = Scale(
    name="Permendagri 86/2017 evaluation scale",
    bands=_bands(
        ("ST", "Sangat Tinggi", "90", False),
        ("T", "Tinggi", "75", False),
        ("S", "Sedang", "65", False),
        ("R", "Rendah", "50", False),
        ("SR", "Sangat Rendah", None, True),
    ),
    places=2,
    source="Permendagri 86/2017, evaluation of RKPD results (bounds closed upward, as practice)",
)

#: IKM service quality (*mutu pelayanan*), PermenPANRB 14/2017, annex: converted IKM 88.31–100 A
#: Sangat Baik; 76.61–88.30 B Baik; 65.00–76.60 C Kurang Baik; 25.00–64.99 D Tidak Baik.
#: (On the NRR scale 1–4: 3.5324, 3.0644, 2.60; those bounds are documentation only, the grade is
#: decided on the converted value.)
IKM_2017 = Scale(
    name="IKM quality, PermenPANRB 14/2017",
    bands=_bands(
        ("A", "Sangat Baik", "88.31", True),
        ("B", "Baik", "76.61", True),
        ("C", "Kurang Baik", "65.00", True),
        ("D", "Tidak Baik", None, True),
    ),
    places=2,
    source="PermenPANRB 14/2017 on the SKM, annex (nilai interval konversi IKM)",
)

#: IKM service quality, KepMenPAN 25/2004 (14 elements): converted IKM 81.26–100 A Sangat Baik;
#: 62.51–81.25 B Baik; 43.76–62.50 C Kurang Baik; 25–43.75 D Tidak Baik.
IKM_2004 = Scale(
    name="IKM quality, KepMenPAN 25/2004",
    bands=_bands(
        ("A", "Sangat Baik", "81.26", True),
        ("B", "Baik", "62.51", True),
        ("C", "Kurang Baik", "43.76", True),
        ("D", "Tidak Baik", None, True),
    ),
    places=2,
    source="KepMenPAN 25/KEP/M.PAN/2/2004 on the IKM, annex",
)

#: AKIP grades (*predikat*) of the SAKIP evaluation, PermenPANRB 12/2015 and 88/2021:
#: AA > 90–100; A > 80–90; BB > 70–80; B > 60–70; CC > 50–60; C > 30–50; D 0–30.
AKIP = Scale(
    name="AKIP grades, PermenPANRB 12/2015 and 88/2021",
    bands=_bands(
        ("AA", "Sangat Memuaskan", "90", False),
        ("A", "Memuaskan", "80", False),
        ("BB", "Sangat Baik", "70", False),
        ("B", "Baik", "60", False),
        ("CC", "Cukup", "50", False),
        ("C", "Kurang", "30", False),
        ("D", "Sangat Kurang", None, True),
    ),
    places=2,
    source="PermenPANRB 12/2015 (SAKIP evaluation guideline) and PermenPANRB 88/2021",
)

#: Budget-efficiency ratio bands, Kepmendagri 690.900.327/1996 (realization / allocation × 100;
#: lower is more efficient): ≥ 100 tidak efisien; 90–100 kurang efisien; 80–90 cukup efisien;
#: 60–80 efisien; < 60 sangat efisien. The source does not state whether the bounds are inclusive;
#: lkjcalc takes them as inclusive lower bounds [decision].
BUDGET_EFFICIENCY_1996 = Scale(
    name="Budget efficiency, Kepmendagri 690.900.327/1996",
    bands=_bands(
        ("TE", "Tidak efisien", "100", True),
        ("KE", "Kurang efisien", "90", True),
        ("CE", "Cukup efisien", "80", True),
        ("E", "Efisien", "60", True),
        ("SE", "Sangat efisien", None, True),
    ),
    places=2,
    source="Kepmendagri 690.900.327/1996 on financial performance assessment",
)

#: Every built-in scale, by module-level name.
BUILTIN_SCALES: dict[str, Scale] = {
    "LKJ_ORDINAL": LKJ_ORDINAL,
    "PERMENDAGRI_86_2017": PERMENDAGRI_86_2017,
    "IKM_2017": IKM_2017,
    "IKM_2004": IKM_2004,
    "AKIP": AKIP,
    "BUDGET_EFFICIENCY_1996": BUDGET_EFFICIENCY_1996,
}
