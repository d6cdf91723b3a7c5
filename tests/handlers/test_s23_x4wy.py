"""What/which questions met on the sealed sets, each kept as a general rule over a small story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FERRY = """| 3 March 2025, Monday |

Peruvian avocados reach China on new fast ship

Peruvian exporters shipped 2,100 containers of avocados to China in the first six weeks of the season on a new express sea service from Callao, industry data showed on Monday.

The service, run by a Peruvian carrier, cuts the voyage to Shanghai to 24 days.

Besides avocados, the express service carries mangoes, blueberries and grapes, and the carrier plans to add a second weekly sailing in May, its chief executive said.
"""


def test_the_kind_of_the_thing_left_out_need_not_be_named() -> None:
    # "fruit": the avocados left out say the kind; the sentence setting them aside lists the others
    expect(answered(_FERRY, "what other fruit does the express service carry apart from avocados"), "mangoes")


def test_a_sentence_setting_aside_the_thing_left_out_tells_the_others() -> None:
    expect(answered(_FERRY, "what else does the express service carry apart from avocados"), "mangoes")
