// SpoilerGen search: finds pages of this tree in its own search-index.json, which holds
// nothing from past its checkpoint. Format: Render/Search/SearchIndexWriter.cs.
(() => {
  'use strict';
  const meta = document.querySelector('meta[name="spoilergen-search-index"]');
  const template = document.getElementById('search-template');
  if (!meta || !template || !template.content || !window.fetch) return;
  template.replaceWith(template.content.cloneNode(true));

  const input = document.getElementById('search-input');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const url = new URL(meta.content, location.href);
  const decoded = new Map();
  let index, terms, stop, loading;

  // As DiacriticFolding.cs does: case, accents and final sigma never matter.
  const words = text => text.normalize('NFD').replace(/\p{Mn}/gu, '').normalize('NFC').toLowerCase().replace(/ς/g, 'σ')
    .split(/[^\p{L}\p{Nd}]+/u).filter(Boolean);

  // Fetched on first focus only: most readers never search.
  const load = () => {
    loading = loading || fetch(url)
      .then(r => { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(data => {
        index = data;
        terms = Object.keys(data.terms);
        stop = new Set(data.stopWords);
        search();
      })
      .catch(() => {
        loading = null;
        status.textContent = 'Search is not available right now.';
      });
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

  // Every typed word must start a word of the page. A common word counts only as the last one,
  // which may still be growing ("the" on the way to "theories").
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
    // Pages whose title has the words come first, then the guide's own order.
    const rank = p => {
      const title = words(index.pages[p].t);
      return typed.filter(w => title.some(t => t.startsWith(w))).length;
    };
    return found.map(p => [rank(p), p]).sort((a, b) => b[0] - a[0] || a[1] - b[1]).map(pair => index.pages[pair[1]]);
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
  // Escape, in the box or on a result, empties the search and returns to the box.
  input.parentNode.addEventListener('keydown', e => {
    if (e.key !== 'Escape' || !input.value) return;
    e.preventDefault();
    input.value = '';
    search();
    input.focus();
  });
})();
