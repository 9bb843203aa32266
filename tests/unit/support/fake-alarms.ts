import { beforeEach } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * `fakeBrowser` leaves `alarms` unimplemented: an in-memory stand-in for unit tests (a setup file), where
 * time does not pass on its own, so an alarm fires only when a test calls `fireAlarm`.
 */

type Alarm = Browser.alarms.Alarm;
type AlarmListener = (alarm: Alarm) => unknown;

const scheduled = new Map<string, Alarm>();
const listeners = new Set<AlarmListener>();

Object.assign(fakeBrowser.alarms, {
  async create(name: string, info: { when?: number; delayInMinutes?: number }) {
    const scheduledTime = info.when ?? Date.now() + (info.delayInMinutes ?? 0) * 60_000;
    scheduled.set(name, { name, scheduledTime, persistAcrossSessions: false });
  },
  clear: async (name: string) => scheduled.delete(name),
  clearAll: async () => {
    scheduled.clear();
    return true;
  },
  get: async (name: string) => scheduled.get(name),
  getAll: async () => [...scheduled.values()],
  onAlarm: {
    addListener: (listener: AlarmListener) => void listeners.add(listener),
    removeListener: (listener: AlarmListener) => void listeners.delete(listener),
    hasListener: (listener: AlarmListener) => listeners.has(listener),
  },
});

/** Fires a scheduled alarm now, as Chrome does at its time; resolves when every listener is done. */
export async function fireAlarm(name: string): Promise<void> {
  const alarm = scheduled.get(name);
  if (!alarm) throw new Error(`No alarm named ${name} is scheduled.`);
  scheduled.delete(name);
  await Promise.all([...listeners].map((listener) => listener(alarm)));
}

beforeEach(() => {
  scheduled.clear();
  listeners.clear();
});
