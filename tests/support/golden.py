"""Golden-image comparison with a tolerance: rendered output against ``tests/golden/expected/<name>.png``.

Set ``COUNTER_APP_UPDATE_GOLDENS=1`` to (re)write the expected images after a deliberate change; a missing
expected image is written and the test fails once, so a new golden is always looked at before it is trusted.
"""

from __future__ import annotations

import os
from pathlib import Path

from PIL import Image, ImageChops

EXPECTED_DIR = Path(__file__).resolve().parents[1] / "golden" / "expected"
UPDATE_ENV = "COUNTER_APP_UPDATE_GOLDENS"


def compare(actual_png: Path, name: str, *, max_changed: float = 0.004, pixel_threshold: int = 64) -> None:
    """Fail unless ``actual_png`` matches the expected ``name``.png.

    Args:
        actual_png: the freshly rendered image.
        name: file stem under tests/golden/expected.
        max_changed: the largest share of pixels allowed to differ by more than ``pixel_threshold``
            (anti-aliasing and font hinting move a few edge pixels between machines).
        pixel_threshold: the grey-level difference (0-255) from which a pixel counts as changed.
    """
    expected = EXPECTED_DIR / f"{name}.png"
    actual = Image.open(actual_png).convert("L")
    if os.environ.get(UPDATE_ENV) == "1" or not expected.exists():
        EXPECTED_DIR.mkdir(parents=True, exist_ok=True)
        actual.save(expected)
        if os.environ.get(UPDATE_ENV) != "1":
            raise AssertionError(f"no golden image yet: wrote {expected}; look at it, then run the test again")
        return
    wanted = Image.open(expected).convert("L")
    assert actual.size == wanted.size, f"{name}: size {actual.size} differs from the golden {wanted.size}"
    diff = ImageChops.difference(actual, wanted).point(lambda v: 255 if v > pixel_threshold else 0)
    changed = sum(diff.histogram()[255:]) / (actual.size[0] * actual.size[1])
    if changed > max_changed:
        out = actual_png.with_name(f"{name}-diff.png")
        diff.save(out)
        raise AssertionError(
            f"{name}: {changed:.2%} of the pixels differ from the golden (limit {max_changed:.2%}); see {out}"
        )
