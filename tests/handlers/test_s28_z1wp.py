"""Where-questions met on this session's sets: places asked of one nation, listed cities, each a
general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PORTS = """| 3 March 2025, Monday |

Kenya's tea exports to China climb as new shipping line starts

Kenya's tea exports to China rose 21% in the first nine months of the year to 86,000 tonnes, the tea board said.

Most of the tea leaves through the port of Mombasa for Dalian in Liaoning province and Xiamen in Fujian province.

Exporters said buyers in Rotterdam and Antwerp were also paying more for the tea.
"""


def test_which_ports_of_a_nation_are_not_the_ports_of_another() -> None:
    # Mombasa is Kenya's, which the gazetteer knows: not the Chinese ports asked
    reply = answered(_PORTS, "which chinese ports receive the kenyan tea")
    expect(reply, "Dalian")
    assert "Mombasa" not in reply.text.split(".")[0]


def test_cities_each_placed_in_a_province_are_one_list() -> None:
    expect(answered(_PORTS, "which chinese ports receive the kenyan tea"), "Xiamen")


_MISSIONS = """| 3 March 2025, Monday |

Kenyan tea growers court Chinese buyers

The April mission, led by Deputy Agriculture Minister Peter Kamau, took 30 tea estates to tasting events in Guangzhou and Shenzhen.

It produced signed orders worth 85 million shillings within six weeks, the tea board said.

The board plans a second mission, to Beijing and Shanghai, in May next year, with 40 estates expected to take part.
"""


def test_cities_visited_are_not_those_of_a_trip_still_planned() -> None:
    expect(answered(_MISSIONS, "which chinese cities did the delegation visit"), "Guangzhou")
