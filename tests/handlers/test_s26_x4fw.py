"""Figure questions the bot abstained on although the article states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_SHIPMENT = """| 3 March 2025, Monday |

Chinese firm builds battery plant in Morocco

Construction of the cathode plant near Kenitra began in January, the company said.

The first 120 containers of machinery arrived at the port of Casablanca last week from Shanghai.

A further 300 containers are expected by the end of June, and the plant will employ 900 people.
"""


def test_the_first_of_a_count_is_all_there_have_been_so_far() -> None:
    expect(answered(_SHIPMENT, "how many containers of machinery have arrived so far"), "120")


_RAILWAY = """| 3 March 2025, Monday |

Chinese builder to revamp Zambian railway

Under the deal, the contractor will lay 800 km of new track, build 12 new stations and supply 26 locomotives and 410 wagons.

The line carried 1.2 million tonnes of copper last year, the ministry said.
"""


def test_locos_are_locomotives() -> None:
    expect(answered(_RAILWAY, "how many new locos r they getting"), "26")
