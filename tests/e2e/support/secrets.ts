import { HUB_OKTA_USER_AGENT } from '../../../sandbox/hub/okta-check';
import type { HubSandbox } from '../../../sandbox/hub/server';
import type { OktaSandbox } from '../../../sandbox/okta/server';
import { oktaOrgOf } from '../../../utils/okta/domain';
import type { Driver, ExtensionStorage, Tab } from '../drivers/driver';
import { visibleText } from '../journeys/admin';
import { masked } from '../journeys/guide';
import { mayCarry } from './transmissions';

/**
 * The token's promise, checked after every e2e test: an Okta API token the test handled is in none of the
 * places it must never reach. It may travel only in the requests `transmissions.ts` lists (the hub link
 * request, POST /hub/accounts, in its credentials) and live only in `storage.session` and in the Okta page that
 * revealed it (Okta's own dialog, not ours). Requests are read twice: as the sandboxes received them, and as the
 * browser sent them (to any host, including ones that do not answer). To an Okta org, the token may go only in
 * the route listed for it (revoking it, `DELETE /api/v1/api-tokens/current`) and only to its own org's host. The
 * stub hub's own check of a token it was given (it calls the org with it, as a real hub does) is the hub's. The org domain reaches the hub backend
 * only where `transmissions.ts` lists it too: that list is what the Firefox manifest declares.
 */
export interface SecretWatch {
  /** A token the test brings itself (pasted); tokens the Okta sandbox created are known already. */
  add(token: string): void;
  /** Every console line and page error of every context (pages, frames, content scripts, the worker). */
  consoleOutput(): string[];
  /** Where a known token turned up, one line per place; empty when it is nowhere it must not be. */
  findLeaks(): Promise<string[]>;
  /** Forgets the tokens and console output, for the next test. */
  reset(): void;
}

interface Sources {
  /** The browser, in either driver: its storage, console lines, sent requests and open tabs. */
  driver: Driver;
  okta: OktaSandbox;
  hub: HubSandbox;
}

/** Shorter strings could match by chance; every Okta token is 42 characters. */
const MIN_SECRET_LENGTH = 20;
/** The hub sandbox's sessions are shorter (`hub-session-demo`), yet words no page says by chance. */
const MIN_SESSION_LENGTH = 12;

/** A session named in a report without being repeated: its first four characters. */
const maskedSession = (session: string) => `${session.slice(0, 4)}…`;

export function watchForSecrets({ driver, okta, hub }: Sources): SecretWatch {
  const added = new Set<string>();

  function knownSecrets(storage: ExtensionStorage): string[] {
    const held = Object.values(
      (storage.session.capturedTokens as Record<string, { token?: string }> | undefined) ?? {},
    ).map((token) => token.token ?? '');
    const all = [...added, ...okta.createdTokens.map((created) => created.token), ...held];
    return [...new Set(all)].filter((secret) => secret.length >= MIN_SECRET_LENGTH);
  }

  /** The org host a token belongs to (`acme.okta.com`), as the Okta sandbox created or issued it. */
  const orgOf = (secret: string) => okta.createdTokens.find((created) => created.token === secret)?.org;

  /** A request to an Okta org with the token: only on its listed route (revoking it), to its own org's host. */
  const isOwnRevocation = (secret: string, method: string, host: string, path: string) =>
    host === orgOf(secret) && mayCarry('okta-token', 'Okta org', { method, path }) !== undefined;

  async function findLeaks(): Promise<string[]> {
    const storage = await driver.readStorage();
    const secrets = knownSecrets(storage);
    const leaks: string[] = await findSessionLeaks(storage);
    if (secrets.length === 0) return leaks;
    const check = (where: string, text: string, allowed: (secret: string) => boolean = () => false) => {
      for (const secret of secrets) {
        if (text.includes(secret) && !allowed(secret)) leaks.push(`${where} holds ${masked(secret)}`);
      }
    };
    const linkedSecrets = new Set(
      hub.requests
        .filter((request) => request.method === 'POST' || request.method === 'PATCH')
        .flatMap((request) => Object.values(credentialsOf(request.body))),
    );

    check('storage.local', JSON.stringify(storage.local));
    check('storage.sync', JSON.stringify(storage.sync));
    for (const line of driver.consoleOutput()) check(`console: ${line.slice(0, 120)}`, line);

    // The extension sends the token to Okta only to revoke it: capture reads Okta's dialog, the privilege
    // check, the id look-up and proof of use use the admin's session. (The Okta sandbox records no bodies.)
    for (const request of okta.requests) {
      const byTheHub = request.headers['user-agent'] === HUB_OKTA_USER_AGENT;
      check(
        `Okta request ${request.method} ${request.host}${request.path}`,
        requestText(request),
        (secret) =>
          byTheHub
            ? // The hub checks a token it was given, with the org it names, and nothing else.
              linkedSecrets.has(secret) && request.method === 'GET' && request.host === orgOf(secret)
            : isOwnRevocation(secret, request.method, request.host, request.path),
      );
    }
    const orgDomains = orgDomainsOf(okta.requests);
    const checkOrgDomains = (where: string, text: string) => {
      for (const domain of orgDomains) if (text.includes(domain)) leaks.push(`${where} holds ${domain}`);
    };
    for (const request of hub.requests) {
      const where = `hub request ${request.method} ${request.path}`;
      const tokenRoute = mayCarry('okta-token', 'hub backend', request);
      check(
        where,
        tokenRoute
          ? requestText({ ...request, body: withoutCredentials(request.body) })
          : requestText(request),
      );
      const domainRoute = mayCarry('org-domain', 'hub backend', request);
      checkOrgDomains(
        where,
        domainRoute
          ? requestText({ ...request, body: withoutCredentials(request.body) })
          : requestText(request),
      );
    }
    // What the browser sent, whether or not it got anywhere: the link request's body aside, no token.
    for (const request of driver.sentRequests()) {
      const toHub = request.url.startsWith(`${hub.backendOrigin}/`);
      const path = toHub ? request.url.slice(hub.backendOrigin.length) : '';
      const tokenRoute = toHub && mayCarry('okta-token', 'hub backend', { method: request.method, path });
      const where = `browser request ${request.method} ${request.url.slice(0, 100)}`;
      const url = new URL(request.url);
      check(
        where,
        requestText({ path: request.url, headers: request.headers, body: tokenRoute ? null : request.body }),
        (secret) =>
          !request.body && !url.search && isOwnRevocation(secret, request.method, url.hostname, url.pathname),
      );
      if (toHub && !mayCarry('org-domain', 'hub backend', { method: request.method, path })) {
        checkOrgDomains(
          where,
          requestText({ path: request.url, headers: request.headers, body: request.body }),
        );
      }
    }

    const consumed = secrets.filter((secret) =>
      hub.accounts.some((account) => Object.values(account.credentials).includes(secret)),
    );
    for (const tab of await driver.tabs()) {
      if (tab.isClosed()) continue;
      const url = tab.url();
      if (url.startsWith(driver.extensionOrigin)) {
        // The popup and options show the token masked; a password field may hold what the admin typed.
        check(`extension page ${url} (text)`, await visibleText(tab).catch(() => ''));
      } else if (url.startsWith(hub.appOrigin) || url.startsWith(hub.backendOrigin)) {
        // Once the hub took the token, its page keeps it nowhere: text, attributes or field values.
        const dom = await deepDom(tab);
        for (const secret of consumed)
          if (dom.includes(secret)) leaks.push(`hub page ${url} holds ${masked(secret)}`);
      } else {
        // Okta's own dialog shows the token; our overlay on the page never does.
        check(`guide overlay on ${url}`, await overlayText(tab));
      }
    }
    return leaks;
  }

  /**
   * The hub session's promise (SECURITY.md): kept in `storage.session`, sent only to the hub. It may be in the
   * hub's own pages and in what they and the extension send the hub backend; nowhere else: not in the other
   * storage areas, any console, any request to Okta or to another host, any Okta page (its whole DOM, into open
   * shadow roots, our overlay's included) or the text of our pages.
   */
  async function findSessionLeaks(storage: ExtensionStorage): Promise<string[]> {
    const held = storage.session.hubSession as { token?: string } | undefined;
    const sessions = [...new Set([...hub.sessions, held?.token ?? ''])].filter(
      (session) => session.length >= MIN_SESSION_LENGTH,
    );
    const leaks: string[] = [];
    const check = (where: string, text: string) => {
      for (const session of sessions) {
        if (text.includes(session)) leaks.push(`${where} holds the hub session ${maskedSession(session)}`);
      }
    };
    check('storage.local', JSON.stringify(storage.local));
    check('storage.sync', JSON.stringify(storage.sync));
    for (const line of driver.consoleOutput()) check(`console: ${line.slice(0, 120)}`, line);
    for (const request of okta.requests) {
      check(`Okta request ${request.method} ${request.host}${request.path}`, requestText(request));
    }
    // The hub's own servers, under either loopback name (a test may serve the same hub page from the other).
    const hubOrigins = [hub.appOrigin, hub.backendOrigin].flatMap((origin) => {
      const { port } = new URL(origin);
      return [origin, `http://localhost:${port}`, `http://127.0.0.1:${port}`];
    });
    for (const request of driver.sentRequests()) {
      if (hubOrigins.some((origin) => request.url.startsWith(`${origin}/`))) continue;
      check(
        `browser request ${request.method} ${request.url.slice(0, 100)}`,
        requestText({ path: request.url, ...request }),
      );
    }
    for (const tab of await driver.tabs()) {
      if (tab.isClosed()) continue;
      const url = tab.url();
      if (hubOrigins.some((origin) => url.startsWith(origin))) continue;
      if (url.startsWith(driver.extensionOrigin)) {
        check(`extension page ${url} (text)`, await visibleText(tab).catch(() => ''));
      } else {
        check(`page ${url}`, await deepDom(tab).catch(() => ''));
      }
    }
    return leaks;
  }

  return {
    add: (token) => void added.add(token),
    consoleOutput: () => driver.consoleOutput(),
    findLeaks,
    reset() {
      added.clear();
      driver.clearRecords();
    },
  };
}

function credentialsOf(body: unknown): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return {};
  const { credentials } = body as { credentials?: unknown };
  return credentials && typeof credentials === 'object' ? (credentials as Record<string, unknown>) : {};
}

function requestText(request: { path: string; headers: unknown; body?: unknown }): string {
  return JSON.stringify([request.path, request.headers, request.body ?? null]);
}

/** The orgs the test's browser visited (`acme.okta.com` from `acme-admin.okta.com`). */
function orgDomainsOf(requests: readonly { host: string }[]): string[] {
  const hosts = new Set(requests.map((request) => request.host));
  const domains = [...hosts].map((host) => oktaOrgOf(`https://${host}/`)?.orgDomain);
  return [...new Set(domains.filter((domain) => domain !== undefined))];
}

/** The link request's body with its credentials taken out: the token belongs there and nowhere else. */
function withoutCredentials(body: unknown): unknown {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
  const { credentials: _credentials, ...rest } = body as Record<string, unknown>;
  return rest;
}

async function overlayText(tab: Tab): Promise<string> {
  return tab
    .evaluate(() => {
      const host = document.querySelector('okta-link-assistant');
      return host ? `${host.outerHTML}${host.shadowRoot?.innerHTML ?? ''}` : '';
    })
    .catch(() => '');
}

/** The page's markup through every open shadow root and frame, with the live values of form fields. */
export async function deepDom(tab: Tab): Promise<string> {
  const parts = await tab.evaluateInFrames(() => {
    const out: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
          out.push(element.value);
        }
        if (element.shadowRoot) {
          out.push(element.shadowRoot.innerHTML);
          visit(element.shadowRoot);
        }
      }
    };
    out.push(document.documentElement.outerHTML);
    visit(document);
    return out.join('\n');
  });
  return parts.join('\n');
}
