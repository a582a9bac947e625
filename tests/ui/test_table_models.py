"""RowTableModel checked with pytest-qt's model tester."""

from __future__ import annotations

from dataclasses import dataclass

from pytestqt.modeltest import ModelTester

from PySide6.QtCore import Qt

from counter_app.ui.table_models import Column, RowTableModel


@dataclass(frozen=True)
class _Row:
    number: int
    name: str


COLUMNS = [
    Column[_Row]("Nomor", lambda r: str(r.number), Qt.AlignmentFlag.AlignCenter),
    Column[_Row]("Nama", lambda r: r.name, tooltip=lambda r: f"Loket {r.name}"),
]


def test_row_table_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model: RowTableModel[_Row] = RowTableModel(COLUMNS)
    model.set_rows([_Row(1, "Kartu Kuning"), _Row(2, "Penempatan"), _Row(3, "Hubungan Industrial")])
    qtmodeltester.check(model, force_py=True)
    model.set_rows([_Row(4, "Pelatihan")])
    qtmodeltester.check(model, force_py=True)


def test_row_table_model_shows_columns_and_rows() -> None:
    model: RowTableModel[_Row] = RowTableModel(COLUMNS)
    model.set_rows([_Row(1, "Kartu Kuning")])
    assert (model.rowCount(), model.columnCount()) == (1, 2)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Nomor"
    assert model.index(0, 1).data() == "Kartu Kuning"
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == "Loket Kartu Kuning"
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) == int(Qt.AlignmentFlag.AlignCenter)
    assert model.row_at(0) == _Row(1, "Kartu Kuning")
