"""Derived answers (one arithmetic step from stated figures) met on this session's sets, each a
general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FERRY = """| 3 March 2025, Monday |

Coastal ferry line grows

The operator carried 6.4 million passengers last year, up from 5.9 million in 2023, the company said.
"""


def test_a_gap_under_one_million_is_also_told_in_whole_units() -> None:
    expect(answered(_FERRY, "how many more passengers did they carry in 2024 vs 2023"), "500,000 passengers")


_POWDER = """| 3 March 2025, Monday |

Georgian goat cheese sales to Japan jump as new dairies open

Georgia's exports of goat cheese to Japan rose 52% to 840 tonnes in the first half of the year, the farm ministry said on Tuesday, as new dairies helped producers meet Japanese demand.

The shipments were worth $14.2 million, or about 38 million lari, in the January-June period, up from $9.6 million a year earlier, Deputy Farm Minister Levan Beridze told reporters in Tbilisi. Goat cheese now makes up 21% of the value of Georgia's dairy exports to Japan, he said.

Japan's customs agency has now registered 11 Georgian dairy companies to export goat cheese products, up from six at the start of the year. Approvals were slow earlier this year due to a backlog of inspections, said Kenji Sato, a customs official in Yokohama.
"""


def test_a_change_in_dollars_reads_past_a_lead_sentence_giving_only_a_rate() -> None:
    expect(answered(_POWDER, "by how many dollars did the value of the goat cheese shipments rise yoy"), "4.6 million dollars")
