"""AK/1 on the real core: the crop dialog and the crop step, Hapus Foto, what the card leaves out, cut searches."""

from __future__ import annotations

import datetime as dt
import io
import re
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from pytestqt.qtbot import QtBot
from support.fakes import DialogCall, FakeDialogService
from support.pdf import pdf_text

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from counter_app import photo
from counter_app import settings as settings_mod
from counter_app.core import Core
from counter_app.documents import Ak1CardData, CardMode, CardOffset
from counter_app.drafts import DraftStore
from counter_app.jobseekers import EducationRow, JobSeekerProfile, Registration, TrainingRow
from counter_app.photo import CropBox, UprightPhoto
from counter_app.print import ak1_card
from counter_app.roles import COMMAND_LINE, Principal, Role
from counter_app.settings import Settings
from counter_app.ui.application import AppController
from counter_app.ui.card_dialog import CardDialog
from counter_app.ui.common import ChangeBridge, ScreenDeps
from counter_app.ui.interview_form import InterviewForm
from counter_app.ui.jobseekers_screen import DETAIL_PAGE, NEW_PAGE, JobseekersScreen
from counter_app.ui.messages import MessageBar
from counter_app.ui.photo_crop_dialog import PhotoCropDialog
from counter_app.ui.tasks import TaskRunner

from .helpers import NOW, TASK_TIMEOUT_MS, add_user, click, login, wait_idle

pytestmark = pytest.mark.gui

OFFICER = Principal(uuid.uuid4(), "pengantar", "Pengantar Kerja", Role.PENGANTAR_KERJA)
NIK_F = "3516084107900001"


def _gradient(width: int = 900, height: int = 700) -> bytes:
    """A picture whose every pixel differs (red grows to the right, green downwards): a crop shows where it was cut."""
    image = Image.new("RGB", (width, height))
    image.putdata([(x * 255 // width, y * 255 // height, 90) for y in range(height) for x in range(width)])
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _pure_crop(data: bytes, box: CropBox) -> Image.Image:
    """The expected card photo of ``box``, computed with Pillow alone."""
    source = Image.open(io.BytesIO(data)).convert("RGB")
    part = source.crop((box.left, box.top, box.left + box.width, box.top + box.height))
    return part.resize(photo.OUTPUT_SIZE, Image.Resampling.LANCZOS)


def _same_pixels(png: bytes, expected: Image.Image) -> bool:
    got = Image.open(io.BytesIO(png)).convert("RGB")
    diff = ImageChops.difference(got, expected).getextrema()
    return max(high for _low, high in diff) <= 2


def _drag(qtbot: QtBot, widget: QWidget, start: QPointF, by: QPoint) -> None:
    begin = start.toPoint()
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=begin)
    for step in (1, 2, 3, 4):
        qtbot.mouseMove(widget, begin + QPoint(by.x() * step // 4, by.y() * step // 4))
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=begin + by)


# --- the crop dialog --------------------------------------------------------------------------------------------


def _dialog(qtbot: QtBot, data: bytes) -> PhotoCropDialog:
    dialog = PhotoCropDialog(photo.load_for_crop(data))
    qtbot.addWidget(dialog)
    dialog.resize(900, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_dialog_opens_at_the_centred_crop_and_enter_keeps_it(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, _gradient())
    assert dialog.crop_box == photo.default_crop(900, 700) == CropBox(187, 0, 525, 700)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    assert dialog.crop_box == CropBox(187, 0, 525, 700)


def test_dragging_moves_the_frame_and_the_wheel_and_slider_resize_it(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, _gradient())
    view = dialog.view
    view.resize_to(300)  # 300×400 around the centre
    assert dialog.crop_box == CropBox(300, 150, 300, 400) and dialog.size_slider.value() == 300
    scale = view.scale
    _drag(qtbot, view, view.frame_rect().center(), QPoint(round(-120 * scale), round(60 * scale)))
    moved = dialog.crop_box
    assert abs(moved.left - 180) <= 2 and abs(moved.top - 210) <= 2 and (moved.width, moved.height) == (300, 400)
    _drag(qtbot, view, view.frame_rect().center(), QPoint(-2000, -2000))  # far past the corner: stops at 0, 0
    assert dialog.crop_box == CropBox(0, 0, 300, 400)
    dialog.size_slider.setValue(450)
    assert dialog.crop_box == CropBox(0, 0, 450, 600)
    _wheel(view, -3)  # three notches down: 8% smaller each, around the same centre
    assert dialog.crop_box.width == 3 * round(450 / 1.08**3 / 3) and dialog.size_slider.value() == dialog.crop_box.width
    view.resize_to(10)
    assert dialog.crop_box.width == photo.MIN_SIZE[0] and dialog.size_slider.value() == photo.MIN_SIZE[0]


def _wheel(widget: QWidget, notches: int) -> None:
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        centre,
        widget.mapToGlobal(centre),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


# --- the form's crop step ------------------------------------------------------------------------------------


class DraggingDialogs(FakeDialogService):
    """Opens the real crop dialog, drags its frame by ``drag`` screen pixels and presses Pakai Foto."""

    def __init__(self, qtbot: QtBot, drag: QPoint) -> None:
        super().__init__(confirm_answer=False)
        self.qtbot = qtbot
        self.drag = drag
        self.chosen: CropBox | None = None

    def crop_photo(self, parent: QWidget | None, upright: UprightPhoto) -> CropBox | None:
        """DialogService.crop_photo: the real dialog, driven with the mouse."""
        self.calls.append(DialogCall("crop_photo"))
        dialog = PhotoCropDialog(upright, parent)
        dialog.resize(900, 640)
        dialog.show()
        self.qtbot.waitExposed(dialog)
        dialog.view.resize_to(300)
        _drag(self.qtbot, dialog.view, dialog.view.frame_rect().center(), self.drag)
        self.qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
        assert dialog.result() == PhotoCropDialog.DialogCode.Accepted
        self.chosen = dialog.crop_box
        dialog.deleteLater()
        return self.chosen


class FormHarness:
    """The interview form alone on the real core, with the given dialog service."""

    def __init__(self, qtbot: QtBot, core: Core, tmp_path: Path, dialogs: FakeDialogService) -> None:
        self.qtbot = qtbot
        self.errors: list[BaseException] = []
        self.runner = TaskRunner(self.errors.append)
        self.dialogs = dialogs
        self.bridge = ChangeBridge(core.ctx.hub)
        deps = ScreenDeps(OFFICER, self.runner, MessageBar(), dialogs, self.bridge)
        self.form = InterviewForm(
            deps=deps,
            jobseekers_service=core.jobseekers,
            drafts=DraftStore(tmp_path / "drafts"),
            today=lambda: NOW.date(),
            autosave_ms=60_000,
        )
        qtbot.addWidget(self.form)
        self.form.resize(1000, 700)
        self.form.show()

    def idle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.runner.busy, timeout=TASK_TIMEOUT_MS)

    def choose(self, path: Path) -> None:
        self.dialogs.open_path = path
        self.form.photo_file_button.click()
        self.idle()
        self.qtbot.waitUntil(lambda: "siap" in self.form.photo_status.text() or self.form.error_label.text() != "")
        self.idle()

    def close(self) -> None:
        self.idle()
        self.form.stop_autosave()
        self.bridge.detach()


def test_the_stored_photo_is_the_pure_crop_of_the_dragged_frame(qtbot: QtBot, core: Core, tmp_path: Path) -> None:
    data = _gradient()
    path = tmp_path / "foto.png"
    path.write_bytes(data)
    dialogs = DraggingDialogs(qtbot, QPoint(-150, 40))
    h = FormHarness(qtbot, core, tmp_path, dialogs)
    h.choose(path)
    chosen = dialogs.chosen
    assert chosen is not None and chosen != photo.default_crop(900, 700)
    assert chosen.left < 300 and chosen.top > 150  # moved left and down from the centred 300×400 (300, 150)
    png = h.form.photo_png()
    assert png is not None and _same_pixels(png, _pure_crop(data, chosen))
    assert not _same_pixels(png, _pure_crop(data, CropBox(300, 150, 300, 400)))
    assert h.errors == []
    h.close()


def test_a_cancelled_crop_keeps_the_photo_shown_before(qtbot: QtBot, core: Core, tmp_path: Path) -> None:
    first, second = tmp_path / "a.png", tmp_path / "b.png"
    Image.new("RGB", (600, 800), (10, 200, 10)).save(first)
    Image.new("RGB", (600, 800), (200, 10, 10)).save(second)
    dialogs = FakeDialogService(confirm_answer=False)
    h = FormHarness(qtbot, core, tmp_path, dialogs)
    h.choose(first)
    kept = h.form.photo_png()
    assert kept is not None
    dialogs.crop_cancelled = True
    dialogs.open_path = second
    h.form.photo_file_button.click()
    h.idle()
    qtbot.waitUntil(lambda: "dibatalkan" in h.form.photo_status.text(), timeout=TASK_TIMEOUT_MS)
    assert h.form.photo_png() == kept and len(dialogs.asked("crop_photo")) == 2
    h.close()


def test_the_form_is_still_a_widget_with_a_height(qtbot: QtBot, core: Core, tmp_path: Path) -> None:
    h = FormHarness(qtbot, core, tmp_path, FakeDialogService(confirm_answer=False))
    assert h.form.height() == 700 and h.form.width() == 1000  # no field shadows QWidget.height/width
    h.form.height_field.setValue(160)
    assert h.form.profile().height_cm == 160
    h.close()


# --- the screen -----------------------------------------------------------------------------------------------


def _profile(**kw: object) -> JobSeekerProfile:
    values: dict[str, object] = {"nik": NIK_F, "name": "Siti Aminah", "religion": "1", "marital_status": "kawin"}
    values.update(kw)
    return JobSeekerProfile(**values)  # type: ignore[arg-type]


def _screen(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> tuple[AppController, JobseekersScreen]:
    add_user(core, "petugas", Role.PENGANTAR_KERJA, full_name="Nur Aini")
    controller = make_controller()
    main = login(qtbot, controller, "petugas")
    screen = main.show_screen("jobseekers")
    assert isinstance(screen, JobseekersScreen)
    wait_idle(qtbot, controller)
    return controller, screen


def test_hapus_foto_then_save_removes_the_photo_from_the_store_and_the_card(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    png = photo.prepare_photo(_gradient(600, 800))
    seeker = core.jobseekers.register(COMMAND_LINE, _profile(), png, Registration("F-1")).summary.id
    controller, screen = _screen(qtbot, core, make_controller)
    screen.open_record(seeker)
    wait_idle(qtbot, controller)
    assert screen.pages.currentIndex() == DETAIL_PAGE and screen.edit_form.photo_png() == png
    click(qtbot, screen.edit_form.photo_clear_button)
    assert screen.edit_form.photo_png() is None and not screen.edit_form.photo_clear_button.isEnabled()
    click(qtbot, screen.save_button)
    wait_idle(qtbot, controller)
    assert core.jobseekers.get(COMMAND_LINE, seeker).photo_png is None
    assert core.jobseekers.card_data(COMMAND_LINE, seeker).photo_png is None


def test_a_saved_change_without_touching_the_photo_keeps_it(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    png = photo.prepare_photo(_gradient(600, 800))
    seeker = core.jobseekers.register(COMMAND_LINE, _profile(), png, Registration("F-2")).summary.id
    controller, screen = _screen(qtbot, core, make_controller)
    screen.open_record(seeker)
    wait_idle(qtbot, controller)
    screen.edit_form.name.setText("Siti Aminah Rahayu")
    click(qtbot, screen.save_button)
    wait_idle(qtbot, controller)
    record = core.jobseekers.get(COMMAND_LINE, seeker)
    assert record.profile.name == "Siti Aminah Rahayu" and record.photo_png == png


def test_a_search_with_more_matches_than_shown_says_so(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    for n in range(53):
        nik = f"3516084107{900001 + n:06d}"
        core.jobseekers.register(COMMAND_LINE, _profile(nik=nik, name=f"Pencari {n}"), None, Registration(f"Z-{n:03d}"))
    controller, screen = _screen(qtbot, core, make_controller)
    screen.search("Z-0")
    wait_idle(qtbot, controller)
    assert screen.model.rowCount() == 50
    assert screen.count_label.text() == "Menampilkan 50 pertama dari 53; persempit pencarian."
    screen.search("Z-05")
    wait_idle(qtbot, controller)
    assert screen.model.rowCount() == 3 and screen.count_label.text() == "3 pencari kerja ditemukan."


def test_the_issue_date_chosen_on_the_new_page_is_the_one_registered(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    controller, screen = _screen(qtbot, core, make_controller)
    click(qtbot, screen.new_button)
    assert screen.pages.currentIndex() == NEW_PAGE
    form = screen.new_form
    form.nik.setText(NIK_F)
    form.name.setText("Siti Aminah")
    form.religion.setCurrentIndex(form.religion.findData("1"))
    form.marital.setCurrentIndex(form.marital.findData("kawin"))
    wait_idle(qtbot, controller)
    issued = NOW.date() - dt.timedelta(days=9)
    screen.issued_field.setDate(issued)
    click(qtbot, screen.register_button)
    wait_idle(qtbot, controller)
    assert screen.pages.currentIndex() == DETAIL_PAGE, form.error_label.text()
    (found,) = core.jobseekers.search(COMMAND_LINE, NIK_F)
    assert found.issued_on == issued


# --- the card dialog -------------------------------------------------------------------------------------------

EIGHT_SCHOOLS = (
    EducationRow("SD", "SDN Seduri 1", "", 1996, 2002),
    EducationRow("SD", "MI Al Hidayah", "", 1996, 1999),
    EducationRow("SMP", "SMPN 1 Mojosari", "", 2002, 2005),
    EducationRow("SMA", "SMAN 1 Sooko", "IPA", 2005, 2008),
    EducationRow("SMK", "SMKN 1 Pungging", "Akuntansi", 2008, 2011),
    EducationRow("D1", "LP3I Mojokerto", "Administrasi", 2011, 2012),
    EducationRow("D3", "Politeknik Negeri Malang", "Akuntansi", 2012, 2015),
    EducationRow("S1", "Universitas Terbuka", "Manajemen", 2015, 2020),
)
FIVE_SKILLS = (
    TrainingRow("Menjahit", "LPK Melati", 2010),
    TrainingRow("Operator komputer", "BLK Mojokerto", 2019),
    TrainingRow("Bahasa Jepang", "LPK Sakura", 2021),
    TrainingRow("Barista", "", None),
    TrainingRow("Akuntansi MYOB", "BLK Surabaya", 2016),
)


def _card_dialog(
    qtbot: QtBot, core: Core, tmp_path: Path, seeker: uuid.UUID
) -> tuple[CardDialog, TaskRunner, list[Path]]:
    runner = TaskRunner(lambda exc: (_ for _ in ()).throw(exc))
    pdfs: list[Path] = []

    def to_pdf(data: Ak1CardData, printer: str, *, mode: CardMode, offset: CardOffset) -> None:
        pdfs.append(ak1_card.card_pdf(data, tmp_path / f"kartu-{len(pdfs)}.pdf", mode=mode, offset=offset))

    settings_path = tmp_path / "settings.json"
    dialog = CardDialog(
        jobseekers=core.jobseekers,
        principal=COMMAND_LINE,
        seeker_id=seeker,
        settings=Settings(),
        save_settings=lambda s: settings_mod.save(s, settings_path),
        runner=runner,
        dialogs=FakeDialogService(),
        print_card=to_pdf,
        print_calibration=lambda _printer: None,
        printer_names=lambda: ["PDF"],
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.print_button.isEnabled(), timeout=TASK_TIMEOUT_MS)
    return dialog, runner, pdfs


def test_the_card_dialog_lists_what_the_card_leaves_out_and_prints_the_chosen_rows(
    qtbot: QtBot, core: Core, tmp_path: Path
) -> None:
    profile = _profile(education=EIGHT_SCHOOLS, training=FIVE_SKILLS)
    seeker = core.jobseekers.register(COMMAND_LINE, profile, None, Registration("C-1")).summary.id
    dialog, runner, pdfs = _card_dialog(qtbot, core, tmp_path, seeker)
    notice = dialog.omitted.text()
    assert dialog.omitted.isVisibleTo(dialog) and "Tidak tercetak di kartu" in notice and "5 baris" in notice
    listed = re.findall(r"<li>[^<]*<b>([^<]*)</b>", notice)
    assert listed == [
        "SD/MI MI Al Hidayah, lulus 1999",
        "SMA/MA SMAN 1 Sooko, IPA, lulus 2008",
        "D.I LP3I Mojokerto, Administrasi, lulus 2012",
        "Menjahit, LPK Melati, 2010",
        "Barista",
    ]
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not runner.busy and len(pdfs) == 1, timeout=TASK_TIMEOUT_MS)
    text = pdf_text(pdfs[0])
    for on_card in (
        "SDN Seduri 1",
        "SMPN 1 Mojosari",
        "SMKN 1 Pungging",
        "Politeknik Negeri Malang",
        "Universitas Terbuka",
        "Bahasa Jepang",
        "Operator komputer",
        "Akuntansi MYOB",
    ):
        assert on_card in text
    for left_out in ("MI Al Hidayah", "SMAN 1 Sooko", "LP3I", "Menjahit", "Barista"):
        assert left_out not in text


def test_a_card_that_holds_everything_shows_no_notice(qtbot: QtBot, core: Core, tmp_path: Path) -> None:
    profile = _profile(education=EIGHT_SCHOOLS[:1], training=FIVE_SKILLS[:3])
    seeker = core.jobseekers.register(COMMAND_LINE, profile, None, Registration("C-2")).summary.id
    dialog, _runner, _pdfs = _card_dialog(qtbot, core, tmp_path, seeker)
    assert not dialog.omitted.isVisibleTo(dialog) and dialog.omitted.text() == ""


def test_a_camera_picture_goes_through_the_same_crop_step(qtbot: QtBot, core: Core, tmp_path: Path) -> None:
    data = _gradient(1280, 960)  # what camera_dialog.capture returns: PNG bytes of the still
    box = CropBox(600, 200, 360, 480)
    dialogs = FakeDialogService(confirm_answer=False, crop_answer=box)
    h = FormHarness(qtbot, core, tmp_path, dialogs)
    h.form.load_photo_bytes(data)
    h.idle()
    qtbot.waitUntil(lambda: h.form.photo_png() is not None, timeout=TASK_TIMEOUT_MS)
    png = h.form.photo_png()
    assert png is not None and _same_pixels(png, _pure_crop(data, box))
    assert dialogs.asked("crop_photo")[0].text == "1280x960"
    h.close()
