"""When: a deed told in one sentence and named in full only by the next, through a pronoun."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_MILL = """| 20 June 2025, Friday |

Ghana cocoa grindings rise as new plant opens

Ghana's cocoa grindings rose 8% in the first five months of the year, the Ghana Cocoa Board said on Thursday.

Exports of cocoa beans fell by a fifth over the same period as more of the crop stayed at home.

On Tuesday, Accra-listed Volta Agro Holdings and Malaysia's Penang Agri Berhad opened a $240 million plant in Tema. It is the first new cocoa processing facility in the country in more than a decade.

The plant can handle 120,000 tonnes of beans a year.
"""


def test_a_pronoun_sentence_naming_the_deed_is_dated_by_the_sentence_before() -> None:
    expect(answered(_MILL, "When was the processing plant inaugurated?"), "Tuesday")
