"""Periods: quarters (*triwulan*), years, Renstra-to-date and the Renja evaluation.

Every OPD reports its performance by quarter (TW I–IV) and fills the evaluation of its Renja
(*rencana kerja* of the Perangkat Daerah) on the form of Permendagri 86/2017 (form E.81 for
kabupaten/kota, E.79/E.80 for the other levels); Bappeda consolidates them into the evaluation of
the RKPD. How periods add up depends on what the indicator measures, so every indicator declares
its :class:`Accumulation` (domain.md §9):

- ``FLOW``, a quantity produced in each period: the year is the sum of its quarters;
- ``STOCK``, a state at the end of the period (a percentage, an index): the last reported value;
- ``RATIO``, a rate from (numerator, denominator) pairs: Σ numerators / Σ denominators × 100;
- ``AVERAGE``, the mean of the reported periods.

Adding up the quarters of a percentage reported 80, 82, 85 and 86 gives 333 %, the error peer
applications make; as a ``STOCK`` its year is 86.

A period not yet reported is ``None`` and is skipped; a reported 0 is a value; with no reported
period the result is undefined (:class:`~lkjcalc.errors.UndefinedResultError`). Every achievement
here is computed by :func:`lkjcalc.achievement` with the indicator's options, and every grade by
:data:`lkjcalc.scales.PERMENDAGRI_86_2017`.

Sources: Permendagri 86/2017, Lampiran, form E.81 (*Evaluasi terhadap hasil Renja Perangkat
Daerah lingkup kabupaten/kota*) and the columns as published evaluations and e-monev
applications apply them; Kemenkeu's performance-management practice for the accumulations
("sum", "take last known", "average").

The package holds one module per concern: the accumulation of periods and the achievements to
date, with the options an indicator gives them (``_accumulate``), and the Renja evaluation with
its display (``_renja``). This module is its public face.
"""

from __future__ import annotations

from lkjcalc.performance import Accumulation
from lkjcalc.periods._accumulate import PeriodValue as PeriodValue
from lkjcalc.periods._accumulate import accumulate, period_achievements
from lkjcalc.periods._renja import RenjaEvaluation, evaluate_renja

__all__ = [
    "Accumulation",
    "RenjaEvaluation",
    "accumulate",
    "evaluate_renja",
    "period_achievements",
]
