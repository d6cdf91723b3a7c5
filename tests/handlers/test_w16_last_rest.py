"""The sixteenth session's last rules on abstentions still answered: a kind of thing asked by
name that the sentence never states, and a total counted since a time."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_LINE = """| 3 March 2025, Monday |

Laos and Thailand agree rail link

Lao and Thai state companies signed an agreement in Bangkok on Wednesday to build a railway, covering track laying, signalling and freight stations.

The new line would connect at Vientiane with the 420-km Northern Railway, which opened in 2019 and carried 2.1 million tonnes of cross-border freight last year, allowing goods from Udon Thani to reach the sea at Laem Chabang.

At Laem Chabang, trains will join Thailand's existing eastern line.
"""


def test_a_kind_asked_by_name_must_be_stated() -> None:
    # "what top speed": where the trains reach and what the line joins is no speed
    expect(answered(_LINE, "What top speed will trains reach on the new line?"), None)


def test_a_plural_kind_is_answered_by_a_list_without_it() -> None:
    expect(answered(_LINE, "What areas does the agreement cover?"), "signalling")


_HUB = """| 3 June 2025, Tuesday |

New freight hub opens in Harbin

In March, a new cargo hub for freight trains was put into operation in Harbin, with a train carrying 40 containers departing for Russia to mark the opening.

Trains from the Dalian hub have carried 12,000 containers since January, the operator said.
"""


def test_a_total_since_a_time_is_no_single_load() -> None:
    # one train's 40 containers on the opening day are no total since then
    expect(answered(_HUB, "total containers handled by the harbin hub since march"), None)


def test_a_total_since_a_time_is_the_count_since_then() -> None:
    expect(answered(_HUB, "total containers carried by trains from the dalian hub since january"), "12,000")


_FORUM = """| 3 June 2025, Tuesday |

Kazakh and Chinese firms sign deals at Urumqi forum

The forum in Urumqi, the capital of Xinjiang region, follows a visit by Kazakh President Kassym-Jomart Tokayev to Beijing in May.

The forum was attended by Kazakh officials and almost 500 Chinese companies.

Daily truck crossings at Khorgos rose 12% in May, Khorgos customs official Li Wei said.
"""


def test_who_did_it_needs_the_deed() -> None:
    # where the forum was and who attended it is not who organised it
    expect(answered(_FORUM, "who organised the urumqi forum"), None)


def test_who_provided_figures_is_their_source() -> None:
    expect(answered(_FORUM, "Who provided the daily truck figures for Khorgos?"), "Li Wei")
