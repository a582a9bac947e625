"""Realistic demo data for screenshots, benchmarks and trying the program out."""

from __future__ import annotations

from dataclasses import dataclass

from counter_app.core import Core
from counter_app.errors import Conflict
from counter_app.roles import COMMAND_LINE, Role

DEMO_PASSWORD = "rahasia123"

DEMO_USERS: tuple[tuple[str, str, Role, str], ...] = (
    ("admin", "Admin Sistem", Role.ADMIN, ""),
    ("supervisor", "Dra. Sri Wahyuni, M.Si.", Role.SUPERVISOR, "196805121993032004"),
    ("loket1", "Ahmad Fauzi", Role.PETUGAS_LOKET, ""),
    ("loket2", "Dewi Lestari", Role.PETUGAS_LOKET, ""),
    ("pengantar", "Bambang Setiawan, S.E.", Role.PENGANTAR_KERJA, "197903142006041012"),
    ("verifikator", "Nur Aini Rahmawati, S.H.", Role.VERIFIKATOR, "198507222010012018"),
)

# loket number, name, service codes
DEMO_COUNTERS: tuple[tuple[int, str, tuple[str, ...]], ...] = (
    (1, "Loket 1 - Kartu Kuning", ("AK1",)),
    (2, "Loket 2 - Penempatan", ("BKK", "CPMI", "AK1")),
    (3, "Loket 3 - Hubungan Industrial", ("PKWT", "PKB", "PP", "SPSB", "LKS", "PHI", "SRK", "KK1")),
    (4, "Loket 4 - Pelatihan", ("LPKS", "LATSER", "MAGANG", "OSSLPK")),
)


@dataclass(frozen=True)
class SeedReport:
    """What the demo seed created."""

    users: int
    counters: int

    def summary(self) -> str:
        """One Indonesian line for the CLI."""
        return f"Data contoh: {self.users} pengguna dan {self.counters} loket dibuat (kata sandi: {DEMO_PASSWORD})."


def seed(core: Core) -> SeedReport:
    """Create demo users and loket; existing ones are left as they are, so seeding twice is harmless."""
    users = 0
    for username, full_name, role, nip in DEMO_USERS:
        try:
            core.users.add_user(
                COMMAND_LINE, username=username, full_name=full_name, role=role, password=DEMO_PASSWORD, nip=nip
            )
            users += 1
        except Conflict:
            pass
    by_code = {s.code: s.id for s in core.catalogue.list_services(COMMAND_LINE)}
    existing = {c.number for c in core.counters.list_counters(COMMAND_LINE)}
    counters = 0
    for number, name, codes in DEMO_COUNTERS:
        if number in existing:
            continue
        core.counters.save_counter(
            COMMAND_LINE,
            counter_id=None,
            number=number,
            name=name,
            active=True,
            service_ids=[by_code[c] for c in codes if c in by_code],
        )
        counters += 1
    return SeedReport(users=users, counters=counters)
