"""When and why questions of the 14th session's third hour: whose reason a quote gives, each rule
with a small article of its own."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TRADE = """| 13 November 2025, Thursday |

Ostland and Vesta firms sign deals at Moscow forum

Ostland and Vesta companies signed 47 agreements worth $6.8 billion at a business forum on Wednesday.

Ostland Trade Minister Arvind Kulkarni said his country wanted to lift bilateral trade to $100 billion by 2030, but its exports had to grow much faster. "The current imbalance is not sustainable, as Vesta exporters are sitting on billions of rupees they cannot easily spend," he said.

Vesta Trade Minister Dmitry Savelyev said Vesta buyers wanted more Ostland seafood and textiles due to sanctions that have cut off many other suppliers.
"""


def test_a_quote_told_by_he_is_the_speaker_named_before() -> None:
    # '... not sustainable, as ...," he said': the minister the sentence before titled; the other
    # minister's "due to" names a minister but not the imbalance
    expect(answered(_TRADE, "Why does the Ostland trade minister say the imbalance can't go on?"), "sitting on billions of rupees")


_RAIL = """| 19 November 2025, Wednesday |

Ostland and Vesta agree $2.9 billion railway upgrade

Ostland and Vesta on Tuesday signed a financing agreement for a $2.9 billion upgrade of Ostland's main railway line, the planning ministry said on Wednesday.

The deal was signed in Vestograd by Planning Minister Javed Akhtar Qureshi and Vesta Exim Bank vice-president Zhou Lihong.

"This line carries about 70% of our freight traffic, and much of the track was laid more than a century ago, so we simply could not afford to wait any longer," Qureshi said.
"""


def test_a_quote_told_by_a_bare_name_need_not_title_the_speaker() -> None:
    # '," Qureshi said': the title was run into another name where the story gave it
    expect(answered(_RAIL, "Why does the minister say they couldn't hold off any longer?"), "laid more than a century ago")


_STEEL = """| 21 October 2025, Tuesday |

Rheinmark and Valmeuse agree steel merger

German steelmaker Rheinmark and Belgium's Valmeuse agreed on Tuesday to combine in an all-share deal.

"Neither of us can fund the shift to green steel on our own, because a single direct-reduction plant now costs more than 2 billion euros," Rheinmark Chief Executive Katrin Vossberg told reporters.
"""


def test_going_it_alone_is_doing_it_on_ones_own() -> None:
    # "can't go it alone" / "Neither of us can fund the shift ... on our own"
    expect(answered(_STEEL, "Why does Rheinmark's CEO say they can't go it alone?"), "2 billion euros")
