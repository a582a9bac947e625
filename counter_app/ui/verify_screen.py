"""Verifikasi Surat: scan the QR of a paper (or type its code) and see whether it is genuine, with the original."""

from __future__ import annotations

from enum import StrEnum
from html import escape

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from counter_app import letters
from counter_app.errors import NotFound, UserError
from counter_app.letters import DocStatus, LetterService, VerificationResult, long_date
from counter_app.ui.common import ScreenDeps
from counter_app.ui.letter_preview import PagePreview, pdf_page_images


class Verdict(StrEnum):
    """What the check found, shown as the coloured headline."""

    VALID = "valid"
    CANCELLED = "cancelled"
    NOT_FOUND = "not_found"
    TAMPERED = "tampered"


VERDICT_TEXT = {
    Verdict.VALID: "SAH — naskah ini diterbitkan oleh Dinas Tenaga Kerja Kabupaten Mojokerto",
    Verdict.CANCELLED: "DIBATALKAN — nomor ini sudah dibatalkan dan naskahnya tidak berlaku",
    Verdict.NOT_FOUND: "TIDAK DITEMUKAN — tidak ada naskah dengan kode ini",
    Verdict.TAMPERED: "TIDAK SAH — arsip naskah ini berubah sejak diterbitkan; laporkan ke Admin",
}
VERDICT_COLOURS = {
    Verdict.VALID: ("#e3f4e8", "#1d6b35"),
    Verdict.CANCELLED: ("#fff1cc", "#7a4b00"),
    Verdict.NOT_FOUND: ("#fde2e1", "#9b1c1c"),
    Verdict.TAMPERED: ("#fde2e1", "#9b1c1c"),
}


def verdict_of(result: VerificationResult) -> Verdict:
    """Valid, cancelled or tampered (a changed archive wins over everything else)."""
    if not result.hash_ok:
        return Verdict.TAMPERED
    if result.status is DocStatus.CANCELLED:
        return Verdict.CANCELLED
    return Verdict.VALID


def result_html(result: VerificationResult) -> str:
    """The facts of a verified paper as a small table."""
    rows = (
        ("Nomor", result.number),
        ("Tanggal", long_date(result.issued_on)),
        ("Hal", result.hal or "-"),
        ("Pemohon", result.applicant_name or "-"),
        ("Penandatangan", result.signatory_name),
        ("Jabatan", result.signatory_jabatan or "-"),
        ("Status", result.status_label),
    )
    cells = "".join(
        f"<tr><td style='padding:2px 12px 2px 0'><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows
    )
    return f"<table cellspacing='0'>{cells}</table>"


class VerifyScreen(QWidget):
    """One input for the scanner (or a typed code), the verdict, the facts and the archived original."""

    def __init__(self, *, deps: ScreenDeps, letters: LetterService) -> None:
        """Build the screen.

        Args:
            deps: runner, message bar, dialogs, change signal and the signed-in user.
            letters: looks the code up and gives the archived PDF.
        """
        super().__init__()
        self._deps = deps
        self._letters = letters
        self.verdict: Verdict | None = None
        self._build_ui()
        self._connect_signals()
        self._load()

    def _build_ui(self) -> None:
        title = QLabel(self.tr("Verifikasi Surat"))
        title.setObjectName("screenTitle")
        hint = QLabel(
            self.tr(
                "Pindai QR pada naskah dengan pemindai, atau ketik kode verifikasi yang tercetak di bawah QR "
                "(misalnya ABCD-EFGH-JKMN), lalu tekan Enter."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.code_input = QLineEdit()
        self.code_input.setObjectName("verifyInput")
        self.code_input.setPlaceholderText(self.tr("Pindai QR atau ketik kode verifikasi"))
        self.code_input.setClearButtonEnabled(True)
        self.check_button = QPushButton(self.tr("Periksa"))
        self.check_button.setObjectName("primaryButton")
        row = QHBoxLayout()
        row.addWidget(self.code_input, 1)
        row.addWidget(self.check_button)

        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("verdict")
        self.verdict_label.setWordWrap(True)
        self.verdict_label.hide()
        self.facts = QLabel()
        self.facts.setObjectName("verifyFacts")
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.facts.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.verdict_label)
        left_layout.addWidget(self.facts)
        left_layout.addStretch(1)
        self.preview = PagePreview(self.tr("Naskah asli dari arsip tampil di sini setelah kode diperiksa."))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([480, 720])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addWidget(splitter, 1)

    def _connect_signals(self) -> None:
        self.code_input.returnPressed.connect(self._on_code_input_return_pressed)
        self.check_button.clicked.connect(self._on_check_requested)

    def _load(self) -> None:
        self.code_input.setFocus()

    @property
    def verdict_text(self) -> str:
        """The headline shown (empty before the first check)."""
        return self.verdict_label.text() if self.verdict is not None else ""

    def check(self, text: str) -> None:
        """Check a scanned QR text or typed code (what Enter in the input does)."""
        self.code_input.setText(text)
        self._on_check_requested()

    @Slot()
    def _on_code_input_return_pressed(self) -> None:
        """Enter from the keyboard or the scanner; a scanner types each line of the QR text with its own Enter."""
        text = self.code_input.text().strip().upper()
        if text.startswith(letters.QR_HEADER[:12]) and "KODE:" not in text:
            return  # the header or number line of a QR: the code line is still coming
        self._on_check_requested()

    @Slot()
    def _on_check_requested(self) -> None:
        text = self.code_input.text().strip()
        if not text:
            self._deps.messages.warning(self.tr("Pindai QR atau ketik kode verifikasi terlebih dahulu."))
            return
        actor = self._deps.principal

        def work() -> tuple[VerificationResult, list[QImage]]:
            result = self._letters.verify(text, actor)
            return result, pdf_page_images(result.pdf) if result.pdf else []

        self._deps.runner.run(work, self._on_verified, self._on_failed)

    def _on_verified(self, found: tuple[VerificationResult, list[QImage]]) -> None:
        result, pages = found
        self._show_verdict(verdict_of(result))
        self.facts.setText(result_html(result))
        if pages:
            self.preview.show_pages(pages)
        else:
            self.preview.show_note(self.tr("Naskah asli hanya dapat dilihat oleh petugas yang berhak."))
        self.code_input.selectAll()  # the next scan replaces the text

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, NotFound):
            self._show_verdict(Verdict.NOT_FOUND)
            self.facts.setText(f"<p>{escape(str(exc))}</p>")
            self.preview.show_note()
            self.code_input.selectAll()
            return
        if isinstance(exc, UserError):
            # An unreadable code: say how to type it; the text stays for correcting.
            self.verdict = None
            self.verdict_label.hide()
            self.facts.setText("")
            self.preview.show_note()
        self._deps.runner.report(exc)

    def _show_verdict(self, verdict: Verdict) -> None:
        self.verdict = verdict
        background, foreground = VERDICT_COLOURS[verdict]
        self.verdict_label.setText(self.tr(VERDICT_TEXT[verdict]))
        self.verdict_label.setStyleSheet(
            f"background:{background}; color:{foreground}; font-weight:bold; font-size:15pt; "
            "padding:10px; border-radius:4px;"
        )
        self.verdict_label.show()
