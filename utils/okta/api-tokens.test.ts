import { describe, expect, it, vi } from 'vitest';
import {
  type ApiTokenMeta,
  lastUseOf,
  matchCapturedToken,
  revokeWithToken,
  tokenWindowMs,
} from './api-tokens';

const TOKEN = '00abcdefghijklmnopqrstuvwxyzABCDEFGH_-wxyz';
const ORG = 'https://acme.okta.com';
const DAY = 24 * 60 * 60_000;

const answer = (status: number, body?: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), { status });

describe('revoking with the token itself', () => {
  it('sends DELETE /api/v1/api-tokens/current with SSWS to the org, then again to verify the 401', async () => {
    const fetcher = vi.fn().mockResolvedValueOnce(answer(204)).mockResolvedValueOnce(answer(401));
    expect(await revokeWithToken(ORG, TOKEN, fetcher)).toEqual({ ok: true });
    expect(fetcher).toHaveBeenCalledTimes(2);
    for (const [url, init] of fetcher.mock.calls) {
      expect(url).toBe('https://acme.okta.com/api/v1/api-tokens/current');
      expect(init).toMatchObject({
        method: 'DELETE',
        headers: { Authorization: `SSWS ${TOKEN}` },
        credentials: 'omit',
        redirect: 'error',
      });
    }
  });

  it('takes a token Okta refuses already (401) as revoked', async () => {
    const fetcher = vi.fn().mockResolvedValue(answer(401));
    expect(await revokeWithToken(ORG, TOKEN, fetcher)).toEqual({ ok: true });
    expect(fetcher).toHaveBeenCalledTimes(1);
  });

  it('says why when Okta refuses (network zone, rights), is unreachable, or still accepts it — never quoting the token', async () => {
    const refused = await revokeWithToken(
      ORG,
      TOKEN,
      vi.fn().mockResolvedValue(answer(403, { errorSummary: 'You do not have permission' })),
    );
    expect(refused).toMatchObject({ ok: false, why: expect.stringContaining('403') });
    const offline = await revokeWithToken(ORG, TOKEN, vi.fn().mockRejectedValue(new TypeError('offline')));
    expect(offline).toMatchObject({ ok: false, why: expect.stringContaining('could not be reached') });
    const stillLive = await revokeWithToken(
      ORG,
      TOKEN,
      vi.fn().mockResolvedValueOnce(answer(204)).mockResolvedValueOnce(answer(204)),
    );
    expect(stillLive).toMatchObject({ ok: false, why: expect.stringContaining('still accepts') });
    for (const outcome of [refused, offline, stillLive]) expect(JSON.stringify(outcome)).not.toContain(TOKEN);
  });
});

describe('finding the captured token in the org’s list (by name, creator and creation time)', () => {
  const capturedAt = Date.parse('2026-12-07T10:00:30Z');
  const token = (id: string, more: Partial<ApiTokenMeta> = {}): ApiTokenMeta => ({
    id,
    name: 'StackOne Integration',
    userId: '00uadmin',
    created: '2026-12-07T10:00:20Z',
    ...more,
  });

  it('picks the one token the signed-in admin created under that name just before the capture', () => {
    const tokens = [
      token('00Told', { created: '2026-10-01T10:00:00Z' }),
      token('00Tother-admin', { userId: '00uother' }),
      token('00Tother-name', { name: 'SIEM export' }),
      token('00Tmine'),
    ];
    expect(
      matchCapturedToken(tokens, { userId: '00uadmin', name: 'StackOne Integration', capturedAt })?.id,
    ).toBe('00Tmine');
  });

  it('gives no id when two tokens fit (revoking by id must never hit another row) or none does', () => {
    const twins = [token('00Ta'), token('00Tb', { created: '2026-12-07T10:00:25Z' })];
    expect(
      matchCapturedToken(twins, { userId: '00uadmin', name: 'StackOne Integration', capturedAt }),
    ).toBeNull();
    expect(matchCapturedToken([token('00Ta')], { userId: '00uelse', name: null, capturedAt })).toBeNull();
    expect(
      matchCapturedToken([token('00Ta', { created: '2026-12-07T11:00:00Z' })], {
        userId: '00uadmin',
        name: null,
        capturedAt,
      }),
    ).toBeNull();
  });
});

describe('proof of use from the token’s metadata', () => {
  it('reads the last use as expiresAt − tokenWindow, when it is after the creation', () => {
    const created = '2026-12-07T10:00:00.000Z';
    const used = Date.parse('2026-12-07T10:32:00.000Z');
    expect(
      lastUseOf({
        id: '00T',
        name: 'n',
        userId: 'u',
        created,
        expiresAt: new Date(used + 30 * DAY).toISOString(),
        tokenWindow: 'P30D',
      }),
    ).toBe(used);
    expect(
      lastUseOf({
        id: '00T',
        name: 'n',
        userId: 'u',
        created,
        expiresAt: new Date(Date.parse(created) + 30 * DAY).toISOString(),
        tokenWindow: 'P30D',
      }),
    ).toBeNull();
  });

  it('reads ISO 8601 windows', () => {
    expect(tokenWindowMs('P30D')).toBe(30 * DAY);
    expect(tokenWindowMs('P1DT12H')).toBe(1.5 * DAY);
    expect(tokenWindowMs('garbage')).toBe(30 * DAY);
  });
});
