from __future__ import annotations

import click
from rich.console import Console
from rich.table import Table

from kg.cli.options import store_option
from kg.query import describe_query, parse_params, query, ready_queries
from kg.results import GRAPH_FORMATS, TABULAR_FORMATS, QueryResult


def render_table(result: QueryResult) -> None:
    console = Console()
    if result.type == "ASK":
        console.print("yes" if result.boolean else "no")
        return
    table = Table(*result.vars, show_lines=False, header_style="bold")
    for row in result.rows:
        table.add_row(*("" if t is None else str(t) for t in row))
    console.print(table)
    console.print(f"{len(result.rows)} row(s)", style="dim")


@click.command("query")
@click.argument("sparql", required=False, metavar="SPARQL|FILE|NAME")
@store_option
@click.option("--format", "-f", "fmt",
              type=click.Choice(sorted(set(TABULAR_FORMATS) | set(GRAPH_FORMATS))),
              help="Result format [default: table for SELECT/ASK, turtle for graphs].")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind ?NAME to VALUE (an IRI, <iri>, \"literal\"@en or plain text); "
                   "repeatable.")
@click.option("--list", "list_", is_flag=True, help="List the ready queries and exit.")
def command(sparql, store, fmt, params, list_) -> None:
    """Run a SPARQL query over every article in the store.

    SPARQL|FILE|NAME is query text, a .rq file, or the name of a ready query
    (kg query --list). Variables are bound with --param by the store itself,
    never pasted into the query.

    \b
    Examples:
      kg query people
      kg query entity --param entity=https://w3id.org/kg-news/id/person/jane-doe
      kg query 'SELECT ?s WHERE { ?s a <https://schema.org/Person> }' -f csv
    """
    if list_:
        for name, path in ready_queries().items():
            click.echo(f"{name:<16} {describe_query(path)}")
        return
    if not sparql:
        raise click.UsageError("give a query (text, file or name), or --list")
    result = query(sparql, store=store, params=parse_params(params))
    if fmt in (None, "table") and result.type != "CONSTRUCT":
        render_table(result)
        return
    text = result.serialize(fmt or "turtle")
    click.echo(text, nl=not text.endswith("\n"))
