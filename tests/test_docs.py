"""The docs keep up with the code: every command, option, setting and metric is documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer

from flashpoint.cli import app
from flashpoint.evaluate import score
from flashpoint.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
CLI_DOC = DOCS / "cli.md"
SETTINGS_DOC = DOCS / "settings.md"
EVAL_DOC = DOCS / "eval.md"
WRITTEN = [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]

COMMAND = typer.main.get_command(app)
assert isinstance(COMMAND, typer.core.TyperGroup)
COMMANDS = [info.name or "" for info in app.registered_commands]
METRICS = [metric.name for metric in score([], claimant_country=lambda text: None).metrics]


def cli_section(name: str) -> str:
    """The text of docs/cli.md under ``## flashpoint <name>``, up to the next ``## `` heading."""
    text = CLI_DOC.read_text(encoding="utf-8")
    found = re.search(rf"^## flashpoint {re.escape(name)}\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert found, f"docs/cli.md has no heading '## flashpoint {name}'"
    return found.group(1)


def test_the_app_has_commands() -> None:
    assert "ingest" in COMMANDS
    assert set(COMMANDS) == set(COMMAND.commands)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_text(name: str) -> None:
    assert (COMMAND.commands[name].help or "").strip(), f"`flashpoint {name}` has no help text"


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_documented_with_its_options(name: str) -> None:
    section = cli_section(name)
    for param in COMMAND.commands[name].params:
        if isinstance(param, typer.core.TyperOption):
            for flag in param.opts:
                assert f"`{flag}" in section, f"docs/cli.md: `flashpoint {name}` lacks {flag}"


def test_the_global_options_are_documented() -> None:
    text = CLI_DOC.read_text(encoding="utf-8")
    shared = [p for p in COMMAND.params if p.name not in ("install_completion", "show_completion")]
    assert shared
    for param in shared:
        for flag in param.opts:
            assert f"`{flag}" in text, f"docs/cli.md lacks the global option {flag}"


@pytest.mark.parametrize("name", list(Settings.model_fields))
def test_every_setting_is_documented_with_its_env_var(name: str) -> None:
    text = SETTINGS_DOC.read_text(encoding="utf-8")
    assert f"`{name}`" in text, f"docs/settings.md does not document the setting {name}"
    assert f"FLASHPOINT_{name.upper()}" in text, f"docs/settings.md lacks FLASHPOINT_{name.upper()}"


def test_every_setting_has_a_description() -> None:
    for name, field in Settings.model_fields.items():
        assert (field.description or "").strip(), f"setting {name} has no description"


def test_the_metrics_are_listed() -> None:
    assert "events.recall" in METRICS
    assert len(METRICS) == len(set(METRICS))


@pytest.mark.parametrize("name", METRICS)
def test_every_metric_is_documented(name: str) -> None:
    assert f"`{name}`" in EVAL_DOC.read_text(encoding="utf-8"), f"docs/eval.md lacks {name}"


def test_the_readme_names_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme
    assert "make test" in readme


@pytest.mark.parametrize("path", WRITTEN, ids=lambda path: path.name)
def test_no_machine_paths_in_the_docs(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for prefix in ("/work/", "/tmp/", "/root/", "/home/", "/Users/"):
        assert prefix not in text, f"{path.name} names the machine path {prefix}"
