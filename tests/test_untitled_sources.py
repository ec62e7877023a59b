"""A source with no headline (wire copy carried without it, a plain statement) is named in the
Sources list and the Evidence by the words it opens with, verbatim and marked as no headline,
never by its file path; the first line of a hard-wrapped paragraph is no headline."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from briefgen.ingest.clean import clean, opening_label


def _label(text: str) -> str:
    return opening_label(text, [(0, len(text))])


def test_the_label_leaves_out_the_dateline_and_cuts_at_a_clause() -> None:
    text = ("GALLOWAY BRIDGE, Oct 4 (Lowland Wire) - The harbour board on Thursday shut the north quay "
            "to cargo ships, blaming subsidence found by surveyors last week, a spokesman said.")
    assert _label(text) == "The harbour board on Thursday shut the north quay to cargo ships ..."


def test_the_label_never_ends_on_a_word_that_needs_the_next() -> None:
    text = "Tenants of the Mill Lane flats said on Sunday that the landlord had ignored twelve complaints about damp."
    label = _label(text)
    assert label.endswith(" ...") and label.split()[-2] not in {"the", "that", "had", "of"}
    assert text.startswith(label.removesuffix(" ..."))


def test_a_short_opening_is_kept_whole_and_a_byline_is_skipped() -> None:
    text = "By Ola Brenn\n\nThe ferry will not sail on Monday."
    starts = [(0, 12), (14, len(text))]
    assert opening_label(text, starts) == "The ferry will not sail on Monday."


def test_a_wrapped_first_line_cut_mid_phrase_is_no_headline() -> None:
    text = ("The residents of Corran Street are angry that the\n"
            "borough has closed the only footbridge over the\n"
            "railway without telling anyone, and ask it to reopen\n"
            "the bridge until a new crossing is built.\n\n"
            "Signed, the Corran Street Residents' Group\n")
    assert clean(text).title == ""


WIRE = ("PELLOW, Jan 12 (Westfold News Service) - The Pellow district council voted on Monday\n"
        "to close two of its three public swimming pools next year, blaming heating costs that\n"
        "rose to 1.8 million pounds in 2025.\n\n"
        "\"We cannot keep three pools open on this budget,\" council leader Amir Dane said.\n")


def test_a_brief_names_an_untitled_wire_by_its_opening_words(cli_build: Callable[..., tuple[Path, dict[str, str]]]) -> None:
    workspace, _ = cli_build({"01-wire.txt": WIRE}, today="2026-01-13", audience="investor", title="Pellow pools")
    brief = (workspace / "output" / "investor.md").read_text(encoding="utf-8")
    sources = brief.split("## Sources", 1)[1].split("##", 1)[0]
    assert "“The Pellow district council voted on Monday to close two ...”" in sources
    assert "no headline" in sources
    assert "sources/01-wire.txt" not in sources


THREAD = ("Quayside Talk :: Harbour board\n"
          "Thread: Night ferry cut from April?\n\n"
          "saltydog posted on 2 March 2026, 20:15\n"
          "Heard the operator is dropping the night sailing. Anyone confirm?\n\n"
          "reply by mooring_mike, 2 March 2026, 20:40\n"
          "Yes, the notice went up at the terminal today.\n\n"
          "reply by pennant, 3 March 2026, 07:05\n"
          "Shift workers will be stranded.\n")


def test_a_forum_page_with_its_site_and_board_over_a_labelled_title() -> None:
    found = clean(THREAD)
    assert found.title == "Night ferry cut from April?"
    assert found.publisher == "Quayside Talk"
    assert len(found.posts) == 3 and found.posts[0].author == "saltydog"
