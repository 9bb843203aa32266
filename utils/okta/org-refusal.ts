import { t } from '../i18n/browser-language';
import type { OrgRefusal } from './domain';

/** The sentence that says why an address is not an Okta org, in the browser's language. */
export function orgRefusalMessage(refusal: Pick<OrgRefusal, 'words'>): string {
  const { words } = refusal;
  switch (words.key) {
    case 'org_nested_subdomain':
      return t(words.key, { host: words.host, cell: words.cell });
    case 'org_not_okta':
    case 'org_okta_site':
    case 'org_okta_sites':
    case 'org_invalid_subdomain':
      return t(words.key, { host: words.host });
    default:
      return t(words.key);
  }
}
