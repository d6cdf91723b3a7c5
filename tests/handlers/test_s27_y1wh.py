"""What- and which-questions met on this session's sets, each a general rule over a small made-up
story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_VENTURE = """| 3 March 2025, Monday |

Chinese tea trader builds Kenyan packing plant

In March, Chinese tea trader Fujian Mingshan Tea Co agreed to invest $6.5 million in a joint venture with Kenyan exporter Kericho Highlands Ltd to build a packing plant near Kericho.

Mingshan will hold a 49% stake in the venture, whose plant is due to open next year.

About 40 Kenyan companies now ship tea to China, the tea board said.
"""


def test_a_joint_venture_with_a_company_names_the_partner() -> None:
    expect(answered(_VENTURE, "which kenyan company is mingshan partnering with"), "Kericho Highlands")
