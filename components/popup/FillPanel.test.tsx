// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { standardFormFound } from '../../utils/autofill/hub-dom.fixture';
import type { HubFormFillView, HubFormInspectionView } from '../../utils/messages/hub-fill-protocol';
import { inEnglish } from '../i18n.fixture';
import { renderContainer } from '../render-container.fixture';
import { FillPanel } from './FillPanel';

const ORIGIN = 'https://app.vendor.example';

const found: HubFormInspectionView = { ...standardFormFound(ORIGIN), trusted: false };

const filled: HubFormFillView = {
  ok: true,
  origin: ORIGIN,
  filled: [
    { label: 'Okta Domain URL', meaning: 'orgDomain' },
    { label: 'API Token', meaning: 'apiToken' },
  ],
  kept: [],
  rejected: [],
  message: "Filled 2 fields: review them and click the hub's Connect.",
  trusted: false,
};

const container = renderContainer();
afterEach(() => {
  vi.useRealTimers();
});

async function mount(props: Partial<Parameters<typeof FillPanel>[0]> = {}) {
  const onInspect = vi.fn(async () => found);
  const onFill = vi.fn(async () => filled);
  await act(async () => {
    render(
      inEnglish(
        <FillPanel
          pageOrigin={ORIGIN}
          hasToken={true}
          eventHookName=""
          onInspect={onInspect}
          onFill={onFill}
          {...props}
        />,
      ),
      container,
    );
  });
  return { onInspect: props.onInspect ?? onInspect, onFill: props.onFill ?? onFill };
}

const byTestId = (id: string) => container.querySelector(`[data-testid="${id}"]`)?.textContent;
const button = (name: string) =>
  Array.from(container.querySelectorAll('button')).find(
    (b) => b.textContent?.trim() === name,
  ) as HTMLButtonElement;

async function click(element: HTMLElement) {
  await act(async () => {
    element.click();
  });
}

describe('the Fill hub form panel', () => {
  it('shows the origin it will fill and what it found, and fills nothing by itself', async () => {
    const { onInspect, onFill } = await mount();
    expect(byTestId('fill-origin')).toBe(ORIGIN);
    expect(byTestId('fill-finding')).toBe('Okta form with 3 fields');
    expect(container.textContent).toContain('Okta Domain URL, API Token, Event Hook Name');
    expect(onInspect).toHaveBeenCalledTimes(1);
    expect(onFill).not.toHaveBeenCalled();
  });

  it('fills on the click, with the origin shown, the hook name and the trust choice', async () => {
    const { onFill } = await mount({ eventHookName: 'StackOne Events' });
    const trust = container.querySelector('input[type="checkbox"]') as HTMLInputElement;
    await click(trust);
    await click(button('Fill hub form'));
    expect(onFill).toHaveBeenCalledWith({
      origin: ORIGIN,
      eventHookName: 'StackOne Events',
      overwrite: false,
      trustOrigin: true,
      pointAtConnect: true,
    });
    expect(byTestId('fill-result')).toBe("Filled 2 fields: review them and click the hub's Connect.");
  });

  it('is disabled without a token, saying what to do', async () => {
    await mount({ hasToken: false });
    expect(button('Fill hub form').disabled).toBe(true);
    expect(container.textContent).toContain('Capture or paste an Okta API token on your Okta tab first');
  });

  it('offers to replace fields the admin had filled, only when they confirm', async () => {
    const onFill = vi
      .fn()
      .mockResolvedValueOnce({
        ...filled,
        kept: [{ label: 'Okta Domain URL', meaning: 'orgDomain' }],
        message: 'Filled 2 fields… Left Okta Domain URL as you had it.',
      })
      .mockResolvedValueOnce(filled);
    await mount({ onFill });
    await click(button('Fill hub form'));
    await click(button('Replace what is in Okta Domain URL'));
    expect(onFill).toHaveBeenLastCalledWith(expect.objectContaining({ overwrite: true }));
  });

  it('shows a refusal with its reason', async () => {
    const refusal: HubFormInspectionView = {
      ok: false,
      reason: 'covered',
      origin: ORIGIN,
      message: 'Something on this page lies over the hub\'s "API Token" field.',
      trusted: false,
    };
    await mount({
      onInspect: vi.fn(async () => refusal),
      onFill: vi.fn(async () => refusal as HubFormFillView),
    });
    expect(byTestId('fill-finding')).toContain('lies over');
    await click(button('Fill hub form'));
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('lies over');
  });

  it('looks again while the hub is still drawing its form', async () => {
    vi.useFakeTimers();
    const loading: HubFormInspectionView = {
      ok: false,
      reason: 'hub-loading',
      origin: ORIGIN,
      message: 'The hub is still loading its form.',
      trusted: false,
    };
    const onInspect = vi.fn().mockResolvedValueOnce(loading).mockResolvedValue(found);
    await mount({ onInspect });
    expect(byTestId('fill-finding')).toContain('still loading');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_000);
    });
    expect(onInspect).toHaveBeenCalledTimes(2);
    expect(byTestId('fill-finding')).toBe('Okta form with 3 fields');
  });

  it('a worker stopped mid-fill: the button comes back and the admin is told to try again', async () => {
    const onFill = vi
      .fn()
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce(filled);
    const { onInspect } = await mount({ onFill });
    await click(button('Fill hub form'));
    expect(button('Fill hub form').disabled).toBe(false);
    expect(container.textContent).not.toContain('Filling…');
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('try again');
    expect(onInspect).toHaveBeenCalledTimes(2);
    await click(button('Fill hub form'));
    expect(byTestId('fill-result')).toBe("Filled 2 fields: review them and click the hub's Connect.");
  });

  it('says when the page is already trusted', async () => {
    await mount({ onInspect: vi.fn(async () => ({ ...found, trusted: true })) });
    expect(container.textContent).toContain('You trust this page for filling');
    expect(container.querySelector('input[type="checkbox"]')).toBeNull();
  });
});
