import http from 'node:http';
import type { HubField } from './connectors';

/*
 * What a real hub does with Okta credentials at link time: it calls the org with the token and keeps the
 * account only if Okta accepts it. Here the call goes to the Okta sandbox on loopback (never anywhere else),
 * naming the org in the Host header, so the sandbox renews the token as Okta would (proof of use) and a
 * revoked token makes the link fail with Okta's own answer in `provider_response`.
 */

/** How the stub hub's calls to Okta identify themselves (the token sweep tells them from the browser's by it). */
export const HUB_OKTA_USER_AGENT = 'stackone-hub-sandbox/okta-check';

/** Okta cells the sandbox serves; a bare subdomain means `<subdomain>.okta.com`. */
const OKTA_HOST = /^[a-z0-9][a-z0-9-]*\.(okta|oktapreview|okta-emea)\.com$/;

/** The org host the credentials name (`okta_domain`, `okta_domain_url`, `subdomain`, …), if one does. */
export function orgHostOf(fields: HubField[], credentials: Record<string, string>): string | null {
  for (const field of fields) {
    const value = credentials[field.key]?.trim().toLowerCase();
    if (field.secret || !value) continue;
    const host = value.replace(/^https?:\/\//, '').replace(/[/:].*$/, '');
    if (OKTA_HOST.test(host)) return host;
    if (/^[a-z0-9][a-z0-9-]*$/.test(host) && /subdomain|tenant/.test(field.key)) return `${host}.okta.com`;
  }
  return null;
}

export interface OktaCheckFailure {
  status: number;
  message: string;
  providerResponse: string;
}

/**
 * Calls `GET /api/v1/users/me` on the org with `SSWS <token>` through the Okta sandbox at `oktaPort`.
 * Null when Okta accepts the token, or when the credentials name no Okta org or token (other checks judge them).
 */
export async function checkWithOkta(
  oktaPort: number,
  fields: HubField[],
  credentials: Record<string, string>,
): Promise<OktaCheckFailure | null> {
  const orgHost = orgHostOf(fields, credentials);
  const secret = fields.find((field) => field.secret && credentials[field.key]);
  const token = secret ? credentials[secret.key] : undefined;
  if (!orgHost || !token) return null;
  const answer = await get(oktaPort, orgHost, '/api/v1/users/me', token).catch(() => null);
  if (!answer) {
    return {
      status: 400,
      message: 'Could not verify the Okta credentials',
      providerResponse: `Okta at ${orgHost} could not be reached`,
    };
  }
  if (answer.status === 200) return null;
  let summary = '';
  try {
    const body = JSON.parse(answer.body) as { errorSummary?: unknown; errorCode?: unknown };
    summary = `${String(body.errorSummary ?? '')} (${String(body.errorCode ?? '')})`;
  } catch {
    summary = 'no error body';
  }
  return {
    status: 400,
    message: 'Could not verify the Okta credentials',
    providerResponse: `Okta answered ${answer.status}: ${summary}`,
  };
}

function get(
  port: number,
  host: string,
  path: string,
  token: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'GET',
        headers: {
          Host: host,
          Accept: 'application/json',
          Authorization: `SSWS ${token}`,
          'User-Agent': HUB_OKTA_USER_AGENT,
        },
        timeout: 5000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', reject);
    request.end();
  });
}
