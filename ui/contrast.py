"""WCAG 2 contrast between two colours, and the nearest colour of a hue that reaches a ratio.

The formulas are WCAG 2.2's "relative luminance" and "contrast ratio" definitions
(https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio): a few lines, so no library for them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor

TEXT = 4.5  # normal text (WCAG 1.4.3)
GRAPHIC = 3.0  # icons, borders and focus rings (WCAG 1.4.11)
_STEPS = 400


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """Relative luminance, 0 (black) to 1 (white); alpha is ignored (blend first)."""
    r, g, b = (_channel(c) for c in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _rgb(colour: QColor) -> tuple[float, float, float]:
    return colour.redF(), colour.greenF(), colour.blueF()


def ratio(one: QColor, other: QColor) -> float:
    """The contrast ratio, 1 (same) to 21 (black on white)."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def blend(top: QColor, under: QColor) -> QColor:
    """``top`` with its alpha painted over the opaque ``under``."""
    alpha = top.alphaF()
    mixed = [
        round(255 * (alpha * t + (1 - alpha) * u))
        for t, u in zip(_rgb(top), _rgb(under), strict=True)
    ]
    return QColor(*mixed)


Need = tuple[QColor, float]  # a background and the ratio a colour must reach against it


def meets(colour: QColor, needs: Sequence[Need]) -> bool:
    return all(ratio(colour, background) >= minimum for background, minimum in needs)


def readable(colour: QColor, needs: Sequence[Need]) -> QColor:
    """``colour`` itself if it reaches every (background, ratio) need, otherwise the same hue
    and saturation made darker or lighter (HSL lightness), whichever needs the smaller step;
    black or white as the last resort."""
    if meets(colour, needs):
        return QColor(colour)
    hue, saturation, lightness = colour.hslHueF(), colour.hslSaturationF(), colour.lightnessF()
    for step in range(1, _STEPS + 1):
        for sign in (-1, 1):
            tried = QColor.fromHslF(hue, saturation, _clamp(lightness + sign * step / _STEPS))
            candidate = QColor(tried.name())  # as the stylesheet will write it: 8 bits a channel
            if meets(candidate, needs):
                return candidate
    darkest = QColor("black")
    return darkest if meets(darkest, needs) else QColor("white")


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, value))
