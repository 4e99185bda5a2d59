"""What the checks of printed forms share: columns over intervals, and the judge of a column.

A printed form (a Renja evaluation row, ``_renja``; an AKIP worksheet, ``_lke``) is checked
column by column along the review's one path (domain.md §7, v0.2). A :class:`Column` is what one
column may be: the values it stands for (the interval rule), its value at the printed figures,
and how it is recomputed, or why it cannot be. The :class:`Judge` compares each printed figure
and grade with its column and collects the findings; the column it returns is the one later
columns take (the printed figure's values when they agree, so a finding does not cascade).

Internal to :mod:`lkjcalc.review` (the public names of the checks are re-exported there).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from lkjcalc._validators import mapping_or_none
from lkjcalc.errors import InvalidTypeError
from lkjcalc.performance import Accumulation
from lkjcalc.review._achievements import band_findings
from lkjcalc.review._checks import LANGS, printed_values
from lkjcalc.review._findings import (
    Finding,
    FindingKind,
    Language,
    bounds,
    range_clause,
    recomputed,
    show,
)
from lkjcalc.review._interval import Interval
from lkjcalc.review._published import FigureKind, Notation, Published, read_figure

if TYPE_CHECKING:
    from collections.abc import Mapping

    from lkjcalc.scales import Scale

__all__ = [
    "UNKNOWN",
    "Alternative",
    "Column",
    "Judge",
    "Text",
    "as_input",
    "form_fields",
    "join_where",
    "read_optional",
]

#: A sentence or phrase in every language of a finding.
Text = dict[Language, str]


# --------------------------------------------------------------------------------- reading


def form_fields(value: object, name: str, record: str) -> Mapping[Any, Any]:
    """A form given as a mapping of its fields (a pandas Series row works); *record* names it."""
    items = mapping_or_none(value, name)
    if items is None:
        raise InvalidTypeError(
            field=name, value=value, expected=f"a {record}, or a mapping of its fields"
        )
    return items


def read_optional(value: object, name: str, notation: Notation) -> Published | None:
    """A printed figure read in *notation*, or ``None``: not printed."""
    return None if value is None else read_figure(value, name, notation)


# --------------------------------------------------------------------------------- columns


@attrs.frozen
class Column:
    """What one column of a form may be: its values, its value at the printed figures, its text.

    ``values`` is ``None`` when the column is unknown (not printed, nor its inputs) or cannot be
    recomputed (``why`` says why). ``expected`` is ``None`` when the printed figures give a range
    only (a ``RATIO`` or ``AVERAGE`` to date). ``how`` says how a recomputed column is computed;
    ``shown`` is the printed figure whose values a column took.
    """

    values: Interval | None = None
    expected: Decimal | None = None
    shown: Published | None = None
    how: Text | None = None
    why: Text | None = None
    percent: bool = False

    def text(self, lang: Language) -> str:
        if self.shown is not None:
            return self.shown.text
        values = self.values
        assert values is not None  # noqa: S101 - only a known column is shown
        kind = FigureKind.PERCENT if self.percent else FigureKind.PLAIN
        if self.expected is None:
            return f"{show(values.lower, lang, places=4)}–{show(values.upper, lang, places=4)}"
        return show(self.expected, lang, places=4, kind=kind)


UNKNOWN = Column()


def as_input(figure: Published, *, exact: bool, domain: Interval | None, label: Text) -> Column:
    """A printed figure as the input of a formula: its values, clipped to the formula's domain."""
    values: Interval | None = printed_values(figure, "exact" if exact else "computed")
    if domain is not None:
        values = values.clip(domain)  # type: ignore[union-attr]
        if values is None:
            return Column(
                why={
                    "en": f"{label['en']} {figure.text} is negative and the indicator does not "
                    "allow it",
                    "id": f"{label['id']} {figure.text} negatif, sedangkan indikatornya tidak "
                    "mengizinkan nilai negatif",
                }
            )
    return Column(values=values, expected=figure.value, shown=figure)


@attrs.frozen
class Alternative:
    """What a printed figure would be under another accumulation, to name a wrong one."""

    values: Interval
    what: Text


# --------------------------------------------------------------------------------- judging


def join_where(where: str, column: str) -> str:
    """Where a column of a form is printed: the form's place, then the column."""
    return f"{where}, {column}" if where else column


@attrs.frozen
class Judge:
    """Compares printed figures with their recomputed columns, collecting the findings."""

    where: str
    accumulation: Accumulation = Accumulation.FLOW  # the indicator's, to name a wrong one
    found: list[Finding] = attrs.field(factory=list)

    def figure(
        self,
        printed: Published | None,
        column: Column,
        *,
        kind: FindingKind,
        place: str,
        what: Text,
        exact: bool = False,
        domain: Interval | None = None,
        alternatives: list[Alternative] | None = None,
    ) -> Column:
        """Check one printed figure; return the column as later figures should take it."""
        if printed is None:
            return column
        where = join_where(self.where, place)
        taken = as_input(printed, exact=exact, domain=domain, label=what)
        if column.values is None:
            if column.why is not None:
                self.found.append(_undefined(where, printed.text, what, column.why))
            return taken
        values = printed_values(printed, "exact" if exact else "computed")
        if column.values.meets(values):
            return taken
        wrong = next(
            (alt for alt in alternatives or () if alt.values.meets(values)),
            None,
        )
        self.found.append(self._disagreement(kind, where, printed, column, wrong))
        return column

    def _disagreement(
        self,
        kind: FindingKind,
        where: str,
        figure: Published,
        column: Column,
        wrong: Alternative | None,
    ) -> Finding:
        values, how = column.values, column.how
        assert values is not None  # noqa: S101 - a recomputed column
        assert how is not None  # noqa: S101
        sentence: Text = {}
        for lang in LANGS:
            head, should = (
                ("printed", "recomputed") if lang == "en" else ("tercantum", "seharusnya")
            )
            if column.expected is None:
                low = recomputed(values.lower, figure, lang)
                high = recomputed(values.upper, figure, lang)
                between = "between {} and {}" if lang == "en" else "antara {} dan {}"
                text = f"{head} {figure.text}, {should} {between.format(low, high)}"
                text += f" ({how[lang]})"
            else:
                text = (
                    f"{head} {figure.text}, {should} "
                    f"{recomputed(column.expected, figure, lang)} ({how[lang]})"
                    f"{range_clause(values, figure, lang)}"
                )
            if wrong is not None:
                acc = self.accumulation.name
                text += (
                    f"; {figure.text} is {wrong.what['en']}, but the indicator accumulates as {acc}"
                    if lang == "en"
                    else f"; {figure.text} adalah {wrong.what['id']}, padahal akumulasi "
                    f"indikatornya {acc}"
                )
            sentence[lang] = text
        return Finding(
            kind=kind,
            where=where,
            published=figure,
            expected=column.expected,
            **bounds(values),
            message=sentence["en"],
            indonesian=sentence["id"],
        )

    def grade(
        self, label: str | None, column: Column, scale: Scale, *, place: str, what: Text
    ) -> None:
        """Check a printed grade against the band(s) its figure's values fall in (§7)."""
        if label is None:
            return
        where = join_where(self.where, place)
        if column.values is None:
            if column.why is not None:
                self.found.append(_undefined(where, repr(label), what, column.why, grade=True))
            return
        shown = {lang: f"{what[lang]} {column.text(lang)}" for lang in LANGS}
        self.found.extend(
            band_findings(
                column.values,
                shown,
                column.shown,
                label,
                scale,
                where=where,
                expected=column.expected,
            )
        )


def _undefined(where: str, text: str, what: Text, why: Text, *, grade: bool = False) -> Finding:
    en = f"printed {'band ' if grade else ''}{text}, but {what['en']} cannot be recomputed"
    indonesian = (
        f"{'predikat ' if grade else ''}tercantum {text}, tetapi {what['id']} tidak dapat dihitung"
    )
    return Finding(
        kind=FindingKind.UNDEFINED,
        where=where,
        message=f"{en}: {why['en']}",
        indonesian=f"{indonesian}: {why['id']}",
    )
