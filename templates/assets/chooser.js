// SpoilerGen: remembers the reader's checkpoint (localStorage) and offers
// "Continue at …" on the chooser. Everything works without it.
(function () {
  'use strict';
  // What the page tells this script, on its own tag (templates/partials/head.html).
  var data = document.currentScript ? document.currentScript.dataset : {};
  function meta(name) {
    var value = data[name.replace(/-(\w)/g, function (_, c) { return c.toUpperCase(); })];
    return value === undefined ? null : value;
  }
  var base = meta('base');
  if (base === null) return;
  var key = 'spoilergen:checkpoint:' + base;
  var store;
  try { store = window.localStorage; store.getItem(key); } catch (e) { return; }

  function get() {
    var v = parseInt(store.getItem(key), 10);
    return isNaN(v) ? null : v;
  }
  function set(i) {
    try { store.setItem(key, String(i)); } catch (e) { /* full or blocked */ }
  }

  // A link that names a checkpoint (chooser list, "Change episode") records it.
  document.addEventListener('click', function (e) {
    var a = e.target.closest ? e.target.closest('a[data-checkpoint]') : null;
    if (a) set(a.getAttribute('data-checkpoint'));
  });

  // On a tree page: keep a stored checkpoint this tree serves, else record the tree's first.
  var first = parseInt(meta('tree-first'), 10);
  if (!isNaN(first)) {
    var last = parseInt(meta('tree-last'), 10);
    var cur = get();
    if (cur === null || cur < first || cur > (isNaN(last) ? first : last)) set(first);
    return;
  }

  var levels = meta('levels');
  var stored = get();

  // On the 404 page: lead to the home and search of the reader's own tree: the one the address is in,
  // else the one last chosen. Without JavaScript the page still leads to the chooser.
  var lost = document.getElementById('not-found-links');
  if (lost) {
    if (!levels || !window.fetch) return;
    fetch(levels)
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (list) {
        var here = location.pathname.slice(base.length);
        var level = list.filter(function (x) { return here.indexOf(x.path) === 0; })[0]
          || list.filter(function (x) { return x.index === stored; })[0];
        if (!level) return;
        var home = new URL(level.path, new URL(levels, location.href)).href;
        function item(href, text) {
          var a = lost.appendChild(document.createElement('li')).appendChild(document.createElement('a'));
          a.href = href;
          a.textContent = text;
        }
        // The words are the page's, in the guide's language (templates/404.html).
        item(home, lost.getAttribute('data-home').replace('{episode}', level.label));
        item(home + '#search', lost.getAttribute('data-search'));
        lost.hidden = false;
      })
      .catch(function () { /* the chooser link is still there */ });
    return;
  }

  // On the chooser: the episode "Change episode" came from (#checkpoint-5) is marked as current.
  var came = /^#checkpoint-(\d+)$/.exec(location.hash);
  var marked = came && document.querySelector('.checkpoints a[data-checkpoint="' + came[1] + '"]');
  if (marked) marked.setAttribute('aria-current', 'true');

  // On the chooser reached by "Change episode" from a page (?page=characters/nam-ra/): a choice leads to
  // that page in the tree picked when the tree has it, else to the tree's home (where the link leads
  // without JavaScript). Whether it has it is asked of the tree itself, so nothing here knows any tree's pages.
  var from = new URLSearchParams(location.search).get('page');
  if (from && window.fetch && from.charAt(0) !== '/' && from.indexOf('\\') < 0 && !/(^|\/)\.\.?(\/|$)/.test(from)) {
    document.addEventListener('click', function (e) {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      var a = e.target.closest ? e.target.closest('a[data-checkpoint]') : null;
      if (!a) return;
      var home = new URL(a.href), target = new URL(from, home);
      if (target.origin !== home.origin || target.pathname.indexOf(home.pathname) !== 0) return;
      e.preventDefault();
      fetch(target.href, { method: 'HEAD' })
        .then(function (r) { location.href = r.ok ? target.href : a.href; })
        .catch(function () { location.href = a.href; });
    });
  }

  // On the chooser: show where the reader left off (never redirect).
  var box = document.getElementById('continue');
  if (!box || stored === null) return;

  function show(href, label) {
    var a = document.createElement('a');
    a.href = href;
    a.setAttribute('data-checkpoint', String(stored));
    // The words are the page's, in the guide's language (templates/chooser.html).
    a.textContent = stored === 0 ? box.getAttribute('data-start') : box.getAttribute('data-at').replace('{episode}', label);
    box.textContent = '';
    box.appendChild(a);
    box.hidden = false;
  }
  function fromList() {
    var a = document.querySelector('.checkpoints a[data-checkpoint="' + stored + '"]');
    if (a) show(a.href, a.textContent);
  }

  if (!levels || !window.fetch) { fromList(); return; }
  fetch(levels)
    .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
    .then(function (list) {
      var l = list.filter(function (x) { return x.index === stored; })[0];
      if (!l) return; // the guide changed since: offer nothing rather than guess
      show(new URL(l.path, new URL(levels, location.href)).href, l.label);
    })
    .catch(fromList);
})();
