import { type AccessProfile, parseChildAccess } from './access';
import { PALETTE, type ColorName } from './palette';
import { CHILD_NAME_MAX, cleanLine, isId, isObject, isOneOf } from './validation';

/** Animal pictures a child can recognise as "mine" without reading. */
export const AVATARS = ['cat', 'dog', 'fox', 'lion', 'panda', 'rabbit', 'bear', 'koala', 'tiger', 'unicorn', 'frog', 'owl'] as const;
export type AvatarId = (typeof AVATARS)[number];

export interface Child {
  id: string;
  /** First name only. */
  name: string;
  avatar: AvatarId;
  color: ColorName;
  /** How this child draws and chooses; null: the device default, as for guests. */
  access: AccessProfile | null;
}

export const MAX_CHILDREN = 60;

export function cleanName(name: string): string {
  return cleanLine(name, CHILD_NAME_MAX);
}

/** Validated on read: a bad entry is dropped, never the whole list. */
export function parseChildren(raw: unknown): Child[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const children: Child[] = [];
  for (const r of raw.slice(0, MAX_CHILDREN)) {
    if (!isObject(r)) continue;
    if (!isId(r.id) || seen.has(r.id)) continue;
    const name = typeof r.name === 'string' ? cleanName(r.name) : '';
    if (!name) continue;
    const avatar = isOneOf(AVATARS, r.avatar) ? r.avatar : 'cat';
    const color = PALETTE.some((c) => c.name === r.color) ? (r.color as ColorName) : 'blue';
    seen.add(r.id);
    children.push({ id: r.id, name, avatar, color, access: parseChildAccess(r.access) });
  }
  return children;
}
