"""Dateline forms beyond "CITY (Agency) - ": date before place, a one-letter article, accents; and an outlet's sign-off."""
from hypothesis import given
from hypothesis import strategies as st

from briefgen.ingest.clean import clean, dateline_end


def test_date_before_place_is_a_dateline() -> None:
    line = "Nov 20, 2026 - Porto - The council voted to close the ferry pier."
    assert line[dateline_end(line):].startswith("The council")
    line = "3 March 2027 -- PORT LOUIS, Mauritius -- Sugar exports fell."
    assert line[dateline_end(line):].startswith("Sugar exports")


def test_one_letter_article_and_accented_place() -> None:
    for line, rest in (("A CORUNA, Spain (Reuters) - A ferry sank.", "A ferry"),
                       ("O Grove, Spain, Nov 3 (EFE) - Mussel farms shut.", "Mussel"),
                       ("SÃO PAULO (Reuters) - Coffee rose.", "Coffee")):
        assert line[dateline_end(line):] == line[line.index(rest):]


def test_sentences_are_not_datelines() -> None:
    for line in ("A new report (Reuters) - said nothing", "March 16, 2006 -- Senate Panel Backs Bill - The vote",
                 "Nov 20, 2026 - the council met - Then"):
        assert dateline_end(line) == 0


@given(st.sampled_from(["Nov 4, 2026", "4 November 2026", "Dec. 1, 2025"]),
       st.sampled_from(["Apia", "NUKU'ALOFA", "Ciudad Real", "Luanda, Angola"]))
def test_date_first_dateline_any_place(date: str, place: str) -> None:
    line = f"{date} - {place} - Officials said the port reopened."
    assert line[dateline_end(line):] == "Officials said the port reopened."


TEXT = """Museum reopens after flood repairs

Nov 20, 2026 - Apia - The national museum reopened on Friday after
eight months of repairs costing 2.4 million tala, its director said.

Visitors will pay no entry fee until January.

- Samoa Observer Online
"""


def test_clean_reads_date_first_dateline_and_sign_off() -> None:
    cleaned = clean(TEXT)
    assert cleaned.date == "2026-11-20"
    assert cleaned.publisher == "Samoa Observer Online"
    assert any(r.reason == "wire dateline and credit" for r in cleaned.removed)


def test_sign_off_naming_a_person_is_no_publisher() -> None:
    assert clean(TEXT.replace("Samoa Observer Online", "Tavita Lemalu")).publisher == ""
