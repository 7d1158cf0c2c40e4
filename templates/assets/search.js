// SpoilerGen search in this tree's own search-index.json (Render/Search/SearchIndexWriter.cs).
(() => {
  'use strict';
  const indexUrl = document.currentScript && document.currentScript.dataset.index;
  const bar = document.querySelector('.site-header .bar');
  if (!indexUrl || !bar || !window.fetch) return;
  // Written here, not in every page: without JavaScript there is no search box, and each page is lighter.
  bar.insertAdjacentHTML('beforeend', '<details id="search" class="search"><summary><svg aria-hidden="true" viewBox="0 0 20 20" width="18" height="18">'
    + '<circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" stroke-width="2"/><path d="M13 13l5 5" stroke="currentColor" stroke-width="2"/>'
    + '</svg><span>Search</span></summary><div class="search-panel" role="search"><label for="search-input">Search this guide</label>'
    + '<input id="search-input" type="search" autocomplete="off" spellcheck="false" aria-controls="search-results" aria-describedby="search-status">'
    + '<p id="search-status" class="search-status" role="status" aria-live="polite"></p><ul id="search-results" class="search-results" hidden></ul></div></details>');

  const box = document.getElementById('search');
  const input = document.getElementById('search-input');
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

  // Fetched on first focus: most readers never search.
  const load = () => {
    loading = loading || fetch(url)
      .then(r => { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(data => { index = data; terms = Object.keys(data.terms); stop = new Set(data.stopWords); search(); })
      .catch(() => { loading = null; status.textContent = 'Search is not available right now.'; });
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

  // Every typed word must start a word of the page; a common word counts only last ("the" → "theories").
  const find = query => {
    let typed = words(query);
    const last = typed.length - 1;
    typed = typed.filter((w, i) => w.length > 1 && (i === last || !stop.has(w)));
    if (!typed.length) return null;
    const hits = new Uint16Array(index.pages.length), found = [];
    typed.forEach((prefix, i) => terms.forEach(term => {
      if (term.startsWith(prefix)) pagesOf(term).forEach(p => { if (hits[p] === i) hits[p] = i + 1; });
    }));
    hits.forEach((n, p) => { if (n === typed.length) found.push(p); });
    // Title matches first, then the guide's order.
    const rank = p => (title => typed.filter(w => title.some(t => t.startsWith(w))).length)(words(index.pages[p].t));
    return found.map(p => [rank(p), p]).sort((a, b) => b[0] - a[0] || a[1] - b[1]).map(x => index.pages[x[1]]);
  };

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
    status.textContent = !found ? '' : n === 1 ? '1 result'
      : (n || 'No') + ' results' + (n > 10 ? ', the first 10 shown' : '');
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
