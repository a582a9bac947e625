"""Layer rules import-linter cannot express: printing never imports Qt widgets; the core never imports Qt.

import-linter (``lint-imports``) checks the packages; it cannot forbid ``PySide6.QtWidgets`` while allowing
``PySide6.QtGui``, because both are parts of one external package. This AST scan covers that, and repeats
the core rule as a second line of defence (including imports hidden under ``TYPE_CHECKING`` or in functions).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import counter_app

PACKAGE_DIR = Path(counter_app.__file__).resolve().parent
NOT_CORE = {"app.py", "__main__.py"}  # the composition root may import Qt (and the UI)


def imported_modules(source: str) -> Iterator[tuple[int, str]]:
    """Yield (line, dotted module) for every import in ``source``, including ``from X import Y`` as X.Y.

    ``importlib.import_module("...")`` and ``__import__("...")`` with a literal name count as imports too.
    """
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module
            for alias in node.names:
                yield node.lineno, f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            name = getattr(func, "attr", None) or getattr(func, "id", "")
            if name in ("import_module", "__import__") and isinstance(node.args[0].value, str):
                yield node.lineno, node.args[0].value


def violations(files: list[Path], forbidden: str, root: Path = PACKAGE_DIR.parent) -> list[str]:
    """Return ``file:line module`` for each import of ``forbidden`` or one of its submodules."""
    found = []
    for path in files:
        for line, module in imported_modules(path.read_text(encoding="utf-8")):
            if module == forbidden or module.startswith(forbidden + "."):
                found.append(f"{path.relative_to(root).as_posix()}:{line} {module}")
    return found


def core_files() -> list[Path]:
    top = [p for p in sorted(PACKAGE_DIR.glob("*.py")) if p.name not in NOT_CORE]
    return top + sorted((PACKAGE_DIR / "db").rglob("*.py"))


def print_files() -> list[Path]:
    return sorted((PACKAGE_DIR / "print").rglob("*.py"))


def test_core_modules_do_not_import_pyside6() -> None:
    files = core_files()
    assert {"auth.py", "catalogue.py", "core.py", "settings.py", "models.py"} <= {p.name for p in files}
    assert violations(files, "PySide6") == []


def test_core_modules_do_not_import_ui_or_print() -> None:
    files = core_files()
    assert violations(files, "counter_app.ui") == []
    assert violations(files, "counter_app.print") == []


def test_print_modules_do_not_import_qt_widgets() -> None:
    files = print_files()
    assert files, "counter_app/print has no modules"
    assert violations(files, "PySide6.QtWidgets") == []


@pytest.mark.parametrize(
    "source",
    [
        "import PySide6.QtWidgets",
        "import PySide6.QtWidgets as w",
        "from PySide6 import QtWidgets",
        "from PySide6 import QtGui, QtWidgets",
        "from PySide6.QtWidgets import QApplication",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from PySide6.QtWidgets import QWidget",
        "def f():\n    from PySide6.QtWidgets import QLabel\n    return QLabel",
        "import importlib\nimportlib.import_module('PySide6.QtWidgets')",
        "__import__('PySide6.QtWidgets')",
    ],
)
def test_scanner_finds_every_form_of_widget_import(source: str) -> None:
    assert any(m.startswith("PySide6.QtWidgets") for _line, m in imported_modules(source))


@pytest.mark.parametrize(
    "source",
    [
        "from PySide6 import QtGui",
        "from PySide6.QtGui import QPainter, QPdfWriter",
        "import PySide6.QtCore",
        "from . import QtWidgets",  # a relative import is our own module, not PySide6's
        "QtWidgets = None",
    ],
)
def test_scanner_allows_other_qt_modules(source: str) -> None:
    assert not any(m.startswith("PySide6.QtWidgets") for _line, m in imported_modules(source))


def test_violations_reports_file_and_line(tmp_path: Path) -> None:
    fake = tmp_path / "counter_app" / "print" / "card.py"
    fake.parent.mkdir(parents=True)
    fake.write_text('"""Card."""\n\nfrom PySide6.QtWidgets import QWidget\n', encoding="utf-8")
    assert violations([fake], "PySide6.QtWidgets", root=tmp_path) == [
        "counter_app/print/card.py:3 PySide6.QtWidgets",
        "counter_app/print/card.py:3 PySide6.QtWidgets.QWidget",
    ]
