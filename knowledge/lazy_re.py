"""Regular expressions compiled on first use, for module-level patterns that most runs never use.

Compiling every module's patterns at import was the largest part of `factbot ask`'s start-up
(some 200 patterns, 150-200 ms on a 2-core machine), yet one question uses a fifth of them: the
extraction-only ones never, the rarer question shapes seldom. ``lazy_compile`` returns a stand-in
that compiles the pattern the first time one of its methods is called, then binds the compiled
pattern's own methods on itself, so every later call costs what the compiled pattern's would (an
attribute of the instance instead of a method of the type). Same source, same flags, so the same
matches; the start-up saving goes to processes that answer one question and exit.

Use it for a costly pattern (a long alternation, many groups) kept at module level; keep
``re.compile`` for one every question uses. A long-running process (the bot) calls
``compile_all()`` at start-up, so that no question pays for a compilation.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")
_MADE: list[LazyPattern] = []  # every stand-in made, for compile_all (module-level: they live as long)


class LazyPattern:
    """A pattern compiled on first use; ``pattern`` and ``flags`` are readable without compiling."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        _MADE.append(self)

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (re's own cache makes a second call cheap), its methods bound here."""
        compiled = re.compile(self.pattern, self.flags)
        for name in _METHODS:
            # Instance attributes shadow the methods below: the next call goes straight to re.
            setattr(self, name, getattr(compiled, name))
        return compiled

    # Each method runs at most once per instance: it compiles, rebinds, and delegates.
    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled().sub(repl, string, count)

    def subn(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> tuple[str, int]:
        return self.compiled().subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled().split(string, maxsplit)

    def __getattr__(self, name: str) -> Any:
        # Anything else a compiled pattern has (groupindex, groups): compile and ask it.
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self.flags!r})"


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    """``re.compile(pattern, flags)``, put off until the pattern is first used."""
    return LazyPattern(pattern, flags)


def compile_all() -> int:
    """Compile every pattern not compiled yet (a process about to serve many questions); returns
    how many were compiled."""
    pending = [p for p in _MADE if "search" not in p.__dict__]
    for lazy in pending:
        lazy.compiled()
    return len(pending)


# The only characters that re's case-insensitive matching takes for an ASCII letter though they
# are not ASCII (the dotted and dotless i, the long s, the Kelvin sign): in a text with one, a
# folded pattern may match where the text's lower case lacks the ASCII word.
_ASCII_LOOKALIKES = re.compile("[\u0130\u0131\u017f\u212a]")
ASCII_LOOKALIKES = _ASCII_LOOKALIKES  # for a guard of its own that has to take the same care


class Guarded:
    """A pattern searched only in a text that holds one of `words`: literal strings, at least one
    of which is in everything the pattern can match (each branch of it needs one). A text with none
    cannot match, so a few substring tests stand for a search of every position (a long
    alternation of \\b-branches costs microseconds a question). With `fold` (a case-insensitive
    pattern), the words are lowercase ASCII and are looked for in the text's lower case; a text
    with an ASCII lookalike always goes to the pattern. Same matches, same results."""

    __slots__ = ("_compiled", "_fold", "_words", "pattern")

    def __init__(self, pattern: re.Pattern[str] | LazyPattern, words: tuple[str, ...], fold: bool = False) -> None:
        self._compiled = pattern
        self._words = words
        self._fold = fold
        self.pattern = pattern.pattern

    def may_match(self, text: str) -> bool:
        # Asked some twenty times a question: an ASCII text (nearly all) holds no lookalike, so
        # the pattern search for one is skipped, and a plain loop tests the words where a
        # generator under any() cost a frame step per word.
        if self._fold:
            if not text.isascii() and _ASCII_LOOKALIKES.search(text):
                return True
            text = text.lower()
        for w in self._words:
            if w in text:
                return True
        return False

    # search and sub, asked some hundred times a question (nearly always of a text holding none of
    # the words), make may_match's test inline: a Python call less each, about a fifth of their cost.
    def search(self, string: str) -> re.Match[str] | None:
        if self._fold:
            if not string.isascii() and _ASCII_LOOKALIKES.search(string):
                return self._compiled.search(string)
            text = string.lower()
        else:
            text = string
        for w in self._words:
            if w in text:
                return self._compiled.search(string)
        return None

    def finditer(self, string: str) -> Iterator[re.Match[str]]:
        return self._compiled.finditer(string) if self.may_match(string) else iter(())

    def findall(self, string: str) -> list[Any]:
        return self._compiled.findall(string) if self.may_match(string) else []

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str) -> str:
        if self._fold:
            if not string.isascii() and _ASCII_LOOKALIKES.search(string):
                return self._compiled.sub(repl, string)
            text = string.lower()
        else:
            text = string
        for w in self._words:
            if w in text:
                return self._compiled.sub(repl, string)
        return string



class GuardedGroup:
    """Guarded patterns applied one after another (each replacing in the text only where it may
    match), tested together: a text in which none of them may match is left as it is by all, so
    one pass over their words (one lower case made) stands for a test of each. Nearly every text
    holds none of a group of rare rules' words. Same words, same folding: may_match is True
    exactly when some member's may_match is (a lookalike text always goes to the members)."""

    __slots__ = ("_folded", "_plain")

    def __init__(self, *guards: Guarded) -> None:
        self._folded = _fewest_words(w for g in guards if g._fold for w in g._words)
        self._plain = _fewest_words(w for g in guards if not g._fold for w in g._words)

    def may_match(self, text: str) -> bool:
        if self._folded:
            if not text.isascii() and _ASCII_LOOKALIKES.search(text):
                return True
            lower = text.lower()
            for w in self._folded:
                if w in lower:
                    return True
        for w in self._plain:
            if w in text:
                return True
        return False


def _fewest_words(words: Iterable[str]) -> tuple[str, ...]:
    """The words, less each one holding another of them (a text holding it holds the other), and
    no duplicates: the same test in fewer look-ups."""
    unique = list(dict.fromkeys(words))
    return tuple(w for w in unique if not any(v != w and v in w for v in unique))

# Patterns made of a question's own words ("\bchina\b", "\bthe\s+firms\b") were compiled afresh
# for nearly every first-time question (re's cache of 512 is crowded out by compile_all): some
# 0.1-0.4 ms each, 5-8% of answering. The helpers below give the same answers without compiling.


def may_contain(text: str, literal: str, fold: bool = False) -> bool:
    """False only when `text` cannot hold `literal` as a pattern needing it would match it (with
    `fold`, as re.IGNORECASE reads it): a test that spares compiling a pattern made of a
    question's word for a text it cannot match. True whenever unsure (a non-ASCII literal, or a
    text with an ASCII lookalike)."""
    if not fold:
        return literal in text
    if not literal.isascii() or (not text.isascii() and _ASCII_LOOKALIKES.search(text)):
        return True
    return literal.lower() in text.lower()


def is_word_char(char: str) -> bool:
    # re's \w for str patterns: Unicode alphanumerics and the underscore.
    return char.isalnum() or char == "_"


def word_spans(text: str, word: str, fold: bool = False) -> list[tuple[int, int]]:
    """The spans of re.finditer(rf"\\b{re.escape(word)}\\b", text, re.IGNORECASE if fold else 0),
    in order, found with str.find instead of a pattern compiled for the word ("saint petersburg",
    "xi'an" too). For a word that starts and ends with a word character, each \\b tests only the
    character outside it; as finditer does, the next hit is looked for from the end of the last
    match, or one past a place that failed. Folded, an ASCII word matches only ASCII letters in a
    text with no ASCII lookalike, and lower() keeps every offset of such a text (only the dotted
    capital I lengthens). Any other word or text goes to re as before."""
    if not (word and is_word_char(word[0]) and is_word_char(word[-1])) \
            or (fold and not (word.isascii() and (text.isascii() or not _ASCII_LOOKALIKES.search(text)))):
        return [m.span() for m in re.finditer(rf"\b{re.escape(word)}\b", text, re.IGNORECASE if fold else 0)]
    hay, needle = (text.lower(), word.lower()) if fold else (text, word)
    spans: list[tuple[int, int]] = []
    size, i = len(text), hay.find(needle)
    while i >= 0:
        end = i + len(needle)
        # (the boundaries read the text itself: \w is a property of the character as written)
        if (i == 0 or not is_word_char(text[i - 1])) and (end == size or not is_word_char(text[end])):
            spans.append((i, end))
            i = hay.find(needle, end)
        else:
            i = hay.find(needle, i + 1)
    return spans


def has_word(text: str, word: str, fold: bool = False) -> bool:
    """re.search(rf"\\b{re.escape(word)}\\b", text, re.IGNORECASE if fold else 0) is not None,
    without compiling a pattern for the word (see word_spans)."""
    return bool(word_spans(text, word, fold)) if may_contain(text, word, fold) else False


# Patterns joining a word of the question or the story ("china", a nation's cities) to a fixed
# part ("\s+(?:summit|forum)s?\b") were compiled for each new word: 0.1-1.6 ms each, paid by the
# first question asking it. The helpers below find the word with str.find and match only the fixed
# part, compiled once at module level: the same matches, no pattern compiled per word.


def literal_starts(text: str, literal: str, fold: bool = False) -> list[int]:
    """Every offset (overlapping ones too) where re.escape(literal) matches `text`, with `fold`
    as re.IGNORECASE reads it. An ASCII literal in a text with no ASCII lookalike is found with
    str.find in the lower case (the same offsets); anything else asks re, one match per offset."""
    if not literal:
        return list(range(len(text) + 1))
    if fold and not (literal.isascii() and (text.isascii() or not _ASCII_LOOKALIKES.search(text))):
        return [m.start() for m in re.finditer(f"(?=(?i:{re.escape(literal)}))", text)]
    hay, needle = (text.lower(), literal.lower()) if fold else (text, literal)
    starts: list[int] = []
    i = hay.find(needle)
    while i >= 0:
        starts.append(i)
        i = hay.find(needle, i + 1)
    return starts


def literal_at(text: str, i: int, literal: str, fold: bool = False) -> bool:
    """Whether re.escape(literal) matches text at offset i (with `fold`, as re.IGNORECASE reads
    it: character by character, so over len(literal) characters)."""
    piece = text[i:i + len(literal)]
    if not fold:
        return piece == literal
    if literal.isascii() and (piece.isascii() or not _ASCII_LOOKALIKES.search(piece)):
        # (no other character folds to an ASCII one, nor lowers to one: a piece with "’" or "é"
        # matches only where those are the literal's, which, ASCII, has none)
        return piece.lower() == literal.lower()
    return re.fullmatch(f"(?i:{re.escape(literal)})", piece) is not None


def at_boundary(text: str, i: int) -> bool:
    """Whether re's \\b holds at offset i of text (a word character on one side only)."""
    return (i > 0 and is_word_char(text[i - 1])) != (i < len(text) and is_word_char(text[i]))


Alternative = tuple[str, bool, "re.Pattern[str] | LazyPattern"]  # a literal, whether folded, what follows it


def finditer_after(text: str, alternatives: tuple[Alternative, ...], pos: int = 0) -> Iterator[re.Match[str]]:
    """The matches of re.finditer(r"\\b(?:" + "|".join(w + tail ...) + ")", text), each literal w
    escaped and wrapped in (?i:...) when folded, given as the tail's match (from the literal's end;
    its groups are the whole pattern's when the alternation captures nothing): as re does, each
    match is the leftmost start where an alternative matches, the first alternative in order
    winning, and the next is looked for from the end of the last. (Exact where no whole match is
    empty: after one, re may start the next at the same place, which this does not.)"""
    starts = sorted({(i, n) for n, (literal, fold, _) in enumerate(alternatives)
                     for i in literal_starts(text, literal, fold) if at_boundary(text, i)})
    for i, n in starts:
        if i < pos:
            continue
        literal, _, tail = alternatives[n]
        m = tail.match(text, i + len(literal))
        if m is not None:
            pos = max(m.end(), i + 1)  # (an empty whole match: re moves on by one)
            yield m


def follows(text: str, word: str, head: re.Pattern[str] | LazyPattern, head_starts: re.Pattern[str] | LazyPattern,
            fold: bool = False) -> bool:
    """re.search(head.pattern + re.escape(word) + r"\b", text, head.flags) is not None (`fold`:
    head.flags hold re.IGNORECASE), compiling nothing for the word: each place str.find finds the
    word with \\b after it is tried with ends_after."""
    end = len(word)
    return any(at_boundary(text, i + end) and ends_after(text, i, head, head_starts) for i in literal_starts(text, word, fold))


def search_after(text: str, alternatives: tuple[Alternative, ...]) -> re.Match[str] | None:
    """The first of finditer_after: re.search of the same pattern, as the tail's match."""
    return next(finditer_after(text, alternatives), None)


def ends_after(text: str, i: int, head: re.Pattern[str] | LazyPattern, head_starts: re.Pattern[str] | LazyPattern) -> bool:
    """Whether `head` matches some text[p:i] whole (lookbehinds and \\b reading on before p): a
    pattern head + X matches with X at i. `head_starts` is a zero-width pattern ("(?=" + head +
    ")") finding every p where head can start, so that overlapping ones are tried too."""
    return any(head.fullmatch(text, m.start(), i) is not None for m in head_starts.finditer(text, 0, i))
