"""Prints AK/1 card render time over 100 cards: an image at print resolution and a PDF (issue 5, "Proof").

Each card differs (number, NIK, name, a 3x4 photo), as at the desk. Times per card:

- ``image``: ``card_image`` at 300 dpi (what a printer driver receives, 3508 x 2480 pixels);
- ``pdf``: ``card_pdf`` to a file (what "Simpan PDF" and the print preview write);
- ``paint``: painting only, onto one reused 300 dpi page (allocating and clearing a fresh 35 MB image is
  about a third of ``image``);
- ``preview``: ``card_image`` at 72 dpi (the dialog's preview).

Target: median <= 30 ms per card. Run: ``.venv/bin/python bench/ak1_card.py``; BENCH_CARDS (default 100) and
BENCH_DPI (default 300) change the sizes.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import dataclasses
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw

from PySide6.QtGui import QColor, QGuiApplication, QPainter

from counter_app.documents import Ak1CardData, CardMode
from counter_app.print import ak1_card

TARGET_MS = 30.0


def photo(i: int) -> bytes:
    """A 3x4 portrait PNG (a different colour per card)."""
    image = Image.new("RGB", (300, 400), (180 + i % 60, 40, 45))
    draw = ImageDraw.Draw(image)
    draw.ellipse((90, 60, 210, 220), fill=(235, 200, 165))
    draw.rectangle((45, 250, 255, 400), fill=(40, 50, 90))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def cards(n: int) -> list[Ak1CardData]:
    """``n`` different cards."""
    base = ak1_card.demo_card()
    return [
        dataclasses.replace(
            base,
            registration_number=f"3516-2026-{i:06d}",
            nik=f"35160844050{i:05d}",
            name=f"{base.name} {i}",
            photo_png=photo(i),
        )
        for i in range(n)
    ]


def timed(fn: Callable[[Ak1CardData], object], data: list[Ak1CardData]) -> list[float]:
    """Milliseconds per call."""
    fn(data[0])  # warm-up: fonts, glyph cache
    out = []
    for card in data:
        start = time.perf_counter()
        fn(card)
        out.append((time.perf_counter() - start) * 1000)
    return out


def report(name: str, ms: list[float]) -> None:
    """One line: median and p95 against the target."""
    ms = sorted(ms)
    median = statistics.median(ms)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    verdict = "ok" if median <= TARGET_MS else "OVER TARGET"
    print(f"  {name:<28} median {median:6.1f} ms   p95 {p95:6.1f} ms   ({verdict}, target median <= {TARGET_MS} ms)")


def main() -> int:
    """Render the cards and print the figures."""
    n = int(os.environ.get("BENCH_CARDS", "100"))
    dpi = int(os.environ.get("BENCH_DPI", "300"))
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    assert app is not None
    data = cards(n)
    print(f"AK/1 card render time, {n} cards")
    report(f"image {dpi} dpi (full)", timed(lambda c: ak1_card.card_image(c, dpi), data))
    report(f"image {dpi} dpi (blank)", timed(lambda c: ak1_card.card_image(c, dpi, mode=CardMode.BLANK), data))
    # What a printer driver's band buffer sees: painting only, no 35 MB page allocation per card.
    page = ak1_card.card_image(data[0], dpi)

    def paint_only(card: Ak1CardData) -> None:
        page.fill(QColor("white"))
        painter = QPainter(page)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        ak1_card.paint_card(painter, card, dpi=dpi)
        painter.end()

    report(f"paint {dpi} dpi (reused page)", timed(paint_only, data))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        report("pdf (full)", timed(lambda c: ak1_card.card_pdf(c, folder / f"{c.nik}.pdf"), data))
    report("preview 72 dpi", timed(lambda c: ak1_card.card_image(c, 72), data))
    return 0


if __name__ == "__main__":
    sys.exit(main())
