"""The docs say what the code does: README commands exist, every record-returning command takes
--format, every command documents its exit codes, and CI calls the README's test command."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from onrecord.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()

# Commands that change state or write files rather than return records.
NOT_RECORD_COMMANDS = {"export"}


def _commands() -> dict[str, click.Command]:
    return dict(cli.commands)


def test_readme_set_up_is_two_commands_and_ci_runs_the_test_one():
    block = re.search(r"## Set-up: two commands\s+.*?```bash\n(.*?)```", README, re.S)
    assert block, "README has a 'Set-up: two commands' section with a bash block"
    lines = [ln.split("#")[0].strip() for ln in block.group(1).splitlines() if ln.split("#")[0].strip()]
    assert lines == ["bash scripts/demo.sh", "bash scripts/test.sh"]
    ci = (ROOT / ".ci" / "run").read_text()
    assert "scripts/test.sh" in ci
    for script in ("scripts/demo.sh", "scripts/test.sh"):
        assert "_venv.sh" in (ROOT / script).read_text(), f"{script} creates or refreshes .venv"


def test_every_command_in_readme_exists():
    used = set(re.findall(r"^onrecord ([a-z]+)", README, re.M))
    assert used, "README shows onrecord commands"
    missing = used - set(_commands())
    assert not missing, f"README uses commands that do not exist: {missing}"


@pytest.mark.parametrize("name", sorted(set(dict(cli.commands)) - NOT_RECORD_COMMANDS))
def test_record_commands_take_the_shared_format_option(name):
    cmd = _commands()[name]
    cmds = [cmd] + (list(cmd.commands.values()) if isinstance(cmd, click.Group) else [])
    for c in cmds:
        if isinstance(c, click.Group):
            continue
        opts = {o for p in c.params for o in getattr(p, "opts", [])}
        if c.name in {"merge", "split", "rate"} and "--format" not in opts:
            continue  # state-changing subcommands print a confirmation, not records
        assert "--format" in opts, f"onrecord {name} {c.name if c is not cmd else ''} lacks --format"
        fmt = next(p for p in c.params if "--format" in getattr(p, "opts", []))
        assert set(fmt.type.choices) >= {"text", "json", "jsonl", "csv"}


@pytest.mark.parametrize("name", sorted(dict(cli.commands)))
def test_help_documents_exit_codes(name):
    from click.testing import CliRunner

    res = CliRunner().invoke(cli, [name, "--help"])
    assert res.exit_code == 0
    assert re.search(r"[Ee]xit codes?", res.output), f"onrecord {name} --help documents exit codes"


def test_architecture_names_every_stage_package():
    arch = (ROOT / "ARCHITECTURE.md").read_text()
    pkgs = [p.name for p in (ROOT / "src" / "onrecord").iterdir() if p.is_dir() and not p.name.startswith("_")]
    for p in pkgs:
        assert f"`{p}/`" in arch, f"ARCHITECTURE.md describes src/onrecord/{p}/"
