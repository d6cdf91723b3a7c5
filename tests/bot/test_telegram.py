"""End-to-end tests of the Telegram surface through the real PTB polling loop and a fake Bot API.

Every conversation below goes: fake server queues an update -> PTB's Updater fetches it with
getUpdates -> our handlers answer -> PTB calls sendMessage & co. on the fake server, which checks
the HTML like Telegram does and records the result.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings as hsettings, strategies as st
from telegram import LinkPreviewOptions, ReplyParameters
from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram.constants import ParseMode
from telegram.ext import CallbackContext, Defaults, ExtBot

import bot.telegram_app as telegram_app
from bot.settings import SettingsError, derive_file_url, load_settings
from bot.chat_state import FloodGuard
from bot.telegram_app import APOLOGY, COMMANDS, FLOOD_NOTICE, NON_TEXT_HINT, SEND_ATTEMPTS
from bot.telegram_render import (
    BUTTON_TEXT_LIMIT,
    CALLBACK_DATA_LIMIT,
    TELEGRAM_LIMIT,
    Block,
    ButtonRegistry,
    format_date,
    pack,
    render_answer,
    split_plain,
    tg_len,
)
from handlers.models import Answer, Citation
from tests.bot.conftest import SEED, settle
from tests.bot.fake_bot_api import BOT_USERNAME, DEFAULT_TOKEN, FakeBotApi, SentMessage, parse_html

pytestmark = [
    pytest.mark.timeout(30),
    # PTB's own AIORateLimiter and polling loop read RetryAfter.retry_after (deprecated type).
    pytest.mark.filterwarnings("ignore:.*retry_after.*:DeprecationWarning"),
]

QUESTION = "How many Chinese enterprises attended the conference?"
FOLLOW_UP = "When did Putin and Xi meet?"


def _all_texts(messages: list[SentMessage]) -> str:
    return "\n".join(m.text for m in messages)


def _assert_well_formed(message: SentMessage) -> None:
    assert tg_len(message.html) < TELEGRAM_LIMIT
    for button in message.buttons():
        assert len(button["callback_data"].encode()) <= CALLBACK_DATA_LIMIT


@pytest.fixture
def scripted(monkeypatch: pytest.MonkeyPatch, store: Any) -> dict[str, Answer]:
    """Questions with hand-made answers (for 'Did you mean', escaping, failures); every other
    question goes to the real handlers.answer."""
    real = telegram_app.answer
    script: dict[str, Answer] = {}

    def fake(question: str, store_: Any, conversation: Any = None) -> Answer:
        if question in script:
            return script[question]
        if question.startswith("explode"):
            raise RuntimeError("boom")
        if question.startswith("echo:"):
            title = "<i>T&C</i> *bold* _x_ [link](http://x)"
            return Answer(
                question=question, answered=True, intent="echo", text=question,
                confidence=1.0,
                citations=[Citation(article="a", paragraph=1, quote=question, title=title,
                                    date="2023-12-09", source="A & B <Reuters>")],
            )  # fmt: skip
        return real(question, store_, conversation)

    monkeypatch.setattr(telegram_app, "answer", fake)
    return script


# --------------------------------------------------------------------------------------------
# Settings


def test_settings_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:ABC")
    monkeypatch.setenv("FACTBOT_ADMIN_IDS", "1, 22,333")
    monkeypatch.setenv("FACTBOT_DB", "/tmp/x.db")
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", "http://127.0.0.1:9/bot")
    monkeypatch.setenv("FACTBOT_LOG_LEVEL", "debug")
    monkeypatch.setenv("FACTBOT_FLOOD_RATE", "5")
    settings = load_settings(_env_file=None)
    assert settings.require_token() == "123:ABC"
    assert "123:ABC" not in repr(settings)
    assert settings.admin_ids == [1, 22, 333]
    assert settings.factbot_db == Path("/tmp/x.db")
    assert settings.telegram_api_base_file_url == "http://127.0.0.1:9/file/bot"
    assert settings.log_level == "DEBUG" and settings.flood_rate == 5
    assert load_settings(_env_file=None, flood_rate=7, factbot_db=None).flood_rate == 7
    assert derive_file_url("https://api.telegram.org/bot") == "https://api.telegram.org/file/bot"


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("TELEGRAM_BOT_TOKEN", "999999:secret value with spaces", "TELEGRAM_BOT_TOKEN"),
        ("FACTBOT_FLOOD_RATE", "fast", "FACTBOT_FLOOD_RATE"),
        ("FACTBOT_ADMIN_IDS", "1,bob", "FACTBOT_ADMIN_IDS"),
        ("FACTBOT_LOG_LEVEL", "LOUD", "FACTBOT_LOG_LEVEL"),
        ("TELEGRAM_API_BASE_URL", "api.telegram.org", "TELEGRAM_API_BASE_URL"),
    ],
)
def test_settings_errors_are_one_line(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, expected: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as info:
        load_settings(_env_file=None)
    message = str(info.value)
    assert expected in message and "\n" not in message
    assert "secret value" not in message


def test_empty_values_in_env_file_mean_unset(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text(
        "TELEGRAM_BOT_TOKEN=\nFACTBOT_DB=\nFACTBOT_ADMIN_IDS=\nFACTBOT_WEBHOOK_URL=\n"
        "TELEGRAM_API_BASE_FILE_URL=\nFACTBOT_FLOOD_RATE=9\n"
    )
    settings = load_settings(_env_file=env_file)
    assert settings.telegram_bot_token is None and settings.factbot_db is None
    assert settings.admin_ids == [] and settings.webhook_url is None and settings.flood_rate == 9
    assert settings.telegram_api_base_file_url == "https://api.telegram.org/file/bot"


def test_missing_token_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    with pytest.raises(SettingsError, match="TELEGRAM_BOT_TOKEN is not set"):
        load_settings(_env_file=None).require_token()


# --------------------------------------------------------------------------------------------
# Rendering (no network)


@hsettings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("ab <>&\"'*_`[]\n.") + ["é", "😀", "\u0301", "中"]),
        max_size=9000,
    )
)
def test_split_never_breaks_markup(text: str) -> None:
    blocks = [Block(text, "bold"), Block("¶2 · T&C · Reuters", "italic"), Block(text, "expandable")]
    messages = pack(blocks)
    visible = ""
    for message in messages:
        assert tg_len(message) <= 4000 < TELEGRAM_LIMIT
        visible += parse_html(message)  # raises on a cut tag or entity
    squeeze = lambda s: "".join(s.split())  # noqa: E731
    assert squeeze(visible) == squeeze(text + "¶2 · T&C · Reuters" + text)


def test_split_prefers_sentence_boundaries() -> None:
    text = " ".join(f"Sentence number {i} ends here." for i in range(400))
    pieces = split_plain(text, 1000)
    assert len(pieces) > 1
    assert all(p.endswith(".") for p in pieces)


def test_tg_len_counts_utf16_code_units() -> None:
    assert tg_len("") == 0
    assert tg_len("plain <b>ascii</b>") == 18
    assert tg_len("é中’") == 3  # one unit each (Basic Multilingual Plane)
    assert tg_len("a😀") == 3  # an astral character is a surrogate pair


def test_format_date() -> None:
    assert format_date("2023-12-09") == "9 December 2023"
    assert format_date("2023-12-09T10:00:00") == "9 December 2023"
    assert format_date("last week") == "last week"
    assert format_date("") == ""


def test_settle_heap_freezes_start_up_and_collects_less_often() -> None:
    before = gc.get_threshold()
    try:
        telegram_app.settle_heap()
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold() == (telegram_app.GC_YOUNG_THRESHOLD, *before[1:])
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


def test_long_ids_and_questions_fit_callback_data() -> None:
    registry = ButtonRegistry(max_size=4)
    long_id = "x" * 200
    answer = Answer(
        question="q", answered=True, intent="figure", text="t", confidence=0.5,
        citations=[Citation(article=long_id, paragraph=12, quote="q")],
        suggestions=["Why " * 40], alternatives=["Did the " * 20],
    )  # fmt: skip
    [rendered] = render_answer(answer, registry)
    assert rendered.reply_markup is not None
    data = [b.callback_data for row in rendered.reply_markup.inline_keyboard for b in row]
    assert all(len(d.encode()) <= CALLBACK_DATA_LIMIT for d in data)
    assert registry.decode(data[0]) == ("src", (long_id, 12))
    for i in range(5):  # bounded: old entries are evicted
        registry.encode("ask", f"{'long question ' * 5}{i}")
    assert len(registry) == 4 and registry.decode(data[0]) is None


def test_keyboards_are_reused_and_bounded() -> None:
    registry = ButtonRegistry(max_keyboards=2)
    answer = Answer(
        question="q", answered=True, intent="figure", text="t", confidence=0.5,
        citations=[Citation(article="a", paragraph=2, quote="q")], suggestions=["Who " * 30],
    )  # fmt: skip
    [first] = render_answer(answer, registry)
    [again] = render_answer(answer, registry)
    assert first.reply_markup is not None and again.reply_markup is first.reply_markup
    assert registry.keyboard_json(first.reply_markup) == first.reply_markup.to_dict()
    labels = [b.text for row in first.reply_markup.inline_keyboard for b in row]
    assert labels[:2] == ["📄 Source", "🔗 Related"] and len(labels[2]) <= BUTTON_TEXT_LIMIT
    assert registry.keyboard([[]]) is None and registry.keyboard_json(None) is None
    for i in range(3):  # bounded: the oldest keyboard is dropped, and its JSON with it
        registry.keyboard([[(f"q{i}", f"ask:q{i}")]])
    assert len(registry._keyboards) == 2 and registry.keyboard_json(first.reply_markup) is None


def test_flood_guard_window() -> None:
    guard = FloodGuard(rate=2, window=10, max_chats=2)
    assert [guard.check("a", t) for t in (0, 1, 2, 3)] == ["ok", "ok", "notice", "silent"]
    assert guard.check("b", 3) == "ok"
    assert guard.check("a", 14) == "ok"  # slowed down: answered again
    for i in range(5):
        guard.check(f"c{i}", 15)
    assert len(guard) <= 3


# --------------------------------------------------------------------------------------------
# Private chat


async def test_commands_set_in_menu(app: Any, api: FakeBotApi) -> None:
    call = await api.wait_for_call("setMyCommands")
    names = [c["command"] for c in call.params["commands"]]
    assert names == [c.command for c in COMMANDS]
    assert {"start", "help", "about", "facts", "timeline", "source", "ask", "articles"} <= set(names)


async def test_private_question_answered_with_citation_and_buttons(app: Any, api: FakeBotApi) -> None:
    chat = api.private_chat()
    api.send_text(chat, QUESTION)
    [reply] = await api.wait_for_messages(chat.id, 1)
    assert "800" in reply.text
    assert "¶2" in reply.text and "Reuters" in reply.text and "9 December 2023" in reply.text
    assert reply.parse_mode == "HTML" and "<blockquote" in reply.html and "<b>" in reply.html
    labels = reply.button_texts()
    assert any("Source" in t for t in labels) and any("Related" in t for t in labels)
    _assert_well_formed(reply)


async def test_follow_up_uses_conversation(app: Any, api: FakeBotApi) -> None:
    chat = api.private_chat()
    api.send_text(chat, QUESTION)
    await api.wait_for_messages(chat.id, 1)
    api.send_text(chat, "When?")
    replies = await api.wait_for_messages(chat.id, 2)
    assert replies[1].text  # answered (or politely not) without error
    _assert_well_formed(replies[1])


async def test_every_command(app: Any, api: FakeBotApi, store: Any) -> None:
    chat = api.private_chat()
    article = store.articles()[0]

    async def run(text: str) -> SentMessage:
        before = len(api.bot_messages(chat.id))
        api.send_text(chat, text)
        messages = await api.wait_for_messages(chat.id, before + 1)
        await settle(app, api)
        messages = api.bot_messages(chat.id)
        for message in messages[before:]:
            _assert_well_formed(message)
        return messages[before]

    start = await run("/start")
    assert article.title in start.text and len(start.buttons()) == 3
    assert all(b["callback_data"].startswith("ask:") for b in start.buttons())

    assert "/source" in (await run("/help")).text
    about = await run("/about")
    assert article.title in about.text and "9 December 2023" in about.text and "Reuters" in about.text
    assert article.id in (await run("/articles")).text

    facts = await run("/facts")
    assert "Key figures" in facts.text and "800" in facts.text
    if any("Next" in t for t in facts.button_texts()):  # paged: the button edits the message
        api.press(facts, "Next")
        await api.wait_for(lambda: facts.edits == 1)
        assert "(2/" in facts.text

    timeline = await run("/timeline")
    assert "Timeline" in timeline.text and "2023" in timeline.text

    paragraph = store.paragraph(article.id, 4)
    for command in ("/source 4", f"/source {article.id} 4", "/source 1 4", "/source ¶4"):
        quoted = await run(command)
        assert "¶4" in quoted.text and paragraph in quoted.text, command
    assert "no paragraph 99" in (await run("/source 99")).text
    assert "Usage" in (await run("/source")).text
    assert "article" in (await run("/source nosuch 3")).text

    assert "800" in (await run(f"/ask {QUESTION}")).text
    assert "Usage" in (await run("/ask")).text
    assert "/help" in (await run("/frobnicate")).text


async def test_facts_are_paged_with_buttons(
    app: Any, api: FakeBotApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    many = [
        Answer(question="", answered=True, intent="figure", text=f"Figure number {i} & more.",
               confidence=1, citations=[Citation(article="a", paragraph=i, quote="q")])
        for i in range(1, 13)
    ]  # fmt: skip
    monkeypatch.setattr(telegram_app.browse, "key_facts", lambda store, article_id=None: many)
    chat = api.private_chat()
    api.send_text(chat, "/facts")
    [page] = await api.wait_for_messages(chat.id, 1)
    assert "(1/3)" in page.text and "Figure number 5 & more." in page.text
    assert "Figure number 6 " not in page.text and page.button_texts() == ["Next ▶"]
    api.press(page, "Next")
    await api.wait_for(lambda: page.edits == 1)
    assert "(2/3)" in page.text and "6. Figure number 6 & more. (¶6)" in page.text
    assert page.button_texts() == ["◀ Previous", "Next ▶"]
    api.press(page, "Previous")
    await api.wait_for(lambda: page.edits == 2)
    assert "(1/3)" in page.text
    assert len(api.bot_messages(chat.id)) == 1


async def test_stats_for_admins_only(start_bot: Any, api: FakeBotApi) -> None:
    admin, other = api.private_chat(), api.private_chat()
    await start_bot(admin_ids=[admin.id])
    api.send_text(admin, "/stats")
    api.send_text(other, "/stats")
    [stats] = await api.wait_for_messages(admin.id, 1)
    [refused] = await api.wait_for_messages(other.id, 1)
    assert "articles: 1" in stats.text and "uptime" in stats.text
    assert "/help" in refused.text and "articles" not in refused.text


async def test_buttons_source_related_suggestion(app: Any, api: FakeBotApi, store: Any) -> None:
    chat = api.private_chat()
    api.send_text(chat, QUESTION)
    [reply] = await api.wait_for_messages(chat.id, 1)
    article = store.articles()[0]

    query = api.press(reply, "Source")
    await api.wait_for_call("answerCallbackQuery", lambda p: p["callback_query_id"] == query)
    source = (await api.wait_for_messages(chat.id, 2))[1]
    assert store.paragraph(article.id, 2) in source.text and "¶2" in source.text

    query = api.press(reply, "Related")
    await api.wait_for_call("answerCallbackQuery", lambda p: p["callback_query_id"] == query)
    related = (await api.wait_for_messages(chat.id, 3))[2]
    assert related.text

    suggestions = [t for t in reply.button_texts() if "Source" not in t and "Related" not in t]
    if suggestions:
        api.press(reply, suggestions[0])
        follow = (await api.wait_for_messages(chat.id, 4))[3]
        assert follow.text and "¶" in follow.text or "not" in follow.text.lower()
    await settle(app, api)
    assert len(api.bot_messages(chat.id)) == (4 if suggestions else 3)


async def test_start_example_and_did_you_mean_buttons(
    app: Any, api: FakeBotApi, scripted: dict[str, Answer]
) -> None:
    scripted["how many?"] = Answer(
        question="how many?", answered=False, intent="figure", text="Which number do you mean?",
        confidence=0.3, alternatives=[QUESTION, "How many Russian firms set up businesses in Liaoning?"],
        suggestions=[FOLLOW_UP],
    )  # fmt: skip
    chat = api.private_chat()
    api.send_text(chat, "how many?")
    [reply] = await api.wait_for_messages(chat.id, 1)
    assert any(t.startswith("Did you mean") for t in reply.button_texts())
    api.press(reply, "Did you mean")
    chosen = (await api.wait_for_messages(chat.id, 2))[1]
    assert "800" in chosen.text

    api.press(reply, FOLLOW_UP)
    follow = (await api.wait_for_messages(chat.id, 3))[2]
    assert follow.text

    api.send_text(chat, "/start")
    start = (await api.wait_for_messages(chat.id, 4))[3]
    api.press(start, start.button_texts()[0])
    example = (await api.wait_for_messages(chat.id, 5))[4]
    assert example.text and "¶" in example.text


async def test_expired_button_is_answered_politely(app: Any, api: FakeBotApi) -> None:
    chat = api.private_chat()
    api.send_text(chat, "/help")
    [message] = await api.wait_for_messages(chat.id, 1)
    message.reply_markup = {"inline_keyboard": [[{"text": "old", "callback_data": "ask:~zzzz"}]]}
    query = api.press(message, "old")
    call = await api.wait_for_call("answerCallbackQuery", lambda p: p["callback_query_id"] == query)
    assert "expired" in call.params.get("text", "")


async def test_edited_question_edits_the_answer(app: Any, api: FakeBotApi) -> None:
    chat = api.private_chat()
    asked = api.send_text(chat, QUESTION)
    [reply] = await api.wait_for_messages(chat.id, 1)
    first = reply.text
    api.edit_text(asked, FOLLOW_UP)
    await api.wait_for(lambda: reply.edits == 1 or len(api.bot_messages(chat.id)) > 1)
    await settle(app, api)
    assert len(api.bot_messages(chat.id)) == 1 and reply.edits == 1
    assert reply.text != first


async def test_non_text_messages_get_a_hint(app: Any, api: FakeBotApi) -> None:
    chat = api.private_chat()
    api.send_sticker(chat)
    api.send_photo(chat)
    api.send_voice(chat)
    replies = await api.wait_for_messages(chat.id, 3)
    assert [r.text for r in replies] == [NON_TEXT_HINT] * 3


async def test_very_long_message(app: Any, api: FakeBotApi) -> None:
    chat = api.private_chat()
    api.send_text(chat, ("How many firms & <enterprises> attended? " * 125)[:5000])
    [reply] = await api.wait_for_messages(chat.id, 1)
    _assert_well_formed(reply)
    await settle(app, api)
    assert not api.calls_of("sendMessage", outcome="error:400")


async def test_long_answers_are_split(app: Any, api: FakeBotApi, scripted: dict[str, Answer]) -> None:
    long_quote = "The conference & its <deals> went on. " * 300  # ~11,700 characters
    scripted["long one"] = Answer(
        question="long one", answered=True, intent="figure", text="A long answer.", confidence=1,
        citations=[Citation(article="a", paragraph=3, quote=long_quote, title="T")],
        suggestions=[FOLLOW_UP],
    )  # fmt: skip
    chat = api.private_chat()
    api.send_text(chat, "long one")
    await api.wait_for_messages(chat.id, 3)
    await settle(app, api)
    messages = api.bot_messages(chat.id)
    assert len(messages) >= 3
    for message in messages:
        _assert_well_formed(message)
    assert [bool(m.buttons()) for m in messages] == [False] * (len(messages) - 1) + [True]
    assert "".join(_all_texts(messages).split()).count("Theconference&its<deals>wenton.") == 300


@pytest.mark.parametrize(
    "question",
    ["echo: <b>bold</b> & <script>alert(1)</script>", "echo: *stars* _under_ `code` [a](b) &amp; 5 < 6"],
)
async def test_markup_in_questions_comes_back_escaped(
    app: Any, api: FakeBotApi, scripted: dict[str, Answer], question: str
) -> None:
    chat = api.private_chat()
    api.send_text(chat, question)
    [reply] = await api.wait_for_messages(chat.id, 1)
    assert reply.parse_mode == "HTML"
    assert reply.text.count(question) == 2  # answer line and quote, shown literally
    assert "<i>T&C</i> *bold*" in reply.text and "A & B <Reuters>" in reply.text
    assert "<script>" not in reply.html
    if "<script>" in question:
        assert "&lt;script&gt;" in reply.html
    assert not api.calls_of("sendMessage", outcome="error:400")


async def test_markup_in_real_questions(app: Any, api: FakeBotApi) -> None:
    chat = api.private_chat()
    for text in ("<b>How many</b> firms & <script>x</script>?", "*How* _many_ `firms` [x](y)?"):
        api.send_text(chat, text)
    replies = await api.wait_for_messages(chat.id, 2)
    for reply in replies:
        _assert_well_formed(reply)
    assert not api.calls_of("sendMessage", outcome="error:400")


async def test_answer_failure_gets_an_apology(
    app: Any, api: FakeBotApi, scripted: dict[str, Answer], caplog: pytest.LogCaptureFixture
) -> None:
    chat = api.private_chat()
    with caplog.at_level(logging.INFO):
        api.send_text(chat, "explode secretquestion")
        [reply] = await api.wait_for_messages(chat.id, 1)
        assert reply.text == APOLOGY
        api.send_text(chat, QUESTION)  # still serving
        replies = await api.wait_for_messages(chat.id, 2)
    assert "800" in replies[1].text
    logged = "\n".join(r.getMessage() for r in caplog.records if r.levelno >= logging.INFO)
    assert "Traceback" not in reply.text
    assert "secretquestion" not in logged and DEFAULT_TOKEN not in logged
    assert "Answering failed" in logged


async def test_flood_control_is_per_chat(start_bot: Any, api: FakeBotApi) -> None:
    app = await start_bot(flood_rate=3, flood_window=60)
    noisy, quiet = api.private_chat(), api.private_chat()
    for i in range(7):
        api.send_text(noisy, f"{QUESTION} {i}")
    api.send_text(quiet, QUESTION)
    await api.wait_for_messages(quiet.id, 1)
    await api.wait_for_messages(noisy.id, 4)
    await settle(app, api)
    texts = [m.text for m in api.bot_messages(noisy.id)]
    assert len(texts) == 4 and texts[3] == FLOOD_NOTICE and all("800" in t for t in texts[:3])
    assert len(api.bot_messages(quiet.id)) == 1


# --------------------------------------------------------------------------------------------
# Groups


async def test_group_only_when_addressed(app: Any, api: FakeBotApi) -> None:
    group = api.group_chat(supergroup=True)
    alice, bob = api.user(name="Alice"), api.user(name="Bob")
    api.send_text(group, QUESTION, user=alice)  # not addressed: silence
    api.send_text(group, "@someone_else how many firms?", user=bob)  # someone else: silence
    api.send_sticker(group, user=bob)  # silence
    asked = api.send_text(group, f"/ask@{BOT_USERNAME} {QUESTION}", user=alice)
    [reply] = await api.wait_for_messages(group.id, 1)
    await settle(app, api)
    assert len(api.bot_messages(group.id)) == 1
    assert reply.reply_to == asked.message_id and "800" in reply.text

    mention = api.send_text(group, f"@{BOT_USERNAME} {QUESTION}", user=bob)
    second = (await api.wait_for_messages(group.id, 2))[1]
    assert second.reply_to == mention.message_id and "800" in second.text
    assert f"@{BOT_USERNAME}" not in second.text

    answer_to_reply = api.send_text(group, FOLLOW_UP, user=bob, reply_to=second)
    third = (await api.wait_for_messages(group.id, 3))[2]
    assert third.reply_to == answer_to_reply.message_id

    api.send_text(group, "thanks all", user=alice)
    api.send_text(group, f"/ask {QUESTION}", user=bob)
    await api.wait_for_messages(group.id, 4)
    await settle(app, api)
    assert len(api.bot_messages(group.id)) == 4


async def test_plain_group(app: Any, api: FakeBotApi) -> None:
    group = api.group_chat()
    api.send_text(group, "hello everyone")
    api.send_text(group, f"hey @{BOT_USERNAME}, {QUESTION}")
    [reply] = await api.wait_for_messages(group.id, 1)
    await settle(app, api)
    assert len(api.bot_messages(group.id)) == 1 and "800" in reply.text


# --------------------------------------------------------------------------------------------
# Inline mode


async def test_inline_query(app: Any, api: FakeBotApi) -> None:
    query = api.inline_query(QUESTION)
    call = await api.wait_for_call("answerInlineQuery", lambda p: p["inline_query_id"] == query)
    results = call.params["results"]
    assert 1 <= len(results) <= 5
    first = results[0]
    assert first["type"] == "article" and "800" in first["title"]
    assert "¶2" in first["description"]
    content = first["input_message_content"]
    visible = parse_html(content["message_text"])
    assert "800" in visible and "¶2" in visible and content["parse_mode"] == "HTML"


async def test_empty_inline_query_lists_key_facts(app: Any, api: FakeBotApi) -> None:
    query = api.inline_query("")
    call = await api.wait_for_call("answerInlineQuery", lambda p: p["inline_query_id"] == query)
    results = call.params["results"]
    assert results and any("800" in r["title"] for r in results)


async def test_send_is_send_message_on_the_wire(app: Any, api: FakeBotApi) -> None:
    """telegram_app.send skips PTB's parse of the sent message, nothing on the wire: each
    message goes out with the parameters bot.send_message sends (Defaults' parse_mode, the
    keyboard, reply parameters), and the new messages' ids come back."""
    registry = app.bot_data[telegram_app.BUTTONS]
    answer = Answer(
        question="q", answered=True, intent="figure", text="800 <firms> & more", confidence=1.0,
        citations=[Citation(article="a", paragraph=2, quote="A quote.", title="T", source="S")],
        suggestions=["Who attended?"],
    )  # fmt: skip
    [item] = render_answer(answer, registry)
    context = CallbackContext(app)
    for chat, reply_to in ((api.private_chat(), None), (api.group_chat(), 7)):
        ids = await telegram_app.send(context, chat.id, [item], reply_to=reply_to)
        reply = None if reply_to is None else ReplyParameters(reply_to, allow_sending_without_reply=True)
        message = await app.bot.send_message(
            chat.id, item.text, reply_markup=item.reply_markup, reply_parameters=reply
        )
        ours, ptbs = api.calls_of("sendMessage")[-2:]
        assert ours.params == ptbs.params and ours.params["parse_mode"] == "HTML"
        assert ids == [message.message_id - 1]
        assert [m.message_id for m in api.bot_messages(chat.id)] == [ids[0], message.message_id]
    # Other Defaults reach the wire the same way (plain-text fallback: parse_mode=None).
    defaults = Defaults(
        parse_mode=ParseMode.HTML, disable_notification=True, protect_content=True,
        link_preview_options=LinkPreviewOptions(is_disabled=True),
    )  # fmt: skip
    async with ExtBot(DEFAULT_TOKEN, base_url=api.base_url, defaults=defaults) as bot:
        chat = api.private_chat()
        for parse_mode in (DEFAULT_NONE, None):
            await telegram_app._send_message(bot, chat.id, "<b>x</b>", parse_mode=parse_mode)
            await bot.send_message(chat.id, "<b>x</b>", parse_mode=parse_mode)
            ours, ptbs = api.calls_of("sendMessage")[-2:]
            assert ours.params == ptbs.params
            assert ours.params["disable_notification"] is True and "link_preview_options" in ours.params
            assert ours.params.get("parse_mode") == ("HTML" if parse_mode is DEFAULT_NONE else None)


# --------------------------------------------------------------------------------------------
# Faults from the Bot API


@pytest.mark.parametrize("kind", ["429", "500", "drop", "400"])
async def test_send_faults_recovered(app: Any, api: FakeBotApi, kind: str) -> None:
    chat = api.private_chat()
    api.inject("sendMessage", kind, chat_id=chat.id, retry_after=1)
    api.send_text(chat, QUESTION)
    [reply] = await api.wait_for_messages(chat.id, 1, timeout=8)
    api.send_text(chat, FOLLOW_UP)
    await api.wait_for_messages(chat.id, 2)
    await settle(app, api)
    assert len(api.bot_messages(chat.id)) == 2  # nothing lost, nothing twice
    assert "800" in reply.text
    if kind == "400":  # Telegram rejected our HTML: the same answer arrives as plain text
        assert reply.parse_mode is None and "<" not in reply.html


async def test_blocked_chat_does_not_stop_the_bot(app: Any, api: FakeBotApi) -> None:
    blocked, other = api.private_chat(), api.private_chat()
    api.inject("sendMessage", "403", chat_id=blocked.id)
    api.send_text(blocked, QUESTION)
    api.send_text(other, QUESTION)
    await api.wait_for_messages(other.id, 1)
    await settle(app, api)
    assert api.bot_messages(blocked.id) == []
    assert api.calls_of("sendMessage", outcome="fault:403")
    api.send_text(blocked, QUESTION)  # unblocked again
    await api.wait_for_messages(blocked.id, 1)
    await settle(app, api)
    assert len(api.bot_messages(blocked.id)) == 1 and len(api.bot_messages(other.id)) == 1


@pytest.mark.parametrize("kind", ["500", "drop", "429"])
async def test_get_updates_faults_lose_nothing(app: Any, api: FakeBotApi, kind: str) -> None:
    chats = [api.private_chat() for _ in range(3)]
    api.send_text(chats[0], QUESTION)
    await api.wait_for_messages(chats[0].id, 1)
    api.inject("getUpdates", kind, retry_after=1)
    for chat in chats:
        api.send_text(chat, FOLLOW_UP)
    for chat in chats[1:]:
        await api.wait_for_messages(chat.id, 1, timeout=8)
    await api.wait_for_messages(chats[0].id, 2, timeout=8)
    await settle(app, api)
    assert [len(api.bot_messages(c.id)) for c in chats] == [2, 1, 1]
    assert api.calls_of("getUpdates", outcome=None)[0].outcome == "ok"
    assert any(c.outcome != "ok" for c in api.calls_of("getUpdates", outcome=None))


async def test_errors_logged_without_token(
    app: Any, api: FakeBotApi, caplog: pytest.LogCaptureFixture
) -> None:
    chat = api.private_chat()
    with caplog.at_level(logging.DEBUG):
        api.inject("sendMessage", "500", chat_id=chat.id, times=SEND_ATTEMPTS)  # every attempt fails
        api.send_text(chat, "How many secretword firms?")
        await api.wait_for(lambda: len(api.calls_of("sendMessage", outcome="fault:500")) == SEND_ATTEMPTS)
        api.send_text(chat, QUESTION)
        await api.wait_for_messages(chat.id, 1)
        await settle(app, api)
    assert len(api.bot_messages(chat.id)) == 1
    info = "\n".join(r.getMessage() for r in caplog.records if r.levelno >= logging.INFO)
    assert "Telegram API problem" in info
    assert DEFAULT_TOKEN not in info and "secretword" not in info


# --------------------------------------------------------------------------------------------
# `factbot run` as a real process


async def _stop_cleanly(process: asyncio.subprocess.Process) -> str:
    """SIGTERM, then the exit code must be 0; returns everything the process printed."""
    process.send_signal(signal.SIGTERM)
    out, err = await asyncio.wait_for(process.communicate(), 15)
    assert process.returncode == 0, err.decode()[-2000:]
    return (out + err).decode()


async def _kill(process: asyncio.subprocess.Process) -> None:
    """Whatever went wrong, leave no factbot running behind the test."""
    if process.returncode is None:
        process.kill()
        await process.wait()


def _factbot_command() -> list[str]:
    script = Path(sys.executable).parent / "factbot"
    if script.exists():
        return [str(script)]
    found = shutil.which("factbot")
    if found:
        return [found]
    return [sys.executable, "-c", "import sys; from bot.cli import main; sys.exit(main())"]


async def test_factbot_run_subprocess(api: FakeBotApi, tmp_path: Path) -> None:
    db = tmp_path / "factbot.db"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FACTBOT_", "TELEGRAM_"))}
    env.update(
        TELEGRAM_BOT_TOKEN=DEFAULT_TOKEN,
        TELEGRAM_API_BASE_URL=api.base_url,
        FACTBOT_LOG_LEVEL="INFO",
        PYTHONUNBUFFERED="1",
    )
    command = _factbot_command()
    ingest = await asyncio.create_subprocess_exec(
        *command, "--db", str(db), "ingest", str(SEED),
        env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(ingest.communicate(), 30)
    assert ingest.returncode == 0, err.decode()[-2000:]

    process = await asyncio.create_subprocess_exec(
        *command, "--db", str(db), "run",
        env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        chat = api.private_chat()
        api.send_text(chat, QUESTION)
        try:
            [reply] = await api.wait_for_messages(chat.id, 1, timeout=20)
        except AssertionError:
            if process.returncode is None:
                process.kill()
            out, err = await process.communicate()
            raise AssertionError(f"no answer; factbot run said: {err.decode()[-3000:]}") from None
        assert "800" in reply.text and "¶2" in reply.text
        await api.wait_for_call("setMyCommands")
        logs = await _stop_cleanly(process)
    finally:
        await _kill(process)
    assert DEFAULT_TOKEN not in logs and QUESTION not in logs
    assert "Traceback" not in logs


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_factbot_run_webhook_subprocess(api: FakeBotApi, seed_db: Path, tmp_path: Path) -> None:
    import aiohttp

    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FACTBOT_", "TELEGRAM_"))}
    env.update(TELEGRAM_BOT_TOKEN=DEFAULT_TOKEN, TELEGRAM_API_BASE_URL=api.base_url)
    process = await asyncio.create_subprocess_exec(
        *_factbot_command(), "--db", str(seed_db), "run",
        "--webhook", "https://bot.example.com/factbot", "--listen", "127.0.0.1", "--port", str(port),
        env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        registered = await api.wait_for_call("setWebhook", timeout=20)
        assert registered.params["url"] == "https://bot.example.com/factbot"
        secret = registered.params["secret_token"]
        assert secret and DEFAULT_TOKEN not in secret
        chat = api.private_chat()
        update = {
            "update_id": 1,
            "message": {
                "message_id": 1, "date": 1700000000, "chat": chat.as_dict(), "from": chat.user,
                "text": QUESTION,
            },
        }  # fmt: skip
        url = f"http://127.0.0.1:{port}/factbot"
        async with aiohttp.ClientSession() as session:
            for _ in range(50):  # the listener may need a moment after setWebhook
                try:
                    async with session.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"}) as bad:
                        assert bad.status == 403
                    break
                except aiohttp.ClientConnectorError:
                    await asyncio.sleep(0.1)
            async with session.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": secret}) as ok:
                assert ok.status == 200
        [reply] = await api.wait_for_messages(chat.id, 1, timeout=10)
        assert "800" in reply.text
        logs = await _stop_cleanly(process)
    finally:
        await _kill(process)
    assert DEFAULT_TOKEN not in logs


def test_per_chat_state_stays_bounded_for_100000_chats() -> None:
    from bot.chat_state import FloodGuard, ReplyTracker
    from handlers import Conversations

    flood, replies, conversations = FloodGuard(20, 60.0), ReplyTracker(), Conversations()
    for chat in range(100_000):
        assert flood.check(chat, now=float(chat) * 1e-4) == "ok"
        replies.remember(chat, 1, [2])
        conversations.get(chat)
    assert len(flood) <= flood.max_chats
    assert len(replies._map) <= replies.max_size
    assert len(conversations) <= conversations.max_size
