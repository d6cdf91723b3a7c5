"""Unanswerable near misses: a figure the article gives for one route, subject or share, asked
of another it never gives."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_RAIL = """| 14 October 2025, Tuesday |

Freight on Kenya-Uganda line climbs

Cargo on the railway linking Nairobi with the Indian Ocean port of Mombasa rose 12.5% in the first nine months of 2025 to 4.1 million tonnes, the operator said on Tuesday.

The line carried 1.3 million passengers over the same period, up 8% from a year earlier.
"""


def test_a_route_the_article_never_names_is_no_route_of_its_figures() -> None:
    expect(answered(_RAIL, "how much cargo went via the port of lamu"), None)
    expect(answered(_RAIL, "cargo through tanga this year"), None)


def test_the_route_the_article_names_keeps_its_figure() -> None:
    expect(answered(_RAIL, "how much cargo went via the port of mombasa"), "4.1 million tonnes")


_PLANTS = """| 8 September 2025, Monday |

Chinese firms expand in Hungary

Chinese investment in Hungary rose sharply in the first half of the year, the economy ministry said on Monday.

In the eastern city of Debrecen, Yanfeng Batteries said on Monday it would build a second cell plant by 2027, creating 2,300 jobs, while Huarong Motor Parts opened a 120 million euro factory in Szeged in June.
"""


def test_a_body_named_only_after_while_has_none_of_the_figures_before() -> None:
    expect(answered(_PLANTS, "How many jobs will the Huarong Motor Parts factory create?"), None)


def test_the_body_before_while_keeps_its_figure() -> None:
    expect(answered(_PLANTS, "How many jobs will Yanfeng Batteries create?"), "2,300")


_PORT = """| 2 October 2025, Thursday |

Grain exports through Odesa port climb

Grain exports through the port rose 12% in the third quarter to 6.4 million tonnes, the port authority said on Thursday.

Maize made up 52% of the volume loaded in July to September, followed by sorghum, sunflower meal and soybeans.
"""


def test_what_follows_a_ranked_figure_has_no_share_of_its_own() -> None:
    expect(answered(_PORT, "what share of the exports was sorghum"), None)


def test_the_ranked_thing_keeps_its_share() -> None:
    expect(answered(_PORT, "what share of the exports was maize"), "52%")
