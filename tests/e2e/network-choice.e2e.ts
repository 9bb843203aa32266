import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { OrgOptions } from '../../sandbox/okta/options';
import { useWorld, type World } from './support/env';
import {
  clickHighlighted,
  followGuide,
  guideText,
  humanPause,
  startGuideOn,
  type TargetChange,
  waitForStep,
} from './support/guide';

/*
 * The network choice on consoles that disagree with every table of ours (sandbox/okta/README.md: option values
 * that are other enum names or numeric ids, a dialog opening on a zone choice, Any IP not first, no Any IP at
 * all), on each control Okta may render: Courage's <select>, Courage's Chosen, Odyssey's Select (an ARIA
 * combobox) and Odyssey's NativeSelect. What counts is what Okta received when the admin clicked its Create
 * token: the sandbox decodes the create request in the console's own spelling. One browser for the file.
 */

const CONTROLS: [string, Partial<OrgOptions>][] = [
  ['Courage <select>', { adminConsole: 'courage', networkControl: 'native-select' }],
  ['Courage Chosen', { adminConsole: 'courage', networkControl: 'custom-dropdown' }],
  ['Odyssey Select', { adminConsole: 'odyssey', networkControl: 'custom-dropdown' }],
  ['Odyssey NativeSelect', { adminConsole: 'odyssey', networkControl: 'native-select' }],
];

/** Ways a console disagrees with our tables; each dialog opens on a default that is not Any IP. */
const DISAGREEMENTS: [string, Partial<OrgOptions>][] = [
  [
    'numeric values, opening on a zone choice, Any IP last',
    { networkValues: 'numeric', networkDefault: 'IN_ANY_ZONE', networkOrder: 'any-ip-last' },
  ],
  [
    'other enum names, opening on a choice that names zones',
    { networkValues: 'other-names', networkDefault: 'IN_ZONES' },
  ],
];

let orgs = 0;
/** A fresh org per case (one browser for the file; the sandbox resets between tests anyway). */
function orgWith(world: World, options: Partial<OrgOptions>): string {
  const org = `net${++orgs}`;
  world.okta.setOrgOptions(org, { renderDelayMs: 50, ...options });
  return org;
}

/** Start from the org's Tokens page, then the guide's highlights up to `until`. */
async function walkTo(world: World, org: string, until: string) {
  const { page, changes } = await startGuideOn(world, `http://${org}-admin.okta.com/admin/access/api/tokens`);
  const seen = await followGuide(page, until);
  return { page, changes, seen };
}

/** Steps the admin was asked to act on (highlighted), in order. */
const shown = (changes: readonly TargetChange[]) =>
  changes.filter((change) => change.target === 'found').map((change) => change.step);

/** The dialog's network control, as the admin finds it by its label. */
function networkControl(page: Page) {
  return page.getByLabel('API calls made with this token must originate from', { exact: true });
}

/** The admin picks a network choice themselves, by the text they read, on whichever control the console has. */
async function adminPicks(page: Page, text: string) {
  await humanPause(page);
  // Chosen hides the <select> it draws over: the admin clicks Chosen's own list.
  const chosen = page.locator('.chzn-container');
  if (await chosen.count()) {
    await chosen.locator('.chzn-single').click();
    await humanPause(page);
    await chosen.locator('.chzn-results li', { hasText: text }).click();
    return;
  }
  const control = networkControl(page);
  if ((await control.evaluate((element) => element.localName)) === 'select') {
    await control.selectOption({ label: text });
    return;
  }
  await page.getByRole('combobox', { name: /originate from/ }).click();
  await humanPause(page);
  await page.getByRole('option', { name: text, exact: true }).click();
}

describe('the network choice on consoles whose options are in no table of ours', () => {
  const world = useWorld();

  for (const [control, controlOptions] of CONTROLS) {
    it.each(DISAGREEMENTS)(`${control}, %s: Okta receives Any IP`, async (_, options) => {
      const org = orgWith(world(), { ...controlOptions, ...options });
      const { page, changes, seen } = await walkTo(world(), org, 'submit-token');
      expect(seen).toEqual(['create-token', 'submit-token']);
      expect(shown(changes)).not.toContain('choose-network');
      await expect.poll(() => guideText(page)).toContain('Calls from: Any IP');
      await clickHighlighted(page); // Okta's own Create token: the admin's click
      await waitForStep(page, 'token-captured');
      expect(world().okta.createdTokens.at(-1)).toMatchObject({
        org: `${org}.okta.com`,
        networkChoice: 'ANYWHERE',
      });
    });
  }

  it.each([CONTROLS[1], CONTROLS[2]] as [string, Partial<OrgOptions>][])(
    '%s with numeric values: the admin’s own choice is what Okta receives, and the guide keeps it',
    async (_, controlOptions) => {
      const org = orgWith(world(), {
        ...controlOptions,
        networkValues: 'numeric',
        networkDefault: 'IN_ANY_ZONE',
      });
      const { page } = await walkTo(world(), org, 'submit-token');
      await adminPicks(page, 'Not in any network zone defined in Okta');
      await expect
        .poll(() => guideText(page))
        .toContain('Calls from: Not in any network zone defined in Okta');
      await waitForStep(page, 'submit-token');
      expect(await guideText(page)).toContain('With zones, Okta accepts the hub’s calls only from');
      await clickHighlighted(page);
      await waitForStep(page, 'token-captured');
      expect(world().okta.createdTokens.at(-1)).toMatchObject({ networkChoice: 'NOT_IN_ANY_ZONE' });
    },
  );

  it.each([CONTROLS[0], CONTROLS[2]] as [string, Partial<OrgOptions>][])(
    '%s without Any IP: the guide shows choose-network on the control, and nothing is created until the admin chooses',
    async (_, controlOptions) => {
      const org = orgWith(world(), {
        ...controlOptions,
        networkValues: 'other-names',
        networkOffersAnyIp: false,
      });
      const { page, changes, seen } = await walkTo(world(), org, 'choose-network');
      expect(seen).toEqual(['create-token', 'choose-network']);
      expect(shown(changes)).not.toContain('submit-token');
      expect(await guideText(page)).toContain('This list has no "Any IP"');
      expect(world().okta.createdTokens).toEqual([]);
      // The ring is on the network control: its centre is the control.
      const onControl = await page.evaluate(() => {
        const ring = document.querySelector('okta-link-assistant')?.shadowRoot?.querySelector('.ring');
        if (!ring) return false;
        const box = ring.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return hit?.closest('select, .chzn-container, [role="combobox"]') !== null;
      });
      expect(onControl).toBe(true);
      await adminPicks(page, 'Not in any network zone defined in Okta');
      await waitForStep(page, 'submit-token');
      await clickHighlighted(page);
      await waitForStep(page, 'token-captured');
      expect(world().okta.createdTokens).toHaveLength(1);
      expect(world().okta.createdTokens[0]).toMatchObject({
        networkChoice: 'NOT_IN_ANY_ZONE',
        networkValue: 'ZONE_NONE',
      });
    },
  );
});
