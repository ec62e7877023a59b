"""The bracketed referent is the right one: "the company" is the body the story is about, not the last
name a sentence gave in passing, never a title word or a body of another kind; statements that lean on
a set or an arrangement the brief never told ("One said ...", "Under the new terms, ...") are dependent."""

from __future__ import annotations

import pytest

from briefgen.notes import features
from briefgen.notes.context import (
    Named,
    lede_actor,
    opens_on_earlier,
    standalone_quote,
    titled_referent,
    unseen_referent,
)

LEDE = ("Quarnby Textiles, the mill group owned by the Oster family, launched a share sale on Monday.",
        (Named("Quarnby Textiles", "organisation"), Named("Oster", "other")))
PASSING = ("Trading on the Norwich Street Exchange is due to start on Friday.",
           (Named("Norwich Street Exchange", "organisation"),))
NAMES = {"Quarnby", "Textiles", "Oster", "Norwich", "Street", "Exchange", "Pellow", "Dyes"}


def test_lede_actor_is_the_subject_of_the_lede() -> None:
    assert lede_actor(LEDE, "Quarnby launches share sale", NAMES) == "Quarnby Textiles"


def test_lede_actor_none_when_the_lede_opens_on_no_body() -> None:
    lede = ("Shares in textile makers fell on Monday after Quarnby Textiles delayed its sale.",
            (Named("Quarnby Textiles", "organisation"),))
    assert lede_actor(lede, "Textile shares fall", NAMES) is None


def test_company_is_the_story_actor_not_a_passing_exchange() -> None:
    made = standalone_quote("The company is still selling 4 million new shares.", [PASSING], NAMES,
                            actor="Quarnby Textiles")
    assert made is not None and made.quote == "[Quarnby Textiles] is still selling 4 million new shares."


def test_exchange_is_never_the_company() -> None:
    # without a story actor, the one body named is an exchange, which "the company" cannot mean
    assert titled_referent("company", [PASSING], NAMES) is None


def test_sentence_opening_on_another_body_beats_the_story_actor() -> None:
    before = ("Pellow Dyes supplies most of the mill's colourants.", (Named("Pellow Dyes", "organisation"),))
    assert titled_referent("company", [before], NAMES, actor="Quarnby Textiles") == "Pellow Dyes"


def test_title_word_is_no_organisation() -> None:
    sentence = '"We will keep every site open," Chief Executive Idris Pallant said in a statement.'
    entities = features.find_entities(sentence, features.find_speaker(sentence))
    assert all(e.name != "Chief" for e in entities)
    earlier = [(sentence, tuple(Named(e.name, e.type) for e in entities))]
    assert standalone_quote("The company said it had raised 5 million pounds.", earlier,
                            {"Chief", "Executive", "Idris", "Pallant"}) is None


@pytest.mark.parametrize("sentence", [
    "One said the mill had not paid a bill since March.",
    "Several said they would look for work elsewhere.",
    "Two of them were taken to hospital.",
])
def test_quantifier_subject_leans_on_the_set(sentence: str) -> None:
    assert opens_on_earlier(sentence)


@pytest.mark.parametrize("sentence", [
    "One person was taken to hospital.",
    "Two workers were hurt in the fire.",
    "One of the largest mills in the county closed.",
])
def test_quantifier_with_its_noun_stands(sentence: str) -> None:
    assert not opens_on_earlier(sentence)


def test_fronted_arrangement_never_told_is_unseen() -> None:
    assert unseen_referent("Under the new terms, each grower must sell 40 tonnes to the cooperative.")
    assert unseen_referent("Under the settlement, the firm pays 2 million pounds.")


def test_fronted_arrangement_with_complement_or_in_the_story_stands() -> None:
    assert not unseen_referent("Under the settlement reached on Friday, the firm pays 2 million pounds.")
    assert not unseen_referent("Under the Water Act, the firm pays 2 million pounds.")
    assert not unseen_referent("Under the settlement, the firm pays 2 million pounds.", "Quarnby pay settlement")
