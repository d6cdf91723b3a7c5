"""What / which questions: the things a sentence lists, whole, however far into it the list starts."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PORK = """| 3 March 2025, Monday |

Danish pork gets faster access to China

Under a memorandum of understanding signed during the state visit to Beijing last week, Denmark's Veterinary and Food Administration and China's General Administration of Customs agreed to fast-track plant registration and inspection for chilled pork, frozen pork, pork offal and processed ham.

Danish pork exports to China rose 8% last year, the Danish Agriculture and Food Council said on Monday.
"""


def test_a_list_the_answer_runs_into_is_given_whole_when_several_things_are_asked() -> None:
    reply = answered(_PORK, "What products does the MoU with Chinese customs cover?")
    expect(reply, "processed ham")
    expect(reply, "frozen pork")


_SCOOTERS = """| 3 March 2025, Monday |

Indian scooter makers open Lagos plants as Nigeria cuts duty on kits

The finance ministry last week published a cut in import duty on semi knocked-down (SKD) electric scooter kits to 5% from 20%, while raising the duty on fully built scooters to 40%.

Voltra shipped its first 20 containers of kits, about 2,000 scooters, through the port of Lagos in February, its manager said, and expects the duty change to cut its cost per unit by about 12%.
"""


def test_a_kind_asked_of_a_noun_is_where_the_noun_has_words_of_a_kind_before_it() -> None:
    expect(answered(_SCOOTERS, "what type of kits got the tax cut"), "semi knocked-down")


_COCOA = """| 3 March 2025, Monday |

Ghana cocoa exports to Europe rise

Ghana's cocoa bean exports to Europe rose 9% in the first half of the year, the cocoa board said on Monday.

In March, Accra and Warsaw signed a trade agreement covering cocoa quality standards, child labour checks, port logistics and farmer training.

Shipments to Germany and Poland fell 3% over the same period, traders said.
"""


def test_capitals_joined_in_the_subject_after_an_opening_time_act_for_their_countries() -> None:
    expect(answered(_COCOA, "What areas does the Ghana-Poland trade pact cover?"), "farmer training")
