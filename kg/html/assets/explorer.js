/* kg graph explorer: filters, search, side panel, timeline, PNG export.
 * Every string that comes from articles reaches the page through textContent or
 * document.createTextNode, never innerHTML; links only when they are http(s). */
(function () {
  "use strict";
  var timing = window.kgTiming = {start: performance.now()};
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var info = data.info;
  var ents = info.entities, facts = info.facts, articles = info.articles, sentences = info.sentences;
  var nodeCount = data.nodes.length;

  // ------------------------------------------------------------------ helpers
  function el(tag, props, children) {
    var node = document.createElement(tag);
    if (props) {
      Object.keys(props).forEach(function (key) {
        if (key === "text") { node.textContent = props[key]; }
        else if (key === "cls") { node.className = props[key]; }
        else if (key === "on") { node.addEventListener("click", props[key]); }
        else { node.setAttribute(key, props[key]); }
      });
    }
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) { return; }
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }
  var FA_DIGITS = "۰۱۲۳۴۵۶۷۸۹";
  function faNum(n) { return String(n).replace(/[0-9]/g, function (d) { return FA_DIGITS[+d]; }); }
  function isWebUrl(url) { return /^https?:\/\/[^\s]+$/i.test(url || ""); }
  function link(url, text) {
    if (!isWebUrl(url)) { return el("span", {text: text || url || ""}); }
    return el("a", {href: url, target: "_blank", rel: "noopener noreferrer nofollow", dir: "ltr", text: text || url});
  }
  /** The letters that Persian and Arabic keyboards type differently, half-spaces, spaces and vowel marks folded. */
  function fold(text) {
    return String(text || "")
      .replace(/[يىۍې]/g, "ی").replace(/ك/g, "ک").replace(/ۀ|ة/g, "ه").replace(/[أإٱآ]/g, "ا").replace(/ؤ/g, "و")
      .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
      .replace(/[٠-٩]/g, function (d) { return String(d.charCodeAt(0) - 0x660); })
      .replace(/[۰-۹]/g, function (d) { return String(d.charCodeAt(0) - 0x6F0); })
      .replace(/[\s\u200c\u200d\u200e\u200f\u2066-\u2069\u00ad\-_.،,]+/g, "")
      .toLowerCase();
  }

  // ------------------------------------------------------------------ derived tables
  var articleOfSentence = sentences.map(function (s) { return s[0]; });
  var edgeArticles = facts.map(function (fact) {
    var seen = {};
    (fact.src || []).forEach(function (s) { if (s) { seen[articleOfSentence[s[0]]] = true; } });
    return Object.keys(seen).map(Number);
  });
  var adjacency = [];
  for (var i = 0; i < nodeCount; i++) { adjacency.push([]); }
  data.edges.forEach(function (edge) {
    adjacency[edge.from].push({edge: edge.id, other: edge.to});
    adjacency[edge.to].push({edge: edge.id, other: edge.from});
  });
  var names = ents.map(function (row) {
    if (row.c === "Article") { return [fold(articles[row.art][0])]; }
    return [row.fa, row.en].concat(row.al || []).filter(Boolean).map(fold);
  });
  var statementsBy = {};
  info.statements.forEach(function (st) { (statementsBy[st[0]] = statementsBy[st[0]] || []).push(st); });
  var eventsBy = {};
  info.events.forEach(function (ev, index) {
    ev.p.forEach(function (p) { (eventsBy[p] = eventsBy[p] || []).push(index); });
  });
  function nodeArticles(id) { var row = ents[id]; return row.c === "Article" ? [row.art] : row.a; }
  function nodeName(id) {
    var row = ents[id];
    if (row.c === "Article") { return articles[row.art][0]; }
    return state.lang === "en" && row.en ? row.en : row.fa;
  }
  function classLabel(name) {
    var found = info.classes.filter(function (c) { return c.name === name; })[0];
    if (name === "Article") { return state.lang === "en" ? "Article" : "خبر"; }
    return found ? (state.lang === "en" ? found.en : found.fa) : name;
  }
  function predicateLabel(name) {
    var pair = info.predicates[name] || [name, name];
    return state.lang === "en" ? pair[1] : pair[0];
  }

  // ------------------------------------------------------------------ filters
  var state = {
    lang: "fa", classes: {}, predicates: {}, from: "", to: "", minSources: 0, focus: null, depth: 1
  };
  info.classes.forEach(function (c) { state.classes[c.name] = true; });
  state.classes.Article = true;
  Object.keys(info.predicates).forEach(function (p) { state.predicates[p] = true; });
  var nodeShown = new Uint8Array(nodeCount);
  var neighbourhood = null;

  function inDateRange(articleIndices) {
    if (!state.from && !state.to) { return true; }
    return articleIndices.some(function (a) {
      var date = articles[a][1];
      return date && (!state.from || date >= state.from) && (!state.to || date <= state.to);
    });
  }
  function computeNeighbourhood() {
    if (state.focus === null) { return null; }
    var seen = {}, frontier = [state.focus];
    seen[state.focus] = true;
    for (var d = 0; d < state.depth; d++) {
      var next = [];
      frontier.forEach(function (n) {
        adjacency[n].forEach(function (a) {
          if (!seen[a.other] && state.predicates[facts[a.edge].p]) { seen[a.other] = true; next.push(a.other); }
        });
      });
      frontier = next;
    }
    return seen;
  }
  function computeVisibility() {
    neighbourhood = computeNeighbourhood();
    for (var id = 0; id < nodeCount; id++) {
      var row = ents[id], arts = nodeArticles(id);
      nodeShown[id] = (state.classes[row.c] !== false) && inDateRange(arts) && arts.length >= state.minSources &&
        (!neighbourhood || neighbourhood[id] === true) ? 1 : 0;
    }
  }
  function edgeVisible(edge) {
    var fact = facts[edge.id];
    if (!nodeShown[edge.from] || !nodeShown[edge.to] || !state.predicates[fact.p]) { return false; }
    if (fact.p === "mentions") { return true; }
    var arts = edgeArticles[edge.id];
    return Math.max(arts.length, 1) >= state.minSources && (arts.length === 0 && !state.from && !state.to || inDateRange(arts));
  }
  computeVisibility();
  var nodesData = new vis.DataSet(data.nodes);
  var edgesData = new vis.DataSet(data.edges);
  var nodeView = new vis.DataView(nodesData, {filter: function (node) { return nodeShown[node.id] === 1; }});
  var edgeView = new vis.DataView(edgesData, {filter: edgeVisible});
  var network = null;

  function applyFilters() {
    computeVisibility();
    nodeView.refresh();
    edgeView.refresh();
    var shown = 0;
    for (var i = 0; i < nodeCount; i++) { shown += nodeShown[i]; }
    document.getElementById("shown-count").textContent =
      shown === nodeCount ? "" : "نمایش " + faNum(shown) + " از " + faNum(nodeCount) + " گره";
    document.getElementById("reset").hidden = !filtersActive();
    renderTimeline();
  }
  function filtersActive() {
    return state.from || state.to || state.minSources > 0 || state.focus !== null ||
      Object.keys(state.classes).some(function (k) { return !state.classes[k]; }) ||
      Object.keys(state.predicates).some(function (k) { return !state.predicates[k]; });
  }
  function bindFilters() {
    document.querySelectorAll("input[data-class]").forEach(function (box) {
      box.addEventListener("change", function () { state.classes[box.dataset.class] = box.checked; applyFilters(); });
    });
    document.querySelectorAll("input[data-predicate]").forEach(function (box) {
      box.addEventListener("change", function () { state.predicates[box.dataset.predicate] = box.checked; applyFilters(); });
    });
    ["date-from", "date-to"].forEach(function (id) {
      document.getElementById(id).addEventListener("change", function (e) {
        state[id === "date-from" ? "from" : "to"] = e.target.value; applyFilters();
      });
    });
    document.getElementById("min-sources").addEventListener("change", function (e) {
      state.minSources = Math.max(0, parseInt(e.target.value, 10) || 0); applyFilters();
    });
    document.getElementById("depth").addEventListener("change", function (e) {
      state.depth = Math.max(1, Math.min(4, parseInt(e.target.value, 10) || 1));
      if (state.focus !== null) { applyFilters(); network.fit({animation: false}); }
    });
    document.getElementById("reset").addEventListener("click", resetFilters);
  }
  function resetFilters() {
    Object.keys(state.classes).forEach(function (k) { state.classes[k] = true; });
    Object.keys(state.predicates).forEach(function (k) { state.predicates[k] = true; });
    state.from = state.to = ""; state.minSources = 0; state.focus = null;
    document.querySelectorAll("input[data-class], input[data-predicate]").forEach(function (b) { b.checked = true; });
    document.getElementById("date-from").value = document.getElementById("date-to").value = "";
    document.getElementById("min-sources").value = "0";
    applyFilters();
    if (network) { network.fit({animation: false}); }
  }
  function showNeighbourhood(id) {
    state.focus = id;
    applyFilters();
    network.selectNodes([id]);
    network.fit({nodes: Object.keys(neighbourhood).map(Number), animation: {duration: 300}});
  }

  // ------------------------------------------------------------------ panel
  var panel = document.getElementById("details");
  function clearPanel() { while (panel.firstChild) { panel.removeChild(panel.firstChild); } }
  /** The sentence as text nodes, the given spans wrapped in <mark> (never parsed as HTML). */
  function sentenceWithMarks(text, spans) {
    var p = el("p", {cls: "sentence", lang: "fa"});
    var at = 0;
    (spans || []).slice().sort(function (a, b) { return a[0] - b[0]; }).forEach(function (span) {
      if (span[0] < at || span[1] > text.length) { return; }
      p.appendChild(document.createTextNode(text.slice(at, span[0])));
      p.appendChild(el("mark", {text: text.slice(span[0], span[1])}));
      at = span[1];
    });
    p.appendChild(document.createTextNode(text.slice(at)));
    return p;
  }
  function articleLine(articleIndex) {
    var art = articles[articleIndex];
    var parts = [el("span", {cls: "headline", text: art[0]})];
    var meta = el("span", {cls: "meta"});
    if (art[2]) { meta.appendChild(el("span", {text: art[2]})); }
    if (art[1]) { meta.appendChild(el("bdi", {cls: "greg", text: art[1]})); }
    if (art[3]) { meta.appendChild(el("span", {text: art[3]})); }
    if (isWebUrl(art[4])) { meta.appendChild(link(art[4], "پیوند خبر")); }
    parts.push(meta);
    return el("div", {cls: "article"}, parts);
  }
  function sourceBlock(src) {
    if (!src) { return null; }
    var sentence = sentences[src[0]];
    var block = el("div", {cls: "source"}, [articleLine(sentence[0]), sentenceWithMarks(sentence[1], src[1])]);
    if (src.length > 2) {
      var bits = [];
      if (src[3]) { bits.push(src[3] === "proposed" ? "پیشنهادی" : src[3] === "stated" ? "قطعی" : src[3]); }
      if (src[2]) { bits.push("قاعده: " + src[2]); }
      if (src[4] !== null && src[4] !== undefined) { bits.push("اطمینان: " + faNum(Number(src[4]).toFixed(2))); }
      if (bits.length) { block.appendChild(el("div", {cls: "rule", text: bits.join(" · ")})); }
    }
    return block;
  }
  function nodeButton(id) {
    var row = ents[id];
    return el("button", {cls: "chip", type: "button", "data-node": String(id), on: function () { selectNode(id); }},
              [el("span", {cls: "swatch swatch-" + row.c}), nodeName(id)]);
  }
  function section(title, children) {
    if (!children.length) { return null; }
    return el("section", null, [el("h3", {text: title})].concat(children));
  }
  function showNode(id) {
    var row = ents[id];
    clearPanel();
    if (row.c === "Article") { return showArticle(row.art, id); }
    var head = [el("h2", {text: row.fa, lang: "fa"})];
    if (row.en) { head.push(el("div", {cls: "en", dir: "ltr", lang: "en", text: row.en})); }
    head.push(el("div", {cls: "class-line"}, [el("span", {cls: "swatch swatch-" + row.c}), classLabel(row.c),
      " · در " + faNum(row.a.length) + " خبر"]));
    panel.appendChild(el("header", {cls: "panel-head"}, head));
    var tools = el("div", {cls: "tools"}, [
      el("button", {type: "button", id: "neighbourhood", text: "همسایگی این گره", on: function () { showNeighbourhood(id); }})]);
    if (row.geo) { tools.appendChild(link(row.geo, "GeoNames")); }
    panel.appendChild(tools);
    if (row.al) {
      panel.appendChild(section("نام‌های دیگر", [el("ul", {cls: "aliases"},
        row.al.map(function (a) { return el("li", null, [el("bdi", {text: a})]); }))]));
    }
    if (row.lit) {
      panel.appendChild(section("ویژگی‌ها", row.lit.map(function (pair) {
        return el("div", {text: pair[0] + ": " + pair[1]}); })));
    }
    var factItems = adjacency[id].filter(function (a) { return facts[a.edge].p !== "mentions"; }).map(function (a) {
      var edge = data.edges[a.edge], fact = facts[a.edge];
      var subjectFirst = edge.from === id;
      return el("li", null, [
        el("button", {cls: "linkish", type: "button", "data-edge": String(a.edge), on: function () { selectEdge(a.edge); },
          text: (subjectFirst ? "" : "← ") + predicateLabel(fact.p) + (fact.st ? "" : " (پیشنهادی)")}),
        " ", nodeButton(a.other)]);
    });
    var factSection = section("پیوندها", factItems.length ? [el("ul", {cls: "facts"}, factItems)] : []);
    if (factSection) { panel.appendChild(factSection); }
    var said = (statementsBy[id] || []).map(function (st) {
      return el("div", {cls: "statement"}, [el("blockquote", {lang: "fa", text: st[1]}), sourceBlock(st[2])]);
    });
    var saidSection = section("گفته‌ها", said);
    if (saidSection) { panel.appendChild(saidSection); }
    var evs = (eventsBy[id] || []).map(function (index) { return eventSummary(index); });
    var evSection = section("رویدادها", evs);
    if (evSection) { panel.appendChild(evSection); }
    var mentions = (row.m || []).map(sourceBlock);
    if (row.more) { mentions.push(el("p", {cls: "more", text: "و " + faNum(row.more) + " جملهٔ دیگر"})); }
    if (!mentions.length) { mentions = row.a.map(articleLine); }
    var mentionSection = section("در خبرها", mentions);
    if (mentionSection) { panel.appendChild(mentionSection); }
  }
  function showArticle(articleIndex, id) {
    clearPanel();
    var art = articles[articleIndex];
    panel.appendChild(el("header", {cls: "panel-head"}, [el("h2", {text: art[0]}), el("div", {cls: "class-line", text: "خبر"})]));
    panel.appendChild(articleLine(articleIndex));
    var named = adjacency[id].map(function (a) { return nodeButton(a.other); });
    var s = section("نام‌های این خبر", named);
    if (s) { panel.appendChild(s); }
  }
  function showEdge(edgeId) {
    var edge = data.edges[edgeId], fact = facts[edgeId];
    clearPanel();
    if (fact.p === "mentions") { return showNode(edge.from); }
    panel.appendChild(el("header", {cls: "panel-head"}, [
      el("h2", null, [el("bdi", {text: nodeName(edge.from)}), " — " + predicateLabel(fact.p) + " — ",
                      el("bdi", {text: nodeName(edge.to)})]),
      el("div", {cls: "class-line", text: fact.st ? "گزارهٔ قطعی" : "پیشنهادی (هنوز انجام نشده)"})]));
    panel.appendChild(el("div", {cls: "tools"}, [nodeButton(edge.from), nodeButton(edge.to)]));
    var sources = (fact.src || []).map(sourceBlock).filter(Boolean);
    panel.appendChild(section("منبع‌ها (" + faNum(sources.length) + ")", sources.length ? sources :
      [el("p", {text: "منبعی ثبت نشده است."})]));
  }
  function eventSummary(index) {
    var ev = info.events[index];
    var kind = (info.eventKinds[ev.k] || [ev.k, ev.k])[state.lang === "en" ? 1 : 0];
    var date = ev.d ? articlesDate(ev.d) : "بی‌تاریخ";
    return el("div", {cls: "event"}, [
      el("button", {cls: "linkish", type: "button", text: kind + " · " + date, on: function () { showEvent(index); }})]);
  }
  function articlesDate(iso) {
    var jalali = (info.jalali || {})[iso];
    return jalali ? jalali + " (" + iso + ")" : iso;
  }
  function showEvent(index) {
    var ev = info.events[index];
    clearPanel();
    var kind = (info.eventKinds[ev.k] || [ev.k, ev.k])[state.lang === "en" ? 1 : 0];
    panel.appendChild(el("header", {cls: "panel-head"}, [el("h2", {text: kind}),
      el("div", {cls: "class-line", text: (ev.d ? articlesDate(ev.d) : "بی‌تاریخ") + (ev.da ? " · تاریخ خبر" : "") +
        (ev.st === "proposed" ? " · پیشنهادی" : "")})]));
    panel.appendChild(section("شرکت‌کنندگان", ev.p.map(nodeButton)));
    if (ev.pl !== null && ev.pl !== undefined) { panel.appendChild(section("مکان", [nodeButton(ev.pl)])); }
    var src = sourceBlock(ev.src);
    if (src) { panel.appendChild(section("منبع", [src])); }
    if (network) { network.selectNodes(ev.p.filter(function (p) { return nodeShown[p]; })); }
  }
  function selectNode(id) {
    if (!nodeShown[id]) { resetFilters(); }
    network.selectNodes([id]);
    network.focus(id, {scale: Math.max(network.getScale(), 1.0), animation: {duration: 300}});
    showNode(id);
  }
  function selectEdge(id) {
    network.selectEdges([id]);
    showEdge(id);
  }

  // ------------------------------------------------------------------ search
  var query = document.getElementById("query"), results = document.getElementById("results");
  function search(text) {
    var q = fold(text), found = [];
    if (!q) { return found; }
    for (var id = 0; id < nodeCount && found.length < 50; id++) {
      var best = -1;
      names[id].forEach(function (n) {
        var at = n.indexOf(q);
        if (at >= 0) { var score = (n === q ? 0 : at === 0 ? 1 : 2); best = best < 0 ? score : Math.min(best, score); }
      });
      if (best >= 0) { found.push({id: id, score: best}); }
    }
    found.sort(function (a, b) { return a.score - b.score || nodeArticles(b.id).length - nodeArticles(a.id).length; });
    return found.slice(0, 12).map(function (f) { return f.id; });
  }
  function showResults() {
    while (results.firstChild) { results.removeChild(results.firstChild); }
    var ids = search(query.value);
    ids.forEach(function (id) {
      results.appendChild(el("li", null, [el("button", {type: "button", cls: "result", "data-node": String(id),
        on: function () { results.hidden = true; selectNode(id); }},
        [el("span", {cls: "swatch swatch-" + ents[id].c}), nodeName(id), el("small", {text: " " + classLabel(ents[id].c)})])]));
    });
    if (!ids.length && query.value.trim()) { results.appendChild(el("li", {cls: "none", text: "چیزی پیدا نشد"})); }
    results.hidden = !query.value.trim();
  }
  query.addEventListener("input", showResults);
  document.getElementById("search").addEventListener("submit", function (event) {
    event.preventDefault();
    var ids = search(query.value);
    if (ids.length) { results.hidden = true; selectNode(ids[0]); }
  });

  // ------------------------------------------------------------------ language, PNG
  function setLanguage(lang) {
    state.lang = lang;
    var labels = lang === "en" ? info.labelsEn : null;
    nodesData.update(data.nodes.filter(function (n) { return ents[n.id].c !== "Article"; }).map(function (n) {
      return {id: n.id, label: labels ? labels[n.id] : n.label};
    }));
    edgesData.update(data.edges.filter(function (e) { return facts[e.id].p !== "mentions"; }).map(function (e) {
      var pair = info.predicates[facts[e.id].p] || ["", ""];
      return {id: e.id, label: lang === "en" ? "\u2066" + pair[1] + "\u2069" : e.label};
    }));
    document.getElementById("lang").textContent = lang === "en" ? "برچسب‌های فارسی" : "English labels";
    document.documentElement.dataset.labels = lang;
  }
  document.getElementById("lang").addEventListener("click", function () { setLanguage(state.lang === "en" ? "fa" : "en"); });

  function exportPng() {
    var canvas = document.querySelector("#graph canvas");
    var out = document.createElement("canvas");
    out.width = canvas.width; out.height = canvas.height;
    var ctx = out.getContext("2d");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(canvas, 0, 0);
    var url = out.toDataURL("image/png");
    var a = el("a", {href: url, download: "graph.png"});
    document.body.appendChild(a);
    a.click();
    a.remove();
    return url;
  }
  document.getElementById("png").addEventListener("click", exportPng);

  // ------------------------------------------------------------------ timeline
  var timeline = document.getElementById("timeline");
  function renderTimeline() {
    var strip = document.getElementById("timeline-strip");
    while (strip.firstChild) { strip.removeChild(strip.firstChild); }
    var dated = info.events.map(function (ev, i) { return {ev: ev, i: i}; }).filter(function (x) { return x.ev.d; });
    timeline.hidden = !info.events.length;
    if (!dated.length) { strip.appendChild(el("span", {cls: "empty", text: "رویدادی با تاریخ نیست"})); return; }
    var times = dated.map(function (x) { return Date.parse(x.ev.d); });
    var min = Math.min.apply(null, times), max = Math.max.apply(null, times), span = Math.max(max - min, 1);
    var stack = {};
    dated.forEach(function (x, k) {
      var visible = x.ev.p.some(function (p) { return nodeShown[p]; }) &&
        (!state.from || x.ev.d >= state.from) && (!state.to || x.ev.d <= state.to);
      var level = stack[x.ev.d] = (stack[x.ev.d] || 0) + 1;
      var pct = dated.length === 1 ? 50 : 2 + 96 * (times[k] - min) / span;
      var kind = (info.eventKinds[x.ev.k] || [x.ev.k])[0];
      var mark = el("button", {type: "button", cls: "tick tick-" + x.ev.k + (visible ? "" : " dim"),
        "data-event": String(x.i), on: function () { showEvent(x.i); }});
      mark.title = kind + " · " + articlesDate(x.ev.d) + (x.ev.da ? " (تاریخ خبر)" : "") + " · " +
        x.ev.p.map(nodeName).join("، ");
      mark.style.right = pct + "%";           // earlier dates on the right, as Persian reads
      mark.style.bottom = (4 + (Math.min(level, 4) - 1) * 9) + "px";
      strip.appendChild(mark);
    });
    document.getElementById("timeline-first").textContent = articlesDate(new Date(min).toISOString().slice(0, 10));
    document.getElementById("timeline-last").textContent = articlesDate(new Date(max).toISOString().slice(0, 10));
  }

  // ------------------------------------------------------------------ start
  function start() {
    if (network) { return; }
    timing.fonts = performance.now();
    network = new vis.Network(document.getElementById("graph"), {nodes: nodeView, edges: edgeView}, data.options);
    network.once("afterDrawing", function () {
      timing.drawn = performance.now();
      requestAnimationFrame(function () {
        timing.interactive = performance.now();
        document.body.dataset.ready = "1";
      });
    });
    network.on("click", function (params) {
      if (params.nodes.length) { showNode(params.nodes[0]); }
      else if (params.edges.length) { showEdge(params.edges[0]); }
    });
    window.kgExplorer.network = network;
  }
  window.kgExplorer = {
    state: state, search: search, fold: fold, selectNode: selectNode, selectEdge: selectEdge, showEvent: showEvent,
    applyFilters: applyFilters, resetFilters: resetFilters, showNeighbourhood: showNeighbourhood,
    setLanguage: setLanguage, exportPng: exportPng, visibleNodes: function () { return nodeView.getIds(); },
    visibleEdges: function () { return edgeView.getIds(); }
  };
  bindFilters();
  renderTimeline();
  var fontReady = document.fonts && document.fonts.load ? document.fonts.load("14px Vazirmatn") : Promise.resolve();
  fontReady.then(start, start);
  setTimeout(start, 1500);   // never wait for a font longer than this
})();
