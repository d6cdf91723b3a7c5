"""Rules met on wave q1's held-out questions, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_EXPORTS = """| 5 October 2025, Sunday |

Kenyan flower sales to Japan bloom

Kenya's exports to Japan rose 25% in the first half from a year earlier to 50 billion shillings ($390 million), the trade ministry said.

Growers expect more flights to Tokyo next year.
"""


def test_a_measure_before_were_what_asks_its_level() -> None:
    # "... were what in shillings": the question word put where the level goes
    reply = answered(_EXPORTS, "so kenya exports to japan jan-jun 2024 were what in shillings")
    expect(reply, "40")


def test_ballpark_is_no_word_to_find() -> None:
    reply = answered(_EXPORTS, "ballpark usd value of kenya exports to japan same stretch a yr earlier")
    expect(reply, "312")


def test_a_scale_before_the_unit_of_how_many_bigger_asks_the_gap() -> None:
    reply = answered(_EXPORTS, "how many bn shillings bigger were kenya's japan exports vs a yr earlier")
    expect(reply, "10")


def test_a_span_basis_is_the_span_asked() -> None:
    reply = answered(_EXPORTS, "avg monthly kenya exports to japan in shillings, jan-jun basis")
    expect(reply, "8.33")


_DEALS = """| 5 October 2025, Sunday |

Traders ink deals at lakeside fair

Kenyan and Ugandan traders attending a regional fair in Kisumu signed 20 supply contracts covering fish and grain, according to Kenyan state media.

The fair in Kisumu, the largest city on the lake, follows talks between the two presidents last month. The fair was attended by county officials, bankers, and about 300 Ugandan firms hoping to sell in Kenya.
"""


def test_who_did_a_deed_is_not_the_source_telling_of_it() -> None:
    reply = answered(_DEALS, "who actually signed the contracts")
    expect(reply, "traders")
    assert "state media" not in reply.text.split(".")[0]


def test_a_place_before_meet_names_the_gathering_not_an_end() -> None:
    reply = answered(_DEALS, "besides bankers what kind of officials came to the kisumu meet")
    expect(reply, "county officials")


_TIES = """| 5 October 2025, Sunday |

Kenya and Uganda firms sign rail deals

Kenya has urged faster rail links with Uganda and deeper trade ties despite objections from Tanzania, with the lake region gaining new weight as a trading zone.

Traders signed 12 contracts at a fair in Kisumu, after the two presidents met in Nairobi last week.
"""


def test_a_capital_asked_what_it_wants_is_its_country_acting() -> None:
    reply = answered(_TIES, "what's nairobi been pushing for w uganda despite tanzania")
    expect(reply, "rail links")
