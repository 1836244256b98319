/**
 * How a long group is split for switch scanning. Each level costs a child a press per place it
 * waits and one to choose, so a control's presses are the sum of its positions on the way down.
 * A group of more than LONG_GROUP units (controls or nested groups) is cut into parts along its rows (a part is whole rows,
 * so the highlight around it is a plain box; a single row is cut anywhere), choosing the cuts with
 * the fewest presses over all its controls. Plain numbers in, a plan of unit indices out.
 */

/** Groups of up to this many controls (or nested groups) are scanned one by one: splitting them saves next to nothing. */
export const LONG_GROUP = 6;

/** A part of a group: a unit's index, or a list of parts. */
export type ScanPlan = number | readonly ScanPlan[];

/** One thing the group holds: a control (weight 1) or a nested group (weight: its controls). */
export interface PlanUnit {
  /** Its visual row, counted from 0; rows never go back up in scan order. */
  row: number;
  weight: number;
}

/** Above this many rows or units the exact search is too slow; bigger groups are cut into even parts first. */
const EXACT_LIMIT = 16;
const EVEN_PARTS = 4;

export function planGroup(units: readonly PlanUnit[]): ScanPlan[] {
  const plan = new Planner(units).part(0, units.length);
  return typeof plan === 'number' ? [plan] : [...plan];
}

/** One group's planning: every range's best plan is worked out once. */
class Planner {
  private readonly weights: number[] = [0];
  private readonly parts = new Map<string, { plan: ScanPlan; cost: number }>();

  constructor(private readonly units: readonly PlanUnit[]) {
    for (const unit of units) this.weights.push((this.weights[this.weights.length - 1] ?? 0) + unit.weight);
  }

  /** Units [from, to) as they are scanned: one unit as itself, a short range flat, a long one split. */
  part(from: number, to: number): ScanPlan {
    return this.planned(from, to).plan;
  }

  private planned(from: number, to: number): { plan: ScanPlan; cost: number } {
    const key = `${from}:${to}`;
    let known = this.parts.get(key);
    if (known) return known;
    let plan: ScanPlan;
    if (to - from === 1) plan = from;
    else if (to - from <= LONG_GROUP) plan = Array.from({ length: to - from }, (_, i) => from + i);
    else {
      const cuts = this.cutPoints(from, to);
      plan = cuts.length - 1 > EXACT_LIMIT ? this.evenParts(cuts) : this.exactParts(cuts);
    }
    known = { plan, cost: planCost(this.units, plan, 0) };
    this.parts.set(key, known);
    return known;
  }

  private weight(a: number, b: number): number {
    return (this.weights[b] ?? 0) - (this.weights[a] ?? 0);
  }

  /** Where a part may start or end: row boundaries, or between any two units of a single row. */
  private cutPoints(from: number, to: number): number[] {
    const units = this.units;
    const oneRow = units[from]?.row === units[to - 1]?.row;
    const points = [from];
    for (let i = from + 1; i < to; i++) if (oneRow || units[i]?.row !== units[i - 1]?.row) points.push(i);
    points.push(to);
    return points;
  }

  /** The cuts with the fewest presses summed over every control (at least two parts). */
  private exactParts(cuts: readonly number[]): ScanPlan[] {
    const last = cuts.length - 1;
    // best(c, place): the cheapest scan from cut c on, its first part at `place` (1-based).
    const memo = new Map<string, { cost: number; next: number }>();
    const best = (c: number, place: number): { cost: number; next: number } => {
      const key = `${c}:${place}`;
      const known = memo.get(key);
      if (known) return known;
      let answer = { cost: Infinity, next: -1 };
      for (let e = c + 1; e <= last; e++) {
        // The whole range as one part would be no split at all.
        if (c === 0 && e === last) continue;
        const a = cuts[c] ?? 0;
        const b = cuts[e] ?? 0;
        const cost = place * this.weight(a, b) + this.planned(a, b).cost + (e === last ? 0 : best(e, place + 1).cost);
        if (cost < answer.cost) answer = { cost, next: e };
      }
      memo.set(key, answer);
      return answer;
    };
    const parts: ScanPlan[] = [];
    for (let c = 0, place = 1; c < last; place++) {
      const next = best(c, place).next;
      parts.push(this.part(cuts[c] ?? 0, cuts[next] ?? 0));
      c = next;
    }
    return parts;
  }

  /** A very long group (a gallery of many pictures): EVEN_PARTS even parts of whole rows, each planned again. */
  private evenParts(cuts: readonly number[]): ScanPlan[] {
    const spans = cuts.length - 1;
    const count = EVEN_PARTS;
    const parts: ScanPlan[] = [];
    for (let i = 0; i < count; i++) {
      const a = cuts[Math.round((i * spans) / count)] ?? 0;
      const b = cuts[Math.round(((i + 1) * spans) / count)] ?? 0;
      if (b > a) parts.push(this.part(a, b));
    }
    return parts;
  }
}

/** Presses to reach every control of a plan (summed), each control in a unit counted by its weight. */
export function planCost(units: readonly PlanUnit[], plan: ScanPlan, depthCost: number): number {
  if (typeof plan === 'number') return depthCost * (units[plan]?.weight ?? 1);
  return plan.reduce<number>((sum, child, i) => sum + planCost(units, child, depthCost + i + 1), 0);
}

/**
 * Visual rows of boxes in scan order: a box whose middle is below the current row's bottom
 * starts a new row (a two-column rail is rows of two; a bar is one row).
 */
export function rowsOf(boxes: readonly { top: number; bottom: number }[]): number[] {
  const rows: number[] = [];
  let row = -1;
  let bottom = -Infinity;
  for (const box of boxes) {
    if ((box.top + box.bottom) / 2 >= bottom) {
      row++;
      bottom = box.bottom;
    } else bottom = Math.max(bottom, box.bottom);
    rows.push(row);
  }
  return rows;
}
