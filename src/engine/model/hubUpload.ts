import { AVATARS, type AvatarId, cleanName } from './children';
import type { RecordCheck } from './reflections';

/**
 * What a tablet tells the hub about a finished picture, beside its PNG. The tablet builds it and
 * the hub reads it with the same validator: a junk field from any tablet is refused, never stored.
 * The child's first name and avatar travel only when the adult allowed it.
 */
export interface HubPictureMeta {
  id: string;
  /** The picture's last change (ms): a picture changed after it was sent is sent again as a new version. */
  version: number;
  /** The tablet's own id for the child (a guest: null), never shown. */
  childId: string | null;
  childName: string | null;
  avatar: AvatarId | null;
  pageName: string | null;
  finishedAt: number;
}

export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const NAME_MAX = 40;
const PAGE_NAME_MAX = 60;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 8.64e15;

export function parseHubPictureMeta(raw: unknown): RecordCheck<HubPictureMeta> {
  if (!isObj(raw)) return { ok: false, reason: 'not a picture description' };
  const { id, version, childId, childName, avatar, pageName, finishedAt } = raw;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) return { ok: false, reason: 'no valid picture id' };
  if (!isTime(version) || !isTime(finishedAt)) return { ok: false, reason: 'no valid version or time' };
  if (childId !== null && (typeof childId !== 'string' || !ID_PATTERN.test(childId))) return { ok: false, reason: 'no valid child id' };
  if (childName !== null && (typeof childName !== 'string' || childName === '' || childName.length > NAME_MAX || cleanName(childName) !== childName)) return { ok: false, reason: 'no valid child name' };
  if (avatar !== null && !(AVATARS as readonly unknown[]).includes(avatar)) return { ok: false, reason: 'no valid avatar' };
  if (pageName !== null && (typeof pageName !== 'string' || pageName.length > PAGE_NAME_MAX || /[\p{Cc}]/u.test(pageName))) return { ok: false, reason: 'no valid page name' };
  return { ok: true, value: { id, version, childId, childName, avatar: avatar as AvatarId | null, pageName, finishedAt } };
}

/** The child's first name only: "Aru Sadykova" → "Aru". */
export function firstName(name: string): string {
  return cleanName(name).split(' ')[0] ?? '';
}
