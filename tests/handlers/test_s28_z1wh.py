"""What- and how-questions met on this session's sets, each a general rule over a small made-up
story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FINED = """| 3 March 2025, Monday |

Senegal fish plants face scrutiny as exports climb

Senegal's fishmeal exports to China rose 12% last year to 41,000 tonnes, the fisheries ministry said.

Last month the environment ministry fined Blue Harbour Fisheries, a plant in Joal, 300,000 CFA francs for dumping fish waste on the beach.

The plant employs about 120 people and ships most of its output through Dakar.
"""


def test_punished_asks_what_a_fine_was_for() -> None:
    expect(answered(_FINED, "what was blue harbour punished for"), "fish waste")


_STUDYING = """| 3 March 2025, Monday |

Chinese nickel smelter in Indonesia lifts exports

Chinese company Jiangsu Longhai exported 310,000 tonnes of nickel pig iron from its Indonesian smelter last year, up 14%, the company said.

Longhai chairman Li Ming said on Monday the company was studying a third production line that would raise the plant's capacity by half by 2028.

Indonesia banned exports of raw nickel ore in 2020.
"""


def test_considering_asks_what_a_firm_is_studying() -> None:
    expect(answered(_STUDYING, "what expansion is the chinese company considering"), "third production line")
