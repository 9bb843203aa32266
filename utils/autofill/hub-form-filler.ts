import { formAuthMethod, isAuthMethodChooser } from '../hub/auth-method';
import { planFieldValues } from '../hub/credentials-plan';
import { assignMeanings } from '../hub/field-meaning';
import type { FieldDescriptor, FieldMeaning } from '../hub/hub-fields';
import { browserTranslator, t } from '../i18n/browser-language';
import {
  type HubFormFieldReport,
  type HubFormFillRequest,
  type HubFormFillResult,
  type HubFormInspection,
  type HubFormRefusal,
  ORG_DOMAIN_VALUE_LIMIT,
} from '../messages/hub-fill-protocol';
import { type FieldFillOutcome, fillField } from './fill';
import { type HubFormField, type LocatedHubForm, locateHubForm } from './find-form';
import { checkFieldSafety, checkPage, type SafetyProblem, scrollIntoViewIfNeeded } from './safety';

/*
 * The page side of "Fill hub form", run in the tab the popup acts on, only when the background asks:
 * `inspectHubFormOnPage` (the popup opened) reads what the popup shows and changes nothing;
 * `fillHubFormOnPage` (the admin clicked) checks everything again, since the page may have changed, and
 * fills. Both answer with labels and meanings, never values.
 */

interface OktaForm {
  located: LocatedHubForm;
  meanings: (FieldMeaning | null)[];
}

export function inspectHubFormOnPage(win: Window): HubFormInspection {
  const origin = win.location.origin;
  const found = findOktaForm(win);
  if (!found.ok) return { ...found, origin };
  const { located, meanings } = found.form;
  const targets = located.fields.filter((field, index) => meanings[index] && !field.descriptor.readOnly);
  const problem = firstSafetyProblem(targets);
  if (problem) return { ...problem, origin };
  const count = located.fields.length;
  const orgDomainValue = typedOrgDomain(located.fields, meanings);
  return {
    ok: true,
    origin,
    connector: located.connector,
    fields: located.fields.map((field, index) => ({
      label: field.label,
      meaning: meanings[index] ?? null,
      hasValue: field.input.value !== '',
    })),
    summary: browserTranslator().plural('fill_summary', count, { connector: located.connector ?? 'Okta' }),
    ...(orgDomainValue ? { orgDomainValue } : {}),
  };
}

/** What the admin typed in the Okta-domain field: never a masked field's value, never more than a domain. */
function typedOrgDomain(
  fields: readonly HubFormField[],
  meanings: readonly (FieldMeaning | null)[],
): string | null {
  const field = fields.find((_, index) => meanings[index] === 'orgDomain');
  if (!field || field.descriptor.secret) return null;
  const value = field.input.value.trim();
  return value && value.length <= ORG_DOMAIN_VALUE_LIMIT ? value : null;
}

/** What the page-side caller learns of a fill that put values in: the hub element it filled. */
export interface FilledHub {
  hub: Element;
}

export function fillHubFormOnPage(
  win: Window,
  request: HubFormFillRequest,
  onFilled: (filled: FilledHub) => void = () => {},
): HubFormFillResult {
  const origin = win.location.origin;
  if (origin !== request.expectedOrigin) {
    return {
      ok: false,
      reason: 'page-changed',
      origin,
      message: t('fill_page_changed', { origin, expected: request.expectedOrigin }),
    };
  }
  const found = findOktaForm(win);
  if (!found.ok) return { ...found, origin };
  const { located } = found.form;
  // The form's choices go into the plan too, so the mapping itself sees a chooser set to OAuth 2.0.
  const planned = planFieldValues(
    [...located.choices, ...located.fields.map((field) => field.descriptor)],
    request.values,
  ).slice(located.choices.length);
  const targets = planned.flatMap((plan, index) => {
    const field = located.fields[index];
    return field && plan.meaning && plan.ours ? [{ field, meaning: plan.meaning, value: plan.value }] : [];
  });
  if (!targets.some((target) => target.meaning === 'apiToken')) {
    return {
      ok: false,
      reason: 'not-okta-form',
      origin,
      message: t('fill_token_field_locked'),
    };
  }
  // Each field is brought into view and checked as painted there; any problem stops the fill before it starts.
  for (const { field } of targets) {
    scrollIntoViewIfNeeded(field.input);
    const problem = checkFieldSafety(field.input, field.label, { mustBeOnScreen: true });
    if (problem) return { ...problem, origin };
  }

  const report: FillReport = { filled: [], kept: [], rejected: [] };
  const changed: { input: HubFormField['input']; before: string }[] = [];
  for (const { field, meaning, value } of targets) {
    // Checked again right before its value goes in: a page reacting to the previous fill may have hidden,
    // faded, moved or covered this field since. Then nothing more is filled, and what was is undone.
    const problem = field.input.isConnected
      ? checkFieldSafety(field.input, field.label, { mustBeOnScreen: true })
      : {
          ok: false as const,
          reason: 'hidden' as const,
          message: t('fill_field_gone', { label: field.label }),
        };
    if (problem) {
      undo(changed);
      return {
        ...problem,
        origin,
        message: t('fill_undone', { problem: problem.message }),
      };
    }
    const before = field.input.value;
    const outcome = fillField(field.input, value, { overwrite: request.overwrite });
    if (field.input.value !== before) changed.push({ input: field.input, before });
    report[outcome].push({ label: field.label, meaning });
  }
  if (report.filled.length > 0) onFilled({ hub: located.hub });
  return { ok: true, origin, ...report, message: describeFill(report) };
}

type FillReport = Record<FieldFillOutcome, HubFormFieldReport[]>;

/** Puts back what the fields held before this fill, last filled first, as typed (the page's framework sees it). */
function undo(changed: readonly { input: HubFormField['input']; before: string }[]): void {
  for (const { input, before } of [...changed].reverse()) fillField(input, before, { overwrite: true });
}

type Found = { ok: true; form: OktaForm } | Omit<HubFormRefusal, 'origin'>;

/** The page may be filled and shows the hub's Okta form (not another connector's). */
function findOktaForm(win: Window): Found {
  const pageProblem = checkPage(win);
  if (pageProblem) return pageProblem;
  const located = locateHubForm(win.document);
  if (!located.found) return { ok: false, reason: located.reason, message: located.message };
  if (located.connector && !/okta/i.test(located.connector)) {
    return {
      ok: false,
      reason: 'other-connector',
      message: t('fill_other_connector', { connector: located.connector }),
    };
  }
  const meanings = assignMeanings(located.fields.map((field) => field.descriptor));
  const authProblem = authMethodProblem(located.choices, located.fields);
  if (authProblem) {
    // The admin may start from here anyway (get the token first, choose API Key later): the org they typed helps.
    const orgDomainValue = typedOrgDomain(located.fields, meanings);
    return orgDomainValue ? { ...authProblem, orgDomainValue } : authProblem;
  }
  if (!meanings.includes('apiToken') || !meanings.includes('orgDomain')) {
    return {
      ok: false,
      reason: 'not-okta-form',
      message: t('fill_not_okta_form'),
    };
  }
  return { ok: true, form: { located, meanings } };
}

/**
 * Only Okta's API Key form takes the token. The hub may show the OAuth 2.0 form instead (it lists Okta twice),
 * or ask for the method first: the admin then chooses API Key in the hub; the extension never does.
 */
function authMethodProblem(
  choices: readonly FieldDescriptor[],
  fields: readonly HubFormField[],
): Omit<HubFormRefusal, 'origin'> | null {
  const method = formAuthMethod([...choices, ...fields.map((field) => field.descriptor)]);
  if (method === 'api-token') return null;
  const chooser = choices.find(isAuthMethodChooser);
  if (chooser) {
    const where = chooser.label ? t('fill_chooser_field', { label: chooser.label }) : t('fill_chooser_hub');
    return {
      ok: false,
      reason: 'auth-method-chooser',
      message: t('fill_choose_api_key', { where }),
    };
  }
  const asked = fields.map((field) => field.label).join(', ');
  return {
    ok: false,
    reason: 'oauth-form',
    message: t('fill_oauth_form', { asked }),
  };
}

/** Inspecting does not scroll: a field out of view is checked when the fill brings it into view. */
function firstSafetyProblem(fields: readonly HubFormField[]): SafetyProblem | null {
  for (const field of fields) {
    const problem = checkFieldSafety(field.input, field.label, { mustBeOnScreen: false });
    if (problem) return problem;
  }
  return null;
}

function labelsOf(fields: readonly HubFormFieldReport[]): string {
  return fields.map((field) => field.label).join(', ');
}

function describeFill(report: FillReport): string {
  const parts: string[] = [];
  if (report.filled.length > 0) parts.push(browserTranslator().plural('fill_filled', report.filled.length));
  if (report.kept.length > 0) {
    const labels = labelsOf(report.kept);
    parts.push(t(report.kept.length === 1 ? 'fill_kept_single' : 'fill_kept_several', { labels }));
  }
  if (report.rejected.length > 0) parts.push(t('fill_rejected', { labels: labelsOf(report.rejected) }));
  return parts.join(' ');
}
