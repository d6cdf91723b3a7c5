"""Yes-no questions met on this session's sets (wave b5yn), each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PEPPER = """| 3 March 2025, Monday |

Cambodian pepper exports climb as new buyers emerge

PHNOM PENH, March 3 - Cambodia's pepper exports rose 12% last year to 31,000 tonnes, the agriculture ministry said on Monday.

Farmers in Kampot province planted 400 more hectares, the ministry said.

Vietnam remained by far the largest buyer, taking 18,000 tonnes.

Growers said prices rose 9% as demand from Europe picked up.

A new packing plant opened in Kep in January.

Traders expect the pepper harvest to start in April.
"""


def test_a_story_subject_named_only_to_qualify_the_asked_need_not_be_repeated() -> None:
    reply = answered(_PEPPER, "Is Vietnam still the largest buyer of Cambodian pepper?")
    expect(reply, "18,000")
    assert reply.text.startswith("Yes")


_SHARES = """| 3 March 2025, Monday |

Shrimp exporters hit by port delays

HANOI, March 3 - Vietnamese shrimp exporters said on Monday that 300 containers were stuck at Chinese ports.

Can Tho-based Lotus Harbour Foods Corp has diverted 20 containers to Japan, its chief executive said. The company's shares fell 4.5% on Wednesday.

Exports of shrimp rose 7% last year.
"""


def test_the_first_words_of_a_name_written_longer_and_shorter_name_the_one_body() -> None:
    reply = answered(_SHARES, "Did Lotus Harbour's stock drop on Wednesday?")
    expect(reply, "4.5%")
    assert reply.text.startswith("Yes")



_REVENUE = """| 3 March 2025, Monday |

Shrimp processors ride Chinese demand

HANOI, March 3 - Vietnamese shrimp exports rose 9% last year, the fisheries association said on Monday.

Lotus Harbour Foods Corp, a processor based in Can Tho, shipped 900 containers to China last year, its chief executive said.

The company posted annual revenue of 4.1 trillion dong, with China accounting for 38% of sales.

Exports of crab rose 5%.
"""


def test_a_name_closing_in_a_legal_form_goes_on_as_the_company() -> None:
    reply = answered(_REVENUE, "How much revenue did Lotus Harbour make last year?")
    expect(reply, "4.1 trillion dong")


_QUEUE = """| 3 March 2025, Monday |

Grain port clears backlog

ODESA, March 3 - Grain exports through the port rose 12% last year, the port authority said on Monday.

Ships waited an average of four days at the anchorage in February, down from seven days a year earlier, as new berths opened.

Wheat made up most of the cargo.
"""


def test_longer_than_a_year_ago_sets_a_length_of_time_against_the_earlier_one() -> None:
    reply = answered(_QUEUE, "Are ships waiting longer at the port than a year ago?")
    expect(reply, "seven days")
    assert reply.text.startswith("No")
