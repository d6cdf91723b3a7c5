"""Where- and who-questions met on this session's sets, each a general rule over a small
made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TRAMS = """| 3 March 2025, Monday |

Chinese trams arrive in Lima under city lease

Chinese tram maker Hualong Rail handed over 40 trams to Lima's transit authority on Monday, the company said.

The trams were shipped from the port of Qingdao to Callao, Peru's busiest container port, after a 35-day voyage.

Lima's network already runs 120 trams, and the city plans to add 60 more by 2027.

Chinese makers have won tenders across Peru as their trams cost less than European ones.
"""


def test_a_city_of_the_nation_asked_names_it_beside_another_country() -> None:
    # "which Chinese port": Qingdao is China's, though the sentence also names Peru
    expect(answered(_TRAMS, "Which Chinese port were the trams shipped from?"), "Qingdao")


_NUTS = """| 3 March 2025, Monday |

Gambia's nut trade with China grows

The port of Banjul loaded 900 containers of cashews bound for Hanoi in the first nine months, the port authority said.

It also loaded 2,100 containers of groundnuts bound for Tianjin.

Farmers planted more maize this year as rains came early.
"""


def test_peanuts_are_groundnuts() -> None:
    # the story's "groundnuts" are the question's "peanuts", not its cashews
    expect(answered(_NUTS, "How many containers of peanuts did the port load?"), "2,100")
