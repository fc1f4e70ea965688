from __future__ import annotations

import click
from rich.console import Console
from rich.table import Table

from kg.cli.options import store_option
from kg.errors import ValidationError
from kg.validate import validate


@click.command("validate")
@click.argument("file", required=False, type=click.Path(dir_okay=False))
@store_option
def command(file, store) -> None:
    """Check a graph against the SHACL shapes (ontology/shapes.ttl).

    FILE is any RDF file kg writes; without it the whole store is checked.
    Exits with 2 when the graph does not conform.

    \b
    Examples:
      kg validate graph.ttl
      kg validate
    """
    report = validate(file, store=store)
    console = Console()
    if report.conforms:
        console.print(f"conforms: {report.triples} triples checked, no violations")
        return
    table = Table("severity", "focus node", "path", "message", header_style="bold")
    for v in report.violations:
        table.add_row(v.severity, v.focus, v.path, v.message)
    console.print(table)
    raise ValidationError(f"does not conform: {len(report.violations)} violation(s)")
