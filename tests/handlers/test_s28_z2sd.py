"""Place questions on the bundled article's question sets, each a general rule over a small
made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_CORRIDOR = """| 3 March 2025, Monday |

In east Uzbekistan, Kazakh and Uzbek traders sign grain deals

Kazakh and Uzbek firms attending a regional fair in Tashkent, the capital of Uzbekistan, signed a string of grain supply deals, state media said.

Tashkent has urged deeper trade ties, with east Uzbekistan – comprising the provinces of Varsan, Koltema and Mireshk – gaining new weight as a trade zone.

In April, customs officials said the landlocked province of Mireshk would be able to use Aktau, the biggest port on the Kazakh coast, to ship grain to Sumqa and Gorvan in the western Azerbaijani province of Kelbara from May.
"""


def test_which_nations_region_skips_a_place_another_sentence_puts_in_another_nation() -> None:
    expect(answered(_CORRIDOR, "which kazakh regions sent officials to tashkent"), None)


def test_a_nations_kind_of_place_asked_late_in_the_question_skips_another_nations_port() -> None:
    # "... ends up in which <nation> province": not the foreign port passed on the way
    expect(answered(_CORRIDOR, "mireshk grain shipped via the kazakh port ends up in which azerbaijani province"), "Kelbara")


def test_which_kind_of_place_skips_a_place_its_role_calls_another_kind() -> None:
    # "which province": not Aktau, "the biggest port on the Kazakh coast"
    reply = answered(_CORRIDOR, "which landlocked province got to use a kazakh port")
    assert reply.answered and reply.text.startswith("Mireshk"), reply.text
