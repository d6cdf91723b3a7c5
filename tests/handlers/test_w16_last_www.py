"""Who / when / where rules met on the sixteenth session's sealed sets, each over a small story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FORUM = """| 5 September 2025, Friday |

Indian, Polish firms sign grain and shipping deals at Gdansk forum

Indian and Polish companies signed 12 agreements worth about $900 million at a trade forum in Gdansk on Thursday.

The share of that trade settled in Indian rupees climbed to 30% this year from 18% a year earlier, Jan Kowalski, Poland's deputy minister for maritime affairs, said at the forum.

Rupee settlement has grown because of sanctions on some banks. Kowalski said the surplus could be invested in Indian government bonds.

India's foreign ministry spokesperson Ravi Menon said an India-Poland intergovernmental commission would meet in New Delhi in November to review progress towards raising bilateral trade to $10 billion by 2030.
"""


def test_a_nation_three_words_before_a_name_is_that_persons() -> None:
    # "India's foreign ministry spokesperson Ravi Menon" is India's, no answer to "which Polish official"
    expect(answered(_FORUM, "which polish official talked about rupee settlment"), "Kowalski")


_PANEL = """| 5 September 2025, Friday |

Polish and Chilean firms sign copper deals at Gdansk forum

Polish and Chilean companies signed 9 agreements worth about $700 million at a trade forum in Gdansk on Thursday.

Cargo on the Baltic route rose 20% to 2.1 million tonnes in the first half of this year, Poland's deputy minister for shipping Adam Nowak told a panel session on Tuesday.
"""


def test_a_sentence_naming_all_asked_is_dated_by_its_own_telling() -> None:
    # the period the figure covers is no telling, and the lead's Thursday is the forum's news
    expect(answered(_PANEL, "When did the shipping minister give the route cargo numbers?"), "Tuesday")


_VOYAGE = """| 5 September 2025, Friday |

Polish and Chilean firms sign shipping deals at Gdansk forum

Polish and Chilean companies signed 9 agreements worth about $700 million at a trade forum in Gdansk on Thursday, in sectors including shipping and port services.

A pilot voyage carrying 800 containers of fruit and wine docked in Gdansk last week.
"""


def test_docked_in_a_port_is_arriving_there() -> None:
    expect(answered(_VOYAGE, "when did the pilot ship reach gdansk"), "Last week")


_PORT = """| 12 June 2025, Thursday |

Landlocked Kazakh region gets sea access

In May, Kazakh customs said the landlocked region of Karaganda would be able to use Aktau, the biggest port on the Caspian coast, to ship goods to Atyrau and Uralsk in the western Kazakh region of Mangystau from June, cutting costs for Karaganda cargo.
"""


def test_the_place_doing_the_asked_verb_beats_the_goods_destination() -> None:
    # "Karaganda would be able to use Aktau": Karaganda uses it; Mangystau is only where the goods go
    expect(answered(_PORT, "which kazakh region gets to use aktau"), "Karaganda")
