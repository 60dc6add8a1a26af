"""Draw Haven's brand images: a house outline with a check mark, and the logo.

Home Assistant 2026.3 and later serve a custom integration's own brand images from
its ``brand/`` folder (``icon.png`` 256x256, ``icon@2x.png`` 512x512, ``logo.png`` and
``logo@2x.png`` with a shortest side of 128-256 and 256-512 px; transparent PNG).
Run with the project's venv (Pillow comes with Home Assistant):

    .venv/bin/python scripts/make_brand.py

The images are drawn four times larger and scaled down, for smooth edges. The icon's
teal reads on light and dark themes alike, so it has no dark variant (HA falls back to
it); the logo's wordmark has one (``dark_logo.png``) in a light grey.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

BRAND = Path(__file__).resolve().parents[1] / "custom_components" / "haven" / "brand"
COLOUR = (0, 150, 136, 255)  # teal: Haven's colour, legible on white and on dark grey
TEXT = (70, 84, 94, 255)  # slate: the wordmark on light themes
TEXT_DARK = (226, 232, 236, 255)  # near white: the wordmark on dark themes
SUPERSAMPLE = 4

# The house and the check mark, in fractions of the icon's side.
ROOF = [(0.08, 0.50), (0.50, 0.12), (0.92, 0.50)]
WALLS = [(0.20, 0.40), (0.20, 0.88), (0.80, 0.88), (0.80, 0.40)]
CHIMNEY = [(0.70, 0.31), (0.70, 0.16), (0.78, 0.16), (0.78, 0.38)]
CHECK = [(0.35, 0.64), (0.46, 0.75), (0.67, 0.53)]
STROKE = 0.075


def _polyline(
    draw: ImageDraw.ImageDraw, points: list[tuple[float, float]], side: int
) -> None:
    """Draw a thick line with round joins and round ends."""
    width = round(STROKE * side)
    xy = [(x * side, y * side) for x, y in points]
    draw.line(xy, fill=COLOUR, width=width, joint="curve")
    radius = width / 2
    for x, y in xy:
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=COLOUR)


def _draw_icon(side: int) -> Image.Image:
    """Return the icon drawn at a side, on a transparent background."""
    image = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    for part in (CHIMNEY, WALLS, ROOF, CHECK):
        _polyline(draw, part, side)
    return image


def icon(size: int) -> Image.Image:
    """Return the icon at a size, drawn larger and scaled down."""
    image = _draw_icon(size * SUPERSAMPLE)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def logo(height: int, text: tuple[int, int, int, int] = TEXT) -> Image.Image:
    """Return the icon followed by the word "Haven", trimmed to what is drawn."""
    side = height * SUPERSAMPLE
    font = ImageFont.load_default(size=round(side * 0.62))
    word = "Haven"
    left, top, right, bottom = font.getbbox(word)
    gap = round(side * 0.12)
    image = Image.new("RGBA", (side + gap + right - left, side), (0, 0, 0, 0))
    image.alpha_composite(_draw_icon(side))
    draw = ImageDraw.Draw(image)
    baseline_top = (side - (bottom - top)) // 2 - top + round(side * 0.06)
    draw.text((side + gap - left, baseline_top), word, font=font, fill=text)
    box = image.getbbox()
    assert box is not None
    image = image.crop(box)
    scale = height / image.height
    return image.resize((round(image.width * scale), height), Image.Resampling.LANCZOS)


def main() -> None:
    """Write the images HA looks for."""
    BRAND.mkdir(exist_ok=True)
    icon(256).save(BRAND / "icon.png", optimize=True)
    icon(512).save(BRAND / "icon@2x.png", optimize=True)
    logo(256).save(BRAND / "logo.png", optimize=True)
    logo(512).save(BRAND / "logo@2x.png", optimize=True)
    logo(256, TEXT_DARK).save(BRAND / "dark_logo.png", optimize=True)
    logo(512, TEXT_DARK).save(BRAND / "dark_logo@2x.png", optimize=True)
    for path in sorted(BRAND.glob("*.png")):
        with Image.open(path) as image:
            print(
                f"{path.relative_to(BRAND.parents[2])}: {image.size[0]}x{image.size[1]}"
            )


if __name__ == "__main__":
    main()
