"""Where- and who-questions met on this session's sets, each a general rule over a small made-up
story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_QUOTED = """| 3 March 2025, Monday |

Ghana's cashew sales to India climb

State carrier Ghana Air began a weekly cargo service from Accra to Mumbai in May.

Still, exports remain small, said Ama Boateng, an economist at Accra-based brokerage Volta Capital. "The numbers look good because the base is low. One weekly flight is not yet a trade route," she said.
"""


def test_who_said_the_last_sentence_of_a_split_quotation_is_the_speaker_named_before_it() -> None:
    expect(answered(_QUOTED, "Who said one weekly flight is not a trade route?"), "Ama Boateng")
