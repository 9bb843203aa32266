import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { declaredKinds, TRANSMISSIONS } from '../e2e/support/transmissions';

/*
 * The data declarations against what the extension really sends. The e2e sweep (tests/e2e/support/secrets.ts)
 * fails any test in which the Okta token or the org domain travels outside the requests TRANSMISSIONS lists;
 * here the Firefox manifest, PRIVACY.md and the Chrome Web Store answers must declare exactly the data kinds
 * of that list.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** Mozilla's data type → the Chrome Web Store's data category for the same thing. */
const CHROME_CATEGORY: Record<string, string> = {
  authenticationInfo: 'Authentication information',
  browsingActivity: 'Web history',
  websiteContent: 'Website content',
  websiteActivity: 'User activity',
  personallyIdentifyingInfo: 'Personally identifiable information',
  personalCommunications: 'Personal communications',
  locationInfo: 'Location',
  healthInfo: 'Health information',
  financialAndPaymentInfo: 'Financial and payment information',
};

describe.each(['firefox-mv3', 'firefox-mv3-e2e'])('the data collection declared by %s', (build) => {
  const manifest = JSON.parse(read(`.output/${build}/manifest.json`));
  const declaration = manifest.browser_specific_settings?.gecko?.data_collection_permissions;

  it('requires exactly the kinds of data the extension transmits, nothing optional', () => {
    expect(declaredKinds()).not.toEqual([]);
    expect([...(declaration?.required ?? [])].sort()).toEqual(declaredKinds());
    expect(declaration?.optional ?? []).toEqual([]);
  });
});

describe('what the extension transmits', () => {
  it('goes to the hub backend the admin chose, or the Okta org itself', () => {
    for (const transmission of TRANSMISSIONS) expect(['hub backend', 'Okta org']).toContain(transmission.to);
  });

  it('is held by the e2e sweep for the Okta token and the org domain', () => {
    const swept = new Set(TRANSMISSIONS.filter((t) => t.swept).map((t) => t.data));
    expect([...swept].sort()).toEqual(['okta-token', 'org-domain']);
  });
});

describe('PRIVACY.md', () => {
  const privacy = read('PRIVACY.md');

  it('names every declared data type, and no other one as sent', () => {
    for (const kind of declaredKinds()) expect(privacy).toContain(`(\`${kind}\`)`);
    expect(privacy).toContain(`required: ${JSON.stringify(declaredKinds()).replace(/,/g, ', ')}`);
    const sent = privacy.split('## What it sends')[1]?.split('\n## ')[0] ?? '';
    const namedAsSent = [...sent.matchAll(/^\| [^|]+ \| [^|]+ \(`(\w+)`\) *\|/gm)].map((match) => match[1]);
    expect([...new Set(namedAsSent)].sort()).toEqual(declaredKinds());
  });

  it('says there is no analytics and no telemetry', () => {
    expect(privacy).toMatch(/no analytics/i);
    expect(privacy).toMatch(/no telemetry/i);
  });
});

describe("the Chrome Web Store's privacy practices (store/privacy-practices.json)", () => {
  const answers = JSON.parse(read('store/privacy-practices.json')) as {
    remoteCode: boolean;
    dataCollected: Record<string, boolean>;
    certifications: Record<string, boolean>;
  };

  it('collects the categories that match the declared kinds, and no others', () => {
    const collected = Object.entries(answers.dataCollected)
      .filter(([, yes]) => yes)
      .map(([category]) => category)
      .sort();
    expect(collected).toEqual(
      declaredKinds()
        .map((kind) => CHROME_CATEGORY[kind])
        .sort(),
    );
    expect(Object.keys(answers.dataCollected).sort()).toEqual(Object.values(CHROME_CATEGORY).sort());
  });

  it('uses no remote code and certifies the three limits', () => {
    expect(answers.remoteCode).toBe(false);
    expect(Object.values(answers.certifications)).toEqual([true, true, true]);
  });
});
