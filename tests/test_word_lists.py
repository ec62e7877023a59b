"""One home for the closed word lists several stages read (briefgen.words, briefgen.roles): each
stage's list is drawn from the home, so the lists cannot drift apart again."""

from briefgen import roles, sections, words
from briefgen.notes import context, figures, glosses


def test_irregular_past_forms_come_from_one_list() -> None:
    assert sections._IRREGULAR_PAST <= words.IRREGULAR_PAST
    assert set(figures._IRREGULAR_PAST) <= words.IRREGULAR_PAST
    assert context._NEXT_PAST <= words.IRREGULAR_PAST
    assert set(words.PAST_PARTICIPLE) <= words.IRREGULAR_PAST
    assert set(words.PAST_PARTICIPLE.values()) <= words.IRREGULAR_PAST


def test_each_stage_reads_its_past_forms() -> None:
    assert figures._IRREGULAR_PAST["gave"] == "given" and figures._IRREGULAR_PAST["paid"] == "paid"
    assert context._VERB_NEXT.fullmatch("sought") and context._VERB_NEXT.fullmatch("said")
    assert not context._VERB_NEXT.fullmatch("administration")
    assert "fled" in sections._IRREGULAR_PAST and "said" not in sections._IRREGULAR_PAST


def test_honorifics_come_from_one_list() -> None:
    assert {h.rstrip(".") for h in roles.HONORIFICS} <= {t.lower() for t in roles.HONORIFIC_TITLES}
    assert all(title in glosses._HONORIFICS for title in roles.HONORIFIC_TITLES)
