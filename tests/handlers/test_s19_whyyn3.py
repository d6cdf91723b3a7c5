"""Why and yes/no answers that keep their point: a reason read from its cue to its end, and a
shortened check met as a cut inspection time."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PORT = """| 3 March 2025, Monday |

Harbour revenue climbs at Port Verano

Customs collections at Port Verano rose 41% in 2024 to 88 billion pesos, the customs office said on Monday.

Customs spokesperson Ana Maria Delgado said collections had risen because importers of tractors, generators and water pumps were increasingly routing cargo through Verano due to shorter waiting times.
"""


def test_a_reason_cut_mid_clause_is_read_from_its_cue_to_its_end() -> None:
    reply = answered(_PORT, "why have customs collections at verano gone up")
    expect(reply, "waiting times")
    assert reply.text.startswith("Because importers")
    assert "Delgado" not in reply.text


_PROTOCOL = """| 3 March 2025, Monday |

Pear growers welcome new deal

Argentina and Japan signed a plant health protocol in May that covers fresh pears and quinces, the farm ministry said, cutting inspection times at Japanese ports from around 10 days to four.
"""


def test_a_shortened_check_is_a_cut_inspection_time() -> None:
    expect(answered(_PROTOCOL, "Has the protocol shortened checks at Japanese ports?"), "10 days")
