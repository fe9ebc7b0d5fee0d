"""Media issuers, organisation descriptions, "it" and role descriptions (``speaker_context``) on
sentences written for these tests."""

from __future__ import annotations

import pytest

from onrecord.analyze.speakers import SpeakerResolver

TEXT = """Acme Mobil sent a letter to the state attorney general on Monday. The letter says the inquiry is unfair.

Wells Fargo faced new questions from lawmakers on Tuesday. The bank said it regretted the errors.

Jane Roe released a letter from her lawyer on Friday. The lawyer works in Denver.

Many leaders share these worries, but the Central Valley Coalition wants to keep its policy. Recently, however, it issued a policy paper on roads.

The Islamic State has called for attacks, according to the SITE Intelligence Group, which tracks extremist posts. It said supporters were sharing the news. Later the terrorist group urged more attacks.

Sen. Lindsey Graham (R-S.C.) spoke to reporters on Thursday. Later the South Carolina senator said the plan was dead.

Libertarian candidate Gary Johnson spoke in Ohio. The Democratic candidate said nothing.

Campaign manager Tom Birch met donors. The campaign, pushing a new message, said little.

A slide from a presentation that Maria Lopez carries to meetings shows the costs. Another slide says exports will grow.

The Wall Street Journal ran a long editorial. The newspaper says the tax is unfair.
"""


@pytest.fixture(scope="module")
def resolver(nlp):
    return SpeakerResolver(nlp(TEXT))


def _at(needle: str, nth: int = 0) -> tuple[int, int]:
    pos = -1
    for _ in range(nth + 1):
        pos = TEXT.index(needle, pos + 1)
    return pos, pos + len(needle)


def test_medium_takes_the_subject_of_the_earlier_issuing_verb(resolver):
    assert resolver.resolve(*_at("The letter")) == "Acme Mobil"


def test_medium_from_someone_names_the_issuer(resolver):
    assert resolver.resolve(*_at("a letter from her lawyer")) == "Jane Roe's lawyer"


def test_organisation_description_takes_the_organisation_named_before(resolver):
    assert resolver.resolve(*_at("The bank")) == "Wells Fargo"


def test_it_takes_an_organisation_subject(resolver):
    start = _at("it issued")[0]
    assert resolver.resolve(start, start + 2) == "Central Valley Coalition"


def test_it_between_two_organisations_stays_unresolved(resolver):
    start = _at("It said")[0]
    assert resolver.resolve(start, start + 2) is None


def test_description_modifier_must_fit_the_organisation(resolver):
    assert resolver.resolve(*_at("the terrorist group")) == "Islamic State"


def test_only_holder_of_a_title_gets_the_description_with_a_place(resolver):
    assert resolver.resolve(*_at("the South Carolina senator")) == "Lindsey Graham"


def test_party_word_never_lets_another_partys_candidate_take_the_description(resolver):
    assert resolver.resolve(*_at("The Democratic candidate")) == "The Democratic candidate"


def test_institution_head_never_names_a_person(resolver):
    span = _at("The campaign, pushing a new message")
    assert resolver.resolve(span[0], span[0] + len("The campaign")) != "Tom Birch"


def test_medium_issuer_through_a_relative_clause_of_an_earlier_medium(resolver):
    assert resolver.resolve(*_at("Another slide")) == "Maria Lopez"


def test_short_organisation_name_takes_the_full_one(resolver):
    assert resolver.resolve(*_at("The newspaper says")[:1], _at("The newspaper says")[0] + 13) \
        == "Wall Street Journal"



ROLE_TEXT = """Donald Trump's campaign chief said Tuesday that the candidate would soon pivot.
Trump's campaign chairman, Paul Manafort, said the candidate would win Ohio.
"""


def test_possessed_role_is_not_the_possessor(nlp):
    """ "Donald Trump's campaign chief" is the chief, never Trump (kept as written when unnamed)."""
    resolver = SpeakerResolver(nlp(ROLE_TEXT))
    chief = ROLE_TEXT.index("Donald Trump's campaign chief")
    chairman = ROLE_TEXT.index("Trump's campaign chairman, Paul Manafort")
    assert resolver.resolve(chief, chief + len("Donald Trump's campaign chief")) == "Donald Trump's campaign chief"
    assert resolver.resolve(chairman, chairman + len("Trump's campaign chairman, Paul Manafort")) == "Paul Manafort"


NAMED_LATER_TEXT = """Donald J. Trump's newly installed campaign chief has sought to assure party members that the
candidate would change. Speaking to a closed meeting, the campaign chief, Paul Manafort, said the candidate
had been playing a part. Hillary Clinton's spokesman said she would not comment.
"""


def test_possessed_role_named_later_in_the_article(nlp):
    """A lede's unnamed role is the one person the article later names in it ("the campaign chief,
    Paul Manafort"); a role nobody is named in stays as written, and the possessor is never the role."""
    resolver = SpeakerResolver(nlp(NAMED_LATER_TEXT))
    chief = NAMED_LATER_TEXT.index("Donald J. Trump's newly installed campaign chief")
    spokesman = NAMED_LATER_TEXT.index("Hillary Clinton's spokesman")
    assert resolver.resolve(chief, chief + len("Donald J. Trump's newly installed campaign chief")) == "Paul Manafort"
    assert resolver.resolve(spokesman, spokesman + len("Hillary Clinton's spokesman")) == "Hillary Clinton's spokesman"


KIND_TEXT = """Bradley Lopez filed a lawsuit on Monday. The suit says that he was fired for his views.
The Harbor Party released an advertisement on Tuesday. The commercial says that the mayor broke her word.
"""


def test_one_kind_of_medium_under_two_words_finds_its_issuer(nlp):
    """ "filed a lawsuit … The suit says": suit and lawsuit are one kind of medium (likewise ad/commercial)."""
    resolver = SpeakerResolver(nlp(KIND_TEXT))
    suit = KIND_TEXT.index("The suit")
    ad = KIND_TEXT.index("The commercial")
    assert resolver.resolve(suit, suit + len("The suit")) == "Bradley Lopez"
    assert resolver.resolve(ad, ad + len("The commercial")) == "Harbor Party"


def test_medium_released_by_an_organisation_is_its_word(nlp):
    text = ("The SITE Intelligence Group tracks jihadist accounts. A report released by the Brookings Institution "
            "last year estimated that 46,000 accounts supported the group.\n")
    resolver = SpeakerResolver(nlp(text))
    start = text.index("A report released")
    end = start + len("A report released by the Brookings Institution")
    assert resolver.resolve(start, end) == "Brookings Institution"
