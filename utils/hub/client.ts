import type * as z from 'zod/mini';
import {
  type AccountCreated,
  accountCreatedSchema,
  type ConnectorConfig,
  connectorAnswerSchema,
  connectorsListSchema,
  type HubSettings,
  hubErrorBodySchema,
  hubSettingsSchema,
  type Integration,
} from './schemas';
import { checkHubBaseUrl } from './session';

/*
 * The hub backend as the official client (`@stackone/hub` 1.11.x) speaks it, plus what that client
 * lacks for a background worker: timeouts, bounded retries, validated answers and specific errors.
 * Nothing here logs, and no message ever holds the session token or a credential value.
 */

/** Sent as `x-hub-version`, exactly as the `@stackone/hub` release we follow sends it. */
export const HUB_CLIENT_VERSION = '1.11.4';

export type HubErrorKind =
  | 'session'
  | 'rejected'
  | 'unavailable'
  | 'timeout'
  | 'malformed'
  | 'network'
  | 'outcome-unknown';

export interface HubErrorDetails {
  /** e.g. `POST /hub/accounts` (never with a query). */
  endpoint: string;
  status?: number | undefined;
  providerResponse?: string | undefined;
  attempts: number;
}

/** A failed hub call. `message` is written for the admin and is safe to show and to store. */
export class HubError extends Error {
  override readonly name = 'HubError';
  readonly kind: HubErrorKind;
  readonly endpoint: string;
  readonly status: number | undefined;
  readonly providerResponse: string | undefined;
  readonly attempts: number;

  constructor(kind: HubErrorKind, message: string, details: HubErrorDetails) {
    super(message);
    this.kind = kind;
    this.endpoint = details.endpoint;
    this.status = details.status;
    this.providerResponse = details.providerResponse;
    this.attempts = details.attempts;
  }

  /** Plain data, for messages between extension contexts (classes do not survive them). */
  toJSON(): {
    kind: HubErrorKind;
    message: string;
    endpoint: string;
    status?: number;
    providerResponse?: string;
  } {
    return {
      kind: this.kind,
      message: this.message,
      endpoint: this.endpoint,
      ...(this.status === undefined ? {} : { status: this.status }),
      ...(this.providerResponse === undefined ? {} : { providerResponse: this.providerResponse }),
    };
  }
}

export interface RetryPolicy {
  /** Attempts in all, the first one included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export interface HubClientOptions {
  baseUrl: string;
  sessionToken: string;
  fetch?: typeof globalThis.fetch;
  retry?: Partial<RetryPolicy>;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** In [0, 1); spreads retries of many clients apart. */
  random?: () => number;
  /** Milliseconds since the epoch; reads `Retry-After` dates. */
  now?: () => number;
}

export interface HubClient {
  getSettings(): Promise<HubSettings>;
  /** The hub's active Okta integrations. */
  listOktaIntegrations(): Promise<Integration[]>;
  getConnectorConfig(integrationId: string): Promise<ConnectorConfig>;
  /** Not idempotent: see `mayRetry` for when it is sent again. */
  createAccount(integrationId: string, credentials: Record<string, string>): Promise<AccountCreated>;
}

const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 500, maxDelayMs: 8000 };
const DEFAULT_TIMEOUT_MS = 15_000;
const PROVIDER_RESPONSE_LIMIT = 500;
/** Shorter values are too common to hide without garbling messages; tokens are far longer. */
const SHORTEST_REDACTED_SECRET = 4;

interface Call {
  method: 'GET' | 'POST';
  path: string;
  query?: string;
  body?: unknown;
  /** Values that must never appear in what we report, beyond the session token. */
  secrets?: readonly string[];
}

/** What one attempt produced: an answer with a status, or nothing we can rely on. */
type Attempt =
  | { kind: 'answer'; status: number; retryAfter: string | null; body: string }
  | { kind: 'no-answer'; cause: 'timeout' | 'network' };

type Failure = { error: HubError; retry: boolean };

type Settings = Required<Omit<HubClientOptions, 'retry'>> & { retry: RetryPolicy };

export function createHubClient(options: HubClientOptions): HubClient {
  const base = checkHubBaseUrl(options.baseUrl);
  if (!base.ok) throw new TypeError(`Cannot talk to the hub: ${base.reason}`);
  if (!options.sessionToken.trim()) throw missingSessionError();
  const settings: Settings = {
    baseUrl: base.baseUrl,
    sessionToken: options.sessionToken,
    fetch: options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init)),
    retry: { ...DEFAULT_RETRY, ...options.retry },
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    sleep: options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))),
    random: options.random ?? Math.random,
    now: options.now ?? Date.now,
  };
  const send = <T>(call: Call, schema: z.ZodMiniType<T>) => sendWithRetries(settings, call, schema);

  return {
    getSettings: () => send({ method: 'GET', path: '/hub/settings' }, hubSettingsSchema),
    listOktaIntegrations: async () => {
      const list = await send(
        { method: 'GET', path: '/hub/connectors', query: 'provider=okta' },
        connectorsListSchema,
      );
      return list.integrations.filter((integration) => integration.active && isOkta(integration));
    },
    getConnectorConfig: async (integrationId) => {
      const path = `/hub/connectors/${encodeURIComponent(requireId(integrationId))}`;
      const answer = await send({ method: 'GET', path }, connectorAnswerSchema);
      return answer.config;
    },
    createAccount: async (integrationId, credentials) => {
      const sent = withoutEmptyValues(credentials);
      const body = { integration_id: requireId(integrationId), credentials: sent };
      const call: Call = { method: 'POST', path: '/hub/accounts', body, secrets: Object.values(sent) };
      return send(call, accountCreatedSchema);
    },
  };
}

function missingSessionError(): HubError {
  const message = 'There is no hub session yet. Open the hub, or paste a hub session in the options.';
  return new HubError('session', message, { endpoint: '(none)', attempts: 0 });
}

function isOkta(integration: Integration): boolean {
  return integration.provider.toLowerCase() === 'okta';
}

function requireId(integrationId: string): string {
  if (!integrationId.trim()) throw new TypeError('An integration id is required.');
  return integrationId;
}

/** The real client drops empty values before posting; an empty string would overwrite nothing useful. */
function withoutEmptyValues(credentials: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(credentials).filter(([, value]) => value !== ''));
}

// ---------------------------------------------------------------------------------------------
// Sending

async function sendWithRetries<T>(settings: Settings, call: Call, schema: z.ZodMiniType<T>): Promise<T> {
  const attempts = Math.max(1, Math.floor(settings.retry.attempts));
  for (let attempt = 1; ; attempt++) {
    const outcome = await sendOnce(settings, call);
    if (outcome.kind === 'answer' && isSuccess(outcome.status)) {
      return readAnswer(call, outcome, attempt, schema);
    }
    const failure = describeFailure(settings, call, outcome, attempt);
    if (!failure.retry || attempt >= attempts) throw failure.error;
    const delay = retryDelay(settings, outcome, attempt);
    if (delay === 'too-long') throw waitTooLongError(settings, call, outcome, attempt);
    await settings.sleep(delay);
  }
}

function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}

async function sendOnce(settings: Settings, call: Call): Promise<Attempt> {
  const controller = new AbortController();
  const deadline = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(new Error('deadline')), { once: true });
  });
  deadline.catch(() => {}); // only ever observed through the races below
  const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
  const failedAttempt = (): Attempt => ({
    kind: 'no-answer',
    cause: controller.signal.aborted ? 'timeout' : 'network',
  });
  try {
    let response: Response;
    try {
      // Raced with the deadline too, so a fetch that ignores its signal cannot hang us.
      response = await Promise.race([
        settings.fetch(urlOf(settings, call), requestInit(settings, call, controller)),
        deadline,
      ]);
    } catch {
      return failedAttempt();
    }
    const retryAfter = response.headers.get('Retry-After');
    try {
      const body = await Promise.race([response.text(), deadline]);
      return { kind: 'answer', status: response.status, retryAfter, body };
    } catch {
      // An error status is still an answer; a success whose body was lost is not.
      if (isSuccess(response.status)) return failedAttempt();
      return { kind: 'answer', status: response.status, retryAfter, body: '' };
    }
  } finally {
    clearTimeout(timer);
  }
}

function urlOf(settings: Settings, call: Call): string {
  return `${settings.baseUrl}${call.path}${call.query ? `?${call.query}` : ''}`;
}

/** Headers exactly as `@stackone/hub` 1.11.x sends them on every call. */
function requestInit(settings: Settings, call: Call, controller: AbortController): RequestInit {
  return {
    method: call.method,
    headers: {
      'Content-Type': 'application/json',
      'x-hub-session-token': settings.sessionToken,
      'x-hub-version': HUB_CLIENT_VERSION,
    },
    ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
    signal: controller.signal,
  };
}

// ---------------------------------------------------------------------------------------------
// Retry policy

/*
 * GETs are safe to repeat, so 408, 429, every 5xx, timeouts and network errors are retried.
 *
 * POST /hub/accounts creates an account, and a repeat may create a second one. It is sent again only
 * when the answer says the hub did not act on it:
 *   - 408: the server gave up waiting for the request itself;
 *   - 429: rate limiting happens before the request is handled;
 *   - 503: "unavailable" is what gateways and overloaded servers answer instead of handling it.
 * 500, 502 and 504 are not repeated: the hub (or the service behind the gateway) may have created the
 * account before failing, or may still be creating it when the gateway gives up. Like a timeout or a
 * lost connection (the request may have arrived, only its answer got lost), they end as
 * 'outcome-unknown', telling the admin to check the hub before linking again.
 */
const POST_SAFE_TO_RETRY = new Set([408, 429, 503]);

function mayRetry(call: Call, outcome: Attempt): boolean {
  if (outcome.kind === 'no-answer') return call.method === 'GET';
  const { status } = outcome;
  if (call.method === 'POST') return POST_SAFE_TO_RETRY.has(status);
  return status === 408 || status === 429 || status >= 500;
}

/** Exponential backoff with jitter, or the hub's own `Retry-After` when it gives one we can wait for. */
function retryDelay(settings: Settings, outcome: Attempt, attempt: number): number | 'too-long' {
  const { baseDelayMs, maxDelayMs } = settings.retry;
  const asked = outcome.kind === 'answer' ? retryAfterMs(outcome.retryAfter, settings.now()) : undefined;
  if (asked !== undefined) {
    // Retrying before the hub's time would only spend an attempt; waiting longer would stall the worker.
    return asked > maxDelayMs ? 'too-long' : asked;
  }
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
  // "Equal jitter": never less than half the backoff, so retries still slow down.
  return Math.round(ceiling / 2 + settings.random() * (ceiling / 2));
}

/** `Retry-After` as delay-seconds or an HTTP-date, in milliseconds from now. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP-date names its day and month; this also keeps Date.parse from reading "-5" as a year.
  const date = /[a-z]/i.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

// ---------------------------------------------------------------------------------------------
// Reading answers

type Answer = Extract<Attempt, { kind: 'answer' }>;

function readAnswer<T>(call: Call, answer: Answer, attempt: number, schema: z.ZodMiniType<T>): T {
  const problem = (detail: string) => unexpectedAnswerError(call, answer.status, attempt, detail);
  if (answer.body.trim() === '') throw problem('the answer is empty');
  let data: unknown;
  try {
    data = JSON.parse(answer.body);
  } catch {
    throw problem('the answer is not JSON');
  }
  const result = schema.safeParse(data);
  if (!result.success) throw problem(describeIssues(result.error.issues, data));
  return result.data;
}

/** A success we cannot read. For the POST the account probably exists, so it must not look retryable. */
function unexpectedAnswerError(call: Call, status: number, attempt: number, detail: string): HubError {
  const endpoint = endpointOf(call);
  const details = { endpoint, status, attempts: attempt };
  if (call.method === 'POST') {
    return new HubError(
      'outcome-unknown',
      `The hub answered ${endpoint} with success (${status}) but ${detail}, so the account id is unknown. ` +
        'The hub has probably created the account: check the hub for a linked Okta account before trying again.',
      details,
    );
  }
  return new HubError(
    'malformed',
    `The hub answered ${endpoint} with something unexpected: ${detail}`,
    details,
  );
}

/** "integrations[0].integration_id is missing", plus a count of further problems. */
function describeIssues(issues: readonly z.core.$ZodIssue[], data: unknown): string {
  const [first, ...rest] = issues;
  if (!first) return 'its shape is not the expected one';
  const more = rest.length === 0 ? '' : ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'})`;
  return `${describeIssue(first, data)}${more}`;
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const where = formatPath(issue.path);
  const found = valueAt(data, issue.path);
  const subject = where || 'the answer';
  if (issue.code === 'invalid_type') {
    if (found === undefined) return `${subject} is missing`;
    return `${subject} should be ${withArticle(issue.expected)} but is ${describeValue(found)}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'string') return `${subject} is empty`;
  if (issue.code === 'invalid_union') return `${subject} has an unexpected form (${describeValue(found)})`;
  return `${subject}: ${issue.message}`;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === 'number') return `${text}[${segment}]`;
    const name = String(segment);
    if (/^[A-Za-z_$][\w$]*$/.test(name)) return text ? `${text}.${name}` : name;
    return `${text}[${JSON.stringify(name)}]`;
  }, '');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

/** The kind of a value, never the value itself: answers may echo things we must not repeat. */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value === '' ? 'an empty text' : 'a text';
    case 'number':
      return 'a number';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

function withArticle(expected: string): string {
  const names: Record<string, string> = {
    string: 'a text',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'an object',
    record: 'an object',
  };
  return names[expected] ?? expected;
}

// ---------------------------------------------------------------------------------------------
// Failures: the one place that turns an attempt into a HubError

function endpointOf(call: Call): string {
  return `${call.method} ${call.path}`;
}

/** " (503, 3 attempts)": the facts worth showing, or nothing. */
function factsOf(...facts: (string | number | undefined)[]): string {
  const shown = facts.filter((fact) => fact !== undefined && fact !== '');
  return shown.length === 0 ? '' : ` (${shown.join(', ')})`;
}

function attemptsNote(attempt: number): string | undefined {
  return attempt === 1 ? undefined : `${attempt} attempts`;
}

function secondsOf(ms: number): string {
  return `${Number((ms / 1000).toFixed(2))} s`;
}

function describeFailure(settings: Settings, call: Call, outcome: Attempt, attempt: number): Failure {
  const retry = mayRetry(call, outcome);
  if (outcome.kind === 'no-answer') {
    const error =
      call.method === 'POST'
        ? noAnswerToPostError(settings, call, outcome.cause, attempt)
        : noAnswerError(settings, call, outcome.cause, attempt);
    return { error, retry };
  }
  return { error: errorOfStatus(settings, call, outcome, attempt, retry), retry };
}

function errorOfStatus(
  settings: Settings,
  call: Call,
  answer: Answer,
  attempt: number,
  retryable: boolean,
): HubError {
  const { status } = answer;
  const endpoint = endpointOf(call);
  const details = { endpoint, status, attempts: attempt };
  const facts = factsOf(status, attemptsNote(attempt));
  if (status === 401 || status === 403) {
    const message = `Hub session expired or invalid (${status}). Open the hub again to get a fresh session, or paste a new one in the options.`;
    return new HubError('session', message, details);
  }
  if (call.method === 'POST' && status >= 500 && !retryable) {
    const message =
      `The hub failed while handling ${endpoint}${facts} and may have created the account anyway. ` +
      'Check the hub for a linked Okta account before trying again.';
    const providerResponse = hubReplyOf(settings, call, answer.body).providerResponse;
    return new HubError('outcome-unknown', message, { ...details, providerResponse });
  }
  if (status === 429) {
    return new HubError(
      'unavailable',
      `The hub is limiting requests${facts}. Try again in a few minutes.`,
      details,
    );
  }
  if (status >= 500) {
    return new HubError(
      'unavailable',
      `The hub is not available right now${facts}. Try again in a few minutes.`,
      details,
    );
  }
  if (status === 408) {
    return new HubError('timeout', `The hub timed out waiting for ${endpoint}${facts}. Try again.`, details);
  }
  return rejectedError(settings, call, answer, details);
}

function noAnswerError(
  settings: Settings,
  call: Call,
  cause: 'timeout' | 'network',
  attempt: number,
): HubError {
  const endpoint = endpointOf(call);
  const details = { endpoint, attempts: attempt };
  if (cause === 'timeout') {
    const message = `The hub did not answer ${endpoint} within ${secondsOf(settings.timeoutMs)}${factsOf(attemptsNote(attempt))}. Check your connection and try again.`;
    return new HubError('timeout', message, details);
  }
  const origin = new URL(settings.baseUrl).origin;
  const message = `Could not reach the hub at ${origin}${factsOf(endpoint, attemptsNote(attempt))}. Check your connection and the hub API base URL in the options.`;
  return new HubError('network', message, details);
}

function noAnswerToPostError(
  settings: Settings,
  call: Call,
  cause: 'timeout' | 'network',
  attempt: number,
): HubError {
  const endpoint = endpointOf(call);
  const what =
    cause === 'timeout'
      ? `no answer came within ${secondsOf(settings.timeoutMs)}`
      : 'the connection failed before an answer came';
  const message =
    `The hub may have created the account: ${endpoint} was sent but ${what}. ` +
    'Check the hub for a linked Okta account before trying again.';
  return new HubError('outcome-unknown', message, { endpoint, attempts: attempt });
}

function rejectedError(settings: Settings, call: Call, answer: Answer, details: HubErrorDetails): HubError {
  const reply = hubReplyOf(settings, call, answer.body);
  const said = reply.message ? `: ${reply.message}` : ' without saying why.';
  const provider = reply.providerResponse ? ` The provider answered: ${reply.providerResponse}` : '';
  const message = `The hub refused ${details.endpoint} (${answer.status})${said}${provider}`;
  return new HubError('rejected', message, { ...details, providerResponse: reply.providerResponse });
}

interface HubReply {
  message?: string | undefined;
  providerResponse?: string | undefined;
}

/** The hub's `{message, provider_response}`, redacted and trimmed; empty when the body is not one. */
function hubReplyOf(settings: Settings, call: Call, body: string): HubReply {
  const reply = parseHubReply(body);
  const secrets = [settings.sessionToken, ...(call.secrets ?? [])];
  return {
    message: reply.message && finishSentence(redact(reply.message, secrets)),
    providerResponse: reply.providerResponse && truncate(redact(reply.providerResponse, secrets)),
  };
}

function parseHubReply(body: string): HubReply {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return {};
  }
  const parsed = hubErrorBodySchema.safeParse(data);
  if (!parsed.success) return {};
  const { message, provider_response } = parsed.data;
  // The real client also unwraps a message that is itself a JSON-encoded {message, provider_response}.
  const nested = message.trim().startsWith('{') ? parseHubReply(message) : {};
  return {
    message: nested.message ?? message,
    providerResponse: nested.providerResponse ?? textOfProviderResponse(provider_response),
  };
}

function textOfProviderResponse(response: unknown): string | undefined {
  if (response === undefined) return undefined;
  const text = typeof response === 'string' ? response : JSON.stringify(response);
  return text.trim() === '' ? undefined : text.trim();
}

function finishSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function truncate(text: string): string {
  return text.length <= PROVIDER_RESPONSE_LIMIT ? text : `${text.slice(0, PROVIDER_RESPONSE_LIMIT)}…`;
}

/** Hides every occurrence of each secret; hub replies may echo what we sent. */
function redact(text: string, secrets: readonly string[]): string {
  return secrets
    .filter((secret) => secret.length >= SHORTEST_REDACTED_SECRET)
    .sort((a, b) => b.length - a.length)
    .reduce((result, secret) => result.split(secret).join('[redacted]'), text);
}

function waitTooLongError(settings: Settings, call: Call, outcome: Attempt, attempt: number): HubError {
  const status = outcome.kind === 'answer' ? outcome.status : undefined;
  const asked = outcome.kind === 'answer' ? retryAfterMs(outcome.retryAfter, settings.now()) : undefined;
  const seconds = Math.ceil((asked ?? 0) / 1000);
  const message = `The hub is busy (${status}) and asks to wait ${seconds} s before trying again. Try again later.`;
  return new HubError('unavailable', message, { endpoint: endpointOf(call), status, attempts: attempt });
}
