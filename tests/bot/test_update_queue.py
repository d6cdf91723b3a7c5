"""The bot's update queue lets a bounded number of updates in at once (chat_state.BoundedUpdateQueue)."""

from __future__ import annotations

import asyncio

from bot.chat_state import BoundedUpdateQueue


async def test_put_waits_while_the_limit_is_in_the_bot() -> None:
    queue = BoundedUpdateQueue(2)
    await queue.put("a")
    await queue.put("b")
    third = asyncio.create_task(queue.put("c"))
    await asyncio.sleep(0.01)
    assert not third.done()  # two updates in: the third waits, even once they are taken off
    assert await queue.get() == "a" and await queue.get() == "b"
    await asyncio.sleep(0.01)
    assert not third.done() and queue.held() == 2
    queue.task_done()  # "a" handled: room for one
    await asyncio.wait_for(third, 1)
    assert await queue.get() == "c" and queue.held() == 2


async def test_join_and_task_done_keep_their_meaning() -> None:
    queue = BoundedUpdateQueue(10)
    for item in range(3):
        await queue.put(item)
    for _ in range(3):
        await queue.get()
        queue.task_done()
    await asyncio.wait_for(queue.join(), 1)
    assert queue.held() == 0
