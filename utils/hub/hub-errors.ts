import { browserTranslator, t } from '../i18n/browser-language';
import { hubErrorBodySchema } from './schemas';
import type { Answer, Attempt, Call, TransportSettings } from './transport-types';

/*
 * What the admin is told when a hub call fails: one HubError per failure, its message written for the
 * admin (in the browser's language, from the catalogues) and safe to show and to store. The hub's own words (`message`, `provider_response`) are quoted,
 * with the session token and every credential we sent redacted, since hub replies may echo them.
 */

export type HubErrorKind =
  | 'session'
  | 'rejected'
  | 'unavailable'
  | 'timeout'
  | 'malformed'
  | 'network'
  | 'redirect'
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
  return new HubError('session', t('hub_no_session'), { endpoint: '(none)', attempts: 0 });
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
  return attempt === 1 ? undefined : browserTranslator().plural('hub_attempts', attempt);
}

function secondsOf(ms: number): string {
  return t('hub_seconds', { seconds: Number((ms / 1000).toFixed(2)) });
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
  if (outcome.kind === 'redirect') return redirectError(call, outcome.status, attempt);
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
    return new HubError('session', t('hub_session_invalid', { status }), details);
  }
  if (call.method === 'POST' && status >= 500 && !retryable) {
    const message = t('hub_post_failed', { request: `${endpoint}${facts}` });
    const providerResponse = hubReplyOf(settings, call, answer.body).providerResponse;
    return new HubError('outcome-unknown', message, { ...details, providerResponse });
  }
  if (status === 429) {
    return new HubError('unavailable', t('hub_limited', { facts }), details);
  }
  if (status >= 500) {
    return new HubError('unavailable', t('hub_unavailable', { facts }), details);
  }
  if (status === 408) {
    return new HubError('timeout', t('hub_timed_out', { request: `${endpoint}${facts}` }), details);
  }
  return rejectedError(settings, call, answer, details);
}

/**
 * The hub (or something in front of it) answered with a redirect, which is never followed: the session and the
 * token stay with us. Nothing was created (a redirect is not a handled request), so the token is kept.
 */
function redirectError(call: Call, status: number, attempt: number): HubError {
  const shown = status === 0 ? undefined : status;
  const message = t('hub_redirect', { facts: factsOf(endpointOf(call), shown) });
  return new HubError('redirect', message, { endpoint: endpointOf(call), status: shown, attempts: attempt });
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
        ? t('hub_no_answer_timeout', { seconds: secondsOf(settings.timeoutMs) })
        : t('hub_no_answer_network');
    const message = t('hub_may_have_created', { endpoint, what });
    return new HubError('outcome-unknown', message, details);
  }
  if (cause === 'timeout') {
    const wait = `${secondsOf(settings.timeoutMs)}${factsOf(attemptsNote(attempt))}`;
    const message = t('hub_get_timeout', { endpoint, wait });
    return new HubError('timeout', message, details);
  }
  const origin = new URL(settings.baseUrl).origin;
  const message = t('hub_unreachable', { where: `${origin}${factsOf(endpoint, attemptsNote(attempt))}` });
  return new HubError('network', message, details);
}

function rejectedError(
  settings: ErrorSettings,
  call: Call,
  answer: Answer,
  details: HubErrorDetails,
): HubError {
  const reply = hubReplyOf(settings, call, answer.body);
  const { endpoint } = details;
  const { status } = answer;
  const said = reply.message
    ? t('hub_refused_said', { endpoint, status, message: reply.message })
    : t('hub_refused_silent', { endpoint, status });
  const provider = reply.providerResponse
    ? ` ${t('hub_provider_answered', { response: reply.providerResponse })}`
    : '';
  const message = `${said}${provider}`;
  return new HubError('rejected', message, { ...details, providerResponse: reply.providerResponse });
}

/** A success we cannot read. For the POST the account probably exists, so it must not look retryable. */
export function unexpectedAnswerError(call: Call, status: number, attempt: number, detail: string): HubError {
  const endpoint = endpointOf(call);
  const details = { endpoint, status, attempts: attempt };
  if (call.method === 'POST') {
    return new HubError(
      'outcome-unknown',
      t('hub_success_unreadable', { endpoint, status, detail }),
      details,
    );
  }
  return new HubError('malformed', t('hub_unexpected', { endpoint, detail }), details);
}

/** The hub asked to wait longer than a worker can: said so instead of stalling. */
export function waitTooLongError(call: Call, status: number, askedMs: number, attempt: number): HubError {
  const seconds = Math.ceil(askedMs / 1000);
  const message = t('hub_wait_too_long', { status, seconds });
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
