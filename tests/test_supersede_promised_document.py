"""A promise to put out a document ("would publish its review of the ward closures by 9 May",
"has promised a revised safety case by Friday") is kept once a later dated source tells that
document out, by its noun rather than the promise's verb ("In its review, released on 10 May, the
trust said ...", "In the same statement the operator said ..."): the promise leaves What to watch
and every section (supersede._promised_document, supersede._document_out). A later source that
only names the document still to come, or another body's document, keeps the promise."""

from __future__ import annotations

from collections.abc import Callable

import briefgen
from briefgen import supersede

NewsWorkspace = Callable[..., briefgen.Workspace]  # the conftest fixture news_workspace
Printed = Callable[..., list[str]]  # the conftest fixture printed

_PLAN = """Ostrava Vale trust to close two wards

Published 2 May 2025

DUNMERE - The Ostrava Vale hospital trust will close two surgical wards at Dunmere General this summer, its chief executive Nadia Kerr said on Friday.

The trust said it would publish its full staffing review by 9 May.

Nurses at the hospital said the closures would lengthen waiting lists for hip and knee operations.
"""

_KEPT = """Staffing review backs Dunmere ward closures

Published 12 May 2025

DUNMERE - In its staffing review, released on 10 May, the trust said a third of nursing posts on the two wards had been vacant for a year.

Nadia Kerr said the closures would start on 1 July.
"""

_STILL_TO_COME = """Dunmere nurses march against closures

Published 12 May 2025

DUNMERE - About 300 nurses marched through Dunmere on Saturday against the planned ward closures.

The union said the trust's staffing review would not be published before June, and called the delay shameful.
"""


def test_a_promised_document_told_out_by_its_noun_leaves_every_section(news_workspace: NewsWorkspace,
                                                                       printed: Printed) -> None:
    alone = printed(news_workspace("a", {"01-plan.txt": _PLAN}))
    assert any("would publish its full staffing review by 9 May" in text for text in alone)
    both = printed(news_workspace("b", {"01-plan.txt": _PLAN, "02-kept.txt": _KEPT}))
    assert not any("would publish its full staffing review by 9 May" in text for text in both)


def test_a_document_still_to_come_keeps_the_promise(news_workspace: NewsWorkspace, printed: Printed) -> None:
    both = printed(news_workspace("c", {"01-plan.txt": _PLAN, "02-march.txt": _STILL_TO_COME}))
    assert any("would publish its full staffing review by 9 May" in text for text in both)


def test_the_promised_document_is_the_object_s_head_noun() -> None:
    assert supersede._promised_document("The trust said it would publish its full staffing review by 9 May.") \
        == ("review", {supersede.stem(w) for w in ("full", "staffing")})
    assert supersede._promised_document("Brenlow Rail has promised a revised safety case by Friday, 6 June.") \
        == ("case", {supersede.stem(w) for w in ("revised", "safety", "Brenlow", "Rail")})
    assert supersede._promised_document("The trust published its staffing review on Monday.") is None


def test_a_document_is_out_when_told_as_released_or_as_what_was_said_in_it() -> None:
    assert supersede._document_out("In the same statement the operator said it had hired 40 drivers.", "statement")
    assert supersede._document_out("The review, published on 10 May, found a third of posts vacant.", "review")
    assert not supersede._document_out("The review has not been published.", "review")
    assert not supersede._document_out("The trust will say in its review next week that posts were vacant.", "review")
    assert not supersede._document_out("In a statement, the union said the review would be published in June.", "review")
