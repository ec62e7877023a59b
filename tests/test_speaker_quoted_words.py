"""Who speaks: never words of the quotation itself; a compound title before the name is the role."""

from briefgen.notes.features import find_speaker


def test_words_inside_the_quotation_name_no_speaker() -> None:
    # "Now I'm told" is the farmer's own words, not a person called "Now I'm" who told anyone
    found = find_speaker('"I paid for this seed in November. Now I\'m told it\'s hazardous waste," '
                         'said Orme, who grows beet on 310 hectares.')
    assert found is None or "Now" not in found.name
    found = find_speaker("“Mary Poole told us we would be paid,” said union steward Aro Venn, who called the deal unfair.")
    assert found is None or found.name != "Mary Poole"


def test_a_compound_title_is_the_whole_role() -> None:
    found = find_speaker('"We will not extend the delay, it would be wrong," director general Ines Valbo said.')
    assert found is not None and (found.name, found.role) == ("Ines Valbo", "director general")
    found = find_speaker("Secretary general Tomas Rei said the union would appeal against the ruling.")
    assert found is not None and found.name == "Tomas Rei" and found.role.lower() == "secretary general"
