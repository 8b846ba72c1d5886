"""HTML and Markdown to readable plain text, keeping the letter's structure.

The checker reads sentences and paragraphs, so the layout that marks them must survive:
paragraphs, headings and tables become blocks separated by a blank line, list items and
table cells get a line each, ``<br>`` becomes a line break. Entities are decoded, and
script, style and other invisible content is dropped. Markdown is rendered to HTML first
(line breaks kept, as in a letter) and then converted the same way.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Literal

from markdown_it import MarkdownIt

Markup = Literal["markdown", "html"]

BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 table thead tbody tfoot ul ol dl blockquote pre section article "
    "header footer main nav aside figure figcaption address form fieldset hr center".split()
)
LINE_TAGS = frozenset("li td th dt dd caption option legend".split())
ROW_TAGS = frozenset(("tr",))  # a table row is a small paragraph, one cell per line
HIDDEN_TAGS = frozenset("script style title template noscript svg math iframe object select".split())
VOID_TAGS = frozenset("area base br col embed hr img input link meta source track wbr".split())
LIST_START = re.compile(r"[0-9]{1,9}")
INVISIBLE_CHARACTERS = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


class _TextCollector(HTMLParser):
    """Collects visible text; element boundaries become pending line (1) or paragraph (2) breaks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.pending_breaks = 0
        self.hidden_depth = 0
        self.pre_depth = 0
        self.item_depth = 0  # open <li> elements: inside an item every break is a line break
        self.lists: list[list] = []  # one [tag, next number] per open list
        self.at_item_start = False  # just wrote a list marker: keep the item's text on its line

    def _break(self, newlines: int) -> None:
        if not self.at_item_start:
            self.pending_breaks = max(self.pending_breaks, 1 if self.item_depth else newlines)

    def _write(self, text: str) -> None:
        if self.pending_breaks:
            self.parts.append("\n" * self.pending_breaks)
            self.pending_breaks = 0
        self.parts.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in HIDDEN_TAGS:
            self.hidden_depth += 1
        elif self.hidden_depth:
            return
        elif tag == "br":
            self._write("\n")
        elif tag in BLOCK_TAGS or tag in ROW_TAGS:
            self._break(2)
        elif tag in LINE_TAGS:
            self._break(1)
        if tag == "pre":
            self.pre_depth += 1
        elif tag in ("ul", "ol"):
            self.lists.append([tag, _list_start(attrs)])
        elif tag == "li":
            self._write(self._list_marker())
            self.item_depth += 1
            self.at_item_start = True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID_TAGS:  # <p/> and the like: opened and closed at once
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN_TAGS:
            self.hidden_depth = max(0, self.hidden_depth - 1)
            return
        if self.hidden_depth:
            return
        if tag == "pre":
            self.pre_depth = max(0, self.pre_depth - 1)
        elif tag in ("ul", "ol") and self.lists:
            self.lists.pop()
        elif tag == "li" and self.item_depth:
            self.item_depth -= 1
            self.at_item_start = False
        if tag in BLOCK_TAGS or tag in ROW_TAGS:
            self._break(2)
        elif tag in LINE_TAGS:
            self._break(1)

    def handle_data(self, data: str) -> None:
        if self.hidden_depth:
            return
        if self.pre_depth:
            self._write(data.replace(" ", "\u0000"))  # protected from whitespace collapsing
        elif data.strip():
            self._write(re.sub(r"\s+", " ", data))  # source line breaks are layout, not text
        else:
            self.parts.append(" ")
        if data.strip():
            self.at_item_start = False

    def _list_marker(self) -> str:
        if not self.lists or self.lists[-1][0] == "ul":
            return "- "
        number = self.lists[-1][1]
        self.lists[-1][1] += 1
        return f"{number}. "


def _list_start(attrs: list[tuple[str, str | None]]) -> int:
    """The number of an <ol>'s first item: plain digits only ("²" and endless numbers count as 1)."""
    value = (dict(attrs).get("start") or "").strip()
    return int(value) if LIST_START.fullmatch(value) else 1


def html_to_text(source: str) -> str:
    collector = _TextCollector()
    collector.feed(source.replace("\u0000", ""))  # NUL marks protected spaces below
    collector.close()
    return _tidy("".join(collector.parts))


def markdown_to_text(source: str) -> str:
    renderer = MarkdownIt("commonmark", {"html": True, "breaks": True}).enable(["table", "strikethrough"])
    return html_to_text(renderer.render(source))


def _tidy(text: str) -> str:
    """Collapse layout whitespace the way a browser does, keeping line and paragraph breaks."""
    text = text.translate(INVISIBLE_CHARACTERS).replace("\u00a0", " ").replace("\r", "")
    text = re.sub(r"[ \t\f\v]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    text = re.sub(r"^(?:-|\d+\.)$\n?", "", text, flags=re.MULTILINE)  # empty list items
    return text.replace("\u0000", " ").strip()


def to_plain_text(source: str, fmt: Markup) -> str:
    """Readable plain text of an HTML or Markdown letter; offsets of any report refer to this text."""
    if fmt == "html":
        return html_to_text(source)
    if fmt == "markdown":
        return markdown_to_text(source)
    raise ValueError(f"Unknown markup format {fmt!r}; expected 'html' or 'markdown'.")
