"""An answer cut out of a sentence reads as one: never a list's tail ("business leaders, and almost
800 ..."), a speaker's verb without its speaker ("Said on Wednesday ..."), or a participle hanging
off a clause left behind ("Dropping by 2.3% ...")."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FAIR = """| 4 March 2025, Tuesday |

Kazakh fair draws Chinese firms

The trade fair in Almaty was attended by Kazakh regional officials, local bank chiefs, and almost 600 Chinese companies hoping to enter the Kazakh market.

Steel output in the region fell sharply in February, dropping by 4.1% from the previous month as demand from carmakers and builders weakened further.

Kazmet Gold, Kazakhstan's third-largest gold producer, said on Monday its gold output rose 7.2% to 145,300 ounces in the fourth quarter, and the miner expects to lift it again next year as ore grades at its eastern pits improve.
"""


def test_a_figure_in_a_list_answers_with_its_short_sentence() -> None:
    reply = answered(_FAIR, "How many Chinese companies attended the fair in Almaty?")
    expect(reply, "600")
    assert reply.text.startswith("The trade fair in Almaty was attended by"), reply.text


def test_a_participle_keeps_the_clause_it_hangs_off() -> None:
    reply = answered(_FAIR, "How much did steel output drop in February?")
    expect(reply, "4.1%")
    assert reply.text.startswith("Steel output in the region fell"), reply.text


def test_a_speakers_verb_keeps_its_speaker_past_an_aside() -> None:
    reply = answered(_FAIR, "How much gold did Kazmet Gold produce in the fourth quarter?")
    expect(reply, "145,300")
    assert reply.text.startswith("Kazmet Gold, Kazakhstan's third-largest gold producer, said"), reply.text
