import type * as z from 'zod/mini';
import { t } from '../i18n/browser-language';
import { errorOfAttempt, unexpectedAnswerError, waitTooLongError } from './hub-errors';
import { describeIssues } from './schema-issues';
import type { Answer, Attempt, Call, RetryPolicy, TransportSettings } from './transport-types';

export type { Answer, Attempt, Call, RetryPolicy, TransportSettings };

/*
 * Sending one hub call the way a background worker must: a deadline on every attempt, bounded retries with
 * backoff (or the hub's own Retry-After), and never a second POST that may have created an account. Answers
 * are read against their schema; every failure becomes one HubError (hub-errors.ts). Nothing here logs.
 */

/** Sent as `x-hub-version`, exactly as the `@stackone/hub` release we follow sends it. */
export const HUB_CLIENT_VERSION = '1.11.4';

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 500, maxDelayMs: 8000 };
export const DEFAULT_TIMEOUT_MS = 15_000;

export async function send<T>(settings: TransportSettings, call: Call, schema: z.ZodMiniType<T>): Promise<T> {
  const attempts = Math.max(1, Math.floor(settings.retry.attempts));
  for (let attempt = 1; ; attempt++) {
    const outcome = await sendOnce(settings, call);
    if (outcome.kind === 'answer' && isSuccess(outcome.status)) {
      return readAnswer(call, outcome, attempt, schema);
    }
    const retry = mayRetry(call, outcome);
    if (!retry || attempt >= attempts) throw errorOfAttempt(settings, call, outcome, attempt, retry);
    const asked = outcome.kind === 'answer' ? retryAfterMs(outcome.retryAfter, settings.now()) : undefined;
    // Retrying before the hub's time would only spend an attempt; waiting longer would stall the worker.
    if (asked !== undefined && asked > settings.retry.maxDelayMs && outcome.kind === 'answer') {
      throw waitTooLongError(call, outcome.status, asked, attempt);
    }
    await settings.sleep(asked ?? backoffDelay(settings, attempt));
  }
}

function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}

async function sendOnce(settings: TransportSettings, call: Call): Promise<Attempt> {
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
    if (isRedirect(response)) return { kind: 'redirect', status: response.status };
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

/**
 * A redirect is never followed: it would send the session (and, for the link request, the token) to an address
 * nobody chose, possibly over plain http. Browsers report it as an opaque redirect (status 0); other fetch
 * implementations give the 3xx itself.
 */
function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
}

function urlOf(settings: TransportSettings, call: Call): string {
  return `${settings.baseUrl}${call.path}${call.query ? `?${call.query}` : ''}`;
}

/** Headers exactly as `@stackone/hub` 1.11.x sends them on every call. */
function requestInit(settings: TransportSettings, call: Call, controller: AbortController): RequestInit {
  return {
    method: call.method,
    headers: {
      'Content-Type': 'application/json',
      'x-hub-session-token': settings.sessionToken,
      'x-hub-version': HUB_CLIENT_VERSION,
    },
    ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
    // 'manual', not 'error': both stop at the redirect without sending anything on, but 'error' makes it look
    // like a lost connection (a GET would be retried, a POST reported as "may have created the account").
    redirect: 'manual',
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
  if (outcome.kind === 'redirect') return false;
  if (outcome.kind === 'no-answer') return call.method === 'GET';
  const { status } = outcome;
  if (call.method === 'POST') return POST_SAFE_TO_RETRY.has(status);
  return status === 408 || status === 429 || status >= 500;
}

/** Exponential backoff with "equal jitter": never less than half the backoff, so retries still slow down. */
function backoffDelay(settings: TransportSettings, attempt: number): number {
  const { baseDelayMs, maxDelayMs } = settings.retry;
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
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

function readAnswer<T>(call: Call, answer: Answer, attempt: number, schema: z.ZodMiniType<T>): T {
  const problem = (detail: string) => unexpectedAnswerError(call, answer.status, attempt, detail);
  if (answer.body.trim() === '') throw problem(t('hub_answer_empty'));
  let data: unknown;
  try {
    data = JSON.parse(answer.body);
  } catch {
    throw problem(t('hub_answer_not_json'));
  }
  const result = schema.safeParse(data);
  if (!result.success) throw problem(describeIssues(result.error.issues, data));
  return result.data;
}
