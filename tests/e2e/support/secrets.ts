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
 * browser sent them (to any host, including ones that do not answer). The org domain reaches the hub backend
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

export function watchForSecrets({ driver, okta, hub }: Sources): SecretWatch {
  const added = new Set<string>();

  function knownSecrets(storage: ExtensionStorage): string[] {
    const held = storage.session.capturedToken as { token?: string } | undefined;
    const all = [...added, ...okta.createdTokens.map((created) => created.token), held?.token ?? ''];
    return [...new Set(all)].filter((secret) => secret.length >= MIN_SECRET_LENGTH);
  }

  async function findLeaks(): Promise<string[]> {
    const storage = await driver.readStorage();
    const secrets = knownSecrets(storage);
    if (secrets.length === 0) return [];
    const leaks: string[] = [];
    const check = (where: string, text: string) => {
      for (const secret of secrets) if (text.includes(secret)) leaks.push(`${where} holds ${masked(secret)}`);
    };

    check('storage.local', JSON.stringify(storage.local));
    check('storage.sync', JSON.stringify(storage.sync));
    for (const line of driver.consoleOutput()) check(`console: ${line.slice(0, 120)}`, line);

    // The extension never sends the token to Okta: capture reads Okta's dialog, the privilege check uses the
    // admin's session. (Request bodies are not recorded by the Okta sandbox; the extension only GETs there.)
    for (const request of okta.requests) {
      check(`Okta request ${request.method} ${request.host}${request.path}`, requestText(request));
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
      check(
        where,
        requestText({ path: request.url, headers: request.headers, body: tokenRoute ? null : request.body }),
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
async function deepDom(tab: Tab): Promise<string> {
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
