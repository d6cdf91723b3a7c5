"""Word keys: forms of one word that the lemmatiser keeps apart."""

from __future__ import annotations

from knowledge.text import token_keys, tokenize, word_keys


def test_an_adjective_in_able_meets_the_verb_it_is_made_of() -> None:
    assert "sustain" in word_keys("sustainable", "sustainable")
    assert "afford" in word_keys("unaffordable", "unaffordable")
    assert "cap" not in word_keys("capable", "capable")


def test_a_registration_is_registering() -> None:
    registered = token_keys(tokenize("were registered"))[1]
    registrations = token_keys(tokenize("new registrations"))[1]
    assert "register" in registered & registrations


def test_a_boutique_is_a_shop() -> None:
    assert "shop" in token_keys(tokenize("612 boutiques"))[1]
