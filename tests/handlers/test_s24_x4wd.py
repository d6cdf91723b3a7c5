"""When/where/who rules from this session's blind sets, each over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PLANT = """| 3 March 2025, Monday |

Tractor maker adds a shift

Output at the Nordvik tractor plant rose 12% last year, the company said.

"We will add a third shift in May," Chief Executive Lena Ortmann told Reuters in Bergen last week.
"""


def test_an_interview_is_a_telling() -> None:
    # "give an interview" is told in the story as "told Reuters in <place>"
    expect(answered(_PLANT, "Where did Ortmann give her interview?"), "Bergen")


_SOLAR = """| 3 March 2025, Monday |

Panel plant starts up

Trial production at the Kovin solar panel plant started in January, the company said.
"""


def test_a_test_run_is_a_trial() -> None:
    expect(answered(_SOLAR, "When did test production get going?"), "January")
