// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { PopupState } from '../../utils/messages/popup-protocol';
import { inEnglish } from '../i18n.fixture';
import { renderContainer } from '../render-container.fixture';
import { ConnectPanel } from './ConnectPanel';

type Link = PopupState['link'];

const choice = (
  integrations: { id: string; name: string; environment?: string }[],
  hubSession = 'a1',
): Link => ({
  status: 'choose-integration',
  orgDomain: 'acme.okta.com',
  integrations,
  hubSession,
});

const container = renderContainer();

async function show(link: Link, onConnect = vi.fn()) {
  await act(async () => {
    render(
      inEnglish(
        <ConnectPanel link={link} hasToken={true} hasSession={true} busy={false} onConnect={onConnect} />,
      ),
      container,
    );
  });
  return onConnect;
}

const connectButton = () =>
  Array.from(container.querySelectorAll('button')).find(
    (b) => b.textContent === 'Connect',
  ) as HTMLButtonElement;
const radioLabels = () => Array.from(container.querySelectorAll('label.choice')).map((l) => l.textContent);

describe('the Connect panel', () => {
  it('tells integrations of the same name apart by their environment', async () => {
    await show(
      choice([
        { id: 'int_1', name: 'Okta', environment: 'production' },
        { id: 'int_2', name: 'Okta', environment: 'sandbox' },
        { id: 'int_3', name: 'Okta (EU cell)', environment: 'sandbox' },
      ]),
    );
    expect(radioLabels()).toEqual(['Okta (production)', 'Okta (sandbox)', 'Okta (EU cell)']);
  });

  it("sends a choice only from the list it shows: another hub's list replaces it", async () => {
    const onConnect = await show(
      choice([
        { id: 'int_1', name: 'Okta' },
        { id: 'int_2', name: 'Okta EU' },
      ]),
    );
    expect(connectButton().disabled).toBe(true);
    await act(async () => {
      (container.querySelectorAll('input[type="radio"]')[1] as HTMLInputElement).click();
    });
    // The background dropped that list (another hub session): no choice is left to send.
    await show(null, onConnect);
    expect(radioLabels()).toEqual([]);
    await act(async () => {
      connectButton().click();
    });
    expect(onConnect).toHaveBeenLastCalledWith({ integrationId: undefined });
  });

  it('sends the integration the admin picked', async () => {
    const onConnect = await show(
      choice([
        { id: 'int_1', name: 'Okta' },
        { id: 'int_2', name: 'Okta EU' },
      ]),
    );
    await act(async () => {
      (container.querySelectorAll('input[type="radio"]')[1] as HTMLInputElement).click();
    });
    await act(async () => {
      connectButton().click();
    });
    expect(onConnect).toHaveBeenLastCalledWith({ integrationId: 'int_2' });
  });
});
