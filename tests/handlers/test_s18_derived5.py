"""Derived levels worked back from a rate: a count measured only by its unit and the size of
each ("nine-litre cases") takes its sentence's rate, and a time inside a decision's participle
clause ("duties imposed by the ministry in July") dates the decision, not the figures before it."""

from __future__ import annotations

from tests.handlers.stories import answered, expect, stored

_COGNAC = """| 15 October 2025, Wednesday |

Cognac slump hits French group

Shipments of Castelneau cognac fell 12.3% to 1.57 million nine-litre cases due to duties.
"""

_DUTIES = """| 15 October 2025, Wednesday |

Cognac slump hits French group

Shipments of Castelneau cognac fell 12.3% to 1.57 million cases due to duties of up to 32.6% imposed by China's commerce ministry on European brandy in July.
"""


def test_count_measured_by_its_sized_unit_takes_the_sentence_rate() -> None:
    expect(answered(_COGNAC, "How many cases of cognac were shipped a year earlier?"), "1.79")


def test_time_of_an_imposed_duty_is_not_the_figures_period() -> None:
    store = stored(_DUTIES)
    sentence = next(s for s in store.conn.execute("select id from sentences where text like '%cognac fell%'"))
    level = next(f for f in store.figures_in([sentence[0]]) if f.raw == "1.57 million")
    assert not level.period_start
