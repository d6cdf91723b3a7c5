"""When, who and where: the rules of the 14th session's second-hour helper (wwd14b)."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FORUM = """| 3 March 2025, Monday |

Textile makers sign deals at Lagos forum

Textile makers from 14 countries signed 12 supply deals at a trade forum in Lagos on Friday, covering cotton and yarn.

Buyers from 30 countries attended the three-day event, the organisers said.

The next edition of the forum will be held in Accra in the fourth quarter of next year, organisers said.
"""


def test_the_next_one_is_where_the_sentence_says_next() -> None:
    expect(answered(_FORUM, "which city gets the next forum"), "Accra")


_ZONE = """| 3 March 2025, Monday |

Chinese firms flock to Egypt's canal zone

The largest new project is a $300 million plant by Tianjin-based Huaxin Materials that will make 150,000 tonnes of glass fibre a year.

"The zone makes sense for energy-hungry industries like glass fibre," said Mona Farouk, senior analyst at Delta Capital Research.
"""


def test_the_maker_of_the_thing_asked_is_its_agent_after_by() -> None:
    expect(answered(_ZONE, "who's building the big glass fibre factory"), "Huaxin")
