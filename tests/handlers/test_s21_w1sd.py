"""Rules of the 21st session's w1sd helper, each over a small made-up story: chat shorthand for
"and", "per <name>" as a telling a follow-up can date, a route named by two bare names asked when
it starts, and the state of the one asked why it needs something."""

from __future__ import annotations

from tests.handlers.stories import answered, dialog, expect

_EXPORTS = """| 3 March 2025, Monday |

Almaty firms sell more to China

Almaty's outbound shipments to China rose 12.5% in the first half from a year earlier to 84.1 billion tenge ($165 million).

Astana should also become a key hub for trade with the south, President Kassym-Jomart Tokayev declared in January, saying the city ought to draw more investment.

The ministers of both countries met last week in Beijing.

In September, trade between Kazakhstan and China rose to $4.2 billion, according to data from the Kazakh statistics bureau earlier this month.

In May, officials said the landlocked region of Turkestan would be able to use Aktau, the biggest port on the Caspian, to ship goods to Baku from July, cutting costs and transportation time for Turkestan cargo bound for the west.
"""


def test_a_lone_n_opening_a_follow_up_is_and() -> None:
    reply = dialog(_EXPORTS, "how much did almaty ship to china in the first half", "n in us dollars?")
    expect(reply, "165")


def test_per_a_name_is_a_telling_a_follow_up_dates() -> None:
    reply = dialog(_EXPORTS, "which city should be a trade hub per tokayev", "when was that")
    expect(reply, "In January")


def test_a_route_named_by_two_bare_names_starts_as_its_deed_is_dated() -> None:
    expect(dialog(_EXPORTS, "turkestan aktau route starts what month"), "July")


def test_why_a_place_needs_something_is_the_state_the_sentence_gives_it() -> None:
    reply = answered(_EXPORTS, "why does turkestan need a port on the caspian")
    expect(reply, "landlocked")
    expect(answered(_EXPORTS, "why is turkestan using aktau"), "To ship goods to Baku")
