"""The HTML body: the summary as a table, paragraphs kept, nothing typed becomes markup."""

from __future__ import annotations

from desktop.helpdesk.connector import RequestKind, TicketPayload
from desktop.helpdesk.rich_body import body_adf, body_html, check_tags


def test_summary_table_then_escaped_paragraphs() -> None:
    body = "Who: Ada\nOS: Ubuntu 22.04\n\nDetails:\n<script>x</script> & more"
    assert body_html(body) == (
        '<table><tr><th align="left" valign="top">Who</th><td>Ada</td></tr>'
        '<tr><th align="left" valign="top">OS</th><td>Ubuntu 22.04</td></tr></table>'
        "<p>Details:<br>&lt;script&gt;x&lt;/script&gt; &amp; more</p>")


def test_a_first_block_without_questions_stays_a_paragraph() -> None:
    assert body_html("Just text\non two lines") == "<p>Just text<br>on two lines</p>"


def test_check_tags_are_letters_digits_and_underscores() -> None:
    payload = TicketPayload("k", RequestKind.REQUEST, "s", "b", "network", "high", {},
                            {"failing_checks": ["network.internet", "Custom Check-1"]})
    assert check_tags(payload) == ["deskmate_check_network_internet",
                                   "deskmate_check_custom_check_1"]


def test_adf_document_has_no_empty_text_and_keeps_line_breaks() -> None:
    doc = body_adf("Who: Ada\nOS:\n\nDetails:\nline one\n\n")
    assert doc["type"] == "doc"
    assert doc["content"] == [
        {"type": "paragraph", "content": [
            {"type": "text", "text": "Who: ", "marks": [{"type": "strong"}]},
            {"type": "text", "text": "Ada"}]},
        {"type": "paragraph", "content": [{"type": "text", "text": "OS:"}]},
        {"type": "paragraph", "content": [{"type": "text", "text": "Details:"},
                                          {"type": "hardBreak"},
                                          {"type": "text", "text": "line one"}]},
    ]
