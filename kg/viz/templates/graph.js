/* kg graph viewer. Every text from the graph goes into the DOM through
   textContent (see el()); no data is ever parsed as HTML. */
(function () {
  "use strict";
  var started = performance.now();
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var byId = new Map(data.nodes.map(function (n) { return [n.id, n]; }));
  var hiddenGroups = new Set();
  var colorBy = data.colorBy === "community" ? "community" : "type";
  var GLYPHS = { dot: "\u25CF", square: "\u25A0", triangle: "\u25B2", diamond: "\u25C6",
                 hexagon: "\u2B22", triangleDown: "\u25BC", box: "\u25AC", star: "\u2605",
                 ellipse: "\u2B2D" };

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  function nodeColor(n) {
    if (colorBy === "community") {
      var c = data.communityColors;
      return c[Math.min(n.community, c.length - 1)];
    }
    return data.groups[n.group].color;
  }

  function tooltip(n) {
    var box = el("div");
    box.appendChild(el("strong", n.name));
    box.appendChild(el("div", n.type));
    return box;
  }

  /* at most two lines of about 24 characters on the canvas; the full name is in the panel */
  function shortLabel(name) {
    var words = String(name).split(/\s+/), lines = [""];
    words.forEach(function (w) {
      var last = lines.length - 1;
      if (lines[last] && (lines[last] + " " + w).length > 24) { lines.push(w); }
      else { lines[last] = lines[last] ? lines[last] + " " + w : w; }
    });
    var out = lines.slice(0, 2).map(function (l) { return l.length > 26 ? l.slice(0, 25) + "\u2026" : l; });
    if (lines.length > 2) { out[1] = out[1].replace(/\u2026?$/, "\u2026"); }
    return out.join("\n");
  }

  function visNode(n) {
    return { id: n.id, label: shortLabel(n.name), x: n.x, y: n.y, size: n.size,
             shape: data.groups[n.group].shape, color: nodeColor(n), title: tooltip(n) };
  }

  function visEdge(e) {
    var smooth = e.roundness ? { enabled: true, type: "curvedCW", roundness: e.roundness } : false;
    return { id: e.id, from: e.from, to: e.to, label: e.label, smooth: smooth };
  }

  var nodes = new vis.DataSet(data.nodes.map(visNode));
  var edges = new vis.DataSet(data.edges.map(visEdge));
  var nodeView = new vis.DataView(nodes, {
    filter: function (n) { return !hiddenGroups.has(byId.get(n.id).group); }
  });
  var edgeView = new vis.DataView(edges, {
    filter: function (e) { return nodeView.get(e.from) !== null && nodeView.get(e.to) !== null; }
  });
  var big = data.nodes.length > 300;
  var options = {
    layout: { improvedLayout: false, randomSeed: 42 },
    physics: { enabled: false, solver: "forceAtlas2Based",
               stabilization: { enabled: true, iterations: 150, fit: true } },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: big, hideEdgesOnZoom: big },
    nodes: { font: { size: 14, color: "#222", strokeWidth: 3, strokeColor: "#ffffff" },
             borderWidth: 1 },
    edges: { arrows: { to: { enabled: true, scaleFactor: 0.5 } }, width: 1,
             color: { color: "#9a9a9a", highlight: "#333333", hover: "#555555" },
             font: { size: 11, color: "#555", strokeWidth: 3, strokeColor: "#ffffff",
                     align: "middle" } }
  };
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);

  /* ---- details panel ---- */
  var details = document.getElementById("kg-details");

  function evidenceList(parent, evidence) {
    (evidence || []).forEach(function (ev) {
      if (ev.text) { parent.appendChild(el("blockquote", ev.text)); }
      var meta = [];
      if (ev.pattern) { meta.push("rule " + ev.pattern); }
      if (ev.confidence !== undefined) { meta.push("confidence " + ev.confidence); }
      if (ev.article) { meta.push(data.articles[ev.article] || ev.article); }
      if (meta.length) { parent.appendChild(el("div", meta.join(" \u00B7 "), "meta")); }
    });
  }

  function section(title) {
    details.appendChild(el("h3", title));
    var ul = el("ul");
    details.appendChild(ul);
    return ul;
  }

  function showNode(id) {
    var n = byId.get(id);
    if (!n) { return; }
    clear(details);
    details.dataset.nodeId = String(id);
    details.appendChild(el("h2", n.name, "name"));
    details.appendChild(el("div", n.type + " \u00B7 " + n.group + " \u00B7 community " +
                                  (n.community + 1), "muted"));
    details.appendChild(el("div", n.iri, "iri"));
    if (n.aliases.length) {
      var al = section("Also called");
      n.aliases.forEach(function (a) { al.appendChild(el("li", a)); });
    }
    if (n.properties.length) {
      details.appendChild(el("h3", "Properties"));
      var dl = el("dl");
      n.properties.forEach(function (kv) {
        dl.appendChild(el("dt", kv[0]));
        dl.appendChild(el("dd", kv[1].join("; ")));
      });
      details.appendChild(dl);
    }
    var rel = null;
    data.edges.forEach(function (e) {
      if (e.from !== id && e.to !== id) { return; }
      rel = rel || section("Relations");
      var li = el("li");
      var other = byId.get(e.from === id ? e.to : e.from);
      li.appendChild(el("span", e.from === id
        ? e.label + " \u2192 " + other.name
        : other.name + " \u2192 " + e.label + " \u2192 this"));
      evidenceList(li, e.evidence);
      rel.appendChild(li);
    });
    if (n.facts.length) {
      var facts = section("Facts");
      n.facts.forEach(function (f) {
        var li = el("li", f.property + ": " + f.value);
        evidenceList(li, f.evidence);
        facts.appendChild(li);
      });
    }
    if (n.quotes.length) {
      var qs = section("Quoted");
      n.quotes.forEach(function (q) {
        var li = el("li");
        li.appendChild(el("blockquote", q));
        qs.appendChild(li);
      });
    }
    if (n.articles.length) {
      var arts = section("Mentioned in");
      n.articles.forEach(function (a) { arts.appendChild(el("li", data.articles[a] || a)); });
    }
  }

  function showEdge(id) {
    var e = data.edges[id];
    if (!e) { return; }
    clear(details);
    delete details.dataset.nodeId;
    details.appendChild(el("h2", byId.get(e.from).name + " \u2192 " + e.label + " \u2192 " +
                                 byId.get(e.to).name, "name"));
    details.appendChild(el("div", e.predicate, "iri"));
    var ev = section("Evidence");
    if (!e.evidence.length) { ev.appendChild(el("li", "no evidence recorded")); }
    e.evidence.forEach(function (x) { var li = el("li"); evidenceList(li, [x]); ev.appendChild(li); });
  }

  function select(id) {
    if (!byId.has(id)) { return false; }
    var group = byId.get(id).group;
    if (hiddenGroups.has(group)) { setGroupVisible(group, true); }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    showNode(id);
    return true;
  }

  network.on("click", function (params) {
    if (params.nodes.length) { showNode(params.nodes[0]); }
    else if (params.edges.length) { showEdge(params.edges[0]); }
  });

  /* ---- search ---- */
  var searchBox = document.getElementById("kg-search");
  var results = document.getElementById("kg-results");

  function search(query) {
    var q = String(query || "").trim().toLowerCase();
    if (!q) { return []; }
    var exact = [], partial = [];
    data.nodes.forEach(function (n) {
      var names = [n.name].concat(n.aliases).map(function (s) { return s.toLowerCase(); });
      if (names.indexOf(q) >= 0) { exact.push(n.id); }
      else if (names.some(function (s) { return s.indexOf(q) >= 0; })) { partial.push(n.id); }
    });
    return exact.concat(partial);
  }

  function showResults(ids) {
    clear(results);
    ids.slice(0, 20).forEach(function (id) {
      var li = el("li");
      var b = el("button", byId.get(id).name + " (" + byId.get(id).type + ")");
      b.type = "button";
      b.addEventListener("click", function () { select(id); });
      li.appendChild(b);
      results.appendChild(li);
    });
    if (ids.length > 20) { results.appendChild(el("li", "\u2026 " + (ids.length - 20) + " more", "muted")); }
  }

  searchBox.addEventListener("input", function () { showResults(search(searchBox.value)); });
  searchBox.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var ids = search(searchBox.value);
      if (ids.length) { select(ids[0]); }
    }
  });

  /* ---- legend, type filter, colouring ---- */
  var legend = document.getElementById("kg-legend");

  function setGroupVisible(group, visible) {
    if (visible) { hiddenGroups.delete(group); } else { hiddenGroups.add(group); }
    var box = legend.querySelector("input[data-group=\"" + CSS.escape(group) + "\"]");
    if (box) { box.checked = visible; }
    nodeView.refresh();
    edgeView.refresh();
    updateCounts();
  }

  function drawLegend() {
    clear(legend);
    Object.keys(data.groups).forEach(function (g) {
      var info = data.groups[g];
      var li = el("li");
      var box = el("input");
      box.type = "checkbox";
      box.checked = !hiddenGroups.has(g);
      box.dataset.group = g;
      box.addEventListener("change", function () { setGroupVisible(g, box.checked); });
      var glyph = el("span", GLYPHS[info.shape] || "\u25CF", "glyph");
      glyph.style.color = colorBy === "type" ? info.color : "#555";
      var label = el("label");
      label.appendChild(box);
      label.appendChild(glyph);
      label.appendChild(el("span", g + " (" + info.count + ")"));
      li.appendChild(label);
      legend.appendChild(li);
    });
    var comms = document.getElementById("kg-communities");
    var title = document.getElementById("kg-community-title");
    clear(comms);
    comms.hidden = title.hidden = colorBy !== "community";
    data.communities.forEach(function (c, i) {
      var li = el("li");
      var glyph = el("span", "\u25CF", "glyph");
      glyph.style.color = data.communityColors[Math.min(i, data.communityColors.length - 1)];
      li.appendChild(glyph);
      li.appendChild(el("span", (i + 1) + ": " + c.label + " (" + c.size + ")"));
      comms.appendChild(li);
    });
  }

  function setColorBy(mode) {
    colorBy = mode === "community" ? "community" : "type";
    document.getElementById("kg-color-by").value = colorBy;
    nodes.update(data.nodes.map(function (n) { return { id: n.id, color: nodeColor(n) }; }));
    drawLegend();
  }

  function updateCounts() {
    document.getElementById("kg-counts").textContent =
      nodeView.length + " of " + data.nodes.length + " nodes, " + edgeView.length + " edges";
  }

  document.getElementById("kg-color-by").addEventListener("change", function (ev) {
    setColorBy(ev.target.value);
  });
  document.getElementById("kg-physics").addEventListener("change", function (ev) {
    network.setOptions({ physics: { enabled: ev.target.checked } });
  });
  document.getElementById("kg-fit").addEventListener("click", function () { network.fit(); });

  setColorBy(colorBy);
  updateCounts();

  var api = {
    ready: false,
    renderMs: null,
    network: network,
    nodes: nodes,
    edges: edges,
    nodeCount: function () { return data.nodes.length; },
    edgeCount: function () { return data.edges.length; },
    /* nodes vis-network has placed on the canvas (hidden types excluded) */
    drawnNodeCount: function () { return Object.keys(network.getPositions()).length; },
    drawnEdgeCount: function () { return edgeView.length; },
    search: search,
    select: select,
    showNode: showNode,
    setColorBy: setColorBy,
    setGroupVisible: setGroupVisible,
    idOf: function (iri) {
      var hit = data.nodes.find(function (n) { return n.iri === iri; });
      return hit ? hit.id : null;
    },
    canvasPosition: function (id) { return network.canvasToDOM(network.getPositions([id])[id]); }
  };
  window.kgViz = api;
  network.once("afterDrawing", function () {
    api.renderMs = performance.now() - started;
    api.ready = true;
    document.body.dataset.ready = "true";
  });
}());
