"""Yes-no questions met on this session's sets, each a general rule over a small made-up story:
the answer gives the figure that decides it."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_VENTURE = """| 3 March 2025, Monday |

Kenyan tea packer opens plant with Chinese partner

The plant near Kericho cost 4.2 billion shillings and will pack 30,000 tonnes of tea a year, the company said.

The venture is 55% owned by Nandi Leaf Holdings and 45% by China's Fujian Mingcha Tea Group, the Kenyan firm said.

Kenya's tea exports to China rose 12% last year to 9,800 tonnes.
"""


@pytest.mark.parametrize(("question", "said"), [
    ("is nandi leaf the majority owner of the venture", "Yes"),
    ("Is the Chinese partner the majority owner?", "No"),
])
def test_majority_owner_answered_by_the_owners_share(question: str, said: str) -> None:
    reply = answered(_VENTURE, question)
    expect(reply, "45%")
    assert reply.text.startswith(said)


_PIPELINE = """| 3 March 2025, Monday |

Kenya's northern gas pipeline passes a milestone

Construction of the Lokichar gas pipeline is now 58% complete, the project's developer said on Tuesday.

Contractors have laid 410 km of the 690 km line and hired 3,200 workers, chief executive Amos Njoroge said.

Kenya's gas imports fell 9% last year to 1.2 million tonnes.
"""


def test_more_than_half_asked_answered_by_the_share_given() -> None:
    reply = answered(_PIPELINE, "is the pipeline more than half built")
    expect(reply, "58%")
    assert reply.text.startswith("Yes")


_ESTATE = """| 3 March 2025, Monday |

Tea estate split between two counties

Kericho, where about 62% of the estate's tea bushes grow, wants a larger share of the levy, county officials said.

The estate employs 3,200 pickers and packed 12,000 tonnes of tea last year, up 8% from a year earlier.

Kenya's tea exports to China rose 12% last year to 9,800 tonnes.
"""


def test_most_of_asked_with_two_loose_nouns_answered_by_the_share() -> None:
    reply = answered(_ESTATE, "Is most of the tea bush area on the Kericho side?")
    expect(reply, "62%")
    assert reply.text.startswith("Yes")
