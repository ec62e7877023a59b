"""The latest value of a quantity wins: a later dated report that gives it in other words (no
measure of its own: "131 sailings had now been cancelled") replaces the Key figures row and leaves
the earlier statement out of the briefs and the digest; a source that calls a value earlier
("an earlier figure of 2,300 households") leaves out the statements that still give it. A later
source repeating the old value, an undated one, or two measures of close values (a target price
and a share price) replace nothing."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import briefgen
from briefgen.compose import digest
from briefgen.models import Figure
from briefgen.notes.figures import find_figures, same_amount
from briefgen.supersede import called_earlier, tells_update

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]  # the conftest fixture news_workspace
Printed = Callable[..., list[str]]  # the conftest fixture printed

_FIRST = """Ferry breakdown strands island commuters for a third day

Published 2 April 2025

PORT ELLIN - Islands Ferry Company said the number of cancelled sailings climbed to 86 on Tuesday after engineers failed to repair a gearbox on its largest vessel, the Morven Star.

The company said it had chartered a smaller boat from a Norwegian operator to carry foot passengers between Port Ellin and Carrick Isle.

Local councillor Ailsa Brodie said island businesses were losing trade every day the service was disrupted.

Shares in Islands Ferry Company fell 6% to 214p, while analysts at Kessler Bank cut their target price for the company to 250p from 290p.
"""

_LATER = """Ferry operator charters second vessel as disruption drags on

Published 5 April 2025

PORT ELLIN (Coast Wire) - Islands Ferry Company said on Saturday that 131 sailings had now been cancelled since the gearbox failure, and that it had chartered a second vessel to restore a daily car service to Carrick Isle.

Engineers expect the Morven Star to return to service on 14 April, the company said.

Shares in Islands Ferry Company rose 3% to 249p.

The island's community council said it would ask the Scottish government to fund compensation for businesses hit by the disruption.
"""


def _rows(ws: briefgen.Workspace) -> list[tuple[str, str, tuple[str, ...], int]]:
    """Key figures rows (tests/fixtures/rows.toml: no text that could tell their figures):
    figure, measure, earlier values, sources."""
    (ws.config.root / "templates" / "audiences").mkdir(parents=True, exist_ok=True)
    shutil.copy(Path(__file__).parent / "fixtures" / "rows.toml", ws.config.root / "templates" / "audiences")
    brief = briefgen.open_workspace(ws.config.root).compose("rows")
    return [(item.figure.text, item.figure.measures, tuple(e.text for e in item.earlier), item.support)
            for section in brief.sections if section.style == "figures" for item in section.items
            if item.figure is not None]


def test_a_later_report_in_other_words_replaces_the_row_and_the_statement(news_workspace: NewsWorkspace, printed: Printed) -> None:
    ws = news_workspace("ws", {"01-courier.txt": _FIRST, "02-wire.txt": _LATER})
    rows = _rows(ws)
    sailings = [row for row in rows if "sailings" in row[1]]
    assert [(text, earlier) for text, _, earlier, _ in sailings] == [("131 sailings", ("86",))]
    assert not any("climbed to 86" in text for text in printed(ws))
    chosen, _ = digest(ws.notes(), 250)
    assert chosen and not any("climbed to 86" in text for text, _ in chosen)


def test_a_target_price_and_a_share_price_of_close_values_stay_two_rows(news_workspace: NewsWorkspace) -> None:
    rows = _rows(news_workspace("ws", {"01-courier.txt": _FIRST, "02-wire.txt": _LATER}))
    shares = next(row for row in rows if row[0] == "249p")
    assert shares[2] == ("214p",) and shares[3] == 1  # not "2 sources": the target price is another measure
    assert any(row[0] == "250p" and "target price" in row[1] for row in rows)
    assert not any(row[0] == "214p" for row in rows)  # the earlier share price is no row of its own


def test_a_later_source_repeating_the_value_or_an_undated_one_replaces_nothing(news_workspace: NewsWorkspace) -> None:
    repeated = _LATER.replace("131 sailings", "86 sailings")
    rows = _rows(news_workspace("a", {"01-courier.txt": _FIRST, "02-wire.txt": repeated}))
    assert any(row[0] == "86" and "sailings" in row[1] for row in rows)
    undated = _LATER.replace("Published 5 April 2025\n\n", "")
    ws = news_workspace("b", {"01-courier.txt": _FIRST, "02-wire.txt": undated})
    rows = _rows(ws)
    assert any(row[0] == "86" and "sailings" in row[1] and not row[2] for row in rows)
    assert not any(row[0] == "131 sailings" for row in rows)


_WELLS = "The agency said 2,300 households drew water from the contaminated wells near the tannery."
_RECOUNT = ("The agency lowered its count to 1,850 households on Friday, saying an earlier figure of 2,300 households "
            "had counted some homes twice.")


def test_a_value_another_source_calls_earlier_is_told_before() -> None:
    households = Figure(text="2,300 households", value=2300, unit="households")
    assert called_earlier(_WELLS, _RECOUNT, households)
    # another counted noun, or a sentence that gives no value in its place, says nothing of it
    assert not called_earlier(_WELLS, _RECOUNT, Figure(text="2,300 wells", value=2300, unit="wells"))
    assert not called_earlier(_WELLS, "An earlier figure of 2,300 households was wrong.", households)
    # a share is only the same quantity when the two sentences share its words
    share = Figure(text="9%", value=9, unit="%")
    revised = "It said forward bookings for July were now 13% below last year, not 9% as previously stated."
    assert called_earlier("Forward bookings for July were running 9% below last year.", revised, share)
    assert not called_earlier("Turnout in the ballot fell by 9% from the last vote.", revised, share)


def test_a_value_without_a_measure_updates_one_only_as_the_latest_state() -> None:
    measure = Figure(text="86", value=86, unit="sailings", measures="cancelled sailings")
    new = Figure(text="131 sailings", value=131, unit="sailings")
    assert tells_update("The company said 131 sailings had now been cancelled since the failure.", new, measure)
    assert not tells_update("The company said 131 sailings had been cancelled since the failure.", new, measure)
    assert not tells_update("The company said 131 sailings were scheduled this month.", new, measure)
    assert not tells_update("The company said 131 sailings had now been cancelled, and 40 sailings delayed.", new,
                            measure)


def test_close_amounts_of_two_measures_are_two_amounts() -> None:
    target = Figure(text="300p", value=300, unit="pence", measures="target price")
    shares = Figure(text="301 pence", value=301, unit="pence", measures="northwind shares")
    assert not same_amount(target, shares)
    ransom = Figure(text="$2.4 million", value=2.4e6, unit="USD", measures="ransom")
    demanded = Figure(text="$2.4 million", value=2.4e6, unit="USD", measures="demanded in bitcoin")
    assert same_amount(ransom, demanded)


_SURVEY = """Tannery wells closed after solvent found in water

Published 3 March 2025

DELLBROOK - The county environment agency said 2,300 households drew water from the contaminated wells near the Harwell tannery, and told them to use bottled water until further notice.

Tests found trichloroethylene at four times the legal limit in two of the six wells, the agency said.

The tannery's owner, Corvin Leather, said it had stopped all discharges while the cause was investigated.
"""

_RECOUNTED = """Agency lowers count of homes on tannery wells

Published 7 March 2025

DELLBROOK - The county environment agency lowered its count to 1,850 households on Friday, saying an earlier figure of 2,300 households had counted some homes twice.

Corvin Leather said it would pay for a new water main to the affected streets.

The agency said bottled water deliveries would continue until the wells were cleared.
"""


def test_a_statement_whose_value_a_later_source_calls_earlier_is_left_out(news_workspace: NewsWorkspace, printed: Printed) -> None:
    alone = printed(news_workspace("a", {"01-survey.txt": _SURVEY}))
    assert any("2,300 households drew water" in text for text in alone)
    ws = news_workspace("b", {"01-survey.txt": _SURVEY, "02-recount.txt": _RECOUNTED})
    assert not any("2,300 households drew water" in text for text in printed(ws))
    chosen, _ = digest(ws.notes(), 250)
    assert chosen and not any("2,300 households drew water" in text for text, _ in chosen)


_BAKERY_1 = """Bakery chain shares slide after flour costs warning

Published 3 March 2025

LEEDS - Shares in Hollin Bakeries fell 7% on Monday after the chain warned that flour costs would squeeze its margins.

Rosa Mendel of Tarrant Securities cut her target price on the shares to 180p, while Quayle & Hart kept its target of 240p.
"""

_BAKERY_2 = """Hollin Bakeries steadies as analysts weigh margin warning

Published 6 March 2025

LEEDS (Trade Wire) - Shares in Hollin Bakeries rose 2% on Thursday, a day after the chain opened 12 new stores in the north of England.

Analysts at the Wexford Grain Office expect the wheat harvest to reach 14 million tonnes, easing flour prices later in the year.
"""


def test_two_firms_targets_are_two_rows_and_one_day_s_move_no_earlier_value_of_another(
        news_workspace: NewsWorkspace) -> None:
    ws = news_workspace("bakery", {"01-courier.txt": _BAKERY_1, "02-wire.txt": _BAKERY_2})
    rows = {row[0]: row for row in _rows(ws)}
    assert "target price from Tarrant Securities" in rows["180p"][1]
    assert "target from Quayle & Hart" in rows["240p"][1]
    assert rows["180p"][2] == () and rows["240p"][2] == ()  # neither firm's target is the other's earlier value
    assert rows["7%"][2] == () and rows["2%"][2] == ()  # Monday's fall is no earlier value of Thursday's rise


def test_a_size_changed_by_a_change_verb_updates_the_size_first_declared() -> None:
    """"widened the ... curfew zone to 9 km" updates "a 4 km curfew zone" though the later report
    never repeats "declared"; a zone it does not name, or a value not given as the new size, does not."""
    measure = next(f for f in find_figures("The mayor declared a 4 km curfew zone around the depot.")
                   if f.value == 4)

    def new(sentence: str) -> Figure:
        return next(f for f in find_figures(sentence) if f.value == 9)

    for said in ("The city widened the curfew zone around the depot to 9 km on Friday.",
                 "The extension of the depot curfew zone to 9 km angered shop owners."):
        assert tells_update(said, new(said), measure), said
    for said in ("Police widened the cordon to 9 km on Friday.",
                 "Engineers want the curfew zone at 9 km.",
                 "The curfew zone covers 9 km of riverbank, officials said."):
        assert not tells_update(said, new(said), measure), said
