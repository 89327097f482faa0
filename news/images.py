"""Photo checks and renditions: only real raster images, within size limits, no metadata."""

import io
import logging
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.images import get_image_dimensions
from django.utils import timezone
from django.utils.translation import gettext as _
from imagekit.cachefiles.strategies import Optimistic
from imagekit.models import ImageSpecField
from imagekit.processors import ResizeToFit
from PIL import ExifTags, Image, UnidentifiedImageError

logger = logging.getLogger(__name__)

ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp"}
WIDTHS = (480, 800, 1200)


def validate_image(upload):
    """Reject anything but a JPEG/PNG/GIF/WebP within the byte and pixel limits.

    Reads only the header to learn the size, so a decompression bomb is refused before it
    is decoded; then verifies the structure and decodes every pixel, so a truncated or
    corrupt file is refused here rather than failing when renditions are made. Decoding
    costs a JPEG at 1/8 scale (libjpeg still reads all its data), other formats in full:
    at most IMAGE_MAX_PIXELS × 4 bytes of memory, for staff uploads only.
    """
    if upload.size > settings.IMAGE_MAX_BYTES:
        raise ValidationError(
            _("The image is %(size)s MB; at most %(max)s MB is allowed.")
            % {
                "size": round(upload.size / 1024 / 1024, 1),
                "max": settings.IMAGE_MAX_BYTES // 1024 // 1024,
            },
            code="too_large",
        )
    try:
        upload.seek(0)
        with Image.open(upload) as image:
            kind, (width, height) = image.format, image.size
            if width * height > settings.IMAGE_MAX_PIXELS:
                raise ValidationError(
                    _("The image has %(mp)s megapixels; at most %(max)s are allowed.")
                    % {
                        "mp": round(width * height / 1e6),
                        "max": settings.IMAGE_MAX_PIXELS // 1_000_000,
                    },
                    code="too_many_pixels",
                )
            image.verify()
        upload.seek(0)
        with Image.open(upload) as image:  # verify() leaves the image unusable: open again
            if image.format == "JPEG":
                image.draft("RGB", (max(1, width // 8), max(1, height // 8)))
            image.load()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise ValidationError(
            _("This file is not a photo. Please choose a JPEG, PNG, GIF or WebP image."),
            code="not_an_image",
        ) from None
    finally:
        upload.seek(0)
    if kind not in ALLOWED_FORMATS:
        raise ValidationError(
            _("This file is not a photo. Please choose a JPEG, PNG, GIF or WebP image."),
            code="not_an_image",
        )
    return ALLOWED_FORMATS[kind]


def without_metadata(upload):
    """The photo's bytes without EXIF (GPS position, camera, owner), XMP or comments.

    The orientation tag stays, so a phone photo still stands the right way. JPEGs are
    written again with their own quantization tables (quality "keep": no visible loss),
    PNG and WebP with their frames; GIF carries no EXIF and is kept as sent. None when
    there is nothing to remove (most uploads: no second encoding). Costs one decode.
    """
    upload.seek(0)
    with Image.open(upload) as image:
        kind = image.format
        exif = image.getexif()
        orientation = exif.get(ExifTags.Base.Orientation)
        extra = {"xmp", "comment", "XML:com.adobe.xmp"} & set(image.info)
        text = getattr(image, "text", None) if kind == "PNG" else None
        if kind == "GIF" or not (set(exif) - {ExifTags.Base.Orientation} or extra or text):
            upload.seek(0)
            return None
        kept = Image.Exif()
        if orientation:
            kept[ExifTags.Base.Orientation] = orientation
        options = {"exif": kept.tobytes() if orientation else b""}
        if image.info.get("icc_profile"):
            options["icc_profile"] = image.info["icc_profile"]
        if kind == "JPEG":
            options.update(quality="keep", comment=b"")
        elif kind == "WEBP":
            options.update(quality=90, save_all=getattr(image, "n_frames", 1) > 1)
        elif kind == "PNG":
            options.update(save_all=getattr(image, "n_frames", 1) > 1)
        out = io.BytesIO()
        image.save(out, kind, **options)
    upload.seek(0)
    return out.getvalue()


def strip_metadata(field_file):
    """Before a new upload is stored: replace its content by `without_metadata`'s."""
    if not field_file or field_file._committed:
        return
    try:
        data = without_metadata(field_file.file)
    except (OSError, ValueError, SyntaxError):  # validation refuses such files first
        logger.warning("photo metadata not stripped: %s", field_file.name, exc_info=True)
        return
    if data is not None:
        field_file.file = ContentFile(data, name=field_file.name)


def image_size(field_file, width=None, height=None):
    """(width, height) of a new or not yet measured image; the known size otherwise.

    Read once when a photo is saved, so pages never open the file to size it.
    """
    if not field_file:
        return None, None
    if width and height and field_file._committed:
        return width, height
    try:
        return get_image_dimensions(field_file)
    except OSError:  # the file is gone: no size, the page still renders
        return None, None


def random_upload_name(folder, extension):
    """uploads/2026/11/<random>.jpg: never the uploader's file name."""
    return f"{folder}/{timezone.now():%Y/%m}/{uuid.uuid4().hex}.{extension}"


def photo_upload_to(instance, filename):
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "jpg"
    if extension not in ALLOWED_FORMATS.values() and extension != "jpeg":
        extension = "jpg"
    return random_upload_name("photos", extension)


class SafeOptimistic(Optimistic):
    """django-imagekit's Optimistic strategy (renditions made when a photo is saved), but a
    rendition that fails is logged, never raised: the editor's article is saved anyway."""

    def on_source_saved(self, file):
        try:
            super().on_source_saved(file)
        except Exception:  # any Pillow or storage error: a missing rendition, not a 500
            logger.exception("rendition not made for %s", getattr(file, "name", file))


def rendition(source, width):
    """A JPEG at most `width` pixels wide, made by django-imagekit when the photo is saved."""
    return ImageSpecField(
        source=source,
        processors=[ResizeToFit(width, upscale=False)],
        format="JPEG",
        options={"quality": 82, "optimize": True, "progressive": True},
    )
