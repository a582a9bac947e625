"""Fixtures for the printed-output checks: a real CUPS queue through cups-pdf."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from support import cups


@pytest.fixture(scope="session")
def cups_queue(tmp_path_factory: pytest.TempPathFactory) -> Iterator[cups.CupsQueue]:
    """A cups-pdf print queue for this session (scheduler started here if none runs; all undone afterwards)."""
    try:
        queue = cups.start_queue(tmp_path_factory.mktemp("cups"))
    except cups.CupsUnavailable as exc:
        if cups.required():
            pytest.fail(f"{cups.REQUIRE_ENV}=1 but CUPS is not available: {exc}", pytrace=False)
        pytest.skip(f"CUPS not available: {exc}")
    try:
        yield queue
    finally:
        queue.stop()
