"""What/which questions met on the blind sets, each kept as a general rule over a small made-up story:
what is "in" a package, the list a holding word gives its own noun, a body of the kind asked leading
its sentence, and a product category asked as the story's segment."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_MILL = """| 5 June 2025, Thursday |

Tallow Steel warns of mill closure over power tariff

Tallow Steel said on Monday it could close its rolling mill in Varna after the power tariff doubled in April.

Industry Minister Petar Ivanov said on Friday the government would not cut the tariff, but offered the company a support package covering transmission fees, cheaper cargo rates on the state railway and a delay of 9 million lev in unpaid power bills.

The mill employs about 1,300 people.
"""


def test_what_is_in_a_package_is_its_whole_list() -> None:
    reply = answered(_MILL, "what's in the govt support package for the company")
    expect(reply, "transmission fees")
    assert "railway" in reply.text and "delay of 9 million lev" in reply.text, reply.text


_FERRY = """| 5 June 2025, Thursday |

Fjordline orders six electric ferries from Polish yard

Danish ferry operator Fjordline, part-owned by a state-backed pension fund, has ordered six electric ferries from Gdansk Yard in a shipbuilding contract worth 2.9 billion crowns, the company said on Tuesday.

Transport Minister Lars Holm said in May that all new ferry contracts must be zero-emission from 2027, and that the government had set aside 800 million crowns for chargers at nine ports, including Aarhus, Odense and Esbjerg.

The contract covers hull construction, battery installation, crew training and a 12-year service agreement.

Danfond, the state-backed fund that holds a 29% stake in the operator, approved the order at a board meeting last week, fund spokesperson Mette Berg said.
"""


def test_a_list_held_by_the_noun_asked_answers_what_it_includes() -> None:
    expect(answered(_FERRY, "what does the shipbuilding contract include"), "hull construction")


def test_a_body_of_the_kind_asked_leading_its_sentence_answers_which() -> None:
    expect(answered(_FERRY, "which state fund has a stake in fjordline"), "Danfond")


_SHOES = """| 5 June 2025, Thursday |

Laos garment exports rise 9% in first half

Laos's garment and footwear exports rose 9% in the first half to $610 million, the commerce ministry said.

Footwear was the fastest-growing segment, with exports jumping 21% to $140 million.

Travel goods exports slipped 3% to $45 million.
"""


def test_a_product_category_asked_is_the_segment_told() -> None:
    expect(answered(_SHOES, "which product category grew the fastest"), "Footwear")


_OLIVE = """| 5 June 2025, Thursday |

Morocco's argan oil exports hit record on European demand

Morocco shipped a record 1,900 tonnes of argan oil abroad in the season that ended last month, up 12% from a year earlier, the agriculture ministry said in Rabat.

France remained the largest buyer, taking 640 tonnes, while Germany was the second-largest market with 410 tonnes.

Morocco's General Directorate of Customs said most of the oil went by road through Tangier Med.
"""


def test_the_country_leading_a_story_home_trade_answers_which_country() -> None:
    expect(answered(_OLIVE, "which country bought the most moroccan argan oil"), "France")
