"""The story's central event is the happening its news reports open on: when a sale is told by
more sources, but each in a clause beside something else, and the closure is what the reports'
ledes say, the brief opens on the closure."""

from __future__ import annotations

from collections.abc import Callable

OpeningOf = Callable[[dict[str, str]], list[str]]

CLOSED = """Regulators shut Harwick Mutual insurer after claims surge

LEEDS, March 6 (Northern Wire) - Insurance regulators closed Harwick Mutual
on Friday after policyholders filed 40,000 storm claims in a week, and the
guarantee fund agreed to sell the insurer's policies to Castlegate Assurance
for about 90 million pounds, the largest insurer failure in a decade.

Harwick had written home policies for 310,000 households in Yorkshire.
"""
STATEMENT = """Statement of the Prudential Supervisor

LONDON - Harwick Mutual, Leeds, was closed today by the Prudential Supervisor,
which appointed the Policyholder Guarantee Fund as administrator.

In addition to taking over all of the home policies, Castlegate Assurance
agreed to buy about 90 million pounds of the insurer's bonds.

Policyholders need take no action.
"""
SHARES = """<html><head><title>Insurer shares slip after Harwick collapse</title></head><body>
<h1>Insurer shares slip after Harwick collapse</h1>
<p>Shares of British home insurers fell on Monday, the first trading day after the failure of Leeds-based Harwick Mutual.</p>
<p>Castlegate Assurance, which agreed on Friday to buy Harwick's policies for about 90 million pounds, rose 3%.</p>
<p>Brokers said premiums in the north of England were likely to rise.</p>
</body></html>
"""
TOML = """["01-closed.txt"]
publisher = "Northern Wire"
date = "2026-03-06"

["02-statement.txt"]
publisher = "Prudential Supervisor"
date = "2026-03-06"

["03-shares.html"]
publisher = "City Ledger"
date = "2026-03-09"
"""


def test_the_brief_opens_on_the_event_the_ledes_report_not_a_sale_told_in_side_clauses(
        opening_of: OpeningOf) -> None:
    opening = opening_of({"01-closed.txt": CLOSED, "02-statement.txt": STATEMENT, "03-shares.html": SHARES,
                          "sources.toml": TOML})
    assert "closed Harwick Mutual" in opening[0]
