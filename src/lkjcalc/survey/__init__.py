"""Public satisfaction survey (*Survei Kepuasan Masyarakat*, SKM) and its index (IKM).

A unit of public service asks its users to score each service element (*unsur pelayanan*) on a 1-4
perception scale; the mean score of an element is its NRR (*nilai rata-rata*), the weighted sum of
the NRRs is the unit's index (1-4) and the index × 25 is the IKM (25-100), graded A-D for service
quality (*mutu pelayanan*).

Sources (domain.md §4):

- PermenPANRB 14/2017 on the guideline for the SKM of public service units (in force since
  2017): the nine elements U1-U9, the NRR, the weights "jumlah bobot / jumlah unsur", the
  conversion × 25, the quality grades (:data:`lkjcalc.scales.IKM_2017`) and the sample size taken
  from Krejcie & Morgan (1970).
- KepMenPAN 25/KEP/M.PAN/2/2004 on the IKM (the earlier method, 14 elements, weight 1/14 printed
  as 0.071; grades :data:`lkjcalc.scales.IKM_2004`).

What lkjcalc decides where the regulations are silent: blanks are excluded element by element
(pairwise), an element nobody answered makes the IKM undefined, and the default computation is
exact (weights exactly 1/k, computed with rationals and converted once). Published tables that
rounded weights or intermediate figures are reproduced on request (:func:`ikm` options), and every
result says which method produced it.

A :class:`Survey` is an aggregate (counts per element and score), so surveys merge with ``+`` and
the empty survey is the identity: a national data set can be aggregated shard by shard and reduced.

The package holds one module per concern: the elements (``_elements``), the tallies and the reading
of rows, columns and buffers (``_survey``, with ``_counting``), answers given as text
(``_answers``), the joint counts of pairs of elements (``_joint``), how an IKM is computed
(``_options``), the index (``_index``), the combination of several units (``_combine``), the
uncertainty of an IKM (``_interval``: standard errors, confidence intervals, comparisons) and the
sample size (``_sample``). This module is its public face.
"""

from __future__ import annotations

from lkjcalc.survey._answers import ANSWERS_2017
from lkjcalc.survey._combine import combine_ikm
from lkjcalc.survey._elements import ELEMENTS_2004, ELEMENTS_2017, Element
from lkjcalc.survey._index import IkmResult, ikm, ikm_from_index, ikm_from_nrr, index_to_ikm
from lkjcalc.survey._interval import IkmComparison, IkmInterval, compare_ikm, ikm_interval
from lkjcalc.survey._options import Combination, IkmOptions, Weighting
from lkjcalc.survey._sample import SampleMethod, minimum_sample_size
from lkjcalc.survey._survey import ElementTally, Survey

__all__ = [
    "ANSWERS_2017",
    "ELEMENTS_2004",
    "ELEMENTS_2017",
    "Combination",
    "Element",
    "ElementTally",
    "IkmComparison",
    "IkmInterval",
    "IkmOptions",
    "IkmResult",
    "SampleMethod",
    "Survey",
    "Weighting",
    "combine_ikm",
    "compare_ikm",
    "ikm",
    "ikm_from_index",
    "ikm_from_nrr",
    "ikm_interval",
    "index_to_ikm",
    "minimum_sample_size",
]
