// SpoilerGen: a page's "Menu" is a link to its tree's home, which holds the list of sections: one copy
// a tree instead of one in every page. This brings the home's list into the bar, as on the home itself,
// with the section this page is in marked. Without it the link still leads to the sections.
(() => {
  'use strict';
  const link = document.querySelector('.site-header a.menu-link');
  if (!link || !window.fetch || !window.DOMParser) return;
  fetch(link.href)
    .then(r => { if (!r.ok) throw new Error(r.status); return r.text(); })
    .then(html => {
      const menu = new DOMParser().parseFromString(html, 'text/html').querySelector('.site-header details.menu');
      if (!menu) return;
      for (const a of menu.querySelectorAll('a[href]')) {
        const section = new URL(a.getAttribute('href'), link.href).pathname;
        a.removeAttribute('aria-current');
        if (location.pathname.startsWith(section)) a.setAttribute('aria-current', 'true');
      }
      // A reader who had already tabbed to the link keeps their place: on the menu's button.
      const focused = document.activeElement === link;
      link.replaceWith(document.adoptNode(menu));
      if (focused) menu.querySelector('summary').focus();
    })
    .catch(() => { /* the link still leads to the sections */ });
})();
