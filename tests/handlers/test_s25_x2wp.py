"""Where- and who-questions met on this session's sets, each a general rule over a small made-up
story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TOLLS = """| 3 March 2025, Monday |

Truck traffic on Laos's new expressway doubles

Toll revenue on the Vientiane-Vang Vieng Expressway rose 22% in the first half, its operator said on Monday.

"Traffic has grown faster than we planned. Trucks now carry about 2 million tonnes of cargo on the road each year," Somsak Vongsa, general manager of the operator, told Reuters.
"""


def test_who_holds_an_asked_post_is_its_holder_not_a_body_the_sentence_names() -> None:
    expect(answered(_TOLLS, "Who is the general manager of the expressway operator?"), "Somsak Vongsa")
