"""Pas photo preparation: every awkward input becomes a 300×400 RGB PNG, or a clear Indonesian refusal."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image

from counter_app import photo
from counter_app.errors import UserError


def _encode(image: Image.Image, fmt: str, **params: object) -> bytes:
    out = io.BytesIO()
    image.save(out, format=fmt, **params)
    return out.getvalue()


def _open(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_plain_jpeg_becomes_a_300_by_400_rgb_png() -> None:
    result = _open(photo.prepare_photo(_encode(Image.new("RGB", (600, 800), (200, 30, 30)), "JPEG")))
    assert (result.format, result.mode, result.size) == ("PNG", "RGB", (300, 400))
    r, g, b = result.getpixel((150, 200))
    assert r > 180 and g < 60 and b < 60


def test_cmyk_jpeg_is_converted_to_rgb() -> None:
    cmyk = Image.new("CMYK", (300, 400), (0, 255, 255, 0))  # pure red in CMYK
    result = _open(photo.prepare_photo(_encode(cmyk, "JPEG")))
    assert result.mode == "RGB"
    r, g, b = result.getpixel((150, 200))
    assert r > 200 and g < 60 and b < 60


def test_transparent_png_is_flattened_on_white() -> None:
    rgba = Image.new("RGBA", (300, 400), (0, 0, 0, 0))
    rgba.paste((0, 0, 255, 255), (100, 100, 200, 300))
    result = _open(photo.prepare_photo(_encode(rgba, "PNG")))
    assert result.getpixel((10, 10)) == (255, 255, 255)
    assert result.getpixel((150, 200)) == (0, 0, 255)


@pytest.mark.parametrize("mode", ["LA", "P", "L", "1", "I;16"])
def test_other_modes_become_rgb(mode: str) -> None:
    image = Image.new("RGB", (300, 400), (255, 255, 255)).convert(mode)
    if mode == "P":
        image.info["transparency"] = 0
    result = _open(photo.prepare_photo(_encode(image, "PNG")))
    assert (result.mode, result.size) == ("RGB", (300, 400))


def test_exif_orientation_6_is_turned_upright() -> None:
    # Stored landscape 800×600 with the top of the head on the stored left; orientation 6 = rotate 90° CW.
    stored = Image.new("RGB", (800, 600), (0, 200, 0))
    stored.paste((255, 0, 0), (0, 0, 100, 600))  # left band -> becomes the top band once upright
    exif = Image.Exif()
    exif[0x0112] = 6
    result = _open(photo.prepare_photo(_encode(stored, "JPEG", exif=exif.tobytes(), quality=95)))
    assert result.size == (300, 400)
    top, bottom = result.getpixel((150, 10)), result.getpixel((150, 390))
    assert top[0] > 200 and top[1] < 80  # red at the top
    assert bottom[1] > 150 and bottom[0] < 80  # green at the bottom


def test_default_crop_is_centred_three_by_four() -> None:
    assert photo.default_crop(800, 600) == photo.CropBox(175, 0, 450, 600)
    assert photo.default_crop(300, 1000) == photo.CropBox(0, 300, 300, 400)
    wide = Image.new("RGB", (1200, 400), (0, 0, 0))
    wide.paste((255, 255, 255), (450, 0, 750, 400))  # the centred 300×400 is white, the sides black
    result = _open(photo.prepare_photo(_encode(wide, "PNG")))
    assert result.getpixel((5, 200)) == (255, 255, 255) and result.getpixel((295, 200)) == (255, 255, 255)


def test_an_explicit_crop_is_used() -> None:
    image = Image.new("RGB", (1000, 1000), (0, 0, 0))
    image.paste((255, 255, 0), (0, 0, 300, 400))
    crop = photo.CropBox(0, 0, 300, 400)
    result = _open(photo.prepare_photo(_encode(image, "PNG"), crop=crop))
    assert result.getpixel((290, 390)) == (255, 255, 0)
    with pytest.raises(UserError, match="di luar foto"):
        photo.prepare_photo(_encode(image, "PNG"), crop=photo.CropBox(800, 800, 300, 400))


def test_truncated_jpeg_is_refused() -> None:
    data = _encode(Image.effect_noise((640, 480), 50).convert("RGB"), "JPEG")
    with pytest.raises(UserError, match="rusak atau tidak lengkap"):
        photo.prepare_photo(data[: len(data) // 2])


@pytest.mark.parametrize("data", [b"Ini surat lamaran, bukan foto.\n" * 10, b"%PDF-1.4\n1 0 obj\n"])
def test_a_file_that_is_not_an_image_is_refused(data: bytes) -> None:
    with pytest.raises(UserError, match="bukan foto"):
        photo.prepare_photo(data)


def test_empty_and_oversized_files_are_refused() -> None:
    with pytest.raises(UserError, match="kosong"):
        photo.prepare_photo(b"")
    with pytest.raises(UserError, match=r"terlalu besar .*MB"):
        photo.prepare_photo(b"\xff\xd8" + b"\0" * (photo.MAX_FILE_BYTES + 1))


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG claiming huge dimensions with a tiny body: the decompression-bomb shape."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


@pytest.mark.parametrize(("width", "height"), [(8000, 6000), (50_000, 50_000)])
def test_huge_dimensions_are_refused_before_decoding(width: int, height: int) -> None:
    with pytest.raises(UserError, match="megapiksel"):
        photo.prepare_photo(_png_header_only(width, height))


def test_too_small_image_is_refused() -> None:
    with pytest.raises(UserError, match="terlalu kecil"):
        photo.prepare_photo(_encode(Image.new("RGB", (90, 120), (1, 2, 3)), "PNG"))
