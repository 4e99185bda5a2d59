"""The public API: the names of domain.md §8 import from lkjcalc, and the facade is sound."""

from __future__ import annotations

import ast
import importlib
import inspect
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import lkjcalc

INIT = Path(lkjcalc.__file__)
#: Where a deprecation warning must point: this file (under mutmut, whose trampoline wraps every
#: function of the mutated code in a frame of its own, that frame's file).
_CALLER = "trampoline.py" if "MUTANT_UNDER_TEST" in os.environ else __file__

#: domain.md §8, the names available so far (each issue adds its own).
CONTRACT = [
    "Number",
    "Count",
    "LkjcalcError",
    "InvalidInputError",
    "InvalidTypeError",
    "UndefinedResultError",
    "ParseError",
    "Rounding",
    "round_half_up",
    "Polarity",
    "MinimizeFormula",
    "Target",
    "Indicator",
    "achievement",
    "mean_achievement",
    "renstra_progress",
    "point_change",
    "relative_change",
    "participation_percentage",
    "Band",
    "Scale",
    "scales",
    "format_rupiah",
    "format_compact_rupiah",
    "parse_rupiah",
    "format_number",
    "format_percent",
    "terbilang",
    "LkeGrade",
    "Worksheet",
    "LKE_2021",
    "score_lke",
    "LkeResult",
    "propose_lke_grade",
    # v0.2, issue 13
    "ANSWERS_2017",
    "Combination",
    "combine_ikm",
]


@pytest.mark.parametrize("name", CONTRACT)
def test_contract_names_import_from_lkjcalc(name: str) -> None:
    assert name in lkjcalc.__all__
    module = importlib.import_module("lkjcalc")
    assert getattr(module, name) is not None


def test_scale_names_of_the_contract() -> None:
    for name in ("LKJ_ORDINAL", "PERMENDAGRI_86_2017", "IKM_2017", "IKM_2004", "AKIP"):
        assert isinstance(getattr(lkjcalc.scales, name), lkjcalc.Scale)
    assert isinstance(lkjcalc.scales.BUDGET_EFFICIENCY_1996, lkjcalc.Scale)


def test_error_hierarchy() -> None:
    assert issubclass(lkjcalc.LkjcalcError, ValueError)
    for name in ("InvalidInputError", "UndefinedResultError", "ParseError"):
        assert issubclass(getattr(lkjcalc, name), lkjcalc.LkjcalcError)
    assert issubclass(lkjcalc.InvalidTypeError, lkjcalc.InvalidInputError)
    assert issubclass(lkjcalc.InvalidTypeError, TypeError)


def _type_checking_imports() -> dict[str, str]:
    tree = ast.parse(INIT.read_text(encoding="utf-8"))
    block = next(
        node
        for node in tree.body
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
    )
    names: dict[str, str] = {}
    for node in block.body:
        assert isinstance(node, ast.ImportFrom)
        for alias in node.names:
            module = node.module or ""
            names[alias.name] = f"{module}.{alias.name}" if module == "lkjcalc" else module
    return names


def test_facade_tables_agree() -> None:
    exports = lkjcalc._EXPORTS  # type: ignore[attr-defined]
    assert sorted(exports) == sorted(lkjcalc.__all__)
    # ruff RUF022's isort-style order: CONSTANTS, then CamelCase, then the rest.
    order = sorted(lkjcalc.__all__, key=lambda n: (not n.isupper(), not n[0].isupper(), n))
    assert lkjcalc.__all__ == order
    assert _type_checking_imports() == exports


@pytest.mark.parametrize("name", lkjcalc.__all__)
def test_every_public_name_resolves_to_its_definition(name: str) -> None:
    value = getattr(lkjcalc, name)
    module = importlib.import_module(lkjcalc._EXPORTS[name])  # type: ignore[attr-defined]
    assert value is (module if inspect.ismodule(value) else getattr(module, name))
    assert name in dir(lkjcalc)


def test_no_submodule_shadows_a_public_name() -> None:
    # Importing a submodule sets it as an attribute of the package: a module named like a public
    # function (lkjcalc/achievement.py beside achievement()) would replace the function.
    for info in pkgutil.iter_modules(lkjcalc.__path__):
        importlib.import_module(f"lkjcalc.{info.name}")
        if info.name in lkjcalc.__all__:
            assert inspect.ismodule(getattr(lkjcalc, info.name)), info.name
    for name in lkjcalc.__all__:
        value = getattr(lkjcalc, name)
        assert inspect.ismodule(value) == (lkjcalc._EXPORTS[name] == f"lkjcalc.{name}"), name  # type: ignore[attr-defined]


def test_unknown_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        lkjcalc.no_such_name  # type: ignore[attr-defined]  # noqa: B018


def test_import_is_light_and_babel_free() -> None:
    code = (
        "import sys, lkjcalc; "
        "from lkjcalc import *; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'babel'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_the_facade_loads_and_keeps_a_name_when_asked() -> None:
    # Called directly, so that the loader itself runs under test (the names the other tests
    # use were loaded once, at import).
    from lkjcalc import scales as scales_module
    from lkjcalc.survey import Survey

    assert lkjcalc.__getattr__("Survey") is Survey
    assert vars(lkjcalc)["Survey"] is Survey
    assert lkjcalc.__getattr__("scales") is scales_module
    assert vars(lkjcalc)["scales"] is scales_module


def test_dir_lists_the_loaded_and_the_public_names() -> None:
    names = lkjcalc.__dir__()
    assert names == sorted(names)
    assert {"_EXPORTS", "__getattr__", "Survey", "terbilang"} <= set(names)


#: Names that left lkjcalc.__all__ (issue 10): the report model's classes live in lkjcalc.report.
MOVED_TO_REPORT = [
    "BudgetRow",
    "BudgetTable",
    "CountTable",
    "ParticipationRow",
    "PerformanceBudgetRow",
    "PerformanceRow",
    "PrintedSurvey",
    "ProgressRow",
    "Report",
    "ShareRow",
]


def test_the_deprecated_names_are_the_report_classes() -> None:
    deprecated = lkjcalc._DEPRECATED  # type: ignore[attr-defined]
    assert sorted(deprecated) == MOVED_TO_REPORT
    assert set(deprecated.values()) == {("lkjcalc.report", "0.2")}
    assert not set(deprecated) & set(lkjcalc.__all__)
    assert not set(deprecated) & set(lkjcalc._EXPORTS)  # type: ignore[attr-defined]
    assert not set(deprecated) & set(_type_checking_imports())
    assert "review_report" in lkjcalc.__all__  # the function stays


@pytest.mark.parametrize("name", MOVED_TO_REPORT)
def test_a_deprecated_name_resolves_with_a_warning_naming_its_home(name: str) -> None:
    import lkjcalc.report

    message = rf"lkjcalc\.{name} is deprecated since lkjcalc 0\.2; use lkjcalc\.report\.{name} "
    with pytest.warns(DeprecationWarning, match=message) as caught:
        value = getattr(lkjcalc, name)
    assert value is getattr(lkjcalc.report, name)
    assert caught[0].filename.endswith(_CALLER)  # the warning points at the caller
    assert name in lkjcalc.report.__all__
    assert name not in dir(lkjcalc)
    assert name not in vars(lkjcalc)  # not kept: every access meets the warnings filter
    with pytest.warns(DeprecationWarning, match=message):
        getattr(lkjcalc, name)


def test_a_deprecated_name_imports_with_a_warning() -> None:
    with pytest.warns(DeprecationWarning, match=r"use lkjcalc\.report\.Report ") as caught:
        from lkjcalc import Report
    import lkjcalc.report

    assert Report is lkjcalc.report.Report
    assert caught[0].filename.endswith(_CALLER)


def test_star_import_does_not_touch_a_deprecated_name() -> None:
    namespace: dict[str, object] = {}
    exec("from lkjcalc import *", namespace)  # noqa: S102 - the star import itself is the test
    assert not set(MOVED_TO_REPORT) & set(namespace)
    assert "review_report" in namespace
