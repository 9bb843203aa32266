import { queryAllDeep } from '../dom/deep-query';
import { setValueAsTyped } from '../dom/set-value';
import { isRendered } from '../dom/visibility';
import { DIALOG, locateTarget, meansAnyIp } from '../okta/guide-steps';
import { ownText, type Scope } from '../okta/locators';
import { ADMIN_TOKENS_PATH, type NetworkState } from '../okta/steps';
import { OKTA_TOKEN_IN_TEXT } from '../okta/token';
import type { NetworkRecord, SetFailure } from './network-default';

/**
 * Okta's dialogs as the guide reads them: the create-token dialog (its name field and network choice, in a
 * `<select>`, a Courage/Chosen dropdown over a hidden `<select>`, or an Odyssey/MUI combobox) and the dialog
 * that reveals the token once. The guide fills what Okta leaves empty and sets "Any IP" while the choice is
 * still Okta's default (network-default.ts); it never clicks Okta's "Create token". "Any IP" is known by what
 * the option says, or by Okta's value `ANYWHERE`; no other option value is ever guessed.
 */

/** The open dialogs, innermost boxes only (a modal's container and its paper can both say role=dialog). */
export function openDialogs(scopes: readonly Scope[]): Element[] {
  const dialogs = queryAllDeep(DIALOG, scopes).filter(isRendered);
  return dialogs.filter((dialog) => !dialogs.some((other) => other !== dialog && dialog.contains(other)));
}

export interface CreateDialog {
  dialog: Element;
  name: HTMLInputElement;
  /** The network choice as the admin sees it: a `<select>`, Chosen's dropdown, or an ARIA combobox. */
  network: Element | null;
  /** The zones control, shown for the two "…following zones" choices. */
  zones: Element | null;
}

/**
 * The create-token dialog among the open `dialogs` (openDialogs): one with a name field and, off the Tokens
 * page, a network choice too.
 */
export function findCreateDialog(dialogs: readonly Element[], path: string): CreateDialog | null {
  for (const dialog of dialogs) {
    const name = locateTarget('token-name-input', [dialog]);
    if (!(name instanceof HTMLInputElement)) continue;
    const network = locateTarget('network-control', [dialog]);
    if (!network && !path.startsWith(ADMIN_TOKENS_PATH)) continue;
    const zones = locateTarget('zones-control', [dialog]);
    return { dialog, name, network, zones: zones === network ? null : zones };
  }
  return null;
}

/** The token Okta shows once, read only from inside an open dialog: a token-shaped string elsewhere is ignored. */
export function readRevealedToken(
  dialogs: readonly Element[],
  /** Whether a token read in a dialog is what Okta just revealed (utils/guide/reveal-capture.ts). */
  accepts: (dialog: Element, token: string) => boolean = () => true,
): { element: Element; token: string } | null {
  for (const dialog of dialogs) {
    const element = locateTarget('revealed-token', [dialog]);
    const token = element ? ownText(element).match(OKTA_TOKEN_IN_TEXT)?.[0] : undefined;
    if (element && token && accepts(dialog, token)) return { element, token };
  }
  return null;
}

// ---------------------------------------------------------------- the network choice

/** Where a dropdown keeps its value: the `<select>` (shown, or hidden behind Chosen) or MUI's hidden input. */
function valueHolderOf(shown: Element): HTMLSelectElement | HTMLInputElement | null {
  if (shown instanceof HTMLSelectElement) return shown;
  // Chosen inserts its dropdown right after the <select> it hides.
  const before = shown.previousElementSibling;
  if (shown.matches('.chzn-container, .chosen-container'))
    return before instanceof HTMLSelectElement ? before : null;
  const input = shown.parentElement?.querySelector('input');
  return input instanceof HTMLInputElement ? input : null;
}

/** The choice as the page holds it ('' for no choice, or for a control that keeps no value we can read). */
export function networkValue(shown: Element): string {
  return valueHolderOf(shown)?.value ?? '';
}

/** The choice as the admin reads it. */
export function shownChoice(shown: Element): string {
  if (shown instanceof HTMLSelectElement) return shown.options[shown.selectedIndex]?.text.trim() ?? '';
  const chosenText = shown.querySelector('.chzn-single span, .chosen-single span');
  return (chosenText ?? shown).textContent?.trim() ?? '';
}

/**
 * The choice as one string to compare over time (network-default.ts): its value where the control keeps one,
 * else the text the admin reads.
 */
export function choiceOf(shown: Element): string {
  return valueHolderOf(shown) ? networkValue(shown) : `text:${shownChoice(shown)}`;
}

/** Whether the control shows Any IP now. */
export function showsAnyIp(shown: Element): boolean {
  return meansAnyIp(networkValue(shown), shownChoice(shown));
}

/** Whether zones are picked, when the zones control is shown (it is, for the "…following zones" choices). */
function zonesPicked(zones: Element | null): boolean | null {
  if (!zones) return null;
  const holder = valueHolderOf(zones);
  if (holder instanceof HTMLSelectElement)
    return Array.from(holder.options).some((option) => option.selected);
  return holder ? holder.value !== '' : null;
}

/**
 * What the network choice still needs. Any IP needs nothing. Any other choice stands only when the admin made
 * it (the record says they changed it): a default the guide has not replaced, is replacing, or could not
 * replace asks the admin to choose. A choice naming zones needs at least one zone picked.
 */
export function networkState(dialog: CreateDialog, record: NetworkRecord | null): NetworkState {
  if (!dialog.network || showsAnyIp(dialog.network)) return 'settled';
  if (!record?.adminChanged) return 'needs-choice';
  return zonesPicked(dialog.zones) === false ? 'needs-zones' : 'settled';
}

export type Sleep = (ms: number) => Promise<void>;

/** How a try at Any IP ended. */
export type SetResult = 'took' | SetFailure;

/**
 * Sets the network choice to Any IP the way each dropdown takes a choice, so the page's framework registers
 * it: a `<select>` (behind Chosen or not) through its value and `change`; any other combobox (MUI's Select,
 * which fires no DOM event of its own) by opening it and clicking the option that says Any IP in its listbox.
 */
export async function chooseAnyIp(
  shown: Element,
  scopes: () => readonly Scope[],
  sleep: Sleep,
): Promise<SetResult> {
  const holder = valueHolderOf(shown);
  if (holder instanceof HTMLSelectElement) {
    const option = Array.from(holder.options).find((candidate) =>
      meansAnyIp(candidate.value, candidate.text),
    );
    if (!option) return 'no-any-ip';
    setValueAsTyped(holder, option.value);
    if (shown !== holder) keepChosenInSync(shown, holder, option);
    return holder.value === option.value ? 'took' : 'did-not-take';
  }
  return chooseInCombobox(shown, scopes, sleep);
}

/** Chosen redraws on its own update events; where it does not listen for them, its shown text is set too. */
function keepChosenInSync(container: Element, select: HTMLSelectElement, option: HTMLOptionElement) {
  for (const type of ['liszt:updated', 'chosen:updated']) select.dispatchEvent(new Event(type));
  const text = container.querySelector('.chzn-single span, .chosen-single span');
  if (text && text.textContent !== option.text) text.textContent = option.text;
}

async function chooseInCombobox(
  combobox: Element,
  scopes: () => readonly Scope[],
  sleep: Sleep,
): Promise<SetResult> {
  // MUI opens its Select on a primary-button mousedown, other comboboxes on a click; the listbox is a portal
  // elsewhere in the page (or in a shadow root).
  const press = (target: Element, type: string) =>
    target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
  press(combobox, 'mousedown');
  let options: Element[] = [];
  for (let tries = 0; tries < 20 && options.length === 0; tries++) {
    if (tries === 6 && combobox.getAttribute('aria-expanded') !== 'true') press(combobox, 'click');
    await sleep(50);
    options = queryAllDeep('[role="option"]', scopes()).filter(isRendered);
  }
  const anyIp = options.find((option) => meansAnyIp(option.getAttribute('data-value'), option.textContent));
  if (anyIp) {
    press(anyIp, 'click');
    await sleep(0);
    return showsAnyIp(combobox) ? 'took' : 'did-not-take';
  }
  // Open without Any IP in it: close it as Escape does, leaving the choice as it was. The key goes to the
  // listbox, whose menu closes on it — not to the focused element: once the menu closes, focus is back in
  // Okta's dialog, which Escape would close.
  const listbox = queryAllDeep('[role="listbox"]', scopes()).find(isRendered);
  listbox?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  return options.length > 0 ? 'no-any-ip' : 'did-not-take';
}

// ---------------------------------------------------------------- the name

/** Fills the token's name when Okta left it empty, so the page's framework registers it as typed. */
export function fillNameIfEmpty(input: HTMLInputElement, name: string): void {
  if (input.value === '' && name) setValueAsTyped(input, name);
}
