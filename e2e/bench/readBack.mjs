// "Is the stroke stored?", asked from outside the app: a second tab of the same origin runs a
// dedicated worker that polls IndexedDB and reports when a picture holds at least N steps. The
// worker keeps the polling off both pages' main threads (two tabs of one site may share a
// renderer process), so it neither slows the app nor shows up in the app's main-thread time.
//
// THE ONE PLACE TO ADJUST when the storage format changes: `countStoredSteps` below (and, for a
// quick pre-check, `quickStepHint`). They run inside the worker, must be self-contained, and get
// `id` (or null for "the picture with the most steps").

/**
 * Authoritative: how many ops of picture `id` are stored. Knows both stored forms: version 1, the
 * whole op log inside the record under the id; and the chunked form (a header under the id with
 * `opCount`, ops in chunks of 32 under `~ops:<id>:<000000>`, written in one transaction with the
 * header), where the header's count only counts once the chunk holding the last op is there.
 */
function countStoredSteps(id) {
  const CHUNK = 32;
  const chunkKey = (pictureId, index) => `~ops:${pictureId}:${String(index).padStart(6, '0')}`;
  const request = (req) => new Promise((resolve) => ((req.onsuccess = () => resolve(req.result)), (req.onerror = () => resolve(undefined))));
  const stepsOf = async (store, pictureId, record) => {
    if (Array.isArray(record?.ops)) return record.ops.length;
    if (typeof record?.opCount !== 'number') return 0;
    if (record.opCount === 0) return 0;
    const last = Math.floor((record.opCount - 1) / CHUNK);
    const chunk = await request(store.get(chunkKey(pictureId, last)));
    return Array.isArray(chunk?.ops) ? Math.min(record.opCount, last * CHUNK + chunk.ops.length) : 0;
  };
  return new Promise((resolve) => {
    const open = indexedDB.open('ec-artworks');
    open.onerror = () => resolve(0);
    open.onsuccess = async () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('artworks')) return (db.close(), resolve(0));
      const store = db.transaction('artworks', 'readonly').objectStore('artworks');
      let steps = 0;
      if (id !== null) steps = await stepsOf(store, id, await request(store.get(id)));
      else {
        // No id (a new picture): the picture with the most steps.
        for (const key of (await request(store.getAllKeys())) ?? []) {
          if (typeof key === 'string' && key.startsWith('~ops:')) continue;
          steps = Math.max(steps, await stepsOf(store, key, await request(store.get(key))));
        }
      }
      db.close();
      resolve(steps);
    };
  });
}

/**
 * Cheap and optional: version 1 kept a small gallery summary with the step count (written after
 * the op log), so a 2,000-stroke record need not be deserialised every few milliseconds. Whatever
 * it says is confirmed with countStoredSteps before it counts; null (no summary, as in the chunked
 * form, whose header is small anyway) means: poll countStoredSteps itself.
 */
function quickStepHint(id) {
  if (id === null) return Promise.resolve(null);
  return new Promise((resolve) => {
    const req = indexedDB.open('ec-gallery');
    req.onsuccess = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('items')) return (db.close(), resolve(null));
      const read = db.transaction('items', 'readonly').objectStore('items').get(`item:${id}`);
      read.onsuccess = () => (db.close(), resolve(typeof read.result?.steps === 'number' ? read.result.steps : null));
      read.onerror = () => (db.close(), resolve(null));
    };
    req.onerror = () => resolve(null);
  });
}

/**
 * The worker's loop: answers {id, atLeast, timeoutMs} with {storedAt, steps, via}. `storedAt`
 * (epoch ms) is when the first read that saw the steps came back: the summary's, once the op log
 * confirms it, or else the op log's own. A summary that lags never hides a stored stroke: the op
 * log is read at least every 100 ms regardless.
 */
function workerMain() {
  const now = () => performance.timeOrigin + performance.now();
  self.onmessage = async ({ data: { id, atLeast, timeoutMs, intervalMs } }) => {
    const started = now();
    let lastFull = -Infinity;
    for (;;) {
      const hint = await quickStepHint(id);
      const hinted = hint !== null && hint >= atLeast;
      const hintedAt = now();
      if (hint === null || hinted || hintedAt - lastFull > 100) {
        const steps = await countStoredSteps(id);
        lastFull = now();
        if (steps >= atLeast) return self.postMessage({ storedAt: hinted ? hintedAt : lastFull, steps, via: hinted ? 'summary, confirmed in the op log' : 'op log' });
      }
      if (now() - started > timeoutMs) return self.postMessage({ storedAt: null, steps: await countStoredSteps(id), via: 'timeout' });
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  };
}

/** Opens the watcher tab on a plain file of the app's origin (no app code runs there). */
export async function openWatcher(context, appUrl) {
  const page = await context.newPage();
  await page.goto(new URL('icons/icon-192.png', appUrl).href);
  const source = [countStoredSteps, quickStepHint, workerMain].map(String).join('\n') + '\nworkerMain();';
  await page.evaluate((code) => {
    window.__watcher = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
  }, source);
  return {
    /** Resolves with the epoch time (ms) the picture first held `atLeast` steps. */
    waitStored: (id, atLeast, timeoutMs = 15_000) =>
      page.evaluate(
        (query) =>
          new Promise((resolve) => {
            window.__watcher.onmessage = ({ data }) => resolve(data);
            window.__watcher.postMessage(query);
          }),
        { id, atLeast, timeoutMs, intervalMs: 5 },
      ),
    /** The stored step count right now. */
    steps: (id) => page.evaluate((args) => new Promise((resolve) => {
      window.__watcher.onmessage = ({ data }) => resolve(data.steps);
      window.__watcher.postMessage(args);
    }), { id, atLeast: Infinity, timeoutMs: 0, intervalMs: 0 }),
    close: () => page.close(),
  };
}
