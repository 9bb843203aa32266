/**
 * The shapes of one hub call and its attempts, apart from the code that sends it: the transport and the
 * errors it reports (hub-errors.ts) both speak of them, and neither imports the other for it.
 */

export interface RetryPolicy {
  /** Attempts in all, the first one included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export interface TransportSettings {
  /** Checked and normalised, without a trailing slash. */
  baseUrl: string;
  sessionToken: string;
  fetch: typeof globalThis.fetch;
  retry: RetryPolicy;
  timeoutMs: number;
  sleep: (ms: number) => Promise<void>;
  /** In [0, 1); spreads retries of many clients apart. */
  random: () => number;
  /** Milliseconds since the epoch; reads `Retry-After` dates. */
  now: () => number;
}

export interface Call {
  method: 'GET' | 'POST';
  path: string;
  query?: string;
  body?: unknown;
  /** Values that must never appear in what we report, beyond the session token. */
  secrets?: readonly string[];
}

/**
 * What one attempt produced: an answer with a status, a redirect (never followed, never repeated), or nothing we
 * can rely on.
 */
export type Attempt =
  | { kind: 'answer'; status: number; retryAfter: string | null; body: string }
  | { kind: 'redirect'; status: number }
  | { kind: 'no-answer'; cause: 'timeout' | 'network' };

export type Answer = Extract<Attempt, { kind: 'answer' }>;
