import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OktaSandbox, startOktaSandbox } from '../../sandbox/okta/server';
import { launchChromium } from './support/browser';
import { openOptions, openPopupFor, pasteTokenInPopup, readExtensionStorage } from './support/extension';

const TOKEN = '00RestartTestToken_abcdefghijklmnopqrstuvw';

describe('when the browser session ends', () => {
  let okta: OktaSandbox;
  let profileDir: string;
  beforeAll(async () => {
    okta = await startOktaSandbox();
    profileDir = mkdtempSync(path.join(tmpdir(), 'ola-restart-'));
  });
  afterAll(async () => {
    await okta?.close();
    rmSync(profileDir, { recursive: true, force: true });
  });

  it('the token is gone, by design, while settings survive', async () => {
    expect(TOKEN).toMatch(/^00[A-Za-z0-9_-]{40}$/);
    const first = await launchChromium({ hostResolverRules: okta.hostResolverRules, profileDir });
    const page = await first.context.newPage();
    await page.goto('http://acme-admin.okta.com/admin/dashboard');
    const popup = await openPopupFor(first.context, first.extensionId ?? '', page);
    await pasteTokenInPopup(popup, TOKEN);
    await expect.poll(() => popup.getByTestId('masked-token').textContent()).toBe('00Re…tuvw');
    const options = await openOptions(first.context, first.extensionId ?? '');
    await options.getByLabel('Token name').fill('Okta for Acme HR');
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByText('Saved.').waitFor();
    const before = await readExtensionStorage(first.context);
    expect(JSON.stringify(before.session)).toContain(TOKEN);
    await first.close();

    const second = await launchChromium({ hostResolverRules: okta.hostResolverRules, profileDir });
    const again = await second.context.newPage();
    await again.goto('http://acme-admin.okta.com/admin/dashboard');
    const after = await readExtensionStorage(second.context);
    expect(JSON.stringify(after)).not.toContain(TOKEN);
    const popupAgain = await openPopupFor(second.context, second.extensionId ?? '', again);
    await popupAgain.getByRole('button', { name: 'Start' }).waitFor();
    expect(await popupAgain.getByTestId('masked-token').count()).toBe(0);
    const optionsAgain = await openOptions(second.context, second.extensionId ?? '');
    await expect.poll(() => optionsAgain.getByLabel('Token name').inputValue()).toBe('Okta for Acme HR');
    await second.close();
  });
});
