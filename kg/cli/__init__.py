"""The ``kg`` command: each subcommand is a thin layer over a public function."""

from __future__ import annotations

import sys

import click

from kg.errors import KGError


class KGGroup(click.Group):
    """Turns kg's own errors into one-line messages and a non-zero exit."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KGError as err:
            click.echo(f"kg: error: {err}", err=True)
            ctx.exit(err.exit_code)
        except KeyboardInterrupt:
            click.echo("kg: interrupted", err=True)
            ctx.exit(130)


@click.group(cls=KGGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def cli() -> None:
    """Turn news articles into a knowledge graph you can query, export and explore.

    \b
    Examples:
      kg build seeds/                      # add the sample articles to the store
      kg query people                      # run a ready query (see: kg query --list)
      kg export -o graph.ttl               # the whole store as Turtle
    """


def _register() -> None:
    from kg.cli import build, export, query, stats, validate

    for module in (build, query, export, stats, validate):
        cli.add_command(module.command)
    try:
        from kg.cli import eval as eval_cmd

        cli.add_command(eval_cmd.command)
    except ImportError:
        pass
    try:
        from kg.cli import viz

        cli.add_command(viz.command)
    except ImportError:
        pass


_register()


def main() -> None:
    sys.exit(cli.main(prog_name="kg"))
