"""Rules met on wave m1's failures over the bundled article, each over a small made-up story."""

from __future__ import annotations

from handlers.query import parse_query
from tests.handlers.stories import answered, expect, stored

_FAIR = """| 3 March 2025, Monday |

Kenyan and Indian firms sign deals at trade fair

Kenyan and Indian companies attending a regional fair in western Kenya signed supply agreements covering tea, flowers and avocados, state media said.

The fair in Kisumu, the capital of Kisumu county, follows a meeting between the two trade ministers last week in Nairobi. It drew 300 Indian exporters.

Tea exports to India rose 8% to 5,000 tonnes, the tea board said.
"""


def test_a_gathering_the_next_paragraph_places_by_its_definite_name_is_held_there() -> None:
    # "The fair in Kisumu" refers back to "a regional fair in western Kenya": deals signed there
    # are the Kisumu deals, though their sentence leads with Kenya.
    expect(answered(_FAIR, "what did the firms sign at the kisumu fair?"), "avocados")


def test_a_gathering_only_followed_by_an_indefinite_one_elsewhere_is_not_there() -> None:
    # "a meeting ... in Nairobi" is another gathering: the deals were not signed at it.
    reply = answered(_FAIR, "what agreements were signed at the nairobi meeting?")
    assert "avocados" not in reply.text, reply.text


_FIRMS = """| 3 March 2025, Monday |

Russian firms flock to Kazakh border region

In January to June, 25 Russian firms set up businesses in Kostanay, state television reported.

Kazakh exports to China rose 12% to $4.1 billion in the first half, customs data showed.
"""


def test_rus_is_russia_as_its_code_is_typed() -> None:
    expect(answered(_FIRMS, "how many rus firms set up in kostanay jan to june"), "25")


def test_list_opening_a_question_is_the_asking_no_word_to_find() -> None:
    # "list all the X": the sentence that lists them need not say "list"
    expect(answered(_FAIR, "list all the goods the kisumu agreements covered"), "avocados")


_TIES = """| 3 March 2025, Monday |

Kazakhstan courts Chinese investors

Kazakhstan has urged deeper economic cooperation with China despite objections from Moscow, with its border regions gaining new significance as a zone of trade.

Leaders met in Astana last week to sign a transport pact. Astana hosted 200 Chinese firms at the fair.
"""


def test_a_capital_drawn_up_to_with_an_adverb_between_is_the_government() -> None:
    query = parse_query("is moscow ok with astana cozying up economically to beijing", stored(_TIES))
    assert "kazakhstan" in query.entity_keys, query.entity_keys


def test_a_capital_opening_the_question_as_the_one_who_wants_is_the_government() -> None:
    query = parse_query("astana wants what with china despite moscow grumbling", stored(_TIES))
    assert "kazakhstan" in query.entity_keys, query.entity_keys


_EXPORTS = """| 3 March 2025, Monday |

Kostanay exports to China soar

Kostanay's outbound shipments to China soared 64.5% in the first nine months from a year earlier to 12.4 billion tenge.

Wheat prices held steady, traders said.
"""


def test_by_how_much_on_the_same_stretch_last_year_is_the_stated_rate() -> None:
    # the rise on a year earlier, stated as a rate: no level to work back
    expect(answered(_EXPORTS, "by how much did kostanay's china-bound shipments jump vs the same stretch last yr"), "64.5%")
    expect(answered(_EXPORTS, "by how much did kostanay's shipments to china jump vs the same period last year"), "64.5%")
