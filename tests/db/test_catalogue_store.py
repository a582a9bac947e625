"""Loading the service catalogue into the store, and the office's own fields surviving newer catalogues."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import select
from support import catalogue as cat_support
from support import store
from support.catalogue import PUBLIC_COUNT, STANDARD_COUNT

from counter_app import app, catalogue_data
from counter_app.catalogue import ServiceSummary
from counter_app.clock import FixedClock
from counter_app.core import Core
from counter_app.db import models
from counter_app.errors import Conflict, NotFound, UserError
from counter_app.roles import COMMAND_LINE, Principal


@pytest.fixture
def admin(core: Core) -> Principal:
    return core.auth.create_first_admin("admin", "Admin Kantor", store.PASSWORD)


def services(core: Core) -> dict[str, ServiceSummary]:
    return {s.key: s for s in core.catalogue.list_services(COMMAND_LINE)}


def requirement_rows(core: Core, key: str) -> list[tuple[uuid.UUID, str, int, str, bool]]:
    with core.ctx.uow(read_only=True) as uow:
        rows = uow.session.execute(
            select(
                models.ServiceRequirement.id,
                models.ServiceRequirement.variant,
                models.ServiceRequirement.position,
                models.ServiceRequirement.text,
                models.ServiceRequirement.active,
            )
            .join(models.Service)
            .where(models.Service.key == key)
            .order_by(models.ServiceRequirement.variant, models.ServiceRequirement.position)
        ).all()
    return [(r.id, r.variant, r.position, r.text, r.active) for r in rows]


def test_first_load_stores_the_whole_catalogue(make_core: Callable[..., Core]) -> None:
    core = make_core(load_catalogue=False)
    assert core.catalogue.list_services(COMMAND_LINE) == []
    report = core.catalogue.load(COMMAND_LINE)
    file = catalogue_data.load_file()
    assert len(report.added) == STANDARD_COUNT
    assert report.added == tuple(s.key for s in file)
    assert (report.updated, report.unchanged) == ((), ())
    assert report.summary() == f"Katalog dimuat: {STANDARD_COUNT} baru, 0 diperbarui, 0 tidak berubah."

    listed = core.catalogue.list_services(COMMAND_LINE)
    assert [s.key for s in listed] == [s.key for s in file]  # catalogue order
    public = [s for s in listed if s.is_public]
    assert len(public) == PUBLIC_COUNT
    assert all(s.ticket_prefix for s in public)
    assert all(s.ticket_prefix is None for s in listed if not s.is_public)
    assert len({s.ticket_prefix for s in public}) == PUBLIC_COUNT
    assert len({s.code for s in listed}) == STANDARD_COUNT
    assert all(s.active and s.counter_numbers == () for s in listed)
    by_key = cat_support.by_key(file)
    for s in listed:
        assert (s.code, s.ticket_prefix, s.title, s.bidang) == (
            by_key[s.key].code,
            by_key[s.key].ticket_prefix,
            by_key[s.key].title,
            by_key[s.key].bidang,
        )
    loads = core.audit.recent(COMMAND_LINE, action_prefix="catalogue.load")
    assert len(loads) == 1


def test_loading_again_changes_nothing(core: Core, clock: FixedClock) -> None:
    clock.advance(days=1)
    before = store.snapshot(core.engine)
    report = core.catalogue.load(COMMAND_LINE)
    assert (len(report.added), len(report.updated), len(report.unchanged)) == (0, 0, STANDARD_COUNT)
    assert store.snapshot(core.engine) == before  # no row touched, no audit entry


def test_build_core_loads_the_catalogue_once(make_core: Callable[..., Core]) -> None:
    first = make_core()
    before = store.snapshot(first.engine)
    make_core()  # a second station starting on the same store
    assert store.snapshot(first.engine) == before


def test_get_service_returns_the_standard_as_in_the_file(core: Core) -> None:
    file = cat_support.by_key(catalogue_data.load_file())
    listed = services(core)
    assert set(listed) == set(file)
    for key, summary in listed.items():
        detail = core.catalogue.get_service(COMMAND_LINE, summary.id)
        assert detail.standard == file[key], key
        assert detail.summary == summary
        assert detail.loaded_at == store.START
    # The variant lists survive the round trip through the store (OSS: perorangan and badan hukum).
    oss = core.catalogue.get_service(COMMAND_LINE, listed["oss_pelatihan_kerja"].id).standard
    assert [rl.variant for rl in oss.requirements] == ["perorangan", "badan_hukum"]


def test_get_service_of_unknown_id(core: Core) -> None:
    with pytest.raises(NotFound, match="Layanan tidak ditemukan"):
        core.catalogue.get_service(COMMAND_LINE, uuid.uuid4())


def test_requirement_and_step_rows_follow_the_standard(core: Core) -> None:
    file = cat_support.by_key(catalogue_data.load_file())
    rows = requirement_rows(core, "oss_pelatihan_kerja")
    expected = [
        (rl.variant, position, item.text)
        for rl in sorted(file["oss_pelatihan_kerja"].requirements, key=lambda r: r.variant)
        for position, item in enumerate(rl.items, start=1)
    ]
    assert [(v, p, t) for _id, v, p, t, _active in rows] == expected
    assert all(active for *_, active in rows)


def newer_ak1(document: dict[str, Any]) -> None:
    raw = cat_support.raw_standard(document, "ak1")
    raw["title"] = "AK/1 ATAU KARTU KUNING (REVISI 2027)"
    raw["requirements"][0]["items"].pop()  # the last requirement is dropped


def test_newer_catalogue_keeps_the_office_fields(core: Core, admin: Principal, clock: FixedClock) -> None:
    listed = services(core)
    ak1 = listed["ak1"]
    counter = core.counters.save_counter(admin, counter_id=None, number=7, name="Loket 7", active=True, service_ids=[])
    core.catalogue.update_operational(
        admin, ak1.id, code="kuning", ticket_prefix=" y ", active=False, counter_ids=[counter.id]
    )
    old_rows = requirement_rows(core, "ak1")
    assert len(old_rows) == 5
    others_before = {k: core.catalogue.get_service(admin, s.id) for k, s in listed.items() if k != "ak1"}

    clock.advance(days=30)
    newer = cat_support.newer_catalogue(newer_ak1)
    report = core.catalogue.load(admin, newer)
    assert report.updated == ("ak1",)
    assert report.added == ()
    assert len(report.unchanged) == STANDARD_COUNT - 1

    detail = core.catalogue.get_service(admin, ak1.id)
    # The office's own fields stay as the admin set them...
    summary = detail.summary
    assert (summary.code, summary.ticket_prefix, summary.active, summary.counter_numbers) == (
        "KUNING",
        "Y",
        False,
        (7,),
    )
    # ...the text follows the newer file...
    assert detail.standard == cat_support.by_key(newer)["ak1"]
    assert summary.title == "AK/1 ATAU KARTU KUNING (REVISI 2027)"
    assert detail.loaded_at == clock.now()
    # ...requirement rows keep their ids; the dropped one is deactivated, not deleted.
    new_rows = {r[0]: r for r in requirement_rows(core, "ak1")}
    assert set(new_rows) == {r[0] for r in old_rows}
    assert [new_rows[r[0]][4] for r in old_rows] == [True, True, True, True, False]
    assert [new_rows[r[0]][3] for r in old_rows] == [r[3] for r in old_rows]
    # The other services are untouched.
    for key, before in others_before.items():
        assert core.catalogue.get_service(admin, before.summary.id) == before, key
    assert len(core.audit.recent(admin, action_prefix="catalogue.load")) == 2

    # A later file that brings the item back reactivates the same row.
    core.catalogue.load(admin)
    assert requirement_rows(core, "ak1") == old_rows


def test_dropping_a_middle_requirement_deactivates_that_row(core: Core) -> None:
    old_rows = requirement_rows(core, "ak1")

    def drop_second(document: dict[str, Any]) -> None:
        del cat_support.raw_standard(document, "ak1")["requirements"][0]["items"][1]

    core.catalogue.load(COMMAND_LINE, cat_support.newer_catalogue(drop_second))
    new_rows = {r[0]: r for r in requirement_rows(core, "ak1")}
    for row_id, _variant, _position, text, _active in old_rows:
        assert new_rows[row_id][3] == text  # a row id keeps meaning the same requirement
    assert [new_rows[r[0]][4] for r in old_rows] == [True, False, True, True, True]


def test_new_standard_whose_code_and_prefix_the_office_already_uses(core: Core, admin: Principal) -> None:
    ak1 = services(core)["ak1"]
    core.catalogue.update_operational(admin, ak1.id, code="BARU", ticket_prefix="Y", active=True, counter_ids=[])

    def add_new(document: dict[str, Any]) -> None:
        raw = dict(cat_support.raw_standard(document, "bkk"), key="layanan_baru", code="BARU", ticket_prefix="Y")
        document["standards"].append(raw)
        # The file itself gives ak1 its own code and prefix back; the office keeps its choice.

    report = core.catalogue.load(admin, cat_support.newer_catalogue(add_new))
    assert report.added == ("layanan_baru",)
    new = services(core)["layanan_baru"]
    assert new.code == "BARU2"  # numbered, not taken from ak1
    assert new.ticket_prefix is None  # the admin must pick one
    assert (services(core)["ak1"].code, services(core)["ak1"].ticket_prefix) == ("BARU", "Y")


def test_update_operational_saves_and_audits(core: Core, admin: Principal) -> None:
    pkwt = services(core)["pkwt"]
    c1 = core.counters.save_counter(admin, counter_id=None, number=1, name="", active=True, service_ids=[])
    c3 = core.counters.save_counter(admin, counter_id=None, number=3, name="", active=True, service_ids=[])
    result = core.catalogue.update_operational(
        admin, pkwt.id, code=" pkwt2 ", ticket_prefix="pw", active=True, counter_ids=[c3.id, c1.id]
    )
    assert (result.code, result.ticket_prefix, result.counter_numbers) == ("PKWT2", "PW", (1, 3))
    assert services(core)["pkwt"] == result
    [entry] = core.audit.recent(admin, action_prefix="service.update")
    assert entry.detail == "fields=['code', 'ticket_prefix', 'counters']"
    assert entry.entity_id == str(pkwt.id)


@pytest.mark.parametrize(
    ("key", "change", "error", "message"),
    [
        pytest.param("bkk", {"code": "AK1"}, Conflict, "Kode AK1 sudah dipakai", id="duplicate-code"),
        pytest.param("bkk", {"code": "ak1"}, Conflict, "Kode AK1 sudah dipakai", id="duplicate-code-lowercase"),
        pytest.param("bkk", {"ticket_prefix": "A"}, Conflict, "Awalan A sudah dipakai", id="duplicate-prefix"),
        pytest.param("surat_masuk", {"ticket_prefix": "Q"}, UserError, "Layanan internal", id="internal-prefix"),
        pytest.param("bkk", {"ticket_prefix": None}, UserError, "memerlukan awalan", id="public-no-prefix"),
        pytest.param("bkk", {"ticket_prefix": "ABC"}, UserError, "1-2 huruf besar", id="prefix-too-long"),
        pytest.param("bkk", {"ticket_prefix": "1"}, UserError, "1-2 huruf besar", id="prefix-digit"),
        pytest.param("bkk", {"code": "1BKK"}, UserError, "Kode layanan harus", id="code-starts-with-digit"),
        pytest.param("bkk", {"code": "B"}, UserError, "Kode layanan harus", id="code-too-short"),
        pytest.param("bkk", {"code": "BKK-2"}, UserError, "Kode layanan harus", id="code-punctuation"),
        pytest.param("bkk", {"counter_ids": [uuid.uuid4()]}, NotFound, "Loket", id="unknown-counter"),
    ],
)
def test_bad_operational_edits_are_refused(
    core: Core, admin: Principal, key: str, change: dict[str, Any], error: type[Exception], message: str
) -> None:
    service = services(core)[key]
    fields = {
        "code": service.code,
        "ticket_prefix": service.ticket_prefix,
        "active": True,
        "counter_ids": [],
    } | change
    before = store.snapshot(core.engine)
    with pytest.raises(error, match=message) as info:
        core.catalogue.update_operational(admin, service.id, **fields)
    assert type(info.value) is error
    assert store.snapshot(core.engine) == before


def test_update_of_unknown_service(core: Core, admin: Principal) -> None:
    with pytest.raises(NotFound):
        core.catalogue.update_operational(
            admin, uuid.uuid4(), code="XYZ", ticket_prefix=None, active=True, counter_ids=[]
        )


def test_internal_service_without_prefix_is_fine(core: Core, admin: Principal) -> None:
    internal = services(core)["surat_masuk"]
    result = core.catalogue.update_operational(
        admin, internal.id, code="SURAT", ticket_prefix="  ", active=False, counter_ids=[]
    )
    assert (result.code, result.ticket_prefix, result.active) == ("SURAT", None, False)


def test_cli_catalogue_check_and_load(
    core: Core, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COUNTER_APP_DB_URL", db_url)
    assert app.main(["catalogue", "check"]) == 0
    public = PUBLIC_COUNT
    assert f"Katalog sah: {STANDARD_COUNT} standar ({public} publik, {STANDARD_COUNT - public} internal)." in (
        capsys.readouterr().out
    )

    document = cat_support.raw_catalogue()
    cat_support.retitled("ak1")(document)
    newer = tmp_path / "katalog baru.yaml"
    newer.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    assert app.main(["catalogue", "load", str(newer)]) == 0
    assert f"Katalog dimuat: 0 baru, 1 diperbarui, {STANDARD_COUNT - 1} tidak berubah." in capsys.readouterr().out
    assert services(core)["ak1"].title.endswith("(revisi 2027)")

    # Without a file, the bundled catalogue is loaded again.
    assert app.main(["catalogue", "load"]) == 0
    assert f"Katalog dimuat: 0 baru, 1 diperbarui, {STANDARD_COUNT - 1} tidak berubah." in capsys.readouterr().out
    assert not services(core)["ak1"].title.endswith("(revisi 2027)")
