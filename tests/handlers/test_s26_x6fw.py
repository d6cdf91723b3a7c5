"""Figure questions the bot abstained on although the article states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_COCOA = """| 17 July 2025, Thursday |

Ghana cocoa exports to China climb

Ghana's cocoa bean exports to China rose 12.4% to 85,000 tonnes in the first half of 2025, industry data showed on Tuesday.

China took 21% of Ghana's cocoa exports in the January-June period, up from 17% a year earlier, according to the Ghanaian Cocoa Exporters Association.

Cocoa prices rose 8% in the period as harvests shrank across West Africa.
"""


def test_according_to_names_the_teller_not_the_end_goods_went_to() -> None:
    expect(answered(_COCOA, "what pct of ghanaian cocoa exports went to china this year"), "21")


_VENTURE = """| 17 July 2025, Thursday |

Chinese bus maker sets up repair venture in Peru

Yutong sold 180 electric buses to Lima's transport authority last year, and their share of the city's fleet reached 14%.

Earlier this year, Yutong set up a joint venture with Peruvian engineering firm Andes Tecnica to service the fleet.

Yutong holds a 60% stake in the venture, which has hired 95 local mechanics.
"""


def test_a_share_someone_owns_is_a_stake() -> None:
    expect(answered(_VENTURE, "What share does Yutong own in the service joint venture?"), "60%")


_PACKER = """| 17 July 2025, Thursday |

Thai shrimp packer redirects cargoes as Chinese port checks drag on

Chonburi-based Siam Tide Seafood Corp, in which Japan's Umihara Foods holds a 24% stake, has diverted 60 containers to Japan and South Korea and cut its shipments to China by 30% this month, its chief executive said.

The company's shares fell 4.2% on the Stock Exchange of Thailand on Wednesday.
"""


def test_a_place_named_alone_before_a_figure_owns_it_not_a_later_list() -> None:
    expect(answered(_PACKER, "what stake does the japanese company own in siam tide"), "24%")
