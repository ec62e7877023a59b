"""Trigger words derived from a pattern: a cheap look that rules a sentence out only when the
pattern cannot match in it."""

from __future__ import annotations

import random
import re

from briefgen.notes import counterclaims, disputes
from briefgen.notes.folded import Folded, gate, triggers


def test_triggers_of_an_alternation_are_its_words():
    assert triggers(re.compile(r"\b(?:risk|threat|red\s+flag)s?\b", re.IGNORECASE)) == (True, ("flag", "risk", "threat"))


def test_case_sensitive_pattern_keeps_its_case():
    assert triggers(re.compile(r"\bMinister\s+\w+")) == (False, ("Minister",))


def test_no_triggers_when_a_branch_needs_no_word():
    assert triggers(re.compile(r"\b(?:risk|\d+)\b", re.IGNORECASE)) is None  # a number needs no word
    assert triggers(re.compile(r"\b(?:risk)?\s+to\b", re.IGNORECASE)) is None  # optional, and "to" is too short
    assert triggers(re.compile(r"(?i:warning)\s+\w+")) is None  # an inline flag: not read


def test_longest_needed_word_of_a_sequence_is_taken():
    assert triggers(re.compile(r"\bsaid\s+(?:that\s+)?the\s+(?:figure|count)\b", re.IGNORECASE)) == (True, ("count", "figure"))


def test_word_holding_another_is_dropped():
    assert triggers(re.compile(r"\b(?:unfair|fair|backed)\b", re.IGNORECASE)) == (True, ("backed", "fair"))


def test_gate_rules_out_only_sentences_without_a_trigger():
    may = gate(re.compile(r"\bposes?\s+a\s+(?:risk|threat)\b", re.IGNORECASE),
               re.compile(r"\bHarbour\s+Board\b"))
    assert not may("The ferry left at noon on Tuesday.")
    assert may("The storm poses a RISK to the pier.")
    assert may("The Harbour Board met.")
    assert not may("the harbour board met.")  # case-sensitive pattern: exact case needed
    assert may("A \u017fmall RI\u017fK")  # a letter re.IGNORECASE folds to ASCII: cannot tell, so look


_WORDS = ("the council said the figure was wrong", "officials rejected the claims", "it is a serious risk",
          "the union disputed", "prices", "will last well into next year", "said no such meeting took place",
          "insisted the water was safe", "put the number at 41", "THE REGULATOR SAID", "was temporary",
          "welcomed the decision", "called the plan unacceptable", "the fund fell short", "\u017fuch", "Ki",
          "on Tuesday", "12 per cent", "backed", "a", ",", ".", "\"wrong\"", "undervalues the company")


def test_gates_never_rule_out_a_sentence_a_pattern_matches():
    rng = random.Random(7)
    patterns = [disputes._CUE, disputes._SAID_FALSE, disputes._REBUT, disputes._OWN_FIGURE, disputes._ALL_CLEAR,
                counterclaims._ASSESSED, counterclaims._VALUED, counterclaims._GRADED]
    gates = [gate(p) for p in patterns]
    ruled_out = 0
    for _ in range(3000):
        text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 6)))
        for pattern, may in zip(patterns, gates, strict=True):
            if not may(text):
                ruled_out += 1
                assert pattern.search(text) is None, (pattern.pattern[:40], text)
    assert ruled_out > 1000  # the gates do rule sentences out


def test_folded_search_with_triggers_matches_the_plain_pattern():
    source = r"\b(?:prices?|costs?|bills?)\b[^.;]{0,20}\b(?:rose|fell)\b"
    folded, plain = Folded(source), re.compile(source, re.IGNORECASE)
    for text in ("Bills ROSE sharply.", "The costs fell.", "Nothing moved.", "prices were flat", "Co\u017fts fell"):
        got, want = folded.search(text), plain.search(text)
        assert (got and got.span()) == (want and want.span())
        assert [m.span() for m in folded.finditer(text)] == [m.span() for m in plain.finditer(text)]
