"""Figure questions the bot abstained on although the story states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_MINE = """| 3 March 2025, Monday |

Chinese-owned copper mine lifts output

The Kolwe mine raised output by 12% to 41,000 tonnes last year, the company said.

The mine, about 40 kilometres west of Lubumbashi, is 72% owned by state-run Jinhai Mining Group, with the rest held by a local firm.

Jinhai plans to spend 8% more on exploration next year.
"""


def test_a_share_owned_by_a_holder_answers_what_share_it_owns() -> None:
    expect(answered(_MINE, "what share of the mine does jinhai own"), "72%")


_PLANT = """| 3 March 2025, Monday |

Zambian cotton sales to China rise

Zambia's cotton exports to China rose 14% to 61,000 tonnes last year, the cotton board said.

The Chinese company will also take a 35% stake in a 2 billion kwacha ginning plant in Chipata district, which is expected to employ 420 people when it opens next year.

About 300 farmers attended the signing in Lusaka, where officials said 1,200 jobs had been created since 2020.
"""


def test_a_relative_clause_after_the_asked_place_is_the_places_figure() -> None:
    expect(answered(_PLANT, "How many people will the Chipata ginning plant employ?"), "420")


_IMPORTS = """| 3 March 2025, Monday |

Ghana's cocoa shipments to China jump 21%

Ghana shipped 180,000 tonnes of cocoa beans to China in the first nine months, up 21% from a year earlier, the cocoa board said.

Chinese customs data released last week showed China's total cocoa imports rose 8.4% to 412,000 tonnes in January-September.

Cocoa prices fell 6% last month.
"""


def test_a_body_whose_data_tell_a_total_does_not_own_the_total() -> None:
    expect(answered(_IMPORTS, "by how much did china's overall cocoa imports grow yoy"), "8.4%")
