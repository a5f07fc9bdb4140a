"""The ``bilat`` command: thin Typer shells over the library.

Every ``BilatError`` is shown in one place, ``BilatGroup.invoke``: one line on stderr and
the error's exit code, never a traceback.
"""

from __future__ import annotations

from typing import Any

import typer
from rich.console import Console
from rich.markup import escape
from typer.core import TyperGroup

from bilat.errors import BilatError

err_console = Console(stderr=True, highlight=False, soft_wrap=True)


def report_error(err: BilatError) -> None:
    err_console.print(f"[bold red]Error[/] {escape(err.message)}")


class BilatGroup(TyperGroup):
    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except BilatError as err:
            report_error(err)
            raise typer.Exit(err.exit_code) from None
        except KeyboardInterrupt:
            err_console.print("[bold red]Interrupted[/]: what was stored before stays stored.")
            raise typer.Exit(130) from None


app = typer.Typer(
    cls=BilatGroup,
    name="bilat",
    help="Turn news about relations between countries into an evidence-grounded knowledge base.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
    rich_markup_mode="rich",
)


def _register() -> None:
    from bilat.cli import actors, export, extract, ingest, query, serve

    extract.register(app)
    ingest.register(app)
    query.register(app)
    actors.register(app)
    export.register(app)
    serve.register(app)


_register()


def main() -> None:
    app()


__all__ = ["app", "main"]
