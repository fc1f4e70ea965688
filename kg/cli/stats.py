from __future__ import annotations

import click
from rich.console import Console
from rich.table import Table

from kg.cli.options import store_option
from kg.stats import stats


@click.command("stats")
@store_option
def command(store) -> None:
    """Count triples, articles, entities per class and facts per property.

    \b
    Example:
      kg stats
    """
    st = stats(store)
    console = Console()
    console.print(f"triples {st.triples}   articles {st.articles}   named graphs {st.graphs}")
    for title, counts in (("entities by class", st.entities_by_class),
                          ("facts by property", st.facts_by_property)):
        table = Table(title, "count", header_style="bold")
        for key, n in counts.items():
            table.add_row(key, str(n))
        console.print(table)
