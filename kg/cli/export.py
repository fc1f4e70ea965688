from __future__ import annotations

import click

from kg.cli.options import store_option
from kg.export import export, write_stdout
from kg.formats import RDF_FORMATS


@click.command("export")
@store_option
@click.option("--format", "-f", "fmt", type=click.Choice([f.name for f in RDF_FORMATS]),
              help="RDF format [default: from the -o extension, else turtle]. "
                   "nquads and trig keep each article's named graph.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File to write "
              "[default: standard output].")
@click.option("--with-ontology", is_flag=True, help="Include the ontology's triples.")
def command(store, fmt, output, with_ontology) -> None:
    """Export the whole store as RDF.

    \b
    Examples:
      kg export -o graph.ttl
      kg export -f trig > graph.trig
    """
    result = export(store, output=output, format=fmt, include_ontology=with_ontology)
    if output is None:
        write_stdout(result)
    else:
        click.echo(f"wrote {result}", err=True)
