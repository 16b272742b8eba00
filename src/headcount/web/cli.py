"""The ``serve`` and ``user`` commands. Wired into the app by headcount.cli.

Heavy modules (FastAPI, uvicorn, argon2) are imported inside the commands so
that the command line starts fast.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from headcount.cli_options import WorkspaceOpt
from headcount.cli_options import fail as _fail
from headcount.console import OutputFormat, console, emit
from headcount.settings import WorkspaceError, load_workspace

if TYPE_CHECKING:
    from sqlalchemy import Engine


class RoleName(StrEnum):
    viewer = "viewer"
    researcher = "researcher"
    admin = "admin"


def _engine(ws_path: Path | None) -> Engine:
    from headcount.store import open_registry

    try:
        ws = load_workspace(ws_path)
    except WorkspaceError as exc:
        raise _fail(str(exc)) from None
    return open_registry(ws.database_url)


def register(app: typer.Typer) -> None:
    """Add ``serve`` and ``user add|list|role|password|deactivate`` to ``app``."""
    users = typer.Typer(
        help="Accounts of the web app: researchers, viewers, admins.", no_args_is_help=True
    )
    app.add_typer(users, name="user")

    @app.command("serve")
    def serve(
        ws_path: WorkspaceOpt = None,
        host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
        port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
        workers: Annotated[
            int,
            typer.Option(
                min=1,
                help="Worker processes (about one per free core; each keeps its own search "
                "cache, and the rate limits are shared out among them).",
            ),
        ] = 1,
        access_log: Annotated[
            bool, typer.Option(help="Log each request (method, path, status; no query).")
        ] = True,
        proxy: Annotated[
            bool,
            typer.Option(
                help="Behind a TLS proxy on this machine: trust its X-Forwarded-* "
                "headers (Secure cookies, client address for rate limits)."
            ),
        ] = False,
        proxy_hops: Annotated[
            int,
            typer.Option(
                min=1,
                help="With --proxy: how many trusted proxies are in front (the client "
                "address is the X-Forwarded-For entry this far from the right).",
            ),
        ] = 1,
    ) -> None:
        """Serve the web app: public search, person pages, dashboard, API, review queue.

        Open http://127.0.0.1:8000 in a browser. The JSON API's description is at
        /api/v1/openapi.json. Create an admin first with `headcount user add`.
        Uses uvloop and httptools when they are installed.

        Example:

            headcount demo demo-workspace && headcount serve -w demo-workspace --workers 2
        """
        import uvicorn

        from headcount.web.logs import log_config

        try:
            ws = load_workspace(ws_path)
        except WorkspaceError as exc:
            raise _fail(str(exc)) from None
        import os

        from headcount.store import open_registry
        from headcount.store.health import refuse_if_corrupt
        from headcount.web.config import WebSettings

        refuse_if_corrupt(open_registry(ws.database_url))  # never serve a corrupt registry
        WebSettings.from_workspace(ws)  # the session key exists before the workers start
        os.environ["HEADCOUNT_WORKSPACE"] = str(ws.root)
        os.environ["HEADCOUNT_WEB_WORKERS"] = str(workers)
        if proxy:
            os.environ["HEADCOUNT_WEB_TRUST_PROXY"] = "1"
            os.environ["HEADCOUNT_WEB_PROXY_HOPS"] = str(proxy_hops)
        console.print(f"headcount web on http://{host}:{port}  (workspace {ws.name}; Ctrl-C stops)")
        uvicorn.run(
            "headcount.web.serve:app",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_config=log_config(),
            access_log=access_log,
            proxy_headers=proxy,
            forwarded_allow_ips="127.0.0.1" if proxy else None,
            server_header=False,
        )

    @users.command("add")
    def user_add(
        name: Annotated[str, typer.Argument(help="User name (letters, digits, . _ @ -).")],
        role: Annotated[RoleName, typer.Option(help="Role.")] = RoleName.researcher,
        ws_path: WorkspaceOpt = None,
        password: Annotated[
            str | None,
            typer.Option(
                envvar="HEADCOUNT_NEW_PASSWORD",
                hidden=True,
                help="Password (default: asked for, not echoed).",
            ),
        ] = None,
    ) -> None:
        """Create an account; asks for its password (10 characters or more, hard to guess).

        Example (the first admin):

            headcount user add alice --role admin -w demo-workspace
        """
        from headcount.web.auth import AccountError, add_user

        engine = _engine(ws_path)
        if password is None:
            password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
        try:
            user = add_user(engine, name, password, role.value, who=None)
        except AccountError as exc:
            raise _fail(str(exc)) from None
        console.print(f"User [bold]{user.name}[/] added with role {user.role.value}.")

    @users.command("list")
    def user_list(
        ws_path: WorkspaceOpt = None,
        fmt: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.table,
    ) -> None:
        """List the accounts and their roles.

        Example:

            headcount user list -w demo-workspace --format json
        """
        from headcount.web.auth import list_users

        emit(list_users(_engine(ws_path)), fmt, title="Users")

    @users.command("role")
    def user_role(
        name: Annotated[str, typer.Argument(help="User name.")],
        role: Annotated[RoleName, typer.Argument(help="New role.")],
        ws_path: WorkspaceOpt = None,
    ) -> None:
        """Change a user's role (their sessions end).

        Example:

            headcount user role bob viewer -w demo-workspace
        """
        from headcount.web.auth import AccountError, set_role

        try:
            set_role(_engine(ws_path), name, role.value, who=None)
        except AccountError as exc:
            raise _fail(str(exc)) from None
        console.print(f"{name} is now {role.value}.")

    @users.command("password")
    def user_password(
        name: Annotated[str, typer.Argument(help="User name.")],
        ws_path: WorkspaceOpt = None,
    ) -> None:
        """Set a new password for a user (asked for; their sessions end).

        Example:

            headcount user password alice -w demo-workspace
        """
        from headcount.web.auth import AccountError, set_password

        password = typer.prompt("New password", hide_input=True, confirmation_prompt=True)
        try:
            set_password(_engine(ws_path), name, password, who=None)
        except AccountError as exc:
            raise _fail(str(exc)) from None
        console.print(f"Password of {name} changed.")

    @users.command("deactivate")
    def user_deactivate(
        name: Annotated[str, typer.Argument(help="User name.")],
        ws_path: WorkspaceOpt = None,
        undo: Annotated[bool, typer.Option("--undo", help="Reactivate instead.")] = False,
    ) -> None:
        """Stop a user from logging in (or, with --undo, let them again).

        Example:

            headcount user deactivate bob -w demo-workspace
        """
        from headcount.web.auth import AccountError, set_active

        try:
            set_active(_engine(ws_path), name, undo, who=None)
        except AccountError as exc:
            raise _fail(str(exc)) from None
        console.print(f"{name} {'reactivated' if undo else 'deactivated'}.")
