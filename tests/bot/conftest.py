"""Fixtures for the Telegram tests: a seeded store, the fake Bot API, and a running bot.

The bot runs the real python-telegram-bot polling loop (Updater.start_polling) against the fake
server on 127.0.0.1, exactly as `Application.run_polling` would, minus signal handling.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from telegram import Update
from telegram.ext import Application

import knowledge
from bot.settings import load_settings
from bot.telegram_app import build_application
from knowledge.store import Store
from tests.bot.fake_bot_api import DEFAULT_TOKEN, FakeBotApi

SEED = Path(knowledge.__file__).parent / "data" / "seed.txt"


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings come only from what each test passes, never from the caller's shell."""
    import os

    for name in list(os.environ):
        if name.startswith(("FACTBOT_", "TELEGRAM_")):
            monkeypatch.delenv(name)


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("store") / "factbot.db"
    store = Store.open(path)
    try:
        store.ingest_file(SEED)
    finally:
        store.close()
    return path


@pytest.fixture
def store(seed_db: Path) -> Iterator[Store]:
    opened = Store.open(seed_db)
    try:
        yield opened
    finally:
        opened.close()


@pytest_asyncio.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as server:
        yield server


StartBot = Callable[..., Awaitable[Application]]


@pytest_asyncio.fixture
async def start_bot(api: FakeBotApi, store: Store) -> AsyncIterator[StartBot]:
    """start_bot(**setting_overrides) -> a running Application polling the fake server."""
    started: list[Application] = []

    async def start(**overrides: Any) -> Application:
        values: dict[str, Any] = {
            "telegram_bot_token": DEFAULT_TOKEN,
            "telegram_api_base_url": api.base_url,
            "flood_rate": 1000,
            "flood_window": 60,
            "_env_file": None,
        }
        values.update(overrides)
        app = build_application(load_settings(**values), store)
        await app.initialize()
        if app.post_init:
            await app.post_init(app)
        assert app.updater is not None
        await app.updater.start_polling(
            poll_interval=0, timeout=5, allowed_updates=Update.ALL_TYPES
        )
        await app.start()
        started.append(app)
        return app

    yield start
    for app in reversed(started):
        if app.updater is not None and app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
        await app.shutdown()


@pytest_asyncio.fixture
async def app(start_bot: StartBot) -> Application:
    return await start_bot()


async def settle(app: Application, api: FakeBotApi, timeout: float = 5.0) -> None:
    """Wait until every queued update was fetched and fully handled (stable for 60 ms)."""
    deadline = time.monotonic() + timeout
    quiet_since: float | None = None
    while time.monotonic() < deadline:
        idle = (
            api.pending_updates == 0
            and app.update_queue.empty()
            and app.update_processor.current_concurrent_updates == 0
        )
        now = time.monotonic()
        if idle:
            quiet_since = quiet_since or now
            if now - quiet_since >= 0.06:
                return
        else:
            quiet_since = None
        await asyncio.sleep(0.01)
    raise AssertionError("bot did not settle")
