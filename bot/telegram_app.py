"""The Telegram surface of factbot: python-telegram-bot application, handlers and runner.

There is no answering logic here: every question goes to `handlers.answer`, every list to
`handlers.browse`, and every message is built by `bot.telegram_render`.

Per-process state lives in `application.bot_data` (never in module globals) and is bounded:

    bot_data["store"]          the knowledge Store (read-only here)
    bot_data["conversations"]  handlers.Conversations (bounded, expiring; keyed by chat, or by
                               (chat, user) in groups)
    bot_data["buttons"]        ButtonRegistry: short ids for callback payloads > 64 bytes
    bot_data["flood"]          FloodGuard (bot/chat_state.py): per-chat windows, bounded, expiring
    bot_data["replies"]        ReplyTracker: which bot messages answered which user message,
                               so an edited question can edit its answer
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
import time
from collections.abc import Awaitable, Callable, Hashable, Sequence
from typing import Any
from urllib.parse import urlparse

from telegram import (
    Bot,
    BotCommand,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    MessageEntity,
    ReplyParameters,
    Update,
)
from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot import telegram_render as render
from bot.chat_state import BoundedUpdateQueue, FloodGuard, PerChatUpdateProcessor, ReplyTracker
from bot.heap import GC_YOUNG_THRESHOLD, settle_heap  # noqa: F401  (telegram_app.settle_heap as before)
from bot.settings import Settings
from bot.telegram_render import ButtonRegistry, Rendered
from bot.telegram_request import AiohttpRequest
from handlers import Conversations, answer, browse, prepare
from handlers.models import Answer

logger = logging.getLogger(__name__)

STORE = "store"
CONVERSATIONS = "conversations"
BUTTONS = "buttons"
FLOOD = "flood"
REPLIES = "replies"
ADMINS = "admins"
STARTED = "started_at"

MAX_QUESTION_CHARS = 1000  # longer text is cut before answering: bounded CPU per update
INLINE_RESULTS = 5
INLINE_KEY_FACTS = 10
SEND_ATTEMPTS = 5  # for 5xx answers and dropped connections (429 is the rate limiter's job)
SEND_BACKOFF = 0.3  # seconds, doubled after each failed attempt
MAX_CONCURRENT_UPDATES = 64  # chats answered at once: plenty for sub-millisecond answers
# Updates in the bot at once, queued or being handled: four per concurrency slot keeps every slot
# busy (a chat's later updates wait for its earlier ones) while a backlog stays at Telegram.
UPDATES_IN_FLIGHT = 4 * MAX_CONCURRENT_UPDATES

COMMANDS = [
    BotCommand("start", "What I know, with example questions"),
    BotCommand("help", "How to ask"),
    BotCommand("about", "Headline, date and source of each article"),
    BotCommand("facts", "Key figures"),
    BotCommand("timeline", "Dated events in order"),
    BotCommand("source", "Quote paragraph N: /source N or /source ID N"),
    BotCommand("ask", "Ask a question: /ask QUESTION"),
    BotCommand("articles", "The articles I have read, with their ids"),
]

APOLOGY = "Sorry — something went wrong while answering that. Please try again or rephrase."
FLOOD_NOTICE = "You are sending messages faster than I can keep up with — I'll answer again in a moment."
NON_TEXT_HINT = "I can only read text. Type a question, e.g. “How many Chinese enterprises attended?”"
EMPTY_QUESTION = "Ask me a question about the articles — /help shows how."
ASK_USAGE = "Usage: /ask QUESTION — for example /ask How many Chinese enterprises attended?"
SOURCE_USAGE = "Usage: /source N (a paragraph number, 0 is the headline) or /source ID N — see /articles."
UNKNOWN_COMMAND = "I don't know that command. /help lists what I can do."
EXPIRED_BUTTON = "This button has expired — please ask again."

Context = ContextTypes.DEFAULT_TYPE


# --------------------------------------------------------------------------------------------
# Building and running


def build_application(settings: Settings, store: Any) -> Application:
    """The configured Application; call `run()` to serve it, or drive it yourself in tests."""
    token = settings.require_token()
    _quiet_http_logs()
    application = (
        ApplicationBuilder()
        .token(token)
        .base_url(settings.telegram_api_base_url)
        .base_file_url(settings.telegram_api_base_file_url)
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        # Five retries: a 429 answered three times in a row must not drop the answer.
        .rate_limiter(AIORateLimiter(max_retries=5))
        .concurrent_updates(PerChatUpdateProcessor(max_concurrent_updates=MAX_CONCURRENT_UPDATES))
        # A backlog waits at Telegram, not parsed in memory (chat_state.BoundedUpdateQueue).
        .update_queue(BoundedUpdateQueue(UPDATES_IN_FLIGHT))
        # aiohttp instead of PTB's httpx: httpx's pool costs ~2.7 ms of CPU per request with 64
        # in flight, aiohttp ~0.2 ms (bot/telegram_request.py). Pools as before (64 connections
        # for sends, PTB's 1 for getUpdates) and PTB's default timeouts.
        .request(AiohttpRequest(connection_pool_size=64))
        .get_updates_request(AiohttpRequest(connection_pool_size=1))
        .post_init(post_init)
        .build()
    )
    application.bot_data[STORE] = store
    application.bot_data[CONVERSATIONS] = Conversations()
    application.bot_data[BUTTONS] = ButtonRegistry()
    application.bot_data[FLOOD] = FloodGuard(settings.flood_rate, settings.flood_window)
    application.bot_data[REPLIES] = ReplyTracker()
    application.bot_data[ADMINS] = frozenset(settings.admin_ids)
    application.bot_data[STARTED] = time.monotonic()
    add_handlers(application)
    return application


def add_handlers(application: Application) -> None:
    private = filters.ChatType.PRIVATE
    groups = filters.ChatType.GROUPS
    application.add_handler(CommandHandler("start", cmd_start))
    application.add_handler(CommandHandler("help", cmd_help))
    application.add_handler(CommandHandler("about", cmd_about))
    application.add_handler(CommandHandler("facts", cmd_facts))
    application.add_handler(CommandHandler("timeline", cmd_timeline))
    application.add_handler(CommandHandler("source", cmd_source))
    application.add_handler(CommandHandler("ask", cmd_ask))
    application.add_handler(CommandHandler("articles", cmd_articles))
    application.add_handler(CommandHandler("stats", cmd_stats))  # admins only, not in the menu
    application.add_handler(MessageHandler(filters.COMMAND & private, cmd_unknown))
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND & private, on_private_text))
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND & groups, on_group_text))
    application.add_handler(
        MessageHandler(
            ~filters.TEXT & ~filters.COMMAND & ~filters.StatusUpdate.ALL & (private | groups),
            on_non_text,
        )
    )
    application.add_handler(InlineQueryHandler(on_inline_query))
    application.add_handler(CallbackQueryHandler(on_button))
    application.add_error_handler(on_error)


async def post_init(application: Application) -> None:
    """Put the commands in Telegram's menu. A failure here is logged, not fatal."""
    try:
        await application.bot.set_my_commands(COMMANDS)
    except TelegramError as exc:
        logger.warning("Could not set the bot's command menu: %s", type(exc).__name__)


def run(
    settings: Settings,
    store: Any,
    *,
    webhook_url: str | None = None,
    listen: str = "0.0.0.0",
    port: int = 8443,
) -> None:
    """Serve until SIGINT/SIGTERM: long polling, or a webhook when a webhook URL is given."""
    configure_logging(settings)
    application = build_application(settings, store)
    # The store's question-independent facts worked out before serving (handlers.prepare), and
    # then frozen with the rest of the start-up heap.
    prepare(store)
    settle_heap()
    webhook_url = webhook_url or settings.webhook_url
    if webhook_url:
        secret = (
            settings.webhook_secret.get_secret_value()
            if settings.webhook_secret
            else hashlib.sha256(settings.require_token().encode()).hexdigest()[:32]
        )
        path = urlparse(webhook_url).path.strip("/") or "telegram"
        logger.info("Starting factbot (webhook on %s:%s, path /%s)", listen, port, path)
        application.run_webhook(
            listen=listen,
            port=port,
            url_path=path,
            webhook_url=webhook_url,
            secret_token=secret,
            allowed_updates=Update.ALL_TYPES,
            bootstrap_retries=5,
        )
    else:
        logger.info("Starting factbot (long polling)")
        application.run_polling(allowed_updates=Update.ALL_TYPES, bootstrap_retries=5)
    logger.info("factbot stopped")


class RedactFilter(logging.Filter):
    """Replace the bot token wherever it would appear in a log line."""

    def __init__(self, secret: str) -> None:
        super().__init__()
        self.secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        if self.secret:
            message = record.getMessage()
            if self.secret in message:
                record.msg = message.replace(self.secret, "<token>")
                record.args = None
        return True


def configure_logging(settings: Settings) -> None:
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    root.setLevel(settings.log_level_number)
    _quiet_http_logs()
    if settings.telegram_bot_token is not None:
        redact = RedactFilter(settings.telegram_bot_token.get_secret_value())
        for handler in root.handlers:
            if not any(isinstance(f, RedactFilter) for f in handler.filters):
                handler.addFilter(redact)


def _quiet_http_logs() -> None:
    # httpx logs every request URL, which contains the token, at INFO.
    for name in ("httpx", "httpcore"):
        log = logging.getLogger(name)
        if log.level < logging.WARNING:
            log.setLevel(logging.WARNING)


# --------------------------------------------------------------------------------------------
# Sending


async def _deliver(call: Callable[..., Awaitable[Any]], text: str) -> Any:
    """Call a send/edit method with retries for transient failures; never raises for a chat
    that blocked us. Falls back to plain text if Telegram cannot parse our HTML."""
    delay = SEND_BACKOFF
    plain = False
    for attempt in range(1, SEND_ATTEMPTS + 1):
        try:
            if plain:
                return await call(text=render.html_to_plain(text), parse_mode=None)
            return await call(text=text)
        except BadRequest as exc:
            message = exc.message.lower()
            if "message is not modified" in message:
                return True
            if "can't parse entities" in message and not plain:
                logger.warning("Telegram could not parse our HTML; resending as plain text")
                plain = True
                continue
            raise
        except Forbidden as exc:
            logger.info("Cannot deliver to this chat (%s)", exc.message)
            return None
        except TimedOut:
            raise  # the request may have arrived: retrying could answer twice
        except NetworkError as exc:
            if attempt == SEND_ATTEMPTS:
                raise
            logger.warning("Telegram API error (%s), retrying in %.1fs", exc.message, delay)
            await asyncio.sleep(delay)
            delay *= 2
    return None


async def _send_message(
    bot: Bot,
    chat_id: int,
    text: str,
    *,
    reply_markup: InlineKeyboardMarkup | dict[str, Any] | None = None,
    reply_parameters: ReplyParameters | None = None,
    parse_mode: ODVInput[str] = DEFAULT_NONE,
) -> int | bool:
    """sendMessage, returning the new message's id (True if the API answers just True).

    The same request as `bot.send_message` (PTB's `_post`: Defaults such as parse_mode, the
    rate limiter, error mapping, None parameters dropped), minus the one thing factbot does not
    use: PTB turns Telegram's echo of the sent message (chat, sender, text, keyboard) into a
    `telegram.Message`. That parse cost ~0.15 ms of CPU per answer, a fifth of the bot's own
    per-update work (bench/bench_bot.py), and all factbot keeps of it is the message id.
    (Arbitrary callback data, the one ExtBot feature that needs the parsed message, is off.)
    `reply_markup` may be the keyboard's JSON already made (ButtonRegistry.keyboard_json).
    """
    data: dict[str, Any] = {
        "chat_id": chat_id,
        "text": text,
        "parse_mode": parse_mode,
        "reply_markup": reply_markup,
        "reply_parameters": reply_parameters,
        # send_message's other parameters that Defaults can set: filled in (or dropped) by _post
        "disable_notification": DEFAULT_NONE,
        "protect_content": DEFAULT_NONE,
        "link_preview_options": DEFAULT_NONE,
    }
    result = await bot._post("sendMessage", data)
    if isinstance(result, dict):
        return int(result["message_id"])
    return bool(result)


async def send(
    context: Context,
    chat_id: int,
    messages: Sequence[Rendered],
    *,
    reply_to: int | None = None,
) -> list[int]:
    """Send rendered messages in order; the first replies to `reply_to` when given. Returns the
    ids of the messages sent (fewer than given if the chat blocked us)."""
    sent: list[int] = []
    buttons = _buttons(context)
    for index, item in enumerate(messages):
        # The keyboard's JSON when the registry has it (most answers): no re-serialising.
        markup = buttons.keyboard_json(item.reply_markup) or item.reply_markup
        reply_parameters = None
        if reply_to is not None and index == 0:
            reply_parameters = ReplyParameters(message_id=reply_to, allow_sending_without_reply=True)

        async def call(
            *,
            text: str,
            parse_mode: ODVInput[str] = DEFAULT_NONE,
            _markup: InlineKeyboardMarkup | dict[str, Any] | None = markup,
            _reply: ReplyParameters | None = reply_parameters,
        ) -> int | bool:
            return await _send_message(
                context.bot,
                chat_id,
                text,
                reply_markup=_markup,
                reply_parameters=_reply,
                parse_mode=parse_mode,
            )

        result = await _deliver(call, item.text)
        if result is None or isinstance(result, bool):
            break  # blocked (or no message came back): do not keep trying the rest
        sent.append(result)
    return sent


async def edit(context: Context, chat_id: int, message_id: int, item: Rendered) -> bool:
    async def call(**over: Any) -> Any:
        return await context.bot.edit_message_text(
            chat_id=chat_id, message_id=message_id, reply_markup=item.reply_markup, **over
        )

    try:
        return bool(await _deliver(call, item.text))
    except BadRequest as exc:
        logger.info("Could not edit an earlier answer (%s); sending a new one", exc.message)
        return False


# --------------------------------------------------------------------------------------------
# Answering


def _store(context: Context) -> Any:
    return context.bot_data[STORE]


def _buttons(context: Context) -> ButtonRegistry:
    return context.bot_data[BUTTONS]


def _clean(text: str | None) -> str:
    text = " ".join((text or "").split())
    return text[:MAX_QUESTION_CHARS]


def _conversation_key(update: Update) -> Hashable:
    chat = update.effective_chat
    user = update.effective_user
    if chat is None:
        return ("user", user.id if user else 0)
    if chat.type == ChatType.PRIVATE:
        return chat.id
    return (chat.id, user.id if user else 0)


def _is_group(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type in (ChatType.GROUP, ChatType.SUPERGROUP)


def _answer(context: Context, question: str, key: Hashable | None) -> Answer | None:
    """handlers.answer, or None (logged) if it raised.

    Called inline on the event loop, not in a worker thread: an answer is about a millisecond of
    CPU (questions are cut to MAX_QUESTION_CHARS), and a thread hop would add its own cost per
    question while the GIL keeps it from running alongside the loop anyway."""
    conversation = context.bot_data[CONVERSATIONS].get(key) if key is not None else None
    try:
        return answer(question, _store(context), conversation)
    except Exception as exc:  # noqa: BLE001 - the user gets an apology, the log gets the rest
        logger.error("Answering failed with %s", type(exc).__name__, exc_info=exc)
        return None


async def _admit(update: Update, context: Context) -> bool:
    """Per-chat flood control: False when this update must not be answered."""
    chat = update.effective_chat
    if chat is None:
        return True
    verdict = context.bot_data[FLOOD].check(chat.id)
    if verdict == "ok":
        return True
    if verdict == "notice":
        logger.info("Chat %s is sending too fast; pausing answers", chat.id)
        message = update.effective_message
        await send(
            context,
            chat.id,
            [render.render_line(FLOOD_NOTICE)],
            reply_to=message.message_id if message and _is_group(update) else None,
        )
    return False


async def respond(update: Update, context: Context, question: str) -> None:
    """Answer `question` in the update's chat (replying to the asker in groups); an edited
    question edits the earlier answer when there is exactly one message to replace."""
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None:
        return
    if not await _admit(update, context):
        return
    question = _clean(question)
    reply_to = message.message_id if _is_group(update) else None
    if not question:
        await send(context, chat.id, [render.render_line(EMPTY_QUESTION)], reply_to=reply_to)
        return
    logger.debug("Question in chat %s: %r", chat.id, question)
    result = _answer(context, question, _conversation_key(update))
    if result is None:
        await send(context, chat.id, [render.render_line(APOLOGY)], reply_to=reply_to)
        return
    rendered = render.render_answer(result, _buttons(context))
    tracker: ReplyTracker = context.bot_data[REPLIES]
    if update.edited_message is not None:
        earlier = tracker.replies(chat.id, message.message_id)
        if earlier and len(earlier) == len(rendered):
            edited = [await edit(context, chat.id, mid, item) for mid, item in zip(earlier, rendered)]
            if all(edited):
                return
    sent = await send(context, chat.id, rendered, reply_to=reply_to)
    if sent:
        tracker.remember(chat.id, message.message_id, sent)


async def _reply(update: Update, context: Context, messages: Sequence[Rendered]) -> None:
    """Send command output to the chat; in groups as a reply to the command."""
    message = update.effective_message
    chat = update.effective_chat
    if chat is None:
        return
    reply_to = message.message_id if message is not None and _is_group(update) else None
    await send(context, chat.id, messages, reply_to=reply_to)


# --------------------------------------------------------------------------------------------
# Message handlers


async def on_private_text(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is not None:
        await respond(update, context, message.text or "")


def _addressed(message: Message, bot_id: int, username: str) -> tuple[bool, str]:
    """(is this group message for us?, the text with our @mention removed)."""
    text = message.text or ""
    mentioned = False
    handle = f"@{username}".lower() if username else None
    for entity, value in message.parse_entities([MessageEntity.MENTION]).items():
        if handle and value.lower() == handle:
            mentioned = True
    for entity in message.entities or ():
        if entity.type == MessageEntity.TEXT_MENTION and entity.user and entity.user.id == bot_id:
            mentioned = True
    replied = message.reply_to_message
    is_reply = bool(replied and replied.from_user and replied.from_user.id == bot_id)
    if handle:
        text = re.sub(rf"(?i)(?<![\w@]){re.escape(handle)}\b[,:]?", " ", text)
    return mentioned or is_reply, text


async def on_group_text(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None:
        return
    addressed, question = _addressed(message, context.bot.id, context.bot.username or "")
    if addressed:
        await respond(update, context, question)


async def on_non_text(update: Update, context: Context) -> None:
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None or update.edited_message is not None:
        return
    if _is_group(update):
        replied = message.reply_to_message
        if not (replied and replied.from_user and replied.from_user.id == context.bot.id):
            return
    if await _admit(update, context):
        await _reply(update, context, [render.render_line(NON_TEXT_HINT)])


# --------------------------------------------------------------------------------------------
# Commands


def _command_text(message: Message) -> str:
    """The text after the leading /command (keeps the asker's spacing)."""
    text = message.text or ""
    return re.sub(r"^/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?", "", text, count=1).strip()


async def cmd_start(update: Update, context: Context) -> None:
    if not await _admit(update, context):
        return
    store = _store(context)
    examples = browse.example_questions(store, 3)
    await _reply(update, context, [render.render_start(store.articles(), examples, _buttons(context))])


async def cmd_help(update: Update, context: Context) -> None:
    if await _admit(update, context):
        await _reply(update, context, [render.render_help()])


async def cmd_about(update: Update, context: Context) -> None:
    if await _admit(update, context):
        await _reply(update, context, render.render_about(_store(context).articles()))


async def cmd_articles(update: Update, context: Context) -> None:
    if await _admit(update, context):
        await _reply(update, context, render.render_articles(_store(context).articles()))


def _article_id(store: Any, given: str | None) -> str | None:
    """An article id from what the user typed: an exact id, a unique prefix, or a 1-based
    number from /articles. None when nothing matches."""
    articles = store.articles()
    if not given:
        return articles[0].id if articles else None
    given = given.strip().lower()
    for article in articles:
        if article.id.lower() == given:
            return article.id
    if given.isdigit() and 1 <= int(given) <= len(articles):
        return articles[int(given) - 1].id
    matches = [a.id for a in articles if a.id.lower().startswith(given)]
    return matches[0] if len(matches) == 1 else None


async def cmd_facts(update: Update, context: Context) -> None:
    if not await _admit(update, context):
        return
    store = _store(context)
    args = context.args or []
    article = _article_id(store, args[0]) if args else None
    if args and article is None:
        await _reply(update, context, [render.render_line("I don't know that article — see /articles.")])
        return
    facts = render.unique_by_text(browse.key_facts(store, article))
    page = render.render_facts_page(facts, 0, article=article, buttons=_buttons(context))
    await _reply(update, context, [page])


async def cmd_timeline(update: Update, context: Context) -> None:
    if not await _admit(update, context):
        return
    store = _store(context)
    args = context.args or []
    article = _article_id(store, args[0]) if args else None
    events = browse.timeline(store, article)
    await _reply(
        update,
        context,
        render.render_list("Timeline", events, empty="I found no dated events."),
    )


def parse_source_args(args: Sequence[str]) -> tuple[str | None, int] | None:
    """`N`, `ID N`, `N ID`, `N of ID` or `¶N` -> (article or None, N); None if unparseable."""
    cleaned = [a.strip().lstrip("¶#").rstrip(".,") for a in args if a.strip()]
    cleaned = [a for a in cleaned if a and a.lower() != "of"]
    if len(cleaned) == 1 and cleaned[0].isdigit():
        return None, int(cleaned[0])
    if len(cleaned) == 2:
        first, second = cleaned
        if second.isdigit():
            return first, int(second)
        if first.isdigit():
            return second, int(first)
    return None


async def cmd_source(update: Update, context: Context) -> None:
    if not await _admit(update, context):
        return
    store = _store(context)
    parsed = parse_source_args(context.args or [])
    if parsed is None:
        await _reply(update, context, [render.render_line(SOURCE_USAGE)])
        return
    given, paragraph = parsed
    article = _article_id(store, given)
    if article is None:
        text = "I don't know that article — see /articles." if given else "I have no articles yet."
        await _reply(update, context, [render.render_line(text)])
        return
    citation = browse.source(store, article, paragraph)
    if citation is None:
        await _reply(update, context, [render.render_line(f"There is no paragraph {paragraph} in that article.")])
        return
    await _reply(update, context, render.render_source(citation, _buttons(context)))


async def cmd_ask(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None:
        return
    question = _command_text(message)
    if not question:
        if await _admit(update, context):
            await _reply(update, context, [render.render_line(ASK_USAGE)])
        return
    await respond(update, context, question)


async def cmd_stats(update: Update, context: Context) -> None:
    """For FACTBOT_ADMIN_IDS only: what the process is holding. Others get the unknown-command
    line in private chats and silence in groups."""
    user = update.effective_user
    if user is None or user.id not in context.bot_data[ADMINS]:
        if not _is_group(update):
            await cmd_unknown(update, context)
        return
    data = context.bot_data
    uptime = int(time.monotonic() - data[STARTED])
    lines = [
        f"articles: {len(_store(context).articles())}",
        f"conversations: {len(data[CONVERSATIONS])}",
        f"chats under flood watch: {len(data[FLOOD])}",
        f"registered buttons: {len(data[BUTTONS])}",
        f"uptime: {uptime // 3600}h {uptime % 3600 // 60}m {uptime % 60}s",
    ]
    await _reply(update, context, [render.render_line("\n".join(lines))])


async def cmd_unknown(update: Update, context: Context) -> None:
    if await _admit(update, context):
        await _reply(update, context, [render.render_line(UNKNOWN_COMMAND)])


# --------------------------------------------------------------------------------------------
# Inline mode and buttons


def _inline_result(index: int, item: Answer) -> InlineQueryResultArticle:
    return InlineQueryResultArticle(
        id=str(index),
        title=render.inline_title(item),
        description=render.inline_description(item) or None,
        input_message_content=InputTextMessageContent(render.render_inline(item)),
    )


async def on_inline_query(update: Update, context: Context) -> None:
    query = update.inline_query
    if query is None:
        return
    store = _store(context)
    text = _clean(query.query)
    items: list[Answer] = []
    if not text:
        items = render.unique_by_text(browse.key_facts(store))[:INLINE_KEY_FACTS]
    else:
        first = _answer(context, text, None)
        if first is not None:
            items.append(first)
            for alternative in first.alternatives:
                other = _answer(context, alternative, None)
                if other is not None and other.answered:
                    items.append(other)
    unique: dict[str, Answer] = {}
    for item in items:
        unique.setdefault(item.text.strip(), item)
    limit = INLINE_KEY_FACTS if not text else INLINE_RESULTS
    results = [_inline_result(i, item) for i, item in enumerate(list(unique.values())[:limit])]
    await query.answer(results, cache_time=30, is_personal=False)


async def on_button(update: Update, context: Context) -> None:
    query = update.callback_query
    if query is None:
        return
    decoded = _buttons(context).decode(query.data)
    if decoded is None:
        await query.answer(EXPIRED_BUTTON)
        return
    chat = update.effective_chat
    if chat is None or query.message is None:
        await query.answer("Open the chat with me to use this button.")
        return
    if context.bot_data[FLOOD].check(chat.id) != "ok":
        await query.answer("One moment, please — too many requests.")
        return
    kind, payload = decoded
    store = _store(context)
    buttons = _buttons(context)
    if kind == render.SOURCE:
        article, paragraph = payload
        citation = browse.source(store, article, paragraph)
        if citation is None:
            await query.answer("That paragraph is no longer available.")
            return
        await query.answer()
        await send(context, chat.id, render.render_source(citation, buttons))
    elif kind == render.RELATED:
        article, paragraph = payload
        await query.answer()
        items = render.unique_by_text(browse.related(store, article, paragraph))
        await send(
            context,
            chat.id,
            render.render_list("Related facts", items, empty="I found nothing else nearby.", buttons=buttons),
        )
    elif kind == render.ASK:
        await query.answer()
        result = _answer(context, _clean(payload), _conversation_key(update))
        messages = [render.render_line(APOLOGY)] if result is None else render.render_answer(result, buttons)
        await send(context, chat.id, messages)
    elif kind == render.FACTS:
        article, page = payload
        await query.answer()
        facts = render.unique_by_text(browse.key_facts(store, article or None))
        rendered = render.render_facts_page(facts, page, article=article or None, buttons=buttons)
        await edit(context, chat.id, query.message.message_id, rendered)
    else:
        await query.answer(EXPIRED_BUTTON)


# --------------------------------------------------------------------------------------------
# Errors


async def on_error(update: object, context: Context) -> None:
    """Log (without the token or question text) and keep serving; users never see a traceback."""
    error = context.error
    if isinstance(error, Forbidden):
        logger.info("Telegram refused a request: %s", error.message)
        return
    if isinstance(error, (NetworkError, RetryAfter)) and not isinstance(error, BadRequest):
        logger.warning("Telegram API problem: %s: %s", type(error).__name__, error)
        return
    logger.error("Error while handling an update: %s", type(error).__name__, exc_info=error)
    if isinstance(update, Update) and update.effective_chat is not None and not isinstance(
        error, TelegramError
    ):
        try:
            await context.bot.send_message(update.effective_chat.id, render.render_line(APOLOGY).text)
        except TelegramError:
            pass
