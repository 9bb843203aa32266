/**
 * Okta's default network choice, known by when it was seen rather than by what it is called: the choice the
 * create-token dialog held when it opened, untouched by the admin since. Option values differ between consoles
 * (enum names, numeric ids, values that change between releases), so the guide never guesses which value is a
 * default: it records, per dialog, what the control first showed, what the guide itself set, and whether the
 * admin has changed it since.
 */

/** Why the guide could not set Any IP: the control offers no Any IP, or the choice did not take. */
export type SetFailure = 'no-any-ip' | 'did-not-take';

export interface NetworkRecord {
  /** The choice (its value, else its shown text) when the dialog was first seen with its control; null before. */
  opened: string | null;
  /** The choice the guide set, once it did. */
  guideSet: string | null;
  /** The admin changed the choice since the dialog opened: their pick stands, whatever it is. */
  adminChanged: boolean;
  /** The guide's one attempt at Any IP in this dialog, and how it ended. */
  attempt: 'none' | 'running' | 'took' | SetFailure;
}

export interface NetworkRecords {
  /**
   * The record of the dialog open now, read once per look at the page: `dialog` is the create-token dialog's
   * element (null when none is open), `choice` its network control's current choice (null without one).
   */
  read(dialog: Element | null, choice: string | null): NetworkRecord | null;
}

/**
 * Records kept per dialog element. A re-render that keeps the element keeps its record (the WeakMap); one that
 * re-creates the element while the dialog stays open (React re-mounting it, Courage redrawing its form) meets
 * the record of the dialog seen at the previous look: a dialog the admin closed and opened again was, in
 * between, a look without any dialog, which ends that fallback.
 */
export function networkRecords(): NetworkRecords {
  const byDialog = new WeakMap<Element, NetworkRecord>();
  let previous: NetworkRecord | null = null;
  return {
    read(dialog, choice) {
      if (!dialog) {
        previous = null;
        return null;
      }
      const record = byDialog.get(dialog) ?? previous ?? fresh();
      byDialog.set(dialog, record);
      previous = record;
      if (choice === null) return record;
      if (record.opened === null) record.opened = choice;
      else if (record.attempt !== 'running' && choice !== record.opened && choice !== record.guideSet)
        record.adminChanged = true;
      return record;
    },
  };
}

function fresh(): NetworkRecord {
  return { opened: null, guideSet: null, adminChanged: false, attempt: 'none' };
}

/**
 * Whether the guide should set Any IP now: the choice is still the one the dialog opened with, it is not Any
 * IP, the admin has not touched it, and the guide has not tried yet (one try per dialog, so it never fights
 * the page or the admin).
 */
export function shouldSetAnyIp(record: NetworkRecord, choice: string, showsAnyIp: boolean): boolean {
  return !showsAnyIp && !record.adminChanged && record.attempt === 'none' && choice === record.opened;
}
