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

The package holds one module per concern: the worksheet as data, its grades and the worksheet of
88/2021 (``_worksheet``), and the scoring, the grade proposal and the result's display
(``_score``). This module is its public face.
"""

from __future__ import annotations

from lkjcalc.evaluation._score import LkeResult, propose_lke_grade, score_lke
from lkjcalc.evaluation._worksheet import LKE_2021, Component, LkeGrade, Subcomponent, Worksheet

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
