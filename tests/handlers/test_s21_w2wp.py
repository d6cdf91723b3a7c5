"""When, where and who asked in the user's own words (21st session): general rules, each over a
small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_COPPER = """| 4 March 2025, Tuesday |

Zambian copper exports to China climb

Zambia's copper exports to China rose 12% in January from a year earlier to 61,000 tonnes, the mines ministry said on Tuesday.

Mines Minister Paul Banda told reporters in Lusaka that two new smelters would open next year.

"Chinese mills front-loaded purchases before the holiday because they feared power cuts at our mines," said Grace Mwale, a metals analyst at Lusaka-based Copperbelt Research.
"""


def test_a_role_asked_of_a_paraphrased_telling_is_its_one_holder() -> None:
    # "might fade" says nothing of the quotation's words; the story's one analyst said it.
    expect(answered(_COPPER, "which analyst warned the boom might fade"), "Grace Mwale")
    expect(answered(_COPPER, "Which analyst said Zambia is losing ground to rivals?"), "Grace Mwale")


def test_a_role_no_one_holds_names_no_speaker() -> None:
    expect(answered(_COPPER, "which spokesman warned the boom might fade"), None)
