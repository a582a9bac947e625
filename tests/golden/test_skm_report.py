"""The printed SKM report: the PDF text holds the index, the mutu, the respondents and the weight note."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from support import pdf

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from counter_app import letterhead, survey
from counter_app.print import skm_report

pytestmark = pytest.mark.golden

AK1 = uuid.UUID(int=1)
BKK = uuid.UUID(int=2)


def report_data(respondents_per_service: int = 1) -> survey.SkmReportData:
    ak1 = [[4, 4, 4, 4, 4, 4, 4, 4, 4], [3, 3, 3, 4, 3, 3, 3, 3, 3]] * respondents_per_service
    bkk = [[2, 3, 2, 4, 3, 3, 4, 2, 3], [3, 2, 3, 4, 2, 4, 3, 1, 3]] * respondents_per_service
    s_ak1 = survey.score_of_answers("AK/1 ATAU KARTU KUNING", ak1)
    s_bkk = survey.score_of_answers("TANDA DAFTAR BURSA KERJA KHUSUS (BKK)", bkk)
    overall = survey.score_of_answers("Semua layanan", ak1 + bkk)
    n = len(ak1) + len(bkk)
    profile = (
        survey.ProfileGroup("Umur", (survey.ProfileCount("30_39", "30-39 tahun", n),)),
        survey.ProfileGroup(
            "Jenis kelamin",
            (survey.ProfileCount("L", "Laki-laki", n // 2), survey.ProfileCount("P", "Perempuan", n - n // 2)),
        ),
    )
    result = survey.IkmResult(
        start=dt.date(2026, 10, 1),
        end=dt.date(2026, 12, 31),
        service_id=None,
        service_label="Semua layanan",
        overall=overall,
        per_service=(
            survey.IkmScore(AK1, s_ak1.label, *vars_of(s_ak1)),
            survey.IkmScore(BKK, s_bkk.label, *vars_of(s_bkk)),
        ),
        visitors=120,
        required_sample=survey.sample_size(120),
        profile=profile,
    )
    return survey.SkmReportData(
        kop=letterhead.DEFAULT_KOP,
        result=result,
        printed_at=dt.datetime(2026, 11, 25, 10, 0),
        place="Mojokerto",
        signer_name="Dra. Sri Wahyuni, M.Si.",
        signer_role="Supervisor",
        signer_nip="19680411 199303 2 009",
    )


def vars_of(score: survey.IkmScore) -> tuple[object, ...]:
    return (score.respondents, score.unsur, score.ikm, score.konversi, score.mutu, score.kinerja)


def test_pdf_text_holds_index_mutu_respondents_and_signer(qapp: QApplication, tmp_path: Path) -> None:
    out = skm_report.skm_report_to_pdf(report_data(), tmp_path / "skm.pdf")
    text = pdf.pdf_text(out)
    assert "LAPORAN SURVEI KEPUASAN MASYARAKAT (SKM)" in text
    assert "PEMERINTAH KABUPATEN MOJOKERTO" in text and "DINAS TENAGA KERJA" in text
    assert "1 Oktober 2026 s.d. 31 Desember 2026" in text
    assert "Jumlah responden" in text and ": 4 orang" in text
    assert ": 120 orang (nomor antrean yang terbit)" in text
    assert ": 92 responden (belum terpenuhi)" in text  # Krejcie-Morgan for N = 120
    assert "IKM konversi (IKM x 25) 79,86" in text
    assert "IKM (jumlah NRR tertimbang) 3,1944" in text
    assert "Mutu pelayanan B" in text and "Kinerja unit pelayanan Baik" in text
    assert "4 Biaya/tarif 16 4 4,000 0,4444" in text  # the NRR row of unsur 4
    assert "tepat 1/9" in text
    assert "88,89" in text and "70,83" in text  # per service
    assert "Laki-laki 2 (50,0%); Perempuan 2 (50,0%)" in text
    assert "Mojokerto, 25 November 2026" in text
    assert "Dra. Sri Wahyuni, M.Si." in text and "NIP. 19680411 199303 2 009" in text


def test_long_report_flows_onto_more_pages_and_draws_ink(qapp: QApplication, tmp_path: Path) -> None:
    image = skm_report.skm_report_to_image(report_data(), dpi=60)
    assert image.width() == round(210 / 25.4 * 60)
    dark = sum(
        1
        for y in range(0, image.height(), 3)
        for x in range(0, image.width(), 3)
        if QColor(image.pixel(x, y)).lightness() < 128
    )
    assert dark > 200
    out = skm_report.skm_report_to_pdf(report_data(respondents_per_service=50), tmp_path / "skm.pdf")
    assert "200 orang" in pdf.pdf_text(out)
