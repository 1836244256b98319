import { describe, expect, it } from 'vitest';
import { isNearlyFull, storageNearlyFull } from './storageSpace';

describe('storage space warning', () => {
  it('warns from 80 % of the quota on', () => {
    expect(isNearlyFull({ usage: 799, quota: 1000 })).toBe(false);
    expect(isNearlyFull({ usage: 800, quota: 1000 })).toBe(true);
    expect(isNearlyFull({ usage: 1200, quota: 1000 })).toBe(true);
  });

  it('never warns on figures it cannot trust (Safari and private modes report odd ones)', () => {
    expect(isNearlyFull({})).toBe(false);
    expect(isNearlyFull({ usage: 10, quota: 0 })).toBe(false);
    expect(isNearlyFull({ usage: Number.NaN, quota: 1000 })).toBe(false);
    expect(isNearlyFull({ usage: 10, quota: Number.POSITIVE_INFINITY })).toBe(false);
  });

  it('stays quiet when the browser cannot estimate', async () => {
    expect(await storageNearlyFull(() => Promise.reject(new Error('no storage manager')))).toBe(false);
    expect(await storageNearlyFull(() => Promise.resolve({ usage: 900, quota: 1000 }))).toBe(true);
  });
});
