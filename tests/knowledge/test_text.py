"""The text analysis shared by the index and the questions."""

from __future__ import annotations

import pytest

from knowledge.text import phrase_keys, token_keys, tokenize


def test_a_hyphenated_lexicon_phrase_matches_text_split_at_the_hyphen() -> None:
    # The tokenizer splits "Non-performing"; the synonym table must split it the same way.
    assert "badloan" in phrase_keys("Non-performing loans stood at 17.6%")
    assert "badloan" in phrase_keys("bad loan ratio")


@pytest.mark.parametrize(("adverb", "adjective"), [("privately", "private"), ("sharply", "sharp"), ("slightly", "slight")])
def test_an_adverb_meets_its_adjective(adverb: str, adjective: str) -> None:
    assert phrase_keys(adverb) & phrase_keys(adjective)


def test_short_words_ending_in_ly_keep_their_stem() -> None:
    assert not phrase_keys("early") & phrase_keys("ear")


def test_a_period_adverb_keeps_its_own_meaning() -> None:
    assert "month" not in phrase_keys("monthly")


@pytest.mark.parametrize("word", ["containers", "rose", "companies", "running", "better", "exports", "foodgrains", "inaugurated"])
def test_the_cached_trie_reads_as_the_packaged_dictionary(word: str) -> None:
    import simplemma

    from knowledge.text import _english

    lemmatizer, lookup = _english()
    assert lemmatizer.lemmatize(word, "en") == simplemma.lemmatize(word, lang="en")
    assert (lookup.get_lemma(word, "en") is not None) == simplemma.is_known(word, lang="en")


def test_the_direct_dictionary_read_answers_as_the_look_up_does() -> None:
    from knowledge.text import in_dictionary, is_known_word

    # A typo's one-letter repairs, as _dropped_letter makes them, and words known only capitalised.
    word = "shipmnts"
    spellings = [word[:i] + c + word[i:] for i in range(1, len(word) + 1) for c in "aeiouyrnstlcdhm"]
    for w in [*spellings, "paris", "london", "containers", "colour", "xyzzy", "don't", "donʼt", "café", "Paris"]:
        assert in_dictionary(w) == is_known_word(w), w
    assert in_dictionary("shipments") and in_dictionary("paris")


def test_the_tries_membership_test_answers_as_the_mappings_get() -> None:
    from knowledge.text import _dictionary_has, _english_forms

    # _dictionary_has reads the marisa trie directly (in_dictionary's fast path): the same answer
    # as the mapping simplemma wraps around it, for words, misspellings and capitalised names.
    forms, has = _english_forms(), _dictionary_has()
    for w in ["shipments", "shipmnts", "Paris", "paris", "London", "colour", "xyzzy", "forcast", "forecast", "", "a"]:
        assert has(w) == (forms.get(w) is not None), w


def test_the_dropped_letter_repair_finds_what_trying_every_spelling_finds() -> None:
    from handlers.query import _DROPPED_LETTERS, _dropped_letter, _in_article

    # _dropped_letter stops at a second article word and reads the dictionary directly: the same
    # one word (or none) as the plain rule, every spelling tried.
    vocabulary = frozenset("forecast shipment ship export rate meet meeting container hub summit freight".split())

    def plain(word: str) -> str:
        found = {w for w in (word[:i] + c + word[i:] for i in range(1, len(word) + 1) for c in _DROPPED_LETTERS)
                 if _in_article(w, vocabulary)}
        return next(iter(found)) if len(found) == 1 else ""

    for word in ["forcast", "shipmnts", "meetng", "contaners", "summt", "rat", "hb", "expor", "café", "xyzzy", "shipment"]:
        assert _dropped_letter(word, vocabulary) == plain(word), word


def test_a_words_dictionary_reach_is_its_longest_head_a_key_starts_with() -> None:
    from knowledge.text import _english_forms, dictionary_reach

    # The bisection against the trie's own listing of the keys under each head: the longest head
    # with one, so _dropped_letter skips only spellings that no key can be.
    trie = _english_forms()._trie  # type: ignore[attr-defined]
    for word in ["governor", "Governor", "heilongjang", "shipmnts", "period", "Period", "xyzzy", "a", "zzzz", "Vladivostock"]:
        expected = max(n for n in range(len(word) + 1) if n == 0 or trie.keys(word[:n]))
        assert dictionary_reach(word) == expected, word


def test_an_acronyms_plural_is_the_acronym() -> None:
    assert [t.lemma for t in tokenize("PGMs and SUVs, not bus")] == ["pgm", "and", "suv", "not", "bus"]


def test_a_superlative_is_no_move() -> None:
    keys = token_keys(tokenize("the lowest since March, the highest level"))
    assert not any(k & {"fall", "rise"} for k in keys)
    assert "fall" in token_keys(tokenize("it lowered rates"))[1] and "rise" in token_keys(tokenize("prices went higher"))[2]


@pytest.mark.parametrize(
    ("text", "word", "meaning", "direction"),
    [
        ("security staff down tools", "down", "strike", None),
        ("the firm was set up in 2010", "up", "establish", None),
        ("the machine broke down", "down", "breakdown", None),
        ("growth will slow down", "down", "fall", "fall"),  # a phrase that is itself a move keeps it
        ("prices went up", "up", "rise", "rise"),
    ],
)
def test_a_particle_moves_only_in_a_phrase_that_means_a_move(text: str, word: str, meaning: str, direction: str | None) -> None:
    tokens = tokenize(text)
    keys = token_keys(tokens)[[t.lower for t in tokens].index(word)]
    assert meaning in keys
    assert (keys & {"rise", "fall"}) == ({direction} if direction else set())


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("The government cut the goods and services tax on small cars", "gst"),  # four words
        ("a value-added tax of 20%", "vat"),
        ("capital expenditure rose", "capex"),
    ],
)
def test_an_acronym_is_its_written_out_phrase(text: str, acronym: str) -> None:
    assert acronym in phrase_keys(text)


def test_an_operator_meets_what_it_operates() -> None:
    assert phrase_keys("operator Andes Pacific") & phrase_keys("operates")
    assert phrase_keys("the regulator") & phrase_keys("regulated")
