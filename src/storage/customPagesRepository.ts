import { del, entries, promisifyRequest, set } from 'idb-keyval';
import { type CustomPage, parseCustomPage } from '../engine/model/customPage';
import { BIN_DAYS } from './galleryRepository';
import { setAside } from './quarantine';
import { getStores } from './stores';

/** The therapist's own colouring pages, one record per page under its id. */
export async function saveCustomPage(page: CustomPage): Promise<void> {
  await set(page.id, page, getStores().pages);
}

/**
 * The pages kept on this tablet, oldest first: those in use, or with `binned` those in the bin.
 * A damaged record is set aside once and never listed.
 */
export async function loadCustomPages(options: { binned?: boolean } = {}): Promise<CustomPage[]> {
  const pages: CustomPage[] = [];
  for (const [key, raw] of await entries<IDBValidKey, unknown>(getStores().pages)) {
    const parsed = parseCustomPage(raw);
    if (parsed.ok && parsed.value.id === key) {
      if ((parsed.value.binnedAt !== null) === Boolean(options.binned)) pages.push(parsed.value);
    } else await setAside('pages', key, raw, parsed.ok ? 'stored under another id' : parsed.reason, { remove: true });
  }
  return pages.sort((a, b) => a.createdAt - b.createdAt);
}

/** Read and rewritten in one transaction, so a page is never half in the bin. The page as it is now, or null when there is no such page. */
function setBinnedAt(id: string, binnedAt: number | null): Promise<CustomPage | null> {
  return getStores().pages('readwrite', async (store) => {
    const parsed = parseCustomPage(await promisifyRequest(store.get(id)));
    if (!parsed.ok || parsed.value.id !== id) return null;
    const page = { ...parsed.value, binnedAt };
    await promisifyRequest(store.put(page, id));
    return page;
  });
}

/** Removing a page is gentle, as for pictures: it waits in the bin, restorable for BIN_DAYS. */
export function moveCustomPageToBin(id: string, now = Date.now()): Promise<CustomPage | null> {
  return setBinnedAt(id, now);
}

export function restoreCustomPage(id: string): Promise<CustomPage | null> {
  return setBinnedAt(id, null);
}

/** Pages in the bin for longer than BIN_DAYS, to be removed for good. */
export async function expiredBinnedPages(now = Date.now()): Promise<CustomPage[]> {
  return (await loadCustomPages({ binned: true })).filter((page) => now - (page.binnedAt ?? now) > BIN_DAYS * 86_400_000);
}

/** Removes a page for good (the bin's expiry and tests; the adult's "remove" moves it to the bin). */
export async function deleteCustomPageForGood(id: string): Promise<void> {
  await del(id, getStores().pages);
}
