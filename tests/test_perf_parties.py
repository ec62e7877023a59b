"""perf28: who speaks in a sentence and which party a holder is are worked out once per sentence
and per (row, holder), and the cached answers are those of the plain computation."""

from briefgen.notes import counterclaims, features

TEXTS = [
    "Harbourmaster Ilse Varga of the Brennick Port Authority said the quay would reopen in May.",
    "The authority said repairs would cost 4.2 million crowns.",
    "The ferry operators' association disputed the estimate, saying the bill would exceed 6 million crowns.",
    "\"We were never consulted,\" association chair Tobias Lund said.",
    "A report put the cost at 5 million crowns.",
]
GROUPS = [0, 0, 1, 1, 2]
HOLDERS = [(0, "Ilse Varga"), (1, "The authority"), (2, "The ferry operators' association"),
           (3, "Tobias Lund"), (4, "A report"), (1, "Brennick Port Authority")]


def test_a_party_is_worked_out_once_per_row_and_holder(monkeypatch) -> None:
    parties = counterclaims.Parties(TEXTS, GROUPS)
    calls: list[tuple[int, str]] = []
    plain = counterclaims.Parties._party

    def counted(self: counterclaims.Parties, row: int, holder: str) -> counterclaims.Party | None:
        calls.append((row, holder))
        return plain(self, row, holder)

    monkeypatch.setattr(counterclaims.Parties, "_party", counted)
    first = [parties.of(row, holder) for row, holder in HOLDERS]
    again = [parties.of(row, holder) for row, holder in HOLDERS]
    assert first == again
    assert sorted(calls) == sorted(HOLDERS)


def test_cached_parties_are_the_plain_ones() -> None:
    cached = counterclaims.Parties(TEXTS, GROUPS)
    asked = [cached.of(row, holder) for row, holder in HOLDERS for _ in range(2)]
    fresh = [counterclaims.Parties(TEXTS, GROUPS)._party(row, holder) for row, holder in HOLDERS for _ in range(2)]
    assert asked == fresh
    assert asked[0] is not None and asked[8] is None  # a named person; "A report" names nobody


def test_corpus_wide_answers_do_not_depend_on_the_row_asked_first() -> None:
    one, other = counterclaims.Parties(TEXTS, GROUPS), counterclaims.Parties(TEXTS, GROUPS)
    for row in range(len(TEXTS)):
        assert one._a_title(row, "harbourmaster") == other._a_title(len(TEXTS) - 1 - row, "harbourmaster") is True
        assert one._common_noun("Authority") is True and one._common_noun("Harbourmaster") is False
    assert one._said_before(1) == other._body_before(1)


def test_a_sentence_is_read_for_its_speaker_once() -> None:
    sentence = "Union leader Mara Quist said the lockout at the Oxley depot would last until March."
    features._quoted_person.cache_clear()
    features._actor.cache_clear()
    first = features.attribution(sentence)
    speaker = features.find_speaker(sentence)
    assert features.attribution(sentence) == first and first is not None and first[0].name == "Mara Quist"
    assert speaker == first[0]
    info = features._quoted_person.cache_info()
    assert info.misses == 1 and info.hits == 2
