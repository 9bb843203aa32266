// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { OptionsApi } from '../../utils/popup/options-api';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/storage';
import { inEnglish } from '../i18n.fixture';
import { renderContainer } from '../render-container.fixture';
import { OptionsApp } from './OptionsApp';

/** The options page under a policy: a managed setting is shown with the policy's value, locked, and said so. */

const container = renderContainer();

async function show(managed: (keyof Settings)[], settings: Partial<Settings> = {}) {
  const api = {
    loadOptions: vi.fn(async () => ({
      settings: { ...DEFAULT_SETTINGS, ...settings, managed },
      hubSession: null,
      recentOrgs: [],
      tokenRecords: [],
    })),
    saveOptions: vi.fn(),
    testHubSession: vi.fn(),
    revokeTrustedOrigin: vi.fn(),
    clearRecentOrgs: vi.fn(),
    clearTokenRecords: vi.fn(),
  } as unknown as OptionsApi;
  await act(async () => {
    render(inEnglish(<OptionsApp api={api} />), container);
  });
  await act(async () => {});
}

/** The field labelled `label`: its input, and whether the page says an administrator set it. */
function field(label: string) {
  const labelElement = Array.from(container.querySelectorAll('label')).find((l) => l.textContent === label);
  const input = container.querySelector<HTMLInputElement>(`#${labelElement?.htmlFor ?? 'none'}`);
  const note = labelElement?.parentElement?.textContent?.includes('Set by your administrator.') ?? false;
  return { value: input?.value, locked: input?.disabled ?? false, saysManaged: note };
}

describe('the options page under a policy', () => {
  it('shows a managed token name locked, with the policy’s value, and says an administrator set it', async () => {
    await show(['tokenName'], { tokenName: 'Corp Integration' });
    expect(field('Token name')).toEqual({ value: 'Corp Integration', locked: true, saysManaged: true });
    expect(field('Hub API base URL')).toEqual({
      value: 'https://api.stackone.com',
      locked: false,
      saysManaged: false,
    });
  });

  it('locks the hub API base URL alone when only it is managed', async () => {
    await show(['hubApiBaseUrl'], { hubApiBaseUrl: 'https://hub.corp.example' });
    expect(field('Hub API base URL')).toEqual({
      value: 'https://hub.corp.example',
      locked: true,
      saysManaged: true,
    });
    expect(field('Token name')).toMatchObject({ locked: false, saysManaged: false });
    expect(field('Hub session token')).toMatchObject({ locked: false, saysManaged: false });
  });
});
