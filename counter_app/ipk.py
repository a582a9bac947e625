"""The monthly IPK III/1 report (Ikhtisar Statistik Antar Kerja, Bagian I Pencari Kerja), as pure functions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class IpkSeeker:
    """One registration as the IPK tables count it (the store supplies these; nothing here reads it)."""

    sex: str  # "L" or "P"
    birth_date: dt.date | None
    education: str  # one of jobseekers.EDUCATION_LEVELS codes ("TS", "SD", ... "S3")
    registered_on: dt.date
    placed_on: dt.date | None = None
    removed_on: dt.date | None = None
