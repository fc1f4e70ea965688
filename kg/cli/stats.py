from __future__ import annotations

import click
from rich.console import Console
from rich.table import Table

from kg.cli.options import store_option
from kg.stats import stats
from kg.store import using_store


@click.command("stats")
@store_option
@click.option("--graph", "graph_", is_flag=True, help="Also analyse the entity graph: most "
              "central entities (degree, PageRank, betweenness), components, communities.")
@click.option("--top", default=10, show_default=True, help="Central entities --graph lists.")
def command(store, graph_, top) -> None:
    """Count triples, articles, entities per class and facts per property.

    \b
    Example:
      kg stats
      kg stats --graph
    """
    analytics = None
    with using_store(store) as opened:
        st = stats(opened)
        if graph_:
            from kg.analytics import analyze_store  # imports networkx: only when asked

            analytics = analyze_store(opened, top=top)
    console = Console()
    console.print(f"triples {st.triples}   articles {st.articles}   named graphs {st.graphs}")
    for title, counts in (("entities by class", st.entities_by_class),
                          ("facts by property", st.facts_by_property)):
        table = Table(title, "count", header_style="bold")
        for key, n in counts.items():
            table.add_row(key, str(n))
        console.print(table)
    if analytics is not None:
        from kg.analytics import tables

        for table in tables(analytics):
            console.print(table)
