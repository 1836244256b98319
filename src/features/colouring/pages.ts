import type { Language } from '../../engine/model/settings';
import { type CustomPage, isCustomPageId } from '../../engine/model/customPage';
import { CATALOGUE_ID_PATTERN, isObject } from '../../engine/model/validation';
import { loadLineArt, type LineArt } from '../../render/lineArt';
import { loadCustomPages } from '../../storage/customPagesRepository';

/** One colouring page, as listed in public/pages/index.json by the page generator. */
export interface PageInfo {
  id: string;
  /** The theme the page belongs to (pages from before themes were professions). */
  theme: string;
  names: Record<Language, string>;
  regionCount: number;
  /** URLs: `/pages/…` for the pages that ship, `blob:` URLs for the therapist's own. */
  files: { lineart: string; hint: string; thumb: string };
  /** Made on this tablet from a photo or drawing (page-import). */
  custom?: boolean;
}

export interface PageArt extends LineArt {
  info: PageInfo;
}

let catalogue: Promise<PageInfo[]> | null = null;
/** The catalogue once it has arrived, for a first render that needs no second one. */
let arrived: PageInfo[] | null = null;

/**
 * The colouring pages: those that ship with the app (fetched once, precached for offline use),
 * then the therapist's own from this tablet.
 */
export function loadPageCatalogue(): Promise<PageInfo[]> {
  catalogue ??= Promise.all([loadShippedPages(), loadCustomPages().catch(() => [])])
    .then(([shipped, custom]) => (arrived = [...shipped, ...custom.map(customPageInfo)]))
    .catch((error: unknown) => {
      catalogue = null;
      throw error;
    });
  return catalogue;
}

/** The catalogue if it has already arrived (loadPageCatalogue was asked earlier), else null. */
export function pageCatalogueIfLoaded(): PageInfo[] | null {
  return arrived;
}

/** After a page was made or removed: the next read lists the pages anew. */
export function refreshPageCatalogue(): void {
  catalogue = null;
  arrived = null;
  for (const id of [...artCache.keys()]) if (isCustomPageId(id)) artCache.delete(id);
}

async function loadShippedPages(): Promise<PageInfo[]> {
  const response = await fetch('/pages/index.json');
  if (!response.ok) throw new Error(`pages index ${response.status}`);
  const raw: unknown = await response.json();
  if (!Array.isArray(raw)) return [];
  return raw.filter(isPageInfo).map((p) => ({
    ...p,
    theme: typeof p.theme === 'string' ? p.theme : 'professions',
    files: { lineart: `/${p.files.lineart}`, hint: `/${p.files.hint}`, thumb: `/${p.files.thumb}` },
  }));
}

const customUrls = new Map<string, PageInfo['files']>();

/** A stored page as the picker sees it; its pictures become object URLs once per page and session. */
function customPageInfo(page: CustomPage): PageInfo {
  let files = customUrls.get(page.id);
  if (!files) {
    const url = (bytes: Uint8Array) => URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' }));
    files = { lineart: url(page.lineart), hint: url(page.hint), thumb: url(page.thumb) };
    customUrls.set(page.id, files);
  }
  return { id: page.id, theme: page.theme, names: { en: page.name, ru: page.name, kk: page.name }, regionCount: page.regionCount, files, custom: true };
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
      return { info, ...(await loadLineArt(info.files.lineart)) };
    });
    art.catch(() => artCache.delete(pageId));
    artCache.set(pageId, art);
  }
  return art;
}

function isPageInfo(raw: unknown): raw is PageInfo {
  if (!isObject(raw)) return false;
  const { id, names, files } = raw;
  return (
    typeof id === 'string' &&
    CATALOGUE_ID_PATTERN.test(id) &&
    isObject(names) &&
    ['en', 'ru', 'kk'].every((l) => typeof names[l] === 'string') &&
    isObject(files) &&
    ['lineart', 'hint', 'thumb'].every((k) => typeof files[k] === 'string' && /^pages\/[a-z0-9.-]+\.png$/.test(files[k]))
  );
}
