"""Questions the article does not answer, which the bot must abstain on, met on this session's
sets; each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_BRIDGE = """| 3 March 2025, Monday |

New bridge links island to mainland

The 2.4-km bridge, built by a Chinese contractor for 420 million euros, opened to traffic on Monday.

About 9,500 cars crossed the bridge in its first week, the roads agency said.

Two ferries carrying 640 passengers crossed the strait on Tuesday on their way to the old town.
"""


def test_how_much_a_toll_is_asks_money_not_a_count_of_crossings() -> None:
    # A toll is a price: a count of cars or passengers that crossed is no answer to it.
    expect(answered(_BRIDGE, "how much is the toll to cross the bridge"), None)


def test_a_toll_the_article_tells_is_still_answered() -> None:
    told = _BRIDGE + "\nThe toll to cross the bridge is 12 euros a car, the agency said.\n"
    expect(answered(told, "how much is the toll to cross the bridge"), "12 euros")
