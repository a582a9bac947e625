"""CallFeed: each call reaches the display once, oldest first; LISTEN/NOTIFY on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import queue
import threading
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, func, insert, select, text
from support import store
from support.calls import CallDesk

from counter_app.clock import FixedClock
from counter_app.core import Core, build_core
from counter_app.db import backup, models
from counter_app.db import engine as db_engine
from counter_app.db.repositories import TicketRepository
from counter_app.display_feed import GAP_WAIT, PAGE, CallFeed
from counter_app.settings import Settings

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


def test_a_call_stamped_ten_minutes_early_by_a_skewed_clock_is_read_once(desk: CallDesk, clock: FixedClock) -> None:
    # Both engines read by position (SQLite's rowid, PostgreSQL's server-taken seq), not by call time: there
    # is no look-back window a lagging clock can fall out of.
    feed = CallFeed.from_core(desk.core)
    feed.prime()
    desk.issue(), desk.issue(), desk.issue()
    first = desk.call_next(1)
    assert [c.code for c in feed.new_calls()] == [first.code]
    clock.advance(minutes=-10)  # the next loket PC's clock is ten minutes behind
    skewed = desk.call_next(2)
    clock.advance(minutes=10)
    assert skewed.called_at is not None and first.called_at is not None
    assert skewed.called_at < first.called_at - dt.timedelta(minutes=9)
    assert [(c.code, c.counter_number, c.at) for c in feed.new_calls()] == [(skewed.code, 2, skewed.called_at)]
    assert feed.new_calls() == []
    desk.no_show(first.id)
    third = desk.call_next(1)
    assert [c.code for c in feed.new_calls()] == [third.code]  # and the feed goes on in commit order


def test_many_calls_within_one_instant_are_paged_each_once(desk: CallDesk) -> None:
    # Over two pages of calls stamped with the very same time (a burst, or PCs whose clocks agree to the
    # microsecond): paging by time alone could not get past the first page; none may be lost or read twice.
    feed = CallFeed.from_core(desk.core)
    feed.prime()
    ticket = desk.issue()
    first = desk.call_next(1)
    burst = [
        {
            "id": uuid.uuid4(),
            "at": first.called_at,
            "ticket_id": ticket,
            "counter_id": desk.counters[1],
            "code": first.code,
            "counter_number": 1,
            "kind": "recall",
        }
        for _ in range(2 * PAGE + 30)
    ]
    with desk.core.engine.begin() as conn:
        for row in burst:  # one INSERT each, as separate loket commits would write them
            conn.execute(insert(models.CallEvent), [row])
    calls = feed.new_calls()
    assert [c.kind for c in calls].count("call") == 1
    recalls = [c.id for c in calls if c.kind == "recall"]
    assert len(recalls) == len(set(recalls)) == len(burst)
    assert set(recalls) == {row["id"] for row in burst}
    assert recalls == [row["id"] for row in burst]  # in commit order (one commit each) on both engines
    assert feed.new_calls() == []


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_replaced_store_with_fewer_calls_does_not_silence_the_display(desk: CallDesk) -> None:
    # A backup restored under a running display holds fewer calls than the display had read: new calls must
    # still be read (positions are reused after the highest rows are gone), from the store's newest on.
    feed = CallFeed.from_core(desk.core)
    feed.prime()
    for _ in range(3):
        desk.issue()
    calls = [desk.call_next(n) for n in (1, 2)]
    assert len(feed.new_calls()) == 2
    with desk.core.engine.begin() as conn:
        conn.execute(delete(models.CallEvent))  # as if restored from a backup made before those calls
    assert feed.new_calls() == []
    desk.no_show(calls[0].id)
    again = desk.call_next(1)
    assert [c.code for c in feed.new_calls()] == [again.code]


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


def test_the_recent_calls_are_in_the_order_they_were_made_not_by_their_time(desk: CallDesk, clock: FixedClock) -> None:
    for _ in range(3):
        desk.issue()
    first = desk.call_next(1)
    clock.advance(minutes=-10)  # loket 2's PC is ten minutes behind
    skewed = desk.call_next(2)
    clock.advance(minutes=10)
    recent = desk.core.queue.display_snapshot().recent
    assert [(c.code, c.counter_number) for c in recent[:2]] == [(skewed.code, 2), (first.code, 1)]


def _call_row(desk: CallDesk, ticket: uuid.UUID, code: str, at: dt.datetime) -> dict[str, Any]:
    return {
        "id": uuid.uuid4(),
        "at": at,
        "ticket_id": ticket,
        "counter_id": desk.counters[1],
        "code": code,
        "counter_number": 1,
        "kind": "recall",
    }


def _returned(feed: CallFeed) -> list[tuple[str, str]]:
    return [(c.code, c.kind) for c in feed.new_calls()]


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_a_call_committed_after_a_later_one_is_still_read_once_on_postgresql(desk: CallDesk) -> None:
    # PostgreSQL takes a call's position when it is inserted, not when it commits: a loket whose transaction
    # is still open when a later call is read must not be skipped.
    feed = CallFeed.from_core(desk.core)
    feed.prime()
    ticket = desk.issue()
    first = desk.call_next(1)
    assert first.called_at is not None
    slow, quick = _call_row(desk, ticket, first.code, first.called_at), _call_row(desk, ticket, first.code, NOW)
    with desk.core.engine.connect() as open_conn:
        open_conn.execute(insert(models.CallEvent), [slow])  # takes a position, not committed yet
        with desk.core.engine.begin() as conn:
            conn.execute(insert(models.CallEvent), [quick])
            seqs = dict(conn.execute(select(models.CallEvent.id, models.CallEvent.seq)).all())
        assert slow["id"] not in seqs and max(seqs.values()) == seqs[quick["id"]]
        calls = feed.new_calls()
        assert [(c.code, c.kind) for c in calls] == [(first.code, "call"), (first.code, "recall")]
        assert calls[1].id == quick["id"]
        open_conn.commit()
    assert [c.id for c in feed.new_calls()] == [slow["id"]]
    assert feed.new_calls() == []


def _listening(feed: CallFeed) -> tuple[queue.Queue[str | None], threading.Event, threading.Thread]:
    got: queue.Queue[str | None] = queue.Queue()
    stop = threading.Event()
    thread = threading.Thread(target=feed.listen, args=(got.put, stop), daemon=True)
    thread.start()
    assert got.get(timeout=10) is None  # connected and listening
    return got, stop, thread


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_a_notified_call_is_fetched_by_its_id_even_after_its_gap_was_given_up(desk: CallDesk) -> None:
    now = [0.0]
    feed = CallFeed(desk.core.queue, desk.core.db_url, desk.core.ctx.clock, monotonic=lambda: now[0])
    feed.prime()
    got, stop, thread = _listening(feed)
    try:
        ticket = desk.issue()
        desk.issue()
        first = desk.call_next(1)
        assert first.called_at is not None and got.get(timeout=5) is not None
        stray = _call_row(desk, ticket, first.code, first.called_at - dt.timedelta(minutes=10))
        with desk.core.engine.connect() as open_conn:
            open_conn.execute(insert(models.CallEvent), [stray])
            open_conn.execute(
                select(func.pg_notify(TicketRepository.CALL_CHANNEL, str(stray["id"])))
            )  # sent when it commits
            later = desk.call_next(2)
            assert got.get(timeout=5) is not None
            assert _returned(feed) == [(first.code, "call"), (later.code, "call")]
            now[0] += GAP_WAIT + 1  # the position it skipped is no longer looked for
            assert feed.new_calls() == []
            open_conn.commit()
        assert got.get(timeout=5) == str(stray["id"])
        assert [c.id for c in feed.new_calls()] == [stray["id"]]
        assert feed.new_calls() == []
    finally:
        stop.set()
        thread.join(timeout=5)


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_calls_made_while_the_listener_was_cut_off_are_caught_up_once(desk: CallDesk) -> None:
    feed = CallFeed.from_core(desk.core)
    feed.prime()
    got, stop, thread = _listening(feed)
    try:
        for _ in range(3):
            desk.issue()
        with desk.core.engine.begin() as conn:  # the network drops the display's listening connection
            cut = conn.execute(
                text(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()"
                )
            ).scalar_one()
        assert cut == 1
        missed = [desk.call_next(1), desk.call_next(2)]
        while got.get(timeout=15) is not None:
            pass  # the listener reconnects (a few seconds) and says so: catch up now
        assert _returned(feed) == [(missed[0].code, "call"), (missed[1].code, "call")]
        assert feed.new_calls() == []
        desk.no_show(missed[0].id)
        after = desk.call_next(1)
        assert got.get(timeout=5) is not None
        assert _returned(feed) == [(after.code, "call")]
    finally:
        stop.set()
        thread.join(timeout=5)


def test_calls_go_on_after_a_backup_is_restored_into_a_new_store(
    desk: CallDesk, new_store_url: Callable[[str], str], clock: FixedClock, tmp_path: Path
) -> None:
    # The restored calls keep their positions; new calls must take later ones (PostgreSQL's sequence is moved
    # past them), or calling would fail and the display would not see the call.
    for _ in range(3):
        desk.issue()
    first = desk.call_next(1)
    file = tmp_path / "cadangan.zip"
    backup.backup(desk.core.engine, file)
    url = new_store_url(db_engine.engine_kind(desk.core.db_url))
    target = db_engine.make_engine(url)
    backup.restore(target, file)
    target.dispose()
    restored = build_core(Settings(db_url=url, station_name=store.STATION), clock=clock, hasher=store.fast_hasher())
    try:
        there = CallDesk(restored, desk.services, desk.counters)
        feed = CallFeed.from_core(restored)
        feed.prime()
        there.no_show(first.id)
        again = there.call_next(1)
        assert _returned(feed) == [(again.code, "call")]
        assert [c.code for c in restored.queue.display_snapshot().recent[:2]] == [again.code, first.code]
    finally:
        restored.close()
