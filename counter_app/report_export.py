"""Writes a supervisor's report to an .xlsx workbook, one sheet per table, with progress and cancellation."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from counter_app import report_data
from counter_app.errors import UserError
from counter_app.report_data import GroupFigures, Report

Progress = Callable[[float], None]
Cancelled = Callable[[], bool]

GROUP_HEADER = (
    "Nama",
    "Diambil",
    "Dilayani",
    "Tidak hadir",
    "Dialihkan",
    "Berkas belum lengkap",
    "Tunggu rata-rata (menit)",
    "Tunggu median (menit)",
    "Tunggu p90 (menit)",
    "Layan rata-rata (menit)",
    "Layan median (menit)",
    "Layan p90 (menit)",
    "Batas standar (menit)",
    "Sesuai standar (%)",
)


ExportCancelled = report_data.ExportCancelled  # raised when the user stops an export; no file is left


def _minutes(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 60, 2)


def _percent(share: float | None) -> float | None:
    return None if share is None else round(share * 100, 1)


def group_row(g: GroupFigures) -> list[Any]:
    """One throughput row as cell values (minutes and percentages as numbers, blanks when not measured)."""
    return [
        g.label,
        g.issued,
        g.served,
        g.no_show,
        g.transferred,
        g.incomplete,
        _minutes(g.waiting.mean),
        _minutes(g.waiting.median),
        _minutes(g.waiting.p90),
        _minutes(g.serving.mean),
        _minutes(g.serving.median),
        _minutes(g.serving.p90),
        g.limit_minutes,
        _percent(g.within_limit),
    ]


def sheets(report: Report) -> list[tuple[str, Sequence[str], list[list[Any]]]]:
    """Every table of the report as (sheet title, header, rows)."""
    out: list[tuple[str, Sequence[str], list[list[Any]]]] = []
    period = report_data.period_label(report.start, report.end)
    summary: list[list[Any]] = [
        ["Periode", period],
        ["Dari tanggal", report.start],
        ["Sampai tanggal", report.end],
        ["Dibuat", report.generated_at],
        ["Nomor diambil", report.total.issued],
        ["Dilayani", report.total.served],
        ["Tidak hadir", report.total.no_show],
        ["Dialihkan", report.total.transferred],
        ["Berkas belum lengkap", report.total.incomplete],
        ["Tunggu rata-rata (menit)", _minutes(report.total.waiting.mean)],
        ["Tunggu median (menit)", _minutes(report.total.waiting.median)],
        ["Tunggu p90 (menit)", _minutes(report.total.waiting.p90)],
        ["Layan rata-rata (menit)", _minutes(report.total.serving.mean)],
        ["Permohonan selesai terlambat", report.completed_late],
        [f"Permohonan belum selesai lewat batas ({report.overdue_when})", report.overdue_count],
    ]
    if report.jobseekers is not None:
        summary += [
            ["AK/1 pendaftaran", report.jobseekers.registrations],
            ["AK/1 lapor ulang", report.jobseekers.report_backs],
            ["AK/1 penempatan", report.jobseekers.placements],
        ]
    out.append(("Ringkasan", ("Uraian", "Nilai"), summary))
    for title, groups in report_data.iter_groups(report):
        out.append((title.capitalize(), GROUP_HEADER, [group_row(g) for g in groups]))
    out.append(
        (
            "Sebaran waktu",
            ("Menit", "Waktu tunggu", "Waktu layan"),
            [
                [report_data.bucket_label(i), w, s]
                for i, (w, s) in enumerate(zip(report.wait_buckets, report.serve_buckets, strict=True))
            ],
        )
    )
    out.append(
        (
            "Kedatangan per jam",
            ("Jam", "Nomor diambil"),
            [[f"{h:02d}.00-{h + 1:02d}.00", n] for h, n in enumerate(report.arrivals_by_hour) if n],
        )
    )
    out.append(
        (
            "Permohonan",
            (
                "Kode",
                "Layanan",
                "Batas waktu",
                "Diterima",
                "Selesai",
                "Selesai tepat waktu",
                "Tepat waktu (%)",
                "Selesai terlambat",
                "Belum selesai lewat batas",
            ),
            [
                [
                    a.service_code,
                    a.service_title,
                    a.limit_text,
                    a.received,
                    a.completed,
                    a.completed_on_time,
                    _percent(a.on_time_share),
                    a.completed_late,
                    a.overdue_open,
                ]
                for a in report.applications
            ],
        )
    )
    overdue: list[list[Any]] = [
        [o.tracking_number, o.service_code, o.received_at, o.due_at, o.days_late] for o in report.overdue
    ]
    more = report.overdue_more_text(len(report.overdue))
    if more:
        overdue.append([more])
    out.append(("Permohonan terlambat", ("Nomor", "Layanan", "Diterima", "Batas waktu", "Terlambat (hari)"), overdue))
    out.append(("Keterangan", ("Aturan",), [[report_data.STANDARD_RULE], [report_data.OVERDUE_RULE]]))
    return out


def export_xlsx(
    report: Report,
    path: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """Write ``report`` to ``path`` (.xlsx); ``progress`` gets 0..1, ``cancelled()`` True stops without a file."""
    book = Workbook()
    assert book.active is not None
    book.remove(book.active)
    tables = sheets(report)
    total_rows = sum(len(rows) + 1 for _, _, rows in tables) or 1
    done = 0
    bold = Font(bold=True)
    for title, header, rows in tables:
        if cancelled is not None and cancelled():
            raise ExportCancelled(report_data.CANCELLED_TEXT)
        sheet = book.create_sheet(title[:31])
        sheet.append(list(header))
        for cell in sheet[1]:
            cell.font = bold
        widths = [max(len(str(h)), 10) for h in header]
        for row in rows:
            sheet.append(row)
            for i, value in enumerate(row[: len(widths)]):
                widths[i] = min(60, max(widths[i], len(str(value)) if value is not None else 0))
        for i, w in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(i)].width = w + 2
        sheet.freeze_panes = "A2"
        done += len(rows) + 1
        if progress is not None:
            progress(0.9 * done / total_rows)
    if cancelled is not None and cancelled():
        raise ExportCancelled(report_data.CANCELLED_TEXT)
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    try:
        book.save(tmp)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(
            f"Berkas Excel tidak dapat disimpan di {path}: {exc.strerror or exc}. Pilih folder lain."
        ) from exc
    if progress is not None:
        progress(1.0)
    return path
