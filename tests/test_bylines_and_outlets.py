"""Who wrote a signed piece and who published it: a past role in a byline names no issuer, the line
under a byline names the outlet, a header block of many words is no prose, a correction notice is
never a teaser, and a text's "we" never becomes a person's name."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from briefgen.ingest.clean import clean, header_line

BODY = ("The lighthouse keepers' cottages on Skerra will be sold next spring, the island trust said on "
        "Monday, after a two-year search for a tenant who could pay for the new roofs.\n\n"
        "The trust says the sale could raise 1.8 million pounds, most of it for the harbour wall, and the "
        "island council has asked for a share of it to go to the school.\n\n"
        "Islanders have until March to comment on the plan, the trust said.\n")


def _column(byline: str, outlet: str) -> str:
    return f"Opinion: Sell the cottages, but not to the highest bidder\n\n{byline}\n\n{outlet}\n\n{BODY}"


def test_a_former_role_names_no_issuer() -> None:
    found = header_line("By Alasdair Rennie, former harbour master of the Skerra Island Trust")
    assert found is not None and (found.author, found.issuer) == ("Alasdair Rennie", "")
    found = header_line("Ilse Varga, a retired senior fellow at the Coastal Heritage Institute")
    assert found is not None and found.issuer == ""
    still = header_line("Ilse Varga, senior fellow at the Coastal Heritage Institute")  # a role held now
    assert still is not None and still.issuer == "Coastal Heritage Institute"


def test_the_outlet_line_under_a_byline_is_the_publisher_not_the_writers_old_employer() -> None:
    found = clean(_column("By Alasdair Rennie, former harbour master of the Skerra Island Trust",
                          "Published by the Northern Isles Review, 3 December 2026"))
    assert (found.publisher, found.author, found.kind) == ("Northern Isles Review", "Alasdair Rennie", "opinion")
    assert all("teaser" not in r.reason for r in found.removed)


def test_an_outlet_and_date_under_a_byline_with_an_unread_role() -> None:
    text = _column("By Morag Finlay, a former primary school teacher", "The Skerra Ledger, 4 December 2026")
    found = clean(text)
    assert (found.publisher, found.author) == ("The Skerra Ledger", "Morag Finlay")
    removed = {text[r.start:r.end]: r.reason for r in found.removed}
    assert removed["By Morag Finlay, a former primary school teacher"] == "byline"
    assert removed["The Skerra Ledger, 4 December 2026"].startswith("masthead")


def test_a_sentence_under_a_byline_is_no_outlet() -> None:
    text = _column("By Morag Finlay, a former primary school teacher", "The trust has not said who may bid")
    assert clean(text).publisher == ""


def test_a_header_block_of_many_words_is_not_the_texts_first_paragraph() -> None:
    text = ("# Cottages, roofs and a harbour wall: the trust's sums\n\n"
            "**Northern Coastal Heritage Institute (NCHI) | Discussion Paper 4/2026**\n"
            "*Dr. Ilse Varga, Head of Island Housing Economics and Planning - 2 December 2026*\n\n"
            "The sale will raise less than the trust hopes.\n\n" + BODY)
    found = clean(text)
    assert found.publisher == "Northern Coastal Heritage Institute" and found.author == "Ilse Varga"
    kept = "".join(ch if not any(r.start <= i < r.end for r in found.removed) else " " for i, ch in enumerate(text))
    assert "Discussion Paper" not in kept and "Head of Island Housing" not in kept
    assert "The sale will raise less than the trust hopes." in kept


@given(st.sampled_from(["Correction", "CORRECTION", "Clarification", "Editor's note"]),
       st.sampled_from(["Earlier Versions Gave The Wrong Sale Price For The Cottages",
                        "An Earlier Version Misnamed The Island Council Chair"]))
def test_a_correction_notice_is_never_a_teaser(label: str, words: str) -> None:
    text = BODY + f"\n{label}: {words}\n"
    assert all("teaser" not in r.reason for r in clean(text).removed)


def test_we_is_never_bracketed_as_a_person(voice_shown: Callable[..., str | None]) -> None:
    """A text's "we" names a body; where the name the source gives for it is its writer's, the statement is
    left out rather than shown with the person as the subject. (A publisher's name is not tested for
    being a person's: "Harcourt Ratings" reads as one.)"""
    note = {"kind": "analysis", "author": "Ilse Varga", "publisher": "Ilse Varga"}
    assert voice_shown("Our estimate is 1.2 million pounds.", **note) is None


def test_a_header_line_of_short_sentences_ending_on_a_date_gives_kind_writer_issuer_and_date() -> None:
    """"*Opinion. By Dr Lena Varga, senior economist, Northgate Trade Institute. 12 November 2026.*": the
    date after the last full stop is a part of the line like the others (before, the line was read as prose)."""
    text = ("# The cheese levy hurts Velland's own shoppers most\n\n"
            "*Opinion. By Dr Lena Varga, senior economist, Northgate Trade Institute. 12 November 2026.*\n\n"
            "Velland's 25% levy on Ostrian cheese is being argued over mostly by farm lobbies, but shoppers will pay.\n")
    read = clean(text)
    assert (read.kind, read.author, read.publisher, read.date) == (
        "opinion", "Lena Varga", "Northgate Trade Institute", "2026-11-12")
    found = header_line("Research note. Northfield Securities. 13 November 2026.")
    assert found is not None and (found.kind, found.issuer) == ("analysis", "Northfield Securities")
    assert header_line("Policy Note No. 12. Basin Institute.") is not None
    assert header_line("Prices rose. 12 November 2026 was the day the levy began.") is None
