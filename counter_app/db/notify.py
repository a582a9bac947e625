"""LISTEN for call events on PostgreSQL (no Qt): each committed call or recall sends its id on a channel."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import psycopg
from psycopg import sql
from sqlalchemy.engine import make_url

from counter_app.db.repositories import TicketRepository

log = logging.getLogger(__name__)

CHANNEL = TicketRepository.CALL_CHANNEL


def libpq_url(url: str) -> str:
    """The SQLAlchemy URL (``postgresql+psycopg://…``) as a plain libpq URL for ``psycopg.connect``."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def listen_calls(
    url: str,
    on_call: Callable[[str | None], None],
    stop: threading.Event,
    *,
    poll_seconds: float = 0.25,
    retry_seconds: float = 2.0,
) -> None:
    """Block until ``stop`` is set, calling ``on_call(call_id)`` for every NOTIFY on the calls channel.

    Uses its own connection (autocommit, so notifications are delivered at once). After every (re)connect
    ``on_call(None)`` tells the caller to catch up on calls it may have missed while not listening. A lost
    connection is logged and retried every ``retry_seconds``.

    Args:
        url: the store URL (SQLAlchemy form).
        on_call: called on this thread; must be quick (e.g. emit a queued Qt signal).
        stop: set it to end the loop; noticed within ``poll_seconds``.
        poll_seconds: how long one wait for notifications lasts before ``stop`` is checked again.
        retry_seconds: pause before reconnecting after a failure.
    """
    conninfo = libpq_url(url)
    while not stop.is_set():
        try:
            with psycopg.connect(conninfo, autocommit=True, connect_timeout=5) as conn:
                conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(CHANNEL)))
                log.info("listening for calls on channel %s", CHANNEL)
                on_call(None)
                while not stop.is_set():
                    for notify in conn.notifies(timeout=poll_seconds):
                        on_call(notify.payload)
                        if stop.is_set():
                            break
        except psycopg.Error as exc:
            if stop.is_set():
                break
            log.warning("call notifications interrupted, retrying in %.0f s: %s", retry_seconds, exc)
            stop.wait(retry_seconds)
