"""The manual crop of the pas photo: 3:4 geometry, edges, EXIF rotation before the crop, tiny and huge images."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image

from counter_app import photo
from counter_app.errors import UserError
from counter_app.photo import CropBox


def _encode(image: Image.Image, fmt: str = "PNG", **params: object) -> bytes:
    out = io.BytesIO()
    image.save(out, format=fmt, **params)
    return out.getvalue()


def _open(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def _is_three_by_four(box: CropBox) -> bool:
    return box.width * 4 == box.height * 3


def _inside(box: CropBox, width: int, height: int) -> bool:
    return box.left >= 0 and box.top >= 0 and box.left + box.width <= width and box.top + box.height <= height


@pytest.mark.parametrize(
    ("box", "expected"),
    [
        (CropBox(100, 50, 300, 400), CropBox(100, 50, 300, 400)),  # already fine: unchanged
        (CropBox(-40, -10, 300, 400), CropBox(0, 0, 300, 400)),  # over the top-left: moved in, not shrunk
        (CropBox(900, 700, 300, 400), CropBox(700, 200, 300, 400)),  # over the bottom-right
        (CropBox(10, 10, 301, 333), CropBox(10, 10, 300, 400)),  # the height follows the width (3:4)
        (CropBox(0, 0, 5000, 1), CropBox(0, 0, 450, 600)),  # too large: the largest 3:4 box that fits
        (CropBox(500, 300, 9, 12), CropBox(500, 300, 120, 160)),  # too small: MIN_SIZE
    ],
)
def test_fit_crop_keeps_three_by_four_inside_the_image(box: CropBox, expected: CropBox) -> None:
    fitted = photo.fit_crop(box, 1000, 600)
    assert fitted == expected
    assert _is_three_by_four(fitted) and _inside(fitted, 1000, 600)


@pytest.mark.parametrize(("width", "height"), [(120, 160), (121, 900), (5000, 161), (7, 9), (40_000, 1000)])
def test_fit_crop_of_odd_sizes_stays_inside(width: int, height: int) -> None:
    for box in (CropBox(-5, -5, 10_000, 10_000), CropBox(width, height, 1, 1), photo.default_crop(width, height)):
        fitted = photo.fit_crop(box, width, height)
        assert (_is_three_by_four(fitted) and _inside(fitted, width, height)) or min(width // 3, height // 4) == 0


def test_default_crop_is_exactly_three_by_four_and_fits_unchanged() -> None:
    for width, height in ((800, 600), (1000, 1000), (301, 1000), (4000, 3000), (1080, 1921)):
        box = photo.default_crop(width, height)
        assert _is_three_by_four(box) and _inside(box, width, height)
        assert photo.fit_crop(box, width, height) == box  # Enter in the dialog keeps the centred crop


def test_move_stops_at_the_edges() -> None:
    box = CropBox(100, 100, 300, 400)
    assert photo.move_crop(box, 50, -30, 1000, 600) == CropBox(150, 70, 300, 400)
    assert photo.move_crop(box, -500, 9999, 1000, 600) == CropBox(0, 200, 300, 400)


def test_resize_keeps_the_centre_and_the_limits() -> None:
    box = CropBox(400, 100, 300, 400)  # centre (550, 300)
    bigger = photo.resize_crop(box, 390, 1000, 600)
    assert bigger == CropBox(355, 40, 390, 520)
    assert photo.resize_crop(box, 10, 1000, 600) == CropBox(490, 220, 120, 160)
    assert photo.resize_crop(box, 10_000, 1000, 600) == CropBox(325, 0, 450, 600)
    assert photo.crop_limits(1000, 600) == (120, 450)


def test_crop_photo_cuts_exactly_the_chosen_rectangle() -> None:
    image = Image.new("RGB", (1200, 900), (0, 0, 0))
    image.paste((255, 0, 0), (600, 300, 900, 700))  # a red 300×400 block right of centre
    data = _encode(image)
    result = _open(photo.crop_photo(data, CropBox(600, 300, 300, 400)))
    assert result.size == photo.OUTPUT_SIZE
    assert result.getpixel((2, 2)) == (255, 0, 0) and result.getpixel((297, 397)) == (255, 0, 0)
    centred = _open(photo.prepare_photo(data))  # the old automatic crop would have cut through the block
    assert centred.getpixel((2, 200)) == (0, 0, 0)


def test_crop_photo_clamps_a_rectangle_over_the_edge() -> None:
    image = Image.new("RGB", (600, 800), (0, 0, 255))
    image.paste((0, 255, 0), (0, 0, 150, 800))  # green band on the left
    result = _open(photo.crop_photo(_encode(image), CropBox(-200, 0, 300, 400)))
    assert result.getpixel((5, 200))[1] > 240  # moved in to x = 0: the green band is on the left
    assert result.getpixel((295, 200))[2] > 240


def test_exif_rotation_is_applied_before_the_crop() -> None:
    # Stored 800×600 landscape with orientation 6 (rotate 90° CW): upright it is 600×800 and the stored
    # left band (red) is the top band. A crop of the upright top must show red.
    stored = Image.new("RGB", (800, 600), (0, 200, 0))
    stored.paste((255, 0, 0), (0, 0, 200, 600))
    exif = Image.Exif()
    exif[0x0112] = 6
    data = _encode(stored, "JPEG", exif=exif.tobytes(), quality=95)
    upright = photo.load_for_crop(data)
    assert (upright.width, upright.height) == (600, 800)
    assert upright.initial_crop == CropBox(0, 0, 600, 800)
    top = _open(photo.crop_photo(data, CropBox(150, 0, 150, 200)))
    assert top.getpixel((150, 200))[0] > 200 and top.getpixel((150, 200))[1] < 80
    bottom = _open(photo.crop_photo(data, CropBox(150, 600, 150, 200)))
    assert bottom.getpixel((150, 200))[1] > 150 and bottom.getpixel((150, 200))[0] < 80


def test_load_for_crop_gives_a_small_preview_of_a_big_image() -> None:
    upright = photo.load_for_crop(_encode(Image.new("RGB", (6000, 4000), (9, 9, 9)), "JPEG"))
    assert (upright.width, upright.height) == (6000, 4000)
    preview = _open(upright.preview_png)
    assert preview.size == (photo.PREVIEW_MAX, 667)


def test_a_tiny_image_is_refused_before_the_dialog() -> None:
    with pytest.raises(UserError, match="terlalu kecil"):
        photo.load_for_crop(_encode(Image.new("RGB", (100, 200), (1, 2, 3))))
    with pytest.raises(UserError, match="terlalu kecil"):
        photo.crop_photo(_encode(Image.new("RGB", (100, 200), (1, 2, 3))), CropBox(0, 0, 100, 133))


def test_a_huge_image_is_refused_by_the_crop_as_well() -> None:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", 50_000, 50_000, 8, 2, 0, 0, 0)
    bomb = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")
    for call in (lambda: photo.load_for_crop(bomb), lambda: photo.crop_photo(bomb, CropBox(0, 0, 300, 400))):
        with pytest.raises(UserError, match="megapiksel"):
            call()
    with pytest.raises(UserError, match="kosong"):
        photo.load_for_crop(b"")
