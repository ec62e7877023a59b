from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen import notes as notes_stage
from briefgen.cli import main
from briefgen.errors import NotesError
from briefgen.ingest import read_sources
from briefgen.notes.features import find_figures, find_speaker
from briefgen.pipeline import refresh_notes
from briefgen.workspace import load_config


def _refresh(ws: Path):
    config = load_config(ws)
    ingested = read_sources(config)
    refresh_notes(config, ingested)
    return config, ingested.docs


def test_figures_are_normalised() -> None:
    (figure,) = find_figures("China is considering an incentive package worth up to $70 billion to support the industry.")
    assert figure.value == 7e10 and figure.unit == "USD" and "incentive package" in figure.measures
    (pct,) = find_figures("Rates rise by 12 percent in 2027.")
    assert pct.value == 12 and pct.unit == "%" and pct.period == "2027"
    assert find_figures("The H200 and GPT-4 are products, not figures.") == ()


def test_speakers_with_roles() -> None:
    s = find_speaker("Jane Roe, the chief economist at Acme Bank, said rates would fall.")
    assert s is not None and s.name == "Jane Roe" and "chief economist" in s.role
    s = find_speaker("The plan worries Globex CEO John Smith who thinks it is too costly.")
    assert s is not None and s.name == "John Smith" and s.role == "Globex CEO"


def test_example_notes_have_kinds_speakers_figures_and_links(example: Path) -> None:
    config, docs = _refresh(example)
    noteset = notes_stage.load(config, docs)
    kinds = {n.kind for n in noteset.notes}
    assert {"fact", "forecast", "opinion", "quote"} <= kinds
    speakers = {(n.speaker, n.speaker_role) for n in noteset.notes if n.speaker}
    assert any("advisor" in role or "adviser" in role for _, role in speakers)
    assert any(role.endswith("CEO") for _, role in speakers)
    money = [f for n in noteset.notes for f in n.figures if f.unit == "USD"]
    assert any(f.value == 7e10 for f in money)
    assert noteset.clusters and all(len(c.sources) >= 2 for c in noteset.clusters)
    forum = [n for n in noteset.notes if n.span.author]
    assert forum and all(n.kind == "opinion" for n in forum)
    # "Despite the U.S. approval, Chinese authorities are still deliberating" and "the Chinese
    # government may ultimately reject" are two actors, and deliberating is no way yet: no conflict.
    by_id = {n.id: n for n in noteset.notes}
    pairs = [(by_id[d.a].quote, by_id[d.b].quote if d.b else "", d.reason) for d in noteset.disagreements]
    assert not any("still deliberating" in a + b for a, b, _ in pairs), pairs


def test_disagreement_needs_a_shared_subject_and_reads_the_concluding_clause() -> None:
    from briefgen.notes.conflicts import claim, direction_conflict, directions

    assert directions("Although the mayor backed the plan, the council may reject it.")[0].startswith("-reject")
    assert directions("Sales rose, but profits fell.")[1] == "-fell"
    assert not direction_conflict(claim("The startup sees itself ahead of the market leader."),
                                  claim("An older model is two generations behind the newest one."))
    assert direction_conflict(claim("Regulators approved the merger of the two water utilities."),
                              claim("Regulators may still reject the water utilities merger."))


def test_notes_are_deterministic(example: Path, tmp_path: Path) -> None:
    import shutil

    _refresh(example)
    first = {p.name: p.read_bytes() for p in (example / "notes").glob("*.yaml")}
    again = tmp_path / "again"
    shutil.copytree(example, again, ignore=shutil.ignore_patterns("notes", ".briefgen-cache"))
    _refresh(again)
    assert first == {p.name: p.read_bytes() for p in (again / "notes").glob("*.yaml")}


def _first_quote(path: Path) -> tuple[str, str]:
    text = path.read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if line.strip().startswith("quote:"))
    return text, line


def test_check_fails_on_one_changed_word_with_file_and_line(example: Path) -> None:
    config, docs = _refresh(example)
    path = sorted((example / "notes").glob("0*.yaml"))[-1]
    text, line = _first_quote(path)
    words = line.split()
    changed = line.replace(" " + words[3] + " ", " banana ", 1)
    path.write_text(text.replace(line, changed), encoding="utf-8")
    problems, _ = notes_stage.check(config, docs)
    line_no = text.splitlines().index(line) + 1
    assert len(problems) == 1 and f"notes/{path.name}:{line_no}: note n-" in problems[0]
    with pytest.raises(NotesError, match=f"notes/{path.name}:{line_no}"):
        notes_stage.load(config, docs)
    result = CliRunner().invoke(main, ["check", "-w", str(example)])
    assert result.exit_code == 1 and f"{path.name}:{line_no}" in result.output


def test_check_accepts_curly_quotes_and_rewrapped_whitespace(example: Path) -> None:
    config, docs = _refresh(example)
    source = example / "sources" / "004_b60aa6f4f4712626.txt"
    path = example / "notes" / "004-b60aa6f4f4712626.yaml"
    data = path.read_text(encoding="utf-8")
    data = data.replace(
        "  - id: n-", "  - id: a-wrapped\n    kind: fact\n    status: edited\n    text: The chip lags the newest generation.\n"
        "    evidence:\n      - quote: \"While it does not match the performance of the latest \u2018Blackwell\u2019-based\\n   chips,   it is notably more advanced\"\n  - id: n-", 1)
    path.write_text(data, encoding="utf-8")
    assert "'Blackwell'" in source.read_text()
    problems, verified = notes_stage.check(config, docs)
    assert problems == [] and verified > 10


def test_analyst_edits_survive_a_changed_source(example: Path) -> None:
    config, docs = _refresh(example)
    path = example / "notes" / "004-b60aa6f4f4712626.yaml"
    text = path.read_text(encoding="utf-8")
    ids = [line.split()[-1] for line in text.splitlines() if line.strip().startswith("- id: n-")]
    dropped, pinned, reworded = ids[0], ids[1], ids[2]

    def set_after(block_id: str, old: str, new: str, src: str) -> str:
        at = src.index(f"id: {block_id}")
        return src[:at] + src[at:].replace(old, new, 1)

    text = set_after(dropped, "status: auto", "status: dropped", text)
    text = set_after(pinned, "status: auto", "status: pinned  # keep this one", text)
    text = set_after(reworded, "text:\n", "text: Output is being raised to meet demand.\n", text)
    text += ("  - id: a-own\n    kind: fact\n    status: edited\n    text: Two outlets report the same plan.\n"
             "    evidence:\n      - quote: The H200 is based on the previous-generation 'Hopper' architecture\n")
    path.write_text("# my review notes\n" + text, encoding="utf-8")

    source = example / "sources" / "004_b60aa6f4f4712626.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\nA new closing paragraph was added to the article later that day by the editors.\n", encoding="utf-8")
    config, docs = _refresh(example)
    after = path.read_text(encoding="utf-8")
    assert "# my review notes" in after and "# keep this one" in after
    assert "status: dropped" in after and "Output is being raised to meet demand." in after and "a-own" in after
    noteset = notes_stage.load(config, docs)
    by_id = {n.id: n for n in noteset.notes}
    assert dropped not in by_id and by_id[pinned].status == "pinned"
    assert by_id[reworded].text == "Output is being raised to meet demand." and by_id[reworded].quote
    assert by_id["a-own"].quote.startswith("The H200 is based")


def test_vanished_quote_of_an_edited_note_is_reported(example: Path) -> None:
    config, docs = _refresh(example)
    path = example / "notes" / "001-c2c38b3dfa3e33cc.yaml"
    text = path.read_text(encoding="utf-8")
    first = next(line.split()[-1] for line in text.splitlines() if line.strip().startswith("- id: n-"))
    at = text.index(f"id: {first}")
    path.write_text(text[:at] + text[at:].replace("status: auto", "status: pinned", 1), encoding="utf-8")
    quote = notes_stage.load(config, docs).notes[0]
    source = example / "sources" / "001_c2c38b3dfa3e33cc.txt"
    pinned = next(n for n in notes_stage.load(config, docs).notes if n.id == first)
    source.write_text(source.read_text(encoding="utf-8").replace(pinned.quote.split("\n")[0][:40], "Rewritten opening words"), encoding="utf-8")
    config = load_config(example)
    ingested = read_sources(config)
    _, result = refresh_notes(config, ingested)
    assert any(first in w and "no longer in" in w for w in result.warnings), (quote, result.warnings)
    assert first in path.read_text(encoding="utf-8")


def test_notes_yaml_writer_reads_back_exactly_whatever_the_text() -> None:
    from ruamel.yaml import YAML

    from briefgen.notes import yamlfile

    awkward = ["no", "Yes", "null", "~", "- x", "a: b", "a #b", "#x", "x:", "12", "1.5", "+3", ".5", "0x1f",
               "2024-01-01", "  pad", "tab\there", "line\nbreak", 'q"uote', "it's", "\u2028sep", "\x85nel",
               "\x7fdel", "emoji \U0001f600", "[a]", "{b}", "a,b", "%x", "@x", "`x", "!x", "&x", "*x", "|x", ">x",
               "?x", "", "C# code", "NaN", ".inf", "1e5", "x\ufeffy", "\x00nul", "a:b", "-", "---", "...", "x\\y"]
    data = {
        "list": awkward,
        "map": {text: text for text in awkward if text},
        "numbers": [1e-05, 1.5e300, -0.0, 3, True, None],
        "notes": [{"quote": text, "at": {"start": 1}, "themes": [text, "x"]} for text in awkward],
    }
    text = yamlfile.dump(data, "a header")
    assert text.startswith("# a header\n")
    assert yamlfile.load(text) == data
    assert YAML(typ="safe").load(text) == data  # any YAML 1.2 reader agrees
    assert not yamlfile.has_comments(text, "a header")
    assert yamlfile.has_comments(text.replace("list:", "list:  # mine"), "a header")


def test_key_phrases_are_learnt_across_sources() -> None:
    from briefgen.notes.phrases import learn, tag

    texts = [
        "The water authority raised household water rates by 12 percent on Tuesday.",
        "Critics said higher water rates hurt pensioners in the eastern districts.",
        "The water authority said pipe replacement would take five years.",
        "Pipe replacement in the eastern districts starts next spring.",
        "A single mention of the harbour ferry changes nothing.",
    ]
    phrases = learn(texts, [0, 1, 2, 0, 1], [0.9, 0.8, 0.7, 0.6, 0.5])
    assert {"water rates", "water authority", "pipe replacement", "eastern districts"} <= set(phrases)
    assert "harbour ferry" not in phrases and not any(p[0].isdigit() for p in phrases)
    assert tag(texts[:1], phrases)[0] == tuple(p for p in phrases if p in ("water authority", "water rates"))


def test_key_phrases_are_shown_as_the_sources_write_them() -> None:
    from briefgen.notes.phrases import as_written

    texts = ["Finance chair Dev Bhatt said no.", "DEV BHATT: NO DELAY", "Dev  Bhatt opposed it.",
             "Water rates rose.", "The water rates rise", "Delmont’s Riverside Arena opens late."]
    assert as_written("dev bhatt", texts) == "Dev Bhatt"  # the most frequent form, spaces normalised
    assert as_written("water rates", texts[3:5]) == "water rates"  # capital only as a sentence opens
    assert as_written("water rates", texts[4:5]) == "water rates"
    assert as_written("delmont's riverside arena", texts) == "Delmont’s Riverside Arena"
    assert as_written("dev bhattacharya", texts) == "dev bhattacharya"  # never part of a longer word


def test_key_phrases_never_cut_a_name_short() -> None:
    from briefgen.notes.phrases import learn

    texts = ["Transport Minister Helen Varga rejected the offer of 150 million euros on Monday.",
             "The offer was rejected by Transport Minister Helen Varga. Transport unions objected to a 15 per cent cut.",
             "Transport Minister Helen Varga said the bridge loan of 150 million euros stands.",
             "A bridge loan was offered. Minister Helen Varga spoke of a 15 per cent cut.",
             "The Chinese government objected.", "The Chinese government agreed."]
    phrases = learn(texts, [0, 1, 2, 3, 4, 5], [0.9, 0.8, 0.7, 0.6, 0.5, 0.4])
    assert {"bridge loan", "chinese government"} <= set(phrases)
    assert not {"transport minister helen", "minister helen varga", "minister helen", "transport minister"} & set(phrases)
    assert "helen varga" not in phrases  # inside "Minister Helen Varga" it is cut from its title
    assert not {"cent cut", "million euros"} & set(phrases)  # figures, not terms


def test_title_inside_a_name_gives_person_role_and_organisation() -> None:
    from briefgen.notes.features import find_entities

    entities = {e.name: e for e in find_entities("Harbor Water Authority CEO Anne Park has warned of shortages.")}
    assert entities["Anne Park"].type == "person" and entities["Anne Park"].role == "Harbor Water Authority CEO"
    assert entities["Harbor Water Authority"].type == "organisation"
    assert not any("CEO" in name for name in entities)


def test_datelines_are_not_part_of_the_quote() -> None:
    from briefgen.notes.features import trim_prefix

    cases = {
        "WASHINGTON (Reuters) - The Senate on Tuesday passed the bill.": "The Senate",
        "LONDON, March 4 (AP) — Prices rose sharply on the news.": "Prices rose",
        "Paris (AFP) - French unions called a strike for Thursday.": "French unions",
        "(CNN) The storm hit the coast overnight.": "The storm",
        "U.S. - China talks resumed on Monday in Geneva.": "U.S. - China",
        "NATO - the alliance - said it would meet.": "NATO - the",
    }
    for sentence, start in cases.items():
        assert sentence[trim_prefix(sentence):].startswith(start), sentence


def test_same_claim_needs_shared_numbers_and_names() -> None:
    from briefgen.notes.links import names, numbers, same_claim

    a = "The tourism sector employs about 33,300 people in Selgamar, officials said."
    b = "The tourism sector employs about 45,500 people in Selgamar, officials said."
    assert not same_claim(0.9, numbers(a), numbers(b), names(a), names(b))
    c = "Acme Partners confirmed that it was reviewing the flood damage in Eastport."
    d = "Zenith Logistics confirmed that it was reviewing the flood damage in Westbury."
    assert not same_claim(0.6, numbers(c), numbers(d), names(c), names(d))
    e = "Nvidia is looking to increase H200 chip production due to high demand from Chinese clients."
    f = "Nvidia is contemplating more H200 production due to a surge in demand from Chinese companies."
    assert same_claim(0.5, numbers(e), numbers(f), names(e), names(f))
    assert numbers("The H200 costs $70 billion, or 45,500 units in 2026.") == {"70", "45500", "2026"}


def test_conflicting_figures_on_another_subject(other: Path) -> None:
    from briefgen.models import Figure
    from briefgen.notes.conflicts import claim, figures_conflict

    config, docs = _refresh(other)
    noteset = notes_stage.load(config, docs)
    by_id = {n.id: n for n in noteset.notes}
    reasons = [(by_id[d.a].quote, by_id[d.b].quote, d.reason) for d in noteset.disagreements]
    assert any("$6.40" in reason and "$9" in reason for _, _, reason in reasons), reasons
    # A range allows a value inside it; a figure for another measure is no conflict.
    span = Figure(text="8 to 15 percent", value=15, unit="%", measures="rate increases")
    inside = Figure(text="12 percent", value=12, unit="%", measures="rates")
    assert figures_conflict((span,), (inside,), claim("Rates rise 8 to 15 percent."), claim("Rates rise 12 percent.")) == ""
    other_thing = Figure(text="$240 million", value=2.4e8, unit="USD", measures="replacements")
    bill = Figure(text="$6.40", value=6.4, unit="USD", measures="bill")
    assert figures_conflict((other_thing,), (bill,), claim("The utility plans to spend $240 million."),
                            claim("The bill rises $6.40.")) == ""


def test_a_sentence_repeated_in_one_source_is_one_note_and_the_build_works(tmp_path: Path) -> None:
    """A pull quote or a line printed twice gives one note (ids come from source and quote, so
    two notes would share an id and the notes file would be refused)."""
    from briefgen.workspace import init_workspace

    ws = init_workspace(tmp_path / "ws", today="2026-01-05")
    said = "“This is a turning point for the harbour,” said Mara Lind, the harbour master of Kestrel Bay."
    (ws / "sources" / "story.txt").write_text(
        "Harbour fees rise by 12 percent\n\n"
        f"The harbour board of Kestrel Bay voted on Monday to raise fees by 12 percent from April. {said}\n\n"
        "Fishing crews said the rise would cost each boat about $4,000 a year. The board said the money "
        "would pay for dredging the northern channel.\n\n"
        f"{said} The board meets again in March to set the dredging budget.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "-w", str(ws), "--format", "md"])
    assert result.exit_code == 0, result.output
    text = (ws / "notes" / "story.yaml").read_text(encoding="utf-8")
    assert text.count("turning point for the harbour") == 1
