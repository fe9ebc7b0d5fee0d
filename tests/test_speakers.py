"""In-article speaker resolution (``SpeakerResolver``) on a text written for these tests."""

from __future__ import annotations

import pytest

from conftest import TEST_DATA
from onrecord.analyze.speakers import SpeakerResolver


@pytest.fixture(scope="module")
def resolver(nlp):
    doc = nlp((TEST_DATA / "analyze" / "speakers.txt").read_text(encoding="utf-8"))
    return SpeakerResolver(doc)


def _at(resolver, needle: str, nth: int = 0) -> tuple[int, int]:
    text = resolver.doc.text
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(needle, pos + 1)
    return pos, pos + len(needle)


def test_title_and_surname_resolve_to_full_name(resolver):
    assert resolver.resolve(*_at(resolver, "Mrs. Clinton")) == "Hillary Clinton"
    assert resolver.resolve(*_at(resolver, "Trump", 1)) == "Donald Trump"


def test_pronouns_follow_gender_and_subjects(resolver):
    assert resolver.resolve(*_at(resolver, "He promised")[:1], _at(resolver, "He promised")[0] + 2) == "Donald Trump"
    she = _at(resolver, "she had failed")[0]
    assert resolver.resolve(she, she + 3) == "Hillary Clinton"


def test_shared_surname_keeps_people_apart(resolver):
    assert resolver.resolve(*_at(resolver, "Bill Clinton")) == "Bill Clinton"
    assert resolver.resolve(*_at(resolver, "Mrs. Clinton")) == "Hillary Clinton"


def test_unresolvable_stays_honest(resolver):
    assert resolver.resolve(*_at(resolver, "A source close to the campaign")) == "A source close to the campaign"
    assert resolver.resolve(*_at(resolver, "the event")) == "the event"


def test_description_matches_introduction(nlp):
    doc = nlp("Ukrainian President Volodymyr Zelenskyy spoke first. Later, the Ukrainian president "
              "said the talks had failed.")
    start = doc.text.index("the Ukrainian president")
    assert SpeakerResolver(doc).resolve(start, start + len("the Ukrainian president")) == "Volodymyr Zelenskyy"


def test_pronoun_without_antecedent_is_none(nlp):
    doc = nlp("He said the plan was ready.")
    assert SpeakerResolver(doc).resolve(0, 2) is None


def _resolve_in(nlp, text: str, needle: str) -> str | None:
    doc = nlp(text)
    start = text.index(needle)
    return SpeakerResolver(doc).resolve(start, start + len(needle))


@pytest.mark.parametrize(("text", "needle", "name"), [
    # a role description names the person the sentence before is about (the main clause's subject)
    ("Maria Lopez is opening her campaign in Tampa, where Tom Reed leads the polls. The Florida senator "
     "told reporters she was ready.", "The Florida senator", "Maria Lopez"),
    ("Tom Reed apologized on Thursday. In three interviews, the justice said the court would act.",
     "the justice", "Tom Reed"),
    # a person introduced with the role wins over the salient one
    ("Sen. Anna Park spoke first. Tom Reed answered her. Later the senator said the bill would pass.",
     "the senator", "Anna Park"),  # the introduction rule comes first
    # two people and no single subject in the sentence before: nobody
    ("Tom Reed and Maria Lopez met on Monday. The governor said the talks went well.",
     "The governor", "The governor"),
])
def test_role_description_names_the_salient_person(nlp, text: str, needle: str, name: str):
    assert _resolve_in(nlp, text, needle) == name
