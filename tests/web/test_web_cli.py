"""The serve and user commands (registered by headcount.web.cli.register)."""

from __future__ import annotations

from pathlib import Path

import typer
from typer.testing import CliRunner

from headcount.settings import init_workspace
from headcount.web.cli import register


def app() -> typer.Typer:
    a = typer.Typer()

    @a.command()
    def version() -> None:  # a second command keeps typer from flattening the app
        pass

    register(a)
    return a


def test_user_add_list_role(tmp_path: Path) -> None:
    ws = init_workspace(tmp_path / "ws")
    runner = CliRunner()
    r = runner.invoke(
        app(),
        ["user", "add", "alice", "--role", "admin", "-w", str(ws.root)],
        input="long enough password\nlong enough password\n",
    )
    assert r.exit_code == 0, r.output
    assert "alice" in r.output and "admin" in r.output
    r = runner.invoke(app(), ["user", "role", "alice", "viewer", "-w", str(ws.root)])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app(), ["user", "list", "-w", str(ws.root), "--format", "json"])
    assert '"viewer"' in r.output and "password" not in r.output
    r = runner.invoke(app(), ["user", "add", "bob", "-w", str(ws.root)], input="short\nshort\n")
    assert r.exit_code == 2


def test_every_command_has_an_example_in_its_help() -> None:
    runner = CliRunner()
    for args in (
        ["serve"],
        ["user", "add"],
        ["user", "list"],
        ["user", "role"],
        ["user", "password"],
        ["user", "deactivate"],
    ):
        r = runner.invoke(app(), [*args, "--help"])
        assert r.exit_code == 0 and "headcount " in r.output, args


def test_the_cli_module_imports_no_web_framework() -> None:
    import subprocess
    import sys

    code = "import sys, headcount.web.cli; print('fastapi' in sys.modules, 'argon2' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"
