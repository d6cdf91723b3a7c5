"""Follow-ups and misspellings met on the twentieth session's held-out sets, each kept as a general
rule over a small story."""

from __future__ import annotations

from tests.handlers.stories import answered, dialog, expect

_SALMON = """| 4 June 2025, Wednesday |

Norwegian salmon sales to Korea recover

Norway's salmon exports to South Korea rose 14% in the first quarter, the Seafood Council said on Tuesday.

Fjordline Markets analyst Petter Holm said exports to South Korea could reach 41,000 tonnes this year, but warned that a stronger crown could squeeze exporters' margins.
"""


def test_a_figure_someone_reckons_is_what_they_said() -> None:
    expect(dialog(_SALMON, "Which analyst commented on the outlook?",
                  "what does he reckon korea volumes could get to this year"), "41,000")


def test_volumes_asked_are_met_by_a_flow_of_goods_in_tonnes() -> None:
    expect(answered(_SALMON, "what could volumes to south korea reach this year?"), "41,000")
