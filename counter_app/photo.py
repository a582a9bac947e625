"""Pas photo for the AK/1 card: read any common image safely and return a 3×4 portrait PNG (Pillow, no Qt)."""

from __future__ import annotations

import io
import logging
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from counter_app.errors import UserError

log = logging.getLogger(__name__)

OUTPUT_SIZE = (300, 400)  # 3×4 at 100 px/cm: sharp at the card's 30×40 mm print size (~254 dpi)
MAX_FILE_BYTES = 15 * 1024 * 1024
MAX_PIXELS = 40_000_000  # larger images are refused before decoding (decompression bombs)
MIN_SIZE = (120, 160)  # a crop smaller than this prints blurred on the card
BACKGROUND = (255, 255, 255)
PREVIEW_MAX = 1000  # the crop dialog shows at most this many pixels on the longer side


@dataclass(frozen=True)
class CropBox:
    """A crop rectangle in pixels of the upright image (after EXIF rotation)."""

    left: int
    top: int
    width: int
    height: int


def default_crop(width: int, height: int) -> CropBox:
    """The largest centred 3:4 (portrait) rectangle inside a ``width`` × ``height`` image (exactly 3:4)."""
    unit = max(1, min(width // 3, height // 4))
    crop_w, crop_h = 3 * unit, 4 * unit
    return CropBox((width - crop_w) // 2, (height - crop_h) // 2, crop_w, crop_h)


def fit_crop(box: CropBox, width: int, height: int) -> CropBox:
    """The 3:4 rectangle nearest to ``box`` that lies inside a ``width`` × ``height`` image.

    The size keeps exactly 3:4 (its height follows its width), is no larger than the largest 3:4 box
    that fits and no smaller than MIN_SIZE (unless the image itself is smaller); a box over an edge is
    moved back inside, not shrunk. The officer's frame in the crop dialog always goes through this.

    Args:
        box: the wanted rectangle in pixels of the upright image (any size, even partly outside).
        width: the upright image's width in pixels.
        height: the upright image's height in pixels.

    Returns:
        A CropBox of 3k × 4k pixels inside the image.
    """
    largest = max(1, min(width // 3, height // 4))
    smallest = min(largest, -(-MIN_SIZE[0] // 3))
    unit = min(largest, max(smallest, round(box.width / 3)))
    crop_w, crop_h = 3 * unit, 4 * unit
    left = min(max(0, box.left), max(0, width - crop_w))
    top = min(max(0, box.top), max(0, height - crop_h))
    return CropBox(left, top, crop_w, crop_h)


def move_crop(box: CropBox, dx: int, dy: int, width: int, height: int) -> CropBox:
    """``box`` moved by (``dx``, ``dy``) pixels, stopped at the image's edges."""
    return fit_crop(CropBox(box.left + dx, box.top + dy, box.width, box.height), width, height)


def resize_crop(box: CropBox, crop_width: int, width: int, height: int) -> CropBox:
    """``box`` made ``crop_width`` pixels wide (3:4) around the same centre, kept inside the image."""
    crop = fit_crop(CropBox(0, 0, crop_width, crop_width * 4 // 3), width, height)
    centre_x, centre_y = box.left + box.width / 2, box.top + box.height / 2
    left, top = round(centre_x - crop.width / 2), round(centre_y - crop.height / 2)
    return fit_crop(CropBox(left, top, crop.width, crop.height), width, height)


def crop_limits(width: int, height: int) -> tuple[int, int]:
    """(smallest, largest) width in pixels a 3:4 crop of a ``width`` × ``height`` image may have."""
    largest = max(1, min(width // 3, height // 4))
    return 3 * min(largest, -(-MIN_SIZE[0] // 3)), 3 * largest


@dataclass(frozen=True)
class UprightPhoto:
    """An image ready for the crop dialog: its upright size and a small preview (PNG) to show."""

    width: int
    height: int
    preview_png: bytes

    @property
    def initial_crop(self) -> CropBox:
        """The frame the crop dialog opens with: the centred 3:4 crop (Enter keeps it)."""
        return default_crop(self.width, self.height)


def load_for_crop(data: bytes) -> UprightPhoto:
    """Read an image as ``prepare_photo`` does and return its upright size and a preview for the crop dialog.

    Raises:
        UserError: as ``prepare_photo``, including an image too small for a sharp 3×4 photo.
    """
    rgb = _upright_rgb(data)
    box = default_crop(*rgb.size)
    _check_size(box.width, box.height)
    preview = rgb.copy()
    preview.thumbnail((PREVIEW_MAX, PREVIEW_MAX), Image.Resampling.BILINEAR)
    out = io.BytesIO()
    preview.save(out, format="PNG", compress_level=1)
    return UprightPhoto(rgb.width, rgb.height, out.getvalue())


def crop_photo(data: bytes, box: CropBox) -> bytes:
    """The card's 300×400 PNG of the part ``box`` of ``data`` (upright pixels), after ``fit_crop``.

    This is the pure crop behind the crop dialog: EXIF rotation is applied first, then the rectangle is
    fitted (3:4, inside the image, not too small), cut out and scaled to OUTPUT_SIZE.

    Raises:
        UserError: as ``prepare_photo``.
    """
    rgb = _upright_rgb(data)
    return _render(rgb, fit_crop(box, *rgb.size))


def prepare_photo(data: bytes, *, crop: CropBox | None = None) -> bytes:
    """Turn an uploaded or captured image into the card's 300×400 px RGB PNG.

    Applies the EXIF orientation, converts CMYK/palette/grey/transparent images to RGB on white, crops
    (``crop`` or a centred 3:4 box, then a centred 3:4 trim of a crop with another shape) and scales.

    Args:
        data: the file's bytes (JPEG, PNG, BMP, GIF, WEBP, TIFF ...).
        crop: the part to keep, in pixels of the upright image; None for the centred 3:4 box.

    Returns:
        PNG bytes, 300×400 px, RGB.

    Raises:
        UserError: empty, too big, not an image, corrupt, too large in pixels, too small, or a bad crop;
            the message says what to do instead.
    """
    rgb = _upright_rgb(data)
    box = crop or default_crop(*rgb.size)
    _check_crop(box, rgb.size)
    return _render(rgb, box)


def _upright_rgb(data: bytes) -> Image.Image:
    if not data:
        raise UserError("Berkas foto kosong. Pilih berkas foto lain.")
    if len(data) > MAX_FILE_BYTES:
        raise UserError(
            f"Berkas foto terlalu besar ({len(data) / 1024 / 1024:.1f} MB); paling besar "
            f"{MAX_FILE_BYTES // 1024 // 1024} MB. Perkecil foto atau pilih foto lain."
        )
    image = _open(data)
    try:
        upright = _decode(image)
    finally:
        image.close()
    return _to_rgb(upright)


def _check_size(width: int, height: int) -> None:
    if width < MIN_SIZE[0] or height < MIN_SIZE[1]:
        raise UserError(
            f"Foto terlalu kecil ({width}×{height} piksel setelah dipotong); paling kecil "
            f"{MIN_SIZE[0]}×{MIN_SIZE[1]} piksel. Gunakan foto dengan resolusi lebih besar."
        )


def _render(rgb: Image.Image, box: CropBox) -> bytes:
    part = rgb.crop((box.left, box.top, box.left + box.width, box.top + box.height))
    _check_size(part.width, part.height)
    fitted = ImageOps.fit(part, OUTPUT_SIZE, method=Image.Resampling.LANCZOS, centering=(0.5, 0.5))
    out = io.BytesIO()
    fitted.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _open(data: bytes) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except UnidentifiedImageError as exc:
        raise _not_an_image() from exc
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _too_many_pixels() from exc
    except (OSError, ValueError, SyntaxError) as exc:
        raise _corrupt() from exc
    width, height = image.size
    if width * height > MAX_PIXELS:
        image.close()
        raise _too_many_pixels(f" ({width}×{height} piksel)")
    return image


def _decode(image: Image.Image) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image.load()
            upright = ImageOps.exif_transpose(image)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombWarning, Image.DecompressionBombError) as exc:
        log.info("photo refused: %s", type(exc).__name__)
        raise _corrupt() from exc
    return upright if upright is not None else image


def _to_rgb(image: Image.Image) -> Image.Image:
    if image.mode == "RGB":
        return image
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):  # 16/32-bit grey: scale to 8 bits first
        image = image.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    if image.mode == "CMYK":
        return image.convert("RGB")
    has_alpha = image.mode in ("RGBA", "LA", "PA", "La", "RGBa") or "transparency" in image.info
    if not has_alpha:
        return image.convert("RGB")
    rgba = image.convert("RGBA")
    flat = Image.new("RGB", rgba.size, BACKGROUND)
    flat.paste(rgba, mask=rgba.getchannel("A"))
    return flat


def _check_crop(box: CropBox, size: tuple[int, int]) -> None:
    width, height = size
    if (
        box.width <= 0
        or box.height <= 0
        or box.left < 0
        or box.top < 0
        or box.left + box.width > width
        or box.top + box.height > height
    ):
        raise UserError(f"Bagian foto yang dipilih berada di luar foto ({width}×{height} piksel). Pilih ulang.")


def _too_many_pixels(size: str = "") -> UserError:
    return UserError(
        f"Foto terlalu besar{size}; paling besar {MAX_PIXELS // 1_000_000} megapiksel. "
        "Perkecil foto dulu atau pilih foto lain."
    )


def _not_an_image() -> UserError:
    return UserError("Berkas itu bukan foto yang dikenal. Pilih berkas JPG atau PNG.")


def _corrupt() -> UserError:
    return UserError(
        "Berkas foto rusak atau tidak lengkap dan tidak dapat dibaca. Ambil ulang fotonya atau pilih berkas lain."
    )
