"""Dialog follow-ups and typo-laden questions met on the 21st session's sets, each kept as a
general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import dialog, expect

_POWER = """| 4 December 2025, Thursday |

Ruritania to sell power to its neighbour

Ruritania's trade with Borduria rose 8% in the first half, customs data showed on Thursday.

Separately, the state-run Ruritanian Grid Authority (RGA) signed an agreement last week with Bordurian Power Corp to export up to 300 megawatts of electricity during the wet season.

The deal covers power trading and grid connection, and sets a tariff of 5.4 US cents per kilowatt-hour, RGA spokesperson Anna Weiss said.
"""


def test_a_paragraph_opening_on_the_thing_with_a_present_verb_goes_on_about_it() -> None:
    # "The deal covers ...": the deal the paragraph before signed with the firm just answered
    reply = dialog(_POWER, "Which Bordurian firm signed the power deal with RGA?", "what tarif did they agree")
    expect(reply, "5.4")


_STOCKPILE = """| 4 December 2025, Thursday |

Ruritania to sell reserve wheat

Ruritania will sell 90,000 tonnes of wheat from its state reserve through two tenders, the farm ministry said on Thursday.

The first tender, for 50,000 tonnes, will be held on January 12, with the remaining 40,000 tonnes to be offered in March, the minister said.
"""


def test_the_rest_is_what_remains() -> None:
    reply = dialog(_STOCKPILE, "How much wheat is offered in the first tender?", "and the rest?")
    expect(reply, "40,000")
