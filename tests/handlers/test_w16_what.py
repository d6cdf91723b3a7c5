"""What / which questions met on the sixteenth session's blind sets, each kept as a general rule
over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_DEPOT = """| 3 June 2025, Tuesday |

Almaty opens logistics depot

In April, a new logistics depot for container trains was put into operation in Almaty, with a train carrying 40 containers leaving for China.

The depot follows a bus line in Almaty that started running last week, the mayor said.
"""


def test_started_running_is_put_into_operation() -> None:
    expect(answered(_DEPOT, "what started running in almaty in april"), "logistics depot")


_ROW = """| 3 June 2025, Tuesday |

Provinces quarrel over copper royalties

Two provinces are fighting over royalties from the Cerro Azul copper mine, each claiming the larger share.

The national government said on Monday it would set up an independent mediation board to settle the dispute before the mine's expansion starts.

Copper output at the mine rose 12% last year.
"""


def test_a_row_is_a_dispute_and_resolving_it_settles_it() -> None:
    expect(answered(_ROW, "what is the government setting up to resolve the royalty row"), "mediation board")


_BUYERS = """| 3 June 2025, Tuesday |

Kyrgyz apricot exports climb

Kyrgyzstan exported 41,000 tonnes of dried apricots in the first half, up 12% from a year earlier.

Most of the fruit is trucked through Osh before crossing into Kazakhstan.

Turkey is now the second-largest buyer of Kyrgyz apricots after Russia, up from fifth place in 2021.
"""


def test_the_top_is_the_one_a_second_place_comes_after() -> None:
    expect(answered(_BUYERS, "Which country buys the most Kyrgyz apricots?"), "Russia")
    expect(answered(_BUYERS, "who is the biggest buyer of kyrgyz apricots"), "Russia")
