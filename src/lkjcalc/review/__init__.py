"""Review (*reviu*) of published figures: take them as printed, recompute, report what disagrees.

Inspectorates review every LKjIP before it is published (PermenPANRB 53/2014 on the performance
report and its review) and find that published figures often do not add up: totals that differ
from their lines, percentages taken on another denominator than the table shows, achievement or
absorption columns that disagree with their own target and realization columns, text that
contradicts its table, grades that do not match the printed value, rounded weights that do not
sum to 1, scores outside the scale (domain.md §7).

A check takes the figures **as printed** — a :class:`Published` figure, or the printed text itself
(``"1,907%"``, ``"Rp. 12.143.000,00"``) — recomputes the figure with lkjcalc's formulas and returns
a list of :class:`Finding` objects: empty when the figure agrees. A check never raises for the
report's content (a disagreement, a target of 0, a negative realization: each is a finding); it
raises only for a malformed call.

**The interval rule** (v0.2). A figure printed with *d* decimals stands for the values that print
to it, half up or truncated: ``[v − ½·10⁻ᵈ, v + 10⁻ᵈ)`` for v ≥ 0. What is exact depends on what
the figure is: counts, rupiah amounts and targets are exact; computed figures (percentages,
achievements, absorptions, an indicator's realization, NRR, weighted NRR, index, IKM) stand for
their interval whatever their decimals. A figure derived from printed figures agrees when the
formula's range over its inputs' values meets the published figure's values: an index printed
"3,53" may be 3,5324, so a printed IKM "88,31" agrees.

**Notation.** Every ``str`` figure is printed text, read in Indonesian notation by default
(``notation="en"`` for English exports, ``"plain"`` for plain ASCII decimals); numbers are numbers.

**Language.** :meth:`Finding.text` says a finding in Indonesian (the default) or English;
:attr:`Finding.message` is the English sentence.

The package holds one module per concern: the interval type (``_interval``), printed figures and
notations (``_published``), findings and their wording (``_findings``), the path every check
follows (``_checks``), and the checks: of a table's arithmetic (``_sums``), of achievements and
their grades (``_achievements``), of a survey's table (``_surveys``). This module is its public
face.

**Internal API.** lkjcalc's other modules (the report model) build their printed records with the
converters :func:`to_figure`, :func:`to_optional_figure`, :func:`to_figures`, :func:`to_code` and
:func:`to_year` (and :func:`name_fields`, by which a bad figure names its field), and word their
own findings with :func:`show`; they are not in ``__all__`` and may change without notice.

The checks of whole printed forms are in ``_renja`` (a Renja evaluation row, :func:`check_renja`)
and ``_lke`` (an AKIP worksheet, :func:`check_lke`), with what they share in ``_columns``.
"""

from __future__ import annotations

from lkjcalc.review._achievements import check_achievement, check_band
from lkjcalc.review._findings import Finding, FindingKind, findings_html
from lkjcalc.review._findings import show as show
from lkjcalc.review._lke import PrintedLke, check_lke
from lkjcalc.review._published import Figure as Figure
from lkjcalc.review._published import FigureKind, PrintedSurvey, Published, published
from lkjcalc.review._published import name_fields as name_fields
from lkjcalc.review._published import to_code as to_code
from lkjcalc.review._published import to_figure as to_figure
from lkjcalc.review._published import to_figures as to_figures
from lkjcalc.review._published import to_optional_figure as to_optional_figure
from lkjcalc.review._published import to_year as to_year
from lkjcalc.review._renja import PrintedRenjaRow, check_renja
from lkjcalc.review._sample import check_sample
from lkjcalc.review._sums import (
    check_absorption,
    check_consistent,
    check_difference,
    check_percentage,
    check_total,
)
from lkjcalc.review._surveys import check_ikm, check_weights

__all__ = [
    "FigureKind",
    "Finding",
    "FindingKind",
    "PrintedLke",
    "PrintedRenjaRow",
    "PrintedSurvey",
    "Published",
    "check_absorption",
    "check_achievement",
    "check_band",
    "check_consistent",
    "check_difference",
    "check_ikm",
    "check_lke",
    "check_percentage",
    "check_renja",
    "check_sample",
    "check_total",
    "check_weights",
    "findings_html",
    "published",
]

# The public classes belong to this module's face (their reprs, pickles and API pages name it).
for _cls in (FigureKind, Finding, FindingKind, PrintedSurvey, Published):
    _cls.__module__ = __name__
PrintedLke.__module__ = PrintedRenjaRow.__module__ = __name__
del _cls
