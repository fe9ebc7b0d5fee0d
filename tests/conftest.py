"""Shared fixtures. Tests that need ../shared skip with a reason when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ONRECORD_SHARED", ROOT.parent / "shared"))
SAMPLE = SHARED / "samples" / "000_b3f3d04ae17b29c0.txt"
TEST_DATA = Path(__file__).resolve().parent / "data"


def need_shared(*parts: str) -> Path:
    """The path under ../shared, or skip the test saying what is missing."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} is absent: these tests need the project's ../shared data folder")
    return p


@pytest.fixture(scope="session")
def shared() -> Path:
    return need_shared()


@pytest.fixture(scope="session")
def sample_page() -> Path:
    return need_shared("samples", "000_b3f3d04ae17b29c0.txt")


@pytest.fixture(scope="session")
def bare_nlp():
    """The parser alone (no statements component): channel tests give the statements themselves."""
    spacy = pytest.importorskip("spacy")
    from onrecord.analyze.pipeline import MODEL

    return spacy.load(MODEL)


@pytest.fixture(scope="session")
def nlp():
    pytest.importorskip("spacy")
    from onrecord.analyze.pipeline import get_nlp

    return get_nlp()
