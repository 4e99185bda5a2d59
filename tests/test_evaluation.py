"""The AKIP evaluation worksheet (LKE, PermenPANRB 88/2021): scores, predicate, grades, variants."""

from __future__ import annotations

import pickle
from decimal import Decimal
from fractions import Fraction

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import lkjcalc
from lkjcalc import (
    LKE_2021,
    Component,
    InvalidInputError,
    InvalidTypeError,
    LkeGrade,
    LkeResult,
    Subcomponent,
    UndefinedResultError,
    Worksheet,
    propose_lke_grade,
    score_lke,
)
from lkjcalc.evaluation import _FrozenMap

CODES = LKE_2021.codes
ORDER = list(LkeGrade)  # best first

#: The published court worksheet of domain.md §10 (its sub-component grades and printed scores).
COURT_GRADES = {
    "1.a": "A", "1.b": "BB", "1.c": "BB",
    "2.a": "BB", "2.b": "BB", "2.c": "A",
    "3.a": "BB", "3.b": "A", "3.c": "AA",
    "4.a": "A", "4.b": "A", "4.c": "AA",
}  # fmt: skip
COURT_SUBCOMPONENTS = {
    "1.a": "5.4", "1.b": "7.2", "1.c": "12",
    "2.a": "4.8", "2.b": "7.2", "2.c": "13.5",
    "3.a": "2.4", "3.b": "4.05", "3.c": "7.5",
    "4.a": "4.5", "4.b": "6.75", "4.c": "12.5",
}  # fmt: skip
COURT_COMPONENTS = {"1": "24.60", "2": "25.50", "3": "13.95", "4": "23.75"}

OWN_2021 = Worksheet.build(
    name="LKE 2021, own copy",
    components={
        "1": ("Perencanaan Kinerja", 30),
        "2": ("Pengukuran Kinerja", 30),
        "3": ("Pelaporan Kinerja", 15),
        "4": ("Evaluasi Akuntabilitas Kinerja Internal", 25),
    },
)

_ONE = {"1": ("x", 100)}

grades_2021 = st.fixed_dictionaries({code: st.sampled_from(LkeGrade) for code in CODES})

_R = "<td style='text-align:right'>"  # a figure's cell in a notebook table


def _all(grade: str) -> dict[str, str]:
    return dict.fromkeys(CODES, grade)


# ----------------------------------------------------------------------------- the worksheet


def test_lke_2021_structure() -> None:
    # PermenPANRB 88/2021 as the Mahkamah Agung RI worksheet applies it (t-SEMAR transcription).
    assert [(c.code, c.name, c.weight) for c in LKE_2021.components] == [
        ("1", "Perencanaan Kinerja", 30),
        ("2", "Pengukuran Kinerja", 30),
        ("3", "Pelaporan Kinerja", 15),
        ("4", "Evaluasi Akuntabilitas Kinerja Internal", 25),
    ]
    weights = [str(s.weight) for s in LKE_2021.subcomponents]
    assert weights == ["6", "9", "15", "6", "9", "15", "3", "4.5", "7.5", "5", "7.5", "12.5"]
    assert tuple(f"{k}.{x}" for k in "1234" for x in "abc") == CODES
    assert [s.name for s in LKE_2021.components[0].subcomponents] == [
        "Keberadaan",
        "Kualitas",
        "Pemanfaatan",
    ]
    assert all(s.description for s in LKE_2021.subcomponents)
    assert LKE_2021.maximum == 100
    assert "88/2021" in LKE_2021.source
    assert LKE_2021.name == "LKE PermenPANRB 88/2021"


def test_grade_values() -> None:
    expected = ["100", "90", "80", "70", "60", "50", "30", "0"]
    assert [str(grade.value_percent) for grade in LkeGrade] == expected
    assert [str(v) for v in LKE_2021.grade_values.values()] == expected
    assert [grade.value for grade in LkeGrade] == ["aa", "a", "bb", "b", "cc", "c", "d", "e"]


@pytest.mark.parametrize("text", ["BB", "bb", "Bb", " bb "])
def test_grade_names_in_any_case(text: str) -> None:
    assert LkeGrade(text) is LkeGrade.BB


def test_grade_refuses_other_values() -> None:
    with pytest.raises(ValueError, match="'AAA'"):
        LkeGrade("AAA")
    with pytest.raises(ValueError, match="80"):
        LkeGrade(80)


def test_worksheet_build_equals_lke_2021_but_for_statements() -> None:
    assert [(c.code, c.name, c.weight) for c in OWN_2021.components] == [
        (c.code, c.name, c.weight) for c in LKE_2021.components
    ]
    assert [(s.code, s.name, s.weight) for s in OWN_2021.subcomponents] == [
        (s.code, s.name, s.weight) for s in LKE_2021.subcomponents
    ]
    assert OWN_2021.grade_values == LKE_2021.grade_values
    assert OWN_2021.maximum == 100
    assert OWN_2021.source == ""


def test_worksheet_build_options() -> None:
    sheet = Worksheet.build(
        name="Two-part variant",
        components={"A": ("Rencana", "60"), "B": ("Laporan", 40)},
        split=(40, 60),
        subcomponent_names=("Ada", "Mutu"),
        maximum=100,
        grade_values={"aa": 100, "a": 95, "bb": 80, "b": 70, "cc": 60, "c": 50, "d": 25, "e": 0},
        source="internal",
    )
    assert [(s.code, s.name, str(s.weight)) for s in sheet.subcomponents] == [
        ("A.a", "Ada", "24"),
        ("A.b", "Mutu", "36"),
        ("B.a", "Ada", "16"),
        ("B.b", "Mutu", "24"),
    ]
    assert sheet.grade_values[LkeGrade.A] == 95
    assert sheet.source == "internal"
    result = score_lke({"A.a": "a", "A.b": "aa", "B.a": "d", "B.b": "e"}, worksheet=sheet)
    assert result.total == Decimal("22.8") + 36 + 4  # 24 × 0.95 + 36 + 16 × 0.25 + 0


def test_worksheet_with_another_maximum() -> None:
    sheet = Worksheet.build(
        name="Out of 10", components={"1": ("Satu", 4), "2": ("Dua", 6)}, maximum=10
    )
    result = score_lke(dict.fromkeys(sheet.codes, "AA"), worksheet=sheet)
    assert result.total == result.maximum == 10
    with pytest.raises(InvalidInputError, match="sum to 10, not to the maximum 100"):
        Worksheet.build(name="x", components={"1": ("Satu", 4), "2": ("Dua", 6)})


def test_rounded_criterion_weights_are_refused() -> None:
    # The pitfall of published tools: 7 criteria at 14,29 % each make 100,03 %, so a perfect
    # planning component scores 30,0018. A worksheet whose weights do not add up is refused.
    with pytest.raises(InvalidInputError, match="sum to the component's weight 30") as info:
        Component(
            code="1",
            name="Perencanaan Kinerja",
            weight=30,
            subcomponents=[
                Subcomponent(code=f"1.{i}", name=f"Kriteria {i}", weight="4.287")
                for i in range(1, 8)
            ],
        )
    assert "they sum to 30.009" in str(info.value)


def test_weights_are_plain_decimals() -> None:
    sub = Subcomponent(code="1.a", name="Keberadaan", weight=Decimal("1E+1"))
    assert str(sub.weight) == "10"
    assert str(Worksheet.build(name="x", components={"1": ("Satu", 100)}).maximum) == "100"
    sheet = Worksheet.build(
        name="x", components={"1": ("Satu", Decimal("1E1"))}, maximum=Decimal("1E1")
    )
    assert str(sheet.maximum) == "10"


@pytest.mark.parametrize("weight", [0, -1, "0.0"])
def test_weights_must_be_positive(weight: object) -> None:
    with pytest.raises(InvalidInputError, match=r"weight: got .*, expected a weight > 0"):
        Subcomponent(code="1.a", name="Keberadaan", weight=weight)  # type: ignore[arg-type]


@pytest.mark.parametrize("maximum", [0, -100])
def test_maximum_must_be_positive(maximum: int) -> None:
    with pytest.raises(InvalidInputError, match=r"maximum: got .*, expected a maximum > 0"):
        Worksheet(name="x", components=LKE_2021.components, maximum=maximum)


def test_repeated_codes_are_refused_all_at_once() -> None:
    one = LKE_2021.components[0]
    with pytest.raises(InvalidInputError) as info:
        Worksheet(name="x", components=[one, one])
    message = str(info.value)
    assert "component codes must be unique, repeated: 1;" in message
    assert "sub-component codes must be unique, repeated: 1.a, 1.b, 1.c;" in message
    assert "the component weights sum to 60, not to the maximum 100" in message


@pytest.mark.parametrize(
    ("components", "field"),
    [
        ((), "components"),
        ("1", "components"),
        ((LKE_2021.components[0], "2"), "components[1]"),
    ],
)
def test_components_must_be_components(components: object, field: str) -> None:
    with pytest.raises(InvalidTypeError) as info:
        Worksheet(name="x", components=components)  # type: ignore[arg-type]
    assert info.value.field == field


@pytest.mark.parametrize(
    ("subcomponents", "field"),
    [((), "subcomponents"), ([1], "subcomponents[0]"), ("1.a", "subcomponents")],
)
def test_subcomponents_must_be_subcomponents(subcomponents: object, field: str) -> None:
    with pytest.raises(InvalidTypeError) as info:
        Component(code="1", name="x", weight=1, subcomponents=subcomponents)  # type: ignore[arg-type]
    assert info.value.field == field


def test_grade_values_are_validated() -> None:
    def values(**changes: object) -> dict[str, object]:
        return {**{g.name: g.value_percent for g in LkeGrade}, **changes}

    build = LKE_2021.components
    with pytest.raises(InvalidInputError, match="missing: E"):
        Worksheet(name="x", components=build, grade_values=dict.fromkeys(ORDER[:-1], 1))
    with pytest.raises(InvalidInputError, match="values from 0 to 100 percent"):
        Worksheet(name="x", components=build, grade_values=values(AA=101))
    with pytest.raises(InvalidInputError, match="values from 0 to 100 percent"):
        Worksheet(name="x", components=build, grade_values=values(E=-1))
    with pytest.raises(InvalidInputError, match="never rise from AA down to E") as info:
        Worksheet(name="x", components=build, grade_values=values(D=55))
    assert "C 50, D 55" in str(info.value)
    with pytest.raises(InvalidInputError, match=r"grade_values\['X'\]: got 'X'"):
        Worksheet(name="x", components=build, grade_values=values(X=1))
    with pytest.raises(InvalidTypeError, match="grade_values: got 5"):
        Worksheet(name="x", components=build, grade_values=5)  # type: ignore[arg-type]
    # Equal neighbouring values are allowed (a variant may merge two grades), and -0 is 0.
    sheet = Worksheet(name="x", components=build, grade_values=values(D=50, E="-0.0"))
    assert str(sheet.grade_values[LkeGrade.E]) == "0.0"
    assert sheet.grade_values[LkeGrade.D] == sheet.grade_values[LkeGrade.C]


@pytest.mark.parametrize(
    ("kwargs", "field", "message"),
    [
        ({"split": (20, 30, 40)}, "split", "shares that sum to 100 percent"),
        ({"split": "235"}, "split", "a sequence of percents"),
        ({"split": 100}, "split", "a sequence of percents"),
        ({"split": (50, 50)}, "subcomponent_names", r"one name per share of split \(2\)"),
        ({"subcomponent_names": "abc"}, "subcomponent_names", "a sequence of names"),
        ({"components": [("1", "x", 100)]}, "components", r"a mapping code → \(name, weight\)"),
        ({"components": {"1": "x"}}, "components['1']", r"a \(name, weight\) tuple"),
        ({"components": {"1": ("x", 1, 2)}}, "components['1']", r"a \(name, weight\) tuple"),
        ({"components": {"1": ("x", "1,5")}}, "components['1']", "a plain decimal string"),
    ],
)
def test_build_errors(kwargs: dict[str, object], field: str, message: str) -> None:
    arguments: dict[str, object] = {"name": "x", "components": {"1": ("Satu", 100)}, **kwargs}
    with pytest.raises(InvalidInputError, match=message) as info:
        Worksheet.build(**arguments)  # type: ignore[arg-type]
    assert info.value.field == field


def test_describe() -> None:
    lines = LKE_2021.describe().splitlines()
    assert lines[0] == "1    Perencanaan Kinerja                      30"
    assert lines[1] == "1.a    Keberadaan                             6"
    assert lines[-1] == "     total                                    100"
    assert len(lines) == 4 + 12 + 1


# ----------------------------------------------------------------------------- scoring


def test_court_worksheet_example() -> None:
    # A published court (pengadilan) worksheet, domain.md §10: 24,60 + 25,50 + 13,95 + 23,75.
    result = score_lke(COURT_GRADES)
    assert result.subcomponents == {k: Decimal(v) for k, v in COURT_SUBCOMPONENTS.items()}
    assert result.components == {k: Decimal(v) for k, v in COURT_COMPONENTS.items()}
    assert result.total == Decimal("87.80")
    assert str(result.total) == "87.80"
    assert (result.band.code, result.band.label) == ("A", "Memuaskan")
    assert list(result.subcomponents) == list(CODES)
    assert list(result.components) == ["1", "2", "3", "4"]
    assert result.grades == {k: LkeGrade(v) for k, v in COURT_GRADES.items()}


def test_all_aa_is_100_and_aa() -> None:
    result = score_lke(_all("AA"))
    assert result.total == 100
    assert str(result.total) == "100.0"  # exact; a trailing zero carries no meaning
    assert result.band.code == "AA"
    assert result.components == {"1": 30, "2": 30, "3": 15, "4": 25}
    assert result.components == result.weights
    assert result.subcomponents == result.subcomponent_weights


def test_all_e_is_0_and_d() -> None:
    result = score_lke(_all("E"))
    assert result.total == 0
    assert not str(result.total).startswith("-")
    assert result.band.code == "D"


def test_exactly_90_is_a_not_aa() -> None:
    # The AKIP bounds are exclusive ("> 90 – 100 AA"); e-SAKIP code that tests ">= 90" says AA.
    result = score_lke(_all("A"))
    assert result.total == 90
    assert result.band.code == "A"
    # 90,05 is AA: 1.a AA (6) and the rest A.
    above = score_lke({**_all("A"), "1.a": "AA"})
    assert above.total == Decimal("90.60")
    assert above.band.code == "AA"


@pytest.mark.parametrize(
    ("grades", "total", "band"),
    [
        ({**_all("BB")}, "80", "BB"),  # exactly 80: BB, not A
        ({**_all("BB"), "3.a": "A"}, "80.30", "A"),
        ({**_all("CC")}, "60", "CC"),  # exactly 60: CC, not B
        ({**_all("C")}, "50", "C"),  # exactly 50: C, not CC
        ({**_all("D")}, "30", "D"),  # exactly 30: D, not C
    ],
)
def test_exclusive_bounds(grades: dict[str, str], total: str, band: str) -> None:
    result = score_lke(grades)
    assert result.total == Decimal(total)
    assert result.band.code == band


def test_grades_as_members_strings_or_a_series() -> None:
    as_members = score_lke({code: LkeGrade(grade) for code, grade in COURT_GRADES.items()})
    as_lower = score_lke({code: grade.lower() for code, grade in COURT_GRADES.items()})
    as_series = score_lke(pd.Series(COURT_GRADES))
    assert as_members == as_lower == as_series == score_lke(COURT_GRADES)
    assert as_series.total == Decimal("87.80")


def test_unknown_code_names_it_and_lists_the_codes() -> None:
    with pytest.raises(InvalidInputError) as info:
        score_lke({**COURT_GRADES, "5.a": "A"})
    assert info.value.field == "grades['5.a']"
    assert str(info.value) == (
        "grades['5.a']: got '5.a', expected the sub-component codes of LKE PermenPANRB 88/2021: "
        "1.a, 1.b, 1.c, 2.a, 2.b, 2.c, 3.a, 3.b, 3.c, 4.a, 4.b, 4.c"
    )


def test_codes_are_exact() -> None:
    with pytest.raises(InvalidInputError, match=r"grades\['1.A'\]: got '1.A'"):
        score_lke({**COURT_GRADES, "1.A": "A"})


def test_unknown_grade_names_it() -> None:
    with pytest.raises(InvalidInputError) as info:
        score_lke({**COURT_GRADES, "2.b": "AAA"})
    assert str(info.value) == (
        "grades['2.b']: got 'AAA', "
        "expected an LkeGrade or one of AA, A, BB, B, CC, C, D, E (any case)"
    )
    with pytest.raises(InvalidTypeError, match=r"grades\['2.b'\]: got 80"):
        score_lke({**COURT_GRADES, "2.b": 80})  # type: ignore[dict-item]


def test_every_subcomponent_needs_a_grade() -> None:
    grades = dict(COURT_GRADES)
    del grades["2.c"], grades["4.a"]
    with pytest.raises(InvalidInputError) as info:
        score_lke(grades)
    assert info.value.field == "grades"
    assert info.value.value == ("2.c", "4.a")
    assert str(info.value).startswith(
        "grades: no grade for 2.c, 4.a; every sub-component needs one (1.a, 1.b, "
    )
    assert info.value.expected is not None
    assert info.value.expected.startswith("a grade for each of the sub-component codes of LKE")


@pytest.mark.parametrize("grades", [None, "1.a", [("1.a", "A")], 5])
def test_grades_must_be_a_mapping(grades: object) -> None:
    with pytest.raises(InvalidTypeError, match=r"grades: got .*, expected a mapping"):
        score_lke(grades)  # type: ignore[arg-type]


def test_codes_must_be_strings() -> None:
    with pytest.raises(
        InvalidTypeError, match=r"grades\[1\]: got 1, expected a sub-component code"
    ):
        score_lke({**COURT_GRADES, 1: "A"})  # type: ignore[dict-item]


def test_worksheet_must_be_a_worksheet() -> None:
    with pytest.raises(InvalidTypeError, match="worksheet: got 'LKE', expected a Worksheet"):
        score_lke(COURT_GRADES, worksheet="LKE")  # type: ignore[arg-type]


def test_result_is_a_value() -> None:
    result = score_lke(COURT_GRADES)
    again = pickle.loads(pickle.dumps(result))  # noqa: S301 - our own object
    assert again == result
    assert hash(again) == hash(result)
    assert again.total == Decimal("87.80")
    assert LkeResult(grades=COURT_GRADES) == result
    assert result != score_lke(_all("A"))
    with pytest.raises(TypeError):
        result.subcomponents["1.a"] = Decimal(6)  # type: ignore[index]
    assert pickle.loads(pickle.dumps(LKE_2021)) == LKE_2021  # noqa: S301


def test_result_mappings() -> None:
    result = score_lke(COURT_GRADES)
    components = result.components
    assert isinstance(components, _FrozenMap)
    assert len(components) == 4
    assert components["3"] == Decimal("13.95")
    assert repr(components) == (
        "{'1': Decimal('24.6'), '2': Decimal('25.5'), '3': Decimal('13.95'), '4': Decimal('23.75')}"
    )
    assert components == dict(components)
    assert components != list(components)
    assert hash(components) == hash(_FrozenMap(dict(components).items()))
    assert result.maximum == 100
    assert result.weights == {"1": 30, "2": 30, "3": 15, "4": 25}
    assert result.subcomponent_weights["3.b"] == Decimal("4.5")


def test_repr() -> None:
    assert repr(score_lke(COURT_GRADES)) == (
        "<LkeResult LKE PermenPANRB 88/2021: total 87.80 (A Memuaskan); "
        "1 24.60, 2 25.50, 3 13.95, 4 23.75>"
    )
    # figures are shown exactly, never rounded: 1.25 × 90 % = 1.125
    sheet = Worksheet.build(name="Kecil", components={"1": ("Satu", "1.25")}, split=[100],
                            subcomponent_names=["Semua"], maximum="1.25")  # fmt: skip
    assert repr(score_lke({"1.a": "A"}, worksheet=sheet)) == (
        "<LkeResult Kecil: total 1.125 (D Sangat Kurang); 1 1.125>"
    )


def test_html() -> None:
    page = score_lke(COURT_GRADES)._repr_html_()
    assert page.startswith(
        "<table><caption>LKE: LKE PermenPANRB 88/2021</caption><thead><tr><th>Komponen</th>"
        "<th>Sub-komponen</th><th>Bobot</th><th>Nilai</th><th>Predikat</th></tr></thead>"
    )
    assert (
        f"<tr><td>3 Pelaporan Kinerja</td><td>3.b Kualitas</td>{_R}4,5</td>{_R}4,05</td>"
        "<td>A</td></tr>"
    ) in page
    assert (
        f"<tr><td>1 Perencanaan Kinerja</td><td>Jumlah</td>{_R}30</td>{_R}24,60</td><td></td></tr>"
    ) in page
    assert page.endswith(
        f"<tfoot><tr><th colspan='2'>Nilai akhir</th>{_R}100</td>{_R}87,80</td>"
        "<td>A (Memuaskan)</td></tr></tfoot></table>"
    )
    assert page.count("<tr>") == 1 + 12 + 4 + 1
    sheet = Worksheet.build(name="<b>", components={"1": ("A & B", 2500), "2": ("C", 500)},
                            maximum=3000)  # fmt: skip
    page = score_lke(dict.fromkeys(sheet.codes, "aa"), worksheet=sheet)._repr_html_()
    assert "<td>1 A &amp; B</td>" in page
    assert "<caption>LKE: &lt;b&gt;</caption>" in page
    assert f"{_R}2.500,00</td>" in page
    assert f"{_R}3.000,00</td>" in page


# ----------------------------------------------------------------------------- laws


@given(grades_2021)
def test_total_is_a_multiple_of_5_hundredths_within_0_and_100(grades: dict[str, LkeGrade]) -> None:
    total = score_lke(grades).total
    assert 0 <= total <= 100
    assert (total * 20) % 1 == 0


@given(grades_2021, st.sampled_from(CODES))
def test_raising_one_grade_never_lowers_the_total(grades: dict[str, LkeGrade], code: str) -> None:
    before = score_lke(grades)
    position = ORDER.index(grades[code])
    for better in ORDER[:position]:
        after = score_lke({**grades, code: better})
        assert after.total > before.total
        assert after.subcomponents[code] > before.subcomponents[code]


@given(grades_2021)
def test_scores_add_up(grades: dict[str, LkeGrade]) -> None:
    result = score_lke(grades)
    assert sum(result.components.values()) == result.total
    for component in LKE_2021.components:
        parts = [result.subcomponents[s.code] for s in component.subcomponents]
        assert sum(parts) == result.components[component.code]
        assert 0 <= result.components[component.code] <= component.weight
    for sub in LKE_2021.subcomponents:
        expected = Fraction(grades[sub.code].value_percent) / 100 * Fraction(sub.weight)
        assert Fraction(result.subcomponents[sub.code]) == expected
    assert result.band == lkjcalc.scales.AKIP.classify(result.total)


@given(grades_2021)
def test_a_user_built_copy_scores_the_same(grades: dict[str, LkeGrade]) -> None:
    mine = score_lke(grades, worksheet=OWN_2021)
    built_in = score_lke(grades)
    assert mine.subcomponents == built_in.subcomponents
    assert mine.components == built_in.components
    assert mine.total == built_in.total
    assert mine.band == built_in.band


@given(grades_2021)
def test_figures_are_plain(grades: dict[str, LkeGrade]) -> None:
    result = score_lke(grades)
    for value in [*result.subcomponents.values(), *result.components.values(), result.total]:
        assert "E" not in str(value)
        assert not str(value).startswith("-")


# ----------------------------------------------------------------------------- proposals


@pytest.mark.parametrize(
    ("met", "total", "grade"),
    [
        (8, 8, LkeGrade.B),  # 100 %: B, never BB (all met as policy requires is a judgement)
        (7, 8, LkeGrade.B),  # 87,5 %
        (76, 100, LkeGrade.B),  # just over 75 %
        (75, 100, LkeGrade.CC),  # exactly 75 %
        (3, 4, LkeGrade.CC),
        (51, 100, LkeGrade.CC),
        (50, 100, LkeGrade.C),  # exactly 50 %
        (26, 100, LkeGrade.C),
        (25, 100, LkeGrade.D),  # exactly 25 %
        (1, 100, LkeGrade.D),
        (1, 4, LkeGrade.D),
        (0, 1, LkeGrade.E),
        (0, 80, LkeGrade.E),
        ("5", Decimal(7), LkeGrade.CC),  # 71,4 %
        (2.0, 7, LkeGrade.C),  # 28,6 %
    ],
)
def test_propose_lke_grade(met: int, total: int, grade: LkeGrade) -> None:
    assert propose_lke_grade(met, total) is grade


def test_propose_refuses_bad_counts() -> None:
    with pytest.raises(
        InvalidInputError, match=r"met: got 9, expected at most the number of criteria \(8\)"
    ):
        propose_lke_grade(9, 8)
    with pytest.raises(InvalidInputError, match="met: got -1"):
        propose_lke_grade(-1, 8)
    with pytest.raises(InvalidInputError, match=r"total: got 2.5"):
        propose_lke_grade(1, 2.5)
    with pytest.raises(UndefinedResultError, match="no criteria") as info:
        propose_lke_grade(0, 0)
    assert info.value.field == "total"
    with pytest.raises(InvalidInputError, match="met: got 1, expected at most"):
        propose_lke_grade(1, 0)  # the counts are checked before the share


@given(st.integers(1, 200).flatmap(lambda n: st.tuples(st.integers(0, n), st.just(n))))
def test_proposal_follows_the_share(counts: tuple[int, int]) -> None:
    met, total = counts
    share = Fraction(met, total)
    grade = propose_lke_grade(met, total)
    expected = (
        LkeGrade.B
        if share > Fraction(3, 4)
        else LkeGrade.CC
        if share > Fraction(1, 2)
        else LkeGrade.C
        if share > Fraction(1, 4)
        else LkeGrade.D
        if share > 0
        else LkeGrade.E
    )
    assert grade is expected
    assert grade not in {LkeGrade.BB, LkeGrade.A, LkeGrade.AA}
    if met < total:
        assert ORDER.index(propose_lke_grade(met + 1, total)) <= ORDER.index(grade)


# ----------------------------------------------------------------------------- error messages

_C0 = LKE_2021.components[0]
_S0 = _C0.subcomponents[0]
_V = {g.name: g.value_percent for g in LkeGrade}
_ERROR_CALLS = {
    "grade_type": lambda: score_lke({**dict.fromkeys(LKE_2021.codes, "A"), "1.a": 9}),
    "weight": lambda: Subcomponent(code="1.a", name="x", weight=-1),
    "maximum": lambda: Worksheet(name="x", components=LKE_2021.components, maximum=0),
    "subs_empty": lambda: Component(code="1", name="x", weight=6, subcomponents=()),
    "subs_item": lambda: Component(code="1", name="x", weight=6, subcomponents=[_S0, "s"]),
    "subs_sum": lambda: Component(code="1", name="x", weight=7, subcomponents=[_S0]),
    "gv_type": lambda: Worksheet(name="x", components=LKE_2021.components, grade_values=[1]),
    "gv_value": lambda: Worksheet(
        name="x", components=LKE_2021.components, grade_values={**_V, "AA": "abc"}
    ),
    "gv_missing": lambda: Worksheet(
        name="x", components=LKE_2021.components, grade_values={"AA": 100, "E": 0}
    ),
    "gv_range": lambda: Worksheet(
        name="x", components=LKE_2021.components, grade_values={**_V, "AA": 101}
    ),
    "gv_order": lambda: Worksheet(
        name="x", components=LKE_2021.components, grade_values={**_V, "E": 40}
    ),
    "comps_empty": lambda: Worksheet(name="x", components=()),
    "comps_item": lambda: Worksheet(name="x", components=[_C0, 1]),
    "comps_sum": lambda: Worksheet(name="x", components=[_C0]),
    "build_map": lambda: Worksheet.build(name="x", components=[1]),
    "build_entry": lambda: Worksheet.build(name="x", components={"1": "x"}),
    "split_type": lambda: Worksheet.build(name="x", components=_ONE, split=5),
    "split_item": lambda: Worksheet.build(name="x", components=_ONE, split=["a", 50, 50]),
    "split_sum": lambda: Worksheet.build(name="x", components=_ONE, split=[50, 40, 1]),
    "names_type": lambda: Worksheet.build(name="x", components=_ONE, subcomponent_names=5),
    "names_len": lambda: Worksheet.build(name="x", components=_ONE, subcomponent_names=["a"]),
    "grades_type": lambda: score_lke(5),
    "propose_zero": lambda: propose_lke_grade(0, 0),
}
_ERRORS = [
    (
        "grade_type",
        InvalidTypeError,
        "grades['1.a']",
        9,
        "grades['1.a']: got 9, expected an LkeGrade or one of AA, A, BB, B, CC, C, D, E (any case)",
    ),
    ("weight", InvalidInputError, "weight", -1, "weight: got -1, expected a weight > 0"),
    ("maximum", InvalidInputError, "maximum", 0, "maximum: got 0, expected a maximum > 0"),
    (
        "subs_empty",
        InvalidTypeError,
        "subcomponents",
        (),
        "subcomponents: got (), expected a non-empty tuple of Subcomponent",
    ),
    (
        "subs_item",
        InvalidTypeError,
        "subcomponents[1]",
        "s",
        "subcomponents[1]: got 's', expected a Subcomponent",
    ),
    (
        "subs_sum",
        InvalidInputError,
        "subcomponents",
        ("1.a",),
        (
            "subcomponents: got ('1.a',), expected sub-component weights that sum to the "
            "component's weight 7; they sum to 6"
        ),
    ),
    (
        "gv_type",
        InvalidTypeError,
        "grade_values",
        [1],
        "grade_values: got [1], expected a mapping of LkeGrade → percent",
    ),
    (
        "gv_value",
        InvalidInputError,
        "grade_values['AA']",
        "abc",
        (
            "grade_values['AA']: got 'abc', expected a plain decimal string such as '12143000.00' "
            "(sign, ASCII digits, optional point; no spaces, grouping or exponent)"
        ),
    ),
    (
        "gv_missing",
        InvalidInputError,
        "grade_values",
        {"AA": 100, "E": 0},
        (
            "grade_values: got {'AA': 100, 'E': 0}, expected a value for every grade AA, A, BB, B, "
            "CC, C, D, E; missing: A, BB, B, CC, C, D"
        ),
    ),
    (
        "gv_range",
        InvalidInputError,
        "grade_values",
        "AA 101, A 90, BB 80, B 70, CC 60, C 50, D 30, E 0",
        (
            "grade_values: got 'AA 101, A 90, BB 80, B 70, CC 60, C 50, D 30, E 0', expected "
            "values from 0 to 100 percent"
        ),
    ),
    (
        "gv_order",
        InvalidInputError,
        "grade_values",
        "AA 100, A 90, BB 80, B 70, CC 60, C 50, D 30, E 40",
        (
            "grade_values: got 'AA 100, A 90, BB 80, B 70, CC 60, C 50, D 30, E 40', expected "
            "values that never rise from AA down to E"
        ),
    ),
    (
        "comps_empty",
        InvalidTypeError,
        "components",
        (),
        "components: got (), expected a non-empty tuple of Component",
    ),
    (
        "comps_item",
        InvalidTypeError,
        "components[1]",
        1,
        "components[1]: got 1, expected a Component",
    ),
    (
        "comps_sum",
        InvalidInputError,
        "components",
        ("1",),
        (
            "components: got ('1',), expected components with unique codes whose weights sum to "
            "the worksheet's maximum; the component weights sum to 30, not to the maximum 100"
        ),
    ),
    (
        "build_map",
        InvalidTypeError,
        "components",
        [1],
        "components: got [1], expected a mapping code → (name, weight)",
    ),
    (
        "build_entry",
        InvalidTypeError,
        "components['1']",
        "x",
        "components['1']: got 'x', expected a (name, weight) tuple",
    ),
    ("split_type", InvalidTypeError, "split", 5, "split: got 5, expected a sequence of percents"),
    (
        "split_item",
        InvalidInputError,
        "split[0]",
        "a",
        (
            "split[0]: got 'a', expected a plain decimal string such as '12143000.00' (sign, ASCII "
            "digits, optional point; no spaces, grouping or exponent)"
        ),
    ),
    (
        "split_sum",
        InvalidInputError,
        "split",
        [50, 40, 1],
        "split: got [50, 40, 1], expected shares that sum to 100 percent",
    ),
    (
        "names_type",
        InvalidTypeError,
        "subcomponent_names",
        5,
        "subcomponent_names: got 5, expected a sequence of names",
    ),
    (
        "names_len",
        InvalidInputError,
        "subcomponent_names",
        ["a"],
        "subcomponent_names: got ['a'], expected one name per share of split (3)",
    ),
    (
        "grades_type",
        InvalidTypeError,
        "grades",
        5,
        "grades: got 5, expected a mapping of sub-component code → grade",
    ),
    (
        "propose_zero",
        UndefinedResultError,
        "total",
        0,
        "the share of criteria met is undefined: there are no criteria",
    ),
]


@pytest.mark.parametrize(("case", "kind", "field", "value", "message"), _ERRORS)
def test_error_messages(case: str, kind: type, field: str, value: object, message: str) -> None:
    with pytest.raises(kind) as info:
        _ERROR_CALLS[case]()
    assert type(info.value) is kind
    assert (info.value.field, info.value.value, str(info.value)) == (field, value, message)


def test_build_defaults() -> None:
    sheet = Worksheet.build(name="x", components=_ONE)
    assert sheet.source == ""
    assert sheet.maximum == 100
    assert [s.name for s in sheet.subcomponents] == ["Keberadaan", "Kualitas", "Pemanfaatan"]
    assert [str(s.weight) for s in sheet.subcomponents] == ["20", "30", "50"]


def test_frozen_map_hash_follows_its_items() -> None:
    assert hash(_FrozenMap({"a": 1}.items())) != hash(_FrozenMap({"a": 2}.items()))
    assert hash(_FrozenMap({"a": 1, "b": 2}.items())) == hash(_FrozenMap({"b": 2, "a": 1}.items()))


def test_html_rows_follow_each_other() -> None:
    page = score_lke(COURT_GRADES)._repr_html_()
    assert page.count("</tr><tr>") == 12 + 4 - 1
    assert "<tbody><tr>" in page
    assert "</tr></tbody><tfoot><tr>" in page
