/**
 * Where the hub keeps what tablets send: a flat key → bytes store. Two backends: a folder on the
 * laptop (the default) and S3-compatible object storage (MinIO, S3) for a centre's archive.
 * Keys are `/`-separated paths of safe characters; a put is all or nothing.
 */
export interface BlobStore {
  /** Replaces the whole value at once: a reader never sees half a file. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
  /** Every key under the prefix, in no particular order. */
  list(prefix: string): Promise<string[]>;
  /** What the hub prints at start: where things go. */
  readonly description: string;
}

const KEY = /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/i;

/** Keys come from ids the hub checked; this is the last guard against a path leaving the store. */
export function checkKey(key: string): string {
  if (!KEY.test(key) || key.includes('..')) throw new Error(`bad storage key: ${key}`);
  return key;
}
