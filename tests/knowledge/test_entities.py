"""Entity finding over the seed article and a few short texts in other house styles."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.entities import DEMONYMS, canonical_place, find_entities
from knowledge.models import Entity
from knowledge.article import parse_article
from tests.handlers.stories import answered, story

SEED = Path(__file__).resolve().parents[2] / "knowledge" / "data" / "seed.txt"
Rows = list[tuple[int, int, str]]


def _seed_sentences() -> Rows:
    """Blank-line paragraphs, minus the date line and byline; naive '. ' sentence split."""
    blocks = [b.strip() for b in SEED.read_text(encoding="utf-8").split("\n\n")]
    paras = [b for b in blocks if b and not b.startswith("|") and not b.startswith("•")]
    return [(n, i, s) for n, para in enumerate(paras) for i, s in enumerate(para.split(". "))]


@pytest.fixture(scope="module")
def seed() -> dict[str, Entity]:
    return {e.name: e for e in find_entities(_seed_sentences())}


def _paragraphs(ent: Entity) -> set[int]:
    return {m.paragraph for m in ent.mentions}


def _mentioned_texts(ent: Entity, rows: Rows) -> set[str]:
    text = {(p, s): t for p, s, t in rows}
    return {text[(m.paragraph, m.sentence)][m.start : m.end] for m in ent.mentions}


# --------------------------------------------------------------------------- seed article


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Vladimir Putin", "person"), ("Xi Jinping", "person"), ("Shenyang", "place"),
        ("Liaoning", "place"), ("Heilongjiang", "place"), ("Jilin", "place"),
        ("Beijing", "place"), ("Vladivostok", "place"), ("Zhoushan", "place"),
        ("Jiaxing", "place"), ("Zhejiang", "place"), ("northeast China", "place"),
        ("Russian Far East", "place"), ("Russia", "place"), ("China", "place"),
        ("Ukraine", "place"), ("the West", "place"), ("Europe", "place"),
        ("General Administration of Customs", "org"), ("China's national broadcaster", "org"),
        ("Chinese state media", "org"),
    ],
)
def test_seed_entity_kinds(seed: dict[str, Entity], name: str, kind: str) -> None:
    assert name in seed, sorted(seed)
    assert seed[name].kind == kind


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Vladimir Putin", "Russian President"),
        ("Xi Jinping", "Chinese President"),
        ("Shenyang", "the capital of Liaoning province"),
        ("Vladivostok", "the biggest port in the Russian Far East"),
        ("Jilin", "landlocked province"),
        ("Jilin", "province"),
        ("Liaoning", "province"),
        ("Heilongjiang", "province"),
        ("Zhejiang", "eastern Chinese province"),
        ("General Administration of Customs", "Chinese"),
    ],
)
def test_seed_roles(seed: dict[str, Entity], name: str, role: str) -> None:
    assert role in seed[name].roles


@pytest.mark.parametrize(
    ("name", "alias"),
    [
        ("Vladimir Putin", "Putin"), ("Xi Jinping", "Xi"), ("Russia", "Russian"),
        ("China", "Chinese"), ("northeast China", "northeastern China"),
        ("Russian Far East", "Far East"),
        # "Chinese customs" and the customs administration are one body: linked by alias.
        ("General Administration of Customs", "Chinese customs"),
    ],
)
def test_seed_aliases(seed: dict[str, Entity], name: str, alias: str) -> None:
    assert alias in seed[name].aliases


@pytest.mark.parametrize(
    ("name", "paragraphs"),
    [
        ("Xi Jinping", {2, 8}), ("Vladimir Putin", {2}), ("Heilongjiang", {3, 8}),
        ("Liaoning", {2, 3, 4, 5}), ("Shenyang", {2, 6}), ("Jilin", {3, 7}),
        ("Ukraine", {3, 9}), ("Europe", {6}), ("northeast China", {0, 1, 3}),
        ("General Administration of Customs", {7, 9}),
    ],
)
def test_seed_mention_paragraphs(seed: dict[str, Entity], name: str, paragraphs: set[int]) -> None:
    assert _paragraphs(seed[name]) == paragraphs


def test_seed_mention_offsets_cut_the_printed_words(seed: dict[str, Entity]) -> None:
    rows = _seed_sentences()
    assert _mentioned_texts(seed["Xi Jinping"], rows) == {"Xi Jinping", "Xi"}
    assert _mentioned_texts(seed["Russia"], rows) == {"Russia", "Russian"}
    # Possessive 's is not part of the name; the hyphenated compound names both places.
    assert "Liaoning" in _mentioned_texts(seed["Liaoning"], rows)
    assert _mentioned_texts(seed["Europe"], rows) == {"Europe"}
    assert "China" in _mentioned_texts(seed["China"], rows)


def test_seed_demonyms_are_mentions_of_their_country(seed: dict[str, Entity]) -> None:
    # "Russian firms" in paragraph 4 and "Russian forces" in paragraph 3.
    assert {3, 4} <= _paragraphs(seed["Russia"])
    assert {1, 2, 7, 9} <= _paragraphs(seed["China"])


def test_seed_entities_ordered_by_first_mention() -> None:
    ents = find_entities(_seed_sentences())
    firsts = [min((m.paragraph, m.sentence, m.start) for m in e.mentions) for e in ents]
    assert firsts == sorted(firsts)


@pytest.mark.parametrize(
    "junk",
    ["The", "In", "China has", "September", "March", "May", "June", "January", "Monday",
     "Chinese", "Russian", "China-Europe", "Heilongjiang should", "Liaoning’s", "Liaoning's",
     "President", "West", "February"],
)
def test_seed_has_no_junk_entities(seed: dict[str, Entity], junk: str) -> None:
    assert junk not in seed


def test_seed_one_entity_per_thing(seed: dict[str, Entity]) -> None:
    names = [e.name.lower() for e in find_entities(_seed_sentences())]
    assert len(names) == len(set(names))
    assert "chinese customs" not in names  # folded into the customs administration
    assert "xi" not in names and "putin" not in names


# --------------------------------------------------------------------------- other styles

BUSINESS: Rows = [
    (0, 0, "Acme Corp profit jumps on strong German demand"),
    (1, 0, "Acme Corp said on Tuesday its quarterly profit rose 12% to 1.2 billion euros "
           "($1.3 billion), helped by demand in Germany and France."),
    (2, 0, "“Demand in Europe was stronger than we expected,” said John Smith, chief executive "
           "of Acme Corp."),
    (2, 1, "Smith added that the company would open a plant in Poland next year."),
    (3, 0, "Shares of Acme rose 3% in Frankfurt, while rival Globex Inc fell."),
]

UK: Rows = [
    (0, 0, "Bank of England holds rates as inflation cools"),
    (1, 0, "Bank of England Governor Andrew Bailey said on Thursday that inflation in Britain "
           "was falling faster than expected."),
    (1, 1, "The Bank of England kept its main rate at 5.25%, the highest since 2008."),
    (2, 0, "Mr Bailey told reporters in London that the central bank would not cut rates soon."),
    (3, 0, "Finance minister Jeremy Hunt welcomed the decision, the Treasury said."),
]

LIST_AND_QUOTE: Rows = [
    (0, 0, "EU leaders meet in Brussels"),
    (1, 0, "The summit drew leaders from France, Germany, Italy and Spain, as well as Ukrainian "
           "President Volodymyr Zelenskiy."),
    (1, 1, "“We will not back down,” said Maria Lopez, a spokeswoman for the European Commission."),
    (2, 0, "Lopez said the foreign ministry in Madrid had been consulted."),
    (2, 1, "German Chancellor Olaf Scholz and French President Emmanuel Macron arrived on Monday."),
]


def _by_name(rows: Rows) -> dict[str, Entity]:
    return {e.name: e for e in find_entities(rows)}


@pytest.mark.parametrize(
    ("rows", "name", "kind", "role", "alias", "paragraphs"),
    [
        (BUSINESS, "Acme Corp", "org", None, "Acme", {0, 1, 2, 3}),
        (BUSINESS, "John Smith", "person", "chief executive of Acme Corp", "Smith", {2}),
        (BUSINESS, "Globex Inc", "org", None, "Globex", {3}),
        (BUSINESS, "Germany", "place", None, "German", {0, 1}),
        (BUSINESS, "Frankfurt", "place", None, None, {3}),
        (UK, "Bank of England", "org", None, None, {0, 1, 2}),
        (UK, "Andrew Bailey", "person", "Bank of England Governor", "Bailey", {1, 2}),
        (UK, "United Kingdom", "place", None, "Britain", {1}),
        (UK, "London", "place", None, None, {2}),
        (UK, "Jeremy Hunt", "person", "Finance minister", "Hunt", {3}),
        (UK, "Treasury", "org", None, None, {3}),
        (LIST_AND_QUOTE, "European Union", "org", None, "EU", {0}),
        (LIST_AND_QUOTE, "Spain", "place", None, None, {1}),
        (LIST_AND_QUOTE, "Volodymyr Zelenskiy", "person", "Ukrainian President", "Zelenskiy", {1}),
        (LIST_AND_QUOTE, "Maria Lopez", "person", "a spokeswoman for the European Commission",
         "Lopez", {1, 2}),
        (LIST_AND_QUOTE, "European Commission", "org", None, None, {1}),
        (LIST_AND_QUOTE, "foreign ministry", "org", None, None, {2}),
        (LIST_AND_QUOTE, "Olaf Scholz", "person", "German Chancellor", "Scholz", {2}),
        (LIST_AND_QUOTE, "Emmanuel Macron", "person", "French President", "Macron", {2}),
        (LIST_AND_QUOTE, "France", "place", None, "French", {1, 2}),
    ],
)
def test_other_styles(rows: Rows, name: str, kind: str, role: str | None, alias: str | None,
                      paragraphs: set[int]) -> None:
    ents = _by_name(rows)
    assert name in ents, sorted(ents)
    ent = ents[name]
    assert ent.kind == kind
    if role:
        assert role in ent.roles
    if alias:
        assert alias in ent.aliases
    assert _paragraphs(ent) == paragraphs


@pytest.mark.parametrize(
    ("rows", "junk"),
    [
        (BUSINESS, "Shares"), (BUSINESS, "Demand"), (BUSINESS, "Tuesday"), (BUSINESS, "Corp"),
        (BUSINESS, "Smith"), (UK, "Mr Bailey"), (UK, "Thursday"), (UK, "Finance"),
        (UK, "The Bank of England"), (LIST_AND_QUOTE, "We"), (LIST_AND_QUOTE, "Lopez"),
        (LIST_AND_QUOTE, "Ukrainian"), (LIST_AND_QUOTE, "German"), (LIST_AND_QUOTE, "Monday"),
    ],
)
def test_other_styles_have_no_junk(rows: Rows, junk: str) -> None:
    assert junk not in _by_name(rows)


def test_mr_surname_links_to_full_name() -> None:
    bailey = _by_name(UK)["Andrew Bailey"]
    assert len(bailey.mentions) == 2


def test_lowercase_title_before_name_makes_a_person() -> None:
    ents = _by_name([(1, 0, "The deal was signed by chief executive Jane Doe in Paris.")])
    assert ents["Jane Doe"].kind == "person"
    assert "chief executive" in ents["Jane Doe"].roles


def test_said_makes_an_unknown_name_a_person() -> None:
    ents = _by_name([(1, 0, "The plan will work, Okonkwo Adeyemi said on Friday.")])
    assert ents["Okonkwo Adeyemi"].kind == "person"


def test_sentence_initial_common_word_is_not_a_name() -> None:
    ents = _by_name([(1, 0, "Officials said the deal was done."), (1, 1, "Reuters reported it.")])
    assert set(ents) == {"Reuters"}


def test_sentence_initial_name_seen_mid_sentence_is_kept() -> None:
    rows = [(1, 0, "Trade with Kaliningrad grew."), (1, 1, "Kaliningrad is small.")]
    assert _paragraphs(_by_name(rows)["Kaliningrad"]) == {1}
    assert len(_by_name(rows)["Kaliningrad"].mentions) == 2


def test_title_case_headline_adds_no_junk() -> None:
    rows = [(0, 0, "Russian And Chinese Firms Ink Deals In Shenyang"),
            (1, 0, "Companies met in Shenyang on Monday.")]
    assert set(_by_name(rows)) == {"Russia", "China", "Shenyang"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Goods go through the port of Nakhodka.", "Nakhodka", "port"),
        ("They visited Harbin city last year.", "Harbin", "city"),
        ("Flights to the city of Dalian resumed.", "Dalian", "city"),
        ("Rain hit Hebei province on Sunday.", "Hebei", "province"),
    ],
)
def test_place_cue_words(text: str, name: str, role: str) -> None:
    ent = _by_name([(1, 0, text)])[name]
    assert ent.kind == "place"
    assert role in ent.roles


def test_compass_region_is_its_own_place_and_mentions_the_country() -> None:
    ents = _by_name([(1, 0, "Floods struck southern Russia and central Europe.")])
    assert ents["southern Russia"].kind == "place"
    assert ents["central Europe"].kind == "place"
    assert "Russia" in ents and "Europe" in ents


def test_a_country_inside_another_place_name_is_not_mentioned() -> None:
    ents = _by_name([(1, 0, "Australia's harvest will fall as drought hits South Australia and Victoria.")])
    assert len(ents["Australia"].mentions) == 1  # not again inside "South Australia"
    assert "South Australia" in ents


def test_an_acronym_of_a_name_with_its_adjective_is_that_body() -> None:
    ents = _by_name([
        (1, 0, "The Australian Bureau of Agricultural and Resource Economics and Sciences (ABARES) cut its estimate."),
        (2, 0, "ABARES forecast exports of 21.5 million tonnes."),
    ])
    assert "ABARES" not in ents
    body = next(e for name, e in ents.items() if "Bureau" in name)
    assert "ABARES" in body.aliases
    assert len(body.mentions) >= 2


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("It was signed by China Railway Construction Corp and Kazakhstan's railway.", {"China Railway Construction Corp", "Kazakhstan"}),
        ("State oil company KazMunayGas and China National Petroleum Corp agreed.", {"KazMunayGas", "China National Petroleum Corp"}),
        ("The Bureau of Agricultural and Resource Economics and Sciences said so.", {"Bureau of Agricultural and Resource Economics and Sciences"}),
        ("Canada Mortgage and Housing Corporation revised the figure.", {"Canada Mortgage and Housing Corporation"}),
        ("The Securities and Exchange Commission said so.", {"Securities and Exchange Commission"}),
    ],
)
def test_two_bodies_joined_by_and_are_two(text: str, names: set[str]) -> None:
    assert names <= set(_by_name([(1, 0, text)]))


def test_the_x_ministry_is_the_ministry_of_x() -> None:
    ents = _by_name([(1, 0, "The Ministry of Finance said exports rose."), (2, 0, "Prices fell, the finance ministry said.")])
    assert "finance ministry" in ents["Ministry of Finance"].aliases
    assert len(ents["Ministry of Finance"].mentions) == 2


def test_a_supplier_to_a_name_is_supplying_a_company() -> None:
    ents = _by_name([(1, 0, "Major suppliers to Nvidia have benefited from the boom.")])
    assert ents["Nvidia"].kind != "place"


def test_economic_acronyms_are_no_names() -> None:
    assert "FDI" not in _by_name([(1, 0, "Registered FDI jumped 27.3% to $26.14 billion, while PPI fell.")])


def test_month_spans_and_officer_titles_are_no_names() -> None:
    ents = _by_name([(1, 0, "Earnings fell in the July-September quarter, Chief Financial Officer Hiroshi Tanabe said.")])
    assert "July-September" not in ents and "Chief Financial" not in ents
    assert "Chief Financial Officer" in ents["Hiroshi Tanabe"].roles


# --------------------------------------------------------------------------- robustness


@pytest.mark.parametrize(
    "rows",
    [
        [],
        [(0, 0, "")],
        [(0, 0, "😀🚀 🇨🇳 ✨")],
        [(0, 0, "\x00Abc\x00 Def\x00")],
        [(1, 0, "’s ’s - -- A- -B 'The' , , the of")],
        [(1, 0, ("Bank of England Governor Andrew Bailey met Xi in Beijing, the capital of "
                 "China, on Monday. ") * 1100)],
        [(1, 0, "A" * 100_000)],
        [(1, 0, "Aa " * 33_000)],
        [(1, 0, ", the " * 16_000)],
    ],
)
def test_garbage_never_raises(rows: Rows) -> None:
    assert isinstance(find_entities(rows), list)


@pytest.mark.parametrize("rows", [None, [None], [("x",)], [(0, 0, None)], [(0, "a", "Paris")]])
def test_malformed_input_returns_a_list(rows: object) -> None:
    assert isinstance(find_entities(rows), list)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- lookup tables


@pytest.mark.parametrize(
    ("word", "place"),
    [
        ("russian", "Russia"), ("Chinese", "China"), ("european", "Europe"),
        ("British", "United Kingdom"), ("UK", "United Kingdom"), ("china", "China"),
        ("China’s", "China"), ("Russians", "Russia"), ("ukrainian", "Ukraine"),
        ("swiss", "Switzerland"), ("Beijing", "Beijing"),
    ],
)
def test_canonical_place(word: str, place: str) -> None:
    assert canonical_place(word) == place


@pytest.mark.parametrize("word", ["", "said", "September", "xyzzy", "the"])
def test_canonical_place_unknown(word: str) -> None:
    assert canonical_place(word) is None


def test_demonym_table_is_lowercase_and_large() -> None:
    assert len(DEMONYMS) >= 80
    assert all(k == k.lower() for k in DEMONYMS)
    assert DEMONYMS["russian"] == "Russia" and DEMONYMS["chinese"] == "China"


@pytest.mark.parametrize(
    "sentence",
    [
        "Uttar Pradesh remained the biggest wheat-growing state with 35.4 million tonnes.",
        "Mato Verde is the largest soy-producing region of the country.",
    ],
)
def test_a_name_the_text_calls_a_state_or_region_is_a_place(sentence: str) -> None:
    entities = find_entities([(1, 0, sentence)])
    first = entities[0]
    assert first.kind == "place"
    assert any(word in " ".join(first.roles) for word in ("state", "region"))


def test_a_company_named_by_its_first_word_is_the_same_company() -> None:
    entities = find_entities([
        (1, 0, "Kestrel Mining agreed to buy the mine from Northgate Resources for $1.1 billion."),
        (2, 0, "Kestrel shares closed 3.2% higher in London on Tuesday."),
    ])
    kestrel = next(e for e in entities if e.name == "Kestrel Mining")
    assert "Kestrel" in kestrel.aliases
    assert {m.paragraph for m in kestrel.mentions} == {1, 2}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("London-listed Kestrel Minerals has agreed to buy a 51% stake.", "Kestrel Minerals"),
        ("Said Vikram Singh, a farm economist at the New Delhi-based Centre for Agrarian Studies.", "Centre for Agrarian Studies"),
    ],
)
def test_a_listed_or_based_modifier_is_not_part_of_the_name(sentence: str, name: str) -> None:
    names = [e.name for e in find_entities([(1, 0, sentence)])]
    assert name in names
    assert not any("-listed" in n or "-based" in n for n in names)


def test_an_acronym_of_a_named_body_is_that_body() -> None:
    entities = find_entities([
        (1, 0, "The bank's Monetary Policy Committee said in a statement that it would cut rates."),
        (2, 0, "The MPC concluded that there was scope for easing."),
    ])
    committee = next(e for e in entities if e.name == "Monetary Policy Committee")
    assert "MPC" in committee.aliases
    assert not any(e.name == "MPC" for e in entities)


def test_states_of_federations_are_places_without_a_cue() -> None:
    ents = _by_name([(1, 0, "Victoria's unemployment rate rose to 4.6%, while Queensland's eased to 3.9%.")])
    assert ents["Victoria"].kind == "place"
    assert ents["Queensland"].kind == "place"


def test_a_known_place_keeps_what_the_text_calls_it() -> None:
    ents = _by_name([(1, 0, "Mato Grosso, the biggest producing state, is expected to harvest 39.3 million tonnes.")])
    assert ents["Mato Grosso"].kind == "place"
    assert any("biggest producing state" in r for r in ents["Mato Grosso"].roles)


def test_a_first_name_that_is_also_a_word_is_kept_when_the_text_says_who_it_is() -> None:
    ents = _by_name([(1, 0, "Julian Ashcroft, an analyst at London-based Carrow Brothers, said the target looked achievable.")])
    assert ents["Julian Ashcroft"].kind == "person"


def test_a_company_form_before_the_name_makes_a_body_known_without_it() -> None:
    ents = _by_name([(1, 0, "Hengtai holds 60%, with Indonesian miner PT Bumi Kolaka Resources taking 25% and "
                            "PT Nusantara Mineral Investama the remaining 15%.")])
    assert ents["PT Bumi Kolaka Resources"].kind == "org"
    assert {"Bumi Kolaka Resources", "Bumi Kolaka"} <= set(ents["PT Bumi Kolaka Resources"].aliases)
    assert ents["PT Nusantara Mineral Investama"].kind == "org"


def test_an_acronym_spelt_out_in_lower_case_is_no_body() -> None:
    names = [e.name for e in find_entities([
        (1, 0, "The park will produce 120,000 tonnes of nickel in mixed hydroxide precipitate (MHP) from a "
               "high-pressure acid leach (HPAL) plant."),
        (2, 0, "MHP exports jumped 46% to $3.1 billion."),
    ])]
    assert "MHP" not in names and "HPAL" not in names


def test_a_body_is_not_called_by_a_word_of_a_place_it_begins_with() -> None:
    ents = _by_name([
        (1, 0, "The park is in Southeast Sulawesi province."),
        (2, 0, "Jakarta-based Sulawesi Environmental Watch said the plant would undermine the pledge."),
    ])
    assert ents["Sulawesi Environmental Watch"].kind == "org"
    assert "Sulawesi" not in ents["Sulawesi Environmental Watch"].aliases


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ('"We chose Kolaka," Zhou Minghui, Hengtai\'s president director for Indonesia, said.', "Zhou Minghui",
         "Hengtai's president director for Indonesia"),
        ('"Margins are thin," said Ratna Wulandari, metals analyst at Jakarta-based Mandala Sekuritas.', "Ratna Wulandari",
         "metals analyst at Jakarta-based Mandala Sekuritas"),
    ],
)
def test_a_title_after_an_owner_or_a_field_is_the_persons_role(sentence: str, name: str, role: str) -> None:
    assert role in _by_name([(1, 0, sentence)])[name].roles


def test_a_sentence_opening_adjective_is_no_name() -> None:
    names = [e.name for e in find_entities([(1, 0, "Environmental groups criticised the plan."),
                                            (2, 0, "Jakarta-based Sulawesi Environmental Watch said it would sue.")])]
    assert "Environmental" not in names


def test_a_word_describing_a_place_at_the_start_of_a_sentence_is_not_its_name() -> None:
    places = [(e.name, e.kind) for e in find_entities([(1, 0, "Neighbouring Maldives, by contrast, received 1.7 million visitors."),
                                                       (2, 0, "Rival Vietnam grew faster.")])]
    assert ("Maldives", "place") in places and ("Vietnam", "place") in places


def test_a_body_called_an_operator_is_an_organisation_with_that_role() -> None:
    entity = _by_name([(1, 0, "The strike forced operator Andes Pacific Copper to halt its plant.")])["Andes Pacific Copper"]
    assert entity.kind == "org" and "operator" in entity.roles and "forced operator" not in entity.roles


def test_a_two_word_name_that_begins_a_longer_one_is_that_body() -> None:
    # "Tasman Pacific's capital ratio" is the bank's, not a place in the Pacific
    found = find_entities([(1, 0, "Tasman Pacific Bank reported a 4.6% rise in cash profit."),
                           (2, 0, "Tasman Pacific's common equity tier 1 ratio was 12.4% at the end of March.")])
    names = {e.name: e for e in found}
    assert "Tasman Pacific" not in names
    assert "Tasman Pacific" in names["Tasman Pacific Bank"].aliases


_STATES: Rows = [
    (1, 0, "Western state Michoacan remained the biggest recipient, taking in $1.62 billion, followed by Guanajuato with "
           "$1.48 billion and Jalisco with $1.45 billion."),
    (1, 1, "Southern Chiapas posted the fastest growth of any state."),
    (2, 0, "The money supports poorer states such as Chiapas and Oaxaca."),
    (3, 0, "Southern Copper said output rose 4%."),
]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Michoacan", "place"),  # "state Michoacan": a kind of place before the name, no "of"
        ("Chiapas", "place"),  # "Southern Chiapas" opening a sentence, Chiapas named bare elsewhere
    ],
)
def test_a_compass_word_or_a_kind_of_place_before_a_name(name: str, kind: str) -> None:
    ents = _by_name(_STATES)
    assert name in ents, sorted(ents)
    assert ents[name].kind == kind


def test_a_name_written_whole_keeps_its_compass_word() -> None:
    # "Southern Copper", never "Copper" bare: the compass word is its name's
    assert "Copper" not in _by_name(_STATES)


_DAIRY: Rows = [
    (1, 0, "New Zealand's Aotea Dairy Cooperative raised its milk price forecast to NZ$10.40 per kg."),
    (2, 0, "Aotea's board will decide on the dividend in March, and HK$2 billion of bonds are due."),
]


def test_a_cooperative_is_a_body_and_a_currency_prefix_no_name() -> None:
    ents = _by_name(_DAIRY)
    assert ents["Aotea Dairy Cooperative"].kind == "org"
    assert "Aotea" in ents["Aotea Dairy Cooperative"].aliases
    assert not {"NZ", "HK"} & set(ents), sorted(ents)


def test_a_post_between_a_body_and_a_person_is_the_persons() -> None:
    # "GoldBod chief executive Efua Sarpong-Addo": GoldBod is the body she runs, no chief executive
    ents = _by_name([(1, 0, "On Monday, GoldBod chief executive Efua Sarpong-Addo said the board aimed to buy 60 tonnes.")])
    assert ents["GoldBod"].kind == "org" and "chief executive" not in ents["GoldBod"].roles
    assert "chief executive" in ents["Efua Sarpong-Addo"].roles


def test_a_body_a_country_owns_is_not_that_country() -> None:
    # "Italy's competition authority": a body of Italy's, not a role of Italy
    ents = _by_name([(1, 0, "The group is still awaiting clearance from Italy's competition authority for the purchase.")])
    assert "competition authority" not in ents["Italy"].roles
    assert ents["Italy's competition authority"].kind == "org"


@pytest.mark.parametrize(
    ("text", "body", "short"),
    [
        ("The quota was based on an estimate by the state-run Sea Institute of Peru (IMARPE) that the biomass rose.",
         "Sea Institute of Peru", "IMARPE"),  # not the initials of the name it stands for
        ("On Monday the Ghana Gold Board (GoldBod) said it had bought 31.4 tonnes.", "Ghana Gold Board", "GoldBod"),
    ],
)
def test_a_name_in_brackets_after_a_body_is_that_body(text: str, body: str, short: str) -> None:
    ents = _by_name([(1, 0, text), (2, 0, f"Miners must sell to {short} from November.")])
    assert short not in ents and short in ents[body].aliases


@pytest.mark.parametrize(
    ("text", "body", "short"),
    [
        # a common word opening the sentence is no part of the name
        ("Shares of Pesquera Costa Azul rose 3.4% on the Lima Stock Exchange on Monday.", "Pesquera Costa Azul", "Costa Azul"),
        # nor is a word that only describes the body
        ("Rival Corporacion Pacifico Sur, which raised $120 million in a bond sale, said it would invest.",
         "Corporacion Pacifico Sur", "Pacifico Sur"),
        ("Prices rose, said Luca Bertolini, an analyst at Banca Serravalle.", "Banca Serravalle", "Serravalle"),
    ],
)
def test_a_company_word_before_the_name_is_dropped_in_speech(text: str, body: str, short: str) -> None:
    ents = _by_name([(1, 0, text)])
    assert ents[body].kind == "org" and short in ents[body].aliases, sorted(ents)


def test_a_company_word_before_a_place_leaves_no_short_name() -> None:
    # "Grupo Mexico" is never called "Mexico"
    ents = _by_name([(1, 0, "The mine is run by Grupo Mexico, which said output rose.")])
    assert "Mexico" not in ents["Grupo Mexico"].aliases


def test_what_has_a_home_somewhere_is_a_body() -> None:
    # "Seville-based bottler Olivares del Betis": no person, whatever it says
    ents = _by_name([(1, 0, "Prices fell, said Javier Molina, export director at Seville-based bottler Olivares del Betis.")])
    assert ents["Olivares del Betis"].kind == "org"


def test_a_role_before_a_name_starts_after_the_preposition() -> None:
    ents = _by_name([(1, 0, "Exports rose 27.5% to 812,000 tonnes, according to customs agency Sunat.")])
    assert ents["Sunat"].roles == ["customs agency"]


def test_a_company_name_may_end_in_a_possessive_and_a_corporate_suffix() -> None:
    # "Brantley's Inc" is one company, which "Brantley's also said" names short
    found = find_entities([(1, 0, "On Wednesday, Brantley's Inc said it would close 66 more department stores."),
                           (2, 0, "Brantley's also said it agreed to sell its stake.")])
    names = {e.name: e for e in found}
    assert "Inc" not in names and "Brantley" not in names
    assert "Brantley" in names["Brantley's Inc"].aliases and len(names["Brantley's Inc"].mentions) == 2


def test_a_known_place_before_a_noun_is_not_described_by_it() -> None:
    # "the U.S. retailer": a retailer in the United States, not the United States
    ents = _by_name([(1, 0, "Sales fell as the U.S. retailer posted a 3.2% drop in holiday-quarter sales.")])
    assert "retailer" not in ents["United States"].roles


def test_a_place_the_text_says_is_one_is_not_the_body_named_after_it() -> None:
    # "the Jaen Olive Oil Exchange" is a body; "The province of Jaen" is still the province
    found = find_entities([(1, 0, "The province of Jaen is expected to harvest 520,000 tonnes."),
                           (2, 0, "Prices fell, according to the Jaen Olive Oil Exchange.")])
    names = {e.name: e for e in found}
    assert names["Jaen"].kind == "place" and "province" in names["Jaen"].roles
    assert "Jaen" not in names["Jaen Olive Oil Exchange"].aliases


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("Rear Admiral Daniel Okafor, the Navy's program executive officer, said the frigate was due in 2029.",
         "Daniel Okafor", "Rear Admiral"),
        ('"The bill may slip," said Representative Karen Whitfield, a Connecticut Democrat.', "Karen Whitfield", "Representative"),
    ],
)
def test_military_ranks_and_legislators_are_titles(text: str, person: str, role: str) -> None:
    ents = _by_name([(1, 0, text)])
    assert ents[person].kind == "person" and role in ents[person].roles, sorted(ents)


def test_a_body_a_text_calls_an_association_speaks_as_a_body() -> None:
    # "consumer association Consumidores Unidos said": no person named Consumidores Unidos
    ents = _by_name([(1, 0, "Oil cost 6.45 euros a litre, consumer association Consumidores Unidos said on Monday.")])
    assert ents["Consumidores Unidos"].kind == "org" and "consumer association" in ents["Consumidores Unidos"].roles


def test_the_states_of_more_federations_are_known_places() -> None:
    # "followed by Guanajuato with $1.48 billion and Jalisco with $1.45 billion": no cue word says so
    ents = _by_name(_STATES)
    assert ents["Guanajuato"].kind == "place" and ents["Jalisco"].kind == "place"


def test_a_word_qualifying_a_post_opens_no_body_name() -> None:
    # "Deputy Energy Minister Asel Zhakupova": no body called "Deputy Energy"
    ents = _by_name([(1, 0, "On Friday, Deputy Energy Minister Asel Zhakupova said acid imports would rise.")])
    assert "Deputy Energy" not in ents and "Deputy Energy Minister" in ents["Asel Zhakupova"].roles


def test_a_polish_group_is_a_body() -> None:
    rows: Rows = [(1, 0, "The plant will be run by state-owned Krajowa Grupa Zbrojeniowa (KGZ), which will hire 650 workers.")]
    assert _by_name(rows)["Krajowa Grupa Zbrojeniowa"].kind == "org"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # what the body does, opening the sentence, is no part of its name
        ("Carmaker Tsubame Motor, based in Okazaki, on Wednesday raised its profit forecast.", "Tsubame Motor"),
        ("Miner Coolibah Resources said output rose.", "Coolibah Resources"),
        ("Chipmaker Halvern Semiconductor hired 400 engineers.", "Halvern Semiconductor"),
    ],
)
def test_a_trade_noun_opening_the_sentence_is_no_part_of_the_name(text: str, body: str) -> None:
    ents = _by_name([(1, 0, text)])
    assert body in ents and not any(name.split()[0] in ("Carmaker", "Miner", "Chipmaker") for name in ents), sorted(ents)


def test_a_body_said_short_names_the_full_name_nothing_else_marks() -> None:
    # "Mercia must return ..." is a body; "Mercia Water", with no cue of its own, is that body in full
    ents = _by_name([(1, 0, "Britain's water regulator Ofwat fined Mercia Water 96.4 million pounds on Tuesday."),
                     (2, 0, "On top of the penalty, Mercia must return 31 million pounds to customers."),
                     (3, 0, "Mercia said spills fell 18% in the third quarter."),
                     (4, 0, "\"We accept the findings,\" said Mercia chief executive Graham Tollis.")])
    assert "Mercia" not in ents and ents["Mercia Water"].kind == "org" and "Mercia" in ents["Mercia Water"].aliases, sorted(ents)


_FLOODS = """| 3 March 2025, Monday |

Floods cut Vietnam's rice crop

Vietnam's rice output will fall 12% this year after floods swept the Mekong Delta in February, the agriculture ministry said on Monday.

The worst-hit provinces were Tavinh, Bacluan and Soctrang, while Camau had lighter damage. About 90,000 hectares were lost.

Exporters said prices rose 8% last week.
"""


def test_a_plural_place_noun_before_a_list_makes_each_member_a_place() -> None:
    # "The worst-hit provinces were Tavinh, Bacluan and Soctrang": no "of", still three provinces
    ents = _by_name([(2, 0, "The worst-hit provinces were Tavinh, Bacluan and Soctrang, while Camau had lighter damage.")])
    assert all(ents[n].kind == "place" and "worst-hit province" in ents[n].roles for n in ("Tavinh", "Bacluan", "Soctrang"))
    reply = answered(_FLOODS, "Which provinces were hit hardest by the floods?")
    assert reply.answered and all(n in reply.text for n in ("Tavinh", "Bacluan", "Soctrang")), reply.text


_REROUTED = """| 3 March 2025, Monday |

Tanker operator reroutes fleet

Norwegian tanker operator Fjellvik Shipping said on Monday its tankers would sail around the Cape of Good Hope until the war ends.

The longer route adds 12 days to each voyage and raises fuel costs by about $1 million a trip, the company said.

Its rival Halvorsen Tankers said the Strait of Hormuz remained open to its ships.
"""


def test_a_geographic_feature_is_a_place() -> None:
    # "the Cape of Good Hope", "the Strait of Hormuz", "Eyre Peninsula": no gazetteer lists them
    ents = _by_name([(1, 0, "Its rival Halvorsen Tankers said the Strait of Hormuz remained open to its ships."),
                     (2, 0, "Farmers on the Eyre Peninsula cut their crops for hay.")])
    assert ents["Strait of Hormuz"].kind == "place" and ents["Eyre Peninsula"].kind == "place", sorted(ents)
    reply = answered(_REROUTED, "Where will Fjellvik's tankers sail?")
    assert reply.answered and "Cape of Good Hope" in reply.text, reply.text


_CANOLA = """| 3 March 2025, Monday |

Drought cuts Canadian canola crop

Canada's canola crop will shrink 14% this year to 16.2 million tonnes after a hot, dry July, Statistics Canada said on Monday.

"The pods never filled, and half of my fields look like straw," said Darren Holt, who farms canola and oats on 1,800 hectares near Kindersley.

Analysts at Prairie Grain Research expect prices to rise 6% by December.
"""


def test_a_who_clause_saying_what_a_person_does_gives_the_post() -> None:
    # "said Darren Holt, who farms canola and oats on 1,800 hectares": a farmer
    ents = _by_name([(1, 0, "\"The pods never filled,\" said Darren Holt, who farms canola and oats on 1,800 hectares near Kindersley.")])
    assert ents["Darren Holt"].roles == ["farmer who farms canola and oats"], ents["Darren Holt"].roles
    reply = answered(_CANOLA, "Which farmer is quoted?")
    assert reply.answered and "Darren Holt" in reply.text, reply.text


_DOCK_STRIKE = """| 3 March 2025, Monday |

Dock strike halts Chilean port

About 1,200 dockworkers at Chile's Puerto Valdes walked off the job on Monday after wage talks collapsed, according to the Sindicato Nacional de Trabajadores Portuarios. The union is seeking a 7% pay rise.

"The union refuses to come back to the table with realistic demands," said Tomas Richter, chief executive of Valdes Terminals.

Union secretary-general Marta Ibarra said the strike would last until the company improved its offer.

Shipping line Andes Pacific said it had diverted two vessels to San Antonio. Andes Pacific chief executive Luis Moreno said the diversions would cost $2 million.
"""


def test_a_lowercase_post_is_of_the_body_named_right_before_it() -> None:
    # "Union secretary-general Marta Ibarra": a hyphenated post, and the union's; "Andes Pacific
    # chief executive Luis Moreno": Andes Pacific's
    ents = _by_name([(1, 0, "Union secretary-general Marta Ibarra said the strike would last."),
                     (2, 0, "Andes Pacific chief executive Luis Moreno said the diversions would cost $2 million.")])
    assert ents["Marta Ibarra"].roles == ["Union secretary-general"], ents["Marta Ibarra"].roles
    assert "Andes Pacific chief executive" in ents["Luis Moreno"].roles, ents["Luis Moreno"].roles
    reply = answered(_DOCK_STRIKE, "who speaks for the union?")
    assert reply.answered and "Marta Ibarra" in reply.text, reply.text


def test_a_post_of_the_union_is_of_the_storys_one_union() -> None:
    # "Union secretary-general Rosa Quispe" is of the "Sindicato Unico de Trabajadores de Minera
    # Huancarani", which "according to the ..." would otherwise answer for
    parsed = parse_article(story("pe_copper"))
    names = _by_name([(para.number, s.index, s.text) for para in parsed.paragraphs for s in para.sentences])
    assert "Union" in names["Sindicato Unico de Trabajadores de Minera Huancarani"].aliases
    reply = answered("pe_copper", "who speaks for the union?")
    assert reply.answered and "Rosa Quispe" in reply.text, reply.text


_STEEL_USERS = """| 3 March 2025, Monday |

Cape steel users fight import tariff

South Africa will raise tariffs on imported flat steel to 15% from next month, the trade ministry said on Monday.

The Metal Fabricators Association, which represents 400 small manufacturers, said the tariff would raise their costs by 9%. "Protecting one mill by taxing a hundred others is not an industrial policy," said its chairwoman, Thandeka Mbatha.

Gauteng's provincial councillor for economic development, Sipho Ndlovu, said the province would ask for an exemption.
"""


def test_a_post_set_before_a_name_with_a_comma_is_the_persons() -> None:
    # "said its chairwoman, Thandeka Mbatha", "Gauteng's provincial councillor for economic
    # development, Sipho Ndlovu,": first names no list knows, a person by the post
    ents = _by_name([(1, 0, "Gauteng's provincial councillor for economic development, Sipho Ndlovu, said the province would ask.")])
    assert ents["Sipho Ndlovu"].kind == "person"
    assert ents["Sipho Ndlovu"].roles == ["Gauteng's provincial councillor for economic development"], ents["Sipho Ndlovu"].roles
    reply = answered(_STEEL_USERS, "who chairs the association?")
    assert reply.answered and "Thandeka Mbatha" in reply.text, reply.text
    reply = answered(_STEEL_USERS, "who in Gauteng is in charge of economic development?")
    assert reply.answered and "Sipho Ndlovu" in reply.text, reply.text


def test_a_street_is_a_place() -> None:
    # "a bus rapid transit line along Avenida Ejercito", "Dunearn Road": where it runs
    article = """| 3 March 2025, Monday |

City approves transit budget

The city council of Arequipa approved a 3.1 billion sol budget for 2026 on Monday.

The budget includes 420 million soles for a bus rapid transit line along Avenida Ejercito and 95 million soles for flood drainage works.
"""
    ents = _by_name([(1, 0, "Prices of homes near Dunearn Road rose 4%.")])
    assert ents["Dunearn Road"].kind == "place"
    reply = answered(article, "Where will the bus rapid transit line run?")
    assert reply.answered and "Avenida Ejercito" in reply.text, reply.text


def test_a_name_on_the_is_a_place() -> None:
    # "three container terminals on the Waalhaven": where they are ("on Monday" is no place)
    article = """| 3 March 2025, Monday |

Dockworkers strike at Dutch port

About 900 dockworkers walked off the job at three container terminals on the Waalhaven on Monday, the union said.

The strike will last 24 hours, it said.
"""
    reply = answered(article, "Where did the dockworkers walk off the job?")
    assert reply.answered and "Waalhaven" in reply.text, reply.text


def test_a_name_ending_in_region_is_a_place() -> None:
    # "in the country's Western Region": no preposition right before it, still a place
    article = """| 3 March 2025, Monday |

Ghana gold output rises

Ghana's gold output rose 12% in 2024, the minerals commission said on Monday.

Production at the Bogoso mine in the country's Western Region rose 20% to 310,000 ounces, owner Ashanti Ridge Mining said.
"""
    reply = answered(article, "Where is the Bogoso mine?")
    assert reply.answered and "Western Region" in reply.text, reply.text
