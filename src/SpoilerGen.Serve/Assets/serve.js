// Injected by `spoilergen serve` only, never written into a built site: reloads the page when the
// site has been rebuilt, and lets the author hide the build error overlay.
(() => {
  const script = document.currentScript;
  const version = script.dataset.version;
  const events = new EventSource(script.dataset.events);
  const reload = () => {
    events.close();
    location.reload();
  };
  // "hello" on every (re)connection: a rebuild may have happened while this tab was not listening.
  events.addEventListener("hello", (event) => { if (event.data !== version) reload(); });
  events.addEventListener("reload", reload);

  const overlay = document.querySelector(".sg-serve-overlay");
  const hide = overlay?.querySelector(".sg-serve-overlay-hide");
  if (hide) {
    hide.hidden = false;
    hide.addEventListener("click", () => { overlay.hidden = true; });
  }
})();
