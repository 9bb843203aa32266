import { maskToken } from '../okta/token';
import {
  type CapturedToken,
  type TokenEnding,
  type TokenRecord,
  tokenRecordsItem,
  updateItem,
} from '../storage';

/**
 * The short record of tokens' ends in `storage.local`: 7 days, newest first, shown in the options page
 * ("Recent tokens"). Built field by field from what may be kept: the secret has no way in.
 */

export const TOKEN_RECORD_DAYS = 7;
const KEEP_MS = TOKEN_RECORD_DAYS * 24 * 60 * 60 * 1000;
/** Enough for any real use; a bound on what a loop could write. */
const MAX_RECORDS = 100;

export function recordOf(held: CapturedToken, ending: TokenEnding, now = Date.now()): TokenRecord {
  return {
    orgDomain: held.orgDomain,
    ...(held.protocol ? { protocol: held.protocol } : {}),
    ...(held.oktaId ? { oktaId: held.oktaId } : {}),
    ...(held.name ? { name: held.name } : {}),
    ...(held.createdInOkta ? { createdInOkta: held.createdInOkta } : {}),
    masked: maskToken(held.token),
    capturedAt: held.capturedAt,
    endedAt: now,
    ending,
  };
}

export async function recordTokenEnd(
  held: CapturedToken,
  ending: TokenEnding,
  now = Date.now(),
): Promise<TokenRecord> {
  const record = recordOf(held, ending, now);
  await updateItem(tokenRecordsItem, (records) =>
    [record, ...records.filter((kept) => now - kept.endedAt < KEEP_MS)].slice(0, MAX_RECORDS),
  );
  return record;
}

/** The records of the last 7 days, newest first; older ones are dropped on the way. */
export async function readTokenRecords(now = Date.now()): Promise<TokenRecord[]> {
  const records = await updateItem(tokenRecordsItem, (records) => {
    const recent = records.filter((kept) => now - kept.endedAt < KEEP_MS);
    return recent.length === records.length ? records : recent;
  });
  return records;
}

/** Replaces a record (a revocation tried again from the popup succeeded, or failed anew). */
export async function updateTokenRecord(
  match: Pick<TokenRecord, 'orgDomain' | 'capturedAt'>,
  ending: TokenEnding,
  now = Date.now(),
): Promise<void> {
  await updateItem(tokenRecordsItem, (records) =>
    records.map((kept) =>
      kept.orgDomain === match.orgDomain && kept.capturedAt === match.capturedAt
        ? { ...kept, ending, endedAt: now }
        : kept,
    ),
  );
}

export async function clearTokenRecords(): Promise<void> {
  await tokenRecordsItem.removeValue();
}
