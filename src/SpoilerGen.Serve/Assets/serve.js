// Injected by `spoilergen serve` only, never written into a built site: reloads the page when the
// site has been rebuilt, and lets the author hide the build error overlay.
(() => {
  const script = document.currentScript;
  const version = script.dataset.version;
  let events = null;

  const reload = () => {
    disconnect();
    location.reload();
  };
  const connect = () => {
    if (events) return;
    events = new EventSource(script.dataset.events);
    // "hello" on every (re)connection: a rebuild may have happened while this tab was not listening.
    events.addEventListener("hello", (event) => { if (event.data !== version) reload(); });
    events.addEventListener("reload", reload);
  };
  const disconnect = () => {
    events?.close();
    events = null;
  };

  // A browser keeps at most six connections to one server, and each event stream holds one: a tab
  // that cannot be seen lets go of its stream, so that many open tabs never starve page loads.
  // It listens again, and catches up, when it is shown.
  document.addEventListener("visibilitychange", () => (document.hidden ? disconnect() : connect()));
  window.addEventListener("pagehide", disconnect);
  window.addEventListener("pageshow", () => { if (!document.hidden) connect(); });
  if (!document.hidden) connect();

  const overlay = document.querySelector(".sg-serve-overlay");
  const hide = overlay?.querySelector(".sg-serve-overlay-hide");
  if (hide) {
    hide.hidden = false;
    hide.addEventListener("click", () => { overlay.hidden = true; });
  }
})();
