"""``bilat serve``: the API and the web UI over a knowledge base."""

from __future__ import annotations

from typing import Annotated

import typer

from bilat.cli._options import DbOption, db_url


def serve_cli(
    db: DbOption = None,
    host: Annotated[
        str, typer.Option(help="Interface to listen on; 127.0.0.1 keeps the server on this machine.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="TCP port.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            envvar="BILAT_API_TOKEN",
            help="Bearer token that POST /api/documents (ingest) requires; without it ingest is off.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Serve the JSON API (/api, schema at /openapi.json) and the web UI (/).

    Example: bilat serve --db sqlite:///kb.db --port 8000
    """
    import uvicorn

    from bilat.api import create_app
    from bilat.cli import err_console

    app = create_app(db_url(db), token=token)
    err_console.print(
        f"bilat serving on http://{host}:{port}/ (API schema at /openapi.json; "
        f"ingest {'on, with the token' if token else 'off'})"
    )
    uvicorn.run(app, host=host, port=port, log_level="info", proxy_headers=False, server_header=False)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_cli)
