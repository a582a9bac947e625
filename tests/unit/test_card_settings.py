"""Station settings for AK/1 cards: printer, mode, per-printer offsets survive a save and load."""

from __future__ import annotations

from pathlib import Path

from counter_app import settings as settings_mod
from counter_app.settings import Settings, card_offset


def test_card_defaults_and_missing_printer_has_no_offset() -> None:
    s = Settings()
    assert (s.card_printer, s.card_mode, s.card_offsets) == ("", "full", {})
    assert s.card_offset("Epson-L3110") == (0.0, 0.0)


def test_offsets_per_printer_survive_save_and_load(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    s = Settings(card_printer="Epson-L3110", card_mode="blank")
    s.card_offsets["Epson-L3110"] = {"dx_mm": 1.5, "dy_mm": -2.0}
    s.card_offsets["Canon-LBP"] = {"dx_mm": 0.0, "dy_mm": 0.5}
    settings_mod.save(s, path)

    loaded = settings_mod.load(path)
    assert loaded.card_mode == "blank"
    assert loaded.card_offset("Epson-L3110") == (1.5, -2.0)
    assert loaded.card_offset("Canon-LBP") == (0.0, 0.5)
    assert loaded.card_offset("Lain") == (0.0, 0.0)


def test_unreadable_offset_entries_count_as_zero() -> None:
    assert card_offset({"P": {"dx_mm": "x"}}, "P") == (0.0, 0.0)
    assert card_offset({"P": "rusak"}, "P") == (0.0, 0.0)  # type: ignore[dict-item]
    assert card_offset({"P": {"dy_mm": 2}}, " P ") == (0.0, 2.0)
