import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { GUIDE_ALIVE_FLAG } from '../messages/guide-protocol';
import { oktaOrgOf } from '../okta/domain';
import { guidesItem, linkOutcomeItem, recentOktaOrgsItem } from '../storage';
import { claimDialogOpening, guideOf, markOrgLinked, recordStep } from './guide-store';
import { onTabStatus, openGuideInNewTab, resumeGuideAfterNavigation, startGuide, stopGuide } from './guides';

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

  it('lets Start’s journey open Okta’s dialog once, through a reload and a step; the tour never, and a new Start again', async () => {
    await startGuide(7, ADMIN_TOKENS, 'direct');
    expect(await claimDialogOpening(7)).toBe(true);
    await recordStep(7, 'create-token', 'found');
    expect(await claimDialogOpening(7)).toBe(false);
    await resumeGuideAfterNavigation(7, ADMIN_TOKENS);
    expect(await claimDialogOpening(7)).toBe(false);
    await startGuide(7, ADMIN_TOKENS, 'tour');
    expect(await claimDialogOpening(7)).toBe(false);
    await startGuide(7, ADMIN_TOKENS, 'direct');
    expect(await Promise.all([claimDialogOpening(7), claimDialogOpening(7)])).toEqual([true, false]);
    expect(await claimDialogOpening(8)).toBe(false); // a tab without a guide
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

describe('Start: straight to the Tokens page', () => {
  const DASHBOARD = 'http://acme.okta.com/app/UserHome';
  const TOKENS = 'http://acme-admin.okta.com/admin/access/api/tokens';

  /**
   * The page's isolated world as the background's injections see it (one tab at a time here): functions run
   * against it; a file injection is recorded. `newPage()` is a page load: a new document, a fresh world.
   */
  const FLAGS = ['__oktaLinkGuideInjected', GUIDE_ALIVE_FLAG];
  const world = globalThis as Record<string, unknown>;
  const newPage = () => {
    for (const flag of FLAGS) delete world[flag];
  };

  beforeEach(() => {
    fakeBrowser.reset();
    newPage();
    fakeBrowser.scripting.executeScript = vi.fn(
      async (injection: { func?: (...args: unknown[]) => unknown; args?: unknown[] }) => [
        { frameId: 0, result: injection.func ? injection.func(...(injection.args ?? [])) : undefined },
      ],
    ) as never;
  });

  async function tabOn(url: string): Promise<number> {
    return (await fakeBrowser.tabs.create({ url })).id as number;
  }

  /** Injections of the guide's script (the other calls only ask whether a guide already runs). */
  const guideInjections = () =>
    vi.mocked(fakeBrowser.scripting.executeScript).mock.calls.filter(([injection]) => 'files' in injection);

  it('sends the tab to the org’s Tokens page on the page’s own scheme, injecting nothing into the page it leaves', async () => {
    const tabId = await tabOn(DASHBOARD);
    expect(await startGuide(tabId, DASHBOARD, 'direct')).toEqual({ ok: true });
    expect((await fakeBrowser.tabs.get(tabId)).url).toBe(TOKENS);
    expect(await guideOf(tabId)).toMatchObject({ mode: 'direct', leavingPage: true });
    // A late "complete" of the page being left brings no guide.
    await onTabStatus(tabId, 'complete', DASHBOARD);
    expect(guideInjections()).toEqual([]);
  });

  it('brings the guide once the Tokens page (or wherever Okta sends the admin) has loaded', async () => {
    const tabId = await tabOn(DASHBOARD);
    await startGuide(tabId, DASHBOARD, 'direct');
    // Reported in a row, handled in turn: "complete" finds what "loading" recorded.
    await Promise.all([
      onTabStatus(tabId, 'loading', TOKENS),
      onTabStatus(tabId, 'complete', 'http://acme.okta.com/login/login.htm?fromURI=%2Fadmin'),
    ]);
    expect(guideInjections()).toHaveLength(1);
  });

  it('on the Tokens page already: the guide at once, no reload', async () => {
    const tabId = await tabOn(TOKENS);
    await startGuide(tabId, TOKENS, 'direct');
    expect(guideInjections()).toHaveLength(1);
    expect(await guideOf(tabId)).not.toHaveProperty('leavingPage');
  });

  it('a guide already showing on the page is told the new journey instead of getting a twin', async () => {
    const tabId = await tabOn(TOKENS);
    world[GUIDE_ALIVE_FLAG] = true;
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await startGuide(tabId, TOKENS, 'tour');
    expect(guideInjections()).toEqual([]);
    expect(sendMessage).toHaveBeenCalledWith(
      tabId,
      expect.objectContaining({ type: 'guide:status', status: expect.objectContaining({ running: true }) }),
      { frameId: 0 },
    );
  });

  it('begins a new journey: a link made earlier on that org no longer counts, another org’s does', async () => {
    const tabId = await tabOn(TOKENS);
    await linkOutcomeItem.setValue({
      status: 'linked',
      orgDomain: 'acme.okta.com',
      accountId: 'acc_1',
      provider: 'okta',
      linkedAt: 1,
    });
    await startGuide(tabId, TOKENS, 'direct');
    expect(await linkOutcomeItem.getValue()).toBeNull();

    const other = {
      status: 'linked',
      orgDomain: 'globex.okta.com',
      accountId: 'acc_2',
      provider: 'okta',
      linkedAt: 2,
    };
    await linkOutcomeItem.setValue(other as never);
    await startGuide(tabId, TOKENS, 'tour');
    expect(await linkOutcomeItem.getValue()).toEqual(other);
  });

  it('remembers the org among the recent ones, newest first, domains only', async () => {
    await startGuide(await tabOn(TOKENS), TOKENS, 'tour');
    await startGuide(
      await tabOn('https://globex-admin.okta.com/admin/dashboard'),
      'https://globex-admin.okta.com/admin/dashboard',
      'tour',
    );
    expect(await recentOktaOrgsItem.getValue()).toEqual([
      { orgDomain: 'globex.okta.com', protocol: 'https:' },
      { orgDomain: 'acme.okta.com', protocol: 'http:' },
    ]);
  });

  it('a new tab that loaded before its guide was recorded gets it once, and again on its next page', async () => {
    const org = oktaOrgOf(TOKENS);
    if (!org) throw new Error('not an org');
    // The Tokens page is fast: already complete when the guide is recorded; its own "complete" arrives late.
    const get = fakeBrowser.tabs.get.bind(fakeBrowser.tabs);
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation((async (id: number) => ({
      ...(await get(id)),
      status: 'complete',
    })) as never);
    const opened = await openGuideInNewTab(org, 'http:', {});
    if (!opened.ok) throw new Error(opened.message);
    expect(guideInjections()).toHaveLength(1);
    // The page's own "complete", before the guide said it is alive: no twin.
    await onTabStatus(opened.tabId, 'complete', TOKENS);
    expect(guideInjections()).toHaveLength(1);
    newPage();
    await onTabStatus(opened.tabId, 'loading', TOKENS);
    await onTabStatus(opened.tabId, 'complete', TOKENS);
    expect(guideInjections()).toHaveLength(2);
  });
});
