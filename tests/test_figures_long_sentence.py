"""find_figures on a "sentence" holding thousands of numbers (a Markdown file's reference-link
definitions run together): the periods are read once per sentence, and the result is the one
the per-figure reading gave; a "sentence" longer than any news sentence gives no figures."""

from __future__ import annotations

import re
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.notes import figures
from briefgen.notes.figures import _PERIOD, _periods, find_figures


def test_periods_match_a_fresh_reading() -> None:
    sentence = ("Sales rose 12% in the first quarter, up from 9% a year earlier, and the board expects "
                "40 new stores in 2025, up from 2024.")
    got = _periods(sentence)
    assert [(s, e, t) for s, e, t, _ in got] == [(m.start(), m.end(), m.group(0)) for m in _PERIOD.finditer(sentence)]
    compared = {t for _, _, t, c in got if c}
    assert "a year earlier" not in compared and "2024" in compared


def test_many_figures_in_one_sentence_stay_fast_and_periods_kept() -> None:
    figures._clause_start.cache_clear()
    text = "Revenue was 5 million in 2023. " + "".join(f"[{i}]: http://127.0.0.1:9/{i}\n" for i in range(50))
    assert len(text) <= figures.READ_WHOLE
    found = find_figures(text)
    assert found and any(f.period == "2023" for f in found)


def test_a_block_longer_than_any_sentence_gives_no_figures_and_stays_fast() -> None:
    # 3,000 definition lines run together took minutes: each figure was read against all before it.
    block = " ".join(f"[{i}]: http://127.0.0.1:9/{i} 'Ledger entry {i} of the archive'" for i in range(3000))
    started = time.process_time()
    assert find_figures("Revenue was 5 million in 2023. " + block) == ()
    assert time.process_time() - started < 1.0
    assert find_figures("Revenue was 5 million in 2023.")  # a sentence of news keeps its figures


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["rose", "12%", "in", "2023", "from", "last year", "to", "40", "jobs", ",",
                                 "the first quarter", "than", "$5 million", "said"]), min_size=1, max_size=30))
def test_periods_agree_with_finditer(words: list[str]) -> None:
    sentence = " ".join(words) + "."
    assert [(s, e, t) for s, e, t, _ in _periods(sentence)] == \
        [(m.start(), m.end(), m.group(0)) for m in _PERIOD.finditer(sentence)]
    for s, _, _, compared in _periods(sentence):
        assert compared == bool(re.search(r"\b(?:from|than|since|compared with|compared to|against|versus|up from"
                                          r"|down from)\s+(?:(?:in|during)\s+)?(?:the\s+)?$", sentence[:s]))
