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
  choiceOf,
  chooseAnyIp,
  fillNameIfEmpty,
  findCreateDialog,
  networkState,
  networkValue,
  openDialogs,
  readRevealedToken,
  shownChoice,
  showsAnyIp,
} from './create-dialog';
import { type NetworkRecord, networkRecords } from './network-default';

const TOKENS_PATH = '/admin/access/api/tokens';
const TOKEN = '00abcdefghijklmnopqrstuvwxyzABCDEFGH_-wxyz';
const sleep = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const scopes = () => searchScopes(document);

useConsoleLayout();

/** MUI's Select as the page sees it: opens on mousedown, takes a choice on the option's click, fires no event. */
function behaveLikeMuiSelect(dialog: Element, texts = ENGLISH, values = NETWORK_VALUES) {
  const combobox = dialog.querySelector('[role="combobox"]') as HTMLElement;
  const input = dialog.querySelector('input.MuiSelect-nativeInput') as HTMLInputElement;
  const changes = vi.fn();
  input.addEventListener('change', changes);
  combobox.addEventListener('mousedown', (event) => {
    if (event.button !== 0) return;
    setTimeout(() => {
      const menu = document.createElement('div');
      menu.className = 'MuiPopover-root MuiMenu-root';
      menu.innerHTML = `<ul role="listbox" id="net-listbox">${values
        .map((value, i) => `<li role="option" data-value="${value}">${texts.networkOptions[i]}</li>`)
        .join('')}</ul>`;
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

/** A record as the guide keeps it, for the dialog open now. */
const recordOf = (dialog: { dialog: Element; network: Element | null }, records = networkRecords()) =>
  records.read(dialog.dialog, dialog.network ? choiceOf(dialog.network) : null) as NetworkRecord;

/** Any IP in each language the guide knows, as Okta's consoles word it (sandbox/okta/i18n.ts; Spanish as Okta's). */
const ANY_IP_WORDS = [
  'Any IP',
  "N'importe quelle adresse IP",
  'Toute adresse IP',
  'Beliebige IP-Adresse',
  '任意のIPアドレス',
  'Cualquier IP',
  'Cualquier dirección IP',
];
/** Option values no table of ours holds: numeric ids. */
const NUMERIC = ['10', '11', '12', '13', '14'];

describe('the network choice', () => {
  it.each(ANY_IP_WORDS)('knows Any IP by what the option says: "%s", whatever its value', async (words) => {
    const texts = {
      ...ENGLISH,
      networkOptions: ['Zone A', 'Zones B', words, 'Not A', 'Not B'] as typeof ENGLISH.networkOptions,
    };
    courageDialog(texts, { selected: '10', values: NUMERIC });
    const dialog = findCreateDialog(openDialogs(scopes()), TOKENS_PATH);
    const select = dialog?.network as HTMLSelectElement;
    expect(showsAnyIp(select)).toBe(false);
    expect(await chooseAnyIp(select, scopes, sleep)).toBe('took');
    expect(select.value).toBe('12');
    expect(showsAnyIp(select)).toBe(true);
  });

  it('knows Any IP by Okta’s value ANYWHERE whatever it says, and no zone wording as Any IP', () => {
    courageDialog(UNKNOWN_WORDS, { selected: 'ANYWHERE' });
    const select = findCreateDialog(openDialogs(scopes()), TOKENS_PATH)?.network as HTMLSelectElement;
    expect(showsAnyIp(select)).toBe(true);
    for (const value of ['IN_ANY_ZONE', 'IN_ZONES', 'NOT_IN_ANY_ZONE', 'NOT_IN_ZONES']) {
      select.value = value;
      expect(showsAnyIp(select)).toBe(false);
    }
  });

  it('says so when the control offers no Any IP, and leaves the choice as it was', async () => {
    const texts = {
      ...ENGLISH,
      networkOptions: ['Zone A', 'Zones B', 'Not A', 'Not B', 'Other'] as typeof ENGLISH.networkOptions,
    };
    courageDialog(texts, { selected: '10', values: NUMERIC });
    const select = findCreateDialog(openDialogs(scopes()), TOKENS_PATH)?.network as HTMLSelectElement;
    expect(await chooseAnyIp(select, scopes, sleep)).toBe('no-any-ip');
    expect(select.value).toBe('10');
  });

  it('asks the admin to choose while the dialog’s own default stands, and not once they chose', () => {
    courageDialog(ENGLISH, { selected: 'IN_ANY_ZONE' });
    const dialog = findCreateDialog(openDialogs(scopes()), TOKENS_PATH);
    if (!dialog?.network) throw new Error('no dialog');
    const records = networkRecords();
    expect(networkState(dialog, recordOf(dialog, records))).toBe('needs-choice');
    (dialog.network as HTMLSelectElement).value = 'NOT_IN_ANY_ZONE'; // the admin's pick
    expect(networkState(dialog, recordOf(dialog, records))).toBe('settled');
  });

  it('sets Any IP on a <select> so the form’s model hears it', async () => {
    courageDialog(ENGLISH, { selected: 'IN_ANY_ZONE' });
    const dialog = findCreateDialog(openDialogs(scopes()), TOKENS_PATH);
    const select = dialog?.network as HTMLSelectElement;
    const changes = vi.fn();
    select.addEventListener('change', changes);
    expect(await chooseAnyIp(select, scopes, sleep)).toBe('took');
    expect(select.value).toBe('ANYWHERE');
    expect(changes).toHaveBeenCalled();
  });

  it('sets Any IP behind Chosen, and keeps the text Chosen shows in step', async () => {
    courageDialog(ENGLISH, { control: 'chosen', selected: 'IN_ANY_ZONE' });
    const dialog = findCreateDialog(openDialogs(scopes()), TOKENS_PATH);
    const shown = dialog?.network as Element;
    expect(shownChoice(shown)).toBe('In any network zone defined in Okta');
    expect(await chooseAnyIp(shown, scopes, sleep)).toBe('took');
    expect(networkValue(shown)).toBe('ANYWHERE');
    expect(shownChoice(shown)).toBe('Any IP');
  });

  it('sets Any IP in an MUI combobox by opening it and clicking the option, though no DOM event fires', async () => {
    const element = odysseyDialog(UNKNOWN_WORDS, { control: 'mui' });
    const { input, changes } = behaveLikeMuiSelect(element, UNKNOWN_WORDS);
    const dialog = findCreateDialog(openDialogs(scopes()), TOKENS_PATH);
    if (!dialog?.network) throw new Error('no network control');
    expect(networkState(dialog, recordOf(dialog))).toBe('needs-choice');
    expect(await chooseAnyIp(dialog.network, scopes, sleep)).toBe('took');
    expect(input.value).toBe('ANYWHERE');
    expect(changes).not.toHaveBeenCalled();
    expect(document.querySelector('[role="listbox"]')).toBeNull();
    expect(networkState(dialog, recordOf(dialog))).toBe('settled');
  });

  it('sets Any IP in an MUI combobox with numeric values, by the option’s text', async () => {
    const element = odysseyDialog(ENGLISH, { control: 'mui' });
    const { input } = behaveLikeMuiSelect(element, ENGLISH, NUMERIC);
    const combobox = element.querySelector('[role="combobox"]') as Element;
    expect(await chooseAnyIp(combobox, scopes, sleep)).toBe('took');
    expect(input.value).toBe('10');
    expect(showsAnyIp(combobox)).toBe(true);
  });

  it('needs zones picked for a "following zones" choice the admin made, and is settled by any other', () => {
    courageDialog(ENGLISH, { selected: 'ANYWHERE' });
    const zones = document.querySelector('.o-form-fieldset-zones') as HTMLElement;
    const records = networkRecords();
    const before = findCreateDialog(openDialogs(scopes()), TOKENS_PATH);
    if (!before) throw new Error('no dialog');
    recordOf(before, records);
    zones.hidden = false;
    const dialog = findCreateDialog(openDialogs(scopes()), TOKENS_PATH);
    if (!dialog) throw new Error('no dialog');
    (dialog.network as HTMLSelectElement).value = 'IN_ZONES';
    expect(networkState(dialog, recordOf(dialog, records))).toBe('needs-zones');
    (zones.querySelector('option') as HTMLOptionElement).selected = true;
    expect(networkState(dialog, recordOf(dialog, records))).toBe('settled');
    (dialog.network as HTMLSelectElement).value = 'NOT_IN_ANY_ZONE';
    expect(networkState(dialog, recordOf(dialog, records))).toBe('settled');
  });
});
