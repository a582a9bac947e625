"""The AK/1 interview form (AK/II): identity, education, training, languages, work, desired jobs, photo, notes.

The form autosaves a draft every few seconds while it changes, offers the draft back when opened again
(after a crash or power cut), checks the NIK as it is typed, and asks to open the existing record when a
complete NIK is already registered.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app import jobseekers, nik, photo, wilayah
from counter_app.drafts import Draft, DraftStore
from counter_app.errors import UserError
from counter_app.jobseekers import (
    DesiredJob,
    EducationRow,
    ExperienceRow,
    JobSeekerProfile,
    JobSeekerService,
    JobSeekerSummary,
    LanguageRow,
    TrainingRow,
)
from counter_app.ui.common import ScreenDeps

log = logging.getLogger(__name__)

AUTOSAVE_MS = 5000
NEW_DRAFT_KEY = "new"
PHOTO_PREVIEW = (150, 200)
PHOTO_FILTERS = "Foto (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff);;Semua berkas (*)"
LANGUAGE_LEVELS = ("", "Aktif", "Pasif")
DATE_FORMATS = ("%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d")


def draft_key_for(seeker_id: uuid.UUID | None) -> str:
    """The draft key of a new registration (None) or of the data change of one registration."""
    return NEW_DRAFT_KEY if seeker_id is None else f"edit-{seeker_id}"


def parse_date(text: str) -> dt.date | None:
    """A typed date (dd-mm-yyyy, dd/mm/yyyy, dd.mm.yyyy or yyyy-mm-dd); None when empty or not a date."""
    text = text.strip()
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _year(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) == 4 else None


# ---- the row tables --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RowColumn:
    """A column of a row table: a text cell, a 4-digit year cell, or a combo of (code, label) choices."""

    title: str
    kind: str = "text"  # "text" | "year" | "combo"
    choices: tuple[tuple[str, str], ...] = ()
    width: int = 0


class RowsEditor(QWidget):
    """A small editable table with Tambah Baris / Hapus Baris; cells hold text, years or combo codes.

    Signals:
        rows_changed(): a cell was edited, or a row added or removed.
    """

    rows_changed = Signal()

    def __init__(self, name: str, columns: Sequence[RowColumn], add_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self.table = QTableWidget(0, len(self._columns))
        self.table.setObjectName(name)
        self.table.setHorizontalHeaderLabels([c.title for c in self._columns])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for n, column in enumerate(self._columns):
            if column.width:
                header.setSectionResizeMode(n, QHeaderView.ResizeMode.Interactive)
                self.table.setColumnWidth(n, column.width)
            else:
                header.setSectionResizeMode(n, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(add_label)
        self.add_button.setObjectName(f"{name}Add")
        self.remove_button = QPushButton(self.tr("Hapus Baris"))
        self.remove_button.setObjectName(f"{name}Remove")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.table.itemChanged.connect(self._on_item_changed)

    @property
    def columns(self) -> list[RowColumn]:
        """The columns, in order."""
        return list(self._columns)

    def add_row(self, values: Sequence[str] = ()) -> int:
        """Append a row (``values`` per column: text, year text or combo code); return its index."""
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for n, column in enumerate(self._columns):
            value = values[n] if n < len(values) else ""
            if column.kind == "combo":
                combo = QComboBox()
                combo.setObjectName(f"{self.table.objectName()}Combo{n}")
                combo.addItem(self.tr("— pilih —"), "")
                for code, label in column.choices:
                    combo.addItem(label, code)
                combo.setCurrentIndex(max(0, combo.findData(value)))
                combo.currentIndexChanged.connect(self._on_combo_changed)
                self.table.setCellWidget(row, n, combo)
            else:
                self.table.setItem(row, n, QTableWidgetItem(value))
        self.table.blockSignals(False)
        self.rows_changed.emit()
        return row

    def set_cell(self, row: int, column: int, value: str) -> None:
        """Set one cell (a combo takes a code)."""
        widget = self.table.cellWidget(row, column)
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        else:
            item = self.table.item(row, column)
            if item is None:
                self.table.setItem(row, column, QTableWidgetItem(value))
            else:
                item.setText(value)

    def values(self) -> list[list[str]]:
        """Every row as strings (combo cells give their code); rows left completely empty are skipped."""
        out = []
        for row in range(self.table.rowCount()):
            cells = []
            for n in range(len(self._columns)):
                widget = self.table.cellWidget(row, n)
                if isinstance(widget, QComboBox):
                    cells.append(str(widget.currentData() or ""))
                else:
                    item = self.table.item(row, n)
                    cells.append(item.text().strip() if item is not None else "")
            if any(cells):
                out.append(cells)
        return out

    def set_values(self, rows: Sequence[Sequence[str]]) -> None:
        """Replace every row."""
        self.table.setRowCount(0)
        for values in rows:
            self.add_row(values)
        self.rows_changed.emit()

    @Slot()
    def _on_add_clicked(self) -> None:
        row = self.add_row()
        self.table.setCurrentCell(row, 0)

    @Slot()
    def _on_remove_clicked(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self.rows_changed.emit()

    @Slot()
    def _on_item_changed(self) -> None:
        self.rows_changed.emit()

    @Slot()
    def _on_combo_changed(self) -> None:
        self.rows_changed.emit()


def _opt(value: object) -> str:
    return "" if value is None else str(value)


# ---- the form --------------------------------------------------------------------------------------------------


class InterviewForm(QWidget):
    """The interview, tab by tab; ``profile()`` reads it, ``set_profile()`` fills it.

    Signals:
        existing_record_requested(object): the uuid of the registration the user chose to open instead of
            typing a duplicate NIK.
        draft_saved(): the autosave wrote a draft.
        content_changed(): anything in the form changed.
    """

    existing_record_requested = Signal(object)
    draft_saved = Signal()
    content_changed = Signal()

    def __init__(
        self,
        *,
        deps: ScreenDeps,
        jobseekers_service: JobSeekerService,
        drafts: DraftStore,
        today: Callable[[], dt.date] = dt.date.today,
        autosave_ms: int = AUTOSAVE_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._deps = deps
        self._jobseekers = jobseekers_service
        self._drafts = drafts
        self._today = today
        self._regions = wilayah.mojokerto()
        self._draft_key = NEW_DRAFT_KEY
        self._editing: uuid.UUID | None = None
        self._photo_png: bytes | None = None
        self._dirty = False
        self._autosaving = False  # an autosave is being written off the UI thread
        self._loading = False
        self._nik_checked = ""
        self._autosave = QTimer(self)
        self._autosave.setInterval(autosave_ms)
        self._build_ui()
        self._connect_signals()
        self._load()

    # ---- building -----------------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.error_label = QLabel()
        self.error_label.setObjectName("formError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #9b1c1c; background: #fde2e1; padding: 6px; border-radius: 4px;")
        self.error_label.setVisible(False)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("interviewTabs")
        self.tabs.addTab(self._identity_tab(), self.tr("Identitas"))
        self.education = RowsEditor(
            "educationRows",
            [
                RowColumn(self.tr("Jenjang"), "combo", tuple(jobseekers.EDUCATION_LEVELS.items()), 170),
                RowColumn(self.tr("Nama sekolah / perguruan tinggi")),
                RowColumn(self.tr("Jurusan")),
                RowColumn(self.tr("Tahun masuk"), "year", width=120),
                RowColumn(self.tr("Tahun lulus"), "year", width=120),
                RowColumn(self.tr("Nilai (NEM/IPK)"), width=150),
            ],
            self.tr("Tambah Pendidikan"),
        )
        self.tabs.addTab(self._padded(self.education), self.tr("Pendidikan"))
        self.training = RowsEditor(
            "trainingRows",
            [
                RowColumn(self.tr("Pelatihan / keterampilan")),
                RowColumn(self.tr("Lembaga")),
                RowColumn(self.tr("Tahun"), "year", width=120),
            ],
            self.tr("Tambah Pelatihan"),
        )
        self.tabs.addTab(self._padded(self.training), self.tr("Pelatihan && Keterampilan"))
        self.languages = RowsEditor(
            "languageRows",
            [
                RowColumn(self.tr("Bahasa")),
                RowColumn(self.tr("Tingkat"), "combo", tuple((v, v) for v in LANGUAGE_LEVELS if v), 160),
            ],
            self.tr("Tambah Bahasa"),
        )
        self.tabs.addTab(self._padded(self.languages), self.tr("Bahasa"))
        self.experience = RowsEditor(
            "experienceRows",
            [
                RowColumn(self.tr("Perusahaan / instansi")),
                RowColumn(self.tr("Jabatan")),
                RowColumn(self.tr("Tahun masuk"), "year", width=120),
                RowColumn(self.tr("Tahun keluar"), "year", width=120),
            ],
            self.tr("Tambah Pengalaman"),
        )
        self.tabs.addTab(self._padded(self.experience), self.tr("Pengalaman Kerja"))
        self.desired = RowsEditor(
            "desiredRows",
            [
                RowColumn(
                    self.tr("Golongan jabatan (KBJI)"),
                    "combo",
                    tuple((k, f"{k} {v}") for k, v in jobseekers.KBJI_MAJOR_GROUPS.items()),
                    300,
                ),
                RowColumn(self.tr("Jabatan yang diinginkan")),
                RowColumn(self.tr("Lokasi"), width=160),
            ],
            self.tr("Tambah Jabatan"),
        )
        self.tabs.addTab(self._padded(self.desired), self.tr("Jabatan yang Diinginkan"))
        self.tabs.addTab(self._photo_tab(), self.tr("Foto"))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setPlaceholderText(self.tr("Catatan Pengantar Kerja: perusahaan sasaran, kesiapan kerja, ..."))
        self.tabs.addTab(self._padded(self.notes), self.tr("Catatan"))
        self.draft_label = QLabel()
        self.draft_label.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.error_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.draft_label)

    @staticmethod
    def _padded(widget: QWidget) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(widget)
        return page

    def _line(self, name: str, placeholder: str = "", max_length: int = 200) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setPlaceholderText(placeholder)
        field.setMaxLength(max_length)
        return field

    def _combo(self, name: str, items: Sequence[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(self.tr("— pilih —"), "")
        for code, label in items:
            combo.addItem(label, code)
        return combo

    @staticmethod
    def _spin(name: str, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(0, 300)
        spin.setSpecialValueText("-")  # 0 = not measured
        spin.setSuffix(suffix)
        return spin

    def _identity_tab(self) -> QWidget:
        self.nik = self._line("nik", self.tr("16 angka sesuai KTP"), 24)
        self.nik_status = QLabel()
        self.nik_status.setObjectName("nikStatus")
        self.nik_status.setWordWrap(True)
        self.kk = self._line("kk", self.tr("16 angka sesuai Kartu Keluarga"), 24)
        self.name = self._line("name", self.tr("sesuai KTP"), jobseekers.NAME_MAX)
        self.birth_place = self._line("birthPlace", "", 100)
        self.birth_date = self._line("birthDate", self.tr("hh-bb-tttt, misalnya 05-12-2000"), 10)
        self.sex = self._combo("sex", list(jobseekers.SEX_LABELS.items()))
        self.religion = self._combo("religion", [(k, f"{k} {v}") for k, v in jobseekers.RELIGIONS.items()])
        self.marital = self._combo("marital", [(m.value, label) for m, label in jobseekers.MARITAL_LABELS.items()])
        self.address = self._line("address", self.tr("jalan, nomor rumah, RT/RW, dusun"), jobseekers.ADDRESS_MAX)
        self.kecamatan = self._combo("kecamatan", [(r.code, r.name) for r in self._regions.kecamatan])
        self.desa = QComboBox()
        self.desa.setObjectName("desa")
        self.postcode = self._line("postcode", "", 5)
        self.phone = self._line("phone", self.tr("misalnya 0812-3456-7890"), 31)
        self.email = self._line("email", self.tr("nama@contoh.com"), jobseekers.TEXT_MAX)
        self.height_field = self._spin("height", " cm")
        self.weight_field = self._spin("weight", " kg")

        left = QFormLayout()
        left.addRow(self.tr("NIK"), self.nik)
        left.addRow("", self.nik_status)
        left.addRow(self.tr("Nomor KK"), self.kk)
        left.addRow(self.tr("Nama lengkap"), self.name)
        left.addRow(self.tr("Tempat lahir"), self.birth_place)
        left.addRow(self.tr("Tanggal lahir"), self.birth_date)
        left.addRow(self.tr("Jenis kelamin"), self.sex)
        left.addRow(self.tr("Agama"), self.religion)
        left.addRow(self.tr("Status perkawinan"), self.marital)
        right = QFormLayout()
        right.addRow(self.tr("Alamat"), self.address)
        right.addRow(self.tr("Kecamatan"), self.kecamatan)
        right.addRow(self.tr("Desa/kelurahan"), self.desa)
        right.addRow(self.tr("Kode pos"), self.postcode)
        right.addRow(self.tr("No. telp/HP"), self.phone)
        right.addRow(self.tr("Email"), self.email)
        right.addRow(self.tr("Tinggi badan"), self.height_field)
        right.addRow(self.tr("Berat badan"), self.weight_field)
        for form in (left, right):
            form.setHorizontalSpacing(12)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.addLayout(grid)
        outer.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        self._fill_desa("")
        return scroll

    def _photo_tab(self) -> QWidget:
        self.photo_view = QLabel()
        self.photo_view.setObjectName("photoView")
        self.photo_view.setFixedSize(*PHOTO_PREVIEW)
        self.photo_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_view.setStyleSheet("border: 1px solid #9aa5b1; background: #f5f7fa;")
        self.photo_file_button = QPushButton(self.tr("Pilih Berkas Foto…"))
        self.photo_file_button.setObjectName("photoFile")
        self.photo_camera_button = QPushButton(self.tr("Ambil dari Kamera…"))
        self.photo_camera_button.setObjectName("photoCamera")
        self.photo_clear_button = QPushButton(self.tr("Hapus Foto"))
        self.photo_clear_button.setObjectName("photoClear")
        self.photo_status = QLabel()
        self.photo_status.setObjectName("photoStatus")
        self.photo_status.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Pas foto 3×4 berwarna, JPG atau PNG paling besar 15 MB. Setelah foto dipilih atau diambil, "
                "atur bingkai 3:4 di atas wajah lalu tekan Pakai Foto."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        buttons = QVBoxLayout()
        for button in (self.photo_file_button, self.photo_camera_button, self.photo_clear_button):
            button.setMaximumWidth(260)
            buttons.addWidget(button)
        buttons.addWidget(hint)
        buttons.addWidget(self.photo_status)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.photo_view, 0, Qt.AlignmentFlag.AlignTop)
        row.addSpacing(16)
        row.addLayout(buttons, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(row)
        layout.addStretch(1)
        self._show_photo()
        return page

    def _connect_signals(self) -> None:
        for field in (
            self.nik,
            self.kk,
            self.name,
            self.birth_place,
            self.birth_date,
            self.address,
            self.postcode,
            self.phone,
            self.email,
        ):
            field.textChanged.connect(self._on_field_changed)
        for combo in (self.sex, self.religion, self.marital, self.desa):
            combo.currentIndexChanged.connect(self._on_field_changed)
        for spin in (self.height_field, self.weight_field):
            spin.valueChanged.connect(self._on_field_changed)
        for editor in (self.education, self.training, self.languages, self.experience, self.desired):
            editor.rows_changed.connect(self._on_field_changed)
        self.notes.textChanged.connect(self._on_field_changed)
        self.kecamatan.currentIndexChanged.connect(self._on_kecamatan_changed)
        self.nik.textChanged.connect(self._on_nik_changed)
        self.birth_date.textChanged.connect(self._on_nik_changed)
        self.sex.currentIndexChanged.connect(self._on_nik_changed)
        self.photo_file_button.clicked.connect(self._on_photo_file_clicked)
        self.photo_camera_button.clicked.connect(self._on_photo_camera_clicked)
        self.photo_clear_button.clicked.connect(self._on_photo_clear_clicked)
        self._autosave.timeout.connect(self._on_autosave_timeout)

    def _load(self) -> None:
        self._on_nik_changed()
        self._autosave.start()

    # ---- reading and filling ------------------------------------------------------------------------------

    def profile(self) -> JobSeekerProfile:
        """The interview as typed (unparseable dates and years read as empty; ``check_input`` reports them)."""
        return JobSeekerProfile(
            nik=self.nik.text().strip(),
            kk=self.kk.text().strip(),
            name=self.name.text().strip(),
            birth_place=self.birth_place.text().strip(),
            birth_date=parse_date(self.birth_date.text()),
            sex=str(self.sex.currentData() or ""),
            religion=str(self.religion.currentData() or ""),
            marital_status=str(self.marital.currentData() or ""),
            address=self.address.text().strip(),
            kecamatan_code=str(self.kecamatan.currentData() or ""),
            desa_code=str(self.desa.currentData() or ""),
            postcode=self.postcode.text().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            height_cm=self.height_field.value() or None,
            weight_kg=self.weight_field.value() or None,
            education=tuple(
                EducationRow(v[0], v[1], v[2], _year(v[3]), _year(v[4]), v[5]) for v in self.education.values()
            ),
            training=tuple(TrainingRow(v[0], v[1], _year(v[2])) for v in self.training.values()),
            languages=tuple(LanguageRow(v[0], v[1]) for v in self.languages.values()),
            experience=tuple(ExperienceRow(v[0], v[1], _year(v[2]), _year(v[3])) for v in self.experience.values()),
            desired_jobs=tuple(DesiredJob(v[0], v[1], v[2]) for v in self.desired.values()),
            notes=self.notes.toPlainText(),
        )

    def check_input(self) -> None:
        """Refuse what ``profile()`` cannot carry: a date or a year typed in a form it cannot read.

        Raises:
            UserError: naming the field and the form to use.
        """
        text = self.birth_date.text().strip()
        if text and parse_date(text) is None:
            raise UserError(f"Tanggal lahir '{text}' tidak terbaca. Tulis hh-bb-tttt, misalnya 05-12-2000.")
        for editor, what in (
            (self.education, "pendidikan"),
            (self.training, "pelatihan"),
            (self.experience, "pengalaman kerja"),
        ):
            for n, row in enumerate(editor.values(), start=1):
                for column, value in zip(editor.columns, row, strict=True):
                    if column.kind == "year" and value and _year(value) is None:
                        raise UserError(
                            f"{column.title} baris {n} {what} '{value}' bukan tahun. Tulis 4 angka, misalnya 2018."
                        )

    def set_profile(self, profile: JobSeekerProfile) -> None:
        """Fill every field from ``profile`` (replacing what was there)."""
        self._loading = True
        try:
            self.nik.setText(profile.nik)
            self.kk.setText(profile.kk)
            self.name.setText(profile.name)
            self.birth_place.setText(profile.birth_place)
            self.birth_date.setText(f"{profile.birth_date:%d-%m-%Y}" if profile.birth_date else "")
            self.sex.setCurrentIndex(max(0, self.sex.findData(profile.sex)))
            self.religion.setCurrentIndex(max(0, self.religion.findData(profile.religion)))
            self.marital.setCurrentIndex(max(0, self.marital.findData(profile.marital_status)))
            self.address.setText(profile.address)
            self.kecamatan.setCurrentIndex(max(0, self.kecamatan.findData(profile.kecamatan_code)))
            self._fill_desa(profile.kecamatan_code)
            self.desa.setCurrentIndex(max(0, self.desa.findData(profile.desa_code)))
            self.postcode.setText(profile.postcode)
            self.phone.setText(profile.phone)
            self.email.setText(profile.email)
            self.height_field.setValue(profile.height_cm or 0)
            self.weight_field.setValue(profile.weight_kg or 0)
            self.education.set_values(
                [[r.level, r.school, r.major, _opt(r.year_in), _opt(r.year_out), r.score] for r in profile.education]
            )
            self.training.set_values([[r.name, r.institution, _opt(r.year)] for r in profile.training])
            self.languages.set_values([[r.language, r.level] for r in profile.languages])
            self.experience.set_values(
                [[r.company, r.position, _opt(r.year_in), _opt(r.year_out)] for r in profile.experience]
            )
            self.desired.set_values([[r.kbji_group, r.title, r.location] for r in profile.desired_jobs])
            self.notes.setPlainText(profile.notes)
        finally:
            self._loading = False
        self._on_nik_changed()

    def photo_png(self) -> bytes | None:
        """The prepared 300×400 photo, or None."""
        return self._photo_png

    def set_photo(self, png: bytes | None) -> None:
        """Show ``png`` (already prepared) as the photo."""
        self._photo_png = png
        self._show_photo()

    def start(self, *, seeker_id: uuid.UUID | None, profile: JobSeekerProfile, photo_png: bytes | None) -> None:
        """Begin a new interview (``seeker_id`` None) or a data change of one registration; offer a draft."""
        self._editing = seeker_id
        self._draft_key = draft_key_for(seeker_id)
        self._nik_checked = nik.normalise(profile.nik) if seeker_id is not None else ""
        self.clear_error()
        self.set_profile(profile)
        self.set_photo(photo_png)
        self.tabs.setCurrentIndex(0)
        self._dirty = False
        self.draft_label.setText("")
        self.offer_draft()

    # ---- errors -------------------------------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        """Show a problem above the form; nothing typed is touched."""
        self.error_label.setText(text)
        self.error_label.setVisible(True)

    def clear_error(self) -> None:
        """Hide the problem line."""
        self.error_label.clear()
        self.error_label.setVisible(False)

    # ---- drafts -------------------------------------------------------------------------------------------

    @property
    def draft_key(self) -> str:
        """The key this form autosaves under."""
        return self._draft_key

    def offer_draft(self) -> bool:
        """When a draft of this interview exists, offer to restore it; True when it was restored."""
        draft = self._drafts.load(self._draft_key)
        if draft is None:
            return False
        who = draft.profile.name or self.tr("tanpa nama")
        if not self._deps.dialogs.confirm(
            self,
            self.tr("Pulihkan Isian"),
            self.tr(
                "Ada isian wawancara ({0}) yang tersimpan otomatis pada {1:%d-%m-%Y %H:%M}, "
                "misalnya sebelum listrik padam atau aplikasi tertutup. Pulihkan isian itu?"
            ).format(who, draft.saved_at),
            yes_label=self.tr("Pulihkan"),
        ):
            self._drafts.discard(self._draft_key)
            return False
        self.set_profile(draft.profile)
        self.set_photo(draft.photo_png)
        self._dirty = False
        self.draft_label.setText(self.tr("Isian dipulihkan dari simpanan otomatis {0:%H:%M}.").format(draft.saved_at))
        return True

    def save_draft(self) -> None:
        """Write the draft now (the timer does this every few seconds while the form changes)."""
        try:
            draft = self._drafts.save(self._draft_key, self.profile(), self._photo_png)
        except OSError:
            log.exception("draft could not be written")
            self.draft_label.setText(self.tr("Simpan otomatis gagal: folder data tidak dapat ditulisi."))
            return
        self._dirty = False
        self.draft_label.setText(self.tr("Tersimpan otomatis {0:%H:%M:%S}.").format(draft.saved_at))
        self.draft_saved.emit()

    def discard_draft(self) -> None:
        """Forget the draft (after the interview was saved, or the user abandoned it)."""
        self._drafts.discard(self._draft_key)
        self._dirty = False
        self._autosaving = False  # a write still in flight is stale now (DraftStore tickets): nothing to save
        self.draft_label.setText("")

    def stop_autosave(self) -> None:
        """Stop the timer (the form is hidden for good)."""
        self._autosave.stop()

    def hideEvent(self, event: QHideEvent) -> None:
        """QWidget.hideEvent: another screen, sign-out or closing the window saves what is typed at once.

        Also when an autosave is still being written: the program may be about to quit, and this newer
        snapshot wins over the one in flight (DraftStore tickets).
        """
        if self._dirty or self._autosaving:
            self.save_draft()
        super().hideEvent(event)

    @Slot()
    def _on_autosave_timeout(self) -> None:
        """Write the draft off the UI thread (the file is fsync'ed, slow on some disks); one write at a time."""
        if not (self._dirty and self.isVisible()) or self._autosaving:
            return
        key, profile, photo_png = self._draft_key, self.profile(), self._photo_png
        ticket = self._drafts.ticket()  # taken now, on the UI thread: it orders this snapshot
        self._dirty = False
        self._autosaving = True

        def on_saved(draft: Draft | None) -> None:
            self._autosaving = False
            if draft is not None:  # None: a newer save or a discard came first
                self.draft_label.setText(self.tr("Tersimpan otomatis {0:%H:%M:%S}.").format(draft.saved_at))
                self.draft_saved.emit()

        def on_failed(exc: BaseException) -> None:
            self._autosaving = False
            self._dirty = True  # try again at the next tick
            if not isinstance(exc, OSError):
                self._deps.runner.report(exc)
                return
            log.error("draft could not be written: %s", type(exc).__name__)
            self.draft_label.setText(self.tr("Simpan otomatis gagal: folder data tidak dapat ditulisi."))

        self._deps.runner.run(lambda: self._drafts.save_ticketed(key, profile, photo_png, ticket), on_saved, on_failed)

    # ---- reactions ----------------------------------------------------------------------------------------

    @Slot()
    def _on_field_changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self.content_changed.emit()

    def _fill_desa(self, kecamatan_code: str) -> None:
        self.desa.blockSignals(True)
        self.desa.clear()
        self.desa.addItem(self.tr("— pilih kecamatan dulu —") if not kecamatan_code else self.tr("— pilih —"), "")
        for region in self._regions.desa(kecamatan_code):
            label = f"{region.name} (kel.)" if region.is_kelurahan else region.name
            self.desa.addItem(label, region.code)
        self.desa.setEnabled(bool(kecamatan_code))
        self.desa.blockSignals(False)

    @Slot()
    def _on_kecamatan_changed(self) -> None:
        if self._loading:
            return
        self._fill_desa(str(self.kecamatan.currentData() or ""))
        self._on_field_changed()

    @Slot()
    def _on_nik_changed(self) -> None:
        raw = self.nik.text()
        digits = nik.normalise(raw)
        if not digits:
            self._set_nik_status(self.tr("Ketik 16 angka NIK dari KTP."), "hint")
            return
        if len(digits) < 16 and digits.isdigit():
            self._set_nik_status(self.tr("{0} dari 16 angka.").format(len(digits)), "hint")
            return
        sex = str(self.sex.currentData() or "") or None
        try:
            info = nik.check(raw, birth_date=parse_date(self.birth_date.text()), sex=sex, today=self._today())
        except UserError as exc:
            self._set_nik_status(str(exc), "error")
            return
        if info.warnings:
            self._set_nik_status(" ".join(info.warnings), "warning")
        else:
            born = f"{info.birth_date:%d-%m-%Y}" if info.birth_date else "-"
            self._set_nik_status(
                self.tr("NIK sesuai susunan: lahir {0}, {1}.").format(born, nik.SEX_LABELS[info.sex]), "ok"
            )
        self._check_registered(info.nik)

    def _set_nik_status(self, text: str, kind: str) -> None:
        colours = {"hint": "#52606d", "error": "#9b1c1c", "warning": "#8a5a00", "ok": "#1f6f43"}
        self.nik_status.setText(text)
        self.nik_status.setProperty("kind", kind)
        self.nik_status.setStyleSheet(f"color: {colours[kind]};")

    def _check_registered(self, value: str) -> None:
        if self._loading or value == self._nik_checked:
            return
        self._nik_checked = value
        actor, editing = self._deps.principal, self._editing

        def on_found(found: JobSeekerSummary | None) -> None:
            if found is None or found.id == editing or nik.normalise(self.nik.text()) != value:
                return
            status = jobseekers.STATUS_LABELS[found.status].lower()
            if self._deps.dialogs.confirm(
                self,
                self.tr("NIK Sudah Terdaftar"),
                self.tr(
                    "NIK {0} sudah terdaftar atas nama {1} dengan AK/1 nomor {2} ({3}, berlaku s.d. "
                    "{4:%d-%m-%Y}). Buka data itu daripada membuat pendaftaran ganda?"
                ).format(value, found.name, found.registration_number, status, found.valid_until),
                yes_label=self.tr("Buka Data"),
            ):
                self.existing_record_requested.emit(found.id)

        self._deps.runner.run(lambda: self._jobseekers.find_by_nik(actor, value), on_found, lambda _exc: None)

    # ---- photo --------------------------------------------------------------------------------------------

    def _show_photo(self) -> None:
        pixmap = QPixmap()
        if self._photo_png and pixmap.loadFromData(self._photo_png):
            self.photo_view.setPixmap(
                pixmap.scaled(
                    *PHOTO_PREVIEW, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )
            self.photo_clear_button.setEnabled(True)
        else:
            self.photo_view.setPixmap(QPixmap())
            self.photo_view.setText(self.tr("Belum ada foto"))
            self.photo_clear_button.setEnabled(False)

    def load_photo_bytes(self, data: bytes) -> None:
        """Read ``data`` (any image) off the UI thread, let the officer crop it, then prepare and show it.

        A bad image is reported inline and the photo shown before is kept; so is a cancelled crop.
        """
        self._crop_and_use(lambda: data)

    def _crop_and_use(self, read: Callable[[], bytes]) -> None:
        """``read()`` and decode off the UI thread; the crop dialog on it; the 300×400 crop off it again."""
        self.photo_status.setText(self.tr("Memproses foto…"))

        def load() -> tuple[bytes, photo.UprightPhoto]:
            data = read()
            return data, photo.load_for_crop(data)

        def on_loaded(result: tuple[bytes, photo.UprightPhoto]) -> None:
            data, upright = result
            box = self._deps.dialogs.crop_photo(self, upright)
            if box is None:
                self.photo_status.setText(self.tr("Pemotongan dibatalkan; foto tidak diganti."))
                return
            self.photo_status.setText(self.tr("Memproses foto…"))
            self._deps.runner.run(lambda: photo.crop_photo(data, box), on_ready, self._on_photo_failed)

        def on_ready(png: bytes) -> None:
            self.photo_status.setText(self.tr("Foto siap (300×400 piksel)."))
            self.set_photo(png)
            self._on_field_changed()

        self._deps.runner.run(load, on_loaded, self._on_photo_failed)

    def _on_photo_failed(self, exc: BaseException) -> None:
        if isinstance(exc, (UserError, OSError)):
            text = str(exc) if isinstance(exc, UserError) else self.tr("Berkas foto tidak dapat dibaca.")
            self.photo_status.setText(text)
            self.show_error(text)
        else:
            self.photo_status.setText("")
            self._deps.runner.report(exc)

    @Slot()
    def _on_photo_file_clicked(self) -> None:
        path = self._deps.dialogs.open_file(self, self.tr("Pilih Pas Foto"), PHOTO_FILTERS)
        if path is None:
            return
        self.clear_error()

        def read() -> bytes:
            size = Path(path).stat().st_size
            if size > photo.MAX_FILE_BYTES:
                raise UserError(
                    f"Berkas foto terlalu besar ({size / 1024 / 1024:.1f} MB); paling besar "
                    f"{photo.MAX_FILE_BYTES // 1024 // 1024} MB. Perkecil foto atau pilih foto lain."
                )
            return Path(path).read_bytes()

        self._crop_and_use(read)

    @Slot()
    def _on_photo_camera_clicked(self) -> None:
        # Imported here: QtMultimedia loads codecs and device back-ends, needless at start-up without a camera.
        from counter_app.ui import camera_dialog

        self.clear_error()
        try:
            data = camera_dialog.capture(self)
        except UserError as exc:
            self.photo_status.setText(str(exc))
            self.show_error(str(exc))
            return
        if data is not None:
            self.load_photo_bytes(data)

    @Slot()
    def _on_photo_clear_clicked(self) -> None:
        self.set_photo(None)
        self.photo_status.setText(self.tr("Foto dihapus dari isian; tersimpan setelah data disimpan."))
        self._on_field_changed()
