/**
 * "Revoke in Okta": on the org's Tokens page, points at the row of a token the extension could not revoke, so
 * the admin uses Okta's own revoke (the trash icon at the row's right) and Okta's confirmation. Runs in the page
 * through `scripting.executeScript` (self-contained: no imports). The row is found by what the admin reads:
 * the token's name and its creation date (and its id, where the console shows it), never by the secret.
 */

export const REVOKE_POINTER_TAG = 'okta-link-assistant-revoke';

export interface TokenRowFacts {
  name: string | null;
  /** Okta's `created` (ISO), else the capture time (ms). */
  createdIso: string | null;
  capturedAt: number;
  oktaId: string | null;
  /** What the pointer says, worded by the background (the page reaches no catalogue). */
  words: { found: string; notFound: string; close: string };
}

export type TokenRowResult = { found: boolean };

export async function pointAtTokenRow(facts: TokenRowFacts, tag: string): Promise<TokenRowResult> {
  const rowsIn = (root: Document | ShadowRoot): Element[] => {
    const rows = [...root.querySelectorAll('tr, [role="row"]')];
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot && element.tagName.toLowerCase() !== tag)
        rows.push(...rowsIn(element.shadowRoot));
    }
    return rows;
  };
  const created = new Date(facts.createdIso ?? facts.capturedAt);
  const dates = [
    created.toISOString().slice(0, 10),
    created.toLocaleDateString(),
    created.toLocaleDateString(document.documentElement.lang || undefined, {
      month: 'short',
      day: 'numeric',
      year: 'numeric',
    }),
  ];
  const score = (row: Element): number => {
    const text = row.textContent ?? '';
    if (facts.oktaId && text.includes(facts.oktaId)) return 3;
    const named = facts.name !== null && text.includes(facts.name);
    const dated = dates.some((date) => date && text.includes(date));
    return named && dated ? 2 : 0;
  };
  const find = (): Element | null => {
    const scored = rowsIn(document)
      .map((row) => ({ row, score: score(row) }))
      .filter((entry) => entry.score > 0)
      .sort((a, b) => b.score - a.score);
    const best = scored[0];
    // Two rows alike (same name, same day, no id shown): pointing at either could make the admin revoke the wrong one.
    if (!best || (best.score < 3 && scored.filter((entry) => entry.score === best.score).length > 1))
      return null;
    return best.row;
  };
  let row: Element | null = null;
  for (let tries = 0; tries < 40 && !row; tries += 1) {
    row = find();
    if (!row) await new Promise((resolve) => setTimeout(resolve, 250));
  }

  document.querySelector(tag)?.remove();
  const host = document.createElement(tag);
  host.setAttribute('data-row-found', row ? 'true' : 'false');
  const shadow = host.attachShadow({ mode: 'open' });
  const ring = document.createElement('div');
  ring.setAttribute('data-part', 'ring');
  ring.style.cssText =
    'position:fixed;pointer-events:none;border:3px solid #d93025;border-radius:6px;box-shadow:0 0 0 4px rgba(217,48,37,.25);z-index:2147483646;display:none';
  const callout = document.createElement('div');
  callout.setAttribute('role', 'status');
  callout.style.cssText =
    'position:fixed;right:16px;bottom:16px;max-width:360px;padding:12px 14px;background:#fff;color:#1d1d21;border:1px solid #d93025;border-radius:8px;font:14px/1.4 system-ui,sans-serif;box-shadow:0 4px 16px rgba(0,0,0,.2);z-index:2147483647';
  callout.textContent = row ? facts.words.found : facts.words.notFound;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = facts.words.close;
  close.style.cssText = 'display:block;margin-top:8px';
  close.addEventListener('click', () => host.remove());
  callout.append(close);
  shadow.append(ring, callout);
  document.documentElement.append(host);
  if (row) {
    const target = row as HTMLElement;
    target.scrollIntoView({ block: 'center' });
    const place = () => {
      if (!host.isConnected) return;
      const box = target.getBoundingClientRect();
      ring.style.display = target.isConnected ? 'block' : 'none';
      ring.style.left = `${box.left - 4}px`;
      ring.style.top = `${box.top - 4}px`;
      ring.style.width = `${box.width + 8}px`;
      ring.style.height = `${box.height + 8}px`;
    };
    place();
    addEventListener('scroll', place, { passive: true, capture: true });
    addEventListener('resize', place, { passive: true });
  }
  return { found: row !== null };
}
