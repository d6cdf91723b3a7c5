"""What a conversation remembers between questions, and a bounded, expiring map of them.

A follow-up ("When?", "Where is it the biggest port?", "And in dollars?") inherits what it lacks
from the last answer: its entities, its topic words, its paragraph and its figure.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field

from knowledge.models import TimeExpr
from knowledge.store import EntityRow

from handlers.query import Term


@dataclass(slots=True)
class Turn:
    question: str
    intent: str
    terms: list[Term]
    entities: list[EntityRow]
    entity_keys: list[str]
    focus_entity: EntityRow | None  # what "it" / "there" / "they" now points to
    focus_person: EntityRow | None  # who "he" / "she" now points to
    article_id: str
    paragraph: int
    sentence_id: int
    figure_id: int | None = None
    asked: str = ""  # the question's own intent, before a handler answered it another way
    wants: str = ""
    direction: str = ""
    basis: str = ""  # "year on year": what the last question's change was measured against
    times: tuple[TimeExpr, ...] = ()  # "on Monday": the period "and New York?" asks about again
    count_keys: frozenset[str] = frozenset()  # "how many workers": what "and if it is extended?" still counts


@dataclass(slots=True)
class Conversation:
    turns: list[Turn] = field(default_factory=list)
    max_turns: int = 2  # follow-ups read the last turn; more would only cost memory per chat

    @property
    def last(self) -> Turn | None:
        return self.turns[-1] if self.turns else None

    def remember(self, turn: Turn) -> None:
        self.turns.append(turn)
        del self.turns[: -self.max_turns]

    def reset(self) -> None:
        self.turns.clear()


class Conversations:
    """Conversations by key (chat, or chat and user in groups), least recently used dropped first,
    and forgotten after ttl_seconds of quiet. Memory stays bounded however many chats write."""

    def __init__(self, max_size: int = 10_000, ttl_seconds: float = 1800.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.max_size = max_size
        self.ttl_seconds = ttl_seconds
        self._clock = clock
        self._items: OrderedDict[Hashable, tuple[float, Conversation]] = OrderedDict()

    def get(self, key: Hashable) -> Conversation:
        now = self._clock()
        item = self._items.pop(key, None)
        conversation = item[1] if item and now - item[0] <= self.ttl_seconds else Conversation()
        self._items[key] = (now, conversation)
        self._evict(now)
        return conversation

    def forget(self, key: Hashable) -> None:
        self._items.pop(key, None)

    def __len__(self) -> int:
        return len(self._items)

    def _evict(self, now: float) -> None:
        while len(self._items) > self.max_size:
            self._items.popitem(last=False)
        # Oldest first: stop at the first one still fresh.
        while self._items:
            key, (seen, _) = next(iter(self._items.items()))
            if now - seen <= self.ttl_seconds:
                break
            self._items.popitem(last=False)
