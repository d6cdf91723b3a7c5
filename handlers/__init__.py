"""Answering: question -> intent -> the right fact -> Answer. One function serves every surface."""

from __future__ import annotations

import logging

from knowledge.store import Store

from handlers.answering import answer
from handlers.conversation import Conversation, Conversations
from handlers.models import Answer, Citation
from handlers.prepare import prepare

__all__ = ["Answer", "Citation", "Conversation", "Conversations", "Store", "answer", "prepare"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
