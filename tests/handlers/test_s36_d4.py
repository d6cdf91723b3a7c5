"""Rules met on the bundled article's held-out questions (wave d4), each over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, dialog, expect

_FORUM = """| 6 May 2025, Tuesday |

In western Kenya, Kenyan and Ugandan firms sign deals from farming to transport

Kenyan and Ugandan companies attending a regional forum in western Kenya signed a slew of supply agreements spanning from farming to transport, according to state media.

The summit in Eldoret, the capital of Uasin Gishu county, follows a meeting between Ugandan President Yoweri Museveni and Kenyan President William Ruto last week in Nairobi. The forum was attended by Ugandan traders, bankers, and about 500 Kenyan enterprises hoping to enter the Ugandan market.

Kenya has urged closer trade ties with Uganda despite criticism from the West after the floods last year, with western Kenya – comprising the counties of Kisumu, Busia and Kakamega – gaining new strategic significance as a hub of regional commerce.

In January to March, 30 Ugandan firms set up businesses in Busia, the national broadcaster reported on Friday.

Kisumu's outbound shipments to Uganda jumped 41.5% in the first quarter from a year earlier to 12.4 billion shillings ($96 million).

In April, officials said the landlocked county of Kakamega would be able to use Mbita, the biggest port on Lake Victoria, to ship goods to Jinja from June, cutting costs and transit time for Kakamega cargo bound for Uganda.

Busia should also become a key gateway for the region, Ruto declared in March, saying the county ought to play a role in safeguarding food and water security.

In March, bilateral trade between Kenya and Uganda rose to $310 million, the highest since March 2020 when the pandemic began, according to customs data.
"""


def test_goods_named_bare_are_the_flow_a_growth_rate_is_of() -> None:
    expect(answered(_FORUM, "yoy growth rate for kisumu goods headed to uganda"), "41.5%")


def test_a_sale_reaches_its_buyer_past_the_words_sizing_it() -> None:
    expect(answered(_FORUM, "kisumu sold how many bn shillings worth of goods to uganda"), "12.4 billion shillings")


def test_exact_before_a_figure_noun_is_no_word_to_find() -> None:
    expect(answered(_FORUM, "exact growth rate yoy for kisumu outbound to uganda?"), "41.5%")


def test_exact_before_a_date_still_asks_it() -> None:
    expect(answered(_FORUM, "give me the exact date the eldoret summit took place"), None)


def test_a_stat_is_the_figure_told() -> None:
    reply = answered(_PORT, "when did cctv put out the stat on ugandan firms in busia")
    expect(reply, "Friday")
    assert reply.text.startswith("On Friday")  # the telling's day, not the period the stat covers


def test_when_they_met_before_a_gathering_is_the_meeting_s_time() -> None:
    expect(answered(_FORUM, "when did museveni n ruto last meet before this eldoret event"), "Last week")


def test_the_upside_of_a_route_is_how_it_helps() -> None:
    expect(answered(_FORUM, "whats the upside of the mbita route for kakamega shippers"), "cutting costs")
    expect(answered(_FORUM, "whats in it for kakamega using the mbita route"), "cutting costs")
    expect(answered(_FORUM, "what does the mbita route save kakamega shippers"), "cutting costs")


def test_cutting_costs_makes_it_cheaper() -> None:
    reply = answered(_FORUM, "will going via mbita make kakamega shipping cheaper")
    expect(reply, "cutting costs")
    assert reply.text.startswith("Yes")


def test_going_to_a_gatherings_place_is_attending_it() -> None:
    expect(answered(_FORUM, "why did all those kenyan companies go to eldoret"), "Ugandan market")


def test_a_part_asked_of_a_whole_is_named_by_it() -> None:
    expect(answered(_FORUM, "which part of kenya is becoming a big deal strategically"), "Western Kenya")


def test_a_post_event_record_is_the_highest_since_it() -> None:
    reply = answered(_FORUM, "was march's kenya-uganda trade a post-pandemic record")
    expect(reply, "highest since March 2020")
    assert reply.text.startswith("Yes")


def test_trade_bound_for_a_place_is_exports_to_it() -> None:
    reply = answered(_FORUM, "is kisumu's uganda-bound trade growing this yr")
    expect(reply, "41.5%")
    assert reply.text.startswith("Yes")


def test_which_of_the_places_of_a_kind_is_which_one() -> None:
    reply = answered(_ZONE, "which of the ne provinces has no access to the sea")
    expect(reply, "Muchinga")
    assert reply.text.startswith("Muchinga")


def test_putting_pen_to_paper_is_signing() -> None:
    expect(answered(_FORUM, "what were the kenyan and ugandan companies putting pen to paper on"), "agreements")


def test_keeping_a_thing_safe_is_safeguarding_it() -> None:
    expect(answered(_FORUM, "ruto wants busia to help keep which 2 kinds of security safe"), "food and water security")


def test_thats_without_its_apostrophe_is_that_is() -> None:
    reply = dialog(_ZONE, "where did the firms meet", "thats in which province?")
    expect(reply, "Northern province")
    assert "Luapula" not in reply.text  # not the provinces of the zone, read "thans the capital"


_ZONE = """| 6 May 2025, Tuesday |

Zambian and Tanzanian firms sign deals in the north

The summit in Kasama, the capital of Northern province, drew 300 Zambian and Tanzanian firms, state media said.

Northeast Zambia – comprising the provinces of Luapula, Muchinga and Northern – is gaining new significance as a zone of cross-border trade.

In May, officials said the landlocked province of Muchinga would be able to use Mpulungu, the biggest port on Lake Tanganyika, to ship goods to Kigoma.
"""


_PORT = """| 6 May 2025, Tuesday |

Landlocked Kakamega to ship goods through a Tanzanian port

In April, officials said the landlocked county of Kakamega would be able to use Mwanza, the biggest port in northern Tanzania, to ship goods to Jinja from June.

In January to March, 30 Ugandan firms set up businesses in Busia, the national broadcaster reported on Friday.

A trade fair opened in Malaba, the capital of Busia, on Monday.
"""


def test_that_one_is_the_place_just_answered() -> None:
    expect(dialog(_PORT, "which county got 30 ugandan companies setting up this yr", "whats the capital of that one"), "Malaba")


def test_a_pronoun_is_the_part_of_the_whole_asked() -> None:
    expect(dialog(_PORT, "which port can kakamega use now", "and what part of tanzania is it in?"), "northern Tanzania")


def test_that_guy_is_the_person_just_answered() -> None:
    expect(dialog(_FORUM, "who did museveni meet in nairobi", "what did that guy say busia should become"), "gateway")
