import { t } from '../i18n/browser-language';
import { type OktaOrg, parseOktaOrgUrl } from './domain';
import { orgRefusalMessage } from './org-refusal';

/** What an admin types in the "Okta org" field: `acme`, `acme.okta.com`, or an address such as `https://acme-admin.okta.com/admin/…`. */

export type OrgInputResult =
  | {
      ok: true;
      org: OktaOrg;
      /** The scheme the admin typed, when they typed a whole address; null for a bare name or host. */
      protocol: 'https:' | 'http:' | null;
    }
  | { ok: false; message: string };

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/** A bare org name: one DNS label, no dot (the `okta.com` cell is then assumed, as Okta's own sign-in does). */
const BARE_NAME = /^[a-z0-9-]+$/i;
const DEFAULT_CELL = 'okta.com';

/**
 * The org behind what was typed, validated exactly like a page address (utils/okta/domain.ts): a look-alike,
 * an Okta site or any other host is refused with the reason, in words the admin can act on.
 */
export function parseOrgInput(input: string): OrgInputResult {
  const typed = input.trim();
  if (!typed) {
    return { ok: false, message: t('org_type_it') };
  }
  const hasScheme = HAS_SCHEME.test(typed);
  const address = hasScheme
    ? typed
    : BARE_NAME.test(typed)
      ? `https://${typed}.${DEFAULT_CELL}`
      : `https://${typed}`;
  const parsed = parseOktaOrgUrl(address);
  if (!parsed.ok)
    return { ok: false, message: t('org_typed_not_okta', { typed, reason: orgRefusalMessage(parsed) }) };
  const protocol = hasScheme ? (new URL(address).protocol as 'https:' | 'http:') : null;
  return { ok: true, org: parsed.org, protocol };
}
