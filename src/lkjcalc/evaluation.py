"""The AKIP evaluation worksheet (*Lembar Kerja Evaluasi*, LKE) of PermenPANRB 88/2021.

Every year each Inspektorat evaluates the performance accountability (*akuntabilitas kinerja
instansi pemerintah*, AKIP) of every OPD of its region, and KemenPANRB that of every ministry and
local government, on the evaluation worksheet of PermenPANRB 88/2021. The arithmetic is fixed; the
grades are the evaluator's judgement (domain.md §10):

- four components (*komponen*) weighing 100 in all: 1 *Perencanaan Kinerja* 30, 2 *Pengukuran
  Kinerja* 30, 3 *Pelaporan Kinerja* 15, 4 *Evaluasi Akuntabilitas Kinerja Internal* 25;
- each split into three sub-components (*sub-komponen*): a *keberadaan* (existence) 20 %, b
  *kualitas* (quality) 30 %, c *pemanfaatan* (use) 50 % of the component's weight, so 1.a 6, 1.b 9,
  1.c 15; 2.a 6, 2.b 9, 2.c 15; 3.a 3, 3.b 4,5, 3.c 7,5; 4.a 5, 4.b 7,5, 4.c 12,5;
- the evaluator grades each sub-component AA, A, BB, B, CC, C, D or E (:class:`LkeGrade`), worth
  100, 90, 80, 70, 60, 50, 30 or 0 percent of its weight; the criteria under a sub-component (about
  80 in all) are probes for that one grade, not scores of their own;
- sub-component score = value / 100 × weight; component score = the sum of its sub-components;
  total = the sum of the components. Every score is exact (with the 88/2021 weights a multiple of
  0,05) and never rounded;
- the predicate (*predikat*) is the AKIP scale :data:`lkjcalc.scales.AKIP` on the total, with
  exclusive lower bounds: 87,80 → A, exactly 90 → A, 100 → AA.

The worksheet is data (:class:`Worksheet`): institutions publish variants, and
:meth:`Worksheet.build` makes one as easily as the built-in :data:`LKE_2021`.

Sources verified (the annex of PermenPANRB 88/2021 itself could not be read; its opening pages,
Berita Negara 2021 No. 1569, name the regulation it replaces, PermenPANRB 12/2015):

- the criteria table of the Mahkamah Agung RI worksheet (*Tabel Kriteria Evaluasi AKIP MA RI*, the
  court worksheet under Keputusan Sekretaris MA 878/SEK/SK/VII/2022), as transcribed in the public
  t-SEMAR evaluation simulator (GitHub ``workspacericky-dot/t-SEMAR``, 2025): components 30, 30, 15,
  25; sub-components 6, 9, 15; 6, 9, 15; 3, 4,5, 7,5; 5, 7,5, 12,5; 80 criteria; grade values AA 100
  … E 0; predicate bands "> 90–100 AA" … "0–30 D"; and the grade guide (*Tabel Pengisian Nilai (A
  s.d. E)*) quoted in :class:`LkeGrade`;
- a Laravel e-SAKIP application's LKE controller (public GitHub, 2025): the same grade values and
  the same value × weight / 100 per sub-component, but ``>= 90`` for AA where the scale reads
  "> 90".
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from lkjcalc._display import FigureText, figure, table
from lkjcalc._numeric import (
    HUNDRED,
    ONE,
    ZERO,
    Count,
    Number,
    divide,
    multiply,
    sum_decimals,
    to_decimal,
    to_non_negative_count,
)
from lkjcalc._validators import instance_validator, str_validator
from lkjcalc.errors import InvalidInputError, InvalidTypeError, UndefinedResultError
from lkjcalc.scales import AKIP, Band

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "LKE_2021",
    "Component",
    "LkeGrade",
    "LkeResult",
    "Subcomponent",
    "Worksheet",
    "propose_lke_grade",
    "score_lke",
]

K = TypeVar("K")
V = TypeVar("V")


class _FrozenMap(Mapping[K, V]):
    """An immutable mapping kept in insertion order; hashable, comparable and picklable (internal).

    Used for every mapping lkjcalc's LKE objects expose: unlike :class:`types.MappingProxyType` it
    pickles, and unlike a ``dict`` nobody can change it after the fact.
    """

    __slots__ = ("_data",)

    def __init__(self, items: Iterable[tuple[K, V]] = ()) -> None:
        self._data: dict[K, V] = dict(items)

    def __getitem__(self, key: K) -> V:
        return self._data[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        return hash(frozenset(self._data.items()))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return self._data == dict(other.items())
        return NotImplemented

    def __repr__(self) -> str:
        return repr(self._data)

    def __reduce__(self) -> tuple[type[_FrozenMap[K, V]], tuple[tuple[tuple[K, V], ...]]]:
        return (type(self), (tuple(self._data.items()),))


# ----------------------------------------------------------------------------- grades


class LkeGrade(enum.Enum):
    """The evaluator's grade of one sub-component of the LKE (*nilai*: AA, A, BB, B, CC, C, D, E).

    A grade is worth a share of the sub-component's weight (:attr:`value_percent`): AA 100, A 90,
    BB 80, B 70, CC 60, C 50, D 30, E 0. The value string of a member is its name in lower case
    (``"aa"``), and anything that takes a grade accepts that string or the printed name in any case
    (``LkeGrade("BB")``, ``"bb"``).

    What the grades mean, in the words of the evaluator's guide (*Tabel Pengisian Nilai (A s.d. E)*
    of the Mahkamah Agung RI worksheet, see the module docstring):

    - **AA**: every criterion met, and for *keberadaan* kept up for at least the last five years;
      for *kualitas* and *pemanfaatan*, with innovative efforts fit to be a national model
      (*layak menjadi percontohan nasional*).
    - **A**: every criterion met, and for *keberadaan* kept up for at least the last year; for
      *kualitas* and *pemanfaatan*, with some efforts worth appreciating.
    - **BB**: every criterion met, as national policy requires (*sesuai mandat kebijakan
      nasional*).
    - **B**: most criteria met, more than 75 % up to 100 % (not yet all, as BB requires).
    - **CC**: more than 50 % up to 75 % met.
    - **C**: more than 25 % up to 50 % met.
    - **D**: more than 0 % up to 25 % met: some relevant effort.
    - **E**: nothing met, no relevant effort at all.

    :func:`propose_lke_grade` proposes B, CC, C, D or E from the share of criteria met; BB, A and
    AA need the evaluator's judgement and are never proposed.

    Examples:
        >>> LkeGrade("BB"), LkeGrade("cc").value_percent
        (<LkeGrade.BB: 'bb'>, Decimal('60'))
    """

    AA = "aa"
    A = "a"
    BB = "bb"
    B = "b"
    CC = "cc"
    C = "c"
    D = "d"
    E = "e"

    @classmethod
    def _missing_(cls, value: object) -> LkeGrade | None:
        """``LkeGrade("BB")``: a grade's printed name, in any case, is accepted as well."""
        if isinstance(value, str):
            wanted = value.strip().casefold()
            for member in cls:
                if member.value == wanted:
                    return member
        return None

    @property
    def value_percent(self) -> Decimal:
        """The grade's value in percent of the sub-component's weight (PermenPANRB 88/2021)."""
        return _VALUE_PERCENT[self]


_VALUE_PERCENT: dict[LkeGrade, Decimal] = {
    LkeGrade.AA: Decimal(100),
    LkeGrade.A: Decimal(90),
    LkeGrade.BB: Decimal(80),
    LkeGrade.B: Decimal(70),
    LkeGrade.CC: Decimal(60),
    LkeGrade.C: Decimal(50),
    LkeGrade.D: Decimal(30),
    LkeGrade.E: Decimal(0),
}

_GRADE_NAMES = ", ".join(grade.name for grade in LkeGrade)


def _to_grade(value: object, field: str) -> LkeGrade:
    """An :class:`LkeGrade`, or its name in any case (``"bb"``, ``"BB"``)."""
    if isinstance(value, LkeGrade):
        return value
    expected = f"an LkeGrade or one of {_GRADE_NAMES} (any case)"
    if not isinstance(value, str):
        raise InvalidTypeError(field=field, value=value, expected=expected)
    try:
        return LkeGrade(value)
    except ValueError:
        raise InvalidInputError(field=field, value=value, expected=expected) from None


# ----------------------------------------------------------------------------- the worksheet


def _plain(value: Decimal) -> Decimal:
    """A figure never in exponent form (``1E+1`` → ``10``) and never negative zero."""
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent > 0:
        value = value.quantize(ONE)
    return value.copy_abs() if value.is_zero() else value


def _to_weight(value: Number) -> Decimal:
    weight = _plain(to_decimal(value, "weight"))
    if weight <= ZERO:
        raise InvalidInputError(field="weight", value=value, expected="a weight > 0")
    return weight


def _to_maximum(value: Number) -> Decimal:
    maximum = _plain(to_decimal(value, "maximum"))
    if maximum <= ZERO:
        raise InvalidInputError(field="maximum", value=value, expected="a maximum > 0")
    return maximum


def _to_tuple(value: object) -> object:
    return tuple(value) if isinstance(value, list) else value


@attrs.frozen(kw_only=True)
class Subcomponent:
    """One sub-component (*sub-komponen*) of a worksheet: the unit the evaluator grades.

    Args:
        code: its code, unique in the worksheet (``"1.a"``).
        name: a short name (``"Keberadaan"``, ``"Kualitas"``, ``"Pemanfaatan"``).
        weight: its weight (*bobot*), the score of an AA grade, > 0 (``6``).
        description: the worksheet's statement of what is evaluated (may be empty).

    Examples:
        >>> Subcomponent(code="1.a", name="Keberadaan", weight=6)
        Subcomponent(code='1.a', name='Keberadaan', weight=Decimal('6'), description='')
    """

    code: str = attrs.field(validator=str_validator())
    name: str = attrs.field(validator=str_validator())
    weight: Decimal = attrs.field(converter=_to_weight)
    description: str = attrs.field(default="", validator=str_validator(allow_empty=True))


def _check_subcomponents(inst: Component, attr: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not value:
        raise InvalidTypeError(
            field="subcomponents", value=value, expected="a non-empty tuple of Subcomponent"
        )
    for i, sub in enumerate(value):
        if not isinstance(sub, Subcomponent):
            raise InvalidTypeError(
                field=f"subcomponents[{i}]", value=sub, expected="a Subcomponent"
            )
    total = sum_decimals([sub.weight for sub in value])
    if total != inst.weight:
        raise InvalidInputError(
            field="subcomponents",
            value=tuple(sub.code for sub in value),
            expected=f"sub-component weights that sum to the component's weight {inst.weight}",
            detail=f"they sum to {total}",
        )


@attrs.frozen(kw_only=True)
class Component:
    """One component (*komponen*) of a worksheet: its weight and its sub-components.

    Args:
        code: its code, unique in the worksheet (``"1"``).
        name: its name (``"Perencanaan Kinerja"``).
        weight: its weight (*bobot*), > 0; the weights of its sub-components must sum to it
            exactly (so that a perfect component scores its weight, never 30,0018).
        subcomponents: its sub-components, in order (a list is stored as a tuple).

    Raises:
        InvalidInputError: sub-component weights that do not sum to *weight*.

    Examples:
        >>> Component(
        ...     code="3",
        ...     name="Pelaporan Kinerja",
        ...     weight=15,
        ...     subcomponents=[Subcomponent(code="3.a", name="Keberadaan", weight=3)],
        ... )
        Traceback (most recent call last):
        ...
        lkjcalc.errors.InvalidInputError: subcomponents: got ('3.a',), expected sub-component ...
    """

    code: str = attrs.field(validator=str_validator())
    name: str = attrs.field(validator=str_validator())
    weight: Decimal = attrs.field(converter=_to_weight)
    subcomponents: tuple[Subcomponent, ...] = attrs.field(
        converter=_to_tuple, validator=_check_subcomponents
    )


def _to_grade_values(value: object) -> _FrozenMap[LkeGrade, Decimal]:
    if not isinstance(value, Mapping):
        raise InvalidTypeError(
            field="grade_values", value=value, expected="a mapping of LkeGrade → percent"
        )
    values: dict[LkeGrade, Decimal] = {}
    for key, percent in value.items():
        grade = _to_grade(key, f"grade_values[{key!r}]")
        values[grade] = _plain(to_decimal(percent, f"grade_values[{key!r}]"))
    missing = [grade.name for grade in LkeGrade if grade not in values]
    if missing:
        raise InvalidInputError(
            field="grade_values",
            value=value,
            expected=f"a value for every grade {_GRADE_NAMES}",
            detail=f"missing: {', '.join(missing)}",
        )
    return _FrozenMap((grade, values[grade]) for grade in LkeGrade)


def _check_grade_values(inst: Worksheet, attr: attrs.Attribute[Any], value: Any) -> None:  # noqa: ANN401
    shown = ", ".join(f"{grade.name} {percent}" for grade, percent in value.items())
    if any(not ZERO <= percent <= HUNDRED for percent in value.values()):
        raise InvalidInputError(
            field="grade_values", value=shown, expected="values from 0 to 100 percent"
        )
    percents = list(value.values())
    if any(higher < lower for higher, lower in itertools.pairwise(percents)):
        raise InvalidInputError(
            field="grade_values",
            value=shown,
            expected="values that never rise from AA down to E",
        )


def _check_components(inst: Worksheet, attr: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not value:
        raise InvalidTypeError(
            field="components", value=value, expected="a non-empty tuple of Component"
        )
    for i, component in enumerate(value):
        if not isinstance(component, Component):
            raise InvalidTypeError(
                field=f"components[{i}]", value=component, expected="a Component"
            )
    faults: list[str] = []
    for level, codes in (
        ("component", [c.code for c in value]),
        ("sub-component", [s.code for c in value for s in c.subcomponents]),
    ):
        repeated = sorted({code for code in codes if codes.count(code) > 1})
        if repeated:
            faults.append(f"{level} codes must be unique, repeated: {', '.join(repeated)}")
    total = sum_decimals([c.weight for c in value])
    if total != inst.maximum:
        faults.append(f"the component weights sum to {total}, not to the maximum {inst.maximum}")
    if faults:
        raise InvalidInputError(
            field="components",
            value=tuple(c.code for c in value),
            expected="components with unique codes whose weights sum to the worksheet's maximum",
            detail="; ".join(faults),
        )


@attrs.frozen(kw_only=True)
class Worksheet:
    """An evaluation worksheet (LKE): components, sub-components, weights and grade values.

    A worksheet is data, validated when it is built: the weights of each component's
    sub-components sum to the component's weight, the components' weights sum to :attr:`maximum`
    (100), codes are unique, and grade values lie in 0–100 and never rise from AA down to E. So
    every total lies in 0 … maximum, and a better grade never lowers it. :data:`LKE_2021` is the
    worksheet of PermenPANRB 88/2021; :meth:`build` makes a variant in one call.

    Args:
        name: a short name (``"LKE PermenPANRB 88/2021"``).
        components: the components, in order (a list is stored as a tuple).
        maximum: the sum of the component weights, the score of all AA (default 100).
        grade_values: grade → value in percent of a weight (default AA 100 … E 0, the values of
            PermenPANRB 88/2021); a mapping keyed by :class:`LkeGrade` or grade names.
        source: the regulation or document the worksheet comes from.

    Raises:
        InvalidInputError: weights that do not add up, repeated codes, grade values out of order
            (all the faults of the components in one message).

    Examples:
        >>> LKE_2021.codes[:3], LKE_2021.maximum
        (('1.a', '1.b', '1.c'), Decimal('100'))
        >>> [(c.code, c.weight) for c in LKE_2021.components]
        [('1', Decimal('30')), ('2', Decimal('30')), ('3', Decimal('15')), ('4', Decimal('25'))]
    """

    name: str = attrs.field(validator=str_validator())
    components: tuple[Component, ...] = attrs.field(
        converter=_to_tuple, validator=_check_components
    )
    maximum: Decimal = attrs.field(default=HUNDRED, converter=_to_maximum)
    grade_values: Mapping[LkeGrade, Decimal] = attrs.field(
        default=_VALUE_PERCENT, converter=_to_grade_values, validator=_check_grade_values
    )
    source: str = attrs.field(default="", validator=str_validator(allow_empty=True))

    @classmethod
    def build(
        cls,
        *,
        name: str,
        components: Mapping[str, tuple[str, Number]],
        split: Sequence[Number] = (20, 30, 50),
        subcomponent_names: Sequence[str] = ("Keberadaan", "Kualitas", "Pemanfaatan"),
        maximum: Number = 100,
        grade_values: Mapping[LkeGrade | str, Number] | None = None,
        source: str = "",
    ) -> Worksheet:
        """A worksheet whose every component splits the same way into sub-components.

        Sub-component *i* of component ``"1"`` gets the code ``"1.a"``, ``"1.b"``, … (letters in
        order), the name ``subcomponent_names[i]`` and the weight component weight × ``split[i]``
        / 100, exactly. A worksheet whose components split differently is built from
        :class:`Component` and :class:`Subcomponent` directly.

        Args:
            name: the worksheet's name.
            components: component code → (name, weight), in order.
            split: each sub-component's share of its component, in percent, summing to 100
                (default 20, 30, 50: *keberadaan*, *kualitas*, *pemanfaatan*).
            subcomponent_names: one name per share of *split*.
            maximum: the sum of the component weights (default 100).
            grade_values: grade → percent, or ``None`` for the values of PermenPANRB 88/2021.
            source: where the worksheet comes from.

        Raises:
            InvalidInputError: a *split* that does not sum to 100 or does not match
                *subcomponent_names*, or anything :class:`Worksheet` refuses.

        Examples:
            The 88/2021 worksheet, built the short way, scores as the built-in one:

            >>> mine = Worksheet.build(
            ...     name="LKE 2021 (own copy)",
            ...     components={
            ...         "1": ("Perencanaan Kinerja", 30),
            ...         "2": ("Pengukuran Kinerja", 30),
            ...         "3": ("Pelaporan Kinerja", 15),
            ...         "4": ("Evaluasi Akuntabilitas Kinerja Internal", 25),
            ...     },
            ... )
            >>> [(s.code, s.weight) for s in mine.components[2].subcomponents]
            [('3.a', Decimal('3')), ('3.b', Decimal('4.5')), ('3.c', Decimal('7.5'))]
            >>> grades = dict.fromkeys(mine.codes, "BB")
            >>> score_lke(grades, worksheet=mine).total == score_lke(grades).total
            True
        """
        shares = _to_split(split, subcomponent_names)
        if not isinstance(components, Mapping):
            raise InvalidTypeError(
                field="components", value=components, expected="a mapping code → (name, weight)"
            )
        built = []
        for code, given in components.items():
            entry: object = given
            if not isinstance(entry, tuple) or len(entry) != 2:  # noqa: PLR2004 - (name, weight)
                raise InvalidTypeError(
                    field=f"components[{code!r}]", value=entry, expected="a (name, weight) tuple"
                )
            component_name, raw_weight = entry
            weight = to_decimal(raw_weight, f"components[{code!r}]")
            subcomponents = [
                Subcomponent(
                    code=f"{code}.{chr(ord('a') + i)}",
                    name=sub_name,
                    weight=divide(multiply(weight, share), HUNDRED),
                )
                for i, (sub_name, share) in enumerate(zip(subcomponent_names, shares, strict=True))
            ]
            built.append(
                Component(
                    code=code, name=component_name, weight=weight, subcomponents=subcomponents
                )
            )
        return cls(
            name=name,
            components=tuple(built),
            maximum=maximum,
            grade_values=_VALUE_PERCENT if grade_values is None else grade_values,
            source=source,
        )

    @property
    def subcomponents(self) -> tuple[Subcomponent, ...]:
        """Every sub-component, component by component, in order."""
        return tuple(sub for component in self.components for sub in component.subcomponents)

    @property
    def codes(self) -> tuple[str, ...]:
        """The sub-component codes, in order: the keys :func:`score_lke` needs."""
        return tuple(sub.code for sub in self.subcomponents)

    def describe(self) -> str:
        """The worksheet as a small text table: code, name, weight.

        Examples:
            >>> print(LKE_2021.describe())  # doctest: +ELLIPSIS
            1    Perencanaan Kinerja                      30
            1.a    Keberadaan                             6
            1.b    Kualitas                               9
            1.c    Pemanfaatan                            15
            2    Pengukuran Kinerja                       30
            ...
            4.c    Pemanfaatan                            12.5
                 total                                    100
        """
        rows = [("", "total", self.maximum)]
        for component in reversed(self.components):
            subs = [(s.code, f"  {s.name}", s.weight) for s in component.subcomponents]
            rows[:0] = [(component.code, component.name, component.weight), *subs]
        width_code = max(len(code) for code, _, _ in rows)
        width_name = max(len(name) for _, name, _ in rows)
        return "\n".join(
            f"{code:<{width_code}}  {name:<{width_name}}  {weight}" for code, name, weight in rows
        )


def _to_split(split: object, names: object) -> tuple[Decimal, ...]:
    """The shares of :meth:`Worksheet.build`, checked against the sub-component names."""
    if isinstance(split, (str, bytes)) or not isinstance(split, Iterable):
        raise InvalidTypeError(field="split", value=split, expected="a sequence of percents")
    shares = tuple(to_decimal(share, f"split[{i}]") for i, share in enumerate(split))
    total = sum_decimals(shares)
    if total != HUNDRED:
        raise InvalidInputError(
            field="split", value=split, expected="shares that sum to 100 percent"
        )
    if isinstance(names, str) or not isinstance(names, Iterable):
        raise InvalidTypeError(
            field="subcomponent_names", value=names, expected="a sequence of names"
        )
    if len(tuple(names)) != len(shares):
        raise InvalidInputError(
            field="subcomponent_names",
            value=names,
            expected=f"one name per share of split ({len(shares)})",
        )
    return shares


# ----------------------------------------------------------------------------- LKE 2021

#: What each sub-component of the 88/2021 worksheet evaluates, as the Mahkamah Agung RI worksheet
#: words it (capitalisation normalised).
_STATEMENTS_2021 = {
    "1.a": "Dokumen perencanaan kinerja telah tersedia",
    "1.b": (
        "Dokumen perencanaan kinerja telah memenuhi standar yang baik, yaitu untuk mencapai hasil "
        "dengan ukuran kinerja yang SMART, menggunakan penyelarasan (cascading) di setiap level "
        "secara logis, serta memperhatikan kinerja bidang lain (crosscutting)"
    ),
    "1.c": "Perencanaan kinerja telah dimanfaatkan untuk mewujudkan hasil yang berkesinambungan",
    "2.a": "Pengukuran kinerja telah dilakukan",
    "2.b": (
        "Pengukuran kinerja telah menjadi kebutuhan dalam mewujudkan kinerja secara efektif dan "
        "efisien dan telah dilakukan secara berjenjang dan berkelanjutan"
    ),
    "2.c": (
        "Pengukuran kinerja telah dijadikan dasar dalam pemberian reward dan punishment, serta "
        "penyesuaian strategi dalam mencapai kinerja yang efektif dan efisien"
    ),
    "3.a": "Terdapat dokumen laporan yang menggambarkan kinerja",
    "3.b": (
        "Dokumen laporan kinerja telah memenuhi standar yang menggambarkan kualitas atas "
        "pencapaian kinerja, informasi keberhasilan/kegagalan kinerja serta upaya "
        "perbaikan/penyempurnaannya"
    ),
    "3.c": (
        "Pelaporan kinerja telah memberikan dampak yang besar dalam penyesuaian "
        "strategi/kebijakan dalam mencapai kinerja berikutnya"
    ),
    "4.a": "Evaluasi akuntabilitas kinerja internal telah dilaksanakan",
    "4.b": (
        "Evaluasi akuntabilitas kinerja internal telah dilaksanakan secara berkualitas dengan "
        "sumber daya yang memadai"
    ),
    "4.c": (
        "Implementasi SAKIP telah meningkat karena evaluasi akuntabilitas kinerja internal "
        "sehingga memberikan kesan yang nyata (dampak) dalam efektivitas dan efisiensi kinerja"
    ),
}

#: Component code, name, weight, and the weights of its sub-components a, b, c.
_COMPONENTS_2021 = (
    ("1", "Perencanaan Kinerja", "30", ("6", "9", "15")),
    ("2", "Pengukuran Kinerja", "30", ("6", "9", "15")),
    ("3", "Pelaporan Kinerja", "15", ("3", "4.5", "7.5")),
    ("4", "Evaluasi Akuntabilitas Kinerja Internal", "25", ("5", "7.5", "12.5")),
)
_ASPECTS = (("a", "Keberadaan"), ("b", "Kualitas"), ("c", "Pemanfaatan"))

#: The evaluation worksheet of PermenPANRB 88/2021: twelve sub-components "1.a" … "4.c".
#: Weights and statements as in the Mahkamah Agung RI worksheet (Keputusan Sekretaris MA
#: 878/SEK/SK/VII/2022), which applies the regulation's annex; see the module docstring.
LKE_2021 = Worksheet(
    name="LKE PermenPANRB 88/2021",
    components=tuple(
        Component(
            code=code,
            name=name,
            weight=Decimal(weight),
            subcomponents=tuple(
                Subcomponent(
                    code=f"{code}.{letter}",
                    name=aspect,
                    weight=Decimal(sub_weight),
                    description=_STATEMENTS_2021[f"{code}.{letter}"],
                )
                for (letter, aspect), sub_weight in zip(_ASPECTS, sub_weights, strict=True)
            ),
        )
        for code, name, weight, sub_weights in _COMPONENTS_2021
    ),
    source="PermenPANRB 88/2021 on the evaluation of AKIP, annex (LKE), as applied in the "
    "Mahkamah Agung RI worksheet (SK Sekretaris MA 878/SEK/SK/VII/2022) and e-SAKIP applications",
)


# ----------------------------------------------------------------------------- scoring


def _to_grades(value: object) -> _FrozenMap[str, LkeGrade]:
    """Sub-component code → :class:`LkeGrade`, from any mapping (a pandas Series too)."""
    items = getattr(value, "items", None)
    if isinstance(value, (str, bytes)) or not callable(items):
        raise InvalidTypeError(
            field="grades", value=value, expected="a mapping of sub-component code → grade"
        )
    grades: dict[str, LkeGrade] = {}
    for code, grade in items():
        if not isinstance(code, str):
            raise InvalidTypeError(
                field=f"grades[{code!r}]", value=code, expected="a sub-component code (str)"
            )
        grades[code] = _to_grade(grade, f"grades[{code!r}]")
    return _FrozenMap(grades.items())


def _check_grades(inst: LkeResult, attr: attrs.Attribute[Any], value: Any) -> None:  # noqa: ANN401
    codes = inst.worksheet.codes
    listed = f"the sub-component codes of {inst.worksheet.name}: {', '.join(codes)}"
    for code in value:
        if code not in codes:
            raise InvalidInputError(field=f"grades[{code!r}]", value=code, expected=listed)
    missing = [code for code in codes if code not in value]
    if missing:
        raise InvalidInputError(
            f"grades: no grade for {', '.join(missing)}; every sub-component needs one "
            f"({', '.join(codes)})",
            field="grades",
            value=tuple(missing),
            expected=f"a grade for each of {listed}",
        )


@attrs.frozen(kw_only=True)
class LkeResult:
    """The scores of one evaluation on a worksheet, exact, with the predicate of the total.

    Built by :func:`score_lke`. Every figure is derived from :attr:`worksheet` and :attr:`grades`
    and is exact, never rounded; the mappings are immutable, compare equal to a ``dict`` with the
    same items, and pickle.

    Attributes:
        worksheet: the :class:`Worksheet` scored on.
        grades: sub-component code → :class:`LkeGrade`, as given.
        subcomponents: code → grade value / 100 × weight.
        components: component code → the sum of its sub-components.
        total: the sum of the components (0 … :attr:`maximum`).
        band: the predicate, the :data:`lkjcalc.scales.AKIP` band of the total.
        maximum: the worksheet's maximum (100): what the total is out of.
        weights, subcomponent_weights: component / sub-component code → weight, the maximum of
            each score (what a printed score is checked against).

    Examples:
        >>> result = score_lke(dict.fromkeys(LKE_2021.codes, "A"))
        >>> result
        <LkeResult LKE PermenPANRB 88/2021: total 90.00 (A Memuaskan); 1 27.00, 2 27.00, 3 13.50, 4 22.50>
    """  # noqa: E501

    worksheet: Worksheet = attrs.field(default=LKE_2021, validator=instance_validator(Worksheet))
    grades: Mapping[str, LkeGrade] = attrs.field(converter=_to_grades, validator=_check_grades)

    @property
    def subcomponents(self) -> Mapping[str, Decimal]:
        """Sub-component code → score: grade value / 100 × weight, exact."""
        values = self.worksheet.grade_values
        return _FrozenMap(
            (
                sub.code,
                _plain(divide(multiply(values[self.grades[sub.code]], sub.weight), HUNDRED)),
            )
            for sub in self.worksheet.subcomponents
        )

    @property
    def components(self) -> Mapping[str, Decimal]:
        """Component code → score: the sum of its sub-components' scores, exact."""
        scores = self.subcomponents
        return _FrozenMap(
            (c.code, _plain(sum_decimals([scores[s.code] for s in c.subcomponents])))
            for c in self.worksheet.components
        )

    @property
    def total(self) -> Decimal:
        """The total score: the sum of the components, exact."""
        return _plain(sum_decimals(list(self.components.values())))

    @property
    def band(self) -> Band:
        """The predicate (*predikat*): the AKIP band of the total (exclusive lower bounds)."""
        return AKIP.classify(self.total)

    @property
    def maximum(self) -> Decimal:
        """The worksheet's maximum total (100 for :data:`LKE_2021`)."""
        return self.worksheet.maximum

    @property
    def weights(self) -> Mapping[str, Decimal]:
        """Component code → weight: the largest score each component can have."""
        return _FrozenMap((c.code, c.weight) for c in self.worksheet.components)

    @property
    def subcomponent_weights(self) -> Mapping[str, Decimal]:
        """Sub-component code → weight: the largest score each sub-component can have."""
        return _FrozenMap((s.code, s.weight) for s in self.worksheet.subcomponents)

    def __repr__(self) -> str:
        components = ", ".join(f"{code} {_fixed(v)}" for code, v in self.components.items())
        band = self.band
        return (
            f"<LkeResult {self.worksheet.name}: total {_fixed(self.total)} "
            f"({band.code} {band.label}); {components}>"
        )

    def _repr_html_(self) -> str:
        """The worksheet's score table for notebooks, in Indonesian."""
        return _result_html(self)


def score_lke(
    grades: Mapping[str, LkeGrade | str], *, worksheet: Worksheet = LKE_2021
) -> LkeResult:
    """The scores and predicate of an AKIP evaluation (*nilai* and *predikat* of the LKE).

    Args:
        grades: sub-component code → grade, one for every sub-component of *worksheet* (twelve,
            ``"1.a"`` … ``"4.c"``, for :data:`LKE_2021`); a grade is an :class:`LkeGrade` or its
            name in any case (``"BB"``, ``"bb"``). A pandas Series works as such a mapping.
        worksheet: the worksheet (default :data:`LKE_2021`, PermenPANRB 88/2021).

    Returns:
        An :class:`LkeResult`: the exact sub-component, component and total scores and the
        predicate on :data:`lkjcalc.scales.AKIP`.

    Raises:
        InvalidInputError: an unknown code or grade (the error names it and lists what is
            expected), or a sub-component without a grade.

    Notes:
        For each sub-component *s* of component *k*: ``score(s) = value(grade(s)) / 100 ×
        weight(s)``; ``score(k) = Σ score(s)``; ``total = Σ score(k)``; the predicate is the AKIP
        band of the total, whose lower bounds are exclusive ("> 90 – 100 AA"): exactly 90 is A.
        Nothing is rounded: with the 88/2021 weights every score is a multiple of 0,05.

    References:
        PermenPANRB 88/2021 on the evaluation of AKIP, annex (LKE); the Mahkamah Agung RI
        worksheet (SK Sekretaris MA 878/SEK/SK/VII/2022); domain.md §10.

    Examples:
        A published court worksheet (domain.md §10):

        >>> grades = {
        ...     "1.a": "A",
        ...     "1.b": "BB",
        ...     "1.c": "BB",
        ...     "2.a": "BB",
        ...     "2.b": "BB",
        ...     "2.c": "A",
        ...     "3.a": "BB",
        ...     "3.b": "A",
        ...     "3.c": "AA",
        ...     "4.a": "A",
        ...     "4.b": "A",
        ...     "4.c": "AA",
        ... }
        >>> result = score_lke(grades)
        >>> result.subcomponents["1.a"], result.components["1"], result.total
        (Decimal('5.4'), Decimal('24.6'), Decimal('87.80'))
        >>> result.band.code, result.band.label
        ('A', 'Memuaskan')
        >>> score_lke({**grades, "1.d": "A"})
        Traceback (most recent call last):
        ...
        lkjcalc.errors.InvalidInputError: grades['1.d']: got '1.d', expected the sub-component codes of LKE PermenPANRB 88/2021: 1.a, 1.b, ...
    """  # noqa: E501
    return LkeResult(worksheet=worksheet, grades=grades)


def propose_lke_grade(met: Count, total: Count) -> LkeGrade:
    """The grade the evaluator's guide proposes for a share of criteria met: B, CC, C, D or E.

    Args:
        met: criteria of the sub-component that are met, a whole number from 0 to *total*.
        total: criteria of the sub-component, a whole number > 0.

    Returns:
        B if more than 75 % up to 100 % are met; CC more than 50 % up to 75 %; C more than 25 %
        up to 50 %; D more than 0 % up to 25 %; E if none is. BB ("all met as national policy
        requires"), A and AA (sustained practice, innovation fit to be a model) need the
        evaluator's judgement and are never proposed: a proposal is a starting point, see
        :class:`LkeGrade`.

    Raises:
        InvalidInputError: a count that is not a whole number >= 0, or *met* above *total*.
        UndefinedResultError: *total* is 0 (a share of no criteria has no value).

    Notes:
        The bounds are compared exactly, without division: ``4 × met > 3 × total`` → B,
        ``2 × met > total`` → CC, ``4 × met > total`` → C, ``met > 0`` → D, else E.

    Examples:
        >>> propose_lke_grade(6, 8), propose_lke_grade(7, 8), propose_lke_grade(8, 8)
        (<LkeGrade.CC: 'cc'>, <LkeGrade.B: 'b'>, <LkeGrade.B: 'b'>)
        >>> propose_lke_grade(0, 7)
        <LkeGrade.E: 'e'>
    """
    part = to_non_negative_count(met, "met")
    whole = to_non_negative_count(total, "total")
    if part > whole:
        raise InvalidInputError(
            field="met", value=met, expected=f"at most the number of criteria ({whole})"
        )
    if whole == 0:
        raise UndefinedResultError(
            "the share of criteria met is undefined: there are no criteria",
            field="total",
            value=total,
        )
    if 4 * part > 3 * whole:  # > 75 % – 100 %
        return LkeGrade.B
    if 2 * part > whole:  # > 50 % – 75 %
        return LkeGrade.CC
    if 4 * part > whole:  # > 25 % – 50 %
        return LkeGrade.C
    if part > 0:  # > 0 % – 25 %
        return LkeGrade.D
    return LkeGrade.E


# ----------------------------------------------------------------------------- display


def _fixed(value: Decimal) -> str:
    """An exact figure with at least two decimals (never rounded: 87.8 → 87.80, 4.125 stays)."""
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent > -2:  # noqa: PLR2004 - two decimals
        value = value.quantize(Decimal("0.01"))
    return str(value)


def _score(value: Decimal) -> FigureText:
    """A score for a table: Indonesian notation, exact, at least two decimals (87,80)."""
    exponent = value.as_tuple().exponent
    decimals = -exponent if isinstance(exponent, int) else 0
    return figure(value, max(2, decimals))


def _result_html(result: LkeResult) -> str:
    """The score table: each sub-component, each component's sum, and the total with its band."""
    subs, comps = result.subcomponents, result.components
    rows: list[tuple[object, ...]] = []
    for component in result.worksheet.components:
        label = f"{component.code} {component.name}"
        rows.extend(
            (
                label,
                f"{sub.code} {sub.name}",
                figure(sub.weight),
                _score(subs[sub.code]),
                result.grades[sub.code].name,
            )
            for sub in component.subcomponents
        )
        rows.append((label, "Jumlah", figure(component.weight), _score(comps[component.code]), ""))
    band = result.band
    return table(
        caption=f"LKE: {result.worksheet.name}",
        columns=("Komponen", "Sub-komponen", "Bobot", "Nilai", "Predikat"),
        rows=rows,
        footer=[
            (
                "Nilai akhir",
                (figure(result.maximum), _score(result.total), f"{band.code} ({band.label})"),
            )
        ],
    )
