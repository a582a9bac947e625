"""Laporan: throughput per service, loket and clerk for a day, a month or any range, with charts and exports."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QObject, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app import report_data, report_export
from counter_app.changes import Changes
from counter_app.print import charts, report_pdf
from counter_app.print.ticket_slip import plain_title
from counter_app.reports import ApplicationFigures, GroupFigures, OverdueApplication, Report, ReportService
from counter_app.ui.common import ScreenDeps
from counter_app.ui.table_models import Column, RowTableModel, read_only_table

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def readable(label: str) -> str:
    """'AK1 - AK/1 ATAU KARTU KUNING' -> 'AK1 - AK/1 atau Kartu Kuning' (names without a code stay as they are)."""
    code, sep, title = label.partition(" - ")
    return f"{code}{sep}{plain_title(title)}" if sep else label


def _m(seconds: float | None) -> str:
    return report_data.minutes_text(seconds)


GROUP_COLUMNS: list[Column[GroupFigures]] = [
    Column("Nama", lambda g: readable(g.label), tooltip=lambda g: readable(g.label)),
    Column("Diambil", lambda g: str(g.issued), RIGHT),
    Column("Dilayani", lambda g: str(g.served), RIGHT),
    Column("Tidak\nhadir", lambda g: str(g.no_show), RIGHT),
    Column("Dialihkan", lambda g: str(g.transferred), RIGHT),
    Column("Belum\nlengkap", lambda g: str(g.incomplete), RIGHT),
    Column("Tunggu\nrata-rata", lambda g: _m(g.waiting.mean), RIGHT),
    Column("Tunggu\nmedian", lambda g: _m(g.waiting.median), RIGHT),
    Column("Tunggu\np90", lambda g: _m(g.waiting.p90), RIGHT),
    Column("Layan\nrata-rata", lambda g: _m(g.serving.mean), RIGHT),
    Column("Layan\nmedian", lambda g: _m(g.serving.median), RIGHT),
    Column("Layan\np90", lambda g: _m(g.serving.p90), RIGHT),
    Column(
        "Sesuai\nstandar",
        lambda g: report_data.share_text(g.within_limit) if g.limit_minutes is not None else "-",
        RIGHT,
        tooltip=lambda g: (
            f"Batas {g.limit_minutes} menit; diukur dari {g.limit_counted} nomor yang selesai dilayani"
            if g.limit_minutes is not None
            else ""
        ),
    ),
]
APPLICATION_COLUMNS: list[Column[ApplicationFigures]] = [
    Column(
        "Layanan",
        lambda a: f"{a.service_code} - {plain_title(a.service_title)}",
        tooltip=lambda a: plain_title(a.service_title),
    ),
    Column("Batas waktu", lambda a: a.limit_text),
    Column("Diterima", lambda a: str(a.received), RIGHT),
    Column("Selesai", lambda a: str(a.completed), RIGHT),
    Column("Tepat\nwaktu", lambda a: report_data.share_text(a.on_time_share), RIGHT),
    Column("Selesai\nterlambat", lambda a: str(a.completed_late), RIGHT),
    Column("Belum selesai\nlewat batas", lambda a: str(a.overdue_open), RIGHT),
]
OVERDUE_COLUMNS: list[Column[OverdueApplication]] = [
    Column("Nomor", lambda o: o.tracking_number),
    Column("Layanan", lambda o: o.service_code),
    Column("Diterima", lambda o: f"{o.received_at:%d-%m-%Y %H.%M}"),
    Column("Batas waktu", lambda o: f"{o.due_at:%d-%m-%Y %H.%M}"),
    Column("Terlambat\n(hari)", lambda o: str(o.days_late), RIGHT),
]


class ChartsWidget(QWidget):
    """The report's three bar charts side by side, painted by print/charts.py like the PDF's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportCharts")
        self.charts: tuple[charts.BarChart, ...] = ()
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_report(self, report: Report | None) -> None:
        """Show the charts of ``report`` (nothing for None)."""
        self.charts = charts.report_charts(report) if report is not None else ()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """QWidget.paintEvent: each chart in its third of the width."""
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.fillRect(self.rect(), self.palette().base())
            if not self.charts:
                return
            dpi = float(self.logicalDpiX())
            gap = 16.0
            width = (self.width() - gap * (len(self.charts) + 1)) / len(self.charts)
            for i, chart in enumerate(self.charts):
                rect = QRectF(gap + i * (width + gap), 8, width, self.height() - 16)
                charts.paint_bar_chart(painter, rect, chart, dpi=dpi, pt=8.5)
        finally:
            painter.end()


class _ProgressRelay(QObject):
    """Carries a worker's progress to the UI thread (it lives there, so delivery is queued).

    Signals:
        progressed(float): the share done, 0..1.
    """

    progressed = Signal(float)


class ReportsScreen(QWidget):
    """Pick a period, read the tables and charts, export them to Excel or PDF without freezing the window."""

    def __init__(
        self,
        *,
        deps: ScreenDeps,
        reports: ReportService,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__()
        self._deps = deps
        self._reports = reports
        self._today = today
        self.report: Report | None = None
        self._loading = False
        self._reload_pending = False  # a change arrived while a report was loading: load again afterwards
        self._exporting = False
        self._cancel = threading.Event()
        self._relay = _ProgressRelay(self)
        self._build_ui()
        self._connect_signals()
        self._load()

    # ---- building -------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        title = QLabel(self.tr("Laporan"))
        title.setObjectName("screenTitle")
        self.today_button = QPushButton(self.tr("Hari Ini"))
        self.month_button = QPushButton(self.tr("Bulan Ini"))
        self.start_edit = QDateEdit()
        self.end_edit = QDateEdit()
        today = self._today()
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setDate(QDate(today.year, today.month, today.day))
        self.show_button = QPushButton(self.tr("Tampilkan"))
        self.show_button.setObjectName("primaryButton")
        self.excel_button = QPushButton(self.tr("Ekspor Excel"))
        self.pdf_button = QPushButton(self.tr("Ekspor PDF"))
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(self.today_button)
        top.addWidget(self.month_button)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Tanggal")))
        top.addWidget(self.start_edit)
        top.addWidget(QLabel(self.tr("s.d.")))
        top.addWidget(self.end_edit)
        top.addWidget(self.show_button)
        top.addStretch(1)
        top.addWidget(self.excel_button)
        top.addWidget(self.pdf_button)

        self.period_label = QLabel()
        self.period_label.setObjectName("reportPeriod")
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(240)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Batalkan"))
        self.cancel_button.setVisible(False)
        status = QHBoxLayout()
        status.addWidget(self.period_label, 1)
        status.addWidget(self.progress)
        status.addWidget(self.cancel_button)

        self.charts_widget = ChartsWidget()
        self.service_model: RowTableModel[GroupFigures] = RowTableModel(GROUP_COLUMNS, self)
        self.counter_model: RowTableModel[GroupFigures] = RowTableModel(GROUP_COLUMNS, self)
        self.clerk_model: RowTableModel[GroupFigures] = RowTableModel(GROUP_COLUMNS, self)
        self.application_model: RowTableModel[ApplicationFigures] = RowTableModel(APPLICATION_COLUMNS, self)
        self.overdue_model: RowTableModel[OverdueApplication] = RowTableModel(OVERDUE_COLUMNS, self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.charts_widget, self.tr("Grafik"))
        self.tables: dict[str, QTableView] = {}
        for key, label, model in (
            ("service", self.tr("Per Layanan"), self.service_model),
            ("counter", self.tr("Per Loket"), self.counter_model),
            ("clerk", self.tr("Per Petugas"), self.clerk_model),
            ("applications", self.tr("Permohonan"), self.application_model),
        ):
            table = read_only_table(f"report_{key}", model, 0)
            self.tables[key] = table
            self.tabs.addTab(table, label)
        self.tables["overdue"] = read_only_table("report_overdue", self.overdue_model, 0)
        self.overdue_title = QLabel()
        self.overdue_title.setWordWrap(True)
        self.overdue_more = QLabel()
        self.overdue_more.setObjectName("hint")
        overdue_page = QWidget()
        overdue_layout = QVBoxLayout(overdue_page)
        overdue_layout.setContentsMargins(0, 4, 0, 0)
        overdue_layout.addWidget(self.overdue_title)
        overdue_layout.addWidget(self.tables["overdue"], 1)
        overdue_layout.addWidget(self.overdue_more)
        self.overdue_page = overdue_page
        self.tabs.addTab(overdue_page, self.tr("Terlambat"))

        hint = QLabel(
            self.tr(
                "Waktu dalam menit. Tunggu: ambil nomor sampai dipanggil; layan: mulai dilayani sampai selesai. "
                "p90: 90% nomor tidak lebih lama dari angka ini. Jam kedatangan menurut waktu kantor (WIB). "
            )
            + report_data.STANDARD_RULE
        )
        hint.setToolTip(report_data.OVERDUE_RULE)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(status)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(hint)

    def _connect_signals(self) -> None:
        self.today_button.clicked.connect(self._on_today_button_clicked)
        self.month_button.clicked.connect(self._on_month_button_clicked)
        self.show_button.clicked.connect(self._on_show_button_clicked)
        self.excel_button.clicked.connect(self._on_excel_button_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self._relay.progressed.connect(self._on_relay_progressed)
        self._deps.changes.changes_published.connect(self._on_changes_published)

    # ---- period -----------------------------------------------------------------------------------

    def period(self) -> tuple[dt.date, dt.date]:
        """The dates picked (start, end)."""
        return self.start_edit.date().toPython(), self.end_edit.date().toPython()  # type: ignore[return-value]

    def set_period(self, start: dt.date, end: dt.date) -> None:
        """Pick ``start`` to ``end`` and load that report."""
        self.start_edit.setDate(QDate(start.year, start.month, start.day))
        self.end_edit.setDate(QDate(end.year, end.month, end.day))
        self._load()

    def _load(self) -> None:
        start, end = self.period()
        if end < start:
            self._deps.messages.warning(self.tr("Tanggal akhir harus sama dengan atau setelah tanggal awal."))
            return
        self._loading = True
        self.show_button.setEnabled(False)
        principal = self._deps.principal
        self._deps.runner.run(lambda: self._reports.report(principal, start, end), self._on_loaded, self._on_failed)

    def _on_loaded(self, report: Report) -> None:
        self._loading = False
        self.show_button.setEnabled(True)
        if self._reload_pending:
            self._reload_pending = False
            self._load()
        self.report = report
        self.period_label.setText(
            self.tr("<b>Periode: {period}</b>").format(period=report_data.period_label(report.start, report.end))
        )
        t = report.total
        text = self.tr(
            "Nomor diambil {issued} · dilayani {served} · tidak hadir {no_show} · dialihkan {transferred} · "
            "berkas belum lengkap {incomplete} · tunggu rata-rata {wait} menit (p90 {p90}) · "
            "layan rata-rata {serve} menit · permohonan selesai terlambat {late} · "
            "belum selesai lewat batas {when} {overdue}"
        ).format(
            late=report.completed_late,
            when=report.overdue_when,
            issued=t.issued,
            served=t.served,
            no_show=t.no_show,
            transferred=t.transferred,
            incomplete=t.incomplete,
            wait=_m(t.waiting.mean),
            p90=_m(t.waiting.p90),
            serve=_m(t.serving.mean),
            overdue=report.overdue_count,
        )
        if report.jobseekers is not None:
            js = report.jobseekers
            text += self.tr(" · AK/1: {r} daftar, {b} lapor ulang, {p} penempatan").format(
                r=js.registrations, b=js.report_backs, p=js.placements
            )
        self.summary_label.setText(text)
        self.service_model.set_rows((*report.by_service, report.total))
        self.counter_model.set_rows(report.by_counter)
        self.clerk_model.set_rows(report.by_clerk)
        self.application_model.set_rows(report.applications)
        self.overdue_model.set_rows(report.overdue)
        self.overdue_title.setText(
            self.tr("<b>Permohonan belum selesai dan lewat batas waktunya {when}: {count}.</b>").format(
                when=report.overdue_when, count=report.overdue_count
            )
            + " "
            + report_data.OVERDUE_RULE
        )
        more = report.overdue_more_text(len(report.overdue))
        self.overdue_more.setText(more)
        self.overdue_more.setVisible(bool(more))
        self.charts_widget.set_report(report)

    def _on_failed(self, exc: BaseException) -> None:
        self._loading = False
        self._reload_pending = False
        self.show_button.setEnabled(True)
        self._deps.runner.report(exc)

    # ---- exports ----------------------------------------------------------------------------------

    def _export(self, kind: str, suggested: str, filters: str, write: Callable[[Report, Path], Path]) -> None:
        report = self.report
        if report is None or self._exporting:
            return
        path = self._deps.dialogs.save_file(self, self.tr("Simpan laporan"), suggested, filters)
        if path is None:
            return
        self._cancel.clear()
        self._exporting = True
        self._set_exporting(True)
        principal = self._deps.principal
        service = self._reports

        def job() -> Path:
            written = write(report, path)
            service.record_export(principal, report.start, report.end, kind)
            return written

        self._deps.runner.run(job, self._on_export_done, self._on_export_failed)

    def _set_exporting(self, busy: bool) -> None:
        self.progress.setValue(0)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        for button in (self.excel_button, self.pdf_button):
            button.setEnabled(not busy)

    def _on_export_done(self, path: Path) -> None:
        self._exporting = False
        self._set_exporting(False)
        self._deps.messages.info(self.tr("Laporan disimpan: {path}").format(path=str(path)))

    def _on_export_failed(self, exc: BaseException) -> None:
        self._exporting = False
        self._set_exporting(False)
        if isinstance(exc, report_export.ExportCancelled):
            self._deps.messages.info(str(exc))
            return
        self._deps.runner.report(exc)

    def _suggested(self, extension: str) -> str:
        start, end = self.report.start, self.report.end  # type: ignore[union-attr]
        span = f"{start:%Y-%m-%d}" if start == end else f"{start:%Y-%m-%d}_{end:%Y-%m-%d}"
        return str(Path.home() / f"laporan-pelayanan-{span}.{extension}")

    @Slot()
    def _on_excel_button_clicked(self) -> None:
        relay, cancel = self._relay, self._cancel

        def write(report: Report, path: Path) -> Path:
            return report_export.export_xlsx(report, path, relay.progressed.emit, cancel.is_set)

        if self.report is not None:
            self._export("xlsx", self._suggested("xlsx"), self.tr("Buku kerja Excel (*.xlsx)"), write)

    @Slot()
    def _on_pdf_button_clicked(self) -> None:
        relay, cancel = self._relay, self._cancel

        def write(report: Report, path: Path) -> Path:
            return report_pdf.report_to_pdf(report, path, relay.progressed.emit, cancel.is_set)

        if self.report is not None:
            self._export("pdf", self._suggested("pdf"), self.tr("Dokumen PDF (*.pdf)"), write)

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        self._cancel.set()
        self.cancel_button.setEnabled(False)

    @Slot(float)
    def _on_relay_progressed(self, fraction: float) -> None:
        self.progress.setValue(round(max(0.0, min(1.0, fraction)) * 100))

    # ---- period buttons -----------------------------------------------------------------------------

    @Slot()
    def _on_today_button_clicked(self) -> None:
        today = self._today()
        self.set_period(today, today)

    @Slot()
    def _on_month_button_clicked(self) -> None:
        today = self._today()
        self.set_period(today.replace(day=1), today)

    @Slot()
    def _on_show_button_clicked(self) -> None:
        self._load()

    @Slot(object)
    def _on_changes_published(self, changes: Changes) -> None:
        start, end = self.period()
        if changes.office or ((changes.tickets or changes.applications) and start <= self._today() <= end):
            if self._loading:
                self._reload_pending = True
                return
            self._load()  # a new kop in Profil Kantor goes into the next export
