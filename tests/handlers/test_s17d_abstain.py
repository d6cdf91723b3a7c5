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

