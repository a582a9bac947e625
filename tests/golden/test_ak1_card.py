"""The AK/1 card: golden images of both halves, the PDF text, calibration offsets, a real print job."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageFilter
from support import pdf
from support.cards import NAME, NIK, OFFICER, OFFICER_NIP_SPACED, REGISTRATION_NUMBER, fixture_card
from support.cups import CupsQueue
from support.golden import compare

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from counter_app.documents import AK1_KETENTUAN, CardMode, CardOffset
from counter_app.print import ak1_card, base, output

pytestmark = pytest.mark.golden

GOLDEN_DPI = 100
OFFSET_DPI = 254  # 10 px per mm: offsets in 0.5 mm steps are whole pixels


def _png(image: QImage, path: Path) -> Path:
    assert image.save(str(path)), path
    return path


def _pil(image: QImage, path: Path) -> Image.Image:
    return Image.open(_png(image, path)).convert("L")


@pytest.mark.parametrize("number", [1, 2])
def test_card_halves_match_the_goldens(qapp: QApplication, tmp_path: Path, number: int) -> None:
    sheet = ak1_card.card_image(fixture_card(), GOLDEN_DPI)
    assert (sheet.width(), sheet.height()) == (round(297 / 25.4 * GOLDEN_DPI), round(210 / 25.4 * GOLDEN_DPI))
    compare(_png(ak1_card.half(sheet, number), tmp_path / f"half{number}.png"), f"ak1-card-half{number}")


def test_blank_mode_matches_its_golden(qapp: QApplication, tmp_path: Path) -> None:
    sheet = ak1_card.card_image(fixture_card(), GOLDEN_DPI, mode=CardMode.BLANK)
    compare(_png(sheet, tmp_path / "blank.png"), "ak1-card-blank")


def test_calibration_page_matches_its_golden(qapp: QApplication, tmp_path: Path) -> None:
    compare(_png(ak1_card.calibration_image(GOLDEN_DPI), tmp_path / "calibration.png"), "ak1-card-calibration")


def test_card_pdf_holds_the_data_and_the_form(qapp: QApplication, tmp_path: Path) -> None:
    path = ak1_card.card_pdf(fixture_card(), tmp_path / "card.pdf")

    width, height = pdf.page_size_mm(path)
    assert (width, height) == (pytest.approx(297, abs=0.5), pytest.approx(210, abs=0.5))
    text = pdf.pdf_text(path)
    for expected in (
        "Formulir AK/1",
        "KARTU TANDA BUKTI PENDAFTARAN PENCARI KERJA",
        REGISTRATION_NUMBER,
        NIK,
        NAME,
        "Mojokerto, 12 Juli 1999",
        "25 November 2026",  # dikeluarkan
        "25 November 2028",  # berlaku s.d.
        "24-05-2027",  # report-back Kesatu
        "NIP. 19790514 200501 2 003",
        OFFICER,
        f"NIP. {OFFICER_NIP_SPACED}",
        "Pengantar Kerja/Petugas Antar Kerja",
        "Kesatu",
        "Kedua",
        "Ketiga",
        "Diterima penempatan",
        "Tanggal penempatan",
        "Teknik Kendaraan Ringan Otomotif",
        "Operator forklift",
        *AK1_KETENTUAN,
    ):
        assert expected in text, f"{expected!r} missing from the card: {text!r}"


def test_blank_pdf_holds_only_the_data(qapp: QApplication, tmp_path: Path) -> None:
    text = pdf.pdf_text(ak1_card.card_pdf(fixture_card(), tmp_path / "blank.pdf", mode=CardMode.BLANK))

    assert REGISTRATION_NUMBER in text and NIK in text and NAME in text and OFFICER in text
    for form_only in ("Formulir AK/1", "KETENTUAN", "Berlaku nasional.", "Nama lengkap", "Kesatu"):
        assert form_only not in text


def test_spaced_nip() -> None:
    assert ak1_card.spaced_nip("196804111993031009") == "19680411 199303 1 009"
    assert ak1_card.spaced_nip("19680411 199303 1 009") == "19680411 199303 1 009"
    assert ak1_card.spaced_nip("PPPK-123") == "PPPK-123"


@pytest.mark.parametrize(("dx", "dy"), [(2.5, -1.5), (-3.0, 4.0), (0.5, 0.0)])
def test_blank_offset_moves_every_field_by_exactly_the_offset(
    qapp: QApplication, tmp_path: Path, dx: float, dy: float
) -> None:
    card = fixture_card()
    zero = _pil(ak1_card.card_image(card, OFFSET_DPI, mode=CardMode.BLANK), tmp_path / "zero.png")
    moved = _pil(
        ak1_card.card_image(card, OFFSET_DPI, mode=CardMode.BLANK, offset=CardOffset(dx, dy)), tmp_path / "moved.png"
    )
    sx, sy = round(base.mm_to_px(dx, OFFSET_DPI)), round(base.mm_to_px(dy, OFFSET_DPI))
    assert (sx, sy) == (dx * 10, dy * 10)
    w, h = zero.size
    # The zero-offset image moved by (sx, sy) pixels, compared over the area both images cover.
    left, top = max(0, sx), max(0, sy)
    right, bottom = min(w, w + sx), min(h, h + sy)
    expected = zero.crop((left - sx, top - sy, right - sx, bottom - sy))
    actual = moved.crop((left, top, right, bottom))
    diff = ImageChops.difference(expected, actual)
    assert diff.getbbox() is None or max(diff.getdata()) <= 8, f"not a pure shift: {diff.getbbox()}"
    # And it did move: the unshifted images differ.
    assert ImageChops.difference(zero, moved).getbbox() is not None


def test_full_mode_offset_moves_the_data_but_not_the_form(qapp: QApplication, tmp_path: Path) -> None:
    card = fixture_card()
    dpi = OFFSET_DPI
    zero = _pil(ak1_card.card_image(card, dpi), tmp_path / "zero.png")
    moved = _pil(ak1_card.card_image(card, dpi, offset=CardOffset(3.0, 2.0)), tmp_path / "moved.png")

    def region(mm: tuple[float, float, float, float]) -> tuple[int, int, int, int]:
        return tuple(round(base.mm_to_px(v, dpi)) for v in mm)  # type: ignore[return-value]

    form_only = [
        (ak1_card.FORM_BOX.x() - 1, 5, ak1_card.L1 + 1, 14),  # the "Formulir AK/1" box
        (ak1_card.L0, 18, ak1_card.L1, 28),  # the title and its rule
        (ak1_card.L0, ak1_card.KETENTUAN_TOP, ak1_card.L1, ak1_card.REPORT_TOP - 1),  # Ketentuan
        (ak1_card.R0, 66, ak1_card.R1, 80),  # "PENDIDIKAN FORMAL" and the table head
    ]
    for mm in form_only:
        assert ImageChops.difference(zero.crop(region(mm)), moved.crop(region(mm))).getbbox() is None, mm
    # The NIK box's frame stays, its number moves.
    nik_box = ak1_card.NIK_BOX
    frame_edge = (nik_box.x() - 0.3, nik_box.y() - 0.3, nik_box.x() + 0.3, nik_box.bottom() + 0.3)
    assert ImageChops.difference(zero.crop(region(frame_edge)), moved.crop(region(frame_edge))).getbbox() is None
    inside = (nik_box.x() + 1, nik_box.y() + 1, nik_box.right() - 1, nik_box.bottom() - 1)
    assert ImageChops.difference(zero.crop(region(inside)), moved.crop(region(inside))).getbbox() is not None


def test_calibration_pdf_names_every_anchor(qapp: QApplication, tmp_path: Path) -> None:
    text = pdf.pdf_text(ak1_card.calibration_pdf(tmp_path / "calibration.pdf"))
    assert "HALAMAN KALIBRASI KARTU AK/1" in text
    for name, (x, y) in ak1_card.ANCHORS.items():
        assert f"{name} X {x:.1f} mm, Y {y:.1f} mm".replace(".", ",").replace("No,", "No.") in text


def test_print_card_through_a_real_cups_queue(qapp: QApplication, tmp_path: Path, cups_queue: CupsQueue) -> None:
    before = set(cups_queue.pdfs())

    output.print_card(fixture_card(), cups_queue.name, mode=CardMode.FULL)

    printed = cups_queue.wait_for_pdf(before, timeout_s=20)
    # A landscape job reaches the paper as an A4 sheet with the card turned a quarter (as the printer feeds it).
    assert sorted(pdf.page_size_mm(printed)) == [pytest.approx(210, abs=1.5), pytest.approx(297, abs=1.5)]
    # Ghostscript re-distils the job (glyphs become Type 3, STACK.md §6), so the text is read back as pixels:
    # the printed page, turned upright, is the card we render ourselves.
    page = Image.open(pdf.rasterize(printed, dpi=GOLDEN_DPI)).convert("L")
    if page.width < page.height:
        page = page.rotate(-90, expand=True)
    wanted = _pil(ak1_card.card_image(fixture_card(), GOLDEN_DPI), tmp_path / "wanted.png")
    other = _pil(
        ak1_card.card_image(dataclasses.replace(fixture_card(), nik="3516080101800001", name="Budi"), GOLDEN_DPI),
        tmp_path / "other.png",
    )
    page = page.resize(wanted.size)
    assert _changed(page, wanted) < 0.01, "the printed card is not the rendered card"
    assert _changed(page, other) > _changed(page, wanted) + 0.001, "the check cannot tell two cards apart"


def _changed(a: Image.Image, b: Image.Image) -> float:
    """Share of pixels that differ clearly after a slight blur (printing re-rasterises the edges)."""
    diff = ImageChops.difference(a.filter(ImageFilter.GaussianBlur(2)), b.filter(ImageFilter.GaussianBlur(2)))
    return sum(diff.point(lambda v: 255 if v > 48 else 0).histogram()[255:]) / (a.width * a.height)


def test_every_calibration_anchor_points_at_a_printed_field(qapp: QApplication, tmp_path: Path) -> None:
    dpi = 100
    placed = dataclasses.replace(
        fixture_card(), placement_employer="PT Ajinomoto Indonesia", placement_date=dt.date(2027, 8, 2)
    )
    blank = _pil(ak1_card.card_image(placed, dpi, mode=CardMode.BLANK), tmp_path / "blank.png")
    for name, (x, y) in ak1_card.ANCHORS.items():
        # Ink within a few millimetres right of and below the anchor (the field starts there)...
        near = tuple(round(base.mm_to_px(v, dpi)) for v in (x - 0.5, y - 0.5, x + 12, y + 7))
        assert blank.crop(near).getextrema()[0] < 128, f"nothing printed at the {name} anchor"
        # ...and none just above-left of it.
        before = tuple(round(base.mm_to_px(v, dpi)) for v in (x - 6, y - 6, x - 1, y - 1))
        assert blank.crop(before).getextrema()[0] > 200, f"ink before the {name} anchor"


def test_placement_lines_hold_the_employer_and_the_date(qapp: QApplication, tmp_path: Path) -> None:
    placed = dataclasses.replace(
        fixture_card(), placement_employer="PT Ajinomoto Indonesia", placement_date=dt.date(2027, 8, 2)
    )
    text = pdf.pdf_text(ak1_card.card_pdf(placed, tmp_path / "placed.pdf"))
    assert "Diterima penempatan : PT Ajinomoto Indonesia" in text
    assert "Tanggal penempatan : 2 Agustus 2027" in text
