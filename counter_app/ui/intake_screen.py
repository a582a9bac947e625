"""Berkas Masuk: the applicant, the service's requirement checklist, then the receipt or the missing list."""

from __future__ import annotations

import datetime as dt
import logging
import mimetypes
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QImage, QKeySequence, QPagedPaintDevice, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app import documents
from counter_app.catalogue import CatalogueService, ServiceSummary
from counter_app.changes import Changes
from counter_app.errors import UserError
from counter_app.intake import (
    KIND_LABELS,
    ApplicantKind,
    AttachmentInfo,
    ChecklistItem,
    IntakeOutcome,
    IntakeService,
    IntakeView,
    ItemMark,
    OrganisationInput,
    PersonInput,
    VariantChoice,
)
from counter_app.nik import Sex
from counter_app.print import intake_docs
from counter_app.print import output as print_output
from counter_app.tickets import TicketInfo
from counter_app.ui.common import ScreenDeps

log = logging.getLogger(__name__)

PaintA4 = Callable[[QPainter, float, QPagedPaintDevice], None]
PrintA4 = Callable[[str, PaintA4], None]
ATTACH_FILTERS = "Pindaian atau foto (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Semua berkas (*)"
PREVIEW_DPI = 110
FORM_LABEL_WIDTH = 112

STYLE = """
#checkItem { background: #ffffff; border: 1px solid #d9e2ec; border-radius: 6px; }
#checkItem[present="true"] { background: #f0faf3; border-color: #9fd8b0; }
#itemText { font-size: 10.5pt; color: #1f2933; }
#subItems { color: #3e4c59; }
#attachments { color: #52606d; font-size: 9pt; }
#nikWarning { background: #fff5d6; color: #7c5e10; border: 1px solid #f0d48a; border-radius: 4px; padding: 6px; }
#intakeHeader { font-size: 11pt; font-weight: bold; color: #1f2933; }
#missingCount { font-size: 10pt; color: #52606d; }
"""


def print_on_default_printer(doc_name: str, paint: PaintA4) -> None:
    """Print an A4 document on this PC's default printer (PrintError, a UserError, when it cannot)."""
    print_output.print_a4(doc_name, paint, None)


def parse_date(text: str) -> dt.date | None:
    """'17-08-1990' or '17/08/1990' or '17.08.1990' -> date; empty -> None; raises UserError otherwise."""
    text = text.strip()
    if not text:
        return None
    for sep in "-/.":
        text = text.replace(sep, "-")
    try:
        return dt.datetime.strptime(text, "%d-%m-%Y").date()
    except ValueError:
        raise UserError("Tanggal lahir ditulis hari-bulan-tahun, misalnya 17-08-1990. Periksa lagi dari KTP.") from None


@dataclass(frozen=True)
class PrintedDocument:
    """A receipt or missing list ready to preview, print and save."""

    title: str
    file_stem: str
    image: Callable[[float], QImage]
    paint: PaintA4
    to_pdf: Callable[[Path], Path]


def receipt_document(receipt: documents.ReceiptData) -> PrintedDocument:
    """The 'Tanda Terima Berkas' of a completed intake."""
    return PrintedDocument(
        title=f"Tanda Terima Berkas {receipt.tracking_number}",
        file_stem=f"tanda-terima-{receipt.tracking_number}",
        image=lambda dpi: intake_docs.receipt_to_image(receipt, dpi),
        paint=lambda p, dpi, device: intake_docs.render_receipt(p, receipt, dpi=dpi, writer=device),
        to_pdf=lambda path: intake_docs.receipt_to_pdf(receipt, path),
    )


def missing_list_document(data: documents.MissingListData) -> PrintedDocument:
    """The 'Daftar Kekurangan Berkas' of an incomplete intake."""
    return PrintedDocument(
        title="Daftar Kekurangan Berkas",
        file_stem="daftar-kekurangan-berkas",
        image=lambda dpi: intake_docs.missing_list_to_image(data, dpi),
        paint=lambda p, dpi, device: intake_docs.render_missing_list(p, data, dpi=dpi, writer=device),
        to_pdf=lambda path: intake_docs.missing_list_to_pdf(data, path),
    )


class DocumentPreview(QDialog):
    """Shows a printed document as it will come out of the printer, with Cetak and Simpan PDF."""

    def __init__(
        self, document: PrintedDocument, *, deps: ScreenDeps, print_a4: PrintA4 | None, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._deps = deps
        self._print_a4 = print_a4
        self.setWindowTitle(document.title)
        self.page = QLabel()
        self.page.setObjectName("previewPage")
        self.page.setPixmap(QPixmap.fromImage(document.image(PREVIEW_DPI)))
        scroll = QScrollArea()
        scroll.setWidget(self.page)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.print_button = QPushButton(self.tr("Cetak"))
        self.print_button.setObjectName("primaryButton")
        self.print_button.setEnabled(print_a4 is not None)
        self.save_button = QPushButton(self.tr("Simpan PDF"))
        self.close_button = QPushButton(self.tr("Tutup"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.resize(self.page.pixmap().width() + 60, 860)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.close_button.clicked.connect(self.accept)

    @Slot()
    def _on_print_button_clicked(self) -> None:
        printer, document = self._print_a4, self._document
        if printer is None:
            return
        self._deps.runner.run(
            lambda: printer(document.title, document.paint),
            lambda _r: self._deps.messages.info(self.tr("{0} dikirim ke printer.").format(document.title)),
        )

    @Slot()
    def _on_save_button_clicked(self) -> None:
        path = self._deps.dialogs.save_file(
            self, self.tr("Simpan PDF"), f"{self._document.file_stem}.pdf", self.tr("Berkas PDF (*.pdf)")
        )
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        document = self._document
        self._deps.runner.run(
            lambda: document.to_pdf(path),
            lambda saved: self._deps.messages.info(self.tr("Disimpan ke {0}.").format(saved)),
        )


class ChecklistRow(QFrame):
    """One requirement: the tick, its text and sub-items, a note and its attached scans.

    Signals:
        attach_requested(object): the clerk chose Lampirkan… for this item (its requirement id).
    """

    attach_requested = Signal(object)

    def __init__(self, number: int, item: ChecklistItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkItem")
        self.requirement_id: uuid.UUID = item.requirement_id
        self.text = item.text
        self.check = QCheckBox(f"{number}.")
        self.check.setChecked(item.present)
        label = QLabel(item.text)
        label.setObjectName("itemText")
        label.setWordWrap(True)
        label.setBuddy(self.check)
        self.note = QLineEdit(item.note)
        self.note.setPlaceholderText(self.tr("Catatan untuk butir ini"))
        self.attach_button = QPushButton(self.tr("Lampirkan…"))
        self.attachments = QLabel()
        self.attachments.setObjectName("attachments")
        self.set_attachments([a.filename for a in item.attachments])
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.check, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(label, 0, 1, 1, 2)
        row = 1
        if item.sub_items:
            subs = QLabel("\n".join(f"•  {s}" for s in item.sub_items))
            subs.setObjectName("subItems")
            subs.setWordWrap(True)
            grid.addWidget(subs, row, 1, 1, 2)
            row += 1
        grid.addWidget(self.note, row, 1)
        grid.addWidget(self.attach_button, row, 2)
        grid.addWidget(self.attachments, row + 1, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        self.check.toggled.connect(self._on_check_toggled)
        self.attach_button.clicked.connect(lambda: self.attach_requested.emit(self.requirement_id))
        self._on_check_toggled(self.check.isChecked())

    def set_attachments(self, names: list[str]) -> None:
        """Show the names of the attached scans."""
        self.attachments.setText(self.tr("Lampiran: {0}").format(", ".join(names)) if names else "")
        self.attachments.setVisible(bool(names))

    @Slot(bool)
    def _on_check_toggled(self, checked: bool) -> None:
        self.setProperty("present", checked)
        self.style().unpolish(self)
        self.style().polish(self)

    def mark(self) -> ItemMark:
        """The clerk's mark on this item."""
        return ItemMark(self.requirement_id, self.check.isChecked(), self.note.text())


class IntakeScreen(QWidget):
    """The Petugas loket's intake: applicant, checklist, then the receipt or the missing list.

    Signals:
        intake_finished(object): an intake ended (its IntakeOutcome).
    """

    intake_finished = Signal(object)

    def __init__(
        self,
        *,
        deps: ScreenDeps,
        intake: IntakeService,
        catalogue: CatalogueService,
        print_a4: PrintA4 | None = print_on_default_printer,
    ) -> None:
        """Build the screen.

        Args:
            deps: runner, message bar, dialogs, change signal and the signed-in clerk.
            intake: the intake service (every change goes through it).
            catalogue: lists the public services a walk-in can choose.
            print_a4: prints an A4 document on this PC's printer; None disables Cetak.
        """
        super().__init__()
        self._deps = deps
        self._intake = intake
        self._catalogue = catalogue
        self._print_a4 = print_a4
        self._services: list[ServiceSummary] = []
        self._variants: list[VariantChoice] = []
        self._view: IntakeView | None = None
        self._ticket: TicketInfo | None = None
        self._pending_service: uuid.UUID | None = None
        self._pending_variant: str | None = None
        self._found: list[IntakeView] = []
        self.rows: list[ChecklistRow] = []
        self.preview: DocumentPreview | None = None
        self._build_ui()
        self._connect_signals()
        self._load()

    # --- building ------------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setStyleSheet(STYLE)
        title = QLabel(self.tr("Berkas Masuk"))
        title.setObjectName("screenTitle")
        self.ticket_label = QLabel(self.tr("Pemohon langsung (tanpa nomor antrean)"))
        self.ticket_label.setObjectName("footnote")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.ticket_label)

        self.service_combo = QComboBox()
        self.service_combo.setObjectName("serviceCombo")
        self.service_combo.setMinimumContentsLength(40)
        self.service_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.variant_label = self._label(self.tr("Jenis pemohon:"))
        self.variant_combo = QComboBox()
        self.variant_combo.setObjectName("variantCombo")
        self.kind_combo = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind_combo.addItem(label, kind)

        self.nik = QLineEdit()
        self.nik.setPlaceholderText(self.tr("16 angka dari KTP/KK"))
        self.nik.setMaxLength(24)
        self.person_name = QLineEdit()
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText(self.tr("hh-bb-tttt"))
        self.sex_combo = QComboBox()
        self.sex_combo.addItem(self.tr("(menurut NIK)"), None)
        self.sex_combo.addItem(self.tr("Laki-laki"), Sex.MALE)
        self.sex_combo.addItem(self.tr("Perempuan"), Sex.FEMALE)
        self.person_phone = QLineEdit()
        self.person_address = QLineEdit()
        person = QWidget()
        pform = QFormLayout(person)
        pform.setContentsMargins(0, 0, 0, 0)
        pform.addRow(self._label(self.tr("NIK:")), self.nik)
        pform.addRow(self._label(self.tr("Nama:")), self.person_name)
        pform.addRow(self._label(self.tr("Tanggal lahir:")), self.birth_date)
        pform.addRow(self._label(self.tr("Jenis kelamin:")), self.sex_combo)
        pform.addRow(self._label(self.tr("Telepon:")), self.person_phone)
        pform.addRow(self._label(self.tr("Alamat:")), self.person_address)

        self.org_name = QLineEdit()
        self.nib = QLineEdit()
        self.nib.setPlaceholderText(self.tr("13 angka"))
        self.npwp = QLineEdit()
        self.npwp.setPlaceholderText(self.tr("15 atau 16 angka"))
        self.npsn = QLineEdit()
        self.npsn.setPlaceholderText(self.tr("8 angka (sekolah)"))
        self.contact = QLineEdit()
        self.org_phone = QLineEdit()
        self.org_address = QLineEdit()
        org = QWidget()
        oform = QFormLayout(org)
        oform.setContentsMargins(0, 0, 0, 0)
        oform.addRow(self._label(self.tr("Nama lembaga:")), self.org_name)
        oform.addRow(self._label(self.tr("NIB:")), self.nib)
        oform.addRow(self._label(self.tr("NPWP:")), self.npwp)
        oform.addRow(self._label(self.tr("NPSN:")), self.npsn)
        oform.addRow(self._label(self.tr("Narahubung:")), self.contact)
        oform.addRow(self._label(self.tr("Telepon:")), self.org_phone)
        oform.addRow(self._label(self.tr("Alamat:")), self.org_address)
        self.applicant_stack = QStackedWidget()
        self.applicant_stack.addWidget(person)
        self.applicant_stack.addWidget(org)

        self.warning_label = QLabel()
        self.warning_label.setObjectName("nikWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.hide()
        self.search_button = QPushButton(self.tr("Cari Berkas Terbuka"))
        self.start_button = QPushButton(self.tr("Buka Daftar Periksa"))
        self.start_button.setObjectName("primaryButton")
        self.found_list = QListWidget()
        self.found_list.setObjectName("foundList")
        self.found_list.setMaximumHeight(90)
        self.found_list.hide()
        self.new_button = QPushButton(self.tr("Pemohon Baru"))

        box = QGroupBox(self.tr("Pemohon"))
        bform = QFormLayout()
        bform.addRow(self._label(self.tr("Layanan:")), self.service_combo)
        bform.addRow(self.variant_label, self.variant_combo)
        bform.addRow(self._label(self.tr("Pemohon:")), self.kind_combo)
        blayout = QVBoxLayout(box)
        blayout.addLayout(bform)
        blayout.addWidget(self.applicant_stack)
        blayout.addWidget(self.warning_label)
        brow = QHBoxLayout()
        brow.addWidget(self.search_button)
        brow.addStretch(1)
        brow.addWidget(self.new_button)
        brow.addWidget(self.start_button)
        blayout.addLayout(brow)
        blayout.addWidget(self.found_list)
        blayout.addStretch(1)
        box.setMinimumWidth(420)
        box.setMaximumWidth(500)

        checklist = QGroupBox(self.tr("Daftar periksa persyaratan"))
        self.intake_header = QLabel(self.tr("Isi data pemohon, lalu tekan Buka Daftar Periksa."))
        self.intake_header.setObjectName("intakeHeader")
        self.intake_header.setWordWrap(True)
        self.rows_widget = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_widget)
        self.rows_layout.setContentsMargins(0, 0, 4, 0)
        self.rows_layout.setSpacing(6)
        self.rows_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.rows_widget)
        self.missing_label = QLabel()
        self.missing_label.setObjectName("missingCount")
        self.save_button = QPushButton(self.tr("Simpan"))
        self.finish_button = QPushButton(self.tr("Selesai"))
        self.finish_button.setObjectName("primaryButton")
        self.finish_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.finish_button.setToolTip(
            self.tr("Lengkap: buat permohonan dan tanda terima. Belum lengkap: cetak daftar kekurangan (Ctrl+Enter).")
        )
        crow = QHBoxLayout()
        crow.addWidget(self.missing_label)
        crow.addStretch(1)
        crow.addWidget(self.save_button)
        crow.addWidget(self.finish_button)
        clayout = QVBoxLayout(checklist)
        clayout.addWidget(self.intake_header)
        clayout.addWidget(scroll, 1)
        clayout.addLayout(crow)

        body = QHBoxLayout()
        body.setSpacing(12)
        body.addWidget(box, 0)
        body.addWidget(checklist, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self._show_variants([])
        self._update_buttons()

    @staticmethod
    def _label(text: str) -> QLabel:
        """A form label of one width, so the fields of every part of the applicant form line up."""
        label = QLabel(text)
        label.setFixedWidth(FORM_LABEL_WIDTH)
        return label

    def _connect_signals(self) -> None:
        self.service_combo.currentIndexChanged.connect(self._on_service_combo_changed)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.search_button.clicked.connect(self._on_search_button_clicked)
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.finish_button.clicked.connect(self._on_finish_button_clicked)
        self.found_list.itemActivated.connect(self._on_found_list_activated)
        self._deps.changes.changes_published.connect(self._on_changes_published)

    @Slot(object)
    def _on_changes_published(self, changes: Changes) -> None:
        if changes.catalogue:
            self._load()

    # --- loading -------------------------------------------------------------------------------------

    def _load(self) -> None:
        actor = self._deps.principal
        self._deps.runner.run(lambda: self._catalogue.list_services(actor), self._on_services_loaded)

    def _on_services_loaded(self, services: list[ServiceSummary]) -> None:
        self._services = [s for s in services if s.is_public and s.active]
        wanted = self._pending_service or self.service_combo.currentData()
        self.service_combo.blockSignals(True)
        self.service_combo.clear()
        self.service_combo.addItem(self.tr("(pilih layanan)"), None)
        for s in self._services:
            self.service_combo.addItem(f"{s.code} - {s.title}", s.id)
            self.service_combo.setItemData(self.service_combo.count() - 1, s.title, Qt.ItemDataRole.ToolTipRole)
        self.service_combo.blockSignals(False)
        self._select_service(wanted)

    def _select_service(self, service_id: uuid.UUID | None) -> None:
        # findData compares Python objects by identity; a UUID from another call must be compared by value.
        ids = [self.service_combo.itemData(i) for i in range(self.service_combo.count())]
        index = ids.index(service_id) if service_id in ids else 0
        if self.service_combo.count() <= 1 and service_id is not None:
            self._pending_service = service_id  # the list is still loading
            return
        self._pending_service = None
        if index == self.service_combo.currentIndex():
            self._on_service_combo_changed()
        else:
            self.service_combo.setCurrentIndex(max(index, 0))

    @property
    def service_id(self) -> uuid.UUID | None:
        """The chosen service."""
        data = self.service_combo.currentData()
        return data if isinstance(data, uuid.UUID) else None

    @property
    def view(self) -> IntakeView | None:
        """The intake on screen."""
        return self._view

    @Slot()
    def _on_service_combo_changed(self) -> None:
        service_id = self.service_id
        if service_id is None:
            self._show_variants([])
            return
        actor = self._deps.principal

        def shown(choices: list[VariantChoice]) -> None:
            if self.service_id == service_id:
                self._show_variants(choices)

        self._deps.runner.run(lambda: self._intake.variants(actor, service_id), shown)

    def _show_variants(self, choices: list[VariantChoice]) -> None:
        self._variants = choices
        self.variant_combo.clear()
        several = [c for c in choices if c.variant]
        if several:
            self.variant_combo.addItem(self.tr("(pilih jenis pemohon)"), None)
            for c in several:
                self.variant_combo.addItem(c.label or c.variant, c.variant)
            if self._pending_variant:
                self.variant_combo.setCurrentIndex(max(0, self.variant_combo.findData(self._pending_variant)))
        self._pending_variant = None
        self.variant_combo.setVisible(bool(several))
        self.variant_label.setVisible(bool(several))

    @property
    def variant_choices(self) -> list[str]:
        """The labels the variant combo offers (empty when the standard has one list)."""
        return [self.variant_combo.itemText(i) for i in range(1, self.variant_combo.count())]

    # --- entry points ---------------------------------------------------------------------------------

    def start_from_ticket(self, ticket: TicketInfo) -> None:
        """Prepare an intake for the counter screen's current ticket: its service, linked to its number."""
        self._clear_checklist()
        self._ticket = ticket
        self.ticket_label.setText(self.tr("Nomor antrean {0} · {1}").format(ticket.code, ticket.service_code))
        self._select_service(ticket.service_id)
        self.nik.setFocus()

    def start_walk_in(self) -> None:
        """Forget any ticket: the next intake is for a walk-in."""
        self._ticket = None
        self.ticket_label.setText(self.tr("Pemohon langsung (tanpa nomor antrean)"))

    # --- applicant ----------------------------------------------------------------------------------

    @Slot()
    def _on_kind_combo_changed(self) -> None:
        person = self.kind_combo.currentData() == ApplicantKind.PERSON
        self.applicant_stack.setCurrentIndex(0 if person else 1)

    def _applicant(self) -> PersonInput | OrganisationInput:
        kind = ApplicantKind(self.kind_combo.currentData())
        if kind is ApplicantKind.PERSON:
            return PersonInput(
                nik=self.nik.text(),
                name=self.person_name.text(),
                birth_date=parse_date(self.birth_date.text()),
                sex=self.sex_combo.currentData(),
                phone=self.person_phone.text(),
                address=self.person_address.text(),
            )
        return OrganisationInput(
            kind=kind,
            name=self.org_name.text(),
            nib=self.nib.text(),
            npwp=self.npwp.text(),
            npsn=self.npsn.text(),
            phone=self.org_phone.text(),
            address=self.org_address.text(),
            contact_person=self.contact.text(),
        )

    @Slot()
    def _on_start_button_clicked(self) -> None:
        service_id = self.service_id
        if service_id is None:
            self._deps.messages.error(self.tr("Pilih dulu layanan yang diminta pemohon."))
            return
        try:
            applicant = self._applicant()
        except UserError as exc:
            self._deps.messages.error(str(exc))
            return
        variant = self.variant_combo.currentData() if self.variant_combo.isVisible() else None
        ticket_id = self._ticket.id if self._ticket is not None else None
        actor = self._deps.principal
        self._deps.runner.run(
            lambda: self._intake.start(
                actor, service_id=service_id, applicant=applicant, variant=variant, ticket_id=ticket_id
            ),
            self._on_intake_started,
        )

    def _on_intake_started(self, view: IntakeView) -> None:
        self._show_intake(view)
        if view.warnings:
            self.warning_label.setText(self.tr("Perhatian: ") + " ".join(view.warnings))
            self.warning_label.show()
        else:
            self.warning_label.hide()
        self._deps.messages.info(
            self.tr("Daftar periksa {0} untuk {1} dibuka.").format(view.service_code, view.applicant.name)
        )

    @Slot()
    def _on_search_button_clicked(self) -> None:
        actor = self._deps.principal
        if self.kind_combo.currentData() == ApplicantKind.PERSON:
            nik = self.nik.text()
            fn = lambda: self._intake.find_open(actor, nik=nik)  # noqa: E731
        else:
            name = self.org_name.text() or self.nib.text() or self.npwp.text() or self.npsn.text()
            fn = lambda: self._intake.find_open(actor, organisation=name)  # noqa: E731
        self._deps.runner.run(fn, self._on_search_done)

    def _on_search_done(self, found: list[IntakeView]) -> None:
        self._found = found
        self.found_list.clear()
        if not found:
            self.found_list.hide()
            self._deps.messages.info(self.tr("Tidak ada berkas terbuka untuk pemohon ini. Buka daftar periksa baru."))
            return
        if len(found) == 1:
            self.found_list.hide()
            self._continue(found[0])
            return
        for view in found:
            missing = len(view.missing)
            item = QListWidgetItem(f"{view.service_code} · {view.applicant.name} · kurang {missing} berkas")
            item.setData(Qt.ItemDataRole.UserRole, view.id)
            self.found_list.addItem(item)
        self.found_list.show()
        self._deps.messages.info(self.tr("Ada {0} berkas terbuka; klik dua kali untuk melanjutkan.").format(len(found)))

    @Slot(QListWidgetItem)
    def _on_found_list_activated(self, item: QListWidgetItem) -> None:
        intake_id = item.data(Qt.ItemDataRole.UserRole)
        view = next((v for v in self._found if v.id == intake_id), None)
        if view is not None:
            self._continue(view)

    def _continue(self, view: IntakeView) -> None:
        a = view.applicant
        if a.kind is ApplicantKind.PERSON:
            self.kind_combo.setCurrentIndex(0)
            self.nik.setText(a.nik or "")
            self.person_name.setText(a.name)
            self.person_phone.setText(a.phone)
            self.person_address.setText(a.address)
            if a.birth_date is not None:
                self.birth_date.setText(a.birth_date.strftime("%d-%m-%Y"))
        else:
            kinds = [self.kind_combo.itemData(i) for i in range(self.kind_combo.count())]
            self.kind_combo.setCurrentIndex(kinds.index(a.kind) if a.kind in kinds else 0)
            self.org_name.setText(a.name)
            self.nib.setText(a.nib or "")
            self.npwp.setText(a.npwp or "")
            self.npsn.setText(a.npsn or "")
            self.contact.setText(a.contact_person)
            self.org_phone.setText(a.phone)
            self.org_address.setText(a.address)
        self._pending_variant = view.variant or None
        self._select_service(view.service_id)
        self._show_intake(view)
        self._deps.messages.info(
            self.tr("Melanjutkan berkas {0} {1}: kurang {2} berkas.").format(
                view.service_code, a.name, len(view.missing)
            )
        )

    @Slot()
    def _on_new_button_clicked(self) -> None:
        for field in (
            self.nik, self.person_name, self.birth_date, self.person_phone, self.person_address,
            self.org_name, self.nib, self.npwp, self.npsn, self.contact, self.org_phone, self.org_address,
        ):  # fmt: skip
            field.clear()
        self.sex_combo.setCurrentIndex(0)
        self.warning_label.hide()
        self.found_list.hide()
        self._clear_checklist()
        self.start_walk_in()

    # --- checklist ------------------------------------------------------------------------------------

    def _clear_checklist(self) -> None:
        self._view = None
        for row in self.rows:
            self.rows_layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        self.intake_header.setText(self.tr("Isi data pemohon, lalu tekan Buka Daftar Periksa."))
        self._update_buttons()

    def _show_intake(self, view: IntakeView) -> None:
        self._clear_checklist()
        self._view = view
        variant = f" ({view.variant_label})" if view.variant_label else ""
        self.intake_header.setText(f"{view.service_code} · {view.service_title}{variant}\n{view.applicant.name}")
        for n, item in enumerate(view.items, start=1):
            row = ChecklistRow(n, item)
            row.check.toggled.connect(self._update_buttons)
            row.attach_requested.connect(self._on_row_attach_requested)
            self.rows_layout.insertWidget(self.rows_layout.count() - 1, row)
            self.rows.append(row)
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        has = self._view is not None
        self.save_button.setEnabled(has)
        self.finish_button.setEnabled(has)
        if not has:
            self.missing_label.setText("")
            return
        missing = sum(1 for r in self.rows if not r.check.isChecked())
        self.missing_label.setText(
            self.tr("Semua berkas lengkap.")
            if not missing
            else self.tr("Belum ada: {0} dari {1} berkas.").format(missing, len(self.rows))
        )

    def marks(self) -> list[ItemMark]:
        """The clerk's marks on every item, in order."""
        return [r.mark() for r in self.rows]

    @Slot()
    def _on_save_button_clicked(self) -> None:
        view = self._view
        if view is None:
            return
        marks, actor = self.marks(), self._deps.principal
        self._deps.runner.run(
            lambda: self._intake.save_items(actor, view.id, marks),
            lambda _v: self._deps.messages.info(self.tr("Tanda dan catatan berkas disimpan.")),
        )

    @Slot(object)
    def _on_row_attach_requested(self, requirement_id: uuid.UUID) -> None:
        view = self._view
        if view is None:
            return
        path = self._deps.dialogs.open_file(self, self.tr("Lampirkan Pindaian atau Foto"), ATTACH_FILTERS)
        if path is None:
            return
        actor = self._deps.principal
        content_type = mimetypes.guess_type(path.name)[0] or ""

        def attach() -> AttachmentInfo:
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise UserError(
                    f"Berkas {path.name} tidak dapat dibaca. Periksa lokasi berkas, lalu coba lagi."
                ) from exc
            return self._intake.add_attachment(
                actor, view.id, requirement_id, filename=path.name, data=data, content_type=content_type
            )

        def attached(info: AttachmentInfo) -> None:
            row = next((r for r in self.rows if r.requirement_id == requirement_id), None)
            if row is not None:
                current = row.attachments.text().removeprefix(self.tr("Lampiran: "))
                row.set_attachments([n for n in current.split(", ") if n] + [info.filename])
            self._deps.messages.info(self.tr("{0} dilampirkan.").format(info.filename))

        self._deps.runner.run(attach, attached)

    @Slot()
    def _on_finish_button_clicked(self) -> None:
        view = self._view
        if view is None:
            return
        marks, actor = self.marks(), self._deps.principal

        def finish() -> IntakeOutcome:
            self._intake.save_items(actor, view.id, marks)
            return self._intake.finish(actor, view.id)

        self.finish_button.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self._update_buttons()
            self._deps.runner.report(exc)

        self._deps.runner.run(finish, self._on_finished, failed)

    def _on_finished(self, outcome: IntakeOutcome) -> None:
        if outcome.receipt is not None and outcome.application is not None:
            document = receipt_document(outcome.receipt)
            self._deps.messages.info(
                self.tr("Berkas lengkap. Permohonan {0} dibuat; tanda terima siap dicetak.").format(
                    outcome.application.tracking_number
                )
            )
        else:
            assert outcome.missing_list is not None
            document = missing_list_document(outcome.missing_list)
            self._deps.messages.warning(
                self.tr("Berkas belum lengkap ({0} kurang). Cetak daftar kekurangan untuk pemohon.").format(
                    len(outcome.missing_list.missing)
                )
            )
        self._clear_checklist()
        self.start_walk_in()
        self.intake_finished.emit(outcome)
        self.show_document(document)

    def show_document(self, document: PrintedDocument) -> DocumentPreview:
        """Open the preview of a receipt or missing list (non-modal, so the desk keeps working)."""
        if self.preview is not None:
            self.preview.close()
            self.preview.deleteLater()
        self.preview = DocumentPreview(document, deps=self._deps, print_a4=self._print_a4, parent=self)
        self.preview.open()
        return self.preview
