import { hubErrorBodySchema } from './schemas';
import type { Answer, Attempt, Call, TransportSettings } from './transport-types';

/*
 * What the admin is told when a hub call fails: one HubError per failure, its message written for the
 * admin and safe to show and to store. The hub's own words (`message`, `provider_response`) are quoted,
 * with the session token and every credential we sent redacted, since hub replies may echo them.
 */

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
}

const PROVIDER_RESPONSE_LIMIT = 500;
/** Shorter values are too common to hide without garbling messages; tokens are far longer. */
const SHORTEST_REDACTED_SECRET = 4;

type ErrorSettings = Pick<TransportSettings, 'baseUrl' | 'sessionToken' | 'timeoutMs'>;

export function missingSessionError(): HubError {
  const message = 'There is no hub session yet. Open the hub, or paste a hub session in the options.';
  return new HubError('session', message, { endpoint: '(none)', attempts: 0 });
}

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

/** The one place that turns a failed attempt into a HubError; `retryable` says whether it will be sent again. */
export function errorOfAttempt(
  settings: ErrorSettings,
  call: Call,
  outcome: Attempt,
  attempt: number,
  retryable: boolean,
): HubError {
  if (outcome.kind === 'no-answer') return noAnswerError(settings, call, outcome.cause, attempt);
  return errorOfStatus(settings, call, outcome, attempt, retryable);
}

function errorOfStatus(
  settings: ErrorSettings,
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

/** No answer at all. A POST may still have reached the hub and created the account, so it is never "try again". */
function noAnswerError(
  settings: ErrorSettings,
  call: Call,
  cause: 'timeout' | 'network',
  attempt: number,
): HubError {
  const endpoint = endpointOf(call);
  const details = { endpoint, attempts: attempt };
  if (call.method === 'POST') {
    const what =
      cause === 'timeout'
        ? `no answer came within ${secondsOf(settings.timeoutMs)}`
        : 'the connection failed before an answer came';
    const message =
      `The hub may have created the account: ${endpoint} was sent but ${what}. ` +
      'Check the hub for a linked Okta account before trying again.';
    return new HubError('outcome-unknown', message, details);
  }
  if (cause === 'timeout') {
    const message = `The hub did not answer ${endpoint} within ${secondsOf(settings.timeoutMs)}${factsOf(attemptsNote(attempt))}. Check your connection and try again.`;
    return new HubError('timeout', message, details);
  }
  const origin = new URL(settings.baseUrl).origin;
  const message = `Could not reach the hub at ${origin}${factsOf(endpoint, attemptsNote(attempt))}. Check your connection and the hub API base URL in the options.`;
  return new HubError('network', message, details);
}

function rejectedError(
  settings: ErrorSettings,
  call: Call,
  answer: Answer,
  details: HubErrorDetails,
): HubError {
  const reply = hubReplyOf(settings, call, answer.body);
  const said = reply.message ? `: ${reply.message}` : ' without saying why.';
  const provider = reply.providerResponse ? ` The provider answered: ${reply.providerResponse}` : '';
  const message = `The hub refused ${details.endpoint} (${answer.status})${said}${provider}`;
  return new HubError('rejected', message, { ...details, providerResponse: reply.providerResponse });
}

/** A success we cannot read. For the POST the account probably exists, so it must not look retryable. */
export function unexpectedAnswerError(call: Call, status: number, attempt: number, detail: string): HubError {
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

/** The hub asked to wait longer than a worker can: said so instead of stalling. */
export function waitTooLongError(call: Call, status: number, askedMs: number, attempt: number): HubError {
  const seconds = Math.ceil(askedMs / 1000);
  const message = `The hub is busy (${status}) and asks to wait ${seconds} s before trying again. Try again later.`;
  return new HubError('unavailable', message, { endpoint: endpointOf(call), status, attempts: attempt });
}

interface HubReply {
  message?: string | undefined;
  providerResponse?: string | undefined;
}

/** The hub's `{message, provider_response}`, redacted and trimmed; empty when the body is not one. */
function hubReplyOf(settings: ErrorSettings, call: Call, body: string): HubReply {
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
