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
  if (typeof raw !== 'object' || raw === null) return HOME;
  const r = raw as Record<string, unknown>;
  const pageId = typeof r.pageId === 'string' && /^[a-z][a-z0-9-]{0,40}$/.test(r.pageId) ? r.pageId : null;
  const childId = typeof r.childId === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(r.childId) ? r.childId : null;
  if (r.screen === 'draw' && typeof r.artworkId === 'string') return { screen: 'draw', artworkId: r.artworkId, pageId, childId };
  return HOME;
}
