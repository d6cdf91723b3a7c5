"""When, who and where: the rules of the 14th session's second-hour helper (wwd14b)."""

from __future__ import annotations

from tests.handlers.stories import answered, dialog, expect

_FORUM = """| 3 March 2025, Monday |

Textile makers sign deals at Lagos forum

Textile makers from 14 countries signed 12 supply deals at a trade forum in Lagos on Friday, covering cotton and yarn.

Buyers from 30 countries attended the three-day event, the organisers said.

The next edition of the forum will be held in Accra in the fourth quarter of next year, organisers said.
"""


def test_the_next_one_is_where_the_sentence_says_next() -> None:
    expect(answered(_FORUM, "which city gets the next forum"), "Accra")


_ZONE = """| 3 March 2025, Monday |

Chinese firms flock to Egypt's canal zone

The largest new project is a $300 million plant by Tianjin-based Huaxin Materials that will make 150,000 tonnes of glass fibre a year.

"The zone makes sense for energy-hungry industries like glass fibre," said Mona Farouk, senior analyst at Delta Capital Research.
"""


def test_the_maker_of_the_thing_asked_is_its_agent_after_by() -> None:
    expect(answered(_ZONE, "who's building the big glass fibre factory"), "Huaxin")


_FIRMS = """| 3 March 2025, Monday |

Turkish firms pour into Kazakhstan

In January to September, 65 Turkish firms set up businesses in Almaty, Kazakhstan's state news agency reported on Friday.

Trade between the two countries rose 12% to $4.1 billion in the period.

  • Reuters
"""


def test_who_reported_it_after_a_fact_is_the_fact_s_teller() -> None:
    reply = dialog(_FIRMS, "how many turkish firms set up businesses in almaty", "who reported it")
    expect(reply, "news agency")


def test_who_reported_it_with_nothing_before_is_the_article_s_source() -> None:
    expect(answered(_FIRMS, "who reported it"), "Reuters")


_GAS = """| 3 March 2025, Monday |

Qatari, Pakistani firms sign gas and fertiliser deals

Pakistani and Qatari companies signed 18 agreements worth $3.1 billion at a business forum in Doha on Friday.

In the largest deal, Qatari producer Gulfgas agreed to supply 2 million tonnes of LNG a year to Karachi-based importer Indus Energy for five years from July, in a contract worth about $1.4 billion, the companies said.

Trade between the two countries rose 8% last year.
"""


def test_deliveries_asked_are_what_the_text_says_is_supplied() -> None:
    expect(answered(_GAS, "when do the gulfgas lng deliveries begin"), "July")
