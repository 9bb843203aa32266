import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { HubFormFillView, HubFormInspectionView } from '../../utils/messages/hub-fill-protocol';
import { useI18n } from '../common/i18n';

/** How often, and how many times, the panel looks again while the hub is still drawing its form. */
const RECHECK_DELAY_MS = 1000;
const MAX_RECHECKS = 15;

interface Props {
  /** The tab's page origin, shown until the page itself answers. */
  pageOrigin: string;
  hasToken: boolean;
  /** The popup's one Event Hook Name field. */
  eventHookName: string;
  onInspect: () => Promise<HubFormInspectionView>;
  onFill: (options: {
    origin: string;
    eventHookName?: string;
    overwrite?: boolean;
    trustOrigin?: boolean;
    pointAtConnect?: boolean;
  }) => Promise<HubFormFillView>;
}

/**
 * "Fill hub form": says which page it will fill and what it found there, and fills only when the admin
 * clicks. Looking at the page (on open) reads it and changes nothing.
 */
export function FillPanel({ pageOrigin, hasToken, eventHookName, onInspect, onFill }: Props) {
  const { t, rich } = useI18n();
  const [inspection, setInspection] = useState<HubFormInspectionView | null>(null);
  const [rechecks, setRechecks] = useState(0);
  const [trustOrigin, setTrustOrigin] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<HubFormFillView | null>(null);

  // The latest callback, so a re-render of the popup does not count as a reason to look at the page again.
  const onInspectRef = useRef(onInspect);
  onInspectRef.current = onInspect;
  const inspect = useCallback(() => {
    void onInspectRef.current().then(setInspection);
  }, []);
  useEffect(inspect, [inspect]);
  // The hub draws its form after the page loads: look again a few times before giving up.
  useEffect(() => {
    if (inspection?.ok !== false || inspection.reason !== 'hub-loading' || rechecks >= MAX_RECHECKS) return;
    const timer = setTimeout(() => {
      setRechecks((count) => count + 1);
      inspect();
    }, RECHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [inspection, rechecks, inspect]);

  const origin = inspection?.origin ?? pageOrigin;
  const trusted = result?.trusted ?? inspection?.trusted ?? false;
  const fill = async (overwrite: boolean) => {
    setBusy(true);
    try {
      // The hub's own Connect finishes the link: the page points at it after the fill.
      const trust = trusted || trustOrigin;
      setResult(await onFill({ origin, eventHookName, overwrite, trustOrigin: trust, pointAtConnect: true }));
    } catch {
      // The worker can be stopped at any moment (MV3); the call then never answers with a result.
      setResult({ ok: false, reason: 'unreachable', origin, message: t('popup_fill_interrupted'), trusted });
    } finally {
      setBusy(false);
      inspect();
    }
  };

  return (
    <section class="card" aria-label={t('popup_fill')}>
      <p class="label">{t('popup_fill_title')}</p>
      <p>{rich('popup_will_fill', { origin: <strong data-testid="fill-origin">{origin}</strong> })}</p>
      <p data-testid="fill-finding" class={inspection?.ok === false ? 'warn' : undefined}>
        {inspection === null ? t('popup_looking') : inspection.ok ? inspection.summary : inspection.message}
      </p>
      {inspection?.ok && <p class="muted">{inspection.fields.map((field) => field.label).join(', ')}</p>}
      <button type="button" onClick={inspect}>
        {t('popup_check_again')}
      </button>
      {trusted ? (
        <p class="muted">{t('popup_trusted_page')}</p>
      ) : (
        <>
          <p class="muted">{t('popup_first_fill', { origin })}</p>
          <label class="choice">
            <input
              type="checkbox"
              checked={trustOrigin}
              onChange={(event) => setTrustOrigin(event.currentTarget.checked)}
            />
            {t('popup_trust_page')}
          </label>
        </>
      )}
      <div class="row">
        <button
          type="button"
          class="primary"
          disabled={!hasToken || busy}
          aria-busy={busy}
          onClick={() => void fill(false)}
        >
          {t('popup_fill')}
        </button>
        {busy && <span class="muted">{t('popup_filling')}</span>}
      </div>
      {!hasToken && <p class="muted">{t('popup_fill_needs_token')}</p>}
      {result && <FillOutcome result={result} busy={busy} onOverwrite={() => void fill(true)} />}
    </section>
  );
}

function FillOutcome({
  result,
  busy,
  onOverwrite,
}: {
  result: HubFormFillView;
  busy: boolean;
  onOverwrite: () => void;
}) {
  const { t } = useI18n();
  if (!result.ok) {
    return (
      <p class="error" role="alert" data-testid="fill-result">
        {result.message}
      </p>
    );
  }
  const kept = result.kept.map((field) => field.label).join(', ');
  return (
    <div role="status">
      <p class={result.filled.length > 0 ? 'ok' : undefined} data-testid="fill-result">
        {result.message}
      </p>
      {result.kept.length > 0 && (
        <button type="button" disabled={busy} onClick={onOverwrite}>
          {t('popup_replace', { fields: kept })}
        </button>
      )}
    </div>
  );
}
