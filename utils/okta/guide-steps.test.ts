// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { searchScopes } from '../dom/deep-query';
import {
  courageDialog,
  courageShell,
  courageTokensPage,
  ENGLISH,
  odysseyDialog,
  odysseyShell,
  odysseyTokensPage,
  UNKNOWN_WORDS,
  useConsoleLayout,
} from './console-dom.fixture';
import { locateTarget, type TargetId } from './guide-steps';
import type { StrategyAttempt } from './locators';

useConsoleLayout();

/** What finds the target, and the element's text (or value). */
function found(target: TargetId, within?: Element) {
  const attempts: StrategyAttempt[] = [];
  const element = locateTarget(target, within ? [within] : searchScopes(document), attempts);
  if (!element) return null;
  const winner = attempts.at(-1);
  return {
    by: winner?.kind,
    strategy: winner?.strategy,
    text: element.textContent?.trim() || (element as HTMLInputElement).value || element.className,
    element,
  };
}

describe('the Courage console (the sandbox’s)', () => {
  it('finds each target by role and name first, with data-se as one signal among others', () => {
    courageShell(ENGLISH, { expanded: true });
    courageTokensPage();
    expect(found('security-nav')).toMatchObject({ by: 'role', text: 'Security' });
    expect(found('api-nav')).toMatchObject({ by: 'role', text: 'API' });
    expect(found('tokens-tab')).toMatchObject({ by: 'role', text: 'Tokens' });
    expect(found('create-token-button')).toMatchObject({ by: 'role', text: 'Create token' });
  });

  it('without data-se and in words no locator knows, structure and link paths still find them', () => {
    courageShell(UNKNOWN_WORDS, { dataSe: false });
    courageTokensPage(UNKNOWN_WORDS, { dataSe: false });
    expect(found('security-nav')).toMatchObject({ by: 'structure', text: 'Xecurite' });
    expect(found('tokens-tab')).toMatchObject({ by: 'href', text: 'Rrr' });
    expect(found('create-token-button')).toMatchObject({ by: 'structure', text: 'Zzz erstellen' });
  });

  it('does not take a hidden API link for a visible one: Security must be opened first', () => {
    courageShell(ENGLISH, { expanded: false });
    expect(found('api-nav')).toBeNull();
  });

  it('reads the dialog by role, label and structure; the submit is the form’s own', () => {
    const dialog = courageDialog(UNKNOWN_WORDS, { dataSe: false });
    expect(found('token-name-input', dialog)).toMatchObject({
      by: 'structure',
      strategy: 3, // input[name="name"]
    });
    expect(found('network-control', dialog)).toMatchObject({
      by: 'structure',
      text: expect.stringContaining('Überall'),
    });
    expect(found('submit-token-button', dialog)).toMatchObject({ by: 'structure', text: 'Zzz erstellen' });
  });

  it('points at Chosen’s dropdown, not at the <select> it hides', () => {
    const dialog = courageDialog(ENGLISH, { control: 'chosen' });
    expect(found('network-control', dialog)?.element.className).toContain('chzn-container');
    // Chosen's own search box is not the token's name field.
    expect(found('token-name-input', dialog)?.element.getAttribute('name')).toBe('name');
  });
});

describe('the Odyssey console (MUI v5 markup)', () => {
  it('finds Security as the accordion whose region links to Security > API, in any language', () => {
    odysseyShell(UNKNOWN_WORDS);
    const security = found('security-nav');
    expect(security).toMatchObject({ by: 'structure', text: 'Xecurite' });
    expect(security?.element.getAttribute('role')).toBe('button');
  });

  it('finds the API link by its path once the accordion has expanded, not while it is collapsed', () => {
    odysseyShell(UNKNOWN_WORDS, { expanded: false });
    expect(found('api-nav')).toBeNull();
    document.body.innerHTML = '';
    odysseyShell(UNKNOWN_WORDS, { expanded: true });
    expect(found('api-nav')).toMatchObject({ by: 'href', text: 'Schnittstelle' });
  });

  it('finds the Tokens tab (a button without href) by name, or as the 2nd of three', () => {
    odysseyTokensPage(ENGLISH);
    expect(found('tokens-tab')).toMatchObject({ by: 'role', text: 'Tokens' });
    document.body.innerHTML = '';
    odysseyTokensPage(UNKNOWN_WORDS);
    expect(found('tokens-tab')).toMatchObject({ by: 'structure', strategy: 4, text: 'Rrr' });
  });

  it('finds Create token as the primary button of the visible tab panel', () => {
    odysseyTokensPage(UNKNOWN_WORDS);
    expect(found('create-token-button')).toMatchObject({ by: 'structure', text: 'Zzz erstellen' });
  });

  it('reads the dialog: the only text field, the combobox (not its hidden value input), the primary action', () => {
    const dialog = odysseyDialog(UNKNOWN_WORDS, { control: 'mui' });
    expect(found('token-name-input', dialog)?.element.id).toBe('name');
    expect(found('network-control', dialog)?.element.getAttribute('role')).toBe('combobox');
    expect(found('submit-token-button', dialog)).toMatchObject({ by: 'structure', text: 'Zzz erstellen' });
  });

  it('reads an English dialog by its labels, and a NativeSelect by its options', () => {
    const dialog = odysseyDialog(ENGLISH, { control: 'mui', value: 'ANYWHERE' });
    expect(found('token-name-input', dialog)).toMatchObject({ by: 'label' });
    expect(found('network-control', dialog)).toMatchObject({ by: 'role' });
    expect(found('submit-token-button', dialog)).toMatchObject({ by: 'role', text: 'Create token' });
    document.body.innerHTML = '';
    const native = odysseyDialog(UNKNOWN_WORDS, { control: 'native' });
    expect(found('network-control', native)?.element.tagName).toBe('SELECT');
  });
});

describe('the token Okta reveals', () => {
  const TOKEN = '00abcdefghijklmnopqrstuvwxyzABCDEFGH_-wxyz';

  it('is found by its hook or its shape', () => {
    document.body.innerHTML = `<div role="dialog"><input readonly value="${TOKEN}"></div>`;
    expect(found('revealed-token')?.text).toBe(TOKEN);
  });
});
