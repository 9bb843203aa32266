import { describe, expect, it } from 'vitest';
import { median, summarize } from './stats';

describe('median', () => {
  it('takes the middle sample, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('refuses no samples', () => {
    expect(() => median([])).toThrow();
  });

  it('summarizes without reordering the samples', () => {
    expect(summarize([4.56789, 1, 3], 2)).toEqual({ median: 3, min: 1, max: 4.57, samples: [4.57, 1, 3] });
  });
});
