"""Profil Kantor: kop surat, logo, paper and classification scheme; signatories; registers; letter templates."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app import letters
from counter_app.catalogue import CatalogueService, ServiceSummary
from counter_app.changes import Changes
from counter_app.errors import UserError
from counter_app.jobseekers import JobSeekerService
from counter_app.letters import (
    ClassificationScheme,
    ExtraField,
    Layout,
    LetterService,
    LetterTemplate,
    OfficeProfile,
    Paper,
    Register,
    RegisterInput,
    Signatory,
    SignatoryInput,
    TemplateInput,
)
from counter_app.ui.ak1_settings_tab import Ak1SettingsTab
from counter_app.ui.common import ScreenDeps
from counter_app.ui.letter_preview import combo_index
from counter_app.ui.table_models import Column, RowTableModel, read_only_table

ERROR_STYLE = "color:#9b1c1c;"
OK_STYLE = "color:#1d6b35;"
LAYOUT_LABELS = {
    Layout.LETTER: "Surat dinas (Nomor/Sifat/Lampiran/Hal, Yth.)",
    Layout.DOCUMENT: "Naskah berjudul (tanda daftar, bukti pencatatan, SK)",
    Layout.ENDORSEMENT: "Halaman pengesahan / legalisasi",
}
SCHEME_LABELS = {
    ClassificationScheme.NEW: "Baru: Permendagri 83/2022 (500.15.x)",
    ClassificationScheme.OLD: "Lama: 560 Ketenagakerjaan",
}

SIGNATORY_COLUMNS: list[Column[Signatory]] = [
    Column("Nama", lambda s: s.name, tooltip=lambda s: s.pangkat_line),
    Column("Jabatan", lambda s: s.jabatan.replace("\n", " "), tooltip=lambda s: s.jabatan),
    Column("NIP", lambda s: s.nip_spaced.removeprefix("NIP. ")),
    Column("Aktif", lambda s: "ya" if s.active else "tidak", Qt.AlignmentFlag.AlignCenter),
]

REGISTER_COLUMNS: list[Column[Register]] = [
    Column("Kode", lambda r: r.key),
    Column("Nama", lambda r: r.name, tooltip=lambda r: r.number_template),
    Column("Nomor terakhir", lambda r: str(r.last_number), Qt.AlignmentFlag.AlignCenter),
]
TEMPLATE_COLUMNS: list[Column[LetterTemplate]] = [
    Column(
        "Templat",
        lambda t: t.name,
        tooltip=lambda t: f"{t.name}\nLayanan: {t.service_key}\nRegister: {t.register_key}",
    ),
]


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def paragraphs(text: str) -> tuple[str, ...]:
    """Paragraphs typed in the body editor: separated by an empty line; line breaks inside become spaces."""
    blocks = [" ".join(part.split()) for part in text.replace("\r", "").split("\n\n")]
    return tuple(b for b in blocks if b)


def extra_fields_text(fields: Iterable[ExtraField]) -> str:
    """Extra fields as the editor shows them: ``name | label | wajib`` one a line."""
    return "\n".join(f"{f.name} | {f.label} | {'wajib' if f.required else 'boleh kosong'}" for f in fields)


def parse_extra_fields(text: str) -> tuple[ExtraField, ...]:
    """Read ``name | label | wajib/boleh kosong`` lines; UserError saying which line is wrong."""
    found: list[ExtraField] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) < 2 or not parts[0] or not parts[1]:
            raise UserError(
                f"Isian tambahan baris {number}: tulis 'nama | label | wajib', misalnya "
                "'negara_tujuan | Negara tujuan | wajib'."
            )
        required = len(parts) < 3 or parts[2].lower() not in ("boleh kosong", "tidak", "opsional")
        found.append(ExtraField(parts[0], parts[1], required))
    return tuple(found)


def unknown_placeholders(texts: Iterable[str], extra_names: Iterable[str]) -> tuple[list[str], str]:
    """The unknown ``{names}`` of a template's texts, and the first syntax problem ("" when none)."""
    allowed = set(letters.LETTER_PLACEHOLDERS) | set(extra_names)
    used: set[str] = set()
    for text in texts:
        try:
            used |= letters.placeholders_of(text, "Templat")
        except UserError as exc:
            return [], str(exc)
    return sorted(used - allowed), ""


def number_example(form: RegisterInput, profile: OfficeProfile, day: dt.date, seq: int) -> str:
    """The number the register form would give (UserError for unknown placeholders or a missing {urut})."""
    used = letters.placeholders_of(form.number_template, "Pola nomor")
    unknown = sorted(used - letters.NUMBER_PLACEHOLDERS.keys())
    if unknown:
        raise UserError("Isian tidak dikenal: " + ", ".join("{" + u + "}" for u in unknown))
    if "urut" not in used:
        raise UserError("Pola nomor harus memuat {urut}.")
    register = Register(
        id=uuid.uuid4(),
        key=form.key,
        name=form.name,
        number_template=form.number_template,
        klasifikasi_old=form.klasifikasi_old,
        klasifikasi_new=form.klasifikasi_new,
        unit_code=form.unit_code,
        active=True,
        last_number=seq - 1,
    )
    return letters.format_number(form.number_template, letters.number_values(register, profile, day, seq))


def _combo(items: Iterable[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    # Sized to a short text, not the longest entry: the forms stay narrow enough for 1280 px.
    combo.setMinimumContentsLength(12)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    for label, value in items:
        combo.addItem(label, value)
    return combo


def _set_combo(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(0, combo_index(combo, value)))


class OfficeScreen(QWidget):
    """The Admin's letter settings; each tab saves on its own button and keeps what was typed on an error."""

    def __init__(
        self,
        *,
        deps: ScreenDeps,
        letters: LetterService,
        catalogue: CatalogueService,
        today: Callable[[], dt.date] = dt.date.today,
        jobseekers: JobSeekerService | None = None,
    ) -> None:
        """Build the screen.

        Args:
            deps: runner, message bar, dialogs, change signal and the signed-in Admin.
            letters: office profile, signatories, registers and templates.
            catalogue: the standards a template can belong to.
            today: the current date (the example number uses it).
            jobseekers: the AK/1 register, for its options tab (None leaves the tab out).
        """
        super().__init__()
        self._deps = deps
        self._letters = letters
        self._catalogue = catalogue
        self._today = today
        self._profile = OfficeProfile()
        self._logo: bytes | None = None
        self._signatory_id: uuid.UUID | None = None
        self._register_id: uuid.UUID | None = None
        self._register_last = 0
        self._template_id: uuid.UUID | None = None
        self._printers: dict[str, str] = {}
        self._jobseekers = jobseekers
        self._build_ui()
        self._connect_signals()
        self._load()

    # ---- building -------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        title = QLabel(self.tr("Profil Kantor"))
        title.setObjectName("screenTitle")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_profile_tab(), self.tr("Kop Surat"))
        self.tabs.addTab(self._build_signatory_tab(), self.tr("Penandatangan"))
        self.tabs.addTab(self._build_register_tab(), self.tr("Register"))
        self.tabs.addTab(self._build_template_tab(), self.tr("Templat Surat"))
        self.ak1_tab: Ak1SettingsTab | None = None
        if self._jobseekers is not None:
            self.ak1_tab = Ak1SettingsTab(deps=self._deps, jobseekers=self._jobseekers)
            self.tabs.addTab(self.ak1_tab, self.tr("Pengaturan AK/1"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

    def _build_profile_tab(self) -> QWidget:
        self.government_edit = QLineEdit()
        self.office_edit = QLineEdit()
        self.address_edit = QPlainTextEdit()
        self.address_edit.setObjectName("addressLines")
        self.address_edit.setFixedHeight(64)
        self.contact_edit = QLineEdit()
        self.web_edit = QLineEdit()
        self.place_edit = QLineEdit()
        self.unit_code_edit = QLineEdit()
        self.paper_combo = _combo(
            [("A4 (210 × 297 mm)", Paper.A4), ("F4 / folio (215 × 330 mm)", Paper.F4)],
        )
        self.scheme_combo = _combo([(label, scheme) for scheme, label in SCHEME_LABELS.items()])
        self.logo_label = QLabel()
        self.logo_label.setObjectName("logoPreview")
        self.logo_label.setFixedSize(90, 90)
        self.logo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_label.setStyleSheet("border: 1px solid #b8c2cc; background: white;")
        self.logo_button = QPushButton(self.tr("Pilih Logo…"))
        self.logo_clear_button = QPushButton(self.tr("Hapus Logo"))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_label)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.logo_button)
        logo_buttons.addWidget(self.logo_clear_button)
        logo_buttons.addStretch(1)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Pemerintah"), self.government_edit)
        form.addRow(self.tr("Nama kantor"), self.office_edit)
        form.addRow(self.tr("Alamat (satu baris per baris kop)"), self.address_edit)
        form.addRow(self.tr("Telepon"), self.contact_edit)
        form.addRow(self.tr("Laman dan pos-el"), self.web_edit)
        form.addRow(self.tr("Logo (PNG)"), logo_row)
        form.addRow(self.tr("Tempat pada baris tanggal"), self.place_edit)
        form.addRow(self.tr("Kode unit pengolah"), self.unit_code_edit)
        form.addRow(self.tr("Kertas"), self.paper_combo)
        form.addRow(self.tr("Kode klasifikasi arsip"), self.scheme_combo)
        self.profile_save_button = QPushButton(self.tr("Simpan Profil"))
        self.profile_save_button.setObjectName("primaryButton")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.profile_save_button)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        return scroll

    def _build_signatory_tab(self) -> QWidget:
        self.signatory_model: RowTableModel[Signatory] = RowTableModel(SIGNATORY_COLUMNS, self)
        self.signatory_table = read_only_table("signatoryTable", self.signatory_model, 1)
        self.jabatan_edit = QPlainTextEdit()
        self.jabatan_edit.setObjectName("jabatan")
        self.jabatan_edit.setFixedHeight(56)
        self.jabatan_edit.setPlaceholderText("KEPALA DINAS TENAGA KERJA\nKABUPATEN MOJOKERTO")
        self.signatory_name_edit = QLineEdit()
        self.signatory_name_edit.setObjectName("signatoryName")
        self.golongan_combo = _combo([(f"{g} — {p}", g) for g, p in letters.PANGKAT.items()])
        self.golongan_combo.setObjectName("golongan")
        self.nip_edit = QLineEdit()
        self.nip_edit.setObjectName("nip")
        self.nip_edit.setPlaceholderText("19680411 199303 1 009")
        self.nip_check = QLabel()
        self.nip_check.setObjectName("nipCheck")
        self.nip_check.setWordWrap(True)
        self.role_edit = QLineEdit("kepala_dinas")
        self.authority_combo = _combo([(a or self.tr("(tanpa)"), a) for a in letters.AUTHORITY_CHOICES])
        self.on_behalf_edit = QLineEdit()
        self.on_behalf_edit.setPlaceholderText("BUPATI MOJOKERTO")
        form = QFormLayout()
        form.addRow(self.tr("Jabatan"), self.jabatan_edit)
        form.addRow(self.tr("Nama"), self.signatory_name_edit)
        form.addRow(self.tr("Pangkat/golongan"), self.golongan_combo)
        form.addRow(self.tr("NIP"), self.nip_edit)
        form.addRow("", self.nip_check)
        form.addRow(self.tr("Peran pada templat"), self.role_edit)
        form.addRow(self.tr("Keterangan (a.n., Plt.)"), self.authority_combo)
        form.addRow(self.tr("Atas nama"), self.on_behalf_edit)
        self.signatory_new_button = QPushButton(self.tr("Baru"))
        self.signatory_deactivate_button = QPushButton(self.tr("Nonaktifkan"))
        self.signatory_deactivate_button.setEnabled(False)
        self.signatory_save_button = QPushButton(self.tr("Simpan Penandatangan"))
        self.signatory_save_button.setObjectName("primaryButton")
        return self._table_and_form(
            self.signatory_table,
            form,
            [self.signatory_new_button, self.signatory_deactivate_button, self.signatory_save_button],
        )

    def _build_register_tab(self) -> QWidget:
        self.register_model: RowTableModel[Register] = RowTableModel(REGISTER_COLUMNS, self)
        self.register_table = read_only_table("registerSetupTable", self.register_model, 1)
        self.register_key_edit = QLineEdit()
        self.register_key_edit.setObjectName("registerKey")
        self.register_name_edit = QLineEdit()
        self.register_name_edit.setObjectName("registerName")
        self.number_template_edit = QLineEdit("{klasifikasi}/{urut}/{kode_unit}/{tahun}")
        self.number_template_edit.setObjectName("numberTemplate")
        self.klas_old_edit = QLineEdit("560")
        self.klas_new_edit = QLineEdit("500.15")
        self.register_unit_edit = QLineEdit()
        self.register_unit_edit.setPlaceholderText(self.tr("kosong: kode unit profil kantor"))
        self.number_example = QLabel()
        self.number_example.setObjectName("numberExample")
        self.number_example.setWordWrap(True)
        hint = QLabel(", ".join("{" + k + "}" for k in letters.NUMBER_PLACEHOLDERS))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        hint.setToolTip("\n".join(f"{{{k}}}: {v}" for k, v in letters.NUMBER_PLACEHOLDERS.items()))
        form = QFormLayout()
        form.addRow(self.tr("Kode register"), self.register_key_edit)
        form.addRow(self.tr("Nama register"), self.register_name_edit)
        form.addRow(self.tr("Pola nomor"), self.number_template_edit)
        form.addRow(self.tr("Isian pola"), hint)
        form.addRow(self.tr("Klasifikasi lama"), self.klas_old_edit)
        form.addRow(self.tr("Klasifikasi baru"), self.klas_new_edit)
        form.addRow(self.tr("Kode unit"), self.register_unit_edit)
        form.addRow(self.tr("Contoh nomor berikut"), self.number_example)
        self.register_new_button = QPushButton(self.tr("Baru"))
        self.register_save_button = QPushButton(self.tr("Simpan Register"))
        self.register_save_button.setObjectName("primaryButton")
        return self._table_and_form(self.register_table, form, [self.register_new_button, self.register_save_button])

    def _build_template_tab(self) -> QWidget:
        self.template_model: RowTableModel[LetterTemplate] = RowTableModel(TEMPLATE_COLUMNS, self)
        self.template_table = read_only_table("templateTable", self.template_model, 0)
        self.template_key_edit = QLineEdit()
        self.template_key_edit.setObjectName("templateKey")
        self.template_name_edit = QLineEdit()
        self.template_name_edit.setObjectName("templateName")
        self.service_combo = QComboBox()
        self.service_combo.setMinimumContentsLength(20)
        self.service_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.layout_combo = _combo([(label, layout) for layout, label in LAYOUT_LABELS.items()])
        self.title_edit = QLineEdit()
        self.hal_edit = QLineEdit()
        self.hal_edit.setObjectName("hal")
        self.sifat_combo = _combo([(s, s) for s in letters.SIFAT_CHOICES])
        self.lampiran_edit = QLineEdit("-")
        self.addressee_edit = QPlainTextEdit()
        self.addressee_edit.setFixedHeight(48)
        self.addressee_place_edit = QLineEdit()
        self.body_edit = QPlainTextEdit()
        self.body_edit.setObjectName("templateBody")
        self.body_edit.setMinimumHeight(120)
        self.body_edit.setPlaceholderText(self.tr("Paragraf dipisah satu baris kosong. Isian ditulis {nama}."))
        self.tembusan_edit = QPlainTextEdit()
        self.tembusan_edit.setFixedHeight(48)
        self.register_key_combo = _combo([])
        self.signatory_role_edit = QLineEdit("kepala_dinas")
        self.template_paper_combo = _combo([(self.tr("ikut profil kantor"), ""), ("A4", "A4"), ("F4", "F4")])
        self.template_printer_edit = QLineEdit()
        self.template_printer_edit.setObjectName("templatePrinter")
        self.template_printer_edit.setPlaceholderText(self.tr("kosong: printer bawaan tiap PC"))
        self.extra_fields_edit = QPlainTextEdit()
        self.extra_fields_edit.setObjectName("extraFields")
        self.extra_fields_edit.setFixedHeight(56)
        self.extra_fields_edit.setPlaceholderText("negara_tujuan | Negara tujuan | wajib")
        self.placeholder_check = QLabel()
        self.placeholder_check.setObjectName("placeholderCheck")
        self.placeholder_check.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Kode templat"), self.template_key_edit)
        form.addRow(self.tr("Nama"), self.template_name_edit)
        form.addRow(self.tr("Standar pelayanan"), self.service_combo)
        form.addRow(self.tr("Tata letak"), self.layout_combo)
        form.addRow(self.tr("Judul naskah"), self.title_edit)
        form.addRow(self.tr("Hal"), self.hal_edit)
        grid = QGridLayout()
        grid.addWidget(self.sifat_combo, 0, 0)
        grid.addWidget(QLabel(self.tr("Lampiran")), 0, 1)
        grid.addWidget(self.lampiran_edit, 0, 2)
        form.addRow(self.tr("Sifat"), grid)
        form.addRow(self.tr("Yth. (satu baris per baris)"), self.addressee_edit)
        form.addRow(self.tr("di"), self.addressee_place_edit)
        form.addRow(self.tr("Isi surat"), self.body_edit)
        form.addRow(self.tr("Tembusan"), self.tembusan_edit)
        form.addRow(self.tr("Register"), self.register_key_combo)
        form.addRow(self.tr("Peran penandatangan"), self.signatory_role_edit)
        form.addRow(self.tr("Kertas"), self.template_paper_combo)
        form.addRow(self.tr("Printer (seluruh kantor)"), self.template_printer_edit)
        form.addRow(self.tr("Isian tambahan"), self.extra_fields_edit)
        form.addRow("", self.placeholder_check)
        self.placeholder_list = QListWidget()
        self.placeholder_list.setWordWrap(True)
        self.placeholder_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.placeholder_list.setObjectName("placeholderList")
        self.placeholder_list.setToolTip(self.tr("Klik dua kali untuk menyisipkan ke isi surat"))
        self._fill_placeholder_list(())
        placeholders = QWidget()
        p_layout = QVBoxLayout(placeholders)
        p_layout.setContentsMargins(0, 0, 0, 0)
        p_label = QLabel(self.tr("Isian yang tersedia (klik dua kali untuk menyisipkan)"))
        p_label.setWordWrap(True)
        p_layout.addWidget(p_label)
        p_layout.addWidget(self.placeholder_list, 1)
        self.template_new_button = QPushButton(self.tr("Baru"))
        self.template_save_button = QPushButton(self.tr("Simpan Templat"))
        self.template_save_button.setObjectName("primaryButton")
        editor = QWidget()
        e_layout = QVBoxLayout(editor)
        e_layout.setContentsMargins(0, 0, 0, 0)
        e_layout.addLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(editor)
        buttons = QHBoxLayout()
        buttons.addWidget(self.template_new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.template_save_button)
        middle = QWidget()
        m_layout = QVBoxLayout(middle)
        m_layout.setContentsMargins(0, 0, 0, 0)
        m_layout.addWidget(scroll, 1)
        m_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.template_table)
        splitter.addWidget(middle)
        splitter.addWidget(placeholders)
        splitter.setSizes([250, 640, 290])
        return splitter

    @staticmethod
    def _table_and_form(table: QWidget, form: QFormLayout, buttons: list[QPushButton]) -> QWidget:
        row = QHBoxLayout()
        row.addWidget(buttons[0])
        row.addStretch(1)
        for button in buttons[1:]:
            row.addWidget(button)
        right = QWidget()
        r_layout = QVBoxLayout(right)
        r_layout.setContentsMargins(0, 0, 0, 0)
        r_layout.addLayout(form)
        r_layout.addStretch(1)
        r_layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(table)
        splitter.addWidget(right)
        splitter.setSizes([640, 560])
        return splitter

    def _connect_signals(self) -> None:
        self.logo_button.clicked.connect(self._on_logo_clicked)
        self.logo_clear_button.clicked.connect(self._on_logo_clear_clicked)
        self.profile_save_button.clicked.connect(self._on_profile_save_clicked)
        self.signatory_table.selectionModel().currentRowChanged.connect(self._on_signatory_current_changed)
        self.nip_edit.textChanged.connect(self._on_nip_changed)
        self.signatory_new_button.clicked.connect(self._on_signatory_new_clicked)
        self.signatory_save_button.clicked.connect(self._on_signatory_save_clicked)
        self.signatory_deactivate_button.clicked.connect(self._on_signatory_deactivate_clicked)
        self.register_table.selectionModel().currentRowChanged.connect(self._on_register_current_changed)
        for edit in (
            self.number_template_edit,
            self.klas_old_edit,
            self.klas_new_edit,
            self.register_unit_edit,
            self.register_key_edit,
        ):
            edit.textChanged.connect(self._on_register_form_changed)
        self.register_new_button.clicked.connect(self._on_register_new_clicked)
        self.register_save_button.clicked.connect(self._on_register_save_clicked)
        self.template_table.selectionModel().currentRowChanged.connect(self._on_template_current_changed)
        for text_edit in (self.body_edit, self.addressee_edit, self.tembusan_edit, self.extra_fields_edit):
            text_edit.textChanged.connect(self._on_template_text_changed)
        for line in (self.title_edit, self.hal_edit, self.lampiran_edit, self.addressee_place_edit):
            line.textChanged.connect(self._on_template_text_changed)
        self.placeholder_list.itemDoubleClicked.connect(self._on_placeholder_double_clicked)
        self.template_new_button.clicked.connect(self._on_template_new_clicked)
        self.template_save_button.clicked.connect(self._on_template_save_clicked)
        self._deps.changes.changes_published.connect(self._on_changes_published)

    def _load(self) -> None:
        actor = self._deps.principal
        self._deps.runner.run(lambda: self._letters.profile(actor), self._on_profile_loaded)
        self._deps.runner.run(lambda: self._catalogue.list_services(actor), self._on_services_loaded)
        self._load_lists()
        self._on_nip_changed("")

    def _load_lists(self) -> None:
        actor = self._deps.principal
        self._deps.runner.run(
            lambda: self._letters.signatories(actor, include_inactive=True), self._on_signatories_loaded
        )
        self._deps.runner.run(lambda: self._letters.registers(actor), self._on_registers_loaded)
        self._deps.runner.run(lambda: self._letters.templates(actor), self._on_templates_loaded)
        self._deps.runner.run(lambda: self._letters.printers(actor), self._on_printers_loaded)

    def _on_printers_loaded(self, printers: dict[str, str]) -> None:
        self._printers = printers
        if self._template_id is not None:
            self.template_printer_edit.setText(printers.get(self.template_key_edit.text().strip(), ""))

    # ---- profile --------------------------------------------------------------------------------

    def _on_profile_loaded(self, profile: OfficeProfile) -> None:
        self._profile = profile
        self.government_edit.setText(profile.government)
        self.office_edit.setText(profile.office)
        self.address_edit.setPlainText("\n".join(profile.address_lines))
        self.contact_edit.setText(profile.contact_line)
        self.web_edit.setText(profile.web_line)
        self.place_edit.setText(profile.place)
        self.unit_code_edit.setText(profile.unit_code)
        _set_combo(self.paper_combo, profile.paper)
        _set_combo(self.scheme_combo, profile.scheme)
        self._show_logo(profile.logo_png)
        self._on_register_form_changed()

    def _show_logo(self, png: bytes | None) -> None:
        self._logo = png
        pixmap = QPixmap()
        if png and pixmap.loadFromData(png):
            self.logo_label.setPixmap(
                pixmap.scaled(86, 86, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
            )
        else:
            self.logo_label.setPixmap(QPixmap())
            self.logo_label.setText(self.tr("tanpa logo"))
        self.logo_clear_button.setEnabled(bool(png))

    def profile_from_form(self) -> OfficeProfile:
        """The office profile as typed (checked by the core when saved)."""
        return dataclasses.replace(
            self._profile,
            government=self.government_edit.text(),
            office=self.office_edit.text(),
            address_lines=_lines(self.address_edit.toPlainText()),
            contact_line=self.contact_edit.text(),
            web_line=self.web_edit.text(),
            logo_png=self._logo,
            place=self.place_edit.text(),
            paper=Paper(self.paper_combo.currentData()),
            scheme=ClassificationScheme(self.scheme_combo.currentData()),
            unit_code=self.unit_code_edit.text(),
        )

    @Slot()
    def _on_logo_clicked(self) -> None:
        path = self._deps.dialogs.open_file(self, self.tr("Pilih Logo Kop Surat"), self.tr("Gambar PNG (*.png)"))
        if path is None:
            return

        def read() -> bytes:
            data = path.read_bytes()
            if len(data) > letters.LOGO_MAX_BYTES:
                raise UserError("Berkas logo lebih dari 2 MB. Perkecil gambarnya lalu pilih lagi.")
            return data

        def on_read(data: bytes) -> None:
            if not QPixmap().loadFromData(data):
                self._deps.messages.error(self.tr("Berkas {0} bukan gambar PNG yang terbaca.").format(path.name))
                return
            self._show_logo(data)
            self._deps.messages.info(self.tr("Logo dipilih; tekan Simpan Profil untuk menyimpannya."))

        def on_failed(exc: BaseException) -> None:
            if isinstance(exc, OSError):
                self._deps.messages.error(self.tr("Berkas {0} tidak dapat dibaca.").format(path))
                return
            self._deps.runner.report(exc)

        self._deps.runner.run(read, on_read, on_failed)

    @Slot()
    def _on_logo_clear_clicked(self) -> None:
        self._show_logo(None)

    @Slot()
    def _on_profile_save_clicked(self) -> None:
        profile, actor = self.profile_from_form(), self._deps.principal

        def on_saved(saved: OfficeProfile) -> None:
            self._profile = saved
            self._deps.messages.info(self.tr("Profil kantor disimpan."))

        self._deps.runner.run(lambda: self._letters.save_profile(actor, profile), on_saved)

    # ---- signatories ----------------------------------------------------------------------------

    def _on_signatories_loaded(self, rows: list[Signatory]) -> None:
        self.signatory_model.set_rows(rows)
        for i, s in enumerate(rows):
            if s.id == self._signatory_id:
                self.signatory_table.selectRow(i)

    @Slot()
    def _on_signatory_current_changed(self) -> None:
        index = self.signatory_table.currentIndex()
        if not index.isValid():
            return
        s = self.signatory_model.row_at(index.row())
        self._signatory_id = s.id
        self.jabatan_edit.setPlainText(s.jabatan)
        self.signatory_name_edit.setText(s.name)
        _set_combo(self.golongan_combo, s.golongan)
        self.nip_edit.setText(s.nip_spaced.removeprefix("NIP. "))
        self.role_edit.setText(s.role)
        _set_combo(self.authority_combo, s.authority)
        self.on_behalf_edit.setText(s.on_behalf_of)
        self.signatory_deactivate_button.setEnabled(s.active)

    @Slot(str)
    def _on_nip_changed(self, text: str) -> None:
        if not text.strip():
            self.nip_check.setStyleSheet("")
            self.nip_check.setText(self.tr("18 angka: tanggal lahir, TMT CPNS, jenis kelamin, nomor urut."))
            return
        try:
            info = letters.check_nip(text)
        except UserError as exc:
            self.nip_check.setStyleSheet(ERROR_STYLE)
            self.nip_check.setText(str(exc))
            return
        sex = self.tr("laki-laki") if info.sex == "1" else self.tr("perempuan")
        self.nip_check.setStyleSheet(OK_STYLE)
        self.nip_check.setText(
            self.tr("NIP sah: lahir {0}, TMT CPNS {1:%m/%Y}, {2}.").format(
                letters.long_date(info.birth_date), info.tmt, sex
            )
        )

    @Slot()
    def _on_signatory_new_clicked(self) -> None:
        self._signatory_id = None
        self.signatory_table.clearSelection()
        for edit in (self.signatory_name_edit, self.nip_edit, self.on_behalf_edit):
            edit.clear()
        self.jabatan_edit.clear()
        self.role_edit.setText("kepala_dinas")
        self.authority_combo.setCurrentIndex(0)
        self.signatory_deactivate_button.setEnabled(False)
        self.jabatan_edit.setFocus()

    @Slot()
    def _on_signatory_save_clicked(self) -> None:
        data = SignatoryInput(
            jabatan=self.jabatan_edit.toPlainText(),
            name=self.signatory_name_edit.text(),
            golongan=str(self.golongan_combo.currentData()),
            nip=self.nip_edit.text(),
            role=self.role_edit.text(),
            authority=str(self.authority_combo.currentData()),
            on_behalf_of=self.on_behalf_edit.text(),
            id=self._signatory_id,
        )
        actor = self._deps.principal

        def on_saved(saved: Signatory) -> None:
            self._signatory_id = saved.id
            self._deps.messages.info(self.tr("Penandatangan {0} disimpan.").format(saved.name))

        self._deps.runner.run(lambda: self._letters.save_signatory(actor, data), on_saved)

    @Slot()
    def _on_signatory_deactivate_clicked(self) -> None:
        signatory_id = self._signatory_id
        if signatory_id is None:
            return
        name = self.signatory_name_edit.text()
        if not self._deps.dialogs.confirm(
            self,
            self.tr("Nonaktifkan Penandatangan"),
            self.tr("{0} tidak lagi ditawarkan sebagai penandatangan. Surat yang sudah terbit tidak berubah.").format(
                name
            ),
            yes_label=self.tr("Nonaktifkan"),
        ):
            return
        actor = self._deps.principal
        self._deps.runner.run(
            lambda: self._letters.deactivate_signatory(actor, signatory_id),
            lambda s: self._deps.messages.info(self.tr("{0} dinonaktifkan.").format(s.name)),
        )

    # ---- registers ------------------------------------------------------------------------------

    def _on_registers_loaded(self, rows: list[Register]) -> None:
        self.register_model.set_rows(rows)
        current = self.register_key_combo.currentData()
        self.register_key_combo.clear()
        for r in rows:
            self.register_key_combo.addItem(f"{r.name} ({r.key})", r.key)
        _set_combo(self.register_key_combo, current)
        for i, r in enumerate(rows):
            if r.id == self._register_id:
                self.register_table.selectRow(i)
                self._register_last = r.last_number
        self._on_register_form_changed()

    @Slot()
    def _on_register_current_changed(self) -> None:
        index = self.register_table.currentIndex()
        if not index.isValid():
            return
        r = self.register_model.row_at(index.row())
        self._register_id, self._register_last = r.id, r.last_number
        self.register_key_edit.setText(r.key)
        self.register_name_edit.setText(r.name)
        self.number_template_edit.setText(r.number_template)
        self.klas_old_edit.setText(r.klasifikasi_old)
        self.klas_new_edit.setText(r.klasifikasi_new)
        self.register_unit_edit.setText(r.unit_code)

    def register_from_form(self) -> RegisterInput:
        """The register as typed."""
        return RegisterInput(
            key=self.register_key_edit.text().strip(),
            name=self.register_name_edit.text(),
            number_template=self.number_template_edit.text().strip(),
            klasifikasi_old=self.klas_old_edit.text().strip(),
            klasifikasi_new=self.klas_new_edit.text().strip(),
            unit_code=self.register_unit_edit.text().strip(),
            id=self._register_id,
        )

    @Slot()
    def _on_register_form_changed(self) -> None:
        try:
            example = number_example(
                self.register_from_form(), self.profile_from_form_safe(), self._today(), self._register_last + 1
            )
        except UserError as exc:
            self.number_example.setStyleSheet(ERROR_STYLE)
            self.number_example.setText(str(exc))
            return
        self.number_example.setStyleSheet(OK_STYLE)
        self.number_example.setText(example)

    def profile_from_form_safe(self) -> OfficeProfile:
        """The profile as typed when it reads, else the stored one (the example number follows the scheme combo)."""
        try:
            return self.profile_from_form()
        except ValueError:
            return self._profile

    @Slot()
    def _on_register_new_clicked(self) -> None:
        self._register_id, self._register_last = None, 0
        self.register_table.clearSelection()
        self.register_key_edit.clear()
        self.register_name_edit.clear()
        self.number_template_edit.setText("{klasifikasi}/{urut}/{kode_unit}/{tahun}")
        self.register_unit_edit.clear()
        self.register_key_edit.setFocus()

    @Slot()
    def _on_register_save_clicked(self) -> None:
        data, actor = self.register_from_form(), self._deps.principal

        def on_saved(saved: Register) -> None:
            self._register_id = saved.id
            self._deps.messages.info(self.tr("Register {0} disimpan.").format(saved.name))

        self._deps.runner.run(lambda: self._letters.save_register(actor, data), on_saved)

    # ---- templates ------------------------------------------------------------------------------

    def _on_services_loaded(self, services: list[ServiceSummary]) -> None:
        current = self.service_combo.currentData()
        self.service_combo.clear()
        for s in services:
            if s.is_public:
                self.service_combo.addItem(s.title, s.key)
                self.service_combo.setItemData(self.service_combo.count() - 1, s.title, Qt.ItemDataRole.ToolTipRole)
        _set_combo(self.service_combo, current)

    def _on_templates_loaded(self, rows: list[LetterTemplate]) -> None:
        self.template_model.set_rows(rows)
        for i, t in enumerate(rows):
            if t.id == self._template_id:
                self.template_table.selectRow(i)

    def _fill_placeholder_list(self, extra: Iterable[ExtraField]) -> None:
        self.placeholder_list.clear()
        for name, label in letters.LETTER_PLACEHOLDERS.items():
            self.placeholder_list.addItem(f"{{{name}}} — {label}")
        for f in extra:
            self.placeholder_list.addItem(f"{{{f.name}}} — {f.label} (isian tambahan)")

    @Slot()
    def _on_template_current_changed(self) -> None:
        index = self.template_table.currentIndex()
        if not index.isValid():
            return
        t = self.template_model.row_at(index.row())
        self._template_id = t.id
        self.template_key_edit.setText(t.key)
        self.template_name_edit.setText(t.name)
        _set_combo(self.service_combo, t.service_key)
        _set_combo(self.layout_combo, Layout(t.layout))
        self.title_edit.setText(t.title)
        self.hal_edit.setText(t.hal)
        _set_combo(self.sifat_combo, t.sifat)
        self.lampiran_edit.setText(t.lampiran)
        self.addressee_edit.setPlainText("\n".join(t.addressee))
        self.addressee_place_edit.setText(t.addressee_place)
        self.body_edit.setPlainText("\n\n".join(t.body))
        self.tembusan_edit.setPlainText("\n".join(t.tembusan))
        _set_combo(self.register_key_combo, t.register_key)
        self.signatory_role_edit.setText(t.signatory_role)
        _set_combo(self.template_paper_combo, t.paper)
        self.extra_fields_edit.setPlainText(extra_fields_text(t.extra_fields))
        self.template_printer_edit.setText(self._printers.get(t.key, ""))

    def template_from_form(self) -> TemplateInput:
        """The template as typed; UserError when the extra fields cannot be read."""
        return TemplateInput(
            key=self.template_key_edit.text().strip(),
            name=self.template_name_edit.text(),
            service_key=str(self.service_combo.currentData() or ""),
            layout=Layout(self.layout_combo.currentData()),
            title=self.title_edit.text(),
            hal=self.hal_edit.text(),
            sifat=str(self.sifat_combo.currentData()),
            lampiran=self.lampiran_edit.text(),
            addressee=_lines(self.addressee_edit.toPlainText()),
            addressee_place=self.addressee_place_edit.text(),
            body=paragraphs(self.body_edit.toPlainText()),
            tembusan=_lines(self.tembusan_edit.toPlainText()),
            register_key=str(self.register_key_combo.currentData() or ""),
            signatory_role=self.signatory_role_edit.text().strip(),
            paper=str(self.template_paper_combo.currentData()),
            extra_fields=parse_extra_fields(self.extra_fields_edit.toPlainText()),
            id=self._template_id,
        )

    @Slot()
    def _on_template_text_changed(self) -> None:
        try:
            extra = parse_extra_fields(self.extra_fields_edit.toPlainText())
        except UserError as exc:
            self.placeholder_check.setStyleSheet(ERROR_STYLE)
            self.placeholder_check.setText(str(exc))
            return
        self._fill_placeholder_list(extra)
        texts = [
            self.title_edit.text(),
            self.hal_edit.text(),
            self.lampiran_edit.text(),
            self.addressee_place_edit.text(),
            self.addressee_edit.toPlainText(),
            self.body_edit.toPlainText(),
            self.tembusan_edit.toPlainText(),
        ]
        unknown, problem = unknown_placeholders(texts, [f.name for f in extra])
        if problem:
            self.placeholder_check.setStyleSheet(ERROR_STYLE)
            self.placeholder_check.setText(problem)
        elif unknown:
            self.placeholder_check.setStyleSheet(ERROR_STYLE)
            self.placeholder_check.setText(
                self.tr("Isian tidak dikenal: {0}. Perbaiki ejaannya atau tambahkan sebagai isian tambahan.").format(
                    ", ".join("{" + u + "}" for u in unknown)
                )
            )
        else:
            self.placeholder_check.setStyleSheet(OK_STYLE)
            self.placeholder_check.setText(self.tr("Semua isian dikenal."))

    @Slot()
    def _on_placeholder_double_clicked(self) -> None:
        # The stubs say QListWidgetItem, but Qt returns None when nothing is current.
        item: QListWidgetItem | None = self.placeholder_list.currentItem()
        if item is None:
            return
        self.body_edit.insertPlainText(item.text().split(" — ", 1)[0])
        self.body_edit.setFocus()

    @Slot()
    def _on_template_new_clicked(self) -> None:
        self._template_id = None
        self.template_table.clearSelection()
        for edit in (self.template_key_edit, self.template_name_edit, self.title_edit, self.hal_edit):
            edit.clear()
        for text_edit in (self.addressee_edit, self.body_edit, self.tembusan_edit, self.extra_fields_edit):
            text_edit.clear()
        self.addressee_place_edit.clear()
        self.template_printer_edit.clear()
        self.lampiran_edit.setText("-")
        self.template_key_edit.setFocus()

    @Slot()
    def _on_template_save_clicked(self) -> None:
        try:
            data = self.template_from_form()
        except UserError as exc:
            self._deps.messages.error(str(exc))
            return
        actor, printer = self._deps.principal, self.template_printer_edit.text().strip()
        changed_printer = printer != self._printers.get(data.key, "")

        def save() -> LetterTemplate:
            saved = self._letters.save_template(actor, data)
            if changed_printer:
                self._letters.set_printer(actor, saved.key, printer)
            return saved

        def on_saved(saved: LetterTemplate) -> None:
            self._template_id = saved.id
            self._deps.messages.info(self.tr("Templat {0} disimpan.").format(saved.name))

        self._deps.runner.run(save, on_saved)

    @Slot(object)
    def _on_changes_published(self, changes: Changes) -> None:
        if changes.office:
            self._load_lists()
        if changes.catalogue:
            self._deps.runner.run(lambda: self._catalogue.list_services(self._deps.principal), self._on_services_loaded)
