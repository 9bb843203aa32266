import { describe, expect, it } from 'vitest';
import { publish, subscribe } from './events';

describe('the background event channel', () => {
  it('tells each listener in the order they subscribed, and resolves once the last is done', async () => {
    const heard: string[] = [];
    const stops = [
      subscribe('linked', async ({ orgDomain }) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        heard.push(`first ${orgDomain}`);
      }),
      subscribe('linked', ({ accountId }) => heard.push(`second ${accountId}`)),
    ];
    await publish('linked', { orgDomain: 'acme.okta.com', accountId: 'acc_1' });
    expect(heard).toEqual(['first acme.okta.com', 'second acc_1']);
    for (const stop of stops) stop();
  });

  it('still tells the next listener when one fails, and nothing after it unsubscribed', async () => {
    const heard: string[] = [];
    const failing = subscribe('token-ended', () => {
      throw new Error('tab closed');
    });
    const stop = subscribe('token-ended', ({ reason }) => heard.push(reason));
    await publish('token-ended', { orgDomain: 'acme.okta.com', reason: 'expired' });
    stop();
    failing();
    await publish('token-ended', { orgDomain: 'acme.okta.com', reason: 'forgotten' });
    expect(heard).toEqual(['expired']);
  });

  it('only tells the listeners of the event published', async () => {
    const heard: unknown[] = [];
    const stop = subscribe('privilege-checked', (payload) => heard.push(payload));
    await publish('token-captured', { orgDomain: 'acme.okta.com', tabId: 7 });
    expect(heard).toEqual([]);
    stop();
  });
});
