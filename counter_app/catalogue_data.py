"""The service-standard catalogue as plain data: parsing and validating resources/catalogue/*.yaml."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field, fields, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

import yaml

from counter_app import paths
from counter_app.errors import CatalogueError

CATALOGUE_FILE = "catalogue/standards.yaml"
CODE_PATTERN = re.compile(r"^[A-Z][A-Z0-9]{1,11}$")
PREFIX_PATTERN = re.compile(r"^[A-Z]{1,2}$")
KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]{1,40}$")


class TimeUnit(StrEnum):
    """Units of a standard's time limit; days and months are counted as working days / months."""

    MENIT = "menit"
    JAM = "jam"
    HARI = "hari"
    BULAN = "bulan"


@dataclass(frozen=True)
class TimeLimit:
    """Time limit of a service: the value and unit, and the standard's own words."""

    value: int | None
    unit: TimeUnit | None
    text: str


@dataclass(frozen=True)
class Requirement:
    """One item of a requirement list; ``sub_items`` keeps lettered sub-points (OSS Data Usaha)."""

    text: str
    sub_items: tuple[str, ...] = ()


@dataclass(frozen=True)
class RequirementList:
    """A list of requirements; a standard has one, or one per applicant kind (OSS: perorangan, badan hukum)."""

    variant: str  # "" for the single list, otherwise e.g. "perorangan" / "badan_hukum"
    label: str  # the heading as the standard writes it ("" for the single list)
    items: tuple[Requirement, ...]


@dataclass(frozen=True)
class ProcedureStep:
    """One numbered procedure step and the actor who does it (taken from the flow graph)."""

    number: int
    text: str
    actor: str


@dataclass(frozen=True)
class FlowEdge:
    """An arrow of the standard's flow graph, between two actor names."""

    source: str
    target: str
    label: str = ""


@dataclass(frozen=True)
class Component:
    """A component of the standard that has no field of its own, kept verbatim (label and text)."""

    label: str
    text: str


@dataclass(frozen=True)
class SourceMark:
    """A note that the source text of a field is cut off, empty or unclear; never filled in by us."""

    field: str
    note: str


@dataclass(frozen=True)
class Standard:
    """One service standard, as written, plus what the office adds (key, code, prefix, bidang)."""

    key: str
    code: str
    ticket_prefix: str | None
    bidang: str
    description: str
    is_public: bool
    title: str
    office: str
    source_file: str
    requirements: tuple[RequirementList, ...]
    procedure: tuple[ProcedureStep, ...]
    flow_actors: tuple[str, ...]
    flow_edges: tuple[FlowEdge, ...]
    time_limit: TimeLimit
    fee: str
    product: str
    complaint_handling: str
    legal_basis: tuple[str, ...]
    facilities: tuple[str, ...]
    competence: tuple[str, ...]
    internal_supervision: str
    staff_count: int | None
    staff_count_text: str
    guarantee: str
    security_guarantee: str
    evaluation: str
    signatory: str
    other_components: tuple[Component, ...] = ()
    source_marks: tuple[SourceMark, ...] = ()
    content_hash: str = field(default="", compare=False)

    @property
    def requirement_count(self) -> int:
        """Number of requirement items over all lists."""
        return sum(len(r.items) for r in self.requirements)

    def to_json(self) -> dict[str, Any]:
        """Return a JSON-able dict of the whole standard (stored with the service row)."""
        data = asdict(self)
        data.pop("content_hash")
        return data


def _fail(where: str, message: str) -> CatalogueError:
    return CatalogueError(f"Katalog standar pelayanan: {where}: {message}")


class _Reader:
    """Reads one standard's mapping and names the standard and field in every error."""

    def __init__(self, raw: Any, index: int) -> None:
        if not isinstance(raw, dict):
            raise _fail(f"standar ke-{index + 1}", "harus berupa mapping (kunci: nilai)")
        self.raw = raw
        self.where = f"standar ke-{index + 1} ({raw.get('key') or raw.get('title') or 'tanpa kunci'})"

    def fail(self, name: str, message: str) -> CatalogueError:
        return _fail(f"{self.where}, kolom '{name}'", message)

    def text(self, name: str, *, required: bool = True, allow_empty: bool = False) -> str:
        if name not in self.raw:
            if required:
                raise self.fail(name, "tidak ada")
            return ""
        value = self.raw[name]
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise self.fail(name, f"harus teks, bukan {type(value).__name__}")
        if required and not allow_empty and not value.strip():
            raise self.fail(name, "kosong")
        return value

    def texts(self, name: str) -> tuple[str, ...]:
        value = self.raw.get(name) or []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(name, "harus daftar teks")
        return tuple(value)

    def boolean(self, name: str) -> bool:
        value = self.raw.get(name)
        if not isinstance(value, bool):
            raise self.fail(name, "harus true atau false")
        return value

    def optional_int(self, name: str) -> int | None:
        value = self.raw.get(name)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
            raise self.fail(name, "harus bilangan bulat tidak negatif atau kosong")
        return value


def _requirements(r: _Reader) -> tuple[RequirementList, ...]:
    value = r.raw.get("requirements")
    if not isinstance(value, list) or not value:
        raise r.fail("requirements", "harus daftar berisi minimal satu daftar persyaratan")
    lists: list[RequirementList] = []
    for i, block in enumerate(value):
        where = f"requirements[{i}]"
        if not isinstance(block, dict) or not isinstance(block.get("items"), list):
            raise r.fail(where, "harus punya 'items' berupa daftar")
        variant = block.get("variant") or ""
        label = block.get("label") or ""
        if not isinstance(variant, str) or not isinstance(label, str):
            raise r.fail(where, "'variant' dan 'label' harus teks")
        items: list[Requirement] = []
        for j, item in enumerate(block["items"]):
            if isinstance(item, str):
                items.append(Requirement(item))
            elif isinstance(item, dict) and isinstance(item.get("text"), str):
                subs = item.get("sub_items") or []
                if not isinstance(subs, list) or not all(isinstance(s, str) for s in subs):
                    raise r.fail(f"{where}.items[{j}].sub_items", "harus daftar teks")
                items.append(Requirement(item["text"], tuple(subs)))
            else:
                raise r.fail(f"{where}.items[{j}]", "harus teks atau {text, sub_items}")
        lists.append(RequirementList(variant, label, tuple(items)))
    variants = [rl.variant for rl in lists]
    if len(set(variants)) != len(variants):
        raise r.fail("requirements", "nama 'variant' ganda")
    if len(lists) > 1 and "" in variants:
        raise r.fail("requirements", "bila ada beberapa daftar, setiap daftar harus punya 'variant'")
    return tuple(lists)


def _flow(r: _Reader) -> tuple[tuple[str, ...], tuple[FlowEdge, ...]]:
    value = r.raw.get("flow") or {}
    if not isinstance(value, dict):
        raise r.fail("flow", "harus mapping dengan 'actors' dan 'edges'")
    actors = value.get("actors") or []
    if not isinstance(actors, list) or not all(isinstance(a, str) and a.strip() for a in actors):
        raise r.fail("flow.actors", "harus daftar nama pelaku")
    edges: list[FlowEdge] = []
    for i, edge in enumerate(value.get("edges") or []):
        if not isinstance(edge, dict) or not {"from", "to"} <= edge.keys():
            raise r.fail(f"flow.edges[{i}]", "harus punya 'from' dan 'to'")
        for end in ("from", "to"):
            if edge[end] not in actors:
                raise r.fail(f"flow.edges[{i}].{end}", f"'{edge[end]}' tidak ada di flow.actors")
        edges.append(FlowEdge(edge["from"], edge["to"], str(edge.get("label") or "")))
    return tuple(actors), tuple(edges)


def _procedure(r: _Reader, actors: tuple[str, ...]) -> tuple[ProcedureStep, ...]:
    value = r.raw.get("procedure")
    if not isinstance(value, list):
        raise r.fail("procedure", "harus daftar langkah (boleh kosong bila sumbernya kosong)")
    steps: list[ProcedureStep] = []
    for i, step in enumerate(value):
        if not isinstance(step, dict) or not isinstance(step.get("text"), str):
            raise r.fail(f"procedure[{i}]", "harus punya 'text'")
        actor = step.get("actor") or ""
        if not isinstance(actor, str):
            raise r.fail(f"procedure[{i}].actor", "harus teks")
        if actors and actor and actor not in actors:
            raise r.fail(f"procedure[{i}].actor", f"'{actor}' tidak ada di flow.actors")
        steps.append(ProcedureStep(i + 1, step["text"], actor))
    return tuple(steps)


def _time_limit(r: _Reader) -> TimeLimit:
    value = r.raw.get("time_limit")
    if not isinstance(value, dict) or not isinstance(value.get("text"), str):
        raise r.fail("time_limit", "harus mapping dengan 'value', 'unit' dan 'text'")
    number = value.get("value")
    unit = value.get("unit")
    if (number is None) != (unit is None):
        raise r.fail("time_limit", "'value' dan 'unit' harus diisi keduanya atau dikosongkan keduanya")
    if number is not None and (not isinstance(number, int) or isinstance(number, bool) or number <= 0):
        raise r.fail("time_limit.value", "harus bilangan bulat positif")
    if unit is not None and unit not in {u.value for u in TimeUnit}:
        raise r.fail("time_limit.unit", f"'{unit}' bukan salah satu dari menit, jam, hari, bulan")
    return TimeLimit(number, TimeUnit(unit) if unit else None, value["text"])


def _marks(r: _Reader) -> tuple[SourceMark, ...]:
    marks: list[SourceMark] = []
    for i, mark in enumerate(r.raw.get("source_marks") or []):
        if not isinstance(mark, dict) or not isinstance(mark.get("field"), str) or not mark.get("note"):
            raise r.fail(f"source_marks[{i}]", "harus punya 'field' dan 'note'")
        marks.append(SourceMark(mark["field"], str(mark["note"])))
    return tuple(marks)


def _components(r: _Reader) -> tuple[Component, ...]:
    out: list[Component] = []
    for i, comp in enumerate(r.raw.get("other_components") or []):
        if not isinstance(comp, dict) or not isinstance(comp.get("label"), str):
            raise r.fail(f"other_components[{i}]", "harus punya 'label' dan 'text'")
        out.append(Component(comp["label"], str(comp.get("text") or "")))
    return tuple(out)


def parse_standard(raw: Any, index: int) -> Standard:
    """Validate one standard's mapping and return it; raises CatalogueError naming standard and field."""
    r = _Reader(raw, index)
    key = r.text("key")
    if not KEY_PATTERN.match(key):
        raise r.fail("key", "hanya huruf kecil, angka dan garis bawah, diawali huruf")
    code = r.text("code")
    if not CODE_PATTERN.match(code):
        raise r.fail("code", "2-12 huruf besar/angka, diawali huruf (misalnya PKWT)")
    is_public = r.boolean("public")
    prefix = r.raw.get("ticket_prefix")
    if is_public:
        if not isinstance(prefix, str) or not PREFIX_PATTERN.match(prefix):
            raise r.fail("ticket_prefix", "layanan publik harus punya awalan nomor antrean 1-2 huruf besar")
    elif prefix is not None:
        raise r.fail("ticket_prefix", "layanan internal tidak memakai nomor antrean")
    actors, edges = _flow(r)
    staff_text = r.text("staff_count_text", allow_empty=True)
    standard = Standard(
        key=key,
        code=code,
        ticket_prefix=prefix,
        bidang=r.text("bidang"),
        description=r.text("description"),
        is_public=is_public,
        title=r.text("title"),
        office=r.text("office"),
        source_file=r.text("source_file"),
        requirements=_requirements(r),
        procedure=_procedure(r, actors),
        flow_actors=actors,
        flow_edges=edges,
        time_limit=_time_limit(r),
        fee=r.text("fee", allow_empty=True),
        product=r.text("product", allow_empty=True),
        complaint_handling=r.text("complaint_handling", allow_empty=True),
        legal_basis=r.texts("legal_basis"),
        facilities=r.texts("facilities"),
        competence=r.texts("competence"),
        internal_supervision=r.text("internal_supervision", allow_empty=True),
        staff_count=r.optional_int("staff_count"),
        staff_count_text=staff_text,
        guarantee=r.text("guarantee", allow_empty=True),
        security_guarantee=r.text("security_guarantee", allow_empty=True),
        evaluation=r.text("evaluation", allow_empty=True),
        signatory=r.text("signatory", allow_empty=True),
        other_components=_components(r),
        source_marks=_marks(r),
    )
    derived = {"is_public", "flow_actors", "flow_edges", "content_hash"}
    accepted = ({f.name for f in fields(Standard)} - derived) | {"public", "flow"}
    unknown = set(raw) - accepted
    if unknown:
        raise r.fail(", ".join(sorted(unknown)), "kolom tidak dikenal")
    digest = hashlib.sha256(json.dumps(standard.to_json(), sort_keys=True, default=str).encode()).hexdigest()
    return replace(standard, content_hash=digest)


def parse_catalogue(raw: Any) -> tuple[Standard, ...]:
    """Validate a whole catalogue document (``{version, standards: [...]}``)."""
    if not isinstance(raw, dict) or not isinstance(raw.get("standards"), list):
        raise _fail("berkas", "harus mapping dengan daftar 'standards'")
    standards = tuple(parse_standard(item, i) for i, item in enumerate(raw["standards"]))
    for attr, label in (("key", "key"), ("code", "code"), ("ticket_prefix", "ticket_prefix")):
        seen: dict[str, str] = {}
        for s in standards:
            value = getattr(s, attr)
            if value is None:
                continue
            if value in seen:
                raise _fail(f"standar '{s.key}', kolom '{label}'", f"'{value}' sudah dipakai oleh '{seen[value]}'")
            seen[value] = s.key
    return standards


def file_digest(path: Path | None = None) -> str:
    """SHA-256 of the catalogue file's bytes (lets the program skip parsing an unchanged file)."""
    path = path if path is not None else paths.resource(CATALOGUE_FILE)
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_file(path: Path | None = None) -> tuple[Standard, ...]:
    """Read and validate the catalogue file (the bundled one unless ``path`` is given)."""
    path = path if path is not None else paths.resource(CATALOGUE_FILE)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise _fail(str(path), f"tidak dapat dibaca ({exc.strerror})") from exc
    try:
        # The C loader when PyYAML has it: about 5x faster, which matters at program start.
        raw = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise _fail(str(path), f"bukan YAML yang sah: {exc}") from exc
    return parse_catalogue(raw)


def standard_from_json(data: dict[str, Any]) -> Standard:
    """Rebuild a Standard from ``Standard.to_json()`` output (as stored with the service row)."""
    tl = data["time_limit"]
    return Standard(
        **{
            **data,
            "requirements": tuple(
                RequirementList(
                    rl["variant"],
                    rl["label"],
                    tuple(Requirement(i["text"], tuple(i["sub_items"])) for i in rl["items"]),
                )
                for rl in data["requirements"]
            ),
            "procedure": tuple(ProcedureStep(**s) for s in data["procedure"]),
            "flow_actors": tuple(data["flow_actors"]),
            "flow_edges": tuple(FlowEdge(**e) for e in data["flow_edges"]),
            "time_limit": TimeLimit(tl["value"], TimeUnit(tl["unit"]) if tl["unit"] else None, tl["text"]),
            "legal_basis": tuple(data["legal_basis"]),
            "facilities": tuple(data["facilities"]),
            "competence": tuple(data["competence"]),
            "other_components": tuple(Component(**c) for c in data["other_components"]),
            "source_marks": tuple(SourceMark(**m) for m in data["source_marks"]),
        }
    )
