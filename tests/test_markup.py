"""Markdown sources quoted as they read: markup (blockquote markers, emphasis, code ticks, link
syntax, heading hashes, list bullets) left out of quotes while their spans still point at the
text as written and `check` verifies them; a paragraph's lead-in label is not a statement."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.audiences import find_file
from briefgen.cli import main
from briefgen.ingest import read_sources
from briefgen.ingest.markup import as_read, looks_like_markdown, markup_spans
from briefgen.models import SourceDoc, SourceMeta
from briefgen.notes.extract import all_drafts
from briefgen.notes.verify import Mismatch, find_quote, locate
from briefgen.workspace import init_workspace, load_config

FIXTURES = Path(__file__).parent / "fixtures"
MARKUP = FIXTURES / "markup"
MARKS = re.compile(r"\*\*|__|(?<!\w)[*_](?=\w)|`|\]\(|^\s*>|^\s*[-*] ", re.MULTILINE)


def _reads(text: str) -> str:
    return " ".join(as_read(text, 0, len(text), markup_spans(text))[0].split())


def _doc(text: str, fmt: str = "markdown") -> SourceDoc:
    return SourceDoc(id="s", path="sources/s.md", format=fmt, sha256="0", text=text, meta=SourceMeta(), sentences=())


def test_markup_is_layout_not_words() -> None:
    text = ("# Ferry *route* 4 ##\n\n> **islander_jo** · 41 points\n> The backup vessel `MV Tern` is in "
            "[dry dock](https://example.org/a \"t\") \\*still\\* &amp; <b>idle</b>.\nlazy line\n\n- item __two__\n")
    assert _reads(text) == ("Ferry route 4 islander_jo · 41 points The backup vessel MV Tern is in dry dock "
                            "*still* &amp; idle. lazy line item two")


def test_text_that_only_looks_like_markup_stays() -> None:
    # Not Markdown syntax: intraword underscores, spaced asterisks, an undefined [reference].
    text = "The file_name_here costs 2 * 3 * 4 units, see [note][n] and snake_case.\n"
    assert _reads(text) == " ".join(text.split())


def test_only_clearly_markdown_text_files_are_read_as_markdown() -> None:
    assert looks_like_markdown((MARKUP / "01-forum-ferry.md").read_text(encoding="utf-8"))
    # An e-mail's quoting or a wire story's emphasis alone is not a Markdown layout.
    assert not looks_like_markdown("> On Monday Jo wrote:\n> the ferry is late\n\nThanks, *all* of you.\n")
    for path in (Path(__file__).parent.parent / "sources").glob("*.txt"):
        assert not looks_like_markdown(path.read_text(encoding="utf-8")), path


def test_check_reads_markup_as_absent_only_in_markdown_sources() -> None:
    text = "> **Update** the ferry *Kestrel* is back in service on the morning run.\n"
    assert locate(_doc(text), "Update the ferry Kestrel is back in service") == (4, text.index(" on the"))
    assert locate(_doc(text, "text"), "Update the ferry Kestrel is back in service") is None
    assert locate(_doc(text), "Update the ferry Kestrel is back in service on the evening run") is None


WORD = st.from_regex(r"[A-Za-z][a-z]{0,8}", fullmatch=True)
WRAPS = st.sampled_from([("", ""), ("*", "*"), ("**", "**"), ("_", "_"), ("__", "__"), ("`", "`"),
                         ("[", "](https://example.org/x)"), ("[", "](<a b> \"title\")"), ("~", "~")])
PREFIX = st.sampled_from(["", "> ", "- ", "1. ", "## ", "> > ", "* "])


@settings(max_examples=150, deadline=None)
@given(prefix=PREFIX, words=st.lists(st.tuples(WORD, WRAPS), min_size=3, max_size=12))
def test_any_inline_markup_reads_as_its_words_and_verifies(prefix: str, words: list[tuple[str, tuple[str, str]]]
                                                           ) -> None:
    source = prefix + " ".join(f"{open_}{word}{close}" for word, (open_, close) in words) + ".\n"
    plain = " ".join(word for word, _ in words) + "."
    if "~" in source:  # not CommonMark syntax: read as written
        plain = " ".join(f"~{w}~" if o == "~" else w for w, (o, _) in words) + "."
    assert _reads(source) == plain
    found = find_quote(_doc(source), plain)
    assert isinstance(found, tuple), (source, found)
    start, end = found
    assert source[start:end].rstrip("*_`)>\"").endswith(plain[-1]) or source[start:end].endswith(plain[-1])
    assert plain.split()[0] in source[start:end] and source[start:end].startswith(source[start:end].lstrip())


def _workspace(tmp_path: Path) -> Path:
    ws = init_workspace(tmp_path / "ferry", today="2025-05-15")
    for path in MARKUP.iterdir():
        shutil.copy(path, ws / "sources" / path.name)
    return ws


def test_a_markdown_forum_thread_is_quoted_as_it_reads(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    runner = CliRunner()
    result = runner.invoke(main, ["build", "-w", str(ws), "--audience", "all", "--format", "md"])
    assert result.exit_code == 0, result.output
    check = runner.invoke(main, ["check", "-w", str(ws)])
    assert check.exit_code == 0 and "verified" in check.output, check.output

    config = load_config(ws)
    docs = {doc.id: doc for doc in read_sources(config).docs}
    thread = docs["01-forum-ferry"]
    notes = [{"quote": d["quote"], "at": {"start": d["start"], "end": d["end"]}}
             for d in all_drafts([thread], find_file(config, "themes.toml"), None)[0]]
    notes += yaml.safe_load((ws / "notes" / "01-forum-ferry.yaml").read_text(encoding="utf-8"))["notes"]
    quotes = {n["quote"]: n for n in notes}
    assert quotes, notes
    for quote, note in quotes.items():
        assert not MARKS.search(quote), quote
        assert not quote.startswith(("Reminder", "Moderator")), quote  # lead-in labels are not statements
        assert not isinstance(find_quote(thread, quote, note["at"]["start"]), Mismatch), quote
        # The span still points at the text as written, markup and all; read, it is the quote.
        start, end = note["at"]["start"], note["at"]["end"]
        read = " ".join(as_read(thread.text, start, end, markup_spans(thread.text))[0].split())
        assert read == re.sub(r"^\[(\w)\]", lambda m: m.group(1).lower(), quote), (read, quote)
    assert MARKS.search(thread.text[min(n["at"]["start"] for n in notes):])  # the source itself keeps its markup
    said = " ".join(quotes)
    assert "inspections of the Kestrel would take at least ten days, and the backup vessel MV Tern" in said
    assert "The operator has opened a phone line for commuters" in said
    # "Reminder: the harbour board meets ..." reads "[T]he harbour board meets ...", which check verifies.
    assert "[T]he harbour board meets on Thursday at 7 p.m." in said
    for audience in ("executive", "investor", "policy"):
        md = (ws / "output" / f"{audience}.md").read_text(encoding="utf-8")
        assert "\\*\\*" not in md and "\\>" not in md and "\\`" not in md and "](https://example.org/bus" not in md

    shown = runner.invoke(main, ["sources", "-w", str(ws), "--show-removed"])
    assert "lead-in label (not a statement)): Reminder:" in shown.output
    assert "lead-in label (not a statement)): **Moderator note:**" in shown.output


def test_a_markdown_heading_gives_a_title_without_its_markup(tmp_path: Path) -> None:
    ws = init_workspace(tmp_path / "t", today="2025-05-15")
    (ws / "sources" / "a.md").write_text("# The *Kestrel* returns to **route 4**\n\nThe ferry is back in service "
                                         "on the morning run after two weeks of repairs, the operator said.\n",
                                         encoding="utf-8")
    doc = read_sources(load_config(ws)).docs[0]
    assert doc.meta.title == "The Kestrel returns to route 4"


def test_link_reference_definitions_are_furniture_not_text(tmp_path: Path) -> None:
    ws = init_workspace(tmp_path / "t", today="2025-05-15")
    (ws / "sources" / "a.md").write_text(
        "# Orchard grants\n\nThe county will pay 40 growers a replanting grant this spring, its farm office "
        "said on [Tuesday][memo].\n\n[memo]: https://example.org/memo 'Farm office memo 12'\n"
        "[2]: <https://example.org/2>\n  \"Minutes of meeting 7\"\n\n"
        "Growers applied in March, the office said.\n\n> [kept]: https://example.org/quoted\n", encoding="utf-8")
    doc = read_sources(load_config(ws)).docs[0]
    gone = [(r.reason, doc.text[r.start:r.end]) for r in doc.removed]
    assert gone == [("link definitions", "[memo]: https://example.org/memo 'Farm office memo 12'\n"
                     "[2]: <https://example.org/2>\n  \"Minutes of meeting 7\"")]
    said = [doc.text[s.start:s.end] for s in doc.sentences]
    assert not any("example.org/memo" in s or "Minutes of meeting" in s for s in said)
    assert any(s.startswith("Growers applied in March") for s in said)  # the text after them is read
    assert any("[kept]" in s for s in said)  # inside a blockquote: a quoted line, as written


def test_a_definition_cannot_break_into_a_paragraph() -> None:
    from briefgen.ingest.markup import definition_spans

    # CommonMark: a definition cannot interrupt a paragraph, so this line is the paragraph's text.
    assert definition_spans("The office met on Tuesday.\n[memo]: https://example.org/memo\n") == ()
    assert definition_spans("Text.\n\n[memo]: https://example.org/memo\n") == ((7, 39),)
