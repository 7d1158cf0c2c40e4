// SpoilerGen: remembers the reader's checkpoint (localStorage) and offers
// "Continue at …" on the chooser. Everything works without it.
(function () {
  'use strict';
  function meta(name) {
    var m = document.querySelector('meta[name="spoilergen-' + name + '"]');
    return m ? m.getAttribute('content') : null;
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
  var first = parseInt(meta('checkpoint'), 10);
  if (!isNaN(first)) {
    var last = parseInt(meta('checkpoint-last'), 10);
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
  var from = /^#checkpoint-(\d+)$/.exec(location.hash);
  var marked = from && document.querySelector('.checkpoints a[data-checkpoint="' + from[1] + '"]');
  if (marked) marked.setAttribute('aria-current', 'true');

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
