import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SOUND_FILES, SOUND_SPRITE } from '../../features/sound/spriteMap.generated.ts';
import { energyAbove, mean, peak, riseTimeMs, rms, toDb } from './analysis.ts';
import { SAMPLE_RATE, sampleCount } from './dsp.ts';
import { GAP_S, SPRITE_MAP_MODULE, SPRITE_URLS, buildSprite, renderSpriteMapModule } from './sprite.ts';
import { SOUNDS, SOUND_NAMES } from './synth.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const edge = sampleCount(0.003);

describe.each(SOUND_NAMES)('sound "%s"', (name) => {
  const x = SOUNDS[name]();

  it('peaks at or below −12 dBFS, yet is clearly audible', () => {
    expect(toDb(peak(x))).toBeLessThanOrEqual(-12);
    expect(toDb(peak(x))).toBeGreaterThan(-18);
    expect(x.every(Number.isFinite)).toBe(true);
  });

  it('is short: ≤ 1.5 s, and ≤ 0.5 s unless it is the celebration', () => {
    const seconds = x.length / SAMPLE_RATE;
    expect(seconds).toBeLessThanOrEqual(1.5);
    if (name !== 'celebrate') expect(seconds).toBeLessThanOrEqual(0.5);
  });

  it('starts from silence with a smooth attack (no click)', () => {
    expect(Math.abs(x[0] ?? 1)).toBeLessThan(1e-4);
    expect(toDb(rms(x, 0, edge))).toBeLessThan(-30);
    expect(riseTimeMs(x)).toBeGreaterThanOrEqual(5);
  });

  it('fades out to silence (no click at the end)', () => {
    expect(Math.abs(x[x.length - 1] ?? 1)).toBeLessThan(1e-4);
    expect(toDb(peak(x, x.length - edge))).toBeLessThan(-50);
  });

  it('has no sudden sample-to-sample jumps', () => {
    let jump = 0;
    for (let i = 1; i < x.length; i++) jump = Math.max(jump, Math.abs((x[i] ?? 0) - (x[i - 1] ?? 0)));
    expect(jump).toBeLessThan(0.05);
  });

  it('is warm, not shrill: almost no energy above 5–6 kHz', () => {
    expect(energyAbove(x, 6000)).toBeLessThan(0.02);
    expect(energyAbove(x, 5000)).toBeLessThan(0.03);
    expect(energyAbove(x, 3000)).toBeLessThan(0.1);
  });

  it('has no DC offset', () => {
    expect(Math.abs(mean(x))).toBeLessThan(1e-3);
  });

  it('is deterministic', () => {
    expect(SOUNDS[name]()).toEqual(x);
  });
});

describe('sprite', () => {
  const sprite = buildSprite();
  const entries = SOUND_NAMES.map((name) => ({ name, range: sprite.map[name] }));

  it('has one entry per sound, in order, without overlaps, inside the sprite', () => {
    let previousEnd = 0;
    for (const { range } of entries) {
      const [start, duration] = range;
      expect(start).toBeGreaterThanOrEqual(previousEnd);
      expect(duration).toBeGreaterThan(0);
      previousEnd = start + duration;
    }
    expect(previousEnd).toBeLessThanOrEqual(sprite.lengthMs);
  });

  it('holds each whole sound inside its entry, with ~150 ms of silence between sounds', () => {
    const sounds = SOUND_NAMES.map((name) => SOUNDS[name]());
    entries.forEach(({ range: [start, duration] }, k) => {
      const sound = sounds[k] ?? new Float32Array();
      const first = Math.floor((start * SAMPLE_RATE) / 1000);
      // The entry starts on the millisecond at or just before the sound's first sample.
      const at = [...Array(sampleCount(0.001) + 2).keys()]
        .map((d) => first + d)
        .find((i) => sprite.pcm.subarray(i, i + sound.length).every((v, j) => v === sound[j]));
      expect(at).toBeDefined();
      const end = (at ?? 0) + sound.length;
      expect(end).toBeLessThanOrEqual(((start + duration) * SAMPLE_RATE) / 1000);
      const silence = sprite.pcm.subarray(end, end + sampleCount(GAP_S));
      expect(peak(silence)).toBe(0);
    });
  });

  it('matches the committed spriteMap.generated.ts (run the generator after changing a sound)', () => {
    const committed = readFileSync(root + SPRITE_MAP_MODULE, 'utf8');
    expect(committed).toBe(renderSpriteMapModule(sprite.map, SPRITE_URLS));
    expect(SOUND_SPRITE).toEqual(sprite.map);
    expect(SOUND_FILES).toEqual(SPRITE_URLS);
  });
});

/** Reads a little-endian 64-bit granule position as a number. */
function granule(bytes: Uint8Array, at: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset + at, 8);
  return view.getUint32(0, true) + view.getUint32(4, true) * 2 ** 32;
}

/** Walks the Ogg pages; returns their count and the last page's granule position (samples). */
function oggPages(bytes: Uint8Array): { pages: number; lastGranule: number } {
  let at = 0;
  let pages = 0;
  let lastGranule = 0;
  while (at < bytes.length) {
    expect(String.fromCharCode(...bytes.subarray(at, at + 4))).toBe('OggS');
    const segments = bytes[at + 26] ?? 0;
    let body = 0;
    for (let s = 0; s < segments; s++) body += bytes[at + 27 + s] ?? 0;
    lastGranule = granule(bytes, at + 6);
    at += 27 + segments + body;
    pages++;
  }
  expect(at).toBe(bytes.length);
  return { pages, lastGranule };
}

/** Walks MPEG-1 Layer III frames (64 kbit/s, 44.1 kHz); returns the frame count. */
function mp3Frames(bytes: Uint8Array): number {
  let at = 0;
  let frames = 0;
  while (at + 4 <= bytes.length) {
    const [sync, b1, b2] = [bytes[at] ?? 0, bytes[at + 1] ?? 0, bytes[at + 2] ?? 0];
    expect(sync).toBe(0xff);
    expect(b1 & 0xfe).toBe(0xfa); // 11-bit sync, MPEG-1, Layer III
    const bitrate = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320][b2 >> 4] ?? 0;
    expect((b2 >> 2) & 0b11).toBe(0); // 44.1 kHz
    at += Math.floor((144 * bitrate * 1000) / SAMPLE_RATE) + ((b2 >> 1) & 1);
    frames++;
  }
  expect(at).toBe(bytes.length);
  return frames;
}

describe('sprite files', () => {
  const samples = buildSprite().pcm.length;
  const read = (url: string) => new Uint8Array(readFileSync(root + 'public' + url));
  const [oggUrl = '', mp3Url = ''] = SPRITE_URLS;

  it('are small', () => {
    for (const url of SPRITE_URLS) expect(read(url).length).toBeLessThan(100 * 1024);
  });

  it('Ogg Vorbis: valid pages, a Vorbis header, and the whole sprite length', () => {
    const ogg = read(oggUrl);
    expect(String.fromCharCode(...ogg.subarray(28, 35))).toBe('\x01vorbis');
    const { pages, lastGranule } = oggPages(ogg);
    expect(pages).toBeGreaterThan(2);
    expect(lastGranule).toBe(samples);
  });

  it('MP3: a clean run of MPEG-1 Layer III frames covering the whole sprite', () => {
    const frames = mp3Frames(read(mp3Url));
    expect(frames * 1152).toBeGreaterThanOrEqual(samples);
    expect(frames * 1152).toBeLessThan(samples + 4 * 1152);
  });
});
