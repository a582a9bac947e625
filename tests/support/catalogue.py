"""The bundled catalogue as raw YAML, and "newer" catalogues made from it for update tests."""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable
from typing import Any

import yaml

from counter_app import catalogue_data, paths
from counter_app.catalogue_data import Standard

STANDARD_COUNT = 28
PUBLIC_COUNT = 15


@functools.cache
def _raw_text() -> str:
    return paths.resource(catalogue_data.CATALOGUE_FILE).read_text(encoding="utf-8")


def raw_catalogue() -> dict[str, Any]:
    """A fresh, mutable copy of the bundled catalogue document."""
    return copy.deepcopy(_raw_yaml())


@functools.cache
def _raw_yaml() -> dict[str, Any]:
    data = yaml.safe_load(_raw_text())
    assert isinstance(data, dict)
    return data


def raw_standard(document: dict[str, Any], key: str) -> dict[str, Any]:
    """The mapping of standard ``key`` inside a raw catalogue document."""
    found: dict[str, Any] = next(raw for raw in document["standards"] if raw["key"] == key)
    return found


def newer_catalogue(*changes: Callable[[dict[str, Any]], None]) -> tuple[Standard, ...]:
    """Parse the bundled catalogue after applying ``changes`` to its raw document (hashes recomputed)."""
    document = raw_catalogue()
    for change in changes:
        change(document)
    return catalogue_data.parse_catalogue(document)


def retitled(key: str, suffix: str = " (revisi 2027)") -> Callable[[dict[str, Any]], None]:
    """A change that appends ``suffix`` to the title of standard ``key``."""

    def change(document: dict[str, Any]) -> None:
        raw_standard(document, key)["title"] += suffix

    return change


def by_key(standards: tuple[Standard, ...]) -> dict[str, Standard]:
    """Index standards by key."""
    return {s.key: s for s in standards}
