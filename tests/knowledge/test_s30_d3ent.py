"""Entity-reading rules of wave d3ent, each over a small made-up story."""

from __future__ import annotations

from knowledge.entities import find_entities

_MALT = [
    (1, 0, "The co-operative agreed to supply Dalian Fenghua Feed Co with 300,000 tonnes of wheat a year."),
    (2, 0, "Bulk carriers take 12 days to sail from Geraldton to Dalian, traders said."),
    (3, 0, "In Dalian, Fenghua is spending 800 million yuan on a feed mill, a spokesman said."),
]


def _kinds(sentences: list[tuple[int, int, str]]) -> dict[str, str]:
    return {e.name: e.kind for e in find_entities(sentences)}


def test_a_word_of_a_company_name_after_a_city_listed_before_it_is_the_company() -> None:
    kinds = _kinds(_MALT)
    assert "Fenghua" not in kinds  # an alias of the company, no place of its own
    assert kinds.get("Dalian") == "place"  # the city the company's name opens stays the city
    company = next(e for e in find_entities(_MALT) if e.name.startswith("Dalian Fenghua"))
    assert "Fenghua" in company.aliases and "Dalian" not in company.aliases


def test_a_name_before_a_kind_of_port_is_a_place() -> None:
    kinds = _kinds([
        (1, 0, "The ore is shipped to Tianjin's Dongjiang deep-water port, which takes 30 days."),
        (2, 0, "Spare parts are flown into Wenzhou's Longwan airport, the company said."),
    ])
    assert kinds.get("Dongjiang") == "place"
    assert kinds.get("Longwan") == "place"


def test_a_company_named_after_its_city_goes_by_the_coined_word_after_it() -> None:
    company = next(e for e in find_entities([
        (1, 0, "Ningbo Lanhai Textile Co said on Monday it would buy 5,000 tonnes of cotton a year."),
    ]) if e.name.startswith("Ningbo Lanhai"))
    assert "Lanhai" in company.aliases
