"""Stakeholder rows: a holder's act on the matter is a position, a purchase or a hire is not; a
first-person account of one's own day is colour; a row never names what it answers only by
"that"; a party's own statement gives its row (invented text)."""
from briefgen import sections
from briefgen.compose import _issuer_named, _officer_of


def test_own_account_is_colour_not_position():
    text = '"I caught the first bus at six and reached the depot after nine," said Omar Bell, a welder from Kirkby.'
    assert sections.own_account(text)
    assert not sections.position(text)


def test_first_person_with_a_view_stays_a_position():
    text = '"I caught the first bus, and the council should have warned us," said Omar Bell, a welder from Kirkby.'
    assert not sections.own_account(text)
    assert sections.position(text)


def test_a_post_telling_the_writers_evening_is_colour():
    assert sections.own_account("I queued at the back of the hall. I got home at eleven.", spoken=True)
    assert not sections.own_account("I queued for an hour. The board is wrong to close it.", spoken=True)


def test_acts_on_the_matter_are_positions():
    for text in ("Governor Ilse Varga said she had appointed a retired auditor to lead an inquiry into the "
                 "outage, with findings due by March 3.",
                 "The regulator said it had ordered Tarnby Mills to fit 12 new filters before reopening.",
                 "The ministry said it had ordered an independent review of the 2024 contract.",
                 "The growers' association said it had filed a claim at the High Court on 4 May.",
                 "The authority said it had directed two other firms to run the 14 routes."):
        assert sections.acted_on_matter(text), text
        assert sections.position(text), text


def test_a_purchase_or_a_hire_is_no_position():
    for text in ("The health board said it had ordered 300,000 more doses to cover the gap.",
                 "The trust said it had hired four extra porters in 2025.",
                 "The club said it bought 2 new minibuses in June."):
        assert sections.routine_business(text), text
        assert not sections.position(text), text
    assert not sections.acted_on_matter("A manager, who asked not to be named, said 40 staff had left.")
    assert not sections.acted_on_matter("The firm said it was ordered by the court to pay 2 million.")


def test_row_answering_an_unseen_thing_points_back():
    assert sections.points_back('Velkor rejected that study at the time as "flawed".')
    assert not sections.points_back("Velkor rejected the safety study as flawed.")
    assert not sections.points_back("Velkor rejected that the study was flawed.")
    assert not sections.points_back("Marlow's board said the bid was fair and told shareholders to accept it.")


def test_an_officer_of_the_issuing_body():
    assert _officer_of("The water board's chair", "Upper Tarn Water Board")
    assert not _officer_of("Its chair", "Upper Tarn Water Board")
    assert not _officer_of("The union's chair", "Upper Tarn Water Board")


def test_another_partys_purchase_is_no_routine_business():
    text = "Growers who bought treated seed before May 2 may now sow it until June 9, the board said."
    assert not sections.routine_business(text)


def test_a_statements_issuer_must_be_named_beyond_the_dateline():
    assert not _issuer_named("Ostrava", "For immediate release - Ostrava, 3 June 2026\n\nThe alliance wrote ...")
    assert _issuer_named("Upper Tarn Water Board", "The Upper Tarn Water Board stands by its decision.")
