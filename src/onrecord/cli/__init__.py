"""The ``onrecord`` command: a thin layer over the library.

Each command group lives in its own module and is attached here.
"""

from __future__ import annotations

import click

from onrecord import __version__

EPILOG = """\b
Exit codes:
  0  every input succeeded
  1  some inputs failed (each named on stderr in one line); the rest were processed
  2  usage error (bad option or argument)
"""


@click.group(epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="onrecord")
def cli() -> None:
    """onrecord: news pages in, an on-the-record ledger out.

    Ingest pages (HTML, text scrapes, WARC, RSS/Atom feeds, URLs, directories, stdin), find who
    said what through which channel and when, what they promised, threatened or demanded, whom
    they met, and keep it in a SQLite ledger with character-offset provenance.
    """


def _register() -> None:
    import importlib

    for name in ("pages", "analysis", "ledger"):
        try:
            mod = importlib.import_module(f"onrecord.cli.{name}")
        except ModuleNotFoundError as e:  # a command module not written yet
            if e.name != f"onrecord.cli.{name}":
                raise
            continue
        for cmd in mod.COMMANDS:
            cli.add_command(cmd)


_register()


def main() -> None:
    cli(prog_name="onrecord")
