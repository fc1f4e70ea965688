"""The HTML page in a real browser (Debian's headless Chromium driven by Playwright),
with every non-file request blocked: it renders, searches, shows details on click,
filters by type, keeps hostile names as text, and copes with 500 nodes.

These tests never skip: without /usr/bin/chromium they fail and say how to install it.
"""

from __future__ import annotations

import time
from pathlib import Path

import networkx as nx
import pytest

from kg.viz import to_networkx, write
from tests.conftest import ROOT
from tests.test_viz_data import XSS_IMG, XSS_SCRIPT, festival_graph, synthetic_graph, xss_graph

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's Chromium with "
                    "`apt-get update && apt-get install -y chromium` (never `playwright install`)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


class Page:
    """A page with the network cut off: every request that is not file:// is aborted
    and recorded; dialogs (alert, confirm) and script errors are recorded too."""

    def __init__(self, browser, width: int = 1400, height: int = 900) -> None:
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.context.route("**/*", self._route)
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda err: self.errors.append(str(err)))
        self.page.on("console", lambda msg: msg.type == "error" and self.errors.append(msg.text))

    def _route(self, route) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, path: Path, timeout_ms: int = 60_000) -> float:
        """Load the page and wait until vis-network has drawn it; seconds taken."""
        started = time.perf_counter()
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("window.kgViz && window.kgViz.ready === true",
                                    timeout=timeout_ms)
        return time.perf_counter() - started

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def details(self) -> str:
        return self.page.locator("#kg-details").inner_text()

    def shot(self, name: str) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / name
        self.page.screenshot(path=str(path))
        return path

    def close(self) -> None:
        self.context.close()


@pytest.fixture()
def page(browser):
    p = Page(browser)
    yield p
    p.close()


def node_id(p: Page, G: nx.MultiDiGraph, name: str) -> int:
    iri = next(n for n, d in G.nodes(data=True) if d["name"] == name)
    ident = p.js("iri => window.kgViz.idOf(iri)", iri)
    assert ident is not None
    return ident


def test_page_renders_offline_searches_and_shows_details_on_click(page, tmp_path):
    G = to_networkx(festival_graph())
    html = write(G, tmp_path / "festival.html", title="Festival graph")
    page.open(html)

    assert page.js("kgViz.nodeCount()") == G.number_of_nodes() == 9
    assert page.js("kgViz.drawnNodeCount()") == 9
    assert page.js("kgViz.drawnEdgeCount()") == G.number_of_edges() == 6
    assert page.page.locator("#kg-counts").inner_text() == "9 of 9 nodes, 6 edges"
    legend = page.page.locator("#kg-legend").inner_text()
    assert "Person (3)" in legend and "CreativeWork (1)" in legend

    # search by alias, through the box, as a person would
    page.page.fill("#kg-search", "northl")
    assert page.page.locator("#kg-results").inner_text().startswith("Northlight Pictures")
    page.page.fill("#kg-search", "Reyes")
    page.page.press("#kg-search", "Enter")
    text = page.details()
    assert text.startswith("Tomas Reyes")
    assert "Reyes, a former cinematographer, was born in 1981." in text  # evidence
    assert "date of birth" in text and "1981" in text

    # a real mouse click on a node's position on the canvas
    ident = node_id(page, G, "Marta Velasquez")
    page.js("() => kgViz.network.fit()")
    box = page.page.locator("#kg-network").bounding_box()
    pos = page.js("id => kgViz.canvasPosition(id)", ident)
    page.page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
    text = page.details()
    assert text.startswith("Marta Velasquez")
    assert "Velasquez" in text.split("Also called", 1)[1]  # alias
    assert "Director Marta Velasquez opened the Port Avalon Film Festival" in text
    assert "We shot it in eleven days," in text  # her quotation

    # filter by type: hide people, then bring them back
    page.page.locator('#kg-legend input[data-group="Person"]').uncheck()
    assert page.js("kgViz.drawnNodeCount()") == 6
    page.page.locator('#kg-legend input[data-group="Person"]').check()
    assert page.js("kgViz.drawnNodeCount()") == 9

    page.js("() => kgViz.select(kgViz.search('The Salt Orchard')[0])")
    page.shot("festival.png")
    assert page.requests == [], f"the page tried to load {page.requests}"
    assert page.errors == [] and page.dialogs == []


def test_community_colouring_switches_the_legend(page, tmp_path):
    G = to_networkx(festival_graph())
    page.open(write(G, tmp_path / "c.html", color_by="community"))
    assert page.page.locator("#kg-color-by").input_value() == "community"
    assert page.page.locator("#kg-communities").is_visible()
    colours = page.js("() => new Set(kgViz.nodes.get().map(n => n.color)).size")
    assert colours >= 3  # several communities, several colours
    page.page.select_option("#kg-color-by", "type")
    assert not page.page.locator("#kg-communities").is_visible()
    assert page.requests == [] and page.errors == []


def test_hostile_names_show_as_text_and_run_nothing(page, tmp_path):
    G = to_networkx(xss_graph(), with_provenance=True)
    page.open(write(G, tmp_path / "xss.html", title=f"{XSS_SCRIPT} title"))
    assert page.js("kgViz.drawnNodeCount()") == G.number_of_nodes()

    for name in (XSS_IMG, XSS_SCRIPT):
        assert page.js("id => kgViz.select(id)", node_id(page, G, name))
        assert page.page.locator("#kg-details h2").inner_text() == name
    page.page.fill("#kg-search", "<img")
    assert XSS_IMG in page.page.locator("#kg-results").inner_text()
    page.js("id => kgViz.select(id)", node_id(page, G, XSS_IMG))
    assert "<svg onload=alert(3)>" in page.details()  # an alias
    page.js("id => kgViz.select(id)", node_id(page, G, "<script>alert(4)</script>"))  # a quote
    assert page.page.locator("#kg-details h2").inner_text() == "<script>alert(4)</script>"
    assert page.page.title() == f"{XSS_SCRIPT} title"
    # no element came out of the data: only the page's own three scripts, no img/svg/b/i
    assert page.js("document.scripts.length") == 3
    assert page.js("document.querySelectorAll('img, svg, iframe, b, i').length") == 0
    page.page.wait_for_timeout(300)  # give any injected handler time to fire
    page.shot("xss.png")
    assert page.dialogs == [], f"a script ran: {page.dialogs}"
    assert page.requests == [] and page.errors == []


def test_500_node_graph_renders_readably(page, tmp_path):
    G = to_networkx(synthetic_graph(500, 800))
    started = time.perf_counter()
    html = write(G, tmp_path / "big.html")
    written = time.perf_counter() - started
    seconds = page.open(html)
    assert page.js("kgViz.nodeCount()") == G.number_of_nodes() == 500
    assert page.js("kgViz.drawnNodeCount()") == 500
    assert page.js("kgViz.drawnEdgeCount()") == G.number_of_edges()
    # laid out in Python: no two nodes share a spot, and the page opens fast
    positions = page.js("() => Object.values(kgViz.network.getPositions())"
                        ".map(p => Math.round(p.x) + ',' + Math.round(p.y))")
    assert len(set(positions)) == 500
    assert seconds < 30, f"took {seconds:.1f}s to render"
    page.shot("big-500-overview.png")
    page.js("() => kgViz.select(kgViz.search('person 18')[0])")  # exact match first
    assert page.details().startswith("Person 18\n")
    page.shot("big-500-zoomed.png")
    print(f"\n500 nodes/{G.number_of_edges()} edges: HTML written in {written:.2f}s, "
          f"rendered in {seconds:.2f}s (in-page {page.js('kgViz.renderMs'):.0f} ms)")
    assert page.requests == [] and page.errors == []
