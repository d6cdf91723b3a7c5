"""Questions met on this session's new articles (wave f2new), each a general rule over a small made-up story."""

from __future__ import annotations

from handlers.query import parse_query
from tests.handlers.stories import answered, expect, stored

_COFFEE = """| 3 March 2025, Thursday |

Peru coffee exports slump after drought

LIMA, March 3 (Reuters) - Peru's coffee exports will fall 15% this year after a drought hit the central highlands, the country's coffee marketing board said on Wednesday.

The Peruvian Coffee Trading Syndicate (PCTS) cut its forecast to 180,000 tonnes from 212,000 tonnes, its chief said.

"We lost half the crop in Junin," said Rosa Quispe, the syndicate's general manager.

PCTS has told Hamburg-based Nordbohne Handel, its largest customer, that deliveries will be late.

Farm Minister Luis Ccori told parliament on Tuesday that growers would get cheap loans.
"""


def test_an_apposition_after_a_based_body_describes_it() -> None:
    expect(answered(_COFFEE, "Where is the syndicate's biggest buyer based?"), "Hamburg")


def test_a_syndicate_is_a_body_whose_head_is_asked() -> None:
    expect(answered(_COFFEE, "Who is the boss of the coffee trading body?"), "Rosa Quispe")


def test_addressing_parliament_is_telling_it() -> None:
    expect(answered(_COFFEE, "When did the farm minister address parliament?"), "Tuesday")


_GROWERS = """| 3 March 2025, Thursday |

Tea growers weigh quitting after frost

NAIROBI, March 3 (Reuters) - Frost hit tea estates in Kenya's highlands last month, the tea board said.

About 8,400 small growers, most farming less than 2 hectares, work land in the worst-hit counties, and at least 900 of them are thinking of switching to avocados, said Mary Wanjiru, who heads a growers' group.
"""


def test_a_part_of_them_counts_the_group_before_it() -> None:
    expect(answered(_GROWERS, "How many small farmers are considering giving up on tea?"), "900")


_YARDS = """| 3 March 2025, Thursday |

Korea's shipyards short of welders

SEOUL, March 3 (Reuters) - Orders at Busan-based Hanmaru Heavy Industries, the country's biggest shipbuilder, rose 12% last year.

"Securing labour is as urgent as winning contracts," Trade Minister Kim Dae-ho told shipbuilders at a meeting in Mokpo.
"""


def test_an_apposition_describes_a_based_body_only_when_its_home_is_asked() -> None:
    expect(answered(_YARDS, "Where did the minister sit down with the shipbuilders?"), "Mokpo")


_REFINERY = """| 3 March 2025, Thursday |

Zambia opens copper refinery

LUSAKA, March 3 (Reuters) - Zambia opened its first copper refinery on Wednesday, the mines ministry said.

Miners will shift volumes away from refineries in Namibia and South Africa, plant manager John Banda said.
"""


def test_use_to_before_a_verb_is_a_past_habit_not_a_word_to_find() -> None:
    query = parse_query("Which countries did miners use to send their copper to?", stored(_REFINERY))
    assert not any(t.required for t in query.terms if t.word == "use")
    assert any(t.required for t in query.terms if t.word == "send")
