import { describe, expect, it } from 'vitest';
import { networkRecords, shouldSetAnyIp } from './network-default';

/** Two dialog elements: the open one, and the same dialog's element re-created by a re-render. */
const element = () => ({}) as Element;

describe('Okta’s default network choice, recorded per dialog', () => {
  it('is the choice the dialog opened with, whatever its value', () => {
    const records = networkRecords();
    for (const unknown of ['7', 'ZONE_ANY_V2', 'text:In irgendeiner Zone', '']) {
      records.read(null, null); // the dialog before was closed
      const record = records.read(element(), unknown);
      expect(record?.opened).toBe(unknown);
      expect(record && shouldSetAnyIp(record, unknown, false)).toBe(true);
    }
  });

  it('needs nothing when the dialog opened on Any IP', () => {
    const record = networkRecords().read(element(), '3');
    expect(record && shouldSetAnyIp(record, '3', true)).toBe(false);
  });

  it('keeps its record across a re-render of the same dialog, and a re-created element of it', () => {
    const records = networkRecords();
    const dialog = element();
    const first = records.read(dialog, '2');
    expect(records.read(dialog, '2')).toBe(first);
    const redrawn = element();
    expect(records.read(redrawn, '2')).toBe(first); // no look without a dialog in between
    expect(first?.opened).toBe('2');
  });

  it('starts afresh for a dialog opened again after it was closed', () => {
    const records = networkRecords();
    const first = records.read(element(), '2');
    if (first) first.adminChanged = true;
    records.read(null, null);
    const again = records.read(element(), '2');
    expect(again).not.toBe(first);
    expect(again?.adminChanged).toBe(false);
  });

  it('the admin’s change is theirs for good: the guide never sets Any IP over it, even back on the default', () => {
    const records = networkRecords();
    const dialog = element();
    records.read(dialog, '2');
    const record = records.read(dialog, '4'); // the admin picked another choice
    expect(record?.adminChanged).toBe(true);
    expect(record && shouldSetAnyIp(record, '4', false)).toBe(false);
    records.read(dialog, '2');
    expect(record && shouldSetAnyIp(record, '2', false)).toBe(false);
  });

  it('the guide’s own set is not the admin’s change, nor is what changes while the guide sets it', () => {
    const records = networkRecords();
    const dialog = element();
    const record = records.read(dialog, '2');
    if (!record) throw new Error('no record');
    record.attempt = 'running';
    records.read(dialog, '9'); // the guide's click took effect mid-try
    record.attempt = 'took';
    record.guideSet = '9';
    expect(records.read(dialog, '9')?.adminChanged).toBe(false);
    expect(records.read(dialog, '4')?.adminChanged).toBe(true); // then the admin changed it
  });

  it('tries once per dialog: a try that failed is not repeated', () => {
    const record = networkRecords().read(element(), '2');
    if (!record) throw new Error('no record');
    record.attempt = 'did-not-take';
    expect(shouldSetAnyIp(record, '2', false)).toBe(false);
  });

  it('a control that appears after the dialog: the default is its first choice seen', () => {
    const records = networkRecords();
    const dialog = element();
    expect(records.read(dialog, null)?.opened).toBeNull();
    expect(records.read(dialog, '5')?.opened).toBe('5');
    expect(records.read(dialog, '5')?.adminChanged).toBe(false);
  });
});
