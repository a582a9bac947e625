"""SKM / IKM: the satisfaction index of a period per unsur and per service, sample check, profile, report."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from counter_app.changes import Changes
from counter_app.print import skm_report
from counter_app.print.skm_report import angka
from counter_app.print.ticket_slip import plain_title
from counter_app.survey import IkmResult, IkmScore, SurveyService, SurveyServiceChoice, UnsurScore
from counter_app.ui.common import ScreenDeps
from counter_app.ui.table_models import Column, RowTableModel, read_only_table

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
PDF_FILTER = "Dokumen PDF (*.pdf)"


@dataclass(frozen=True)
class ProfileRow:
    """One line of the respondent profile table."""

    group: str
    label: str
    count: int
    share: float


UNSUR_COLUMNS: list[Column[UnsurScore]] = [
    Column("No", lambda u: str(u.number), RIGHT),
    Column("Unsur pelayanan", lambda u: u.name, tooltip=lambda u: u.name),
    Column("Jumlah nilai", lambda u: angka(u.total, 0), RIGHT),
    Column("Responden", lambda u: angka(u.answered, 0), RIGHT),
    Column("NRR", lambda u: angka(u.nrr, 3), RIGHT),
    Column("NRR × 1/9", lambda u: angka(u.weighted, 4), RIGHT, tooltip=lambda u: "NRR tertimbang (bobot tepat 1/9)"),
]
SERVICE_COLUMNS: list[Column[IkmScore]] = [
    Column("Jenis layanan", lambda s: plain_title(s.label), tooltip=lambda s: s.label),
    Column("Responden", lambda s: angka(s.respondents, 0), RIGHT),
    Column("IKM konversi", lambda s: angka(s.konversi, 2), RIGHT),
    Column("Mutu", lambda s: s.mutu.value if s.mutu else "-", Qt.AlignmentFlag.AlignCenter),
    Column("Kinerja", lambda s: s.kinerja or "-"),
]
PROFILE_COLUMNS: list[Column[ProfileRow]] = [
    Column("Profil", lambda r: r.group),
    Column("Kelompok", lambda r: r.label, tooltip=lambda r: r.label),
    Column("Jumlah", lambda r: angka(r.count, 0), RIGHT),
    Column("Persen", lambda r: f"{angka(r.share, 1)}%", RIGHT),
]


def profile_rows(result: IkmResult) -> list[ProfileRow]:
    """The profile groups flattened to table rows (empty categories left out, except with no respondents)."""
    total = max(1, result.respondents)
    return [
        ProfileRow(group.title, c.label, c.count, 100 * c.count / total)
        for group in result.profile
        for c in group.counts
        if c.count
    ]


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class SkmScreen(QWidget):
    """The supervisor's SKM view: choose a period and a service, read the IKM, print the SKM report (PDF)."""

    def __init__(
        self,
        *,
        deps: ScreenDeps,
        survey: SurveyService,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__()
        self._deps = deps
        self._survey = survey
        self._today = today
        self.result: IkmResult | None = None
        self._build_ui()
        self._connect_signals()
        self._load()

    # ---- building -------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        title = QLabel(self.tr("SKM / IKM"))
        title.setObjectName("screenTitle")
        self.print_button = QPushButton(self.tr("Cetak Laporan SKM"))
        self.print_button.setObjectName("primaryButton")
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.print_button)

        today = self._today()
        self.start_edit = QDateEdit(_qdate(dt.date(today.year, 1, 1)))
        self.end_edit = QDateEdit(_qdate(today))
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
        self.start_edit.setObjectName("skmStart")
        self.end_edit.setObjectName("skmEnd")
        self.service_combo = QComboBox()
        self.service_combo.setObjectName("skmService")
        self.service_combo.addItem(self.tr("Semua layanan"), None)
        self.service_combo.setMinimumContentsLength(28)
        self.service_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Periode")))
        filters.addWidget(self.start_edit)
        filters.addWidget(QLabel(self.tr("s.d.")))
        filters.addWidget(self.end_edit)
        filters.addSpacing(16)
        filters.addWidget(QLabel(self.tr("Layanan")))
        filters.addWidget(self.service_combo, 1)

        card = QFrame()
        card.setObjectName("card")
        grid = QGridLayout(card)
        grid.setContentsMargins(16, 10, 16, 10)
        grid.setHorizontalSpacing(28)
        self.ikm_value = QLabel("-")
        self.ikm_value.setObjectName("skmIkm")
        self.ikm_value.setStyleSheet("font-size: 30pt; font-weight: bold; color: #0b4f8a;")
        self.mutu_value = QLabel("-")
        self.mutu_value.setObjectName("skmMutu")
        self.mutu_value.setStyleSheet("font-size: 30pt; font-weight: bold; color: #0b4f8a;")
        self.kinerja_label = QLabel("")
        self.sample_label = QLabel("")
        self.sample_label.setObjectName("skmSample")
        self.sample_label.setWordWrap(True)
        self.note_label = QLabel(
            self.tr(
                "IKM konversi = rata-rata NRR 9 unsur × 25 (bobot tepat 1/9); mutu A ≥ 88,31 · B ≥ 76,61 · C ≥ 65,00."
            )
        )
        self.note_label.setObjectName("hint")
        self.note_label.setWordWrap(True)
        grid.addWidget(QLabel(self.tr("IKM konversi")), 0, 0)
        grid.addWidget(QLabel(self.tr("Mutu pelayanan")), 0, 1)
        grid.addWidget(QLabel(self.tr("Responden dan sampel")), 0, 2)
        grid.addWidget(self.ikm_value, 1, 0)
        grid.addWidget(self.mutu_value, 1, 1)
        grid.addWidget(self.sample_label, 1, 2, 2, 1)
        grid.addWidget(self.kinerja_label, 2, 1)
        grid.addWidget(self.note_label, 3, 0, 1, 3)
        grid.setColumnStretch(2, 1)

        self.unsur_model: RowTableModel[UnsurScore] = RowTableModel(UNSUR_COLUMNS, self)
        self.unsur_table = read_only_table("skmUnsurTable", self.unsur_model, 1)
        self.service_model: RowTableModel[IkmScore] = RowTableModel(SERVICE_COLUMNS, self)
        self.service_table = read_only_table("skmServiceTable", self.service_model, 0)
        self.profile_model: RowTableModel[ProfileRow] = RowTableModel(PROFILE_COLUMNS, self)
        self.profile_table = read_only_table("skmProfileTable", self.profile_model, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._heading(self.tr("Nilai per unsur")))
        left_layout.addWidget(self.unsur_table, 3)
        left_layout.addWidget(self._heading(self.tr("IKM per jenis layanan")))
        left_layout.addWidget(self.service_table, 2)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self._heading(self.tr("Profil responden")))
        right_layout.addWidget(self.profile_table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 380])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(card)
        layout.addWidget(splitter, 1)

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("sectionTitle")
        label.setStyleSheet("font-weight: bold;")
        return label

    def _connect_signals(self) -> None:
        self.start_edit.dateChanged.connect(self._on_filter_changed)
        self.end_edit.dateChanged.connect(self._on_filter_changed)
        self.service_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self._deps.changes.changes_published.connect(self._on_changes_published)

    def _load(self) -> None:
        self._deps.runner.run(self._survey.services, self._on_services_loaded)
        self.reload()

    # ---- loading --------------------------------------------------------------------------------

    def set_period(self, start: dt.date, end: dt.date) -> None:
        """Show the period from ``start`` to ``end`` (inclusive)."""
        self.start_edit.blockSignals(True)
        self.start_edit.setDate(_qdate(start))
        self.start_edit.blockSignals(False)
        self.end_edit.setDate(_qdate(end))
        self.reload()

    def period(self) -> tuple[dt.date, dt.date]:
        """The chosen period."""
        return self.start_edit.date().toPython(), self.end_edit.date().toPython()  # type: ignore[return-value]

    def reload(self) -> None:
        """Compute the index for the chosen period and service."""
        actor = self._deps.principal
        start, end = self.period()
        service_id: uuid.UUID | None = self.service_combo.currentData()
        self._deps.runner.run(lambda: self._survey.ikm(actor, start, end, service_id), self._show)

    def _on_services_loaded(self, services: list[SurveyServiceChoice]) -> None:
        current = self.service_combo.currentData()
        self.service_combo.blockSignals(True)
        self.service_combo.clear()
        self.service_combo.addItem(self.tr("Semua layanan"), None)
        for s in services:
            self.service_combo.addItem(plain_title(s.title), s.id)
        self.service_combo.setCurrentIndex(max(0, self.service_combo.findData(current)))
        self.service_combo.blockSignals(False)

    def _show(self, result: IkmResult) -> None:
        self.result = result
        o = result.overall
        self.ikm_value.setText(angka(o.konversi, 2))
        self.mutu_value.setText(o.mutu.value if o.mutu else "-")
        self.kinerja_label.setText(o.kinerja or self.tr("belum ada jawaban"))
        verdict = self.tr("terpenuhi") if result.sample_met else self.tr("belum terpenuhi")
        self.sample_label.setText(
            self.tr(
                "{0} responden dari sampel minimal {1} ({2}); {3} pengunjung (nomor antrean) pada periode ini."
            ).format(angka(result.respondents, 0), angka(result.required_sample, 0), verdict, angka(result.visitors, 0))
        )
        self.sample_label.setStyleSheet("" if result.sample_met else "color: #8a1c1c; font-weight: bold;")
        self.unsur_model.set_rows(list(o.unsur))
        self.service_model.set_rows(list(result.per_service))
        self.profile_model.set_rows(profile_rows(result))

    @Slot()
    def _on_filter_changed(self) -> None:
        self.reload()

    @Slot(object)
    def _on_changes_published(self, changes: Changes) -> None:
        if changes.survey or changes.tickets:
            self.reload()

    # ---- report ---------------------------------------------------------------------------------

    @Slot()
    def _on_print_button_clicked(self) -> None:
        start, end = self.period()
        suggested = f"Laporan-SKM-{start:%Y%m%d}-{end:%Y%m%d}.pdf"
        path = self._deps.dialogs.save_file(self, self.tr("Simpan Laporan SKM"), suggested, PDF_FILTER)
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        actor = self._deps.principal
        service_id: uuid.UUID | None = self.service_combo.currentData()

        def work() -> Path:
            data = self._survey.report(actor, start, end, service_id)
            return skm_report.skm_report_to_pdf(data, path)

        self._deps.runner.run(
            work, lambda saved: self._deps.messages.info(self.tr("Laporan SKM disimpan: {0}").format(saved))
        )
