"""Photo checks and renditions: only real raster images, within size limits."""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.images import get_image_dimensions
from django.utils import timezone
from django.utils.translation import gettext as _
from imagekit.models import ImageSpecField
from imagekit.processors import ResizeToFit
from PIL import Image, UnidentifiedImageError

ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp"}
WIDTHS = (480, 800, 1200)


def validate_image(upload):
    """Reject anything but a JPEG/PNG/GIF/WebP within the byte and pixel limits.

    Reads only the header to learn the size, then verifies the file's structure,
    so a decompression bomb is refused before it is decoded.
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


def rendition(source, width):
    """A JPEG at most `width` pixels wide, made by django-imagekit when the photo is saved."""
    return ImageSpecField(
        source=source,
        processors=[ResizeToFit(width, upscale=False)],
        format="JPEG",
        options={"quality": 82, "optimize": True, "progressive": True},
    )
