"""Questions met on the bundled article's sets this session, each a general rule over a small
made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_VISIT = """| 3 March 2025, Monday |

Kenya and Ethiopia sign power deal

The deal follows a meeting between Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed last week in Nairobi.

A trade fair in Mombasa was opened by Trade Minister Rebecca Miano on Friday.
"""


def test_which_leader_someone_hosted_is_whom_they_met() -> None:
    expect(answered(_VISIT, "which ethiopian leader did ruto host last week"), "Abiy Ahmed")


_FORUM = """| 3 March 2025, Monday |

Kenyan and Ethiopian firms sign supply deals

Kenyan and Ethiopian companies attending a business confab in Mombasa signed a dozen supply agreements.

In January, 12 Ethiopian firms set up businesses in Nairobi, the trade ministry said.
"""


def test_a_confab_is_a_gathering() -> None:
    expect(answered(_FORUM, "where was the conference held"), "Mombasa")


def test_when_two_were_together_is_when_they_met() -> None:
    expect(answered(_VISIT, "when were ruto and abiy together in nairobi"), "Last week")
