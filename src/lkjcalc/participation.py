"""Musrenbang participation (*tingkat partisipasi masyarakat dalam Musrenbang*).

The share of the attendees of a development-planning meeting (*Musrenbang*) who are not civil
servants (*stakeholder non PNS*), as the seed report computes it (domain.md §2).
"""

from __future__ import annotations

from decimal import Decimal

from lkjcalc._numeric import Count, percent, plain_decimal, to_non_negative_count
from lkjcalc.errors import InvalidInputError

__all__ = ["participation_percentage"]


def participation_percentage(non_civil_servants: Count, attendees: Count) -> Decimal:
    """Musrenbang participation (*persentase tingkat partisipasi masyarakat*), in percent.

    Args:
        non_civil_servants: attendees who are not civil servants (*kehadiran stakeholder non
            PNS*), a whole number >= 0.
        attendees: everyone invited who attended (*jumlah keseluruhan undangan yang hadir*), a
            whole number >= *non_civil_servants*.

    Returns:
        non_civil_servants / attendees × 100, exact and unrounded.

    Raises:
        InvalidInputError: a count that is not a whole number >= 0, or more non-civil-servants
            than attendees (checked first).
        UndefinedResultError: no attendees.

    Notes:
        ``participation = non_civil_servants / attendees × 100``.

    References:
        LKj Kecamatan Bantur 2020 (seed), BAB III 2.2 and BAB I C.3; domain.md §2.

    Examples:
        2020: 142 of 167 attendees were not civil servants; the report prints "85 %":

        >>> participation_percentage(142, 167)
        Decimal('85.02994011976047904191616766467065868263')
        >>> participation_percentage(133, 157)  # 2019, also printed as "85 %"
        Decimal('84.71337579617834394904458598726114649682')
        >>> participation_percentage(168, 167)
        Traceback (most recent call last):
        ...
        lkjcalc.errors.InvalidInputError: non_civil_servants: got 168, expected at most ...
    """
    part = to_non_negative_count(non_civil_servants, "non_civil_servants")
    whole = to_non_negative_count(attendees, "attendees")
    if part > whole:
        raise InvalidInputError(
            field="non_civil_servants",
            value=part,
            expected=f"at most the number of attendees ({whole})",
        )
    return plain_decimal(
        percent(
            Decimal(part),
            Decimal(whole),
            what="participation",
            why="there were no attendees",
            field="attendees",
        )
    )
