// wirediff report: tabs, partner highlighting, change navigation.
// Without this script the page still shows every panel and every change.
(function () {
  "use strict";
  var doc = document;
  function all(root, sel) { return Array.prototype.slice.call(root.querySelectorAll(sel)); }

  // Tabs, one per compared article (WAI-ARIA tabs pattern).
  var tabs = all(doc, '[role="tab"]');
  function panelOf(tab) { return doc.getElementById(tab.getAttribute("aria-controls")); }
  function select(tab, focus) {
    tabs.forEach(function (t) {
      var on = t === tab;
      t.setAttribute("aria-selected", on ? "true" : "false");
      t.tabIndex = on ? 0 : -1;
      var p = panelOf(t);
      if (p) { p.hidden = !on; }
    });
    if (focus) { tab.focus(); }
  }
  if (tabs.length) {
    doc.querySelector('[role="tablist"]').hidden = false;
    var first = tabs.filter(function (t) { return t.getAttribute("aria-selected") === "true"; })[0] || tabs[0];
    select(first, false);
    tabs.forEach(function (t, i) {
      t.addEventListener("click", function () { select(t, true); });
      t.addEventListener("keydown", function (e) {
        var j = null;
        if (e.key === "ArrowRight") { j = (i + 1) % tabs.length; }
        else if (e.key === "ArrowLeft") { j = (i - 1 + tabs.length) % tabs.length; }
        else if (e.key === "Home") { j = 0; }
        else if (e.key === "End") { j = tabs.length - 1; }
        if (j !== null) { e.preventDefault(); select(tabs[j], true); }
      });
    });
  }
  function showPanelOf(el) {
    var panel = el && el.closest("section.panel");
    if (!panel || !panel.hidden) { return; }
    tabs.forEach(function (t) { if (panelOf(t) === panel) { select(t, false); } });
  }
  function activePanel() {
    return all(doc, "section.panel").filter(function (p) { return !p.hidden; })[0];
  }

  // Hovering or focusing a sentence highlights it and its partners: the
  // sentences of the same record in the other column (and the other place
  // of a moved one).
  var hovered = null, focused = null;
  function refresh() {
    all(doc, ".s.hl, .s.partner").forEach(function (x) { x.classList.remove("hl", "partner"); });
    [focused, hovered].forEach(function (el) {
      if (!el) { return; }
      el.classList.add("hl");
      var link = el.getAttribute("data-link");
      var panel = el.closest("section.panel");
      if (!link || !panel) { return; }
      all(panel, '.s[data-link="' + CSS.escape(link) + '"]').forEach(function (p) {
        if (p !== el) { p.classList.add("partner"); }
      });
    });
  }
  function sentence(e) { return e.target && e.target.closest ? e.target.closest(".s") : null; }
  doc.addEventListener("mouseover", function (e) {
    var s = sentence(e);
    if (s !== hovered) { hovered = s; refresh(); }
  });
  doc.documentElement.addEventListener("mouseleave", function () { hovered = null; refresh(); });
  doc.addEventListener("focusin", function (e) { focused = sentence(e); refresh(); });
  doc.addEventListener("focusout", function () { focused = null; refresh(); });

  // Previous/next change: buttons and the keys p and n.
  var last = {};
  function go(dir) {
    var panel = activePanel();
    if (!panel) { return; }
    var rows = all(panel, "tr.change");
    if (!rows.length) { return; }
    var ref = doc.activeElement && doc.activeElement.closest ? doc.activeElement.closest("tr") : null;
    if (!ref || !panel.contains(ref)) { ref = rows[last[panel.id]] || null; }
    var i = -1;
    if (ref) {
      for (var k = 0; k < rows.length; k++) {
        var rel = ref.compareDocumentPosition(rows[k]);
        if (dir > 0 && (rel & Node.DOCUMENT_POSITION_FOLLOWING)) { i = k; break; }
        if (dir < 0 && (rel & Node.DOCUMENT_POSITION_PRECEDING)) { i = k; }
      }
    }
    if (i < 0) { i = dir > 0 ? 0 : rows.length - 1; }
    last[panel.id] = i;
    var row = rows[i];
    var target = row.querySelector(".s") || row;
    target.focus({ preventScroll: true });
    row.scrollIntoView({ block: "center" });
    var pos = panel.querySelector(".navpos");
    if (pos) { pos.textContent = "change " + (i + 1) + " of " + rows.length; }
  }
  all(doc, "nav.changes").forEach(function (nav) {
    nav.hidden = false;
    all(nav, "[data-nav]").forEach(function (b) {
      b.addEventListener("click", function () { go(b.getAttribute("data-nav") === "prev" ? -1 : 1); });
    });
  });
  doc.addEventListener("keydown", function (e) {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) { return; }
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) { return; }
    if (e.key === "n") { e.preventDefault(); go(1); }
    else if (e.key === "p") { e.preventDefault(); go(-1); }
  });

  // Links to a moved sentence's other place, from the coverage table and
  // from a finding of the checks: open the panel and focus the sentence.
  function follow(hash) {
    if (!hash || hash.length < 2) { return; }
    var el = doc.getElementById(decodeURIComponent(hash.slice(1)));
    if (!el) { return; }
    showPanelOf(el);
    var s = el.querySelector(".s");
    if (s) { s.focus({ preventScroll: true }); }
    el.scrollIntoView({ block: "center" });
  }
  doc.addEventListener("click", function (e) {
    var a = e.target && e.target.closest ? e.target.closest("a.note, .cov a, .cov-names a, .checks a") : null;
    if (a) { e.preventDefault(); follow(a.getAttribute("href")); }
  });
  follow(window.location.hash);
}());
