let asked = false;

/** Asks once per run for storage the browser will not evict under pressure. */
export async function requestPersistentStorageOnce(): Promise<boolean | null> {
  if (asked) return null;
  asked = true;
  try {
    if (!navigator.storage?.persist) return null;
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return null;
  }
}
