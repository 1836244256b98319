import type { Readable } from 'node:stream';

/** A file the hub received, waiting on disk to be kept: its path, size and SHA-256 (hex). */
export interface StagedFile {
  path: string;
  bytes: number;
  sha256: string;
}

/**
 * Where the hub keeps what tablets send: a flat key → bytes store. Two backends: a folder on the
 * laptop (the default) and S3-compatible object storage (MinIO, S3) for a centre's archive.
 * Keys are `/`-separated paths of safe characters; a put is all or nothing.
 */
export interface BlobStore {
  /** Replaces the whole value at once: a reader never sees half a file. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /**
   * Keeps a received file under `key`, as `put` does, without holding it in memory. The file may
   * be moved away (the caller removes whatever is left at its path).
   */
  putFile(key: string, file: StagedFile, contentType: string): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
  /** The value as a stream, for sending it on without holding it whole; null when there is none. */
  open(key: string): Promise<{ stream: Readable; bytes: number } | null>;
  /** Every key under the prefix, in no particular order. */
  list(prefix: string): Promise<string[]>;
  /** What the hub prints at start: where things go. */
  readonly description: string;
  /** A folder for uploads on their way in, on the store's own disk when it has one (keeping a file is then a rename). */
  readonly incoming: string | null;
}

const KEY = /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/i;

/** Keys come from ids the hub checked; this is the last guard against a path leaving the store. */
export function checkKey(key: string): string {
  if (!KEY.test(key) || key.includes('..')) throw new Error(`bad storage key: ${key}`);
  return key;
}
