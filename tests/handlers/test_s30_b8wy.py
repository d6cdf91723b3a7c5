"""Why questions met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_RICE = """| 3 March 2025, Monday |

Tanzania's rice exports climb on strong regional demand

Tanzania exported 610,000 tonnes of rice in the season to February, up 12% from a year earlier, the agriculture ministry said on Monday.

Kenya was the biggest buyer of Tanzanian rice so far this season, taking 200,000 tonnes, while Uganda and Rwanda led purchases in the west.

"Tanzanian rice is still the cheapest origin for us because the trip from Dar es Salaam is much shorter than from India or Pakistan," said John Otieno, procurement director at Nairobi-based importer Mlima Foods.
"""


def test_a_plain_reason_set_aside_only_for_the_places_it_names_answers_why() -> None:
    reply = answered(_RICE, "Why do Kenyan importers keep buying Tanzanian rice?")
    expect(reply, "much shorter")


_YARD = """| 3 March 2025, Monday |

Klaipeda port to upgrade rail yard for Chinese cargo

The Klaipeda State Seaport Authority last month approved a 12 million euro upgrade of the Draugyste rail yard, which handles container trains from China.

Work is due to start in May and finish by the end of next year, the authority said.
"""


def test_a_public_body_is_no_bank_asked_for_by_its_kind() -> None:
    expect(answered(_YARD, "which bank is lending the money for the draugyste upgrade"), None)
