import { SCHEMA_VERSION } from './artwork';

type Raw = Record<string, unknown>;
type Migration = (record: Raw) => Raw;

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

export function migrateArtwork(raw: unknown): { ok: true; value: Raw } | { ok: false; reason: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: 'record is not an object' };
  let record = raw as Raw;
  const declared = record.schemaVersion === undefined ? 0 : record.schemaVersion;
  if (typeof declared !== 'number' || !Number.isInteger(declared) || declared < 0) {
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
