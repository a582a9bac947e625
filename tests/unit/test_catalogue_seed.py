"""The bundled service catalogue against the seed texts it was transcribed from.

The seed files are parsed here on their own (not through the YAML), so a requirement, step or time
limit lost or invented in resources/catalogue/standards.yaml makes these tests fail.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from counter_app import catalogue_data, paths
from counter_app.errors import CatalogueError

# Copies of ../shared/seeds, kept in the repository so the comparison runs on every machine.
SEEDS_DIR = Path(__file__).resolve().parent.parent / "data" / "seeds"
DISNAKER_SEED = "003_3ba2910ac62b1440.txt"  # 27 standards of Dinas Tenaga Kerja
OSS_SEED = "000_1c5a97be1d56bcbf.txt"  # the DPMPTSP OSS standard (PDF text)
STANDARD_COUNT = 28

_ROW = re.compile(r"^\d+\.\t(?P<label>[^\t]*)\t(?P<value>.*)$")
_CONTINUATION = re.compile(r"^\t\t(?P<value>.*)$")
_LIST_NUMBER = re.compile(r"(?:^|\s)\d{1,2}\.(?=\s)")
_NUMBER_WITHOUT_DOT_AT_START = re.compile(r"^\d{1,2}\s")
_TIME = re.compile(r"^(\d+)\s*(?:\([^)]*\)\s*)?([A-Za-z]+)")


@dataclass(frozen=True)
class SeedStandard:
    """What the test reads from the seed text for one standard."""

    source_file: str
    title: str
    requirement_counts: dict[str, int]  # variant -> number of items
    step_count: int
    time_value: int
    time_unit: str


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _count_items(value: str) -> int:
    """Number of items of a list cell: numbered items, or 1 for plain text, 0 for an empty cell."""
    text = re.sub(r"<pre>.*?</pre>", " ", value, flags=re.S)  # the mermaid flow graph
    text = _flat(re.sub(r"<[^>]+>", " ", text))
    if not text:
        return 0
    numbers = len(_LIST_NUMBER.findall(text))
    if _NUMBER_WITHOUT_DOT_AT_START.match(text):  # "1 Menerima ..." (the source forgot the dot)
        numbers += 1
    return numbers or 1


def _time(value: str) -> tuple[int, str]:
    match = _TIME.match(_flat(value))
    assert match, f"no time limit in {value!r}"
    return int(match.group(1)), match.group(2).lower()


def _seed_path(name: str) -> Path:
    path = SEEDS_DIR / name
    assert path.is_file(), f"seed copy {path} is missing from the repository"
    return path


def _disnaker_seed() -> list[SeedStandard]:
    text = _seed_path(DISNAKER_SEED).read_text(encoding="utf-8")
    out = []
    for chunk in re.split(r"\*{0,2}STANDAR PELAYANAN", text)[1:]:
        heading, _, table = chunk.partition("\nNO\t")
        title = _flat(heading.replace("*", ""))
        components: dict[str, str] = {}
        last = ""
        for line in table.splitlines():
            if row := _ROW.match(line):
                last = row["label"].strip()
                components[last] = row["value"]
            elif (cont := _CONTINUATION.match(line)) and last:
                components[last] += " " + cont["value"]

        def component(prefix: str, title: str = title, components: dict[str, str] = components) -> str:
            found = [v for k, v in components.items() if k.startswith(prefix)]
            assert len(found) == 1, f"{title}: component {prefix!r} found {len(found)} times"
            return found[0]

        value, unit = _time(component("Jangka Waktu Pelayanan"))
        out.append(
            SeedStandard(
                source_file=DISNAKER_SEED,
                title=title,
                requirement_counts={"": _count_items(component("Persyaratan"))},
                step_count=_count_items(component("Sistem, Mekanisme dan Pro")),
                time_value=value,
                time_unit=unit,
            )
        )
    return out


def _numbered_lines(block: str) -> int:
    return len(re.findall(r"^\s*\d+\.\s+\S", block, flags=re.M))


def _between(text: str, start: str, end: str) -> str:
    i = text.index(start) + len(start)
    return text[i : text.index(end, i)]


def _oss_seed() -> SeedStandard:
    text = _seed_path(OSS_SEED).read_text(encoding="utf-8")
    title = _flat(_between(text, "Jenis Pelayanan :", "NO. JENIS PERIZINAN"))
    perorangan = _between(text, "Persyaratan Perusahaan Perorangan:", "Perusahaan Berbentuk Badan Hukum:")
    badan_hukum = _between(text, "Perusahaan Berbentuk Badan Hukum:", "2. Sistem, Mekanisme")
    procedure = _between(text, "dan Prosedur", "3. Jangka Waktu")
    time_cell = re.search(r"3\.\s+Jangka Waktu\s+Pelayanan\s+(.+?)\s+4\.\s+Biaya", text, flags=re.S)
    assert time_cell, "OSS seed: no 'Jangka Waktu Pelayanan' component"
    value, unit = _time(time_cell.group(1))
    return SeedStandard(
        source_file=OSS_SEED,
        title=title,
        requirement_counts={
            "perorangan": _numbered_lines(perorangan),
            "badan_hukum": _numbered_lines(badan_hukum),
        },
        step_count=_numbered_lines(procedure),
        time_value=value,
        time_unit=unit,
    )


@pytest.fixture(scope="module")
def seed_standards() -> tuple[SeedStandard, ...]:
    return (*_disnaker_seed(), _oss_seed())


@pytest.fixture(scope="module")
def catalogue() -> tuple[catalogue_data.Standard, ...]:
    return catalogue_data.load_file()


def _raw_document() -> dict:
    return yaml.safe_load(paths.resource(catalogue_data.CATALOGUE_FILE).read_text(encoding="utf-8"))


# --- the seed parser itself --------------------------------------------------------------------


def test_seed_parser_finds_every_standard(seed_standards):
    assert len(seed_standards) == STANDARD_COUNT
    assert seed_standards[0].title == "AK/1 ATAU KARTU KUNING"
    assert seed_standards[0].requirement_counts == {"": 5}
    assert seed_standards[0].step_count == 5
    assert (seed_standards[0].time_value, seed_standards[0].time_unit) == (30, "menit")
    oss = seed_standards[-1]
    assert oss.requirement_counts == {"perorangan": 5, "badan_hukum": 8}
    assert oss.step_count == 0
    assert (oss.time_value, oss.time_unit) == (5, "hari")


def test_count_items_handles_the_seed_quirks():
    assert _count_items("") == 0
    assert _count_items("Alat kebersihan") == 1
    assert _count_items("<p>1. A</p> <p>2. B No. 5 Tahun 2017</p>") == 2
    assert _count_items("1 Menerima surat 2. Memberikan 3. Melaksanakan") == 3
    assert _count_items("1. ISO 9001:2015 Klausul 8.5 Produksi 2. B") == 2
    assert _count_items("<div> <pre> graph TD A[X 1. Y] --> B </pre> </div> 1. Satu") == 1


# --- the catalogue file ----------------------------------------------------------------------


def test_catalogue_file_validates(catalogue):
    assert len(catalogue) == STANDARD_COUNT
    assert len({s.key for s in catalogue}) == STANDARD_COUNT


def test_public_and_internal_services(catalogue):
    public = [s for s in catalogue if s.is_public]
    internal = [s for s in catalogue if not s.is_public]
    assert len(public) == 15
    assert len(internal) == 13
    assert all(s.ticket_prefix for s in public)
    assert all(s.ticket_prefix is None for s in internal)
    assert {s.bidang for s in internal} == {"Sekretariat"}
    assert "Sekretariat" not in {s.bidang for s in public}
    assert next(s for s in catalogue if s.key == "ak1").ticket_prefix == "A"


def test_offices_and_descriptions(catalogue):
    assert {s.office for s in catalogue[:-1]} == {"Dinas Tenaga Kerja Kabupaten Mojokerto"}
    assert catalogue[-1].office == "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Mojokerto"
    for s in catalogue:
        assert 0 < len(s.description) <= 70, s.key
        assert "\n" not in s.description, s.key


@pytest.mark.parametrize("index", range(STANDARD_COUNT), ids=lambda i: f"standar{i + 1:02d}")
def test_standard_matches_seed(catalogue, seed_standards, index):
    standard, seed = catalogue[index], seed_standards[index]
    where = f"{standard.key} ({seed.title})"
    assert standard.source_file == seed.source_file, where
    assert _flat(standard.title) == seed.title, where
    counts = {rl.variant: len(rl.items) for rl in standard.requirements}
    assert counts == seed.requirement_counts, where
    assert len(standard.procedure) == seed.step_count, where
    assert standard.time_limit.value == seed.time_value, where
    assert standard.time_limit.unit == seed.time_unit, where


def test_no_markup_left_in_texts(catalogue):
    for s in catalogue:
        texts = [s.title, s.complaint_handling, *s.legal_basis, *s.facilities, *s.competence]
        texts += [step.text for step in s.procedure]
        texts += [item.text for rl in s.requirements for item in rl.items]
        for text in texts:
            assert not re.search(r"</?(p|div|ol|li|pre|br)\b", text), (s.key, text)
            assert "-->" not in text and "graph TD" not in text, (s.key, text)
            assert text == text.strip() and "  " not in text, (s.key, text)


def test_every_step_has_an_actor_from_the_flow(catalogue):
    for s in catalogue:
        for step in s.procedure:
            assert step.actor, (s.key, step.number)
            assert step.actor in s.flow_actors, (s.key, step.number, step.actor)


def test_empty_source_components_are_marked(catalogue):
    for s in catalogue:
        marked = {m.field for m in s.source_marks}
        if s.requirement_count == 0:
            assert "requirements" in marked, s.key
        if not s.procedure:
            assert "procedure" in marked, s.key
        if not s.complaint_handling:
            assert "complaint_handling" in marked, s.key
        if not s.staff_count_text:
            assert "staff_count_text" in marked, s.key
        if not s.signatory:
            assert "signatory" in marked, s.key


def test_oss_data_usaha_keeps_its_lettered_points(catalogue):
    oss = catalogue[-1]
    by_variant = {rl.variant: rl for rl in oss.requirements}
    assert len(by_variant["perorangan"].items[-1].sub_items) == 5
    assert len(by_variant["badan_hukum"].items[-1].sub_items) == 8
    assert by_variant["badan_hukum"].items[-1].sub_items[-1] == "Nilai tanah dan bangunan."


# --- broken documents ------------------------------------------------------------------------


def test_missing_title_names_standard_and_field():
    doc = _raw_document()
    del doc["standards"][1]["title"]
    with pytest.raises(CatalogueError) as info:
        catalogue_data.parse_catalogue(doc)
    message = str(info.value)
    assert doc["standards"][1]["key"] in message
    assert "'title'" in message


def test_unknown_time_unit_names_standard_and_field(tmp_path):
    doc = _raw_document()
    broken = next(s for s in doc["standards"] if s["key"] == "pkwt")
    broken["time_limit"]["unit"] = "minggu"
    path = tmp_path / "standards.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(CatalogueError) as info:
        catalogue_data.load_file(path)
    message = str(info.value)
    assert "pkwt" in message
    assert "time_limit.unit" in message
    assert "minggu" in message


def test_actor_outside_the_flow_names_standard_and_step():
    doc = _raw_document()
    standard = copy.deepcopy(doc["standards"][2])
    standard["procedure"][0]["actor"] = "Bupati"
    with pytest.raises(CatalogueError) as info:
        catalogue_data.parse_standard(standard, 2)
    message = str(info.value)
    assert standard["key"] in message
    assert "procedure[0].actor" in message


def test_duplicate_ticket_prefix_names_both_standards():
    doc = _raw_document()
    doc["standards"][1]["ticket_prefix"] = doc["standards"][0]["ticket_prefix"]
    with pytest.raises(CatalogueError) as info:
        catalogue_data.parse_catalogue(doc)
    message = str(info.value)
    assert doc["standards"][0]["key"] in message
    assert doc["standards"][1]["key"] in message
    assert "ticket_prefix" in message
