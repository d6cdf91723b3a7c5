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


_FIELD_TITLE = """| 3 March 2025, Monday |

Fiji's timber sales to China climb

Timber exports rose 9% last year, said Jone Vuki, permanent secretary at the Ministry of Forests.

Timber and sugar make up about 60% of exports, said Mere Tuilagi, Pacific economist at Reef Capital in Suva. She estimated the port loan would lift public debt to 20% of output.
"""


def test_a_capitalised_field_before_a_lower_case_title_is_the_persons_role() -> None:
    expect(answered(_FIELD_TITLE, "Which analyst warned about the debt from the port loan?"), "Mere Tuilagi")
