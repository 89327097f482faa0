"""Meeting photos drawn with Pillow for the demo: a hall, a banner, a table, an audience."""

import io
import random
from math import cos, pi, sin

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw

WALLS = [(236, 226, 204), (222, 232, 240), (240, 232, 220), (214, 224, 214)]
CLOTHS = [(30, 70, 150), (150, 30, 40), (40, 110, 70)]
SHIRTS = [(245, 245, 245), (40, 60, 110), (200, 205, 215), (120, 40, 40), (60, 110, 80)]


def _star(draw, cx, cy, r, fill):
    points = []
    for i in range(10):
        radius = r if i % 2 == 0 else r * 0.4
        angle = -pi / 2 + i * pi / 5
        points.append((cx + radius * cos(angle), cy + radius * sin(angle)))
    draw.polygon(points, fill=fill)


def meeting_photo(seed, width=1200, height=800):
    """A JPEG of a meeting hall; the same seed draws the same picture."""
    rng = random.Random(seed)
    image = Image.new("RGB", (width, height), rng.choice(WALLS))
    draw = ImageDraw.Draw(image)
    # Red banner across the stage with a yellow star at each end.
    top = int(height * 0.08)
    draw.rectangle([width * 0.08, top, width * 0.92, top + height * 0.16], fill=(190, 20, 30))
    for x in (width * 0.14, width * 0.86):
        _star(draw, x, top + height * 0.08, height * 0.05, (255, 205, 0))
    for row in range(3):  # pale lines standing in for the banner's lettering
        y = top + height * (0.04 + row * 0.04)
        draw.rectangle([width * 0.22, y, width * (0.78 - row * 0.08), y + 8], fill=(255, 220, 80))
    # The presidium's table and its members.
    table_top = int(height * 0.42)
    for i in range(rng.randint(3, 6)):
        x = width * 0.25 + i * width * 0.1
        draw.ellipse([x - 22, table_top - 95, x + 22, table_top - 50], fill=(70, 50, 40))
        draw.rectangle([x - 34, table_top - 50, x + 34, table_top], fill=rng.choice(SHIRTS))
    draw.rectangle([width * 0.2, table_top, width * 0.8, table_top + 70], fill=rng.choice(CLOTHS))
    # Flowers in front of the table.
    for x in range(int(width * 0.22), int(width * 0.78), 36):
        draw.ellipse([x, table_top + 55, x + 30, table_top + 85], fill=(235, 200, 40))
    # The audience, seen from behind, row after row.
    for row in range(4):
        y = int(height * 0.62) + row * int(height * 0.1)
        size = 30 + row * 8
        x = rng.randint(-20, 20)
        while x < width:
            draw.rectangle([x, y + size, x + size * 2, y + size * 3], fill=rng.choice(SHIRTS))
            draw.ellipse([x + size * 0.4, y, x + size * 1.6, y + size * 1.2], fill=(40, 30, 25))
            x += int(size * 2.3)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    return ContentFile(buffer.getvalue(), name=f"demo-{seed}.jpg")
