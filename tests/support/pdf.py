"""Reading printed output back: PDF text (pdftotext), page size (pdfinfo), pixels (pdftoppm), QR codes (zbarimg).

The tools come from poppler-utils and zbar-tools (scripts/test.sh installs them). Without them the checks skip,
unless ``COUNTER_APP_REQUIRE_CUPS=1`` says this run must print and check for real.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from .cups import REQUIRE_ENV, required

MM_PER_PT = 25.4 / 72


def tool(name: str) -> str:
    """The path of a command-line tool; skips the test (or fails it, when required) if it is missing."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} not installed (apt-get install poppler-utils zbar-tools)"
        if required():
            pytest.fail(f"{REQUIRE_ENV}=1 but {message}", pytrace=False)
        pytest.skip(message)
    return path


def pdf_text(pdf: Path) -> str:
    """The PDF's text with all whitespace (line breaks from wrapping included) collapsed to single spaces."""
    out = subprocess.run([tool("pdftotext"), str(pdf), "-"], capture_output=True, text=True, check=True, timeout=30)
    return " ".join(out.stdout.split())


def page_size_mm(pdf: Path) -> tuple[float, float]:
    """Width and height of the first page, in millimetres."""
    out = subprocess.run([tool("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True, timeout=30)
    match = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", out.stdout)
    assert match, out.stdout
    return float(match.group(1)) * MM_PER_PT, float(match.group(2)) * MM_PER_PT


def rasterize(pdf: Path, dpi: int = 300) -> Path:
    """Render the first page to a PNG next to the PDF and return its path."""
    stem = pdf.with_suffix("")
    subprocess.run(
        [tool("pdftoppm"), "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile", "-png", str(pdf), str(stem)],
        check=True,
        timeout=60,
    )
    return stem.with_suffix(".png")


def decode_qr(png: Path) -> list[str]:
    """Every QR code zbarimg finds in the image (raw payloads)."""
    out = subprocess.run(
        [tool("zbarimg"), "-q", "--raw", "--nodbus", "-Sdisable", "-Sqrcode.enable", str(png)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    return [line for line in out.stdout.splitlines() if line]


def dark_fraction(png: Path, threshold: int = 128) -> float:
    """The share of pixels darker than ``threshold`` (0 = blank page)."""
    with Image.open(png) as image:
        grey = image.convert("L")
        histogram = grey.histogram()
    return sum(histogram[:threshold]) / max(1, sum(histogram))
