import { beforeEach, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { useWorld, type World } from './support/env';
import { openOptions, resetExtensionState } from './support/extension';
import { guideButton, OVERLAY, waitForStep } from './support/guide';

describe('accessibility of the popup, the options page and the guide', () => {
  const currentWorld = useWorld();
  let world: World;
  beforeEach(() => {
    world = currentWorld();
  });

  it('popup: no serious violations, and the guide starts from the keyboard alone', async () => {
    const okta = await world.open('http://acme-admin.okta.com/admin/dashboard');
    const popup = await world.popupFor(okta);
    await popup.getByRole('button', { name: 'Start' }).waitFor();
    expect(await seriousViolations(popup)).toEqual([]);
    for (let presses = 0; presses < 10; presses++) {
      await popup.keyboard.press('Tab');
      const focused = await popup.evaluate(() => document.activeElement?.textContent?.trim());
      if (focused === 'Start') break;
    }
    await popup.keyboard.press('Enter');
    await okta.bringToFront();
    // Start goes straight to the Tokens page and opens Okta's dialog there.
    await waitForStep(okta, 'submit-token');
    await resetExtensionState(world.context);
  });

  it('options page: no serious violations; every input has its label', async () => {
    const options = await openOptions(world.context, world.extensionId);
    for (const label of ['Hub API base URL', 'Hub session token', 'Token name']) {
      await options.getByLabel(label).waitFor();
    }
    expect(await seriousViolations(options)).toEqual([]);
  });

  it('guide overlay: no serious violations; its buttons work from the keyboard without stealing focus', async () => {
    const okta = await world.open('http://acme-admin.okta.com/admin/dashboard');
    const popup = await world.popupFor(okta);
    await popup.getByRole('button', { name: 'Show me the way' }).click();
    await okta.bringToFront();
    await waitForStep(okta, 'open-security');
    expect(await okta.evaluate((tag) => document.activeElement?.tagName.toLowerCase() !== tag, OVERLAY)).toBe(
      true,
    );
    expect(await seriousViolations(okta, [[OVERLAY]])).toEqual([]);
    await guideButton(okta, 'Stop guide').focus();
    await okta.keyboard.press('Enter');
    await okta.waitForSelector(OVERLAY, { state: 'detached' });
  });
});
