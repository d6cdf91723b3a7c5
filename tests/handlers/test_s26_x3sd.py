"""Slang and loose wording met on the bundled article's newest sets, each a general rule over a
small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_SHIPMENTS = """| 3 March 2025, Monday |

In Ghana, cocoa growers court Turkish buyers

Ghana's outbound shipments to Turkey soared 24% in the first nine months from a year earlier to 9.1 billion cedis ($610 million).

In March, a new warehouse for cocoa was put into operation in Tema, with 55 trucks departing for the port.
"""


@pytest.mark.parametrize("question", ["what did ghana's turkey shipments come to in greenbacks",
                                      "whats that ghana export total in greenbacks",
                                      "how much were ghana's shipments to turkey in bucks"])
def test_money_slang_asks_the_dollar_figure(question: str) -> None:
    expect(answered(_SHIPMENTS, question), "$610 million")


_TIES = """| 3 March 2025, Monday |

Kenya courts Japanese carmakers

Kenya has urged deeper economic cooperation with Japan despite criticism from the United States, with its ports gaining new significance for trade.

In May, Kenyan customs said 40 Japanese firms set up businesses in Mombasa.
"""


@pytest.mark.parametrize("question", ["who has frowned on kenya cosying up to tokyo",
                                      "who's been frowning on kenya cozying up to tokyo"])
def test_capital_after_cosying_up_to_is_its_country(question: str) -> None:
    expect(answered(_TIES, question), "United States")


def test_cool_with_asks_whether_content_as_ok_with_does() -> None:
    reply = answered(_TIES, "was the united states cool with kenya getting closer to japan")
    expect(reply, "criticism from the United States")
    assert reply.text.startswith("No"), reply.text


def test_not_happy_about_is_unhappy_about() -> None:
    expect(answered(_TIES, "who's not happy about kenya cosying up to tokyo"), "United States")
