// Installed in the popup before its scripts (page.addInitScript), by bench/popup-ready.ts. Plain JavaScript
// (see paint-probe.js). Records the first animation frame after the popup's primary action (`button.primary`:
// Start, Get token from Okta, Connect…) is in the DOM and enabled: the frame that shows it ready to click.
(() => {
  const observer = new MutationObserver(() => {
    const button = document.querySelector('button.primary:not([disabled])');
    if (!button) return;
    observer.disconnect();
    const label = button.textContent?.trim() ?? '';
    requestAnimationFrame(() => {
      window.__olaPopupReady = { ms: performance.now(), label };
    });
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['disabled'],
  });
})();
