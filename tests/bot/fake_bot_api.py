"""A small fake Telegram Bot API server for end-to-end tests (aiohttp.web on 127.0.0.1).

Point python-telegram-bot at it with `ApplicationBuilder().base_url(server.base_url)` (or the
TELEGRAM_API_BASE_URL setting). It serves the methods factbot uses, checks what a real server
checks (token, HTML entities, 4096-character limit, 64-byte callback_data, "message is not
modified"), logs every call, lets tests enqueue updates and inject faults, and offers helpers to
wait for what the bot sent.

    async with FakeBotApi() as api:
        chat = api.private_chat()
        api.send_text(chat, "How many firms?")
        [reply] = await api.wait_for_messages(chat.id, 1)
"""

from __future__ import annotations

import asyncio
import html
import itertools
import json
import random
import re
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

BOT_ID = 4242424242
BOT_USERNAME = "factbot_test_bot"
DEFAULT_TOKEN = "123:ABC"

# Parameters that are plain strings on the wire; everything else is JSON-decoded when possible.
_STRING_PARAMS = {
    "text",
    "query",
    "inline_query_id",
    "callback_query_id",
    "parse_mode",
    "inline_message_id",
    "url",
    "next_offset",
    "secret_token",
    "language_code",
    "caption",
}

_ALLOWED_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a",
    "code", "pre", "blockquote", "tg-emoji",
}  # fmt: skip
_TAG_RE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:=\"[^\"]*\"|='[^']*')?)*)\s*(/?)>")
_ENTITY_RE = re.compile(r"&(lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


class EntityParseError(ValueError):
    pass


def parse_html(markup: str) -> str:
    """Telegram's HTML parse mode, strictly: the visible text, or EntityParseError."""
    out: list[str] = []
    stack: list[str] = []
    pos = 0
    while pos < len(markup):
        char = markup[pos]
        if char == "<":
            match = _TAG_RE.match(markup, pos)
            if not match:
                raise EntityParseError(f"Unexpected end name token at byte offset {pos}")
            closing, name, _attrs, _selfclose = match.groups()
            name = name.lower()
            if name not in _ALLOWED_TAGS:
                kind = "end" if closing else "start"
                raise EntityParseError(f'Unsupported {kind} tag "{name}" at byte offset {pos}')
            if closing:
                if not stack or stack[-1] != name:
                    raise EntityParseError(
                        f'Can\'t find start tag corresponding to end tag "{name}" at byte offset {pos}'
                    )
                stack.pop()
            else:
                stack.append(name)
            pos = match.end()
        elif char == "&":
            match = _ENTITY_RE.match(markup, pos)
            if not match:
                raise EntityParseError(f"Unsupported HTML entity at byte offset {pos}")
            ref = match.group(1)
            if ref in _NAMED:
                out.append(_NAMED[ref])
            else:
                out.append(html.unescape(f"&{ref};"))
            pos = match.end()
        elif char == ">":
            raise EntityParseError(f'Unexpected ">" at byte offset {pos}')
        else:
            out.append(char)
            pos += 1
    if stack:
        raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1]}"')
    return "".join(out)


def tg_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _utf16_offset(text: str, index: int) -> int:
    return tg_len(text[:index])


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float
    outcome: str = "ok"  # ok | error:<code> | fault:<kind> | dropped | accepted-dropped


@dataclass
class Chat:
    id: int
    type: str  # private | group | supergroup
    title: str = ""
    user: dict[str, Any] | None = None  # the default sender (the private chat's user)

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "type": self.type}
        if self.type == "private" and self.user:
            data["first_name"] = self.user["first_name"]
            data["username"] = self.user["username"]
        else:
            data["title"] = self.title
        return data


@dataclass
class SentMessage:
    """A message the bot sent (or a user message, for the chat history)."""

    chat_id: int
    message_id: int
    text: str  # visible text
    html: str  # what the bot sent as text (raw)
    parse_mode: str | None
    reply_markup: dict[str, Any] | None
    reply_to: int | None
    data: dict[str, Any]  # the Message object as the API returned it
    edits: int = 0
    from_bot: bool = True

    def buttons(self) -> list[dict[str, Any]]:
        if not self.reply_markup:
            return []
        return [b for row in self.reply_markup.get("inline_keyboard", []) for b in row]

    def button_texts(self) -> list[str]:
        return [b["text"] for b in self.buttons()]


@dataclass
class Fault:
    kind: str  # 429 | 500 | 403 | 400 | drop | drop_after
    remaining: int
    retry_after: int = 1
    chat_id: int | None = None


FAULT_KINDS = {"429", "500", "403", "400", "drop", "drop_after"}


@dataclass
class RandomFaults:
    """Each call fails with kind k with probability mix[k] (see FakeBotApi.inject_random)."""

    mix: dict[str, float]
    retry_after: tuple[int, ...] = (1,)
    rng: random.Random = field(default_factory=random.Random)


@dataclass
class _State:
    updates: list[dict[str, Any]] = field(default_factory=list)
    next_update_id: int = 1000
    confirmed: int = 0  # every update_id below this was acknowledged via offset


class FakeBotApi:
    """The fake server. Use as an async context manager, or `await start()` / `await stop()`."""

    def __init__(
        self, token: str = DEFAULT_TOKEN, *, max_poll: float = 2.0, history: bool = True
    ) -> None:
        self.token = token
        self.max_poll = max_poll  # cap on a long poll, so shutdowns stay quick
        # history=False (long benchmarks): keep no call log and no message history, so the
        # server's memory stays flat; counters and on_call still see every call.
        self.history = history
        self.on_call: Callable[[Call], None] | None = None  # called once per finished call
        self.outcomes: dict[tuple[str, str], int] = defaultdict(int)  # (method, outcome) -> n
        self.random_faults: dict[str, RandomFaults] = {}
        self.port = 0
        self.calls: list[Call] = []
        self.chats: dict[int, Chat] = {}
        self.messages: dict[int, list[SentMessage]] = defaultdict(list)
        self.inline_messages: dict[str, SentMessage] = {}
        self.commands: list[dict[str, Any]] = []
        self.faults: dict[str, list[Fault]] = defaultdict(list)
        self.me = {
            "id": BOT_ID,
            "is_bot": True,
            "first_name": "FactBot",
            "username": BOT_USERNAME,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
        }
        self._state = _State()
        self._message_ids: dict[int, itertools.count] = defaultdict(lambda: itertools.count(1))
        self._ids = itertools.count(1)
        self._changed: asyncio.Condition | None = None
        self._closing = False
        self._runner: web.AppRunner | None = None

    # --- lifecycle ------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    async def start(self) -> FakeBotApi:
        self._changed = asyncio.Condition()
        app = web.Application(client_max_size=10 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, shutdown_timeout=1.0, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        self._closing = True
        await self._notify()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeBotApi:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def _notify(self) -> None:
        if self._changed is None:
            return
        async with self._changed:
            self._changed.notify_all()

    def _notify_soon(self) -> None:
        if self._changed is not None:
            asyncio.get_running_loop().create_task(self._notify())

    # --- faults ---------------------------------------------------------------------------

    def inject(
        self,
        method: str,
        kind: str,
        *,
        times: int = 1,
        retry_after: int = 1,
        chat_id: int | None = None,
    ) -> None:
        """Fail the next `times` calls of `method` (optionally only those for `chat_id`).

        kind: "429" (Too Many Requests with retry_after), "500", "403" (bot was blocked by the
        user), "400" (can't parse entities), "drop" (close the connection without a response),
        "drop_after" (carry the call out, e.g. send the message, then close the connection
        without a response: the client cannot tell it from "drop").
        """
        if kind not in FAULT_KINDS:
            raise ValueError(kind)
        self.faults[method].append(Fault(kind, times, retry_after, chat_id))

    def inject_random(
        self,
        method: str,
        mix: dict[str, float],
        *,
        retry_after: int | tuple[int, ...] = 1,
        seed: int | None = None,
    ) -> None:
        """Fail every call of `method` at random, e.g. {"429": 0.05, "500": 0.02, "drop": 0.01};
        a 429 carries retry_after (or one drawn from a tuple of choices). Counted faults from
        `inject` are served first. An empty mix turns random faults off for `method`."""
        if not mix:
            self.random_faults.pop(method, None)
            return
        if any(kind not in FAULT_KINDS for kind in mix) or sum(mix.values()) > 1:
            raise ValueError(mix)
        choices = (retry_after,) if isinstance(retry_after, int) else tuple(retry_after)
        self.random_faults[method] = RandomFaults(dict(mix), choices, random.Random(seed))

    def _take_fault(self, method: str, params: dict[str, Any]) -> Fault | None:
        for fault in self.faults.get(method, []):
            if fault.remaining <= 0:
                continue
            if fault.chat_id is not None and params.get("chat_id") != fault.chat_id:
                continue
            fault.remaining -= 1
            return fault
        spec = self.random_faults.get(method)
        if spec is not None:
            roll = spec.rng.random()
            for kind, probability in spec.mix.items():
                if roll < probability:
                    return Fault(kind, 0, spec.rng.choice(spec.retry_after))
                roll -= probability
        return None

    # --- HTTP -----------------------------------------------------------------------------

    async def _read_params(self, request: web.Request) -> dict[str, Any]:
        raw: dict[str, Any] = {}
        if request.content_type == "application/json":
            body = await request.json()
            raw = dict(body) if isinstance(body, dict) else {}
            return raw
        if request.method == "POST":
            form = await request.post()
            for key, value in form.items():
                raw[key] = value if isinstance(value, str) else "<file>"
        raw.update(request.query)
        params: dict[str, Any] = {}
        for key, value in raw.items():
            if key in _STRING_PARAMS or not isinstance(value, str):
                params[key] = value
                continue
            try:
                params[key] = json.loads(value)
            except ValueError:
                params[key] = value
        return params

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        method = request.match_info["method"]
        params = await self._read_params(request)
        call = Call(method, params, time.monotonic())
        if self.history:
            self.calls.append(call)
        try:
            if request.match_info["token"] != self.token:
                call.outcome = "error:401"
                return _error(401, "Unauthorized")
            fault = self._take_fault(method, params)
            if fault is not None and fault.kind != "drop_after":
                call.outcome = f"fault:{fault.kind}"
                if fault.kind == "drop":
                    call.outcome = "dropped"
                    if request.transport is not None:
                        request.transport.abort()
                    return web.Response(status=500)  # never reaches the client
                return _fault_response(fault)
            handler = getattr(self, f"_api_{method}", None)
            if handler is None:
                call.outcome = "error:404"
                return _error(404, "Not Found")
            try:
                result = await handler(params)
            except ApiError as exc:
                call.outcome = f"error:{exc.code}"
                return _error(exc.code, exc.description)
            if fault is not None:  # drop_after: done, but the client never hears so
                call.outcome = "accepted-dropped"
                if request.transport is not None:
                    request.transport.abort()
                return web.Response(status=500)
            return web.json_response({"ok": True, "result": result})
        finally:
            self.outcomes[(method, call.outcome)] += 1
            if self.on_call is not None:
                self.on_call(call)
            self._notify_soon()

    # --- API methods ----------------------------------------------------------------------

    async def _api_getMe(self, params: dict[str, Any]) -> Any:
        return self.me

    async def _api_deleteWebhook(self, params: dict[str, Any]) -> Any:
        if params.get("drop_pending_updates"):
            self._state.confirmed = self._state.next_update_id
            self._state.updates.clear()
        return True

    async def _api_setWebhook(self, params: dict[str, Any]) -> Any:
        return True

    async def _api_getWebhookInfo(self, params: dict[str, Any]) -> Any:
        return {"url": "", "has_custom_certificate": False, "pending_update_count": 0}

    async def _api_close(self, params: dict[str, Any]) -> Any:
        return True

    async def _api_logOut(self, params: dict[str, Any]) -> Any:
        return True

    async def _api_setMyCommands(self, params: dict[str, Any]) -> Any:
        commands = params.get("commands") or []
        for command in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", command.get("command", "")):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(command.get("description", "")) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        self.commands = list(commands)
        return True

    async def _api_getMyCommands(self, params: dict[str, Any]) -> Any:
        return self.commands

    async def _api_deleteMyCommands(self, params: dict[str, Any]) -> Any:
        self.commands = []
        return True

    async def _api_sendChatAction(self, params: dict[str, Any]) -> Any:
        return True

    async def _api_getUpdates(self, params: dict[str, Any]) -> Any:
        offset = params.get("offset")
        limit = int(params.get("limit") or 100)
        timeout = float(params.get("timeout") or 0)
        if isinstance(offset, int) and offset > self._state.confirmed:
            self._state.confirmed = offset
            self._state.updates = [u for u in self._state.updates if u["update_id"] >= offset]
        deadline = time.monotonic() + min(timeout, self.max_poll)
        assert self._changed is not None
        async with self._changed:
            while not self._state.updates and not self._closing:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                try:
                    await asyncio.wait_for(self._changed.wait(), left)
                except TimeoutError:
                    break
        return self._state.updates[:limit]

    def _check_markup(self, params: dict[str, Any]) -> dict[str, Any] | None:
        markup = params.get("reply_markup")
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise ApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")
        for row in markup.get("inline_keyboard", []):
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode()) <= 64:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
                if not button.get("text"):
                    raise ApiError(400, "Bad Request: text buttons are unallowed in the inline keyboard")
        return markup

    def _visible(self, text: Any, parse_mode: str | None) -> str:
        if not isinstance(text, str) or not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if parse_mode and parse_mode.upper() == "HTML":
            try:
                visible = parse_html(text)
            except EntityParseError as exc:
                raise ApiError(400, f"Bad Request: can't parse entities: {exc}") from None
        elif parse_mode:
            raise ApiError(400, f"Bad Request: unsupported parse_mode {parse_mode}")
        else:
            visible = text
        if not visible.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if tg_len(visible) > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        return visible

    async def _api_sendMessage(self, params: dict[str, Any]) -> Any:
        chat_id = params.get("chat_id")
        if chat_id not in self.chats:
            raise ApiError(400, "Bad Request: chat not found")
        parse_mode = params.get("parse_mode")
        visible = self._visible(params.get("text"), parse_mode)
        markup = self._check_markup(params)
        reply_to = None
        reply_parameters = params.get("reply_parameters")
        if isinstance(reply_parameters, dict):
            reply_to = reply_parameters.get("message_id")
        elif params.get("reply_to_message_id") is not None:
            reply_to = int(params["reply_to_message_id"])
        chat = self.chats[chat_id]
        message_id = next(self._message_ids[chat_id])
        data: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": chat.as_dict(),
            "from": {k: self.me[k] for k in ("id", "is_bot", "first_name", "username")},
            "text": visible,
        }
        if markup:
            data["reply_markup"] = markup
        if reply_to is not None:
            original = self.find_message(chat_id, reply_to)
            if original is not None:
                data["reply_to_message"] = original.data
        sent = SentMessage(
            chat_id, message_id, visible, params["text"], parse_mode, markup, reply_to, data
        )
        if self.history:
            self.messages[chat_id].append(sent)
        return data

    async def _api_editMessageText(self, params: dict[str, Any]) -> Any:
        parse_mode = params.get("parse_mode")
        visible = self._visible(params.get("text"), parse_mode)
        markup = self._check_markup(params)
        if params.get("inline_message_id"):
            sent = self.inline_messages.get(params["inline_message_id"])
            if sent is None:
                raise ApiError(400, "Bad Request: message to edit not found")
        else:
            sent = self.find_message(params.get("chat_id"), params.get("message_id"))
            if sent is None or not sent.from_bot:
                raise ApiError(400, "Bad Request: message to edit not found")
        if sent.text == visible and sent.reply_markup == markup:
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message content and reply "
                "markup are exactly the same as a current content and reply markup of the message",
            )
        sent.text, sent.html, sent.parse_mode = visible, params["text"], parse_mode
        sent.reply_markup = markup
        sent.edits += 1
        sent.data = dict(sent.data, text=visible, edit_date=int(time.time()))
        if markup:
            sent.data["reply_markup"] = markup
        else:
            sent.data.pop("reply_markup", None)
        return True if params.get("inline_message_id") else sent.data

    async def _api_answerInlineQuery(self, params: dict[str, Any]) -> Any:
        results = params.get("results") or []
        if len(results) > 50:
            raise ApiError(400, "Bad Request: RESULTS_TOO_MUCH")
        ids = [r.get("id") for r in results]
        if len(set(ids)) != len(ids) or any(not i or len(str(i).encode()) > 64 for i in ids):
            raise ApiError(400, "Bad Request: RESULT_ID_INVALID")
        for result in results:
            content = result.get("input_message_content") or {}
            self._visible(content.get("message_text"), content.get("parse_mode"))
            if result.get("reply_markup"):
                self._check_markup({"reply_markup": result["reply_markup"]})
        return True

    async def _api_answerCallbackQuery(self, params: dict[str, Any]) -> Any:
        if len(params.get("text") or "") > 200:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        return True

    async def _api_deleteMessage(self, params: dict[str, Any]) -> Any:
        return True

    # --- building updates -----------------------------------------------------------------

    def user(self, user_id: int | None = None, name: str | None = None) -> dict[str, Any]:
        user_id = user_id or 1000 + next(self._ids)
        name = name or f"User{user_id}"
        return {
            "id": user_id,
            "is_bot": False,
            "first_name": name,
            "username": name.lower(),
            "language_code": "en",
        }

    def private_chat(self, user_id: int | None = None) -> Chat:
        user = self.user(user_id)
        chat = Chat(user["id"], "private", user=user)
        self.chats[chat.id] = chat
        return chat

    def group_chat(self, *, supergroup: bool = False, title: str = "Test group") -> Chat:
        number = next(self._ids)
        chat_id = -(1_000_000_000_000 + number) if supergroup else -(100_000 + number)
        chat = Chat(chat_id, "supergroup" if supergroup else "group", title=title)
        self.chats[chat.id] = chat
        return chat

    def _enqueue(self, kind: str, payload: dict[str, Any]) -> int:
        update_id = self._state.next_update_id
        self._state.next_update_id += 1
        self._state.updates.append({"update_id": update_id, kind: payload})
        self._notify_soon()
        return update_id

    def _base_message(self, chat: Chat, user: dict[str, Any] | None) -> dict[str, Any]:
        sender = user or chat.user or self.user()
        return {
            "message_id": next(self._message_ids[chat.id]),
            "date": int(time.time()),
            "chat": chat.as_dict(),
            "from": sender,
        }

    def _record_user_message(self, chat: Chat, data: dict[str, Any]) -> SentMessage:
        reply = data.get("reply_to_message", {}).get("message_id")
        record = SentMessage(
            chat.id, data["message_id"], data.get("text", ""), data.get("text", ""), None, None,
            reply, data, from_bot=False,
        )  # fmt: skip
        if self.history:
            self.messages[chat.id].append(record)
        return record

    @staticmethod
    def entities_for(text: str) -> list[dict[str, Any]]:
        """The entities Telegram would attach: a leading /command and @mentions."""
        entities = []
        command = re.match(r"/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?", text)
        if command:
            entities.append(
                {"type": "bot_command", "offset": 0, "length": tg_len(command.group(0))}
            )
        for match in re.finditer(r"(?<![\w@])@[A-Za-z][A-Za-z0-9_]{3,31}", text):
            entities.append(
                {
                    "type": "mention",
                    "offset": _utf16_offset(text, match.start()),
                    "length": tg_len(match.group(0)),
                }
            )
        return entities

    def send_text(
        self,
        chat: Chat,
        text: str,
        *,
        user: dict[str, Any] | None = None,
        reply_to: SentMessage | None = None,
    ) -> SentMessage:
        """A user sends `text` to `chat` (entities for commands and mentions are added)."""
        data = self._base_message(chat, user)
        data["text"] = text
        entities = self.entities_for(text)
        if entities:
            data["entities"] = entities
        if reply_to is not None:
            data["reply_to_message"] = reply_to.data
        record = self._record_user_message(chat, data)
        self._enqueue("message", data)
        return record

    def edit_text(self, original: SentMessage, text: str) -> int:
        """The user edits an earlier message of theirs."""
        data = dict(original.data, text=text, edit_date=int(time.time()))
        entities = self.entities_for(text)
        if entities:
            data["entities"] = entities
        else:
            data.pop("entities", None)
        original.text = original.html = text
        original.data = data
        return self._enqueue("edited_message", data)

    def send_sticker(self, chat: Chat, *, user: dict[str, Any] | None = None) -> int:
        data = self._base_message(chat, user)
        data["sticker"] = {
            "file_id": "CAACAgIAAxkBAAEBsticker",
            "file_unique_id": "AgADsticker",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": "👍",
        }
        self._record_user_message(chat, data)
        return self._enqueue("message", data)

    def send_photo(self, chat: Chat, *, user: dict[str, Any] | None = None) -> int:
        data = self._base_message(chat, user)
        data["photo"] = [
            {"file_id": "AgACphoto", "file_unique_id": "AQADphoto", "width": 90, "height": 90}
        ]
        self._record_user_message(chat, data)
        return self._enqueue("message", data)

    def send_voice(self, chat: Chat, *, user: dict[str, Any] | None = None) -> int:
        data = self._base_message(chat, user)
        data["voice"] = {"file_id": "AwACvoice", "file_unique_id": "AgADvoice", "duration": 2}
        self._record_user_message(chat, data)
        return self._enqueue("message", data)

    def inline_query(self, query: str, *, user: dict[str, Any] | None = None) -> str:
        """A user types `@bot query`; returns the inline query id."""
        query_id = f"iq{next(self._ids)}"
        self._enqueue(
            "inline_query",
            {"id": query_id, "from": user or self.user(), "query": query, "offset": ""},
        )
        return query_id

    def press(
        self, message: SentMessage, label: str, *, user: dict[str, Any] | None = None
    ) -> str:
        """A user taps the first button of `message` whose text contains `label`."""
        for button in message.buttons():
            if label in button["text"]:
                break
        else:
            raise AssertionError(f"no button {label!r} in {message.button_texts()}")
        chat = self.chats[message.chat_id]
        query_id = f"cb{next(self._ids)}"
        self._enqueue(
            "callback_query",
            {
                "id": query_id,
                "from": user or chat.user or self.user(),
                "message": message.data,
                "chat_instance": f"ci{chat.id}",
                "data": button["callback_data"],
            },
        )
        return query_id

    # --- inspecting -----------------------------------------------------------------------

    def find_message(self, chat_id: Any, message_id: Any) -> SentMessage | None:
        for sent in self.messages.get(chat_id, []):
            if sent.message_id == message_id:
                return sent
        return None

    def bot_messages(self, chat_id: int) -> list[SentMessage]:
        return [m for m in self.messages.get(chat_id, []) if m.from_bot]

    def calls_of(self, method: str, outcome: str | None = "ok") -> list[Call]:
        return [
            c for c in self.calls if c.method == method and (outcome is None or c.outcome == outcome)
        ]

    @property
    def pending_updates(self) -> int:
        """Updates not yet acknowledged by the bot (via a later getUpdates offset)."""
        return len([u for u in self._state.updates if u["update_id"] >= self._state.confirmed])

    async def wait_for(self, predicate: Callable[[], Any], timeout: float = 5.0) -> Any:
        """Wait until predicate() is truthy (re-checked after every call or update)."""
        assert self._changed is not None
        deadline = time.monotonic() + timeout
        async with self._changed:
            while True:
                value = predicate()
                if value:
                    return value
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError("condition not met within %.1fs" % timeout)
                try:
                    await asyncio.wait_for(self._changed.wait(), min(left, 0.25))
                except TimeoutError:
                    pass

    async def wait_for_messages(
        self, chat_id: int, count: int, timeout: float = 5.0
    ) -> list[SentMessage]:
        """Wait until the bot has sent at least `count` messages to `chat_id`; returns them all."""
        try:
            return await self.wait_for(
                lambda: (msgs := self.bot_messages(chat_id)) and len(msgs) >= count and msgs,
                timeout,
            )
        except TimeoutError:
            got = [m.text[:80] for m in self.bot_messages(chat_id)]
            raise AssertionError(
                f"expected {count} bot messages in chat {chat_id}, got {len(got)}: {got}"
            ) from None

    async def wait_for_call(
        self, method: str, match: Callable[[dict[str, Any]], bool] = lambda p: True,
        timeout: float = 5.0,
    ) -> Call:  # fmt: skip
        """Wait for a successful call of `method` whose params satisfy `match`."""
        try:
            return await self.wait_for(
                lambda: next((c for c in self.calls_of(method) if match(c.params)), None), timeout
            )
        except TimeoutError:
            seen = [(c.method, c.outcome) for c in self.calls[-10:]]
            raise AssertionError(f"no matching {method} call; last calls: {seen}") from None

    async def wait_until_acknowledged(self, timeout: float = 5.0) -> None:
        """Wait until the bot has fetched and acknowledged every queued update."""
        await self.wait_for(lambda: self.pending_updates == 0, timeout)


class ApiError(Exception):
    def __init__(self, code: int, description: str) -> None:
        super().__init__(description)
        self.code = code
        self.description = description


def _error(code: int, description: str, parameters: dict[str, Any] | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=code)


def _fault_response(fault: Fault) -> web.Response:
    if fault.kind == "429":
        return _error(
            429,
            f"Too Many Requests: retry after {fault.retry_after}",
            {"retry_after": fault.retry_after},
        )
    if fault.kind == "500":
        return _error(500, "Internal Server Error")
    if fault.kind == "403":
        return _error(403, "Forbidden: bot was blocked by the user")
    return _error(400, "Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 0")
