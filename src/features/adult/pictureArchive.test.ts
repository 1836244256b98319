import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createArtwork } from '../../engine/model/artwork';
import type { StrokeOp } from '../../engine/model/ops';
import { DEFAULT_ACCESS } from '../../engine/model/access';
import type { Child } from '../../engine/model/children';
import type { CustomPage } from '../../engine/model/customPage';
import { ARCHIVE_FORMAT, mergeChildren, readArchive, writeArchive } from './pictureArchive';
import { pngHeader as png } from '../../test/pngHeader';

const stroke: StrokeOp = { kind: 'stroke', brush: 'glitter', color: '#8e24aa', size: 34, seed: 9, pressure: false, points: Float32Array.from([10, 20, 0.5, 30.25, 40.5, 0.5]) };
const entries = [
  { artwork: { ...createArtwork('art-a', 1, 'doctor'), ops: [stroke, { kind: 'fill' as const, x: 5, y: 6, color: '#e53935', tolerance: 48 }] }, png: png(2400, 1697) },
  { artwork: { ...createArtwork('art-b', 2), ops: [{ kind: 'stamp' as const, stamp: 'rocket', x: 100, y: 100, size: 300 }] }, png: png(2400, 1697) },
];

describe('picture archive', () => {
  it('round-trips artworks and their pictures exactly', () => {
    const result = readArchive(writeArchive(entries));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.entries.map((e) => e.artwork.id)).toEqual(['art-a', 'art-b']);
    expect(result.entries[0]!.artwork.ops[0]).toEqual(stroke);
    expect(result.entries[0]!.artwork.pageId).toBe('doctor');
    expect(result.entries[1]!.png).toEqual(entries[1]!.png);
  });

  it('carries the children with their access profiles; junk entries are dropped; older archives have none', () => {
    const children: Child[] = [
      { id: 'c1', name: 'Aru', avatar: 'owl', color: 'blue', access: { ...DEFAULT_ACCESS, scan: 'two', buttonScale: 150 } },
      { id: 'c2', name: 'Dana', avatar: 'fox', color: 'red', access: null },
    ];
    const result = readArchive(writeArchive(entries, children));
    expect(result.ok && result.children).toEqual(children);
    const older = { format: ARCHIVE_FORMAT, version: 1, artworks: [] };
    expect(readArchive(zipSync({ 'manifest.json': strToU8(JSON.stringify(older)) }))).toMatchObject({ ok: true, children: [] });
    const junk = { ...older, children: [children[0], 'not a child', { id: 'bad id', name: 'X' }] };
    expect(readArchive(zipSync({ 'manifest.json': strToU8(JSON.stringify(junk)) }))).toMatchObject({ ok: true, children: [children[0]] });
  });

  it('carries the feelings and the note of each picture; a damaged one stays behind, the picture still comes', () => {
    const withReflections = [
      { ...entries[0]!, feelings: { before: 'sad' as const, after: 'calm' as const }, note: { text: 'Chose <b>blue</b>.\nCalmer.', updatedAt: 1_764_400_000_000 } },
      { ...entries[1]!, feelings: { before: null, after: 'happy' as const }, note: null },
    ];
    const result = readArchive(writeArchive(withReflections));
    expect(result.ok && result.entries.map(({ feelings, note }) => ({ feelings, note }))).toEqual(withReflections.map(({ feelings, note }) => ({ feelings, note })));
    const damaged = [{ ...withReflections[0]!, feelings: { before: 'furious' }, note: { text: 42 } }] as unknown as typeof withReflections;
    const read = readArchive(writeArchive(damaged));
    expect(read.ok && read.entries.map(({ artwork, feelings, note }) => [artwork.id, feelings, note])).toEqual([['art-a', null, null]]);
    // Archives from before feelings travelled have none.
    expect(readArchive(writeArchive(entries)).ok && readArchive(writeArchive(entries))).toMatchObject({ entries: [{ feelings: null, note: null }, { feelings: null, note: null }] });
  });

  it("importing children adds the ones this tablet lacks and keeps this tablet's own", () => {
    const here: Child[] = [{ id: 'c1', name: 'Aru', avatar: 'owl', color: 'blue', access: null }];
    const arriving: Child[] = [
      { id: 'c1', name: 'Aru (other tablet)', avatar: 'cat', color: 'red', access: { ...DEFAULT_ACCESS, dwell: true } },
      { id: 'c2', name: 'Dana', avatar: 'fox', color: 'red', access: { ...DEFAULT_ACCESS, scan: 'one' } },
    ];
    expect(mergeChildren(here, arriving)).toEqual([here[0], arriving[1]]);
  });

  it('refuses a file that is not a ZIP', () => {
    expect(readArchive(strToU8('hello, not a zip'))).toMatchObject({ ok: false, problem: 'notZip' });
    expect(readArchive(zipSync({ 'notes.txt': strToU8('hi') }))).toMatchObject({ ok: false, problem: 'notZip' });
  });

  it('refuses an oversized picture (over 25 megapixels)', () => {
    const big = [{ ...entries[0]!, png: png(6000, 5000) }];
    expect(readArchive(writeArchive(big))).toMatchObject({ ok: false, problem: 'tooBig' });
  });

  it('refuses an unknown (newer) archive version', () => {
    const manifest = { format: ARCHIVE_FORMAT, version: 99, artworks: [] };
    expect(readArchive(zipSync({ 'manifest.json': strToU8(JSON.stringify(manifest)) }))).toMatchObject({ ok: false, problem: 'unknownVersion' });
  });

  it('refuses a truncated file and a manifest with a bad artwork', () => {
    const whole = writeArchive(entries);
    expect(readArchive(whole.subarray(0, Math.floor(whole.length * 0.6)))).toMatchObject({ ok: false });
    const manifest = { format: ARCHIVE_FORMAT, version: 1, artworks: [{ ...createArtwork('art-x', 1), ops: [{ kind: 'stroke', points: [Number.NaN] }], image: 'pictures/art-x.png' }] };
    expect(readArchive(zipSync({ 'manifest.json': strToU8(JSON.stringify(manifest)), 'pictures/art-x.png': png(10, 10) }))).toMatchObject({ ok: false, problem: 'broken' });
  });

  it("carries the therapist's own pages with their pictures; a damaged page is left behind and the rest still comes", () => {
    const page: CustomPage = { id: 'custom-abc123', name: 'Our house', theme: 'animals', createdAt: 5, regionCount: 7, lineart: png(2400, 1697), thumb: png(480, 339), hint: png(720, 509), binnedAt: null };
    const drawnOnIt = { artwork: createArtwork('art-c', 3, 'custom-abc123'), png: png(2400, 1697) };
    const result = readArchive(writeArchive([drawnOnIt], [], 1, [page, { ...page, id: 'custom-bad999', lineart: png(100, 100) }]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pages).toEqual([page]);
    // A page in the bin on one tablet arrives in use on the other (the bin is each tablet's own).
    const fromBin = readArchive(writeArchive([], [], 1, [{ ...page, binnedAt: 9 }]));
    expect(fromBin).toMatchObject({ ok: true, pages: [page] });
    expect(result.entries.map((e) => e.artwork.pageId)).toEqual(['custom-abc123']);
    // Archives from before pages travelled: none, and nothing else changes.
    expect(readArchive(writeArchive(entries))).toMatchObject({ ok: true, pages: [] });
  });
});
