"""Dialog follow-ups met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_BARGES = """| 3 March 2025, Monday |

Dutch barge link opens to Duisburg

The first barge left Rotterdam on Monday with 90 containers, according to operator Rhine Link Shipping, a venture set up in Rotterdam last year.

Chief executive Pieter de Vries said the link would help exporters. He said 40 shippers had signed up to use the service, and the company planned to run three barges a week from April.
"""


def test_a_he_who_only_reports_is_not_who_did_the_act_asked() -> None:
    expect(answered(_BARGES, "who operates the new barge service"), "Rhine Link Shipping")


_VENTURE = """| 3 March 2025, Monday |

Polish and Chinese firms launch rail venture

The first train left Lodz on Monday, according to operator Vistula Silk Rail, a joint venture in which Polish carrier Lodz Cargo holds 60% and China's Henan Rail Logistics holds 40%.

The venture plans to run four trains a week from June, carrying 200 containers a week.
"""


def test_what_a_nations_side_owns_is_what_its_partner_holds() -> None:
    expect(answered(_VENTURE, "how much of the venture does the chinese side own"), "40%")
