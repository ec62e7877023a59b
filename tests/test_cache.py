"""The per-source caches (.briefgen-cache/segments, .briefgen-cache/drafts) change how long a
run takes, never what it makes: a run after an edit, with every other source cached, gives
what a run from nothing gives, and the edit shows up."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen import cachekey
from briefgen.ingest import SEGMENTS_DIR, read_sources
from briefgen.ingest.clean import Cleaned
from briefgen.models import Post, Removed, Sentence
from briefgen.notes import extract
from briefgen.notes.counterclaims import Ties
from briefgen.notes.disputes import Position, Stance
from briefgen.pipeline import build
from briefgen.workspace import load_config

ADDED = ("\nHarbor officials said on Friday that dredging the eastern channel would cost "
         "4.2 million dollars and take eleven months.\n")


def _outputs(ws: Path) -> dict[str, bytes]:
    return {p.relative_to(ws).as_posix(): p.read_bytes()
            for folder in ("notes", "output") for p in sorted((ws / folder).glob("*")) if p.is_file()}


def _cold_copy(ws: Path, target: Path) -> Path:
    """The workspace's sources and config in a new folder: no notes, no cache, no outputs."""
    target.mkdir()
    shutil.copy(ws / "briefgen.toml", target)
    shutil.copytree(ws / "sources", target / "sources")
    return target


def test_an_edited_source_shows_up_and_a_cached_run_makes_what_a_cold_run_makes(other: Path, tmp_path: Path) -> None:
    build(load_config(other), "all", "md")
    edited = sorted((other / "sources").glob("harbor-c*.txt"))[0]
    edited.write_text(edited.read_text(encoding="utf-8") + ADDED, encoding="utf-8")
    build(load_config(other), "all", "md")

    config = load_config(other)
    docs = read_sources(config).docs
    doc = next(d for d in docs if d.path.endswith(edited.name))
    assert "4.2 million dollars" in doc.text
    assert any("4.2 million dollars" in doc.text[s.start:s.end] for s in doc.sentences)
    cold = _cold_copy(other, tmp_path / "cold")
    build(load_config(cold), "all", "md")
    assert _outputs(other) == _outputs(cold)
    notes = (other / "notes" / f"{doc.id}.yaml").read_text(encoding="utf-8")
    assert "4.2 million dollars" in notes


def test_an_analyst_edit_shows_up_after_a_cached_run(other: Path) -> None:
    build(load_config(other), "all", "md")
    build(load_config(other), "all", "md")  # everything cached now
    brief = (other / "output" / "executive.md").read_text(encoding="utf-8")
    for path in sorted((other / "notes").glob("harbor-*.yaml")):
        text = path.read_text(encoding="utf-8")
        quotes = [line.split("quote: ", 1)[1] for line in text.splitlines() if line.startswith("    quote: ")]
        # a statement the brief makes (a bullet), not a second source's quote in the evidence list
        bullets = [line for line in brief.splitlines() if line.startswith("- ")]
        shown = [q for q in quotes if any(q.strip('"') in line for line in bullets)]
        if shown:
            break
    else:
        raise AssertionError("no note of the fixture is quoted in the executive brief")
    lines = text.splitlines()
    at = lines.index(f"    quote: {shown[0]}")
    text_line = next(i for i in range(at, len(lines)) if lines[i].startswith("    text:"))
    # the analyst's paraphrase says what the quote says, in their words (one the brief still has room for)
    paraphrase = shown[0].strip('"').rstrip(".") + " (our reading: a first spending priority)."
    lines[text_line] = f"    text: {json.dumps(paraphrase)}"
    status_line = next(i for i in range(at, 0, -1) if lines[i].startswith("    status:"))
    lines[status_line] = "    status: edited"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    build(load_config(other), "all", "md")
    rebuilt = (other / "output" / "executive.md").read_text(encoding="utf-8")
    assert "first spending priority" in rebuilt


def test_a_cache_entry_that_does_not_fit_its_source_is_not_used(other: Path) -> None:
    """A forged or stale entry (offsets past the text, wrong shapes, torn JSON) is recomputed."""
    config = load_config(other)
    first = read_sources(config).docs
    folder = config.cache_dir / SEGMENTS_DIR
    entries = sorted(folder.glob("*.json"))
    assert len(entries) == len(first)
    forged = json.loads(entries[0].read_text(encoding="utf-8"))
    forged["sentences"] = [[0, 10**9, 1, 1, 1, None, None]]
    entries[0].write_text(json.dumps(forged), encoding="utf-8")
    entries[1].write_text('{"key": "x", "cleaned": [', encoding="utf-8")
    shape = json.loads(entries[2].read_text(encoding="utf-8"))
    shape["sentences"] = [["a", "b"]]
    entries[2].write_text(json.dumps(shape), encoding="utf-8")
    again = read_sources(load_config(other)).docs
    assert again == first


_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12)
_SPAN = st.tuples(st.integers(0, 10**6), st.integers(0, 10**6))


@settings(max_examples=60, deadline=None)
@given(
    removed=st.lists(st.builds(Removed, st.integers(0, 10**6), st.integers(0, 10**6), _TEXT), max_size=4),
    posts=st.lists(st.builds(Post, st.integers(0, 10**6), st.integers(0, 10**6), _TEXT, _TEXT), max_size=3),
    flags=st.booleans(),
    words=st.lists(_TEXT, max_size=4),
    sentences=st.lists(st.builds(Sentence, st.integers(0, 10**6), st.integers(0, 10**6), st.integers(0, 99),
                                 st.integers(0, 99), st.integers(0, 99), st.none() | st.integers(0, 9),
                                 st.none() | st.integers(0, 9)), max_size=5),
    stance=st.none() | st.builds(Stance, _TEXT, st.frozensets(_TEXT, max_size=3), st.sampled_from([1, -1]), _TEXT,
                                 st.frozensets(_TEXT, max_size=3)),
)
def test_cache_round_trip(removed: list[Removed], posts: list[Post], flags: bool, words: list[str],
                          sentences: list[Sentence], stance: Stance | None) -> None:
    title, publisher, date = (words + ["", "", ""])[:3]
    cleaned = Cleaned(tuple(removed), tuple(posts), flags, title=title, publisher=publisher,
                      cited_outlets=tuple(words), date=date)
    kept = json.loads(json.dumps(cachekey.to_json(cleaned)))
    assert cachekey.from_json(Cleaned, kept) == cleaned
    kept = json.loads(json.dumps(cachekey.to_json(tuple(sentences))))
    assert cachekey.from_json(tuple[Sentence, ...], kept) == tuple(sentences)
    ties = Ties(((title, frozenset(words)),), tuple((w, w, w) for w in words))
    position = Position(title, frozenset(words), 146.0 if flags else 0.1, date, frozenset(words), frozenset(),
                        frozenset(words))
    looks = extract.Looks((flags,), (not flags,), (stance,), (frozenset(words),), (frozenset(),), (ties,),
                          (position if flags else None,), ((-1 if flags else 2, title) if words else None,),
                          (extract.MAY_VIEW if flags else 0,))
    kept = json.loads(json.dumps(cachekey.to_json(looks)))
    assert cachekey.from_json(extract.Looks, kept) == looks
