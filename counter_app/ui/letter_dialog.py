"""Terbitkan Surat: pick the template and signatory, type the extra fields, preview the draft, issue, print."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from counter_app.errors import UserError
from counter_app.letters import IssuedDocument, LetterDraft, LetterService, LetterTemplate, Signatory
from counter_app.ui.common import ScreenDeps
from counter_app.ui.letter_preview import (
    PagePreview,
    PrintLetter,
    PrintOutcome,
    draft_page_images,
    outcome_text,
    pdf_page_images,
    print_and_record,
)

PREVIEW_DELAY_MS = 400


class LetterDialog(QDialog):
    """Issues one numbered letter for an application, then prints it; typed fields survive every error.

    Signals:
        document_issued(object): the IssuedDocument just numbered and archived.
    """

    document_issued = Signal(object)

    def __init__(
        self,
        parent: QWidget | None,
        *,
        deps: ScreenDeps,
        letters: LetterService,
        application_id: uuid.UUID,
        tracking_number: str,
        templates: Sequence[LetterTemplate],
        print_letter: PrintLetter,
        station_printers: Mapping[str, str] | None = None,
    ) -> None:
        """Build the dialog.

        Args:
            parent: the screen it belongs to.
            deps: runner, message bar, dialogs and the signed-in user.
            letters: drafts, issues and logs prints.
            application_id: the application the letter answers.
            tracking_number: its tracking number (for the title).
            templates: the templates of the application's standard (at least one).
            print_letter: sends a letter to an OS printer; raises PrintError.
            station_printers: this PC's printer per template key.
        """
        super().__init__(parent)
        self._deps = deps
        self._letters = letters
        self._application_id = application_id
        self._templates = list(templates)
        self._print_letter = print_letter
        self._station_printers = dict(station_printers or {})
        self._field_edits: dict[str, QLineEdit] = {}
        self._preview_pending = False
        self._preview_running = False
        self.issued: IssuedDocument | None = None
        self.missing: tuple[str, ...] = ()
        self.setWindowTitle(self.tr("Terbitkan Surat — {0}").format(tracking_number))
        self._build_ui()
        self._connect_signals()
        self._load()

    def _build_ui(self) -> None:
        self.template_combo = QComboBox()
        self.template_combo.setObjectName("templateCombo")
        for t in self._templates:
            self.template_combo.addItem(t.name, t.id)
        self.signatory_combo = QComboBox()
        self.signatory_combo.setObjectName("signatoryCombo")
        self.signatory_combo.addItem(self.tr("Sesuai templat"), None)
        self.fields_form = QFormLayout()
        self.missing_label = QLabel()
        self.missing_label.setObjectName("missingFields")
        self.missing_label.setWordWrap(True)
        self.number_label = QLabel()
        self.number_label.setObjectName("issuedNumber")
        self.number_label.setWordWrap(True)
        self.number_label.setTextFormat(Qt.TextFormat.RichText)
        form = QFormLayout()
        form.addRow(self.tr("Templat"), self.template_combo)
        form.addRow(self.tr("Penandatangan"), self.signatory_combo)
        left = QWidget()
        left.setMinimumWidth(340)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        fields_title = QLabel(self.tr("Isian tambahan"))
        fields_title.setObjectName("sectionTitle")
        left_layout.addWidget(fields_title)
        left_layout.addLayout(self.fields_form)
        left_layout.addWidget(self.missing_label)
        left_layout.addStretch(1)
        left_layout.addWidget(self.number_label)
        self.preview = PagePreview(self.tr("Pratinjau konsep surat tampil di sini."))
        self.preview.setMinimumWidth(520)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setSizes([360, 640])
        self.issue_button = QPushButton(self.tr("Terbitkan"))
        self.issue_button.setObjectName("primaryButton")
        self.issue_button.setEnabled(False)
        self.print_button = QPushButton(self.tr("Cetak"))
        self.print_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Tutup"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.issue_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(1080, 760)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)

    def _connect_signals(self) -> None:
        self.template_combo.currentIndexChanged.connect(self._on_template_changed)
        self.signatory_combo.currentIndexChanged.connect(self._on_inputs_changed)
        self._preview_timer.timeout.connect(self._on_preview_timer_timeout)
        self.issue_button.clicked.connect(self._on_issue_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.close_button.clicked.connect(self.reject)

    def _load(self) -> None:
        actor = self._deps.principal
        self._deps.runner.run(lambda: self._letters.signatories(actor), self._on_signatories_loaded)
        self._build_fields()
        self.refresh_preview()

    # ---- inputs ---------------------------------------------------------------------------------

    @property
    def template(self) -> LetterTemplate:
        """The template chosen."""
        return self._templates[max(0, self.template_combo.currentIndex())]

    def field_edit(self, name: str) -> QLineEdit:
        """The line edit of one extra field (tests type into it)."""
        return self._field_edits[name]

    def extra_values(self) -> dict[str, str]:
        """The extra fields as typed."""
        return {name: edit.text() for name, edit in self._field_edits.items()}

    def _on_signatories_loaded(self, rows: list[Signatory]) -> None:
        self.signatory_combo.blockSignals(True)
        for s in rows:
            self.signatory_combo.addItem(f"{s.name} — {s.jabatan.splitlines()[0] if s.jabatan else s.role}", s.id)
        self.signatory_combo.blockSignals(False)

    def _build_fields(self) -> None:
        typed = self.extra_values()
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)
        self._field_edits = {}
        for f in self.template.extra_fields:
            edit = QLineEdit(typed.get(f.name, ""))
            edit.setObjectName(f"extra_{f.name}")
            edit.textChanged.connect(self._on_inputs_changed)
            self._field_edits[f.name] = edit
            self.fields_form.addRow(f.label + ("" if f.required else self.tr(" (boleh kosong)")), edit)
        if not self._field_edits:
            self.fields_form.addRow(QLabel(self.tr("Templat ini tidak memerlukan isian tambahan.")))

    @Slot()
    def _on_template_changed(self) -> None:
        self._build_fields()
        self._on_inputs_changed()

    @Slot()
    def _on_inputs_changed(self) -> None:
        if self.issued is None:
            self._preview_timer.start()

    @Slot()
    def _on_preview_timer_timeout(self) -> None:
        self.refresh_preview()

    def refresh_preview(self) -> None:
        """Draw the draft (no number yet) from what is typed now; one drawing at a time."""
        if self.issued is not None:
            return
        if self._preview_running:
            self._preview_pending = True
            return
        self._preview_running = True
        actor, app_id, template_id = self._deps.principal, self._application_id, self.template.id
        assert template_id is not None
        extras, signatory_id = self.extra_values(), self.signatory_combo.currentData()

        def draw() -> tuple[LetterDraft, list[QImage]]:
            draft = self._letters.draft(actor, app_id, template_id, extras, signatory_id)
            return draft, draft_page_images(draft.data)

        self._deps.runner.run(draw, self._on_preview_drawn, self._on_preview_failed)

    def _preview_done(self) -> None:
        self._preview_running = False
        if self._preview_pending:
            self._preview_pending = False
            self.refresh_preview()

    def _on_preview_drawn(self, drawn: tuple[LetterDraft, list[QImage]]) -> None:
        draft, pages = drawn
        self.missing = draft.missing
        if self.issued is None:
            self.preview.show_pages(pages)
            if draft.missing:
                self.missing_label.setStyleSheet("color:#9b1c1c;")
                self.missing_label.setText(self.tr("Belum diisi: {0}.").format(", ".join(draft.missing)))
            else:
                self.missing_label.setStyleSheet("color:#1d6b35;")
                self.missing_label.setText(self.tr("Semua isian lengkap; periksa pratinjau lalu Terbitkan."))
            self.issue_button.setEnabled(not draft.missing)
        self._preview_done()

    def _on_preview_failed(self, exc: BaseException) -> None:
        self.issue_button.setEnabled(False)
        self.preview.show_note(self.tr("Pratinjau tidak dapat dibuat."))
        self._preview_done()
        self._show_problem(exc)

    # ---- issue and print ------------------------------------------------------------------------

    @Slot()
    def _on_issue_clicked(self) -> None:
        actor, app_id, template_id = self._deps.principal, self._application_id, self.template.id
        assert template_id is not None
        extras, signatory_id = self.extra_values(), self.signatory_combo.currentData()
        self.issue_button.setEnabled(False)

        def issue() -> tuple[IssuedDocument, list[QImage]]:
            document = self._letters.issue(actor, app_id, template_id, extras, signatory_id)
            return document, pdf_page_images(self._letters.pdf(actor, document.id))

        def on_failed(exc: BaseException) -> None:
            self.issue_button.setEnabled(True)  # nothing was numbered; the fields keep what was typed
            self._show_problem(exc)

        self._deps.runner.run(issue, self._on_issued, on_failed)

    def _on_issued(self, issued: tuple[IssuedDocument, list[QImage]]) -> None:
        document, pages = issued
        self.issued = document
        self._preview_timer.stop()
        self.preview.show_pages(pages)
        self.template_combo.setEnabled(False)
        self.signatory_combo.setEnabled(False)
        for edit in self._field_edits.values():
            edit.setReadOnly(True)
        self.missing_label.clear()
        self.number_label.setText(
            self.tr("Terbit dengan nomor <b>{0}</b> (kode {1}). Tekan Cetak untuk mencetaknya.").format(
                escape(document.number), escape(document.verification_code)
            )
        )
        self.issue_button.setEnabled(False)
        self.print_button.setEnabled(True)
        self.print_button.setObjectName("primaryButton")
        self.print_button.setDefault(True)
        self._deps.messages.info(self.tr("Surat {0} terbit dan tersimpan di arsip.").format(document.number))
        self.document_issued.emit(document)

    @Slot()
    def _on_print_clicked(self) -> None:
        document = self.issued
        if document is None:
            return
        reason = ""
        if document.printed_count > 0:
            answer = self._deps.dialogs.ask_text(
                self,
                self.tr("Cetak Ulang Surat"),
                self.tr("Surat {0} sudah dicetak. Tulis alasan cetak ulang (wajib):").format(document.number),
                required=True,
            )
            if answer is None:
                return
            reason = answer
        self.print_button.setEnabled(False)
        actor, printers = self._deps.principal, dict(self._station_printers)

        def work() -> PrintOutcome:
            return print_and_record(self._letters, actor, document.id, self._print_letter, printers, reason)

        def on_done(outcome: PrintOutcome) -> None:
            self.issued = outcome.document
            self.print_button.setEnabled(True)
            self.print_button.setText(self.tr("Cetak Ulang") if outcome.document.printed_count else self.tr("Cetak"))
            self.missing_label.setStyleSheet("color:#9b1c1c;" if outcome.error else "color:#1d6b35;")
            self.missing_label.setText(outcome_text(outcome))
            if outcome.error:
                self._deps.messages.error(outcome_text(outcome))
            else:
                self._deps.messages.info(outcome_text(outcome))

        def on_failed(exc: BaseException) -> None:
            self.print_button.setEnabled(True)
            self._show_problem(exc)

        self._deps.runner.run(work, on_done, on_failed)

    def _show_problem(self, exc: BaseException) -> None:
        """A UserError in the dialog itself (it covers the message bar); anything else to the error path."""
        if isinstance(exc, UserError):
            self.missing_label.setStyleSheet("color:#9b1c1c;")
            self.missing_label.setText(str(exc))
        self._deps.runner.report(exc)
