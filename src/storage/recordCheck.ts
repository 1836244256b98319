import { isObject } from '../engine/model/validation';

/**
 * Where a stored record and what the app made of it disagree: the fields that were junk and were
 * replaced or dropped while reading. Fields the record does not have (an older version's record)
 * are not junk; lists of names compare as sets, since their order carries no meaning.
 */
export function disagreements(raw: unknown, parsed: unknown, path = ''): string[] {
  const here = path || 'the record';
  if (Array.isArray(parsed)) {
    if (!Array.isArray(raw)) return [here];
    if (parsed.every(isPrimitive) && raw.every(isPrimitive)) return sameMembers(raw, parsed) ? [] : [here];
    if (raw.length !== parsed.length) return [here];
    return parsed.flatMap((item, i) => disagreements(raw[i], item, `${path}[${i}]`));
  }
  if (typeof parsed === 'object' && parsed !== null) {
    if (!isObject(raw)) return [here];
    return Object.entries(parsed).flatMap(([key, value]) => (raw[key] === undefined ? [] : disagreements(raw[key], value, path ? `${path}.${key}` : key)));
  }
  return Object.is(raw, parsed) ? [] : [here];
}

function isPrimitive(value: unknown): boolean {
  return value === null || (typeof value !== 'object' && typeof value !== 'function');
}

function sameMembers(a: unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) return false;
  const key = (v: unknown) => `${typeof v}:${String(v)}`;
  const sorted = (xs: unknown[]) => xs.map(key).sort().join('\u0000');
  return sorted(a) === sorted(b);
}
