"""What- and which-questions met on this session's sets, each a general rule over a small
made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_RAIL = """| 3 March 2025, Monday |

Malawi signs Chinese deal to rebuild its northern railway

Malawi signed a $900 million deal with China Railway Construction Corporation (CRCC) on Monday to rebuild its northern line.

Under the plan, CRCC will replace 400 km of worn track, build 10 new passing loops and supply 12 locomotives and 300 wagons made by Hubei Rolling Stock in Wuhan province.

Construction is due to start in June, the transport ministry said.
"""


def test_which_company_makes_a_thing_is_the_agent_of_its_participle() -> None:
    expect(answered(_RAIL, "which company will make the locomotives and wagons"), "Hubei Rolling Stock")


_TEA = """| 3 March 2025, Monday |

Vietnam's tea exporters win Egyptian buyers as demand grows

Vietnam's trade ministry signed a memorandum of understanding with Egypt's Ministry of Supply and Internal Trade in March covering tea.

Vietnam's tea exports reached 130,000 tonnes last year, with Egypt accounting for a 14% share of volumes.

PT Tra Viet Xanh, the country's largest private tea exporter, said it had signed supply contracts with two blenders in Hamburg and with importer Nile Leaf Trading in Alexandria.

"Egyptian demand has been growing fast," said chief executive Tran Mai.
"""


def test_which_nations_firm_is_a_body_placed_in_its_city_not_its_ministry() -> None:
    expect(answered(_TEA, "which egyptian firm signed a supply deal"), "Nile Leaf Trading")
