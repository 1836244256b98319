import { describe, expect, it } from 'vitest';
import { type AccessProfile, BUTTON_SCALES, DEFAULT_ACCESS, DWELL_MS, parseAccessProfile, SCAN_MODES, SCAN_STEP_MS } from './access';
import { parseChildren } from './children';
import { defaultSettings, parseSettings } from './settings';

describe('access profiles', () => {
  it('every profile the adult can set reads back unchanged, for a child and as the device default', () => {
    const profiles: AccessProfile[] = [];
    for (const scan of SCAN_MODES)
      for (const buttonScale of BUTTON_SCALES)
        for (const dwell of [false, true])
          profiles.push({ scan, buttonScale, dwell, scanStepMs: SCAN_STEP_MS.min, dwellMs: DWELL_MS.max, scanTick: dwell, tapToStart: !dwell, sees: dwell ? { tools: ['marker', 'fill'], paletteSize: 6, sizes: ['large'], symmetry: scan === 'off' } : null });
    profiles.push({ ...DEFAULT_ACCESS, scanStepMs: SCAN_STEP_MS.max, dwellMs: DWELL_MS.min });
    for (const profile of profiles) {
      const stored = JSON.parse(JSON.stringify({ children: [{ id: 'c1', name: 'Aru', avatar: 'fox', color: 'red', access: profile }], settings: { ...defaultSettings(), defaultAccess: profile } }));
      expect(parseChildren(stored.children)[0]!.access).toEqual(profile);
      expect(parseSettings(stored.settings, defaultSettings()).defaultAccess).toEqual(profile);
    }
  });

  it('a junk field falls back to its default alone; a junk profile means the device default', () => {
    expect(parseAccessProfile({ scan: 'three', scanStepMs: 50, dwell: true, dwellMs: 'slow', buttonScale: 175, tapToStart: 1 })).toEqual({ ...DEFAULT_ACCESS, dwell: true });
    expect(parseAccessProfile({ scanStepMs: Number.NaN, dwellMs: Number.POSITIVE_INFINITY })).toEqual(DEFAULT_ACCESS);
    // What the child sees is kept whole or not at all.
    expect(parseAccessProfile({ sees: { tools: ['marker', 'laser'], paletteSize: 6, sizes: ['large'] } }).sees).toBeNull();
    expect(parseAccessProfile({ sees: { tools: [], paletteSize: 6, sizes: ['large'] } }).sees).toBeNull();
    expect(parseAccessProfile({ sees: { tools: ['marker'], paletteSize: 6, sizes: ['large'], symmetry: 'no' } }).sees).toBeNull();
    // Saved before the mirror button could be hidden: it stays shown.
    expect(parseAccessProfile({ sees: { tools: ['fill', 'marker'], paletteSize: 10, sizes: ['large', 'small'] } }).sees).toEqual({ tools: ['marker', 'fill'], paletteSize: 10, sizes: ['small', 'large'], symmetry: true });
    expect(parseAccessProfile({ sees: { tools: ['marker'], paletteSize: 6, sizes: ['large'], symmetry: false } }).sees).toEqual({ tools: ['marker'], paletteSize: 6, sizes: ['large'], symmetry: false });
    const [child] = parseChildren([{ id: 'c1', name: 'Aru', avatar: 'fox', color: 'red', access: 'junk' }]);
    expect(child!.access).toBeNull();
    expect(parseChildren([{ id: 'c1', name: 'Aru', avatar: 'fox', color: 'red' }])[0]!.access).toBeNull();
  });

  it('settings stored before profiles existed give guests the plain default', () => {
    const { defaultAccess, ...older } = defaultSettings();
    expect(defaultAccess).toEqual(DEFAULT_ACCESS);
    expect(parseSettings(older, defaultSettings()).defaultAccess).toEqual(DEFAULT_ACCESS);
  });
});
