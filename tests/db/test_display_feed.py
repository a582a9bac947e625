"""CallFeed: each call reaches the display once, oldest first; LISTEN/NOTIFY on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import queue
import threading

import pytest
from support.calls import CallDesk

from counter_app.clock import FixedClock
from counter_app.core import Core
from counter_app.display_feed import CallFeed

# Wednesday 25 November 2026, 09:00: the office is open.
NOW = dt.datetime(2026, 11, 25, 9, 0)


@pytest.fixture
def clock() -> FixedClock:
    """Mid-morning on a working day."""
    return FixedClock(NOW)


@pytest.fixture
def desk(core: Core) -> CallDesk:
    """The demo loket on this test's store."""
    return CallDesk.seeded(core)


def test_calls_made_before_the_display_started_are_not_announced(desk: CallDesk) -> None:
    desk.issue()
    desk.call_next(1)
    feed = CallFeed.from_core(desk.core)
    feed.prime()
    assert feed.new_calls() == []


def test_each_new_call_is_returned_once_oldest_first(desk: CallDesk) -> None:
    feed = CallFeed.from_core(desk.core)
    feed.prime()
    first, second = desk.issue(), desk.issue()
    a = desk.call_next(1)
    b = desk.call_next(2)
    calls = feed.new_calls()
    assert [(c.code, c.counter_number, c.kind) for c in calls] == [("A-001", 1, "call"), ("A-002", 2, "call")]
    assert {a.id, b.id} == {first, second}
    assert feed.new_calls() == []


def test_a_recall_is_a_new_call(desk: CallDesk) -> None:
    feed = CallFeed.from_core(desk.core)
    feed.prime()
    ticket = desk.issue()
    desk.call_next(2)
    assert [c.kind for c in feed.new_calls()] == ["call"]
    desk.recall(ticket)
    assert [(c.code, c.counter_number, c.kind) for c in feed.new_calls()] == [("A-001", 2, "recall")]


def test_a_call_stamped_by_a_pc_whose_clock_lags_is_not_missed(desk: CallDesk, clock: FixedClock) -> None:
    feed = CallFeed.from_core(desk.core)
    feed.prime()
    desk.issue(), desk.issue()
    desk.call_next(1)
    assert len(feed.new_calls()) == 1
    clock.advance(seconds=-30)  # the next loket PC's clock is half a minute behind
    desk.call_next(2)
    assert [c.counter_number for c in feed.new_calls()] == [2]


def test_more_calls_than_one_page_are_all_returned(desk: CallDesk) -> None:
    feed = CallFeed.from_core(desk.core)
    feed.prime()
    codes = []
    for _ in range(60):
        desk.issue()
        info = desk.call_next(1)
        codes.append(info.code)
        desk.no_show(info.id)
    calls = feed.new_calls()
    assert [c.code for c in calls] == codes
    assert feed.new_calls() == []


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_polling_stores_cannot_listen(desk: CallDesk) -> None:
    feed = CallFeed.from_core(desk.core)
    assert not feed.pushes
    with pytest.raises(RuntimeError, match="poll"):
        feed.listen(lambda _payload: None, threading.Event())


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_listen_delivers_each_committed_call_on_postgresql(desk: CallDesk) -> None:
    feed = CallFeed.from_core(desk.core)
    assert feed.pushes
    feed.prime()
    got: queue.Queue[str | None] = queue.Queue()
    stop = threading.Event()
    thread = threading.Thread(target=feed.listen, args=(got.put, stop), daemon=True)
    thread.start()
    try:
        assert got.get(timeout=10) is None  # connected and listening
        ticket = desk.issue()
        desk.call_next(2)
        desk.recall(ticket)
        payloads = [got.get(timeout=5), got.get(timeout=5)]
        calls = feed.new_calls()
        assert payloads == [str(c.id) for c in calls]
        assert [c.kind for c in calls] == ["call", "recall"]
    finally:
        stop.set()
        thread.join(timeout=5)
    assert not thread.is_alive()
