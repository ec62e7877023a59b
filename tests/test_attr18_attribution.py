"""Words credited to the actor who said them: "the group" points back at a name described as a
group, never at the court or council the sentence before happens to name; an analysis's report of
another party's view is labelled as reported; a modal perfect is no stance of its subject."""
from hypothesis import given
from hypothesis import strategies as st

from briefgen.compose import _REPORTED_VIEW
from briefgen.notes.context import Named, described_as, other_kind, standalone_quote, titled_referent
from briefgen.notes.disputes import stance

APPEAL = ("Its lawyers filed an appeal at the Regional Court in Tarvos on Monday asking judges to quash the permit.",
          [Named("Regional Court", "organisation")])


def test_the_group_is_the_group_described_not_the_court():
    earlier = [("The conservation group Blue Reed went further.", []), APPEAL]
    assert titled_referent("group", earlier, set()) == "Blue Reed"
    made = standalone_quote("The group argues that the permit breaks the water law.", earlier, set())
    assert made is not None and made.quote.startswith("[Blue Reed] argues")


def test_the_group_after_an_apposition_with_the_name_after_it():
    earlier = [("A heritage campaign group, Old Stones Trust, said the plan was rushed.", [])]
    assert described_as("group", earlier) == ["Old Stones Trust"]
    earlier = [("Old Stones Trust, a heritage campaign group, said the plan was rushed.", [])]
    assert described_as("group", earlier) == ["Old Stones Trust"]


def test_no_group_described_and_only_a_court_named_leaves_it_out():
    assert titled_referent("group", [APPEAL], set()) is None
    assert standalone_quote("The group argues that the permit breaks the water law.", [APPEAL], set()) is None


def test_two_groups_described_is_no_one():
    earlier = [("The farmers' group Green Acre and the angling group Silver Line both objected.", [])]
    assert titled_referent("group", earlier, set()) is None


@given(st.sampled_from(["Court", "Council", "Ministry", "Tribunal", "Parliament", "Commission"]),
       st.sampled_from(["Harlow", "Northern Maritime", "Federal Energy"]))
def test_a_body_whose_name_says_another_kind_is_never_the_group(head, words):
    name = f"{words} {head}"
    assert other_kind(name, "group")
    earlier = [(f"The case went to the {name} on Friday.", [Named(name, "organisation")])]
    assert titled_referent("group", earlier, set()) is None


def test_same_kind_names_stay():
    assert not other_kind("Harbour Infrastructure Group", "group")
    assert not other_kind("Carrow Bank", "company")
    assert not other_kind("Velmont", "group")


def test_another_party_reporting_its_view_is_matched_and_the_writer_is_not():
    assert _REPORTED_VIEW.match("The water ministry estimates that the dam will add 4 percent to supply.")
    assert _REPORTED_VIEW.match("The Lost Art Foundation says it has received 23 requests.")
    assert not _REPORTED_VIEW.match("We think insurers will price such transfers at a premium.")
    assert not _REPORTED_VIEW.match("Prices will rise, the ministry says.")


def test_a_modal_perfect_is_no_stance_of_its_subject():
    assert stance("Blue Reed argues that the water board should have required a full impact study.") is None
    assert stance("The water board rejected the request for a full impact study.") is not None
