"""Fakes for the UI tests: a DialogService that never opens a window and remembers what it was asked."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtWidgets import QWidget

from counter_app.photo import CropBox, UprightPhoto
from counter_app.ui.dialogs import DialogService


@dataclass
class DialogCall:
    """One question the program asked through the dialog service."""

    method: str
    title: str = ""
    text: str = ""


@dataclass
class FakeDialogService(DialogService):
    """Answers every prompt with a preset; records each call and every crash detail.

    Attributes:
        confirm_answer: what ``confirm`` returns.
        password_answer: what ``ask_password`` returns (None = the user cancelled).
        save_path / open_path: what the file dialogs return (None = cancelled).
        text_answer: what ``ask_text`` returns (None = cancelled).
        product_answer: what ``ask_product`` returns (None = cancelled).
        work_item_answer: what ``ask_work_item`` returns as (standard title, subject); None = cancelled.
        calls: every prompt, in order.
        crashes: the detail text of every crash notice.
    """

    confirm_answer: bool = True
    password_answer: str | None = None
    save_path: Path | None = None
    open_path: Path | None = None
    text_answer: str | None = None
    product_answer: tuple[str, dt.date] | None = None
    work_item_answer: tuple[str, str] | None = None
    follow_up_answer: tuple[str, str] | None = None  # ask_follow_up: (status code, note); None = cancelled
    report_back_answer: tuple[dt.date, str] | None = None  # ask_report_back: (date, note); None = cancelled
    placement_answer: tuple[str, str, dt.date] | None = None  # ask_placement: (employer, position, date)
    ak1_registration_answer: tuple[str, dt.date] | None = None  # ask_ak1_registration: (number, issue date)
    crop_answer: CropBox | None = None  # crop_photo: this box; None = the offered centred crop ("Pakai Foto")
    crop_cancelled: bool = False  # crop_photo: the officer pressed Batal
    calls: list[DialogCall] = field(default_factory=list)
    crashes: list[str] = field(default_factory=list)

    def confirm(self, parent: QWidget | None, title: str, text: str, *, yes_label: str = "Ya") -> bool:
        """DialogService.confirm: the preset answer."""
        self.calls.append(DialogCall("confirm", title, text))
        return self.confirm_answer

    def crash(self, parent: QWidget | None, detail: str) -> None:
        """DialogService.crash: remember the detail instead of showing a box."""
        self.calls.append(DialogCall("crash", "", detail))
        self.crashes.append(detail)

    def ask_password(self, parent: QWidget | None, title: str, label: str) -> str | None:
        """DialogService.ask_password: the preset password."""
        self.calls.append(DialogCall("ask_password", title, label))
        return self.password_answer

    def save_file(self, parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
        """DialogService.save_file: the preset path."""
        self.calls.append(DialogCall("save_file", title, suggested))
        return self.save_path

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> Path | None:
        """DialogService.open_file: the preset path."""
        self.calls.append(DialogCall("open_file", title, filters))
        return self.open_path

    def ask_text(self, parent: QWidget | None, title: str, label: str, *, required: bool = False) -> str | None:
        """DialogService.ask_text: the preset text."""
        self.calls.append(DialogCall("ask_text", title, label))
        return self.text_answer

    def ask_product(self, parent: QWidget | None, today: dt.date) -> tuple[str, dt.date] | None:
        """DialogService.ask_product: the preset number and date."""
        self.calls.append(DialogCall("ask_product", "Selesaikan Permohonan", str(today)))
        return self.product_answer

    def ask_work_item(
        self, parent: QWidget | None, standards: Sequence[tuple[uuid.UUID, str]]
    ) -> tuple[uuid.UUID, str] | None:
        """DialogService.ask_work_item: the standard with the preset title, and the preset subject."""
        self.calls.append(DialogCall("ask_work_item", "Pekerjaan Internal Baru", "\n".join(t for _, t in standards)))
        if self.work_item_answer is None:
            return None
        title, subject = self.work_item_answer
        return next(i for i, t in standards if t == title), subject

    def ask_follow_up(
        self, parent: QWidget | None, number: str, statuses: Sequence[tuple[str, str]]
    ) -> tuple[str, str] | None:
        """DialogService.ask_follow_up: the preset (status code, note), or None when none is set."""
        self.calls.append(DialogCall("ask_follow_up", number, "\n".join(c for c, _ in statuses)))
        return self.follow_up_answer

    def ask_report_back(
        self, parent: QWidget | None, who: str, number: int, today: dt.date, earliest: dt.date
    ) -> tuple[dt.date, str] | None:
        """DialogService.ask_report_back: the preset (date, note), or None when none is set."""
        self.calls.append(DialogCall("ask_report_back", "Catat Lapor AK/1", f"{who} {number}"))
        return self.report_back_answer

    def ask_placement(
        self, parent: QWidget | None, who: str, today: dt.date, earliest: dt.date
    ) -> tuple[str, str, dt.date] | None:
        """DialogService.ask_placement: the preset (employer, position, date), or None when none is set."""
        self.calls.append(DialogCall("ask_placement", "Catat Penempatan AK/1", who))
        return self.placement_answer

    def ask_ak1_registration(self, parent: QWidget | None, title: str, today: dt.date) -> tuple[str, dt.date] | None:
        """DialogService.ask_ak1_registration: the preset (number, issue date), or None when none is set."""
        self.calls.append(DialogCall("ask_ak1_registration", title, str(today)))
        return self.ak1_registration_answer

    def crop_photo(self, parent: QWidget | None, upright: UprightPhoto) -> CropBox | None:
        """DialogService.crop_photo: the preset box, the offered crop, or None when cancelled."""
        self.calls.append(DialogCall("crop_photo", "Potong Pas Foto", f"{upright.width}x{upright.height}"))
        if self.crop_cancelled:
            return None
        return self.crop_answer or upright.initial_crop

    def asked(self, method: str) -> list[DialogCall]:
        """The calls of one method."""
        return [c for c in self.calls if c.method == method]
