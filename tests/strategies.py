"""Shared Hypothesis strategies for lkjcalc's tests."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from lkjcalc import Band, Scale

#: Any finite decimal with up to 6 decimals, in a range that reports use (± 10^12).
decimals = st.decimals(
    min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=6, allow_nan=False
)

#: Non-negative decimals with up to 4 decimals (realizations, percentages, amounts).
non_negative = st.decimals(
    min_value=Decimal(0), max_value=Decimal("1e9"), places=4, allow_nan=False
)

#: Strictly positive decimals with up to 4 decimals (targets, allocations).
positive = st.decimals(
    min_value=Decimal("0.0001"), max_value=Decimal("1e9"), places=4, allow_nan=False
)

#: Percent figures as reports print them, 0 to 200 with up to 3 decimals.
percents = st.decimals(min_value=Decimal(0), max_value=Decimal(200), places=3, allow_nan=False)


@st.composite
def scales(draw: st.DrawFn) -> Scale:
    """A random valid scale: 1 to 7 bands with strictly decreasing lower bounds."""
    size = draw(st.integers(min_value=1, max_value=7))
    bounds = draw(
        st.lists(
            st.decimals(min_value=-1000, max_value=1000, places=2, allow_nan=False),
            min_size=size - 1,
            max_size=size - 1,
            unique=True,
        )
    )
    bounds.sort(reverse=True)
    inclusive = draw(st.lists(st.booleans(), min_size=size - 1, max_size=size - 1))
    bands = [
        Band(code=f"B{i}", label=f"Band {i}", lower=lower, lower_inclusive=inc)
        for i, (lower, inc) in enumerate(zip(bounds, inclusive, strict=True))
    ]
    bands.append(Band(code=f"B{size - 1}", label="lowest", lower=None))
    places = draw(st.integers(min_value=0, max_value=4))
    return Scale(name="generated", bands=tuple(bands), places=places, source="hypothesis")
