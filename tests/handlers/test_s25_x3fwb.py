"""Figure questions the bot abstained on although the story states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_LAYOFFS = """| 3 March 2025, Monday |

Uruguay beef exports slump as drought thins herds

Cattle slaughter fell 14% in the first nine months to 1.6 million head, the meat institute said.

Frigorifico Norte, which runs a plant in Salto, said last week it had suspended one of its two shifts and placed 380 workers on unemployment insurance.

Money sent home by Uruguayans abroad rose 3% to $120 million, the central bank said.

Beef exports fell 9% to 310,000 tonnes.
"""


def test_people_sent_home_are_counted_not_read_as_remittances() -> None:
    expect(answered(_LAYOFFS, "How many staff at the Salto plant were sent home on unemployment insurance?"), "380")
