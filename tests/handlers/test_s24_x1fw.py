"""Figures asked by another word for the goods or another name for the period than the story's."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_SHOES = """| 5 November 2025, Wednesday |

Lakeland apparel exports climb

Lakeland's exports of garments, footwear and travel goods rose 12.3% in the first ten months of the year from a year earlier to $4.2 billion, the trade ministry said on Wednesday.

Container traffic at the main port rose 9% to 310,000 TEUs, with garments making up about 40% of outbound cargo.
"""


def test_shoes_are_footwear() -> None:
    expect(answered(_SHOES, "how much did lakeland's clothing and shoe exports grow?"), "12.3")


_MARKETS = """| 5 November 2025, Wednesday |

Lakeland apparel exports to EU climb

Lakeland's exports of garments and travel goods rose 12.3% in the first ten months of the year to $4.2 billion, helped by orders from buyers in the European Union, the trade ministry said on Wednesday.

Shipments to Japan jumped 17.2% year-on-year to $1.41 billion, while exports to the EU grew 11.8% to $1.65 billion.

Footwear was the fastest-growing segment, with exports surging 23.5% to $0.92 billion.
"""


def test_a_yes_no_about_a_place_keeps_a_sentence_naming_it() -> None:
    reply = answered(_MARKETS, "did eu exports grow faster than us exports yoy")
    assert "Footwear" not in reply.text, reply.text


_CATFISH = """| 20 November 2025, Thursday |

Lakeland catfish exports rise

Lakeland's seafood exports rose 11.6% in the first 10 months of the year from a year earlier to $8.14 billion, the fisheries association said on Thursday.

Catfish exports alone reached $1.64 billion in January-October, up 9.8%, and China's share rose to 31%.
"""


def test_an_everyday_acronym_of_a_body_the_story_never_names_is_a_name_to_find() -> None:
    expect(answered(_CATFISH, "how much catfish did lakeland sell to the EU"), None)
    expect(answered(_CATFISH, "how much catfish did lakeland export in january-october"), "1.64")
