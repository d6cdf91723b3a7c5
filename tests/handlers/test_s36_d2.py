"""Rules met on the 36th session's unseen articles (wave d2), each over a small made-up story."""

from __future__ import annotations

from handlers.query import parse_query
from knowledge.extract import extract
from knowledge.article import parse_article
from tests.handlers.stories import answered, expect, stored

_GAS = """| 11 June 2024, Tuesday |

Ruritania signs 10-year LNG deal with OmanGas to ease power cuts

SALTPORT, June 11 (Reuters) - Ruritania signed a 10-year deal with OmanGas on Monday to buy an additional 2 million tonnes per annum of liquefied natural gas, state-run Rurigas said.

The agreement was signed in the presence of Ruritania's state minister for power, energy and mineral resources Karel Hossain Vondra, the company said.

The cargoes will be unloaded at a floating terminal off Kelp island in the Marsh district.

"This agreement gives us certainty of supply for a decade," Vondra told reporters after the signing.

It resumed spot buying in March, when Rurigas bought a cargo from Geneva-based Tradex at $9.85 per mmBtu.
"""


def test_a_dateline_day_dates_the_filing_not_the_deed() -> None:
    reply = answered(_GAS, "when was the lng deal signed")
    expect(reply, "Monday")


def test_a_country_opening_a_bodys_one_word_name_is_no_unknown_name() -> None:
    query = parse_query("how much extra lng is ruritania buying from oman", stored(_GAS))
    assert "oman" not in [w.lower() for w in query.unknown_names]
    expect(answered(_GAS, "how much extra lng is ruritania buying from oman"), "2 million tonnes")


def test_offloaded_is_unloaded() -> None:
    expect(answered(_GAS, "where will the cargoes be offloaded"), "Kelp")


def test_a_post_with_a_listed_portfolio_before_a_full_name_is_its_holders() -> None:
    reply = answered(_GAS, "who is ruritania's state minister for power and energy")
    expect(reply, "Karel Hossain Vondra")


def test_what_the_minister_says_is_his_own_words_holding_all_asked() -> None:
    reply = answered(_GAS, "what does the minister say the deal gives ruritania")
    expect(reply, "certainty of supply")


def test_a_price_per_mmbtu_is_a_price() -> None:
    expect(answered(_GAS, "what price did the tradex cargo go for"), "$9.85 per mmBtu")


_REFINERY = """| 15 October 2025, Wednesday |

Zemlan refinery ramps up fuel exports to Europe

The 600,000 barrel-per-day (bpd) refinery ran at an average of 550,000 bpd in the third quarter. A year earlier throughput averaged only 470,000 bpd because one of its units was shut for repairs after a fire.

Most of its tankers sailed around the Cape of Good Hope because of attacks on shipping in the Red Sea, the company said.

Fuel sales rose 11% to $7.5 billion in the first nine months, the company said.
"""


def test_runs_are_a_refinerys_throughput() -> None:
    expect(answered(_REFINERY, "why were runs so much lower a year ago"), "fire")


def test_a_continent_asked_is_told_by_its_one_sea_mark() -> None:
    expect(answered(_REFINERY, "why are the tankers going round africa"), "Red Sea")


def test_a_fronted_object_joins_its_verb() -> None:
    query = parse_query("how much crude per day did it process in q3", stored(_REFINERY))
    process = next(t for t in query.terms if t.lemma == "process")
    assert "refinerythroughput" in process.keys


def test_a_sentence_opening_a_year_earlier_is_of_the_period_before_a_year_back() -> None:
    parsed = parse_article(_REFINERY)
    facts = extract(parsed)
    level = next(f for s in facts.sentences for f, period in s.figures if f.raw.startswith("470,000"))
    period = next(p for s in facts.sentences for f, p in s.figures if f is level)
    assert period is not None and period.label == "July – September 2024"


_PLEDGES = """| 14 October 2025, Tuesday |

Port zone draws record pledges

The zone attracted 412 billion rupees in foreign investment commitments in the first nine months of the year, its regulator said on Monday.

"The numbers are improving, but most of these are pledges, not money on the ground," said analyst Ann Perera, noting that only 96 billion rupees of this year's commitments had actually been disbursed.
"""


def test_a_share_of_a_whole_asked_with_has() -> None:
    expect(answered(_PLEDGES, "what % of this year's pledges has been paid out"), "23.3")


def test_most_of_a_whole_done_is_the_parts_amount_over_the_wholes() -> None:
    reply = answered(_PLEDGES, "has most of the pledged money actually been disbursed")
    expect(reply, "96 billion rupees")
    assert reply.text.startswith("No")


_POWER = """| 21 August 2024, Wednesday |

Nepal power exports hit record

KATHMANDU, Aug 21 (Reuters) - Nepal exported a record 1180 megawatts (MW) of electricity to India and Bangladesh on Tuesday, the state-run power authority said.

Of that total, 1060 MW went to India and 120 MW to Bangladesh, its spokesman said, adding that exports had averaged 940 MW a day so far in August.

BPDB chairman Mohammad Karim said Dhaka wanted more Nepali power. The Bangladesh Power Development Board (BPDB) agreed in June to triple purchases.
"""


def test_tues_and_dev_are_spelt_out() -> None:
    query = parse_query("who heads the power dev board on tues", stored(_POWER))
    assert {"development", "tuesday"} <= {t.word for t in query.terms}


def test_of_that_total_carries_the_sentence_before() -> None:
    from handlers.evidence import carried_terms
    store = stored(_POWER)
    sentence = next(s for s in store.paragraph_sentences(store.articles()[0].id, 2) if s.text.startswith("Of that total"))
    assert "electricity" in carried_terms(store, sentence)


def test_a_thing_asked_told_only_of_another_is_not_said() -> None:
    story = """| 11 June 2024, Tuesday |

Ruritania signs LNG deal

The LNG will be priced at 12.65% of the Brent crude price. That compares with a slope of 13.5% under the 2017 contract.

Gasco signed a 20-year deal with Freedonia's Petrofree in February for 7.5 mtpa.
"""
    expect(answered(story, "whats the slope in freedonia's petrofree deal"), None)


def test_a_tariff_per_kwh_is_no_cost_of_building() -> None:
    story = """| 3 March 2025, Monday |

Wind farm opens second phase

The first phase, commissioned in 2021, sells power at 22.68 tenge per kWh, a tariff set at an auction in 2018.
"""
    expect(answered(story, "how much did the first phase cost to build"), None)


_CHERRIES = """| 18 June 2024, Tuesday |

Uzbek cherries take to the air

Air freight costs about $2.90 per kg, compared with $1.15 per kg by road, but exporters say the premium pays off because cherries lose firmness quickly.

The Uzbek Fruit and Vegetable Association said losses on truck shipments ran high.

Uzbekistan's fruit and vegetable exports to China rose 18.4% to $212 million in the first five months of the year.
"""


def test_paying_extra_is_a_premium_and_air_freight_is_flying() -> None:
    expect(answered(_CHERRIES, "why do exporters pay extra to fly the cherries"), "firmness")


def test_plain_words_stopping_short_of_a_bodys_name_are_its_goods() -> None:
    query = parse_query("how much did uzbek fruit and veg sales to china grow", stored(_CHERRIES))
    assert not any("association" in k for k in query.entity_keys)
    expect(answered(_CHERRIES, "how much did uzbek fruit and veg sales to china grow"), "18.4%")


def test_gas_piped_ashore_is_brought_onshore() -> None:
    story = """| 9 October 2025, Thursday |

Senegal ships first LNG cargo

The project employed more than 3,200 people at the peak of construction, according to the state oil company.

About 35 million cubic feet per day of gas will also be piped ashore from next year to feed a new power plant at Mboro.
"""
    expect(answered(story, "what's the gas brought onshore going to be used for"), "power plant")


def test_getting_back_into_a_market_is_resuming() -> None:
    story = """| 11 June 2024, Tuesday |

Ruritania signs LNG deal

The deal was signed in Saltport by Rurigas chairman Anton Hase.

Ruritania suspended spot purchases in July 2022. It resumed buying in March, when Rurigas bought a cargo from Tradex.
"""
    expect(answered(story, "when did rurigas get back into the spot market"), "March")
