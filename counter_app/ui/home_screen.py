"""Beranda: who is signed in, where, today's date, and the services and loket this station deals with."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from counter_app.catalogue import CatalogueService, ServiceSummary
from counter_app.changes import Changes
from counter_app.counters import CounterAdminService, CounterInfo
from counter_app.roles import Role
from counter_app.ui import formatting
from counter_app.ui.common import ScreenDeps

ROLE_TASKS: dict[Role, str] = {
    Role.ADMIN: "Mengatur pengguna, loket, katalog, profil kantor dan templat surat; membaca jejak audit.",
    Role.SUPERVISOR: "Memantau antrean, laporan kinerja, SKM/IKM, pengaduan dan laporan IPK.",
    Role.PETUGAS_LOKET: "Melayani pemohon di loket sesuai standar pelayanan.",
    Role.PENGANTAR_KERJA: "Mendaftarkan pencari kerja, mencetak kartu AK/1, mencatat lapor dan penempatan.",
    Role.VERIFIKATOR: "Memproses permohonan sesuai langkah standar pelayanan dan menerbitkan suratnya.",
}


@dataclass(frozen=True)
class HomeData:
    """What Beranda shows."""

    services: list[ServiceSummary]
    counters: list[CounterInfo]


class HomeScreen(QWidget):
    """The first screen after signing in."""

    def __init__(
        self,
        *,
        deps: ScreenDeps,
        catalogue: CatalogueService,
        counters: CounterAdminService,
        station: str,
        counter_number: int | None,
        today: dt.date,
    ) -> None:
        super().__init__()
        self._deps = deps
        self._catalogue = catalogue
        self._counters = counters
        self._station = station
        self._counter_number = counter_number
        self._today = today
        self._build_ui()
        self._connect_signals()
        self._load()

    def _build_ui(self) -> None:
        p = self._deps.principal
        self.greeting = QLabel(self.tr("Selamat datang, {0}").format(escape(p.full_name)))
        self.greeting.setObjectName("screenTitle")
        self.subtitle = QLabel(f"{formatting.long_date(self._today)} · {p.role_label} · {ROLE_TASKS[p.role]}")
        self.subtitle.setWordWrap(True)
        self.body = QTextBrowser()
        self.body.setObjectName("homeBody")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.greeting)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.body, 1)

    def _connect_signals(self) -> None:
        self._deps.changes.changes_published.connect(self._on_changes_published)

    def _load(self) -> None:
        actor = self._deps.principal

        def fetch() -> HomeData:
            return HomeData(self._catalogue.list_services(actor), self._counters.list_counters(actor))

        self._deps.runner.run(fetch, self._show)

    @Slot(object)
    def _on_changes_published(self, changes: Changes) -> None:
        if changes.catalogue or changes.counters:
            self._load()

    def _show(self, data: HomeData) -> None:
        public = [s for s in data.services if s.is_public and s.active]
        internal = [s for s in data.services if not s.is_public and s.active]
        parts = [
            f"<h3>{escape(self.tr('Stasiun ini'))}</h3>",
            f"<p>{escape(self.tr('Nama PC'))}: <b>{escape(self._station)}</b>",
        ]
        mine = next((c for c in data.counters if c.number == self._counter_number), None)
        if mine is not None:
            parts.append(
                f" · {escape(mine.name)}: {escape(', '.join(mine.service_codes) or self.tr('belum ada layanan'))}"
            )
        parts.append("</p>")
        parts.append(
            f"<h3>{escape(self.tr('Layanan'))}</h3><p>"
            + escape(
                self.tr("{0} layanan publik dan {1} layanan internal aktif dalam katalog.").format(
                    len(public), len(internal)
                )
            )
            + "</p>"
        )
        rows = "".join(
            f"<tr><td><b>{c.number}</b></td><td>{escape(c.name)}</td>"
            f"<td>{escape(', '.join(c.service_codes) or '-')}</td>"
            f"<td>{escape(self.tr('aktif') if c.active else self.tr('nonaktif'))}</td></tr>"
            for c in data.counters
        )
        if rows:
            parts.append(
                f"<h3>{escape(self.tr('Loket'))}</h3><table cellpadding='4'>"
                f"<tr><th align='left'>No.</th><th align='left'>{escape(self.tr('Nama'))}</th>"
                f"<th align='left'>{escape(self.tr('Layanan'))}</th><th align='left'>Status</th></tr>{rows}</table>"
            )
        else:
            parts.append(f"<p>{escape(self.tr('Belum ada loket. Admin menambahkannya di menu Loket.'))}</p>")
        self.body.setHtml("".join(parts))
