import { type AccessProfile, parseChildAccess } from './access';
import { PALETTE, type ColorName } from './palette';

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
const NAME_MAX = 30;

export function cleanName(name: string): string {
  return name.normalize('NFC').replace(/[\p{Cc}\p{Cf}]/gu, '').replace(/\s+/g, ' ').trim().slice(0, NAME_MAX);
}

/** Validated on read: a bad entry is dropped, never the whole list. */
export function parseChildren(raw: unknown): Child[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const children: Child[] = [];
  for (const entry of raw.slice(0, MAX_CHILDREN)) {
    if (typeof entry !== 'object' || entry === null) continue;
    const r = entry as Record<string, unknown>;
    if (typeof r.id !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(r.id) || seen.has(r.id)) continue;
    const name = typeof r.name === 'string' ? cleanName(r.name) : '';
    if (!name) continue;
    const avatar = (AVATARS as readonly unknown[]).includes(r.avatar) ? (r.avatar as AvatarId) : 'cat';
    const color = PALETTE.some((c) => c.name === r.color) ? (r.color as ColorName) : 'blue';
    seen.add(r.id);
    children.push({ id: r.id, name, avatar, color, access: parseChildAccess(r.access) });
  }
  return children;
}
