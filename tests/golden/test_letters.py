"""Letters rendered by the real renderer: every bundled template's PDF text, golden first pages, QR, F4, CUPS."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from support import letters as fx
from support import pdf, store
from support.cups import CupsQueue
from support.golden import compare

from PySide6.QtCore import QBuffer, QIODevice, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPolygonF
from PySide6.QtWidgets import QApplication

from counter_app import documents, letters
from counter_app.clock import FixedClock
from counter_app.core import Core, build_core
from counter_app.print import letter, output
from counter_app.settings import Settings

pytestmark = pytest.mark.golden

A = fx.A
DATE_LINE = "Mojokerto, 23 November 2026"  # store.START
MEDIATOR_NIP_SPACED = "NIP. 19800214 200501 2 011"
MEDIATOR_TEMPLATES = {"perjanjian_bersama", "anjuran_mediator"}
FIXED_CODE = "TEST-KODE-2345"
GOLDEN = {"rekomendasi_paspor_cpmi": "letter-paspor", "tanda_daftar_bkk": "letter-bkk", "legalisasi_srk": "letter-srk"}


def logo_png() -> bytes:
    """A plain shield standing in for the lambang daerah (deterministic pixels)."""
    image = QImage(200, 240, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setBrush(QColor("#1b5e20"))
    painter.setPen(QColor("#0d3311"))
    shield = QPolygonF([QPointF(10, 10), QPointF(190, 10), QPointF(190, 130), QPointF(100, 230), QPointF(10, 130)])
    painter.drawPolygon(shield)
    painter.setBrush(QColor("#fdd835"))
    star = QPolygonF(
        [
            QPointF(100, 40),
            QPointF(115, 90),
            QPointF(165, 90),
            QPointF(125, 120),
            QPointF(140, 170),
            QPointF(100, 140),
            QPointF(60, 170),
            QPointF(75, 120),
            QPointF(35, 90),
            QPointF(85, 90),
        ]
    )
    painter.drawPolygon(star)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


@pytest.fixture(scope="module")
def lcore(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Core]:
    """A store (SQLite) with the bundled templates, a logo, two signatories and the real renderer."""
    folder = tmp_path_factory.mktemp("letters")
    core = build_core(
        Settings(db_url=f"sqlite:///{(folder / 'store.db').as_posix()}", station_name=store.STATION),
        clock=FixedClock(store.START),
        hasher=store.fast_hasher(),
    )
    core.letters.set_renderer(letter.letter_pdf_bytes)
    core.letters.save_profile(A, dataclasses.replace(core.letters.profile(A), logo_png=logo_png()))
    fx.add_signatories(core)
    yield core
    core.close()


@pytest.fixture(scope="module")
def issued(lcore: Core, tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[letters.IssuedDocument, Path]]:
    """Every bundled template issued once from a fresh application; the archived PDFs written to files."""
    folder = tmp_path_factory.mktemp("issued")
    out = {}
    for key, extras in fx.EXTRAS.items():
        template = fx.template_by_key(lcore, key)
        application = fx.application_for(lcore, template.service_key, person=key in fx.PERSON_TEMPLATES)
        doc = lcore.letters.issue(A, application, template.id, extras)  # type: ignore[arg-type]
        path = folder / f"{key}.pdf"
        path.write_bytes(lcore.letters.pdf(A, doc.id))
        out[key] = (doc, path)
    return out


@pytest.mark.parametrize("key", sorted(fx.EXTRAS))
def test_every_template_renders_its_number_date_names_and_signatory(
    issued: dict[str, tuple[letters.IssuedDocument, Path]], key: str
) -> None:
    doc, path = issued[key]
    text = pdf.pdf_text(path)
    assert doc.number in text
    assert DATE_LINE in text or "23 November 2026" in text
    assert (fx.PERSON_NAME if key in fx.PERSON_TEMPLATES else fx.COMPANY_NAME) in text
    if key in MEDIATOR_TEMPLATES:
        assert fx.MEDIATOR_NAME in text and MEDIATOR_NIP_SPACED in text and "Penata Tk. I (III/d)" in text
    else:
        assert fx.HEAD_NAME in text and fx.NIP_SPACED in text and "Pembina Utama Muda (IV/c)" in text
    assert f"Kode verifikasi: {doc.verification_code}" in text
    for value in fx.EXTRAS[key].values():
        if value != "-":
            assert value in text, f"{key}: extra field value {value!r} not printed"
    assert "{" not in text and "}" not in text, "an unfilled placeholder reached the paper"
    width, height = pdf.page_size_mm(path)
    assert (round(width), round(height)) == (210, 297)


def test_letter_layout_has_the_head_block_and_addressee(issued: dict[str, tuple[letters.IssuedDocument, Path]]) -> None:
    text = pdf.pdf_text(issued["rekomendasi_paspor_cpmi"][1])
    for label in ("Nomor", "Sifat", "Lampiran", "Hal", "Yth.", "Tembusan:"):
        assert label in text
    assert "PEMERINTAH KABUPATEN MOJOKERTO" in text and "DINAS TENAGA KERJA" in text
    assert "Kepala Kantor Imigrasi Kelas I TPI Surabaya" in text


def _fixed(lcore: Core, doc: letters.IssuedDocument) -> documents.LetterData:
    """The archived data with a fixed verification code (the real one is random), for pixel comparisons."""
    data = lcore.letters.letter_data(A, doc.id)
    return dataclasses.replace(data, verification_code=FIXED_CODE, qr_text=letters.qr_text(data.number, FIXED_CODE))


@pytest.mark.parametrize("key", sorted(GOLDEN))
def test_first_page_matches_the_golden_image(
    lcore: Core, issued: dict[str, tuple[letters.IssuedDocument, Path]], key: str, tmp_path: Path
) -> None:
    path = tmp_path / f"{key}.pdf"
    path.write_bytes(letter.letter_pdf_bytes(_fixed(lcore, issued[key][0])))
    compare(pdf.rasterize(path, dpi=100), GOLDEN[key])


def test_qr_holds_the_number_and_code_and_verifies(
    lcore: Core, issued: dict[str, tuple[letters.IssuedDocument, Path]]
) -> None:
    doc, path = issued["tanda_daftar_bkk"]
    payload = "\n".join(pdf.decode_qr(pdf.rasterize(path, dpi=300)))  # zbarimg prints each line on its own
    assert payload == letters.qr_text(doc.number, doc.verification_code)
    result = lcore.letters.verify(payload)
    assert result.number == doc.number and result.hash_ok


def test_f4_paper_and_a_long_letter_flows_onto_numbered_pages(lcore: Core, tmp_path: Path) -> None:
    data = lcore.letters.letter_data(A, lcore.letters.pending_prints(A)[0].id)
    long = dataclasses.replace(data, paper="F4", body=data.body * 8)
    path = tmp_path / "long.pdf"
    path.write_bytes(letter.letter_pdf_bytes(long))
    width, height = pdf.page_size_mm(path)
    assert (round(width), round(height)) == (215, 330)
    text = pdf.pdf_text(path)
    assert re.search(r"-\s?2\s?-", text) and data.signature.nip in text  # the continuation page number
    images = letter.letter_page_images(long, dpi=50)
    assert len(images) >= 2 and images[0].width() == round(215 / 25.4 * 50)


def test_draft_preview_is_an_image_with_the_watermark(lcore: Core) -> None:
    template = fx.template_by_key(lcore, "rekomendasi_lpks")
    app = fx.application_for(lcore, "lpks", person=False)
    draft = lcore.letters.draft(A, app, template.id, {})  # type: ignore[arg-type]
    image = letter.letter_to_image(draft.data, dpi=60)
    assert (image.width(), image.height()) == (round(210 / 25.4 * 60), round(297 / 25.4 * 60))
    grey = sum(
        1
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
        if image.pixelColor(x, y).red() == 200
    )
    assert grey > 50, "no KONSEP watermark on the draft preview"


def test_print_letter_through_a_real_cups_queue(
    lcore: Core, issued: dict[str, tuple[letters.IssuedDocument, Path]], cups_queue: CupsQueue
) -> None:
    doc = issued["rekomendasi_lpks"][0]
    data = lcore.letters.letter_data(A, doc.id)
    before = set(cups_queue.pdfs())

    pages = output.print_letter(data, cups_queue.name)
    lcore.letters.record_print(A, doc.id, cups_queue.name, ok=True)

    printed = cups_queue.wait_for_pdf(before, timeout_s=30)
    assert pages == 1
    width, height = pdf.page_size_mm(printed)
    assert (round(width), round(height)) == (210, 297)
    png = pdf.rasterize(printed, dpi=300)
    assert 0.005 < pdf.dark_fraction(png) < 0.5, "the printed letter is blank or black"
    assert "\n".join(pdf.decode_qr(png)) == data.qr_text
    assert lcore.letters.document(A, doc.id).status == letters.DocStatus.PRINTED
