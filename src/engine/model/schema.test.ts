import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createArtwork, opsFingerprint, SCHEMA_VERSION } from './artwork';
import { migrateArtwork } from './migrations';
import type { StrokeOp } from './ops';
import { parseArtwork, parseStoredCheckpoint } from './schema';
import { asksFeelings, defaultSettings, parseSettings, pickLanguage } from './settings';

const stroke = (overrides: Partial<StrokeOp> = {}): StrokeOp => ({
  kind: 'stroke',
  brush: 'crayon',
  color: '#e53935',
  size: 34,
  seed: 12345,
  pressure: false,
  points: Float32Array.from([10, 20, 0.5, 30.25, 40.5, 0.5]),
  ...overrides,
});

const artwork = () => ({ ...createArtwork('art-1', 1000), ops: [stroke(), { kind: 'clear' as const }, stroke({ brush: 'glitter' })] });

describe('parseArtwork', () => {
  it('accepts a good record unchanged', () => {
    const parsed = parseArtwork(artwork());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.problems).toEqual([]);
    expect(parsed.value.ops).toHaveLength(3);
    expect((parsed.value.ops[0] as StrokeOp).points).toBeInstanceOf(Float32Array);
  });

  it('accepts points made in another realm (a frame, a test DOM) as real points', () => {
    const foreign = runInNewContext('new Float32Array([10, 20, 0.5, 30, 40, 0.5])') as Float32Array;
    expect(foreign instanceof Float32Array).toBe(false);
    const parsed = parseArtwork({ ...artwork(), ops: [stroke({ points: foreign })] });
    expect(parsed).toMatchObject({ ok: true, problems: [] });
    if (parsed.ok) expect((parsed.value.ops[0] as StrokeOp).points).toEqual(Float32Array.from([10, 20, 0.5, 30, 40, 0.5]));
  });

  it('rejects records that are not artworks at all', () => {
    for (const junk of [null, 42, 'text', [], {}, { id: 'x y z' }, { ...artwork(), createdAt: 'yesterday' }, { ...artwork(), ops: 'none' }]) {
      expect(parseArtwork(junk).ok, JSON.stringify(junk)).toBe(false);
    }
  });

  it('rejects unknown future schema versions instead of guessing', () => {
    const parsed = parseArtwork({ ...artwork(), schemaVersion: SCHEMA_VERSION + 1 });
    expect(parsed).toMatchObject({ ok: false, reason: expect.stringMatching(/newer/) });
    expect(parseArtwork({ ...artwork(), schemaVersion: 'one' }).ok).toBe(false);
  });

  it('drops only the broken ops (NaN, wrong types) and says why', () => {
    const record = {
      ...artwork(),
      ops: [
        stroke(),
        stroke({ points: Float32Array.from([Number.NaN, 1, 0.5]) }),
        { ...stroke(), brush: 'laser' },
        { ...stroke(), color: 'red' },
        { ...stroke(), size: -4 },
        { ...stroke(), points: [1, 2] },
        { kind: 'explode' },
        stroke({ brush: 'rainbow' }),
      ],
      checkpoint: { key: 'art-1:ckpt:1:0000abcd', opCount: 1, fingerprint: '0000abcd' },
    };
    const parsed = parseArtwork(record);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.ops.map((op) => (op.kind === 'stroke' ? op.brush : op.kind))).toEqual(['crayon', 'rainbow']);
    expect(parsed.problems).toHaveLength(6);
    // Ops were lost, so the checkpoint cannot be trusted.
    expect(parsed.value.checkpoint).toBeNull();
  });

  it("refuses a checkpoint reference to another artwork's raster", () => {
    const parsed = parseArtwork({ ...artwork(), checkpoint: { key: 'art-2:ckpt:1:0000abcd', opCount: 1, fingerprint: '0000abcd' } });
    expect(parsed.ok && parsed.value.checkpoint).toBeNull();
    const own = parseArtwork({ ...artwork(), checkpoint: { key: 'art-1:ckpt:1:0000abcd', opCount: 1, fingerprint: '0000abcd' } });
    expect(own.ok && own.value.checkpoint?.key).toBe('art-1:ckpt:1:0000abcd');
  });

  it('accepts plain number arrays (from JSON) as points', () => {
    const parsed = parseArtwork({ ...artwork(), ops: [{ ...stroke(), points: [1, 2, 0.5] }] });
    expect(parsed.ok && parsed.value.ops[0]?.kind === 'stroke' && parsed.value.ops[0].points).toEqual(Float32Array.from([1, 2, 0.5]));
  });
});

describe('migrations', () => {
  const v0 = { id: 'art-old', createdAt: 1, updatedAt: 2, pageId: null, childId: null, steps: [stroke()] };

  it('upgrades an unversioned record', () => {
    const parsed = parseArtwork(v0);
    expect(parsed.ok && parsed.value.ops).toHaveLength(1);
    expect(parsed.ok && parsed.value.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('is idempotent: migrating a migrated record changes nothing', () => {
    const once = migrateArtwork(v0);
    expect(once.ok).toBe(true);
    if (!once.ok) return;
    const twice = migrateArtwork(once.value);
    expect(twice).toEqual(once);
  });
});

describe('opsFingerprint', () => {
  it('changes when an op in the prefix changes, not when later ops do', () => {
    const ops = artwork().ops;
    const base = opsFingerprint(ops, 2);
    expect(opsFingerprint([...ops, stroke({ seed: 9 })], 2)).toBe(base);
    expect(opsFingerprint([stroke({ seed: 1 }), ...ops.slice(1)], 2)).not.toBe(base);
    expect(opsFingerprint(ops, 1)).not.toBe(base);
  });
});

describe('parseStoredCheckpoint', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]).buffer;
  const good = { artworkId: 'art-1', opCount: 3, fingerprint: 'abcd0123', width: 2400, height: 1697, mime: 'image/png', data: png };

  it('accepts a PNG of the page size', () => {
    expect(parseStoredCheckpoint(good).ok).toBe(true);
  });

  it('rejects a wrong size, a non-PNG or missing bytes', () => {
    expect(parseStoredCheckpoint({ ...good, width: 100 }).ok).toBe(false);
    expect(parseStoredCheckpoint({ ...good, data: new ArrayBuffer(10) }).ok).toBe(false);
    expect(parseStoredCheckpoint({ ...good, data: 'png' }).ok).toBe(false);
  });
});

describe('settings', () => {
  it('restores each bad field to its default and keeps the good ones', () => {
    const defaults = defaultSettings(['ru-RU']);
    expect(defaults.language).toBe('ru');
    expect(defaults.stabiliser).toBe('medium');
    const parsed = parseSettings({ language: 'kk', stabiliser: 'extreme', stayInside: 'yes', volume: 7, leftHanded: true }, defaults);
    expect(parsed).toEqual({ ...defaults, language: 'kk', leftHanded: true });
    expect(parseSettings(null, defaults)).toEqual(defaults);
  });

  it('keeps the child-facing choices and the event date only when valid', () => {
    const defaults = defaultSettings(['en']);
    expect(defaults.visibleSizes).toEqual(['small', 'medium', 'large']);
    const parsed = parseSettings({ visibleSizes: ['large', 'small'], eventDate: '2026-11-24', visibleTools: ['fill', 'marker'], paletteSize: 6 }, defaults);
    expect(parsed.visibleSizes).toEqual(['small', 'large']);
    expect(parsed.eventDate).toBe('2026-11-24');
    expect(parsed.visibleTools).toEqual(['marker', 'fill']);
    expect(parsed.paletteSize).toBe(6);
    const bad = parseSettings({ visibleSizes: [], eventDate: 'soon', visibleTools: ['laser'], paletteSize: 7 }, defaults);
    expect([bad.visibleSizes, bad.eventDate, bad.visibleTools, bad.paletteSize]).toEqual([defaults.visibleSizes, null, defaults.visibleTools, 14]);
    // The mirror button: shown unless the adult hid it (settings saved before the choice show it).
    expect(defaults.symmetryButton).toBe(true);
    expect(parseSettings({ symmetryButton: false }, defaults).symmetryButton).toBe(false);
    expect(parseSettings({ symmetryButton: 'off' }, defaults).symmetryButton).toBe(true);
  });

  it('keeps the feelings check-in choice: on, off, or on once children exist', () => {
    const defaults = defaultSettings(['en']);
    expect(defaults.feelingsCheckin).toBeNull();
    for (const value of [true, false, null]) expect(parseSettings({ feelingsCheckin: value }, defaults).feelingsCheckin).toBe(value);
    expect(parseSettings({ feelingsCheckin: 'yes' }, defaults).feelingsCheckin).toBeNull();
    expect(asksFeelings(defaults, 0)).toBe(false);
    expect(asksFeelings(defaults, 2)).toBe(true);
    expect(asksFeelings({ ...defaults, feelingsCheckin: false }, 2)).toBe(false);
    expect(asksFeelings({ ...defaults, feelingsCheckin: true }, 0)).toBe(true);
  });

  it('keeps the puzzle card and its default piece count only when valid', () => {
    const defaults = defaultSettings(['en']);
    expect([defaults.puzzleCard, defaults.puzzlePieces]).toEqual([true, 4]);
    for (const n of [2, 4, 6, 9] as const) expect(parseSettings({ puzzlePieces: n, puzzleCard: false }, defaults)).toMatchObject({ puzzlePieces: n, puzzleCard: false });
    expect(parseSettings({ puzzlePieces: 5, puzzleCard: 'no' }, defaults)).toMatchObject({ puzzlePieces: 4, puzzleCard: true });
    // Names go to the session hub only when the adult allows it.
    expect(defaults.hubNames).toBe(false);
    for (const hubNames of [true, false]) expect(parseSettings(JSON.parse(JSON.stringify({ ...defaults, hubNames })), defaults).hubNames).toBe(hubNames);
    expect(parseSettings({ hubNames: 'yes' }, defaults).hubNames).toBe(false);
    expect(defaults.hubTimelapses).toBe(true);
    for (const hubTimelapses of [true, false]) expect(parseSettings(JSON.parse(JSON.stringify({ ...defaults, hubTimelapses })), defaults).hubTimelapses).toBe(hubTimelapses);
  });

  it('keeps the chosen theme; an unknown one falls back to professions', () => {
    const defaults = defaultSettings(['en']);
    expect(defaults.theme).toBe('professions');
    expect(parseSettings({ theme: 'mandalas' }, defaults).theme).toBe('mandalas');
    expect(parseSettings({ theme: 'dinosaurs' }, defaults).theme).toBe('professions');
  });

  it('picks the first supported device language', () => {
    expect(pickLanguage(['de-DE', 'kk-KZ', 'ru'])).toBe('kk');
    expect(pickLanguage(['fr'])).toBe('en');
  });
});
