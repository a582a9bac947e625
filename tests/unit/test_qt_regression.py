"""Guards the PySide6 pin (STACK.md §3): 6.12.0 on Python 3.11 loses a reference to None per void call."""

from __future__ import annotations

import sys

from PySide6 import QtCore


def test_qt_void_calls_keep_none_refcount(qapp: QtCore.QCoreApplication) -> None:
    before = sys.getrefcount(None)
    for _ in range(20_000):
        qapp.processEvents()
    # 6.12.0 on 3.11 aborts ("deallocating None") or drifts by ~20,000; a sound build stays put.
    assert abs(sys.getrefcount(None) - before) < 100
