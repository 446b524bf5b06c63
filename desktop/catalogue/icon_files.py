"""App icon files: what IT may publish as an app's icon (a small PNG or a plain SVG).

The same check runs where IT validates and publishes the catalogue and where a client caches
a verified icon, so a file one side accepts the other side accepts too. Qt draws the file; this
module only keeps out what is not an image, is too large, or is an SVG that could reach
outside itself (scripts, entities, links to other files).
"""

from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger(__name__)

MAX_ICON_BYTES = 256 * 1024
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_SVG_ROOT = "{http://www.w3.org/2000/svg}svg"
_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_FORBIDDEN_TAGS = ("script", "foreignObject")


def icon_problem(name: str, data: bytes) -> str | None:
    """Why ``data`` cannot be the icon file ``name`` (words for IT, after its name), or None."""
    if len(data) > MAX_ICON_BYTES:
        return f"is {len(data) // 1024} KB; an icon may be at most {MAX_ICON_BYTES // 1024} KB"
    if name.endswith(".png"):
        return None if data.startswith(_PNG_MAGIC) else "is not a PNG image"
    return _svg_problem(data)


def read_icon(base_dir: Path, name: str) -> tuple[bytes | None, str | None]:
    """The bytes of icon ``name`` under ``base_dir``, or None and why it cannot be used."""
    try:
        data = (base_dir / name).read_bytes()
    except OSError as exc:
        return None, f"cannot be read ({exc.strerror or exc})"
    problem = icon_problem(name, data)
    return (None, problem) if problem else (data, None)


def _svg_problem(data: bytes) -> str | None:
    import xml.etree.ElementTree as ET  # the stdlib's customary name; loaded
    # where icons are checked (a refresh worker, the publisher), not in the tray all day

    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        return "is an SVG with a DOCTYPE or entities; save it as plain SVG"
    try:
        root = ET.fromstring(data)  # no DOCTYPE, so no entity expansion
    except ET.ParseError as exc:
        return f"is not a readable SVG file ({exc})"
    if root.tag != _SVG_ROOT:
        return "is not an SVG image (its root element is not <svg>)"
    for element in root.iter():
        if element.tag.rpartition("}")[2] in _FORBIDDEN_TAGS:
            return "is an SVG with a script or embedded HTML; icons must be plain drawings"
        href = element.get("href") or element.get(_XLINK_HREF) or ""
        if href and not href.startswith("#"):
            return "is an SVG that links to another file; icons must be self-contained"
    return None
