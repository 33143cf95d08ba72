"""Physical units through a small pint registry, built once per process.

pint's default registry reads "M" as molar, "a" as year and "in" as inch, and takes ~250 ms
to build. newslint never hands pint raw text: the figure pattern captures a unit token from
`UNIT_TOKENS` and pint only ever sees the unit name that token maps to.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pint

# Captured token → pint unit name. Symbols are case-sensitive ("MW" is not "mW"); words are
# matched case-insensitively by the figure pattern and looked up lower-cased.
UNIT_TOKENS: dict[str, str] = {
    "W": "watt", "kW": "kilowatt", "MW": "megawatt", "GW": "gigawatt", "TW": "terawatt",
    "watts": "watt", "kilowatts": "kilowatt", "megawatts": "megawatt",
    "gigawatts": "gigawatt", "terawatts": "terawatt",
    "Wh": "watt_hour", "kWh": "kilowatt_hour", "MWh": "megawatt_hour",
    "GWh": "gigawatt_hour", "TWh": "terawatt_hour",
    "kilowatt-hours": "kilowatt_hour", "megawatt-hours": "megawatt_hour",
    "gigawatt-hours": "gigawatt_hour", "terawatt-hours": "terawatt_hour",
    "km": "kilometer", "kilometres": "kilometer", "kilometers": "kilometer",
    "metres": "meter", "meters": "meter", "miles": "mile", "feet": "foot",
    "kg": "kilogram", "kilograms": "kilogram", "tonnes": "tonne", "metric tons": "tonne",
    "GB": "gigabyte", "TB": "terabyte", "PB": "petabyte", "MB": "megabyte",
    "gigabytes": "gigabyte", "terabytes": "terabyte", "petabytes": "petabyte",
    "litres": "liter", "liters": "liter", "barrels": "barrel",
}

# Base unit name → the symbol stored in Quantity.unit.
_SYMBOLS = {"watt": "W", "watt_hour": "Wh", "meter": "m", "gram": "g", "byte": "B",
            "meter ** 3": "m³"}

_DEFINITIONS = """
kilo- = 1e3 = k-
mega- = 1e6 = M-
giga- = 1e9 = G-
tera- = 1e12 = T-
peta- = 1e15 = P-
milli- = 1e-3 = m-
watt = [power] = W
watt_hour = [energy] = Wh
meter = [length] = m
mile = 1609.344 * meter = mi
foot = 0.3048 * meter = ft
gram = [mass] = g
tonne = 1e6 * gram = t
byte = [information] = B
liter = 1e-3 * meter ** 3 = l
barrel = 158.987294928 * liter = bbl
"""


@functools.cache
def registry() -> pint.UnitRegistry:
    import pint  # about 60 ms to import: only once an article gives a physical quantity

    ureg = pint.UnitRegistry(filename=None)
    for line in _DEFINITIONS.strip().splitlines():
        ureg.define(line)
    return ureg


def unit_name(token: str) -> str | None:
    """The pint unit a captured token stands for, or None if it is not one of ours."""
    return UNIT_TOKENS.get(token) or UNIT_TOKENS.get(token.lower())


def to_base(value: float, token: str) -> tuple[float, str] | None:
    """(value in base units, base symbol) for a captured unit token: 2 GW → (2e9, "W")."""
    name = unit_name(token)
    if name is None:
        return None
    quantity = registry().Quantity(value, name).to_base_units()
    base = str(quantity.units)
    return float(quantity.magnitude), _SYMBOLS.get(base, base)


def convert(value: float, from_name: str, to_name: str) -> float:
    """Convert between pint unit names of our registry (used to check round trips)."""
    return float(registry().Quantity(value, from_name).to(to_name).magnitude)
