import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OktaSandbox, startOktaSandbox } from '../../sandbox/okta/server';
import type { Driver, Tab } from './drivers/driver';
import { firefox } from './drivers/firefox';
import { pollUntil } from './drivers/poll';
import { masked } from './journeys/guide';
import { E2E_EXTENSION_DIR } from './support/browser';
import { useWorld } from './support/env';
import { openOptions, takeHubSessionFromTab } from './support/extension';
import {
  clickHighlighted,
  followGuide,
  guideButton,
  guideText,
  OVERLAY,
  recordTargetChanges,
  startGuideOn,
  waitForStep,
} from './support/guide';

/*
 * Who speaks which language (issue 21): the guide speaks the console's (its page's `lang`), whatever the
 * browser's; the popup and the options page speak the browser's, in Chromium (`--lang`, LANGUAGE) and in
 * Firefox (`intl.locale.requested`); and a pseudo-locale ~40 % longer fits the popup, options page and callout.
 */

const SHOTS = path.resolve(import.meta.dirname, '../../test-results/languages');
const calloutLang = (page: Page) => page.locator(OVERLAY).locator('section').getAttribute('lang');

describe('an English browser on consoles in other languages', () => {
  const world = useWorld();

  it('a Japanese console: Japanese callouts, Connect offered in Japanese; the popup stays English', async () => {
    await takeHubSessionFromTab(world()); // so that Connect is offered once the token is captured
    world().okta.setOrgOptions('odyja', { adminConsole: 'odyssey', variant: 'japanese' });
    const { page } = await startGuideOn(world(), 'http://odyja-admin.okta.com/admin/access/api/tokens');
    await followGuide(page, 'submit-token');
    expect(await calloutLang(page)).toBe('ja');
    const submit = await guideText(page);
    expect(submit).toContain('トークンを作成する'); // the step, and Okta's button as the console names it
    expect(submit).toContain('任意のIPアドレス'); // the form's network choice, as Okta shows it

    await clickHighlighted(page); // Okta's own トークンを作成する
    await waitForStep(page, 'token-captured');
    const token = world().okta.createdTokens.at(-1)?.token ?? '';
    world().secrets.add(token);
    const captured = await guideText(page);
    expect(captured).toContain(
      `メモリ内にのみ保持しました（15分間）。クリップボードには入れていません：${masked(token)}`,
    );
    expect(captured).toContain(`送信先のハブ：${world().hub.backendOrigin}`);
    await guideButton(page, '接続').waitFor();

    const popup = await world().popupFor(page);
    // textContent: the label is upper-cased by CSS.
    await expect.poll(() => popup.locator('main').textContent()).toContain('API token for odyja.okta.com');
  });

  it('a Spanish console, walked from its dashboard to a captured token: Spanish callouts', async () => {
    world().okta.setOrgOptions('eses', { variant: 'spanish' });
    const { page } = await startGuideOn(world(), 'http://eses-admin.okta.com/admin/dashboard');
    await waitForStep(page, 'open-security');
    expect(await calloutLang(page)).toBe('es');
    expect(await guideText(page)).toContain('En el menú lateral, abra «Seguridad».');
    await followGuide(page, 'submit-token');
    const submit = await guideText(page);
    expect(submit).toContain('Nombre: StackOne Integration · Llamadas desde: Cualquier IP');
    expect(submit).toContain('haga clic en «Crear token»');
    await clickHighlighted(page);
    await waitForStep(page, 'token-captured');
    const created = world().okta.createdTokens.at(-1);
    world().secrets.add(created?.token ?? '');
    expect(created).toMatchObject({ name: 'StackOne Integration', networkChoice: 'ANYWHERE' });
    expect(await guideText(page)).toContain('Token capturado');
  });
});

describe('Chromium in French (--lang=fr, LANGUAGE=fr)', () => {
  const world = useWorld({ args: ['--lang=fr'], env: { LANGUAGE: 'fr', LANG: 'fr_FR.UTF-8' } });

  it('the popup and the options page speak French; the guide on an English console speaks English', async () => {
    const page = await world().context.newPage();
    await recordTargetChanges(page);
    await page.goto('http://acme-admin.okta.com/admin/dashboard');
    const popup = await world().popupFor(page);
    await popup.getByRole('button', { name: 'Montrez-moi le chemin' }).waitFor();
    expect(await popup.locator('html').getAttribute('lang')).toBe('fr');
    expect(await popup.getByTestId('org-domain').innerText()).toBe('acme.okta.com');
    expect(await popup.locator('main').innerText()).toContain("Console d'administration");

    const options = await openOptions(world().context, world().extensionId);
    const base = options.getByLabel("URL de base de l'API du hub");
    // Every e2e world configures the sandbox's stub hub as the hub API (tests/e2e/support/env.ts).
    expect(await base.inputValue()).toBe(world().hub.backendOrigin);
    expect(await options.getByLabel('Nom du jeton').inputValue()).toBe('StackOne Integration');
    expect(await options.title()).toBe("Options d'Okta Link Assistant");
    await options.close();

    await popup.getByRole('button', { name: 'Démarrer' }).click();
    await page.bringToFront();
    await waitForStep(page, 'submit-token'); // Start opens Okta's dialog for the admin
    expect(await calloutLang(page)).toBe('en');
    expect(await guideText(page)).toContain('click "Create token"');
  });

  it("the background's answers reach the popup in French too: a pasted value that is no hub session", async () => {
    const page = await world().context.newPage();
    await page.goto('http://acme-admin.okta.com/admin/dashboard');
    const popup = await world().popupFor(page);
    await popup.getByText("Plus d'options").click();
    await popup.getByLabel('Session ou lien du hub').fill('not a session token');
    await popup.getByRole('button', { name: 'Utiliser la session' }).click();
    // Worded by the background (utils/background/hub-session.ts), in the browser's language.
    await expect
      .poll(() => popup.getByRole('alert').textContent())
      .toBe('Ceci ne ressemble pas à un jeton de session du hub.');
    expect(await popup.getByTestId('hub-session').count()).toBe(0);
  });
});

describe('Firefox in French (intl.locale.requested=fr)', () => {
  let okta: OktaSandbox;
  let driver: Driver;
  beforeAll(async () => {
    okta = await startOktaSandbox();
    driver = await firefox.launch({ okta, prefs: { 'intl.locale.requested': 'fr' } });
  });
  afterAll(async () => {
    await driver?.close();
    await okta?.close();
  });

  const textOf = (tab: Tab) =>
    tab.evaluate(() => `${document.documentElement.lang}|${document.body?.innerText ?? ''}`);

  it('the popup and the options page speak French', async () => {
    const okta = await driver.open('http://acme.okta.com/app/UserHome');
    const popup = await driver.openExtensionPage(`popup.html?tabId=${await driver.tabIdOf(okta)}`);
    const said = await pollUntil(
      () => textOf(popup),
      (text) => text.includes('Démarrer'),
      { what: 'the popup in French' },
    );
    expect(said).toMatch(/^fr\|/);
    expect(said).toContain('Montrez-moi le chemin');
    expect(said).toContain("Tableau de bord de l'organisation");
    const options = await driver.openExtensionPage('options.html');
    const optionsSaid = await pollUntil(
      () => textOf(options),
      (text) => text.includes('Enregistrer'),
      { what: 'the options page in French' },
    );
    expect(optionsSaid).toContain("URL de base de l'API du hub");
  });
});

describe('the pseudo-locale (~40 % longer, accented): nothing clipped, nothing overflows', () => {
  const world = useWorld({ extensionDir: `${E2E_EXTENSION_DIR}-pseudo` });

  /** Elements sticking out of their container sideways, and a page or container that scrolls sideways. */
  async function overflows(page: Page, containers: string, inShadowOf: string | null = null) {
    return page.evaluate(
      ({ containers, inShadowOf }) => {
        const scope = inShadowOf ? document.querySelector(inShadowOf)?.shadowRoot : document;
        const found: string[] = [];
        const root = document.documentElement;
        if (root.scrollWidth > root.clientWidth)
          found.push(`the page scrolls sideways (${root.scrollWidth}px)`);
        for (const container of scope?.querySelectorAll<HTMLElement>(containers) ?? []) {
          const box = container.getBoundingClientRect();
          if (container.scrollWidth > container.clientWidth + 1)
            found.push(`${container.className} scrolls sideways`);
          for (const element of container.querySelectorAll('*')) {
            const rect = element.getBoundingClientRect();
            if (rect.width === 0 && rect.height === 0) continue;
            if (rect.left < box.left - 1 || rect.right > box.right + 1) {
              found.push(`${element.localName}.${element.className} "${element.textContent?.slice(0, 30)}"`);
            }
          }
        }
        return found;
      },
      { containers, inShadowOf },
    );
  }

  it('the popup, the options page and the callout', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const page = await world().context.newPage();
    await page.goto('http://acme-admin.okta.com/admin/dashboard');
    const popup = await world().popupFor(page);
    const start = popup.locator('button.primary');
    await start.waitFor();
    expect(await start.innerText()).toMatch(/^\[Šţåŕţ /); // the pseudo-locale is what shows
    await popup.locator('details.more-options > summary').click();
    await popup.screenshot({ path: path.join(SHOTS, 'pseudo-popup.png'), fullPage: true });
    expect(await overflows(popup, 'main, .card, form, .row')).toEqual([]);

    const options = await openOptions(world().context, world().extensionId);
    await options.locator('form').waitFor();
    await options.screenshot({ path: path.join(SHOTS, 'pseudo-options.png'), fullPage: true });
    expect(await overflows(options, 'main, .field, .row, section')).toEqual([]);
    await options.close();

    await popup.locator('button:not(.primary)', { hasText: 'Šĥöŵ' }).click(); // Show me the way
    await page.bringToFront();
    await waitForStep(page, 'open-security');
    await page.screenshot({ path: path.join(SHOTS, 'pseudo-callout.png') });
    expect(await overflows(page, '.callout, .actions', OVERLAY)).toEqual([]);
  });
});
