import type { OrgAddress } from './hosts';
import { apiTokenValue, oktaId, opaqueSecret } from './ids';
import { DEFAULT_ORG_OPTIONS, type NetworkChoice, type OrgOptions } from './options';

/** A token created through the Admin Console UI. */
export interface CreatedToken {
  /** The org host it was created on, e.g. `acme.okta.com` (look-alike hosts keep their suffix). */
  org: string;
  name: string;
  token: string;
  /** The value of the network-restriction select: `ANYWHERE`, `IN_ANY_ZONE`, `IN_ZONES`, `NOT_IN_ANY_ZONE`, `NOT_IN_ZONES`. */
  networkChoice: string;
  /** Zone ids picked for `IN_ZONES` / `NOT_IN_ZONES`; empty otherwise. */
  zones: string[];
  /** The token's id (`00T…`), as the tokens table lists it. */
  id: string;
  createdAt: string;
}

export interface RecordedRequest {
  method: string;
  /** The Host header's hostname, lowercased, without port. */
  host: string;
  /** Path with query string. */
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** The body as text, once it has arrived (whether or not the route read it); undefined when empty. */
  body?: string;
}

/** What the tokens table lists: metadata only, never the value. */
export interface TokenListing {
  id: string;
  name: string;
  createdAt: string;
  network: NetworkChoice;
  zones: string[];
}

export interface TokenRequest {
  name: string;
  network: NetworkChoice;
  zones: string[];
}

export interface AdminUser {
  id: string;
  login: string;
  email: string;
  firstName: string;
  lastName: string;
}

/** Everything the sandbox remembers about one org (the real one and its look-alike are separate orgs). */
export interface OrgRuntime {
  orgHost: string;
  orgId: string;
  admin: AdminUser;
  roleAssignmentId: string;
  /** Rendered into `#_xsrfToken`; non-GET internal calls must echo it in `X-Okta-XsrfToken`. */
  xsrfToken: string;
  /** Shown by the `decoyToken` option: token-shaped, but never a real token of this org. */
  decoyTokenValue: string;
  tokens: TokenListing[];
  lastStepUpAt: number | null;
  /**
   * The `reauth` sign-in has happened: every session of the org ended then, and from then on only a session
   * made by signing in again counts (even where the org does not `requireSignIn`). Once per org.
   */
  sessionsExpired: boolean;
  /** A creation waiting for step-up; `verified` once the admin re-authenticated. */
  pendingCreation: (TokenRequest & { verified: boolean }) | null;
}

interface Session {
  orgHost: string;
}

/** A step-up stays fresh this long, like Okta's admin re-authentication window. */
export const STEP_UP_FRESH_MS = 5 * 60_000;
const HANDOFF_CODE_TTL_MS = 60_000;

const DAY_MS = 24 * 60 * 60_000;

function seededTokens(): TokenListing[] {
  const now = Date.now();
  return [
    { name: 'Provisioning sync', ageDays: 210 },
    { name: 'SIEM log export', ageDays: 45 },
  ].map(({ name, ageDays }) => ({
    id: oktaId('00T'),
    name,
    createdAt: new Date(now - ageDays * DAY_MS).toISOString(),
    network: 'ANYWHERE',
    zones: [],
  }));
}

function newOrgRuntime(address: OrgAddress): OrgRuntime {
  return {
    orgHost: address.orgHost,
    orgId: oktaId('00o'),
    admin: {
      id: oktaId('00u'),
      login: `alex.admin@${address.subdomain}.example.com`,
      email: `alex.admin@${address.subdomain}.example.com`,
      firstName: 'Alex',
      lastName: 'Admin',
    },
    roleAssignmentId: oktaId('ra1'),
    xsrfToken: opaqueSecret(),
    decoyTokenValue: apiTokenValue(),
    tokens: seededTokens(),
    lastStepUpAt: null,
    sessionsExpired: false,
    pendingCreation: null,
  };
}

export class SandboxState {
  /** Kept as the same array objects for the sandbox's lifetime: `reset()` empties them in place. */
  readonly createdTokens: CreatedToken[] = [];
  readonly requests: RecordedRequest[] = [];
  private readonly optionsBySubdomain = new Map<string, Partial<OrgOptions>>();
  private readonly orgs = new Map<string, OrgRuntime>();
  private readonly sessions = new Map<string, Session>();
  private readonly handoffCodes = new Map<string, { orgHost: string; expiresAt: number }>();

  optionsFor(subdomain: string): OrgOptions {
    return { ...DEFAULT_ORG_OPTIONS, ...this.optionsBySubdomain.get(subdomain.toLowerCase()) };
  }

  setOptions(subdomain: string, options: Partial<OrgOptions>): void {
    const key = subdomain.toLowerCase();
    const defined = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
    this.optionsBySubdomain.set(key, { ...this.optionsBySubdomain.get(key), ...defined });
  }

  /** The org's state, created on first use: any org name works. */
  org(address: OrgAddress): OrgRuntime {
    let runtime = this.orgs.get(address.orgHost);
    if (!runtime) {
      runtime = newOrgRuntime(address);
      this.orgs.set(address.orgHost, runtime);
    }
    return runtime;
  }

  createSession(orgHost: string): string {
    const sid = opaqueSecret();
    this.sessions.set(sid, { orgHost });
    return sid;
  }

  hasSession(sid: string | undefined, orgHost: string): boolean {
    return sid !== undefined && this.sessions.get(sid)?.orgHost === orgHost;
  }

  /** Ends every session of the org, on both its hosts, as an expired Okta session does. */
  expireSessions(runtime: OrgRuntime): void {
    for (const [sid, session] of this.sessions) {
      if (session.orgHost === runtime.orgHost) this.sessions.delete(sid);
    }
    runtime.sessionsExpired = true;
  }

  /** A one-time code that carries a sign-in from the org host to the admin host (cookies are per host). */
  issueHandoffCode(orgHost: string): string {
    const code = opaqueSecret();
    this.handoffCodes.set(code, { orgHost, expiresAt: Date.now() + HANDOFF_CODE_TTL_MS });
    return code;
  }

  redeemHandoffCode(code: string, orgHost: string): boolean {
    const entry = this.handoffCodes.get(code);
    this.handoffCodes.delete(code);
    return entry !== undefined && entry.orgHost === orgHost && entry.expiresAt > Date.now();
  }

  hasFreshStepUp(runtime: OrgRuntime): boolean {
    return runtime.lastStepUpAt !== null && Date.now() - runtime.lastStepUpAt < STEP_UP_FRESH_MS;
  }

  createToken(runtime: OrgRuntime, request: TokenRequest): CreatedToken {
    const created: CreatedToken = {
      org: runtime.orgHost,
      name: request.name,
      token: apiTokenValue(),
      networkChoice: request.network,
      zones: [...request.zones],
      id: oktaId('00T'),
      createdAt: new Date().toISOString(),
    };
    this.createdTokens.push(created);
    runtime.tokens.push({
      id: created.id,
      name: created.name,
      createdAt: created.createdAt,
      network: request.network,
      zones: created.zones,
    });
    return created;
  }

  /** The admin a token value authenticates as, if it is a token created in this org. */
  tokenOwner(runtime: OrgRuntime, tokenValue: string): AdminUser | undefined {
    const known = this.createdTokens.some((t) => t.org === runtime.orgHost && t.token === tokenValue);
    return known ? runtime.admin : undefined;
  }

  reset(): void {
    this.createdTokens.length = 0;
    this.requests.length = 0;
    this.optionsBySubdomain.clear();
    this.orgs.clear();
    this.sessions.clear();
    this.handoffCodes.clear();
  }
}
