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


_STRIKE = """| 4 March 2025, Tuesday |

Finnish pulp and paper strike idles 14 mills

About 9,400 workers walked off the job at 14 pulp and paper mills across Finland on Monday after talks on a new wage deal collapsed, the Finnish Pulp and Paper Workers' Union (SPTL) said.

"This demand is simply unaffordable as pulp prices have fallen 11% since October," said Liisa Koskinen, director general of the employers' federation. She said Finnish mills were already losing market share to producers in Brazil.
"""


def test_a_thing_spelt_in_the_last_answers_sentence_is_told_there_though_no_mention_names_it() -> None:
    reply = dialog(_STRIKE, "Who is Liisa Koskinen?", "what does she say about pulp prices?")
    expect(reply, "11%")
