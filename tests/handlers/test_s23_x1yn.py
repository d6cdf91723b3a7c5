"""Yes/no and why questions on a name asked by its initials, a tax office by another name and a
port's container traffic told as its throughput."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_MINE = """| 6 November 2025, Thursday |

Mongolia's Tavan Khairkhan ships more coal to China as tax row deepens

Tavan Khairkhan's coal shipments to China rose 18% in the first nine months from a year earlier to 4.2 million tonnes, customs data showed.

The Mongolian state holds 34% of Tavan Khairkhan through state-owned Erdenes Tavan Khairkhan, which sold 1.1 million tonnes of coal to local power plants.

The Mongolian Tax Authority in March demanded 120 billion tugrik in back taxes from Tavan Khairkhan, because it says the mine undervalued coal sold to Chinese steel mills.
"""


def test_initials_name_the_whole_name_before_another_names_tail() -> None:
    # "TK" is Tavan Khairkhan's own initials, not the tail of Erdenes Tavan Khairkhan's
    expect(answered(_MINE, "did TK's coal shipments to china increase this year"), "18%")


def test_a_tax_office_is_the_tax_authority() -> None:
    expect(answered(_MINE, "Why does the tax office say Tavan Khairkhan owes more?"), "undervalued")


_PORT = """| 6 November 2025, Thursday |

Chinese firms flock to Red Sea port of Safaga

Container throughput at Safaga rose 9.5% year-on-year to 412,000 TEUs in the first nine months, even though traffic through the Suez Canal itself has slumped due to attacks on ships.
"""


def test_container_traffic_is_the_ports_container_throughput() -> None:
    reply = answered(_PORT, "Did container traffic at Safaga go up this year?")
    expect(reply, "9.5%")
    assert reply.text.startswith("Yes"), reply.text

