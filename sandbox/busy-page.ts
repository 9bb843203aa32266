/**
 * A busier page for the benchmark, on the Okta replica's console (bench/page-cost-curve.ts, bench/soak.ts) and on
 * the hub sandbox's vendor page (bench/hub-fill-cost.ts): `busyRows` extra table rows of
 * five cells each, and one element changing `busyChangesPerSecond` times a second — a counter's text and a class
 * on a row, as live consoles do (spinners, tooltips, refreshing widgets). Beside the console's own root, so its
 * re-renders leave it alone. Browser code, inlined into the page with the page's nonce.
 */
export function busyPageScript(rows: number, changesPerSecond: number): string {
  return `(() => {
  const rows = ${Math.max(0, Math.floor(rows))};
  const perSecond = ${Math.max(0, changesPerSecond)};
  const region = document.createElement('section');
  region.className = 'busy-region';
  region.setAttribute('aria-label', 'Recent activity');
  region.style.cssText = 'margin: 24px 32px 24px 272px; background: #fff; padding: 12px; border-radius: 8px;';
  const counter = document.createElement('p');
  counter.className = 'busy-counter';
  counter.textContent = '0 updates';
  const table = document.createElement('table');
  table.className = 'busy-table';
  const cells = (i) => ['Event ' + i, 'user' + (i % 97) + '@example.test', 'app-' + (i % 13), 'ok', String(i * 7)];
  const html = [];
  for (let i = 0; i < rows; i++) html.push('<tr><td>' + cells(i).join('</td><td>') + '</td></tr>');
  table.innerHTML = '<tbody>' + html.join('') + '</tbody>';
  region.append(counter, table);
  document.body.append(region);
  if (perSecond > 0) {
    let n = 0;
    const row = table.tBodies[0].rows[0];
    setInterval(() => {
      n++;
      counter.textContent = n + ' updates';
      if (row) row.classList.toggle('busy-hot');
    }, 1000 / perSecond);
  }
})();`;
}
