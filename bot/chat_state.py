"""Bounded per-process chat state the Telegram application keeps in `bot_data`: flood windows,
which replies answered which message, and per-chat ordering of updates."""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict, deque
from collections.abc import Awaitable, Hashable, Sequence
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor




class FloodGuard:
    """Per-chat sliding-window rate check: `rate` messages per `window` seconds.

    `check()` says "ok", "notice" (first message over the rate: send one polite line) or
    "silent" (still too fast). Messages sent while flooding count too, so a chat is answered
    again once it slows below the rate. At most `max_chats` chats are tracked; idle chats expire.
    """

    def __init__(self, rate: int, window: float, *, max_chats: int = 10_000) -> None:
        self.rate = max(1, int(rate))
        self.window = float(window)
        self.max_chats = max_chats
        self._chats: OrderedDict[Hashable, tuple[deque[float], list[bool]]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._chats)

    def check(self, chat_id: Hashable, now: float | None = None) -> str:
        now = time.monotonic() if now is None else now
        entry = self._chats.get(chat_id)
        if entry is None:
            self._expire(now)
            entry = (deque(maxlen=self.rate), [False])
            self._chats[chat_id] = entry
        else:
            self._chats.move_to_end(chat_id)
        stamps, noticed = entry
        flooding = len(stamps) >= self.rate and now - stamps[0] < self.window
        stamps.append(now)
        if not flooding:
            noticed[0] = False
            return "ok"
        if noticed[0]:
            return "silent"
        noticed[0] = True
        return "notice"

    def _expire(self, now: float) -> None:
        # Oldest-touched first: drop idle chats, and anything beyond max_chats.
        while self._chats:
            key, (stamps, _) = next(iter(self._chats.items()))
            idle = not stamps or now - stamps[-1] >= self.window
            if len(self._chats) >= self.max_chats or idle:
                self._chats.popitem(last=False)
            else:
                break


class ReplyTracker:
    """Bounded map (chat id, user message id) -> ids of the bot's replies, oldest evicted."""

    def __init__(self, max_size: int = 10_000) -> None:
        self.max_size = max_size
        self._map: OrderedDict[tuple[int, int], list[int]] = OrderedDict()

    def remember(self, chat_id: int, message_id: int, replies: Sequence[int]) -> None:
        self._map[(chat_id, message_id)] = list(replies)
        self._map.move_to_end((chat_id, message_id))
        while len(self._map) > self.max_size:
            self._map.popitem(last=False)

    def replies(self, chat_id: int, message_id: int) -> list[int]:
        return list(self._map.get((chat_id, message_id), []))


class BoundedUpdateQueue(asyncio.Queue[object]):
    """The Application's update queue, letting at most `limit` updates be in the bot at once,
    from being queued until they are handled (task_done): put() waits while that many are.

    python-telegram-bot's Application takes each update off its queue as soon as it arrives and
    makes a task of it that then waits for a concurrency slot, and its Updater fetches the next
    batch as soon as the last one is queued. So a backlog (the updates Telegram kept while the bot
    was down, or a burst) was fetched, parsed and held in full at once: some 5 KB per update, 15-20
    MB for 3,000 (bench/bench_bot.py), and every garbage collection walked them all. With room for
    `limit`, the Updater waits at put() until updates are done and Telegram keeps the rest until
    then; PTB's own accounting (join(), task_done()) is unchanged.
    """

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = max(1, limit)
        self._held = 0  # put and not yet task_done
        self._room = asyncio.Event()
        self._room.set()

    async def put(self, item: object) -> None:
        while self._held >= self.limit:
            self._room.clear()
            await self._room.wait()
        await super().put(item)

    def put_nowait(self, item: object) -> None:
        super().put_nowait(item)
        self._held += 1

    def task_done(self) -> None:
        super().task_done()
        self._held = max(0, self._held - 1)
        if self._held < self.limit:
            self._room.set()

    def held(self) -> int:
        """Updates queued or being handled."""
        return self._held


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Updates from different chats run concurrently; updates from one chat run in order.

    So a slow chat (e.g. one hitting a group rate limit) does not hold up the others, while a
    conversation's follow-ups are answered in the order they were asked. (PTB takes a slot of
    `max_concurrent_updates` before the chat lock; a flooding chat's extra updates are dropped
    by flood control in microseconds, so they cannot hold many slots for long.)
    """

    def __init__(self, max_concurrent_updates: int = 256) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[Hashable, tuple[asyncio.Lock, int]] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = _ordering_key(update)
        lock, users = self._locks.get(key, (None, 0))
        if lock is None:
            lock = asyncio.Lock()
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                await coroutine
        finally:
            lock, users = self._locks[key]
            if users <= 1:
                del self._locks[key]  # no one else waiting: keep the map bounded
            else:
                self._locks[key] = (lock, users - 1)

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass


def _ordering_key(update: object) -> Hashable:
    if isinstance(update, Update):
        if update.effective_chat is not None:
            return ("chat", update.effective_chat.id)
        if update.effective_user is not None:
            return ("user", update.effective_user.id)
        return ("update", update.update_id)
    return ("other", id(update))
