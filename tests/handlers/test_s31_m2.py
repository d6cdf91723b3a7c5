"""Rules met on the m2 wave's dialog failures, each a general rule over a small made-up story."""

from __future__ import annotations

from handlers import Conversation, answer
from handlers.query import parse_query
from tests.handlers.stories import answered, expect, stored

_PLANT = """| 3 March 2025, Monday |

Steelmaker to build new mill in the north

Northern Steel said on Monday it would build a 2 million tonne mill near Oulu by 2028.

Building the mill will create about 3,000 jobs, with 450 permanent positions once it opens, the company said.

The mill will cost 1.2 billion euros, it said.
"""


def test_a_linking_verb_before_the_last_word_is_no_word_to_find() -> None:
    query = parse_query("how many jobs will remain permanent?", stored(_PLANT))
    assert not any(t.required for t in query.terms if t.lemma in ("remain", "stay"))
    expect(answered(_PLANT, "how many jobs will stay permanent?"), "450")


def test_how_many_of_those_stay_a_state_follows_the_figure_just_given() -> None:
    store, conversation = stored(_PLANT), Conversation()
    answer("how many jobs will the mill create", store, conversation)
    expect(answer("and how many of those stay permanent?", store, conversation), "450")


_SHIPS = """| 3 March 2025, Monday |

Peru's avocado exports to China hit record

Peru shipped a record 90,000 tonnes of avocados to China in the season so far, up 12% from a year earlier, the growers' association said.

China took 85% of Peru's avocado shipments this season, it said.

A fleet of 20 "avocado express" refrigerated ships has sailed from Callao since January, reaching Shanghai in an average of 25 days, down from 31 days last season, after lines dropped a stop in Mexico.

Prices in Europe fell 8% last month, it said.
"""


def test_a_city_gone_to_in_the_country_asked_is_the_trip_to_that_country() -> None:
    expect(answered(_SHIPS, "How long are the avocado ships taking to get to China now?"), "25 days")


def test_a_time_asked_in_the_words_after_the_level_moved_from_gives_that_level() -> None:
    store, conversation = stored(_SHIPS), Conversation()
    answer("How long are the avocado ships taking to get to China now?", store, conversation)
    reply = answer("and last season?", store, conversation)
    expect(reply, "31 days")
    assert reply.text.startswith("31 days (last season)"), reply.text


_RULE = """| 20 November 2025, Thursday |

Ghana opens gold refinery

ACCRA, Nov 20 (Reuters) - Ghana opened a gold refinery on Wednesday, officials said.

A law passed in March 2024 requires miners to sell at least 20% of their output to the refinery from January, a rule some operators oppose.

The refinery can process 100 tonnes a year, it said.
"""


def test_when_does_that_kick_in_dates_the_rule_just_told_from_its_start() -> None:
    store, conversation = stored(_RULE), Conversation()
    answer("what does the law say about selling gold to the refinery", store, conversation)
    reply = answer("when does that kick in", store, conversation)
    assert reply.text.startswith("From January"), reply.text


_MINE = """| 3 March 2025, Monday |

Chinese miner to expand Chilean copper mine

Chinese miner Hualong Mining signed an agreement in Santiago on Monday to expand its Cerro Blanco copper mine, which lies in the Atacama region, in a $900 million investment, the company said.

Output will rise to 120,000 tonnes a year by 2028, it said.
"""


def test_a_place_name_after_a_determiner_before_the_thing_asked_names_it() -> None:
    reply = answered(_MINE, "What's the name of the copper mine?")
    assert reply.answered and reply.text.startswith("Cerro Blanco"), reply.text
