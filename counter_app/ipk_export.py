"""The IPK report as an Excel workbook (openpyxl): one sheet per table, numbers as numbers (no Qt)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from counter_app.ipk import UNKNOWN_AGE, UNKNOWN_EDUCATION, FlowTable, IpkReport

HEADER_ROW = 5  # first of the two header rows; data starts two rows below
FIRST_VALUE_COLUMN = 3  # A = row key, B = row label
SHEET_TITLES = ("III-1 Umur", "Pendidikan")
_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def column_label(table: FlowTable, column: str) -> str:
    """The header a column carries in every output ("Lainnya" and "?" spelled out)."""
    if column == UNKNOWN_AGE:
        return "Lainnya (<15 / tgl lahir kosong)"
    if column == UNKNOWN_EDUCATION:
        return "Tidak tercatat"
    return column


def _sheet(ws: Worksheet, report: IpkReport, table: FlowTable, office: str) -> None:
    ws["A1"] = table.title
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = office
    ws["A3"] = f"Bulan {report.period_label} (umur dihitung pada {report.reference_date:%d-%m-%Y})"
    top, sub = HEADER_ROW, HEADER_ROW + 1
    ws.cell(top, 1, "No.")
    ws.cell(top, 2, "Uraian")
    ws.merge_cells(start_row=top, start_column=1, end_row=sub, end_column=1)
    ws.merge_cells(start_row=top, start_column=2, end_row=sub, end_column=2)
    col = FIRST_VALUE_COLUMN
    for name in table.columns:
        ws.cell(top, col, column_label(table, name))
        ws.merge_cells(start_row=top, start_column=col, end_row=top, end_column=col + 1)
        ws.cell(sub, col, "L")
        ws.cell(sub, col + 1, "P")
        col += 2
    ws.cell(top, col, "Jumlah")
    ws.merge_cells(start_row=top, start_column=col, end_row=top, end_column=col + 2)
    for i, head in enumerate(("L", "P", "L+P")):
        ws.cell(sub, col + i, head)
    last_col = col + 2
    for r, row in enumerate(table.rows, start=sub + 1):
        ws.cell(r, 1, row.key)
        ws.cell(r, 2, row.label)
        for c, value in enumerate(row.cells(), start=FIRST_VALUE_COLUMN):
            ws.cell(r, c, value)
        if row.key in ("A", "B", "5"):
            for c in range(1, last_col + 1):
                ws.cell(r, c).font = Font(bold=True)
    last_row = sub + len(table.rows)
    for r in range(top, last_row + 1):
        for c in range(1, last_col + 1):
            cell = ws.cell(r, c)
            cell.border = _BOX
            if r <= sub:
                cell.font = Font(bold=True)
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            elif c >= FIRST_VALUE_COLUMN:
                cell.alignment = Alignment(horizontal="right")
    ws.column_dimensions["A"].width = 5
    ws.column_dimensions["B"].width = 46
    for c in range(FIRST_VALUE_COLUMN, last_col + 1):
        ws.column_dimensions[get_column_letter(c)].width = 7
    ws.row_dimensions[top].height = 30
    ws.freeze_panes = ws.cell(sub + 1, FIRST_VALUE_COLUMN)


def report_to_xlsx(report: IpkReport, path: Path | str) -> Path:
    """Write the report as an .xlsx workbook (sheet "III-1 Umur" and sheet "Pendidikan"); return the path."""
    path = Path(path)
    office = report.kop.one_line
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    first.title = SHEET_TITLES[0]
    _sheet(first, report, report.by_age, office)
    _sheet(workbook.create_sheet(SHEET_TITLES[1]), report, report.by_education, office)
    workbook.properties.title = f"IPK III/1 {report.period_label}"
    workbook.properties.creator = "counter_app"
    tmp = path.with_suffix(".tmp.xlsx")
    workbook.save(tmp)
    tmp.replace(path)
    return path
