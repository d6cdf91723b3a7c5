"""Why and yes/no questions of the 14th session's blind sets, each kept as a general rule over a small story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_PORT = """| 3 March 2025, Monday |

Baltic port gains weight as trade shifts

The port of Klaipeda handled 41 million tonnes of cargo last year, the port authority said on Monday.

Lithuania has pushed for closer links with Nordic neighbours, with the port of Klaipeda gaining new economic significance as a gateway for Nordic grain and fertiliser.

The authority plans to dredge the main channel to 16 metres by 2027.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # "becoming more important" / "gaining new significance": that it comes to be so, and how
    # much more, only frame the quality asked
    ("why is klaipeda becoming more important?", "gateway for Nordic grain"),
    ("why has klaipeda become more economically important?", "gateway for Nordic grain"),
])
def test_why_a_quality_grows_asks_the_quality(question: str, expected: str | None) -> None:
    expect(answered(_PORT, question), expected)


_HARBOUR = """| 3 March 2025, Monday |

Baltic port gains weight as trade shifts

The port of Klaipeda handled 41 million tonnes of cargo last year, the port authority said on Monday, calling the harbour important for the city as it employs 9,000 people.

Lithuania has pushed for closer links with Nordic neighbours, with the port of Klaipeda gaining new strategic significance as a gateway for Nordic grain and fertiliser.
"""


def test_an_adverb_in_ically_is_its_adjective() -> None:
    # "strategically important" is the "strategic significance", not any importance
    expect(answered(_HARBOUR, "why is klaipeda strategically important?"), "gateway for Nordic grain")


_SUMMIT = """| 3 March 2025, Monday |

Regional leaders sign trade pact

The forum in Almaty follows a meeting between President Kassym Tokayev and President Shavkat Mirziyoyev last week in Tashkent.

Jambyl is a landlocked province on the border with Kyrgyzstan.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # "is it coastal?" / "a landlocked province": the adjective's opposite is stated
    ("is jambyl a coastal province?", "No."),
    # a city the story never names, where it names another city for the event: a no, with the place
    ("did tokayev and mirziyoyev meet in moscow?", "No, in Tashkent"),
    ("was the forum held in paris?", "No, in Almaty"),
    # a country asked of an event the story places in a city: that city may be in it
    ("did tokayev and mirziyoyev meet in france?", None),
])
def test_yes_no_of_a_place(question: str, expected: str | None) -> None:
    expect(answered(_SUMMIT, question), expected)


_HUB = """| 3 March 2025, Monday |

Rail hub opens in Almaty

A new freight hub opened in Almaty in March, with a train carrying 40 containers leaving for Tashkent to mark the opening.

The hub can handle 300,000 containers a year, the operator said.
"""


def test_the_reason_asked_for_is_no_word_to_find() -> None:
    # "whats the reason that ... was sent": the reason is the answer, which never says "reason"
    expect(answered(_HUB, "what was the reason for sending the train to tashkent?"), "to mark the opening")


_GATEWAY = """| 3 March 2025, Monday |

Baltic port gains weight as trade shifts

The port of Klaipeda handled 41 million tonnes of cargo last year, the port authority said on Monday.

Lithuania has pushed for closer links with Nordic neighbours, with the port of Klaipeda gaining new strategic significance as a gateway for Nordic grain and fertiliser.
"""


def test_a_big_deal_is_important() -> None:
    # "why is it such a big deal?" / "gaining new strategic significance"
    expect(answered(_GATEWAY, "why is the port of klaipeda such a big deal?"), "gateway for Nordic grain")


_LINE = """| 3 March 2025, Monday |

Second rail line planned

A second rail line to the border is planned at an estimated cost of $240 million, but its financing has yet to be agreed, the ministry said.
"""


@pytest.mark.parametrize("question", [
    "has the funding for the second line been sorted out?",
    "is the financing for the second line in place?",
])
def test_done_in_everyday_words_meets_yet_to_be_agreed(question: str) -> None:
    # "sorted out", "in place" ask whether it is done; "has yet to be agreed" says not yet
    expect(answered(_LINE, question), "No, not yet")


_TEA = """| 3 March 2025, Monday |

Kenya tea earnings slip

Kenya has been moving tea from auctions to direct sales since 2022, when more than 100 buyers left the Mombasa auction.

Tea export revenue fell 6.1% to 138.6 billion shillings in January-September, the tea board said on Monday.

Tea accounts for about a fifth of Kenya's export earnings, followed by horticulture and coffee.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # more money made is more takings, and "fell 6.1%" says no
    ("did kenya make more money from tea?", "No. Tea export revenue fell 6.1%"),
    ("did kenya earn less money from tea?", "Yes. Tea export revenue fell 6.1%"),
])
def test_more_money_made_is_a_rise_of_takings(question: str, expected: str | None) -> None:
    expect(answered(_TEA, question), expected)


_RICE = """| 3 March 2025, Monday |

Philippine rice buyers look to Thailand

Filipino importers have turned to Thailand due to tighter supplies from Vietnam and Cambodia, said Ana Reyes, an analyst at Manila Grains.

The Philippines' agriculture department is still conducting a safeguard investigation into rice imports, which it extended last month and is due to conclude by June, and any resulting quotas or extra duties could cap Thailand's gains.
"""


def test_switching_to_is_turning_to() -> None:
    # "switching to Thai rice" / "have turned to Thailand", over the probe into the same imports
    expect(answered(_RICE, "why are filipino importers switching to thai rice?"), "tighter supplies")
