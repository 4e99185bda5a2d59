"""The service elements of a satisfaction survey (*unsur pelayanan*) and the checks of their codes.

Internal to :mod:`lkjcalc.survey` (the public names are re-exported there).

Sources: PermenPANRB 14/2017, annex (the nine elements U1-U9); KepMenPAN 25/KEP/M.PAN/2/2004,
annex (the fourteen elements of the earlier method). domain.md §4.1.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from lkjcalc._validators import str_validator
from lkjcalc.errors import InvalidInputError, InvalidTypeError

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "ELEMENTS_2004",
    "ELEMENTS_2017",
    "Element",
    "check_codes",
    "check_elements",
    "codes_text",
    "to_elements",
]


@attrs.frozen(kw_only=True)
class Element:
    """A service element of the survey (*unsur pelayanan*), keyed by its code.

    Args:
        code: the code printed in survey tables (``"U1"``); surveys key elements by code, never
            by column position, because published orders differ (U8 and U9 swap places).
        name: the element's official name (``"Persyaratan"``); may be empty for an element of
            one's own.

    Examples:
        >>> Element(code="U1", name="Persyaratan")
        Element(code='U1', name='Persyaratan')
        >>> ELEMENTS_2017[7].name
        'Penanganan Pengaduan, Saran dan Masukan'
    """

    code: str = attrs.field(validator=str_validator())
    name: str = attrs.field(default="", validator=str_validator(allow_empty=True))


def _elements(*names: str) -> tuple[Element, ...]:
    return tuple(Element(code=f"U{i}", name=name) for i, name in enumerate(names, start=1))


#: The nine elements of PermenPANRB 14/2017 (annex, *unsur SKM*), in the regulation's order.
ELEMENTS_2017: tuple[Element, ...] = _elements(
    "Persyaratan",
    "Sistem, Mekanisme, dan Prosedur",
    "Waktu Penyelesaian",
    "Biaya/Tarif",
    "Produk Spesifikasi Jenis Pelayanan",
    "Kompetensi Pelaksana",
    "Perilaku Pelaksana",
    "Penanganan Pengaduan, Saran dan Masukan",
    "Sarana dan Prasarana",
)

#: The fourteen elements of KepMenPAN 25/KEP/M.PAN/2/2004 (annex, *unsur pelayanan*), in order.
ELEMENTS_2004: tuple[Element, ...] = _elements(
    "Prosedur pelayanan",
    "Persyaratan pelayanan",
    "Kejelasan petugas pelayanan",
    "Kedisiplinan petugas pelayanan",
    "Tanggung jawab petugas pelayanan",
    "Kemampuan petugas pelayanan",
    "Kecepatan pelayanan",
    "Keadilan mendapatkan pelayanan",
    "Kesopanan dan keramahan petugas",
    "Kewajaran biaya pelayanan",
    "Kepastian biaya pelayanan",
    "Kepastian jadwal pelayanan",
    "Kenyamanan lingkungan",
    "Keamanan pelayanan",
)


def to_elements(value: object) -> object:
    """A list becomes a tuple (an attrs converter); anything else is left for the validator."""
    return tuple(value) if isinstance(value, list) else value


def check_elements(elements: object, name: str = "elements") -> tuple[Element, ...]:
    """A non-empty tuple of :class:`Element` with unique codes (a list is accepted)."""
    if not isinstance(elements, (tuple, list)) or not elements:
        raise InvalidTypeError(
            field=name, value=elements, expected="a non-empty tuple of Element (ELEMENTS_2017)"
        )
    for i, element in enumerate(elements):
        if not isinstance(element, Element):
            raise InvalidTypeError(field=f"{name}[{i}]", value=element, expected="an Element")
    codes = [element.code for element in elements]
    repeated = sorted({code for code in codes if codes.count(code) > 1})
    if repeated:
        raise InvalidInputError(
            field=name, value=tuple(codes), expected=f"unique codes, repeated: {repeated}"
        )
    return tuple(elements)


def codes_text(elements: Sequence[Element]) -> str:
    codes = [element.code for element in elements]
    return ", ".join(codes) if len(codes) <= 4 else f"{codes[0]} … {codes[-1]}"  # noqa: PLR2004


def check_codes(columns: object, codes: tuple[str, ...], what: str = "columns") -> None:
    """Check that *columns* is a mapping (or a DataFrame) with exactly the element codes."""
    keys_method = getattr(columns, "keys", None)
    if isinstance(columns, (str, bytes)) or not callable(keys_method):
        raise InvalidTypeError(
            field=what,
            value=columns,
            expected="a mapping of element code to column (a dict or a pandas DataFrame)",
        )
    keys = list(keys_method())
    unknown = [key for key in keys if key not in codes]
    if unknown:
        raise InvalidInputError(
            field=what,
            value=unknown[0],
            expected=f"element codes only ({', '.join(codes)})",
            # Only a table of columns may hold others (a respondent's name, a date).
            detail="select the element columns first, e.g. df[[e.code for e in ELEMENTS_2017]]"
            if what == "columns"
            else None,
        )
    missing = [code for code in codes if code not in keys]
    if missing:
        raise InvalidInputError(
            field=what,
            value=missing[0],
            expected=f"an entry for every element ({', '.join(codes)})",
        )


# ----------------------------------------------------------------------------- the index
