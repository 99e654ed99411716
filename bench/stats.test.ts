import { describe, expect, it } from 'vitest';
import { median, pairedRatios } from './stats';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});

describe('pairedRatios', () => {
  it('divides round by round, so a slower machine in one round does not move the ratio', () => {
    // The second round ran on a machine twice as slow: both builds' times doubled.
    expect(pairedRatios([90, 180, 90], [100, 200, 100])).toEqual([0.9, 0.9, 0.9]);
  });

  it('skips rounds without a usable baseline', () => {
    expect(pairedRatios([1, 2, 3], [2, 0])).toEqual([0.5]);
  });
});
