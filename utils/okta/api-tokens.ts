import { t } from '../i18n/browser-language';

/**
 * Okta's API-token endpoints, as the extension uses them: revoking a token with the token itself (from the
 * background, to the org's own host only), and reading or revoking by id with the admin's session, from a
 * page of the org (functions run in the page by `scripting.executeScript`: self-contained, no imports; only
 * the background's own calls use the catalogues).
 */

/** A token's metadata as `GET /api/v1/api-tokens[/{id}]` answers it (the fields we read). */
export interface ApiTokenMeta {
  id: string;
  name: string;
  userId: string;
  created: string;
  lastUpdated?: string;
  expiresAt?: string;
  tokenWindow?: string;
}

/** `why` is for the admin (the browser's language): shown in the popup, the options page and on the Tokens page. */
export type RevokeOutcome = { ok: true } | { ok: false; why: string };
/** What the page says when revoking by id: facts only (the page has no catalogue), worded by the background. */
export type PageRevokeOutcome =
  | { ok: true }
  | { ok: false; failure: 'refused' | 'still-listed'; status: number; said: string }
  | { ok: false; failure: 'unreachable' };

/**
 * `DELETE /api/v1/api-tokens/current` with `SSWS <token>`, then the same call again to verify: a revoked token
 * answers 401. Only that one call is ever made with the token (nothing that could renew or use it otherwise).
 */
export async function revokeWithToken(
  orgOrigin: string,
  token: string,
  fetcher: typeof fetch = fetch,
): Promise<RevokeOutcome> {
  const call = () =>
    fetcher(`${orgOrigin}/api/v1/api-tokens/current`, {
      method: 'DELETE',
      headers: { Accept: 'application/json', Authorization: `SSWS ${token}` },
      credentials: 'omit',
      redirect: 'error',
      cache: 'no-store',
    });
  let first: Response;
  try {
    first = await call();
  } catch {
    return { ok: false, why: t('revoke_unreachable', { host: hostOf(orgOrigin) }) };
  }
  if (first.status === 401) return { ok: true }; // the token is refused already: revoked or expired
  if (first.status !== 204 && first.status !== 200) return { ok: false, why: await refusalOf(first) };
  try {
    const check = await call();
    if (check.status === 401) return { ok: true };
    return { ok: false, why: t('revoke_still_accepted', { status: check.status }) };
  } catch {
    return { ok: false, why: t('revoke_unconfirmed') };
  }
}

async function refusalOf(response: Response): Promise<string> {
  const summary = await response
    .json()
    .then((body: unknown) =>
      body && typeof body === 'object' && 'errorSummary' in body ? String(body.errorSummary) : '',
    )
    .catch(() => '');
  // Okta's own summary, quoted as Okta wrote it.
  const said = summary ? `: ${summary.slice(0, 160)}` : '';
  if (response.status === 403) return t('revoke_refused_zone', { said });
  return t('revoke_okta_answered', { status: response.status, said });
}

function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}

/** Okta's `tokenWindow` (an ISO 8601 duration, `P30D`) in milliseconds; 30 days when unreadable. */
export function tokenWindowMs(window: string | undefined): number {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(window ?? '');
  if (!match || !window || window === 'P' || window === 'PT') return 30 * 24 * 60 * 60_000;
  const [, days = '0', hours = '0', minutes = '0'] = match;
  return ((Number(days) * 24 + Number(hours)) * 60 + Number(minutes)) * 60_000;
}

/**
 * When Okta last saw the token used: it renews `expiresAt` to a `tokenWindow` after each use, so the last use
 * is `expiresAt − tokenWindow`. Null when it was not used since its creation (or the answer says too little).
 */
export function lastUseOf(meta: ApiTokenMeta): number | null {
  const expiresAt = Date.parse(meta.expiresAt ?? '');
  const created = Date.parse(meta.created);
  if (Number.isNaN(expiresAt) || Number.isNaN(created)) return null;
  const lastUse = expiresAt - tokenWindowMs(meta.tokenWindow);
  // Okta may write the renewal coarsely: a second's difference is not a use.
  return lastUse - created > 1000 ? lastUse : null;
}

/** How far from the capture Okta's `created` may be for the token to be the one captured. */
export const MATCH_WINDOW_BEFORE_MS = 10 * 60_000;
export const MATCH_WINDOW_AFTER_MS = 2 * 60_000;

/**
 * The one token that is the captured one: created by the signed-in admin, named as the guide filled it, within
 * minutes of the capture. Null when none or several fit (revoking by id must never hit another token's row).
 */
export function matchCapturedToken(
  tokens: readonly ApiTokenMeta[],
  facts: { userId: string; name: string | null; capturedAt: number; knownIds?: readonly string[] },
): ApiTokenMeta | null {
  const fits = tokens.filter((token) => {
    const created = Date.parse(token.created);
    return (
      token.userId === facts.userId &&
      (facts.name === null || token.name === facts.name) &&
      !facts.knownIds?.includes(token.id) &&
      created >= facts.capturedAt - MATCH_WINDOW_BEFORE_MS &&
      created <= facts.capturedAt + MATCH_WINDOW_AFTER_MS
    );
  });
  return fits.length === 1 ? (fits[0] ?? null) : null;
}

export type TokensListing = { ok: true; userId: string; tokens: ApiTokenMeta[] } | { ok: false; why: string };

/**
 * In the org's page, with the admin's session: who is signed in, and the org's active tokens (every page of
 * `GET /api/v1/api-tokens`, following `Link: rel="next"` on the same origin only).
 */
export async function listTokensInPage(): Promise<TokensListing> {
  const get = (path: string) =>
    fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' }, redirect: 'error' });
  try {
    const me = await get('/api/v1/users/me');
    if (!me.ok) return { ok: false, why: `Okta answered ${me.status} for the signed-in admin` };
    const userId = String(((await me.json()) as { id?: unknown }).id ?? '');
    const tokens: ApiTokenMeta[] = [];
    let next: string | null = '/api/v1/api-tokens?limit=200';
    for (let pages = 0; next && pages < 20; pages += 1) {
      const response: Response = await get(next);
      if (!response.ok) return { ok: false, why: `Okta answered ${response.status} for the token list` };
      const page = (await response.json()) as unknown;
      if (!Array.isArray(page)) return { ok: false, why: 'Okta answered the token list in an unknown shape' };
      for (const item of page) {
        if (item && typeof item === 'object' && typeof item.id === 'string') {
          tokens.push({
            id: item.id,
            name: String(item.name ?? ''),
            userId: String(item.userId ?? ''),
            created: String(item.created ?? ''),
          });
        }
      }
      const link = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
      const url = link ? new URL(link, location.href) : null;
      next = url && url.origin === location.origin ? url.pathname + url.search : null;
    }
    return { ok: true, userId, tokens };
  } catch {
    return { ok: false, why: 'Okta could not be reached from the page' };
  }
}

export type TokenReading = { ok: true; meta: ApiTokenMeta } | { ok: false; status: number; why: string };

/** In the org's page: `GET /api/v1/api-tokens/{id}` with the admin's session (404 once revoked). */
export async function readTokenInPage(id: string): Promise<TokenReading> {
  try {
    const response = await fetch(`/api/v1/api-tokens/${encodeURIComponent(id)}`, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      redirect: 'error',
    });
    if (!response.ok) return { ok: false, status: response.status, why: `Okta answered ${response.status}` };
    const body = (await response.json()) as Record<string, unknown>;
    return {
      ok: true,
      meta: {
        id: String(body.id ?? id),
        name: String(body.name ?? ''),
        userId: String(body.userId ?? ''),
        created: String(body.created ?? ''),
        lastUpdated: String(body.lastUpdated ?? ''),
        expiresAt: String(body.expiresAt ?? ''),
        tokenWindow: String(body.tokenWindow ?? ''),
      },
    };
  } catch {
    return { ok: false, status: 0, why: 'Okta could not be reached from the page' };
  }
}

/**
 * In the org's page: `DELETE /api/v1/api-tokens/{id}` with the admin's session and the page's XSRF token (as
 * the console's own writes send it), then verified: the id answers 404.
 */
export async function revokeByIdInPage(id: string): Promise<PageRevokeOutcome> {
  const path = `/api/v1/api-tokens/${encodeURIComponent(id)}`;
  const xsrf = document.getElementById('_xsrfToken')?.textContent?.trim();
  try {
    const response = await fetch(path, {
      method: 'DELETE',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', ...(xsrf ? { 'X-Okta-XsrfToken': xsrf } : {}) },
      redirect: 'error',
    });
    if (response.status !== 204 && response.status !== 200 && response.status !== 404) {
      const body = (await response.json().catch(() => null)) as { errorSummary?: unknown } | null;
      const said = body?.errorSummary ? `: ${String(body.errorSummary).slice(0, 160)}` : '';
      return { ok: false, failure: 'refused', status: response.status, said };
    }
    const check = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    return check.status === 404
      ? { ok: true }
      : { ok: false, failure: 'still-listed', status: check.status, said: '' };
  } catch {
    return { ok: false, failure: 'unreachable' };
  }
}
