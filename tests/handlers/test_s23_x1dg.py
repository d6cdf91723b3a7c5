"""Follow-ups met on the session's held-out dialog sets, each kept as a general rule over a small story."""

from __future__ import annotations

from tests.handlers.stories import dialog, expect

_MEAT = """| 19 March 2025, Wednesday |

Argentine beef, lamb exports to Japan set to climb after Tokyo clears more plants

Argentina expects its beef and lamb shipments to Japan to rise sharply this year after Tokyo approved 12 additional Argentine slaughterhouses for export, Agriculture Minister Pablo Ruiz said on Tuesday.

Meat exporters' group CICCRA said it expects beef shipments to Japan to reach 48,000 tonnes this year, a rise of about 20%, while lamb sales could recover to 6,500 tonnes.
"""


def test_and_another_thing_is_the_like_figure_of_the_clause_set_against_the_one_given() -> None:
    first = dialog(_MEAT, "How much beef does the exporters' group expect to ship to Japan this year?")
    expect(first, "48,000")
    expect(dialog(_MEAT, "How much beef does the exporters' group expect to ship to Japan this year?", "and lamb?"), "6,500")
