import { describe, expect, it } from 'vitest';
import { masked } from './journeys/guide';
import { useWorld } from './support/env';
import { readExtensionStorage } from './support/extension';
import { clickHighlighted, currentStep, followGuide, startGuideOn, waitForStep } from './support/guide';

/*
 * Capture only what Okta just revealed: an app and a group whose names have a token's shape, each shown in a
 * dialog during the walk (the sandbox's tokenShapedNames), are never captured, and never make the guide say
 * "captured"; the token Okta reveals after the admin's Create token is.
 */

const TOKEN_SHAPE = /00[A-Za-z0-9_-]{40}/;

describe('capture only what Okta just revealed', () => {
  const world = useWorld();

  it('an app and a group named like tokens, in dialogs during the walk, are never captured; the revealed token is', async () => {
    world().okta.setOrgOptions('acme', { tokenShapedNames: true });
    const { page, changes } = await startGuideOn(world(), 'http://acme.okta.com/app/UserHome', 'Start');
    await waitForStep(page, 'create-token');
    const app = (await page.locator('[data-notice="app"]').innerText()).match(TOKEN_SHAPE)?.[0] ?? '';
    expect(app).toMatch(TOKEN_SHAPE);
    await clickHighlighted(page);
    await waitForStep(page, 'submit-token');
    const group = (await page.locator('[data-notice="group"]').innerText()).match(TOKEN_SHAPE)?.[0] ?? '';
    expect(group).toMatch(TOKEN_SHAPE);
    // Both dialogs are open while the guide points at Okta's Create token: nothing is captured.
    expect(await currentStep(page)).toEqual({ step: 'submit-token', target: 'found' });
    expect(JSON.stringify(await readExtensionStorage(world().context))).not.toMatch(TOKEN_SHAPE);

    await followGuide(page, 'token-captured');
    const created = world().okta.createdTokens.at(-1)?.token ?? '';
    world().secrets.add(created);
    const popup = await world().popupFor(page);
    await expect.poll(() => popup.getByTestId('masked-token').textContent()).toBe(masked(created));
    const storage = JSON.stringify(await readExtensionStorage(world().context));
    expect(storage).not.toContain(app);
    expect(storage).not.toContain(group);
    // "Captured" only once Okta revealed the token, never while only the names were shown.
    const steps = changes.map((change) => change.step);
    expect(steps.indexOf('token-captured')).toBeGreaterThan(steps.lastIndexOf('submit-token'));
  });
});
