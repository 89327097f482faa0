"""Numbers written the Vietnamese way whatever the page's language: 2.560; 4,5; 1.234,75."""

from decimal import Decimal


def vi_number(value):
    """A dot between thousands, a comma before decimals, no trailing zeros:
    2560 → "2.560", Decimal("4.50") → "4,5", 1234.75 → "1.234,75"."""
    number = Decimal(str(value))
    sign = "-" if number < 0 else ""
    whole, _dot, fraction = f"{abs(number):f}".partition(".")
    groups = []
    while len(whole) > 3:
        whole, tail = whole[:-3], whole[-3:]
        groups.insert(0, tail)
    text = ".".join([whole, *groups])
    fraction = fraction.rstrip("0")
    return sign + text + ("," + fraction if fraction else "")
