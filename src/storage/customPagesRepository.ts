import { del, entries, set } from 'idb-keyval';
import { type CustomPage, parseCustomPage } from '../engine/model/customPage';
import { setAside } from './quarantine';
import { getStores } from './stores';

/** The therapist's own colouring pages, one record per page under its id. */
export async function saveCustomPage(page: CustomPage): Promise<void> {
  await set(page.id, page, getStores().pages);
}

/** Every page kept on this tablet, oldest first; a damaged record is set aside once and never listed. */
export async function loadCustomPages(): Promise<CustomPage[]> {
  const pages: CustomPage[] = [];
  for (const [key, raw] of await entries<IDBValidKey, unknown>(getStores().pages)) {
    const parsed = parseCustomPage(raw);
    if (parsed.ok && parsed.value.id === key) pages.push(parsed.value);
    else await setAside('pages', key, raw, parsed.ok ? 'stored under another id' : parsed.reason, { remove: true });
  }
  return pages.sort((a, b) => a.createdAt - b.createdAt);
}

export async function removeCustomPage(id: string): Promise<void> {
  await del(id, getStores().pages);
}
