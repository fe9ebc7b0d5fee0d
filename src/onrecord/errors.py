"""Errors and the exit codes the CLI maps them to (documented in ``onrecord --help``)."""

from __future__ import annotations

EXIT_OK = 0  # every input succeeded
EXIT_SOME_FAILED = 1  # some inputs failed; the rest were processed
EXIT_USAGE = 2  # bad command line (unknown option, missing argument)


class OnrecordError(Exception):
    """Base class: a message fit for one line on stderr."""


class InputError(OnrecordError):
    """One input could not be read or extracted. ``str(err)`` names the reason; the CLI adds the input."""

    def __init__(self, input: str, reason: str):
        super().__init__(reason)
        self.input = input
        self.reason = reason

    def line(self) -> str:
        return f"{self.input}: {self.reason}"


class NoArticleError(InputError):
    """The page was read but holds no article text."""
