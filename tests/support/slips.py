"""Slip fixtures and a fake slip printer for the print and kiosk tests."""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from dataclasses import dataclass, field

from counter_app.print.base import PrintError
from counter_app.tickets import OFFICE_NAME, SlipData

TICKET_ID = uuid.UUID("6f1c1a8e-2b4d-4c1e-9a7f-0d3b5e8c1a22")


def fixture_slip(width_mm: int = 80, *, priority: bool = False, title: str = "AK/1 ATAU KARTU KUNING") -> SlipData:
    """The slip of A-001 issued Wednesday 25 November 2026 09:00, three people ahead."""
    return SlipData(
        ticket_id=TICKET_ID,
        office=OFFICE_NAME,
        code="A-001",
        service_title=title,
        priority=priority,
        issued_at=dt.datetime(2026, 11, 25, 9, 0),
        waiting_ahead=3,
        estimated_wait_minutes=30,
        width_mm=width_mm,
    )


@dataclass
class FakeSlipPrinter:
    """Stands in for ``print_output.print_slip``: remembers each slip, or fails like a printer that is off.

    Attributes:
        fail_with: the PrintError (or any exception) to raise instead of printing; None prints.
        printed: every slip that "came out", in order.
        attempts: every slip it was asked to print.
    """

    fail_with: BaseException | None = None
    printed: list[SlipData] = field(default_factory=list)
    attempts: list[SlipData] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __call__(self, slip: SlipData) -> None:
        """Print (called on the runner's worker thread)."""
        with self._lock:
            self.attempts.append(slip)
            if self.fail_with is not None:
                raise self.fail_with
            self.printed.append(slip)

    def switch_off(self) -> None:
        """Make every later job fail as a printer that is off would."""
        self.fail_with = PrintError('Printer "Karcis" tidak ditemukan di komputer ini.')
