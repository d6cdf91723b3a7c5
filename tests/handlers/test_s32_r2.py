"""Session 32, r2: patterns once built from a question's or a story's words, now found with
str.find and fixed patterns compiled once (knowledge.lazy_re's finditer_after, literal_at,
ends_after). Each rewrite is checked against the pattern it replaces, written out as before,
over the fixture stories and made-up texts."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from knowledge import gazetteer as gz
from knowledge.entities import DEMONYMS

ROOT = Path(__file__).resolve().parents[1] / "fixtures"


def _stories(step: int = 1) -> list[str]:
    paths = sorted((ROOT / "validation").glob("*.txt"))[::step] + sorted((ROOT / "articles").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def _sentences(step: int = 1) -> list[str]:
    return [s for story in _stories(step) for s in re.split(r"(?<=[.?!])\s+|\n+", story) if s.strip()]


MADE_UP = [
    "Russia's Novosibirsk-based Sibir Freight Co and a Russian state bank, the Russian-led consortium",
    "Sibir Freight Co, a Novosibirsk maker of rail cars, and Amur Ltd, a Blagoveshchensk  trader",
    "the Russian port city of Vanino Bay and Vanino Bay-based Far East Lines; RUSSIAN firm Orel Group",
    "Xi'an-based Chang'an Logistics Group, China's Guangxi Hengtai Aluminium Group, Chinese partner X",
    "Hunan Xiangla Food Co, a Changsha maker of chilli sauce, and the Chinese-led consortium Tianjin",
    "the Chinese city of Harbin; Harbin-based Heilong Co. and HARBIN-based Ice Co, an harbin firm",
    "Chinese companies \u212aelvin Co; the \u0130stanbul-based Tur\u0131k Co, a Turkish  maker",
    "Laos's Vientiane-based Lao Rail Co and Lao Lanxang Co, a vientiane operator; laotian bank",
    "",
]


def _old_bodies_named_of(text: str, country: str) -> frozenset[str]:
    """handlers.evidence._bodies_named_of as written at the base (50e1f7b2)."""
    from handlers.evidence import _BODY_NOUNS, _NAME_AFTER, _adjectives_of
    from knowledge.store import normalise_name
    adjectives = _adjectives_of(country)
    nation = rf"(?i:{re.escape(country)}'s|{adjectives})"
    homes = {rf"(?i:{re.escape(c)})" for c in gz.cities_of(country)}
    homes |= {re.escape(m.group(1)) for m in re.finditer(
        rf"\b{nation}\s+(?:[a-z-]+\s+)?(?:city|port|province|region|town) of ([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)", text)}
    lead = rf"\b(?:{nation}\s+(?:[a-z-]+\s+){{0,2}}" + (rf"|(?:{'|'.join(homes)})-based\s+" if homes else "") + ")"
    named = frozenset(normalise_name(m.group(1)) for m in re.finditer(lead + _NAME_AFTER, text))
    described = frozenset(normalise_name(m.group(1)) for m in re.finditer(
        rf"\b{_NAME_AFTER},\s+an?\s+(?:{'|'.join(homes)})\s+[a-z]", text)) if homes else frozenset()
    called = frozenset(f"the {m.group(1).lower()}" for m in re.finditer(
        rf"\b{nation}(?:-[a-z]+)?\s+({_BODY_NOUNS})\b(?!\s+[A-Z])", text))
    return named | described | called


def test_bodies_named_of_agrees_with_the_patterns_written_per_nation() -> None:
    from handlers.evidence import _bodies_named_of
    countries = sorted(set(DEMONYMS.values()))
    checked = found = 0
    for text in _stories(4) + MADE_UP:
        lower = text.lower()
        asked = [c for c in countries if c.lower() in lower or any(d.lower() in lower for d, n in DEMONYMS.items() if n == c)]
        for country in asked[:6] + ["Russia", "China", "Laos", "Turkey", "Atlantis"]:
            want = _old_bodies_named_of(text, country)
            assert _bodies_named_of(text, country) == want, (country, text[:80])
            checked += 1
            found += bool(want)
    assert checked > 300 and found > 50  # (the texts name many nations' bodies: the check has teeth)


@lru_cache(maxsize=1)
def _questions() -> list[str]:
    from bot.evaluate import load_questions
    texts: list[str] = []
    for path in sorted((ROOT / "eval").glob("*.yaml")) + sorted((ROOT / "validation").glob("*.yaml"))[::16]:
        texts += [str(t) for item in load_questions(path)["questions"] for t in (item.get("turns") or [item["q"]])]
    return texts


PLACES = ["beijing", "shenyang", "st. petersburg", "china", "russia", "xi'an", "dubai", "rio", "in", "the",
          "harbin", "ho chi minh city", "vientiane", "nanning", "moscow", "india", "kazan", "s"]
GATHERING_TEXTS = [
    "how many chinese firms went to the summit in beijing, and the beijing forum?",
    "the summits in  the shenyang talks; the expo at the the shenyang, the big trade fair at shenyang.",
    "the shenyang summitry; the conference in shenyangese; the talks at st. petersburg; the st. petersburg forum",
    "the meeting in in beijing; themeeting in beijing; the forum at thebeijing; the 2025 fair in moscow",
    "the china-russia expo in harbin; the harbin expo's; a summit in harbin-based; the fair in the harbin",
]


def test_gathering_at_place_agrees_with_the_pattern_per_place() -> None:
    from handlers.evidence import _GATHERING_WORD, _gathering_at_place
    from knowledge.store import normalise_name
    texts = GATHERING_TEXTS + [normalise_name(q) for q in _questions()] + [s.lower() for s in _sentences(6)]
    hits = 0
    for text in texts:
        for key in PLACES:
            written = rf"\b{re.escape(key)}\s+{_GATHERING_WORD}|{_GATHERING_WORD}\s+(?:in|at)\s+(?:the\s+)?{re.escape(key)}\b"
            want = re.search(written, text) is not None
            assert _gathering_at_place(text, key) == want, (key, text)
            hits += want
    assert hits > 20


def test_definite_gathering_at_agrees_with_the_pattern_per_place() -> None:
    from handlers.evidence import _GATHERING_WORD, _definite_gathering_at
    texts = GATHERING_TEXTS + [s.lower() for s in _stories(3)]
    hits = 0
    for text in texts:
        # the words the story puts before or after a gathering word, as places asked
        told = {m.group(1) for m in re.finditer(rf"\b([a-z]+)\s+{_GATHERING_WORD}|{_GATHERING_WORD}\s+(?:in|at)\s+([a-z]+)", text)
                if m.group(1)}
        for key in PLACES + sorted(told):
            written = (rf"\bthe\s+(?:[a-z-]+\s+)?{_GATHERING_WORD}\s+(?:in|at)\s+(?:the\s+)?{re.escape(key)}\b"
                       rf"|\bthe\s+{re.escape(key)}\s+{_GATHERING_WORD}")
            want = re.search(written, text) is not None
            assert _definite_gathering_at(text, key) == want, (key, text[:80])
            hits += want
    assert hits > 10


class _Term:
    def __init__(self, word: str, lemma: str) -> None:
        self.word, self.lemma = word, lemma


def test_modified_agrees_with_the_pattern_per_noun() -> None:
    from handlers.what import _modified
    from knowledge.gazetteer import FUNCTION_WORDS
    from knowledge.lexicon import STOPWORDS
    nouns = [("security", "security"), ("kits", "kit"), ("trains", "train"), ("Berths", "berth"), ("oil", "oil"),
             ("TONNES", "tonne"), ("port", "port"), ("s", "s"), ("co", "co")]
    texts = _sentences(5) + ["the security security", "(CKD) electric motorcycle kits", "3-d kits, toolkit) kits",
                             "the kit kits and THE KITS; a \u212ait kits", "food security) security", "x-ray\u00a0trains"]
    hits = 0
    for text in texts:
        for word, lemma in nouns:
            forms = {word.lower(), lemma}
            pattern = rf"([A-Za-z][\w-]*)\)?\s+(?:{'|'.join(map(re.escape, sorted(forms)))})\b"
            want = any(m.group(1).lower() not in STOPWORDS and m.group(1).lower() not in FUNCTION_WORDS
                       for m in re.finditer(pattern, text, re.IGNORECASE))
            assert _modified(text, _Term(word, lemma)) == want, (word, text)  # type: ignore[arg-type]
            hits += want
    assert hits > 100


class _Place:
    def __init__(self, name: str, aliases: tuple[str, ...] = ()) -> None:
        self.name, self.aliases = name, aliases


def test_place_spot_agrees_with_the_patterns_per_place() -> None:
    from handlers.yesno import _place_spot
    places = [_Place("China", ("Chinese", "PRC")), _Place("Russia", ("Russian",)), _Place("United States", ("US", "U.S.")),
              _Place("Shenyang"), _Place("St. Petersburg", ("Saint Petersburg",)), _Place("Dar es Salaam"), _Place("Xi'an")]
    texts = _questions() + ["was it signed in the China?", "did it open IN  THE us?", "at U.S. ports", "in chinese",
                            "in theChina", "within China", "in the the china", "at xi'an's", "in russias", "in\tRussian"]
    hits = 0
    for text in texts:
        for place in places:
            want = re.search(rf"\b(?:in|at)\s+(?:the\s+)?{re.escape(place.name)}\b", text, re.IGNORECASE) or next(
                (m for alias in place.aliases if (m := re.search(rf"\b(?:in|at)\s+{re.escape(alias)}\b", text, re.IGNORECASE))), None)
            assert (_place_spot(text, place) is not None) == (want is not None), (place.name, text)  # type: ignore[arg-type]
            hits += want is not None
    assert hits > 30
