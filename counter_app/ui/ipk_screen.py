"""Laporan IPK: the monthly IPK III/1 (Bagian I by age group) and the flow by education, with xlsx/PDF export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counter_app import ipk
from counter_app.changes import Changes
from counter_app.ipk import MONTHS_ID, FlowRow, FlowTable, IpkReport
from counter_app.ipk_export import column_label, report_to_xlsx
from counter_app.jobseekers import JobSeekerService
from counter_app.print import ipk_report
from counter_app.ui.common import ScreenDeps
from counter_app.ui.table_models import Column, RowTableModel, read_only_table

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
URAIAN_WIDTH_PX = 180  # the row labels are long; the full text is in the tooltip


def flow_columns(table: FlowTable) -> list[Column[FlowRow]]:
    """No., Uraian, then "15-19 / L", "15-19 / P" … "Jumlah / L", "Jumlah / P", "L+P" as in the printed table."""
    columns: list[Column[FlowRow]] = [
        Column("No.", lambda r: r.key),
        Column("Uraian", lambda r: r.label, tooltip=lambda r: r.label),
    ]
    short = {ipk.UNKNOWN_AGE: "Lain", ipk.UNKNOWN_EDUCATION: "?"}
    heads = [(short.get(c, c), column_label(table, c)) for c in table.columns]
    pairs = [(f"{head}\n{side}", f"{tip} {side}") for head, tip in heads for side in ("L", "P")]
    pairs += [("Total\nL", "Jumlah L"), ("Total\nP", "Jumlah P"), ("Total\nL+P", "Jumlah L+P")]
    for i, (head, tip) in enumerate(pairs):
        columns.append(Column(head, _cell(i), align=RIGHT, tooltip=_fixed(tip)))
    return columns


def _cell(index: int) -> Callable[[FlowRow], str]:
    """The text of value cell ``index`` of a row."""
    return lambda r: str(r.cells()[index])


def _fixed(text: str) -> Callable[[FlowRow], str]:
    """The same text for every row (a column's tooltip)."""
    return lambda _r: text


class IpkScreen(QWidget):
    """The monthly IPK report of the AK/1 register, for the Pengantar kerja, Supervisor and Admin."""

    def __init__(
        self, *, deps: ScreenDeps, jobseekers: JobSeekerService, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        super().__init__()
        self._deps = deps
        self._jobseekers = jobseekers
        self._today = today
        self._report: IpkReport | None = None
        self._build_ui()
        self._connect_signals()
        self._load()

    def _build_ui(self) -> None:
        day = self._today()
        self.month = QComboBox()
        self.month.setObjectName("ipkMonth")
        for number, name in enumerate(MONTHS_ID, start=1):
            self.month.addItem(name, number)
        self.month.setCurrentIndex(day.month - 1)
        self.year = QSpinBox()
        self.year.setObjectName("ipkYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(day.year)
        self.refresh_button = QPushButton(self.tr("Tampilkan"))
        self.xlsx_button = QPushButton(self.tr("Ekspor Excel"))
        self.xlsx_button.setObjectName("exportXlsx")
        self.pdf_button = QPushButton(self.tr("Ekspor PDF"))
        self.pdf_button.setObjectName("exportPdf")
        for button in (self.xlsx_button, self.pdf_button):
            button.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Bulan laporan")))
        bar.addWidget(self.month)
        bar.addWidget(self.year)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        bar.addWidget(self.xlsx_button)
        bar.addWidget(self.pdf_button)

        empty = ipk.monthly_report([], 2000, 1)
        self.age_model: RowTableModel[FlowRow] = RowTableModel(flow_columns(empty.by_age), self)
        self.education_model: RowTableModel[FlowRow] = RowTableModel(flow_columns(empty.by_education), self)
        self.age_table = self._table("ipkAgeTable", self.age_model)
        self.education_table = self._table("ipkEducationTable", self.education_model)
        self.age_title = QLabel(empty.by_age.title)
        self.education_title = QLabel(empty.by_education.title)
        for title in (self.age_title, self.education_title):
            title.setStyleSheet("font-weight: bold;")
        self.note = QLabel()
        self.note.setObjectName("ipkNote")
        self.note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.age_title)
        layout.addWidget(self.age_table, 1)
        layout.addWidget(self.education_title)
        layout.addWidget(self.education_table, 1)
        layout.addWidget(self.note)

    def _table(self, name: str, model: RowTableModel[FlowRow]) -> QTableView:
        table = read_only_table(name, model, 1)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, URAIAN_WIDTH_PX)
        return table

    def _connect_signals(self) -> None:
        self.month.currentIndexChanged.connect(self._reload)
        self.year.valueChanged.connect(self._reload)
        self.refresh_button.clicked.connect(self._reload)
        self.xlsx_button.clicked.connect(self._on_export_xlsx)
        self.pdf_button.clicked.connect(self._on_export_pdf)
        self._deps.changes.changes_published.connect(self._on_changes_published)

    def _load(self) -> None:
        self._reload()

    @property
    def period(self) -> tuple[int, int]:
        """The chosen (year, month)."""
        return self.year.value(), int(self.month.currentData())

    @Slot()
    def _reload(self) -> None:
        principal = self._deps.principal
        year, month = self.period
        self._deps.runner.run(lambda: self._jobseekers.ipk_report(principal, year, month), self._show)

    def _show(self, report: IpkReport) -> None:
        if (report.year, report.month) != self.period:
            return  # an older answer arriving after the month was changed again
        self._report = report
        self.age_model.set_rows(report.by_age.rows)
        self.education_model.set_rows(report.by_education.rows)
        for button in (self.xlsx_button, self.pdf_button):
            button.setEnabled(True)
        unknown = report.unknown_age
        self.note.setText(
            self.tr(
                "Umur dihitung pada {0} (akhir bulan laporan). Kolom Lain: pencari kerja tanpa tanggal lahir "
                "atau berumur di bawah 15 tahun ({1} orang bulan ini). Baris 5 = A − B."
            ).format(f"{report.reference_date:%d-%m-%Y}", unknown)
        )

    def _on_changes_published(self, changes: Changes) -> None:
        if changes.jobseekers or changes.office:  # office: a new kop in Profil Kantor goes into the next export
            self._reload()

    def _suggested(self, extension: str) -> str:
        year, month = self.period
        return f"IPK-III-1-{year}-{month:02d}.{extension}"

    @Slot()
    def _on_export_xlsx(self) -> None:
        report = self._report
        if report is None:
            return
        path = self._deps.dialogs.save_file(
            self, self.tr("Simpan laporan IPK (Excel)"), self._suggested("xlsx"), "Excel (*.xlsx)"
        )
        if path is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        self._deps.runner.run(
            lambda: report_to_xlsx(report, path),
            lambda saved: self._deps.messages.info(self.tr("Disimpan ke {0}.").format(saved)),
        )

    @Slot()
    def _on_export_pdf(self) -> None:
        report = self._report
        if report is None:
            return
        path = self._deps.dialogs.save_file(
            self, self.tr("Simpan laporan IPK (PDF)"), self._suggested("pdf"), "PDF (*.pdf)"
        )
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        self._deps.runner.run(
            lambda: ipk_report.report_pdf(report, path),
            lambda saved: self._deps.messages.info(self.tr("Disimpan ke {0}.").format(saved)),
        )
