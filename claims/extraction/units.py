"""Unit lexicon: the written forms of the units a fact-checker meets, mapped to canonical units."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.extraction.numbers import skip_spaces


@dataclass(frozen=True)
class Unit:
    symbol: str  # canonical spelling as lexed: "km²", "mi²", "EUR", "people"
    dimension: str  # "area", "length", "mass", "currency", "people", "troops", "percent"
    pint_name: str | None = None  # pint expression for convertible units, None otherwise


# The unit each convertible dimension is normalised to, with its pint expression.
NORMAL_UNITS: dict[str, tuple[str, str]] = {
    "area": ("km²", "kilometer ** 2"),
    "length": ("km", "kilometer"),
    "mass": ("t", "tonne"),
    # pint's own calendar: a year is 365.25 days (Julian) and a month a twelfth of it, 30.4375
    # days. Close enough for "three months" in news copy, and no private definitions to maintain.
    "duration": ("day", "day"),
    "power": ("MW", "megawatt"),
    "energy": ("MWh", "megawatt_hour"),
}

# Dimensions that describe physical extent: the same figure in two of these is a likely slip
# ("2 000 km" written for "2 000 km²"), while "2 000 soldats" next to "2 000 €" is coincidence.
GEOMETRIC_DIMENSIONS = frozenset({"area", "length"})

_KM2 = Unit("km²", "area", "kilometer ** 2")
_MI2 = Unit("mi²", "area", "mile ** 2")
_M2 = Unit("m²", "area", "meter ** 2")
_HA = Unit("ha", "area", "hectare")
_ACRE = Unit("acre", "area", "acre")
_KM = Unit("km", "length", "kilometer")
_MI = Unit("mi", "length", "mile")
_M = Unit("m", "length", "meter")
_CM = Unit("cm", "length", "centimeter")
_MM = Unit("mm", "length", "millimeter")
_NMI = Unit("nmi", "length", "nautical_mile")
_T = Unit("t", "mass", "tonne")
_KG = Unit("kg", "mass", "kilogram")
_PERCENT = Unit("%", "percent")
_EUR = Unit("EUR", "currency")
_USD = Unit("USD", "currency")
_GBP = Unit("GBP", "currency")
_RUB = Unit("RUB", "currency")
_UAH = Unit("UAH", "currency")
_CHF = Unit("CHF", "currency")
_CAD = Unit("CAD", "currency")
_AUD = Unit("AUD", "currency")
_NZD = Unit("NZD", "currency")
_HKD = Unit("HKD", "currency")
_SGD = Unit("SGD", "currency")
_INR = Unit("INR", "currency")
_JPY = Unit("JPY", "currency")
_CNY = Unit("CNY", "currency")
_XOF = Unit("XOF", "currency")
_PHP = Unit("PHP", "currency")
_AED = Unit("AED", "currency")
_MYR = Unit("MYR", "currency")
_KW = Unit("kW", "power", "kilowatt")
_MW = Unit("MW", "power", "megawatt")
_GW = Unit("GW", "power", "gigawatt")
_KWH = Unit("kWh", "energy", "kilowatt_hour")
_MWH = Unit("MWh", "energy", "megawatt_hour")
_GWH = Unit("GWh", "energy", "gigawatt_hour")
_TWH = Unit("TWh", "energy", "terawatt_hour")
_PEOPLE = Unit("people", "people")
_TROOPS = Unit("troops", "troops")
_SECOND = Unit("s", "duration", "second")
_MINUTE = Unit("min", "duration", "minute")
_HOUR = Unit("h", "duration", "hour")
_DAY = Unit("day", "duration", "day")
_WEEK = Unit("week", "duration", "week")
_MONTH = Unit("month", "duration", "month")
_YEAR = Unit("year", "duration", "year")

# (pattern, unit, case_sensitive). Words are matched case-insensitively; short symbols are
# case-sensitive because "M" (million, in "12 M€") and "m" (metre) must not be confused.
# "tons" is read as metric tonnes: news copy rarely means US short tons, and a 9% error on a
# rare case beats silently dropping the figure. Bare "pounds" and "livres" are left out: they
# are as often weights or books as money.
_SURFACES: list[tuple[str, Unit, bool]] = [
    (r"km²|km2|km\^2", _KM2, True),
    (r"kilom[eè]tres?\s+carr[ée]s?|square\s+kilomet(?:re|er)s?|sq\.?\s?km", _KM2, False),
    (r"mi²|mi2", _MI2, True),
    (r"miles?\s+carr[ée]s?|square\s+miles?|sq\.?\s?mi(?:les?)?", _MI2, False),
    (r"m²", _M2, True),
    (r"m[eè]tres?\s+carr[ée]s?|square\s+met(?:re|er)s?", _M2, False),
    (r"hectares?", _HA, False),
    (r"ha", _HA, True),
    (r"acres?", _ACRE, False),
    (r"km", _KM, True),
    (r"kilom[eè]tres?|kilometers?", _KM, False),
    (r"milles?\s+nautiques?|milles?\s+marins?|nautical\s+miles?|nm", _NMI, False),
    (r"miles?", _MI, False),
    (r"mi", _MI, True),
    (r"m", _M, True),
    (r"m[eè]tres?|meters?", _M, False),
    (r"cm", _CM, True),
    (r"centim[eè]tres?|centimeters?", _CM, False),
    (r"mm", _MM, True),
    (r"millim[eè]tres?|millimeters?", _MM, False),
    (r"tonnes?|tons?", _T, False),
    (r"kg", _KG, True),
    (r"kilos?|kilogrammes?|kilograms?", _KG, False),
    (r"%|pour\s?cent|per\s?cent|pct", _PERCENT, False),
    (r"€|euros?", _EUR, False),
    (r"EUR", _EUR, True),
    (r"\$|dollars?", _USD, False),
    (r"USD", _USD, True),
    (r"£|livres?\s+sterling|pounds?\s+sterling", _GBP, False),
    (r"GBP", _GBP, True),
    (r"₽|roubles?|rubles?", _RUB, False),
    (r"RUB", _RUB, True),
    (r"₴|hryvnias?|hryvnas?|grivnas?", _UAH, False),
    (r"UAH", _UAH, True),
    (r"francs?\s+suisses?|swiss\s+francs?", _CHF, False),
    (r"CHF", _CHF, True),
    (r"francs?\s+CFA|CFA\s+francs?", _XOF, False),
    (r"XOF", _XOF, True),
    (r"CAD", _CAD, True),
    (r"AUD", _AUD, True),
    (r"NZD", _NZD, True),
    (r"HKD", _HKD, True),
    (r"SGD", _SGD, True),
    (r"roupies|rupees?", _INR, False),
    (r"INR", _INR, True),
    (r"yens?", _JPY, False),
    (r"JPY", _JPY, True),
    (r"yuans?|renminbi", _CNY, False),
    (r"CNY", _CNY, True),
    (r"pesos?\s+philippins|philippine\s+pesos?|PHP", _PHP, False),
    (r"dirhams?|AED", _AED, False),
    (r"ringgits?|MYR", _MYR, False),
    (r"kW", _KW, True),
    (r"MW", _MW, True),
    (r"GW", _GW, True),
    (r"kWh", _KWH, True),
    (r"MWh", _MWH, True),
    (r"GWh", _GWH, True),
    (r"TWh", _TWH, True),
    (r"kilowatts?", _KW, False),
    (r"m[ée]gawatts?", _MW, False),
    (r"gigawatts?", _GW, False),
    (r"kilowatts?[- ]heures?|kilowatt[- ]hours?", _KWH, False),
    (r"m[ée]gawatts?[- ]heures?|megawatt[- ]hours?", _MWH, False),
    (r"t[ée]rawatts?[- ]heures?|terawatt[- ]hours?", _TWH, False),
    (r"personnes|habitants|people|persons|residents|inhabitants|civils|civilians", _PEOPLE, False),
    (r"réfugiés|refugees", _PEOPLE, False),
    (r"soldats|troupes|militaires|soldiers|troops|servicemen", _TROOPS, False),
    # Durations are written in full only: "15 h" and "10 s" are as often clock times or labels.
    # French singular "an" is left out: after a figure it collides with English "an" ("5 an hour").
    (r"secondes?|seconds?", _SECOND, False),
    (r"minutes?", _MINUTE, False),
    (r"heures?|hours?", _HOUR, False),
    (r"jours?|days?", _DAY, False),
    (r"semaines?|weeks?", _WEEK, False),
    (r"mois|months?", _MONTH, False),
    (r"ans|ann[ée]es?|years?", _YEAR, False),
]

# A unit must end at a word boundary, and not before "/" ("km/h", "habitants/km²" are rates).
_BOUNDARY = r"(?![\w/])"

_COMPILED = [
    (re.compile(f"(?:{pattern}){_BOUNDARY}", 0 if case_sensitive else re.IGNORECASE), unit)
    for pattern, unit, case_sensitive in _SURFACES
]

# Currency symbols written before the figure ("$5bn", "€12m", "US$ 3", "NZ$40", "$NZ5.8m",
# "CHF 12", "Rs 500"). A dollar with a country letter in front or behind is that country's.
_PREFIX_CURRENCY = re.compile(
    r"(?:(?P<before>US|NZ|AU|A|CA|C|HK|S)\$|\$(?P<after>US|NZ|AU|A|CA|C|HK|S)?|(?P<symbol>€|£|₽|₴|₹|¥)"
    r"|(?P<code>CHF|Rs\.?|EUR|USD|GBP|Dhs?|AED|RM|₱|P|PHP))[ \u00a0\u202f\u2009]?$"
)
_SYMBOL_UNITS = {"€": _EUR, "£": _GBP, "₽": _RUB, "₴": _UAH, "₹": _INR, "¥": _JPY}
_DOLLARS = {"US": _USD, "NZ": _NZD, "AU": _AUD, "A": _AUD, "CA": _CAD, "C": _CAD, "HK": _HKD, "S": _SGD}
_CODES = {
    "CHF": _CHF,
    "RS": _INR,
    "RS.": _INR,
    "EUR": _EUR,
    "USD": _USD,
    "GBP": _GBP,
    "DH": _AED,
    "DHS": _AED,
    "AED": _AED,
    "RM": _MYR,
    "₱": _PHP,
    "P": _PHP,
    "PHP": _PHP,
}


def match_unit(text: str, pos: int) -> tuple[Unit, int] | None:
    """Return the longest unit written exactly at `pos` and where it ends, or None."""
    best: tuple[Unit, int] | None = None
    for pattern, unit in _COMPILED:
        found = pattern.match(text, pos)
        if found and (best is None or found.end() > best[1]):
            best = (unit, found.end())
    return best


def match_prefix_currency(text: str, pos: int) -> tuple[Unit, int] | None:
    """Return the currency symbol written just before `pos` and where it starts, or None."""
    found = _PREFIX_CURRENCY.search(text, max(0, pos - 5), pos)
    if not found:
        return None
    start = found.start()
    # "X€" or "B$5" glued to a word is an identifier, not a price.
    if start > 0 and text[start - 1].isalnum():
        return None
    if found.group("symbol"):
        return _SYMBOL_UNITS[found.group("symbol")], start
    if found.group("code"):
        if found.group("code") == "P" and not found.group().endswith("P"):
            return None  # "P645" is pesos; a lone "P" before a spaced figure is not
        return _CODES[found.group("code").upper()], start
    country = found.group("before") or found.group("after")
    return (_DOLLARS[country] if country else _USD), start


def is_currency_at(text: str, pos: int) -> bool:
    """Tell whether a currency unit is written at `pos` (after optional spacing)."""
    found = match_unit(text, skip_spaces(text, pos))
    return found is not None and found[0].dimension == "currency"


# A plural noun after a spelled-out figure is what it counts ("deux postes"). These words end like
# plurals but are function words, fractions or fractions ("two thirds"), or
# adjectives standing before the noun ("deux autres postes"), where guessing the noun is not safe.
# Multipliers count: "trois fois plus", "three times a week".
_NOT_COUNTED = frozenset(
    "des les ses mes tes ces nos vos leurs dans sous sans plus moins mais après depuis vers pas"
    " tous toutes nous vous autres premiers premières derniers dernières nouveaux nouvelles"
    " grands grandes petits petites seuls seules principaux principales anciens anciennes quarts"
    " tiers alors lors jamais toujours très près dès hors puis aux ceux mieux"
    " was has is as this its his hers ours yours theirs us yes does always perhaps less unless"
    " across thus plus whereas besides towards afterwards others thirds quarters halves"
    " tens hundreds thousands millions billions dozens".split()
)
# A plural as written: "postes", "sages-femmes", and English plurals without -s ("men", "children").
_PLURAL_NOUN = re.compile(
    r"([a-zàâäçéèêëîïôöùûüœæ][\w'’-]{1,30}?(?:s|x)|[a-z]*(?:men|women)|children|people|police|staff|crew|"
    r"personnel|aircraft|cattle|sheep)(?![\w'’-])"
)


def match_counted_noun(text: str, pos: int) -> tuple[str, int] | None:
    """Return the lower-case plural noun written at `pos` ("postes", "runners") and where it ends."""
    found = _PLURAL_NOUN.match(text, pos)
    if not found:
        return None
    noun = found.group(1)
    if noun.endswith(("ss", "us", "is")) and noun.lower() != "fois" or noun.lower() in _NOT_COUNTED:
        return None
    return noun.lower(), found.end()


_DIMENSIONS = {unit.symbol: unit.dimension for _, unit, _ in _SURFACES}


def dimension_of(symbol: str) -> str | None:
    """Return the dimension of a canonical unit symbol ("km²" -> "area"), None when unknown or bare."""
    return _DIMENSIONS.get(symbol)
