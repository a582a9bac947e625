"""Roles, permissions and the signed-in principal; every permission is checked in the core services."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum

from counter_app.errors import PermissionDenied


class Role(StrEnum):
    """The kinds of staff; the login decides which screens open."""

    ADMIN = "admin"
    SUPERVISOR = "supervisor"
    PETUGAS_LOKET = "petugas_loket"
    PENGANTAR_KERJA = "pengantar_kerja"
    VERIFIKATOR = "verifikator"


ROLE_LABELS: dict[Role, str] = {
    Role.ADMIN: "Admin",
    Role.SUPERVISOR: "Supervisor",
    Role.PETUGAS_LOKET: "Petugas loket",
    Role.PENGANTAR_KERJA: "Pengantar kerja",
    Role.VERIFIKATOR: "Verifikator",
}


class Permission(StrEnum):
    """Actions guarded in the core."""

    VIEW_CATALOGUE = "view_catalogue"
    MANAGE_CATALOGUE = "manage_catalogue"
    MANAGE_COUNTERS = "manage_counters"
    MANAGE_USERS = "manage_users"
    VIEW_AUDIT = "view_audit"
    SERVE_QUEUE = "serve_queue"
    VIEW_QUEUE = "view_queue"
    MANAGE_QUEUE = "manage_queue"
    INTAKE = "intake"
    VIEW_APPLICATIONS = "view_applications"
    PROCESS_APPLICATIONS = "process_applications"
    VIEW_JOBSEEKERS = "view_jobseekers"
    REGISTER_JOBSEEKERS = "register_jobseekers"
    MANAGE_OFFICE = "manage_office"
    VIEW_DOCUMENTS = "view_documents"
    ISSUE_DOCUMENTS = "issue_documents"
    VIEW_REPORTS = "view_reports"
    RECORD_COMPLAINTS = "record_complaints"
    MANAGE_COMPLAINTS = "manage_complaints"


PERMISSION_LABELS: dict[Permission, str] = {
    Permission.VIEW_CATALOGUE: "melihat katalog standar pelayanan",
    Permission.MANAGE_CATALOGUE: "mengubah katalog standar pelayanan",
    Permission.MANAGE_COUNTERS: "mengatur loket",
    Permission.MANAGE_USERS: "mengelola pengguna",
    Permission.VIEW_AUDIT: "melihat jejak audit",
    Permission.SERVE_QUEUE: "memanggil dan melayani nomor antrean",
    Permission.VIEW_QUEUE: "melihat keadaan antrean",
    Permission.MANAGE_QUEUE: "mengatur jam layanan, kuota dan aturan antrean",
    Permission.INTAKE: "menerima dan memeriksa berkas persyaratan pemohon",
    Permission.VIEW_APPLICATIONS: "melihat permohonan dan riwayatnya",
    Permission.PROCESS_APPLICATIONS: "memproses permohonan (lanjut, kembalikan, tolak, selesai)",
    Permission.VIEW_JOBSEEKERS: "melihat data pencari kerja (AK/1) dan laporan IPK",
    Permission.REGISTER_JOBSEEKERS: "mendaftarkan pencari kerja dan mencatat lapor, penempatan atau penghapusan AK/1",
    Permission.MANAGE_OFFICE: "mengubah profil kantor, penandatangan, register dan templat surat",
    Permission.VIEW_DOCUMENTS: "melihat dan memverifikasi surat yang telah terbit",
    Permission.ISSUE_DOCUMENTS: "menerbitkan, mencetak atau membatalkan surat bernomor",
    Permission.VIEW_REPORTS: "melihat papan pantau dan laporan kinerja pelayanan",
    Permission.RECORD_COMPLAINTS: "mencatat pengaduan dan saran",
    Permission.MANAGE_COMPLAINTS: "menindaklanjuti dan menutup pengaduan",
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.SUPERVISOR: frozenset(
        {
            Permission.VIEW_CATALOGUE,
            Permission.VIEW_AUDIT,
            Permission.VIEW_QUEUE,
            Permission.VIEW_APPLICATIONS,
            Permission.PROCESS_APPLICATIONS,
            Permission.VIEW_JOBSEEKERS,
            Permission.VIEW_DOCUMENTS,
            Permission.ISSUE_DOCUMENTS,
            Permission.VIEW_REPORTS,
            Permission.RECORD_COMPLAINTS,
            Permission.MANAGE_COMPLAINTS,
        }
    ),
    Role.PETUGAS_LOKET: frozenset(
        {
            Permission.VIEW_CATALOGUE,
            Permission.SERVE_QUEUE,
            Permission.VIEW_QUEUE,
            Permission.INTAKE,
            Permission.VIEW_APPLICATIONS,
            Permission.VIEW_JOBSEEKERS,
            Permission.VIEW_DOCUMENTS,
            Permission.RECORD_COMPLAINTS,
        }
    ),
    Role.PENGANTAR_KERJA: frozenset(
        {
            Permission.VIEW_CATALOGUE,
            Permission.SERVE_QUEUE,
            Permission.VIEW_QUEUE,
            Permission.INTAKE,
            Permission.VIEW_APPLICATIONS,
            Permission.VIEW_JOBSEEKERS,
            Permission.REGISTER_JOBSEEKERS,
            Permission.VIEW_DOCUMENTS,
            Permission.RECORD_COMPLAINTS,
        }
    ),
    Role.VERIFIKATOR: frozenset(
        {
            Permission.VIEW_CATALOGUE,
            Permission.VIEW_APPLICATIONS,
            Permission.PROCESS_APPLICATIONS,
            Permission.VIEW_DOCUMENTS,
            Permission.ISSUE_DOCUMENTS,
        }
    ),
}


@dataclass(frozen=True)
class Principal:
    """Who is acting: a signed-in user, or the admin command line."""

    user_id: uuid.UUID | None
    username: str
    full_name: str
    role: Role

    @property
    def role_label(self) -> str:
        """The role as staff call it."""
        return ROLE_LABELS[self.role]

    def can(self, permission: Permission) -> bool:
        """Return True when the role grants ``permission``."""
        return permission in ROLE_PERMISSIONS[self.role]

    def require(self, permission: Permission) -> None:
        """Raise PermissionDenied with a plain message unless the role grants ``permission``."""
        if not self.can(permission):
            raise PermissionDenied(
                f"Peran {self.role_label} tidak berhak {PERMISSION_LABELS[permission]}. "
                "Minta Admin untuk melakukannya atau mengubah peran Anda."
            )


# The admin command line acts with admin rights; its audit entries carry this name.
COMMAND_LINE = Principal(user_id=None, username="cli", full_name="Baris perintah admin", role=Role.ADMIN)
