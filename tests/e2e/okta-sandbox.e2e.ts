// Drives real Chromium, WITHOUT the extension, through the Okta sandbox the way an admin would: it proves the
// replica behaves like the Admin Console the extension is built for (shadow-root nav, SPA routing, late
// rendering, framework-driven form, step-up, the one-time token reveal), in its Courage and its Odyssey console
// and their variants (languages, network controls, re-authentication), before any extension test relies on it.
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type OktaSandbox, startOktaSandbox } from '../../sandbox/okta/server';
import { type LaunchedBrowser, launchChromium } from './support/browser';

const TOKEN_SHAPE = /^00[A-Za-z0-9_-]{40}$/;
const NETWORK_OPTIONS = [
  'Any IP',
  'In any network zone defined in Okta',
  'In any of the following zones',
  'Not in any network zone defined in Okta',
  'Not in any of the following zones',
];

let sandbox: OktaSandbox;
let browser: LaunchedBrowser;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  sandbox = await startOktaSandbox();
  browser = await launchChromium({ extensionDir: null, hostResolverRules: sandbox.hostResolverRules });
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
});

beforeEach(async () => {
  sandbox.reset();
  page = await browser.context.newPage();
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterEach(async () => {
  await page.close();
  expect(pageErrors, 'uncaught errors in the sandbox pages').toEqual([]);
});

/**
 * Full page loads the browser made on a host (SPA navigation must not add any). Chromium sends no
 * Sec-Fetch-Dest to plain-http origins, so navigations are told apart from the page's fetches by Accept.
 */
function documentLoads(host: string): number {
  return sandbox.requests.filter(
    (r) => r.host === host && r.method === 'GET' && String(r.headers.accept ?? '').includes('text/html'),
  ).length;
}

/** A window property survives only as long as no full page load happens. */
async function markWindow(): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { sandboxMarker: string }).sandboxMarker = 'still the same document';
  });
}

async function windowMarker(): Promise<string | undefined> {
  return page.evaluate(() => (window as unknown as { sandboxMarker?: string }).sandboxMarker);
}

/** Counts `data-se` attributes in the document and every open shadow root. */
function countDataSe(): Promise<number> {
  return page.evaluate(() => {
    const count = (root: Document | ShadowRoot): number =>
      [...root.querySelectorAll('*')].reduce(
        (sum, el) => sum + (el.hasAttribute('data-se') ? 1 : 0) + (el.shadowRoot ? count(el.shadowRoot) : 0),
        0,
      );
    return count(document);
  });
}

async function visibleText(locator: Locator): Promise<string> {
  await locator.waitFor();
  return ((await locator.textContent()) ?? '').trim();
}

function dialog(): Locator {
  return page.getByRole('dialog');
}

async function openTokensTabFromDashboard(labels = { security: 'Security', api: 'API', tokens: 'Tokens' }) {
  await page.getByRole('button', { name: labels.security }).click();
  await page.getByRole('link', { name: labels.api, exact: true }).click();
  await page.getByRole('tab', { name: labels.tokens }).click();
  await page.waitForURL(/\/admin\/access\/api\/tokens$/);
}

describe('the manual journey in the standard org', () => {
  it('goes from the end-user dashboard to a revealed token without reloading the Admin Console', async () => {
    await page.goto('http://acme.okta.com/app/UserHome');
    await page.locator('[data-se="admin-button"]').click();
    await page.waitForURL('http://acme-admin.okta.com/admin/dashboard');
    expect(await visibleText(page.locator('main h1'))).toBe('Dashboard');
    await markWindow();
    const adminLoads = documentLoads('acme-admin.okta.com');
    expect(adminLoads).toBe(1);

    // The side nav lives in the open shadow root of Odyssey's web component, not in the light DOM.
    const security = page.locator('[data-se="o-side-nav-item-SECURITY"]');
    await security.waitFor();
    const placement = await page.evaluate(() => ({
      inLightDom: document.querySelector('[data-se="o-side-nav-item-SECURITY"]') !== null,
      inShadowRoot:
        document
          .querySelector('odyssey-react-web-component')
          ?.shadowRoot?.querySelector('[data-se="o-side-nav-item-SECURITY"]') != null,
    }));
    expect(placement).toEqual({ inLightDom: false, inShadowRoot: true });
    expect(await visibleText(security)).toBe('Security');
    expect(await security.getAttribute('aria-expanded')).toBe('false');

    await security.click();
    expect(await security.getAttribute('aria-expanded')).toBe('true');
    const subList = page.locator(`[id="${await security.getAttribute('aria-controls')}"]`);
    const subItems = subList.locator('a.nav-item--wrapper p.nav-item--label');
    expect(await subItems.allInnerTexts()).toEqual([
      'General',
      'HealthInsight',
      'Authenticators',
      'Networks',
      'API',
    ]);

    await page.locator('a.nav-item--wrapper[href="/admin/oauth2/as"]').click();
    await page.waitForURL('http://acme-admin.okta.com/admin/oauth2/as');
    const tokensTab = page.locator('[data-se="tab-tokens"]');
    await tokensTab.waitFor();
    expect(await page.locator('[data-se="tab-authorization-servers"]').getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(await page.evaluate(() => document.querySelector('[data-se="tab-tokens"]') !== null)).toBe(true); // light DOM

    await tokensTab.click();
    await page.waitForURL('http://acme-admin.okta.com/admin/access/api/tokens');
    await expect.poll(() => tokensTab.getAttribute('aria-selected')).toBe('true');
    expect(await windowMarker()).toBe('still the same document');
    expect(documentLoads('acme-admin.okta.com')).toBe(adminLoads);

    const createButton = page.locator('[data-se="create-token"]');
    expect(await visibleText(createButton)).toBe('Create token');
    const seededRows = await page.locator('.tokens-table tbody tr[data-token-id]').count();
    expect(seededRows).toBe(2);
    await createButton.click();

    const form = dialog().locator('[data-se="o-form"]');
    await form.waitFor();
    expect(await dialog().getAttribute('aria-modal')).toBe('true');
    expect(await visibleText(dialog().getByRole('heading'))).toBe('Create token');
    const nameInput = page.getByLabel('What do you want your token to be named?');
    expect(await nameInput.evaluate((el) => el.closest('[data-se="o-form-input-name"]') !== null)).toBe(true);
    await nameInput.pressSequentially('StackOne Integration');

    const network = page.getByLabel('API calls made with this token must originate from');
    expect(
      await network.evaluate((el) => el.closest('[data-se="o-form-input-clientIpRestriction"]') !== null),
    ).toBe(true);
    expect(await network.locator('option').allInnerTexts()).toEqual(NETWORK_OPTIONS);
    expect(await page.locator('[data-se="o-form-input-zones"]').isVisible()).toBe(false);
    await network.selectOption({ label: 'In any of the following zones' });
    await page.getByLabel('Zones').selectOption({ label: 'Corporate VPN' });

    const submit = dialog().locator('.o-form-button-bar input[type="submit"].button-primary');
    expect(await submit.getAttribute('value')).toBe('Create token');
    await submit.click();

    const tokenInput = dialog().locator('[data-se="token-value"]');
    await tokenInput.waitFor();
    const revealed = await tokenInput.inputValue();
    expect(revealed).toMatch(TOKEN_SHAPE);
    expect(await tokenInput.getAttribute('readonly')).not.toBeNull();
    expect(sandbox.createdTokens.at(-1)).toMatchObject({
      org: 'acme.okta.com',
      name: 'StackOne Integration',
      token: revealed,
      networkChoice: 'IN_ZONES',
      zones: ['nzo1corporatevpn0000'],
    });
    const revealText = await visibleText(dialog());
    expect(revealText).toContain('Token Value');
    expect(revealText).toContain('This will be the only time the token is displayed');
    expect(await dialog().getByRole('button', { name: 'Copy to clipboard' }).count()).toBe(1);

    await dialog().getByRole('button', { name: 'Ok, got it' }).click();
    await dialog().waitFor({ state: 'detached' });
    const newRow = page.locator(`.tokens-table tr[data-token-id="${sandbox.createdTokens.at(-1)?.id}"]`);
    expect(await visibleText(newRow.locator('.token-name'))).toBe('StackOne Integration');
    expect(await page.content()).not.toContain(revealed);
    expect(await windowMarker()).toBe('still the same document');
    expect(documentLoads('acme-admin.okta.com')).toBe(adminLoads);
  });

  it('supports back and forward between SPA routes without page loads', async () => {
    await page.goto('http://acme-admin.okta.com/admin/dashboard');
    await page.locator('main h1').waitFor();
    await markWindow();
    const loads = documentLoads('acme-admin.okta.com');
    await openTokensTabFromDashboard();
    await page.locator('[data-se="create-token"]').waitFor();

    await page.goBack();
    expect(page.url()).toBe('http://acme-admin.okta.com/admin/oauth2/as');
    await expect
      .poll(() => page.locator('[data-se="tab-authorization-servers"]').getAttribute('aria-selected'))
      .toBe('true');

    await page.goBack();
    expect(page.url()).toBe('http://acme-admin.okta.com/admin/dashboard');
    expect(await visibleText(page.locator('main h1'))).toBe('Dashboard');

    await page.goForward();
    await page.goForward();
    expect(page.url()).toBe('http://acme-admin.okta.com/admin/access/api/tokens');
    await page.locator('[data-se="create-token"]').waitFor();
    expect(await windowMarker()).toBe('still the same document');
    expect(documentLoads('acme-admin.okta.com')).toBe(loads);
  });

  it('renders the shell and every route late', async () => {
    sandbox.setOrgOptions('slow', { renderDelayMs: 1500 });
    await page.goto('http://slow-admin.okta.com/admin/dashboard');
    expect(await page.locator('odyssey-react-web-component').count()).toBe(0);
    await page.locator('[data-se="o-side-nav-item-SECURITY"]').waitFor();

    await page.getByRole('button', { name: 'Security' }).click();
    await page.getByRole('link', { name: 'API', exact: true }).click();
    expect(await page.locator('main [role="progressbar"]').count()).toBe(1);
    expect(await page.locator('[data-se="tab-tokens"]').count()).toBe(0);
    await page.locator('[data-se="tab-tokens"]').waitFor();
  });
});

describe('the create-token form', () => {
  it('ignores a name set by script without events, like a framework-bound form', async () => {
    await page.goto('http://acme-admin.okta.com/admin/access/api/tokens');
    await page.locator('[data-se="create-token"]').click();
    await page.locator('input[name="name"]').waitFor();
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[data-se="o-form-input-name"] input');
      if (input) input.value = 'Set by script';
    });
    await dialog().locator('input[type="submit"]').click();

    const error = dialog().locator('[data-se="o-form-input-name"] .o-form-input-error');
    expect(await visibleText(error)).toBe('This field cannot be left blank');
    expect(sandbox.createdTokens).toEqual([]);
    expect(await dialog().locator('[data-se="token-value"]').count()).toBe(0);

    // The same value registers once the input event a person's typing would fire is dispatched.
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[data-se="o-form-input-name"] input');
      input?.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await dialog().locator('input[type="submit"]').click();
    await dialog().locator('[data-se="token-value"]').waitFor();
    expect(sandbox.createdTokens.map((t) => [t.name, t.networkChoice])).toEqual([
      ['Set by script', 'ANYWHERE'],
    ]);
  });

  it('closes on Cancel without creating anything', async () => {
    await page.goto('http://acme-admin.okta.com/admin/access/api/tokens');
    await page.locator('[data-se="create-token"]').click();
    await page.getByLabel('What do you want your token to be named?').fill('Never created');
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await dialog().waitFor({ state: 'detached' });
    expect(sandbox.createdTokens).toEqual([]);
  });
});

describe('step-up re-authentication', () => {
  it('navigates to the org host to verify, comes back and reveals the pending token', async () => {
    sandbox.setOrgOptions('stepup', { stepUp: true });
    await page.goto('http://stepup-admin.okta.com/admin/access/api/tokens');
    await page.locator('[data-se="create-token"]').click();
    await page.getByLabel('What do you want your token to be named?').fill('Stepped up');
    await page
      .getByLabel('API calls made with this token must originate from')
      .selectOption({ label: 'Not in any network zone defined in Okta' });
    await dialog().locator('input[type="submit"]').click();

    await page.waitForURL(/^http:\/\/stepup\.okta\.com\/login\/step-up\?fromURI=/);
    expect(await visibleText(page.locator('h1'))).toBe("Verify it's you");
    expect(sandbox.createdTokens).toEqual([]);
    await page.getByLabel('Password').fill('correct horse');
    await page.getByRole('button', { name: 'Verify' }).click();

    await page.waitForURL('http://stepup-admin.okta.com/admin/access/api/tokens');
    const tokenInput = page.locator('[role="dialog"] [data-se="token-value"]');
    await tokenInput.waitFor();
    const revealed = await tokenInput.inputValue();
    expect(revealed).toMatch(TOKEN_SHAPE);
    expect(sandbox.createdTokens).toMatchObject([
      { org: 'stepup.okta.com', name: 'Stepped up', token: revealed, networkChoice: 'NOT_IN_ANY_ZONE' },
    ]);
    expect(documentLoads('stepup.okta.com')).toBe(1);
    expect(documentLoads('stepup-admin.okta.com')).toBe(2);
    await page.getByRole('button', { name: 'Ok, got it' }).click();
    await dialog().waitFor({ state: 'detached' });
  });
});

describe('sign-in', () => {
  it('asks to sign in, then carries the session into the Admin Console', async () => {
    sandbox.setOrgOptions('signin', { requireSignIn: true });
    await page.goto('http://signin.okta.com/app/UserHome');
    expect(page.url()).toMatch(/^http:\/\/signin\.okta\.com\/login\/login\.htm\?fromURI=/);
    await page.locator('#okta-signin-username').fill('alex.admin');
    await page.locator('#okta-signin-password').fill('pw');
    await page.getByRole('button', { name: 'Sign In' }).click();
    await page.waitForURL('http://signin.okta.com/app/UserHome');
    await page.getByRole('link', { name: 'Admin' }).click();
    await page.waitForURL('http://signin-admin.okta.com/admin/dashboard');
    await page.locator('[data-se="o-side-nav-item-SECURITY"]').waitFor();
  });
});

describe('variants', () => {
  it('no-data-se: the whole journey works by roles and classes, with no data-se anywhere', async () => {
    sandbox.setOrgOptions('nodata', { variant: 'no-data-se' });
    await page.goto('http://nodata.okta.com/app/UserHome');
    expect(await countDataSe()).toBe(0);
    await page.locator('a.admin-link').click();
    await page.waitForURL('http://nodata-admin.okta.com/admin/dashboard');
    await page.getByRole('button', { name: 'Security' }).waitFor();
    expect(await countDataSe()).toBe(0);

    await openTokensTabFromDashboard();
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.getByLabel('What do you want your token to be named?').fill('No hooks');
    expect(await countDataSe()).toBe(0);
    await dialog().locator('input[type="submit"]').click();
    const tokenInput = dialog().locator('input.token-value[readonly]');
    await tokenInput.waitFor();
    expect(await tokenInput.inputValue()).toBe(sandbox.createdTokens.at(-1)?.token);
    expect(await countDataSe()).toBe(0);
  });

  it('french: French labels, the same data-se hooks', async () => {
    sandbox.setOrgOptions('fr', { variant: 'french' });
    await page.goto('http://fr.okta.com/app/UserHome');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await page.locator('[data-se="admin-button"]').click();
    await page.waitForURL('http://fr-admin.okta.com/admin/dashboard');

    const sections = [
      'DASHBOARD',
      'DIRECTORY',
      'APPLICATIONS',
      'SECURITY',
      'WORKFLOW',
      'REPORTS',
      'SETTINGS',
    ];
    await page.locator('[data-se="o-side-nav-item-DASHBOARD"]').waitFor();
    const labels = [];
    for (const id of sections)
      labels.push(await visibleText(page.locator(`[data-se="o-side-nav-item-${id}"]`)));
    expect(labels).toEqual([
      'Tableau de bord',
      'Annuaire',
      'Applications',
      'Sécurité',
      'Workflow',
      'Rapports',
      'Paramètres',
    ]);

    await openTokensTabFromDashboard({ security: 'Sécurité', api: 'API', tokens: 'Jetons' });
    expect(await visibleText(page.locator('[data-se="create-token"]'))).toBe('Créer un jeton');
    expect(await page.getByRole('tab').allInnerTexts()).toEqual([
      "Serveurs d'autorisation",
      'Jetons',
      'Origines approuvées',
    ]);
    await page.locator('[data-se="create-token"]').click();
    await page.getByLabel('Comment souhaitez-vous nommer votre jeton ?').fill('Intégration');
    expect(await dialog().locator('input[type="submit"]').getAttribute('value')).toBe('Créer un jeton');
    expect(await dialog().getByRole('button', { name: 'Annuler' }).count()).toBe(1);
    await dialog().locator('input[type="submit"]').click();
    const tokenInput = dialog().locator('[data-se="token-value"]');
    await tokenInput.waitFor();
    expect(await visibleText(dialog())).toContain('Valeur du jeton');
    expect(await tokenInput.inputValue()).toBe(sandbox.createdTokens.at(-1)?.token);
    await dialog().getByRole('button', { name: 'OK, compris' }).click();
    await dialog().waitFor({ state: 'detached' });
  });

  it('decoyToken: a token-shaped string is visible outside any dialog', async () => {
    sandbox.setOrgOptions('decoy', { decoyToken: true });
    await page.goto('http://decoy-admin.okta.com/admin/access/api/tokens');
    const panel = page.locator('[data-se="tokens-help-panel"]');
    const decoy = (await visibleText(panel.locator('code'))).replace('Authorization: SSWS ', '');
    expect(decoy).toMatch(TOKEN_SHAPE);
    expect(await panel.evaluate((el) => el.closest('[role="dialog"]'))).toBeNull();

    await page.locator('[data-se="create-token"]').click();
    await page.getByLabel('What do you want your token to be named?').fill('Real one');
    await dialog().locator('input[type="submit"]').click();
    const revealed = await dialog().locator('[data-se="token-value"]').inputValue();
    expect(revealed).toBe(sandbox.createdTokens.at(-1)?.token);
    expect(revealed).not.toBe(decoy);
  });

  it('a look-alike host serves the same console and reveal dialog', async () => {
    await page.goto('http://acme-admin.okta.com.evil.test/admin/access/api/tokens');
    await page.locator('[data-se="create-token"]').click();
    await page.getByLabel('What do you want your token to be named?').fill('Phished');
    await dialog().locator('input[type="submit"]').click();
    const revealed = await dialog().locator('[data-se="token-value"]').inputValue();
    expect(sandbox.createdTokens.at(-1)).toMatchObject({ org: 'acme.okta.com.evil.test', token: revealed });
  });
});

/** What a person reads on the way, in the console's language. */
interface ConsoleWords {
  security: string;
  api: string;
  tokens: string;
  createToken: string;
  nameLabel: string;
  networkLabel: string;
  tokenValue: string;
  copy: string;
  okGotIt: string;
}

const ENGLISH: ConsoleWords = {
  security: 'Security',
  api: 'API',
  tokens: 'Tokens',
  createToken: 'Create token',
  nameLabel: 'What do you want your token to be named?',
  networkLabel: 'API calls made with this token must originate from',
  tokenValue: 'Token Value',
  copy: 'Copy to clipboard',
  okGotIt: 'Ok, got it',
};

const JAPANESE: ConsoleWords = {
  security: 'セキュリティ',
  api: 'API',
  tokens: 'トークン',
  createToken: 'トークンを作成する',
  nameLabel: 'トークンの名前',
  networkLabel: 'このトークンを使用するAPI呼び出しの送信元',
  tokenValue: 'トークン値',
  copy: 'クリップボードにコピー',
  okGotIt: 'わかりました',
};

const GERMAN: ConsoleWords = {
  security: 'Sicherheit',
  api: 'API',
  tokens: 'API-Token',
  createToken: 'Token erstellen',
  nameLabel: 'Wie soll das Token heißen?',
  networkLabel: 'Zulässige Herkunft der API-Aufrufe mit diesem Token',
  tokenValue: 'Tokenwert',
  copy: 'In die Zwischenablage kopieren',
  okGotIt: 'Verstanden',
};

/** How a person picks the network choice, per control: each takes the option's visible text. */
type NetworkPicker = (dialog: Locator, words: ConsoleWords, choice: string) => Promise<void>;

/** An ARIA combobox (Odyssey Select): open it, pick from the listbox it portals elsewhere. */
const pickFromCombobox: NetworkPicker = async (dialog, words, choice) => {
  const combobox = dialog.getByRole('combobox', { name: words.networkLabel });
  await combobox.click();
  await page.getByRole('listbox').getByRole('option', { name: choice, exact: true }).click();
  await expect.poll(() => combobox.textContent()).toBe(choice);
};

const pickFromNativeSelect: NetworkPicker = async (dialog, words, choice) => {
  await dialog.getByLabel(words.networkLabel).selectOption({ label: choice });
};

/** Chosen: its link shows the current choice; the choices are a plain list. */
const pickFromChosen: NetworkPicker = async (dialog, _words, choice) => {
  await dialog.locator('.chzn-container a.chzn-single').click();
  await dialog.locator('.chzn-results').getByText(choice, { exact: true }).click();
  expect(await dialog.locator('.chzn-container a.chzn-single').textContent()).toBe(choice);
};

/** Security (an accordion, waited open) > API > the Tokens tab, by roles and names only. */
async function walkToTokensTab(words: ConsoleWords): Promise<void> {
  const security = page.getByRole('button', { name: words.security });
  await security.click();
  await expect.poll(() => security.getAttribute('aria-expanded')).toBe('true');
  // Under load a click as the accordion settles was once lost (no navigation in 30 s, 1 run in 3 at load 10):
  // a person clicks again, and so does this walk, once the first click has had 5 s to navigate.
  await vi.waitFor(
    async () => {
      await page.getByRole('link', { name: words.api, exact: true }).click();
      await page.waitForURL(/\/admin\/oauth2\/as$/, { timeout: 5_000 });
    },
    { timeout: 30_000, interval: 0 },
  );
  await page.getByRole('tab', { name: words.tokens, exact: true }).click();
  await page.waitForURL(/\/admin\/access\/api\/tokens$/);
}

/** Create token > name > network > Create token, then the reveal; returns the revealed value. */
async function createTokenThroughDialog(
  words: ConsoleWords,
  name: string,
  choice: string,
  pickNetwork: NetworkPicker,
): Promise<string> {
  await page.getByRole('button', { name: words.createToken, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(words.nameLabel).pressSequentially(name);
  await pickNetwork(dialog, words, choice);
  await dialog.getByRole('button', { name: words.createToken, exact: true }).click();
  return readReveal(words);
}

async function readReveal(words: ConsoleWords): Promise<string> {
  const dialog = page.getByRole('dialog');
  const value = dialog.getByRole('textbox', { name: words.tokenValue });
  await value.waitFor();
  expect(await value.getAttribute('readonly')).not.toBeNull();
  expect(await dialog.getByRole('button', { name: words.copy }).count()).toBe(1);
  const revealed = await value.inputValue();
  expect(revealed).toMatch(TOKEN_SHAPE);
  return revealed;
}

async function closeReveal(words: ConsoleWords): Promise<void> {
  await page.getByRole('dialog').getByRole('button', { name: words.okGotIt }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

/** The body's children that MUI's modal must hide from assistive technology while a dialog is open. */
function bodyChildrenBesideTheDialog(): Promise<{ tag: string; ariaHidden: string | null }[]> {
  return page.evaluate(() => {
    const dialog = document.querySelector('[role="dialog"]');
    return [...document.body.children]
      .filter((child) => child.tagName !== 'SCRIPT' && !child.contains(dialog))
      .map((child) => ({ tag: child.tagName, ariaHidden: child.getAttribute('aria-hidden') }));
  });
}

describe('the Odyssey console', () => {
  it('walks by roles and labels: shell in a shadow root, accordion nav, tabs, combobox, a modal dialog', async () => {
    sandbox.setOrgOptions('ody', { adminConsole: 'odyssey' });
    await page.goto('http://ody-admin.okta.com/admin/dashboard');
    const security = page.getByRole('button', { name: 'Security' });
    await security.waitFor();
    const shell = await page.evaluate(() => {
      const host = document.querySelector('[odyssey-react-web-component]');
      const nav = host?.shadowRoot?.querySelector('nav#side-nav-expandable');
      return {
        element: host?.localName,
        navLabel: nav?.getAttribute('aria-label'),
        navInLightDom: document.querySelector('nav') !== null,
        hooksOnItems: nav?.querySelectorAll('li [data-se], li[data-se]').length,
        styledInside: (host?.shadowRoot?.querySelectorAll('#style-root style').length ?? 0) > 1,
        appBeside: host?.nextElementSibling?.shadowRoot === null,
      };
    });
    expect(shell).toEqual({
      element: 'odyssey-react-wc-1-39-0',
      navLabel: 'Main navigation',
      navInLightDom: false,
      hooksOnItems: 0,
      styledInside: true,
      appBeside: true,
    });
    // Collapsed, the section's links are mounted but hidden.
    expect(await security.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('link', { name: 'API', exact: true }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'API', exact: true, includeHidden: true }).count()).toBe(1);

    await markWindow();
    await walkToTokensTab(ENGLISH);
    expect(await page.getByRole('tab', { name: 'Tokens' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('tab', { name: 'Tokens' }).getAttribute('href')).toBeNull();

    await page.getByRole('button', { name: 'Create token', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.locator('form').count()).toBe(0);
    expect(await bodyChildrenBesideTheDialog()).toEqual([
      { tag: 'SPAN', ariaHidden: 'true' },
      { tag: 'DIV', ariaHidden: 'true' },
    ]);
    const name = dialog.getByLabel(ENGLISH.nameLabel);
    expect(await name.evaluate((input) => input === document.activeElement)).toBe(true);
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab'); // the modal keeps focus inside
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await name.focus();
    await name.pressSequentially('StackOne Integration');
    const combobox = dialog.getByRole('combobox', { name: ENGLISH.networkLabel });
    expect(await combobox.textContent()).toBe('Any IP');
    await combobox.click();
    expect(await page.getByRole('option').allTextContents()).toEqual(NETWORK_OPTIONS);
    await page.getByRole('option', { name: 'In any of the following zones', exact: true }).click();
    await dialog.getByRole('combobox', { name: 'Zones', exact: true }).click();
    await page.getByRole('option', { name: 'Corporate VPN' }).click();
    await page.keyboard.press('Escape'); // closes the zones menu, not the dialog
    await dialog.getByRole('button', { name: 'Create token', exact: true }).click();

    const revealed = await readReveal(ENGLISH);
    expect(sandbox.createdTokens.at(-1)).toMatchObject({
      org: 'ody.okta.com',
      name: 'StackOne Integration',
      token: revealed,
      networkChoice: 'IN_ZONES',
      zones: ['nzo1corporatevpn0000'],
    });
    await closeReveal(ENGLISH);
    expect(await bodyChildrenBesideTheDialog()).toEqual([
      { tag: 'SPAN', ariaHidden: null },
      { tag: 'DIV', ariaHidden: null },
    ]);
    await page.getByRole('cell', { name: 'StackOne Integration' }).waitFor();
    expect(await page.content()).not.toContain(revealed);
    expect(await windowMarker()).toBe('still the same document');
  });

  it('japanese, with a NativeSelect: other words, no data-se anywhere', async () => {
    sandbox.setOrgOptions('ja', {
      adminConsole: 'odyssey',
      variant: 'japanese',
      networkControl: 'native-select',
    });
    await page.goto('http://ja-admin.okta.com/admin/dashboard');
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    await walkToTokensTab(JAPANESE);
    const choice = 'Oktaで定義されたいずれかのネットワークゾーン内';
    const revealed = await createTokenThroughDialog(JAPANESE, 'ハブ連携', choice, pickFromNativeSelect);
    expect(await countDataSe()).toBe(0);
    expect(sandbox.createdTokens.at(-1)).toMatchObject({
      name: 'ハブ連携',
      token: revealed,
      networkChoice: 'IN_ANY_ZONE',
    });
    await closeReveal(JAPANESE);
  });

  it('german, with the dialog in an open shadow root: the combobox still works, the body is not hidden', async () => {
    sandbox.setOrgOptions('de', { adminConsole: 'odyssey', variant: 'german', dialogInShadowRoot: true });
    await page.goto('http://de-admin.okta.com/admin/dashboard');
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await walkToTokensTab(GERMAN);
    await page.getByRole('button', { name: GERMAN.createToken, exact: true }).click();
    await page.getByRole('dialog').waitFor();
    const placement = await page.evaluate(() => ({
      inLightDom: document.querySelector('[role="dialog"]') !== null,
      inShadowRoot: [...document.body.children].some((child) =>
        child.shadowRoot?.querySelector('[role="dialog"]'),
      ),
    }));
    expect(placement).toEqual({ inLightDom: false, inShadowRoot: true });
    // MUI hides the siblings within its container, which is in the shadow root: nothing of <body> is hidden.
    expect((await bodyChildrenBesideTheDialog()).map((child) => child.ariaHidden)).toEqual([
      null,
      null,
      null,
    ]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    const choice = 'Aus keiner der folgenden Zonen';
    await page.getByRole('button', { name: GERMAN.createToken, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(GERMAN.nameLabel).pressSequentially('Hub-Anbindung');
    await pickFromCombobox(dialog, GERMAN, choice);
    await dialog.getByRole('combobox', { name: 'Zonen', exact: true }).click();
    await page.getByRole('option', { name: 'LegacyIpZone' }).click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: GERMAN.createToken, exact: true }).click();
    const revealed = await readReveal(GERMAN);
    expect(await countDataSe()).toBe(0);
    expect(sandbox.createdTokens.at(-1)).toMatchObject({
      name: 'Hub-Anbindung',
      token: revealed,
      networkChoice: 'NOT_IN_ZONES',
      zones: ['nzo1legacyipzone0000'],
    });
    await closeReveal(GERMAN);
  });

  it('renders nothing of the nav or the page before the delay, on load and after each navigation', async () => {
    sandbox.setOrgOptions('slowody', { adminConsole: 'odyssey', renderDelayMs: 1500 });
    await page.goto('http://slowody-admin.okta.com/admin/dashboard');
    await page.locator('[odyssey-react-web-component]').waitFor({ state: 'attached' });
    expect(await page.getByRole('button', { name: 'Security' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Dashboard' }).count()).toBe(0);
    expect(await page.getByRole('progressbar').count()).toBe(1);
    await page.getByRole('button', { name: 'Security' }).click();
    await page.getByRole('link', { name: 'API', exact: true }).click();
    expect(await page.getByRole('progressbar').count()).toBe(1);
    expect(await page.getByRole('tab').count()).toBe(0);
    await page.getByRole('tab', { name: 'Tokens' }).waitFor();
  });

  it('reauth sign-in-on-open: opening the dialog leads to sign in and back to the Tokens page', async () => {
    sandbox.setOrgOptions('reody', { adminConsole: 'odyssey', reauth: 'sign-in-on-open' });
    await page.goto('http://reody-admin.okta.com/admin/access/api/tokens');
    await page.getByRole('button', { name: 'Create token', exact: true }).click();
    await page.waitForURL(/^http:\/\/reody\.okta\.com\/login\/login\.htm\?fromURI=/);
    await page.getByLabel('Username').fill('alex.admin');
    await page.getByLabel('Password').fill('pw');
    await page.getByRole('button', { name: 'Sign In' }).click();
    await page.waitForURL('http://reody-admin.okta.com/admin/access/api/tokens');
    expect(await page.getByRole('dialog').count()).toBe(0);
    const revealed = await createTokenThroughDialog(ENGLISH, 'After sign-in', 'Any IP', pickFromCombobox);
    expect(sandbox.createdTokens).toMatchObject([{ name: 'After sign-in', token: revealed }]);
  });

  it('reauth popup: the creation waits for the pop-up, which closes itself; the console reveals the token', async () => {
    sandbox.setOrgOptions('popody', { adminConsole: 'odyssey', reauth: 'popup' });
    await page.goto('http://popody-admin.okta.com/admin/access/api/tokens');
    await page.getByRole('button', { name: 'Create token', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(ENGLISH.nameLabel).pressSequentially('Verified');
    const opening = page.waitForEvent('popup');
    await dialog.getByRole('button', { name: 'Create token', exact: true }).click();
    const popup = await opening;
    await popup.waitForURL('http://popody.okta.com/login/step-up?display=popup');
    await dialog.getByText("Verify it's you in the window that opened").waitFor();
    expect(sandbox.createdTokens).toEqual([]);
    await popup.getByLabel('Password').fill('correct horse');
    const closing = popup.waitForEvent('close'); // it closes itself as soon as it is verified
    await popup.getByRole('button', { name: 'Verify' }).click();
    await closing;
    const revealed = await readReveal(ENGLISH);
    expect(sandbox.createdTokens).toMatchObject([
      { name: 'Verified', token: revealed, networkChoice: 'ANYWHERE' },
    ]);
    expect(page.url()).toBe('http://popody-admin.okta.com/admin/access/api/tokens');
  });
});

describe('the Courage console, other variants', () => {
  it('japanese, with a Chosen dropdown: other words, no data-se, the hidden select follows', async () => {
    sandbox.setOrgOptions('jac', { variant: 'japanese', networkControl: 'custom-dropdown' });
    await page.goto('http://jac-admin.okta.com/admin/dashboard');
    await walkToTokensTab(JAPANESE);
    const choice = '次のどのゾーンにも属さない';
    await page.getByRole('button', { name: JAPANESE.createToken, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(JAPANESE.nameLabel).pressSequentially('ハブ連携');
    expect(await dialog.locator('select[name="clientIpRestriction"]').isVisible()).toBe(false);
    await pickFromChosen(dialog, JAPANESE, choice);
    expect(await dialog.locator('select[name="clientIpRestriction"]').inputValue()).toBe('NOT_IN_ZONES');
    await dialog.getByLabel('ゾーン').selectOption({ label: 'Corporate VPN' });
    await dialog.getByRole('button', { name: JAPANESE.createToken, exact: true }).click();
    const revealed = await readReveal(JAPANESE);
    expect(await countDataSe()).toBe(0);
    expect(sandbox.createdTokens.at(-1)).toMatchObject({ token: revealed, networkChoice: 'NOT_IN_ZONES' });
  });

  it('german: other words, no data-se', async () => {
    sandbox.setOrgOptions('dec', { variant: 'german' });
    await page.goto('http://dec-admin.okta.com/admin/dashboard');
    await walkToTokensTab(GERMAN);
    const revealed = await createTokenThroughDialog(
      GERMAN,
      'Hub',
      'Beliebige IP-Adresse',
      pickFromNativeSelect,
    );
    expect(await countDataSe()).toBe(0);
    expect(sandbox.createdTokens.at(-1)).toMatchObject({ token: revealed, networkChoice: 'ANYWHERE' });
  });

  it('reauth sign-in-on-submit: submitting leads to sign in and back; the dialog is opened again', async () => {
    sandbox.setOrgOptions('resub', { reauth: 'sign-in-on-submit' });
    await page.goto('http://resub-admin.okta.com/admin/access/api/tokens');
    await page.getByRole('button', { name: 'Create token', exact: true }).click();
    await page.getByLabel(ENGLISH.nameLabel).fill('Lost on submit');
    await page.getByRole('dialog').getByRole('button', { name: 'Create token', exact: true }).click();
    await page.waitForURL(/^http:\/\/resub\.okta\.com\/login\/login\.htm\?fromURI=/);
    expect(sandbox.createdTokens).toEqual([]);
    await page.getByLabel('Username').fill('alex.admin');
    await page.getByLabel('Password').fill('pw');
    await page.getByRole('button', { name: 'Sign In' }).click();
    await page.waitForURL('http://resub-admin.okta.com/admin/access/api/tokens');
    const revealed = await createTokenThroughDialog(ENGLISH, 'Second try', 'Any IP', pickFromNativeSelect);
    expect(sandbox.createdTokens).toMatchObject([{ name: 'Second try', token: revealed }]);
  });

  it('reauth popup: the form waits for the pop-up, then reveals', async () => {
    sandbox.setOrgOptions('popc', { reauth: 'popup' });
    await page.goto('http://popc-admin.okta.com/admin/access/api/tokens');
    await page.getByRole('button', { name: 'Create token', exact: true }).click();
    await page.getByLabel(ENGLISH.nameLabel).fill('Verified');
    const opening = page.waitForEvent('popup');
    await page.getByRole('dialog').getByRole('button', { name: 'Create token', exact: true }).click();
    const popup = await opening;
    await popup.getByLabel('Password').fill('correct horse');
    const closing = popup.waitForEvent('close'); // it closes itself as soon as it is verified
    await popup.getByRole('button', { name: 'Verify' }).click();
    await closing;
    const revealed = await readReveal(ENGLISH);
    expect(sandbox.createdTokens).toMatchObject([{ name: 'Verified', token: revealed }]);
  });
});
