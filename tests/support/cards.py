"""A fixed AK/1 card for the renderer, print and dialog tests (invented person, long names, one report-back)."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from dataclasses import dataclass, field
from types import SimpleNamespace

from PIL import Image, ImageDraw

from counter_app import ipk
from counter_app.changes import Changes
from counter_app.documents import Ak1CardData, CardEducationRow, CardReportRow, CardSkillRow
from counter_app.errors import UserError
from counter_app.ipk import IpkSeeker
from counter_app.roles import Principal

REGISTRATION_NUMBER = "3516-2026-004217"
NIK = "3516081207990002"
NAME = "Muhammad Rizky Pratama Wicaksono Adiningrat Setyabudi"
OFFICER = "Drs. Bambang Hadi Sutrisno Wiryowidagdo, M.Si."
OFFICER_NIP = "196804111993031009"
OFFICER_NIP_SPACED = "19680411 199303 1 009"


def photo_png(width: int = 240, height: int = 320) -> bytes:
    """A 3x4 "photo": red background, a face-coloured oval and shoulders (PNG bytes)."""
    image = Image.new("RGB", (width, height), (190, 40, 45))
    draw = ImageDraw.Draw(image)
    draw.ellipse((width * 0.3, height * 0.15, width * 0.7, height * 0.55), fill=(235, 200, 165))
    draw.rectangle((width * 0.15, height * 0.62, width * 0.85, height), fill=(40, 50, 90))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def fixture_card(*, photo: bool = True) -> Ak1CardData:
    """The card issued on Wednesday 25 November 2026; the first report-back is filled in."""
    return Ak1CardData(
        header_lines=("PEMERINTAH KABUPATEN MOJOKERTO", "DINAS TENAGA KERJA"),
        registration_number=REGISTRATION_NUMBER,
        nik=NIK,
        name=NAME,
        birth_place="Mojokerto",
        birth_date=dt.date(1999, 7, 12),
        sex_label="Laki-laki",
        sex_code="1",
        marital_label="Belum kawin",
        marital_code="2",
        religion_label="Islam",
        religion_code="1",
        address="Dusun Kedungsari RT 004 RW 007, Desa Sumbertebu, Kecamatan Bangsal, Kabupaten Mojokerto 61381",
        phone="0857-3312-4488",
        education=(
            CardEducationRow("SD", "SD Negeri Sumbertebu 2", "", "2011"),
            CardEducationRow("SLTP", "SMP Negeri 1 Bangsal", "", "2014"),
            CardEducationRow("SLTA/SMK", "SMK Negeri 1 Mojokerto", "Teknik Kendaraan Ringan Otomotif", "2017"),
            CardEducationRow("S1", "Universitas Islam Majapahit", "Teknik Mesin", "2022"),
        ),
        skills=(
            CardSkillRow("Pengelasan SMAW 3G (BLK Mojokerto)", "2018"),
            CardSkillRow("Operator forklift", "2023"),
        ),
        photo_png=photo_png() if photo else None,
        issued_on=dt.date(2026, 11, 25),
        valid_until=dt.date(2028, 11, 25),
        reports=(
            CardReportRow("Kesatu", dt.date(2027, 5, 24), "Siti Aminah, S.E.", "197905142005012003"),
            CardReportRow("Kedua"),
            CardReportRow("Ketiga"),
        ),
        placement_employer="",
        placement_date=None,
        officer_name=OFFICER,
        officer_nip=OFFICER_NIP,
    )


@dataclass
class FakeJobSeekers:
    """Stands in for JobSeekerService in the card dialog and IPK screen tests: remembers each logged print.

    Attributes:
        card: the card it returns for every seeker.
        prints: (seeker id, printer, reprint reason) of every logged print, in order.
        ipk_seekers_list: what ``ipk_report`` counts.
    """

    card: Ak1CardData = field(default_factory=fixture_card)
    prints: list[tuple[uuid.UUID, str, str]] = field(default_factory=list)
    ipk_seekers_list: list[IpkSeeker] = field(default_factory=list)
    ipk_calls: list[tuple[int, int]] = field(default_factory=list)

    def card_data(self, principal: Principal, seeker_id: uuid.UUID) -> Ak1CardData:
        """JobSeekerService.card_data."""
        return self.card

    def get(self, principal: Principal, seeker_id: uuid.UUID) -> SimpleNamespace:
        """JobSeekerService.get, reduced to what the dialog reads."""
        return SimpleNamespace(card_prints=sum(1 for s, _p, _r in self.prints if s == seeker_id))

    def log_card_print(
        self, principal: Principal, seeker_id: uuid.UUID, *, printer: str, reprint_reason: str = ""
    ) -> Changes:
        """JobSeekerService.log_card_print: a reprint without a reason is refused like the real one."""
        if self.get(principal, seeker_id).card_prints and not reprint_reason.strip():
            raise UserError("Tulis alasan cetak ulang kartu.")
        self.prints.append((seeker_id, printer, reprint_reason))
        return Changes(jobseekers=True)

    def ipk_report(self, principal: Principal, year: int, month: int) -> ipk.IpkReport:
        """JobSeekerService.ipk_report over ``ipk_seekers_list``."""
        self.ipk_calls.append((year, month))
        return ipk.monthly_report(self.ipk_seekers_list, year, month)
