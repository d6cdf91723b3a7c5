"""Generate synthetic news articles shaped like the seed (knowledge/data/seed.txt).

Each article has a date line ``| D Month YYYY, Weekday |``, a headline, about eight body
paragraphs and a byline ``  • Source``. Paragraphs are filled from templates with varied entities
(cities, provinces, countries, companies, people with titles), figures (counts, percentages with
rise/fall verbs, money in yuan/dollars/euros/roubles with bracketed conversions) and time
expressions ("last week", "in March", "on Monday", "first nine months", "January to September").

Deterministic: the same (n, seed) always gives the same texts.

    python bench/gen_articles.py OUT_DIR [-n 1000] [--seed 1234]

or from Python: ``generate(n, seed) -> list[str]``, ``write(directory, n, seed) -> list[Path]``.
"""

from __future__ import annotations

import argparse
import random
import re
from datetime import date, timedelta
from pathlib import Path

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

# (city, province/region, country, demonym)
PLACES = [
    ("Shenyang", "Liaoning", "China", "Chinese"), ("Harbin", "Heilongjiang", "China", "Chinese"),
    ("Changchun", "Jilin", "China", "Chinese"), ("Hangzhou", "Zhejiang", "China", "Chinese"),
    ("Chengdu", "Sichuan", "China", "Chinese"), ("Wuhan", "Hubei", "China", "Chinese"),
    ("Guangzhou", "Guangdong", "China", "Chinese"), ("Nanjing", "Jiangsu", "China", "Chinese"),
    ("Kazan", "Tatarstan", "Russia", "Russian"), ("Novosibirsk", "Novosibirsk region", "Russia", "Russian"),
    ("Vladivostok", "Primorye", "Russia", "Russian"), ("Yekaterinburg", "Sverdlovsk region", "Russia", "Russian"),
    ("Munich", "Bavaria", "Germany", "German"), ("Stuttgart", "Baden-Württemberg", "Germany", "German"),
    ("Lyon", "Auvergne-Rhône-Alpes", "France", "French"), ("Milan", "Lombardy", "Italy", "Italian"),
    ("Barcelona", "Catalonia", "Spain", "Spanish"), ("Porto", "Norte", "Portugal", "Portuguese"),
    ("Pune", "Maharashtra", "India", "Indian"), ("Chennai", "Tamil Nadu", "India", "Indian"),
    ("Surabaya", "East Java", "Indonesia", "Indonesian"), ("Osaka", "Kansai", "Japan", "Japanese"),
    ("Busan", "South Gyeongsang", "South Korea", "South Korean"), ("Almaty", "Almaty region", "Kazakhstan", "Kazakh"),
    ("Tashkent", "Tashkent region", "Uzbekistan", "Uzbek"), ("Izmir", "Aegean region", "Turkey", "Turkish"),
    ("Houston", "Texas", "United States", "American"), ("Toronto", "Ontario", "Canada", "Canadian"),
    ("São Paulo", "São Paulo state", "Brazil", "Brazilian"), ("Córdoba", "Córdoba province", "Argentina", "Argentine"),
]
CAPITALS = {"China": "Beijing", "Russia": "Moscow", "Germany": "Berlin", "France": "Paris", "Italy": "Rome",
            "Spain": "Madrid", "Portugal": "Lisbon", "India": "New Delhi", "Indonesia": "Jakarta",
            "Japan": "Tokyo", "South Korea": "Seoul", "Kazakhstan": "Astana", "Uzbekistan": "Tashkent",
            "Turkey": "Ankara", "United States": "Washington", "Canada": "Ottawa", "Brazil": "Brasília",
            "Argentina": "Buenos Aires"}
CURRENCY = {"China": ("yuan", None), "Russia": ("roubles", None), "Germany": ("euros", "€"),
            "France": ("euros", "€"), "Italy": ("euros", "€"), "Spain": ("euros", "€"),
            "Portugal": ("euros", "€"), "United States": ("dollars", "$")}

COMPANIES = ["Sinotrans", "Harbin Electric", "Baltic Freight", "Norilsk Logistics", "Amur Agro", "Volga Motors",
             "Siemens", "Bosch", "Alstom", "Pirelli", "Tata Steel", "Mahindra", "Pertamina", "Toyota Tsusho",
             "Hyundai Rotem", "KazMunayGas", "Arcelik", "Embraer", "Magna", "Jiangsu Hengli", "Zhejiang Geely",
             "Liaoning Port Group", "Far East Shipping", "Ural Copper", "Danube Grain", "Andes Lithium",
             "Northstar Energy", "Bluewave Solar", "Redstone Mining", "Silverline Rail"]
PEOPLE = [("President", "Vladimir Putin"), ("President", "Xi Jinping"), ("Premier", "Li Qiang"),
          ("Chancellor", "Olaf Scholz"), ("Prime Minister", "Narendra Modi"), ("President", "Emmanuel Macron"),
          ("Governor", "Hao Peng"), ("Governor", "Oleg Kozhemyako"), ("Mayor", "Anna Lindqvist"),
          ("Trade Minister", "Maxim Reshetnikov"), ("Commerce Minister", "Wang Wentao"),
          ("Finance Minister", "Bruno Le Maire"), ("chief executive", "Maria Kovacs"),
          ("chairman", "Zhang Wei"), ("chief economist", "Elena Petrova"), ("Deputy Governor", "Liu Hong"),
          ("Economy Minister", "Robert Habeck"), ("President", "Kassym-Jomart Tokayev"),
          ("Foreign Minister", "Sergei Lavrov"), ("chief executive", "Tom Becker")]
SECTORS = ["manufacturing", "logistics", "e-commerce", "agriculture", "energy", "mining", "shipbuilding",
           "pharmaceuticals", "tourism", "electronics", "textiles", "automotive", "steel", "chemicals",
           "timber", "fisheries", "software", "rail freight"]
GOODS = ["outbound shipments", "exports", "imports", "grain exports", "car sales", "steel output",
         "coal imports", "retail sales", "industrial output", "freight volumes", "crude oil imports",
         "electricity output", "soybean imports", "timber exports"]
THINGS = [("containers", "a train carrying"), ("wagons", "a freight train of"), ("trucks", "a convoy of"),
          ("vessels", "a fleet of"), ("tonnes of grain", "a shipment of"), ("tractors", "a delivery of")]
SOURCES = ["Reuters", "Bloomberg", "Associated Press", "AFP", "Xinhua", "TASS", "Nikkei Asia",
           "Financial Times", "Interfax", "Kyodo"]
AGENCIES = ["the General Administration of Customs", "the national statistics bureau", "the commerce ministry",
            "the provincial government", "the central bank", "the customs service", "state media",
            "the national broadcaster", "an industry association", "the economy ministry"]
RISE = ["rose", "climbed", "surged", "soared", "jumped", "increased", "grew"]
FALL = ["fell", "dropped", "declined", "slumped", "slid", "decreased", "shrank"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PERIODS = ["in the first nine months", "in January to September", "in the first half", "in the first quarter",
           "in the first eight months", "in January to June", "last year", "in the third quarter"]
RATES = {"yuan": 0.137, "roubles": 0.0109, "euros": 1.08}


def _money(rng: random.Random, country: str) -> str:
    """An amount in the country's currency, with a bracketed dollar conversion where that fits."""
    name, symbol = CURRENCY.get(country, ("dollars", "$"))
    scale = rng.choice(["million", "billion"])
    value = round(rng.uniform(1.5, 950.0), rng.choice([0, 1, 2]))
    shown = f"{value:g}" if value != int(value) else f"{int(value)}"
    if name == "dollars":
        return f"${shown} {scale}"
    main = f"{symbol}{shown} {scale}" if symbol and rng.random() < 0.5 else f"{shown} {scale} {name}"
    usd = value * RATES[name]
    usd_scale = scale
    if usd < 1 and scale == "billion":
        usd, usd_scale = usd * 1000, "million"
    return f"{main} (${usd:.2f} {usd_scale})"


def _pct(rng: random.Random) -> str:
    return f"{round(rng.uniform(0.3, 95.0), rng.choice([0, 1, 1])):g}%"


def _when(rng: random.Random, day: date) -> str:
    month = MONTHS[rng.randrange(max(day.month - 1, 1))]
    return rng.choice([f"in {month}", "last week", f"on {rng.choice(WEEKDAYS)}", "earlier this month",
                       f"in {month}", "last month"])


def _article(rng: random.Random) -> str:
    day = date(2021, 1, 1) + timedelta(days=rng.randrange(3 * 365))
    city, province, country, demonym = rng.choice(PLACES)
    partner = rng.choice([p for p in PLACES if p[2] != country])
    p_city, p_province, p_country, p_demonym = partner
    capital = CAPITALS[country]
    title1, person1 = rng.choice(PEOPLE)
    title2, person2 = rng.choice([p for p in PEOPLE if p[1] != person1])
    co1, co2 = rng.sample(COMPANIES, 2)
    sectors = rng.sample(SECTORS, 4)
    goods = rng.choice(GOODS)
    thing, carrier = rng.choice(THINGS)
    agency = rng.choice(AGENCIES)
    verb_up, verb_down = rng.choice(RISE), rng.choice(FALL)
    count_firms = rng.randrange(8, 1200)
    count_deals = rng.randrange(5, 90)
    month_a, month_b = rng.sample(MONTHS[: max(day.month - 1, 2)], 2)
    period = rng.choice(PERIODS)

    headline = rng.choice([
        f"In {province}, {p_demonym} and {demonym} firms ink deals from {sectors[0]} to {sectors[1]}",
        f"{co1} and {co2} sign {sectors[0]} pact as {country}-{p_country} trade {verb_up}",
        f"{province}'s {goods} to {p_country} {verb_up} {_pct(rng)} {period}",
        f"{demonym} {sectors[0]} firms look to {p_country} as {goods} {verb_down}",
        f"{city} hosts {p_demonym} business summit amid push for {sectors[2]} ties",
    ])
    paras = [
        f"{demonym} and {p_demonym} companies attending a regional conference in {city} signed {count_deals} "
        f"cooperation agreements spanning from {sectors[0]} and {sectors[1]} to {sectors[2]} and {sectors[3]}, "
        f"according to {agency}.",

        f"The summit in {city}, the capital of {province}, follows a meeting between {p_demonym} {title1} "
        f"{person1} and {demonym} {title2} {person2} {_when(rng, day)} in {capital}. The conference was "
        f"attended by {p_demonym} local government officials, business leaders, and almost {count_firms} "
        f"{demonym} enterprises hoping to enter the {p_demonym} market.",

        f"{country} has urged increased cross-border connectivity with {p_country} and deeper economic "
        f"cooperation, with {province} – home to {co1} and {co2} – gaining new strategic significance as a "
        f"zone of bilateral trade and commerce.",

        f"In {rng.choice(['January to September', 'January to June', 'the first nine months', 'the first half'])}, "
        f"{rng.randrange(3, 400)} {p_demonym} firms set up businesses in {province}, {agency} reported "
        f"on {rng.choice(WEEKDAYS)}.",

        f"{province}'s {goods} to {p_country} {rng.choice([verb_up, verb_down])} {_pct(rng)} {period} from a "
        f"year earlier to {_money(rng, country)}.",

        f"In {month_a}, a new cargo hub for {country}-{p_country} freight trains was put into operation in "
        f"{city}, with {carrier} {rng.randrange(12, 400)} {thing} departing for {p_country} to mark the "
        f"hub's inauguration.",

        f"{co1} said on {rng.choice(WEEKDAYS)} it would invest {_money(rng, country)} in a plant in {p_city}, "
        f"{rng.choice(['cutting costs', 'creating jobs', 'adding capacity'])} for {sectors[1]} cargo bound for "
        f"{p_province}, its {rng.choice(['chief executive', 'chairman'])} told reporters.",

        f"In {month_b}, bilateral trade between {country} and {p_country} {rng.choice([verb_up, verb_down])} "
        f"to {_money(rng, 'United States')}, the {rng.choice(['highest', 'lowest'])} since "
        f"{rng.choice(MONTHS)} {day.year - rng.randrange(1, 4)}, according to {agency} earlier this month.",
    ]
    if rng.random() < 0.5:
        paras.insert(7, f"{person2} declared {_when(rng, day)} that {province} should become a \u201cpivotal\u201d "
                        f"gateway for trade with {p_country}, and {co2} expects {sectors[3]} sales to grow "
                        f"{_pct(rng)} this year.")
    source = rng.choice(SOURCES)
    head = f"| {day.day} {MONTHS[day.month - 1]} {day.year}, {WEEKDAYS[day.weekday()]} |"
    return "\n\n".join([head, headline, *paras]) + f"\n\n  • {source}"


_STOP = {"a", "an", "the", "of", "in", "and", "to", "for", "on"}


def _slug_words(headline: str) -> str:
    """Roughly what factbot's article id keeps of a headline: the first six content words."""
    words = [w for w in re.findall(r"[a-z0-9]+", headline.lower()) if w not in _STOP]
    return " ".join(words[:6])


def generate(n: int = 1000, seed: int = 1234) -> list[str]:
    """n article texts; deterministic for a given seed. Headlines are made unique (article ids are
    slugs of date + headline), so n texts give n distinct articles."""
    rng = random.Random(seed)
    texts: list[str] = []
    seen: set[tuple[str, str]] = set()
    while len(texts) < n:
        text = _article(rng)
        lines = text.split("\n\n")
        key = (lines[0], _slug_words(lines[1]))
        if key in seen:
            continue
        seen.add(key)
        texts.append(text)
    return texts


def write(directory: str | Path, n: int = 1000, seed: int = 1234) -> list[Path]:
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(generate(n, seed)):
        path = out / f"gen_{i:05d}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", nargs="?", help="write gen_NNNNN.txt here (default: print the first article)")
    parser.add_argument("-n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1234)
    args = parser.parse_args()
    if args.directory:
        paths = write(args.directory, args.n, args.seed)
        print(f"wrote {len(paths)} articles to {args.directory}")
    else:
        print(generate(1, args.seed)[0])


if __name__ == "__main__":
    main()
