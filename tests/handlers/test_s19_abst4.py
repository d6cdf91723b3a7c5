"""Questions the article does not answer, met on the 19th session's blind sets, each kept as a
general rule over a small story: the bot says the article does not say rather than give a
figure of another place."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_PLANT = """| 4 June 2025, Wednesday |

Chinese tyre maker to expand Polish plant

Chinese tyre maker Dalian Fengrun Tyre Co will invest 2 billion zloty to expand its factory in the Polish city of Opole, the company said on Wednesday.

The expansion will create 900 jobs on top of the plant's current workforce of 1,300, the economy minister told reporters.

Fengrun already makes 8 million tyres a year at the plant.
"""


@pytest.mark.parametrize("question", [
    "how many staff does fengrun employ in dalian",
    "How many workers does Fengrun employ in Dalian?",
])
def test_first_word_of_a_body_named_otherwise_is_a_place_the_article_does_not_tell_of(question: str) -> None:
    expect(answered(_PLANT, question), None)


@pytest.mark.parametrize("question", [
    "how many staff does fengrun employ",
    "how many workers does dalian fengrun employ?",
])
def test_the_body_named_by_its_full_name_still_answers(question: str) -> None:
    expect(answered(_PLANT, question), "1,300")


_TRAIN = """| 11 August 2025, Monday |

Zambia's new railway starts hauling freight

Zambia's state railway operator began running cargo trains between the port town of Kasama and the capital Lusaka on Monday.

The first train, pulling 48 containers loaded with cement and copper wire, left the Kasama dry port early on Monday and reached Lusaka in just under ten hours, the operator's director told reporters.
"""


def test_a_sentence_going_to_the_asked_origin_runs_the_other_way() -> None:
    expect(answered(_TRAIN, "How many containers did the first train bring back from Lusaka to Kasama?"), None)


def test_a_sentence_going_to_the_asked_destination_still_answers() -> None:
    expect(answered(_TRAIN, "How many containers did the first train carry from Kasama to Lusaka?"), "48")
