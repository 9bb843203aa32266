// Installed in the popup before its scripts (page.addInitScript), by bench/popup-paint.ts. Plain JavaScript
// on purpose: functions compiled by tsx carry `__name` helpers that do not exist in the page. Records the
// first animation frame after the org domain is in the DOM (the frame that paints it), and adds up the page's
// layout shifts (what moved on screen while it loaded).
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
  window.__olaLayoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__olaLayoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
})();
