import { AVATARS, type AvatarId, cleanName } from './children';
import { CHILD_NAME_MAX, isId, isObject, isOneOf, isTime, PAGE_NAME_MAX, type RecordCheck } from './validation';

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

export function parseHubPictureMeta(raw: unknown): RecordCheck<HubPictureMeta> {
  if (!isObject(raw)) return { ok: false, reason: 'not a picture description' };
  const { id, version, childId, childName, avatar, pageName, finishedAt } = raw;
  if (!isId(id)) return { ok: false, reason: 'no valid picture id' };
  if (!isTime(version) || !isTime(finishedAt)) return { ok: false, reason: 'no valid version or time' };
  if (childId !== null && !isId(childId)) return { ok: false, reason: 'no valid child id' };
  // Exactly what the tablet keeps (cleanName cuts at the same length): the hub takes nothing the tablet would not make.
  if (childName !== null && (typeof childName !== 'string' || childName === '' || childName.length > CHILD_NAME_MAX || cleanName(childName) !== childName)) return { ok: false, reason: 'no valid child name' };
  if (avatar !== null && !isOneOf(AVATARS, avatar)) return { ok: false, reason: 'no valid avatar' };
  if (pageName !== null && (typeof pageName !== 'string' || pageName.length > PAGE_NAME_MAX || /[\p{Cc}]/u.test(pageName))) return { ok: false, reason: 'no valid page name' };
  return { ok: true, value: { id, version, childId, childName, avatar, pageName, finishedAt } };
}

/** The child's first name only: "Aru Sadykova" → "Aru". */
export function firstName(name: string): string {
  return cleanName(name).split(' ')[0] ?? '';
}
