"""Plain data of the printed documents; the core fills them, renderers in counter_app.print paint them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

OFFICE_NAME = "Dinas Tenaga Kerja Kabupaten Mojokerto"
STATUS_HELP = (
    "Tanyakan perkembangan permohonan dengan menyebutkan atau memindai nomor tanda terima ini di loket "
    "atau di anjungan (kios) antrean kantor."
)

# Most standards state no complaint channel of their own (their "penanganan pengaduan" field is empty or a
# remark); the receipt then names the channels every office has: the desk itself and SP4N-LAPOR!.
COMPLAINT_FALLBACK = (
    "Pengaduan, saran dan masukan dapat disampaikan langsung kepada petugas pengaduan di kantor "
    "Dinas Tenaga Kerja Kabupaten Mojokerto, atau melalui SP4N-LAPOR! (www.lapor.go.id)."
)


@dataclass(frozen=True)
class ReceiptData:
    """ "Tanda Terima Berkas": what was received, the tracking number and the due date."""

    office: str
    tracking_number: str
    applicant_name: str
    service_title: str
    variant_label: str
    documents: tuple[str, ...]
    received_at: dt.datetime
    due_at: dt.datetime
    time_limit_text: str
    status_help: str
    complaint_handling: str
    clerk_name: str


@dataclass(frozen=True)
class MissingItem:
    """A requirement the applicant still has to bring, with the clerk's note."""

    text: str
    note: str = ""


@dataclass(frozen=True)
class MissingListData:
    """ "Daftar Kekurangan Berkas": exactly the items missing from an intake."""

    office: str
    applicant_name: str
    service_title: str
    variant_label: str
    missing: tuple[MissingItem, ...]
    received: tuple[str, ...]
    checked_at: dt.datetime
    ticket_code: str
    clerk_name: str
