"""``bilat actors`` (list, merge, split) and ``bilat actor NAME`` (a profile)."""

from __future__ import annotations

from typing import Annotated

import typer

from bilat.cli._options import DbOption, Format, FormatOption, LimitOption, db_url
from bilat.cli._output import render

actors_app = typer.Typer(
    name="actors",
    help="List actors; correct the knowledge base with [bold]merge[/] and [bold]split[/].",
    invoke_without_command=True,
    no_args_is_help=False,
    rich_markup_mode="rich",
)


@actors_app.callback()
def actors_cli(
    ctx: typer.Context,
    db: DbOption = None,
    country: Annotated[
        str | None, typer.Option("--country", "-c", help="ISO3 code of the actor's country.")
    ] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="person, organisation or country.")] = None,
    name: Annotated[str | None, typer.Option("--name", help="Part of a name or alias.")] = None,
    fmt: FormatOption = Format.table,
    limit: LimitOption = None,
) -> None:
    """Actors, those in most events first, with their aliases and current role.

    Example: bilat actors --country IRN --kind person --format json
    """
    if ctx.invoked_subcommand is not None:
        return
    from bilat import query
    from bilat.store import Store

    with Store(db_url(db)) as store, store.session() as session:
        found = query.actors(session, country=country, kind=kind, name=name, limit=limit)
    rows = [
        {
            "id": a.id,
            "name": a.name,
            "kind": a.kind,
            "country": a.country,
            "role": a.role,
            "events": a.events,
            "documents": a.mentions,
            "aliases": [x for x in a.aliases if x != a.name],
            "seen": f"{a.first_seen or ''}/{a.last_seen or ''}" if a.first_seen else "",
        }
        for a in found
    ]
    render(
        rows,
        fmt,
        columns=["id", "name", "kind", "country", "role", "events", "documents", "aliases", "seen"],
        title="Actors",
        json_rows=[a.model_dump(mode="json") for a in found],
    )


@actors_app.command("merge")
def merge_cli(
    a: Annotated[str, typer.Argument(help="Actor id, name or alias.")],
    b: Annotated[str, typer.Argument(help="The actor that is the same as A.")],
    db: DbOption = None,
) -> None:
    """Record that A and B are one actor; the correction survives re-ingest.

    Example: bilat actors merge "Hossein Amir-Abdollahian" "Amirabdollahian"
    """
    from bilat.cli import err_console
    from bilat.store import Store, repository

    with Store(db_url(db)) as store, store.session() as session, session.begin():
        merged = repository.merge_actors(session, a=a, b=b)
        label = f"{merged.name} (id {merged.id})"
    err_console.print(f"merged into {label}")


@actors_app.command("split")
def split_cli(
    actor: Annotated[str, typer.Argument(help="Actor id, name or alias.")],
    alias: Annotated[str, typer.Option("--alias", help="The name that does not name this actor.")],
    db: DbOption = None,
) -> None:
    """Record that ALIAS does not name ACTOR: it becomes an actor of its own, also after re-ingest.

    Example: bilat actors split "Imran Khan" --alias Khan
    """
    from bilat.cli import err_console
    from bilat.store import Store, repository

    with Store(db_url(db)) as store, store.session() as session, session.begin():
        new = repository.split_actor(session, actor=actor, alias=alias)
        label = f"{new.name} (id {new.id})"
    err_console.print(f"split off {label}")


def actor_cli(
    name: Annotated[str, typer.Argument(help="Actor id, name or alias.")],
    db: DbOption = None,
    fmt: FormatOption = Format.table,
    limit: LimitOption = None,
) -> None:
    """One actor: roles over time, events, counterparts, with evidence.

    Example: bilat actor Lavrov
    """
    from bilat import query
    from bilat.cli._output import console
    from bilat.cli.query import EVENT_COLUMNS, event_row
    from bilat.store import Store

    with Store(db_url(db)) as store, store.session() as session:
        profile = query.actor(session, name, limit=limit)
    if fmt is not Format.table:
        rows = [
            {"section": "role", "what": r.role or r.role_text, "when": f"{r.first or ''}/{r.last or ''}",
             "doc_id": r.evidence.doc_id, "text": r.evidence.text}
            for r in profile.roles
        ]  # fmt: skip
        rows += [
            {"section": "event", "what": f"{e.type} {e.id}", "when": event_row(e)["date"],
             "doc_id": event_row(e)["doc_id"], "text": e.evidence[0].text if e.evidence else None}
            for e in profile.events
        ]  # fmt: skip
        rows += [
            {
                "section": "counterpart",
                "what": c.actor.name,
                "when": "",
                "doc_id": "",
                "text": f"{c.events} events",
            }
            for c in profile.counterparts
        ]
        render(
            rows,
            fmt,
            columns=["section", "what", "when", "doc_id", "text"],
            json_rows=[profile.model_dump(mode="json")],
        )
        return
    a = profile.actor
    console.print(
        f"[bold]{a.name}[/] ({a.kind}, {a.country or '?'}), id {a.id}; aliases: {', '.join(a.aliases)}"
    )
    render(
        [
            {
                "role": r.role,
                "as written": r.role_text,
                "first": r.first,
                "last": r.last,
                "documents": r.documents,
                "evidence": f"{r.evidence.doc_id}:{r.evidence.start}-{r.evidence.end}",
            }
            for r in profile.roles
        ],
        fmt,
        columns=["role", "as written", "first", "last", "documents", "evidence"],
        title="Roles",
    )
    render([event_row(e) for e in profile.events], fmt, columns=EVENT_COLUMNS, title="Events")
    render(
        [
            {"name": c.actor.name, "country": c.actor.country, "events": c.events}
            for c in profile.counterparts
        ],
        fmt,
        columns=["name", "country", "events"],
        title="Counterparts",
    )


def register(app: typer.Typer) -> None:
    app.add_typer(actors_app)
    app.command("actor")(actor_cli)
