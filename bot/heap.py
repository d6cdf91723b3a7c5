"""Settling the heap once start-up is over, shared by every surface that answers many questions.

It lives apart from bot/telegram_app.py so that the console chat, `factbot ask` reading stdin and
`factbot eval` can settle the heap as the Telegram bot does without importing python-telegram-bot.
"""

from __future__ import annotations

import gc

from knowledge import lazy_re

# The young generation's collection threshold while serving (CPython's default is 700).
GC_YOUNG_THRESHOLD = 10_000


def settle_heap() -> None:
    """Make the cyclic garbage collector cheap for a bot that has finished starting up.

    Answering allocates many short-lived containers, so with CPython's defaults the collector ran
    ~150 times per 1,000 updates, and each full collection walked the whole start-up heap (the
    store's caches, the lexicon, the lemmatiser's dictionary, python-telegram-bot): ~0.1 ms of
    CPU per update, ~4% of the bot's own (bench/bench_bot.py). `gc.freeze()` moves everything
    alive now out of the collector's sight for good (it is never garbage: it lives as long as
    the process), and a young-generation threshold of GC_YOUNG_THRESHOLD collects ~15x less
    often. Memory stays bounded: garbage without cycles is freed by reference counting as
    before, and cycles still go at the next collection. Call it once, after the store is open
    and its facts prepared (handlers.prepare): telegram_app.run(), the console chat,
    `factbot ask` reading stdin and `factbot eval` do.

    First it compiles the regular expressions that one-question commands compile on first use
    (knowledge.lazy_re): a serving bot should not make a question wait for that, and compiled
    now they are frozen with the rest of the start-up heap.
    """
    lazy_re.compile_all()
    gc.collect()
    gc.freeze()
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(GC_YOUNG_THRESHOLD, older, oldest)
