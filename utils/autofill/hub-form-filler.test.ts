// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { HubFormFillRequest } from '../messages/hub-fill-protocol';
import {
  type FixtureField,
  hubFormHtml,
  layOut,
  mountHub,
  OAUTH_FIELDS,
  STANDARD_FIELDS,
  SUBDOMAIN_FIELDS,
  standardFormFound,
} from './hub-dom.fixture';
import { fillHubFormOnPage, inspectHubFormOnPage } from './hub-form-filler';

const TOKEN = '00abcdefghijklmnopqrstuvwxyzABCDEFGH_-wxyz';

function request(overrides: Partial<HubFormFillRequest> = {}): HubFormFillRequest {
  return {
    values: { orgDomain: 'acme.okta.com', token: TOKEN, eventHookName: 'StackOne Events' },
    expectedOrigin: location.origin,
    overwrite: false,
    ...overrides,
  };
}

function hubWith(fields: readonly FixtureField[], options: Parameters<typeof hubFormHtml>[1] = {}) {
  const fixture = mountHub(hubFormHtml(fields, options));
  layOut(fixture);
  return fixture;
}

const valuesOf = (inputs: HTMLInputElement[]) =>
  Object.fromEntries(inputs.map((input) => [input.name, input.value]));

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('inspecting the page (on popup open)', () => {
  it('reports the Okta form and its fields, and changes nothing', () => {
    const { inputs } = hubWith(STANDARD_FIELDS, { version: '1.10' });
    expect(inspectHubFormOnPage(window)).toEqual(standardFormFound(location.origin));
    expect(valuesOf(inputs)).toEqual({ okta_domain: '', api_token: '', event_hook_name: '' });
  });

  it('refuses another connector’s form, naming it', () => {
    hubWith([{ key: 'api_key', label: 'API Key', type: 'password', required: true }], {
      provider: 'bamboohr',
      name: 'BambooHR',
    });
    expect(inspectHubFormOnPage(window)).toMatchObject({
      ok: false,
      reason: 'other-connector',
      message: "The hub shows the BambooHR form, not Okta's. Go back in the hub and choose Okta.",
    });
  });

  it('refuses a form with no field for the token or the domain', () => {
    hubWith([{ key: 'data_region', label: 'Data Region', required: true }]);
    expect(inspectHubFormOnPage(window)).toMatchObject({ ok: false, reason: 'not-okta-form' });
  });

  it('refuses a transparent form before anything is clicked', () => {
    hubWith(STANDARD_FIELDS);
    (document.getElementById('hub-slot') as HTMLElement).style.opacity = '0';
    expect(inspectHubFormOnPage(window)).toMatchObject({ ok: false, reason: 'transparent' });
  });
});

describe('filling (on the admin’s click)', () => {
  it('fills each field in the form it expects, by meaning, and reports labels only', () => {
    const { inputs } = hubWith(STANDARD_FIELDS);
    const result = fillHubFormOnPage(window, request());
    expect(valuesOf(inputs)).toEqual({
      okta_domain: 'acme.okta.com',
      api_token: TOKEN,
      event_hook_name: 'StackOne Events',
    });
    expect(result).toEqual({
      ok: true,
      origin: location.origin,
      filled: [
        { label: 'Okta Domain URL', meaning: 'orgDomain' },
        { label: 'API Token', meaning: 'apiToken' },
        { label: 'Event Hook Name', meaning: 'eventHookName' },
      ],
      kept: [],
      rejected: [],
      message: "Filled 3 fields: review them and click the hub's Connect.",
    });
    expect(JSON.stringify(result)).not.toContain(TOKEN);
  });

  it('puts only the subdomain into a field that wants it, whatever its key', () => {
    const { inputs } = hubWith(SUBDOMAIN_FIELDS, { version: '1.10' });
    expect(fillHubFormOnPage(window, request())).toMatchObject({ ok: true });
    expect(valuesOf(inputs)).toEqual({ subdomain: 'acme', token: TOKEN });
  });

  it('puts a URL into a field whose example is a URL', () => {
    const { inputs } = hubWith([
      { key: 'org_url', label: 'Okta Domain URL', placeholder: 'https://your-org.okta.com', required: true },
      { key: 'secret', label: 'API Token', type: 'password', required: true },
    ]);
    fillHubFormOnPage(window, request());
    expect(valuesOf(inputs)).toEqual({ org_url: 'https://acme.okta.com', secret: TOKEN });
  });

  it('leaves the optional hook name alone when the admin gave none', () => {
    const { inputs } = hubWith(STANDARD_FIELDS);
    const result = fillHubFormOnPage(
      window,
      request({ values: { orgDomain: 'acme.okta.com', token: TOKEN } }),
    );
    expect(result).toMatchObject({
      ok: true,
      message: "Filled 2 fields: review them and click the hub's Connect.",
    });
    expect(inputs[2]?.value).toBe('');
  });

  it('keeps a value the admin typed, and replaces it once they confirm', () => {
    const { inputs } = hubWith(STANDARD_FIELDS);
    (inputs[0] as HTMLInputElement).value = 'acme.oktapreview.com';
    expect(fillHubFormOnPage(window, request())).toMatchObject({
      ok: true,
      kept: [{ label: 'Okta Domain URL', meaning: 'orgDomain' }],
      message:
        "Filled 2 fields: review them and click the hub's Connect. Left Okta Domain URL as you had it: the field already holds something else.",
    });
    expect(inputs[0]?.value).toBe('acme.oktapreview.com');
    expect(fillHubFormOnPage(window, request({ overwrite: true }))).toMatchObject({ ok: true, kept: [] });
    expect(inputs[0]?.value).toBe('acme.okta.com');
  });

  it('never fills a read-only token field, and says why', () => {
    const { inputs } = hubWith(STANDARD_FIELDS);
    (inputs[1] as HTMLInputElement).disabled = true;
    expect(fillHubFormOnPage(window, request())).toMatchObject({ ok: false, reason: 'not-okta-form' });
    expect(valuesOf(inputs)).toEqual({ okta_domain: '', api_token: '', event_hook_name: '' });
  });

  it('checks the page again: a form covered since the popup opened is not filled at all', () => {
    const fixture = hubWith(STANDARD_FIELDS);
    expect(inspectHubFormOnPage(window)).toMatchObject({ ok: true });
    const cover = document.createElement('div');
    document.body.append(cover);
    layOut(fixture, { cover });
    expect(fillHubFormOnPage(window, request())).toMatchObject({ ok: false, reason: 'covered' });
    expect(valuesOf(fixture.inputs)).toEqual({ okta_domain: '', api_token: '', event_hook_name: '' });
  });

  it('checks each field again right before filling it: a page hiding the token field mid-fill gets nothing, the fill undone', () => {
    const fixture = hubWith(STANDARD_FIELDS);
    const [domain, token] = fixture.inputs as [HTMLInputElement, HTMLInputElement];
    // The page reacts to the first fill by hiding the token field (or covering it with a decoy).
    domain.addEventListener('input', () => {
      token.style.display = 'none';
    });
    expect(fillHubFormOnPage(window, request())).toMatchObject({
      ok: false,
      reason: 'hidden',
      message: expect.stringContaining('what was filled was undone'),
    });
    expect(valuesOf(fixture.inputs)).toEqual({ okta_domain: '', api_token: '', event_hook_name: '' });
  });

  it('refuses a tab that now shows another origin than the popup showed', () => {
    const { inputs } = hubWith(STANDARD_FIELDS);
    expect(
      fillHubFormOnPage(window, request({ expectedOrigin: 'https://hub.vendor.example' })),
    ).toMatchObject({
      ok: false,
      reason: 'page-changed',
    });
    expect(inputs.every((input) => input.value === '')).toBe(true);
  });
});

describe("Okta's OAuth 2.0 method: no token goes into its form", () => {
  it('the hub shows the OAuth 2.0 form: refused on inspection and on the click, saying to choose API Key', () => {
    const { inputs } = hubWith(OAUTH_FIELDS);
    for (const result of [inspectHubFormOnPage(window), fillHubFormOnPage(window, request())]) {
      expect(result).toMatchObject({ ok: false, reason: 'oauth-form' });
      expect(result.ok === false && result.message).toContain('choose API Key');
    }
    expect(valuesOf(inputs)).toEqual({ okta_domain: '', client_id: '', client_secret: '' });
  });

  it('the hub shows the OAuth 2.0 sign-in with no form: refused, saying to choose API Key', () => {
    mountHub(
      '<div><div><p>Press "Connect" below to authenticate</p><p>An authentication window for Okta will display,<br>please complete the necessary steps.</p></div><button>Connect</button></div>',
    );
    expect(inspectHubFormOnPage(window)).toMatchObject({
      ok: false,
      reason: 'oauth-form',
      message: expect.stringContaining('choose API Key'),
    });
  });

  it.each(['Choose how to connect', 'OAuth 2.0'])(
    'a form that asks for the method first and shows "%s": refused, nothing filled',
    (shown) => {
      const { inputs } = hubWith(STANDARD_FIELDS, { chooser: shown });
      for (const result of [inspectHubFormOnPage(window), fillHubFormOnPage(window, request())]) {
        expect(result).toMatchObject({
          ok: false,
          reason: 'auth-method-chooser',
          message:
            'The hub asks how to connect Okta: choose API Key in its "Authentication Method" field (not OAuth 2.0), then fill again.',
        });
      }
      expect(valuesOf(inputs)).toEqual({ okta_domain: '', api_token: '', event_hook_name: '' });
    },
  );

  it('fills once the admin chose API Key in the hub', () => {
    const { inputs } = hubWith(STANDARD_FIELDS, { chooser: 'API Key' });
    expect(inspectHubFormOnPage(window)).toMatchObject({ ok: true, summary: 'Okta form with 3 fields' });
    expect(fillHubFormOnPage(window, request())).toMatchObject({ ok: true });
    expect(valuesOf(inputs)).toEqual({
      okta_domain: 'acme.okta.com',
      api_token: TOKEN,
      event_hook_name: 'StackOne Events',
    });
  });

  it('a list with Okta twice: says to choose the Okta that asks for an API token', () => {
    const entry = (name: string) =>
      `<button><div><img src="/okta.svg" alt="okta"><span>${name}</span></div><span>IAM</span></button>`;
    mountHub(
      `<div><input name="search" placeholder="Search Integrations"><div>${entry('Okta')}${entry('Okta')}</div></div>`,
    );
    expect(inspectHubFormOnPage(window)).toMatchObject({
      ok: false,
      reason: 'integration-list',
      message: expect.stringContaining('choose the Okta whose form asks for an API token'),
    });
  });
});

describe('the form\'s Okta domain, for the popup\'s "Okta org"', () => {
  it('is reported when the admin typed it', () => {
    const { inputs } = hubWith(STANDARD_FIELDS);
    expect(inspectHubFormOnPage(window)).not.toHaveProperty('orgDomainValue');
    (inputs[0] as HTMLInputElement).value = '  acme.okta.com ';
    (inputs[1] as HTMLInputElement).value = TOKEN;
    const inspection = inspectHubFormOnPage(window);
    expect(inspection).toMatchObject({ ok: true, orgDomainValue: 'acme.okta.com' });
    expect(JSON.stringify(inspection)).not.toContain(TOKEN);
  });

  it('is reported with a refusal for the method chooser too: the admin may get the token first', () => {
    const { inputs } = hubWith(STANDARD_FIELDS, { chooser: 'Choose how to connect' });
    (inputs[0] as HTMLInputElement).value = 'acme.okta.com';
    expect(inspectHubFormOnPage(window)).toMatchObject({
      ok: false,
      reason: 'auth-method-chooser',
      orgDomainValue: 'acme.okta.com',
    });
  });

  it('is left out when longer than any domain', () => {
    const { inputs } = hubWith(STANDARD_FIELDS);
    (inputs[0] as HTMLInputElement).value = `${'a'.repeat(400)}.okta.com`;
    expect(inspectHubFormOnPage(window)).not.toHaveProperty('orgDomainValue');
  });
});
