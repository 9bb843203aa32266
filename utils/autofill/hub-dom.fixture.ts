/*
 * The hub's form as both real versions render it (read from @stackone/hub 1.11.4 and 1.10.1 in Chromium, see
 * sandbox/hub/README.md), rebuilt in happy-dom for unit tests, plus the layout happy-dom does not compute:
 * boxes for the inputs and what `elementFromPoint` hits.
 */

export interface FixtureField {
  key: string;
  label: string;
  type?: 'text' | 'password';
  placeholder?: string;
  required?: boolean;
  description?: string;
}

export const STANDARD_FIELDS: FixtureField[] = [
  {
    key: 'okta_domain',
    label: 'Okta Domain URL',
    placeholder: 'your-org.okta.com',
    required: true,
    description: 'Your Okta org domain, without https://',
  },
  {
    key: 'api_token',
    label: 'API Token',
    type: 'password',
    placeholder: 'Enter your Okta API token',
    required: true,
    description: 'Create it in the Okta Admin Console under Security > API > Tokens.',
  },
  { key: 'event_hook_name', label: 'Event Hook Name', placeholder: 'StackOne Event Hook' },
];

/** Okta's OAuth 2.0 form: the org and the OAuth app's client, no API token. */
/** What the filler reports of a form of STANDARD_FIELDS, none filled yet (the popup's tests show the same report). */
export function standardFormFound(origin: string) {
  return {
    ok: true as const,
    origin,
    connector: 'Okta',
    summary: 'Okta form with 3 fields',
    fields: [
      { label: 'Okta Domain URL', meaning: 'orgDomain' as const, hasValue: false },
      { label: 'API Token', meaning: 'apiToken' as const, hasValue: false },
      { label: 'Event Hook Name', meaning: 'eventHookName' as const, hasValue: false },
    ],
  };
}

export const OAUTH_FIELDS: FixtureField[] = [
  { key: 'okta_domain', label: 'Okta Domain URL', placeholder: 'your-org.okta.com', required: true },
  { key: 'client_id', label: 'Client ID', placeholder: '0oa…', required: true },
  { key: 'client_secret', label: 'Client Secret', type: 'password', required: true },
];

export const SUBDOMAIN_FIELDS: FixtureField[] = [
  { key: 'subdomain', label: 'Organization URL', placeholder: 'your-org', required: true },
  {
    key: 'token',
    label: 'API Token',
    type: 'password',
    placeholder: 'Enter your Okta API token',
    required: true,
  },
];

export interface HubFixture {
  hub: HTMLElement;
  /** The hub's first child: the shadow host. */
  host: HTMLElement;
  root: ShadowRoot;
  inputs: HTMLInputElement[];
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** 1.11.x: `<label for>` bound to each input, "(Optional)" in an aria-hidden span outside the label. */
function fieldWithLabel(field: FixtureField, index: number): string {
  const id = `mal-r${index}`;
  const optional = field.required ? '' : '<span aria-hidden="true"><span>(Optional)</span></span>';
  const description = field.description
    ? `<div id="${id}-description"><div><div>${escapeHtml(field.description)}</div></div></div>`
    : '';
  return `<div><div><div><div><div><label id="${id}-label" for="${id}-control"><span>${escapeHtml(field.label)}</span></label>${optional}</div></div>${description}</div><div><input id="${id}-control" type="${field.type ?? 'text'}" placeholder="${escapeHtml(field.placeholder ?? '')}" autocomplete="off"${field.required ? ' aria-required="true"' : ''} name="${field.key}" value=""></div><div id="${id}-helper-error" aria-live="polite"></div></div></div>`;
}

/** 1.10.x: no `<label>`, no ids; the label is a span in the block before the input, "(Optional)" inside it. */
function fieldWithNearbyText(field: FixtureField): string {
  const optional = field.required ? '' : '<span>(Optional)</span>';
  const description = field.description
    ? `<div><div><span>${escapeHtml(field.description)}</span></div></div>`
    : '';
  return `<div><div><div><div><div><span>${escapeHtml(field.label)}${optional}</span></div></div>${description}</div><div><input type="${field.type ?? 'text'}" placeholder="${escapeHtml(field.placeholder ?? '')}" autocomplete="off" name="${field.key}" value=""></div></div></div>`;
}

/**
 * 1.11.x renders a `select` field as its dropdown: a button labelled by the field's label and the text it
 * shows (the placeholder, or the chosen option's label), the choices in a pop-up panel.
 */
function dropdownField(label: string, shown: string): string {
  const id = 'mal-rd';
  return `<div><div><div><div><div><label id="${id}-label" for="${id}-control"><span>${escapeHtml(label)}</span></label></div></div></div><div><button id="${id}-control" type="button" aria-labelledby="${id}-label ${id}-control-value" aria-required="true" data-malachite-dropdown-trigger=""><span id="${id}-control-value"><span>${escapeHtml(shown)}</span></span><span><svg width="20" height="20"></svg></span></button></div></div></div>`;
}

export function hubFormHtml(
  fields: readonly FixtureField[],
  {
    version = '1.11',
    provider = 'okta',
    name = 'Okta',
    chooser,
  }: {
    version?: '1.10' | '1.11';
    provider?: string;
    name?: string;
    /** A first "Authentication Method" dropdown showing this text. */
    chooser?: string;
  } = {},
): string {
  const body =
    (chooser === undefined ? '' : dropdownField('Authentication Method', chooser)) +
    fields
      .map((field, index) => (version === '1.11' ? fieldWithLabel(field, index) : fieldWithNearbyText(field)))
      .join('');
  return `<div><div><div><div><div><div><div><img src="/logos/${provider}.svg" alt="${provider}"><span>${escapeHtml(name)}</span></div><a href="#"><button>Connection guide</button></a></div></div></div><div><div><div><form>${body}</form></div></div></div><div><div><div><a href="#"><img src="data:," width="16" alt="StackOne Logo"></a></div><div><div><button>Back</button><button disabled="">Connect</button></div></div></div></div></div></div></div>`;
}

/**
 * Mounts `<stackone-hub>` whose first child holds an open shadow root with `html`. `nested`: the vendor's page
 * puts the hub inside its own web component's open shadow root, where `document.querySelector` cannot see it.
 */
export function mountHub(
  html: string,
  doc: Document = document,
  { nested = false }: { nested?: boolean } = {},
): HubFixture {
  const slot =
    '<div id="hub-slot"><stackone-hub token="s" base-url="http://127.0.0.1:9"></stackone-hub></div>';
  let scope: Document | ShadowRoot = doc;
  if (nested) {
    doc.body.innerHTML = '<main><vendor-integrations></vendor-integrations></main>';
    const vendor = doc.querySelector('vendor-integrations') as HTMLElement;
    scope = vendor.attachShadow({ mode: 'open' });
    scope.innerHTML = slot;
  } else {
    doc.body.innerHTML = `<main>${slot}</main>`;
  }
  const hub = scope.querySelector('stackone-hub') as HTMLElement;
  const host = doc.createElement('div');
  hub.append(host);
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = html;
  return { hub, host, root, inputs: Array.from(root.querySelectorAll('input')) };
}

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

function rectOf({ left, top, width, height }: Box): DOMRect {
  return {
    left,
    top,
    width,
    height,
    x: left,
    y: top,
    right: left + width,
    bottom: top + height,
    toJSON: () => ({}),
  } as DOMRect;
}

const contains = (box: Box, x: number, y: number) =>
  x >= box.left && x < box.left + box.width && y >= box.top && y < box.top + box.height;

/**
 * Lays the inputs out one per row and makes `elementFromPoint` answer as a browser would: the document
 * sees the shadow host, the shadow root the input. `cover` (when given) is painted over everything.
 */
export function layOut(
  fixture: HubFixture,
  { firstTop = 100, cover }: { firstTop?: number; cover?: Element } = {},
): void {
  const boxes = fixture.inputs.map((input, index) => {
    const box = { left: 40, top: firstTop + index * 60, width: 300, height: 32 };
    input.getBoundingClientRect = () => rectOf(box);
    return { input, box };
  });
  const inputAt = (x: number, y: number) => boxes.find(({ box }) => contains(box, x, y))?.input ?? null;
  const doc = fixture.hub.ownerDocument;
  doc.elementFromPoint = (x: number, y: number) => cover ?? (inputAt(x, y) ? fixture.host : doc.body);
  (fixture.root as ShadowRoot & { elementFromPoint: Document['elementFromPoint'] }).elementFromPoint = (
    x: number,
    y: number,
  ) => inputAt(x, y);
}
