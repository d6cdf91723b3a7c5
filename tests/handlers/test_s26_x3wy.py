"""Why-questions met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PLANTS = """| 3 March 2025, Monday |

Turkish carmakers draw Asian parts suppliers

Parts suppliers from South Korea signed deals worth $1.2 billion to build plants near Bursa last year, the investment agency said.

Korean suppliers are increasingly choosing Turkey because its customs union with the European Union lets their parts reach carmakers there without duties, while the lira's steep fall last year lowered local rents and salaries in euro terms, analysts said.

Exports of car parts from the region rose 9% to $14 billion in 2024.
"""


def test_a_second_cause_after_while_is_part_of_the_reason() -> None:
    expect(answered(_PLANTS, "why are korean suppliers choosing turkey"), "lowered local rents")


_MILLS = """| 3 March 2025, Monday |

Paper mills turn to Asia

Nordic paper mills are shipping more pulp to China because European demand for printing paper keeps shrinking, while exports to the United States fell 4% to 1.2 million tonnes in 2024, the industry group said.
"""


def test_a_contrast_after_while_stays_out_of_the_reason() -> None:
    reply = answered(_MILLS, "why are nordic mills shipping more pulp to china")
    expect(reply, "keeps shrinking")
    assert "United States" not in reply.text
