"""Statements a reader can take on their own: sentences that open on an antecedent the brief
never shows are recognised (and so left out of briefs and digests)."""

from __future__ import annotations

import pytest

from briefgen.notes.context import needs_antecedent

LEANS_BACK = [
    "This development follows the U.S. Department of Commerce's recent approval.",
    "However, concerns persist that the chips will enter the country again.",
    "The report highlights that local companies have shown interest.",
    "The company confirmed the sale on Monday.",
    "The second, by a team in Leeds, found no effect.",
    "In comparison, the older model used half the power.",
    "He said the talks would resume.",
    "They were released after 13 days.",
    "It was the largest sale ever recorded.",
    "Such measures rarely work.",
    "The company’s shares fell 5%.",
    "These figures were later revised.",
    "and then it fell.",
    "But the minister disagreed.",
    "Meanwhile, rescue teams reached the village.",
    "According to a report by Reuters, local time on the 12th, the company is considering more output.",
    "From their perspective, not having the chips is still painful.",
    "In his view, the deal is dead.",
    "According to her lawyer, the appeal was filed on Monday.",
    "According to figures he obtained from the city, the total cost could reach $3.1 million.",
    "The revised offer is 26p higher than the first.",
    "The positive results mean the notice will stay in place.",
    "The appeal means the buyer will not walk away for now.",
    "“We have not taken this step lightly,” the chief executive said.",
    "The minister called these claims baseless.",
    "“We will not approve this deal unless it comes with a remedy.”",
    "\"I have not slept since Tuesday.",
]
STANDS_ALONE = [
    "It is expected to close in March.",
    "It is not clear whether the ship will sail.",
    "This year the council expects a deficit.",
    "Nvidia received approval to sell H200 chips to China.",
    "The Chinese government is still deliberating whether to permit the import.",
    "The report by the IMF said growth would slow.",
    "Despite the approval, the authorities are still deliberating.",
    "So far, 20 people have died.",
    "Later this year the plant will open.",
    "“We cannot keep patching pipes,” Delgado said.",
    "Unlike the incumbent, the startup sells cheaper chips.",
    "Andrew Smith said the bid failed.",
    "Butler County officials said the road would reopen.",
    "Iran says the sailors were in Iranian waters.",
    "According to the health ministry, 40 people were injured.",
    "From the company's perspective, the deal is dead.",
    "In its first year, the scheme paid out 3 million.",
    "The revised budget of the city was approved on Monday.",
    "The regulator rejected claims that the deal would raise prices.",
    "“We will not approve this deal without a remedy,” the regulator said.",
    "\"Not yet,\" she said.",
    "\"Bridge loan\" talks resumed on Monday.",
]


@pytest.mark.parametrize("sentence", LEANS_BACK)
def test_sentences_that_lean_on_an_earlier_one(sentence: str) -> None:
    assert needs_antecedent(sentence)


@pytest.mark.parametrize("sentence", STANDS_ALONE)
def test_sentences_that_stand_alone(sentence: str) -> None:
    assert not needs_antecedent(sentence)


def test_digest_and_briefs_never_open_on_an_unseen_antecedent(tmp_path: object) -> None:
    """Built end to end on another subject: every statement stands alone; a sentence that
    leans on the one before it is printed together with it, still as one verbatim quote."""
    import re
    from pathlib import Path

    from click.testing import CliRunner

    from briefgen.cli import main
    from briefgen.workspace import init_workspace

    ws = Path(str(tmp_path)) / "ws"
    init_workspace(ws, today="2026-06-10")
    (ws / "sources" / "recall.txt").write_text(
        "Bakery chain recalls sandwiches\n\n"
        "The Food Standards Agency ordered Millbrook Bakeries to recall 30,000 sandwiches on Thursday after "
        "tests found listeria at its Eastfield factory.\n\n"
        "The agency said customers should not eat the products and should return them for a full refund.\n\n"
        "However, no illnesses have been linked to the sandwiches, the agency said on Friday.\n\n"
        "Millbrook Bakeries halted production at the factory and sent 400 workers home on full pay.\n",
        encoding="utf-8")
    (ws / "sources" / "health.txt").write_text(
        "Two hospital cases linked to recalled sandwiches\n\n"
        "Health officials said on Saturday that two people had been admitted to hospital with listeria "
        "infections after eating sandwiches from Millbrook Bakeries.\n\n"
        "Both patients are over 70 and are in a stable condition, the regional health team said.\n\n"
        "Officials said tests were under way to confirm whether the infections match the factory strain.\n",
        encoding="utf-8")
    runner = CliRunner()
    digest = runner.invoke(main, ["digest", "-w", str(ws), "--words", "250"])
    assert digest.exit_code == 0, digest.output
    statements = [re.sub(r"\s*\[\d+\]$", "", line) for line in digest.output.split("\n\nSources:")[0].splitlines()
                  if line.strip()]
    assert statements
    for line in statements:
        first = re.split(r"(?<=[.!?])\s+", line)[0]
        assert not needs_antecedent(first), line
    # Paired with the sentence naming the agency, or the agency named in brackets.
    assert any(("The agency said customers should not eat" in line and line.startswith("The Food Standards Agency"))
               or line.startswith("[Food Standards Agency] said customers should not eat") for line in statements), \
        statements
    build = runner.invoke(main, ["build", "-w", str(ws), "--audience", "all", "--format", "md"])
    assert build.exit_code == 0, build.output
    for brief in (ws / "output").glob("*.md"):
        for bullet in re.findall(r"^- (?:\*\*[^*]+\*\* )?(.+)$", brief.read_text(encoding="utf-8"), flags=re.MULTILINE):
            text = re.sub(r"\\(.)", r"\1", bullet)
            if text[:1].isalpha() or text[:1] in "“\"":
                assert not needs_antecedent(re.split(r"(?<=[.!?])\s+", text)[0]), (brief.name, bullet)
    check = runner.invoke(main, ["check", "-w", str(ws)])
    assert check.exit_code == 0, check.output


POINTS_BACK = [
    "Harbour master Ines Varga said the revised timetable reflected the cost of dredging.",
    "Treasurer Olu Banjo said the new estimate included the cost of the second bridge.",
    "Council leader Mary Quist said the improved offer was final.",
    "Maybe so. But closing the library in the same month as the school is a choice.",
    "Granted, the ferry has never run on time.",
    "What does not change so quickly is the town's reliance on the ferry.",
    "The council also corrected the figure it gave on Tuesday.",
    "The ferry operator also revised the passenger numbers it published last week.",
    "Calder Ferries also lowered its forecast for the summer.",
    "\"We would rather wait a month than sail an unsafe boat,\" she said.",
    "\"Nobody warned us,\" said he.",
]
STANDS_ON_ITS_OWN = [
    "Passenger numbers were 9% below the same period last year.",
    "The new chief executive, Jane Doe, starts in May.",
    "The union says the new cranes will eliminate about 400 jobs at the port.",
    "The council offered a range of 3% to 5%, and the revised range was rejected.",
    "The new timetable of the ferry starts in June.",
    "\"We cannot wait,\" Delgado said.",
    "\"We cannot wait,\" she told the Harbour Gazette.",
    "The ferry operator said it would revise its timetable.",
    "What the council wants is a new ferry.",
    "The risk is that rivals get access to the latest and greatest hardware from the U.S.",
]


@pytest.mark.parametrize("sentence", POINTS_BACK)
def test_sentences_that_name_what_only_an_unseen_sentence_explains(sentence: str) -> None:
    from briefgen.notes.context import points_back

    assert points_back(sentence)


@pytest.mark.parametrize("sentence", STANDS_ON_ITS_OWN)
def test_sentences_that_name_what_they_mean(sentence: str) -> None:
    from briefgen.notes.context import points_back

    assert not points_back(sentence)


def test_a_role_in_a_body_named_by_a_common_noun_only() -> None:
    from briefgen.notes.context import unnamed_body

    assert unnamed_body("\"The harbour must learn from this,\" said Ines Varga, the authority's chief inspector.")
    assert not unnamed_body("\"The harbour must learn from this,\" said Ines Varga, the Calder Port Authority's "
                            "chief inspector.")
    assert not unnamed_body("Calder Ferries cut sailings, said Ines Varga, the company's finance director.")
    assert not unnamed_body("Ines Varga, the harbour master, said the ferry would sail.")


@pytest.mark.parametrize(("sentence", "leans"), [
    ("The Monetary Policy Committee's decision was unanimous, Governor Johnson Asiama told reporters.", True),
    ("The committee's decision was unanimous.", True),
    ("Ghana's decision was announced on Monday.", True),
    ("The committee's decision to raise rates by 200 basis points was unanimous.", False),
    ("Apple's move into payments is years old.", False),
])
def test_an_act_owned_by_its_maker_and_told_nothing_else_of_leans_on_its_telling(sentence: str, leans: bool) -> None:
    """"The Monetary Policy Committee's decision was unanimous" (reader41): which decision? The sentence before
    told it; with its own complement ("decision to raise rates ...") the sentence names the act itself."""
    from briefgen.notes.context import opens_on_earlier
    assert opens_on_earlier(sentence) is leans


@pytest.mark.parametrize(("sentence", "leans"), [
    ("The VAT increase to 18% is unchanged.", True),
    ("The rest of the programme remains unchanged.", True),
    ("The central bank's key rate was unchanged at 5% for a third meeting.", False),
    ("Interest rates were left unchanged at 4.5%, the bank said.", False),
])
def test_what_is_only_said_to_be_unchanged_leans_on_the_change_told_before(sentence: str, leans: bool) -> None:
    from briefgen.notes.context import opens_on_earlier
    assert opens_on_earlier(sentence) is leans


def test_a_lists_later_item_leans_on_the_list() -> None:
    """ "Third, the ministry assumes ..." is one item of a list the reader never saw; an ordinal that
    is a word of its own clause ("Second-quarter sales", "Third quarter profit") is not."""
    from briefgen.notes.context import opens_on_earlier
    assert opens_on_earlier("Third, the ministry assumes wage growth of 3 percent a year.")
    assert opens_on_earlier("Secondly, the levy would fall on small firms.")
    assert not opens_on_earlier("Second-quarter sales rose 4 percent.")
    assert not opens_on_earlier("Third quarter profit fell to 3 million euros.")
