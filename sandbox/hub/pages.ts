/*
 * HTML of the sandbox's app pages: a vendor's app embedding `<stackone-hub>`, the hosted "auth link" page,
 * a page without the hub, and the framed / clickjacking variants.
 */
import { busyPageScript } from '../busy-page';

export type FrameVariant = 'cross-origin' | 'sandboxed';
export type AttackVariant = 'transparent' | 'covered' | 'hidden' | 'hide-on-fill';

/** Where each build of the real web component is served (on both servers). */
export const HUB_SCRIPT_PATHS = {
  current: '/assets/hub/webcomponent.js',
  legacy: '/assets/hub-legacy/webcomponent.js',
} as const;

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const BASE_STYLE = `
  * { box-sizing: border-box; }
  body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2433; background: #f4f6fa; }
  header.vendor { display: flex; align-items: center; gap: 16px; padding: 12px 24px; background: #23305a; color: #fff; }
  header.vendor .brand { font-weight: 700; font-size: 18px; }
  header.vendor nav a { color: #cdd6f4; margin-right: 12px; text-decoration: none; font-size: 14px; }
  main { display: grid; grid-template-columns: 220px 1fr; gap: 24px; padding: 24px; max-width: 1100px; }
  aside.menu { background: #fff; border-radius: 8px; padding: 16px; font-size: 14px; line-height: 2; }
  section.panel { background: #fff; border-radius: 8px; padding: 20px; }
  h1 { font-size: 20px; margin: 0 0 6px; }
  p.lead { margin: 0 0 16px; color: #5b6478; font-size: 14px; }
  #hub-status { min-height: 1.4em; font-weight: 600; margin: 12px 0 0; }
  #hub-status.ok { color: #137333; }
  .hub-slot { position: relative; width: 480px; max-width: 100%; }
  iframe.hub-frame { width: 480px; height: 560px; border: 1px solid #d8dce6; border-radius: 8px; background: #fff; }
`;

/** Page script: shows the hub's `success` event (directly or posted up from a frame) in #hub-status. */
function statusScript(): string {
  return `<script>
    (function () {
      var status = document.getElementById('hub-status');
      function connected(detail) {
        if (!detail || !detail.id) return;
        status.textContent = 'Connected: ' + detail.id;
        status.className = 'ok';
        document.body.setAttribute('data-hub-account', detail.id);
      }
      document.addEventListener('success', function (event) { connected(event.detail); });
      document.addEventListener('close', function () { status.textContent = 'Hub closed'; });
      window.addEventListener('message', function (event) {
        var data = event.data;
        if (data && data.type === 'hub-sandbox:success') connected(data.account);
      });
    })();
  </script>`;
}

export interface HubElementOptions {
  session: string;
  backendOrigin: string;
  /** Absolute or root-relative URL of the web component script. */
  scriptSrc: string;
  accountId?: string;
}

/** The `<stackone-hub>` element, and the script that defines it. */
function hubElementParts(options: HubElementOptions): [element: string, script: string] {
  const accountAttr = options.accountId ? ` account-id="${escapeHtml(options.accountId)}"` : '';
  return [
    `<stackone-hub id="hub" mode="integration-picker" token="${escapeHtml(options.session)}" base-url="${escapeHtml(
      options.backendOrigin,
    )}" height="520px"${accountAttr}></stackone-hub>`,
    `<script src="${escapeHtml(options.scriptSrc)}"></script>`,
  ];
}

/** The `<stackone-hub>` element plus the script that defines it. */
function hubElement(options: HubElementOptions): string {
  return hubElementParts(options).join('\n  ');
}

function vendorChrome(title: string, body: string, extraStyle = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(title)}</title>
  <style>${BASE_STYLE}${extraStyle}</style>
</head>
<body>
  <header class="vendor">
    <span class="brand">Acme People</span>
    <nav><a href="#">Dashboard</a><a href="#">Employees</a><a href="#">Settings</a></nav>
  </header>
  <main>
    <aside class="menu">
      <div>General</div><div>Users &amp; roles</div><div><strong>Integrations</strong></div><div>Billing</div>
    </aside>
    <section class="panel">
${body}
    </section>
  </main>
</body>
</html>`;
}

const ATTACK_STYLE: Record<AttackVariant, string> = {
  // The hub is invisible but on top of a decoy: the user thinks they type into / click the decoy.
  transparent: `
    .hub-slot { opacity: 0; position: absolute; top: 0; left: 0; z-index: 10; }
    .attack-stage { position: relative; min-height: 560px; }`,
  // An opaque element lies over the hub's form: the user cannot see what is filled or submitted.
  covered: `
    .attack-stage { position: relative; }
    .attack-cover { position: absolute; inset: 0; z-index: 10; background: #fff; display: flex;
      align-items: center; justify-content: center; font-size: 18px; border: 1px solid #d8dce6; border-radius: 8px; }`,
  // The hub is laid out but invisible.
  hidden: `
    .hub-slot { visibility: hidden; }`,
  // The form is fine until something goes into its first field; then the page hides the token field (see
  // HIDE_ON_FILL): checked all at once before the fill, it would have passed.
  'hide-on-fill': '',
};

/** The page reacts to the first value filled into the hub's form by hiding every password field of it. */
const HIDE_ON_FILL = `<script>
  document.addEventListener('input', (event) => {
    const first = event.composedPath()[0];
    if (!(first instanceof HTMLInputElement) || first.type === 'password') return;
    const root = first.getRootNode();
    for (const field of root.querySelectorAll('input[type="password"]')) field.style.display = 'none';
  }, true);
</script>`;

const DECOY = `<div class="decoy" id="decoy">
        <h2>Claim your free upgrade</h2>
        <p>Enter a promo code and press the button below.</p>
        <input id="decoy-input" placeholder="Promo code" style="width: 300px; padding: 8px">
        <p><button id="decoy-button" type="button">Claim upgrade</button></p>
      </div>`;

export interface AppPageOptions {
  session: string;
  backendOrigin: string;
  legacy: boolean;
  frame?: FrameVariant;
  attack?: AttackVariant;
  accountId?: string;
  /** URL of the framed hub page (for `frame`). */
  frameSrc?: string;
  /** The vendor's own web component holds the hub in its open shadow root. */
  nested?: boolean;
  /** A busy vendor page for the benchmark: extra table rows, and one element changing this often (busy-page.ts). */
  busy?: { rows: number; changesPerSecond: number };
}

/**
 * A vendor's settings component that renders the hub inside its own open shadow root: `document.querySelector`
 * does not find the hub there, only a search through open shadow roots does.
 */
function nestedInVendorComponent(hub: string): string {
  return `<template id="vendor-integrations-template">${hub}</template>
      <vendor-integrations id="vendor-integrations"></vendor-integrations>
      <script>
        customElements.define('vendor-integrations', class extends HTMLElement {
          constructor() {
            super();
            var template = document.getElementById('vendor-integrations-template');
            this.attachShadow({ mode: 'open' }).append(template.content.cloneNode(true));
          }
        });
      </script>`;
}

/** `/app`: the vendor's integrations settings page embedding the hub. */
export function appPage(options: AppPageOptions): string {
  const scriptSrc = options.legacy ? HUB_SCRIPT_PATHS.legacy : HUB_SCRIPT_PATHS.current;
  let hub: string;
  if (options.frame === 'cross-origin') {
    hub = `<iframe class="hub-frame" id="hub-frame" title="StackOne Hub" src="${escapeHtml(options.frameSrc ?? '')}"></iframe>`;
  } else if (options.frame === 'sandboxed') {
    hub = `<iframe class="hub-frame" id="hub-frame" title="StackOne Hub" sandbox="allow-scripts allow-forms" src="${escapeHtml(
      options.frameSrc ?? '',
    )}"></iframe>`;
  } else if (options.nested) {
    // The element goes into the vendor's shadow root; the script that defines it stays in the page.
    const [element, script] = hubElementParts({
      session: options.session,
      backendOrigin: options.backendOrigin,
      scriptSrc,
      accountId: options.accountId,
    });
    hub = `${nestedInVendorComponent(element)}\n      ${script}`;
  } else {
    hub = hubElement({
      session: options.session,
      backendOrigin: options.backendOrigin,
      scriptSrc,
      accountId: options.accountId,
    });
  }
  let slot = `<div class="hub-slot" id="hub-slot">${hub}</div>`;
  if (options.attack === 'transparent') {
    slot = `<div class="attack-stage">${DECOY}${slot}</div>`;
  } else if (options.attack === 'covered') {
    slot = `<div class="attack-stage">${slot}<div class="attack-cover" id="attack-cover">Loading your dashboard…</div></div>`;
  }
  const body = `      <h1>Integrations</h1>
      <p class="lead">Connect your identity provider so Acme People can sync users and groups.</p>
      ${slot}
      <p id="hub-status" role="status" aria-live="polite"></p>
      ${statusScript()}${options.attack === 'hide-on-fill' ? HIDE_ON_FILL : ''}${
        options.busy
          ? `<script>${busyPageScript(options.busy.rows, options.busy.changesPerSecond)}</script>`
          : ''
      }`;
  return vendorChrome('Integrations · Acme People', body, options.attack ? ATTACK_STYLE[options.attack] : '');
}

/** The page inside a framed variant: the hub alone, telling its parent about success. */
export function framedHubPage(options: HubElementOptions): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>StackOne Hub</title>
  <style>body { margin: 0; font-family: system-ui, sans-serif; }</style>
  <script>
    // A sandboxed (opaque-origin) frame has no storage; the hub touches localStorage for its theme.
    (function () {
      try { window.localStorage.getItem('probe'); } catch (e) {
        var data = {};
        var memory = {
          getItem: function (k) { return Object.prototype.hasOwnProperty.call(data, k) ? data[k] : null; },
          setItem: function (k, v) { data[k] = String(v); },
          removeItem: function (k) { delete data[k]; },
          clear: function () { data = {}; },
          key: function (i) { return Object.keys(data)[i] || null; },
          get length() { return Object.keys(data).length; }
        };
        try { Object.defineProperty(window, 'localStorage', { value: memory, configurable: true }); } catch (e2) {}
      }
    })();
  </script>
</head>
<body>
  ${hubElement(options)}
  <p id="hub-status" role="status"></p>
  <script>
    document.addEventListener('success', function (event) {
      document.getElementById('hub-status').textContent = 'Connected: ' + event.detail.id;
      parent.postMessage({ type: 'hub-sandbox:success', account: event.detail }, '*');
    });
  </script>
</body>
</html>`;
}

/** `/embedded/integrations?token=…`: the hosted "auth link" page, full-page hub. */
export function authLinkPage(options: HubElementOptions): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Connect an integration · StackOne</title>
  <style>
    body { margin: 0; font-family: system-ui, sans-serif; background: #f7f7f8; display: flex; flex-direction: column;
      align-items: center; padding: 32px 16px; }
    .hub-slot { width: 480px; max-width: 100%; }
    #hub-status { min-height: 1.4em; font-weight: 600; }
    #hub-status.ok { color: #137333; }
  </style>
</head>
<body>
  <div class="hub-slot" id="hub-slot">${hubElement(options)}</div>
  <p id="hub-status" role="status" aria-live="polite"></p>
  ${statusScript()}
</body>
</html>`;
}

/** `/plain`: a page of the vendor's app without any hub. */
export function plainPage(): string {
  return vendorChrome(
    'Dashboard · Acme People',
    `      <h1>Dashboard</h1>
      <p class="lead">Welcome back. Nothing to connect here.</p>
      <form><label>Search employees <input name="q" type="text"></label></form>`,
  );
}

/** A small index of the app pages, for people running the demo. */
export function indexPage(links: { href: string; label: string }[]): string {
  const items = links
    .map((l) => `<li><a href="${escapeHtml(l.href)}">${escapeHtml(l.label)}</a></li>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hub sandbox</title></head>
<body style="font-family: system-ui, sans-serif; padding: 24px"><h1>Hub sandbox</h1><ul>${items}</ul></body></html>`;
}

export const OKTA_LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><circle cx="12" cy="12" r="10" fill="#00297a"/><circle cx="12" cy="12" r="4.5" fill="#fff"/></svg>`;
export const GENERIC_LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><rect x="2" y="2" width="20" height="20" rx="5" fill="#7a8599"/></svg>`;
