"""Questions met on the bundled article's sets this session, each a general rule over a small
made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TALKS = """| 3 March 2025, Monday |

Kenyan and Ethiopian leaders agree on power line

The deal follows a meeting between Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed on Tuesday in Addis Ababa.

The 1,000 km line will carry 400 megawatts from 2027, the power company said.
"""


def test_a_sitdown_run_together_is_a_meeting_when_asked() -> None:
    expect(answered(_TALKS, "when did ruto and abiy have their sitdown"), "Tuesday")


def test_a_sitdown_run_together_is_a_meeting_where_asked() -> None:
    expect(answered(_TALKS, "where did the ruto abiy sitdown take place"), "Addis Ababa")


_FIRMS = """| 3 March 2025, Monday |

Indian firms flock to Kenya

Indian and Kenyan companies signed a slew of deals at a conference in Nairobi, according to Kenyan state media.

In January to February, 25 Indian firms set up businesses in Nairobi, Kenya's national broadcaster reported on Tuesday.

In April, a new logistics hub was opened in Mombasa, with a ship carrying 300 containers leaving for Mumbai.

In February, trade between India and Kenya rose to $2.1 billion, according to customs data earlier this month.
"""


def test_or_whoever_after_a_guessed_name_asks_nothing_more() -> None:
    expect(answered(_FIRMS, "what day did kbc or whoever put out the 25 indian firms number"), "Tuesday")


def test_cos_after_a_count_is_companies() -> None:
    expect(answered(_FIRMS, "who broke the news on the 25 indian cos"), "broadcaster")


_FORUM = """| 3 March 2025, Monday |

Turkish and Kenyan firms meet in Nairobi

The forum in Nairobi was attended by Turkish local government officials, business leaders, and almost 300 Kenyan companies hoping to enter the Turkish market.

The Turkish trade minister said exports to Kenya rose 20% last year.
"""


def test_a_set_apart_opener_ends_at_the_question_word() -> None:
    expect(answered(_FORUM, "apart from business ppl who came from the turkish side"), "officials")
