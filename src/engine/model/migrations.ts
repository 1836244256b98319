import { SCHEMA_VERSION } from './artwork';
import { type Fields, isCount, isObject } from './validation';

type Migration = (record: Fields) => Fields;

/**
 * Ordered upgrades: MIGRATIONS[n] turns a version-n record into version n+1. Each is pure and
 * idempotent in effect (a migrated record is never migrated again, its version says so).
 * Version 0 is the unversioned shape of early development builds: same fields, no version,
 * ops named `steps`.
 */
const MIGRATIONS: Record<number, Migration> = {
  0: (record) => {
    const { steps, ...rest } = record;
    return { ...rest, ops: rest.ops ?? steps ?? [], checkpoint: rest.checkpoint ?? null, schemaVersion: 1 };
  },
};

export function migrateArtwork(raw: unknown): { ok: true; value: Fields } | { ok: false; reason: string } {
  if (!isObject(raw)) return { ok: false, reason: 'record is not an object' };
  let record = raw;
  const declared = record.schemaVersion === undefined ? 0 : record.schemaVersion;
  if (!isCount(declared)) {
    return { ok: false, reason: `schema version ${String(declared)} is not valid` };
  }
  let version: number = declared;
  if (version > SCHEMA_VERSION) return { ok: false, reason: `schema version ${version} is newer than this app` };
  while (version < SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, reason: `no migration from schema version ${version}` };
    record = step(record);
    version = record.schemaVersion as number;
  }
  return { ok: true, value: record };
}
