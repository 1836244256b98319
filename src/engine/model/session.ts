import { CATALOGUE_ID_PATTERN, isId, isObject } from './validation';

/** Where the child was, so a reload or crash returns them to the same picture. */
export interface SessionState {
  screen: 'home' | 'draw';
  artworkId: string | null;
  /** The colouring page of a new picture that has no saved step yet. */
  pageId: string | null;
  /** Who is drawing that new picture. */
  childId?: string | null;
}

const HOME: SessionState = { screen: 'home', artworkId: null, pageId: null };

export function parseSession(raw: unknown): SessionState {
  if (!isObject(raw)) return HOME;
  const pageId = typeof raw.pageId === 'string' && CATALOGUE_ID_PATTERN.test(raw.pageId) ? raw.pageId : null;
  const childId = isId(raw.childId) ? raw.childId : null;
  if (raw.screen === 'draw' && typeof raw.artworkId === 'string') return { screen: 'draw', artworkId: raw.artworkId, pageId, childId };
  return HOME;
}
