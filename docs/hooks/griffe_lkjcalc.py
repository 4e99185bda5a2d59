"""Griffe extension: make lkjcalc's docstrings render as Markdown on the reference pages.

The docstrings are written for readers of the source and of ``help()``: they use Sphinx roles
(``:func:`ikm```), reST literal blocks (a paragraph ending in ``::``) and cite the project's rules
as "domain.md §4.2". MkDocs understands none of these, and griffe does not see the ``__init__`` that
attrs writes. When mkdocstrings loads the package, this extension rewrites what it loaded (the
source files are left alone):

- a role becomes an autorefs cross-reference, ``[`ikm`][lkjcalc.survey._index.ikm]``, to the
  object's full path, resolved in the scope of the docstring's object, then against the package
  (the facade ``lkjcalc.X`` and submodules ``scales.X``); a name that cannot be resolved, or whose
  object is not shown on any page, becomes inline code, never raw markup;
- a ``::`` literal block becomes a fenced code block;
- "domain.md §4.2" becomes a link to the published rules (``docs/rules/``), whose headings carry
  the explicit anchors ``s0`` … ``s10``, ``s4-1`` … ``s4-8`` and ``s3-1`` … ``s3-6``;
- an attrs class gets an ``__init__`` made of its fields (read from ``attrs.fields`` on the
  imported class; types and defaults from the source), so that ``merge_init_into_class`` shows
  ``Indicator(*, name, unit='', polarity=Polarity.MAXIMIZE, …)`` and a field with a default is no
  longer "required".

Registered in ``mkdocs.yml`` under the python handler's ``extensions:``; kept out of the pages by
``exclude_docs``. ``tests/test_docs_build.py`` tests the rewriting and the built pages.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import attrs
import griffe

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    #: Resolves a role's target to the identifier of a cross-reference, or None.
    Resolve = Callable[[str], str | None]

#: A Sphinx role, with an optional ``~`` (show the last name only) or ``!`` (do not link), and an
#: optional explicit title (``:func:`the IKM <ikm>```).
ROLE = re.compile(
    r":(?:py:)?(?P<role>class|func|meth|data|attr|mod|exc|obj|const|type|ref):"
    r"`(?P<body>[^`]+)`"
)
_TITLED = re.compile(r"(?P<title>.*?)\s*<(?P<target>[^<>]+)>\s*$", re.DOTALL)

#: A citation of the rules: "domain.md §4.2", "domain.md §4.2-4.3", "domain.md §3 scale 6",
#: "domain.md §6 and §7", and further sections joined by "and", "or" or commas.
_SECTION = r"§(?P<num>\d+(?:\.\d+)?)(?P<range>[-–]\d+(?:\.\d+)?)?(?:\s+scale\s+(?P<scale>\d+))?"
CITATION = re.compile(
    r"domain\.md(?P<sections>\s+" + _SECTION + r"(?:(?:,\s*|\s+(?:and|or)\s+)§\d[^\s,;:)]*)*)?"
)
_ONE_SECTION = re.compile(_SECTION)

#: The sections of the rules that have their own anchor (docs/rules/*.md).
SECTIONS = frozenset(
    {str(n) for n in range(11)} | {f"4.{n}" for n in range(1, 9)},
)
#: The anchor of the rules' index page, for a citation of no known section.
RULES_ANCHOR = "rules"

_FENCE = re.compile(r"^\s*(```|~~~)")


def anchor(section: str, scale: str | None = None) -> str:
    """The anchor of a section of the rules: ``"4.2"`` → ``"s4-2"``; scale 6 of §3 → ``"s3-6"``."""
    if section not in SECTIONS:
        return RULES_ANCHOR
    if scale is not None and section == "3" and scale in {"1", "2", "3", "4", "5", "6"}:
        return f"s3-{scale}"
    return "s" + section.replace(".", "-")


def _section_link(match: re.Match[str], *, first: bool) -> str:
    num, rng, scale = match["num"], match["range"] or "", match["scale"]
    text = f"§{num}{rng.replace('-', '–')}"
    if scale:
        text += f", scale {scale}"
    if first:
        text = "rules " + text
    return f"[{text}][{anchor(num, scale)}]"


def rewrite_citations(text: str) -> str:
    """Turn every "domain.md §…" into links to the published rules."""

    def replace(match: re.Match[str]) -> str:
        sections = match["sections"]
        if not sections:
            return f"[the rules][{RULES_ANCHOR}]"
        count = 0

        def one(section: re.Match[str]) -> str:
            nonlocal count
            count += 1
            return _section_link(section, first=count == 1)

        return _ONE_SECTION.sub(one, sections.lstrip())

    return CITATION.sub(replace, text)


# --------------------------------------------------------------------------- cross-references


class Resolver:
    """Resolves the targets of roles to the full paths of objects shown on the reference pages."""

    def __init__(
        self,
        package: griffe.Module,
        anchored: list[str] | None = None,
        hidden: list[str] | None = None,
        pages: set[str] | None = None,
    ) -> None:
        self.package = package
        # What a page filters out on top of the global filters (``filters:`` of one page).
        self.hidden = [re.compile(pattern) for pattern in hidden or ()]
        # The modules that have a reference page (``::: lkjcalc.survey``); None: every public one.
        self.pages = pages
        self.shown: set[str] = {package.path}
        self._collect(package, root=True)
        # Objects without a docstring of their own (the built-in scales, ELEMENTS_2017 …) that a
        # narrative page anchors under their public path (``[](){#lkjcalc.scales.IKM_2017}``).
        self.anchored: dict[str, str] = {}
        for path in anchored or ():
            obj = self.lookup(path)
            if obj is not None:
                self.anchored[obj.path] = path

    # Which objects the pages show: the public members of the public modules (mkdocstrings'
    # ``filters: ["!^_"]`` and ``show_if_no_docstring: false``), their public members, and the
    # names of the facade (``lkjcalc.X``), whose own page documents them through their modules.
    def _collect(self, module: griffe.Module, *, root: bool = False) -> None:
        for name, member in module.members.items():
            if name.startswith("_") or (member.is_alias and not member.is_public):
                continue
            target = _final(member)
            if target is None or any(h.search(member.path) for h in self.hidden):
                continue
            if target.is_module:
                if not member.is_alias and target.path not in self.shown and self._paged(target):
                    self.shown.add(target.path)
                    self._collect(target)  # type: ignore[arg-type]
                continue
            if root and not member.is_alias:
                continue  # the facade page shows no members of its own
            if root and not self._paged(target.module):
                continue  # a facade name whose module has no page (yet)
            self._show(target)

    def _paged(self, module: griffe.Module) -> bool:
        """Whether a page renders this module, or the public package it belongs to."""
        if self.pages is None:
            return True
        path = module.path
        while path != self.package.path:
            if path in self.pages:
                return True
            path = path.rpartition(".")[0]
        return False

    def _show(self, obj: griffe.Object) -> None:
        if not obj.has_docstrings or obj.path in self.shown:
            return
        self.shown.add(obj.path)
        if obj.is_class:
            for name, member in obj.members.items():
                if name.startswith("_"):
                    continue
                target = _final(member)
                if target is not None and target.has_docstring:
                    self.shown.add(target.path)

    def lookup(self, path: str) -> griffe.Object | None:
        """The object at a dotted path of the package, through aliases."""
        head, _, rest = path.partition(".")
        if head != self.package.name:
            return None
        try:
            found = self.package[rest] if rest else self.package
        except (KeyError, ValueError, griffe.AliasResolutionError, griffe.CyclicAliasError):
            return None
        return _final(found)

    def resolve(self, target: str, scope: griffe.Object) -> str | None:
        """The full path of what ``target`` names in ``scope``, if a page shows it."""
        target = target.lstrip(".")
        first, _, rest = target.partition(".")
        candidates = [target]
        try:
            resolved = scope.resolve(first)
        except (griffe.NameResolutionError, griffe.AliasResolutionError, ValueError):
            pass
        else:
            candidates.insert(0, f"{resolved}.{rest}" if rest else resolved)
        candidates.append(f"{self.package.name}.{target}")
        for candidate in candidates:
            obj = self.lookup(candidate)
            if obj is None:
                continue
            if obj.path in self.shown:
                return obj.path
            if obj.path in self.anchored:
                return self.anchored[obj.path]
            # An attrs field documented in its class's "Args:" has no heading of its own: link
            # the class.
            parent = obj.parent
            if parent is not None and parent.is_class and parent.path in self.shown:
                return parent.path
            return None
        return None


def _final(obj: griffe.Object | griffe.Alias) -> griffe.Object | None:
    if not obj.is_alias:
        return obj  # type: ignore[return-value]
    try:
        return obj.final_target  # type: ignore[union-attr]
    except (griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None


def rewrite_roles(text: str, resolve: Resolve) -> str:
    """Turn every Sphinx role of ``text`` into a cross-reference (or inline code)."""

    def replace(match: re.Match[str]) -> str:
        body = match["body"]
        titled = _TITLED.match(body)
        title: str | None = None
        if titled and titled["title"].strip():
            # as Sphinx does, an explicit title is shown as code too
            title, target = f"`{' '.join(titled['title'].split())}`", titled["target"]
        else:
            target = body
        target = "".join(target.split())  # a target wrapped over two lines
        link = not target.startswith("!")
        target = target.lstrip("!")
        short = target.startswith("~")
        target = target.lstrip("~")
        if title is None:
            shown = target.rsplit(".", 1)[-1] if short else target
            title = f"`{shown}`"
        path = resolve(target) if link else None
        return f"[{title}][{path}]" if path else title

    return ROLE.sub(replace, text)


# --------------------------------------------------------------------------- literal blocks


def _segments(text: str) -> Iterator[tuple[bool, list[str]]]:
    """Split a docstring into prose and code (fences, doctests, ``::`` blocks), line by line.

    A ``::`` block is yielded already converted to a fenced block.
    """
    lines = text.split("\n")
    prose: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if _FENCE.match(line):
            fence = stripped[:3]
            end = i + 1
            while end < len(lines) and not lines[end].strip().startswith(fence):
                end += 1
            yield False, prose
            prose = []
            yield True, lines[i : end + 1]
            i = end + 1
            continue
        if stripped.startswith((">>> ", "... ")) or stripped in {">>>", "..."}:
            yield False, prose
            prose = []
            yield True, [line]
            i += 1
            continue
        if stripped.endswith("::") and not stripped.endswith(":::"):
            block, end = _literal_block(lines, i)
            if block is not None:
                indent = line[: len(line) - len(line.lstrip())]
                head = line.rstrip()[:-1]  # "text::" -> "text:"; a lone "::" disappears
                if head.strip() == ":":
                    head = ""
                prose.append(head)
                prose.append("")
                yield False, prose
                prose = []
                yield True, [f"{indent}```text", *block, f"{indent}```"]
                i = end
                continue
        prose.append(line)
        i += 1
    yield False, prose


def _literal_block(lines: list[str], start: int) -> tuple[list[str] | None, int]:
    """The lines of the literal block after ``lines[start]``, dedented, and where it ends."""
    line = lines[start]
    base = len(line) - len(line.lstrip())
    i = start + 1
    while i < len(lines) and not lines[i].strip():
        i += 1
    body: list[str] = []
    while i < len(lines) and (
        not lines[i].strip() or len(lines[i]) - len(lines[i].lstrip()) > base
    ):
        body.append(lines[i])
        i += 1
    while body and not body[-1].strip():
        body.pop()
        i -= 1
    if not body:
        return None, start + 1
    cut = min(len(b) - len(b.lstrip()) for b in body if b.strip())
    indent = " " * base
    return [indent + b[cut:] if b.strip() else "" for b in body], i


def rewrite_docstring(text: str, resolve: Resolve) -> str:
    """Rewrite one docstring: literal blocks, roles and citations (prose only)."""
    out: list[str] = []
    for is_code, lines in _segments(text):
        chunk = "\n".join(lines)
        if not is_code:
            chunk = rewrite_citations(rewrite_roles(chunk, resolve))
        if lines:
            out.append(chunk)
    return "\n".join(out)


# --------------------------------------------------------------------------- attrs signatures


_ATTRS_DECORATORS = frozenset(
    {
        "attrs.define",
        "attrs.frozen",
        "attrs.mutable",
        "attr.s",
        "attr.attrs",
        "attr.define",
        "attr.frozen",
        "attr.mutable",
    }
)


def _is_attrs(cls: griffe.Class) -> bool:
    for decorator in cls.decorators:
        value = decorator.value
        path = getattr(value, "canonical_path", str(value))
        if path in _ATTRS_DECORATORS:
            return True
    return False


def _field_default(member: griffe.Object | griffe.Alias | None) -> str | griffe.Expr | None:
    """The default written in the source: ``attrs.field(default=X)``, a factory, or ``= X``."""
    value = getattr(member, "value", None)
    if value is None:
        return None
    if isinstance(value, griffe.ExprCall) and str(value.function).rsplit(".", 1)[-1] in {
        "field",
        "ib",
        "attrib",
    }:
        for argument in value.arguments:
            name = getattr(argument, "name", None)
            if name == "default":
                return argument.value  # type: ignore[no-any-return]
            if name == "factory":
                return f"{argument.value}()"
        return None
    return value  # type: ignore[no-any-return]


def attrs_init(cls: griffe.Class) -> griffe.Function | None:
    """An ``__init__`` for an attrs class, from its fields, or None when it cannot be read."""
    try:
        runtime = griffe.dynamic_import(cls.path)
        fields = attrs.fields(runtime)
    except (ImportError, AttributeError, TypeError, attrs.exceptions.NotAnAttrsClassError):
        return None
    parameters = [griffe.Parameter("self", kind=griffe.ParameterKind.positional_or_keyword)]
    for field in fields:
        if not field.init:
            continue
        member = cls.all_members.get(field.name)
        default: str | griffe.Expr | None = None
        if field.default is not attrs.NOTHING:
            default = _field_default(member)
            if default is None:
                factory = getattr(field.default, "factory", None)
                default = f"{factory.__name__}()" if factory else repr(field.default)
        parameters.append(
            griffe.Parameter(
                field.alias or field.name,
                annotation=getattr(member, "annotation", None),
                kind=griffe.ParameterKind.keyword_only
                if field.kw_only
                else griffe.ParameterKind.positional_or_keyword,
                default=default,
            )
        )
    return griffe.Function(
        "__init__",
        lineno=cls.lineno,
        endlineno=cls.lineno,
        parent=cls,
        parameters=griffe.Parameters(*parameters),
        returns="None",
    )


# --------------------------------------------------------------------------- the extension


def _objects(obj: griffe.Object, seen: set[str]) -> Iterator[griffe.Object]:
    if obj.path in seen:
        return
    seen.add(obj.path)
    yield obj
    for member in list(obj.members.values()):
        if not member.is_alias:
            yield from _objects(member, seen)  # type: ignore[arg-type]


_DIRECTIVE = re.compile(r"^:::\s*(\S+)", re.MULTILINE)


def reference_pages(folder: Path) -> set[str] | None:
    """The identifiers the reference pages render (``::: lkjcalc.survey``), None without pages."""
    if not folder.is_dir():
        return None
    return {
        found
        for page in folder.glob("*.md")
        for found in _DIRECTIVE.findall(page.read_text(encoding="utf-8"))
    }


class LkjcalcDocstrings(griffe.Extension):
    """Rewrites lkjcalc's docstrings for mkdocstrings and gives attrs classes their signature."""

    def __init__(
        self,
        packages: list[str] | None = None,
        anchored: list[str] | None = None,
        hidden: list[str] | None = None,
        api: str | None = None,
    ) -> None:
        super().__init__()
        self.packages = set(packages or ["lkjcalc"])
        self.anchored = list(anchored or ())
        self.hidden = list(hidden or ())
        self.pages = reference_pages(Path(api) if api else Path(__file__).parent.parent / "api")

    def on_package(self, *, pkg: griffe.Module, **kwargs: object) -> None:
        """Rewrite the whole package once it is loaded (aliases can then be followed)."""
        if pkg.name not in self.packages:
            return
        objects = list(_objects(pkg, set()))
        for obj in objects:
            if obj.is_class and _is_attrs(obj) and "__init__" not in obj.members:  # type: ignore[arg-type]
                init = attrs_init(obj)  # type: ignore[arg-type]
                if init is not None:
                    obj.set_member("__init__", init)
        resolver = Resolver(pkg, self.anchored, self.hidden, self.pages)
        for obj in objects:
            if obj.docstring is None:
                continue
            scope = obj

            def resolve(target: str, scope: griffe.Object = scope) -> str | None:
                return resolver.resolve(target, scope)

            obj.docstring.value = rewrite_docstring(obj.docstring.value, resolve)
