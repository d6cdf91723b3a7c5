"""Questions met on this session's sets (wave c6sd), each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FAIR = """| 3 March 2025, Monday |

Ugandan and Kenyan firms sign coffee deals at Kampala fair

The fair in Kampala follows a meeting between Kenyan President William Ruto and Ugandan President Yoweri Museveni last month in Nairobi. The fair was attended by Kenyan county officials, business leaders, and about 300 Ugandan companies hoping to sell in Kenya.

Uganda's coffee exports to Kenya rose 12% to 40,000 tonnes last year, the trade ministry said.
"""


def test_coming_for_a_gathering_from_a_country_is_attending_it() -> None:
    expect(answered(_FAIR, "aside from the ugandan cos, who came from kenya for the fair"), "county officials")


def test_coming_along_from_a_side_is_attending() -> None:
    expect(answered(_FAIR, "apart from the ugandan companies, who came along from the kenyan side"), "county officials")


def test_a_person_seen_by_a_person_was_met() -> None:
    expect(answered(_FAIR, "which kenyan leader did museveni see in nairobi"), "Ruto")


def test_ones_counterpart_is_whom_one_met() -> None:
    expect(answered(_FAIR, "who was museveni's counterpart at the nairobi meeting"), "Ruto")


_ZONE = """| 3 March 2025, Monday |

Western Kenya courts tea buyers

Growers in northwest Kenya – comprising the counties of Kericho, Bomet and Nandi – shipped 12,000 tonnes of tea last year, the tea board said.

Exports to Pakistan rose 8% to 5,000 tonnes, it said.

  • Reuters
"""


def test_counted_as_part_of_a_whole_is_part_of_it() -> None:
    reply = answered(_ZONE, "is bomet counted as part of northwest kenya")
    assert reply.text.startswith("Yes"), reply.text


def test_a_countrys_compass_part_is_the_region_named_by_direction() -> None:
    reply = answered(_ZONE, "is bomet part of kenya's northwest")
    assert reply.text.startswith("Yes"), reply.text


def test_the_storys_own_source_named_at_the_end_is_no_word_to_find() -> None:
    expect(answered(_ZONE, "how many counties are in northwest kenya acc to reuters"), "Three")


def test_biz_is_business() -> None:
    reply = answered(_FAIR, "did biz leaders attend the fair")
    assert reply.text.startswith("Yes"), reply.text


_LINK = """| 3 March 2025, Monday |

Landlocked Nandi gets a port

In April, a new dry port opened in Eldoret, with a train carrying 40 wagons departing for Mombasa to mark its opening.

In May, Kenya's ports authority said the landlocked county of Nandi would be able to use Mombasa, the biggest port in East Africa, to ship tea to Dubai from July.
"""


def test_a_topic_before_a_dash_is_what_the_pronoun_after_it_stands_for() -> None:
    expect(answered(_LINK, "the train that left for mombasa when the dry port opened - how many wagons was it pulling"), "40")


def test_allowed_to_do_is_can_do() -> None:
    expect(answered(_LINK, "when will nandi be allowed to use mombasa"), "July")


def test_they_after_a_dash_is_no_topic_put_back() -> None:
    expect(answered(_FAIR, "i read ruto and museveni met in nairobi - what did they agree on"), None)
