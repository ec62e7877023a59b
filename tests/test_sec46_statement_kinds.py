"""What kind of statement a sentence is, for sections that take one kind (invented text)."""

from briefgen import sections as holds


def test_scenario_with_odds_or_named_case():
    assert holds.scenario("Bull case (30%): the plant reopens by June and margins recover.")
    assert holds.scenario("- **Downside (15%)**: the grant is withdrawn.")
    assert holds.scenario("Scenario D: the vote is rerun in the autumn.")
    assert not holds.scenario("The mayor said (in a letter): nothing will change.")
    assert not holds.scenario("Turnout was the highest in years: 71 percent voted.")


def test_forecast_told_in_present():
    assert holds.projection("Our FY2028 revenue forecast of $40m assumes two new stores.")
    assert holds.projection("Analysts now expect a second cut in the dividend.")
    assert not holds.projection("The company cut its sales forecast on Tuesday.")
    assert not holds.projection("The estimate was revised after the audit.")


def test_power_of_public_body():
    assert holds.power("The transport ministry can suspend the licence or impose a fine.")
    assert holds.power("The union said the regulator could already order a recall.")
    assert not holds.power("The strike could delay the harvest.")
    assert not holds.power("The council could face a legal challenge.")


def test_reaction_is_a_verdict_on_another_act():
    assert holds.reaction('A trustee dismissed the report as "fiction".')
    assert holds.reaction('The rival chief said the offer "insults every shareholder".')
    assert not holds.reaction('The ministry said it "will not be rushed".')
    assert not holds.reaction("The mayor said the bridge would reopen in May.")


def test_company_profile_and_status():
    assert holds.profile("Brightwell, which makes valves, reported revenue of 3.4 billion dollars and a net profit "
                         "of 210 million dollars for 2025.")
    assert holds.profile("The brewer employs 640 people at two sites.")
    assert not holds.profile("The drug competes with one that generated sales of $2 billion last year.")
    assert holds.status("The bonds remain 8 points below their level before the downgrade on Tuesday.")
    assert not holds.status("The bonds will be 8 points below par by June.")
