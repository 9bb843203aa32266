// Installed in the popup before its scripts (page.addInitScript), by bench/popup-paint.ts. Plain JavaScript
// on purpose: functions compiled by tsx carry `__name` helpers that do not exist in the page. Records the
// first animation frame after the org domain is in the DOM: the frame that paints it.
(() => {
  const observer = new MutationObserver(() => {
    const domain = document.querySelector('[data-testid="org-domain"]');
    if (!domain?.textContent?.trim()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      window.__olaOrgDomainPaint = performance.now();
    });
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
})();
