// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { type HubFormLocation, type LocatedHubForm, locateHubForm } from './find-form';
import { hubFormHtml, mountHub, STANDARD_FIELDS, SUBDOMAIN_FIELDS } from './hub-dom.fixture';

function located(location: HubFormLocation): LocatedHubForm {
  if (!location.found) throw new Error(`expected a form, got ${location.reason}: ${location.message}`);
  return location;
}

const descriptorsOf = (location: HubFormLocation) =>
  located(location).fields.map((field) => field.descriptor);

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('the hub 1.11 form (label elements)', () => {
  it('finds the inputs in the first child’s shadow root, with their labels, keys and hints', () => {
    mountHub(hubFormHtml(STANDARD_FIELDS));
    const form = located(locateHubForm(document));
    expect(form.connector).toBe('Okta');
    expect(form.fields.map((field) => field.label)).toEqual([
      'Okta Domain URL',
      'API Token',
      'Event Hook Name',
    ]);
    expect(descriptorsOf(form)).toEqual([
      {
        key: 'okta_domain',
        label: 'Okta Domain URL',
        type: 'text',
        secret: false,
        placeholder: 'your-org.okta.com',
        required: true,
        readOnly: false,
      },
      {
        key: 'api_token',
        label: 'API Token',
        type: 'password',
        secret: true,
        placeholder: 'Enter your Okta API token',
        required: true,
        readOnly: false,
      },
      {
        key: 'event_hook_name',
        label: 'Event Hook Name',
        type: 'text',
        secret: false,
        placeholder: 'StackOne Event Hook',
        required: false,
        readOnly: false,
      },
    ]);
  });

  it('marks a disabled or read-only input as not ours to edit', () => {
    const { inputs } = mountHub(hubFormHtml(STANDARD_FIELDS));
    (inputs[1] as HTMLInputElement).disabled = true;
    (inputs[2] as HTMLInputElement).readOnly = true;
    expect(descriptorsOf(locateHubForm(document)).map((field) => field.readOnly)).toEqual([
      false,
      true,
      true,
    ]);
  });
});

describe('the hub 1.10 form (no label elements)', () => {
  it('reads each label from the text above its input, without the description or "(Optional)"', () => {
    mountHub(hubFormHtml(STANDARD_FIELDS, { version: '1.10' }));
    const form = located(locateHubForm(document));
    expect(
      document.querySelector('stackone-hub')?.firstElementChild?.shadowRoot?.querySelector('label'),
    ).toBeNull();
    expect(form.fields.map((field) => [field.descriptor.key, field.label])).toEqual([
      ['okta_domain', 'Okta Domain URL'],
      ['api_token', 'API Token'],
      ['event_hook_name', 'Event Hook Name'],
    ]);
  });

  it('reads a label with no description under it', () => {
    mountHub(hubFormHtml(SUBDOMAIN_FIELDS, { version: '1.10' }));
    expect(located(locateHubForm(document)).fields.map((field) => field.label)).toEqual([
      'Organization URL',
      'API Token',
    ]);
  });

  it('never takes the text of a neighbouring field as a label', () => {
    mountHub(
      '<form><div><span>Okta Domain URL</span><input name="domain"></div><div><input name="unlabelled"></div></form>',
    );
    const fields = located(locateHubForm(document)).fields;
    expect(fields.map((field) => field.descriptor.label)).toEqual(['Okta Domain URL', undefined]);
    // The admin still sees something to recognise it by.
    expect(fields[1]?.label).toBe('unlabelled');
  });

  it('uses an ARIA name when the page gives one', () => {
    mountHub('<form><input name="x1" aria-label="API Token (Optional)"></form>');
    expect(located(locateHubForm(document)).fields[0]?.label).toBe('API Token');
  });
});

describe('what the hub shows instead of the Okta form', () => {
  it('no hub on the page', () => {
    document.body.innerHTML = '<form><label>Search <input name="q"></label></form>';
    expect(locateHubForm(document)).toMatchObject({ found: false, reason: 'no-hub' });
  });

  it('the hub has not drawn anything yet', () => {
    document.body.innerHTML = '<stackone-hub token="s"></stackone-hub>';
    expect(locateHubForm(document)).toMatchObject({ found: false, reason: 'hub-loading' });
  });

  it('the list of integrations (its search box is not a field)', () => {
    mountHub(
      '<div><div><form><input name="search" placeholder="Search Integrations"></form></div><button type="button"><div><img alt="okta"><span>Okta</span></div></button><button type="button"><div><img alt="google_workspace"><span>Google Workspace</span></div></button></div>',
    );
    expect(locateHubForm(document)).toMatchObject({ found: false, reason: 'integration-list' });
  });

  it('an empty list: the session expired', () => {
    mountHub('<div><span>No configured integrations available.</span></div>');
    expect(locateHubForm(document)).toMatchObject({ found: false, reason: 'session-expired' });
  });

  it('a connection that already succeeded', () => {
    mountHub('<div><h2>Connection Successful</h2></div>');
    expect(locateHubForm(document)).toMatchObject({ found: false, reason: 'already-connected' });
  });

  it('names another connector from the hub’s header', () => {
    mountHub(
      hubFormHtml([{ key: 'api_key', label: 'API Key', type: 'password', required: true }], {
        provider: 'google_workspace',
        name: 'Google Workspace',
      }),
    );
    expect(located(locateHubForm(document)).connector).toBe('Google Workspace');
  });
});

describe('a hub inside a frame', () => {
  function frame(attributes: string, { src, readable }: { src: string; readable: boolean }) {
    // `srcdoc` keeps happy-dom from trying to load an address; the frame's facts are set below.
    document.body.innerHTML = `<iframe srcdoc="" ${attributes}></iframe>`;
    const element = document.querySelector('iframe') as HTMLIFrameElement;
    // happy-dom neither lays out nor loads frames: give it a size, an address and (no) access.
    element.getBoundingClientRect = () => ({ width: 480, height: 560, top: 0, left: 0 }) as DOMRect;
    Object.defineProperty(element, 'src', { value: src });
    Object.defineProperty(element, 'contentDocument', {
      value: readable ? document.implementation.createHTMLDocument() : null,
    });
    return element;
  }

  it('from another origin: refused, naming that origin', () => {
    frame('title="StackOne Hub"', { src: 'http://127.0.0.1:4000/frame/hub', readable: false });
    expect(locateHubForm(document)).toMatchObject({
      found: false,
      reason: 'cross-origin-frame',
      message: expect.stringContaining('inside a frame from http://127.0.0.1:4000, not this page'),
    });
  });

  it('sandboxed: refused, even when its address is this origin', () => {
    frame('sandbox="allow-scripts allow-forms"', { src: `${location.origin}/frame/hub`, readable: false });
    expect(locateHubForm(document)).toMatchObject({ found: false, reason: 'sandboxed-frame' });
  });

  it('from this origin holding the hub: refused too, the fill stays in the top frame', () => {
    const element = frame('', { src: `${location.origin}/frame/hub`, readable: true });
    element.contentDocument?.body.append(element.contentDocument.createElement('stackone-hub'));
    expect(locateHubForm(document)).toMatchObject({ found: false, reason: 'framed-hub' });
  });

  it('a same-origin frame without the hub, or a tiny one, is not the hub', () => {
    frame('', { src: `${location.origin}/ads`, readable: true });
    expect(locateHubForm(document)).toMatchObject({ found: false, reason: 'no-hub' });
    const pixel = frame('', { src: 'https://tracker.example/p', readable: false });
    pixel.getBoundingClientRect = () => ({ width: 1, height: 1, top: 0, left: 0 }) as DOMRect;
    expect(locateHubForm(document)).toMatchObject({ found: false, reason: 'no-hub' });
  });
});
