"""Follow-ups and places met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from handlers.query import parse_query
from tests.handlers.stories import answered, dialog, expect, stored

_TERMINAL = """| 3 March 2025, Monday |

Kenyan counties court tea buyers with a new rail terminal

Growers in western Kenya – comprising the counties of Kericho, Bomet and Nandi – shipped 12,000 tonnes of tea last year, the tea board said.

In April, a new freight terminal for East Africa-Europe cargo was put into operation in Nakuru, with a train carrying 40 wagons of tea leaving for Uganda to mark the opening.

In June, officials said the landlocked county of Kisumu would be able to use Mombasa, the biggest port in East Africa, to send goods to Dar es Salaam from July.

Auction prices rose 6% in May, said Peter Kamau, who heads the tea board in Kenya.

Bomet should also become a leading centre for tea auctions, Governor Jane Mbeki declared in May.
"""


def test_a_follow_up_opening_on_and_asks_where_the_thing_was_headed() -> None:
    # "and where was the first train headed?": a destination, as without the "and", not a head of anything
    query = parse_query("and where was the first train headed", stored(_TERMINAL))
    assert [t.keys for t in query.terms if t.word == "headed"] == [frozenset({"destination"})]
    expect(dialog(_TERMINAL, "what opened in nakuru in april", "and where was the first train headed"), "Uganda")


def test_it_headed_after_a_count_is_the_thing_counted_not_the_place() -> None:
    # the place the count's sentence named ("leaving for Uganda") does not travel; it is where "it" went
    reply = dialog(_TERMINAL, "how many wagons did the first train from the terminal carry", "and where was it headed")
    expect(reply, "Uganda")


def test_which_one_after_a_list_asks_one_of_the_kind_listed() -> None:
    reply = dialog(_TERMINAL, "which counties make up western kenya", "which one did mbeki single out in may")
    expect(reply, "Bomet")
    assert reply.text.startswith("Bomet"), reply.text


def test_which_of_them_after_a_list_asks_one_of_the_kind_listed() -> None:
    reply = dialog(_TERMINAL, "which counties make up western kenya", "which of em did mbeki want as a centre for auctions")
    assert reply.text.startswith("Bomet"), reply.text


def test_cut_off_from_the_sea_is_landlocked() -> None:
    expect(answered(_TERMINAL, "which county is cut off from the sea?"), "Kisumu")
