"""Why-questions met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_REBOUND = """| 3 March 2025, Monday |

Peruvian avocado shipments to Japan recover as growers court new buyers

Peruvian avocado exports to Japan rose 12.5% in the first half of the year to $96 million, the growers' association said on Monday, recovering after three years of decline due to heavy rains and costly freight.

Growers sent 41,000 tonnes to Japan, up from 36,000 tonnes a year earlier, the association said.
"""


def test_a_move_asked_named_right_before_the_cue_is_what_the_reason_explains() -> None:
    expect(answered(_REBOUND, "why did avocado exports to japan drop for three years"), "heavy rains")


_PLANT = """| 3 March 2025, Monday |

Korean tyre maker opens plant in Polish city

Korean tyre maker Daeyang Tire began production at its new plant in the western Polish city of Poznan on Monday, the company said, after months of protests by farmers worried about traffic and noise.

"We chose Poznan because it is close to the German border and because its airport has direct flights to Seoul," Chief Executive Park Min-jun told reporters.
"""


def test_a_feeling_right_after_a_noun_describes_it_and_gives_no_cause() -> None:
    expect(answered(_PLANT, "why did they go for poznan of all places"), "German border")
