"""Rules of the 22nd session's x1fw helper, each over a small story written here."""

from __future__ import annotations

from handlers import answer
from tests.handlers.stories import stored

_PORT = """| 12 February 2025, Wednesday |

Kestrel Shipping's terminal volumes climb

Kestrel Shipping's Bay Container Terminal handled 2.4 million containers last year, up 6% from 2023.

Chief executive Marta Lindqvist told reporters in Oslo that growth came mainly from transshipment cargo at Kestrel Shipping.
"""

def test_a_post_of_a_body_is_no_description_of_its_holder() -> None:
    # "Who is the chairman of Kestrel Shipping?": "Shipping" is the body's name, not what the
    # chairman is doing; the story's one chief executive is no chairman.
    store = stored(_PORT)
    assert not answer("Who is the chairman of Kestrel Shipping?", store).answered
    reply = answer("who is the executive saying growth came from transshipment", store)
    assert reply.answered and "Lindqvist" in reply.text


_RAIL = """| 12 February 2025, Wednesday |

Rail freight climbs at Port Alder

The railway carried 5.1 million tonnes of freight out of Port Alder last year, port manager Joseph Okoth said.

The first container train, carrying 30 containers of tea and coffee, ran in March from Kisoro, the busiest inland depot in the west of the country, to the Harbour Road terminal in Port Alder, officials said.
"""


def test_a_flow_out_of_a_place_is_no_flow_into_it() -> None:
    store = stored(_RAIL)
    assert not answer("how much freight did the railway bring into port alder", store).answered
    reply = answer("how much freight did the railway carry out of port alder", store)
    assert reply.answered and "5.1" in reply.text


def test_a_train_leaving_from_the_end_asked_runs_the_other_way() -> None:
    store = stored(_RAIL)
    assert not answer("How many containers went back from Port Alder to Kisoro on the first train?", store).answered
    reply = answer("How many containers went from Kisoro to Port Alder on the first train?", store)
    assert reply.answered and "30" in reply.text


_UPGRADE = """| 12 February 2025, Wednesday |

Chinese-funded rail upgrade lifts Harlow coal capacity

Coal shipments through the port of Harlow rose 14% in the first nine months of the year to 3.1 million tonnes, helped by an upgrade of the line from the mines.

The upgrade, worth 3.2 billion rand ($180 million), is financed by a loan from a Chinese bank and is being carried out by a Chinese builder.

The operator loaded a record 212 trains in October, because a new signalling system had cut turnaround times.

Harlow's neighbour collected $12 million in transit fees from the line last year, and wants a bigger share of the traffic.
"""


def test_a_thing_s_worth_set_after_it_is_what_it_costs() -> None:
    store = stored(_UPGRADE)
    for question in ("what does the upgrade cost", "How much is the rail upgrade costing?"):
        reply = answer(question, store)
        assert reply.answered and "3.2 billion rand" in reply.text, (question, reply.text)


_SESAME = """| 12 February 2025, Wednesday |

Nigerian sesame sails direct to China

Nigeria's sesame seed exports to China rose 21% in the first nine months of the year to 98,000 tonnes.

The first direct consignment, 30 containers loaded by a Kano-based processor, left Apapa port in Lagos for Qingdao in May.
"""


def test_the_cost_of_shipping_is_no_count_shipped() -> None:
    reply = answer("how much does it cost to ship one container of sesame from lagos to qingdao", stored(_SESAME))
    assert not reply.answered, reply.text
