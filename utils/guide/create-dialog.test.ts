// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { searchScopes } from '../dom/deep-query';
import {
  courageDialog,
  ENGLISH,
  NETWORK_VALUES,
  odysseyDialog,
  UNKNOWN_WORDS,
  useConsoleLayout,
} from '../okta/console-dom.fixture';
import {
  chooseAnyIp,
  fillNameIfEmpty,
  findCreateDialog,
  isDefaultToReplace,
  networkState,
  networkValue,
  openDialogs,
  readRevealedToken,
  shownChoice,
} from './create-dialog';

const TOKENS_PATH = '/admin/access/api/tokens';
const TOKEN = '00abcdefghijklmnopqrstuvwxyzABCDEFGH_-wxyz';
const sleep = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const scopes = () => searchScopes(document);

useConsoleLayout();

/** MUI's Select as the page sees it: opens on mousedown, takes a choice on the option's click, fires no event. */
function behaveLikeMuiSelect(dialog: Element, texts = ENGLISH) {
  const combobox = dialog.querySelector('[role="combobox"]') as HTMLElement;
  const input = dialog.querySelector('input.MuiSelect-nativeInput') as HTMLInputElement;
  const changes = vi.fn();
  input.addEventListener('change', changes);
  combobox.addEventListener('mousedown', (event) => {
    if (event.button !== 0) return;
    setTimeout(() => {
      const menu = document.createElement('div');
      menu.className = 'MuiPopover-root MuiMenu-root';
      menu.innerHTML = `<ul role="listbox" id="net-listbox">${NETWORK_VALUES.map(
        (value, i) => `<li role="option" data-value="${value}">${texts.networkOptions[i]}</li>`,
      ).join('')}</ul>`;
      combobox.setAttribute('aria-controls', 'net-listbox');
      menu.addEventListener('click', (click) => {
        const option = (click.target as Element).closest('[role="option"]');
        if (!option) return;
        input.value = option.getAttribute('data-value') ?? '';
        combobox.textContent = option.textContent;
        menu.remove();
      });
      document.body.append(menu);
    });
  });
  return { combobox, input, changes };
}

describe('finding the create-token dialog', () => {
  it('is an open dialog with a name field and a network choice; a reveal dialog is not one', () => {
    courageDialog();
    expect(findCreateDialog(openDialogs(scopes()), '/admin/dashboard')?.name.name).toBe('name');
    document.body.innerHTML = `<div role="dialog"><input readonly value="${TOKEN}"></div>`;
    expect(findCreateDialog(openDialogs(scopes()), TOKENS_PATH)).toBeNull();
  });

  it('finds one inside an open shadow root', () => {
    const host = document.createElement('div');
    document.body.append(host);
    odysseyDialog(UNKNOWN_WORDS, { parent: host.attachShadow({ mode: 'open' }) });
    expect(findCreateDialog(openDialogs(scopes()), TOKENS_PATH)?.network?.getAttribute('role')).toBe(
      'combobox',
    );
  });

  it('reads the token only from inside a dialog', () => {
    document.body.innerHTML = `<aside><code>SSWS ${TOKEN}</code></aside>`;
    expect(readRevealedToken(openDialogs(scopes()))).toBeNull();
    document.body.innerHTML = `<div role="dialog"><p>Token Value</p><input readonly value="${TOKEN}"></div>`;
    expect(readRevealedToken(openDialogs(scopes()))?.token).toBe(TOKEN);
  });
});

describe('the name', () => {
  it('is filled only when empty, with the events a framework listens to', () => {
    const input = document.createElement('input');
    const typed = vi.fn();
    input.addEventListener('input', typed);
    fillNameIfEmpty(input, 'StackOne Integration');
    expect(input.value).toBe('StackOne Integration');
    expect(typed).toHaveBeenCalledTimes(1);
    input.value = 'Mine';
    fillNameIfEmpty(input, 'StackOne Integration');
    expect(input.value).toBe('Mine');
  });
});

describe('the network choice', () => {
  it('replaces only Okta’s default: no choice yet, or one of its choices other than Any IP', () => {
    expect(isDefaultToReplace('')).toBe(true);
    expect(isDefaultToReplace('IN_ANY_ZONE')).toBe(true);
    expect(isDefaultToReplace('ANYWHERE')).toBe(false);
    expect(isDefaultToReplace('something-we-do-not-know')).toBe(false);
  });

  it('sets Any IP on a <select> so the form’s model hears it', async () => {
    courageDialog(ENGLISH, { selected: 'IN_ANY_ZONE' });
    const dialog = findCreateDialog(openDialogs(scopes()), TOKENS_PATH);
    const select = dialog?.network as HTMLSelectElement;
    const changes = vi.fn();
    select.addEventListener('change', changes);
    expect(await chooseAnyIp(select, scopes, sleep)).toBe(true);
    expect(select.value).toBe('ANYWHERE');
    expect(changes).toHaveBeenCalled();
  });

  it('sets Any IP behind Chosen, and keeps the text Chosen shows in step', async () => {
    courageDialog(ENGLISH, { control: 'chosen', selected: 'IN_ANY_ZONE' });
    const dialog = findCreateDialog(openDialogs(scopes()), TOKENS_PATH);
    const shown = dialog?.network as Element;
    expect(shownChoice(shown)).toBe('In any network zone defined in Okta');
    expect(await chooseAnyIp(shown, scopes, sleep)).toBe(true);
    expect(networkValue(shown)).toBe('ANYWHERE');
    expect(shownChoice(shown)).toBe('Any IP');
  });

  it('sets Any IP in an MUI combobox by opening it and clicking the option, though no DOM event fires', async () => {
    const element = odysseyDialog(UNKNOWN_WORDS, { control: 'mui' });
    const { input, changes } = behaveLikeMuiSelect(element, UNKNOWN_WORDS);
    const dialog = findCreateDialog(openDialogs(scopes()), TOKENS_PATH);
    if (!dialog?.network) throw new Error('no network control');
    expect(networkState(dialog, false)).toBe('needs-choice');
    expect(networkState(dialog, true)).toBe('settled');
    expect(await chooseAnyIp(dialog.network, scopes, sleep)).toBe(true);
    expect(input.value).toBe('ANYWHERE');
    expect(changes).not.toHaveBeenCalled();
    expect(document.querySelector('[role="listbox"]')).toBeNull();
    expect(networkState(dialog, false)).toBe('settled');
  });

  it('needs zones picked for a "following zones" choice, and is settled by any other choice', () => {
    courageDialog(ENGLISH, { selected: 'IN_ZONES' });
    const zones = document.querySelector('.o-form-fieldset-zones') as HTMLElement;
    zones.hidden = false;
    const dialog = findCreateDialog(openDialogs(scopes()), TOKENS_PATH);
    if (!dialog) throw new Error('no dialog');
    (dialog.network as HTMLSelectElement).value = 'IN_ZONES';
    expect(networkState(dialog, false)).toBe('needs-zones');
    (zones.querySelector('option') as HTMLOptionElement).selected = true;
    expect(networkState(dialog, false)).toBe('settled');
    (dialog.network as HTMLSelectElement).value = 'NOT_IN_ANY_ZONE';
    expect(networkState(dialog, false)).toBe('settled');
  });
});
