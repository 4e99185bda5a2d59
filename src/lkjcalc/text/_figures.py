"""Rupiah amounts, numbers and percentages in Indonesian notation, and strict reading (internal).

The public names are re-exported by :mod:`lkjcalc.text` and :mod:`lkjcalc`; see there for the
sources. Conventions that hold for every function here:

- Rounding is half up (half away from zero) to the requested number of decimals, in lkjcalc's
  private decimal context: never Babel's half even, never the caller's context.
- A figure that rounds to zero prints without a sign (``-0.001`` → ``Rp0,00``).
- The signs come from CLDR ``id`` (``.`` groups thousands, ``,`` marks decimals); the digits, the
  rounding and the spacing are lkjcalc's own, so the output does not move with Babel's version.
"""

from __future__ import annotations

import functools
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Literal, NamedTuple

from lkjcalc._numeric import CONTEXT, Number, check_places, to_decimal
from lkjcalc._validators import check_bool, check_choice
from lkjcalc.errors import InvalidInputError, InvalidTypeError, ParseError
from lkjcalc.text._locale import locale_data

__all__ = [
    "format_compact_rupiah",
    "format_number",
    "format_percent",
    "format_rupiah",
    "parse_rupiah",
]

#: ``1``, ``0.1``, ``0.01`` … ``1E-40``: the quantum for each number of decimals (exact tuples).
_QUANTA = tuple(Decimal((0, (1,), -places)) for places in range(41))

#: The text before the digits, by (symbol, space). Reports that write "Rp." always follow it with
#: a space (the seed: "Rp. 16.820.500,-"), so the "Rp." style has one whatever *space* says.
_PREFIXES: dict[tuple[str | None, bool], str] = {
    ("Rp", False): "Rp",
    ("Rp", True): "Rp ",
    ("Rp.", False): "Rp. ",
    ("Rp.", True): "Rp. ",
    (None, False): "",
    (None, True): "",
}


class _Style(NamedTuple):
    """All a formatter needs besides the value, worked out once per combination of options."""

    quantum: Decimal  # 10^-places
    zeros: str  # what an int gets after its digits: ",00" (or "" for places=0)
    prefix: str  # "Rp"
    suffix: str  # ",-" or "%" or ""
    negative_prefix: str  # "-Rp" or "(Rp"
    negative_suffix: str  # "" or ")"
    group: str  # "."
    decimal: str  # ","


#: Styles already worked out, by their validated options (a few hundred at most: the options
#: are closed sets).
_STYLES: dict[tuple[object, ...], _Style] = {}

#: format_rupiah's defaults, which its fast path recognises by identity.
_DEFAULT_PLACES, _DEFAULT_SYMBOL, _DEFAULT_NEGATIVE = 2, "Rp", "minus"

#: ints below this in absolute value are formatted as ints, with no Decimal at all.
_SMALL_INT = 10**18


def _style(places: int, prefix: str, suffix: str, negative: str) -> _Style:
    data = locale_data()
    if negative == "minus":
        negative_prefix, negative_suffix = f"{data.minus}{prefix}", suffix
    else:
        negative_prefix, negative_suffix = f"({prefix}", f"{suffix})"
    zeros = f"{data.decimal}{'0' * places}" if places else ""
    return _Style(
        _QUANTA[places],
        zeros,
        prefix,
        suffix,
        negative_prefix,
        negative_suffix,
        data.group,
        data.decimal,
    )


def _places(places: object) -> int:
    # The common case without a call; check_places raises the error for everything else.
    if type(places) is int and 0 <= places <= 40:  # noqa: PLR2004 - check_places' range
        return places
    return check_places(places)


def _render(value: object, style: _Style, field: str) -> str:
    """*value* rounded half up to the style's decimals, in Indonesian notation, with its affixes.

    A value that rounds to zero is printed without a sign. This is the hot path of every
    formatter, so the common types skip :func:`~lkjcalc._numeric.to_decimal`'s dispatch.
    """
    quantum, zeros, prefix, suffix, negative_prefix, negative_suffix, group, decimal = style
    if type(value) is int and -_SMALL_INT < value < _SMALL_INT:
        # Exact: an int needs no rounding, only its zero decimals.
        if value < 0:
            value, prefix, suffix = -value, negative_prefix, negative_suffix
        return f"{prefix}{format(value, ',').replace(',', group)}{zeros}{suffix}"
    # to_decimal's rules (a float through its shortest repr), without its dispatch.
    if type(value) is Decimal and value.is_finite():
        number = value
    elif type(value) is float and value - value == 0:  # finite: inf - inf and NaN are NaN
        number = Decimal(float.__repr__(value))
    else:
        number = to_decimal(value, field)
    # The fast path of quantize(number, places), inline: this is the hot path that
    # benchmarks/bench_text.py times, so no call here; _round refuses the figures longer than
    # the private context's precision. tests/test_text.py checks that this and quantize agree.
    try:
        rounded = number.quantize(quantum, ROUND_HALF_UP, CONTEXT)
    except InvalidOperation:
        rounded = _round(number, -quantum.adjusted(), value, field)  # raises the error
    # No precision in the format spec, so formatting cannot round (nor read any context).
    text = format(rounded, ",f")
    if text[0] == "-":
        text = text[1:]
        if not rounded.is_zero():
            prefix, suffix = negative_prefix, negative_suffix
    # Python's "," and "." to the locale's signs (str.replace is faster than str.translate here).
    digits = text.replace(",", "\0").replace(".", decimal).replace("\0", group)
    return f"{prefix}{digits}{suffix}"


@functools.cache
def _plain_style(places: int, *, percent: bool) -> _Style:
    """The style of format_number (no affixes) or format_percent (the percent sign after)."""
    return _style(places, "", locale_data().percent if percent else "", "minus")


def _round(number: Decimal, places: int, value: object, field: str) -> Decimal:
    """*number* rounded half up to *places* decimals; too many digits is an InvalidInputError.

    The fast path of :func:`~lkjcalc._numeric.quantize`, lkjcalc's one rounding: the same
    rounding, in the private context, which signals a figure longer than its precision where
    quantize widens it (timed with timeit: calling quantize here costs format_compact_rupiah about
    a third more). A zero may keep its sign here; the callers print none. ``tests/test_text.py``
    checks that both agree.
    """
    try:
        return number.quantize(_QUANTA[places], ROUND_HALF_UP, CONTEXT)
    except InvalidOperation:
        raise InvalidInputError(
            field=field,
            value=value,
            expected=f"at most {CONTEXT.prec} digits once rounded to {places} decimals",
        ) from None


def _rupiah_style(
    places: object, symbol: object, space: object, dash: object, negative: object
) -> _Style:
    """Validate format_rupiah's options and return their style (worked out once per style)."""
    places = _places(places)
    check_bool(space, "space")
    check_bool(dash, "dash")
    key = (places, symbol, space, dash, negative)  # the types of the equal-prone ones are exact
    try:
        return _STYLES[key]
    except (KeyError, TypeError):  # TypeError: an unhashable symbol, refused below
        pass
    try:
        prefix = _PREFIXES[symbol, space]  # type: ignore[index]
    except (KeyError, TypeError):
        raise InvalidInputError(
            field="symbol", value=symbol, expected="'Rp', 'Rp.' or None"
        ) from None
    negative = check_choice(negative, ("minus", "parentheses"), "negative")
    if dash and places:
        raise InvalidInputError(
            field="dash",
            value=dash,
            expected=f"places=0 (',-' stands for whole rupiah), not places={places}",
        )
    style = _STYLES[key] = _style(
        places, prefix, f"{locale_data().decimal}-" if dash else "", negative
    )
    return style


#: format_rupiah's default style, set on first use (the locale data is read lazily).
_default_style: _Style | None = None


def _load_default_style() -> _Style:
    # A cache of one value, read on the hot path: benchmarks/bench_text.py times format_rupiah
    # with its defaults against Babel and a bare f-string; test_the_default_path_agrees_with_the
    # _validating_one (tests/test_text.py) checks that it prints what the general path prints.
    global _default_style  # noqa: PLW0603
    _default_style = _rupiah_style(
        places=_DEFAULT_PLACES,
        symbol=_DEFAULT_SYMBOL,
        space=False,
        dash=False,
        negative=_DEFAULT_NEGATIVE,
    )
    return _default_style


def format_rupiah(
    amount: Number,
    *,
    places: int = 2,
    symbol: Literal["Rp", "Rp."] | None = "Rp",
    space: bool = False,
    dash: bool = False,
    negative: Literal["minus", "parentheses"] = "minus",
) -> str:
    """Format a rupiah amount (*rupiah*) in Indonesian notation, PUEBI style by default.

    ``.`` groups thousands and ``,`` marks the decimals (CLDR ``id``); the amount is rounded half
    up to *places* decimals. The options cover the styles Indonesian documents print:

    ========================================  ======================  =========================
    call                                      result                  where it is printed
    ========================================  ======================  =========================
    ``format_rupiah(x)``                      ``Rp12.143.000,00``     PUEBI; regulations
    ``format_rupiah(x, space=True)``          ``Rp 12.143.000,00``    reports, invoices
    ``format_rupiah(x, symbol="Rp.")``        ``Rp. 12.143.000,00``   LKjIP tables (the seed)
    ``places=0, dash=True, symbol="Rp."``     ``Rp. 16.820.500,-``    LKjIP text (the seed)
    ``format_rupiah(x, symbol=None)``         ``12.143.000,00``       "Anggaran (Rp)" columns
    ``format_rupiah(x, places=0)``            ``Rp12.143.000``        whole-rupiah payments
    ``negative="parentheses"``                ``(Rp1.000,00)``        accounting tables
    ========================================  ======================  =========================

    Args:
        amount: any accepted number (domain.md §0): ``int``, ``Decimal``, ``float``, a plain
            decimal ``str`` or a numpy scalar, so ``series.map(format_rupiah)`` formats a pandas
            column (pass ``na_action="ignore"`` to leave blanks blank).
        places: decimals to print, 0 to 40 (2 by default: sen).
        symbol: ``"Rp"`` (PUEBI), ``"Rp."`` (report practice, always followed by a space) or
            ``None`` for the bare number.
        space: put a space between ``Rp`` and the digits.
        dash: end whole rupiah with ``,-`` ("no sen"); requires ``places=0``.
        negative: ``"minus"`` (``-Rp1.000,00``, CLDR) or ``"parentheses"`` (``(Rp1.000,00)``).

    Returns:
        The amount as text; an amount that rounds to zero has no sign.

    Raises:
        InvalidInputError: an amount that is not an accepted number, *places* outside 0 to 40,
            ``dash=True`` with decimals, or an unknown *symbol* or *negative* style.
        InvalidTypeError: a ``bool`` amount, or *space* or *dash* that is not a ``bool``.

    Notes:
        Babel's ``format_currency(x, "IDR", locale="id")`` is not a substitute: it rounds half
        even (``Rp0,12`` for 0.125) and, from Babel 2.19 (CLDR 48), prints IDR with 0 decimals
        where earlier versions printed 2. This function pins both.

    References:
        PUEBI (Permendikbud 50/2015), lambang bilangan: ``Rp5.000,00``, no point and no space after
        ``Rp``. CLDR ``id`` for the signs. PMK 250/2010 for whole-rupiah state payments.
        LKj Kecamatan Bantur 2020 (the seed) for ``Rp. 16.820.500,-`` and ``Rp. 12.143.000,00``.

    Examples:
        The seed's budget lines (BAB III, tables of 2.2 and 3):

        >>> format_rupiah(12143000)
        'Rp12.143.000,00'
        >>> format_rupiah(16820500, places=0, dash=True, symbol="Rp.")
        'Rp. 16.820.500,-'
        >>> format_rupiah("692541800.00", symbol=None)
        '692.541.800,00'
        >>> format_rupiah(-1000, negative="parentheses"), format_rupiah("0.125")
        ('(Rp1.000,00)', 'Rp0,13')
        >>> format_rupiah(16820500, dash=True)
        Traceback (most recent call last):
        ...
        lkjcalc.errors.InvalidInputError: dash: got True, expected places=0 ...
    """
    # The fast path for the defaults. Identity is exact here: False is a singleton, and an int 2
    # or the strings "Rp" and "minus" written in the caller's code are the very objects of the
    # defaults (small ints are cached, identifier-like literals interned); any other object, an
    # equal float or bool included, takes the validating path. Justified by
    # benchmarks/bench_text.py; tests/test_text.py checks that both paths print the same.
    if (
        places is _DEFAULT_PLACES
        and symbol is _DEFAULT_SYMBOL
        and space is False
        and dash is False
        and negative is _DEFAULT_NEGATIVE
    ):
        return _render(amount, _default_style or _load_default_style(), "amount")
    return _render(amount, _rupiah_style(places, symbol, space, dash, negative), "amount")


def format_number(value: Number, places: int = 2) -> str:
    """Format a number in Indonesian notation (*angka*): ``.`` groups thousands, ``,`` decimals.

    Args:
        value: any accepted number (domain.md §0).
        places: decimals to print, 0 to 40, rounded half up.

    Returns:
        The number as text, with ``-`` before a negative value (CLDR ``id``).

    Raises:
        InvalidInputError: a value that is not an accepted number, or *places* outside 0 to 40.

    References:
        PUEBI, lambang bilangan (``.`` between thousands, ``,`` before decimals); CLDR ``id``.

    Examples:
        The seed's budget total and a share printed with 3 decimals (BAB III, table 3):

        >>> format_number(692541800)
        '692.541.800,00'
        >>> format_number("1.9065", places=3), format_number(-2.5, places=0)
        ('1,907', '-3')
    """
    return _render(value, _plain_style(_places(places), percent=False), "value")


def format_percent(value: Number, places: int = 2) -> str:
    """Format a figure in percent units as Indonesian reports print it (*persen*): ``85,03%``.

    The value is already in percent units (``85.03`` means 85.03 %, domain.md §0); it is not
    multiplied by 100. The sign follows the number with no space (CLDR ``id`` ``#,##0%``).

    Args:
        value: a figure in percent units, any accepted number.
        places: decimals to print, 0 to 40, rounded half up.

    Returns:
        The percentage as text.

    Raises:
        InvalidInputError: a value that is not an accepted number, or *places* outside 0 to 40.

    References:
        CLDR ``id`` percent pattern ``#,##0%``; the seed prints ``85%`` and ``1,907%``.

    Examples:
        The Musrenbang participation of 2020, 142 / 167 × 100 (the seed, BAB III 2.2):

        >>> format_percent("85.02994011976")
        '85,03%'
        >>> format_percent("85.02994011976", places=0), format_percent("1.9065", places=3)
        ('85%', '1,907%')
    """
    return _render(value, _plain_style(_places(places), percent=True), "value")


def format_compact_rupiah(amount: Number, *, places: int = 1, long: bool = False) -> str:
    """Format a rupiah amount in compact form (*ribu, juta, miliar, triliun*): ``Rp12,1 jt``.

    The amount is first rounded half up to whole rupiah. Below 1.000 it prints as whole rupiah
    with no unit (``Rp999``). Otherwise it is scaled to the largest unit it reaches (up to
    triliun), rounded half up to *places* decimals, and trailing zeros are dropped; a figure that
    rounds up to 1.000 of a unit moves to the next unit (999.950 → ``Rp1 jt``, not ``Rp1.000 rb``).

    Args:
        amount: any accepted number.
        places: at most this many decimals, 0 to 40 (1 by default).
        long: use the long units (``juta``) instead of the short ones (``jt``).

    Returns:
        The compact amount, with an ASCII space before the unit and ``-`` before a negative one.

    Raises:
        InvalidInputError: an amount that is not an accepted number, or *places* outside 0 to 40.
        InvalidTypeError: *long* that is not a ``bool``.

    Notes:
        Units (CLDR ``id`` compact forms): short ``rb``, ``jt``, ``M``, ``T``; long ``ribu``,
        ``juta``, ``miliar``, ``triliun``. CLDR puts a no-break space before the unit and Babel
        rounds half even; lkjcalc uses an ASCII space and rounds half up. Amounts of 1.000 triliun
        and more stay in triliun (``Rp1.250 T``).

    References:
        CLDR ``id`` compact decimal and currency formats; KBBI *miliar* (not *milyar*).

    Examples:
        The seed's budget line and total (BAB III):

        >>> format_compact_rupiah(12143000), format_compact_rupiah(692541800, long=True)
        ('Rp12,1 jt', 'Rp692,5 juta')
        >>> format_compact_rupiah(999950), format_compact_rupiah(999.5)
        ('Rp1 jt', 'Rp1 rb')
        >>> format_compact_rupiah(1250762095364, places=2, long=True)
        'Rp1,25 triliun'
    """
    places = _places(places)
    check_bool(long, "long")
    data = locale_data()
    whole = int(_round(to_decimal(amount, "amount"), 0, amount, "amount"))
    below_zero, whole = whole < 0, abs(whole)
    units = data.long_units if long else data.short_units
    if whole < 1000:  # noqa: PLR2004 - the first compact unit
        body = str(whole)
    else:
        power = min((len(str(whole)) - 1) // 3, len(units))
        scaled = _scaled(whole, power, places, amount)
        if scaled >= 1000 and power < len(units):  # noqa: PLR2004 - promotion to the next unit
            power += 1
            scaled = _scaled(whole, power, places, amount)
        body = format(scaled, ",f").translate(data.swap)
        if data.decimal in body:
            body = body.rstrip("0").rstrip(data.decimal)
        body = f"{body} {units[power - 1]}"
    text = f"{data.currency}{body}"
    return f"{data.minus}{text}" if below_zero else text


def _scaled(whole: int, power: int, places: int, amount: object) -> Decimal:
    """``whole / 1000**power`` rounded half up to *places* decimals (exact until the rounding)."""
    return _round(Decimal(whole).scaleb(-3 * power, CONTEXT), places, amount, "amount")


# ----------------------------------------------------------------------------- parsing

# Patterns compiled on first use (_amount_pattern, and the re module's cache for the two hints),
# so that importing lkjcalc.text stays cheap.
_AMOUNT = (
    r"(?P<open>\()?"
    r"(?P<minus>-)?"
    r"(?:(?P<symbol>[Rr][Pp]\.?)[ \u00a0\u202f]*)?"
    r"(?P<inner_minus>-)?"
    r"(?P<whole>[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)"
    r"(?:,(?:(?P<fraction>[0-9]+)|(?P<dash>-)))?"
    r"(?P<close>\))?\Z"
)
# A '.' that is not followed by exactly three digits cannot be a thousands separator.
_BAD_GROUP = r"[0-9]\.(?![0-9]{3}(?![0-9]))"
# More than three digits before a '.': "1234.567".
_LONG_GROUP = r"[0-9]{4}\."

_EXPECTED = (
    "a rupiah amount in Indonesian notation such as 'Rp12.143.000,00', 'Rp. 16.820.500,-', "
    "'(Rp1.000,00)', '12.143.000,00' or '150000000'"
)


@functools.cache
def _amount_pattern() -> re.Pattern[str]:
    return re.compile(_AMOUNT)


def parse_rupiah(text: str) -> Decimal:
    """Read a rupiah amount printed in Indonesian notation (*rupiah*), refusing anything ambiguous.

    Reads every style :func:`format_rupiah` prints, and the ones reports print by hand: with or
    without ``Rp`` or ``Rp.`` (any case), spaces after the symbol, ``,-`` for whole rupiah,
    accounting parentheses, a leading minus (before or after the symbol), and plain ungrouped
    digits. Surrounding whitespace is ignored.

    Args:
        text: the printed amount.

    Returns:
        The exact amount, with as many decimals as were printed (``",-"`` has none).

    Raises:
        InvalidTypeError: *text* is not a ``str``.
        ParseError: *text* is not an amount in Indonesian notation, or could be read in more than
            one way. The message says what was expected and, where it can, what is wrong.

    Notes:
        Grouping is strict: ``.`` separates thousands, so it must be followed by exactly three
        digits and the first group has 1 to 3 digits and no leading zero. ``"1.5"``,
        ``"150000000.00"`` and ``"1.000.00"`` are errors (Babel's ``parse_decimal`` reads
        ``"1.5"`` as 15), and so is ``"0.500"``, which an English reader takes for a half. ``,``
        is the only decimal sign and appears at most once, so ``"1,000,000"`` is an error too;
        ``"1,000"`` is the amount one (with three decimals), as Indonesian notation says.

    References:
        PUEBI, lambang bilangan; CLDR ``id``; the seed (``Rp. 16.820.500,-``,
        ``Rp. 12.143.000,00``, ``692.541.800,00``).

    Examples:
        >>> parse_rupiah("Rp. 16.820.500,-"), parse_rupiah("692.541.800,00")
        (Decimal('16820500'), Decimal('692541800.00'))
        >>> parse_rupiah("(Rp1.000,00)"), parse_rupiah("150000000")
        (Decimal('-1000.00'), Decimal('150000000'))
        >>> parse_rupiah("1.5")
        Traceback (most recent call last):
        ...
        lkjcalc.errors.ParseError: text: got '1.5', expected a rupiah amount ...
    """
    if not isinstance(text, str):
        raise InvalidTypeError(field="text", value=text, expected="a str")
    match = _amount_pattern().match(text.strip())
    if match is None:
        raise ParseError(field="text", value=text, expected=_EXPECTED, detail=_diagnose(text))
    whole = match["whole"]
    problem = None
    if bool(match["open"]) != bool(match["close"]):
        problem = "the parentheses are not balanced"
    elif match["minus"] and match["inner_minus"]:
        problem = "there are two minus signs"
    elif match["open"] and (match["minus"] or match["inner_minus"]):
        problem = "a negative amount has parentheses or a minus sign, not both"
    elif "." in whole and whole[0] == "0":
        problem = f"a grouped amount cannot start with 0 ({whole!r} could be read as a fraction)"
    if problem is not None:
        raise ParseError(field="text", value=text, expected=_EXPECTED, detail=problem)
    digits = whole.replace(".", "")
    if match["fraction"]:
        digits = f"{digits}.{match['fraction']}"
    amount = Decimal(digits)  # a plain digit string: exact, no context involved
    negative = match["open"] or match["minus"] or match["inner_minus"]
    return amount.copy_negate() if negative and not amount.is_zero() else amount


def _diagnose(text: str) -> str:
    """Say what is wrong with text that does not have the shape of an amount."""
    if not text.strip():
        return "the text is empty"
    if re.search(_BAD_GROUP, text):
        return (
            "'.' groups thousands and must be followed by exactly 3 digits; "
            "write decimals after ',' (1,5 not 1.5)"
        )
    if re.search(_LONG_GROUP, text):
        return "the digits before the first '.' are a group of 1 to 3 digits"
    if text.count(",") > 1:
        return "',' is the decimal sign and appears once; '.' groups thousands"
    return "only digits, '.', ',', a sign, 'Rp' or 'Rp.' and parentheses can appear"
