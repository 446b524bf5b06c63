"""The ticket body as HTML, for helpdesks that render it; the plain text stays the source.

The first block (the eight-question summary, "Question: answer" lines) becomes a two-column
table with the questions in bold; every later paragraph keeps its line breaks. Everything is
escaped: nothing the employee typed can become markup.
"""

from __future__ import annotations

import re
from html import escape
from typing import Any

from desktop.helpdesk.connector import TicketPayload

_TAG_UNSAFE = re.compile(r"[^a-z0-9_]+")


def body_html(body: str) -> str:
    """``body`` (as :func:`desktop.helpdesk.payload.build_payload` writes it) as HTML."""
    blocks = body.split("\n\n")
    return _summary(blocks[0]) + "".join(_paragraph(b) for b in blocks[1:] if b.strip())


def _summary(block: str) -> str:
    rows = []
    for line in block.splitlines():
        question, sep, answer = line.partition(": ")
        if not sep:
            return _paragraph(block)  # not a summary: keep it as written
        rows.append(f"<tr><th align=\"left\" valign=\"top\">{escape(question)}</th>"
                    f"<td>{escape(answer)}</td></tr>")
    return f"<table>{''.join(rows)}</table>"


def _paragraph(block: str) -> str:
    return "<p>" + "<br>".join(escape(line) for line in block.splitlines()) + "</p>"


def body_adf(body: str) -> dict[str, Any]:
    """``body`` as an Atlassian Document Format document (Jira): each summary line a paragraph
    with its question in bold, later paragraphs with hard breaks. ADF forbids empty text."""
    blocks = body.split("\n\n")
    content = [_adf_question(line) for line in blocks[0].splitlines() if line.strip()]
    content += [_adf_paragraph(b) for b in blocks[1:] if b.strip()]
    return {"type": "doc", "version": 1, "content": content}


def _adf_question(line: str) -> dict[str, Any]:
    question, sep, answer = line.partition(": ")
    if not sep or not answer:
        return _adf_paragraph(line)
    return {"type": "paragraph", "content": [
        {"type": "text", "text": f"{question}: ", "marks": [{"type": "strong"}]},
        {"type": "text", "text": answer}]}


def _adf_paragraph(block: str) -> dict[str, Any]:
    nodes: list[dict[str, Any]] = []
    for line in block.splitlines():
        if nodes:
            nodes.append({"type": "hardBreak"})
        if line:
            nodes.append({"type": "text", "text": line})
    return {"type": "paragraph", "content": nodes}


def check_tags(payload: TicketPayload) -> list[str]:
    """``deskmate_check_network_internet`` per failing check: tags IT can count. Letters,
    digits and underscores only, which every helpdesk's tags and labels accept."""
    failing = payload.fields.get("failing_checks") or []
    return [f"deskmate_check_{_TAG_UNSAFE.sub('_', str(c).lower())}" for c in failing]
