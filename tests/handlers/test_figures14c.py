"""Figure questions of the fourteenth pass's third hour: a number there is, not the step to it."""

from __future__ import annotations

from pathlib import Path

from tests.handlers.stories import answered, expect

_SEED = (Path(__file__).resolve().parents[2] / "knowledge" / "data" / "seed.txt").read_text(encoding="utf-8")

_PARK = """| 3 March 2025, Monday |

Vietnam industrial park draws more Korean firms

Korean companies committed $1.2 billion of new investment to the Binh An industrial park in the first half of the year, up 18% from a year earlier, the park's developer said on Monday.

The number of companies operating in the park near the port of Cai Mep rose to 214 at the end of June from 180 a year earlier.

The developer plans to open a second phase of the park, which it says could house about 90 more companies and create some 12,000 jobs.
"""


def test_a_number_there_is_not_the_step_to_it() -> None:
    # "could house about 90 more companies" is a step, not the companies in the park now
    expect(answered(_PARK, "how many companies are in the park now"), "214")
    expect(answered(_PARK, "how many firms could the second phase house"), "90")


_SOLAR = """| 3 March 2025, Monday |

Chinese solar maker expands Egyptian plant

Changzhou-based Sunmaster Photovoltaic said on Tuesday it would invest 9.7 billion Egyptian pounds ($204 million) to lift annual capacity at its solar module factory near Cairo to 3 gigawatts from 1.2 gigawatts.
"""


def test_a_capacity_is_not_the_money_spent_on_it() -> None:
    # "invest 9.7 billion pounds to lift capacity ... to 3 gigawatts": the capacity is the gigawatts
    expect(answered(_SOLAR, "sunmaster solar capacity after the expansion?"), "3 gigawatts")
    expect(answered(_SOLAR, "how much will sunmaster invest in the expansion?"), "9.7 billion")


_EXPORTS = """| 3 March 2025, Monday |

Heilongjiang exports to Russia surge

Heilongjiang's outbound shipments to Russia soared 61.5% in the first nine months from a year earlier to 38.12 billion yuan ($5.21 billion), customs data showed on Monday.

In September alone, the province's imports from Russia fell 4% to 6.3 billion yuan.
"""


def test_the_span_a_figure_is_of_counts_its_months() -> None:
    # "soared 61.5% in the first nine months ... to 38.12 billion yuan": no figure counts months
    expect(answered(_EXPORTS, "How many months does the Heilongjiang export figure cover?"), "Nine months")


def test_a_verb_left_before_how_many_asks_the_amount() -> None:
    # "covers how many months" as "how many months does it cover": no sentence says "covers"
    # (the bundled article, whose other export sentences outrank one missing a word)
    expect(answered(_SEED, "the liaoning export number covers how many months"), "Nine months")


def test_a_scale_glued_to_its_amount_is_the_word_it_shortens() -> None:
    # "38.12bn" is "38.12 billion": no "bn" to find in the article
    expect(answered(_EXPORTS, "how many months does the 38.12bn yuan export figure cover"), "Nine months")
