"""Questions met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FERRIES = """| 3 March 2025, Monday |

Danish operator orders electric ferries from China

Danish ferry operator Kattegat Linjer has ordered four battery-electric ferries from Donghai Haixing Shipbuilding in a contract worth 2.3 billion Danish crowns, the company said on Tuesday.

The contract covers hull construction and crew training, with the battery systems supplied by Danish firm Voltkraft from its plant in Aarhus.
"""


def test_a_shipbuilding_name_is_a_company_not_where_something_is_made() -> None:
    # "Donghai Haixing Shipbuilding" is a company, as "... Industries" is: not a place to answer
    # a where-question with.
    expect(answered(_FERRIES, "Where will the batteries be made?"), "Aarhus")
