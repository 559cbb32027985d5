"""RSS 0.9x/1.0/2.0 and Atom feeds, parsed with the stdlib expat parser.

expat is driven directly (not ElementTree) to keep each element's line number
for quarantine messages, and to refuse documents that declare entities, the
usual route to entity-expansion bombs.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from xml.parsers import expat

__all__ = ["FeedEntry", "FeedError", "parse_feed", "strip_html"]

_BLOCK_TAGS = {"p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
               "blockquote", "tr", "table", "section", "article", "figure", "figcaption",
               "pre", "hr"}
_SKIP_TAGS = {"script", "style", "noscript", "template"}


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.out.append("\n")

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in _BLOCK_TAGS:
            self.out.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.out.append(data)


def strip_html(markup: str) -> str:
    """Visible text of an HTML fragment: tags dropped, entities decoded, one
    paragraph a line, runs of spaces collapsed."""
    if "<" not in markup and "&" not in markup:
        text = markup
    else:
        p = _TextOnly()
        p.feed(markup)
        p.close()
        text = html.unescape("".join(p.out))
    lines = (re.sub(r"[ \t\r\f\v\u00a0]+", " ", ln).strip() for ln in text.split("\n"))
    return "\n".join(ln for ln in lines if ln)


class FeedError(Exception):
    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


@dataclass
class _El:
    ns: str
    name: str
    attrs: dict[str, str]
    line: int
    children: list["_El"] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)  # own text and children, in order

    def text(self) -> str:
        out: list[str] = []
        for p in self.parts:
            if isinstance(p, _El):
                # Inline XHTML content (Atom type="xhtml"): keep paragraph breaks.
                block = p.name in _BLOCK_TAGS
                if block:
                    out.append("\n")
                out.append(p.text())
                if block:
                    out.append("\n")
            else:
                out.append(p)
        return "".join(out)

    def child(self, *names: str, ns: str | None = None) -> "_El | None":
        for n in names:
            for c in self.children:
                if c.name == n and (ns is None or c.ns == ns):
                    return c
        return None


_CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"


def _build_tree(raw: bytes) -> _El:
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    root = _El("", "#document", {}, 0)
    stack = [root]

    def start(name: str, attrs: dict[str, str]) -> None:
        ns, _, local = name.rpartition(" ")
        el = _El(ns, local, {k.rpartition(" ")[2]: v for k, v in attrs.items()},
                 parser.CurrentLineNumber)
        stack[-1].children.append(el)
        stack[-1].parts.append(el)
        stack.append(el)

    def end(name: str) -> None:
        stack.pop()

    def chars(data: str) -> None:
        stack[-1].parts.append(data)

    def entity_decl(*args: object) -> None:
        raise FeedError("feed declares XML entities (refused: entity expansion risk)",
                        parser.CurrentLineNumber)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    parser.EntityDeclHandler = entity_decl
    try:
        parser.Parse(raw, True)
    except expat.ExpatError as e:
        raise FeedError(f"malformed XML: {expat.errors.messages[e.code]}", e.lineno) from None
    return root


@dataclass
class FeedEntry:
    line: int
    guid: str | None
    title: str | None
    link: str | None
    #: a date, or the string as found when it is neither RFC 822 nor ISO
    published: dt.date | str | None
    text: str | None
    source: str | None


def _feed_date(value: str | None) -> dt.date | str | None:
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return value  # maybe ISO (Atom, dc:date); the caller validates
    # The publisher's local calendar day, which is what "today" in its text means.
    return parsed.date()


def _walk(el: _El):
    yield el
    for c in el.children:
        yield from _walk(c)


def parse_feed(raw: bytes) -> list[FeedEntry]:
    """Entries of an RSS or Atom document; raises :class:`FeedError` when the
    document is not a feed or not well-formed XML."""
    root = _build_tree(raw)
    if not root.children:
        raise FeedError("not a feed: no XML element")
    top = root.children[0]
    if top.name not in {"rss", "RDF", "feed"}:
        raise FeedError(f"not an RSS or Atom feed (root element <{top.name}>)", top.line)
    channel = top.child("channel") if top.name != "feed" else top
    source = None
    if channel is not None and (t := channel.child("title")) is not None:
        source = strip_html(t.text()) or None

    entries: list[FeedEntry] = []
    for el in _walk(top):
        if el.name not in {"item", "entry"}:
            continue
        title_el = el.child("title")
        link = None
        if el.name == "entry":
            links = [c for c in el.children if c.name == "link"]
            pick = [c for c in links if c.attrs.get("rel", "alternate") == "alternate"] or links
            if pick:
                link = pick[0].attrs.get("href") or pick[0].text().strip() or None
        elif (ln := el.child("link")) is not None:
            link = ln.text().strip() or None
        guid_el = el.child("guid", "id")
        date_el = el.child("pubDate", "published", "date", "updated", "issued", "modified")
        body_el = el.child("encoded", ns=_CONTENT_NS) or el.child("content", "description",
                                                                  "summary")
        body = strip_html(body_el.text()) if body_el is not None else ""
        entries.append(
            FeedEntry(
                line=el.line,
                guid=(guid_el.text().strip() or None) if guid_el is not None else None,
                title=(strip_html(title_el.text()) or None) if title_el is not None else None,
                link=link,
                published=_feed_date(date_el.text() if date_el is not None else None),
                text=body or None,
                source=source,
            )
        )
    return entries
