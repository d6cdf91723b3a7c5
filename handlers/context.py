"""One question being answered: its text, the store, the conversation, and what was worked out
once for every handler (the parsed query and the evidence pool)."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.store import Store

from handlers.conversation import Conversation
from handlers.evidence import Pool
from handlers.query import Query


@dataclass(slots=True)
class Ask:
    question: str
    store: Store
    conversation: Conversation
    query: Query
    pool: Pool
