"""Follow-ups that lean on the last answer: its subject, its measure, its period and its place."""

from __future__ import annotations

from tests.handlers.stories import answered, dialog, expect

_AUDIT = """| 3 March 2025, Monday |

Brazil expects more beef plants cleared for China

Agriculture Minister Paulo Henrique Teixeira said on Tuesday that a Chinese team would inspect another 14 plants in Goiás starting on November 10. "We have a very good chance of getting most of them listed because our sanitary controls have been recognised by the Chinese authorities," he said.

Beef exports rose 12% in October.
"""


def test_why_is_he_so_sure_asks_the_reason_of_the_last_answer() -> None:
    # "so confident" judges what he just said; it is no word the reason must repeat
    expect(dialog(_AUDIT, "What did the agriculture minister say about the Chinese inspection?", "why is he so confident?"),
           "sanitary controls")


_SOLAR = """| 3 March 2025, Monday |

Chinese solar maker expands Egypt plant

Sunmaster Photovoltaic said on Tuesday it would invest 9.7 billion Egyptian pounds ($204 million) to lift annual capacity at its solar module factory to 3 gigawatts from 1.2 gigawatts.

Egypt's exports of solar panels rose 14% last year.
"""


def test_what_was_its_measure_before_is_the_level_it_moved_from() -> None:
    # another measure of the sentence just quoted, and the level it left ("to 3 gigawatts from 1.2")
    expect(dialog(_SOLAR, "How much is Sunmaster spending on its plant?", "and what was its capacity before?"), "1.2 gigawatts")



_HUB = """| 3 March 2025, Monday |

Chinese and Russian firms sign deals

Liaoning's shipments to Russia soared 82.3% in the first nine months from a year earlier.

In March, a new cargo hub for freight trains was put into operation in Shenyang, with a train carrying 55 containers departing for Kazakhstan to mark the hub's inauguration.
"""


def test_the_thing_the_last_answer_told_of_is_looked_for_there_first() -> None:
    # "the first train" is the train the hub's sentence just told of, not "the first nine months"
    expect(dialog(_HUB, "when did the new freight hub in shenyang open?", "where was the first train going?"), "Kazakhstan")


_PORT = """| 3 March 2025, Monday |

Landlocked Chinese province gets a Russian port

In May, customs said the landlocked province of Jilin would be able to use Vladivostok, the biggest port in the Russian Far East, to ship goods to Zhoushan and Jiaxing in the eastern province of Zhejiang from June, cutting costs for Jilin cargo bound for eastern China.

Trade between the two countries rose 12% last year.
"""


def test_a_place_asked_again_is_another_than_the_one_just_answered() -> None:
    # "the destination cities" are where the goods are shipped to, and their province is not the
    # port just answered
    expect(dialog(_PORT, "which russian port can jilin ship through?", "and the 2 destination cities are in which province?"),
           "Zhejiang")


_WELDERS = """| 3 March 2025, Monday |

Korea to let in more foreign welders

The ministry said on Tuesday it would spend 417 billion won to train 10,000 workers, and would raise the annual quota of foreign welders on skilled-worker visas to 6,000 next year from 4,500.

Shipbuilders won orders for 120 vessels last year. Visa holders are allowed to stay for up to five years.
"""


def test_how_many_will_be_allowed_asks_the_quota() -> None:
    # how many are allowed in is the quota of them, in everyday words; "allowed" elsewhere says nothing of it
    expect(answered(_WELDERS, "how many foreign welders will be allowed next year?"), "6,000")
