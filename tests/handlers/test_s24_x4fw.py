"""Rules kept from this session's blind-set failures, each over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_BEEF = """| 3 March 2025, Monday |

Kyrgyz beef exports climb

Earnings from the shipments reached 48 billion som ($550 million) over January to October, the statistics committee said, with China now taking 64% of Kyrgyzstan's beef exports, up from 40% last year.
"""


def test_a_share_the_seller_takes_is_no_part_the_asked_buyer_buys() -> None:
    # the question's buyer (before "import") is Kyrgyzstan; the share is China's take of its exports
    assert not answered(_BEEF, "How much beef does Kyrgyzstan import from China?").answered


def test_a_share_the_asked_buyer_takes_is_its_part() -> None:
    expect(answered(_BEEF, "How much Kyrgyz beef did China buy?"), "30.7")
