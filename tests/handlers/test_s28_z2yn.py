"""Yes-no questions met on this session's sets whose answer must give the deciding figure, each a
general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_GROWERS = """| 3 March 2025, Monday |

Kenyan tea pours into China as blenders restock

Kenya's tea exports to China jumped 28% last year to 46,000 tonnes as Chinese blenders restocked, customs data showed.

Highland Tea Growers Co-operative, Kenya's largest grower, said last week that it had signed a two-year deal to supply a Shanghai blender with 40,000 tonnes of black tea a year.

Most of that tea will leave from Mombasa, where the co-operative is building a new warehouse. Chief executive Jane Wanjiru told Reuters that about 35% of this season's tea harvest would be sold to Chinese buyers, up from 12% last season.

Kenya's tea exports rose 8% last year to 560,000 tonnes, with Pakistan taking about 40% of the total, the tea board said.
"""


def test_a_body_its_paragraph_calls_by_head_noun_owns_the_share_its_chief_tells() -> None:
    # "the co-operative" earlier in the paragraph is Highland Tea Growers Co-operative, and the chief
    # executive and the agency told are no other party to the 35%
    reply = answered(_GROWERS, "Is Highland Tea Growers selling more than half of this season's tea harvest to China?")
    expect(reply, "35%")
    assert reply.text.startswith("No"), reply.text



def test_h1_asks_the_first_half() -> None:
    # "H1" is the first half the story names, not the second quarter's rise its lead tells (only
    # among a whole story's sentences does the lead outrank the first-half sentence)
    reply = answered("br_iron", "Did Brazil's iron ore exports drop in H1?")
    expect(reply, "3.6%")
    assert reply.text.startswith("No"), reply.text
