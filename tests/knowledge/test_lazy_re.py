"""knowledge.lazy_re: a pattern compiled on first use matches as re.compile's does."""

from __future__ import annotations

import re

from knowledge.lazy_re import LazyPattern, compile_all, lazy_compile

SOURCE = r"(?P<n>\d+)\s*(?P<unit>tonnes|containers)"
TEXT = "A train carrying 55 containers and 12 tonnes of grain; 7 CONTAINERS more."


def test_every_method_answers_as_the_compiled_pattern() -> None:
    compiled = re.compile(SOURCE, re.IGNORECASE)
    for method, args in [("search", (TEXT,)), ("search", (TEXT, 20)), ("match", (TEXT, 17)),
                         ("fullmatch", ("55 containers",)), ("findall", (TEXT,)), ("split", (TEXT,)),
                         ("sub", ("#", TEXT)), ("subn", ("#", TEXT))]:
        lazy = lazy_compile(SOURCE, re.IGNORECASE)  # a fresh one: the first call compiles
        first, again = getattr(lazy, method)(*args), getattr(lazy, method)(*args)
        want = getattr(compiled, method)(*args)
        if isinstance(want, re.Match):
            assert first.span() == again.span() == want.span() and first.groupdict() == want.groupdict()
        else:
            assert first == again == want, method
    lazy = lazy_compile(SOURCE, re.IGNORECASE)
    assert [m.span() for m in lazy.finditer(TEXT)] == [m.span() for m in compiled.finditer(TEXT)]
    assert lazy.groupindex == compiled.groupindex and lazy.pattern == SOURCE


def test_compile_all_compiles_the_pending_ones() -> None:
    lazy = LazyPattern(r"\bport\b")
    assert "search" not in lazy.__dict__
    assert compile_all() >= 1
    assert "search" in lazy.__dict__ and compile_all() == 0
