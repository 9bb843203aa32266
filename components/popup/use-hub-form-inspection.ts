import { useEffect, useRef, useState } from 'preact/hooks';
import type { HubFormInspectionView } from '../../utils/messages/hub-fill-protocol';

/** How often, and how many times, the page is read again while the hub is still drawing its form. */
const RECHECK_DELAY_MS = 1000;
const MAX_RECHECKS = 15;

/**
 * What the hub filler reads on the popup's tab (reading changes nothing on the page), while `enabled`.
 * `readAgainWhen` changes when what the page shows may have changed (e.g. the hub connected).
 */
export function useHubFormInspection(
  inspect: () => Promise<HubFormInspectionView>,
  enabled: boolean,
  readAgainWhen: unknown,
): HubFormInspectionView | null {
  const [inspection, setInspection] = useState<HubFormInspectionView | null>(null);
  const [rechecks, setRechecks] = useState(0);
  // The latest callback: a re-render of the popup is no reason to read the page again.
  const inspectRef = useRef(inspect);
  inspectRef.current = inspect;
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    void inspectRef.current().then((answer) => {
      if (current) setInspection(answer);
    });
    return () => {
      current = false;
    };
  }, [enabled, rechecks, readAgainWhen]);
  const loading = inspection?.ok === false && inspection.reason === 'hub-loading';
  useEffect(() => {
    if (!enabled || !loading || rechecks >= MAX_RECHECKS) return;
    const timer = setTimeout(() => setRechecks((count) => count + 1), RECHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [enabled, loading, rechecks, inspection]);
  return enabled ? inspection : null;
}
