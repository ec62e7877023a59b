"""A period told in a coordinated clause with its own subject and verb is not the figure's; a count
of a document's parts (its pages) is a text's length, not a figure."""
from briefgen.notes.figures import find_figures


def _periods(sentence: str) -> list[tuple[float, str]]:
    return [(f.value, f.period) for f in find_figures(sentence)]


def test_a_period_in_a_following_clause_with_its_own_subject_is_not_the_figures() -> None:
    assert _periods("Ticket sales are down 17 percent on last season and the stadium lease expires in "
                    "August.") == [(17.0, "")]
    assert _periods("The insurer paid out 9 million euros and the regulator opened an inquiry in "
                    "February.") == [(9_000_000.0, "")]
    assert _periods("Footfall fell 8 percent and it will review opening hours in October.") == [(8.0, "")]
    assert _periods("The cooperative lost 2.1 million pounds and Harlow District Council will decide "
                    "its grant in May.") == [(2_100_000.0, "")]


def test_a_period_in_the_figures_own_clause_or_a_coordinated_phrase_stays() -> None:
    assert _periods("Exports rose 6 percent in March and April.") == [(6.0, "March and April")] \
        or _periods("Exports rose 6 percent in March and April.")[0][1] in {"March", "March and April"}
    assert _periods("Exports rose 6 percent in March.") == [(6.0, "March")]
    # a plural or possessed noun after the "and" is no present tense: the phrase has no verb of its own
    assert _periods("Margins fell 3 percent and the group's costs in 2024.")[0][1] == "2024"
    # a plural after a name is a noun phrase too: "the nearby Esk Vale villages on ..." has no verb
    assert _periods("Hail of up to 7 cm fell over Marrowby and the nearby Esk Vale villages in "
                    "November.")[0][1] == "November"


def test_a_count_of_pages_is_the_length_of_a_text_not_a_figure() -> None:
    assert find_figures("The consultation paper runs to 38 pages.") == ()
    assert find_figures("The tribunal issued a 112-page judgment on Friday.") == ()
    assert find_figures("The report has 6 chapters and 40 footnotes.") == ()
    assert [f.value for f in find_figures("The council will cut 38 posts.")] == [38.0]
