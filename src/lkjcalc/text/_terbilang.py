"""Amounts spelled out in Indonesian words (*terbilang*) (internal; public through lkjcalc.text)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Literal

from lkjcalc._numeric import Number, to_decimal
from lkjcalc._validators import check_bool, check_choice
from lkjcalc.errors import InvalidInputError

if TYPE_CHECKING:
    from decimal import Decimal

__all__ = ["terbilang"]

_DIGITS = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
_DIGIT_WORDS = dict(zip("0123456789", _DIGITS, strict=True))

#: The scale word of each group of three digits, from the units up (KBBI spelling: *miliar*,
#: never *milyar*; *kuintiliun* is 10^18).
_SCALES = ("", "ribu", "juta", "miliar", "triliun", "kuadriliun", "kuintiliun")

_LIMIT_DIGITS = 3 * len(_SCALES)
_LIMIT = 10**_LIMIT_DIGITS  # 10^21: the first amount without a scale word
_KOMA = "koma"
_SEN_DIGITS = 2


def _spell_group(number: int) -> str:
    """The words for 1 to 999 (``""`` for 0): *seratus*, *sepuluh*, *sebelas*, *dua belas* ..."""
    hundreds, rest = divmod(number, 100)
    tens, units = divmod(rest, 10)
    words = []
    if hundreds:
        words.append("seratus" if hundreds == 1 else f"{_DIGITS[hundreds]} ratus")
    if tens == 1:
        # 10 sepuluh, 11 sebelas, 12 to 19 "dua belas" ... "sembilan belas".
        words.append(("sepuluh", "sebelas")[units] if units < 2 else f"{_DIGITS[units]} belas")  # noqa: PLR2004
    else:
        if tens:
            words.append(f"{_DIGITS[tens]} puluh")
        if units:
            words.append(_DIGITS[units])
    return " ".join(words)


@functools.cache
def _short_fractions() -> dict[str, str]:
    """The words for fractions of one or two digits, "05" → "nol lima" (most amounts have sen)."""
    return {
        f"{number:0{width}d}": " ".join(_DIGITS[int(digit)] for digit in f"{number:0{width}d}")
        for width in (1, 2)
        for number in range(10**width)
    }


#: The words of a group 1..999 followed by its scale word ("dua ratus juta"), by scale; each
#: entry is spelled once, on first use (a benign race between threads writes the same words).
_SPELLED: tuple[list[str | None], ...] = tuple([None] * 1000 for _ in _SCALES)


def _spell_scaled(scale: int, group: int) -> str:
    """The words of *group* (1 to 999) at *scale*, stored in ``_SPELLED``."""
    if scale == 1 and group == 1:
        words = "seribu"  # a thousands group of exactly one, anywhere: 1.001.000
    else:
        words = f"{_spell_group(group)} {_SCALES[scale]}" if scale else _spell_group(group)
    _SPELLED[scale][group] = words
    return words


def _spell_integer(number: int) -> str:
    """The words for a whole number 0 <= number < 10^21."""
    if number == 0:
        return "nol"
    words: list[str] = []
    scale = 0
    while number:
        number, group = divmod(number, 1000)
        if group:
            words.append(_SPELLED[scale][group] or _spell_scaled(scale, group))
        scale += 1
    words.reverse()
    return " ".join(words)


def _split(number: Decimal) -> tuple[bool, int, str]:
    """Sign, whole part and fraction digits (trailing zeros dropped) of a finite value < 10^21."""
    text = str(number)  # plain digits, unless the exponent calls for "1E+3" or "1E-7"
    if "E" in text:
        # "f" without a precision writes every digit and rounds nothing (no context involved).
        text = format(number, "f")
    negative = text[0] == "-"
    whole, _, fraction = (text[1:] if negative else text).partition(".")
    fraction = fraction.rstrip("0")
    value = int(whole)
    return negative and bool(value or fraction), value, fraction


def _check_options(currency: object, cents: object, title: object) -> None:
    check_bool(currency, "currency")
    check_bool(title, "title")
    check_choice(cents, ("koma", "sen"), "cents")
    if cents == "sen" and not currency:
        raise InvalidInputError(
            field="cents", value=cents, expected="'koma' unless currency=True (sen are rupiah)"
        )


def terbilang(
    amount: Number,
    *,
    currency: bool = False,
    cents: Literal["koma", "sen"] = "koma",
    title: bool = False,
) -> str:
    """Spell out a number or a rupiah amount in Indonesian words (*terbilang*).

    The words that follow an amount in a regulation, a contract or a receipt ("Rp12.143.000,00
    (dua belas juta seratus empat puluh tiga ribu rupiah)"). Exact for every accepted number whose
    absolute value is below 10²¹ (up to *sembilan ratus sembilan puluh sembilan kuintiliun ...*).

    Args:
        amount: any accepted number (domain.md §0).
        currency: read the amount as rupiah: add *rupiah* and allow at most 2 decimals (sen).
        cents: how sen are read when *currency* is true: ``"koma"`` digit by digit after *koma*,
            before *rupiah*, as government documents do ("... koma tiga tiga rupiah" for ,33), or
            ``"sen"`` as a number after *rupiah* ("... rupiah tiga puluh tiga sen"), as receipts do.
        title: capitalise every word ("Dua Belas Juta ... Rupiah"), as many regulations print it.

    Returns:
        The words, lower case unless *title*.

    Raises:
        InvalidInputError: an amount that is not an accepted number or is 10²¹ or more in absolute
            value; more than 2 decimals with ``currency=True``; ``cents="sen"`` without
            ``currency=True``; an unknown *cents* style.
        InvalidTypeError: *currency* or *title* that is not a ``bool``.

    Notes:
        - Digits: *nol, satu, dua, tiga, empat, lima, enam, tujuh, delapan, sembilan*; 10 *sepuluh*,
          11 *sebelas*, 12–19 *dua belas* … *sembilan belas*, 100 *seratus*, 1000 *seribu*.
        - Scale words: *ribu* 10³, *juta* 10⁶, *miliar* 10⁹, *triliun* 10¹², *kuadriliun* 10¹⁵,
          *kuintiliun* 10¹⁸ (KBBI spelling; never *milyar*, *trilyun*).
        - A thousands group of exactly one is *seribu* wherever it stands (1.001.000 is *satu juta
          seribu*; num2words says *satu juta satu ribu*); the higher scales take *satu* (*satu
          juta*, never *sejuta*).
        - Negative amounts start with *minus*; a value that is zero is *nol* without a sign.
        - The fraction is read digit by digit after *koma*, trailing zeros dropped: 0.50 is *nol
          koma lima*, 0.05 *nol koma nol lima*; a whole value never says *koma nol* (",00" is not
          spelled out).
        - With ``cents="sen"``, an amount below one rupiah is read in sen alone (*lima puluh sen*).

    References:
        KBBI (*miliar*, *triliun*, *kuadriliun*, *kuintiliun*); PUEBI, penulisan lambang bilangan;
        Perda Provinsi Sulawesi Selatan 4/2021 and Perda Kota Depok 16/2022 (APBD amounts
        followed by their *terbilang*).

    Examples:
        Perda Sulawesi Selatan 4/2021:

        >>> terbilang("1250762095364.00", currency=True)
        'satu triliun dua ratus lima puluh miliar tujuh ratus enam puluh dua juta sembilan puluh
        lima ribu tiga ratus enam puluh empat rupiah'
        >>> terbilang(0, currency=True)
        'nol rupiah'

        The seed's budget line, and the two ways of reading sen:

        >>> terbilang(12143000, currency=True, title=True)
        'Dua Belas Juta Seratus Empat Puluh Tiga Ribu Rupiah'
        >>> terbilang("12.33", currency=True), terbilang("12.33", currency=True, cents="sen")
        ('dua belas koma tiga tiga rupiah', 'dua belas rupiah tiga puluh tiga sen')
        >>> terbilang(1001000), terbilang("-0.05")
        ('satu juta seribu', 'minus nol koma nol lima')
    """
    # The defaults need no checking (False is a singleton, and the literal "koma" is interned);
    # any other value, an equal one of another type included, is checked.
    if not (currency is False and cents is _KOMA and title is False):
        _check_options(currency, cents, title)
    if type(amount) is int:
        negative, whole, fraction = amount < 0, abs(amount), ""
        too_large = whole >= _LIMIT
    else:
        number = to_decimal(amount, "amount")
        # adjusted() is the exponent of the first digit: >= 21 means >= 10^21, unless zero.
        too_large = number.adjusted() >= _LIMIT_DIGITS and not number.is_zero()
        negative, whole, fraction = (False, 0, "") if too_large else _split(number)
    if too_large:
        raise InvalidInputError(
            field="amount",
            value=amount,
            expected="an amount below 10^21 in absolute value (the largest scale word is "
            "kuintiliun, 10^18)",
        )
    if currency and len(fraction) > _SEN_DIGITS:
        raise InvalidInputError(
            field="amount", value=amount, expected="at most 2 decimals (sen) when currency=True"
        )
    words = _spell_integer(whole)
    if cents == "sen" and fraction:
        sen = _spell_integer(int(fraction.ljust(_SEN_DIGITS, "0")))
        words = f"{words} rupiah {sen} sen" if whole else f"{sen} sen"
    else:
        if fraction:
            spelled = _short_fractions().get(fraction) or " ".join(
                map(_DIGIT_WORDS.__getitem__, fraction)
            )
            words = f"{words} koma {spelled}"
        if currency:
            words = f"{words} rupiah"
    if negative:
        words = f"minus {words}"
    return words.title() if title else words
