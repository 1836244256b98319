import type { Language } from '../../engine/model/settings';
import { loadLineArt, type LineArt } from '../../render/lineArt';

/** One colouring page, as listed in public/pages/index.json by the page generator. */
export interface PageInfo {
  id: string;
  /** The theme the page belongs to (pages from before themes were professions). */
  theme: string;
  names: Record<Language, string>;
  regionCount: number;
  files: { lineart: string; hint: string; thumb: string };
}

export interface PageArt extends LineArt {
  info: PageInfo;
}

let catalogue: Promise<PageInfo[]> | null = null;

/** The colouring pages that ship with the app (fetched once, precached for offline use). */
export function loadPageCatalogue(): Promise<PageInfo[]> {
  catalogue ??= fetch('/pages/index.json')
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`pages index ${r.status}`))))
    .then((raw: unknown) => (Array.isArray(raw) ? raw.filter(isPageInfo).map((p) => ({ ...p, theme: typeof p.theme === 'string' ? p.theme : 'professions' })) : []))
    .catch((error: unknown) => {
      catalogue = null;
      throw error;
    });
  return catalogue;
}

/** The pages of one theme, in catalogue order. */
export function pagesOfTheme(pages: readonly PageInfo[], theme: string): PageInfo[] {
  return pages.filter((page) => page.theme === theme);
}

const artCache = new Map<string, Promise<PageArt | null>>();

/** The page's line art and outline mask; null for an unknown page id. */
export function loadPageArt(pageId: string): Promise<PageArt | null> {
  let art = artCache.get(pageId);
  if (!art) {
    art = loadPageCatalogue().then(async (pages) => {
      const info = pages.find((p) => p.id === pageId);
      if (!info) return null;
      return { info, ...(await loadLineArt(`/${info.files.lineart}`)) };
    });
    art.catch(() => artCache.delete(pageId));
    artCache.set(pageId, art);
  }
  return art;
}

function isPageInfo(raw: unknown): raw is PageInfo {
  if (typeof raw !== 'object' || raw === null) return false;
  const r = raw as Record<string, unknown>;
  const names = r.names as Record<string, unknown> | undefined;
  const files = r.files as Record<string, unknown> | undefined;
  return (
    typeof r.id === 'string' &&
    /^[a-z][a-z0-9-]*$/.test(r.id) &&
    typeof names === 'object' &&
    ['en', 'ru', 'kk'].every((l) => typeof names?.[l] === 'string') &&
    typeof files === 'object' &&
    ['lineart', 'hint', 'thumb'].every((k) => typeof files?.[k] === 'string' && /^pages\/[a-z0-9.-]+\.png$/.test(files[k] as string))
  );
}
