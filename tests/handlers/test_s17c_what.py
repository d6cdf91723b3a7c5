"""What / which / who questions: the thing of a kind, the one who said or did it, and lists."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_SALMON = """| 12 March 2025, Wednesday |

Norway salmon sales to Japan recover

Norwegian salmon exports to Japan rose to 2,300 tonnes in February, seafood council data showed on Wednesday.

Fjordline Markets analyst Ingrid Holm said exports to Japan could reach 31,000 tonnes this year, though a stronger krone could squeeze exporters' margins.

Exporters sent most of the fish by air from Oslo to Tokyo.
"""


def test_who_predicted_a_level_hit_in_shorthand() -> None:
    # "cld" is "could", "31000t" is tonnes, and "hit" before the amount only says the level got there
    expect(answered(_SALMON, "who predicted japan volumes cld hit 31000t this yr"), "Ingrid Holm")


_COCOA = """| 3 June 2025, Tuesday |

Ghana cocoa shipments to Malaysia rise

Ghana's cocoa bean exports to Malaysia rose 12% in May, port data showed on Tuesday.

In Port Klang, Lim Wei Ming, general manager of grinder Straits Cocoa Processing, said local factories were running near full capacity.

Exporters expect demand to stay firm through the third quarter.
"""


def test_what_kind_of_company_is_the_noun_set_before_its_name() -> None:
    # "general manager of grinder Straits Cocoa Processing": the "of" ends the manager's post
    expect(answered(_COCOA, "what kind of company is straits cocoa processing"), "grinder")


_COPPER = """| 9 September 2025, Tuesday |

Chile signs copper deal with Chinese smelter

Chile's state miner signed a supply deal with a Chinese smelter on Tuesday for ore from the giant Rio Blanco copper mine, a move officials said would supply a new smelter in China.

Rio Blanco, north of Santiago, is the world's third-largest copper mine after Escondida and Grasberg, with output of 450,000 tonnes last year.

The deal runs for five years.
"""


def test_bigger_is_larger() -> None:
    # the lead names the mine too, but only the second-largest sentence says any size
    expect(answered(_COPPER, "which copper mine is bigger than rio blanco"), "Escondida")


_WINE = """| 14 May 2025, Wednesday |

Australian wine sales to China rebound

Australian wine exports to China rose to A$120 million in March, industry data showed on Wednesday.

China imposed tariffs on Australian wine in 2021 during a trade row that also hit barley, coal and timber, after Canberra criticised Beijing.

Winemakers in South Australia, who lost a bigger share of sales during the dispute because they had fewer other buyers, are expected to benefit most.
"""


def test_caught_up_in_a_dispute_is_hit_by_it() -> None:
    expect(answered(_WINE, "what other goods were caught up in the dispute besides wine"), "barley")
