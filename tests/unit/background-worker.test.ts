import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { fireAlarm } from '@/tests/unit/support/fake-alarms';
import { expiryAlarmName, storeToken } from '@/utils/background/token-vault';
import { TOKEN_LIFETIME_MS } from '@/utils/storage';

/*
 * The background as the browser starts it: its own listeners, not stand-ins added by the test. The token's
 * deadline must be kept by the alarm the worker registers, and not only by the wipe the worker does when it
 * starts (which a running worker never repeats).
 */

const TOKEN = '00abcdefghijklmnopqrstuvwxyzABCDEFGH_-wxyz';
const ALARM = expiryAlarmName('acme.okta.com');

const held = async () => JSON.stringify(await fakeBrowser.storage.session.get(null));

describe('the background worker', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1_000_000);
    // The deadline revokes the unused token in Okta: Okta answers here (revoked, then refused), not the network.
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async (_url: string, init?: RequestInit) =>
          new Response(null, { status: init?.method === 'DELETE' ? 204 : 401 }),
      ),
    );
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('wipes the token when the alarm it registered fires at the deadline, with no restart', async () => {
    await storeToken(TOKEN, 'acme.okta.com', 'pasted');
    // The worker starts while the token is valid: its start-up wipe (which reads the clock as it is called)
    // cannot be what wipes it below.
    background.main();
    expect(await fakeBrowser.alarms.get(ALARM)).toMatchObject({
      scheduledTime: 1_000_000 + TOKEN_LIFETIME_MS,
    });

    vi.setSystemTime(1_000_000 + TOKEN_LIFETIME_MS);
    await fireAlarm(ALARM);
    await vi.waitFor(async () => expect(await held()).not.toContain(TOKEN));
    expect(await held()).not.toContain('00ab');
  });
});
