"""The text of an HTML message body, for a thread shown as plain text.

Agents often answer from a rich editor; the thread shows their words, not the markup. Block
elements become line breaks; scripts and styles are dropped with their content.
"""

from __future__ import annotations

from html.parser import HTMLParser

_BREAKS = frozenset({"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "blockquote"})
_HIDDEN = frozenset({"script", "style", "head", "title"})
_CELLS = frozenset({"td", "th"})  # a table row reads "Who: Ada": cells are joined by ": "


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag in _BREAKS:
            self.parts.append("\n")
        elif tag in _CELLS and self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append(": ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def html_text(html: str) -> str:
    """``html``'s visible text, one paragraph a line, without blank runs."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)
