import { promisifyRequest } from 'idb-keyval';
import { chunkCount, OPS_PER_CHUNK, type PictureHeader } from '../engine/model/artwork';
import type { Op } from '../engine/model/ops';
import { getStores, keyRanges } from './stores';

/**
 * The artworks store holds, per picture, a header under the picture's id and its ops in chunks
 * under `~ops:<id>:<index>`. Ids never contain '~' or ':', so every header sorts before '~' and
 * one picture's chunks form one key range. A header and the chunks it counts are always written
 * in one transaction: a crash leaves either the old picture or the new one, never a mix.
 */
const CHUNK_PREFIX = '~ops:';

export function chunkKey(id: string, index: number): string {
  return `${CHUNK_PREFIX}${id}:${String(index).padStart(6, '0')}`;
}

function chunkRange(id: string, fromIndex = 0): IDBKeyRange {
  return keyRanges().bound(chunkKey(id, fromIndex), `${CHUNK_PREFIX}${id}:\uffff`);
}

function headerRange(): IDBKeyRange {
  return keyRanges().upperBound('~', true);
}

/**
 * Writes the header and the chunks from the one holding op `fromOp` onwards; chunks past the end
 * (after undo) go. Saving a grown picture costs one or two chunks, not the whole log.
 */
export function writePictureRecords(header: PictureHeader, ops: readonly Op[], fromOp: number): Promise<void> {
  const count = chunkCount(ops.length);
  const first = Math.min(Math.floor(Math.max(0, fromOp) / OPS_PER_CHUNK), count);
  return getStores().artworks('readwrite', (store) =>
    allOrNothing(store, () => {
      store.put(header, header.id);
      for (let index = first; index < count; index++) {
        store.put({ artworkId: header.id, index, ops: ops.slice(index * OPS_PER_CHUNK, (index + 1) * OPS_PER_CHUNK) }, chunkKey(header.id, index));
      }
      store.delete(chunkRange(header.id, count));
    }),
  );
}

/** The stored record under a picture's id (a header, or a version-1 record) and its chunks in order. */
export function readPictureRecords(id: string): Promise<{ raw: unknown; chunks: unknown[] }> {
  return getStores().artworks('readonly', async (store) => {
    const [raw, chunks] = await Promise.all([promisifyRequest(store.get(id)), promisifyRequest(store.getAll(chunkRange(id)))]);
    return { raw: raw as unknown, chunks: chunks as unknown[] };
  });
}

/** Every record that is not a chunk, with its real key (junk may sit under a number or a date). */
export function readAllHeaderRecords(): Promise<[IDBValidKey, unknown][]> {
  return getStores().artworks('readonly', async (store) => {
    const [keys, values] = await Promise.all([promisifyRequest(store.getAllKeys(headerRange())), promisifyRequest(store.getAll(headerRange()))]);
    return keys.map((key, i) => [key, values[i] as unknown] as [IDBValidKey, unknown]);
  });
}

/** Changes one header in place (the bin), in one transaction so no save in between is lost. */
export function changeHeader(id: string, change: (raw: unknown) => PictureHeader | null): Promise<boolean> {
  return getStores().artworks('readwrite', async (store) => {
    const next = change(await promisifyRequest(store.get(id)));
    if (!next) return false;
    await allOrNothing(store, () => store.put(next, id));
    return true;
  });
}

export function deletePictureRecords(id: string): Promise<void> {
  return getStores().artworks('readwrite', (store) =>
    allOrNothing(store, () => {
      store.delete(id);
      store.delete(chunkRange(id));
    }),
  );
}

/**
 * Runs the requests and resolves when the transaction commits. A request that throws at once (a
 * value that cannot be stored) aborts the transaction, so the ones before it are undone too.
 */
function allOrNothing(store: IDBObjectStore, requests: () => void): Promise<void> {
  try {
    requests();
  } catch (error) {
    store.transaction.abort();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  return promisifyRequest(store.transaction).then(() => undefined);
}
