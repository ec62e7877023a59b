"""One reader per format behind one interface, chosen by content sniffing.

Each reader turns a file's bytes into ``Extracted``: the text every offset
will index into, the format's own metadata, page offsets for paged formats,
and spans already known to be non-content (front matter, running headers).
Nothing is ever fetched from the network.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from briefgen.errors import SourceError
from briefgen.ingest.markup import as_read, definition_spans, looks_like_markdown, markup_spans
from briefgen.models import Removed
from briefgen.safeyaml import AliasRefused, refuse_aliases

MAX_DOCX_UNPACKED_MB = 200
"""A Word file whose parts unpack to more than this is refused before it is unpacked."""


@dataclass(frozen=True)
class Extracted:
    """A reader's output."""

    text: str
    """The text offsets index into."""
    format: str
    """text | markdown | html | pdf | docx."""
    meta: dict[str, str] = field(default_factory=dict)
    """Metadata the format itself carries (title, author, publisher, date, url; "created": the
    file's creation date, used only when the text gives no date; "pagetype": a web page's
    og:type, "article" for an article)."""
    pages: tuple[int, ...] = ()
    """Start offset of each page."""
    removed: tuple[Removed, ...] = ()
    """Spans known to be non-content."""
    warnings: tuple[str, ...] = ()
    """One-line warnings about parts of the file left unread (the rest is usable)."""


def sniff(data: bytes, suffix: str) -> str:
    """The format of *data*: by content first, then by file extension."""
    head = data[:2048].lstrip()
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04") and b"word/" in data[:65536]:
        return "docx"
    lowered = head[:512].lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or (b"<html" in lowered and b"<body" in data[:65536].lower()):
        return "html"
    if suffix in {".html", ".htm", ".xhtml"}:
        return "html"
    if suffix in {".md", ".markdown"}:
        return "markdown"
    return "text"


_CONTROLS = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
"""Control bytes that text does not hold (tab, line feed, form feed and carriage return it may)."""


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text in any encoding we read (NULs, control bytes)."""
    sample = data[:8192]
    if b"\x00" in sample:
        # UTF-16 text has NULs too; it starts with a byte order mark.
        return not sample.startswith((b"\xff\xfe", b"\xfe\xff"))
    controls = len(sample) - len(sample.translate(None, _CONTROLS))
    return controls > max(2, len(sample) // 100)


def decode(data: bytes, path: str, declared: str = "") -> str:
    """Bytes to text: declared encoding, else UTF-8, else detected; a clear error otherwise."""
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError) as exc:
            raise SourceError(
                f"cannot decode as {declared!r} (declared in sources/sources.toml): {exc}; fix the encoding there",
                path=path,
            ) from exc
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise SourceError(
                f"starts as UTF-16 text but is not valid UTF-16 ({exc.reason} at byte {exc.start}); "
                "the file may be truncated: re-save it as UTF-8",
                path=path,
            ) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    # Windows-1252 is by far the most common legacy encoding of news text, and short
    # texts are too ambiguous for detection; take it when it decodes cleanly.
    try:
        text = data.decode("cp1252")
        if not any("\x80" <= c <= "\x9f" for c in text):
            return text
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise SourceError(
            "text is not UTF-8 and its encoding could not be detected; "
            'declare it in sources/sources.toml (encoding = "cp1252")',
            path=path,
        )
    return str(best)


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


_BAD_DATE = object()
"""Stands for a front-matter date that is no real date (2026-02-30)."""


def _load_front_matter(text: str, bad_dates: list[tuple[int, str]]) -> Any:
    """yaml.safe_load, except that a date that is no real date becomes _BAD_DATE and is
    listed in *bad_dates* as (line in the file, value) instead of failing the whole block."""
    import yaml

    class Loader(yaml.SafeLoader):
        def construct_yaml_timestamp(self, node: Any) -> Any:  # type: ignore[override]
            try:
                return super().construct_yaml_timestamp(node)
            except (ValueError, OverflowError):
                bad_dates.append((node.start_mark.line + 2, str(node.value)))
                return _BAD_DATE

    Loader.add_constructor("tag:yaml.org,2002:timestamp", Loader.construct_yaml_timestamp)
    refuse_aliases(text)
    return yaml.load(text, Loader=Loader)  # noqa: S506 - a SafeLoader subclass


_PUBLISHER_KEYS = ("site", "publication", "outlet", "organisation", "organization")
"""Front matter keys that name who published the piece when it has no `publisher` key."""


def read_markdown(data: bytes, path: str, encoding: str = "") -> Extracted:
    """Markdown with optional YAML front matter (title, author, publisher, date, url)."""
    text = decode(data, path, encoding)
    meta: dict[str, str] = {}
    removed: list[Removed] = []
    warnings: list[str] = []
    match = _FRONT_MATTER.match(text)
    if match:
        import yaml

        bad_dates: list[tuple[int, str]] = []
        try:
            loaded = _load_front_matter(match.group(1), bad_dates) or {}
        except AliasRefused as exc:
            loaded = {}
            line = exc.problem_mark.line + 2 if exc.problem_mark is not None else 2
            warnings.append(f"{path}:{line}: front matter uses a YAML alias; it is ignored (write its values out "
                            "in full)")
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 2 if mark is not None else 1
            raise SourceError("malformed YAML front matter; fix it or remove it", path=path, line=line) from exc
        except RecursionError:
            loaded = {}
            warnings.append(f"{path}:2: front matter nested too deep to read; it is ignored (simplify it)")
        if not isinstance(loaded, dict):
            raise SourceError("front matter must be a mapping of keys to values", path=path, line=1)
        warnings.extend(f"{path}:{line}: front matter date {value} is not a real date; it is ignored (fix it)"
                        for line, value in bad_dates)
        for key in ("title", "author", "publisher", "date", "updated", "url", "kind", *_PUBLISHER_KEYS):
            value = loaded.get(key)
            if isinstance(value, (list, dict, bool)):  # not text: a value no brief can show
                what = "true or false" if isinstance(value, bool) else "a list" if isinstance(value, list) else "a mapping"
                warnings.append(f"{path}:{_front_line(match.group(1), key)}: front matter `{key}` is {what}, "
                                "not text; it is ignored (write it as plain text)")
            elif value is not None and value is not _BAD_DATE and key not in _PUBLISHER_KEYS:
                meta[key] = str(value)
        # the other names site generators and writers give the publisher's field ("site", "publication")
        named = next((str(loaded[key]) for key in _PUBLISHER_KEYS
                      if isinstance(loaded.get(key), (str, int, float)) and str(loaded[key]).strip()), "")
        if named and "publisher" not in meta:
            meta["publisher"] = named
        removed.append(Removed(0, match.end(), "front matter"))
    body_at = removed[0].end if removed else 0
    removed.extend(Removed(start, end, "link definitions") for start, end in definition_spans(text)
                   if start >= body_at)
    if "title" not in meta:
        heading = re.search(r"^#\s+(.+?)\s*#*\s*$", text, re.MULTILINE)
        if heading:
            shown = as_read(text, heading.start(1), heading.end(1), markup_spans(text))[0]
            meta["title"] = " ".join(shown.split()) or heading.group(1)
    return Extracted(text=text, format="markdown", meta=meta, removed=tuple(removed), warnings=tuple(warnings))


def _front_line(front: str, key: str) -> int:
    """The line of the source on which front matter key *key* stands (the front matter starts on line 2)."""
    for number, line in enumerate(front.split("\n")):
        if re.match(rf"{re.escape(key)}\s*:", line):
            return number + 2
    return 1


def read_text(data: bytes, path: str, encoding: str = "") -> Extracted:
    """Plain text in any common encoding; a text laid out in Markdown is read as Markdown."""
    text = decode(data, path, encoding)
    if looks_like_markdown(text):
        return read_markdown(data, path, encoding)
    return Extracted(text=text, format="text")


_EMBEDDED_BLOB = re.compile(r"[A-Za-z0-9+/=%._:;,-]{4096,}")
"""A run of 4,096 characters with no space or markup: an embedded picture or font (data: URI),
never prose. lxml's HTML parser (under trafilatura) spends minutes on an attribute over 10 MB."""


def read_html(data: bytes, path: str, encoding: str = "") -> Extracted:
    """Main text of a saved web page, without navigation, ads or comment widgets (trafilatura)."""
    import trafilatura

    html = _EMBEDDED_BLOB.sub("", decode(data, path, encoding))
    result = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True, favor_precision=True
    )
    text = (getattr(result, "text", None) or "").strip() if result is not None else ""
    # A menu or a link list is not main text: ask for at least one sentence-sized line.
    if not text or max(len(line.split()) for line in text.splitlines()) < 8:
        raise SourceError("HTML page has no main text to read; save the article page itself", path=path)
    meta = {}
    for key, attr in (("title", "title"), ("author", "author"), ("publisher", "sitename"), ("date", "date"), ("url", "url"),
                      ("pagetype", "pagetype")):
        value = getattr(result, attr, None)
        if value:
            meta[key] = str(value)
    if not meta.get("author") and (writer := page_byline(html)):
        meta["author"] = writer  # "By Nadia Trevelyan, City Hall Reporter · Published ...": the page's own byline
    if " ".join(meta.get("publisher", "").split()) in (" ".join(meta.get("title", "").split()), _tab_headline(html)):
        meta.pop("publisher", None)  # a page's headline taken for its site: the <title> says which it is
    if not meta.get("publisher"):
        site = title_site(html, meta.get("title", ""))
        if site:
            meta["publisher"] = site
    if not meta.get("publisher") and (issuer := _TAB_ISSUER.match(_title_tag(html))) is not None:
        meta["publisher"], meta["kind"] = issuer.group("name"), "statement"  # "<Union> statement: <headline>"
    if kind := title_label(html, meta.get("title", "")):
        meta["kind"] = kind  # "Opinion: <headline> | Site": the page's own label of what the piece is
    return Extracted(text=text + "\n", format="html", meta=meta)


_TEXT_BLOCK = re.compile(r"<(p|div|span|address|header)\b[^>]*>(?P<inner>(?:(?!</?(?:p|div|header|address)\b).){3,400}?)</\1>",
                         re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]{0,300}>")


def page_byline(html: str) -> str:
    """The writer a page's own byline names, in the first text blocks that open on "By " ("By Nadia Trevelyan, City
    Hall Reporter · Published 10 March 2026"), for pages whose metadata names none; "" when there is none."""
    import html as html_lib

    from briefgen.ingest.clean import masthead

    for number, block in enumerate(_TEXT_BLOCK.finditer(html[:200_000])):
        if number >= 40:
            break
        text = " ".join(html_lib.unescape(_TAG.sub(" ", block.group("inner"))).split())
        if not text.lower().startswith("by ") or len(text.split()) > 25:
            continue
        head = masthead(text)
        if head is not None and head.author:
            return head.author
    return ""


def _title_tag(html: str) -> str:
    import html as html_lib

    found = _TITLE_TAG.search(html)
    return " ".join(html_lib.unescape(found.group(1)).split()) if found else ""


def title_label(html: str, headline: str) -> str:
    """The kind a section label before the headline in a page's <title> says ("Opinion: <headline> |
    Capital Weekly" opinion), when the headline itself does not carry it; else ""."""
    from briefgen.ingest.clean import TITLE_KIND, title_kind

    title, head = _title_tag(html), " ".join(headline.split())
    label = TITLE_KIND.match(title)
    if label is None or not head or TITLE_KIND.match(head) or not title[label.end() - 1:].startswith(head):
        return ""
    return title_kind(title)


_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def title_site(html: str, headline: str) -> str:
    """The site a page's <title> names after its headline ("Lost season | Gold Coast Observer"
    -> "Gold Coast Observer"), as sites title their pages; "" when the title is not the headline
    and a short capitalised name joined by a bar or dash."""
    from briefgen.ingest.clean import TITLE_KIND, _publisher_name

    title = _title_tag(html)
    if not title or not headline.strip():
        return ""
    head = " ".join(headline.split())
    if (label := TITLE_KIND.match(title)) is not None and title[label.end() - 1:].startswith(head):
        title = title[label.end() - 1:]  # "Opinion: <headline> | Capital Weekly": the section's label, then the headline
    separators = _TAB_SEPARATORS
    # the headline, then the site; or the start of the headline cut short to fit a tab ("Short seller says X is
    # twice as deep | The Ledger Street"), then the site
    sites = [title[len(head) + len(separator):] for separator in separators if title.startswith(head + separator)]
    sites += [site for separator in separators for shown, _, site in [title.rpartition(separator)]
              if len(shown.split()) >= 5 and head.startswith(shown.rstrip(" .…") + " ")]
    # or the headline reworded for the tab, as sites do ("Disturbance at Greyhurst as overtime ban bites |
    # Northern Post" over the page's "Disturbance at Greyhurst as prison overtime ban bites"): most of
    # the tab's words are the headline's
    sites += [site for separator in separators for shown, _, site in [title.rpartition(separator)]
              if _reworded(shown, head)]
    for site in sites:
        site = site.strip()
        words = site.split()
        if _publisher_name(site) and all(w[:1].isupper() or w.lower() in ("of", "and", "the", "for", "on", "&") for w in words):
            return site
    return ""


_TAB_SEPARATORS = (" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00b7 ")


_TAB_ISSUER = re.compile(r"(?P<name>[A-Z][\w&.'’-]*(?:[ ](?:[A-Z][\w&.'’-]*|&|of|and|for|the)){0,6})[ ]"
                         r"(?i:statement|press[ ]release|media[ ]release|news[ ]release|open[ ]letter)[ ]*[:|—–-][ ]*\S")
"""A page's <title> naming who issued it ("TPWU statement: ...", "Harbour Trust press release | ...")."""


def _tab_headline(html: str) -> str:
    """The headline part of a page's <title> before the site's name ("<headline> - The Ledger
    Daily" -> "<headline>"), or "" when the title has no separator."""
    title = _title_tag(html)
    shown = max((title.rpartition(separator)[0] for separator in _TAB_SEPARATORS), key=len)
    return shown.strip()


def _reworded(shown: str, headline: str) -> bool:
    """Whether a tab's headline *shown* is *headline* reworded: five words or more, at least
    two thirds of them (in letters and digits) among the headline's."""
    def words(text: str) -> list[str]:
        return [w for w in re.findall(r"[^\W_]+", text.lower())]

    said, own = words(shown), set(words(headline))
    return len(said) >= 5 and sum(w in own for w in said) * 3 >= len(said) * 2


def read_pdf(data: bytes, path: str, encoding: str = "") -> Extracted:
    """Text of a PDF with page offsets; running headers/footers and page numbers dropped."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise SourceError("PDF is password-protected; save an unprotected copy", path=path)
            except SourceError:
                raise
            except Exception as exc:
                raise SourceError("PDF is password-protected; save an unprotected copy", path=path) from exc
        raw_pages = [page.extract_text() or "" for page in reader.pages]
        info: Any = reader.metadata or {}
    except SourceError:
        raise
    except Exception as exc:  # pypdf parses untrusted bytes; any failure means an unreadable file
        raise SourceError(f"corrupt or unreadable PDF ({type(exc).__name__}); re-save or re-download it", path=path) from exc
    if not any(page.strip() for page in raw_pages):
        raise SourceError("PDF has no text layer (a scan?); run OCR on it first", path=path)

    page_lines = [[line.strip() for line in page.splitlines()] for page in raw_pages]
    # Lines that stand first or last on most pages are running headers or footers.
    edge: Counter[str] = Counter()
    for lines in page_lines:
        nonblank = [line for line in lines if line]
        for line in set(nonblank[:2] + nonblank[-2:]):
            edge[re.sub(r"\d+", "#", line)] += 1
    threshold = max(2, (len(raw_pages) + 1) // 2)
    furniture = {key for key, count in edge.items() if count >= threshold and len(raw_pages) > 1}

    parts: list[str] = []
    pages: list[int] = []
    removed: list[Removed] = []
    pos = 0
    for lines in page_lines:
        pages.append(pos)
        joined: list[str] = []
        for line in lines:
            # Repair hyphenation at line ends: "regu-" + "lation" -> "regulation".
            # Typesetters use "-", the Unicode hyphen U+2010 or a soft hyphen U+00AD.
            if joined and re.search(r"[^\W\d_][-\u2010\u00ad]$", joined[-1]) and line[:1].islower():
                joined[-1] = joined[-1][:-1] + line
            else:
                joined.append(line)
        cursor = pos
        for line in joined:
            key = re.sub(r"\d+", "#", line)
            page_number = re.fullmatch(r"(?:page\s*)?#(?:\s*(?:of|/)\s*#)?", key, re.IGNORECASE)
            if line and (key in furniture or page_number):
                removed.append(Removed(cursor, cursor + len(line), "running header, footer or page number"))
            cursor += len(line) + 1
        chunk = "\n".join(joined).rstrip() + "\n\n"
        parts.append(chunk)
        pos += len(chunk)
    return Extracted(
        text="".join(parts),
        format="pdf",
        meta=_pdf_meta(info),
        pages=tuple(pages),
        removed=tuple(removed),
    )


_PLACEHOLDER_TITLE = re.compile(
    r"^(?:untitled|document\d*|title|microsoft (?:word|powerpoint|excel) - .*|.*\.(?:docx?|pdf|odt|rtf|txt|html?))$",
    re.IGNORECASE,
)


def _pdf_meta(info: Any) -> dict[str, str]:
    """Title, author and creation date from a PDF's document information, leaving out what
    tools fill in for themselves ("Microsoft Word - draft.docx", "Untitled")."""
    meta: dict[str, str] = {}
    for key in ("title", "author"):
        value = " ".join(str(info.get(f"/{key.capitalize()}") or "").split())
        if value and not _PLACEHOLDER_TITLE.match(value):
            meta[key] = value
    created = re.match(r"(?:D:)?((?:19|20)\d\d)(\d\d)(\d\d)", str(info.get("/CreationDate") or ""))
    if created:
        meta["created"] = "-".join(created.groups())
    return meta


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# python-docx's Paragraph.text runs two xpath queries per paragraph and run (~100 us each: 20 s for
# 200,000 paragraphs); this is the same text in one walk: direct runs and hyperlinks' runs only.
_RUN_TEXT = {_W + "cr": "\n", _W + "noBreakHyphen": "-", _W + "ptab": "\t", _W + "tab": "\t"}


def _docx_text(paragraph: Any) -> str:
    parts: list[str] = []
    for child in paragraph.iterchildren(_W + "r", _W + "hyperlink"):
        runs = [child] if child.tag == _W + "r" else child.iterchildren(_W + "r")
        for run in runs:
            for item in run.iterchildren(_W + "t", _W + "br", *_RUN_TEXT):
                if item.tag == _W + "t":
                    parts.append(item.text or "")
                elif item.tag == _W + "br":
                    parts.append("\n" if item.get(_W + "type", "textWrapping") == "textWrapping" else "")
                else:
                    parts.append(_RUN_TEXT[item.tag])
    return "".join(parts)


def read_docx(data: bytes, path: str, encoding: str = "") -> Extracted:
    """Paragraph text of a Word document, plus its core properties."""
    import docx

    warnings: list[str] = []
    try:
        # Checked before anything is unpacked: a few kB can unpack to gigabytes.
        archive = zipfile.ZipFile(io.BytesIO(data))
        unpacked = sum(item.file_size for item in archive.infolist())
        if unpacked > MAX_DOCX_UNPACKED_MB * 1024 * 1024:
            raise SourceError(f"Word file unpacks to {unpacked / 1e6:,.0f} MB, over {MAX_DOCX_UNPACKED_MB} MB; "
                              "re-save it, or save its text as .txt", path=path)
        # Word never writes a DOCTYPE; python-docx leaves entities unresolved (no file is read
        # through one) and the text after an entity would silently go missing.
        for item in archive.infolist():
            if item.filename.endswith((".xml", ".rels")):
                with archive.open(item) as part:
                    if b"<!DOCTYPE" in part.read(4096).upper():
                        raise SourceError(f"{item.filename} declares a DOCTYPE with entities, which Word never writes, "
                                          "and its text would be cut short; re-save it in a word processor", path=path)
        names = [item.filename for item in archive.infolist()]
        twice = sorted({name for name in names if names.count(name) > 1}) if len(set(names)) < len(names) else []
        if twice:
            # Word never writes one part twice; python-docx reads the last and the text of the
            # other would silently go missing.
            warnings.append(f"{path}: holds {len(twice)} part(s) twice ({', '.join(twice[:3])}); only the last of "
                            "each is read; re-save it in a word processor")
        embedded = [name for name in names if name.startswith("word/embeddings/")]
        if embedded:
            warnings.append(f"{path}: {len(embedded)} embedded file(s) ({', '.join(embedded[:3])}) are not read; "
                            "save them as sources of their own")
        document = docx.Document(io.BytesIO(data))
        paragraphs = [text for p in document.element.body.iterchildren(_W + "p") if (text := _docx_text(p).strip())]
        props = document.core_properties
        meta = {}
        if props.title and not _PLACEHOLDER_TITLE.match(props.title.strip()):
            meta["title"] = " ".join(props.title.split())
        if props.author:
            meta["author"] = props.author
        if props.created:
            meta["created"] = props.created.date().isoformat()
    except SourceError:
        raise
    except Exception as exc:  # zip, XML and python-docx errors alike: the file is unreadable
        raise SourceError(f"corrupt or unreadable Word file ({type(exc).__name__}); re-save it as .docx",
                          path=path) from exc
    if not paragraphs:
        raise SourceError("Word file has no text", path=path)
    return Extracted(text="\n".join(paragraphs) + "\n", format="docx", meta=meta, warnings=tuple(warnings))


READERS: dict[str, Callable[[bytes, str, str], Extracted]] = {
    "text": read_text,
    "markdown": read_markdown,
    "html": read_html,
    "pdf": read_pdf,
    "docx": read_docx,
}
