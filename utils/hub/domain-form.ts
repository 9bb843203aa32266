import {
  addressInPlaceholder,
  type DomainForm,
  FILLER_WORDS,
  type FieldDescriptor,
  HOST_LIKE,
  mentionsDomain,
  SINGLE_LABEL,
  URL_LIKE,
  wordsOf,
} from './hub-fields';
import { compileHubPattern } from './hub-pattern';

/** The form of the org domain a hub field expects: a host, a URL or the subdomain alone. */

const SAMPLE_ORG_DOMAIN = 'your-org.okta.com';

function formHintOfPlaceholder(placeholder: string | undefined): DomainForm | undefined {
  const address = addressInPlaceholder(placeholder);
  if (address !== undefined) {
    if (URL_LIKE.test(address)) return 'url';
    return HOST_LIKE.test(address) ? 'host' : 'subdomain';
  }
  const text = placeholder?.trim() ?? '';
  // A lone word such as "acme" stands for the subdomain; "Required" or "domain" do not.
  const lone =
    SINGLE_LABEL.test(text) && !FILLER_WORDS.has(text.toLowerCase()) && !mentionsDomain(wordsOf(text));
  return lone ? 'subdomain' : formHintOfWords(text);
}

function formHintOfWords(text: string | undefined): DomainForm | undefined {
  const words = wordsOf(text);
  if (words.some((word) => word.includes('subdomain'))) return 'subdomain';
  if (words.some((word) => word.endsWith('url') || word.endsWith('uri'))) return 'url';
  if (words.some((word) => word.includes('domain') || word.includes('host'))) return 'host';
  return undefined;
}

/**
 * Which form of the org domain a field wants. Hints (placeholder, then label, then key) rank the
 * forms; when the hub validates the field, the best-ranked form that passes the check wins.
 */
export function domainFormFor(field: FieldDescriptor, orgDomain: string = SAMPLE_ORG_DOMAIN): DomainForm {
  const hinted = [
    formHintOfPlaceholder(field.placeholder),
    formHintOfWords(field.label),
    formHintOfWords(field.key),
  ].filter((form): form is DomainForm => form !== undefined);
  const ranked = [...new Set<DomainForm>([...hinted, 'host', 'url', 'subdomain'])];
  const preferred = ranked[0] ?? 'host';
  const check = compileHubPattern(field.validation);
  if (!check) return preferred;
  const sample = hostOf(orgDomain) ? orgDomain : SAMPLE_ORG_DOMAIN;
  return ranked.find((form) => check(formatOrgDomain(sample, form)) === true) ?? preferred;
}

/** The host of an org domain given as a host or a URL: `https://Acme.okta.com/` → `acme.okta.com`. */
function hostOf(orgDomain: string): string {
  const trimmed = orgDomain.trim();
  if (!trimmed) return '';
  try {
    return new URL(URL_LIKE.test(trimmed) ? trimmed : `https://${trimmed}`).host;
  } catch {
    return '';
  }
}

/** `acme.okta.com` as `acme.okta.com`, `https://acme.okta.com` or `acme`. Empty when unusable. */
export function formatOrgDomain(orgDomain: string, form: DomainForm): string {
  const host = hostOf(orgDomain);
  if (!host) return '';
  if (form === 'url') return `https://${host}`;
  if (form === 'subdomain') return host.split('.')[0] ?? '';
  return host;
}
