import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { guidesItem } from '../storage';
import {
  guideOf,
  markOrgLinked,
  recordStep,
  resumeGuideAfterNavigation,
  startGuide,
  stopGuide,
} from './guides';

const ADMIN_TOKENS = 'https://acme-admin.okta.com/admin/access/api/tokens';

describe('the guides service', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // fakeBrowser does not implement scripting: an injection that "works", recorded.
    fakeBrowser.scripting.executeScript = vi.fn(async () => [{ frameId: 0, result: false }]) as never;
  });

  it('starts a guide for the org of the tab, and injects it', async () => {
    expect(await startGuide(7, ADMIN_TOKENS)).toEqual({ ok: true });
    expect(await guideOf(7)).toMatchObject({ orgDomain: 'acme.okta.com', step: null });
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledWith(
      expect.objectContaining({ target: { tabId: 7, frameIds: [0] } }),
    );
  });

  it('refuses a page that is not an Okta org', async () => {
    expect(await startGuide(7, 'https://acme.okta.com.evil.test/')).toMatchObject({ ok: false });
    expect(await guideOf(7)).toBeNull();
  });

  it('records the step the guide reports', async () => {
    await startGuide(7, ADMIN_TOKENS);
    await recordStep(7, 'create-token', 'found');
    expect(await guideOf(7)).toMatchObject({ step: 'create-token', target: 'found' });
  });

  it('a step reported while Stop is under way does not bring the stopped guide back', async () => {
    await startGuide(7, ADMIN_TOKENS);
    // Stop reads the guides, then the step arrives and reads them too, before Stop has written.
    await Promise.all([stopGuide(7), recordStep(7, 'name-token', 'found')]);
    expect(await guideOf(7)).toBeNull();
    // …so the next page load of the tab does not inject it again.
    vi.mocked(fakeBrowser.scripting.executeScript).mockClear();
    await resumeGuideAfterNavigation(7, ADMIN_TOKENS);
    expect(fakeBrowser.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('keeps every guide when several tabs change at once', async () => {
    await Promise.all([
      startGuide(1, ADMIN_TOKENS),
      startGuide(2, ADMIN_TOKENS),
      startGuide(3, ADMIN_TOKENS),
    ]);
    await Promise.all([
      recordStep(1, 'create-token', 'found'),
      recordStep(2, 'open-api', 'missing'),
      stopGuide(3),
    ]);
    expect(Object.keys(await guidesItem.getValue()).sort()).toEqual(['1', '2']);
  });

  it('marks every guide of an org linked', async () => {
    await startGuide(1, ADMIN_TOKENS);
    await startGuide(2, 'https://globex-admin.okta.com/admin/dashboard');
    await markOrgLinked('acme.okta.com');
    expect(await guideOf(1)).toMatchObject({ step: 'linked' });
    expect(await guideOf(2)).toMatchObject({ step: null });
  });
});
