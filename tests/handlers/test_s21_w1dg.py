"""Dialog follow-ups and misspelt questions met in the 21st session, each kept as a general rule
over a small story."""

from __future__ import annotations

from tests.handlers.stories import answered, dialog, expect

_BRIDGE = """| 4 March 2025, Tuesday |

Timber deals signed in Khabarovsk

A sawmill group plans to build a plywood plant in the town of Ononsk with capacity of 300,000 cubic metres a year.

The companies plan to send finished products by rail across the Bikin-Fuyuan bridge over the Onon River, which carried 2.3 million tonnes of cargo in January-September, up 27% from a year earlier, Russian Railways said last week.
"""


def test_a_names_whole_first_word_is_that_name_not_a_longer_word_it_begins() -> None:
    # "onon" is all of the first word of "Onon River", not the start of the town "Ononsk"
    expect(answered(_BRIDGE, "how mcuh cargo went over the onon rail brdige"), "2.3")


_ROUTE = """| 4 March 2025, Tuesday |

Northeast China looks to Russian ports

Heilongjiang's outbound shipments to Russia rose 41% in the first nine months from a year earlier to 12.3 billion yuan.

In May, Chinese customs said the landlocked province of Jilin would be able to use Nakhodka, a port in the Russian Far East, to ship goods to Ningbo and Wenzhou in the eastern Chinese province of Zhejiang from June, cutting costs for Jilin cargo bound for eastern China.
"""


def test_the_thing_the_last_answer_told_of_keeps_the_last_questions_names() -> None:
    # "the cargo" is Jilin's, just told of, not Heilongjiang's shipments to Russia
    expect(dialog(_ROUTE, "why is jilin routing goods thru nakhodka?", "where does the cargo end up"), "Ningbo")
