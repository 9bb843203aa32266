import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type LinkOutcome, linkOutcomeItem } from '../storage';
import { readTokenMeta } from './okta-api-calls';
import { PROOF_READS_MS, watchTokenUse } from './proof-of-use';

vi.mock('./okta-api-calls', () => ({ readTokenMeta: vi.fn() }));
const read = vi.mocked(readTokenMeta);

const DAY = 24 * 60 * 60_000;
const created = Date.parse('2026-12-07T10:00:00Z');
const meta = (lastUse: number) => ({
  ok: true as const,
  meta: {
    id: '00Tlinked',
    name: 'StackOne Integration',
    userId: '00u1',
    created: new Date(created).toISOString(),
    expiresAt: new Date(lastUse + 30 * DAY).toISOString(),
    tokenWindow: 'P30D',
  },
});
const linked: Extract<LinkOutcome, { status: 'linked' }> = {
  status: 'linked',
  orgDomain: 'acme.okta.com',
  accountId: 'acc_1',
  provider: 'okta',
  linkedAt: created + 60_000,
  oktaId: '00Tlinked',
};
const noWait = () => Promise.resolve();

describe('proof of use', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    read.mockReset();
    await linkOutcomeItem.setValue(linked);
  });

  it('says when Okta saw the hub use the token (expiresAt − tokenWindow), and stops reading', async () => {
    const used = created + 32 * 60_000;
    read.mockResolvedValueOnce(meta(created)).mockResolvedValueOnce(meta(used));
    expect(await watchTokenUse(linked, noWait)).toEqual({ seen: true, at: used });
    expect(read).toHaveBeenCalledTimes(2);
    expect(read).toHaveBeenCalledWith('acme.okta.com', '00Tlinked');
    expect(await linkOutcomeItem.getValue()).toMatchObject({ usage: { seen: true, at: used } });
  });

  it('after about a minute of reads without a use, says Okta has not seen it (final)', async () => {
    read.mockResolvedValue(meta(created));
    const waits: number[] = [];
    const usage = await watchTokenUse(linked, async (ms) => void waits.push(ms));
    expect(usage).toBeNull();
    expect(read).toHaveBeenCalledTimes(PROOF_READS_MS.length);
    expect(waits.reduce((a, b) => a + b, 0)).toBe(60_000);
    expect(await linkOutcomeItem.getValue()).toMatchObject({ usage: { seen: false, final: true } });
  });

  it('reads nothing without an Okta id, and stops when no tab of the org is left', async () => {
    expect(await watchTokenUse({ ...linked, oktaId: undefined }, noWait)).toBeNull();
    expect(read).not.toHaveBeenCalled();
    read.mockResolvedValue(null);
    expect(await watchTokenUse(linked, noWait)).toBeNull();
    expect(read).toHaveBeenCalledTimes(1);
  });
});
