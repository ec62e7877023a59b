"""An acronym or a person a brief's statement names bare is placed once, in brackets, with the words
its own source gave before the statement (reader 19: "NWA", "NEK" never expanded; "Marko Babic"
with no role), and `check` verifies such a bracket part for part."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.cli import main
from briefgen.ingest.segment import sentences
from briefgen.models import SourceDoc, SourceMeta
from briefgen.notes.glosses import acronym_gloss, names_body, person_gloss
from briefgen.notes.verify import locate

TEXT = ("The Lakeland Rail Authority (LRA) said on Monday that the new timetable would start in May. "
        "Track engineer Oskar Lind said the works were on schedule. "
        "Critics include Petra Holm, the mayor of Bramby, who wants more stops.\n\n"
        "The LRA said fares would rise by 4 percent. Lind said night closures would end in April. "
        "Holm said the plan ignored small towns.\n")


def doc_of(text: str) -> SourceDoc:
    return SourceDoc(id="s", path="sources/s.txt", format="text", sha256="", text=text,
                     meta=SourceMeta(date="2026-03-02"), sentences=sentences(text))


def test_an_acronym_gets_the_name_whose_initials_spell_it_or_the_phrase_it_follows() -> None:
    assert acronym_gloss(TEXT, "LRA", TEXT.index("The LRA said")) == "Lakeland Rail Authority"
    text = "Farmers blame the state grain buyer (ZKP) for the delay. ZKP said deliveries resume next week."
    assert acronym_gloss(text, "ZKP", text.index("ZKP said")) == "the state grain buyer"
    text = "The Office for Students said it was watching. The OfS has not opened an inquiry."
    assert acronym_gloss(text, "OfS", text.index("The OfS")) == "Office for Students"


def test_nothing_placed_from_after_the_statement_or_from_a_list() -> None:
    assert acronym_gloss(TEXT, "LRA", 10) is None  # the name comes later
    text = "Talks between Norway, the European Union and Britain broke up. Britain said it would return."
    assert person_gloss(text, "Britain", text.index("Britain said")) is None
    assert acronym_gloss("The ABC said nothing. The ABC said more.", "ABC", 30) is None


def test_a_person_gets_the_descriptor_before_or_the_apposition_after_their_name() -> None:
    found = person_gloss(TEXT, "Lind", TEXT.index("Lind said night"))
    assert found is not None and (found.name, found.text) == ("Oskar Lind", "Track engineer")
    found = person_gloss(TEXT, "Holm", TEXT.index("Holm said"))
    assert found is not None and (found.name, found.text) == ("Petra Holm", "the mayor of Bramby")
    text = "Norway's chief negotiator, Ingrid Solberg, left early. Solberg said talks would resume."
    found = person_gloss(text, "Solberg", text.index("Solberg said"))
    assert found is not None and found.text == "Norway's chief negotiator"
    assert person_gloss("The deal was signed by Ingrid Solberg. Solberg said it was fair.", "Solberg", 40) is None


def test_a_given_name_that_spells_part_of_a_title_is_still_a_given_name() -> None:
    """"Lo" is a given name, not part of "Lord"; "Dr" before a name is a title, not a given name."""
    text = "The port's finance director Lo Chan said the berth would open in May. Chan added that fees would rise."
    found = person_gloss(text, "Lo Chan", text.index("Chan added"))
    assert found is not None and (found.name, found.text) == ("Lo Chan", "The port's finance director")
    text = "The board met on Monday. Dr Chan, the port's finance director, said fees would rise."
    found = person_gloss(text, "Chan", len(text))
    assert found is None or found.name != "Dr Chan"


@pytest.mark.parametrize(("quote", "verifies"), [
    ("The LRA [Lakeland Rail Authority] said fares would rise by 4 percent.", True),
    ("[Oskar Lind, Track engineer] said night closures would end in April.", True),
    ("[Petra Holm, the mayor of Bramby] said the plan ignored small towns.", True),
    ("The LRA [Lakeland Rail Agency] said fares would rise by 4 percent.", False),     # a word changed
    ("The LRA [Rail Lakeland Authority] said fares would rise by 4 percent.", False),  # words reordered
    ("[Oskar Lind, chief executive] said night closures would end in April.", False),  # a role not given
    ("[Petra Holm, the deputy mayor of Bramby] said the plan ignored small towns.", False),
])
def test_a_gloss_verifies_only_as_the_source_wrote_it_before(quote: str, verifies: bool) -> None:
    assert (locate(doc_of(TEXT), quote) is not None) is verifies


def test_a_gloss_from_after_the_statement_does_not_verify() -> None:
    text = "The LRA said fares would rise. The Lakeland Rail Authority (LRA) runs the network.\n"
    assert locate(doc_of(text), "The LRA [Lakeland Rail Authority] said fares would rise.") is None


WORDS = st.sampled_from(["North", "Basin", "Water", "Council", "Grid", "Port", "Forest", "Energy", "Board"])


@settings(max_examples=60, deadline=None)
@given(st.lists(WORDS, min_size=2, max_size=4, unique=True), st.booleans())
def test_any_full_name_found_stands_in_the_text_before_and_verifies(words: list[str], paren: bool) -> None:
    name = " ".join(words)
    acr = "".join(w[0] for w in words)
    text = (f"The {name} ({acr}) met on Tuesday. " if paren else f"The {name} met on Tuesday. ") + \
        f"The {acr} said prices would fall.\n"
    at = text.index(f"The {acr} said")
    gloss = acronym_gloss(text, acr, at)
    assert gloss == name
    assert gloss in text[:at]
    assert locate(doc_of(text), f"The {acr} [{gloss}] said prices would fall.") is not None
    assert locate(doc_of(text), f"The {acr} [{' '.join(reversed(words))}] said prices would fall.") is None


SOURCE = ("# Rail authority sets new timetable\n\n*Lakeland Post · 2 March 2026*\n\n"
          "The Lakeland Rail Authority (LRA) said on Monday that a new timetable would start in May, "
          "with 40 more trains a day.\n\n"
          "Track engineer Oskar Lind said the works on the northern line were on schedule.\n\n"
          "The LRA said fares would rise by 4 percent from May to pay for the extra trains.\n\n"
          "Lind said night closures of the northern line would end in April.\n\n"
          "The LRA said it would publish the full timetable on March 20.\n")
LATER = ("# Rail fares rise approved\n\n*Lakeland Post · 9 March 2026*\n\n"
         "The LRA said fares would rise by 5 percent from May, not 4 percent as first planned.\n\n"
         "Lind said the northern line would reopen at night from April 12.\n")


def _build(root: Path) -> str:
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(root)]).exit_code == 0
    (root / "sources" / "timetable.md").write_text(SOURCE, encoding="utf-8")
    (root / "sources" / "fares.md").write_text(LATER, encoding="utf-8")
    result = runner.invoke(main, ["-w", str(root), "build", "--audience", "policy", "--format", "md"])
    assert result.exit_code == 0, result.output
    return (root / "output" / "policy.md").read_text(encoding="utf-8")


def test_a_brief_places_each_name_once_from_its_own_source_and_check_passes(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    brief = _build(root)
    statements = brief.split("## Evidence")[0].replace("\\[", "[").replace("\\]", "]")
    # Only the first source defines LRA: the later source's "The LRA" is never glossed from it.
    assert statements.count("[Lakeland Rail Authority]") <= 1
    assert "[Oskar Lind, Track engineer]" not in statements or statements.count("Track engineer") == 1
    for line in statements.splitlines():
        if "[Lakeland Rail Authority]" in line or "Track engineer]" in line:
            assert "[[" in line  # a cited statement
    evidence = brief.split("## Evidence")[1].replace("\\[", "[")
    assert "[Lakeland Rail Authority]" not in evidence  # the quotes cited stay verbatim
    assert CliRunner().invoke(main, ["-w", str(root), "check"]).exit_code == 0


def test_check_fails_a_notes_file_whose_gloss_was_tampered_with(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    _build(root)
    runner = CliRunner()
    notes = next(p for p in (root / "notes").glob("*.yaml") if "fares would rise by 4 percent" in p.read_text("utf-8"))
    original = notes.read_text("utf-8")
    line = next(ln for ln in original.splitlines() if "The LRA said fares would rise by 4 percent" in ln)
    good = line.replace("The LRA said", "The LRA [Lakeland Rail Authority] said")
    notes.write_text(original.replace(line, good), "utf-8")
    assert runner.invoke(main, ["-w", str(root), "check"]).exit_code == 0
    for tampered in ("The LRA [Lakeland Rail Agency] said", "The LRA [Rail Lakeland Authority] said"):
        notes.write_text(original.replace(line, line.replace("The LRA said", tampered)), "utf-8")
        result = runner.invoke(main, ["-w", str(root), "check"])
        assert result.exit_code != 0 and re.search(r"bracket", result.output + (result.stderr or ""))


@pytest.mark.parametrize(("descriptor", "says"), [
    ("Plovdiv mayor", True), ("MSC's fisheries director", True), ("The Mayor", False),
    ("Chief executive", False), ("spokesman", False), ("the university's vice-chancellor", True),
])
def test_a_descriptor_names_whose_role_it_is_by_a_possessive_or_a_name(descriptor: str, says: bool) -> None:
    assert names_body(descriptor) is says


GAMES = ("ORVIK, Norland (NordWire) - Orvik voters on Sunday approved the city's bid to host the 2038 Nordic\n"
         "Youth Games, clearing the way for a national contest against Tarsby, Velm and the Hamar region.\n\n"
         "In the vote, 58.2 percent said yes. Orvik voters rejected a bid for the 2026 Winter Games in 2011.\n\n"
         "The bid company puts the cost of the event at 1.4 billion crowns, of which the state would pay half.\n")


def test_the_last_word_of_another_name_is_never_glossed_as_a_surname(tmp_path: Path) -> None:
    # "Youth Games, clearing the way ..." is no person with a descriptor, and the "Games" of "Winter Games"
    # is no bare surname: a bracket there ("Winter [Youth Games, clearing the way ...]") told a falsehood.
    assert person_gloss(GAMES, "Games", len(GAMES)) is None
    root = tmp_path / "ws"
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(root)]).exit_code == 0
    (root / "sources" / "vote.txt").write_text(GAMES, encoding="utf-8")
    result = runner.invoke(main, ["-w", str(root), "build", "--audience", "all", "--format", "md"])
    assert result.exit_code == 0, result.output
    for name in ("executive", "investor", "policy"):
        brief = (root / "output" / f"{name}.md").read_text(encoding="utf-8").replace("\\[", "[").replace("\\]", "]")
        assert "[Youth Games" not in brief and "[Nordic" not in brief
        assert "clearing the way" not in brief.split("## Evidence")[0].replace(
            "approved the city's bid to host the 2038 Nordic Youth Games, clearing the way", "")


@pytest.mark.parametrize(("text", "word", "other"), [
    ("rejected a bid for the 2026 Winter Games in 2011.", "Games", True),
    ("He told Hanne Vik about it.", "Vik", True),  # another Vik, or the full name: never the bare surname
    ("Dr Vik said the plan was late.", "Vik", False),
    ("Vik said the plan was late.", "Vik", False),
    ("The minister, Vik, said the plan was late.", "Vik", False),
])
def test_a_capitalised_word_after_another_ends_a_longer_name(text: str, word: str, other: bool) -> None:
    from briefgen.notes.glosses import in_other_name

    assert in_other_name(text, text.index(word)) is other


@pytest.mark.parametrize(("quote", "named"), [
    ("[Hanne Vik, MSC's fisheries director] said the quota was too low.", True),
    ("[The Irish Motorists Alliance] said the exemption was late.", True),
    ("The hearing was due on Tuesday [3 November].", True),
    ("Voters rejected a bid for the 2022 Winter [Youth Games, clearing the way for a contest against Tarsby] in 2011.",
     False),
    ("[The Although President Donald Trump] administration aimed to sell older chips.", False),
    ("[Vik, who chairs the union,] said the quota was too low.", False),
])
def test_a_bracket_holds_a_name_a_role_or_a_day_never_a_clause(quote: str, named: bool) -> None:
    from briefgen.notes.glosses import brackets_read_as_names

    assert brackets_read_as_names(quote) is named


@pytest.mark.parametrize("text", [
    'Protesters marched on the offices of the International Monetary Fund. "IMF out," read one banner.',
    'Ghana signed a deal with the International Monetary Fund. "The IMF has listened," the minister said.',
])
def test_a_full_name_ending_its_sentence_is_glossed_without_the_full_stop(text: str) -> None:
    assert acronym_gloss(text, "IMF", len(text)) == "International Monetary Fund"


@pytest.mark.parametrize(("text", "name", "gloss"), [
    ("Units rose. Vantry Chair Olwen Pask said the board would fight. Pask said more.", "Pask", "Vantry Chair"),
    ("Harbor Water Authority Chief Executive Ana Ruiz spoke. Ruiz said more.", "Ruiz", "Harbor Water Authority Chief Executive"),
    ("The talks stalled. Labour Minister Ivo Brandt said so. Brandt said more.", "Brandt", "Labour Minister"),
    ("It is over. The fund's Director Mia Roth said so. Roth said more.", "Roth", "The fund's Director"),
])
def test_a_wire_s_capitalised_title_with_its_owner_places_a_person(text: str, name: str, gloss: str) -> None:
    """Wire copy capitalises a title set between its owner and the name ("Vantry Chair Olwen Pask"): that
    is the person's role, and a bracket giving it verifies."""
    found = person_gloss(text, name, text.rindex(name + " said more"))
    assert found is not None and found.text == gloss
    quote = f"[{found.name}, {gloss}] said more."
    assert locate(doc_of(text), quote) is not None


@pytest.mark.parametrize("text", [
    "Chair Olwen Pask said the board would fight. Pask said more.",     # no owner: chair of what?
    "The report was read by Director Olwen Pask. Pask said more.",      # a title after a verb's object
    "Critics include Olwen Pask. Pask said more.",
])
def test_a_capitalised_title_with_no_owner_places_no_one(text: str) -> None:
    assert person_gloss(text, "Pask", text.rindex("Pask said more")) is None
