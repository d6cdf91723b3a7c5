"""Find the figures stated in one sentence: money, percentages, counts and quantities.

Our own small regular expressions rather than a quantity library: the libraries we tried misread
news prose ("China-Europe", "G20", "9 December 2023", "42.64 billion yuan ($5.83 billion)").

One compiled pattern (``_FIGURE_RE``) recognises the printed figure itself: an optional currency
prefix, a numeral or a written number, an optional range, scale and a percent / currency / unit
tail. Everything around it (qualifier, direction, what it measures, bracketed conversions) is read
by small anchored look-ups next to the match, so a sentence is scanned once.

Deliberate choices:
- Years standing as dates, day numbers of dates, clock times, ordinals, list numbering, phone
  numbers and numbers glued to words or identifiers ("G20", "COVID-19", "F-16", "Boeing 737")
  are not figures.
- Fractions ("a third", "two-thirds") and multipliers ("doubled", "tripled") are not reported;
  "3 times" is reported as kind ``number``.
- Vague plurals ("dozens of firms", "thousands of people") are counts with the smallest value the
  words imply (12, 1 thousand, ...) and qualifier "more than".
- Durations ("three years", "10-year bond") are quantities whose unit is the time word; the time
  extractor is expected to pass them in ``skip`` when it claims them.
- Short scales are normalised (bn -> billion, mln/m -> million, k -> thousand, tn -> trillion);
  crore and lakh are kept as printed.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache

from knowledge.gazetteer import COUNTRY_SET, DEMONYMS
from knowledge.lazy_re import lazy_compile
from knowledge.models import Figure

__all__ = ["find_figures", "parse_number"]

# --------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------

_ONES: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
# "two quarters", "the three months": the counts of periods and sides people spell out.
SMALL_COUNTS: dict[str, int] = {w: n for w, n in _ONES.items() if 2 <= n <= 12}
_TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# Every number written as one word, "one" to "nineteen" and the tens: what a count spelled out is.
SPELLED_NUMBERS: frozenset[str] = frozenset(_ONES) | frozenset(_TENS)
_BIG: dict[str, float] = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "crore": 1e7, "lakh": 1e5,
}
# Normalised scale names; crore/lakh have no English equivalent so they stay as printed.
_SCALE_NAMES: dict[str, str] = {
    "thousand": "thousand", "k": "thousand",
    "million": "million", "mln": "million", "mn": "million", "m": "million",
    "billion": "billion", "bn": "billion", "b": "billion",
    "trillion": "trillion", "tn": "trillion", "trn": "trillion",
    "crore": "crore", "lakh": "lakh", "lakh crore": "lakh crore",
}
# Vague plurals: (value, scale) of the smallest amount the words imply.
_VAGUE: dict[str, tuple[float, str]] = {
    "dozens": (12.0, ""), "scores": (20.0, ""), "hundreds": (100.0, ""),
    "thousands": (1.0, "thousand"), "millions": (1.0, "million"), "billions": (1.0, "billion"),
    "tens of thousands": (10.0, "thousand"), "hundreds of thousands": (100.0, "thousand"),
    "hundreds of millions": (100.0, "million"),
}

_PREFIX_CURRENCY: dict[str, str] = {
    "us$": "USD", "$": "USD", "hk$": "HKD", "a$": "AUD", "au$": "AUD", "c$": "CAD",
    "ca$": "CAD", "s$": "SGD", "nz$": "NZD", "nt$": "TWD", "r$": "BRL", "mx$": "MXN",
    "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW", "₺": "TRY",
    "₴": "UAH", "₦": "NGN", "₱": "PHP", "rs": "INR", "rp": "IDR",
    # "ZiG 3.43 billion ($127 million)": Zimbabwe Gold, written before the amount like a code
    "zig": "ZWG",
}
_ISO_CODES = (
    "USD EUR GBP CNY RMB JPY RUB INR HKD KRW CHF AUD CAD SGD NZD TWD BRL MXN TRY UAH NGN ZAR "
    "SEK NOK DKK PLN AED SAR IDR MYR THB VND PHP ILS EGP PKR BDT KZT"
).split()
_SUFFIX_CURRENCY: dict[str, str] = {
    "yuan": "CNY", "renminbi": "CNY", "dollar": "USD", "dollars": "USD", "us dollar": "USD",
    "us dollars": "USD", "american dollars": "USD", "hong kong dollars": "HKD",
    "australian dollars": "AUD", "canadian dollars": "CAD", "singapore dollars": "SGD",
    "new zealand dollars": "NZD", "taiwan dollars": "TWD", "euro": "EUR", "euros": "EUR",
    "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP", "british pounds": "GBP",
    "sterling": "GBP", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
    "yen": "JPY", "rupee": "INR", "rupees": "INR", "won": "KRW", "swiss francs": "CHF",
    "swiss franc": "CHF", "rand": "ZAR", "reais": "BRL", "lira": "TRY", "liras": "TRY",
    "hryvnia": "UAH", "hryvnias": "UAH", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR",
    "dirham": "AED", "dirhams": "AED", "riyal": "SAR", "riyals": "SAR", "shekel": "ILS",
    "shekels": "ILS", "zloty": "PLN", "zlotys": "PLN", "naira": "NGN", "kronor": "SEK",
    "krona": "SEK",
    # Names several countries use: the name itself stands for the currency, so that a peso and
    # dollar pair still reads as one ("38 billion pesos ($2 billion)").
    "francs": "FRANC", "franc": "FRANC", "pesos": "PESO", "peso": "PESO", "kroner": "KRONE", "krone": "KRONE",
    "shilling": "SHILLING", "shillings": "SHILLING", "dinar": "DINAR", "dinars": "DINAR",
    "crowns": "CROWN", "crown": "CROWN",  # what English copy calls the Nordic and Czech currencies
    # A currency named with its country: "1.12 billion Norwegian crowns" is money, not a count.
    "norwegian crowns": "NOK", "norwegian crown": "NOK", "norwegian kroner": "NOK", "norwegian krone": "NOK",
    "swedish crowns": "SEK", "swedish crown": "SEK", "swedish kronor": "SEK", "swedish krona": "SEK",
    "danish crowns": "DKK", "danish kroner": "DKK", "danish krone": "DKK", "czech crowns": "CZK",
    "czech korunas": "CZK", "koruna": "CZK", "korunas": "CZK", "new taiwan dollars": "TWD",
    "hong kong dollar": "HKD", "australian dollar": "AUD", "canadian dollar": "CAD", "singapore dollar": "SGD",
    "mexican pesos": "MXN", "philippine pesos": "PHP", "chilean pesos": "CLP", "argentine pesos": "ARS",
    "colombian pesos": "COP", "brazilian reais": "BRL", "indian rupees": "INR", "pakistani rupees": "PKR",
    # "42.7 billion Nepali rupees ($312 million)": money, so the pair implies a rate
    "nepali rupees": "NPR", "nepalese rupees": "NPR", "sri lankan rupees": "LKR", "mauritian rupees": "MUR",
    "kenyan shillings": "KES", "ugandan shillings": "UGX", "tanzanian shillings": "TZS", "south african rand": "ZAR",
    "egyptian pounds": "EGP", "turkish lira": "TRY", "saudi riyals": "SAR", "japanese yen": "JPY",
    "chinese yuan": "CNY", "south korean won": "KRW", "korean won": "KRW", "russian roubles": "RUB",
    "russian rubles": "RUB", "nigerian naira": "NGN", "vietnamese dong": "VND", "dong": "VND",
    "hungarian forints": "HUF", "forints": "HUF", "forint": "HUF", "polish zlotys": "PLN",
    "cfa francs": "XOF", "cfa franc": "XOF", "rial": "RIAL", "rials": "RIAL", "omani rials": "OMR", "iranian rials": "IRR",
    "qatari riyals": "QAR", "cedi": "GHS", "cedis": "GHS", "tenge": "KZT", "kwacha": "ZMW", "birr": "ETB", "taka": "BDT",
    "soles": "PEN", "lei": "RON",
    "tugrik": "MNT", "tugriks": "MNT", "togrog": "MNT", "togrogs": "MNT",  # "24.48 trillion tugriks": Mongolia's
    # "1.74 trillion kip ($80 million)", "8.0 billion Belarusian roubles": money, so the pair
    # implies a rate; read as a count, no rate is worked out
    "kip": "LAK", "kyat": "MMK", "kyats": "MMK", "riel": "KHR", "riels": "KHR", "lari": "GEL",
    "belarusian roubles": "BYN", "belarusian rubles": "BYN", "belarusian rouble": "BYN", "belarusian ruble": "BYN",
    # "paid 9.7 billion soms ($111 million) in royalties": Central Asia's and the Caucasus's
    # currencies, money whose dollar pair implies a rate
    "som": "KGS", "soms": "KGS", "kyrgyz soms": "KGS", "uzbek soms": "UZS", "uzbek sums": "UZS", "soums": "UZS",
    # "4.05 trillion sums ($324 million)": the Uzbek sum as Uzbek copy spells it; only the plural,
    # as "a $5 billion sum" is an amount, no currency
    "sums": "UZS",
    # "96 billion Icelandic crowns ($695 million)": the country's name between figure and "crowns"
    "icelandic crowns": "ISK", "icelandic crown": "ISK", "icelandic kronur": "ISK", "icelandic krona": "ISK",
    "somoni": "TJS", "somonis": "TJS", "manat": "AZN", "manats": "AZN", "turkmen manats": "TMT",
    # "6.68 billion bolivianos ($960 million)": Latin America's own-named currencies, whose
    # dollar pair implies a rate
    "boliviano": "BOB", "bolivianos": "BOB", "guarani": "PYG", "guaranis": "PYG", "quetzal": "GTQ", "quetzales": "GTQ",
    # "paid 1.9 trillion kwanzas ($2.08 billion) in debt service": Africa's own-named currencies,
    # and others named so, money whose dollar pair implies a rate
    "kwanza": "AOA", "kwanzas": "AOA", "metical": "MZN", "meticais": "MZN", "meticals": "MZN", "pula": "BWP",
    "ariary": "MGA", "lempira": "HNL", "lempiras": "HNL",
    # "412.6 million maloti ($23.4 million)", "1.2 billion kina", "48.2 million leva": more
    # currencies named only so, money whose dollar pair implies a rate
    "loti": "LSL", "maloti": "LSL", "kina": "PGK", "lev": "BGN", "leva": "BGN", "lilangeni": "SZL", "emalangeni": "SZL",
    "dalasi": "GMD", "dalasis": "GMD", "rufiyaa": "MVR", "ngultrum": "BTN",
    "denar": "MKD", "denars": "MKD", "denari": "MKD", "gourde": "HTG", "gourdes": "HTG", "colones": "CRC",
    # "9.86 billion leones ($436 million)", "14.8 billion lek ($161 million)": Sierra Leone's and
    # Albania's money, whose dollar pair implies a rate ("Sierra Leone" never follows a number)
    "leone": "SLE", "leones": "SLE", "lek": "ALL", "leke": "ALL",
    # "412 million Bosnian marka ($228.9 million)", "4.5 billion drams ($11.6 million)", "48.2
    # billion ouguiyas ($1.21 billion)": Bosnia's, Armenia's and Mauritania's money, whose dollar
    # pair implies a rate
    "marka": "BAM", "bosnian marka": "BAM", "convertible marks": "BAM", "dram": "AMD", "drams": "AMD",
    "ouguiya": "MRU", "ouguiyas": "MRU",
}
_ISO_ALIASES = {"RMB": "CNY"}

_QUALIFIERS = (
    "no more than", "no less than", "no fewer than", "as many as", "as much as", "as few as",
    "as little as", "just over", "just under", "just below", "just above", "well over",
    "well above", "well below", "a little over", "a little under", "more than", "less than",
    "fewer than", "at least", "at most", "up to", "close to", "upwards of", "in excess of",
    "an estimated", "almost", "nearly", "about", "around", "roughly", "approximately",
    "approx.", "some", "over", "under", "above", "below", "circa", "~",
)

_UP_WORDS = (
    "soared soar soars soaring surged surge surges surging rose rise rises rising risen grew "
    "grow grows growing grown jumped jump jumps jumping climbed climb climbs climbing increased "
    "increase increases increasing gained gain gains gaining expanded expand expands expanding "
    "added add adds adding rebounded rebound advanced spiked spike skyrocketed widened raised "
    "raise raises raising lifted hiked up rebounding rebounds advancing advances spiking widening widens"
    # a currency's moves: "the cedi strengthened 2.1% against the dollar"
    " strengthened strengthen strengthens strengthening"
    # "The naira firmed 2.4% against the dollar": a currency that firms gains ("firms" is a noun too)
    " firmed firming appreciated appreciating"
    # "orders for cobots doubled to 9.6 billion yen": the level the orders reached
    " doubled doubles doubling tripled trebled quadrupled"
).split()
_DOWN_WORDS = (
    "fell fall falls falling fallen dropped drop drops dropping declined decline declines "
    "declining slumped slump slumps slumping plunged plunge plunges plunging decreased decrease "
    "decreases decreasing shrank shrink shrinks shrinking shrunk lost lose loses losing cut "
    "cuts cutting tumbled tumble sank sink slid slide dipped dip eased contracted contract "
    "narrowed lowered lowers reduced reduce reduces slashed slash slipped slips slip down "
    # "after sliding 29.5% in September": the -ing and -s forms too
    "sliding slides tumbling tumbles sinking sinks dipping dips slipping narrowing narrows "
    "contracting lowering slashing"
    # "The naira weakened 6.8% against the dollar"
    " weakened weaken weakens weakening depreciated depreciating"
    " halved halves halving"
).split()
_DIRECTION: dict[str, str] = {w: "up" for w in _UP_WORDS} | {w: "down" for w in _DOWN_WORDS}
# Nouns/comparatives right after a figure: "a 5% rise", "3% lower".
_DIRECTION_AFTER: dict[str, str] = {
    "rise": "up", "increase": "up", "growth": "up", "gain": "up", "jump": "up", "surge": "up",
    "rebound": "up", "hike": "up", "higher": "up",
    "drop": "down", "decline": "down", "fall": "down", "decrease": "down", "slump": "down",
    "contraction": "down", "cut": "down", "loss": "down", "reduction": "down", "plunge": "down",
    "lower": "down",
    # "Butter was 21.3% more expensive than a year ago", "clothing became 1.8% cheaper".
    "more expensive": "up", "costlier": "up", "pricier": "up", "dearer": "up",
    "cheaper": "down", "less expensive": "down",
    # "152,000 containers, 9.3% more than a year earlier": compared with a base, the gap is a change
    "more than": "up", "less than": "down", "fewer than": "down",
}
# Verbs after which the figure is a level of the subject: "trade stood at", "output was".
_LEVEL_VERBS = (
    "was were is are be been stood stands stand reached reach reaches hit hits totalled totaled "
    "totals total amounted amounts came comes accounted accounts remained remains hovered "
    "averaged exceeded topped neared equalled equaled reported held holds stayed stays steadied "
    # "Fares range from 150,000 rupiah to 600,000 rupiah", "rates vary from": the level at both ends
    "range ranges ranged vary varies varied"
).split()
# Verbs whose direction is the particle after them: "edged up to 4.1%", "ticked down".
_MAKE_FORMS = frozenset("make makes made making".split())
_PARTICLE_VERBS = frozenset("edged edges edge ticked ticks tick inched inches inch crept creeps moved moves drifted drifts went goes".split())
# "will lower the group's production target to 39.2 million bpd": the bare verb governs its object
# too, though it gives no direction ("lower costs" is no fall).
_GOVERNING = set(_DIRECTION) | set(_LEVEL_VERBS) | _PARTICLE_VERBS | {"lower"}
# Common verbs that end a noun phrase but do not govern a figure ("Toyota expects profit of").
_VERBS = set(
    (
        "expects expect sees see plans plan targets target forecast forecasts estimates wants "
        "aims posts post reports booked logged has have had with said says cost costs will "
        "would could may might"
    ).split()
)

_MONTHS = (
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
).split()

# Words that end a counted noun phrase ("55 containers departing for ...").
_COUNT_STOP = set(
    (
        "of the a an to in on at for from by with without into onto over under about after "
        "before since during between among across against through per via and or but nor so "
        "yet as than that which who whom whose this these those it its their his her our my "
        "your they we he she you i is are was were be been being am has have had do does did "
        "will would could should may might must can shall not no also each said say says set "
        "signed met made make makes took take takes put got went came come saw won held left "
        "paid sold bought built ran told began became let sent spent kept found gave brought "
        "hope want need remain still already now then there here last next ago earlier later "
        "respectively apiece alone only just even too very all both either neither including "
        "such like near nearly around almost times percent per cent year-on-year yoy when where "
        "while if whether because though although until unless what how why due owing thanks amid despite"
    ).split()
) | set(_DIRECTION) | set(_LEVEL_VERBS) | {m.lower() for m in _MONTHS}
# Words that stay inside a counted phrase although they end like verbs.
_COUNT_KEEP = {"hundred", "bed", "beds", "shed", "speed", "seed", "breed", "building", "meeting",
               # "28 Chinese trading firms", "14 mining companies": a trade named before the noun counted
               "trading", "mining", "shipping", "manufacturing", "banking", "farming", "processing", "fishing",
               "refining", "lending", "engineering", "consulting", "publishing", "housing", "clothing", "packaging",
               "recycling", "logistics", "retailing", "advertising", "marketing", "printing", "drilling", "brewing",
               # "23 Mexican packing houses", "40 charging stations": a plant's or site's trade
               "packing", "charging", "bottling", "canning", "milling", "smelting", "parking", "loading",
               "spinning", "weaving", "crushing"}
# A figure right after a capitalised word is usually a name or model ("Boeing 737", "Article 5"),
# unless that word is one of these sentence-initial function words.
_CAPITAL_OK = set(
    (
        "a an the in on at by of for from to with about almost nearly around roughly some over "
        "under more less fewer up down just only and or but so all another those these their "
        "its his her our some since after before during between among than about approximately "
        "exactly estimated another each every both at least as while with without into over "
        "nearly some if when although though because whereas"
    ).split()
) | set(_DIRECTION)
_PRONOUNS = {"it", "they", "this", "that", "which", "he", "she", "we", "there", "these", "those"}
_DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "whose"}
# Words that start a new clause inside a segment: the subject follows them.
_CLAUSE_WORDS = (
    "said says say reported reports showed shows show noted added estimated that which while "
    "whereas but as when after because although though where and"
).split()
_AUX = (
    "is are was were be been being has have had will would could should may might must can "
    "shall do does did expected forecast seen set likely"
).split()
_TIME_UNITS = (
    "days?|weeks?|months?|years?|hours?|minutes?|seconds?|decades?|centuries|century|"
    "quarters?"
)

# --------------------------------------------------------------------------------------------
# Patterns
# --------------------------------------------------------------------------------------------


def _alt(words: Sequence[str]) -> str:
    """Regex alternation, longest first so "fourteen" is tried before "four"."""
    return "|".join(sorted(words, key=len, reverse=True))


def _phrase(words: str) -> str:
    """A phrase whose spaces may be any run of whitespace."""
    return r"\s+".join(re.escape(w) for w in words.split())


_NUMERAL = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_BASIC = (
    rf"(?:{_alt(list(_TENS))})(?:[-‐](?:{_alt(list(_ONES)[:9])}))?|(?:{_alt(list(_ONES))})"
)
_WORDNUM = (
    r"half\s+an?\s+dozen|an?\s+dozen"
    rf"|an?\s+hundred(?:\s+(?:and\s+)?(?:{_BASIC}))?"
    rf"|(?:{_BASIC})(?:\s+hundred(?:\s+(?:and\s+)?(?:{_BASIC}))?|\s+dozen)?"
    r"|a(?=\s+(?:thousand|million|billion|trillion)\b)"
)
_VAGUE_RE = (
    r"(?:tens\s+of\s+thousands|hundreds\s+of\s+(?:thousands|millions)|dozens|scores|hundreds"
    r"|thousands|millions|billions)(?=\s+of\s)"
)
_PREFIX = (
    # "B$18.2 billion", "SI$40 million": capitals glued to "$" are some country's own dollar
    r"(?:U\.?S\.?\s?\$|HK\$|AU?\$|CA?\$|S\$|NZ\$|NT\$|R\$|MX\$|(?-i:[A-Z]{1,3})\$|\$|€|£|¥|₹|₽|₩|₺|₴|₦|₱"
    rf"|(?-i:Rs\.?|Rp\.?|ZiG|{_alt(_ISO_CODES)})\s?)"
)
_SCALE = (
    r"\s?(?:lakh\s+crores?|thousand|million|billion|trillion|crores?|lakhs?|bn|mln|mn|trn|tn)"
    r"|(?:m|k|b)"
)
_PERCENT = (
    r"\s?%(?:\s+points?)?"
    r"|[\s-](?:per\s?cent(?:age\s+points?)?|percent(?:age\s+points?)?|percentage\s+points?"
    r"|basis\s+points?)"
    r"|\s?(?-i:pct(?:\s+points?)?|ppts?|pp|bps|bp)"
)
_SUFFIX_WORDS = [
    _phrase(w) for w in _SUFFIX_CURRENCY if w not in {"won", "dollar", "pound"}
] + ["U\\.S\\.\\s+dollars?", "dollar", "pound", "(?-i:won)"]
# "1.19 billion Solomon Islands dollars", "20.7 billion Rwandan francs": a currency word after a
# country or its adjective is that country's own money, neither the word's usual currency (the US
# dollar) nor a count of "dollars". Names the table spells out ("Swiss francs") match first.
_LOCAL_OWNERS = sorted(COUNTRY_SET | {d for d, c in DEMONYMS.items() if c.lower() in COUNTRY_SET}, key=len, reverse=True)
_LOCAL_WORDS = [w for w in _SUFFIX_CURRENCY if " " not in w]
_LOCAL_CURRENCY = rf"(?:{'|'.join(_phrase(n) for n in _LOCAL_OWNERS)})\s+(?:{_alt(_LOCAL_WORDS)})"
_CURRENCY_SUFFIX = rf"[\s-](?:{_alt(_SUFFIX_WORDS)}|(?-i:{_alt(_ISO_CODES)})|{_LOCAL_CURRENCY})"
_UNIT_WORDS = (
    r"metric\s+tons?|tonnes?|tons?|barrels?(?:\s+of\s+oil\s+equivalent)?"
    r"|(?:square|sq|cubic)\s+(?:kilomet(?:re|er)s?|met(?:re|er)s?|miles?|feet|km|m)"
    r"|kilomet(?:re|er)s?|met(?:re|er)s?|miles?|feet|foot|inch(?:es)?|hectares?|acres?"
    r"|kilograms?|kilos?|grams?|pounds(?=\s+of\b)|ounces?|litres?|liters?|gallons?"
    r"|(?:kilo|mega|giga|tera)watt[\s-]hours?|(?:kilo|mega|giga|tera)?watts?|bushels?|carats?"
    r"|degrees(?:\s+(?:Celsius|Fahrenheit))?|knots|twenty-foot\s+equivalent\s+units"
    rf"|{_TIME_UNITS}"
)
_UNIT_ABBR = (
    r"(?-i:km²|km2|km/h|kph|mph|sq\s?km|sq\s?m|km|cm|mm|m³|m3|kg|lbs?|oz|ft|bpd|b/d|boe|bcm"
    r"|tcf|bcf|mcm|MWh|GWh|kWh|TWh|MW|GW|kW|TW|TEUs?|ha)|°\s?[CF]"
)
# "the 184-km section", "a 30-sq km zone": a distance or area abbreviated is hyphened to its number
# as a word is ("a 12-kilometre link"), never glued to an identifier; so is a ship's size in
# containers ("the 13,800-TEU Haixing Ningbo").
_HYPHENED_ABBR = r"(?-i:km|sq\s?km|TEU)(?![\w-])"
_UNIT = rf"[\s-](?:{_UNIT_WORDS})|\s?(?:{_UNIT_ABBR})|-{_HYPHENED_ABBR}"
# ("a 1.8 million-tonne-a-year cracker", "a 300,000-barrel-a-day refinery": the rate hyphened too)
_RATE = (
    r"(?:\s+(?:a|an|per)\s+|-(?:a|an|per)-)(?:day|week|month|year|annum|hour|second|capita|barrel|tonne|ton|share"
    r"|ounce|kilogram|kg|litre|liter|gallon|head|person|unit|megawatt-hour|cubic\s+met(?:re|er)"
    # "$9.85 per mmBtu", "0.10 euros per kWh": a price of energy, by its own unit
    r"|mmbtu|btu|million\s+british\s+thermal\s+units?|kwh|mwh|kilowatt-hour|kilo|pound|bushel)\b"
    r"(?!\s+(?:earlier|ago|before|later|previously|prior)\b)"  # "from 3.20 crowns a year earlier" is no yearly rate
)

# "the 46-member delegation", "a 1,200-strong workforce": the size of the group named next.
_GROUP_SIZE = r"(?:member|strong|person|man)\b(?!-)"
_GROUP_SIZE_RE = lazy_compile(rf"[-‐]{_GROUP_SIZE}", re.IGNORECASE)

# The figure as printed. Lookbehind/lookahead reject numbers glued to words, hyphenated
# identifiers, decimals of versions/IPs, times and slashed dates.
_FIGURE_SRC = rf"""
(?<![\w\-‐−–.,/:’#@])
(?P<cur>{_PREFIX})?
(?:
    (?P<sign>[-−–](?=\d))?(?P<num>{_NUMERAL})
  | (?P<word>{_WORDNUM})
  | (?P<vague>{_VAGUE_RE})
)
{{range}}
(?P<scale>{_SCALE})?
(?:(?P<pct>{_PERCENT})|(?P<csuf>{_CURRENCY_SUFFIX})|(?P<unit>{_UNIT}))?
(?P<rate>{_RATE})?
(?![\w%$€£¥]|[-‐](?!{_GROUP_SIZE})[^\W\d_]|[.,:/]\d)
"""
_FLAGS = re.IGNORECASE | re.VERBOSE
_RANGE = (
    rf"(?:(?P<rsep>\s?[-–]\s?|\s+to\s+|\s+and\s+)(?P<cur2>{_PREFIX})?"
    rf"(?P<num2>{_NUMERAL}|{_BASIC}))?"
)
_NO_RANGE = r"(?P<rsep>(?!))?(?P<cur2>(?!))?(?P<num2>(?!))?"  # same groups, never matching
_FIGURE_RE = re.compile(_FIGURE_SRC.replace("{range}", _RANGE), _FLAGS)
# Same without ranges: used when "A and B" turns out not to be a range.
_SINGLE_RE = lazy_compile(_FIGURE_SRC.replace("{range}", _NO_RANGE), _FLAGS)

_QUALIFIER_RE = lazy_compile(rf"(?:^|(?<=[\s(“\"]))({_alt([re.escape(q) for q in _QUALIFIERS])})\s*$"
                           .replace(r"\ ", r"\s+"), re.IGNORECASE)
_BETWEEN_RE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_FROM_RE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_MONTH_ALT = _alt(_MONTHS)
_DAY_AFTER_RE = lazy_compile(rf"\s+(?:of\s+)?(?:{_MONTH_ALT})\b")
_DAY_BEFORE_RE = lazy_compile(rf"\b(?:{_MONTH_ALT})\.?\s+(?:the\s+)?$")
_CLOCK_RE = lazy_compile(
    r"\s*(?:a\.m\.|p\.m\.|(?:am|pm|GMT|BST|UTC|EST|EDT|CET|ET|hrs)\b|o[’']clock)", re.IGNORECASE
)
_LABEL_BEFORE_RE = re.compile(r"(?:\bNos?\.|#|\bNumber|\bpp?\.|\bFig\.|\bVol\.)\s*$", re.IGNORECASE)
_LIST_ITEM_RE = lazy_compile(r"[ \t•*\-]*\(?")
_LIST_MARK_AFTER_RE = re.compile(r"[.)](?:\s|$)")
_PHONE_RE = re.compile(
    r"\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,}"
    r"|\(\d{2,4}\)\s?\d{3,4}[\s.-]\d{3,4}"
    r"|(?<![\d,.])\d{3}[.-]\d{3,4}[.-]\d{4}(?!\d)"
)


def _may_hold_phone(text: str) -> bool:
    """False only when _PHONE_RE cannot match: it needs a "+", a "(" or ten digits. Counting ASCII
    digits (non-ASCII text is always scanned: \\d takes any script's digits) costs a fraction of
    the scan, and few sentences have ten."""
    return "+" in text or "(" in text or not text.isascii() or sum(map(text.count, "0123456789")) >= 10


_CAPITAL_BEFORE_RE = lazy_compile(r"(?:^|(?<=[\s(“\"‘]))([A-Z][\w.]*)\s+$")
_ALT_OPEN_RE = lazy_compile(
    r"\s*\(\s*(?:(?:about|around|roughly|approximately|approx\.|some|nearly|almost|or|~|c\.|"
    r"equivalent\s+to|worth)\s*)*",
    re.IGNORECASE,
)
_ALT_CLOSE_RE = re.compile(r"\s*\)")
_ALT_OR_RE = lazy_compile(
    r",?\s+or\s+(?:(?:about|around|roughly|approximately|some|nearly|almost)\s+)?", re.IGNORECASE
)
_BOUNDARY_RE = lazy_compile(r"[;:!?()\[\]–—“”\"•\n]|,\s|\.\s")
_WORD_RE = lazy_compile(r"[^\W\d_][\w’'\-]*|[\d][\w.,’'\-]*")
_NEXT_WORD_RE = lazy_compile(r"[ \t]+([^\W\d_][\w’'\-]*)")
_OF_BEFORE_RE = re.compile(
    r"\b(?:of|worth|valued\s+at|totall?ing|amounting\s+to)\s+$", re.IGNORECASE
)
_PLAIN_WORD_RE = re.compile(r"[^\W\d_]+")
# The nouns among them: "12.4% rise in profit" reads the same without the "a" a headline drops.
_DIRECTION_NOUNS = frozenset(w for w in _DIRECTION_AFTER if " " not in w and not w.endswith("er"))
_DIRECTION_AFTER_RE = lazy_compile(
    rf"[ \t]+({_alt(list(_DIRECTION_AFTER))})\b", re.IGNORECASE
)
_TIME_INTRO_RE = lazy_compile(
    rf"^(?:in|on|during|for|over|since|by|through|last|this|earlier)\b.*?"
    rf"\b(?:{_MONTH_ALT}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month"
    rf"|year|quarter|half|period|\d{{4}})s?\b(?![’'])[\s,]*",
    re.IGNORECASE,
)
_NUMERIC_TOKEN_RE = lazy_compile(rf"([-−–+])?\s*({_NUMERAL})(?:\s*([a-z]+(?:\s+crores?)?))?")
_OF_AFTER_RE = re.compile(r"[ \t]+of(?=[ \t])", re.IGNORECASE)
_ON_BASE_RE = re.compile(r"\b(?:on|with)\s+(?:[a-z-]+\s+){1,3}of\s+(?:about\s+|around\s+|some\s+)?$")
_IN_OF_AFTER_RE = re.compile(r"[ \t]+(?:in|of)(?=[ \t])", re.IGNORECASE)
_TIME_UNIT_RE = lazy_compile(_TIME_UNITS, re.IGNORECASE)
_WORD_SPLIT_RE = re.compile(r"[\s\-‐]+")

_MAX_VALUE = 1e18


# --------------------------------------------------------------------------------------------
# parse_number
# --------------------------------------------------------------------------------------------


def parse_number(token: str) -> float | None:
    """The value of a printed number: "3,000" -> 3000.0, "five" -> 5.0, "a dozen" -> 12.0.

    A trailing scale word multiplies ("2 million" -> 2e6). None when it is not a number.
    """
    return _parse_number(token) if isinstance(token, str) else None


@lru_cache(maxsize=65536)  # asked of every question word and every figure's words
def _parse_number(token: str) -> float | None:
    try:
        value = _parse_numeric(token) if _has_digit(token) else _parse_words(token)
    except (ValueError, OverflowError, TypeError, AttributeError):
        return None
    if value is None or not math.isfinite(value) or abs(value) > _MAX_VALUE:
        return None
    return value


def _has_digit(token: str) -> bool:
    return any(c.isdigit() for c in token)


_SPACES = lazy_compile(r"\s+")


def _parse_numeric(token: str) -> float | None:
    m = _NUMERIC_TOKEN_RE.fullmatch(token.strip().lower())
    if not m:
        return None
    value = float(m.group(2).replace(",", ""))
    if m.group(3):
        scale = _SCALE_NAMES.get(_SPACES.sub(" ", m.group(3)).rstrip("s"))
        if scale is None:
            return None
        value *= _scale_factor(scale)
    return -value if m.group(1) in ("-", "−", "–") else value


def _scale_factor(scale: str) -> float:
    if scale == "lakh crore":
        return 1e12
    return _BIG.get(scale, 1.0)


_HALF_DOZEN = lazy_compile(r"half an? dozen")


def _parse_words(token: str) -> float | None:
    text = _SPACES.sub(" ", token.strip().lower())
    if _HALF_DOZEN.fullmatch(text):
        return 6.0
    if text in _VAGUE:
        value, scale = _VAGUE[text]
        return value * _scale_factor(scale)
    words = [w for w in _WORD_SPLIT_RE.split(text) if w and w != "and"]
    if not words:
        return None
    total, current, seen = 0.0, 0.0, False
    for i, word in enumerate(words):
        if word in ("a", "an") and i == 0:
            current, seen = 1.0, True
        elif word in _ONES or word in _TENS:
            current += _ONES.get(word) or _TENS[word]
            seen = True
        elif word in ("hundred", "dozen"):
            current = (current or 1.0) * (100 if word == "hundred" else 12)
            seen = True
        elif word.rstrip("s") in _BIG:
            total += (current or 1.0) * _BIG[word.rstrip("s")]
            current, seen = 0.0, True
        else:
            return None
    return total + current if seen else None


# --------------------------------------------------------------------------------------------
# find_figures
# --------------------------------------------------------------------------------------------


def find_figures(text: str, skip: Sequence[tuple[int, int]] = ()) -> list[Figure]:
    """Every figure stated in ``text`` (one sentence or a short question), in text order.

    ``skip``: character spans already claimed by time expressions; no figure starts inside one.
    Never raises: ingest runs this on every sentence and one odd sentence must not stop it.
    """
    try:
        return _find_figures(text, _clean_spans(skip))
    except Exception:  # noqa: BLE001 - see docstring: degrade to "no figures", never crash ingest
        return []


def _clean_spans(skip: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for span in skip or ():
        try:
            start, end = int(span[0]), int(span[1])
        except (TypeError, ValueError, IndexError):
            continue
        if end > start:
            spans.append((start, end))
    return spans


# Every match of _FIGURE_RE holds a digit (its "num") or one of these (its number words, "a"
# before "thousand" ..., its vague amounts; "teen" stands for thirteen and fifteen, the other teens
# hold a unit word): an ASCII text with none cannot match anywhere, and is not scanned.
_FIGURE_WORDS = ("dozen", "hundred", "thousand", "million", "billion", "trillion", "scores", "seventy", "twenty", "thirty",
                 "eighty", "ninety", "forty", "fifty", "sixty", "teen", "eleven", "twelve", "ten", "one", "two", "three",
                 "four", "five", "six", "seven", "eight", "nine")


def _may_hold_figure(text: str) -> bool:
    """False only when _FIGURE_RE cannot match: most questions state no number, and the pattern
    (an alternation tried at every position) cost ~10 us a question to find none. A text that is
    not ASCII is always scanned (\\d takes any script's digits; case folding non-ASCII letters)."""
    if not text.isascii() or any(d in text for d in "0123456789"):
        return True
    lower = text.lower()
    return any(w in lower for w in _FIGURE_WORDS)


def _find_figures(text: str, skip: list[tuple[int, int]]) -> list[Figure]:
    if not isinstance(text, str) or not text or not _may_hold_figure(text):
        return []
    blocked = skip + ([m.span() for m in _PHONE_RE.finditer(text)] if _may_hold_phone(text) else [])
    figures: list[Figure] = []
    pos = 0
    while True:
        m = _FIGURE_RE.search(text, pos)
        if m is None:
            return _spelled_levels_added(text, figures) if " to " in text else figures
        if m.group("rsep") and not _range_ok(text, m):
            m = _SINGLE_RE.match(text, m.start()) or m
        pos = max(m.end(), m.start() + 1)
        figure = _figure_from_match(text, m, blocked)
        if figure is None:
            continue
        if figures and _percent_range_end(text, figures[-1], figure):
            continue
        _gapped_measure(text, figure, figures)
        _anaphoric_measure(text, figure, figures)
        _part_of_earlier(figure, figures)
        _inherit_unit(text, figure, figures)
        _range_start(text, figure, figures)
        figures.append(figure)
        if figure.alt_raw:
            pos = max(pos, _alt_end(text, figure))


# "cuts the transit time from 14 days to nine,": the level reached, spelled out with its unit left
# to the one it moved from.
_FROM_BEFORE_RE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_TO_SPELLED_RE = re.compile(r"(?:\s+[A-Za-z-]+){0,2}?\s+to\s+(" + "|".join(sorted(SPELLED_NUMBERS, key=len, reverse=True))
                            + r")(?=\s*(?:[,.;:)\"”]|$)|\s+(?:in|by|on|at|last|this|next|after|before|over|since|said|and)\b)", re.IGNORECASE)


def _spelled_levels_added(text: str, figures: list[Figure]) -> list[Figure]:
    """Each figure moved from ("from 14 days") followed by "to" and a bare spelled number gives
    that number as a figure of its kind and unit ("nine", 9 days)."""
    added: list[Figure] = []
    for f in figures:
        if f.kind not in ("count", "quantity") or not f.unit or not _FROM_BEFORE_RE.search(text, max(0, f.start - 6), f.start):
            continue
        m = _TO_SPELLED_RE.match(text, f.end)
        if m is None or any(g.start == m.start(1) for g in figures):
            continue
        added.append(Figure(raw=m.group(1), start=m.start(1), end=m.end(1), value=parse_number(m.group(1)),
                            kind=f.kind, unit=f.unit, measure=f.measure))
    return sorted(figures + added, key=lambda g: g.start) if added else figures


_THOSE_RE = re.compile(r"\b(?:those|that)\s+((?:to|from|in|of|for|at)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)")
_FROM_LEVEL_RE = re.compile(r"[^,;]{0,30},\s*(?:up|down)\s+from\s+(?:about\s+|around\s+)?")
_TO_LEVEL_RE = re.compile(r"\s+to\s+(?:a\s+record\s+)?")
_PLACE_TAIL_RE = re.compile(r"\s+(?:to|from|in|of|for|at)\s+.*$")


# "worth $9.4 billion and the frigates $3.2 billion", "financials at 9.8% and industrials at 7.1%":
# the verb left out, the noun between two figures is the second one's measure.
_GAPPED = re.compile(r"\s*,?\s+and\s+(?:the\s+|its\s+|their\s+)?([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)\s+(?:at\s+)?")


def _gapped_measure(text: str, figure: Figure, earlier: list[Figure]) -> None:
    if not earlier:
        return
    last = earlier[-1]
    m = _GAPPED.fullmatch(text, last.end, figure.start)
    if m is None:
        if len(earlier) > 1 and _TO_LEVEL_RE.fullmatch(text, last.end, figure.start) and \
                (g := _GAPPED.fullmatch(text, earlier[-2].end, last.start)) and g.group(1) == last.measure:
            figure.measure = last.measure  # "and exports 2.3% to $18 billion": the level of exports too
        return
    words = m.group(1).split()
    if any(w.lower() in _COUNT_STOP or w.lower() in _VERBS or _verb_like(w.lower()) for w in words):
        return  # "and fell 3%", "and rose to": a clause with a verb of its own
    figure.measure = m.group(1)


def _anaphoric_measure(text: str, figure: Figure, earlier: list[Figure]) -> None:
    """ "Chip shipments to China rose 19.2% ..., while those to Taiwan nearly doubled, jumping
    96.4%": "those" are chip shipments, to Taiwan."""
    if not earlier:
        return
    last = earlier[-1]
    if not figure.measure and (_TO_LEVEL_RE.fullmatch(text, last.end, figure.start) or _FROM_LEVEL_RE.fullmatch(text, last.end, figure.start)) and last.measure:
        # "jumping 96.4% to $2.35 billion", "slipped to 66.2 million tonnes ..., down from 70.5
        # million tonnes": the level of what moved, before or after
        figure.measure = last.measure
        return
    if figure.measure and not figure.measure.lower().startswith(("those ", "that ")):
        return
    m = None
    for m in _THOSE_RE.finditer(text, last.end, figure.start):
        pass
    named = next((g.measure for g in reversed(earlier) if g.measure), "")
    if m is None or not named:
        return
    figure.measure = f"{_PLACE_TAIL_RE.sub('', named)} {m.group(1)}"


# "of them", "of whom": a pronoun counted, no noun of its own.
_PRONOUN_GROUP = frozenset(("them", "whom"))


def _part_of_earlier(figure: Figure, earlier: list[Figure]) -> None:
    """ "About 11,200 small planters ... and at least 1,300 of them are considering ...": a part
    "of them" counts the same things as the group counted before it in the sentence."""
    if figure.kind != "count" or figure.unit.lower() not in _PRONOUN_GROUP:
        return
    group = next((g for g in reversed(earlier) if g.kind == "count" and g.measure and g.unit.lower() not in _PRONOUN_GROUP), None)
    if group is not None:
        figure.unit, figure.measure = group.unit, group.measure


def _percent_range_end(text: str, last: Figure, figure: Figure) -> bool:
    """ "2.5%-3.5%": the dash right after a percent joins a range, written as "2.5-3.5%" is; it
    is no minus sign. The range is one figure, as that one is."""
    if not (last.kind == figure.kind == "percent" and last.end == figure.start and figure.raw[:1] in "-–" and figure.value < 0):
        return False
    last.raw, last.end = text[last.start : figure.end], figure.end
    return True


_COMPARED = lazy_compile(r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?|up from|down from|from|short of|ahead of|above|below|than)\s*"
                       # "ahead of Argentina's 22 million", "up from last year's 312": whose amount it is
                       r"(?:the\s+)?(?:(?:[\w.-]+\s+){0,2}[\w.-]+['’]s\s+)?(?:about|around|some|only|just)?\s*$",
                       re.IGNORECASE)


_SPAN_ADJECTIVE = lazy_compile(r"[\w.]+-(?:day|week|month|quarter|year|hour|minute)", re.IGNORECASE)


def _inherit_unit(text: str, figure: Figure, earlier: list[Figure]) -> None:
    """ "38 vessels were waiting ..., compared with 21": the bare 21 counts vessels too."""
    if figure.kind != "number" or figure.unit or not earlier or not _COMPARED.search(text[max(0, figure.start - 30) : figure.start]):
        return
    # "delivered 86,940 vehicles, up 26% ..., but short of the 91,500 expected": past the rate;
    # "handed over 41,300 homes in 23 cities ..., up from 36,800": the count of its own size.
    # "climbed to 486 in the nine-month period from 312": a span's length told as an adjective
    # measures the period, not the level left.
    counted = [g for g in earlier if g.kind in ("count", "quantity") and g.unit and not g.currency and g.value > 0
               and not _SPAN_ADJECTIVE.fullmatch(g.raw)]
    if figure.value <= 0 or not counted:
        return
    # "trucked 290 kilometres to the port, which handled 418 containers ..., up from 175": a bare
    # number counts things when things counted near its size (within a factor of ten) stand
    # before it, rather than a measure such as a distance.
    things = [g for g in counted if g.kind == "count" and abs(math.log10(g.value) - math.log10(figure.value)) < 1]
    last = min(reversed(things or counted), key=lambda g: abs(math.log10(g.value) - math.log10(figure.value)))
    figure.kind, figure.unit, figure.measure = last.kind, last.unit, figure.measure or last.measure


_RANGE_JOIN = lazy_compile(r"\s+to\s+|\s?[-–]\s?")


def _range_start(text: str, figure: Figure, earlier: list[Figure]) -> None:
    """ "410 million to 430 million euros", "25.2 million to 25.8 million passengers": the first end
    of a range whose scale is written twice is of the same kind as the second ("from 5 to 7
    million" is a change, not a range)."""
    if not earlier or figure.kind not in ("money", "quantity", "count"):
        return
    first = earlier[-1]
    if first.kind != "number" or first.unit or first.scale != figure.scale or not first.scale \
            or not _RANGE_JOIN.fullmatch(text[first.end : figure.start]) \
            or _FROM_RE.search(text[max(0, first.start - 12) : first.start]):
        return
    first.kind, first.currency, first.unit = figure.kind, figure.currency, figure.unit
    first.measure = first.measure or figure.measure


def _range_ok(text: str, m: re.Match[str]) -> bool:
    """"A and B" is a range only after "between"; "from A to B" is a change, not a range."""
    sep = m.group("rsep").strip().lower()
    before = text[max(0, m.start() - 12):m.start()]
    first, second = (m.group("num") or ""), (m.group("num2") or "")
    if _YEAR_ONLY.fullmatch(first) and not _YEAR_ONLY.fullmatch(second):
        return False  # "its forecast for 2025 to 5.45 million tonnes": a year, then the figure
    if sep == "and":
        return bool(_BETWEEN_RE.search(before))
    if sep == "to":
        # "fell by 17,000 to 2.31 million": the change, then the level it reached.
        return not _FROM_RE.search(before) and not _BY_RE.search(before)
    return True


_BY_RE = re.compile(r"\bby\s+(?:about|around|some|nearly|almost|roughly)?\s*$", re.IGNORECASE)


# "Fares range from 150,000 rupiah to 600,000 rupiah", "estimates varied between $2 billion and $4
# billion": the first figure is the lowest of what ranges, the second the highest (a comma inside
# the first, "150,000", ends no clause).
_RANGE_OPEN = r"\b(?:range[sd]?|ranging|var(?:y|ies|ied|ying))\s+(?:from\s+|between\s+)?(?:about\s+|around\s+|roughly\s+)?"
_RANGE_LOW_END = lazy_compile(_RANGE_OPEN + r"$", re.IGNORECASE)
_RANGE_HIGH_END = lazy_compile(_RANGE_OPEN + r"[^\s,;](?:[^,;]|,(?=\d)){0,40}?\s(?:to|and)\s+(?:about\s+|around\s+)?$", re.IGNORECASE)


def range_end(text: str, start: int) -> str:
    """ "low" or "high" for a figure at ``start`` that opens or closes a stated range, else ""."""
    before = text[max(0, start - 80):start]
    if "ang" not in before and "ar" not in before:
        return ""  # no "range" nor "vary" before it: nearly every figure
    if _RANGE_LOW_END.search(before):
        return "low"
    return "high" if _RANGE_HIGH_END.search(before) else ""


_YEAR_ONLY = re.compile(r"(?:19|20)\d\d")


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _number_span(m: re.Match[str]) -> tuple[int, int]:
    for group in ("num", "word", "vague"):
        if m.group(group) is not None:
            return m.span(group)
    return m.span()


def _figure_from_match(
    text: str, m: re.Match[str], blocked: list[tuple[int, int]]
) -> Figure | None:
    num_start, num_end = _number_span(m)
    if _overlaps(num_start, num_end, blocked):
        return None
    if _is_not_a_figure(text, m):
        return None
    value, scale = _value_and_scale(m)
    if value is None:
        return None
    figure = Figure(raw="", start=m.start(), end=m.end(), value=value, kind="number", scale=scale)
    _set_kind(text, m, figure)
    if figure.kind == "drop":
        return None
    figure.raw = text[figure.start:figure.end]
    before = text[max(0, m.start() - 40):m.start()]
    figure.qualifier = figure.qualifier or _qualifier(before, m)
    if _is_duration(figure):
        return figure  # "three years": a span of time, not a level that rises or falls
    _set_direction(text, figure)
    if not figure.measure:
        figure.measure = _measure_before(text, figure)
    if figure.kind == "money":
        _attach_alt(text, figure)
    return figure


# ---- rejections -----------------------------------------------------------------------------


def _is_not_a_figure(text: str, m: re.Match[str]) -> bool:
    """Years, days of dates, clock times, list numbering and labels are not figures."""
    bare = not (m.group("cur") or m.group("scale") or m.group("pct") or m.group("csuf")
                or m.group("unit"))
    before = text[max(0, m.start() - 30):m.start()]
    if _LABEL_BEFORE_RE.search(before):
        return True
    if m.group("num") is not None and bare:
        if _looks_like_year(m.group("num")) and not _QUALIFIER_RE.search(before):
            return True
        if _is_day_or_time(text, m, before) or _is_list_marker(text, m, before):
            return True
    # "fined Mercia Water 96.4 million pounds": a scale or a currency after the number makes it
    # an amount, not the model number of a name ("Boeing 737").
    if not m.group("cur") and not m.group("scale") and not m.group("csuf") and _after_name(before) and not _gapped_share(text, m, before):
        return True
    return False


def _looks_like_year(num: str) -> bool:
    return len(num) == 4 and num.isdigit() and 1800 <= int(num) <= 2100


def _is_day_or_time(text: str, m: re.Match[str], before: str) -> bool:
    num = m.group("num")
    small_int = num.isdigit() and 1 <= int(num) <= 31 and not m.group("rsep")
    if small_int and (_DAY_AFTER_RE.match(text, m.end()) or _DAY_BEFORE_RE.search(before)):
        return True
    return bool(_CLOCK_RE.match(text, m.end()))


def _is_list_marker(text: str, m: re.Match[str], before: str) -> bool:
    """"1. Exports ..." / "(2) ..." at the start of a line, or a lone "(3)"."""
    if not m.group("num").isdigit() or len(m.group("num")) > 2 or m.group("rsep"):
        return False
    lone = before.endswith("(") and text.startswith(")", m.end())
    newline = text.rfind("\n", max(0, m.start() - 30), m.start())  # bounded: stays linear
    at_line_start = (newline >= 0 or m.start() <= 30) and \
        _LIST_ITEM_RE.fullmatch(text, newline + 1, m.start()) is not None
    return lone or (at_line_start and _LIST_MARK_AFTER_RE.match(text, m.end()) is not None)


# "with Turkey taking 38% of shipments and China 27%": a percent after a name closing a list whose
# verb was given once is that name's share, no model number ("Boeing 737").
_GAPPED_NAME_RE = lazy_compile(r"(?:,|\band)\s+[A-Z][\w.]*\s+$")


def _gapped_share(text: str, m: re.Match[str], before: str) -> bool:
    return bool(m.group("pct")) and _GAPPED_NAME_RE.search(before) is not None and "%" in text[: max(0, m.start() - 5)]


def _after_name(before: str) -> bool:
    """A figure right after a capitalised non-function word is a name ("Boeing 737")."""
    cap = _CAPITAL_BEFORE_RE.search(before)
    if not cap:
        return False
    word = cap.group(1).rstrip(".").lower()
    return word not in _CAPITAL_OK and not before.rstrip().endswith(("’s", "'s"))


# ---- value and kind -------------------------------------------------------------------------


def _is_duration(figure: Figure) -> bool:
    return figure.kind == "quantity" and bool(_TIME_UNIT_RE.fullmatch(figure.unit))


def _value_and_scale(m: re.Match[str]) -> tuple[float | None, str]:
    scale = _scale_name(m.group("scale"))
    if m.group("vague") is not None:
        value, vague_scale = _VAGUE[_SPACES.sub(" ", m.group("vague").lower())]
        return value, scale or vague_scale
    if m.group("word") is not None:
        return parse_number(m.group("word")), scale
    value = parse_number(m.group("num"))
    if value is not None and m.group("sign"):
        value = -value
    return value, scale


def _scale_name(raw: str | None) -> str:
    if not raw:
        return ""
    key = _SPACES.sub(" ", raw.strip().lower())
    key = key[:-1] if key.endswith("s") else key  # "crores", "lakhs"
    return _SCALE_NAMES.get(key, key)


def _set_kind(text: str, m: re.Match[str], figure: Figure) -> None:
    """Fill kind, unit, currency (and measure for counts); kind "drop" rejects the match."""
    cur = _prefix_currency(m.group("cur") or m.group("cur2"))
    if m.group("pct"):
        figure.kind, figure.unit = "percent", _percent_unit(m.group("pct"))
    elif m.group("csuf") or cur is not None:
        _set_money(text, m, figure, cur)
    elif m.group("unit"):
        _set_quantity(text, m, figure)
    else:
        _set_count(text, m, figure)
    if figure.kind not in ("money", "quantity") and m.group("rate"):
        figure.end = m.start("rate")  # "a day" after a bare number is not part of it


_SPACE_OR_DOT = lazy_compile(r"[\s.]")


def _prefix_currency(raw: str | None) -> str | None:
    if not raw:
        return None
    key = _SPACE_OR_DOT.sub("", raw)
    if key.upper() in _ISO_CODES:
        return _ISO_ALIASES.get(key.upper(), key.upper())
    # "B$", "FJ$": a dollar of a country the table does not name, kept apart from the US dollar
    return _PREFIX_CURRENCY.get(key.lower(), key if key.endswith("$") else "")


def _percent_unit(raw: str) -> str:
    low = raw.lower()
    if "basis" in low or "bp" in low:
        return "basis points"
    if "point" in low or "pp" in low:
        return "percentage points"
    return "%"


_POUNDS_AFTER = lazy_compile(r"\s*pounds?", re.IGNORECASE)
_OF_AFTER = lazy_compile(r"\s+of\b")


def _set_money(text: str, m: re.Match[str], figure: Figure, cur: str | None) -> None:
    suffix = m.group("csuf")
    if suffix and cur is None and _POUNDS_AFTER.fullmatch(suffix) and \
            _OF_AFTER.match(text[m.end():m.end() + 5]):
        figure.kind, figure.unit = "quantity", suffix.strip()  # "5 pounds of beef"
        return
    figure.kind = "money"
    figure.currency = cur or _suffix_currency(suffix)
    if m.group("rate"):
        figure.unit = _rate_words(m.group("rate"))


def _suffix_currency(raw: str | None) -> str:
    if not raw:
        return ""
    key = _SPACES.sub(" ", raw.strip(" \t\n-")).replace("U.S.", "US")
    if key.upper() in _ISO_CODES and key.isupper():
        return _ISO_ALIASES.get(key, key)
    return _SUFFIX_CURRENCY.get(key.lower(), "") or _local_currency(key)


def _local_currency(key: str) -> str:
    """ "Solomon Islands dollars" -> "Solomon Islands dollar": a country's own money, named as
    written (no code of it is known), one name whether written singular or plural."""
    *owner, word = key.split(" ")
    if not owner or " ".join(owner).lower() not in _LOCAL_OWNERS_SET:
        return ""
    low = word.lower()
    single = low[:-1] if low.endswith("s") and low[:-1] in _SUFFIX_CURRENCY else low
    return f"{' '.join(owner)} {single}"


_LOCAL_OWNERS_SET = frozenset(_LOCAL_OWNERS)


def is_vague(raw: str) -> bool:
    """ "dozens", "hundreds of thousands": a number the text does not give exactly."""
    return _SPACES.sub(" ", raw.lower()).strip() in _VAGUE


def is_currency_word(word: str) -> bool:
    """ "dollars", "shillings", "rand": a word an amount of money is written in."""
    return word.lower() in _SUFFIX_CURRENCY


def currency_of_word(word: str) -> str:
    """ "bolivianos" -> "BOB": the code of a currency word; "" for none."""
    return _SUFFIX_CURRENCY.get(word.lower(), "")


def is_scale_word(word: str) -> bool:
    """ "million", "bn", "crore": the scale of a figure written before it."""
    return word.lower() in _SCALE_NAMES


def _set_quantity(text: str, m: re.Match[str], figure: Figure) -> None:
    unit = _squash(m.group("unit")).lstrip("-")
    if m.group("rate"):
        unit += " " + _rate_words(m.group("rate"))
    word = (m.group("word") or "").lower()
    if word in ("one", "a") and _TIME_UNIT_RE.fullmatch(unit):
        figure.kind = "drop"  # "one day", "a year": idioms, not figures
        return
    figure.kind, figure.unit = "quantity", unit
    of = _OF_AFTER_RE.match(text, m.end())
    if of:  # "55 tonnes of rice" measures rice
        figure.measure = _noun_phrase_after(text, of.end())


# "U.S.", "U.K.": an abbreviation spelt with dots, which the word pattern would cut at "U".
_DOTTED_ABBR_RE = lazy_compile(r"[ \t]+(?:[A-Z]\.){2,}(?=[ \t])")
_SIZE_MODIFIER_RE = lazy_compile(r"\s*\d+(?:\.\d+)?-(?:kg|kilo(?:gram)?|lb|pound|litre|liter|tonne|ton|foot|ft)\b", re.IGNORECASE)


def _set_count(text: str, m: re.Match[str], figure: Figure) -> None:
    start = m.end()
    size = _SIZE_MODIFIER_RE.match(text, start) or _GROUP_SIZE_RE.match(text, start)
    if size:
        start = size.end()  # "51.8 million 60-kg bags" counts bags
    if m.group("vague") is not None:
        of = _OF_AFTER_RE.match(text, m.end())
        start = of.end() if of else m.end()
        figure.qualifier = "more than"  # "dozens of firms": at least the smallest value implied
    phrase = _noun_phrase_after(text, start)
    part_of = _PART_OF_RE.match(text, start)
    # (a spelt-out part of an owner's few, "two of its four mines", stays a number in passing)
    if not phrase and part_of and (part_of["number"] or m.group("num") or parse_number(part_of["word"]) is not None
                                   or _some_of_the(m, part_of) or _some_of_them(m, part_of)) \
            and (m.group("num") or not part_of["owner"]):
        # "one of the firms" is no count
        # "Fourteen of 19 economists": 14 economists; "1,100 of the positions": 1,100 positions;
        # "23 of its 41 estates": 23 estates
        phrase = _noun_phrase_after(text, part_of.end() if part_of["number"] else part_of.start("word") - 1)
    if not phrase:
        group = _GROUP_OF_RE.search(text, max(0, m.start() - 40), m.start())
        phrase = group["noun"] if group else ""  # "a global workforce of around 31,500" counts the workforce
    if m.group("word") is not None and not _word_number_ok(text, m, phrase):
        figure.kind = "drop"
        return
    if not phrase:
        return  # a bare number: kind stays "number"
    if phrase.split()[0].lower() == "times":
        return
    figure.kind, figure.measure = "count", phrase
    figure.unit = phrase.split()[-1].lower()


def _some_of_the(m: re.Match[str], part_of: re.Match[str]) -> bool:
    """ "Nineteen of the agreements are binding": a spelt-out number above one before "of the" and
    a noun counts that many of them. Not "one of the firms" (one member, no count), nor a part of
    an owner's few ("two of its four mines", left to the owner's rule above)."""
    word = m.group("word")
    value = parse_number(word) if word else None
    # "of the" itself: "five of them" has no noun to count here
    said_the = part_of.group(0).split()[1].lower() == "the"
    return value is not None and value >= 2 and said_the and part_of["word"] is not None and m.group("scale") is None


def _some_of_them(m: re.Match[str], part_of: re.Match[str]) -> bool:
    """ "Seven fishmeal plants operate ..., and five of them are owned by Chinese firms": a
    spelt-out number above one "of them" counts that many of the group told before it, which
    _part_of_earlier (or the sentence before, knowledge.extract) names."""
    word = m.group("word")
    value = parse_number(word) if word else None
    return value is not None and value >= 2 and (part_of["word"] or "").lower() in _PRONOUN_GROUP and m.group("scale") is None


def part_of_before(figures: list[Figure], before: list[Figure]) -> None:
    """ "..., which operates 240 barges. The company has idled 60 of them since late August": a
    part "of them" the sentence leaves unnamed counts the group the sentence before counted last."""
    for figure in figures:
        if figure.kind == "count" and figure.unit.lower() in _PRONOUN_GROUP:
            _part_of_earlier(figure, before)


# (the noun may end its clause: "Nineteen of the agreements, worth $1.9 billion, are ...")
_PART_OF_RE = lazy_compile(r"\s+of\s+(?:(?:the|(?P<owner>its|their|our))\s+)?(?:(?P<number>\d[\d,]*)|(?P<word>[a-z]+))(?=[\s,;])", re.IGNORECASE)
_GROUP_OF_RE = lazy_compile(r"\b(?P<noun>workforce|population|headcount|staff|fleet|membership|crew|crowd)\s+of\s+"
                          r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|more than\s+|over\s+)?$", re.IGNORECASE)


def _word_number_ok(text: str, m: re.Match[str], phrase: str) -> bool:
    """Written numbers are figures only with a noun or a scale ("three provinces", "two million")."""
    if not phrase and not m.group("scale"):
        return False
    if m.group("word").lower() == "one":
        before = text[max(0, m.start() - 8):m.start()].lower().split()
        if before and before[-1] in ("the", "no", "any", "every", "each", "this", "that", "which"):
            return False
    return True


def _noun_phrase_after(text: str, pos: int, limit: int = 4) -> str:
    """The counted noun phrase starting after ``pos``: "Chinese enterprises", "containers"."""
    words: list[str] = []
    end = pos
    while len(words) < limit:
        dotted = _DOTTED_ABBR_RE.match(text, end)
        if dotted:
            # "7.2 U.S. cents", "a 15% U.S. tariff": "U." ends no noun phrase
            words.append(dotted.group(0).strip())
            end = dotted.end()
            continue
        w = _NEXT_WORD_RE.match(text, end)
        if w is None:
            break
        word = w.group(1)
        low = word.lower().rstrip("’'")
        if low in ("and", "or") and _kind_before_and(words):
            # "14 local and international banks": two words for the kind, then the noun.
            rest = _noun_phrase_after(text, w.end(), 2)
            if len(rest.split()) == 2:
                words += [word, *rest.split()]
            break
        if low in _COUNT_STOP or low.endswith("ly"):
            break
        if _verb_like(low) and not _modifier_participle(text, w.end(), words):
            break
        if _verb_after_plural(words, low, text, w.end()):
            break
        words.append(word)
        end = w.end()
    return " ".join(words)


# "Seven fishmeal plants operate on the coast": the preposition after the verb a plural noun takes.
_PREPOSITION_AFTER = lazy_compile(r"\s+(?:on|along|in|at|across|from|near|around|between|inside|outside)\b")


def _verb_after_plural(words: list[str], low: str, text: str, end: int) -> bool:
    """ "Seven fishmeal plants operate on ...": a bare word after a plural noun, with a
    preposition after it, is the plural's verb, no part of what is counted (not "plants")."""
    return bool(words) and words[-1].islower() and words[-1].endswith("s") and not words[-1].endswith("ss") \
        and low.isalpha() and not low.endswith("s") and _PREPOSITION_AFTER.match(text, end) is not None


def _kind_before_and(words: list[str]) -> bool:
    """ "14 local and international banks", "14 Chinese shipping and logistics companies": the
    words before an "and" are a kind the noun after it is of, when they are one lower-case word
    or a name's adjective and one (no plural noun: "20 Russian firms and ..." ends its phrase)."""
    if len(words) == 1:
        return words[0].islower()
    if len(words) != 2:
        return False
    kind = words[-1].lower()
    return words[0][:1].isupper() and words[1].islower() and (kind in _COUNT_KEEP or not kind.endswith("s"))


def _verb_like(low: str) -> bool:
    if low in _COUNT_KEEP or low.endswith("eed"):
        return False
    return (len(low) > 4 and low.endswith("ing")) or (len(low) > 3 and low.endswith("ed"))


def _modifier_participle(text: str, pos: int, words: list[str]) -> bool:
    """ "300 injured people": a participle right after the number, before a noun, is a modifier."""
    if words:
        return False
    nxt = _NEXT_WORD_RE.match(text, pos)
    return bool(nxt) and nxt.group(1).lower() not in _COUNT_STOP and \
        not _verb_like(nxt.group(1).lower())


def _squash(raw: str) -> str:
    return _SPACES.sub(" ", raw.strip())


def _rate_words(raw: str) -> str:
    """ "-a-year" of "million-tonne-a-year" is the rate "a year", as written apart."""
    return _squash(raw) if not raw.startswith("-") else _squash(raw[1:].replace("-", " ", 1))


# ---- context: qualifier, direction, measure --------------------------------------------------


def _qualifier(before: str, m: re.Match[str]) -> str:
    if m.group("rsep") and _BETWEEN_RE.search(before):
        return "between"
    q = _QUALIFIER_RE.search(before)
    if q is None:
        return ""
    if q.group(1).lower().startswith("up") and _after_particle_verb(before, q.start(1)):
        return ""  # "edged up to 4.1%" moved there; "up to 4.1%" alone is at most
    return _SPACES.sub(" ", q.group(1).lower())


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts: after the last comma/semicolon/dash/bracket."""
    lo = max(0, pos - 200)  # clauses are short; bounding keeps odd input linear
    start = lo
    for b in _BOUNDARY_RE.finditer(text, lo, pos):
        start = b.end()
    return start


def _qualified_start(text: str, figure: Figure) -> int:
    """Start of the figure including its qualifier words ("more than $5 billion")."""
    if not figure.qualifier:
        return figure.start
    before = text[max(0, figure.start - 40):figure.start]
    q = _QUALIFIER_RE.search(before)
    return figure.start - (len(before) - q.start(1)) if q else figure.start


def _set_direction(text: str, figure: Figure) -> None:
    after = _DIRECTION_AFTER_RE.match(text, figure.end)
    if after and figure.kind in ("percent", "money", "quantity", "number"):
        figure.direction, figure.direction_word = _DIRECTION_AFTER[after.group(1).lower()], \
            after.group(1)
        return
    start = _qualified_start(text, figure)
    if _ON_BASE_RE.search(text, max(0, start - 40), start):
        return  # "profit jumped 31.5% on revenue of 268.4 billion yen": the revenue did not jump
    found = None
    for w in _words_in(text, _clause_start(text, start), start):
        word = w.group(0).lower()
        if word not in _DIRECTION:
            continue
        if word in ("up", "down") and not _right_before(text, w.end(), start) and not _after_particle_verb(text, w.start()):
            continue
        if word == "up" and _after_make(text, w.start()):
            continue  # "trucks made up 27% of traffic": a share of a whole, no move
        found = w
    if found:
        figure.direction = _DIRECTION[found.group(0).lower()]
        figure.direction_word = found.group(0)


def _after_make(text: str, start: int) -> bool:
    before = text[max(0, start - 8):start].split()
    return bool(before) and before[-1].lower() in _MAKE_FORMS


def _after_particle_verb(text: str, start: int) -> bool:
    before = text[max(0, start - 12):start].split()
    return bool(before) and before[-1].lower() in _PARTICLE_VERBS


def _words_in(text: str, start: int, end: int) -> list[re.Match[str]]:
    # Tokenise then look words up in sets: far cheaper than a 100-way regex alternation.
    return list(_PLAIN_WORD_RE.finditer(text, start, end))


def _right_before(text: str, end: int, start: int) -> bool:
    """ "up 4.5%", "down by 3%": up/down only count when they directly precede the figure."""
    gap = text[end:start].strip().lower()
    return gap in ("", "by", "a further", "by a further")


# "added A$1.5 billion to its share buyback": a sum added to a thing measures that thing, as the
# object of "raised rates by" does (_object_before_by); "added 38 flights to Miami" names a place, no
# determiner, so only "to its/the ..." is read.
_ADD_VERB_BEFORE_RE = re.compile(r"\b(?:add|adds|added|adding)\s+(?:(?:another|a\s+further|an\s+extra)\s+)?$", re.IGNORECASE)
_ADDED_TO_RE = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?\s+to\s+(?:its|their|the|his|her|our)(?=\s)", re.IGNORECASE)


def _added_to(text: str, figure: Figure, start: int) -> str:
    """The thing a sum is added to ("added A$1.5 billion to its share buyback" -> "share buyback"), or ""."""
    if figure.kind not in ("money", "quantity") or not _ADD_VERB_BEFORE_RE.search(text, max(0, start - 24), start):
        return ""
    to = _ADDED_TO_RE.match(text, figure.end)
    return _noun_phrase_after(text, to.end(), 3) if to else ""


def _measure_before(text: str, figure: Figure) -> str:
    start = _qualified_start(text, figure)
    if (put := _put_at(text, start)):
        return put
    compound = _compound_measure(text, figure, start)
    if compound:
        return compound
    if added := _added_to(text, figure, start):
        return added
    before = text[max(0, start - 30):start]
    of = _OF_BEFORE_RE.search(before)
    if of:
        phrase = _noun_phrase_before(text, start - (len(before) - of.start()))
        if phrase:
            return phrase
    return _cost_of_subject(text, start) or _subject_before_verb(text, start)


# "estimates put the cost of the double-track railway at $10.5 billion", "puts its value at": the
# sum is the cost (value, size) of what follows "of", though no verb governs it ("at" ends the window)
_PUT_AT_RE = re.compile(r"\bput(?:s|ting)?\s+(?:the|its|their)\s+(cost|value|price|price\s+tag|bill|size|worth|losses|damage)"
                        r"(?:\s+of\s+((?:[\w-]+\s+){0,5}?[\w-]+))?\s+at\s*$", re.IGNORECASE)


def _put_at(text: str, start: int) -> str:
    """ "put the cost of the railway at N" measures "cost of the railway"; "" when no "put ... at"."""
    if not text.endswith("at ", 0, start) or "put" not in text[max(0, start - 80):start]:
        return ""
    m = _PUT_AT_RE.search(text, max(0, start - 80), start)
    if m is None:
        return ""
    return f"{m.group(1)} of {m.group(2)}" if m.group(2) else m.group(1)


# "The railway cost 1.6 trillion tugrik", "the plant will cost about $2 billion": "cost" is no
# governing verb (a level), yet the sum is what the subject cost.
_COST_VERB_BEFORE_RE = re.compile(r"\b(?:will\s+|would\s+|could\s+|is\s+expected\s+to\s+|is\s+set\s+to\s+)?costs?\s*$", re.IGNORECASE)


def _cost_of_subject(text: str, start: int) -> str:
    """ "<subject> cost N" measures "<subject> cost"."""
    m = _COST_VERB_BEFORE_RE.search(text, max(0, start - 40), start)
    if m is None:
        return ""
    clause = _clause_start(text, m.start())
    subject = _tidy_subject(_WORD_RE.findall(text[clause:m.start()]))
    return f"{subject} cost" if subject else ""


_BRACKET_AFTER_RE = re.compile(r"\s*\([^()]{1,40}\)")


def _compound_measure(text: str, figure: Figure, start: int) -> str:
    """ "a 10% stake" -> "stake"; "a 5% rise in exports" -> "exports". Headlines drop the
    article: "posts 12.4% rise in profit" -> "profit", "unveils 30 billion yen buyback" -> "buyback"."""
    det = text[max(0, start - 6):start].lower().split()
    # "December's 18% devaluation of the peso": an owner's possessive determines the noun as "the" does
    has_det = bool(det) and (det[-1] in _DETERMINERS or det[-1].endswith(("'s", "’s")))
    pos = figure.end
    if (bracket := _BRACKET_AFTER_RE.match(text, pos)) and has_det:
        pos = bracket.end()  # "the A$1.3 billion (US$845 million) Yarrowee expansion"
    after = _DIRECTION_AFTER_RE.match(text, pos)
    if after:
        if not has_det and after.group(1).lower() not in _DIRECTION_NOUNS:
            return ""  # "closed 2% higher in Tokyo": Tokyo is where, not what
        in_ = _IN_OF_AFTER_RE.match(text, after.end())
        return _noun_phrase_after(text, in_.end(), 3) if in_ else ""
    if not has_det and figure.kind != "money":
        return ""  # "opened 486 stores": a count names what it counts in its unit
    return _noun_phrase_after(text, pos, 3)


def _noun_phrase_before(text: str, end: int) -> str:
    """ "reported revenue of" -> "revenue": walk back over plain words."""
    words = _WORD_RE.findall(text[_clause_start(text, end):end])
    taken: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        low = words[i].lower()
        if low in _COUNT_STOP or low in _VERBS or low in _DETERMINERS or len(taken) == 4:
            break
        if _verb_like(low):
            # "expects restructuring charges of", "the operating profit of": an -ing word after a
            # verb or an article qualifies the noun; "after cutting costs of" does the cutting.
            before = words[i - 1].lower() if i else ""
            if taken and low.endswith("ing") and (before in _VERBS or before in _DETERMINERS or _verb_like(before)):
                taken.append(words[i])
            break
        taken.append(words[i])
    return " ".join(reversed(taken))


def _subject_before_verb(text: str, start: int) -> str:
    """The noun phrase before the verb that governs the figure in its clause."""
    clause = _clause_start(text, start)
    verbs = [w for w in _words_in(text, clause, start) if w.group(0).lower() in _GOVERNING
             and not (w.group(0).lower() in ("up", "down") and _after_particle_verb(text, w.start()))]
    if not verbs:
        return ""
    verb = verbs[-1]
    if _NEW_CLAUSE_AFTER_VERB.search(text, verb.end(), start):
        # "its export volume rose 27% ... and that it plans to invest 600 billion dong": a clause
        # of its own opens between the verb and the figure, so the verb's subject is not its measure.
        return ""
    obj = _object_before_by(text, verb, start)
    if obj:
        return obj
    words = _WORD_RE.findall(text[clause:verb.start()])
    if not words and verb.group(0).lower() not in ("up", "down") and (aside := _ASIDE_BEFORE_RE.search(text, max(0, clause - 200), clause)):
        # "Service revenue, which excludes handset sales, rose 4.2%": the subject before the aside.
        # (Not "exported 15.9 million tonnes ... in the 2025/26 crop year, which began on August 1,
        # up 8.2%": a bare "up" has no subject of its own; it tells how the main clause's level moved.)
        words = _WORD_RE.findall(aside.group(1))
    elif len(words) >= 3 and words[0].lower() in ("that", "which") and (named := _RELATIVE_SUBJECT_RE.search(text, max(0, clause - 200), clause)):
        # "orders for collaborative robots, or cobots, that work alongside people doubled": the
        # clause tells which robots; the orders, under either name, are what doubled. (Its
        # verb must come before the governing one: in ", which is due to produce 40,000 tonnes"
        # the clause's own verb governs.)
        words = _WORD_RE.findall(named.group(1))
        if named.group(2):
            words += ["or", *_WORD_RE.findall(named.group(2))]
    return _tidy_subject(words)


# "and that it plans to", "but that": a reported clause of its own after the governing verb.
_NEW_CLAUSE_AFTER_VERB = re.compile(r"\b(?:and|but)\s+that\s+(?:it|they|he|she|the\s+\w+)\b", re.IGNORECASE)
_RELATIVE_SUBJECT_RE = re.compile(r"(?:^|[,;:]\s*)([^,;:]+),\s*(?:(?:or|also known as)\s+([^,;:]{1,30}),\s*)?$")


_ASIDE_BEFORE_RE = re.compile(r"(?:^|[,;:]\s*)([^,;:]+),\s*(?:which|who|whose|including|excluding|a measure of|[a-z]+ed\s+(?:in|on|by|at|from|last|this))\b[^,;:]*,\s*$")


def _object_before_by(text: str, verb: re.Match[str], start: int) -> str:
    """ "raised rates by 25 basis points" / "cut output to 9 million bpd" measure the object."""
    words = _WORD_RE.findall(text[verb.end():start])
    if len(words) < 2 or words[-1].lower() not in ("by", "to") or len(words) > 7:
        return ""
    obj = words[:-1]
    lows = [w.lower() for w in obj]
    if any(low[0].isdigit() or (low in _COUNT_STOP and low not in _DETERMINERS) for low in lows):
        return ""
    while obj and obj[0].lower() in _DETERMINERS:
        obj = obj[1:]
    return " ".join(obj)


_SCALE_WORDS = frozenset("thousand million billion trillion bn mln".split())  # "$3.62 billion and sales to ..."


def _tidy_subject(words: list[str]) -> str:
    lows = [w.lower() for w in words]
    cut = 0
    for i, low in enumerate(lows):  # the subject follows the last clause word, verb or figure
        if (low in _GOVERNING and low not in _AUX) or low[0].isdigit() or low in _SCALE_WORDS or \
                (low in _CLAUSE_WORDS and not _inside_pair(lows, i)):
            cut = i + 1
    words, lows = words[cut:], lows[cut:]
    while lows and lows[0] in ("and", "or", "but", "while", "whereas"):
        words, lows = words[1:], lows[1:]
    for i, low in enumerate(lows):  # "exports are expected to" -> "exports"
        if low in _AUX:
            words, lows = words[:i], lows[:i]
            break
    while lows and (_verb_like(lows[-1]) or lows[-1] in _VERBS):  # "Shares closed" -> "Shares"
        words, lows = words[:-1], lows[:-1]
    phrase = _TIME_INTRO_RE.sub("", " ".join(words))
    tokens = phrase.split()
    while tokens and tokens[0].lower() in _DETERMINERS:
        tokens = tokens[1:]
    if len(tokens) > 8:
        # "Coal output in the world's largest exporter of thermal coal slipped": the head before
        # the long qualifier is what moved
        cut = next((i for i, w in enumerate(tokens) if i > 0 and w.lower() in ("in", "of", "at", "for", "from")), len(tokens))
        tokens = tokens[:cut]
    if not tokens or len(tokens) > 8 or (len(tokens) == 1 and tokens[0].lower() in _PRONOUNS):
        return ""
    return " ".join(tokens).strip(" ,")


def _inside_pair(lows: list[str], i: int) -> bool:
    """ "and" joining two names ("Russia and China") does not start a new clause."""
    if lows[i] != "and":
        return False
    return 0 < i < len(lows) - 1


# ---- bracketed / "or about" conversions ------------------------------------------------------


def _attach_alt(text: str, figure: Figure) -> None:
    alt, _ = _alt_match(text, figure.end)
    if alt is None:
        return
    cur = _prefix_currency(alt.group("cur"))
    value, scale = _value_and_scale(alt)
    if value is None:
        return
    figure.alt_raw = alt.group(0)
    figure.alt_value = value
    figure.alt_currency = cur or _suffix_currency(alt.group("csuf"))
    figure.alt_scale = scale


def _alt_match(text: str, pos: int) -> tuple[re.Match[str] | None, int]:
    """A money figure in brackets or after ", or about" right after ``pos``; and where it ends."""
    opened = _ALT_OPEN_RE.match(text, pos)
    if opened:
        alt = _SINGLE_RE.match(text, opened.end())
        if _is_money(alt):
            close = _ALT_CLOSE_RE.match(text, alt.end())
            if close:
                return alt, close.end()
    ored = _ALT_OR_RE.match(text, pos)
    if ored:
        alt = _SINGLE_RE.match(text, ored.end())
        if _is_money(alt):
            return alt, alt.end()
    return None, pos


def _is_money(m: re.Match[str] | None) -> bool:
    return m is not None and bool(m.group("cur") or m.group("csuf")) and not m.group("pct")


def _alt_end(text: str, figure: Figure) -> int:
    _, end = _alt_match(text, figure.end)
    return end
