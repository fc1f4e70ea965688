from __future__ import annotations

import time

import click

from kg.cli.options import store_option

# Spelled out here so that `kg --help` does not import networkx; a test keeps them
# equal to kg.viz.OUTPUT_FORMATS and kg.viz.COLOR_MODES.
OUTPUT_EXTENSIONS = (".html", ".png", ".svg", ".graphml", ".gexf")
COLOR_MODES = ("type", "community")


@click.command("viz")
@click.argument("graph_file", required=False, metavar="[GRAPH_FILE]")
@store_option
@click.option("-o", "--output", required=True, metavar="OUT",
              help="File to write; its extension picks the format: "
                   + ", ".join(OUTPUT_EXTENSIONS) + ".")
@click.option("--query", "-q", metavar="SPARQL|FILE|NAME",
              help="Draw the result of a CONSTRUCT query (text, .rq file or ready query name).")
@click.option("--article", metavar="ID", help="Only one article: its IRI or a unique end of it.")
@click.option("--focus", metavar="ENTITY", help="Only the neighbourhood of an entity "
              "(IRI or exact name).")
@click.option("--depth", type=click.IntRange(0, None), default=1, show_default=True,
              help="How many links from --focus to include.")
@click.option("--types", metavar="T1,T2", help="Only these types, coarse (Person, Event) "
              "or fine (Film, Broadcaster), comma-separated.")
@click.option("--with-provenance", is_flag=True,
              help="Also draw articles, mentioned-in links and quotations.")
@click.option("--color-by", type=click.Choice(COLOR_MODES), default="type", show_default=True,
              help="Colour nodes by type or by Louvain community.")
@click.option("--title", help="Title of the page or picture.")
def command(graph_file, store, output, query, article, focus, depth, types, with_provenance,
            color_by, title) -> None:
    """Draw the graph of an RDF file (or of the store) as HTML, PNG, SVG, GraphML or GEXF.

    The HTML page is self-contained and works offline: search, type filter,
    and a panel with each entity's properties, aliases and evidence sentences.

    \b
    Examples:
      kg viz -o graph.html                          # the whole store
      kg viz graph.ttl -o graph.png --article 3f2a9c
      kg viz -o near.html --focus "Jane Doe" --depth 2 --types Person,Film
      kg viz graph.ttl -o graph.gexf                # open in Gephi
    """
    from kg.viz import visualize

    started = time.perf_counter()
    G = visualize(graph_file, output=output, store=store, query=query, article=article,
                  focus=focus, depth=depth, types=types, with_provenance=with_provenance,
                  color_by=color_by, title=title)
    if G.number_of_nodes() == 0:
        click.echo("kg: warning: nothing to draw (0 nodes)", err=True)
    click.echo(f"wrote {output}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges "
               f"in {time.perf_counter() - started:.1f}s", err=True)
