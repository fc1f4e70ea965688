"""Options shared by several commands."""

from __future__ import annotations

import click

store_option = click.option(
    "--store", "-s", metavar="PATH|URL", envvar="KG_STORE",
    help="Store folder (embedded Oxigraph) or SPARQL endpoint URL "
         "[env KG_STORE; default ~/.local/share/kg/store].",
)
