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


_AGREED = """| 3 March 2025, Monday |

Mombasa port volumes climb as Chinese operator expands

The Kenya Ports Authority (KPA) said on Monday that container volumes at Mombasa rose 9% last year to 1.6 million TEUs, with China's Cosco Shipping the biggest customer.

To cut waiting times, KPA and Cosco signed an agreement last month to build a new grain berth at the port.

Kenya Ports Authority said ships waited an average of four days to berth in January.
"""


def test_what_two_parties_agree_on_is_their_agreement() -> None:
    expect(answered(_AGREED, "what did kpa and cosco agree on last month"), "grain berth")


_STUDYING = """| 3 March 2025, Monday |

Chinese nickel smelter in Indonesia lifts exports

Chinese company Jiangsu Longhai exported 310,000 tonnes of nickel pig iron from its Indonesian smelter last year, up 14%, the company said.

Longhai chairman Li Ming said on Monday the company was studying a third production line that would raise the plant's capacity by half by 2028.

Indonesia banned exports of raw nickel ore in 2020.
"""


def test_considering_asks_what_a_firm_is_studying() -> None:
    expect(answered(_STUDYING, "what expansion is the chinese company considering"), "third production line")
