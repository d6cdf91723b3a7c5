"""Why, how and yes/no questions put in the asker's own words: a noun the asker hangs on a name,
and a reason a later paragraph gives for the move the best sentence only states."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_PORT = """| 3 March 2025, Monday |

Kazakh grain to move through Georgian port

Kazakh officials said on Monday that the landlocked region of Kostanay would be able to use Poti, a port on the Black Sea, to ship wheat to Turkey from April, cutting freight costs for Kostanay farmers by about a fifth.

The tenge traded at 510 per dollar on Monday.
"""


@pytest.mark.parametrize("question", [
    "how does the poti route help kostanay exporters",
    "how will the poti corridor help kostanay",
])
def test_a_noun_hung_on_a_name_is_the_names_own_in_how_it_helps(question: str) -> None:
    expect(answered(_PORT, question), "cutting freight costs")


_SETTLE = """| 3 March 2025, Monday |

More Kazakh-Chinese trade settled in yuan

The share of Kazakh-Chinese trade settled in yuan rose to 42% in the first half of this year from 30% a year earlier, the central bank said on Monday.

Yuan settlement has grown because of Western sanctions that have made dollar payments slow and costly, although exporters say the yuan they earn is hard to spend.

The tenge traded at 510 per dollar on Monday.
"""


def test_the_next_paragraph_telling_the_move_again_gives_its_reason() -> None:
    expect(answered(_SETTLE, "Why has the use of yuan to settle trade grown?"), "sanctions")


_RECORD = """| 3 May 2025, Saturday |

Kazakh-Chinese trade at a record

Trade between Kazakhstan and China rose 11.2% to a record $43.8 billion in the fiscal year that ended in March, customs data showed.

The tenge traded at 510 per dollar on Friday.
"""


@pytest.mark.parametrize("question", [
    "did kazakh chinese trade hit a record in the fy to march",
    "did kazakhstan china trade reach a record high",
])
def test_a_record_reached_by_another_verb_answers_yes(question: str) -> None:
    expect(answered(_RECORD, question), "Yes. ")


_BLOC = """| 3 May 2025, Saturday |

Guangxi trade grows

Guangxi's imports from Russia fell 4.1% in the first quarter, while its exports to the Association of Southeast Asian Nations rose 12.9% to 48.2 billion yuan, Nanning customs said.

The China-ASEAN Expo will open in Nanning in September.
"""


def test_asean_asked_for_short_is_the_bloc_spelt_out() -> None:
    expect(answered(_BLOC, "Did Guangxi's shipments to ASEAN increase in Q1?"), "Yes. ")


_GATE = """| 3 September 2025, Wednesday |

Border gate busier

The Khorgos gate handled 412,000 vehicle crossings in the first eight months of the year, up 9.3% from a year earlier, customs said.

The tenge traded at 540 per dollar on Wednesday.
"""


def test_traffic_is_the_vehicle_crossings_counted() -> None:
    expect(answered(_GATE, "did traffic through the khorgos gate go up this year"), "Yes. ")
