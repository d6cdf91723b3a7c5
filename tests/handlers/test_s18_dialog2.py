"""Follow-ups and the sentences they lean on, kept as general rules over small made-up stories:
a paragraph that goes on about the thing or the body the paragraph before told of, and a figure
asked again in another currency."""

from __future__ import annotations

from tests.handlers.stories import answered, dialog, expect

_PACT = """| 3 March 2025, Monday |

Arctic shipping pact signed

On Monday, state shipper Nordline, which runs the route, signed a 10-year freight agreement with China's Hanwei Shipping in Tromso. The deal covers the construction of ice-class ships and joint crew training.

The agreement is worth 42 billion crowns ($3.9 billion), Lars Berg, head of Nordline's Arctic unit, told reporters.
"""


def test_a_thing_renamed_across_paragraphs_is_told_by_its_first_telling() -> None:
    # "The deal covers ..." names the deal again; the telling before it names the partner.
    expect(answered(_PACT, "what's the nordline hanwei deal worth"), "42 billion")


_SMELTER = """| 14 November 2024, Thursday |

Chinese group to rebuild Tajik smelter in $1.1 billion deal

Chinese producer Zhonghua Metals Group signed a $1.1 billion deal on Tuesday to modernise the Kurgan smelter in western Tajikistan, the ministry said.

The agreement covers new pot lines and the training of 1,500 engineers, the minister told reporters.

State-owned Kurgan Aluminium Company (KURAL) produced 98,400 tonnes of aluminium in the first nine months of this year, up 11.6% from a year earlier, the company said.

Exports in January-September reached 91,300 tonnes worth 2.37 billion somoni ($218 million), according to the statistics agency.

KURAL's exports to Turkey were worth $260 million last year, the company said.
"""


def test_a_paragraph_opening_on_a_bare_measure_goes_on_about_the_body_before() -> None:
    expect(answered(_SMELTER, "how much did kural export jan-sep"), "91,300")


def test_and_in_dollars_asks_the_same_period_again() -> None:
    reply = dialog(_SMELTER, "how much did kural export jan-sep", "and in dollars?")
    expect(reply, "218")
