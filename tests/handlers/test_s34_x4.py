"""Rules of wave x4 (34th session), each a general rule over a small made-up story."""

from __future__ import annotations

from handlers.evidence import carried_terms
from tests.handlers.stories import answered, expect, stored

_HAUL = """| 3 March 2025, Monday |

Zambia opens new rail link to Lobito port

LUSAKA, Mar 3 (Reuters) - Zambia on Monday opened a 540-km rail link to the Angolan border, with a first train of 40 wagons leaving Chingola.

Zambia Railways will charge $900 to haul a 20-foot container from Chingola to Lobito, against about $1600 charged by hauliers on the same road, under a tariff that takes effect on April 1.
"""


def test_a_carriers_name_and_trade_name_the_way_set_against_another() -> None:
    reply = answered(_HAUL, "is rail cheaper than trucking for a 20ft container to lobito")
    expect(reply, "$900")
    assert reply.text.startswith("Yes"), reply.text


def test_the_gap_between_two_ways_priced_in_one_sentence() -> None:
    reply = answered(_HAUL, "how much cheaper per container is rail vs trucks")
    expect(reply, "700")


_LESS = """| 3 March 2025, Monday |

Laos and Thailand start daily freight trains

VIENTIANE, Mar 3 (Reuters) - Laos and Thailand on Monday launched a daily freight train between Vientiane and Bangkok, as the neighbours try to ease truck queues at the Friendship Bridge.

The first train carried 30 wagons of rubber and cassava, the Lao railway operator LCR said.

LCR will charge 21,000 baht per container for the full run, about 30% less than the average road haulage rate, its director said.

About 1,200 trucks cross the bridge on a typical day, customs data show.
"""


def test_a_way_set_below_the_other_after_than_answers_which_is_cheaper() -> None:
    reply = answered(_LESS, "is rail cheaper than sending by truck")
    expect(reply, "30%")
    assert reply.text.startswith("Yes"), reply.text


_LENGTHS = """| 3 March 2025, Monday |

Port of Walvis Bay adds rail siding

WINDHOEK, Mar 3 (Reuters) - Namibia opened a 120-km rail spur to Walvis Bay on Monday.

The spur can take 40-foot containers and double-stack wagons, the ports authority said.
"""


def test_a_length_is_never_set_against_a_box_size() -> None:
    reply = answered(_LENGTHS, "how much longer is the spur than the containers")
    assert "80" not in reply.text, reply.text


_COCOA = """| 12 September 2024, Thursday |

Ghana's Cocobod signs $1.5 billion loan to buy beans, lifts farmgate price

ACCRA, Sep 12 (Reuters) - Ghana's cocoa regulator Cocobod has signed a $1.5 billion syndicated loan with 12 banks to buy beans from farmers in the 2024/25 season, the board said on Thursday.

Local lenders, led by GCB Bank, contributed $300 million of the $1.5 billion total, the board said. The loan will be repaid from export proceeds by July next year.

Cocobod also raised the price it pays farmers to 48000 cedis per tonne from 33000 cedis per tonne, effective from Oct 4.

Ghana's output fell to about 520000 tonnes in the 2023/24 season from 680000 tonnes a year earlier, according to Cocobod data. For 2024/25, the board forecasts a recovery to 640000 tonnes, helped by better rains.
"""


def test_a_verb_and_its_particle_apart_are_the_phrase() -> None:
    reply = answered(_COCOA, "by when must cocobod pay the loan back")
    expect(reply, "July")


def test_the_price_paid_farmers_is_the_farmgate_price() -> None:
    reply = answered(_COCOA, "how many cedis per tonne did the farmgate price go up by")
    expect(reply, "15,000")


def test_the_home_nations_banks_are_its_local_lenders() -> None:
    reply = answered(_COCOA, "what share of the loan did ghanaian banks provide")
    expect(reply, "20%")


def test_a_recovery_to_an_amount_is_of_the_measure_just_told() -> None:
    reply = answered(_COCOA, "what's cocobod's crop forecast for 2024/25")
    expect(reply, "640000")


_NUTS = """| 16 October 2024, Wednesday |

Bolivia's Brazil-nut exports slump after drought

RIBERALTA, Bolivia, Oct 16 (Reuters) - Bolivia's Brazil-nut exports fell 31% in the first nine months of 2024 from a year earlier to 14800 tonnes, the statistics institute said on Tuesday.

The value of the shipments fell less sharply, down 12% to $142 million, as prices climbed, the agency said.

The price of shelled nuts in Rotterdam rose to $9.40 per pound last week from $5.10 a year ago, traders said.

Europe, which takes around 60% of Bolivia's Brazil-nut shipments, has been hit hardest.

Last month the government also banned exports of unshelled nuts until March 2025 to keep raw material for local plants, and the ministry said it would hand out 150000 seedlings next year.
"""


def test_the_value_of_the_bare_measure_opening_a_paragraph_is_of_the_one_told_before() -> None:
    reply = answered(_NUTS, "whats the value of the nut shipments")
    expect(reply, "$142 million")


def test_a_price_per_pound_is_per_pound_of_weight() -> None:
    reply = answered(_NUTS, "by how much has the rotterdam price risen per pound in dollars")
    expect(reply, "4.30")


def test_what_goods_a_rule_bans_is_a_kind_of_goods_not_an_amount() -> None:
    reply = answered(_NUTS, "what exports did the government ban")
    expect(reply, "unshelled")


_BORDER = """| 17 September 2024, Tuesday |

China, Vietnam launch daily rail freight service via Dong Dang

HANOI, Sept 17 (Reuters) - Vietnam and China on Tuesday launched a daily rail freight service through the Dong Dang border station.

VNR will charge 9800 yuan ($1380) per 40-foot container for the full run, the company said.

The launch follows the completion last month of a $85.4 million upgrade of Dong Dang station, funded entirely from the state budget.

Vietnam exported $39.8 billion worth of goods to China in the first eight months and imported $78.8 billion, customs data show.

The province expects trade through its border gates to reach $6.5 billion this year, up from $5.2 billion in 2023, an official said.
"""


def test_a_trade_gap_by_the_verbs_exported_and_imported() -> None:
    reply = answered(_BORDER, "what was vietnam's trade deficit with china over the 8 months")
    expect(reply, "39 billion")


def test_a_size_in_feet_written_short_is_set_against_the_one_stated() -> None:
    expect(answered(_BORDER, "how much does vnr charge for a 20ft container"), None)


def test_a_source_of_money_asked_is_set_against_the_one_stated() -> None:
    reply = answered(_BORDER, "was the station upgrade paid for with a foreign loan")
    expect(reply, "state budget")
    assert reply.text.startswith("No"), reply.text


_RAIL = """| 12 June 2025, Thursday |

Kenya opens SGR extension to Malaba

NAIROBI, Jun 12 (Reuters) - Kenya on Wednesday opened a 412-km extension of its standard-gauge railway to the Ugandan border town of Malaba, with a first train of 96 containers.

The Kenya Transporters Association, which represents about 1400 trucking firms, said on Tuesday the new rail tariff would push many members out of business. "We cannot compete with a state-subsidised rate," said association chairman Samuel Langat.

Cocoa farmers rehabilitated 48000 hectares of diseased farms last year, the board said.
"""


def test_a_post_of_a_body_named_by_its_kind_is_a_post_of_the_body_just_named() -> None:
    expect(answered(_RAIL, "who chairs the transporters' association"), "Langat")


def test_a_length_asked_in_its_unit_is_the_lines_whatever_place_owns_the_sentence() -> None:
    expect(answered(_RAIL, "how long is the new malaba extension in km"), "412")


def test_sick_farms_are_diseased_ones() -> None:
    expect(answered(_RAIL, "how many hectares of sick farms have been rehabilitated"), "48000")


_SHARE = """| 3 March 2025, Monday |

Congo's mining exports to China climb

KINSHASA, Mar 3 (Reuters) - Congo's exports of copper and cobalt to China rose in 2024, the mines ministry said.

China's share of the country's mining export earnings reached 71% in 2024, the ministry said. A year earlier, the share was 64%.
"""


def test_a_level_set_against_the_next_sentences_year_before_tells_the_move() -> None:
    reply = answered(_SHARE, "has china's share of congo's mining export earnings gone up from a yr earlier")
    expect(reply, "64%")
    assert reply.text.startswith("Yes"), reply.text


_UNTIL = """| 12 June 2025, Thursday |

Kenya opens SGR extension to Malaba

NAIROBI, Jun 12 (Reuters) - Kenya on Wednesday opened a 412-km extension of its Chinese-built standard-gauge railway to the Ugandan border town of Malaba, with a first freight train leaving Naivasha for the border as the government seeks to win back transit cargo lost to trucks.

Uganda expects to start building its 273-km Malaba-Kampala section next year. Until then, cargo bound for Uganda will be switched to trucks at a new depot in Malaba.
"""


def test_until_then_is_until_what_the_sentence_before_told_is_done() -> None:
    store = stored(_UNTIL)
    until = next(s for s in store.paragraph_sentences(store.latest_article().id, 2) if s.text.startswith("Until then"))
    assert "build" in carried_terms(store, until)
    expect(answered(_UNTIL, "what happens to cargo bound for uganda until their line is built"), "trucks")


_LOAN = """| 12 June 2025, Thursday |

Kenya opens SGR extension to Malaba

NAIROBI, Jun 12 (Reuters) - Kenya on Wednesday opened a 412-km extension of its standard-gauge railway to Malaba.

The extension cost $3.8 billion and was financed largely through a $3.2 billion loan from the Export-Import Bank of China, the Treasury said.
"""


def test_the_verb_closing_a_part_asked_is_no_word_of_the_part() -> None:
    expect(answered(_LOAN, "what percentage of the project cost did the exim loan cover"), "84")
