import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { guidesItem, hubJourneyItem, updateItem } from './storage';

describe('updateItem: read-modify-write of one item, one change at a time', () => {
  beforeEach(() => fakeBrowser.reset());

  it('applies concurrent changes one after the other, none lost', async () => {
    await Promise.all(
      ['1', '2', '3'].map((tab) =>
        updateItem(guidesItem, (guides) => ({
          ...guides,
          [tab]: {
            orgDomain: 'acme.okta.com',
            mode: 'tour' as const,
            startedAt: 0,
            step: null,
            target: null,
          },
        })),
      ),
    );
    expect(Object.keys(await guidesItem.getValue()).sort()).toEqual(['1', '2', '3']);
  });

  it('writes nothing when the change returns what it was given (no storage event for the popup)', async () => {
    const write = vi.spyOn(hubJourneyItem, 'setValue');
    await updateItem(hubJourneyItem, (journey) => journey);
    expect(write).not.toHaveBeenCalled();
  });
});
