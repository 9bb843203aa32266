import { normalizeSpace, openShadowRootsIn, queryAllDeep, searchScopes } from '../dom/deep-query';
import { boundLabelText, controlLabel } from '../dom/labels';
import { isRendered } from '../dom/visibility';
import type { FieldDescriptor } from '../hub/hub-fields';
import { t } from '../i18n/browser-language';
import type { HubFormRefusal } from '../messages/hub-fill-protocol';
import { originOf } from '../url';

/*
 * Over 300 lines on purpose: finding the form, reading each field's label the way either hub version renders
 * it, and saying why there is no form (loading, framed, none) are one reading of the page, tested as one.
 * Finds the hub's Okta form on the page, the way both hub versions render it (sandbox/hub/README.md):
 * `<stackone-hub>` draws into its first child's OPEN shadow root; the inputs carry the connector's field
 * keys as `name`; 1.11.x binds a `<label for>` to each, 1.10.x only puts the label text nearby. Reads
 * only: nothing here changes the page.
 */

const HUB_ELEMENT = 'stackone-hub';

export type FillableInput = HTMLInputElement | HTMLTextAreaElement;

export interface HubFormField {
  input: FillableInput;
  /** What the shared field logic (utils/hub/hub-fields.ts and what builds on it) reads: name, label, type, placeholder. */
  descriptor: FieldDescriptor;
  /** The label as the admin reads it, without "(Optional)". */
  label: string;
}

export interface LocatedHubForm {
  found: true;
  hub: Element;
  form: HTMLFormElement;
  /** The connector the hub's header names ("Okta", "Google Workspace"), when it names one. */
  connector: string | null;
  fields: HubFormField[];
  /**
   * The form's other controls (selects, dropdowns, radio groups) as the field mapping reads them, with the
   * choice they show as `value`: one may ask for Okta's auth method first. Never filled.
   */
  choices: FieldDescriptor[];
}

export type HubFormLocation = LocatedHubForm | (Omit<HubFormRefusal, 'origin'> & { found: false });

/** Input types a person types text into; the others (checkbox, file, hidden…) are never ours to fill. */
const TEXT_INPUT_TYPES = new Set(['text', 'password', 'url', 'email', 'search', 'tel', '']);
/** The hub's own integration search box is not a connector field. */
const HUB_SEARCH_FIELD = 'search';
/** Frames smaller than this cannot show a form; ignoring them skips tracking pixels and widgets. */
const MIN_FORM_FRAME = { width: 150, height: 100 };
const MAX_LABEL_LENGTH = 80;
/** How far up from an input its nearby label may sit (the hub puts it two wrappers up). */
const LABEL_SEARCH_DEPTH = 4;

const refuse = (reason: HubFormRefusal['reason'], message: string): HubFormLocation => ({
  found: false,
  ok: false,
  reason,
  message,
});

export function locateHubForm(doc: Document): HubFormLocation {
  const hubs = queryAllDeep(HUB_ELEMENT, searchScopes(doc));
  if (hubs.length === 0) return framedHubRefusal(doc) ?? noHub();
  let firstRefusal: HubFormLocation | null = null;
  for (const hub of hubs) {
    const located = locateFormInHub(hub);
    if (located.found) return located;
    firstRefusal ??= located;
  }
  return firstRefusal ?? noHub();
}

function noHub(): HubFormLocation {
  return refuse('no-hub', t('fill_no_hub'));
}

function locateFormInHub(hub: Element): HubFormLocation {
  // 1.10 and 1.11 put the UI in the first child's shadow root; a later version may use the host's own.
  const root = hub.shadowRoot ?? openShadowRootsIn(hub)[0];
  if (!root) return hubStillLoading();
  const scopes = searchScopes(root);
  const form = queryAllDeep<HTMLFormElement>('form', scopes).find((candidate) =>
    fillableInputsOf(candidate).some((input) => input.name !== HUB_SEARCH_FIELD),
  );
  if (!form) return hubWithoutForm(root, scopes);
  return {
    found: true,
    hub,
    form,
    connector: connectorNameFor(form, scopes),
    fields: fillableInputsOf(form)
      .filter((input) => input.name !== HUB_SEARCH_FIELD)
      .map((input) => describeInput(input, form)),
    choices: choicesOf(form),
  };
}

function hubStillLoading(): HubFormLocation {
  return refuse('hub-loading', t('fill_hub_loading'));
}

/** The hub shows something other than a form: its integration list, an empty list, or a success. */
function hubWithoutForm(root: ShadowRoot, scopes: (Document | ShadowRoot | Element)[]): HubFormLocation {
  const text = normalizeSpace(root.textContent ?? '');
  if (/connection successful/i.test(text)) {
    return refuse('already-connected', t('fill_already_connected'));
  }
  // An OAuth 2.0 config with no field to show: the hub's Connect opens Okta's sign-in, no token goes anywhere.
  if (/authentication window|press\W+connect\W+below to authenticate/i.test(text)) {
    return refuse('oauth-form', t('fill_oauth_sign_in'));
  }
  if (/no configured integrations/i.test(text)) {
    return refuse('session-expired', t('fill_session_expired'));
  }
  const listsIntegrations =
    queryAllDeep(`input[name="${HUB_SEARCH_FIELD}"]`, scopes).length > 0 ||
    queryAllDeep('button img[alt]', scopes).length > 0;
  if (listsIntegrations) {
    const oktaEntries = queryAllDeep<HTMLImageElement>('button img[alt]', scopes).filter(
      (logo) => logo.alt.toLowerCase() === 'okta',
    ).length;
    return refuse('integration-list', t(oktaEntries > 1 ? 'fill_okta_twice' : 'fill_choose_okta'));
  }
  return hubStillLoading();
}

function fillableInputsOf(form: HTMLFormElement): FillableInput[] {
  return Array.from(form.querySelectorAll<FillableInput>('input, textarea')).filter(
    (field) => field instanceof HTMLTextAreaElement || TEXT_INPUT_TYPES.has(field.type.toLowerCase()),
  );
}

function describeInput(input: FillableInput, form: HTMLFormElement): HubFormField {
  const label = labelOf(input, form);
  const type = input instanceof HTMLTextAreaElement ? 'text_area' : input.type.toLowerCase() || 'text';
  return {
    input,
    label: label || input.name || input.placeholder,
    descriptor: {
      key: input.name || input.id,
      label: label || undefined,
      type,
      secret: type === 'password',
      placeholder: input.placeholder || undefined,
      required: input.required || input.getAttribute('aria-required') === 'true',
      // A field the admin cannot edit is not ours to edit either.
      readOnly: input.disabled || input.readOnly,
    },
  };
}

/** Native selects, radio groups and dropdown buttons (the hub's `select` fields) of a form. */
function choicesOf(form: HTMLFormElement): FieldDescriptor[] {
  const selects = Array.from(form.querySelectorAll('select')).map((select) => ({
    key: select.name || select.id,
    label: labelOf(select, form) || undefined,
    type: 'select',
    value: select.selectedOptions[0]?.textContent?.trim() ?? '',
    options: Array.from(select.options, (option) => ({ value: option.value, label: option.text.trim() })),
  }));
  const radioGroups = new Map<string, HTMLInputElement[]>();
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
    radioGroups.set(radio.name, [...(radioGroups.get(radio.name) ?? []), radio]);
  }
  const radios = Array.from(radioGroups, ([name, group]) => {
    const labelled = group.map((radio) => ({ radio, text: boundLabelText(radio) || radio.value }));
    return {
      key: name,
      label:
        normalizeSpace(group[0]?.closest('fieldset')?.querySelector('legend')?.textContent ?? '') ||
        undefined,
      type: 'radio',
      value: labelled.find(({ radio }) => radio.checked)?.text ?? '',
      options: labelled.map(({ radio, text }) => ({ value: radio.value, label: text })),
    };
  });
  // A dropdown (the hub renders `select` fields as a button labelled by its field label and its value).
  const dropdowns = Array.from(
    form.querySelectorAll<HTMLButtonElement>(
      'button[aria-labelledby], button[aria-haspopup], [role="combobox"]',
    ),
  ).map((control) => ({
    key: control.getAttribute('name') ?? control.id,
    label: boundLabelText(control) || undefined,
    type: 'select',
    value: normalizeSpace(control.textContent ?? ''),
  }));
  return [...selects, ...radios, ...dropdowns];
}

// ---------------------------------------------------------------------------------------------
// Labels

/** The label a person reads for an input: a bound `<label>`, an ARIA name, else the text just above it. */
export function labelOf(input: FillableInput | HTMLSelectElement, boundary: Element): string {
  return cleanLabel(controlLabel(input) || nearbyLabelText(input, boundary));
}

/**
 * Text placed before the input, looking up through its wrappers: the hub's 1.10 form has no `<label>`;
 * the label is the first line of the block before the input's wrapper (the line after it describes the
 * field). Stops at a block that holds another control, whose text belongs to that control.
 */
function nearbyLabelText(input: Element, boundary: Element): string {
  let node: Element | null = input;
  for (let depth = 0; node && node !== boundary && depth < LABEL_SEARCH_DEPTH; depth++) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      if (sibling.querySelector('input, select, textarea, button')) return '';
      const text = firstTextLine(sibling);
      if (text) return text;
    }
    node = node.parentElement;
  }
  return '';
}

/** The first block of text in an element: a label line rather than the label plus its description. */
function firstTextLine(element: Element): string {
  const withText = Array.from(element.children).filter((child) => normalizeSpace(child.textContent ?? ''));
  const [first] = withText;
  if (first && withText.length > 1) return normalizeSpace(first.textContent ?? '');
  return normalizeSpace(element.textContent ?? '');
}

/** "Event Hook Name(Optional)" → "Event Hook Name"; "API Token *" → "API Token". */
function cleanLabel(text: string): string {
  return text
    .replace(/\s*\((?:optional|required)\)\s*$/i, '')
    .replace(/\s*\*\s*$/, '')
    .trim()
    .slice(0, MAX_LABEL_LENGTH);
}

// ---------------------------------------------------------------------------------------------
// The connector the form belongs to

/**
 * The hub's header above the form shows the connector's logo (alt = provider key, e.g. "okta") next to
 * its name. The nearest such logo before the form names the connector; the StackOne logo does not.
 */
function connectorNameFor(form: HTMLFormElement, scopes: (Document | ShadowRoot | Element)[]): string | null {
  const logos = queryAllDeep<HTMLImageElement>('img[alt]', scopes).filter(
    (img) =>
      !/stackone/i.test(img.alt) &&
      img.getRootNode() === form.getRootNode() &&
      (form.compareDocumentPosition(img) & Node.DOCUMENT_POSITION_PRECEDING) !== 0,
  );
  const logo = logos.at(-1);
  if (!logo) return null;
  const name = normalizeSpace(logo.nextElementSibling?.textContent ?? '');
  return (name || normalizeSpace(logo.alt)).slice(0, MAX_LABEL_LENGTH) || null;
}

// ---------------------------------------------------------------------------------------------
// Frames

/**
 * With no hub on the page itself, a frame big enough to show a form may hold it. The extension fills only
 * the page itself (the top frame the admin sees the address of), so a framed hub is refused, saying why.
 */
function framedHubRefusal(doc: Document): HubFormLocation | null {
  const frames = queryAllDeep<HTMLIFrameElement | HTMLFrameElement>('iframe, frame', searchScopes(doc));
  for (const frame of frames) {
    if (!couldShowAForm(frame)) continue;
    if (frame.hasAttribute('sandbox')) {
      return refuse('sandboxed-frame', t('fill_sandboxed_frame'));
    }
    const framedDocument = readableDocumentOf(frame);
    if (!framedDocument) {
      const frameOrigin = originOf(frame.src, doc.baseURI);
      return refuse(
        'cross-origin-frame',
        t('fill_cross_origin_frame', { origin: frameOrigin ?? t('fill_another_origin') }),
      );
    }
    if (queryAllDeep(HUB_ELEMENT, searchScopes(framedDocument)).length > 0) {
      return refuse('framed-hub', t('fill_framed_hub'));
    }
  }
  return null;
}

function couldShowAForm(frame: Element): boolean {
  if (!isRendered(frame)) return false;
  const rect = frame.getBoundingClientRect();
  return rect.width >= MIN_FORM_FRAME.width && rect.height >= MIN_FORM_FRAME.height;
}

function readableDocumentOf(frame: HTMLIFrameElement | HTMLFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}
