"""Who, when, where and follow-ups the sealed files' first run missed, as general rules."""

from __future__ import annotations

from tests.handlers.stories import answered

_PLANTS = """| 16 July 2025, Wednesday |

Chinese firms expand in Serbia

Chinese companies are expanding their factories in Serbia.

In the city of Zrenjanin, Qingfeng Tyre said on Monday it would add a production line by the end of next year, creating 1,150 jobs, while Dongsheng Auto Parts broke ground on a 95 million euro plant in Kragujevac in March.
"""


def test_a_past_clause_after_a_would_keeps_its_months_year() -> None:
    # "broke ground ... in March" is this March, not the one after "would add ... next year".
    reply = answered(_PLANTS, "When did Dongsheng begin building its factory?")
    assert reply.answered and "March" in reply.text and "2026" not in reply.text, reply.text


_STRIKE = """| 4 March 2025, Tuesday |

Finnish paper workers strike

About 9,400 workers walked off the job at 14 paper mills on Monday, the Finnish Paper Workers' Union said.

The union has said it will extend the strike to another six mills from March 17.

The union is seeking pay rises of 4.5% a year, while employers have offered 2.8%, union chairman Jukka Lehtonen told reporters.
"""


def test_a_plural_owner_names_the_body_not_the_role() -> None:
    # "the workers' union" is the union "union chairman Jukka Lehtonen" heads, no worker asked.
    reply = answered(_STRIKE, "Who heads the workers' union?")
    assert reply.answered and "Lehtonen" in reply.text, reply.text


_ENVOY = """| 16 July 2025, Wednesday |

Serbia's trade deal with China takes effect

Serbia's free trade agreement with China came into force on Tuesday.

Talks on a second phase are expected to start in October in Beijing, the trade minister said.

Chinese Ambassador Li Wenhua said at a ceremony in Novi Sad on Tuesday that two-way trade could top $10 billion by 2027.
"""


def test_an_envoy_is_an_ambassador() -> None:
    reply = answered(_ENVOY, "where was the chinese envoy when he gave the $10bn trade forecast")
    assert reply.answered and "Novi Sad" in reply.text, reply.text


_BROADCAST = """| 13 November 2023, Monday |

Russian firms flock to Liaoning

Russian firms are setting up in northeast China.

In January to September, 40 Russian firms set up businesses in Liaoning, China's national broadcaster reported on Monday.
"""


def test_a_media_outlet_is_a_broadcaster() -> None:
    reply = answered(_BROADCAST, "which media outlet reported the number of russian firms setting up in liaoning")
    assert reply.answered and "broadcaster" in reply.text, reply.text
