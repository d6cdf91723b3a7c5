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


_CALLED_BY_NOUN = """| 3 March 2025, Monday |

Canadian canola returns to China

Statistics Canada said canola exports to China rose 20% last year to 2.1 million tonnes.

Prairie Oilseed Co-operative, Canada's largest canola handler, said it had signed a deal to supply Dalian Golden Oils Co with 500,000 tonnes a year.

Dalian Golden Oils Co will crush the seed at a new plant in Liaoning province.

Most of that grain will be loaded at Vancouver, where the co-operative is spending C$40 million on a new terminal. Chief executive Dana Moreau told Reuters that about a third of the crop would go to Chinese buyers.

Dalian Golden Oils Co chairman Li Ming said the company would build a new crushing plant.
"""


def test_a_bare_titled_head_heads_the_body_her_paragraph_calls_by_its_head_noun() -> None:
    expect(answered(_CALLED_BY_NOUN, "who is the boss of prairie oilseed"), "Dana Moreau")
