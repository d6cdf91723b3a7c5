"""Yes-no questions met on this session's sets, each a general rule over a small made-up story:
the answer gives the figure that decides it."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_OUTLOOK = """| 3 March 2025, Monday |

Harlow's to shut 40 stores as sales slide

Harlow's Inc said on Wednesday it would close 40 more stores this year, as the retailer posted a 4.1% drop in holiday-quarter sales and forecast another year of shrinking revenue.

Net sales fell to $5.2 billion in the fourth quarter from $5.6 billion a year earlier.

For fiscal 2025, the company forecast net sales of $14.1 billion to $14.4 billion, down from $15.0 billion in fiscal 2024, with comparable sales ranging from a 2% decline to flat.
"""


def test_asked_expectation_is_told_by_the_forecast_in_figures() -> None:
    reply = answered(_OUTLOOK, "is harlows expecting sales to grow this yr")
    expect(reply, "14.1")
    assert reply.text.startswith("No.")
