"""The ticket slip renderer: PDF text and QR read back, page size, and nothing drawn past the paper."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import pdf
from support.slips import TICKET_ID, fixture_slip

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from counter_app.print import base, ticket_slip
from counter_app.tickets import OFFICE_NAME

pytestmark = pytest.mark.golden

LONG_TITLE = "REKOMENDASI PASPOR CALON PEKERJA MIGRAN INDONESIA DAN PENGESAHAN PERJANJIAN PENEMPATAN"


@pytest.mark.parametrize("width", [58, 80])
def test_slip_pdf_holds_number_service_date_and_wait(qapp: QApplication, tmp_path: Path, width: int) -> None:
    path = ticket_slip.slip_to_pdf(fixture_slip(width), tmp_path / f"slip{width}.pdf")

    text = pdf.pdf_text(path)
    for expected in (
        OFFICE_NAME,
        "NOMOR ANTREAN",
        "A-001",
        "AK/1 atau Kartu Kuning",
        "Rabu, 25 November 2026 09.00",
        "Menunggu di depan Anda: 3 orang",
        "Perkiraan waktu tunggu: ± 30 menit",
        "Simpan karcis ini. Nomor dipanggil di layar.",
    ):
        assert expected in text, f"{expected!r} missing from the {width} mm slip: {text!r}"
    assert "PRIORITAS" not in text


@pytest.mark.parametrize("width", [58, 80])
def test_slip_qr_decodes_to_the_ticket_id(qapp: QApplication, tmp_path: Path, width: int) -> None:
    path = ticket_slip.slip_to_pdf(fixture_slip(width), tmp_path / f"slip{width}.pdf")

    assert pdf.decode_qr(pdf.rasterize(path, dpi=300)) == [f"TIKET:{TICKET_ID}"]


@pytest.mark.parametrize("width", [58, 80])
def test_slip_pdf_page_is_the_roll_width_and_the_computed_length(
    qapp: QApplication, tmp_path: Path, width: int
) -> None:
    slip = fixture_slip(width)
    path = ticket_slip.slip_to_pdf(slip, tmp_path / "slip.pdf")

    page_width, page_height = pdf.page_size_mm(path)
    assert page_width == pytest.approx(width, abs=0.5)
    assert page_height == pytest.approx(ticket_slip.slip_height_mm(slip), abs=0.5)
    assert 90 < page_height < 160  # a slip, not an A4 page


def test_priority_slip_says_prioritas(qapp: QApplication, tmp_path: Path) -> None:
    path = ticket_slip.slip_to_pdf(fixture_slip(80, priority=True), tmp_path / "slip.pdf")

    assert "PRIORITAS" in pdf.pdf_text(path)
    assert ticket_slip.slip_height_mm(fixture_slip(80, priority=True)) > ticket_slip.slip_height_mm(fixture_slip(80))


def _blank_rows_at_bottom(image: QImage) -> int:
    white = QColor("white").rgb()
    rows = 0
    for y in range(image.height() - 1, -1, -1):
        if any(image.pixel(x, y) != white for x in range(0, image.width(), 2)):
            break
        rows += 1
    return rows


def _ink_in_columns(image: QImage, x_from: int, x_to: int) -> bool:
    white = QColor("white").rgb()
    return any(image.pixel(x, y) != white for x in range(x_from, x_to) for y in range(0, image.height(), 2))


@pytest.mark.parametrize("width", [58, 80])
@pytest.mark.parametrize("title", ["AK/1 ATAU KARTU KUNING", LONG_TITLE])
def test_slip_image_stays_inside_the_printable_width_and_ends_with_paper_for_the_cutter(
    qapp: QApplication, width: int, title: str
) -> None:
    dpi = 203
    slip = fixture_slip(width, priority=True, title=title)
    image = ticket_slip.slip_to_image(slip, dpi)

    assert image.width() == round(base.mm_to_px(width, dpi))
    margin = round(base.mm_to_px((width - ticket_slip.paper(width).printable_mm) / 2, dpi)) - 1
    assert not _ink_in_columns(image, 0, margin), "ink left of the printable area"
    assert not _ink_in_columns(image, image.width() - margin, image.width()), "ink right of the printable area"
    # The footer is drawn, and blank paper (about BOTTOM_MM) follows it: nothing was cut off at the end.
    blank_mm = base.px_to_mm(_blank_rows_at_bottom(image), dpi)
    assert ticket_slip.BOTTOM_MM - 1 <= blank_mm <= ticket_slip.BOTTOM_MM + 2


def test_slip_image_qr_decodes(qapp: QApplication, tmp_path: Path) -> None:
    png = tmp_path / "slip.png"
    assert ticket_slip.slip_to_image(fixture_slip(58), 203).save(str(png))

    assert pdf.decode_qr(png) == [f"TIKET:{TICKET_ID}"]


@pytest.mark.parametrize(
    ("title", "plain"),
    [
        ("AK/1 ATAU KARTU KUNING", "AK/1 atau Kartu Kuning"),
        ("TANDA DAFTAR BURSA KERJA KHUSUS (BKK)", "Tanda Daftar Bursa Kerja Khusus (BKK)"),
        ("PENCATATAN SERIKAT PEKERJA/SERIKAT BURUH", "Pencatatan Serikat Pekerja/Serikat Buruh"),
        ("LAPORAN KECELAKAAN KERJA TAHAP 1", "Laporan Kecelakaan Kerja Tahap 1"),
        (
            "Perizinan Online Single Submision (OSS) Sektor Ketenagakerjaan",
            "Perizinan Online Single Submision (OSS) Sektor Ketenagakerjaan",
        ),
    ],
)
def test_plain_title_reads_like_a_name(title: str, plain: str) -> None:
    assert ticket_slip.plain_title(title) == plain
