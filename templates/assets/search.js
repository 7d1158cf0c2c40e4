// SpoilerGen search in this tree's own search-index.json (Render/Search/SearchIndexWriter.cs).
(() => {
  'use strict';
  // head.html: the tree's index and the words in the guide's language.
  const data = document.currentScript ? document.currentScript.dataset : {};
  const indexUrl = data.index;
  const bar = document.querySelector('.site-header .bar');
  if (!indexUrl || !bar || !window.fetch) return;
  // Written here, not in every page: without JavaScript there is no search box, and each page is lighter.
  bar.insertAdjacentHTML('beforeend', '<details id="search" class="search"><summary><svg aria-hidden="true" viewBox="0 0 20 20" width="18" height="18">'
    + '<circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" stroke-width="2"/><path d="M13 13l5 5" stroke="currentColor" stroke-width="2"/>'
    + '</svg><span></span></summary><div class="search-panel" role="search"><label for="search-input"></label>'
    + '<input id="search-input" type="search" autocomplete="off" spellcheck="false" aria-controls="search-results" aria-describedby="search-status">'
    + '<p id="search-status" class="search-status" role="status" aria-live="polite"></p><ul id="search-results" class="search-results" hidden></ul></div></details>');

  const box = document.getElementById('search');
  const input = document.getElementById('search-input');
  box.querySelector('summary span').textContent = data.button;
  box.querySelector('label').textContent = data.label;
  // A small button; opened (or as #search, from the 404 page) the box has focus.
  box.ontoggle = () => box.open && input.focus();
  if (location.hash === '#search') box.open = true;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const url = new URL(indexUrl, location.href);
  const decoded = new Map();
  let index, terms, stop, loading;

  // As DiacriticFolding.cs does: case, accents and final sigma never matter.
  const words = text => text.normalize('NFD').replace(/\p{Mn}/gu, '').normalize('NFC').toLowerCase().replace(/ς/g, 'σ')
    .split(/[^\p{L}\p{Nd}]+/u).filter(Boolean);
  // As SearchTokenizer.cs: Han/kana runs and Hangul less a particle in bigrams; [word, 1] if spaced.
  const runs = /([\u3005-\u3007\u3040-\u30FF\u31F0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF66-\uFF9F\u{20000}-\u{3134F}]+|[\u1100-\u11FF\u3130-\u318F\uA960-\uA97F\uAC00-\uD7FF]+)/u;
  const termsOf = text => words(text).flatMap(word => word.split(runs).filter(Boolean).flatMap(run => {
    if (!runs.test(run)) return [[run, 1]];
    const p = index.particles.find(p => run.length - p.length > 1 && run.endsWith(p));
    const c = [...(p ? run.slice(0, -p.length) : run)];
    return (c[1] ? c.slice(1).map((x, i) => c[i] + x) : c).map(b => [b]);
  }));

  // Fetched on first focus: most readers never search.
  const load = () => {
    loading = loading || fetch(url)
      .then(r => { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(data => { index = data; terms = Object.keys(data.terms); stop = new Set(data.stopWords); search(); })
      .catch(() => { loading = null; status.textContent = data.unavailable; });
  };

  // A term's pages: "!" and a base64 bitmap, or gaps in base 36 joined by dots.
  const pagesOf = term => {
    let pages = decoded.get(term), code = index.terms[term], n = 0;
    if (pages) return pages;
    pages = [];
    if (code[0] === '!') {
      code = atob(code.slice(1));
      for (let i = 0; i < code.length * 8; i++) if (code.charCodeAt(i >> 3) >> (i & 7) & 1) pages.push(i);
    } else {
      code.split('.').forEach(gap => pages.push(n += parseInt(gap, 36)));
    }
    decoded.set(term, pages);
    return pages;
  };

  // Every typed term must start a term of the page; a common word counts only last ("the" → "theories").
  const find = query => {
    let typed = termsOf(query);
    const last = typed.length - 1;
    typed = typed.filter(([w, spaced], i) => !spaced || w.length > 1 && (i === last || !stop.has(w))).map(([w]) => w);
    if (!typed.length) return null;
    const hits = new Uint16Array(index.pages.length), found = [];
    typed.forEach((prefix, i) => terms.forEach(term => {
      if (term.startsWith(prefix)) pagesOf(term).forEach(p => { if (hits[p] === i) hits[p] = i + 1; });
    }));
    hits.forEach((n, p) => { if (n === typed.length) found.push(p); });
    // Title matches first, then the guide's order.
    const rank = p => (title => typed.filter(w => title.some(t => t.startsWith(w))).length)(termsOf(index.pages[p].t).map(([t]) => t));
    return found.map(p => [rank(p), p]).sort((a, b) => b[0] - a[0] || a[1] - b[1]).map(x => index.pages[x[1]]);
  };

  // Plural form and number format: the browser's CLDR data.
  const lang = document.documentElement.lang, plural = new Intl.PluralRules(lang), number = new Intl.NumberFormat(lang);
  const counted = (forms, n, shown) => (forms[plural.select(n)] || forms.other)
    .replace('{count}', number.format(n)).replace('{shown}', number.format(shown)).replace(/[[\]]/g, '');

  const search = () => {
    if (!index) return;
    const found = find(input.value), n = found ? found.length : 0;
    list.textContent = '';
    list.hidden = !n;
    (found || []).slice(0, 10).forEach(page => {
      const item = list.appendChild(document.createElement('li'));
      const link = item.appendChild(document.createElement('a'));
      link.href = new URL(page.u, new URL('./', url)).href;
      link.textContent = page.t;
      if (page.e) item.appendChild(document.createElement('p')).textContent = page.e;
    });
    status.textContent = !found ? '' : !n ? index.text.none : counted(n > 10 ? index.text.first : index.text.results, n, 10);
  };

  input.addEventListener('focus', load);
  input.addEventListener('input', search);
  // Escape empties the box; once more, it closes the search.
  box.addEventListener('keydown', e => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    if (input.value) { input.value = ''; search(); input.focus(); }
    else { box.open = false; box.firstElementChild.focus(); }
  });
})();
