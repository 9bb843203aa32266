// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { standardFormFound } from '../../utils/autofill/hub-dom.fixture';
import type { HubFormInspectionView } from '../../utils/messages/hub-fill-protocol';
import type { HubJourneyView, PopupState, StartFromHubResult } from '../../utils/messages/popup-protocol';
import type { StepId } from '../../utils/okta/steps-ids';
import type { PopupApi } from '../../utils/popup/popup-api';
import { describeTabPage } from '../../utils/popup/tab-page';
import { inEnglish } from '../i18n.fixture';
import { PopupApp } from './PopupApp';

const OKTA_PAGE = 'https://acme-admin.okta.com/admin/dashboard';
const HUB = 'https://app.vendor.example';
const HUB_API = 'https://api.stackone.com';

const TOKEN = {
  masked: '00ab…wxyz',
  orgDomain: 'acme.okta.com',
  source: 'guide' as const,
  expiresAt: Date.now() + 600_000,
};
const SESSION = {
  masked: 'hub-…demo',
  baseUrl: HUB_API,
  origin: HUB_API,
  source: 'hub-tab' as const,
  foundOn: HUB,
};
const FORM_FOUND: HubFormInspectionView = { ...standardFormFound(HUB), trusted: false };

function stateOn(url: string, more: Partial<PopupState> = {}): PopupState {
  return {
    tabId: 7,
    ...describeTabPage(url),
    guide: null,
    privilege: null,
    token: null,
    otherTokens: [],
    revokeFailures: [],
    hubSession: null,
    link: null,
    settings: { tokenName: 'StackOne Integration', hubApiBaseUrl: HUB_API },
    recentOrgs: [],
    journey: null,
    ...more,
  };
}

function journey(more: Partial<HubJourneyView>): HubJourneyView {
  return {
    hubTabId: 7,
    hubOrigin: HUB,
    orgDomain: 'acme.okta.com',
    protocol: 'https:',
    oktaTabId: 8,
    startedAt: 1,
    status: 'waiting-token',
    message: null,
    here: 'hub',
    ...more,
  };
}

/** The guide of the Okta tab, started with Start, at `step` with its target on screen. */
function guideAt(step: StepId) {
  return {
    orgDomain: 'acme.okta.com',
    mode: 'direct' as const,
    startedAt: 1,
    step,
    target: 'found' as const,
  };
}

let container: HTMLElement | undefined;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
});

function fakeApi(state: PopupState, inspection: HubFormInspectionView = FORM_FOUND) {
  return {
    loadTabPage: async () => describeTabPage(state.pageOrigin ?? undefined),
    loadState: async () => state,
    watchState: () => () => {},
    inspectHubForm: vi.fn(async () => inspection),
    startGuide: vi.fn(async (_tabId: number, _mode: string) => ({ ok: true })),
    stopGuide: vi.fn(),
    startFromHub: vi.fn(
      async (): Promise<StartFromHubResult> => ({ ok: true, orgDomain: 'acme.okta.com', oktaTabId: 8 }),
    ),
    reopenOktaTab: vi.fn(async () => ({ ok: true })),
    cancelHubJourney: vi.fn(async () => ({ ok: true })),
    fillHubForm: vi.fn(),
    connect: vi.fn(),
  };
}

async function mount(api: PopupApi | ReturnType<typeof fakeApi>) {
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    render(inEnglish(<PopupApp api={api as PopupApi} tabId={7} />), container as HTMLElement);
  });
  await act(async () => {}); // the state, then the hub form's inspection
  await act(async () => {});
  return container;
}

const more = () => container?.querySelector('details.more-options') as HTMLDetailsElement;
/** Buttons in view: outside the closed "More options". */
const shownButtons = () =>
  Array.from(container?.querySelectorAll('button') ?? [])
    .filter((button) => !more().contains(button))
    .map((button) => button.textContent?.trim());
const primaryButtons = () =>
  Array.from(container?.querySelectorAll('button.primary') ?? [])
    .filter((button) => !more().contains(button))
    .map((button) => button.textContent?.trim());
const button = (name: string) =>
  Array.from(container?.querySelectorAll('button') ?? []).find(
    (b) => b.textContent?.trim() === name,
  ) as HTMLButtonElement;
const eventHookFields = () =>
  container?.querySelectorAll('input#event-hook-name, input[id*="event-hook"]').length;
const byTestId = (id: string) => container?.querySelector(`[data-testid="${id}"]`)?.textContent;

async function click(element: HTMLElement) {
  await act(async () => {
    element.click();
  });
}

it('shows the org from the tab address while the background has not answered yet', async () => {
  const api = {
    loadTabPage: async () => describeTabPage(OKTA_PAGE),
    loadState: () => new Promise(() => {}), // a worker still waking up
    watchState: () => () => {},
  } as unknown as PopupApi;
  const shown = await mount(api);
  expect(shown.querySelector('[data-testid="org-domain"]')?.textContent).toBe('acme.okta.com');
  expect(shown.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
  expect(shown.textContent).toContain('Loading…');
  expect(shown.querySelector('button')).toBeNull();
});

describe('ready to act soon', () => {
  it('on a web page, reads the hub’s form while the background is still answering, not after', async () => {
    const api = fakeApi(stateOn(`${HUB}/integrations`));
    let answer: (state: PopupState) => void = () => {};
    api.loadState = () => new Promise<PopupState>((resolve) => (answer = resolve));
    container = document.createElement('div');
    document.body.append(container);
    await act(async () => {
      render(
        inEnglish(
          <PopupApp
            api={api as unknown as PopupApi}
            tabId={7}
            tabPage={describeTabPage(`${HUB}/integrations`)}
          />,
        ),
        container as HTMLElement,
      );
    });
    expect(api.inspectHubForm).toHaveBeenCalledTimes(1);
    await act(async () => answer(stateOn(`${HUB}/integrations`)));
    await act(async () => {});
    expect(primaryButtons()).toEqual(['Get token from Okta']);
    expect(api.inspectHubForm).toHaveBeenCalledTimes(1);
  });

  it('on an Okta page, reads no hub form', async () => {
    const api = fakeApi(stateOn(OKTA_PAGE));
    await mount(api);
    expect(api.inspectHubForm).not.toHaveBeenCalled();
  });
});

describe('one primary action for where the admin is and what is held', () => {
  it('Okta tab, no token: Start, with Show me the way beside it; each starts its way', async () => {
    const api = fakeApi(stateOn(OKTA_PAGE));
    await mount(api);
    expect(primaryButtons()).toEqual(['Start']);
    expect(shownButtons()).toEqual(['Start', 'Show me the way']);
    await click(button('Start'));
    await click(button('Show me the way'));
    expect(api.startGuide.mock.calls).toEqual([
      [7, 'direct'],
      [7, 'tour'],
    ]);
    expect(api.inspectHubForm).not.toHaveBeenCalled();
  });

  it('Okta tab, guide running: its progress and Stop guide, no second start', async () => {
    const guide = guideAt('create-token');
    await mount(fakeApi(stateOn(OKTA_PAGE, { guide })));
    expect(byTestId('guide-progress')).toBe('Create a token');
    expect(shownButtons()).toEqual(['Stop guide']);
  });

  it('Okta tab after linked: Connected, and Start and Show me the way again for a new journey', async () => {
    const guide = guideAt('linked');
    const link = {
      status: 'linked' as const,
      orgDomain: 'acme.okta.com',
      accountId: 'acc_1',
      provider: 'okta',
      linkedAt: 2,
    };
    await mount(fakeApi(stateOn(OKTA_PAGE, { guide, link })));
    expect(container?.textContent).toContain('Connected');
    expect(byTestId('account-id')).toBe('acc_1');
    expect(primaryButtons()).toEqual(['Start']);
    expect(shownButtons()).toContain('Show me the way');
  });

  it('Okta tab, token and hub session: Connect, with the masked token, where it goes and one Event Hook Name', async () => {
    await mount(fakeApi(stateOn(OKTA_PAGE, { token: TOKEN, hubSession: SESSION })));
    expect(primaryButtons()).toEqual(['Connect']);
    expect(byTestId('masked-token')).toBe('00ab…wxyz');
    expect(byTestId('token-destination')).toContain(HUB_API);
    expect(eventHookFields()).toBe(1);
    expect(shownButtons()).not.toContain('Start');
  });

  it('Okta tab, token, no hub session: where to go next and a field for the session, no Connect', async () => {
    await mount(fakeApi(stateOn(OKTA_PAGE, { token: TOKEN })));
    expect(byTestId('next-step')).toContain("open your hub's page");
    expect(container?.querySelector('#hub-session-input')).not.toBeNull();
    expect(more().contains(container?.querySelector('#hub-session-input') as Node)).toBe(false);
    expect(button('Connect')).toBeUndefined();
    expect(byTestId('token-destination')).toContain('your hub, once you open its page');
  });

  it('hub form, no token: Get token from Okta, the origin it will fill, Okta org from the last org seen', async () => {
    await mount(
      fakeApi(stateOn(`${HUB}/integrations`, { recentOrgs: ['globex.okta.com', 'acme.okta.com'] })),
    );
    expect(primaryButtons()).toEqual(['Get token from Okta']);
    expect(byTestId('hub-origin')).toBe(HUB);
    const org = container?.querySelector('#okta-org') as HTMLInputElement;
    expect(container?.querySelector('label[for="okta-org"]')?.textContent).toBe('Okta org');
    expect(org.value).toBe('globex.okta.com');
    expect(
      Array.from(container?.querySelectorAll('datalist option') ?? []).map((o) => o.getAttribute('value')),
    ).toEqual(['globex.okta.com', 'acme.okta.com']);
    expect(container?.textContent).not.toContain('This is not an Okta org page');
  });

  it('hub form, no org to suggest: the caret is in the empty Okta org field, ready for typing', async () => {
    await mount(fakeApi(stateOn(`${HUB}/integrations`)));
    const org = container?.querySelector('#okta-org') as HTMLInputElement;
    expect(org.value).toBe('');
    expect(document.activeElement).toBe(org);
  });

  it('hub form, an org suggested: nothing takes the focus', async () => {
    await mount(fakeApi(stateOn(`${HUB}/integrations`, { recentOrgs: ['acme.okta.com'] })));
    expect(document.activeElement).toBe(document.body);
  });

  it('hub form: Okta org from the hub form’s own Okta domain field first', async () => {
    const api = fakeApi(stateOn(`${HUB}/integrations`, { recentOrgs: ['globex.okta.com'] }), {
      ...FORM_FOUND,
      orgDomainValue: 'initech.okta.com',
    });
    await mount(api);
    expect(container?.querySelector<HTMLInputElement>('#okta-org')?.value).toBe('initech.okta.com');
  });

  it('hub showing Okta’s OAuth 2.0 form: Get token from Okta shown but not started until API Key is chosen', async () => {
    const api = fakeApi(stateOn(`${HUB}/integrations`), {
      ok: false,
      reason: 'oauth-form',
      origin: HUB,
      message: 'The hub shows Okta’s OAuth 2.0 form: choose API Key in the hub.',
      orgDomainValue: 'acme.okta.com',
      trusted: false,
    });
    await mount(api);
    expect(primaryButtons()).toEqual(['Get token from Okta']);
    expect(byTestId('hub-note')).toContain('choose API Key');
    expect(container?.querySelector<HTMLInputElement>('#okta-org')?.value).toBe('acme.okta.com');
    expect(button('Get token from Okta').disabled).toBe(true);
    await click(button('Get token from Okta'));
    expect(api.startFromHub).not.toHaveBeenCalled();
  });

  it('hub first: the first-fill notice of Fill hub form on a page not trusted yet', async () => {
    await mount(fakeApi(stateOn(`${HUB}/integrations`)));
    expect(byTestId('first-fill')).toBe(
      `First fill on this page: check that ${HUB} is really your hub's page.`,
    );
    expect(button('Get token from Okta').disabled).toBe(false);
  });

  it('Get token from Okta sends the org as typed, for the origin shown; a refusal is shown on the field', async () => {
    const api = fakeApi(stateOn(`${HUB}/integrations`));
    api.startFromHub.mockResolvedValueOnce({
      ok: false,
      field: 'org',
      message: '“evil.test” is not an Okta org.',
    });
    await mount(api);
    const org = container?.querySelector('#okta-org') as HTMLInputElement;
    await act(async () => {
      org.value = 'evil.test';
      org.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click(button('Get token from Okta'));
    expect(api.startFromHub).toHaveBeenCalledWith(7, { origin: HUB, org: 'evil.test' });
    expect(container?.querySelector('[role="alert"]')?.textContent).toBe('“evil.test” is not an Okta org.');
    expect(org.getAttribute('aria-invalid')).toBe('true');
    expect(org.value).toBe('evil.test');
  });

  it('hub form, token held: Fill hub form first, Connect one click away, one Event Hook Name', async () => {
    await mount(fakeApi(stateOn(`${HUB}/integrations`, { token: TOKEN, hubSession: SESSION })));
    expect(primaryButtons()).toEqual(['Fill hub form']);
    expect(byTestId('masked-token')).toBe('00ab…wxyz');
    expect(byTestId('token-destination')).toContain(HUB);
    expect(eventHookFields()).toBe(1);
    expect(more().open).toBe(false);
    expect(more().contains(button('Connect'))).toBe(true);
    expect(more().contains(button('Use hub session from this tab'))).toBe(true);
  });

  it('hub tab of a journey waiting for the token: where it stands, and Cancel', async () => {
    const api = fakeApi(stateOn(`${HUB}/integrations`, { journey: journey({}) }));
    await mount(api);
    expect(byTestId('journey-status')).toContain('Getting a token from acme.okta.com');
    expect(shownButtons()).toEqual(['Cancel']);
    expect(api.inspectHubForm).not.toHaveBeenCalled();
  });

  it('hub tab of a journey whose Okta tab was closed: Reopen the Okta tab', async () => {
    const api = fakeApi(
      stateOn(`${HUB}/integrations`, { journey: journey({ status: 'okta-closed', oktaTabId: null }) }),
    );
    await mount(api);
    expect(byTestId('journey-status')).toContain('The Okta tab was closed before the token was captured');
    expect(primaryButtons()).toEqual(['Reopen the Okta tab']);
    await click(button('Reopen the Okta tab'));
    expect(api.reopenOktaTab).toHaveBeenCalledOnce();
  });

  it('hub tab of a journey that filled the form: the hub’s Connect is next; Fill hub form one click away', async () => {
    const state = stateOn(`${HUB}/integrations`, {
      token: TOKEN,
      journey: journey({
        status: 'filled',
        message: "Filled 2 fields: review them and click the hub's Connect.",
      }),
    });
    await mount(fakeApi(state));
    expect(byTestId('journey-status')).toBe("Filled 2 fields: review them and click the hub's Connect.");
    expect(primaryButtons()).toEqual([]);
    expect(byTestId('token-destination')).toContain(HUB);
    expect(more().contains(button('Fill hub form'))).toBe(true);
  });

  it('Okta tab of a journey whose hub tab closed: says so, and Connect with the session taken', async () => {
    const state = stateOn(OKTA_PAGE, {
      token: TOKEN,
      hubSession: SESSION,
      journey: journey({ status: 'hub-closed', here: 'okta' }),
    });
    await mount(fakeApi(state));
    expect(byTestId('journey-status')).toContain(`The hub tab (${HUB}) was closed, so nothing was filled.`);
    expect(byTestId('journey-status')).toContain('Connect sends it');
    expect(primaryButtons()).toEqual(['Connect']);
  });

  it('a page without a hub: not an Okta org page, nothing offered but More options', async () => {
    const api = fakeApi(stateOn('https://www.okta.com/'), {
      ok: false,
      reason: 'no-hub',
      origin: 'https://www.okta.com',
      message: 'No hub on this page.',
      trusted: false,
    });
    await mount(api);
    expect(container?.textContent).toContain('This is not an Okta org page.');
    expect(shownButtons()).toEqual([]);
  });
});

describe('where the token goes is named, and chosen by the admin', () => {
  it('Connect names the host that receives the token', async () => {
    await mount(fakeApi(stateOn(OKTA_PAGE, { token: TOKEN, hubSession: SESSION })));
    expect(byTestId('connect-destination')).toBe('Connect sends the token to api.stackone.com.');
  });

  it('a hub page naming another hub API: shown, taken only once the admin trusts that host', async () => {
    const api = {
      ...fakeApi(stateOn(`${HUB}/integrations`, { token: TOKEN })),
      findHubSession: vi.fn(async (_tabId: number, choice: { confirmOrigin?: string } = {}) =>
        choice.confirmOrigin
          ? { ok: true as const, session: SESSION, needsPermission: null }
          : {
              ok: false as const,
              message: "This page's hub sends your token to api.example.net",
              confirm: { origin: 'https://api.example.net', host: 'api.example.net' },
            },
      ),
    };
    await mount(api);
    await click(button('Use hub session from this tab'));
    expect(byTestId('hub-api-confirm')).toBe("This page's hub sends your token to api.example.net");
    await click(button('Trust api.example.net'));
    expect(api.findHubSession.mock.calls).toEqual([
      [7, {}],
      [7, { confirmOrigin: 'https://api.example.net' }],
    ]);
    expect(byTestId('hub-api-confirm')).toBeUndefined();
  });
});

describe('tokens per org', () => {
  const GLOBEX_PAGE = 'https://globex-admin.okta.com/admin/dashboard';

  it("another org's token held: Start on this org, and that token listed with its org and its own Forget", async () => {
    const api = {
      ...fakeApi(stateOn(GLOBEX_PAGE, { otherTokens: [TOKEN] })),
      forgetToken: vi.fn(async () => ({ ok: true })),
    };
    await mount(api);
    expect(primaryButtons()).toEqual(['Start']);
    expect(byTestId('masked-token')).toBeUndefined();
    expect(byTestId('other-tokens')).toContain('00ab…wxyz');
    expect(byTestId('other-tokens')).toContain('acme.okta.com');
    const forget = container?.querySelector<HTMLButtonElement>(
      '[aria-label="Forget token for acme.okta.com"]',
    );
    await click(forget as HTMLButtonElement);
    expect(api.forgetToken).toHaveBeenCalledWith('acme.okta.com');
  });

  it("Connect names the token's org: never another org's", async () => {
    const api = fakeApi(stateOn(OKTA_PAGE, { token: TOKEN, hubSession: SESSION }));
    await mount(api);
    await click(button('Connect'));
    expect(api.connect).toHaveBeenCalledWith(expect.objectContaining({ orgDomain: 'acme.okta.com' }));
  });

  it('a token Okta would not revoke: said with why, Revoke in Okta and Done', async () => {
    const record = {
      orgDomain: 'acme.okta.com',
      masked: '00ab…wxyz',
      capturedAt: 5,
      endedAt: 6,
      ending: {
        how: 'revoke-failed' as const,
        reason: 'expired' as const,
        why: 'Okta refused the revocation (403)',
      },
    };
    const api = {
      ...fakeApi(stateOn(OKTA_PAGE, { revokeFailures: [record] })),
      revokeInOkta: vi.fn(async () => ({ ok: true })),
      dismissRevokeFailure: vi.fn(async () => ({ ok: true })),
    };
    await mount(api);
    expect(byTestId('revoke-failure')).toContain('still live in Okta');
    expect(byTestId('revoke-failure')).toContain('403');
    await click(button('Revoke in Okta'));
    expect(api.revokeInOkta).toHaveBeenCalledWith({ orgDomain: 'acme.okta.com', capturedAt: 5 });
  });
});
