"""Agents' HTML replies read as text: paragraphs as lines, table rows as "Question: answer"."""

from __future__ import annotations

from desktop.helpdesk.html_text import html_text
from desktop.helpdesk.rich_body import body_html


def test_paragraphs_breaks_and_entities() -> None:
    html = "<div><p>Hello,</p><p>please <b>restart</b>&nbsp;it &amp; retry.<br>Thanks</p></div>"
    assert html_text(html) == "Hello,\nplease restart it & retry.\nThanks"


def test_scripts_and_styles_are_dropped_with_their_content() -> None:
    assert html_text("<style>p{}</style><p>Hi</p><script>alert(1)</script>") == "Hi"


def test_the_rich_body_reads_back_as_the_plain_one() -> None:
    body = "Who: Ada, reply to ada@example.com\nOS: Ubuntu 22.04\n\nDetails:\nIt <breaks>."
    assert html_text(body_html(body)) == body.replace("\n\n", "\n")
