"""Brand images: the files and sizes Home Assistant (2026.3+) serves from brand/."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
import pytest

BRAND = Path(__file__).parents[1] / "custom_components" / "haven" / "brand"


@pytest.mark.parametrize(
    ("name", "square", "shortest"),
    [
        ("icon.png", True, 256),
        ("icon@2x.png", True, 512),
        ("logo.png", False, 256),
        ("logo@2x.png", False, 512),
        ("dark_logo.png", False, 256),
        ("dark_logo@2x.png", False, 512),
    ],
)
def test_brand_image(name: str, square: bool, shortest: int) -> None:
    """Each image is a PNG with a transparent background at the size HA expects."""
    with Image.open(BRAND / name) as image:
        assert image.format == "PNG"
        assert image.mode == "RGBA"
        assert min(image.size) == shortest
        assert (image.size[0] == image.size[1]) is square
        # Transparent around the drawing: the corners show the theme behind.
        assert image.getpixel((0, 0))[3] == 0  # type: ignore[index]
