"""bot/telegram_request.py: the aiohttp backend behaves like PTB's HTTPXRequest where the bot can
tell (what reaches the server, which telegram.error each failure becomes)."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
from aiohttp import web
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile
from telegram.error import BadRequest, NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData
from telegram.request._requestparameter import RequestParameter

from bot.telegram_request import AiohttpRequest
from tests.bot.fake_bot_api import DEFAULT_TOKEN, FakeBotApi

pytestmark = pytest.mark.timeout(30)


class EchoServer:
    """Answers every request with what it received; /slow/... waits before answering."""

    def __init__(self) -> None:
        self.seen: list[dict[str, Any]] = []
        self.port = 0
        self._runner: web.AppRunner | None = None

    async def _handle(self, request: web.Request) -> web.Response:
        if request.path.startswith("/slow"):
            await asyncio.sleep(2)
        record: dict[str, Any] = {
            "method": request.method,
            "content_type": request.content_type,
            "user_agent": request.headers.get("User-Agent", ""),
        }
        if request.content_type == "multipart/form-data":
            fields: dict[str, Any] = {}
            async for part in await request.multipart():
                fields[part.name] = (part.filename, await part.read())  # type: ignore[union-attr]
            record["fields"] = fields
        else:
            record["body"] = await request.read()
        self.seen.append(record)
        return web.json_response({"ok": True, "result": True})

    async def start(self) -> EchoServer:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()


@pytest_asyncio.fixture
async def echo() -> AsyncIterator[EchoServer]:
    server = await EchoServer().start()
    yield server
    await server.stop()


@pytest_asyncio.fixture
async def request_() -> AsyncIterator[AiohttpRequest]:
    req = AiohttpRequest(connection_pool_size=4)
    await req.initialize()
    yield req
    await req.shutdown()


def _data(**values: Any) -> RequestData:
    return RequestData([RequestParameter.from_input(k, v) for k, v in values.items()])


async def test_parameters_arrive_as_typed_json(
    echo: EchoServer, request_: AiohttpRequest
) -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("📄 Source", callback_data="src:1:a")]])
    text = "<b>1,200</b> firms — “quoted” & ünïcode \U0001f600"
    payload = await request_.post(
        f"http://127.0.0.1:{echo.port}/bot{DEFAULT_TOKEN}/sendMessage",
        _data(chat_id=42, text=text, reply_markup=markup, disable_notification=True),
    )
    assert payload is True
    [seen] = echo.seen
    assert seen["method"] == "POST"
    assert seen["content_type"] == "application/json"
    assert seen["user_agent"] == BaseRequest.USER_AGENT
    assert json.loads(seen["body"]) == {
        "chat_id": 42,
        "text": text,
        "reply_markup": {"inline_keyboard": [[{"text": "📄 Source", "callback_data": "src:1:a"}]]},
        "disable_notification": True,
    }


async def test_files_go_as_multipart(echo: EchoServer, request_: AiohttpRequest) -> None:
    document = InputFile(b"hello", filename="a.txt")
    await request_.post(
        f"http://127.0.0.1:{echo.port}/bot{DEFAULT_TOKEN}/sendDocument",
        _data(chat_id=42, document=document, caption="cap"),
    )
    [seen] = echo.seen
    assert seen["content_type"] == "multipart/form-data"
    fields = seen["fields"]
    assert fields["chat_id"] == (None, b"42")
    assert fields["caption"] == (None, b"cap")
    assert fields["document"] == ("a.txt", b"hello")


async def test_read_timeout_is_timed_out(echo: EchoServer, request_: AiohttpRequest) -> None:
    with pytest.raises(TimedOut):
        await request_.post(f"http://127.0.0.1:{echo.port}/slow/getMe", read_timeout=0.2)


async def test_pool_timeout_is_timed_out(echo: EchoServer) -> None:
    req = AiohttpRequest(connection_pool_size=1, pool_timeout=0.2, connect_timeout=0.1)
    await req.initialize()
    try:
        slow = asyncio.create_task(req.post(f"http://127.0.0.1:{echo.port}/slow/getMe"))
        await asyncio.sleep(0.2)  # the only connection is busy now
        with pytest.raises(TimedOut):
            await req.post(f"http://127.0.0.1:{echo.port}/bot{DEFAULT_TOKEN}/getMe")
        assert await slow is True
    finally:
        await req.shutdown()


async def test_refused_connection_is_network_error(request_: AiohttpRequest) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(NetworkError) as raised:
        await request_.post(f"http://127.0.0.1:{port}/bot{DEFAULT_TOKEN}/getMe")
    assert not isinstance(raised.value, TimedOut)
    assert raised.value.message.startswith("aiohttp.")


@pytest.mark.parametrize("kind", ["drop", "drop_after"])
async def test_dropped_connection_is_network_error_and_not_retried(
    kind: str, request_: AiohttpRequest
) -> None:
    async with FakeBotApi() as api:
        chat = api.private_chat()
        api.inject("sendMessage", kind)
        with pytest.raises(NetworkError) as raised:
            await request_.post(
                f"{api.base_url}{DEFAULT_TOKEN}/sendMessage", _data(chat_id=chat.id, text="hi")
            )
        assert not isinstance(raised.value, TimedOut)
        # aiohttp must not resend a POST by itself: one attempt reached the server
        assert len(api.calls_of("sendMessage", outcome=None)) == 1


async def test_api_errors_map_like_httpx(request_: AiohttpRequest) -> None:
    async with FakeBotApi() as api:
        with pytest.raises(BadRequest, match="(?i)chat not found"):
            await request_.post(
                f"{api.base_url}{DEFAULT_TOKEN}/sendMessage", _data(chat_id=1, text="hi")
            )


async def test_lifecycle() -> None:
    req = AiohttpRequest(connection_pool_size=1)
    async with FakeBotApi() as api:
        url = f"{api.base_url}{DEFAULT_TOKEN}/getMe"
        await req.initialize()
        assert (await req.post(url))["username"] == api.me["username"]
        await req.shutdown()
        await req.shutdown()  # twice is fine
        with pytest.raises(NetworkError, match="not initialized"):  # PTB wraps the RuntimeError
            await req.post(url)
        await req.initialize()  # usable again, as HTTPXRequest is
        assert (await req.post(url))["id"] == api.me["id"]
        await req.shutdown()


async def test_a_bot_on_it_talks_to_the_fake_server() -> None:
    async with FakeBotApi() as api:
        chat = api.private_chat()
        bot = Bot(
            DEFAULT_TOKEN,
            base_url=api.base_url,
            request=AiohttpRequest(connection_pool_size=2),
            get_updates_request=AiohttpRequest(connection_pool_size=1),
        )
        async with bot:
            api.send_text(chat, "hello")
            [update] = await bot.get_updates(timeout=1)
            assert update.message is not None and update.message.text == "hello"
            sent = await bot.send_message(chat.id, "<b>hi</b>", parse_mode="HTML")
            assert sent.text == "hi" and sent.chat.id == chat.id
            assert (await bot.get_updates(offset=update.update_id + 1, timeout=0)) == ()
