"""The documentation site as a reader sees it: no raw markup, links that link, the notebook run.

The site is built once per session (``mkdocs build --strict`` in a subprocess, about 15 s with
the notebook executed) into a temporary folder; set ``LKJCALC_SITE_DIR`` to a site already built
to check that one instead. The rewriting of docstrings (``docs/hooks/griffe_lkjcalc.py``) is
tested on its own too, without a build.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXTENSION = ROOT / "docs" / "hooks" / "griffe_lkjcalc.py"

# A Sphinx role as MkDocs prints it when nothing converts it: ":func:<code>ikm</code>" (or with its
# backticks, where they did not become code).
_ROLES = r":(?:py:)?(?:class|func|meth|data|attr|mod|exc|obj|const|type|ref|term|doc):"
RAW_ROLE = re.compile(_ROLES + r"<code>")
RAW_ROLE_TEXT = re.compile(_ROLES + r"`")
# A reST literal-block marker left in the prose: "as follows::" at the end of a paragraph.
LITERAL_MARKER = re.compile(r"\S*::(?=\s|$)")
_BLOCKS = re.compile(r"<(pre|script|style|textarea)\b.*?</\1>", re.DOTALL | re.IGNORECASE)
_CODE = re.compile(r"<code\b.*?</code>", re.DOTALL | re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")


def prose(html: str) -> str:
    """The text of a page outside code (blocks, source listings and inline code)."""
    return _TAG.sub(" ", _CODE.sub(" ", _BLOCKS.sub(" ", html)))


def raw_markup(html: str) -> tuple[list[str], list[str]]:
    """The raw roles and ``::`` markers of a page, outside code (a role may be shown as code)."""
    text = prose(html)
    roles = RAW_ROLE.findall(_BLOCKS.sub(" ", html)) + RAW_ROLE_TEXT.findall(text)
    return roles, LITERAL_MARKER.findall(text)


def _load_extension():
    spec = importlib.util.spec_from_file_location("griffe_lkjcalc", EXTENSION)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("LKJCALC_SITE_DIR")
    if given and (Path(given) / "index.html").exists():
        return Path(given)
    pytest.importorskip("mkdocs", reason="the docs extra is not installed")
    pytest.importorskip("mkdocs_jupyter", reason="the docs extra is not installed")
    out = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return out


def _pages(site: Path) -> dict[str, str]:
    return {
        str(path.relative_to(site)): path.read_text(encoding="utf-8")
        for path in sorted(site.rglob("*.html"))
    }


# --------------------------------------------------------------------------- the checker itself


def test_the_checker_sees_raw_roles_and_markers_but_not_code() -> None:
    page = (
        "<p>Use :func:<code>ikm</code> as follows::</p>"
        "<pre><code>see :class:`Survey`, then::\n  x</code></pre><p>a <code>a::b</code> c</p>"
    )
    assert raw_markup(page) == ([":func:<code>"], ["follows::"])
    assert raw_markup("<p>See <a href='#x'><code>ikm</code></a>: done.</p>") == ([], [])
    # a role shown as code (documentation about roles) is not raw markup; one left bare is
    assert raw_markup("<p>Write <code>:func:`ikm`</code> in docstrings.</p>") == ([], [])
    assert raw_markup("<p>the :class:`Survey</p>") == ([":class:`"], [])


# --------------------------------------------------------------------------- the built site


def test_no_page_prints_a_raw_role_or_a_literal_marker(site: Path) -> None:
    offenders = {}
    for name, html in _pages(site).items():
        roles, markers = raw_markup(html)
        if roles or markers:
            offenders[name] = (len(roles), markers[:3])
    assert offenders == {}


def test_no_page_cites_an_unpublished_file(site: Path) -> None:
    offenders = [name for name, html in _pages(site).items() if "domain.md" in prose(html)]
    assert offenders == []


def test_citations_of_the_rules_link_to_their_section(site: Path) -> None:
    survey = (site / "api" / "survey" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'href="\.\./\.\./rules/survey/#s4-2"[^>]*>rules §4\.2', survey)
    rules = (site / "rules" / "survey" / "index.html").read_text(encoding="utf-8")
    assert 'id="s4-2"' in rules


def test_roles_become_links_to_the_objects(site: Path) -> None:
    survey = (site / "api" / "survey" / "index.html").read_text(encoding="utf-8")
    # ikm's "Args: survey: the :class:`Survey`" links to the class's heading
    assert re.search(r'href="#lkjcalc\.survey\.Survey"[^>]*><code>Survey</code></a>', survey)
    # a role to another page: budget's efficiency_band names the scale's narrative page
    budget = (site / "api" / "budget" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../scales/budget_efficiency_1996/#lkjcalc.scales.BUDGET_EFFICIENCY_1996"' in (
        budget
    )


def test_an_attrs_class_shows_its_fields_as_its_signature(site: Path) -> None:
    page = (site / "api" / "performance" / "index.html").read_text(encoding="utf-8")
    start = page.index('id="lkjcalc.performance.Indicator"')
    section = _TAG.sub("", page[start : page.index("Examples:", start)])
    signature = " ".join(section.split())
    assert (
        'Indicator( *, name: str, unit: str = "", polarity: Polarity = Polarity.MAXIMIZE'
        in signature
    )
    # only the field without a default is required
    assert signature.count("required") == 1


def test_every_api_page_has_one_title(site: Path) -> None:
    for path in sorted((site / "api").glob("*/index.html")):
        html = path.read_text(encoding="utf-8")
        assert len(re.findall(r"<h1\b", html)) == 1, path


def test_the_notebook_is_executed_and_rendered(site: Path) -> None:
    html = (site / "notebooks" / "analyst_day" / "index.html").read_text(encoding="utf-8")
    assert "Puskesmas Bantur" in html
    assert "data:image/png;base64," in html  # the chart
    assert "81,07" in html  # the IKM table, in Indonesian notation
    assert "Traceback" not in html


def test_the_pictures_are_drawn_at_build_time(site: Path) -> None:
    drawn = {path.name for path in (site / "img").glob("*.svg")}
    assert {"achievement-curves.svg", "ikm-pipeline.svg", "nrr-example.svg"} <= drawn
    assert {f"scale-{name}.svg" for name in ("ikm_2017", "akip", "lkj_ordinal")} <= drawn


# --------------------------------------------------------------------------- the rewriting


@pytest.fixture(scope="module")
def extension():
    pytest.importorskip("griffe", reason="the docs extra is not installed")
    return _load_extension()


def _resolve(target: str) -> str | None:
    known = {"Survey": "lkjcalc.survey._survey.Survey", "lkjcalc.ikm": "lkjcalc.survey._index.ikm"}
    return known.get(target)


def test_roles_become_cross_references_or_code(extension) -> None:
    rewrite = extension.rewrite_roles
    assert rewrite("the :class:`Survey`.", _resolve) == (
        "the [`Survey`][lkjcalc.survey._survey.Survey]."
    )
    assert rewrite(":func:`~lkjcalc.ikm`", _resolve) == "[`ikm`][lkjcalc.survey._index.ikm]"
    assert rewrite(":func:`lkjcalc.ikm`", _resolve) == "[`lkjcalc.ikm`][lkjcalc.survey._index.ikm]"
    assert rewrite(":func:`the index <lkjcalc.ikm>`", _resolve) == (
        "[`the index`][lkjcalc.survey._index.ikm]"
    )
    assert rewrite(":class:`!Survey`", _resolve) == "`Survey`"
    assert rewrite(":class:`decimal.Decimal`", _resolve) == "`decimal.Decimal`"
    assert rewrite(":py:meth:`~x.Survey.from_rows`", _resolve) == "`from_rows`"
    assert (
        rewrite(":func:`lkjcalc.\n    ikm`", _resolve)
        == "[`lkjcalc.ikm`][lkjcalc.survey._index.ikm]"
    )


def test_literal_blocks_become_fences_and_code_is_left_alone(extension) -> None:
    text = (
        "The formula::\n\n    s = X² · N\n      / d²\n\nrounded. See :class:`Survey`.\n\n"
        ">>> ':class:`Survey`'\n\n```text\n:func:`ikm`\n```"
    )
    assert extension.rewrite_docstring(text, _resolve) == (
        "The formula:\n\n```text\ns = X² · N\n  / d²\n```\n\nrounded. See "
        "[`Survey`][lkjcalc.survey._survey.Survey].\n\n>>> ':class:`Survey`'\n\n"
        "```text\n:func:`ikm`\n```"
    )
    # a lone "::" disappears; a "::" with nothing indented after it is left as text
    assert extension.rewrite_docstring("Tree:\n\n::\n\n    a\n    b", _resolve) == (
        "Tree:\n\n\n\n```text\na\nb\n```"
    )
    assert extension.rewrite_docstring("Odd::\nnext", _resolve) == "Odd::\nnext"


def test_citations_of_domain_md_link_to_the_rules(extension) -> None:
    cite = extension.rewrite_citations
    assert cite("(domain.md §4.2).") == "([rules §4.2][s4-2])."
    assert cite("domain.md §4.2-4.3.") == "[rules §4.2–4.3][s4-2]."
    assert cite("domain.md\n§0") == "[rules §0][s0]"
    assert cite("domain.md §3 scale 6 and") == "[rules §3, scale 6][s3-6] and"
    assert cite("domain.md §6 and §7.") == "[rules §6][s6] and [§7][s7]."
    assert cite("domain.md §0 (v0.2) asks") == "[rules §0][s0] (v0.2) asks"
    assert cite("see domain.md for more") == "see [the rules][rules] for more"
    assert cite("domain.md §12") == "[rules §12][rules]"


def test_names_resolve_to_the_objects_the_pages_show(extension) -> None:
    import griffe

    package = griffe.load("lkjcalc", search_paths=[str(ROOT / "src")])
    pages = extension.reference_pages(ROOT / "docs" / "api")
    assert {"lkjcalc", "lkjcalc.survey", "lkjcalc._numeric", "lkjcalc.plot"} <= pages
    resolver = extension.Resolver(package, pages=pages)
    scope = package["survey"]
    assert resolver.resolve("Survey", scope) == "lkjcalc.survey._survey.Survey"
    assert resolver.resolve("lkjcalc.ikm", scope) == "lkjcalc.survey._index.ikm"
    assert resolver.resolve("Rounding", package) == "lkjcalc._numeric.Rounding"
    assert resolver.resolve("plot.plot_nrr", scope) == "lkjcalc.plot.plot_nrr"
    assert resolver.resolve("decimal.Decimal", scope) is None
    assert resolver.resolve("lkjcalc.survey._counting", scope) is None
    # a field documented in its class's "Args:" has no heading of its own: the class is linked
    assert resolver.resolve("IkmResult.nrr", scope) == "lkjcalc.survey._index.IkmResult"
    # a module without a reference page is not linked, not even through the facade
    without = extension.Resolver(package, pages=pages - {"lkjcalc.plot", "lkjcalc.performance"})
    assert without.resolve("lkjcalc.plot.plot_nrr", scope) is None
    assert without.resolve("lkjcalc.achievement", scope) is None
    assert extension.reference_pages(ROOT / "no such folder") is None
