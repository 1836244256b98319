import { describe, expect, it } from 'vitest';
import { LONG_GROUP, planCost, planGroup, rowsOf, type PlanUnit, type ScanPlan } from './scanPlan';

/** Units of one control each, laid out in rows of the given lengths. */
function grid(...rowLengths: number[]): PlanUnit[] {
  return rowLengths.flatMap((length, row) => Array.from({ length }, () => ({ row, weight: 1 })));
}

/** Presses to reach each unit (choosing it included), in unit order. */
function presses(plan: readonly ScanPlan[], base = 0, out: number[] = []): number[] {
  plan.forEach((child, i) => {
    if (typeof child === 'number') out[child] = base + i + 1;
    else presses(child, base + i + 1, out);
  });
  return out;
}

/** Every unit of a part belongs to whole rows (or to one row). */
function wholeRows(units: readonly PlanUnit[], plan: ScanPlan): boolean {
  if (typeof plan === 'number') return true;
  const flat = (p: ScanPlan): number[] => (typeof p === 'number' ? [p] : p.flatMap(flat));
  const members = flat(plan);
  const rows = new Set(members.map((i) => units[i]?.row));
  const whole = rows.size === 1 || units.every((u, i) => !rows.has(u.row) || members.includes(i));
  return whole && plan.every((child) => wholeRows(units, child));
}

describe('planning a long group', () => {
  it(`leaves a group of up to ${LONG_GROUP} controls flat`, () => {
    expect(planGroup(grid(6))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(planGroup(grid(3, 3))).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('splits a rail of 14 colours in rows of two along whole rows, each colour within 7 presses, far fewer than one by one', () => {
    const units = grid(2, 2, 2, 2, 2, 2, 2);
    const plan = planGroup(units);
    expect(plan.every((part) => wholeRows(units, part))).toBe(true);
    const costs = presses(plan);
    expect(costs).toHaveLength(14);
    expect(Math.max(...costs)).toBeLessThanOrEqual(7);
    // One by one: 1 + 2 + … + 14 = 105 presses for all of them.
    expect(costs.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(67);
    expect(planCost(units, plan, 0)).toBe(costs.reduce((a, b) => a + b, 0));
  });

  it('cuts a single long row anywhere, a band of two rows first into its rows', () => {
    const row = planGroup(grid(9));
    expect(Math.max(...presses(row))).toBeLessThanOrEqual(5);
    const band = grid(7, 7);
    const plan = planGroup(band);
    expect(plan).toHaveLength(2);
    const flat = (p: ScanPlan): number[] => (typeof p === 'number' ? [p] : p.flatMap(flat));
    expect(flat(plan[0]!)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(Math.max(...presses(plan))).toBeLessThanOrEqual(8);
  });

  it('a column of eight tools: every tool within 5 presses', () => {
    const costs = presses(planGroup(grid(1, 1, 1, 1, 1, 1, 1, 1)));
    expect(Math.max(...costs)).toBeLessThanOrEqual(5);
    expect(costs.filter((c) => c !== undefined)).toHaveLength(8);
  });

  it('counts a nested group by its controls and never cuts it', () => {
    // A bar: home, a group of three sizes, four more buttons.
    const units: PlanUnit[] = [{ row: 0, weight: 1 }, { row: 0, weight: 3 }, ...grid(4).map((u) => ({ ...u }))];
    const plan = planGroup(units);
    const flat = (p: ScanPlan): number[] => (typeof p === 'number' ? [p] : p.flatMap(flat));
    expect(flat(plan as ScanPlan).sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('a gallery of 200 cards in rows of three is planned at once, each card within 14 presses (one by one: up to 200)', () => {
    const units = grid(...Array.from({ length: 67 }, (_, i) => (i === 66 ? 2 : 3)));
    const started = performance.now();
    const costs = presses(planGroup(units));
    expect(performance.now() - started).toBeLessThan(500);
    expect(costs.filter((c) => c !== undefined)).toHaveLength(200);
    expect(Math.max(...costs)).toBeLessThanOrEqual(14);
  });
});

describe('rows of boxes', () => {
  it('finds the rows of a two-column rail and of a bar', () => {
    const box = (top: number) => ({ top, bottom: top + 64 });
    expect(rowsOf([box(0), box(2), box(76), box(76), box(152)])).toEqual([0, 0, 1, 1, 2]);
    expect(rowsOf([box(20), box(18), box(20)])).toEqual([0, 0, 0]);
    expect(rowsOf([])).toEqual([]);
  });
});
