import { describe, expect, it } from 'vitest';
import { MANUAL_JOURNEY, manualJourneyCount } from './manual-journey';

describe('the manual journey of the public connection guide', () => {
  it('is counted from its steps', () => {
    expect(manualJourneyCount()).toEqual({ clicks: 10, keyEntries: 3, tabSwitches: 1, total: 14 });
  });

  it('goes through every step of the guide, from the domain to Connect', () => {
    expect(MANUAL_JOURNEY.map((step) => step.guideStep)).toEqual([
      expect.stringMatching(/^Find your Okta domain/),
      expect.stringMatching(/Admin/),
      expect.stringMatching(/Security > API/),
      expect.stringMatching(/Create token/),
      expect.stringMatching(/Copy/),
      expect.stringMatching(/hub/),
      expect.stringMatching(/Okta Domain URL and API Token/),
      'Click Connect',
    ]);
  });
});
