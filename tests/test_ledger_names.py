"""People registry: name normalisation, matching across spellings, and editor decisions."""

from __future__ import annotations

import pytest

from onrecord.ledger.names import is_person_name, parse_name, same_person, surnames_match
from onrecord.ledger.registry import Decision, cluster_names


def _person_of(persons, alias):
    return next(p for p in persons if alias in p.aliases)


@pytest.mark.parametrize("surface, first, last", [
    ("Ukrainian President Volodymyr Zelenskyy", "volodymyr", "zelenskyy"),
    ("Donald J. Trump", "donald", "trump"),
    ("President Trump", "", "trump"),
    ("Mr. Trump", "", "trump"),
    ("Sen. Elizabeth Warren", "elizabeth", "warren"),
    ("Martin Luther King Jr.", "martin", "king"),
    ("Mayor Ingrid Sorenson, who in March vowed to finish the seawall", "ingrid", "sorenson"),
])
def test_parse_name_drops_titles_initials_and_clauses(surface, first, last):
    p = parse_name(surface)
    assert (p.first, p.last) == (first, last)


@pytest.mark.parametrize("name", ["a source", "officials", "he", "Sources", "a senior official",
                                  "The ferry operators' association", "PORT HALDEN", "No one", "", None,
                                  "House Republicans", "Clinton and leading Democrats", "36 percent of Democrats"])
def test_unresolved_speakers_are_not_persons(name):
    assert not is_person_name(name)


@pytest.mark.parametrize("name", ["Donald Trump", "Zelenskyy", "Mr. Trump", "Alma Whitcombe"])
def test_names_are_persons(name):
    assert is_person_name(name)


def test_transliteration_variants_match_but_different_surnames_do_not():
    assert surnames_match("Zelensky", "Zelenskyy")
    assert surnames_match("zelenskiy", "zelenskyy")
    assert not surnames_match("Putin", "Trump")
    assert not surnames_match("Bush", "Rush")  # short names need an exact match


def test_eric_trump_is_not_donald_trump():
    assert not same_person(parse_name("Eric Trump"), parse_name("Donald Trump"))
    assert same_person(parse_name("Donald J. Trump"), parse_name("President Trump"))
    assert same_person(parse_name("Bill Clinton"), parse_name("William Clinton"))
    assert not same_person(parse_name("Hillary Clinton"), parse_name("Bill Clinton"))


COUNTS = {
    "Zelensky": 3, "Zelenskyy": 2, "Volodymyr Zelenskyy": 4, "Volodymyr Zelensky": 1,
    "Ukrainian President Volodymyr Zelenskyy": 1, "Donald Trump": 5, "Donald J. Trump": 1,
    "President Trump": 2, "Mr. Trump": 1, "Trump": 9, "Eric Trump": 2, "a source": 3, "officials": 2,
    "Vladimir Putin": 2, "Russian President Vladimir Putin": 1,
}


def test_cluster_merges_spelling_variants_and_keeps_eric_apart():
    persons = cluster_names(COUNTS)
    zel = _person_of(persons, "Zelensky")
    assert set(zel.aliases) == {"Zelensky", "Zelenskyy", "Volodymyr Zelenskyy", "Volodymyr Zelensky",
                                "Ukrainian President Volodymyr Zelenskyy"}
    assert zel.name == "Volodymyr Zelenskyy"
    trump = _person_of(persons, "Trump")
    assert set(trump.aliases) == {"Donald Trump", "Donald J. Trump", "President Trump", "Mr. Trump", "Trump"}
    assert trump.name == "Donald Trump"
    assert _person_of(persons, "Eric Trump").aliases == {"Eric Trump": 2}
    assert not any("a source" in p.aliases or "officials" in p.aliases for p in persons)
    assert len(persons) == 4


def test_split_takes_an_alias_out_and_merge_joins_names():
    persons = cluster_names(COUNTS, [Decision("split", "Mr. Trump", "Donald Trump")])
    assert _person_of(persons, "Mr. Trump").aliases == {"Mr. Trump": 1}
    assert "Mr. Trump" not in _person_of(persons, "Donald Trump").aliases
    persons = cluster_names(COUNTS, [Decision("merge", "Eric Trump", "Donald Trump")])
    assert "Eric Trump" in _person_of(persons, "Donald Trump").aliases


def test_latest_decision_about_a_pair_wins():
    decisions = [Decision("split", "Mr. Trump", "Donald Trump"), Decision("merge", "Mr. Trump", "Donald Trump")]
    persons = cluster_names(COUNTS, decisions)
    assert "Mr. Trump" in _person_of(persons, "Donald Trump").aliases


def test_honorifics_keep_mr_and_mrs_apart():
    persons = cluster_names({"Mr. Clinton": 3, "Mrs. Clinton": 4, "Hillary Clinton": 5, "Bill Clinton": 2,
                             "Clinton": 9})
    assert set(_person_of(persons, "Mr. Clinton").aliases) == {"Mr. Clinton", "Bill Clinton"}
    assert set(_person_of(persons, "Mrs. Clinton").aliases) == {"Mrs. Clinton", "Hillary Clinton", "Clinton"}


def test_long_first_names_one_edit_apart_are_transliterations():
    assert same_person(parse_name("Mohammed bin Salman"), parse_name("Mohammad bin Salman"))
    assert not same_person(parse_name("Andrea Smith"), parse_name("Andrew Smith"))


def test_display_name_takes_the_surname_as_most_mentions_spell_it():
    """One page misspells the mayor's name; the other pages' spelling names her."""
    persons = cluster_names({"Ingrid Sorenson": 3, "Ingrid Sorensen": 2, "Sorensen": 3, "Mayor Sorensen": 1})
    (mayor,) = persons
    assert mayor.name == "Ingrid Sorensen"
