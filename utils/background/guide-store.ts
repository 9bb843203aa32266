import type { GuideMode } from '../messages/guide-protocol';
import type { StepId } from '../okta/steps-ids';
import { type GuideState, guidesItem, updateItem } from '../storage';

/** The store of guides per tab (`storage.session`): which tab is guided, on which org, at which step. */

export async function guideOf(tabId: number): Promise<GuideState | null> {
  return (await guidesItem.getValue())[String(tabId)] ?? null;
}

async function updateGuides(change: (guides: Record<string, GuideState>) => void): Promise<void> {
  await updateItem(guidesItem, (current) => {
    const guides = { ...current };
    change(guides);
    // Nothing changed (e.g. a closed tab that had no guide): hand back `current`, so nothing is written.
    const keys = Object.keys(guides);
    const same =
      keys.length === Object.keys(current).length && keys.every((tabId) => guides[tabId] === current[tabId]);
    return same ? current : guides;
  });
}

export async function recordGuide(
  tabId: number,
  orgDomain: string,
  mode: GuideMode,
  extra: Pick<GuideState, 'leavingPage'> = {},
): Promise<void> {
  await updateGuides((guides) => {
    guides[String(tabId)] = { orgDomain, mode, startedAt: Date.now(), step: null, target: null, ...extra };
  });
}

/** The tab started loading a page: the page Start sent it to, guided once it has loaded. */
export async function noteNavigationStarted(tabId: number): Promise<void> {
  await updateGuides((guides) => {
    const guide = guides[String(tabId)];
    if (guide?.leavingPage) guides[String(tabId)] = { ...guide, leavingPage: false };
  });
}

export async function forgetTab(tabId: number): Promise<void> {
  await updateGuides((guides) => {
    delete guides[String(tabId)];
  });
}

/** The guide said which language its page is in: its words follow it from now on. */
export async function recordLanguage(tabId: number, language: string | undefined): Promise<void> {
  await updateGuides((guides) => {
    const guide = guides[String(tabId)];
    if (guide && guide.language !== language) guides[String(tabId)] = { ...guide, language };
  });
}

export async function recordStep(tabId: number, step: StepId, target: 'found' | 'missing'): Promise<void> {
  await updateGuides((guides) => {
    const guide = guides[String(tabId)];
    if (guide) guides[String(tabId)] = { ...guide, step, target };
  });
}

/**
 * The guide on the Tokens page asks whether to open Okta's Create-token dialog for the admin: yes once per
 * journey, and only for Start or Get token from Okta (`direct`); the tour teaches, so it never does.
 */
export async function claimDialogOpening(tabId: number): Promise<boolean> {
  let claimed = false;
  await updateGuides((guides) => {
    const guide = guides[String(tabId)];
    if (guide?.mode !== 'direct' || guide.dialogOpened) return;
    guides[String(tabId)] = { ...guide, dialogOpened: true };
    claimed = true;
  });
  return claimed;
}

/** The hub linked the org: its guided tabs are at the last step. */
export async function markOrgLinked(orgDomain: string): Promise<void> {
  await updateGuides((guides) => {
    for (const [tabId, guide] of Object.entries(guides)) {
      if (guide.orgDomain === orgDomain) guides[tabId] = { ...guide, step: 'linked', target: 'found' };
    }
  });
  // The guides hear of the link from the outcome's watch (keepGuidesInformed): GuideStatus holds no step.
}
