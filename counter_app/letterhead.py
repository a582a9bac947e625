"""The office's kop (letterhead) for every printed report: its defaults and how it is read from Profil Kantor.

The kop is saved by the admin in Profil Kantor (``letters.OfficeProfile`` under ``PROFILE_KEY`` in the office
settings). This module holds the single set of default kop lines, which ``OfficeProfile`` uses too, and reads the
saved kop without importing the store, so the pure report modules and the renderers can carry a ``Kop``.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

PROFILE_KEY = "letters.profile"
DEFAULT_GOVERNMENT = "PEMERINTAH KABUPATEN MOJOKERTO"
DEFAULT_OFFICE = "DINAS TENAGA KERJA"
DEFAULT_ADDRESS = "Jalan Raya Jabon Km. 6, Mojoanyar, Mojokerto, Jawa Timur 61364"
DEFAULT_CONTACT = "Telepon (0321) 000000"
DEFAULT_WEB = "Laman disnaker.mojokertokab.go.id, Pos-el disnaker@mojokertokab.go.id"
DEFAULT_PLACE = "Mojokerto"  # the place on date and signature lines ("Mojokerto, 26 November 2026")


@dataclass(frozen=True)
class Kop:
    """The heading of a printed report: government line, office line, address lines and the optional logo."""

    government: str = DEFAULT_GOVERNMENT
    office: str = DEFAULT_OFFICE
    address_lines: tuple[str, ...] = (DEFAULT_ADDRESS, DEFAULT_CONTACT, DEFAULT_WEB)  # small type, under the office
    logo_png: bytes | None = None

    @property
    def lines(self) -> tuple[str, ...]:
        """Every text line of the kop, top to bottom."""
        return (self.government, self.office, *self.address_lines)

    @property
    def one_line(self) -> str:
        """'PEMERINTAH KABUPATEN MOJOKERTO - DINAS TENAGA KERJA' (spreadsheet headings)."""
        return f"{self.government} - {self.office}"


DEFAULT_KOP = Kop()


class SettingsReader(Protocol):
    """What ``office_kop`` needs of the store: ``uow.office_settings``."""

    def get(self, key: str) -> Any:
        """The saved JSON value of ``key`` (None when never saved)."""
        ...


def kop_from_profile(saved: Mapping[str, Any] | None) -> Kop:
    """The kop of a saved Profil Kantor (as stored under PROFILE_KEY); the defaults for what was never saved."""
    if not saved:
        return DEFAULT_KOP
    address = tuple(str(line) for line in saved.get("address_lines") or () if str(line).strip())
    if "address_lines" not in saved:
        address = (DEFAULT_ADDRESS,)
    contact = saved.get("contact_line", DEFAULT_CONTACT) or ""
    web = saved.get("web_line", DEFAULT_WEB) or ""
    logo: bytes | None = None
    if saved.get("logo_png"):
        try:
            logo = base64.b64decode(saved["logo_png"])
        except (binascii.Error, TypeError, ValueError):
            logo = None  # a damaged logo must not stop a report; the kop prints without it
    return Kop(
        government=str(saved.get("government") or DEFAULT_GOVERNMENT),
        office=str(saved.get("office") or DEFAULT_OFFICE),
        address_lines=tuple(line for line in (*address, str(contact), str(web)) if line.strip()),
        logo_png=logo,
    )


def office_kop(settings: SettingsReader) -> Kop:
    """The kop saved in Profil Kantor now (``office_kop(uow.office_settings)``)."""
    return kop_from_profile(settings.get(PROFILE_KEY))


def place_from_profile(saved: Mapping[str, Any] | None) -> str:
    """The place of date lines in a saved Profil Kantor; the default when it was never saved."""
    place = str((saved or {}).get("place") or "").strip()
    return place or DEFAULT_PLACE


def office_place(settings: SettingsReader) -> str:
    """The place saved in Profil Kantor now (``office_place(uow.office_settings)``)."""
    return place_from_profile(settings.get(PROFILE_KEY))
