"""Follow-ups and loose phrasings of the 21st session: a pronoun's body, the kind of body asked."""

from __future__ import annotations

from tests.handlers.stories import dialog, expect

_REFINER = """| 7 November 2025, Friday |

Chinese refiner buys more Russian crude

Hebei Dongsheng Petrochemical, one of the province's biggest private plants, paid about 4.2 billion yuan ($590 million) for Russian cargoes in the third quarter, its chief executive Wang Lipeng told a conference in Shijiazhuang on Thursday. He said the company had cut purchases of Kazakh crude by 30% because Russian barrels were cheaper.

Teapot refiners are firms that process imported crude for the domestic market.

Zoran Ilic, an analyst at Zagreb brokerage Adriatic Securities, said the discount on Russian crude could narrow next year.
"""


def test_his_firm_is_the_body_the_pronoun_points_to_not_a_word_to_find() -> None:
    # "his firm": Wang Lipeng's company, which the text need not call a firm (another sentence
    # about firms is no answer)
    expect(dialog(_REFINER, "who runs hebei dongsheng", "and how much did his firm pay for russian oil in q3 in usd?"), "590")


def test_what_firm_before_its_verb_names_the_kind_of_answer() -> None:
    # "what firm is he with" asks a body as "which firm" does; the text need not say "firm"
    expect(dialog(_REFINER, "which analyst talked about the discount on russian crude", "what firm is he with"), "Adriatic Securities")


_BERTH = """| 7 November 2025, Friday |

New berth opens at Tanga

The new Berth 4, built by China Railway Harbour Corporation (CRHC) at a cost of $180 million, began operations in March.

The port, the biggest in Tanzania, handled 1.9 million tonnes of cargo last year, TPA director general Amina Salum said.

Wang Jun, CRHC's country manager for Tanzania, said the company expected to finish a second berth next year.
"""


def test_who_does_it_asks_of_the_last_answers_focus() -> None:
    # "it" is the builder just answered, not the port authority the story also names
    expect(dialog(_BERTH, "Who built the new berth at Tanga?", "who runs it in tanzania"), "Wang Jun")


_BORDER = """| 7 November 2025, Friday |

Coal trucks queue at the border

About 900 coal trucks a day have been crossing at Gashuun this year, with drivers often waiting two days to clear customs, officials said.

A new railway will cut the number of trucks on the road by half.
"""


def test_a_movement_verb_after_how_many_ends_the_counted_noun() -> None:
    # "how many trucks cross": trucks are counted, "cross" is what they do
    expect(dialog(_BORDER, "hw many trucks cross at gashuun evry day"), "900")
