"""Kecamatan and desa/kelurahan of Kabupaten Mojokerto (Kemendagri codes 35.16.xx[.xxxx]) for the address pickers."""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass

from counter_app import paths

DATA_FILE = "wilayah/mojokerto.csv"
KABUPATEN_CODE = "35.16"


@dataclass(frozen=True)
class Region:
    """A kecamatan (``35.16.08``) or a desa/kelurahan (``35.16.08.1004``)."""

    code: str
    name: str

    @property
    def is_kelurahan(self) -> bool:
        """True for a kelurahan (serial 1xxx); desa have serials 2xxx."""
        return self.code.count(".") == 3 and self.code.rsplit(".", 1)[1].startswith("1")


@dataclass(frozen=True)
class RegionTable:
    """The region list: kecamatan in code order, and the desa of each kecamatan in code order."""

    kecamatan: tuple[Region, ...]
    desa_by_kecamatan: dict[str, tuple[Region, ...]]

    def desa(self, kecamatan_code: str) -> tuple[Region, ...]:
        """The desa/kelurahan of one kecamatan; empty for an unknown code."""
        return self.desa_by_kecamatan.get(kecamatan_code, ())

    def name(self, code: str) -> str:
        """The name of a kecamatan or desa code; empty when unknown."""
        return self.names().get(code, "")

    def names(self) -> dict[str, str]:
        """Every code (kecamatan and desa) with its name."""
        out = {r.code: r.name for r in self.kecamatan}
        for rows in self.desa_by_kecamatan.values():
            out.update((r.code, r.name) for r in rows)
        return out


def parse(lines: list[str]) -> RegionTable:
    """Build the table from CSV lines ``kode,nama``; refuses a desa whose kecamatan is not listed."""
    kecamatan: list[Region] = []
    desa: dict[str, list[Region]] = {}
    for row in csv.DictReader(lines):
        code, name = row["kode"].strip(), row["nama"].strip()
        parts = code.split(".")
        if len(parts) == 3:
            kecamatan.append(Region(code, name))
            desa.setdefault(code, [])
        elif len(parts) == 4:
            parent = ".".join(parts[:3])
            if parent not in desa:
                raise ValueError(f"desa {code} listed before (or without) its kecamatan {parent}")
            desa[parent].append(Region(code, name))
        else:
            raise ValueError(f"bad region code {code!r}")
    return RegionTable(
        kecamatan=tuple(sorted(kecamatan, key=lambda r: r.code)),
        desa_by_kecamatan={k: tuple(sorted(v, key=lambda r: r.code)) for k, v in desa.items()},
    )


@functools.cache
def mojokerto() -> RegionTable:
    """The bundled table of Kabupaten Mojokerto (read once)."""
    text = paths.resource(DATA_FILE).read_text(encoding="utf-8")
    return parse(text.splitlines())
